<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>Tambah {name} ke sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>Taip sebahagian tajuk, bilik atau hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ranan:</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>Eksport agenda</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln sesi ditulis ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>Jadual untuk aplikasi persidangan, frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>Seluruh agenda, JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>Import agenda</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>Agenda yang dieksport sebagai JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>Gantikan seluruh agenda — {current} berserta bilik dan penceramahnya — dengan {count} dalam {name}?

Tindakan ini tidak boleh dibuat asal dengan Buat Asal; terbitkan versi atur cara atau simpan salinan acara dahulu jika anda mungkin mahukan agenda semasa semula.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>Diimport {sessions}, {rooms} dan {speakers}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln bilik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln penceramah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>Tidak dipautkan kepada peserta acara ini: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>Pengerusi: {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>Pertemuan dua hala: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>Bahasa: {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>Seret untuk mengalihkannya; dwiklik untuk membuka pertemuan dua hala.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · Dua hala</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>Tiada bilik</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>&amp;Terbitkan versi atur cara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>&amp;Perubahan sejak suatu versi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>&amp;Eksport agenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Import agenda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>&amp;Bilik…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>Grid agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>Sesi mengikut bilik dan masa; paparan Senarai memuatkannya untuk papan kekunci</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>Grid harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>Satu hari sebagai grid masa, bilik sebagai lajur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Senarai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>Sesi sebagai senarai, untuk kerja papan kekunci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>Tapis mengikut tajuk, bilik atau penceramah  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>Tambah sesi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>Bilik…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>Dua hala</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln tempat duduk</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>Tingkat {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>Semua hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>Seluruh atur cara, hari demi hari</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}: %Ln sesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>%Ln sesi pada hari ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Tiada yang sepadan dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>Belum ada sesi pada hari ini. Tambah dengan “Tambah sesi…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>Belum ada sesi. Tambah dengan “Tambah sesi…”.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>Menunjukkan {shown} daripada %Ln sesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>Alih sesi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>tiada bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>Alih “{title}” ke {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>Alih “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>Ubah masa tamat “{title}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>Alih pertemuan dua hala “{title}” ke {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>Alih pertemuan dua hala “{title}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>Pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}” ialah pertemuan dua hala, bukan sesi: seret untuk mengalihkannya; peserta dan masa pilihannya disunting dengan “delegations bilaterals”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>Tambah “{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>Sunting “{title}”</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>Padam sesi</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>Padam “{title}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>Padam %Ln sesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>Padam sesi “{title}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>Padam %Ln sesi?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Sunting ▸ Buat Asal untuk mengembalikannya.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>Versi atur cara {number} telah diterbitkan.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>Memorandum Persefahaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>Surat Hasrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Institusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>Perjanjian baharu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>Sunting perjanjian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>Tajuk bahasa &amp;Inggeris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>Tajuk bahasa &amp;Cina:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>Pihak dan pe&amp;nandatangan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Saksi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>Belum dalam mana-mana majlis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>Ditandatangani di &amp;majlis:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>Bilik di {hotel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>Bilik &amp;baharu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>nombor daripada hotel, jika diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>&amp;Kongsi bilik dengan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>&amp;Tarikh sendiri (jika tidak, ikut jadual perjalanan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>T&amp;etamu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Jenis bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>&amp;Nombor bilik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>&amp;Daftar masuk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>Daftar ke&amp;luar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>&amp;Permintaan:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>Tetamu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>Kongsi dengan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}: tiada sesiapa dalam senarai yang bernama “{name}”.</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>Cetak pas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>Cetak pas nama untuk semua orang, yang dipilih atau satu delegasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>Cetak pas yang dipilih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>Cetak semula pas…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>Cetak pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>Pas siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>Peserta yang dipilih ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>Pilih peserta dalam jadual dahulu untuk mencetak pas mereka sahaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>Satu delegasi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>Hanya mereka yang pasnya belum dicetak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>Susun atur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>Susun atur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>Susun atur pas: salin satu untuk disunting, guna satu untuk sesuatu peranan, eksport, import.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>Semak sebelum mencetak</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>Menyediakan pratonton…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>belum dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>mengikut peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>Pas {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>Tiada pratonton.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>Tiada pas untuk dicetak bagi pilihan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>Pratonton memerlukan PDFium (pakej pypdfium2); pencetakan tetap berfungsi tanpanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{badges} pada {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption}, dicetak dua muka (setiap bahagian belakang di sebelah baliknya)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>Semak sebelum mencetak ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>Setiap nama mempunyai fon untuk semua aksaranya dan muat pada saiz yang mudah dibaca.</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>Cetak pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>&amp;Jadual delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>&amp;Helaian pintu bilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>Semua delegasi yang mempunyai pertemuan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>&amp;Delegasi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>&amp;Bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>Ha&amp;ri:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>Jadual pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>Jadual pertemuan dua hala – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>Helaian pintu – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>Pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Pertembungan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>Masa pilihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>Permohonan &amp;baharu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>Batalkan per&amp;mohonan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>&amp;Alih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Jadualkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>Jadualkan setiap permohonan yang belum dijadualkan di bilik dua hala, dalam masa pilihannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>&amp;Papar:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>dipohon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>dijadualkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>Pertembungan: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>Tiada pertembungan</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>Tiada bilik diperuntukkan untuk pertemuan dua hala; tetapkan dengan `delegations bilaterals rooms NAME…`.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>Pertemuan dua hala {id} ({title}) disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>Pertemuan dua hala {id} dipohon: {title}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>Batalkan permohonan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>Batalkan pertemuan dua hala {title}? Bilik dan masa pertemuan yang telah dijadualkan akan dikosongkan semula.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>Pertemuan dua hala {id} ({title}) dibatalkan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>{title} kini pada {when} di {room}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>Pertembungan: {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>Jadualkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>Dijadualkan: {placed}; tidak dijadualkan: {unplaced}.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>Tambah blok bilik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Jenis bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>&amp;Daftar masuk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>Daftar ke&amp;luar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>&amp;Bilangan bilik:</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>Cetak buku atur cara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>Apa yang dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>Buku atur cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>Helaian ralat (A4): perubahan sejak versi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — diterbitkan {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>Terbitkan versi atur cara dahulu; ralat menyenaraikan perubahan sejak itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>Helaian pintu (A4): satu halaman setiap bilik dan hari, untuk pintu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>Buku atur cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>Dua halaman setiap helaian A4 landskap, susunan jilid pelana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>Cetak dua muka, terbalikkan pada sisi pendek; lipat timbunan di tengah dan stapel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>Seperti sekarang: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>Terbitkan agenda semasa sebagai versi {number} dahulu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>Inggeris, Cina di bawahnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>Cina, Inggeris di bawahnya (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>Ketua delegasi sahaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>Semua ahli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>cth. Atur cara muktamad untuk dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>Nota versi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>Edisi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>Senarai delegasi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>Cetak ke PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>Ralat sejak versi {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>Helaian pintu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>Buku atur cara {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> tersusun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>Dihantar ke pencetak {name}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>Mencetak buku atur cara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>Mencetak helaian ralat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>Mencetak helaian pintu…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln perubahan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>Ralat sejak versi {number}: {changes} ditulis ke {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>%Ln helaian pintu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>{pages} ditulis ke {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages} pada %Ln muka A4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>Buku atur cara ({pages}) ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>Pencetakan dibatalkan; tiada fail ditulis.</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>Majlis menandatangani baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>Sunting majlis menandatangani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>Tajuk bahasa &amp;Inggeris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>Tajuk bahasa &amp;Cina:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>&amp;Masa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>Bilik, atau mana-mana tempat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>Perubahan sejak suatu versi atur cara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>Perubahan sejak versi itu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>Cetak ralat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>Pratonton helaian ralat, kemudian cetak pada salah satu pencetak sistem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>&amp;Sejak versi:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>Belum ada versi atur cara yang diterbitkan: gunakan Agenda ▸ Terbitkan versi atur cara… dahulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>Tiada perubahan sejak versi {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>%Ln perubahan sejak versi {number}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>Buat asal daftar masuk terakhir</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>Imbas pas — atau taip nama</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>Kod pas atau nama</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>Memuatkan peserta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>Memuatkan kaunter daftar masuk…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>TIDAK DITEMUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}” bukan pas acara ini dan tidak sepadan dengan mana-mana peserta.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>TIDAK DIREKODKAN</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>Daftar masuk tidak dapat disimpan ({error}). Cuba lagi; jika terus gagal, gunakan senarai kertas.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  {n} DIBENARKAN MASUK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}: {admitted} dibenarkan masuk sekarang, {already} sudah mendaftar masuk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>Benarkan masuk seluruh delegasi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>Benarkan masuk kesemua %Ln ahli {delegation} yang belum hadir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…dan %Ln lagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>TIDAK DIBUAT ASAL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>Tiada apa untuk dibuat asal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>Tiada lagi daftar masuk di kaunter ini yang boleh dibuat asal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>Peserta {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  DAFTAR MASUK DIBATALKAN</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} dan %Ln yang lain tidak lagi didaftar masuk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} tidak lagi didaftar masuk.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>PIN penganjur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN itu salah; mod kaunter kekal aktif. Tanya penganjur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>Kaunter daftar masuk {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>Faham</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>Faham: amaran jam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>Jam komputer ini menunjukkan {today}, tetapi acara berlangsung {start} – {end}. Setiap daftar masuk direkodkan mengikut masa jam ini, dan jurnal kaunter digabungkan mengikut susunan itu: betulkan jam sebelum membenarkan masuk.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>Pertembungan</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln pertembungan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>Tiada pertembungan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>Dwiklik untuk menunjukkan sesinya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>Dwiklik untuk memaparkan pertemuan dua hala</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>Sambung ke pelayan tempat acara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>Buka acara pada pelayan PostgreSQL tempat acara, yang dikongsi oleh kaunter daftar masuk dan pejabat penganjur. Kata laluan digunakan untuk sambungan ini sahaja dan tidak sekali-kali disimpan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>&amp;Pelayan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>cth. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>Pangkalan &amp;data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>cth. week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Log masuk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>cth. desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>Kata lal&amp;uan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>&amp;Ingat pelayan ini (tanpa kata laluan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Sa&amp;mbung</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>Pelayan tempat acara tidak menjawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} tidak menjawab.

Komputer riba ini mempunyai salinan acara sendiri, seperti yang terakhir dilihatnya pada {date} jam {time}. Buka salinan itu untuk meneruskan daftar masuk? Daftar masuk yang dibuat padanya dihantar ke pelayan apabila anda menyambung semula; perubahan lain padanya tidak dihantar.</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Dijangka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Belum hadir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>Daftar masuk mengikut delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>Daftar masuk mengikut peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>Mengikut delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>Mengikut peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>Belum tiba</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>Pas yang diserahkan kepada pegawai perhubungan dikira sudah diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>Pas sudah diserahkan atau belum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>Pas diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>Pas belum diserahkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>Peserta yang tiba dengan penerbangan atau kereta api hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>Tiba pada sebarang hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>Tiba hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>Tapis mengikut nama…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>Cetak senarai (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>Pratonton senarai, kemudian cetak pada salah satu pencetak sistem (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>{admitted} daripada {expected} sudah mendaftar masuk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>Belum tiba ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Semua peranan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>{n} ditunjukkan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>setakat {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>kaunter {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>Eksport senarai yang belum tiba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Tidak dapat menulis {path}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>%Ln nama ditulis ke {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>Cetak senarai yang belum tiba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>Belum tiba — {count} peserta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>{pages} halaman ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>Mencetak senarai yang belum tiba…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>%Ln halaman dihantar ke {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>Fail acara rosak</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Pulihkan sandaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Buka fail lain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>Tiada sandarannya yang lulus semakan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>Sandaran terbaharu yang lulus semakan adalah dari {time}. Apabila dipulihkan, fail yang rosak disimpan di sebelahnya dengan nama bertarikh hari ini; perubahan selepas sandaran tidak termasuk.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>Buka acara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Acara Delegations (*.sqlite3);;Semua fail (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>Sunting peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Gelaran:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>cth. H.E., Dr, Prof.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>Nama &amp;pertama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>Nama dalam &amp;tulisan asal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>cth. 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>S&amp;usunan nama:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>Dicadangkan berdasarkan negara delegasi dan nama asalnya; pilih yang lain jika orang ini menulis namanya secara berbeza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>De&amp;legasi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ranan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>Dalam satu delegasi, ketua didahulukan, kemudian ahli mengikut pangkat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>Pangkat dalam &amp;delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jawatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>Telefo&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>Keperluan pem&amp;akanan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>Keperluan akse&amp;s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>Keti&amp;baan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>B&amp;erlepas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>{count:,} peserta ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>Mengeksport peserta…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>Templat import ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>Menulis templat import…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>Eksport peserta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>Fail CSV, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>Simpan templat import</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>Tambah delegasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>Sunting delegasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institusi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>cth. Kementerian Pendidikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>Delegasi disenaraikan mengikut susunan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>Ditetapkan oleh susunan keutamaan ASEAN; tukar kaedahnya dalam Fail ▸ Susunan keutamaan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>&amp;Susunan protokol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>Tambah delegasi dahulu, kemudian pilih ketuanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>&amp;Ketua delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>&amp;Orang hubungan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>E-&amp;mel hubungan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>&amp;Telefon hubungan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>Keti&amp;baan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>Berle&amp;pas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>Tambah delegasi</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>Tulisan asal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>Tapis mengikut nama, organisasi atau e-mel  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>Tambah peserta…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · ketua: {head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>Membaca %Ln peserta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} daripada %Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>Belum ada delegasi. Tambah dengan “Tambah…” di bawah senarai sebelah kiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Tiada sesiapa yang sepadan dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>Belum ada peserta. Tambah dengan “Tambah peserta…”.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>Menunjukkan {shown} daripada %Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>Padam peserta “{name}”? Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Padam %Ln peserta? Tindakan ini tidak boleh dibuat asal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>Padam peserta</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Padam delegasi “{name}” dan %Ln ahlinya? Tindakan ini tidak boleh dibuat asal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>Padam delegasi “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>Padam delegasi</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>nama acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>nama acara dalam bahasa Cina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>tarikh acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>gelaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>nama dalam tulisan asal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>jawatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>jalur peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>kod QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>garisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>segi empat tepat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>imej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>(hanya jika ada {field})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>(hanya jika tiada {field})</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>Tetapan kaunter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>Taip 中 / ไทย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>Hidupkan kaedah input untuk menaip nama dalam tulisan Cina, Thai atau tulisan lain. Ia dimatikan sendiri selepas daftar masuk seterusnya supaya kod pengimbas kekal utuh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ Buat asal (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>Buat asal daftar masuk terakhir di kaunter ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>Daftar di tempat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>Orang yang belum berdaftar: tambah, cetak pasnya, daftar masuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>Keluar mod kaunter…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>Kaunter: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>Kaunter belum dinamakan</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>Tukar data daftar &amp;masuk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>Pulihkan daripada san&amp;daran…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>&amp;Folder sandaran kedua…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>Mod &amp;kaunter (skrin penuh)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Sandaran automatik gagal: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>Pulihkan daripada sandaran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>Acara tidak dapat dibuka semula: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>Sandaran {time} telah dipulihkan.</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}: pas baharu dihantar ke {printer}; pas yang hilang ditolak mulai sekarang. Tindakan ini tidak mendaftar masuk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}: pas dihantar semula ke {printer}, kod yang sama. Tindakan ini tidak mendaftar masuk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  PAS DICETAK</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>TIADA PENCETAK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>Kaunter ini belum ada pencetak: pilih dalam Tetapan kaunter… (Pencetak).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>PAS TIDAK DICETAK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>Mencetak pas…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>Tetapan kaunter</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>Kaunter ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>cth. Pintu masuk utara 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nama kaunter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>Setiap daftar masuk di sini direkodkan dengan nama ini, supaya kaunter boleh bertukar dan membandingkan jurnal masing-masing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>PIN penganjur (keluar mod kaunter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;semasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN &amp;baharu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>&amp;Ulang PIN baharu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>Buang PIN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>Pencetakan di kaunter ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(tiada: pas tidak dicetak di sini)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Pencetak:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>Susun &amp;atur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>Cetak pas apabila pemegangnya &amp;dibenarkan masuk kali pertama</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>PIN telah ditetapkan: keluar mod kaunter memerlukannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>Tiada PIN: sesiapa boleh keluar mod kaunter. Tetapkan 4–12 digit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>PIN penganjur</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>PIN semasa salah. Taip PIN yang ditetapkan sekarang, atau tanya penganjur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>Beri kaunter ini nama (cth. “Utara 1”); daftar masuk direkodkan dengannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>Pilih pencetak kaunter ini untuk mencetak pas apabila pemegangnya tiba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN baharu dan ulangannya berbeza; taip digit yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>Menyediakan halaman pertama…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>Tiada pratonton: PDFium tidak dipasang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>Menyediakan pratonton…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>{what} ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>{what} (1 halaman) ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>{what} ({pages} halaman) ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>Dihantar ke pencetak {name}.</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>Sifat elemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>Tiada elemen dipilih</translation>
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
        <translation>&amp;Lebar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>T&amp;inggi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Saiz:</translation>
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
        <translation>Saiz &amp;minimum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>cth. {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(tiada had)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>Ba&amp;ris:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>&amp;Penjajaran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>Te&amp;bal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>Huruf b&amp;esar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>Cetak &amp;nama peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(sentiasa)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>Hanya jika &amp;ada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>Hanya jika tia&amp;da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>&amp;Kelegapan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>&amp;Penyesuaian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>Muat (keseluruhannya)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>Penuhi (terpotong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Regangkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> modul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>&amp;Zon senyap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>&amp;Ketebalan garisan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>&amp;Ganti imej…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>Medan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>Teks bebas dengan {placeholders}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>&amp;Jenis teks:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>&amp;Medan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>lalai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>Warna seperti #1a237e, atau “role” untuk warna peranan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>Pilih warna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>Dipilih: {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>jalur peranan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>kod QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>garisan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>segi empat tepat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>imej</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>Warna elemen</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>Acara baharu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>Tetapan acara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>Namakan acara dan berikan tarikhnya; seterusnya anda memilih tempat menyimpannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>cth. Minggu Kerjasama Pendidikan China–ASEAN 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>Nama &amp;Cina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>cth. 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>Tarikh &amp;mula:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>Tarikh &amp;tamat:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>cth. Asia/Kuala_Lumpur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>Masa agenda mengikut zon ini; taip nama bandar untuk mencarinya, cth. Bangkok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zon waktu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Bandar:</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>Masa daftar masuk</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>Tukar data daftar masuk</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. Berikan data daftar masuk kaunter ini kepada kaunter lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>Tulis fail jurnal (contohnya ke pemacu USB) untuk digabungkan oleh kaunter lain. Fail ini ditandatangani: fail yang disunting atau terpotong akan ditolak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>Hanya daftar masuk di kaunter ini ({desk})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>Mati (disyorkan): semua yang diketahui salinan ini, termasuk yang digabungkan daripada kaunter lain, supaya jurnal terus bergerak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>Eksport ke fail…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. Terima data daftar masuk kaunter lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>Menggabungkan fail yang sama dua kali, atau fail dalam apa jua susunan, adalah selamat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>Gabungkan fail…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>Daftar masuk berganda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>Eksport data daftar masuk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>Mengeksport data daftar masuk…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>%Ln entri daftar masuk dieksport ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>Gabungkan data daftar masuk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>Menggabungkan {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>Menggabungkan data daftar masuk…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>Kaunter dalam fail: {desks}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>Berlaku ralat: {error}

Butirannya ada dalam fail log.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>Tiada sesiapa dibenarkan masuk dua kali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>Dibenarkan masuk dua kali ({n}) — dikira sekali; semak pas berikut:</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Import pendaftaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>&amp;Eksport peserta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>Simpan templat im&amp;port…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>Cetak buku atur &amp;cara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>Susun &amp;atur pas…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>Nama pertama dahulu (susunan Barat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>Nama keluarga dahulu</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>Serahkan pas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>Rekodkan bahawa pegawai perhubungan delegasi telah mengambil pasnya, dan cetak resit serahan yang ditandatanganinya</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} belum mempunyai peserta: tambah mereka dahulu.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>Serahkan pas — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>cth. Kaunter akreditasi 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>La&amp;yari…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>&amp;Diambil oleh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Kaunter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>&amp;Resit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>Pas untuk diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>Tulisan asal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>&amp;Serahkan dan tulis resit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>&amp;Buka resit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>Lihat resit dan cetak daripada pemapar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>Cetak resit pada salah satu pencetak sistem</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>Sudah diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>Versi {v} sudah diserahkan; bukan yang ini</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>Dipilih: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>sudah diserahkan: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>belum dicetak: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>Simpan resit serahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>Menulis resit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>Menulis resit serahan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>Pas diserahkan kepada {collector} pada {time}: {n}. Resit disimpan ke {path}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>Resit dihantar ke {printer}.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>Resit serahan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>Mencetak resit serahan…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>Tambah hotel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>Nama dalam bahasa &amp;Cina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mel:</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>Hotel dan agihan bilik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>&amp;Tambah hotel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>&amp;Padam hotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>Tetamu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Daftar keluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>Malam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>Tiba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>Berlepas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>Jenis bilik</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>Malam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Ditempah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Diisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>&amp;Jenis bilik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>Tambah &amp;blok…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>Padam bl&amp;ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>B&amp;ilik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>Berikan bilik di hotel ini kepada orang yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>Tempatkan &amp;delegasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>Pengi&amp;napan sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>Orang yang dipilih dan tiada bilik tidak memerlukannya: dia menginap di tempat lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>Ek&amp;sport .xlsx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>Baca nombor bi&amp;lik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>Baca semula fail .xlsx yang dieksport setelah pihak hotel mengisi lajur Bilik.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>Sen&amp;arai bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>J&amp;enis bilik dan blok</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>Belum ada hotel: masukkan hotel dengan Tambah hotel…, kemudian jenis bilik dan bloknya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} bilik, {guests} tetamu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(tiada nombor)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>Tarikh sendiri, bukan ikut jadual perjalanan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} (untuk {sleeps} orang)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} bilik, {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>Amaran: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>Tiada amaran di hotel ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>Tiada bilik: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>Semua yang memerlukan bilik telah mendapatnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation}), {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>Hotel {hotel} ditambah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>Padam hotel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>Padam {hotel} bersama jenis bilik, blok dan biliknya? {count} tetamunya tidak akan mempunyai bilik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>Hotel {hotel} dipadam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>Jenis bilik disimpan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>Blok ditambah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>Padam blok</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>Padam semua blok {type} di {hotel}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>Blok dipadam: {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} mendapat bilik di {hotel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>Kosongkan bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>{name} kini tiada bilik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>Penginapan sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} tidak memerlukan bilik.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}: {guests} tetamu ditempatkan dalam {rooms} bilik.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>Senarai bilik – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>Eksport senarai bilik</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>Senarai bilik ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>Baca nombor bilik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>Nombor bilik yang dimasukkan atau diubah: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>Import pendaftaran — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>Baris yang dibaca daripada fail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>Masalah yang ditemui</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>Tiada masalah ditemui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>Baris dalam fail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>Kemas kini</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>Import baris yang sah</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>&amp;Tambah nama serupa sebagai orang lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>Baris yang namanya sama dengan seseorang dalam delegasi yang sama, tanpa e-mel untuk membezakannya, ditolak. Tandakan ini untuk menambah baris sedemikian sebagai orang baharu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>Kemas kini ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>Masalah ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>Baris {row} · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>Menyemak {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln baris dibaca</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>{count:,} untuk ditambah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>{count:,} untuk dikemas kini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>{count:,} tidak berubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>Delegasi baharu: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln baris mempunyai ralat dan tidak akan diimport; betulkan dalam fail dan import semula untuk menambahnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>Tiada apa untuk diimport: acara sudah mempunyai peserta ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>Import pendaftaran</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>Ralat tidak dijangka</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>Berlaku ralat: {error}

Butirannya ada dalam fail log.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>Mengimport {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import dibatalkan; tiada apa ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>Berlaku ralat: {error}

Tiada apa ditulis; butirannya ada dalam fail log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>{file} diimport: {added:,} ditambah, {updated:,} dikemas kini, {unchanged:,} tidak berubah, {refused:,} ditolak.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>Pendaftaran ({patterns});;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>Baris {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>amaran: {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>Berlaku ralat: {error}. Butirannya ada dalam fail log.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>Bahasa sistem ({language})</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>Susun atur pas “{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>Kanvas pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab memilih elemen seterusnya; kekunci anak panah mengalihkannya 1 mm, Shift+anak panah 0.1 mm; Delete membuangnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>Semakan reka bentuk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>Pratonton langsung tidak tersedia dalam versi Delegations ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>&amp;Padam elemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zum &amp;masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Zum &amp;keluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>Saiz &amp;sebenar (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>&amp;Tambah elemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>&amp;Medan teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>Teks &amp;bebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>&amp;Jalur peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>Kod &amp;QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>&amp;Garisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>&amp;Segi empat tepat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>&amp;Imej…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>Susun &amp;atur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>Pereka</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>Tambah elemen</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Depan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Belakang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Sisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>Semua elemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>Pas dengan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>Pas tanpa foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>Elemen yang dipaparkan hanya dengan (atau tanpa) foto bertindih; paparkan satu keadaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>&amp;Papar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>Papar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Zum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}: x {x} mm, y {y} mm, {w} × {h} mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>Semakan reka bentuk tidak tersedia dalam versi ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>Tiada masalah ditemui.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>Alih elemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>Ubah saiz elemen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>Tukar {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>Padam elemen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>Pilih imej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imej (*.png *.jpg *.jpeg *.svg);;Semua fail (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>Tambah imej</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>Simpan susun atur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>Simpan perubahan pada susun atur pas “{name}”?</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>Tetapkan susun atu&amp;r</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>Segi empat berongga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>Bentuk U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>Gaya teater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>Gaya bilik darjah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>Meja bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>Meja utama dan baris tempat duduk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>Kedudukan delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>Tempat duduk di meja setiap kedudukan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>Baris di belakang setiap kedudukan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>Tempat duduk pengerusi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Baris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>Tempat duduk setiap baris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>Lorong setiap (tempat duduk, 0 = tengah):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>Meja bulat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>Tempat duduk setiap meja:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>&amp;Bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>Jenis susun atur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (tiada susun atur)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>Membaca senarai orang dalam acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ Sampel sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>Sampel seterusnya ▶</translation>
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
        <translation>Nama terpanjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>Nama Khmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>Nama Thai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>Nama Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>Nama Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>Nama Cina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>Nama Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>Dengan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>Tanpa foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>Tiada peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>Contoh orang (acara belum mempunyai peserta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>Warna peranan: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>Tiada sampel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({number} daripada {count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>Berlaku ralat: {error}. Butirannya ada dalam fail log.</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>Susun atur pas</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>Susun atur terbina dalam ialah titik permulaan: salin satu untuk dijadikan milik acara ini, kemudian suntingnya. Susun atur acara dibawa bersama fail acara.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Susun atur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>Dicetak pada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Digunakan untuk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>Sa&amp;lin untuk disunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>&amp;Guna untuk peranan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>Terbina dalam Delegations: baca sahaja, salin untuk menyuntingnya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>terbina dalam, baca sahaja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>milik acara ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title} ({name}, {kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>dua muka</translation>
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
            <numerusform>%n setiap halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>Susun atur terbina dalam adalah baca sahaja: salin untuk menyuntingnya.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}” kini milik acara ini: Sunting… untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>Pas {role} dicetak dengan “{layout}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>“{name}” ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>“{name}” diimport ke dalam acara.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>“{name}” dipadam daripada acara.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>Pereka susun atur belum tersedia dalam versi Delegations ini.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>Salin untuk disunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>Nama salinan (huruf, digit, - dan _):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}” terbina dalam dan baca sahaja: Salin untuk disunting… membuat salinan milik acara ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>Guna untuk peranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>Cetak pas peranan ini dengan “{layout}”:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>Eksport susun atur pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>Import susun atur pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>Padam susun atur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>Padam susun atur “{title}” daripada acara?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>Susun atur pas (*.json);;Semua fail (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>Ketibaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>Berlepas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>Perjalanan sendiri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>Penerbangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Kereta</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>Satu daripada %n segmen: yang pertama; segmen lain dikekalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>Satu daripada %n segmen: yang terakhir; segmen lain dikekalkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>Sama seperti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Syarikat/pengendali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>Menaiki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>Hari dan masa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>Lapangan terbang atau stesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>Turut dalam perjalanan ini</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Penceramah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>Daftar &amp;Masuk</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln penceramah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>Acara &amp;baharu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>B&amp;uka acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Buka te&amp;rkini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>Sambung ke pe&amp;layan tempat acara…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>&amp;Tetapan acara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>Susu&amp;nan keutamaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>Simpan &amp;salinan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>Pelan tempat &amp;duduk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>Pertemuan dua &amp;hala…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>Penandatan&amp;ganan perjanjian…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>&amp;Perihal Delegations</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>Perihal Delegations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Peserta, pas, daftar masuk dan agenda untuk minggu kerjasama antarabangsa.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>Buka acara</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — salinan luar talian {server} — Delegations</translation>
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
        <translation>Susunan keutamaan disimpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>Tetapan acara disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Acara Delegations (*.sqlite3);;Semua fail (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>Acara baharu</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} sudah wujud. Pilih nama baharu, atau bukanya dengan Fail ▸ Buka acara…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>Tiada acara terkini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Kosongkan Menu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>Sambung ke pelayan tempat acara</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>Selesaikan atau batalkan perubahan yang sedang dibuat dahulu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>Salinan disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>Cetak manifes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>&amp;Hanya perubahan sejak cetakan terakhir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>Manifes – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>Alih pertemuan dua hala {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>&amp;Bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Mula:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>Masa pilihan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>Tempoh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>Susunan nama untuk seluruh delegasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>Nama keluarga dahulu, nama pertama dahulu, atau seperti kebiasaan di negara delegasi</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>Susunan nama {delegation}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>Susunan nama %Ln ahli {delegation} telah diubah.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Buat asal dengan Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>Susunan nama untuk seluruh delegasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>Mengikut susunan apakah nama ahli {delegation} ditulis?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>Nama keluarga dahulu (“Bai Zhen”, “Nguyễn Thị Phương”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>Nama pertama dahulu (“Somchai Srisuk”, “Farah binti Ahmad”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>Mengikut negara: seperti kebiasaan orang di {country} menulis nama</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>Ubah %Ln nama</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>Nama semua ahli sudah mengikut susunan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>dan {more:,} lagi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>daripada %Ln ahli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>%Ln {of_members} berubah:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>PIN penganjur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>Mod kaunter mengunci tetingkap ini pada daftar masuk. Pilih PIN penganjur (4 hingga 12 digit) yang diperlukan untuk keluar daripadanya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;baharu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulang:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN dan ulangannya berbeza; taip digit yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>Tambah &amp;pihak</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>Institusi atau syarikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>Negara tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>Penandatangan: taip untuk mencari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>Jenis pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>Negara pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>Buang pihak</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>PIN penganjur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>Masukkan PIN penganjur untuk keluar mod kaunter.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>Tempatkan delegasi di {hotel}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>De&amp;legasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Jenis bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>&amp;Setiap bilik:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Helaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>Nama seperti dipaparkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>Nama mengikut susunan ia akan dipaparkan dan dicetak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}” bukan lajur yang dikenali oleh import; ia tidak diimport.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>Nama keluarga dahulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>Nama pertama dahulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>seperti dalam fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}: {reason}. Ubahnya kemudian dalam borang peserta, atau untuk seluruh delegasi.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>Pratonton cetakan — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln halaman, {paper}, dicetak pada 100 % di atas kertas bersaiz sama.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>Pencetakan dua muka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}” tidak menyokong pencetakan dua muka: bahagian belakang akan dicetak sebagai halaman berasingan.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>Mencetak {title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>Pencetakan dibatalkan: tiada apa dicetak atau direkodkan.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>Cetak semula pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>Mengapa {name} memerlukan pas lain?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>Pas yang hilang mendapat kod baharu: pas yang hilang ditolak mulai sekarang. Pas yang rosak dicetak semula dengan kod yang sama. Tiada sesiapa didaftar masuk dengan tindakan ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>&amp;Hilang: kod baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>&amp;Rosak: kod sama</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>Ralat sejak versi {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>Cetak ralat</translation>
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
            <numerusform>Ralat (%Ln perubahan) ada dalam {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>Mencetak ralat…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>Susunan keutamaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>Susunan &amp;keutamaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>&amp;Pangkat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>Susunan ASEAN (negara anggota mengikut abjad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>Susunan manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>Piagam ASEAN, Perkara 31: negara anggota mengikut susunan abjad nama bahasa Inggerisnya; tuan rumah dan rakan dialog di kedudukan yang anda tetapkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>K&amp;aedah:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>Negara &amp;tuan rumah:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>Kedudukan tuan ruma&amp;h:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>Rakan dialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>Rakan &amp;dialog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>Kedudukan rakan dia&amp;log:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>Susunan yang terhasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+Up dan Alt+Down mengalihkan delegasi yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>Alih ke atas</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>Alih ke bawah</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+Up; susunan menjadi manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+Down; susunan menjadi manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>&amp;Susunan yang terhasil:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>Sebagai pengerusi (disenaraikan dahulu)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (pengerusi)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>Nama dalam bahasa Inggeris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>Nama dalam bahasa Cina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>Pangkat, tertinggi dahulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+Up dan Alt+Down mengalihkan pangkat yang dipilih.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>&amp;Tambah pangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>Bu&amp;ang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>Tertinggi di atas. Dalam satu delegasi, ketua didahulukan, kemudian ahli mengikut pangkat, dan seterusnya mengikut nama.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>Peserta berpangkat “{rank}” ({count}) tidak akan mempunyai pangkat selepas OK.</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>Terbitkan versi atur cara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>Agenda seperti sekarang menjadi versi atur cara {number}. Perubahan kemudian disenaraikan berbanding versi ini dalam Agenda ▸ Perubahan sejak suatu versi…, asas bagi helaian ralat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>Terakhir diterbitkan: {label}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>cth. dihantar ke pencetak, 12 Julai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>&amp;Terbitkan</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>Di meja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>Di belakang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>Tempat duduk diperoleh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>Kuota tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>Tempat duduk di meja dan di belakang bagi setiap delegasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>Tempat duduk di meja bagi semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>Tempat duduk di belakang bagi semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>Beri se&amp;mua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>Kedudukan tuan rumah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>Tempatkan secara au&amp;tomatik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>di meja,</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>di belakang</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>Kedudukan tuan ruma&amp;h:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>mengikut susunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>di sebelah pengerusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>bertentangan dengan pengerusi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>Mengikut susunan keutamaan ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>Mengikut susunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>Di sebelah pengerusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>Bertentangan dengan pengerusi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>Tempat duduk melebihi kuota</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>di meja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation}, tempat duduk {what}: “{text}” bukan nombor bulat.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>Cetak semula pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>Cetak semula pas yang sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>Pas rosak, salah cetak atau tertinggal. Kod pada pas lama kekal sah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>Pas hilang — cetak yang baharu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>Pas baharu mendapat kod baharu; pas yang hilang akan ditolak semasa daftar masuk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>Susun atur:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>Belum ada pas dicetak untuk orang ini; ini akan menjadi pas pertamanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>Mengapa pas dicetak semula?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>Pas {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>Sunting permohonan pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>Permohonan pertemuan dua hala baharu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>&amp;delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>or&amp;ganisasi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>cth. Sekretariat ASEAN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>Tandakan siapa yang menyertai; jika tiada yang ditanda: ketua-ketua delegasi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>&amp;Tambah masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>&amp;Buang masa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>cth. en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>Kod bahasa, dipisahkan dengan koma.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>D&amp;elegasi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>Bertemu dengan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Peserta:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>&amp;Masa pilihan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>Temp&amp;oh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>&amp;Jurubahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation> (ketua delegasi)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>Masa pilihan {day} {start}–{end} berakhir sebelum bermula.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>Masa sandaran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>Pulihkan daripada sandaran</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>Sandaran dibuat apabila acara dibuka dan setiap 10 minit semasa ia berubah; 20 sandaran terakhir disimpan. Pemulihan menggantikan acara dengan sandaran; keadaan semasa disandarkan dahulu, jadi anda boleh kembali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>Belum ada sandaran bagi acara ini. Satu sandaran dibuat sejurus selepas acara dibuka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>Gantikan acara dengan sandaran {time}? Perubahan sejak itu disimpan dalam sandaran baharu.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>Keputusan daftar masuk</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>Cetak semula pas yang hilang…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>Sedia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Imbas pas, atau taip nama dan tekan Enter.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  DIBENARKAN MASUK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>SUDAH DAFTAR MASUK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>di kaunter {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>di kaunter tanpa nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>Didaftar masuk pada {time} {where}. Jangan benarkan masuk dua kali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  DITOLAK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
Jangan benarkan masuk dengan pas ini. Semak pengenalan diri orang itu dan cari mengikut nama.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>Pas ini (versi {scanned}) telah digantikan dengan versi {current}; pas lama dilaporkan hilang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>Peserta bagi pas ini tidak lagi wujud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>CATATAN: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>AKSES: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>PEMAKANAN: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>Ketua delegasi · {here} daripada {total} ahli sudah mendaftar masuk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>Benarkan masuk seluruh delegasi ({n} belum hadir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel}, bilik {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>Hotel: {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>Berlepas: {number}, {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>Tambah bilik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>Sunting bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>tak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapasiti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>&amp;Tingkat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>&amp;Susunan:</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>Jenis bilik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Jenis bilik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>&amp;Kapasiti (orang):</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>Cetak senarai bilik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>Senarai bilik – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln tempat duduk</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>Padam bilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>Padam bilik “{name}”? Sesinya kekal dalam agenda tanpa bilik.</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>Pilih tempat lain…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>Orang yang ditemui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>Tiada sesiapa yang sepadan dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>{total} ditemui — ↑ ↓ untuk memilih, Enter untuk benarkan masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>{shown} terbaik daripada {total} ditemui — teruskan menaip untuk mengecilkan</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>Cetak pelan tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>Pelan tempat &amp;duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>&amp;Kad nama meja (satu bagi setiap tempat duduk di meja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 landskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 landskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>Dengan &amp;nama orangnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>Ke&amp;rtas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>Pelan tempat duduk – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>Kad nama meja – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>Pengerusi</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>Pelan tempat duduk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>Pelan tempat duduk</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>Seret tempat duduk ke tempat duduk lain untuk menukar kedua-duanya; menu konteksnya memberi atau mengosongkan tempat duduk itu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>K&amp;uota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>Susun &amp;atur bilik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>Tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>Tukar dengan tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>Tu&amp;kar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>Beri atau k&amp;osongkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>Beri atau kosongkan tempat duduk yang ditaip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>Menu tempat duduk, sama seperti yang dibuka dengan klik kanan padanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>Tempat &amp;duduk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>den&amp;gan:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>Belum ada sesi dalam bilik yang mempunyai susun atur tempat duduk: tetapkan susun atur bagi bilik dalam Susun atur bilik.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>Susun atur bilik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>Susun atur {room} disimpan: {seats} tempat duduk untuk delegasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>Pelannya telah disusun semula.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>{count} pelan telah disusun semula.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>Tempatkan secara automatik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>Ditempatkan secara automatik: {count} tempat duduk diberikan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>Tiada tempat duduk “{seat}” dalam pelan ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>&amp;Beri tempat duduk {seat} kepada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (tiada nama individu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>&amp;Dudukkan di {seat}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>&amp;Kosongkan tempat duduk {seat}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>Tempat duduk {seat} diberikan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>Tempat duduk {seat} dikosongkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>Ahli lain duduk di {seat}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>Tempat duduk {first} dan {second} telah ditukar.</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>Folder sandaran kedua</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>Setiap sandaran acara juga disalin ke folder ini, contohnya pada pemacu USB, supaya komputer riba yang hilang atau rosak tidak turut menghilangkan sandarannya. Folder ini ditetapkan untuk komputer ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Pilih folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>&amp;Jangan salin ke tempat lain</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>Tiada folder kedua: sandaran disimpan pada komputer ini sahaja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — tiada sekarang (adakah pemacu USB dipasang?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>Sandaran juga disalin ke {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>Majlis perasmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>Sidang pleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Bengkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>Majlis menandatangani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>Lawatan tapak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>Pertemuan dua hala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>Rehat atau makan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>Penceramah utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>Ahli panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Pengerusi</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>Tambah sesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Sunting sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>&amp;Tajuk (Inggeris):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>Tajuk (&amp;Cina):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>&amp;Mula:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>&amp;Akhir:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(tiada bilik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Bilik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(tiada pengerusi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>&amp;Pengerusi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>Penceramah sesi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>Tapis penceramah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>Peranan penceramah yang dipilih dalam sesi ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>Pe&amp;nceramah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Penceramah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>Pengerusi: {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>Namakan kaunter ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>Setiap daftar masuk direkodkan dengan nama kaunter, supaya kaunter boleh bertukar jurnal. Gunakan nama pendek yang mudah dikenali petugas, seperti “Utara 1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>Nama kaunter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>Mula daftar masuk</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>Menandatangani perjanjian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Papar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>Tajuk bahasa Cina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>Pihak-pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>Penandatangan (tempat duduk)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>Perjanjian ba&amp;haru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>&amp;Sunting perjanjian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>B&amp;uang perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>&amp;Majlis baharu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>Sun&amp;ting majlis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>Buan&amp;g majlis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>Alih ke &amp;atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Alih ke &amp;bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>Daftar perjanjian (semua)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>Perjanjian disimpan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>Buang perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>Buang “{title}” daripada daftar?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>Perjanjian dibuang.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>Majlis disimpan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>Buang majlis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>Buang majlis “{title}”? Perjanjiannya kekal dalam daftar, tanpa majlis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>Majlis dibuang.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>Susunan majlis disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>Ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>Sesi penceramah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>Tambah ke sesi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>Keluarkan daripada sesi</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;Sesi&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;Sesi&lt;/b&gt; — belum ada</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>Tapis penceramah  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>Penceramah baharu</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>Penceramah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Buang foto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>cth. H.E., Dr, Prof.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>Taip sebahagian nama peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>Rekod peserta milik penceramah, jika dia juga peserta: ketibaan dan tarikh berlepasnya kemudian disemak berbanding sesinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>Riwayat hidup ringkas untuk buku atur cara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>Gelara&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>Nama per&amp;tama:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>Tul&amp;isan asal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jawatan:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>S&amp;usunan nama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>N&amp;egara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>&amp;Rekod peserta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>Simpan penceramah ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>Ri&amp;wayat hidup:</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>Menunjukkan {shown} daripada %Ln penceramah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>Simpan perubahan pada penceramah ini?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>Tiada penceramah dipilih</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} bukan imej yang boleh dibaca oleh Delegations; pilih JPEG atau PNG.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>Imej (*.jpg *.jpeg *.png *.webp *.bmp);;Semua fail (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>Padam penceramah</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>Padam penceramah “{name}”? Dia juga dikeluarkan daripada sesinya.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>(bukan peserta)</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>Pengangkutan dan manifes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Ketibaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>Berlepas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>Kenderaan dan penumpang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>Kenderaan atau penumpang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>Penerbangan/kereta api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>Tempat berkumpul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>Pegawai penyambut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>Perubahan sejak cetakan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>E&amp;ksport .xlsx…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan tetapan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>&amp;Tempoh (minit):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>Ke&amp;nderaan (jenis=tempat duduk):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>Jemput sebelum &amp;penerbangan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>Jemput sebelum kereta &amp;api:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>Jemput sebelum k&amp;ereta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>Tempat &amp;berkumpul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>Pe&amp;gawai penyambut:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>{vehicles} kenderaan, {people} orang</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>Belum dicetak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>Perubahan sejak cetakan {when}: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>Tetapan pengangkutan disimpan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>Manifes – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>Eksport manifes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>Manifes ditulis ke {path}</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>Perjalanan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>Ketibaan dan perlepasan peserta yang dipilih, serta siapa yang bersama dalam perjalanannya</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>Perjalanan: {name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>&amp;Hotel &amp;&amp; Pengangkutan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>&amp;Hotel dan agihan bilik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>&amp;Pengangkutan dan manifes…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>Ralat tidak dijangka</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>Butirannya ada dalam fail log &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; sila lampirkannya (atau tampal butirannya) pada laporan anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>Butiran ralat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin butiran</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>Menyalin ralat yang berlaku, berserta versinya, untuk laporan pepijat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>Tunjukkan &amp;butiran</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>Berlaku ralat yang bukan berpunca daripada anda: {error}

Fail acara anda selamat: setiap perubahan disimpan semasa dibuat. Anda boleh terus bekerja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>Jumlah ralat: {count}. Yang terakhir: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>Delegations tidak dapat membuka tetingkapnya: {error}

Fail acara anda selamat. Sila hantar butirannya kepada pihak yang menjaga Delegations.</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>Status pelayan tempat acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>Pelayan tempat acara: sedang menyambung…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>Luar talian — daftar masuk pada komputer riba ini; %n daftar masuk menunggu dihantar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>Pelayan tempat acara tidak menjawab. Daftar masuk disimpan pada komputer riba ini dan dihantar apabila pelayan menjawab semula.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>Kembali dalam talian — %n dihantar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>, %n didaftar masuk dua kali</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>Pelayan tempat acara: dalam talian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>Salinan luar talian — daftar masuk pada komputer riba ini; dihantar apabila anda menyambung semula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>Pelayan tempat acara tidak menjawab, jadi kaunter ini membuka salinan acaranya sendiri. Sambung semula ke pelayan (Fail ▸ Sambung ke pelayan tempat acara…) untuk menghantar daftar masuk yang dibuat di sini.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>Daftar di tempat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>Nama &amp;pertama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>Nama dalam &amp;tulisan sendiri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>De&amp;legasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ranan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>Tambah, &amp;cetak dan benarkan masuk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>Orang yang belum berdaftar: dia ditambah ke delegasi, pasnya dicetak pada pencetak kaunter ini dan dia didaftar masuk.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>Taip nama orang itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>Acara belum mempunyai delegasi: tambah satu dahulu.</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>Saksi: taip untuk mencari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>Saksi untuk ditambah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>T&amp;ambah saksi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>&amp;Buang saksi</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>Nama keluarga dalam huruf besar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>Cetak “BAI Zhen”, “Somchai SRISUK”: nama keluarga dalam huruf besar, supaya tiada sesiapa tersilap bahagian nama yang mana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>Cetak ke PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>Cetak pada pencetak sistem, pada saiz halaman susun atur dan skala 100 %.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>Susun atur mengikut peranan setiap orang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>Setiap orang mendapat susun atur peranannya (Susun atur pas… ▸ Guna untuk peranan…), atau susun atur lalai jika peranannya tiada susun atur.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>Cetak pas ke PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>Mencetak pas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>Pencetakan dibatalkan; tiada fail ditulis, tiada apa direkodkan.</translation>
    </message>
</context>
</TS>
