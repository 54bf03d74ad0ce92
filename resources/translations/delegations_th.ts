<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>เพิ่ม {name} ในช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>พิมพ์บางส่วนของชื่อเรื่อง ห้อง หรือวัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>ช่วงการประชุม (&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>ส่งออกกำหนดการ</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>เขียน %Ln ช่วงการประชุมลงใน {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>ปฏิทิน (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>ตารางสำหรับแอปการประชุม frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>กำหนดการทั้งหมด JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>นำเข้ากำหนดการ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>กำหนดการที่ส่งออกเป็น JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>แทนที่กำหนดการทั้งหมด ({current} พร้อมห้องและวิทยากร) ด้วย {count} จาก {name} หรือไม่

การดำเนินการนี้ย้อนกลับด้วย “เลิกทำ” ไม่ได้ หากอาจต้องการกำหนดการปัจจุบันคืน ให้เผยแพร่ฉบับกำหนดการหรือบันทึกสำเนาของงานไว้ก่อน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>นำเข้า {sessions} {rooms} และ {speakers} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln ห้อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>วิทยากร %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>ไม่ได้เชื่อมโยงกับผู้แทนของงานนี้: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>ประธาน: {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>การหารือทวิภาคี: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>ภาษา: {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>ลากเพื่อย้าย ดับเบิลคลิกเพื่อเปิดหน้าต่างการหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · ทวิภาคี</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>ไม่มีห้อง</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>กำหนดการ (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>เผยแพร่ฉบับกำหนดการ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>การเปลี่ยนแปลงนับจากฉบับ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>ส่งออกกำหนดการ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>นำเข้ากำหนดการ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>ห้อง (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>ช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>ตารางกำหนดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>ช่วงการประชุมตามห้องและเวลา มุมมองรายการมีให้ใช้ด้วยแป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>ตารางรายวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>หนึ่งวันเป็นตารางเวลา แต่ละห้องเป็นคอลัมน์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>ช่วงการประชุมแบบรายการ สำหรับใช้แป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>กรองตามชื่อเรื่อง ห้อง หรือวิทยากร  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>เพิ่มช่วงการประชุม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>ห้อง…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>การหารือทวิภาคี</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>ชั้น {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>กำหนดการทั้งหมด ทีละวัน</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}: %Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>วันนี้มี %Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>ไม่มีรายการที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>วันนี้ยังไม่มีช่วงการประชุม เพิ่มได้ด้วย “เพิ่มช่วงการประชุม…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>ยังไม่มีช่วงการประชุม เพิ่มได้ด้วย “เพิ่มช่วงการประชุม…”</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>แสดง {shown} จาก %Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>ย้ายช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>ไม่มีห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>ย้าย “{title}” ไปที่ {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>ย้าย “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>เปลี่ยนเวลาสิ้นสุดของ “{title}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>ย้ายการหารือทวิภาคี “{title}” ไปที่ {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>ย้ายการหารือทวิภาคี “{title}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>การหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}” เป็นการหารือทวิภาคี ไม่ใช่ช่วงการประชุม: ลากเพื่อย้าย ส่วนผู้เข้าร่วมและช่วงเวลาที่ต้องการแก้ไขได้ด้วย “delegations bilaterals”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>เพิ่ม “{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>แก้ไข “{title}”</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>ลบช่วงการประชุม</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>ลบ “{title}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>ลบ %Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>ลบช่วงการประชุม “{title}” หรือไม่</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>ลบ %Ln ช่วงการประชุมหรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>แก้ไข ▸ เลิกทำ จะนำกลับมาได้</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>เผยแพร่กำหนดการฉบับที่ {number} แล้ว</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>บันทึกความเข้าใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>หนังสือแสดงเจตจำนง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>ความตกลงใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>แก้ไขความตกลง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>ชื่อภาษาอังกฤษ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ชื่อภาษาจีน (&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>คู่ภาคีและผู้ลงนาม (&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>สักขีพยาน (&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>ยังไม่กำหนดพิธีลงนาม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>ลงนามในพิธี (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>ห้องพักที่ {hotel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>ห้องใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>หมายเลขห้องของโรงแรม หากทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>พักห้องเดียวกับ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>วันที่ของตนเอง (มิฉะนั้นใช้ตามการเดินทาง) (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>ผู้เข้าพัก (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>ประเภทห้องพัก (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>หมายเลขห้อง (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>เช็กอิน (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>เช็กเอาต์ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>คำขอพิเศษ (&amp;Q):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>ผู้เข้าพัก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>พักร่วมกับ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}: ไม่มีผู้ใดในรายชื่อชื่อ “{name}”</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>พิมพ์บัตร…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>พิมพ์บัตรชื่อสำหรับทุกคน ผู้ที่เลือก หรือคณะผู้แทนเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>พิมพ์บัตรของผู้ที่เลือก…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>พิมพ์บัตรอีกครั้ง…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>พิมพ์บัตร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>บัตรของใคร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>ผู้แทนทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>ผู้แทนที่เลือก ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>เลือกผู้แทนในตารางก่อน เพื่อพิมพ์เฉพาะบัตรของผู้ที่เลือก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>คณะผู้แทนเดียว:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>เฉพาะผู้ที่ยังไม่ได้พิมพ์บัตร</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>รูปแบบ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>รูปแบบบัตร: ทำสำเนาเพื่อแก้ไข กำหนดให้บทบาท ส่งออก นำเข้า</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>ตรวจสอบก่อนพิมพ์</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>กำลังเตรียมตัวอย่าง…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>ที่เลือก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>ตามบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>บัตร {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>ไม่มีตัวอย่าง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>ไม่มีบัตรที่ต้องพิมพ์สำหรับตัวเลือกนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>การแสดงตัวอย่างต้องใช้ PDFium (แพ็กเกจ pypdfium2) แต่พิมพ์ได้โดยไม่ต้องใช้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{badges} ใน {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>บัตร %Ln ใบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln หน้า</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption} พิมพ์สองหน้า (ด้านหลังพิมพ์บนหน้าหลังของแต่ละใบ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>ตรวจสอบก่อนพิมพ์ ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>ทุกชื่อมีแบบอักษรครบทุกตัวอักษร และพอดีในขนาดที่อ่านได้</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>พิมพ์การหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>กำหนดการของคณะผู้แทน (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>ใบติดหน้าห้อง (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>ทุกคณะผู้แทนที่มีการหารือ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>คณะผู้แทน (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>ห้อง (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>วัน (&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>กำหนดการหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>กำหนดการหารือทวิภาคี – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>ใบติดหน้าห้อง – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>การหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>การหารือ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>รายการขัดกัน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>ช่วงเวลาที่ต้องการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>คำขอใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>ยกเลิกคำขอ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>ย้าย (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>จัดตารางเวลา (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>จัดคำขอที่ยังค้างอยู่ทั้งหมดลงในห้องหารือทวิภาคี ภายในช่วงเวลาที่ต้องการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>แสดง (&amp;H):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>ทุกคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>ยื่นคำขอแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>จัดเวลาแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} นาที</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>รายการขัดกัน: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>ไม่มีรายการขัดกัน</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>ยังไม่มีห้องที่กันไว้สำหรับการหารือทวิภาคี กำหนดได้ด้วย `delegations bilaterals rooms NAME…`</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>บันทึกการหารือทวิภาคี {id} ({title}) แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>ยื่นคำขอการหารือทวิภาคี {id} แล้ว: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>ยกเลิกคำขอ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>ยกเลิกการหารือทวิภาคี {title} หรือไม่ หากจัดเวลาไว้แล้ว ห้องและเวลานั้นจะว่างลง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>ยกเลิกการหารือทวิภาคี {id} ({title}) แล้ว</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>ย้าย {title} เป็น {when} ที่ {room} แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>รายการขัดกัน: {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>จัดตารางเวลา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>จัดได้: {placed} จัดไม่ได้: {unplaced}</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>เพิ่มการกันห้อง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>ประเภทห้องพัก (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>เช็กอิน (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>เช็กเอาต์ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>จำนวนห้อง (&amp;M):</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>พิมพ์สูจิบัตร</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>สิ่งที่จะพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>สูจิบัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>ใบแจ้งแก้ไข (A4): การเปลี่ยนแปลงตั้งแต่ฉบับ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — เผยแพร่ {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>เผยแพร่ฉบับกำหนดการก่อน ใบแจ้งแก้ไขจะแสดงสิ่งที่เปลี่ยนไปนับจากนั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>ใบติดหน้าห้อง (A4): หนึ่งหน้าต่อห้องต่อวัน สำหรับติดประตู</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>สูจิบัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 มม.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 มม.)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>จัดหน้าสองหน้าต่อแผ่น A4 แนวนอน เรียงแบบเย็บมุงหลังคา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>พิมพ์สองหน้า พลิกด้านสั้น พับปึกกระดาษตรงกลางแล้วเย็บ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>ตามที่เป็นอยู่: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>เผยแพร่กำหนดการปัจจุบันเป็นฉบับที่ {number} ก่อน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>อังกฤษ มีจีนอยู่ด้านล่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>จีน มีอังกฤษอยู่ด้านล่าง (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>สมาชิกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>ไม่พิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>เช่น กำหนดการฉบับสุดท้ายสำหรับพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>หมายเหตุฉบับ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>กระดาษ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>ฉบับ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>ฉบับภาษา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>รายชื่อคณะผู้แทน:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>พิมพ์เป็น PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>ใบแจ้งแก้ไขนับจากฉบับที่ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>ใบติดหน้าห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>สูจิบัตร {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> จัดหน้าแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>พิมพ์เป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>ส่งไปยังเครื่องพิมพ์ {name} แล้ว</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>กำลังพิมพ์สูจิบัตร…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>กำลังพิมพ์ใบแจ้งแก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>กำลังพิมพ์ใบติดหน้าห้อง…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln การเปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>ใบแจ้งแก้ไขตั้งแต่ฉบับ {number}: เขียน {changes} ลงใน {path} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>ใบติดหน้าห้อง %Ln แผ่น</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>เขียน {pages} ลงใน {path} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln หน้า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages} บน A4 %Ln หน้า</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>เขียนสูจิบัตร ({pages}) ลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>ยกเลิกการพิมพ์แล้ว ไม่มีการเขียนไฟล์</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>พิธีลงนามใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>แก้ไขพิธีลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>ชื่อภาษาอังกฤษ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ชื่อภาษาจีน (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>วัน (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>เวลา (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>ห้อง หรือสถานที่ใดก็ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>สถานที่ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>การเปลี่ยนแปลงนับจากฉบับกำหนดการ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>การเปลี่ยนแปลงนับจากฉบับนั้น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>พิมพ์ใบแจ้งแก้ไข…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>ดูตัวอย่างใบแจ้งแก้ไข แล้วพิมพ์ด้วยเครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>ตั้งแต่ (&amp;S):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>ยังไม่มีการเผยแพร่ฉบับกำหนดการ: ใช้ กำหนดการ ▸ เผยแพร่ฉบับกำหนดการ… ก่อน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>ไม่มีการเปลี่ยนแปลงนับจากฉบับที่ {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>%Ln การเปลี่ยนแปลงนับจากฉบับที่ {number}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>เลิกทำการรับเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>สแกนบัตร — หรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>รหัสบัตรหรือชื่อ</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>กำลังโหลดรายชื่อผู้แทน…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>กำลังโหลดจุดลงทะเบียน…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}” ไม่ใช่บัตรของงานนี้และไม่ตรงกับผู้แทนคนใด</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>บันทึกการลงทะเบียนไม่ได้ ({error}) ลองอีกครั้ง หากยังล้มเหลว ให้ใช้รายชื่อบนกระดาษ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  รับเข้า {n} คน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}: รับเข้าตอนนี้ {admitted} คน ลงทะเบียนไว้แล้ว {already} คน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>รับเข้าทั้งคณะผู้แทน</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>รับเข้าสมาชิกที่รออยู่ทั้ง %Ln คนของ {delegation} หรือไม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…และอีก %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>เลิกทำไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>ไม่มีสิ่งที่จะเลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>ไม่มีการรับเข้าที่จุดนี้ที่ยังมีผลอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>ผู้แทน {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  ยกเลิกการรับเข้าแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} และอีก %Ln คน ไม่ได้ลงทะเบียนอีกต่อไป</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} ไม่ได้ลงทะเบียนอีกต่อไป</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>PIN ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN ไม่ถูกต้อง โหมดจุดลงทะเบียนยังเปิดอยู่ โปรดติดต่อผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>จุดลงทะเบียน {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>รับทราบคำเตือนเรื่องนาฬิกา</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>นาฬิกาของคอมพิวเตอร์เครื่องนี้เป็นวันที่ {today} แต่งานจัดระหว่าง {start} – {end} การรับเข้าแต่ละครั้งจะบันทึกตามเวลาของนาฬิกานี้ และบันทึกของแต่ละจุดจะรวมกันตามลำดับนั้น โปรดตั้งนาฬิกาให้ถูกต้องก่อนรับเข้า</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>รายการขัดกัน</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ขัดกัน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>ไม่มีรายการขัดกัน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>ดับเบิลคลิกเพื่อแสดงช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>ดับเบิลคลิกเพื่อแสดงการหารือทวิภาคี</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสถานที่จัดงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>เปิดงานบนเซิร์ฟเวอร์ PostgreSQL ของสถานที่จัดงาน ซึ่งจุดลงทะเบียนและสำนักงานผู้จัดงานใช้ร่วมกัน รหัสผ่านใช้สำหรับการเชื่อมต่อครั้งนี้เท่านั้นและจะไม่ถูกบันทึก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>เช่น 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>พอร์ต (&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>เช่น week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>ชื่อผู้ใช้ (&amp;L):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>เช่น desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>จดจำเซิร์ฟเวอร์นี้ (ไม่บันทึกรหัสผ่าน) (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>เซิร์ฟเวอร์ของสถานที่จัดงานไม่ตอบสนอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} ไม่ตอบสนอง

เครื่องนี้มีสำเนาของงานเป็นของตนเอง ตามที่เห็นล่าสุดเมื่อวันที่ {date} เวลา {time} ต้องการเปิดสำเนาเพื่อรับเข้าต่อหรือไม่ การรับเข้าในสำเนาจะส่งไปยังเซิร์ฟเวอร์เมื่อเชื่อมต่ออีกครั้ง ส่วนการเปลี่ยนแปลงอื่นในสำเนาจะไม่ถูกส่ง</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>เข้าแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>ตามกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>รออยู่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>มอบแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>การลงทะเบียนตามคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>การลงทะเบียนตามบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>ตามคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>ตามบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>ยังไม่มาถึง</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>บัตรที่มอบให้เจ้าหน้าที่ประสานงานแล้วถือว่ามอบแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>มอบบัตรแล้วหรือยัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>มอบบัตรแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>ยังไม่ได้มอบบัตร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>ผู้เดินทางมาถึงโดยเที่ยวบินหรือรถไฟวันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>มาถึงวันใดก็ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>มาถึงวันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>กรองตามชื่อ…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>พิมพ์รายชื่อ (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>ดูตัวอย่างรายชื่อ แล้วพิมพ์ด้วยเครื่องพิมพ์ของระบบ (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>ลงทะเบียนแล้ว {admitted} จาก {expected}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>ยังไม่มาถึง ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>ทุกคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>ทุกบทบาท</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>แสดง {n} คน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>ณ เวลา {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>จุด {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>ส่งออกรายชื่อผู้ที่ยังไม่มาถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>เขียนรายชื่อ %Ln คนลงใน {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>พิมพ์รายชื่อผู้ที่ยังไม่มาถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>ยังไม่มาถึง — ผู้แทน {count} คน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>เขียน {pages} หน้าลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>กำลังพิมพ์รายชื่อผู้ที่ยังไม่มาถึง…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>ส่ง %Ln หน้าไปที่ {printer} แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>ไฟล์งานเสียหาย</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>กู้คืนข้อมูลสำรอง (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>เปิดไฟล์อื่น (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>ไม่มีข้อมูลสำรองของไฟล์นี้ที่ผ่านการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>ข้อมูลสำรองล่าสุดที่ผ่านการตรวจสอบคือเมื่อ {time} การกู้คืนจะเก็บไฟล์ที่เสียหายไว้ข้าง ๆ โดยเปลี่ยนชื่อตามวันที่วันนี้ การเปลี่ยนแปลงหลังการสำรองจะไม่อยู่ในนั้น</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>เปิดงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>งานของ Delegations (*.sqlite3);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>เพิ่มผู้แทน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>แก้ไขผู้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>คำนำหน้า (&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>เช่น ฯพณฯ, ดร., ศ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>ชื่อ (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>นามสกุล (&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>ชื่อในอักษรท้องถิ่น (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>เช่น 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>ลำดับชื่อ (&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>แนะนำจากประเทศของคณะผู้แทนและชื่อในอักษรท้องถิ่น เลือกแบบอื่นหากบุคคลนี้เขียนชื่อต่างออกไป</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>คณะผู้แทน (&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>ภายในคณะผู้แทน หัวหน้าคณะอยู่ลำดับแรก ตามด้วยสมาชิกเรียงตามระดับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>ระดับ (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>ตำแหน่ง (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>หน่วยงาน (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>อีเมล (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>โทรศัพท์ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>ข้อจำกัดด้านอาหาร (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>ความต้องการพิเศษ (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>วันที่มาถึง (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>วันที่เดินทางกลับ (&amp;U):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>หมายเหตุ (&amp;T):</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>เขียนผู้แทน {count:,} คนลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>กำลังส่งออกผู้แทน…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>เขียนแม่แบบการนำเข้าลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>กำลังเขียนแม่แบบการนำเข้า…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>ส่งออกผู้แทน</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>ไฟล์ CSV, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>บันทึกแม่แบบการนำเข้า</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>เพิ่มคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>แก้ไขคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>ประเทศ (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>หน่วยงาน (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>เช่น กระทรวงศึกษาธิการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>คณะผู้แทนจะเรียงตามลำดับนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>กำหนดตามลำดับเกียรติของอาเซียน เปลี่ยนหลักเกณฑ์ได้ที่ ไฟล์ ▸ ลำดับเกียรติ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>ลำดับตามพิธีการ (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>เพิ่มคณะผู้แทนก่อน แล้วจึงเลือกหัวหน้าคณะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>หัวหน้าคณะผู้แทน (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>ผู้ประสานงาน (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>อีเมลผู้ประสานงาน (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>โทรศัพท์ผู้ประสานงาน (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>วันที่มาถึง (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>วันที่เดินทางกลับ (&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>หมายเหตุ (&amp;O):</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>หัวหน้าคณะ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>เพิ่มคณะผู้แทน</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>อักษรท้องถิ่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>กรองตามชื่อ หน่วยงาน หรืออีเมล  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>เพิ่มผู้แทน…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>ทุกคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>ผู้แทนทั้งหมด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · หัวหน้าคณะ: {head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>กำลังอ่านข้อมูลผู้แทน %Ln คน…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ผู้แทน %Ln คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} จากผู้แทน %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>ยังไม่มีคณะผู้แทน เพิ่มได้ด้วย “เพิ่ม…” ใต้รายการทางซ้าย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>ไม่มีผู้ใดตรงกับ “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>ยังไม่มีผู้แทน เพิ่มได้ด้วย “เพิ่มผู้แทน…”</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>แสดง {shown} จากผู้แทน %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>ลบผู้แทน “{name}” หรือไม่ การดำเนินการนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ลบผู้แทน %Ln คนหรือไม่ การดำเนินการนี้ย้อนกลับไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>ลบผู้แทน</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ลบคณะผู้แทน “{name}” และสมาชิก %Ln คนหรือไม่ การดำเนินการนี้ย้อนกลับไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>ลบคณะผู้แทน “{name}” หรือไม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>ลบคณะผู้แทน</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>ชื่องาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>ชื่องานภาษาจีน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>วันที่จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>ชื่อในอักษรของตน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>แถบสีบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>คิวอาร์โค้ด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>เส้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>สี่เหลี่ยมผืนผ้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>(เฉพาะเมื่อมี{field})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>(เฉพาะเมื่อไม่มี{field})</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>ตั้งค่าจุดลงทะเบียน…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>ป้อน 中 / ไทย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>เปิดวิธีป้อนข้อมูลเพื่อพิมพ์ชื่อเป็นภาษาจีน ไทย หรืออักษรอื่น ระบบจะปิดเองหลังการรับเข้าครั้งถัดไป เพื่อไม่ให้รหัสจากเครื่องสแกนผิดเพี้ยน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ เลิกทำ (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>เลิกทำการรับเข้าครั้งล่าสุดที่จุดนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>ลงทะเบียนหน้างาน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>ผู้ที่ยังไม่ได้ลงทะเบียน: เพิ่มชื่อ พิมพ์บัตร และลงทะเบียนเข้างาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>ออกจากโหมดจุดลงทะเบียน…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>จุด: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>ยังไม่ได้ตั้งชื่อจุด</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>แลกเปลี่ยนข้อมูลการลงทะเบียน (&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>โฟลเดอร์สำรองที่สอง (&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>โหมดจุดลงทะเบียน (เต็มจอ) (&amp;D)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>สำรองข้อมูลอัตโนมัติล้มเหลว: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>เปิดงานอีกครั้งไม่ได้: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>กู้คืนข้อมูลสำรองเมื่อ {time} แล้ว</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}: ส่งบัตรใหม่ไปที่ {printer} แล้ว บัตรที่หายจะถูกปฏิเสธนับจากนี้ ขั้นตอนนี้ไม่ได้ลงทะเบียนเข้างานให้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}: ส่งบัตรไปที่ {printer} อีกครั้ง รหัสเดิม ขั้นตอนนี้ไม่ได้ลงทะเบียนเข้างานให้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  พิมพ์บัตรแล้ว</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>ไม่มีเครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>จุดนี้ยังไม่มีเครื่องพิมพ์: เลือกได้ใน ตั้งค่าจุดลงทะเบียน… (เครื่องพิมพ์)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>พิมพ์บัตรไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>กำลังพิมพ์บัตร…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>ตั้งค่าจุดลงทะเบียน</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>จุดนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>เช่น ทางเข้าทิศเหนือ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>ชื่อจุด (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>การลงทะเบียนทุกครั้งที่นี่จะบันทึกพร้อมชื่อนี้ เพื่อให้จุดต่าง ๆ แลกเปลี่ยนและเทียบบันทึกกันได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>PIN ผู้จัดงาน (สำหรับออกจากโหมดจุดลงทะเบียน)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN ปัจจุบัน (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN ใหม่ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>ป้อน PIN ใหม่อีกครั้ง (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>ลบ PIN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>การพิมพ์ที่จุดนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(ไม่มี: ไม่พิมพ์บัตรที่นี่)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>เครื่องพิมพ์ (&amp;P):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>รูปแบบบัตร (&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>พิมพ์บัตรเมื่อผู้ถือบัตรได้รับเข้าครั้งแรก (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>ตั้ง PIN แล้ว: ต้องป้อน PIN เพื่อออกจากโหมดจุดลงทะเบียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>ยังไม่ได้ตั้ง PIN: ใครก็ออกจากโหมดจุดลงทะเบียนได้ ตั้งตัวเลข 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>PIN ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>PIN ปัจจุบันไม่ถูกต้อง ป้อน PIN ที่ตั้งไว้ หรือสอบถามผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>ตั้งชื่อจุดนี้ (เช่น “เหนือ 1”) การลงทะเบียนจะบันทึกพร้อมชื่อนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>เลือกเครื่องพิมพ์ของจุดนี้ เพื่อพิมพ์บัตรเมื่อผู้ถือมาถึง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN ใหม่กับที่ป้อนซ้ำไม่ตรงกัน ป้อนตัวเลขเดียวกันสองครั้ง</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>กำลังสร้างหน้าแรก…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>ไม่มีตัวอย่าง: ยังไม่ได้ติดตั้ง PDFium</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>กำลังสร้างตัวอย่าง…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>เขียน{what}ลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>เขียน {what} (1 หน้า) ลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>เขียน {what} ({pages} หน้า) ลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>ส่งไปยังเครื่องพิมพ์ {name} แล้ว</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>คุณสมบัติขององค์ประกอบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>ยังไม่ได้เลือกองค์ประกอบ</translation>
    </message>
    <message>
        <location line="-134"/>
        <source> mm</source>
        <translation> มม.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;x:</source>
        <translation>x (&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>y (&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>ความกว้าง (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>ความสูง (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>ขนาดอักษร (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+35"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Minimum size:</source>
        <translation>ขนาดเล็กสุด (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>เช่น {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>ข้อความ (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(ไม่จำกัด)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>จำนวนบรรทัด (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>การจัดแนว (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>ชิดซ้าย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>กึ่งกลาง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>ชิดขวา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>ตัวหนา (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>ตัวพิมพ์ใหญ่ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>พิมพ์ชื่อบทบาท (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(เสมอ)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>เฉพาะเมื่อมี (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>เฉพาะเมื่อไม่มี (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>ความทึบ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>การปรับขนาด (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>พอดีกรอบ (แสดงทั้งภาพ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>เต็มกรอบ (ตัดส่วนเกิน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>ยืดเต็มกรอบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> โมดูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>ขอบว่าง (&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>ความหนาเส้น (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>เปลี่ยนภาพ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>ฟิลด์ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>ข้อความอิสระที่มี {placeholders}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>ชนิดข้อความ (&amp;K):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>ฟิลด์ (&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>สี เช่น #1a237e หรือ “role” เพื่อใช้สีของบทบาท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>เลือกสี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>สี (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>เลือกอยู่: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>แถบสีบทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>คิวอาร์โค้ด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>เส้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>สี่เหลี่ยมผืนผ้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>สีขององค์ประกอบ</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>ตั้งค่างาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>ตั้งชื่องานและระบุวันที่ จากนั้นเลือกที่บันทึก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>เช่น สัปดาห์ความร่วมมือด้านการศึกษาจีน–อาเซียน 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>ชื่อภาษาจีน (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>เช่น 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>วันเริ่ม (&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>วันสิ้นสุด (&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>เช่น Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>เวลาในกำหนดการใช้เขตเวลานี้ พิมพ์ชื่อเมืองเพื่อค้นหา เช่น Bangkok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>เขตเวลา (&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>สถานที่จัดงาน (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>เมือง (&amp;I):</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>จุดลงทะเบียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>เวลารับเข้า</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>แลกเปลี่ยนข้อมูลการลงทะเบียน</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. ส่งข้อมูลการลงทะเบียนของจุดนี้ให้จุดอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>เขียนไฟล์บันทึก (เช่น ลง USB) ให้จุดอื่นรวมเข้า ไฟล์มีลายเซ็น: ไฟล์ที่ถูกแก้ไขหรือไม่ครบจะถูกปฏิเสธ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>เฉพาะการลงทะเบียนที่จุดนี้ ({desk})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>ปิด (แนะนำ): ทุกอย่างที่สำเนานี้มี รวมถึงที่รวมมาจากจุดอื่น เพื่อให้บันทึกส่งต่อกันไปได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>ส่งออกเป็นไฟล์…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. รับข้อมูลการลงทะเบียนของจุดอื่น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>รวมไฟล์เดิมสองครั้ง หรือรวมไฟล์ในลำดับใดก็ได้ ปลอดภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>รวมไฟล์…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>การรับเข้าซ้ำ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>ส่งออกข้อมูลการลงทะเบียน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>กำลังส่งออกข้อมูลการลงทะเบียน…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>ส่งออกรายการลงทะเบียน %Ln รายการไปที่ {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>รวมข้อมูลการลงทะเบียน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>กำลังรวม {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>กำลังรวมข้อมูลการลงทะเบียน…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>จุดในไฟล์: {desks}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>เกิดข้อผิดพลาด: {error}

รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>ไม่มีผู้ใดถูกรับเข้าซ้ำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>รับเข้าซ้ำ ({n}) — นับเพียงครั้งเดียว ตรวจสอบบัตรเหล่านี้:</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>นำเข้าข้อมูลการลงทะเบียน (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>ส่งออกผู้แทน (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>บันทึกแม่แบบการนำเข้า (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>พิมพ์สูจิบัตร (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>รูปแบบบัตร (&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>ชื่อขึ้นก่อน (แบบตะวันตก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>นามสกุลขึ้นก่อน</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>มอบบัตร…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>บันทึกว่าเจ้าหน้าที่ประสานงานของคณะผู้แทนรับบัตรไปแล้ว และพิมพ์ใบรับมอบให้ลงนาม</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} ยังไม่มีผู้แทน: เพิ่มผู้แทนก่อน</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>มอบบัตร — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>เช่น จุดออกบัตร 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>เลือกดู (&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>ผู้รับ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>จุด (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>ใบรับมอบ (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>บัตรที่จะมอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>อักษรท้องถิ่น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>มอบแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>มอบบัตรและออกใบรับมอบ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>เปิดใบรับมอบ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>ดูใบรับมอบและพิมพ์จากโปรแกรมดู</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>พิมพ์ใบรับมอบด้วยเครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>มอบแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>มอบฉบับที่ {v} แล้ว ไม่ใช่ฉบับนี้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>แล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>ยังไม่</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>ที่เลือก: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>มอบแล้ว: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>ยังไม่ได้พิมพ์: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>บันทึกใบรับมอบบัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>กำลังเขียนใบรับมอบ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>กำลังเขียนใบรับมอบบัตร…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>มอบบัตรให้ {collector} เมื่อ {time}: {n} ใบ บันทึกใบรับมอบที่ {path} แล้ว</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>ส่งใบรับมอบไปที่ {printer} แล้ว</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>ใบรับมอบบัตร</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>กำลังพิมพ์ใบรับมอบบัตร…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>เพิ่มโรงแรม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>ชื่อภาษาจีน (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ที่อยู่ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>อีเมล (&amp;E):</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>โรงแรมและการจัดห้องพัก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>เพิ่มโรงแรม (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>ลบโรงแรม (&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>ผู้เข้าพัก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>เช็กอิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>เช็กเอาต์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>จำนวนคืน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>มาถึง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>เดินทางกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>คำขอพิเศษ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>ประเภทห้องพัก</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>ห้องที่กันไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>คืนวันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>กันไว้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>เวลาสำรอง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>ประเภทห้องพัก (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>เพิ่มการกันห้อง (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>ยกเลิกการกันห้อง (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>จัดห้อง (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>จัดห้องพักที่โรงแรมนี้ให้บุคคลที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>ยกเลิกห้องพัก (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>จัดห้องให้คณะผู้แทน (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>จัดที่พักเอง (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>บุคคลที่เลือกซึ่งยังไม่มีห้องไม่ต้องการห้องพัก เนื่องจากพักที่อื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>ส่งออก .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>อ่านหมายเลขห้อง (&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>อ่านไฟล์ .xlsx ที่ส่งออกกลับเข้ามา เมื่อโรงแรมกรอกคอลัมน์ห้องแล้ว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>โรงแรม (&amp;H):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>รายชื่อผู้เข้าพัก (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>ประเภทห้องและการกันห้อง (&amp;O)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>ยังไม่มีโรงแรม: ใช้ เพิ่มโรงแรม… เพื่อเพิ่มโรงแรม แล้วจึงเพิ่มประเภทห้องและการกันห้อง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} ห้อง ผู้เข้าพัก {guests} คน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(ไม่มีหมายเลข)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>ใช้วันที่ของตนเอง ไม่ใช่ตามการเดินทาง</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} (พักได้ {sleeps} คน)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} ห้อง {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>คำเตือน: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>ไม่มีคำเตือนที่โรงแรมนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>ไม่มีห้องพัก: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>ทุกคนที่ต้องการห้องพักได้ห้องแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation}) {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>เพิ่มโรงแรม {hotel} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>ลบโรงแรม</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>ลบ {hotel} พร้อมประเภทห้อง การกันห้อง และห้องพักทั้งหมดหรือไม่ ผู้เข้าพัก {count} คนของโรงแรมนี้จะไม่มีห้องพัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>ลบโรงแรม {hotel} แล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>บันทึกประเภทห้องพักแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>เพิ่มการกันห้องแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>ยกเลิกการกันห้อง</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>ยกเลิกการกันห้อง {type} ทั้งหมดที่ {hotel} หรือไม่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>ยกเลิกการกันห้องแล้ว: {count}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} ได้ห้องพักที่ {hotel} แล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>ยกเลิกห้องพัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>ขณะนี้ {name} ไม่มีห้องพัก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>จัดที่พักเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} ไม่ต้องการห้องพัก</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}: จัดผู้เข้าพัก {guests} คนใน {rooms} ห้องแล้ว</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>รายชื่อผู้เข้าพัก – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>ส่งออกรายชื่อผู้เข้าพัก</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>เขียนรายชื่อผู้เข้าพักลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>อ่านหมายเลขห้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>หมายเลขห้องที่กรอกหรือเปลี่ยนแปลง: {count}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>นำเข้าข้อมูลการลงทะเบียน — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>กำลังอ่าน {file}…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>แถวที่อ่านจากไฟล์</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>แถวในไฟล์</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>การปรับปรุง</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>นำเข้าแถวที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>เพิ่มผู้ที่ชื่อซ้ำเป็นคนละคน (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>แถวที่ชื่อตรงกับบุคคลในคณะผู้แทนเดียวกันและไม่มีอีเมลให้แยกแยะ จะถูกปฏิเสธ เลือกช่องนี้เพื่อเพิ่มแถวเหล่านั้นเป็นบุคคลใหม่แทน</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>การปรับปรุง ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>ปัญหา ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>แถว {row} · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>กำลังตรวจสอบ {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>อ่านแล้ว %Ln แถว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>เพิ่ม {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>ปรับปรุง {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>ไม่เปลี่ยนแปลง {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>คณะผู้แทนใหม่: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln แถวมีข้อผิดพลาดและจะไม่ถูกนำเข้า แก้ไขในไฟล์แล้วนำเข้าอีกครั้งเพื่อเพิ่มแถวเหล่านั้น</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>ไม่มีสิ่งที่ต้องนำเข้า: งานนี้มีผู้แทนเหล่านี้อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>นำเข้าข้อมูลการลงทะเบียน</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>เกิดข้อผิดพลาด: {error}

รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>กำลังนำเข้า {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีการเขียนข้อมูล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>เกิดข้อผิดพลาด: {error}

ไม่มีการเขียนข้อมูล รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>นำเข้า {file}: เพิ่ม {added:,} ปรับปรุง {updated:,} ไม่เปลี่ยนแปลง {unchanged:,} ปฏิเสธ {refused:,}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>ข้อมูลการลงทะเบียน ({patterns});;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>แถว {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>คำเตือน: {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>เกิดข้อผิดพลาด: {error} รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>คณะผู้แทน</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>ภาษาของระบบ ({language})</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>รูปแบบบัตร “{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>พื้นที่ออกแบบบัตร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab เลือกองค์ประกอบถัดไป ปุ่มลูกศรเลื่อนทีละ 1 มม. Shift+ลูกศรเลื่อนทีละ 0.1 มม. Delete ลบองค์ประกอบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>ตรวจสอบการออกแบบ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>Delegations รุ่นนี้ยังไม่มีการแสดงตัวอย่างแบบสด</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>ลบองค์ประกอบ (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>ขยาย (&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>ย่อ (&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>ขนาดจริง (100 %) (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>เพิ่มองค์ประกอบ (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>ฟิลด์ข้อความ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>ข้อความอิสระ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>แถบสีบทบาท (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>คิวอาร์โค้ด (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>รูปภาพ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>เส้น (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>สี่เหลี่ยมผืนผ้า (&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>ภาพ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>รูปแบบ (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>เครื่องมือออกแบบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>เพิ่มองค์ประกอบ</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>ด้านหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ด้านหลัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>องค์ประกอบทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>บัตรที่มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>บัตรที่ไม่มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>องค์ประกอบที่แสดงเฉพาะเมื่อมี (หรือไม่มี) รูปภาพจะซ้อนกัน ให้แสดงทีละกรณี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>แสดง (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>ย่อ/ขยาย (&amp;Z):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>ย่อ/ขยาย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>มม.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>การตรวจสอบ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}: x {x} มม., y {y} มม., {w} × {h} มม.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>รุ่นนี้ยังไม่มีการตรวจสอบการออกแบบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>ย้ายองค์ประกอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>ปรับขนาดองค์ประกอบ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>เปลี่ยน {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>ลบองค์ประกอบ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>เลือกภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg *.svg);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>เพิ่มภาพ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>บันทึกรูปแบบ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>บันทึกการเปลี่ยนแปลงของรูปแบบบัตร “{name}” หรือไม่</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>กำหนดรูปแบบ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>สี่เหลี่ยมกลางโล่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>รูปตัวยู</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>แถวแบบเธียเตอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>แบบห้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>โต๊ะกลม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>โต๊ะประธานและแถวที่นั่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>จำนวนตำแหน่งคณะผู้แทน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>ที่นั่งที่โต๊ะต่อตำแหน่ง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>แถวด้านหลังแต่ละตำแหน่ง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>ที่นั่งฝั่งประธาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>จำนวนแถว:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>ที่นั่งต่อแถว:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>ทางเดินทุก (ที่นั่ง, 0 = กึ่งกลาง):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>จำนวนโต๊ะกลม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>ที่นั่งต่อโต๊ะ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>ห้อง (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>ประเภทรูปแบบ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (ไม่มีรูปแบบ)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>กำลังอ่านรายชื่อบุคคลของงาน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ ตัวอย่างก่อนหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>ตัวอย่างถัดไป ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Longest name</source>
        <translation>ชื่อที่ยาวที่สุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>ชื่อภาษาเขมร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>ชื่อภาษาลาว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>ชื่อภาษาเมียนมา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>ชื่อภาษาจีน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>ชื่อภาษาเวียดนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>ไม่มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>ไม่มีบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>บุคคลตัวอย่าง (งานยังไม่มีรายชื่อใคร)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>สีบทบาท: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>ไม่มีตัวอย่าง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({number} จาก {count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>เกิดข้อผิดพลาด: {error} รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>รูปแบบบัตร</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>รูปแบบที่มากับโปรแกรมเป็นเพียงจุดเริ่มต้น: ทำสำเนาเพื่อให้เป็นรูปแบบของงานเอง แล้วจึงแก้ไข รูปแบบของงานจะติดไปกับไฟล์งาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>พิมพ์บน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>ใช้กับ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>ทำสำเนาเพื่อแก้ไข (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>ใช้กับบทบาท (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>ส่งออก (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>นำเข้า (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>ลบ (&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>มากับ Delegations: อ่านอย่างเดียว ทำสำเนาเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>มากับโปรแกรม อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>ของงานนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title} ({name}, {kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>สองหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>{width:g} × {height:g} mm</source>
        <translation>{width:g} × {height:g} มม.</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n per page</source>
        <translation>
            <numerusform>หน้าละ %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>รูปแบบที่มากับโปรแกรมเป็นแบบอ่านอย่างเดียว: ทำสำเนาเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}” เป็นรูปแบบของงานนี้แล้ว: แก้ไขได้ด้วย แก้ไข…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>บัตร{role}จะพิมพ์ด้วยรูปแบบ “{layout}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>เขียน “{name}” ลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>นำเข้า “{name}” สู่งานแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>ลบ “{name}” ออกจากงานแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>Delegations รุ่นนี้ยังไม่มีเครื่องมือออกแบบรูปแบบบัตร</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>ทำสำเนาเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>ชื่อสำเนา (ตัวอักษร ตัวเลข - และ _):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}” มากับโปรแกรมและอ่านอย่างเดียว: ทำสำเนาเพื่อแก้ไข… จะสร้างสำเนาของงานนี้เอง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>ใช้กับบทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>พิมพ์บัตรของบทบาทนี้ด้วยรูปแบบ “{layout}”:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>ส่งออกรูปแบบบัตร</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>นำเข้ารูปแบบบัตร</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>ลบรูปแบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>ลบรูปแบบ “{title}” ออกจากงานหรือไม่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>รูปแบบบัตร (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>ขามา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>ขากลับ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>การเดินทางของตนเอง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>เที่ยวบิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>รถไฟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>รถยนต์</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>ช่วงหนึ่งจาก %n ช่วงการเดินทาง: ช่วงแรก ช่วงอื่นยังคงเก็บไว้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>ช่วงหนึ่งจาก %n ช่วงการเดินทาง: ช่วงสุดท้าย ช่วงอื่นยังคงเก็บไว้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>เดินทางพร้อมกับ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>สายการบิน/ผู้ให้บริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>เดินทางโดย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>วันและเวลา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>อาคารผู้โดยสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>ท่าอากาศยานหรือสถานี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>ความต้องการพิเศษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>ผู้ร่วมเดินทางในช่วงนี้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>คณะผู้แทน (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>วิทยากร (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>กำหนดการ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>ลงทะเบียน (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln คณะผู้แทน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ผู้แทน %Ln คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>วิทยากร %Ln คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ช่วงการประชุม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>งานใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>เปิดงาน (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสถานที่จัดงาน (&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>ตั้งค่างาน (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>ลำดับเกียรติ (&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>บันทึกสำเนา (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>ค้นหา (&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>ผังที่นั่ง (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>การหารือทวิภาคี (&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>การลงนามความตกลง (&amp;G)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>เกี่ยวกับ Delegations (&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>เกี่ยวกับ Delegations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;ผู้แทน บัตร การลงทะเบียน และกำหนดการ สำหรับสัปดาห์ความร่วมมือระหว่างประเทศ&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>เปิดงาน</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>เปิด {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — สำเนาออฟไลน์ของ {server} — Delegations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{event} — {server} — Delegations</source>
        <translation>{event} — {server} — Delegations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} — Delegations</source>
        <translation>{event} — Delegations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order of precedence saved.</source>
        <translation>บันทึกลำดับเกียรติแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>บันทึกการตั้งค่างานแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>งานของ Delegations (*.sqlite3);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>มี {path} อยู่แล้ว เลือกชื่อใหม่ หรือเปิดด้วย ไฟล์ ▸ เปิดงาน…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>ไม่มีงานล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>ล้างเมนู</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสถานที่จัดงาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>โปรดทำการแก้ไขที่ค้างอยู่ให้เสร็จหรือยกเลิกก่อน</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>บันทึกสำเนาไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>พิมพ์บัญชีรายชื่อผู้โดยสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>เฉพาะการเปลี่ยนแปลงนับจากการพิมพ์ครั้งล่าสุด (&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>บัญชีรายชื่อผู้โดยสาร – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>ย้ายการหารือทวิภาคี {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>ห้อง (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>วัน (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>เริ่ม (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>ช่วงเวลาที่ต้องการ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} นาที</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>ลำดับชื่อสำหรับทั้งคณะผู้แทน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>นามสกุลขึ้นก่อน ชื่อขึ้นก่อน หรือตามธรรมเนียมของประเทศของคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>ลำดับชื่อของ {delegation}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>เปลี่ยนลำดับชื่อของสมาชิก %Ln คนใน {delegation} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>เลิกทำด้วย Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>ลำดับชื่อสำหรับทั้งคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>ชื่อของ {delegation} เขียนเรียงลำดับอย่างไร</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>นามสกุลขึ้นก่อน (“Bai Zhen”, “Nguyễn Thị Phương”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>ชื่อขึ้นก่อน (“Somchai Srisuk”, “Farah binti Ahmad”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>ตามประเทศ: ตามที่คนใน {country} มักเขียนชื่อ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>เปลี่ยน</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>เปลี่ยน %Ln ชื่อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>ชื่อของสมาชิกทุกคนเรียงตามลำดับนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>และอีก {more:,} ชื่อ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>จากสมาชิก %Ln คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>%Ln คน{of_members} จะเปลี่ยน:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>PIN ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>โหมดจุดลงทะเบียนจะล็อกหน้าต่างนี้ไว้ที่การลงทะเบียน เลือก PIN ผู้จัดงาน (4 ถึง 12 หลัก) ที่ต้องใช้เพื่อออกจากโหมดนี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN ใหม่ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>ป้อนอีกครั้ง (&amp;R):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN กับที่ป้อนซ้ำไม่ตรงกัน ป้อนตัวเลขเดียวกันสองครั้ง</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>ทราบวันที่</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>คู่ภาคี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>เพิ่มคู่ภาคี (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>หน่วยงานหรือบริษัท</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>ไม่ทราบประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>ผู้ลงนาม: พิมพ์เพื่อค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>คู่ภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>ประเภทคู่ภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>ประเทศของคู่ภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>นำคู่ภาคีออก</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>PIN ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>ป้อน PIN ผู้จัดงานเพื่อออกจากโหมดจุดลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>จัดห้องให้คณะผู้แทนที่ {hotel}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>คณะผู้แทน (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>ประเภทห้องพัก (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>คนต่อห้อง (&amp;P):</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>ชื่อตามลำดับที่จะแสดงและพิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}” ไม่ใช่คอลัมน์ที่การนำเข้ารู้จัก จึงไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>นามสกุลขึ้นก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>ชื่อขึ้นก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>ตามที่ไฟล์ระบุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}: {reason} เปลี่ยนได้ภายหลังในแบบฟอร์มของผู้แทน หรือสำหรับทั้งคณะผู้แทน</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>ตัวอย่างก่อนพิมพ์ — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln หน้า, {paper} พิมพ์ที่ 100 % บนกระดาษขนาดเดียวกัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>การพิมพ์สองหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}” พิมพ์สองหน้าไม่ได้: ด้านหลังจะพิมพ์ออกมาเป็นหน้าแยก</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>กำลังพิมพ์{title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>ยกเลิกการพิมพ์แล้ว: ไม่มีการพิมพ์หรือบันทึกใด ๆ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>พิมพ์บัตรอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>ทำไม {name} จึงต้องการบัตรใบใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>บัตรที่หายจะได้รหัสใหม่: บัตรที่หายจะถูกปฏิเสธนับจากนี้ บัตรที่ชำรุดจะพิมพ์ใหม่ด้วยรหัสเดิม ขั้นตอนนี้ไม่ได้ลงทะเบียนเข้างานให้ใคร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>หาย: รหัสใหม่ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>ชำรุด: รหัสเดิม (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>ใบแจ้งแก้ไขนับจากฉบับที่ {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>พิมพ์ใบแจ้งแก้ไข</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The errata (%Ln change(s)) are in {path}.</source>
        <translation>
            <numerusform>ใบแจ้งแก้ไข (%Ln การเปลี่ยนแปลง) อยู่ที่ {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>กำลังพิมพ์ใบแจ้งแก้ไข…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>ลำดับเกียรติ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>ลำดับเกียรติ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>ระดับ (&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>ลำดับแบบอาเซียน (ประเทศสมาชิกเรียงตามตัวอักษร)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>ลำดับที่จัดเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>กฎบัตรอาเซียน ข้อ 31: ประเทศสมาชิกเรียงตามลำดับตัวอักษรของชื่อภาษาอังกฤษ ส่วนประเทศเจ้าภาพและประเทศคู่เจรจาอยู่ในตำแหน่งที่คุณกำหนด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>หลักเกณฑ์ (&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>ประเทศเจ้าภาพ (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>ตำแหน่งเจ้าภาพ (&amp;L):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>ประเทศคู่เจรจา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>ประเทศคู่เจรจา (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>ตำแหน่งคู่เจรจา (&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>ลำดับที่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+ลูกศรขึ้น และ Alt+ลูกศรลง เลื่อนคณะผู้แทนที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+ลูกศรขึ้น ลำดับจะเปลี่ยนเป็นแบบจัดเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+ลูกศรลง ลำดับจะเปลี่ยนเป็นแบบจัดเอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>ลำดับที่ได้ (&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>แรกสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>ท้ายสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>ในฐานะประธาน (อยู่ลำดับแรก)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (ประธาน)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>ชื่อภาษาจีน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>ระดับ เรียงจากสูงสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+ลูกศรขึ้น และ Alt+ลูกศรลง เลื่อนระดับที่เลือก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>เพิ่มระดับ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>ลบ (&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>เรียงจากสูงสุด ภายในคณะผู้แทน หัวหน้าคณะอยู่ลำดับแรก ตามด้วยสมาชิกเรียงตามระดับ แล้วตามชื่อ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>ผู้แทนที่มีระดับ “{rank}” ({count} คน) จะไม่มีระดับหลังจากกด ตกลง</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>เผยแพร่ฉบับกำหนดการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>กำหนดการตามที่เป็นอยู่จะกลายเป็นกำหนดการฉบับที่ {number} การเปลี่ยนแปลงภายหลังจะแสดงเทียบกับฉบับนี้ใน กำหนดการ ▸ การเปลี่ยนแปลงนับจากฉบับ… ซึ่งเป็นพื้นฐานของใบแจ้งแก้ไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>ฉบับที่เผยแพร่ล่าสุด: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>เช่น ส่งโรงพิมพ์แล้ว 12 กรกฎาคม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>เผยแพร่ (&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>ที่โต๊ะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>แถวหลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>ที่นั่งที่ได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>โควตาที่นั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>ที่นั่งที่โต๊ะและแถวหลังของแต่ละคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>ที่นั่งที่โต๊ะสำหรับทุกคณะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>ที่นั่งแถวหลังสำหรับทุกคณะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>ให้ทุกคณะ (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>ตำแหน่งเจ้าภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>จัดที่นั่งอัตโนมัติ (&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>ที่โต๊ะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>แถวหลัง</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>ตำแหน่งเจ้าภาพ (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>ตามลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>ข้างประธาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>ตรงข้ามประธาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>ตามลำดับเกียรติ ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>ตามลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>ข้างประธาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>ตรงข้ามประธาน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>ที่นั่งเกินโควตา</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>ที่โต๊ะ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation} ที่นั่ง{what}: “{text}” ไม่ใช่จำนวนเต็ม</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>พิมพ์บัตรอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>พิมพ์บัตรเดิมซ้ำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>บัตรชำรุด พิมพ์ผิด หรือลืมไว้ รหัสบนบัตรเดิมยังใช้ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>บัตรหาย — พิมพ์ใบใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>บัตรใหม่จะได้รหัสใหม่ บัตรที่หายจะถูกปฏิเสธเมื่อลงทะเบียน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>ยังไม่เคยพิมพ์บัตรให้บุคคลนี้ นี่จะเป็นบัตรใบแรก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>ทำไมจึงพิมพ์บัตรอีกครั้ง</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>บัตร {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>แก้ไขคำขอหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>คำขอหารือทวิภาคีใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>คณะผู้แทน (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>หน่วยงาน (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>เช่น สำนักเลขาธิการอาเซียน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>เลือกผู้เข้าร่วม หากไม่เลือกผู้ใด จะเป็นหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>เพิ่มช่วงเวลา (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>ลบช่วงเวลา (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>เช่น en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>รหัสภาษา คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>คณะผู้แทน (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>หารือกับ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>ผู้เข้าร่วม (&amp;P):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>ช่วงเวลาที่ต้องการ (&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>ระยะเวลา (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>การล่าม (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>หมายเหตุ (&amp;N):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation> (หัวหน้าคณะผู้แทน)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>ช่วงเวลาที่ต้องการ {day} {start}–{end} สิ้นสุดก่อนเวลาเริ่ม</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>เวลาสำรอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>ระบบสำรองข้อมูลเมื่อเปิดงานและทุก 10 นาทีขณะมีการเปลี่ยนแปลง โดยเก็บไว้ 20 ชุดล่าสุด การกู้คืนจะแทนที่งานด้วยข้อมูลสำรอง แต่จะสำรองสถานะปัจจุบันไว้ก่อน จึงย้อนกลับได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>ยังไม่มีข้อมูลสำรองของงานนี้ ระบบจะสำรองไม่นานหลังเปิดงาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>แทนที่งานด้วยข้อมูลสำรองเมื่อ {time} หรือไม่ การเปลี่ยนแปลงหลังจากนั้นจะเก็บแยกไว้ในข้อมูลสำรองชุดใหม่</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>ผลการลงทะเบียน</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>พิมพ์บัตรแทนบัตรหาย…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>สแกนบัตร หรือพิมพ์ชื่อแล้วกด Enter</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  รับเข้าแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>ลงทะเบียนไปแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>ที่จุด {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>ที่จุดที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>ลงทะเบียนเมื่อ {time} {where} อย่ารับเข้าซ้ำ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  ปฏิเสธ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
อย่ารับเข้าด้วยบัตรนี้ ตรวจบัตรประชาชนหรือหนังสือเดินทางของบุคคลนั้น แล้วค้นหาจากชื่อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>บัตรนี้ (ฉบับที่ {scanned}) ถูกแทนที่ด้วยฉบับที่ {current} แล้ว บัตรเดิมได้รับแจ้งว่าหาย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>ไม่มีผู้แทนของบัตรนี้แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>หมายเหตุ: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>ความต้องการพิเศษ: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>อาหาร: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>หัวหน้าคณะ · ลงทะเบียนแล้ว {here} จาก {total} คน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>รับเข้าทั้งคณะ (รออยู่ {n} คน)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel} ห้อง {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>โรงแรม: {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>เดินทางกลับ: {number} {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>เพิ่มห้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>แก้ไขห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>ความจุ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>ชั้น (&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>ลำดับ (&amp;O):</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>ประเภทห้องพัก</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>ประเภทห้องพัก (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>พักได้ (คน) (&amp;S):</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>พิมพ์รายชื่อผู้เข้าพัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>โรงแรม (&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>รายชื่อผู้เข้าพัก – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>เพิ่ม (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>ลบห้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>ลบห้อง “{name}” หรือไม่ ช่วงการประชุมในห้องนี้จะยังอยู่ในกำหนดการโดยไม่มีห้อง</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>เลือกที่อื่น…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>ผู้ที่พบ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>ไม่มีผู้ใดตรงกับ “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>พบ {total} — ↑ ↓ เพื่อเลือก Enter เพื่อรับเข้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>{shown} อันดับแรกจากที่พบ {total} — พิมพ์ต่อเพื่อจำกัดผล</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>พิมพ์ผังที่นั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>ผังที่นั่ง (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>ป้ายชื่อตั้งโต๊ะ (ที่นั่งละหนึ่งป้าย) (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 แนวนอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 แนวนอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>พร้อมชื่อบุคคล (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>กระดาษ (&amp;A):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>ผังที่นั่ง – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>ป้ายชื่อตั้งโต๊ะ – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>ช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>ลากที่นั่งไปวางบนอีกที่นั่งหนึ่งเพื่อสลับกัน คลิกขวาที่ที่นั่งเพื่อจัดให้หรือปล่อยว่าง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>โควตา (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>รูปแบบการจัดห้อง (&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>สลับกับที่นั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>สลับ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>จัดให้หรือปล่อยว่าง (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>จัดให้หรือปล่อยว่างที่นั่งที่พิมพ์ไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>เมนูของที่นั่ง เหมือนกับการคลิกขวาที่ที่นั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>ช่วงการประชุม (&amp;S):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>ที่นั่ง (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>กับ (&amp;H):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>ยังไม่มีช่วงการประชุมใดอยู่ในห้องที่มีผังที่นั่ง: กำหนดรูปแบบให้ห้องได้ที่ “รูปแบบการจัดห้อง”</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>รูปแบบการจัดห้อง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>บันทึกรูปแบบของ {room} แล้ว: ที่นั่งสำหรับคณะผู้แทน {seats} ที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>จัดที่นั่งในผังของห้องนี้ใหม่แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>จัดที่นั่งใหม่แล้ว {count} ผัง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>จัดที่นั่งอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>จัดที่นั่งอัตโนมัติแล้ว: {count} ที่นั่ง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>ไม่มีที่นั่ง “{seat}” ในผังนี้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>จัดที่นั่ง {seat} ให้ (&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (ยังไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>ให้นั่งที่ {seat} (&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>ปล่อยที่นั่ง {seat} ว่าง (&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>จัดที่นั่ง {seat} ให้แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>ที่นั่ง {seat} ว่างแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>ให้สมาชิกอีกคนนั่งที่ {seat} แล้ว</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>สลับที่นั่ง {first} กับ {second} แล้ว</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>โฟลเดอร์สำรองที่สอง</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>ข้อมูลสำรองของงานแต่ละชุดจะถูกคัดลอกไปยังโฟลเดอร์นี้ด้วย เช่น บน USB เพื่อไม่ให้ข้อมูลสำรองหายไปพร้อมกับแล็ปท็อปที่หายหรือเสีย โฟลเดอร์นี้ตั้งไว้สำหรับคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>เลือกโฟลเดอร์ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>ไม่คัดลอกไปที่อื่น (&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>ไม่มีโฟลเดอร์ที่สอง: เก็บข้อมูลสำรองไว้ในคอมพิวเตอร์เครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — ไม่พบในขณะนี้ (เสียบ USB อยู่หรือไม่)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>ข้อมูลสำรองจะถูกคัดลอกไปที่ {folder} ด้วย</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>พิธีเปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>การประชุมใหญ่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>สัมมนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>การประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>พิธีลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>การศึกษาดูงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>การหารือทวิภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>พักหรือรับประทานอาหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>ผู้กล่าวปาฐกถา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>ผู้ร่วมอภิปราย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>ผู้ดำเนินรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>เพิ่มช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>แก้ไขช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>ชื่อเรื่อง (อังกฤษ) (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>ชื่อเรื่อง (จีน) (&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>วัน (&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>เริ่ม (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>สิ้นสุด (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(ไม่มีห้อง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>ห้อง (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(ไม่มีประธาน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>ประธาน (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>วิทยากรของช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>กรองวิทยากร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>บทบาทของวิทยากรที่เลือกในช่วงการประชุมนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>วิทยากร (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>รายละเอียด (&amp;I):</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>ประธาน: {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>ตั้งชื่อจุดนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>การลงทะเบียนแต่ละครั้งจะบันทึกพร้อมชื่อจุด เพื่อให้จุดต่าง ๆ แลกเปลี่ยนบันทึกกันได้ ใช้ชื่อสั้น ๆ ที่เจ้าหน้าที่จำได้ เช่น “เหนือ 1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>ชื่อจุด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>เริ่มลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>การลงนามความตกลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>แสดง (&amp;S):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>ชื่อภาษาจีน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>คู่ภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>ผู้ลงนาม (ที่นั่ง)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>สักขีพยาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>ความตกลงใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>แก้ไขความตกลง (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>นำความตกลงออก (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>พิธีลงนามใหม่ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>แก้ไขพิธีลงนาม (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>นำพิธีลงนามออก (&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>ทะเบียนความตกลง (ทั้งหมด)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>บันทึกความตกลงแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>นำความตกลงออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>นำ “{title}” ออกจากทะเบียนหรือไม่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>นำความตกลงออกแล้ว</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>บันทึกพิธีลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>นำพิธีลงนามออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>นำพิธีลงนาม “{title}” ออกหรือไม่ ความตกลงของพิธีนี้ยังคงอยู่ในทะเบียน โดยไม่ผูกกับพิธีใด</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>นำพิธีลงนามออกแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>บันทึกลำดับการลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>พิมพ์เป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>เขียนลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>ช่วงการประชุมของวิทยากร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>ช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>เพิ่มในช่วงการประชุม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>นำออกจากช่วงการประชุม</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;ช่วงการประชุม&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;ช่วงการประชุม&lt;/b&gt; — ยังไม่มี</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>ช่วงการประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>กรองวิทยากร  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>วิทยากรใหม่</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>เลือกรูปภาพ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>ลบรูปภาพ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>เช่น ฯพณฯ, ดร., ศ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>พิมพ์บางส่วนของชื่อผู้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>ข้อมูลผู้แทนของวิทยากร หากเป็นผู้แทน: ระบบจะตรวจวันมาถึงและวันเดินทางกลับเทียบกับช่วงการประชุมของเขา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>ประวัติโดยย่อสำหรับสูจิบัตร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>คำนำหน้า (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>ชื่อ (&amp;I):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>อักษรท้องถิ่น (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>ตำแหน่ง (&amp;P):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>นามสกุล (&amp;Y):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>ลำดับชื่อ (&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>หน่วยงาน (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>ประเทศ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>ข้อมูลผู้แทน (&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>คืนค่าเดิม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>บันทึกวิทยากร ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>ประวัติ (&amp;B):</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>แสดง {shown} จากวิทยากร %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>บันทึกการเปลี่ยนแปลงของวิทยากรคนนี้หรือไม่</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>ไม่ได้เลือกวิทยากร</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>เลือกรูปภาพ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} ไม่ใช่รูปภาพที่ Delegations อ่านได้ เลือกไฟล์ JPEG หรือ PNG</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.bmp);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>ลบวิทยากร</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>ลบวิทยากร “{name}” หรือไม่ วิทยากรจะถูกนำออกจากช่วงการประชุมด้วย</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>(ไม่ใช่ผู้แทน)</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>การรับ-ส่งและบัญชีรายชื่อผู้โดยสาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>ขาเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>ขาออก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>ยานพาหนะและผู้โดยสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>ยานพาหนะหรือผู้โดยสาร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>เที่ยวบินหรือรถไฟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>โรงแรม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>จุดนัดพบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>เจ้าหน้าที่ต้อนรับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>ความต้องการพิเศษ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>การเปลี่ยนแปลงนับจากการพิมพ์ครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>ส่งออก .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>บันทึกการตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>วัน (&amp;D):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>ช่วงเวลารวมรอบ (นาที) (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>ยานพาหนะ (ประเภท=ที่นั่ง) (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>รับก่อนเที่ยวบิน (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>รับก่อนรถไฟออก (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>รับก่อนรถยนต์ออก (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>จุดนัดพบ (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>เจ้าหน้าที่ต้อนรับ (&amp;G):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>ยานพาหนะ {vehicles} คัน {people} คน</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>การเปลี่ยนแปลงนับจากการพิมพ์เมื่อ {when}: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>บันทึกการตั้งค่าการรับ-ส่งแล้ว</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>บัญชีรายชื่อผู้โดยสาร – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>ส่งออกบัญชีรายชื่อผู้โดยสาร</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>เขียนบัญชีรายชื่อผู้โดยสารลงใน {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>การเดินทาง…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>การเดินทางมาถึงและเดินทางกลับของผู้แทนที่เลือก และผู้ร่วมเดินทาง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>การเดินทาง</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>การเดินทาง: {name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>การเดินทางและที่พัก (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>โรงแรมและการจัดห้องพัก (&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>การรับ-ส่งและบัญชีรายชื่อผู้โดยสาร (&amp;T)…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>รายละเอียดอยู่ในไฟล์บันทึก &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt; โปรดแนบไฟล์นี้ (หรือวางรายละเอียด) ไปกับรายงานของคุณ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>รายละเอียดข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>คัดลอกรายละเอียด (&amp;C)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>คัดลอกสิ่งที่ผิดพลาดพร้อมเวอร์ชัน สำหรับรายงานข้อบกพร่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>แสดงรายละเอียด (&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่ได้เกิดจากคุณ: {error}

ไฟล์งานของคุณปลอดภัย: ทุกการเปลี่ยนแปลงถูกบันทึกทันทีที่ทำ คุณทำงานต่อได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>ข้อผิดพลาดทั้งหมด: {count} ครั้ง ล่าสุด: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>Delegations เปิดหน้าต่างไม่ได้: {error}

ไฟล์งานของคุณปลอดภัย โปรดส่งรายละเอียดให้ผู้ดูแล Delegations</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>สถานะเซิร์ฟเวอร์ของสถานที่จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>เซิร์ฟเวอร์ของสถานที่จัดงาน: กำลังเชื่อมต่อ…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>ออฟไลน์ — รับเข้าบนเครื่องนี้ มี %n รายการรอส่ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>เซิร์ฟเวอร์ของสถานที่จัดงานไม่ตอบสนอง การรับเข้าจะบันทึกไว้ในเครื่องนี้และส่งเมื่อเซิร์ฟเวอร์ตอบสนองอีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>กลับมาออนไลน์แล้ว — ส่งแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform> รับเข้าซ้ำ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>เซิร์ฟเวอร์ของสถานที่จัดงาน: ออนไลน์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>สำเนาออฟไลน์ — รับเข้าบนเครื่องนี้ จะส่งเมื่อเชื่อมต่ออีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>เซิร์ฟเวอร์ของสถานที่จัดงานไม่ตอบสนอง จุดลงทะเบียนนี้จึงเปิดสำเนาของงานที่เก็บไว้ในเครื่อง เชื่อมต่อเซิร์ฟเวอร์อีกครั้ง (ไฟล์ ▸ เชื่อมต่อเซิร์ฟเวอร์ของสถานที่จัดงาน…) เพื่อส่งการรับเข้าที่ทำไว้ที่นี่</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>ชื่อ (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>นามสกุล (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>ชื่อในอักษรของตน (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>คณะผู้แทน (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>เพิ่ม พิมพ์บัตร และรับเข้า (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>ผู้ที่ยังไม่ได้ลงทะเบียน: จะถูกเพิ่มในคณะผู้แทน พิมพ์บัตรด้วยเครื่องพิมพ์ของจุดนี้ และลงทะเบียนเข้างาน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>พิมพ์ชื่อของบุคคลนั้น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>งานนี้ยังไม่มีคณะผู้แทน: เพิ่มคณะผู้แทนก่อน</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>สักขีพยาน: พิมพ์เพื่อค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>สักขีพยานที่จะเพิ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>เพิ่มสักขีพยาน (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>สักขีพยาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>นำสักขีพยานออก (&amp;V)</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>นามสกุลเป็นตัวพิมพ์ใหญ่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>พิมพ์ “BAI Zhen”, “Somchai SRISUK”: นามสกุลเป็นตัวพิมพ์ใหญ่ เพื่อไม่ให้ใครสับสนว่าส่วนใดของชื่อคือนามสกุล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>พิมพ์เป็น PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>พิมพ์ด้วยเครื่องพิมพ์ของระบบ ตามขนาดหน้าของรูปแบบบัตร ที่มาตราส่วน 100 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>รูปแบบตามบทบาทของแต่ละคน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>แต่ละคนจะได้รูปแบบตามบทบาทของตน (รูปแบบบัตร… ▸ ใช้กับบทบาท…) หากบทบาทนั้นไม่มีรูปแบบ จะใช้รูปแบบเริ่มต้น</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>พิมพ์บัตรเป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>กำลังพิมพ์บัตร…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>ยกเลิกการพิมพ์แล้ว ไม่มีการเขียนไฟล์และไม่มีการบันทึก</translation>
    </message>
</context>
</TS>
