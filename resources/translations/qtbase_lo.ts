<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>ບໍ່ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ແມ່ນ (&amp;Y)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ຍຸຕິ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ນຳໃຊ້</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ຖິ້ມ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ຂ້າມ</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ຕັ້ງຄືນໃໝ່</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>ກູ້ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ລອງໃໝ່</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ບັນທຶກ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>ບັນທຶກທັງໝົດ</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>ຍົກເລີກ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>ປິດ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>ຕົກລົງ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ບັນທຶກ (&amp;S)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>ປິດໂດຍບໍ່ບັນທຶກ</translation>
        </message>
    </context>
    <context>
        <name>QCocoaTheme</name>
        <message>
            <source>Don&apos;t Save</source>
            <translation>ບໍ່ບັນທຶກ</translation>
        </message>
    </context>
    <context>
        <name>MAC_APPLICATION_MENU</name>
        <message>
            <source>About %1</source>
            <translation>ກ່ຽວກັບ %1</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>ເຊື່ອງ %1</translation>
        </message>
        <message>
            <source>Hide Others</source>
            <translation>ເຊື່ອງອັນອື່ນ</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>ການຕັ້ງຄ່າ...</translation>
        </message>
        <message>
            <source>Quit %1</source>
            <translation>ອອກຈາກ %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ບໍລິການ</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>ສະແດງທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ສຳເນົາ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ວາງ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ເຮັດຄືນ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ຍ້ອນກັບ (&amp;U)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ຕັດ (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ສຳເນົາ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ວາງ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ເຮັດຄືນ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ຍ້ອນກັບ (&amp;U)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ (&amp;L)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ຕັດ (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>ເລືອກທັງໝົດ (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>ເພີ່ມຂຶ້ນໜຶ່ງຂັ້ນ (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>ຫຼຸດລົງໜຶ່ງຂັ້ນ (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI ແຍກຕາມຕົວອັກສອນທຳອິດທີ່ມີທິດທາງ</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>ແຊກຕົວອັກສອນຄວບຄຸມຢູນິໂຄດ</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE ເລີ່ມການຝັງຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI ແຍກຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM ເຄື່ອງໝາຍຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO ເລີ່ມການບັງຄັບຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF ສິ້ນສຸດການຈັດຮູບແບບທິດທາງ</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI ສິ້ນສຸດການແຍກທິດທາງ</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE ເລີ່ມການຝັງຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI ແຍກຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM ເຄື່ອງໝາຍຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO ເລີ່ມການບັງຄັບຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ ຕົວເຊື່ອມຄວາມກວ້າງສູນ</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ ຕົວບໍ່ເຊື່ອມຄວາມກວ້າງສູນ</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP ຍະຫວ່າງຄວາມກວ້າງສູນ</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>ລຸ່ມສຸດ</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>ຂອບຊ້າຍ</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>ລົງໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>ຊ້າຍໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>ຂວາໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>ຂຶ້ນໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>ຂອບຂວາ</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>ເລື່ອນລົງ</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>ເລື່ອນມາບ່ອນນີ້</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>ເລື່ອນໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>ເລື່ອນໄປຂວາ</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>ເລື່ອນຂຶ້ນ</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>ເທິງສຸດ</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>ເລື່ອນໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>ເລື່ອນໄປຂວາ</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ບໍ່ພົບໂຟນເດີ
ກະລຸນາກວດສອບວ່າລະບຸຊື່ໂຟນເດີຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ບໍ່ພົບໄຟລ໌
ກະລຸນາກວດສອບວ່າລະບຸຊື່ໄຟລ໌ຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>ໄຟລ໌ %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 ມີຢູ່ແລ້ວ
ຕ້ອງການແທນທີ່ບໍ?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ເລືອກ (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ລຶບ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>ຊອກໃນ (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ໂຟນເດີໃໝ່ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ເປີດ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>ປ່ຽນຊື່ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ບັນທຶກ (&amp;S)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
            <translation>&apos;%1&apos; ຖືກປ້ອງກັນການຂຽນ
ຍັງຕ້ອງການລຶບບໍ?</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>ນາມແຝງ</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
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
            <translation>ແນ່ໃຈບໍ່ວ່າຕ້ອງການລຶບ &apos;%1&apos;?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ກັບຄືນ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ບໍ່ສາມາດລຶບໂຟນເດີໄດ້</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>ສ້າງໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>ສ້າງໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ມຸມມອງລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ໂຟນເດີ:</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ໄດຣຟ໌</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ຊື່ໄຟລ໌ (&amp;N):</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ປະເພດໄຟລ໌ (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ປະເພດໄຟລ໌:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ຊອກຫາໂຟນເດີ</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ໄປໜ້າ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ກັບຄືນ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ໄປໜ້າ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ໄປທີ່ໂຟນເດີແມ່</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ມຸມມອງລາຍການ</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>ລາຍການສະຖານທີ່ ແລະ ບຸກມາກ</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>ຊອກໃນ:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ໂຟນເດີແມ່</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ສະຖານທີ່ລ່າສຸດ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ເອົາອອກ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>ບັນທຶກເປັນ</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ທາງລັດ</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>ສະແດງ </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງໄວ້ (&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>ແຖບດ້ານຂ້າງ</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ບໍ່ຮູ້ຈັກ</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;ບໍ່ສາມາດໃຊ້ຊື່ &quot;%1&quot; ໄດ້&lt;/b&gt;&lt;p&gt;ລອງໃຊ້ຊື່ອື່ນທີ່ມີຕົວອັກສອນໜ້ອຍລົງ ຫຼື ບໍ່ມີເຄື່ອງໝາຍວັກຕອນ</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>ຄອມພິວເຕີ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>ວັນທີແກ້ໄຂ</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ຊື່ໄຟລ໌ບໍ່ຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ຊື່</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ຂະໜາດ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ປະເພດ</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>ເຮັດຄືນ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ເຮັດຄືນ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ຍ້ອນກັບ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>ຍ້ອນກັບ %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>ເຮັດຄືນ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ເຮັດຄືນ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ຍ້ອນກັບ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>ຍ້ອນກັບ %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;ຫວ່າງ&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 ມີຢູ່ແລ້ວ
ຕ້ອງການຂຽນທັບບໍ?</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 ບໍ່ຖືກຕາມຮູບແບບ ກະລຸນາໃຊ້ &apos;,&apos; ຂັ້ນຊ່ວງ ແລະ ໜ້າ, ໃຊ້ &apos;-&apos; ກຳນົດຊ່ວງ ແລະ ກວດໃຫ້ແນ່ໃຈວ່າຊ່ວງບໍ່ທັບຊ້ອນກັນ</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 ເປັນໂຟນເດີ
ກະລຸນາເລືອກຊື່ໄຟລ໌ອື່ນ</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>ຕົວເລືອກ (&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>ຕົວເລືອກ (&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>ພິມ (&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>ທຸກໜ້າ</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>ລຸ່ມຂຶ້ນເທິງ, ຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>ລຸ່ມຂຶ້ນເທິງ, ຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>ການຕັ້ງຄ່າພິມສອງໜ້າຂັດກັນ</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>ໜ້າຄູ່</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ %1 ໄດ້
ກະລຸນາເລືອກຊື່ໄຟລ໌ອື່ນ</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>ການລະບຸໜ້າບໍ່ຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>ຊ້າຍໄປຂວາ, ລຸ່ມຂຶ້ນເທິງ</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>ຊ້າຍໄປຂວາ, ເທິງລົງລຸ່ມ</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>ໄຟລ໌ໃນເຄື່ອງ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>ໜ້າຄີກ</translation>
        </message>
        <message>
            <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
            <translation>ບໍ່ສາມາດໃຊ້ຕົວເລືອກ &apos;ໜ້າຕໍ່ແຜ່ນ&apos; ແລະ &apos;ຊຸດໜ້າ&apos; ພ້ອມກັນໄດ້
ກະລຸນາປິດຕົວເລືອກໃດໜຶ່ງ</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ພິມ</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>ພິມລົງໄຟລ໌ ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>ພິມລົງໄຟລ໌ (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>ຂວາໄປຊ້າຍ, ລຸ່ມຂຶ້ນເທິງ</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>ຂວາໄປຊ້າຍ, ເທິງລົງລຸ່ມ</translation>
        </message>
        <message>
            <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
            <translation>ຄ່າ &apos;ຈາກ&apos; ຕ້ອງບໍ່ຫຼາຍກວ່າຄ່າ &apos;ຫາ&apos;</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>ການຕັ້ງຄ່າພິມສອງໜ້າຂັດກັນ ຕ້ອງການແກ້ໄຂບໍ?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>ເທິງລົງລຸ່ມ, ຊ້າຍໄປຂວາ</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>ເທິງລົງລຸ່ມ, ຂວາໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>ຂຽນໄຟລ໌ PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>ຊື່ (&amp;N):</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ແບບຟອມ</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>ທີ່ຕັ້ງ:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>ໄຟລ໌ຜົນລັບ (&amp;F):</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>ຄຸນສົມບັດ (&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>ຕົວຢ່າງ</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>ເຄື່ອງພິມ</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>ປະເພດ:</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>ລຽງເປັນຊຸດ</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>ສີ</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>ໂໝດສີ</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>ສຳເນົາ</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>ຈຳນວນສຳເນົາ:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>ໜ້າປັດຈຸບັນ</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>ພິມສອງໜ້າ</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ແບບຟອມ</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>ສີເທົາ</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>ເຂົ້າເຫຼັ້ມດ້ານຍາວ</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>ຕົວເລືອກ</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>ການຕັ້ງຄ່າຜົນລັບ</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>ຊຸດໜ້າ (&amp;S):</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>ຊຸດໜ້າ:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ໜ້າ</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>ໜ້າຈາກ</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>ພິມທັງໝົດ</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>ຊ່ວງທີ່ພິມ</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>ປີ້ນລຳດັບ</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ສ່ວນທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>ເຂົ້າເຫຼັ້ມດ້ານສັ້ນ</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>ລະບຸໜ້າ ຫຼື ຊ່ວງໜ້າ ຂັ້ນດ້ວຍຈຸດ ຊ່ວງໜ້າລະບຸດ້ວຍຕົວເລກສອງຕົວຂັ້ນດ້ວຍຂີດ ເຊັ່ນ: 3,5-7,9 ຈະພິມໜ້າ 3, 5, 6, 7 ແລະ 9</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ຫາ</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>ຕົວເລືອກຂັ້ນສູງຂັດກັນ</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>ຕົວເລືອກວຽກພິມ</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>ການຕັ້ງຄ່າໜ້າເຈ້ຍຂັດກັນ</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>ຄຸນສົມບັດເຄື່ອງພິມ</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>ຕົວເລືອກການຕັ້ງຄ່າໜ້າເຈ້ຍຂັດກັນ ຕ້ອງການແກ້ໄຂບໍ?</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>ຕົວເລືອກຂັ້ນສູງບາງລາຍການຂັດກັນ ຕ້ອງການແກ້ໄຂບໍ?</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>ສະແດງລາຍລະອຽດ...</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>ເປີດລາຍການຕົວເລືອກຂອງກ່ອງຄອມໂບ</translation>
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
            <translation>ໄດຣຟ໌</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ໂຟນເດີ</translation>
        </message>
    </context>
</TS>
