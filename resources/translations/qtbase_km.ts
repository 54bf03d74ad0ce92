<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QCocoaTheme</name>
        <message>
            <source>Don't Save</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MAC_APPLICATION_MENU</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hide Others</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Quit %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Services</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show All</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ធ្វើវិញ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>មិនធ្វើវិញ (&amp;U)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ធ្វើវិញ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>មិនធ្វើវិញ (&amp;U)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Top</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>លុប (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alias</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Directories</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>File</source>
            <translation>ឯកសារ</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Forward</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>List View</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save As</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show </source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Computer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ទំហំ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local file</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>ឈ្មោះ (&amp;N)៖</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Location:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Color</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Copies</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print all</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Print range</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Selection</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>+</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>ចុះ</translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Escape</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>F%1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ins</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Meta</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Shift</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Up</source>
            <translation>ឡើង</translation>
        </message>
    </context>
</TS>
