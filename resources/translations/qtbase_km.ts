<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>ទេ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>បាទ/ចាស (&amp;Y)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>បញ្ឈប់</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>អនុវត្ត</translation>
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
            <translation>បោះចោល</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ជំនួយ</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>មិនអើពើ</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ទេទាំងអស់ (&amp;O)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>កំណត់ឡើងវិញ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>ស្ដារលំនាំដើម</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ព្យាយាមម្ដងទៀត</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>រក្សាទុកទាំងអស់</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>បោះបង់ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>បិទ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>យល់ព្រម (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>រក្សាទុក (&amp;S)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>បិទដោយមិនរក្សាទុក</translation>
        </message>
    </context>
    <context>
        <name>QCocoaTheme</name>
        <message>
            <source>Don&apos;t Save</source>
            <translation>មិនរក្សាទុក</translation>
        </message>
    </context>
    <context>
        <name>MAC_APPLICATION_MENU</name>
        <message>
            <source>About %1</source>
            <translation>អំពី %1</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>លាក់ %1</translation>
        </message>
        <message>
            <source>Hide Others</source>
            <translation>លាក់ផ្សេងទៀត</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>ចំណូលចិត្ត...</translation>
        </message>
        <message>
            <source>Quit %1</source>
            <translation>ចាកចេញពី %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>បង្ហាញទាំងអស់</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
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
            <translation>ចម្លង (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>បិទភ្ជាប់ (&amp;P)</translation>
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
            <translation>កាត់ (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ជ្រើសទាំងអស់</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ចម្លង (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>បិទភ្ជាប់ (&amp;P)</translation>
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
            <translation>ចម្លងទីតាំងតំណ (&amp;L)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>កាត់ (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ជ្រើសទាំងអស់</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>ជ្រើសទាំងអស់ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>ឡើងមួយជំហាន (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>ចុះមួយជំហាន (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI ញែកតាមតួអក្សរទិសដៅដំបូង</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>បញ្ចូលតួអក្សរបញ្ជាយូនីកូដ</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE ចាប់ផ្ដើមការបង្កប់ឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI ញែកឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM សញ្ញាឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO ចាប់ផ្ដើមការបដិសេធឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF បញ្ចប់ទ្រង់ទ្រាយទិសដៅ</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI បញ្ចប់ការញែកទិសដៅ</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE ចាប់ផ្ដើមការបង្កប់ស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI ញែកស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM សញ្ញាស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO ចាប់ផ្ដើមការបដិសេធស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ តួភ្ជាប់ទទឹងសូន្យ</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ តួមិនភ្ជាប់ទទឹងសូន្យ</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP ដកឃ្លាទទឹងសូន្យ</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>ខាងក្រោមបំផុត</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>គែមឆ្វេង</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>ចុះមួយទំព័រ</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>ឆ្វេងមួយទំព័រ</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>ស្ដាំមួយទំព័រ</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>ឡើងមួយទំព័រ</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>គែមស្ដាំ</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>រំកិលចុះ</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>រំកិលមកទីនេះ</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>រំកិលទៅឆ្វេង</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>រំកិលទៅស្ដាំ</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>រំកិលឡើង</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>ខាងលើបំផុត</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>រំកិលទៅឆ្វេង</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>រំកិលទៅស្ដាំ</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
រកមិនឃើញថត។
សូមពិនិត្យថាឈ្មោះថតត្រឹមត្រូវ។</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
រកមិនឃើញឯកសារ។
សូមពិនិត្យថាឈ្មោះឯកសារត្រឹមត្រូវ។</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>ឯកសារ %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 មានរួចហើយ។
តើអ្នកចង់ជំនួសវាទេ?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ជ្រើស (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>លុប (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>មើលក្នុង (&amp;L)៖</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ថតថ្មី (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>បើក (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>ប្ដូរឈ្មោះ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>រក្សាទុក (&amp;S)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
            <translation>&apos;%1&apos; ត្រូវបានការពារមិនឱ្យសរសេរ។
តើអ្នកនៅតែចង់លុបវាទេ?</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>ឈ្មោះក្លែង</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Are you sure you want to delete &apos;%1&apos;?</source>
            <translation>តើអ្នកប្រាកដថាចង់លុប &apos;%1&apos; ទេ?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ថយក្រោយ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ប្ដូរទៅរបៀបមើលលម្អិត</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ប្ដូរទៅរបៀបមើលជាបញ្ជី</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>មិនអាចលុបថតបានទេ។</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>បង្កើតថតថ្មី</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>បង្កើតថតថ្មីមួយ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ទិដ្ឋភាពលម្អិត</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ថត</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ថត៖</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ដ្រាយ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ឯកសារ</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ថតឯកសារ</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ឯកសារ</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ប្រភេទឯកសារ (&amp;T)៖</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ប្រភេទឯកសារ៖</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ស្វែងរកថត</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ថត</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ទៅមុខ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ថយក្រោយ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ទៅមុខ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ទៅថតមេ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ទិដ្ឋភាពបញ្ជី</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>មើលក្នុង៖</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ថតថ្មី</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ថតមេ</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ទីតាំងថ្មីៗ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ដកចេញ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>រក្សាទុកជា</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ផ្លូវកាត់</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>បង្ហាញ </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>បង្ហាញឯកសារដែលលាក់ (&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>របារចំហៀង</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>មិនស្គាល់</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;មិនអាចប្រើឈ្មោះ &quot;%1&quot; បានទេ។&lt;/b&gt;&lt;p&gt;សូមសាកប្រើឈ្មោះផ្សេង ដែលមានតួអក្សរតិចជាងនេះ ឬគ្មានសញ្ញាវណ្ណយុត្តិ។</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>កុំព្យូទ័រ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>កាលបរិច្ឆេទកែប្រែ</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ឈ្មោះឯកសារមិនត្រឹមត្រូវ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
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
            <translation>ប្រភេទ</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>ធ្វើវិញ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ធ្វើវិញ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>មិនធ្វើវិញ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>មិនធ្វើ %1 វិញ</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>ធ្វើវិញ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ធ្វើវិញ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>មិនធ្វើវិញ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>មិនធ្វើ %1 វិញ</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;ទទេ&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 មានរួចហើយ។
តើអ្នកចង់សរសេរជាន់ពីលើវាទេ?</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 មិនត្រូវតាមវាក្យសម្ពន្ធទេ។ សូមប្រើ &apos;,&apos; ដើម្បីបំបែកចន្លោះ និងទំព័រ ប្រើ &apos;-&apos; ដើម្បីកំណត់ចន្លោះ ហើយប្រាកដថាចន្លោះមិនជាន់គ្នា។</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 គឺជាថត។
សូមជ្រើសឈ្មោះឯកសារផ្សេង។</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>ជម្រើស (&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>ជម្រើស (&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>បោះពុម្ព (&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>គ្រប់ទំព័រ</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>ក្រោមទៅលើ ឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>ក្រោមទៅលើ ស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>ការកំណត់បោះពុម្ពពីរមុខជាន់គ្នា</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>ទំព័រគូ</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>មិនអាចសរសេរឯកសារ %1 បានទេ។
សូមជ្រើសឈ្មោះឯកសារផ្សេង។</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>ការកំណត់ទំព័រមិនត្រឹមត្រូវ</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>ឆ្វេងទៅស្ដាំ ក្រោមទៅលើ</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>ឆ្វេងទៅស្ដាំ លើចុះក្រោម</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>ឯកសារក្នុងម៉ាស៊ីន</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>ទំព័រសេស</translation>
        </message>
        <message>
            <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
            <translation>មិនអាចប្រើជម្រើស &apos;ទំព័រក្នុងមួយសន្លឹក&apos; និង &apos;សំណុំទំព័រ&apos; ជាមួយគ្នាបានទេ។
សូមបិទជម្រើសមួយក្នុងចំណោមនោះ។</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>បោះពុម្ព</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>បោះពុម្ពទៅឯកសារ ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>បោះពុម្ពទៅឯកសារ (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>ស្ដាំទៅឆ្វេង ក្រោមទៅលើ</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>ស្ដាំទៅឆ្វេង លើចុះក្រោម</translation>
        </message>
        <message>
            <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
            <translation>តម្លៃ &apos;ពី&apos; មិនអាចធំជាងតម្លៃ &apos;ដល់&apos; ទេ។</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>មានការជាន់គ្នាក្នុងការកំណត់បោះពុម្ពពីរមុខ។ តើអ្នកចង់កែវាទេ?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>លើចុះក្រោម ឆ្វេងទៅស្ដាំ</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>លើចុះក្រោម ស្ដាំទៅឆ្វេង</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>សរសេរឯកសារ PDF</translation>
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
            <translation>ទម្រង់</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>ទីតាំង៖</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>ឯកសារលទ្ធផល (&amp;F)៖</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>លក្ខណសម្បត្តិ (&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>មើលជាមុន</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>ប្រភេទ៖</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>តម្រៀបជាឈុត</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>ពណ៌</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>របៀបពណ៌</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>ច្បាប់ចម្លង</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>ច្បាប់ចម្លង៖</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>ទំព័របច្ចុប្បន្ន</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>បោះពុម្ពពីរមុខ</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ទម្រង់</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>ពណ៌ប្រផេះ</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>ចងតាមគែមវែង</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>ជម្រើស</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>ការកំណត់លទ្ធផល</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>សំណុំទំព័រ (&amp;S)៖</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>សំណុំទំព័រ៖</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ទំព័រ</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>ទំព័រពី</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>បោះពុម្ពទាំងអស់</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>ចន្លោះបោះពុម្ព</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>បញ្ច្រាស</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ផ្នែកដែលបានជ្រើស</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>ចងតាមគែមខ្លី</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>បញ្ជាក់ទំព័រ ឬចន្លោះទំព័រ ដោយបំបែកដោយសញ្ញាក្បៀស។ ចន្លោះត្រូវបានបញ្ជាក់ដោយលេខពីរ បំបែកដោយសញ្ញាដក។ ឧ. 3,5-7,9 បោះពុម្ពទំព័រ 3, 5, 6, 7 និង 9។</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ដល់</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>ជម្រើសកម្រិតខ្ពស់ជាន់គ្នា</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>ជម្រើសការងារបោះពុម្ព</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>ការរៀបចំទំព័រជាន់គ្នា</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>លក្ខណសម្បត្តិម៉ាស៊ីនបោះពុម្ព</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>មានការជាន់គ្នាក្នុងជម្រើសរៀបចំទំព័រ។ តើអ្នកចង់កែវាទេ?</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>មានការជាន់គ្នាក្នុងជម្រើសកម្រិតខ្ពស់មួយចំនួន។ តើអ្នកចង់កែវាទេ?</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>លាក់ព័ត៌មានលម្អិត...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>បើកផ្ទាំងជម្រើសនៃប្រអប់បន្សំ</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Escape</translation>
        </message>
        <message>
            <source>F%1</source>
            <translation>F%1</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>ដ្រាយ</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ថត</translation>
        </message>
    </context>
</TS>
