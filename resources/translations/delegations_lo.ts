<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>ເພີ່ມ {name} ເຂົ້າພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>ພິມບາງສ່ວນຂອງຫົວຂໍ້ ຫ້ອງ ຫຼື ວັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>ພາກປະຊຸມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>ບົດບາດ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>ສົ່ງອອກກຳນົດການ</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>ຂຽນ %Ln ພາກປະຊຸມໃສ່ {path} ແລ້ວ</numerusform>
            <numerusform>ຂຽນ %Ln ພາກປະຊຸມໃສ່ {path} ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>ປະຕິທິນ (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>ຕາຕະລາງສຳລັບແອັບກອງປະຊຸມ frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>ກຳນົດການທັງໝົດ JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>ນຳເຂົ້າກຳນົດການ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>ກຳນົດການທີ່ສົ່ງອອກເປັນ JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>ແທນທີ່ກຳນົດການທັງໝົດ ({current} ພ້ອມທັງຫ້ອງ ແລະ ຜູ້ບັນຍາຍ) ດ້ວຍ {count} ໃນ {name} ບໍ?

ບໍ່ສາມາດຍ້ອນກັບດ້ວຍ “ຍ້ອນກັບ” ໄດ້ ຖ້າອາດຕ້ອງການກຳນົດການປັດຈຸບັນຄືນ ໃຫ້ເຜີຍແຜ່ສະບັບກຳນົດການ ຫຼື ບັນທຶກສຳເນົາຂອງງານໄວ້ກ່ອນ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>ນຳເຂົ້າ {sessions}, {rooms} ແລະ {speakers} ແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln ຫ້ອງ</numerusform>
            <numerusform>%Ln ຫ້ອງ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>ຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
            <numerusform>ຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>ບໍ່ໄດ້ເຊື່ອມໂຍງກັບຜູ້ແທນຂອງງານນີ້: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>ປະທານ: {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>ພາສາ: {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>ລາກເພື່ອຍ້າຍ ຄລິກສອງເທື່ອເພື່ອເປີດກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · ສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>ບໍ່ມີຫ້ອງ</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>ກຳນົດການ (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>ເຜີຍແຜ່ສະບັບກຳນົດການ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>ການປ່ຽນແປງນັບແຕ່ສະບັບ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>ສົ່ງອອກກຳນົດການ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>ນຳເຂົ້າກຳນົດການ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>ຫ້ອງ (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>ພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>ຕາຕະລາງກຳນົດການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>ພາກປະຊຸມຕາມຫ້ອງ ແລະ ເວລາ ມຸມມອງລາຍການມີໃຫ້ໃຊ້ດ້ວຍແປ້ນພິມ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>ຕາຕະລາງລາຍວັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>ໜຶ່ງວັນເປັນຕາຕະລາງເວລາ ແຕ່ລະຫ້ອງເປັນຖັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>ພາກປະຊຸມເປັນລາຍການ ສຳລັບໃຊ້ແປ້ນພິມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>ກັ່ນຕອງຕາມຫົວຂໍ້ ຫ້ອງ ຫຼື ຜູ້ບັນຍາຍ  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>ເພີ່ມພາກປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>ຫ້ອງ…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln ບ່ອນນັ່ງ</numerusform>
            <numerusform>%Ln ບ່ອນນັ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>ຊັ້ນ {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>ທຸກວັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>ກຳນົດການທັງໝົດ ເປັນລາຍວັນ</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}: %Ln ພາກປະຊຸມ</numerusform>
            <numerusform>{day}: %Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>ມື້ນີ້ມີ %Ln ພາກປະຊຸມ</numerusform>
            <numerusform>ມື້ນີ້ມີ %Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>ບໍ່ມີຫຍັງກົງກັບ “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>ມື້ນີ້ຍັງບໍ່ມີພາກປະຊຸມ ເພີ່ມໄດ້ດ້ວຍ “ເພີ່ມພາກປະຊຸມ…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>ຍັງບໍ່ມີພາກປະຊຸມ ເພີ່ມໄດ້ດ້ວຍ “ເພີ່ມພາກປະຊຸມ…”</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>ສະແດງ {shown} ຈາກ %Ln ພາກປະຊຸມ</numerusform>
            <numerusform>ສະແດງ {shown} ຈາກ %Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>ຍ້າຍພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>ບໍ່ມີຫ້ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>ຍ້າຍ “{title}” ໄປ {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>ຍ້າຍ “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>ປ່ຽນເວລາສິ້ນສຸດຂອງ “{title}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>ຍ້າຍກອງປະຊຸມສອງຝ່າຍ “{title}” ໄປ {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>ຍ້າຍກອງປະຊຸມສອງຝ່າຍ “{title}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}” ແມ່ນກອງປະຊຸມສອງຝ່າຍ ບໍ່ແມ່ນພາກປະຊຸມ: ລາກເພື່ອຍ້າຍ; ຜູ້ເຂົ້າຮ່ວມ ແລະ ເວລາທີ່ຕ້ອງການ ແກ້ໄຂໄດ້ດ້ວຍ “delegations bilaterals”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>ເພີ່ມ “{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>ແກ້ໄຂ “{title}”</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>ລຶບພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>ລຶບ “{title}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>ລຶບ %Ln ພາກປະຊຸມ</numerusform>
            <numerusform>ລຶບ %Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>ລຶບພາກປະຊຸມ “{title}” ບໍ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>ລຶບ %Ln ພາກປະຊຸມບໍ?</numerusform>
            <numerusform>ລຶບ %Ln ພາກປະຊຸມບໍ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>ແກ້ໄຂ ▸ ຍ້ອນກັບ ຈະເອົາຄືນມາໄດ້</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>ເຜີຍແຜ່ກຳນົດການສະບັບທີ {number} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>ບົດບັນທຶກຄວາມເຂົ້າໃຈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>ສັນຍາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>ໜັງສືສະແດງເຈດຈຳນົງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>ສະຖາບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>ສັນຍາໃໝ່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>ແກ້ໄຂສັນຍາ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>ຊື່ພາສາອັງກິດ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ຊື່ພາສາຈີນ (&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ປະເພດ (&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>ພາຄີ ແລະ ຜູ້ລົງນາມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>ພະຍານ (&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>ຍັງບໍ່ໄດ້ກຳນົດພິທີລົງນາມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>ລົງນາມໃນພິທີ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>ຫ້ອງພັກທີ່ {hotel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>ຫ້ອງໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>ເລກຫ້ອງຂອງໂຮງແຮມ ຖ້າຮູ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>ພັກຫ້ອງດຽວກັບ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>ວັນທີຂອງຕົນເອງ (ຖ້າບໍ່ດັ່ງນັ້ນ ໃຊ້ຕາມການເດີນທາງ) (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>ຜູ້ເຂົ້າພັກ (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>ປະເພດຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>ເລກຫ້ອງ (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>ເຊັກອິນ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ເຊັກເອົາ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>ຄຳຮ້ອງຂໍພິເສດ (&amp;Q):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>ຜູ້ເຂົ້າພັກ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>ພັກຮ່ວມກັບ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}: ບໍ່ມີໃຜໃນລາຍຊື່ທີ່ມີຊື່ “{name}”</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>ພິມບັດ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>ພິມບັດຊື່ສຳລັບທຸກຄົນ ຜູ້ທີ່ເລືອກ ຫຼື ຄະນະຜູ້ແທນດຽວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>ພິມບັດຂອງຜູ້ທີ່ເລືອກ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>ພິມບັດຄືນ…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>ພິມບັດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>ບັດຂອງໃຜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>ຜູ້ແທນທັງໝົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>ຜູ້ແທນທີ່ເລືອກ ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>ເລືອກຜູ້ແທນໃນຕາຕະລາງກ່ອນ ເພື່ອພິມສະເພາະບັດຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>ຄະນະຜູ້ແທນດຽວ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>ສະເພາະຜູ້ທີ່ຍັງບໍ່ທັນໄດ້ພິມບັດ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>ຮູບແບບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>ຮູບແບບ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>ຮູບແບບບັດ: ສຳເນົາເພື່ອແກ້ໄຂ, ໃຊ້ສຳລັບບົດບາດໃດໜຶ່ງ, ສົ່ງອອກ, ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>ກວດກາກ່ອນພິມ</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>ກຳລັງກະກຽມຕົວຢ່າງ…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>ໜ້າທຳອິດ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>ທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>ຕາມບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>ບັດ {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>ບໍ່ມີຕົວຢ່າງ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>ບໍ່ມີບັດທີ່ຕ້ອງພິມສຳລັບຕົວເລືອກນີ້</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>ການສະແດງຕົວຢ່າງຕ້ອງໃຊ້ PDFium (ແພັກເກັດ pypdfium2) ການພິມເຮັດໄດ້ໂດຍບໍ່ຕ້ອງມີມັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{badges} ໃນ {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>ບັດ %Ln ໃບ</numerusform>
            <numerusform>ບັດ %Ln ໃບ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ໜ້າ</numerusform>
            <numerusform>%Ln ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption}, ພິມສອງໜ້າ (ດ້ານຫຼັງຂອງແຕ່ລະບັດຢູ່ອີກໜ້າໜຶ່ງຂອງເຈ້ຍ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>ກວດກາກ່ອນພິມ ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>ທຸກຊື່ມີຟອນສຳລັບທຸກຕົວອັກສອນ ແລະ ພໍດີໃນຂະໜາດທີ່ອ່ານໄດ້</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>ພິມກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>ກຳນົດການຂອງຄະນະຜູ້ແທນ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>ໃບຕິດປະຕູຫ້ອງ (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>ທຸກຄະນະຜູ້ແທນທີ່ມີກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>ຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>ວັນ (&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>ກຳນົດການກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>ກຳນົດການກອງປະຊຸມສອງຝ່າຍ – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>ໃບຕິດປະຕູ – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>ລ/ດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ວັນເວລາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>ຂໍ້ຂັດກັນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>ເວລາທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>ຄຳຮ້ອງໃໝ່ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ແກ້ໄຂ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>ຍົກເລີກຄຳຮ້ອງ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>ຍ້າຍ (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>ຈັດຕາຕະລາງ (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>ຈັດທຸກຄຳຮ້ອງທີ່ຍັງຄ້າງໃສ່ຫ້ອງກອງປະຊຸມສອງຝ່າຍ ພາຍໃນເວລາທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>ສະແດງ (&amp;H):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>ທຸກຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>ຍື່ນຄຳຮ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>ຈັດເວລາແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} ນາທີ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>ຂໍ້ຂັດກັນ: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>ບໍ່ມີຂໍ້ຂັດກັນ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>ຍັງບໍ່ມີຫ້ອງທີ່ກັນໄວ້ສຳລັບກອງປະຊຸມສອງຝ່າຍ; ກຳນົດໄດ້ດ້ວຍ `delegations bilaterals rooms NAME…`</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>ບັນທຶກກອງປະຊຸມສອງຝ່າຍ {id} ({title}) ແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>ຍື່ນຄຳຮ້ອງກອງປະຊຸມສອງຝ່າຍ {id} ແລ້ວ: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>ຍົກເລີກຄຳຮ້ອງ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>ຍົກເລີກກອງປະຊຸມສອງຝ່າຍ {title} ບໍ? ຖ້າຈັດເວລາໄວ້ແລ້ວ ຫ້ອງ ແລະ ເວລານັ້ນຈະຫວ່າງຄືນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>ຍົກເລີກກອງປະຊຸມສອງຝ່າຍ {id} ({title}) ແລ້ວ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>ຍ້າຍ {title} ເປັນ {when} ທີ່ {room} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>ຂໍ້ຂັດກັນ: {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>ຈັດຕາຕະລາງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>ຈັດໄດ້: {placed}; ຈັດບໍ່ໄດ້: {unplaced}</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>ເພີ່ມການຈອງຫ້ອງໄວ້</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>ປະເພດຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>ເຊັກອິນ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ເຊັກເອົາ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>ຈຳນວນຫ້ອງ (&amp;M):</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>ພິມປຶ້ມກຳນົດການ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>ສິ່ງທີ່ຈະພິມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>ປຶ້ມກຳນົດການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>ໃບແກ້ໄຂ (A4): ການປ່ຽນແປງນັບແຕ່ສະບັບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — ເຜີຍແຜ່ {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>ເຜີຍແຜ່ສະບັບກຳນົດການກ່ອນ ໃບແກ້ໄຂຈະສະແດງສິ່ງທີ່ປ່ຽນແປງນັບແຕ່ນັ້ນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>ໃບຕິດປະຕູ (A4): ໜຶ່ງໜ້າຕໍ່ຫ້ອງຕໍ່ວັນ ສຳລັບຕິດປະຕູ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>ປຶ້ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 ມມ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 ມມ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>ຈັດສອງໜ້າຕໍ່ແຜ່ນ A4 ແນວນອນ ຕາມລຳດັບການຫຍິບສັນກາງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>ພິມສອງໜ້າ ປີ້ນທາງຂອບສັ້ນ ພັບເຈ້ຍເຄິ່ງກາງ ແລ້ວຕອກແມັກ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>ຕາມສະພາບປັດຈຸບັນ: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>ເຜີຍແຜ່ກຳນົດການປັດຈຸບັນເປັນສະບັບທີ {number} ກ່ອນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>ອັງກິດ ມີຈີນຢູ່ລຸ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>ຈີນ ມີອັງກິດຢູ່ລຸ່ມ (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>ສະເພາະຫົວໜ້າຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>ສະມາຊິກທັງໝົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>ບໍ່ພິມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>ເຊັ່ນ: ກຳນົດການສະບັບສຸດທ້າຍສຳລັບພິມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>ໝາຍເຫດສະບັບ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>ເຈ້ຍ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>ສະບັບ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>ສະບັບພາສາ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>ລາຍຊື່ຄະນະຜູ້ແທນ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>ພິມເປັນ PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>ໃບແກ້ໄຂນັບແຕ່ສະບັບທີ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>ໃບຕິດປະຕູ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>ປຶ້ມກຳນົດການ {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> ຈັດໜ້າແລ້ວ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>ພິມເປັນ PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>ສົ່ງໄປເຄື່ອງພິມ {name} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>ກຳລັງພິມປຶ້ມກຳນົດການ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>ກຳລັງພິມໃບແກ້ໄຂ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>ກຳລັງພິມໃບຕິດປະຕູ…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln ການປ່ຽນແປງ</numerusform>
            <numerusform>%Ln ການປ່ຽນແປງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>ແກ້ໄຂນັບແຕ່ສະບັບ {number}: ຂຽນ {changes} ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>ໃບຕິດປະຕູ %Ln ແຜ່ນ</numerusform>
            <numerusform>ໃບຕິດປະຕູ %Ln ແຜ່ນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>ຂຽນ {pages} ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ໜ້າ</numerusform>
            <numerusform>%Ln ໜ້າ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages} ເທິງ A4 %Ln ໜ້າ</numerusform>
            <numerusform>{pages} ເທິງ A4 %Ln ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>ຂຽນປຶ້ມກຳນົດການ ({pages}) ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>ຍົກເລີກການພິມແລ້ວ ບໍ່ມີໄຟລ໌ຖືກຂຽນ</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>ພິທີລົງນາມໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>ແກ້ໄຂພິທີລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>ຊື່ພາສາອັງກິດ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ຊື່ພາສາຈີນ (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>ວັນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>ເວລາ (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>ຫ້ອງ ຫຼື ສະຖານທີ່ໃດກໍໄດ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>ສະຖານທີ່ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>ການປ່ຽນແປງນັບແຕ່ສະບັບກຳນົດການ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>ການປ່ຽນແປງນັບແຕ່ສະບັບນັ້ນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>ພິມໃບແກ້ໄຂ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>ເບິ່ງຕົວຢ່າງໃບແກ້ໄຂ ແລ້ວພິມດ້ວຍເຄື່ອງພິມຂອງລະບົບ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>ນັບແຕ່ (&amp;S):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>ຍັງບໍ່ມີສະບັບກຳນົດການທີ່ເຜີຍແຜ່: ໃຊ້ ກຳນົດການ ▸ ເຜີຍແຜ່ສະບັບກຳນົດການ… ກ່ອນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>ບໍ່ມີຫຍັງປ່ຽນແປງນັບແຕ່ສະບັບທີ {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>%Ln ການປ່ຽນແປງນັບແຕ່ສະບັບທີ {number}:</numerusform>
            <numerusform>%Ln ການປ່ຽນແປງນັບແຕ່ສະບັບທີ {number}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>ຍົກເລີກການຮັບເຂົ້າຄັ້ງສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>ສະແກນບັດ — ຫຼື ພິມຊື່</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>ລະຫັດບັດ ຫຼື ຊື່</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>ກຳລັງໂຫຼດຜູ້ແທນ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>ກຳລັງໂຫຼດໂຕະລົງທະບຽນ…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>ບໍ່ພົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}” ບໍ່ແມ່ນບັດຂອງງານນີ້ ແລະ ບໍ່ກົງກັບຜູ້ແທນຄົນໃດ</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>ບໍ່ສາມາດບັນທຶກການລົງທະບຽນໄດ້ ({error}) ລອງໃໝ່ ຖ້າຍັງລົ້ມເຫຼວ ໃຫ້ໃຊ້ລາຍຊື່ເທິງເຈ້ຍ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  ຮັບເຂົ້າ {n} ຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}: ຮັບເຂົ້າດຽວນີ້ {admitted} ຄົນ, ລົງທະບຽນແລ້ວ {already} ຄົນ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>ຮັບເຂົ້າທັງຄະນະຜູ້ແທນ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>ຮັບເຂົ້າສະມາຊິກທີ່ລໍຖ້າທັງ %Ln ຄົນຂອງ {delegation} ບໍ?</numerusform>
            <numerusform>ຮັບເຂົ້າສະມາຊິກທີ່ລໍຖ້າທັງ %Ln ຄົນຂອງ {delegation} ບໍ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…ແລະ ອີກ %Ln ຄົນ</numerusform>
            <numerusform>…ແລະ ອີກ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>ຍົກເລີກບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>ບໍ່ມີການຮັບເຂົ້າທີ່ໂຕະນີ້ທີ່ຍັງມີຜົນຢູ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>ຜູ້ແທນ {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  ຍົກເລີກການຮັບເຂົ້າແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} ແລະ ອີກ %Ln ຄົນ ບໍ່ໄດ້ລົງທະບຽນອີກຕໍ່ໄປ</numerusform>
            <numerusform>{name} ແລະ ອີກ %Ln ຄົນ ບໍ່ໄດ້ລົງທະບຽນອີກຕໍ່ໄປ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} ບໍ່ໄດ້ລົງທະບຽນອີກຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>PIN ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN ບໍ່ຖືກຕ້ອງ ໂໝດໂຕະຍັງເປີດຢູ່ ກະລຸນາຖາມຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>ໂຕະລົງທະບຽນ {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>ຮັບຊາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>ຮັບຊາບຄຳເຕືອນເລື່ອງໂມງ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>ໂມງຂອງຄອມພິວເຕີເຄື່ອງນີ້ເປັນວັນທີ {today} ແຕ່ງານຈັດລະຫວ່າງ {start} – {end} ການຮັບເຂົ້າແຕ່ລະຄັ້ງຈະຖືກບັນທຶກຕາມເວລາຂອງໂມງນີ້ ແລະ ບັນທຶກຂອງແຕ່ລະໂຕະຈະຖືກລວມກັນຕາມລຳດັບນັ້ນ ກະລຸນາຕັ້ງໂມງໃຫ້ຖືກຕ້ອງກ່ອນຮັບເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>ຂໍ້ຂັດກັນ</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln ຂໍ້ຂັດກັນ</numerusform>
            <numerusform>%Ln ຂໍ້ຂັດກັນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>ບໍ່ມີຂໍ້ຂັດກັນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>ຄລິກສອງເທື່ອເພື່ອສະແດງພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>ຄລິກສອງເທື່ອເພື່ອສະແດງກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>ເຊື່ອມຕໍ່ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>ເປີດງານຢູ່ເຊີບເວີ PostgreSQL ຂອງສະຖານທີ່ຈັດງານ ທີ່ໂຕະລົງທະບຽນ ແລະ ຫ້ອງການຜູ້ຈັດງານໃຊ້ຮ່ວມກັນ. ລະຫັດຜ່ານໃຊ້ສຳລັບການເຊື່ອມຕໍ່ຄັ້ງນີ້ເທົ່ານັ້ນ ແລະ ຈະບໍ່ຖືກບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>ເຊີບເວີ (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>ເຊັ່ນ 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>ພອດ (&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>ຖານຂໍ້ມູນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>ເຊັ່ນ week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>ຊື່ຜູ້ໃຊ້ (&amp;L):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>ເຊັ່ນ desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>ລະຫັດຜ່ານ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>ຈື່ເຊີບເວີນີ້ (ບໍ່ບັນທຶກລະຫັດຜ່ານ) (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>ເຊື່ອມຕໍ່ (&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>ເຊີບເວີຂອງສະຖານທີ່ຈັດງານບໍ່ຕອບສະໜອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} ບໍ່ຕອບສະໜອງ.

ເຄື່ອງນີ້ມີສຳເນົາຂອງງານເປັນຂອງຕົນເອງ ຕາມທີ່ເຫັນຄັ້ງສຸດທ້າຍວັນທີ {date} ເວລາ {time}. ເປີດສຳເນົານີ້ເພື່ອຮັບເຂົ້າຕໍ່ບໍ? ການຮັບເຂົ້າໃນສຳເນົາຈະຖືກສົ່ງໄປຫາເຊີບເວີເມື່ອທ່ານເຊື່ອມຕໍ່ອີກຄັ້ງ; ການປ່ຽນແປງອື່ນໃນສຳເນົາຈະບໍ່ຖືກສົ່ງ.</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>ເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>ຕາມກຳນົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>ລໍຖ້າ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>ບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>ມອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>ການລົງທະບຽນຕາມຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>ການລົງທະບຽນຕາມບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>ຕາມຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>ຕາມບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>ຍັງບໍ່ມາຮອດ</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>ບັດທີ່ມອບໃຫ້ພະນັກງານປະສານງານແລ້ວ ຖືວ່າມອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>ມອບບັດແລ້ວ ຫຼື ບໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>ມອບບັດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>ຍັງບໍ່ໄດ້ມອບບັດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>ຜູ້ເດີນທາງທີ່ມາຮອດດ້ວຍຖ້ຽວບິນ ຫຼື ລົດໄຟມື້ນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>ມາຮອດວັນໃດກໍໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>ມາຮອດມື້ນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>ກັ່ນຕອງຕາມຊື່…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>ພິມລາຍຊື່ (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>ເບິ່ງຕົວຢ່າງລາຍຊື່ ແລ້ວພິມດ້ວຍເຄື່ອງພິມຂອງລະບົບ (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>ລົງທະບຽນແລ້ວ {admitted} ຈາກ {expected}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>ຍັງບໍ່ມາຮອດ ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>ທຸກຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>ທຸກບົດບາດ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>ສະແດງ {n} ຄົນ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>ເມື່ອ {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>ໂຕະ {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>ສົ່ງອອກລາຍຊື່ຜູ້ທີ່ຍັງບໍ່ມາຮອດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>ບໍ່ສາມາດຂຽນ {path} ໄດ້: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>ຂຽນ %Ln ຊື່ໃສ່ {path} ແລ້ວ</numerusform>
            <numerusform>ຂຽນ %Ln ຊື່ໃສ່ {path} ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>ພິມລາຍຊື່ຜູ້ທີ່ຍັງບໍ່ມາຮອດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>ຍັງບໍ່ມາຮອດ — ຜູ້ແທນ {count} ຄົນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>ຂຽນ {pages} ໜ້າໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>ກຳລັງພິມລາຍຊື່ຜູ້ທີ່ຍັງບໍ່ມາຮອດ…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>ສົ່ງ %Ln ໜ້າໄປ {printer} ແລ້ວ</numerusform>
            <numerusform>ສົ່ງ %Ln ໜ້າໄປ {printer} ແລ້ວ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>ໄຟລ໌ງານເສຍຫາຍ</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>ເປີດໄຟລ໌ອື່ນ (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>ບໍ່ມີຂໍ້ມູນສຳຮອງຂອງໄຟລ໌ນີ້ທີ່ຜ່ານການກວດກາ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>ຂໍ້ມູນສຳຮອງລ່າສຸດທີ່ຜ່ານການກວດກາແມ່ນຈາກ {time} ການກູ້ຄືນຈະເກັບໄຟລ໌ທີ່ເສຍຫາຍໄວ້ຂ້າງໆ ໂດຍປ່ຽນຊື່ຕາມວັນທີມື້ນີ້ ການປ່ຽນແປງຫຼັງການສຳຮອງຈະບໍ່ຢູ່ໃນນັ້ນ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>ເປີດງານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>ງານ Delegations (*.sqlite3);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>ເພີ່ມຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>ແກ້ໄຂຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>ຄຳນຳໜ້າ (&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ເຊັ່ນ: ພະນະທ່ານ, ດຣ., ສຈ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>ຊື່ (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>ນາມສະກຸນ (&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>ຊື່ເປັນອັກສອນພື້ນເມືອງ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>ເຊັ່ນ: 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>ລຳດັບຊື່ (&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>ແນະນຳຈາກປະເທດຂອງຄະນະຜູ້ແທນ ແລະ ຊື່ເປັນອັກສອນພື້ນເມືອງ ເລືອກແບບອື່ນຖ້າບຸກຄົນນີ້ຂຽນຊື່ຕ່າງອອກໄປ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>ບົດບາດ (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>ພາຍໃນຄະນະຜູ້ແທນ ຫົວໜ້າມາກ່ອນ ແລ້ວຈຶ່ງເປັນສະມາຊິກຕາມລະດັບຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>ລະດັບຕຳແໜ່ງ (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>ຕຳແໜ່ງ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>ອົງການ (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>ອີເມວ (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>ໂທລະສັບ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>ອາຫານທີ່ຕ້ອງການ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>ຄວາມຕ້ອງການດ້ານການເຂົ້າເຖິງ (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ວັນມາຮອດ (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>ວັນເດີນທາງກັບ (&amp;U):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>ໝາຍເຫດ (&amp;T):</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>ຂຽນຜູ້ແທນ {count:,} ຄົນໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>ກຳລັງສົ່ງອອກຜູ້ແທນ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>ຂຽນແມ່ແບບການນຳເຂົ້າໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>ກຳລັງຂຽນແມ່ແບບການນຳເຂົ້າ…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>ສົ່ງອອກຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>ປຶ້ມວຽກ Excel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>ໄຟລ໌ CSV, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>ບັນທຶກແມ່ແບບການນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>ເພີ່ມຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>ແກ້ໄຂຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>ປະເທດ (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>ສະຖາບັນ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>ເຊັ່ນ: ກະຊວງສຶກສາທິການ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>ຄະນະຜູ້ແທນຈະລຽງຕາມລຳດັບນີ້</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>ກຳນົດຕາມລຳດັບກຽດຂອງອາຊຽນ; ປ່ຽນຫຼັກເກນໄດ້ທີ່ ໄຟລ໌ ▸ ລຳດັບກຽດ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>ລຳດັບພິທີການ (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>ເພີ່ມຄະນະຜູ້ແທນກ່ອນ ແລ້ວຈຶ່ງເລືອກຫົວໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>ຫົວໜ້າຄະນະຜູ້ແທນ (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>ຜູ້ປະສານງານ (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>ອີເມວຜູ້ປະສານງານ (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>ໂທລະສັບຜູ້ປະສານງານ (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ວັນມາຮອດ (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>ວັນເດີນທາງກັບ (&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>ໝາຍເຫດ (&amp;O):</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>ຫົວໜ້າ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>ເພີ່ມ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>ເພີ່ມຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>ອັກສອນພື້ນເມືອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>ຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>ກັ່ນຕອງຕາມຊື່ ອົງການ ຫຼື ອີເມວ  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>ເພີ່ມຜູ້ແທນ…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>ທຸກຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>ຜູ້ແທນທັງໝົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · ຫົວໜ້າ: {head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>ກຳລັງອ່ານຂໍ້ມູນຜູ້ແທນ %Ln ຄົນ…</numerusform>
            <numerusform>ກຳລັງອ່ານຂໍ້ມູນຜູ້ແທນ %Ln ຄົນ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ຜູ້ແທນ %Ln ຄົນ</numerusform>
            <numerusform>ຜູ້ແທນ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} ຈາກຜູ້ແທນ %Ln ຄົນ</numerusform>
            <numerusform>{shown} ຈາກຜູ້ແທນ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>ຍັງບໍ່ມີຄະນະຜູ້ແທນ ເພີ່ມໄດ້ດ້ວຍ “ເພີ່ມ…” ລຸ່ມລາຍການເບື້ອງຊ້າຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>ບໍ່ມີໃຜກົງກັບ “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>ຍັງບໍ່ມີຜູ້ແທນ ເພີ່ມໄດ້ດ້ວຍ “ເພີ່ມຜູ້ແທນ…”</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>ສະແດງ {shown} ຈາກຜູ້ແທນ %Ln ຄົນ</numerusform>
            <numerusform>ສະແດງ {shown} ຈາກຜູ້ແທນ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>ລຶບຜູ້ແທນ “{name}” ບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ລຶບຜູ້ແທນ %Ln ຄົນບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້</numerusform>
            <numerusform>ລຶບຜູ້ແທນ %Ln ຄົນບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>ລຶບຜູ້ແທນ</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ລຶບຄະນະຜູ້ແທນ “{name}” ແລະ ສະມາຊິກ %Ln ຄົນບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້</numerusform>
            <numerusform>ລຶບຄະນະຜູ້ແທນ “{name}” ແລະ ສະມາຊິກ %Ln ຄົນບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>ລຶບຄະນະຜູ້ແທນ “{name}” ບໍ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>ລຶບຄະນະຜູ້ແທນ</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>ຊື່ງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>ຊື່ງານເປັນພາສາຈີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>ວັນທີຈັດງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>ຄຳນຳໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>ຊື່ເປັນອັກສອນຂອງຕົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>ຮູບ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>ແຖບບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>ລະຫັດ QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>ເສັ້ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>ຮູບສີ່ຫຼ່ຽມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>(ສະເພາະເມື່ອມີ{field})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>(ສະເພາະເມື່ອບໍ່ມີ{field})</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>ຕັ້ງຄ່າໂຕະ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>ປ້ອນ 中 / ไทย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>ເປີດວິທີປ້ອນຂໍ້ມູນເພື່ອພິມຊື່ເປັນພາສາຈີນ ໄທ ຫຼື ອັກສອນອື່ນ ມັນຈະປິດເອງຫຼັງການຮັບເຂົ້າຄັ້ງຕໍ່ໄປ ເພື່ອໃຫ້ລະຫັດຈາກເຄື່ອງສະແກນບໍ່ຜິດພ້ຽນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ ຍ້ອນກັບ (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>ຍົກເລີກການຮັບເຂົ້າຄັ້ງສຸດທ້າຍທີ່ໂຕະນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>ລົງທະບຽນໜ້າງານ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>ຜູ້ທີ່ບໍ່ໄດ້ລົງທະບຽນ: ເພີ່ມເຂົາເຈົ້າ ພິມບັດ ແລະ ລົງທະບຽນເຂົ້າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>ອອກຈາກໂໝດໂຕະ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>ໂຕະ: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>ໂຕະຍັງບໍ່ມີຊື່</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>ແລກປ່ຽນການລົງທະບຽນ (&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>ໂຟນເດີສຳຮອງທີສອງ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>ໂໝດໂຕະ (ເຕັມຈໍ) (&amp;D)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>ການສຳຮອງອັດຕະໂນມັດລົ້ມເຫຼວ: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>ບໍ່ສາມາດເປີດງານຄືນໄດ້: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງຂອງ {time} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}: ບັດໃໝ່ສົ່ງໄປ {printer} ແລ້ວ ບັດທີ່ຫາຍຈະຖືກປະຕິເສດນັບແຕ່ນີ້ ບໍ່ໄດ້ລົງທະບຽນເຂົ້າດ້ວຍຂັ້ນຕອນນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}: ບັດສົ່ງໄປ {printer} ອີກຄັ້ງ ລະຫັດເດີມ ບໍ່ໄດ້ລົງທະບຽນເຂົ້າດ້ວຍຂັ້ນຕອນນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  ພິມບັດແລ້ວ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>ບໍ່ມີເຄື່ອງພິມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>ໂຕະນີ້ຍັງບໍ່ມີເຄື່ອງພິມ: ເລືອກໄດ້ໃນ ຕັ້ງຄ່າໂຕະ… (ເຄື່ອງພິມ)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>ພິມບັດບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>ກຳລັງພິມບັດ…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>ຕັ້ງຄ່າໂຕະ</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>ໂຕະນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>ເຊັ່ນ: ທາງເຂົ້າທິດເໜືອ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>ຊື່ໂຕະ (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>ທຸກການລົງທະບຽນຢູ່ນີ້ຈະຖືກບັນທຶກພ້ອມຊື່ນີ້ ເພື່ອໃຫ້ໂຕະຕ່າງໆແລກປ່ຽນ ແລະ ປຽບທຽບບັນທຶກກັນໄດ້</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>PIN ຜູ້ຈັດງານ (ອອກຈາກໂໝດໂຕະ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN ປັດຈຸບັນ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN ໃໝ່ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>ປ້ອນ PIN ໃໝ່ອີກຄັ້ງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>ລຶບ PIN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>ການພິມຢູ່ໂຕະນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(ບໍ່ມີ: ບໍ່ພິມບັດຢູ່ນີ້)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>ເຄື່ອງພິມ (&amp;P):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>ຮູບແບບບັດ (&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>ພິມບັດເມື່ອຜູ້ຖືຖືກຮັບເຂົ້າຄັ້ງທຳອິດ (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>ຕັ້ງ PIN ແລ້ວ: ການອອກຈາກໂໝດໂຕະຈະຖາມຫາ PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງ PIN: ໃຜກໍອອກຈາກໂໝດໂຕະໄດ້ ຕັ້ງຕົວເລກ 4 ຫາ 12 ຫຼັກ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>PIN ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>PIN ປັດຈຸບັນບໍ່ຖືກຕ້ອງ ປ້ອນ PIN ທີ່ຕັ້ງໄວ້ ຫຼື ຖາມຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>ຕັ້ງຊື່ໂຕະນີ້ (ເຊັ່ນ: “ເໜືອ 1”) ການລົງທະບຽນຈະຖືກບັນທຶກພ້ອມຊື່ນີ້</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>ເລືອກເຄື່ອງພິມຂອງໂຕະນີ້ ເພື່ອພິມບັດເມື່ອຜູ້ຖືມາຮອດ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN ໃໝ່ ແລະ ທີ່ປ້ອນຊ້ຳບໍ່ກົງກັນ ປ້ອນຕົວເລກດຽວກັນສອງເທື່ອ</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>ບັນທຶກເປັນ PDF (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>ກຳລັງສ້າງໜ້າທຳອິດ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>ບໍ່ມີຕົວຢ່າງ: ຍັງບໍ່ໄດ້ຕິດຕັ້ງ PDFium</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>ກຳລັງສ້າງຕົວຢ່າງ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>ຂຽນ {what} ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>ຂຽນ {what} (1 ໜ້າ) ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>ຂຽນ {what} ({pages} ໜ້າ) ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>ກຳລັງພິມ…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>ສົ່ງໄປເຄື່ອງພິມ {name} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>ຄຸນສົມບັດຂອງອົງປະກອບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>ບໍ່ໄດ້ເລືອກອົງປະກອບ</translation>
    </message>
    <message>
        <location line="-134"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;x:</source>
        <translation>&amp;x:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>ກວ້າງ (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>ສູງ (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>ຂະໜາດ (&amp;S):</translation>
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
        <translation>ຂະໜາດຕ່ຳສຸດ (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>ເຊັ່ນ: {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>ຂໍ້ຄວາມ (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(ບໍ່ຈຳກັດ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>ຈຳນວນແຖວ (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>ການຈັດວາງ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>ຊ້າຍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>ກາງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>ຂວາ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>ຕົວໜາ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>ຕົວພິມໃຫຍ່ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>ພິມຊື່ບົດບາດ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(ສະເໝີ)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>ຮູບ</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>ສະເພາະເມື່ອມີ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>ສະເພາະເມື່ອບໍ່ມີ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>ຄວາມທຶບແສງ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>ການປັບໃຫ້ພໍດີ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>ພໍດີ (ເຫັນທັງໝົດ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>ເຕັມພື້ນທີ່ (ຖືກຕັດ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>ຢືດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> ໂມດູນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>ຂອບວ່າງ (&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>ຄວາມໜາຂອງເສັ້ນ (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>ປ່ຽນຮູບພາບ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>ຂໍ້ຄວາມອິດສະຫຼະພ້ອມ {placeholders}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>ປະເພດຂໍ້ຄວາມ (&amp;K):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>ຊ່ອງຂໍ້ມູນ (&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>ສີ ເຊັ່ນ #1a237e ຫຼື “role” ສຳລັບສີຂອງບົດບາດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>ເລືອກສີ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>ສີ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>ສີ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>ທີ່ເລືອກ: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>ແຖບບົດບາດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>ລະຫັດ QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>ເສັ້ນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>ຮູບສີ່ຫຼ່ຽມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>ສີຂອງອົງປະກອບ</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>ງານໃໝ່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>ຕັ້ງຄ່າງານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>ຕັ້ງຊື່ງານ ແລະ ລະບຸວັນທີ ຈາກນັ້ນເລືອກບ່ອນບັນທຶກ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>ເຊັ່ນ: ອາທິດແຫ່ງການຮ່ວມມືດ້ານການສຶກສາ ຈີນ–ອາຊຽນ 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>ຊື່ພາສາຈີນ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>ເຊັ່ນ: 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>ວັນເລີ່ມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>ວັນສິ້ນສຸດ (&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>ເຊັ່ນ: Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>ເວລາໃນກຳນົດການໃຊ້ເຂດເວລານີ້ ພິມຊື່ເມືອງເພື່ອຊອກຫາ ເຊັ່ນ: Bangkok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>ເຂດເວລາ (&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>ສະຖານທີ່ (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>ເມືອງ (&amp;I):</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>ຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>ໂຕະ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>ເວລາຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>ແລກປ່ຽນການລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. ໃຫ້ການລົງທະບຽນຂອງໂຕະນີ້ແກ່ໂຕະອື່ນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>ຂຽນໄຟລ໌ບັນທຶກ (ເຊັ່ນ: ໃສ່ USB) ໃຫ້ໂຕະອື່ນລວມເຂົ້າ ໄຟລ໌ມີລາຍເຊັນ: ໄຟລ໌ທີ່ຖືກແກ້ໄຂ ຫຼື ບໍ່ຄົບຈະຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>ສະເພາະການລົງທະບຽນທີ່ໂຕະນີ້ ({desk})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>ປິດ (ແນະນຳ): ທຸກຢ່າງທີ່ສຳເນົານີ້ມີ ລວມທັງທີ່ລວມມາຈາກໂຕະອື່ນ ເພື່ອໃຫ້ບັນທຶກສົ່ງຕໍ່ກັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>ສົ່ງອອກເປັນໄຟລ໌…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. ຮັບການລົງທະບຽນຂອງໂຕະອື່ນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>ການລວມໄຟລ໌ດຽວກັນສອງເທື່ອ ຫຼື ລວມໄຟລ໌ຕາມລຳດັບໃດກໍໄດ້ ແມ່ນປອດໄພ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>ລວມໄຟລ໌…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>ການຮັບເຂົ້າຊ້ຳ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>ສົ່ງອອກການລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>ກຳລັງສົ່ງອອກການລົງທະບຽນ…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>ສົ່ງອອກ %Ln ລາຍການລົງທະບຽນໄປ {path} ແລ້ວ</numerusform>
            <numerusform>ສົ່ງອອກ %Ln ລາຍການລົງທະບຽນໄປ {path} ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>ລວມການລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>ກຳລັງລວມ {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>ກຳລັງລວມການລົງທະບຽນ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(ບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>ໂຕະໃນໄຟລ໌: {desks}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ: {error}

ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>ບໍ່ມີໃຜຖືກຮັບເຂົ້າສອງເທື່ອ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>ຮັບເຂົ້າສອງເທື່ອ ({n}) — ນັບພຽງຄັ້ງດຽວ ກວດກາບັດເຫຼົ່ານີ້:</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>ນຳເຂົ້າການລົງທະບຽນ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>ສົ່ງອອກຜູ້ແທນ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>ບັນທຶກແມ່ແບບການນຳເຂົ້າ (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>ພິມປຶ້ມກຳນົດການ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>ຮູບແບບບັດ (&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>ຊື່ກ່ອນ (ແບບຕາເວັນຕົກ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>ນາມສະກຸນກ່ອນ</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>ມອບບັດ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>ບັນທຶກວ່າພະນັກງານປະສານງານຂອງຄະນະຜູ້ແທນໄດ້ຮັບບັດແລ້ວ ແລະ ພິມໃບຮັບມອບໃຫ້ເຊັນ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} ຍັງບໍ່ມີຜູ້ແທນ: ເພີ່ມຜູ້ແທນກ່ອນ</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>ມອບບັດ — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>ເຊັ່ນ: ໂຕະອອກບັດ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ເລືອກເບິ່ງ (&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>ຜູ້ຮັບ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>ໂຕະ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>ໃບຮັບ (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>ບັດທີ່ຈະມອບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>ອັກສອນພື້ນເມືອງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>ພິມແລ້ວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>ມອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>ມອບ ແລະ ອອກໃບຮັບ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>ເປີດໃບຮັບ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>ເບິ່ງໃບຮັບ ແລະ ພິມຈາກໂປຣແກຣມເບິ່ງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>ພິມໃບຮັບດ້ວຍເຄື່ອງພິມຂອງລະບົບ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>ມອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>ມອບສະບັບທີ {v} ແລ້ວ ບໍ່ແມ່ນສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>ແລ້ວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>ຍັງ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>ທີ່ເລືອກ: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>ມອບແລ້ວ: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>ບັນທຶກໃບຮັບມອບບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>ກຳລັງຂຽນໃບຮັບ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>ກຳລັງຂຽນໃບຮັບມອບບັດ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>ມອບບັດໃຫ້ {collector} ເມື່ອ {time}: {n} ໃບ ບັນທຶກໃບຮັບໄວ້ທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>ສົ່ງໃບຮັບໄປ {printer} ແລ້ວ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>ໃບຮັບມອບບັດ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>ກຳລັງພິມໃບຮັບມອບບັດ…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>ເພີ່ມໂຮງແຮມ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>ຊື່ພາສາຈີນ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ທີ່ຢູ່ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ໂທລະສັບ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>ອີເມວ (&amp;E):</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>ໂຮງແຮມ ແລະ ການຈັດຫ້ອງພັກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>ເພີ່ມໂຮງແຮມ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>ລຶບໂຮງແຮມ (&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>ຜູ້ເຂົ້າພັກ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>ເຊັກອິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>ເຊັກເອົາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>ຈຳນວນຄືນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>ມາຮອດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>ເດີນທາງອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>ຄຳຮ້ອງຂໍພິເສດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>ປະເພດຫ້ອງ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>ຫ້ອງທີ່ຈອງໄວ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>ຄືນວັນທີ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>ຈອງໄວ້</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>ເວລາສຳຮອງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>ປະເພດຫ້ອງ (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>ເພີ່ມການຈອງຫ້ອງໄວ້ (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>ຍົກເລີກການຈອງຫ້ອງໄວ້ (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>ຈັດຫ້ອງ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>ຈັດຫ້ອງພັກທີ່ໂຮງແຮມນີ້ໃຫ້ບຸກຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>ຍົກເລີກຫ້ອງພັກ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>ຈັດຫ້ອງໃຫ້ຄະນະຜູ້ແທນ (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>ຈັດທີ່ພັກເອງ (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>ບຸກຄົນທີ່ເລືອກທີ່ຍັງບໍ່ມີຫ້ອງ ບໍ່ຕ້ອງການຫ້ອງພັກ ເນື່ອງຈາກພັກຢູ່ບ່ອນອື່ນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>ສົ່ງອອກ .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>ອ່ານເລກຫ້ອງ (&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>ອ່ານໄຟລ໌ .xlsx ທີ່ສົ່ງອອກກັບຄືນມາ ເມື່ອໂຮງແຮມໄດ້ປ້ອນຖັນຫ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>ໂຮງແຮມ (&amp;H):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າພັກ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>ປະເພດຫ້ອງ ແລະ ການຈອງຫ້ອງໄວ້ (&amp;O)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>ຍັງບໍ່ມີໂຮງແຮມ: ໃຊ້ ເພີ່ມໂຮງແຮມ… ເພື່ອເພີ່ມໂຮງແຮມ ແລ້ວຈຶ່ງເພີ່ມປະເພດຫ້ອງ ແລະ ການຈອງຫ້ອງໄວ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} ຫ້ອງ, ຜູ້ເຂົ້າພັກ {guests} ຄົນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(ບໍ່ມີເລກ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>ວັນທີຂອງຕົນເອງ ບໍ່ແມ່ນຕາມການເດີນທາງ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} (ພັກໄດ້ {sleeps} ຄົນ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} ຫ້ອງ, {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>ຄຳເຕືອນ: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>ບໍ່ມີຄຳເຕືອນທີ່ໂຮງແຮມນີ້</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>ບໍ່ມີຫ້ອງພັກ: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>ທຸກຄົນທີ່ຕ້ອງການຫ້ອງພັກໄດ້ຫ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation}), {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>ເພີ່ມໂຮງແຮມ {hotel} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>ລຶບໂຮງແຮມ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>ລຶບ {hotel} ພ້ອມທັງປະເພດຫ້ອງ, ການຈອງຫ້ອງໄວ້ ແລະ ຫ້ອງພັກທັງໝົດບໍ? ຜູ້ເຂົ້າພັກ {count} ຄົນຂອງໂຮງແຮມນີ້ຈະບໍ່ມີຫ້ອງພັກ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>ລຶບໂຮງແຮມ {hotel} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>ບັນທຶກປະເພດຫ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>ເພີ່ມການຈອງຫ້ອງໄວ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>ຍົກເລີກການຈອງຫ້ອງໄວ້</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>ຍົກເລີກການຈອງຫ້ອງ {type} ທັງໝົດທີ່ {hotel} ບໍ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>ຍົກເລີກການຈອງຫ້ອງໄວ້ແລ້ວ: {count}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} ໄດ້ຫ້ອງພັກທີ່ {hotel} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>ຍົກເລີກຫ້ອງພັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>ຕອນນີ້ {name} ບໍ່ມີຫ້ອງພັກ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>ຈັດທີ່ພັກເອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} ບໍ່ຕ້ອງການຫ້ອງພັກ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}: ຈັດຜູ້ເຂົ້າພັກ {guests} ຄົນ ໃນ {rooms} ຫ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າພັກ – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>ສົ່ງອອກລາຍຊື່ຜູ້ເຂົ້າພັກ</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ປຶ້ມວຽກ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>ຂຽນລາຍຊື່ຜູ້ເຂົ້າພັກໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>ອ່ານເລກຫ້ອງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>ເລກຫ້ອງທີ່ປ້ອນ ຫຼື ປ່ຽນແປງ: {count}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>ນຳເຂົ້າການລົງທະບຽນ — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>ກຳລັງອ່ານ {file}…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>ແຖວທີ່ອ່ານຈາກໄຟລ໌</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>ບັນຫາທີ່ພົບ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>ບໍ່ພົບບັນຫາ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>ແຖວໃນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>ການປັບປຸງ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>ນຳເຂົ້າແຖວທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>ເພີ່ມຄົນທີ່ຊື່ຊ້ຳເປັນຄົນອື່ນ (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>ແຖວທີ່ຊື່ກົງກັບຄົນໃນຄະນະຜູ້ແທນດຽວກັນ ແລະ ບໍ່ມີອີເມວແຍກແຍະ ຈະຖືກປະຕິເສດ ໝາຍຕິກອັນນີ້ເພື່ອເພີ່ມແຖວເຫຼົ່ານັ້ນເປັນຄົນໃໝ່ແທນ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>ການປັບປຸງ ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>ບັນຫາ ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>ແຖວ {row} · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>ກຳລັງກວດກາ {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>ອ່ານແລ້ວ %Ln ແຖວ</numerusform>
            <numerusform>ອ່ານແລ້ວ %Ln ແຖວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>ເພີ່ມ {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>ປັບປຸງ {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>ບໍ່ປ່ຽນແປງ {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>ຄະນະຜູ້ແທນໃໝ່: {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln ແຖວມີຂໍ້ຜິດພາດ ແລະ ຈະບໍ່ຖືກນຳເຂົ້າ ແກ້ໄຂໃນໄຟລ໌ແລ້ວນຳເຂົ້າອີກຄັ້ງເພື່ອເພີ່ມພວກມັນ</numerusform>
            <numerusform>%Ln ແຖວມີຂໍ້ຜິດພາດ ແລະ ຈະບໍ່ຖືກນຳເຂົ້າ ແກ້ໄຂໃນໄຟລ໌ແລ້ວນຳເຂົ້າອີກຄັ້ງເພື່ອເພີ່ມພວກມັນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ນຳເຂົ້າ: ງານນີ້ມີຜູ້ແທນເຫຼົ່ານີ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>ນຳເຂົ້າການລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>ຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ: {error}

ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>ກຳລັງນຳເຂົ້າ {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ ບໍ່ມີຫຍັງຖືກຂຽນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ: {error}

ບໍ່ມີຫຍັງຖືກຂຽນ ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>ນຳເຂົ້າ {file}: ເພີ່ມ {added:,}, ປັບປຸງ {updated:,}, ບໍ່ປ່ຽນແປງ {unchanged:,}, ປະຕິເສດ {refused:,}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>ການລົງທະບຽນ ({patterns});;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>ແຖວ {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>ຄຳເຕືອນ: {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ: {error} ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>ພາສາຂອງລະບົບ ({language})</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>ຮູບແບບບັດ “{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>ພື້ນອອກແບບບັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab ເລືອກອົງປະກອບຖັດໄປ, ປຸ່ມລູກສອນຍ້າຍມັນ 1 mm, Shift+ລູກສອນ 0.1 mm, Delete ລຶບມັນອອກ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>ການກວດກາການອອກແບບ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>ການສະແດງຕົວຢ່າງແບບສົດບໍ່ມີໃນ Delegations ສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>ຕົວຢ່າງ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ປິດ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>ລຶບອົງປະກອບ (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>ຂະຫຍາຍ (&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>ຫຍໍ້ (&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>ຂະໜາດຈິງ (100 %) (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>ເພີ່ມອົງປະກອບ (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>ຊ່ອງຂໍ້ຄວາມ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>ຂໍ້ຄວາມອິດສະຫຼະ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>ແຖບບົດບາດ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>ລະຫັດ QR (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>ຮູບ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>ເສັ້ນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>ຮູບສີ່ຫຼ່ຽມ (&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>ຮູບພາບ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>ຮູບແບບ (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>ເຄື່ອງມືອອກແບບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>ເພີ່ມອົງປະກອບ</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>ດ້ານໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ດ້ານຫຼັງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ດ້ານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>ອົງປະກອບທັງໝົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>ບັດທີ່ມີຮູບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>ບັດທີ່ບໍ່ມີຮູບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>ອົງປະກອບທີ່ສະແດງສະເພາະເມື່ອມີ (ຫຼື ບໍ່ມີ) ຮູບ ຊ້ອນກັນ ໃຫ້ສະແດງເທື່ອລະກໍລະນີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>ສະແດງ (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>ສະແດງ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>ຊູມ (&amp;Z):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>ຊູມ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>ການກວດກາ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}: x {x} mm, y {y} mm, {w} × {h} mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>ການກວດກາການອອກແບບບໍ່ມີໃນສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>ບໍ່ພົບບັນຫາ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>ຍ້າຍອົງປະກອບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>ປ່ຽນຂະໜາດອົງປະກອບ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>ປ່ຽນ {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>ລຶບອົງປະກອບ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>ເລືອກຮູບພາບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>ຮູບພາບ (*.png *.jpg *.jpeg *.svg);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>ເພີ່ມຮູບພາບ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>ບັນທຶກຮູບແບບ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>ບັນທຶກການປ່ຽນແປງຂອງຮູບແບບບັດ “{name}” ບໍ?</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>ກຳນົດຮູບແບບ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>ສີ່ຫຼ່ຽມກາງຫວ່າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>ຮູບຕົວ U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>ແຖວແບບໂຮງລະຄອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>ແບບຫ້ອງຮຽນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>ໂຕະມົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>ໂຕະປະທານ ແລະ ແຖວບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>ຈຳນວນບ່ອນຂອງຄະນະຜູ້ແທນ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>ບ່ອນນັ່ງຢູ່ໂຕະຕໍ່ບ່ອນ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>ແຖວທາງຫຼັງແຕ່ລະບ່ອນ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>ບ່ອນນັ່ງຝ່າຍປະທານ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>ຈຳນວນແຖວ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>ບ່ອນນັ່ງຕໍ່ແຖວ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>ທາງຍ່າງທຸກໆ (ບ່ອນນັ່ງ, 0 = ກາງ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>ຈຳນວນໂຕະມົນ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>ບ່ອນນັ່ງຕໍ່ໂຕະ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>ຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ປະເພດ (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>ປະເພດຮູບແບບ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (ບໍ່ມີຮູບແບບ)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>ກຳລັງອ່ານລາຍຊື່ຄົນຂອງງານ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ ຕົວຢ່າງກ່ອນໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>ຕົວຢ່າງຖັດໄປ ▶</translation>
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
        <translation>ຊື່ທີ່ຍາວທີ່ສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>ຊື່ພາສາຂະແມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>ຊື່ພາສາໄທ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>ຊື່ພາສາລາວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>ຊື່ພາສາມຽນມາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>ຊື່ພາສາຈີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>ຊື່ພາສາຫວຽດນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>ມີຮູບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>ບໍ່ມີຮູບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>ບໍ່ມີບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>ບຸກຄົນຕົວຢ່າງ (ງານຍັງບໍ່ມີໃຜເທື່ອ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>ສີບົດບາດ: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>ບໍ່ມີຕົວຢ່າງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({number} ຈາກ {count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ: {error} ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>ຮູບແບບບັດ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>ຮູບແບບທີ່ມາພ້ອມໂປຣແກຣມເປັນຈຸດເລີ່ມຕົ້ນ: ສຳເນົາອັນໜຶ່ງໃຫ້ເປັນຂອງງານນີ້ ແລ້ວຈຶ່ງແກ້ໄຂ ຮູບແບບຂອງງານຈະຕິດໄປກັບໄຟລ໌ງານ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>ຮູບແບບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ບັດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>ພິມໃສ່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>ໃຊ້ສຳລັບ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>ສຳເນົາເພື່ອແກ້ໄຂ (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ແກ້ໄຂ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>ໃຊ້ສຳລັບບົດບາດ (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>ສົ່ງອອກ (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>ນຳເຂົ້າ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>ລຶບ (&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>ມາພ້ອມກັບ Delegations: ອ່ານໄດ້ຢ່າງດຽວ ສຳເນົາເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>ມາພ້ອມໂປຣແກຣມ, ອ່ານໄດ້ຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>ຂອງງານນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title} ({name}, {kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>ສອງໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>{width:g} × {height:g} mm</source>
        <translation>{width:g} × {height:g} mm</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n ໃບຕໍ່ໜ້າ</numerusform>
            <numerusform>%n ໃບຕໍ່ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>ຮູບແບບທີ່ມາພ້ອມໂປຣແກຣມອ່ານໄດ້ຢ່າງດຽວ: ສຳເນົາເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}” ເປັນຂອງງານນີ້ແລ້ວ: ກົດ ແກ້ໄຂ… ເພື່ອປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>ບັດຂອງ {role} ຈະພິມດ້ວຍ “{layout}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>ຂຽນ “{name}” ໃສ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>ນຳເຂົ້າ “{name}” ໃສ່ງານແລ້ວ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>ລຶບ “{name}” ອອກຈາກງານແລ້ວ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>ເຄື່ອງມືອອກແບບຮູບແບບຍັງບໍ່ມີໃນ Delegations ສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>ສຳເນົາເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>ຊື່ຂອງສຳເນົາ (ຕົວອັກສອນ, ຕົວເລກ, - ແລະ _):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}” ມາພ້ອມໂປຣແກຣມ ແລະ ອ່ານໄດ້ຢ່າງດຽວ: ສຳເນົາເພື່ອແກ້ໄຂ… ຈະສ້າງສຳເນົາທີ່ເປັນຂອງງານນີ້</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>ໃຊ້ສຳລັບບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>ພິມບັດຂອງບົດບາດນີ້ດ້ວຍ “{layout}”:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>ສົ່ງອອກຮູບແບບບັດ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>ນຳເຂົ້າຮູບແບບບັດ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>ລຶບຮູບແບບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>ລຶບຮູບແບບ “{title}” ອອກຈາກງານບໍ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>ຮູບແບບບັດ (*.json);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>ຂາມາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>ຂາກັບ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>ການເດີນທາງຂອງຕົນເອງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>ຖ້ຽວບິນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>ລົດໄຟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>ລົດຍົນ</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>ໜຶ່ງໃນ %n ຊ່ວງການເດີນທາງ: ຊ່ວງທຳອິດ, ຊ່ວງອື່ນຍັງເກັບໄວ້</numerusform>
            <numerusform>ໜຶ່ງໃນ %n ຊ່ວງການເດີນທາງ: ຊ່ວງທຳອິດ, ຊ່ວງອື່ນຍັງເກັບໄວ້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>ໜຶ່ງໃນ %n ຊ່ວງການເດີນທາງ: ຊ່ວງສຸດທ້າຍ, ຊ່ວງອື່ນຍັງເກັບໄວ້</numerusform>
            <numerusform>ໜຶ່ງໃນ %n ຊ່ວງການເດີນທາງ: ຊ່ວງສຸດທ້າຍ, ຊ່ວງອື່ນຍັງເກັບໄວ້</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>ເດີນທາງພ້ອມກັບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>ສາຍການບິນ/ຜູ້ໃຫ້ບໍລິການ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>ເດີນທາງໂດຍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>ວັນ ແລະ ເວລາ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>ອາຄານຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>ສະໜາມບິນ ຫຼື ສະຖານີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>ຄວາມຕ້ອງການພິເສດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>ຜູ້ຮ່ວມເດີນທາງໃນຊ່ວງນີ້</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>ຜູ້ບັນຍາຍ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>ກຳນົດການ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>ລົງທະບຽນ (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln ຄະນະຜູ້ແທນ</numerusform>
            <numerusform>%Ln ຄະນະຜູ້ແທນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ຜູ້ແທນ %Ln ຄົນ</numerusform>
            <numerusform>ຜູ້ແທນ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>ຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
            <numerusform>ຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
            <numerusform>%Ln ພາກປະຊຸມ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>ງານໃໝ່ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>ເປີດງານ (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>ເປີດລ່າສຸດ (&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>ເຊື່ອມຕໍ່ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ (&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>ຕັ້ງຄ່າງານ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>ລຳດັບກຽດ (&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>ບັນທຶກສຳເນົາ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>ຊອກຫາ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>ແຜນຜັງບ່ອນນັ່ງ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ (&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>ການລົງນາມຂໍ້ຕົກລົງ (&amp;G)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>ກ່ຽວກັບ Delegations (&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>ກ່ຽວກັບ Delegations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;ຜູ້ແທນ, ບັດ, ການລົງທະບຽນ ແລະ ກຳນົດການ ສຳລັບອາທິດແຫ່ງການຮ່ວມມືສາກົນ&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>ເປີດງານ</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>ບໍ່ສາມາດເປີດ {path} ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — ສຳເນົາອອບລາຍຂອງ {server} — Delegations</translation>
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
        <translation>ບັນທຶກລຳດັບກຽດແລ້ວ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>ບັນທຶກການຕັ້ງຄ່າງານແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>ງານ Delegations (*.sqlite3);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>ງານໃໝ່</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} ມີຢູ່ແລ້ວ ເລືອກຊື່ໃໝ່ ຫຼື ເປີດມັນດ້ວຍ ໄຟລ໌ ▸ ເປີດງານ…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>ບໍ່ມີງານລ່າສຸດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>ລ້າງເມນູ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>ເຊື່ອມຕໍ່ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>ກະລຸນາເຮັດການແກ້ໄຂທີ່ກຳລັງດຳເນີນຢູ່ໃຫ້ແລ້ວ ຫຼື ຍົກເລີກກ່ອນ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>ບັນທຶກສຳເນົາໄປ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>ພິມລາຍຊື່ຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>ສະເພາະການປ່ຽນແປງນັບແຕ່ການພິມຄັ້ງລ່າສຸດ (&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>ລາຍຊື່ຜູ້ໂດຍສານ – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>ຍ້າຍກອງປະຊຸມສອງຝ່າຍ {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>ຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>ວັນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>ເລີ່ມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>ເວລາທີ່ຕ້ອງການ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>ໄລຍະເວລາ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} ນາທີ</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>ລຳດັບຊື່ສຳລັບທັງຄະນະຜູ້ແທນ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>ນາມສະກຸນກ່ອນ, ຊື່ກ່ອນ ຫຼື ຕາມທຳນຽມຂອງປະເທດຂອງຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>ລຳດັບຊື່ຂອງ {delegation}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>ປ່ຽນລຳດັບຊື່ຂອງສະມາຊິກ %Ln ຄົນຂອງ {delegation} ແລ້ວ</numerusform>
            <numerusform>ປ່ຽນລຳດັບຊື່ຂອງສະມາຊິກ %Ln ຄົນຂອງ {delegation} ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>ຍ້ອນກັບດ້ວຍ Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>ລຳດັບຊື່ສຳລັບທັງຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>ຊື່ຂອງ {delegation} ຂຽນຕາມລຳດັບໃດ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>ນາມສະກຸນກ່ອນ (“Bai Zhen”, “Nguyễn Thị Phương”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>ຊື່ກ່ອນ (“Somchai Srisuk”, “Farah binti Ahmad”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>ຕາມປະເທດ: ຕາມທີ່ຄົນໃນ {country} ມັກຂຽນຊື່</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>ປ່ຽນ</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>ປ່ຽນ %Ln ຊື່</numerusform>
            <numerusform>ປ່ຽນ %Ln ຊື່</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>ຊື່ຂອງສະມາຊິກທຸກຄົນຢູ່ໃນລຳດັບນີ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>ແລະ ອີກ {more:,} ຊື່</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>ຈາກສະມາຊິກ %Ln ຄົນ</numerusform>
            <numerusform>ຈາກສະມາຊິກ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>%Ln ຄົນ {of_members} ຈະປ່ຽນ:</numerusform>
            <numerusform>%Ln ຄົນ {of_members} ຈະປ່ຽນ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>PIN ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>ໂໝດໂຕະຈະລັອກໜ້າຕ່າງນີ້ໄວ້ທີ່ການລົງທະບຽນ ເລືອກ PIN ຜູ້ຈັດງານ (4 ຫາ 12 ຫຼັກ) ທີ່ຕ້ອງໃຊ້ເພື່ອອອກຈາກມັນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN ໃໝ່ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>ປ້ອນອີກຄັ້ງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN ແລະ ທີ່ປ້ອນຊ້ຳບໍ່ກົງກັນ ປ້ອນຕົວເລກດຽວກັນສອງເທື່ອ</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>ຮູ້ວັນທີ</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>ພາຄີ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>ເພີ່ມພາຄີ (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>ສະຖາບັນ ຫຼື ບໍລິສັດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>ບໍ່ຮູ້ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>ຜູ້ລົງນາມ: ພິມເພື່ອຊອກຫາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>ພາຄີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>ປະເພດພາຄີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>ປະເທດຂອງພາຄີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>ເອົາພາຄີອອກ</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>PIN ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>ປ້ອນ PIN ຜູ້ຈັດງານເພື່ອອອກຈາກໂໝດໂຕະ</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>ຈັດຫ້ອງໃຫ້ຄະນະຜູ້ແທນທີ່ {hotel}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>ປະເພດຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>ຄົນຕໍ່ຫ້ອງ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>ແຜ່ນງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>ຊື່ທີ່ສະແດງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>ຊື່ຕາມລຳດັບທີ່ຈະສະແດງ ແລະ ພິມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}” ບໍ່ແມ່ນຖັນທີ່ການນຳເຂົ້າຮູ້ຈັກ ຈຶ່ງບໍ່ຖືກນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>ນາມສະກຸນກ່ອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>ຊື່ກ່ອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>ຕາມທີ່ໄຟລ໌ລະບຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}: {reason} ປ່ຽນໄດ້ພາຍຫຼັງໃນແບບຟອມຂອງຜູ້ແທນ ຫຼື ສຳລັບທັງຄະນະຜູ້ແທນ</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>ຕົວຢ່າງກ່ອນພິມ — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln ໜ້າ, {paper} ພິມທີ່ 100 % ເທິງເຈ້ຍຂະໜາດດຽວກັນ</numerusform>
            <numerusform>%Ln ໜ້າ, {paper} ພິມທີ່ 100 % ເທິງເຈ້ຍຂະໜາດດຽວກັນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>ການພິມສອງໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}” ພິມສອງໜ້າບໍ່ໄດ້: ດ້ານຫຼັງຈະອອກມາເປັນໜ້າແຍກຕ່າງຫາກ</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>ກຳລັງພິມ{title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>ຍົກເລີກການພິມແລ້ວ: ບໍ່ມີຫຍັງຖືກພິມ ຫຼື ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>ພິມບັດຄືນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>ເປັນຫຍັງ {name} ຈຶ່ງຕ້ອງການບັດໃໝ່?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>ບັດທີ່ຫາຍຈະໄດ້ລະຫັດໃໝ່: ບັດທີ່ຫາຍຈະຖືກປະຕິເສດນັບແຕ່ນີ້ ບັດທີ່ເສຍຫາຍຈະພິມຄືນດ້ວຍລະຫັດເດີມ ບໍ່ມີໃຜຖືກລົງທະບຽນເຂົ້າດ້ວຍຂັ້ນຕອນນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>ຫາຍ: ລະຫັດໃໝ່ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>ເສຍຫາຍ: ລະຫັດເດີມ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>ໃບແກ້ໄຂນັບແຕ່ສະບັບທີ {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>ພິມໃບແກ້ໄຂ</translation>
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
            <numerusform>ໃບແກ້ໄຂ (%Ln ການປ່ຽນແປງ) ຢູ່ທີ່ {path}</numerusform>
            <numerusform>ໃບແກ້ໄຂ (%Ln ການປ່ຽນແປງ) ຢູ່ທີ່ {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>ກຳລັງພິມໃບແກ້ໄຂ…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>ລຳດັບກຽດ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>ລຳດັບກຽດ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>ລະດັບຕຳແໜ່ງ (&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>ລຳດັບອາຊຽນ (ປະເທດສະມາຊິກຕາມລຳດັບຕົວອັກສອນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>ລຳດັບທີ່ຈັດເອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>ກົດບັດອາຊຽນ ມາດຕາ 31: ປະເທດສະມາຊິກລຽງຕາມລຳດັບຕົວອັກສອນຂອງຊື່ພາສາອັງກິດ; ເຈົ້າພາບ ແລະ ຄູ່ເຈລະຈາ ຢູ່ໃນລຳດັບທີ່ທ່ານກຳນົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>ຫຼັກເກນ (&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>ປະເທດເຈົ້າພາບ (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>ລຳດັບຂອງເຈົ້າພາບ (&amp;L):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>ປະເທດຄູ່ເຈລະຈາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>ປະເທດຄູ່ເຈລະຈາ (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>ລຳດັບຂອງຄູ່ເຈລະຈາ (&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>ຜົນການຈັດລຳດັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+Up ແລະ Alt+Down ຍ້າຍຄະນະຜູ້ແທນທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+Up; ລຳດັບຈະກາຍເປັນລຳດັບທີ່ຈັດເອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+Down; ລຳດັບຈະກາຍເປັນລຳດັບທີ່ຈັດເອງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>ຜົນການຈັດລຳດັບ (&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>ທຳອິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>ສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>ເປັນປະທານ (ລຽງໄວ້ທຳອິດ)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (ປະທານ)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>ຊື່ພາສາອັງກິດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>ຊື່ພາສາຈີນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>ລະດັບຕຳແໜ່ງ ຈາກສູງຫາຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+Up ແລະ Alt+Down ຍ້າຍລະດັບຕຳແໜ່ງທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>ເພີ່ມລະດັບຕຳແໜ່ງ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>ເອົາອອກ (&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>ລະດັບສູງສຸດຢູ່ທຳອິດ ພາຍໃນຄະນະຜູ້ແທນ ຫົວໜ້າມາກ່ອນ ແລ້ວຈຶ່ງເປັນສະມາຊິກຕາມລະດັບຕຳແໜ່ງ ແລະ ຕາມຊື່</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>ຜູ້ແທນທີ່ມີລະດັບຕຳແໜ່ງ “{rank}” ({count} ຄົນ) ຈະບໍ່ມີລະດັບຕຳແໜ່ງຫຼັງຈາກກົດ OK</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>ເຜີຍແຜ່ສະບັບກຳນົດການ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>ກຳນົດການຕາມສະພາບປັດຈຸບັນຈະກາຍເປັນສະບັບທີ {number} ການປ່ຽນແປງພາຍຫຼັງຈະສະແດງທຽບກັບສະບັບນີ້ໃນ ກຳນົດການ ▸ ການປ່ຽນແປງນັບແຕ່ສະບັບ… ເຊິ່ງເປັນພື້ນຖານຂອງໃບແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>ສະບັບທີ່ເຜີຍແຜ່ລ່າສຸດ: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>ໝາຍເຫດ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>ເຊັ່ນ: ສົ່ງໂຮງພິມແລ້ວ 12 ກໍລະກົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>ເຜີຍແຜ່ (&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>ຢູ່ໂຕະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>ແຖວຫຼັງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>ບ່ອນນັ່ງທີ່ໄດ້</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>ໂກຕ້າບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>ບ່ອນນັ່ງຢູ່ໂຕະ ແລະ ແຖວຫຼັງຂອງແຕ່ລະຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>ບ່ອນນັ່ງຢູ່ໂຕະສຳລັບທຸກຄະນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>ບ່ອນນັ່ງແຖວຫຼັງສຳລັບທຸກຄະນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>ໃຫ້ທຸກຄະນະ (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>ບ່ອນຂອງເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>ຈັດບ່ອນນັ່ງອັດຕະໂນມັດ (&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>ຢູ່ໂຕະ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>ແຖວຫຼັງ</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>ບ່ອນຂອງເຈົ້າພາບ (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>ຕາມລຳດັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>ຂ້າງປະທານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>ກົງກັນຂ້າມກັບປະທານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>ຕາມລຳດັບກຽດ ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>ຕາມລຳດັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>ຂ້າງປະທານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>ກົງກັນຂ້າມກັບປະທານ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>ບ່ອນນັ່ງເກີນໂກຕ້າ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>ຢູ່ໂຕະ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation}, ບ່ອນນັ່ງ{what}: “{text}” ບໍ່ແມ່ນຈຳນວນຖ້ວນ</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>ພິມບັດຄືນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>ພິມບັດເດີມຄືນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>ບັດເສຍຫາຍ ພິມຜິດ ຫຼື ລືມໄວ້ ລະຫັດເທິງບັດເກົ່າຍັງໃຊ້ໄດ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>ບັດຫາຍ — ພິມໃບໃໝ່</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>ບັດໃໝ່ຈະໄດ້ລະຫັດໃໝ່ ບັດທີ່ຫາຍຈະຖືກປະຕິເສດເມື່ອລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>ຮູບແບບ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>ຍັງບໍ່ເຄີຍພິມບັດໃຫ້ບຸກຄົນນີ້ ນີ້ຈະເປັນບັດໃບທຳອິດ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>ເປັນຫຍັງຈຶ່ງພິມບັດອີກຄັ້ງ?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>ບັດ {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>ແກ້ໄຂຄຳຮ້ອງກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>ຄຳຮ້ອງກອງປະຊຸມສອງຝ່າຍໃໝ່</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>ອົງການ (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>ເຊັ່ນ: ກອງເລຂາອາຊຽນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>ໝາຍເລືອກຜູ້ເຂົ້າຮ່ວມ; ຖ້າບໍ່ໝາຍຜູ້ໃດ: ແມ່ນຫົວໜ້າຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>ເພີ່ມເວລາ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>ລຶບເວລາ (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>ເຊັ່ນ: en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>ລະຫັດພາສາ, ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>ພົບກັບ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ (&amp;P):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>ເວລາທີ່ຕ້ອງການ (&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>ໄລຍະເວລາ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>ການແປພາສາ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>ໝາຍເຫດ (&amp;N):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation> (ຫົວໜ້າຄະນະຜູ້ແທນ)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>ເວລາທີ່ຕ້ອງການ {day} {start}–{end} ສິ້ນສຸດກ່ອນເວລາເລີ່ມ</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>ເວລາສຳຮອງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>ການສຳຮອງຂໍ້ມູນເຮັດເມື່ອເປີດງານ ແລະ ທຸກໆ 10 ນາທີໃນຂະນະທີ່ມີການປ່ຽນແປງ ເກັບໄວ້ 20 ຊຸດລ່າສຸດ ການກູ້ຄືນຈະແທນທີ່ງານດ້ວຍຂໍ້ມູນສຳຮອງ ແຕ່ສະພາບປັດຈຸບັນຈະຖືກສຳຮອງໄວ້ກ່ອນ ຈຶ່ງກັບຄືນໄດ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>ຍັງບໍ່ມີຂໍ້ມູນສຳຮອງຂອງງານນີ້ ຈະມີການສຳຮອງບໍ່ດົນຫຼັງຈາກເປີດງານ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>ຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>ກູ້ຄືນ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>ແທນທີ່ງານດ້ວຍຂໍ້ມູນສຳຮອງຂອງ {time} ບໍ? ການປ່ຽນແປງນັບແຕ່ນັ້ນຈະຖືກເກັບແຍກໄວ້ໃນຂໍ້ມູນສຳຮອງຊຸດໃໝ່</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>ຜົນການລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>ພິມບັດແທນບັດຫາຍ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>ພ້ອມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>ສະແກນບັດ ຫຼື ພິມຊື່ແລ້ວກົດ Enter</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  ຮັບເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>ທີ່ໂຕະ {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>ທີ່ໂຕະທີ່ບໍ່ມີຊື່</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>ລົງທະບຽນເມື່ອ {time} {where} ຢ່າຮັບເຂົ້າຊ້ຳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  ປະຕິເສດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
ຢ່າຮັບເຂົ້າດ້ວຍບັດນີ້ ກວດບັດປະຈຳຕົວຂອງບຸກຄົນນັ້ນ ແລະ ຊອກຫາຕາມຊື່</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>ບັດນີ້ (ສະບັບທີ {scanned}) ຖືກແທນທີ່ດ້ວຍສະບັບທີ {current} ແລ້ວ ບັດເກົ່າໄດ້ຖືກແຈ້ງວ່າຫາຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>ຜູ້ແທນຂອງບັດນີ້ບໍ່ມີແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>ໝາຍເຫດ: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>ການເຂົ້າເຖິງ: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>ອາຫານ: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>ຫົວໜ້າຄະນະ · ລົງທະບຽນແລ້ວ {here} ຈາກ {total} ຄົນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>ຮັບເຂົ້າທັງຄະນະ (ລໍຖ້າ {n} ຄົນ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel}, ຫ້ອງ {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>ໂຮງແຮມ: {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>ເດີນທາງກັບ: {number}, {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>ເພີ່ມຫ້ອງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>ແກ້ໄຂຫ້ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>ຄວາມຈຸ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>ຊັ້ນ (&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>ລຳດັບ (&amp;O):</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>ປະເພດຫ້ອງ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>ປະເພດຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>ພັກໄດ້ (ຄົນ) (&amp;S):</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>ພິມລາຍຊື່ຜູ້ເຂົ້າພັກ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>ໂຮງແຮມ (&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າພັກ – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>ເພີ່ມ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ແກ້ໄຂ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln ບ່ອນນັ່ງ</numerusform>
            <numerusform>%Ln ບ່ອນນັ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>ລຶບຫ້ອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>ລຶບຫ້ອງ “{name}” ບໍ? ພາກປະຊຸມຂອງມັນຍັງຢູ່ໃນກຳນົດການໂດຍບໍ່ມີຫ້ອງ</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>ເລືອກບ່ອນອື່ນ…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>ຄົນທີ່ພົບ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>ບໍ່ມີໃຜກົງກັບ “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>ພົບ {total} — ↑ ↓ ເພື່ອເລືອກ, Enter ເພື່ອຮັບເຂົ້າ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>{shown} ອັນດັບທຳອິດຈາກ {total} ທີ່ພົບ — ພິມຕໍ່ເພື່ອຈຳກັດຜົນ</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>ພິມແຜນຜັງບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>ແຜນຜັງບ່ອນນັ່ງ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>ປ້າຍຊື່ຕັ້ງໂຕະ (ບ່ອນນັ່ງລະໜຶ່ງປ້າຍ) (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 ແນວນອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 ແນວນອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>ພ້ອມຊື່ບຸກຄົນ (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>ເຈ້ຍ (&amp;A):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>ແຜນຜັງບ່ອນນັ່ງ – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>ປ້າຍຊື່ຕັ້ງໂຕະ – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>ປະທານ</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>ແຜນຜັງບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>ພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>ແຜນຜັງບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>ລາກບ່ອນນັ່ງໄປວາງໃສ່ບ່ອນນັ່ງອື່ນເພື່ອສັບປ່ຽນກັນ; ຄລິກຂວາໃສ່ບ່ອນນັ່ງເພື່ອຈັດໃຫ້ ຫຼື ປ່ອຍຫວ່າງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>ໂກຕ້າ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>ຮູບແບບການຈັດຫ້ອງ (&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>ບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>ສັບປ່ຽນກັບບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>ສັບປ່ຽນ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>ຈັດໃຫ້ ຫຼື ປ່ອຍຫວ່າງ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>ຈັດໃຫ້ ຫຼື ປ່ອຍຫວ່າງບ່ອນນັ່ງທີ່ພິມໄວ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>ເມນູຂອງບ່ອນນັ່ງ ຄືກັບການຄລິກຂວາໃສ່ບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>ພາກປະຊຸມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>ບ່ອນນັ່ງ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>ກັບ (&amp;H):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>ຍັງບໍ່ມີພາກປະຊຸມໃດຢູ່ໃນຫ້ອງທີ່ມີຮູບແບບບ່ອນນັ່ງ: ກຳນົດຮູບແບບໃຫ້ຫ້ອງໄດ້ທີ່ “ຮູບແບບການຈັດຫ້ອງ”</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>ຮູບແບບການຈັດຫ້ອງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>ບັນທຶກຮູບແບບຂອງ {room} ແລ້ວ: ບ່ອນນັ່ງສຳລັບຄະນະຜູ້ແທນ {seats} ບ່ອນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>ຈັດບ່ອນນັ່ງໃນແຜນຜັງຂອງຫ້ອງນີ້ຄືນໃໝ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>ຈັດບ່ອນນັ່ງຄືນໃໝ່ແລ້ວ {count} ແຜນຜັງ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>ຈັດບ່ອນນັ່ງອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>ຈັດບ່ອນນັ່ງອັດຕະໂນມັດແລ້ວ: {count} ບ່ອນນັ່ງ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>ບໍ່ມີບ່ອນນັ່ງ “{seat}” ໃນແຜນຜັງນີ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>ຈັດບ່ອນນັ່ງ {seat} ໃຫ້ (&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (ຍັງບໍ່ລະບຸຊື່)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>ໃຫ້ນັ່ງບ່ອນ {seat} (&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>ປ່ອຍບ່ອນນັ່ງ {seat} ຫວ່າງ (&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>ຈັດບ່ອນນັ່ງ {seat} ໃຫ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>ບ່ອນນັ່ງ {seat} ຫວ່າງແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>ໃຫ້ສະມາຊິກຄົນອື່ນນັ່ງບ່ອນ {seat} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>ສັບປ່ຽນບ່ອນນັ່ງ {first} ແລະ {second} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>ໂຟນເດີສຳຮອງທີສອງ</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>ຂໍ້ມູນສຳຮອງຂອງງານແຕ່ລະຊຸດຈະຖືກສຳເນົາໄປໂຟນເດີນີ້ນຳ ເຊັ່ນ: ໃນ USB ເພື່ອບໍ່ໃຫ້ຂໍ້ມູນສຳຮອງເສຍໄປພ້ອມກັບແລັບທັອບທີ່ຫາຍ ຫຼື ເປ່ເພ ໂຟນເດີນີ້ຕັ້ງໄວ້ສຳລັບຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>ເລືອກໂຟນເດີ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>ບໍ່ສຳເນົາໄປບ່ອນອື່ນ (&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>ບໍ່ມີໂຟນເດີທີສອງ: ເກັບຂໍ້ມູນສຳຮອງໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — ບໍ່ພົບໃນຕອນນີ້ (ສຽບ USB ຢູ່ບໍ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>ຂໍ້ມູນສຳຮອງຈະຖືກສຳເນົາໄປ {folder} ນຳ</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>ພິທີເປີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>ກອງປະຊຸມໃຫຍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>ສຳມະນາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>ກອງປະຊຸມປຶກສາຫາລື</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>ພິທີລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>ການທັດສະນະສຶກສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>ກອງປະຊຸມສອງຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>ພັກ ຫຼື ອາຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>ຜູ້ກ່າວປາຖະກະຖາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>ຜູ້ຮ່ວມອະພິປາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>ຜູ້ດຳເນີນລາຍການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ປະທານ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>ເພີ່ມພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>ແກ້ໄຂພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>ຫົວຂໍ້ (ອັງກິດ) (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>ຫົວຂໍ້ (ຈີນ) (&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>ປະເພດ (&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>ວັນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>ເລີ່ມ (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>ສິ້ນສຸດ (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(ບໍ່ມີຫ້ອງ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>ຫ້ອງ (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(ບໍ່ມີປະທານ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>ປະທານ (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>ຜູ້ບັນຍາຍຂອງພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>ກັ່ນຕອງຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>ບົດບາດຂອງຜູ້ບັນຍາຍທີ່ເລືອກໃນພາກປະຊຸມນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>ຂຶ້ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>ລົງ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>ຜູ້ບັນຍາຍ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>ລາຍລະອຽດ (&amp;I):</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>ວັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>ຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>ປະທານ: {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>ຕັ້ງຊື່ໂຕະນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>ການລົງທະບຽນແຕ່ລະຄັ້ງຈະຖືກບັນທຶກພ້ອມຊື່ໂຕະ ເພື່ອໃຫ້ໂຕະຕ່າງໆແລກປ່ຽນບັນທຶກກັນໄດ້ ໃຊ້ຊື່ສັ້ນໆທີ່ພະນັກງານຈື່ໄດ້ ເຊັ່ນ: “ເໜືອ 1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>ຊື່ໂຕະ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>ເລີ່ມລົງທະບຽນ</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>ການລົງນາມສັນຍາ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>ສະແດງ (&amp;S):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>ລ/ດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>ສັນຍາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>ຊື່ພາສາຈີນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>ພາຄີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>ຜູ້ລົງນາມ (ບ່ອນນັ່ງ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>ສັນຍາໃໝ່ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>ແກ້ໄຂສັນຍາ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>ລຶບສັນຍາ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>ພິທີລົງນາມໃໝ່ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>ແກ້ໄຂພິທີລົງນາມ (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>ລຶບພິທີລົງນາມ (&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>ຍ້າຍຂຶ້ນ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>ຍ້າຍລົງ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>ທະບຽນສັນຍາ (ທັງໝົດ)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>ບັນທຶກສັນຍາແລ້ວ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>ລຶບສັນຍາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>ລຶບ “{title}” ອອກຈາກທະບຽນບໍ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>ລຶບສັນຍາແລ້ວ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>ບັນທຶກພິທີລົງນາມແລ້ວ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>ລຶບພິທີລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>ລຶບພິທີລົງນາມ “{title}” ບໍ? ສັນຍາຂອງພິທີນີ້ຍັງຢູ່ໃນທະບຽນ ໂດຍບໍ່ຂຶ້ນກັບພິທີໃດ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>ລຶບພິທີລົງນາມແລ້ວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>ບັນທຶກລຳດັບການລົງນາມແລ້ວ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>ພິມເປັນ PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>ຂຽນລົງໃນ {path} ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>ກຳລັງພິມ…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>ພາກປະຊຸມຂອງຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>ວັນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>ພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>ເພີ່ມເຂົ້າພາກປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>ເອົາອອກຈາກພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;ພາກປະຊຸມ&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;ພາກປະຊຸມ&lt;/b&gt; — ຍັງບໍ່ມີ</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>ພາກປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>ກັ່ນຕອງຜູ້ບັນຍາຍ  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>ຜູ້ບັນຍາຍໃໝ່</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>ຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>ເລືອກຮູບ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>ລຶບຮູບ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ເຊັ່ນ: ພະນະທ່ານ, ດຣ., ສຈ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>ພິມບາງສ່ວນຂອງຊື່ຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>ຂໍ້ມູນຜູ້ແທນຂອງຜູ້ບັນຍາຍເອງ ຖ້າເປັນຜູ້ແທນ: ວັນມາຮອດ ແລະ ວັນເດີນທາງກັບຈະຖືກກວດທຽບກັບພາກປະຊຸມຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>ຊີວະປະຫວັດຫຍໍ້ສຳລັບປຶ້ມກຳນົດການ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>ຄຳນຳໜ້າ (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>ຊື່ (&amp;I):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>ອັກສອນພື້ນເມືອງ (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>ຕຳແໜ່ງ (&amp;P):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>ນາມສະກຸນ (&amp;Y):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>ລຳດັບຊື່ (&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>ອົງການ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>ປະເທດ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>ຂໍ້ມູນຜູ້ແທນ (&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>ກັບຄືນຄ່າເດີມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>ບັນທຶກຜູ້ບັນຍາຍ ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>ຊີວະປະຫວັດ (&amp;B):</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>ສະແດງ {shown} ຈາກຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
            <numerusform>ສະແດງ {shown} ຈາກຜູ້ບັນຍາຍ %Ln ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>ບັນທຶກການປ່ຽນແປງຂອງຜູ້ບັນຍາຍຄົນນີ້ບໍ?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>ບໍ່ໄດ້ເລືອກຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>ເລືອກຮູບ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>ບໍ່ສາມາດອ່ານ {path} ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} ບໍ່ແມ່ນຮູບທີ່ Delegations ອ່ານໄດ້ ເລືອກ JPEG ຫຼື PNG</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>ຮູບພາບ (*.jpg *.jpeg *.png *.webp *.bmp);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>ລຶບຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>ລຶບຜູ້ບັນຍາຍ “{name}” ບໍ? ເຂົາເຈົ້າຈະຖືກເອົາອອກຈາກພາກປະຊຸມຂອງຕົນນຳ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>(ບໍ່ແມ່ນຜູ້ແທນ)</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>ການຮັບ-ສົ່ງ ແລະ ລາຍຊື່ຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>ຂາເຂົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>ຂາອອກ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>ພາຫະນະ ແລະ ຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>ພາຫະນະ ຫຼື ຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>ຖ້ຽວບິນ ຫຼື ລົດໄຟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>ຄະນະຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>ໂຮງແຮມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>ຈຸດນັດພົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>ພະນັກງານຕ້ອນຮັບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>ຄວາມຕ້ອງການພິເສດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>ການປ່ຽນແປງນັບແຕ່ການພິມຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>ສົ່ງອອກ .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>ບັນທຶກການຕັ້ງຄ່າ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>ວັນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>ຊ່ວງເວລາລວມຖ້ຽວ (ນາທີ) (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>ພາຫະນະ (ປະເພດ=ບ່ອນນັ່ງ) (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>ຮັບກ່ອນຖ້ຽວບິນ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>ຮັບກ່ອນລົດໄຟອອກ (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>ຮັບກ່ອນລົດຍົນອອກ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>ຈຸດນັດພົບ (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>ພະນັກງານຕ້ອນຮັບ (&amp;G):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>ພາຫະນະ {vehicles} ຄັນ, {people} ຄົນ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>ຍັງບໍ່ໄດ້ພິມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>ການປ່ຽນແປງນັບແຕ່ການພິມເມື່ອ {when}: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>ບັນທຶກການຕັ້ງຄ່າການຮັບ-ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>ລາຍຊື່ຜູ້ໂດຍສານ – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>ສົ່ງອອກລາຍຊື່ຜູ້ໂດຍສານ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ປຶ້ມວຽກ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>ຂຽນລາຍຊື່ຜູ້ໂດຍສານໃສ່ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>ການເດີນທາງ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>ການມາຮອດ ແລະ ການເດີນທາງກັບຂອງຜູ້ແທນທີ່ເລືອກ ແລະ ຜູ້ຮ່ວມເດີນທາງ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>ການເດີນທາງ</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>ການເດີນທາງ: {name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>ການເດີນທາງ ແລະ ທີ່ພັກ (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>ໂຮງແຮມ ແລະ ການຈັດຫ້ອງພັກ (&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>ການຮັບ-ສົ່ງ ແລະ ລາຍຊື່ຜູ້ໂດຍສານ (&amp;T)…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>ຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກ &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt; ກະລຸນາແນບມັນ (ຫຼື ວາງລາຍລະອຽດ) ໃສ່ລາຍງານຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>ລາຍລະອຽດຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>ສຳເນົາລາຍລະອຽດ (&amp;C)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>ສຳເນົາສິ່ງທີ່ຜິດພາດພ້ອມເວີຊັນ ສຳລັບລາຍງານຂໍ້ບົກພ່ອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>ສະແດງລາຍລະອຽດ (&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>ມີບາງຢ່າງຜິດພາດທີ່ບໍ່ແມ່ນຍ້ອນທ່ານ: {error}

ໄຟລ໌ງານຂອງທ່ານປອດໄພ: ທຸກການປ່ຽນແປງຖືກບັນທຶກທັນທີທີ່ທ່ານເຮັດ ທ່ານສາມາດເຮັດວຽກຕໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>ຂໍ້ຜິດພາດທັງໝົດ: {count} ຄັ້ງ ລ່າສຸດ: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>ສຳເນົາແລ້ວ</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>Delegations ບໍ່ສາມາດເປີດໜ້າຕ່າງໄດ້: {error}

ໄຟລ໌ງານຂອງທ່ານປອດໄພ ກະລຸນາສົ່ງລາຍລະອຽດໃຫ້ຜູ້ເບິ່ງແຍງ Delegations</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>ສະຖານະເຊີບເວີຂອງສະຖານທີ່ຈັດງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ: ກຳລັງເຊື່ອມຕໍ່…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>ອອບລາຍ — ຮັບເຂົ້າຢູ່ເຄື່ອງນີ້; ມີ %n ລາຍການລໍຖ້າສົ່ງ</numerusform>
            <numerusform>ອອບລາຍ — ຮັບເຂົ້າຢູ່ເຄື່ອງນີ້; ມີ %n ລາຍການລໍຖ້າສົ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>ເຊີບເວີຂອງສະຖານທີ່ຈັດງານບໍ່ຕອບສະໜອງ. ການຮັບເຂົ້າຖືກບັນທຶກໄວ້ໃນເຄື່ອງນີ້ ແລະ ຈະສົ່ງເມື່ອເຊີບເວີຕອບສະໜອງອີກຄັ້ງ.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>ກັບມາອອນລາຍແລ້ວ — ສົ່ງແລ້ວ %n ລາຍການ</numerusform>
            <numerusform>ກັບມາອອນລາຍແລ້ວ — ສົ່ງແລ້ວ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>, ຮັບເຂົ້າຊ້ຳ %n ຄົນ</numerusform>
            <numerusform>, ຮັບເຂົ້າຊ້ຳ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ: ອອນລາຍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>ສຳເນົາອອບລາຍ — ຮັບເຂົ້າຢູ່ເຄື່ອງນີ້; ຈະສົ່ງເມື່ອເຊື່ອມຕໍ່ອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>ເຊີບເວີຂອງສະຖານທີ່ຈັດງານບໍ່ຕອບສະໜອງ ໂຕະລົງທະບຽນນີ້ຈຶ່ງເປີດສຳເນົາຂອງງານທີ່ເກັບໄວ້ໃນເຄື່ອງ. ເຊື່ອມຕໍ່ເຊີບເວີອີກຄັ້ງ (ໄຟລ໌ ▸ ເຊື່ອມຕໍ່ເຊີບເວີຂອງສະຖານທີ່ຈັດງານ…) ເພື່ອສົ່ງການຮັບເຂົ້າທີ່ເຮັດຢູ່ນີ້.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>ລົງທະບຽນໜ້າງານ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>ຊື່ (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>ນາມສະກຸນ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>ຊື່ເປັນອັກສອນຂອງຕົນ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>ຄະນະຜູ້ແທນ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>ບົດບາດ (&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>ເພີ່ມ, ພິມ ແລະ ຮັບເຂົ້າ (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>ຜູ້ທີ່ບໍ່ໄດ້ລົງທະບຽນ: ຈະຖືກເພີ່ມເຂົ້າຄະນະຜູ້ແທນ ບັດຈະພິມທີ່ເຄື່ອງພິມຂອງໂຕະນີ້ ແລະ ລົງທະບຽນເຂົ້າ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>ພິມຊື່ຂອງບຸກຄົນນັ້ນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>ງານນີ້ຍັງບໍ່ມີຄະນະຜູ້ແທນ: ເພີ່ມຄະນະຜູ້ແທນກ່ອນ</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>ພະຍານ: ພິມເພື່ອຊອກຫາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>ພະຍານທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>ເພີ່ມພະຍານ (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>ເອົາພະຍານອອກ (&amp;V)</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>ນາມສະກຸນເປັນຕົວພິມໃຫຍ່</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>ພິມ “BAI Zhen”, “Somchai SRISUK”: ນາມສະກຸນເປັນຕົວພິມໃຫຍ່ ເພື່ອບໍ່ໃຫ້ໃຜສັບສົນວ່າສ່ວນໃດຂອງຊື່ແມ່ນນາມສະກຸນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>ພິມເປັນ PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>ພິມດ້ວຍເຄື່ອງພິມຂອງລະບົບ ຕາມຂະໜາດໜ້າຂອງຮູບແບບ ແລະ ມາດຕາສ່ວນ 100 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>ຮູບແບບຕາມບົດບາດຂອງແຕ່ລະຄົນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>ແຕ່ລະຄົນໄດ້ຮູບແບບຕາມບົດບາດຂອງຕົນ (ຮູບແບບບັດ… ▸ ໃຊ້ສຳລັບບົດບາດ…) ຫຼື ຮູບແບບເລີ່ມຕົ້ນ ຖ້າບົດບາດນັ້ນບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>ບັດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>ພິມບັດເປັນ PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>ກຳລັງພິມບັດ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>ຍົກເລີກການພິມແລ້ວ ບໍ່ມີໄຟລ໌ຖືກຂຽນ ບໍ່ມີຫຍັງຖືກບັນທຶກ</translation>
    </message>
</context>
</TS>
