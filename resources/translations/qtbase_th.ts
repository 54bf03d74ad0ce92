<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>ไม่ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ใช่ (&amp;Y)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ยุติ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>นำไปใช้</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ทิ้ง</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ไม่ทั้งหมด (&amp;O)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>รีเซ็ต</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>คืนค่าเริ่มต้น</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ลองอีกครั้ง</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>บันทึกทั้งหมด</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ใช่ทั้งหมด (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>ยกเลิก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>ปิด (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>ตกลง (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก (&amp;S)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>ปิดโดยไม่บันทึก</translation>
        </message>
    </context>
    <context>
        <name>QCocoaTheme</name>
        <message>
            <source>Don&apos;t Save</source>
            <translation>ไม่บันทึก</translation>
        </message>
    </context>
    <context>
        <name>MAC_APPLICATION_MENU</name>
        <message>
            <source>About %1</source>
            <translation>เกี่ยวกับ %1</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>ซ่อน %1</translation>
        </message>
        <message>
            <source>Hide Others</source>
            <translation>ซ่อนอื่น ๆ</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>การกำหนดลักษณะ...</translation>
        </message>
        <message>
            <source>Quit %1</source>
            <translation>ออกจาก %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>แสดงทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>คัดลอกตำแหน่งลิงก์ (&amp;L)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>เลือกทั้งหมด (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>เพิ่มขึ้นหนึ่งขั้น (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>ลดลงหนึ่งขั้น (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI แยกตามอักษรแรกที่มีทิศทาง</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>แทรกอักขระควบคุมยูนิโค้ด</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE เริ่มการฝังซ้ายไปขวา</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI แยกซ้ายไปขวา</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM เครื่องหมายซ้ายไปขวา</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO เริ่มการบังคับซ้ายไปขวา</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF สิ้นสุดการจัดรูปแบบทิศทาง</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI สิ้นสุดการแยกทิศทาง</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE เริ่มการฝังขวาไปซ้าย</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI แยกขวาไปซ้าย</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM เครื่องหมายขวาไปซ้าย</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO เริ่มการบังคับขวาไปซ้าย</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ ตัวเชื่อมความกว้างศูนย์</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ ตัวไม่เชื่อมความกว้างศูนย์</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP ช่องว่างความกว้างศูนย์</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>ล่างสุด</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>ขอบซ้าย</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>ลงหนึ่งหน้า</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>ซ้ายหนึ่งหน้า</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>ขวาหนึ่งหน้า</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>ขึ้นหนึ่งหน้า</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>ขอบขวา</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>เลื่อนลง</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>เลื่อนมาที่นี่</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>เลื่อนไปซ้าย</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>เลื่อนไปขวา</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>เลื่อนขึ้น</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>บนสุด</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>เลื่อนไปซ้าย</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>เลื่อนไปขวา</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบว่าระบุชื่อโฟลเดอร์ถูกต้อง</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าระบุชื่อไฟล์ถูกต้อง</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>ไฟล์ %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>มี %1 อยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>เลือก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ลบ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>ค้นหาใน (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>โฟลเดอร์ใหม่ (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>เปิด (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>เปลี่ยนชื่อ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก (&amp;S)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
            <translation>&apos;%1&apos; ถูกป้องกันการเขียน
ยังต้องการลบหรือไม่</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>นามแฝง</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
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
            <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ลบโฟลเดอร์ไม่ได้</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>มุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>โฟลเดอร์:</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ชื่อไฟล์ (&amp;N):</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ชนิดไฟล์ (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ชนิดไฟล์:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ค้นหาโฟลเดอร์</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ไปที่โฟลเดอร์แม่</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>มุมมองรายการ</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>รายการตำแหน่งและที่คั่นหน้า</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>ค้นหาใน:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>โฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>โฟลเดอร์แม่</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ตำแหน่งล่าสุด</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>บันทึกเป็น</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ทางลัด</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>แสดง </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>แสดงไฟล์ที่ซ่อนไว้ (&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>แถบด้านข้าง</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;ใช้ชื่อ &quot;%1&quot; ไม่ได้&lt;/b&gt;&lt;p&gt;ลองใช้ชื่ออื่นที่มีอักขระน้อยลงหรือไม่มีเครื่องหมายวรรคตอน</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>คอมพิวเตอร์</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>วันที่แก้ไข</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ชื่อไฟล์ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ชนิด</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ชนิด</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>ทำซ้ำ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ทำซ้ำ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>เลิกทำ %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>ทำซ้ำ</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ทำซ้ำ %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>เลิกทำ %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;ว่าง&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 ไม่ถูกต้องตามรูปแบบ โปรดใช้ &apos;,&apos; คั่นช่วงและหน้า ใช้ &apos;-&apos; กำหนดช่วง และตรวจว่าช่วงไม่ซ้อนทับกัน</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 เป็นโฟลเดอร์
โปรดเลือกชื่อไฟล์อื่น</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>ตัวเลือก (&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>ตัวเลือก (&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>พิมพ์ (&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>ทุกหน้า</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>ล่างขึ้นบน ซ้ายไปขวา</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>ล่างขึ้นบน ขวาไปซ้าย</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>หน้าคู่</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>เขียนไฟล์ %1 ไม่ได้
โปรดเลือกชื่อไฟล์อื่น</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>ระบุหน้าไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>ซ้ายไปขวา ล่างขึ้นบน</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>ซ้ายไปขวา บนลงล่าง</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>ไฟล์ในเครื่อง</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>หน้าคี่</translation>
        </message>
        <message>
            <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
            <translation>ใช้ตัวเลือก &apos;จำนวนหน้าต่อแผ่น&apos; และ &apos;ชุดหน้า&apos; พร้อมกันไม่ได้
โปรดปิดตัวเลือกใดตัวเลือกหนึ่ง</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>พิมพ์ลงไฟล์ ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>พิมพ์ลงไฟล์ (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>ขวาไปซ้าย ล่างขึ้นบน</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>ขวาไปซ้าย บนลงล่าง</translation>
        </message>
        <message>
            <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
            <translation>ค่า &apos;จาก&apos; ต้องไม่มากกว่าค่า &apos;ถึง&apos;</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>บนลงล่าง ซ้ายไปขวา</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>บนลงล่าง ขวาไปซ้าย</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>เขียนไฟล์ PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>ชื่อ (&amp;N):</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ฟอร์ม</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>ตำแหน่ง:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>ไฟล์ผลลัพธ์ (&amp;F):</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>คุณสมบัติ (&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>ตัวอย่าง</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>เครื่องพิมพ์</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>ชนิด:</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>เรียงชุด</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>สี</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>โหมดสี</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>สำเนา</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>จำนวนสำเนา:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>หน้าปัจจุบัน</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>พิมพ์สองหน้า</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ฟอร์ม</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>ระดับสีเทา</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>เย็บด้านยาว</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>ตัวเลือก</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>การตั้งค่าผลลัพธ์</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>ชุดหน้า (&amp;S):</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>ชุดหน้า:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>หน้า</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>หน้าจาก</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>พิมพ์ทั้งหมด</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>ช่วงที่พิมพ์</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>ย้อนลำดับ</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ส่วนที่เลือก</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>เย็บด้านสั้น</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>ระบุหน้าหรือช่วงหน้าคั่นด้วยจุลภาค ช่วงหน้าระบุด้วยตัวเลขสองตัวคั่นด้วยขีด เช่น 3,5-7,9 จะพิมพ์หน้า 3, 5, 6, 7 และ 9</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ถึง</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>ตัวเลือกขั้นสูงขัดกัน</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>ตัวเลือกงานพิมพ์</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>การตั้งค่าหน้ากระดาษขัดกัน</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>คุณสมบัติเครื่องพิมพ์</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>ตัวเลือกการตั้งค่าหน้ากระดาษขัดกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>ตัวเลือกขั้นสูงบางรายการขัดกัน ต้องการแก้ไขหรือไม่</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>ซ่อนรายละเอียด...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>แสดงรายละเอียด...</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>เปิดรายการตัวเลือกของกล่องคอมโบ</translation>
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
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
    </context>
</TS>
