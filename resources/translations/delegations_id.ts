<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>Tambahkan {name} ke sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>Ketik sebagian judul, ruang, atau hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>Ekspor agenda</translation>
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
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>Jadwal untuk aplikasi konferensi, frab XML (*.xml)</translation>
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
        <translation>Impor agenda</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>Agenda yang diekspor sebagai JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>Ganti seluruh agenda — {current} beserta ruang dan pembicaranya — dengan {count} dari {name}?

Tindakan ini tidak dapat dibatalkan dengan Urungkan; terbitkan versi acara atau simpan salinan acara terlebih dahulu jika agenda saat ini mungkin masih diperlukan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>Diimpor {sessions}, {rooms}, dan {speakers}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln ruang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln pembicara</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>Tidak terkait dengan peserta acara ini: {names}.</translation>
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
        <translation>Pimpinan sidang: {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>Pertemuan bilateral: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>Bahasa: {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>Seret untuk memindahkannya; klik dua kali untuk membuka pertemuan bilateral.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · Bilateral</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>Tanpa ruang</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>&amp;Terbitkan versi acara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>&amp;Perubahan sejak suatu versi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>&amp;Ekspor agenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Impor agenda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>&amp;Ruang…</translation>
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
        <translation>Kisi agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>Sesi menurut ruang dan waktu; tampilan Daftar memuatnya untuk papan ketik</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>Kisi harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>Satu hari sebagai kisi waktu, ruang sebagai kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>Sesi sebagai daftar, untuk kerja dengan papan ketik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>Saring menurut judul, ruang, atau pembicara  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>Tambah sesi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>Ruang…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>Bilateral</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln kursi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>Lantai {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>Semua hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>Seluruh acara, hari demi hari</translation>
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
            <numerusform>%Ln sesi hari ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>Belum ada sesi pada hari ini. Tambahkan dengan “Tambah sesi…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>Belum ada sesi. Tambahkan dengan “Tambah sesi…”.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>Menampilkan {shown} dari %Ln sesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>Pindahkan sesi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>tanpa ruang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>Pindahkan “{title}” ke {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>Pindahkan “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>Ubah waktu selesai “{title}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>Pindahkan pertemuan bilateral “{title}” ke {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>Pindahkan pertemuan bilateral “{title}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>Pertemuan bilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}” adalah pertemuan bilateral, bukan sesi: seret untuk memindahkannya; peserta dan waktu yang diinginkan diubah dengan “delegations bilaterals”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>Tambah “{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>Ubah “{title}”</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>Hapus “{title}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>Hapus %Ln sesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>Hapus sesi “{title}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>Hapus %Ln sesi?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Sunting ▸ Urungkan untuk mengembalikannya.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>Versi acara {number} telah diterbitkan.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>Nota Kesepahaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>Surat Pernyataan Kehendak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>Perjanjian baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>Ubah perjanjian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>Judul bahasa &amp;Inggris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>Judul bahasa &amp;Tionghoa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>Je&amp;nis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>Para pihak dan penan&amp;da tangan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Saksi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>Belum masuk upacara penandatanganan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>Ditandatangani pada &amp;upacara:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>Kamar di {hotel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>Kamar &amp;baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>nomor dari hotel, jika sudah diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>Berbagi kamar &amp;dengan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>Tanggal &amp;sendiri (jika tidak, sesuai jadwal perjalanan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>Ta&amp;mu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Tipe kamar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>&amp;Nomor kamar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>Check-&amp;in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>Check-&amp;out:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>&amp;Permintaan:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>Berbagi dengan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}: tidak ada orang dalam daftar yang bernama “{name}”.</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>Cetak tanda pengenal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>Cetak tanda pengenal untuk semua orang, yang dipilih, atau satu delegasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>Cetak tanda pengenal yang dipilih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>Cetak ulang tanda pengenal…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>Cetak tanda pengenal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>Tanda pengenal siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>Peserta terpilih ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>Pilih peserta di tabel terlebih dahulu untuk mencetak tanda pengenal mereka saja.</translation>
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
        <translation>Hanya yang tanda pengenalnya belum dicetak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>Tata letak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>Tata letak tanda pengenal: salin salah satu untuk diubah, gunakan untuk suatu peran, ekspor, impor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>Periksa sebelum mencetak</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>terpilih</translation>
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
        <translation>per peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>Tanda pengenal {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>Tidak ada pratinjau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>Tidak ada tanda pengenal yang perlu dicetak untuk pilihan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>Pratinjau memerlukan PDFium (paket pypdfium2); pencetakan tetap berjalan tanpanya.</translation>
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
            <numerusform>%Ln tanda pengenal</numerusform>
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
        <translation>{caption}, dicetak bolak-balik (setiap bagian belakang di sisi baliknya)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>Periksa sebelum mencetak ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>Setiap nama memiliki fon untuk semua karakternya dan muat dalam ukuran yang mudah dibaca.</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>Cetak pertemuan bilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>&amp;Jadwal delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>&amp;Lembar pintu ruang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>Semua delegasi yang memiliki pertemuan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>&amp;Delegasi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>Jadwal pertemuan bilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>Jadwal pertemuan bilateral – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>Lembar pintu – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>Pertemuan bilateral</translation>
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
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>Waktu yang diinginkan</translation>
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
        <translation>Permintaan &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>Batalkan &amp;permintaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>Pin&amp;dahkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Jadwalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>Jadwalkan setiap permintaan yang belum terjadwal di ruang bilateral, dalam waktu yang diinginkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>terjadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>Bentrok: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>Tidak ada bentrok</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>Belum ada ruang yang disediakan untuk pertemuan bilateral; tetapkan dengan `delegations bilaterals rooms NAME…`.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>Pertemuan bilateral {id} ({title}) disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>Permintaan pertemuan bilateral {id} diajukan: {title}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>Batalkan permintaan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>Batalkan pertemuan bilateral {title}? Ruang dan waktu pertemuan yang sudah terjadwal akan dikosongkan kembali.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>Pertemuan bilateral {id} ({title}) dibatalkan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>{title} kini pada {when} di {room}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>Bentrok: {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>Terjadwal: {placed}; tidak terjadwal: {unplaced}.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>Tambah blok kamar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Tipe kamar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>Check-&amp;in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>Check-&amp;out:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>&amp;Jumlah kamar:</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>Cetak buku acara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>Yang dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>Buku acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>Lembar ralat (A4): perubahan sejak versi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — diterbitkan {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>Terbitkan versi acara terlebih dahulu; ralat mencantumkan perubahan sejak versi itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>Lembar pintu (A4): satu halaman per ruang per hari, untuk pintu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>Buku acara</translation>
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
        <translation>Dua halaman per lembar A4 lanskap, urutan jilid kawat tengah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>Cetak bolak-balik dengan balik di sisi pendek; lipat tumpukan di tengah lalu staples.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>Saat ini: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>Terbitkan dulu agenda saat ini sebagai versi {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>Inggris, Tionghoa di bawahnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>Tionghoa, Inggris di bawahnya (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>Hanya ketua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>mis. Acara final untuk dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>Catatan versi:</translation>
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
        <translation>Daftar delegasi:</translation>
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
        <translation>Lembar pintu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>Buku acara {paper}</translation>
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
        <translation>Dikirim ke printer {name}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>Mencetak buku acara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>Mencetak lembar ralat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>Mencetak lembar pintu…</translation>
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
            <numerusform>%Ln lembar pintu</numerusform>
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
            <numerusform>{pages} pada %Ln sisi A4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>Buku acara ({pages}) ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>Pencetakan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>Upacara penandatanganan baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>Ubah upacara penandatanganan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>Judul bahasa &amp;Inggris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>Judul bahasa &amp;Tionghoa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>Ruang, atau tempat lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>Perubahan sejak suatu versi acara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>Perubahan sejak versi tersebut</translation>
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
        <translation>Pratinjau lembar ralat, lalu cetak pada salah satu printer sistem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>&amp;Sejak versi:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>Belum ada versi acara yang diterbitkan: gunakan Agenda ▸ Terbitkan versi acara… terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>Tidak ada perubahan sejak versi {number}.</translation>
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
        <translation>Urungkan registrasi terakhir</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>Pindai tanda pengenal — atau ketik nama</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>Kode tanda pengenal atau nama</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>Memuat peserta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>Memuat meja registrasi…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>TIDAK DITEMUKAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}” bukan tanda pengenal acara ini dan tidak cocok dengan peserta mana pun.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>TIDAK TERCATAT</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>Registrasi tidak dapat disimpan ({error}). Coba lagi; jika terus gagal, gunakan daftar kertas.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  {n} DITERIMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}: {admitted} diterima sekarang, {already} sudah registrasi sebelumnya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>Terima seluruh delegasi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>Terima semua %Ln anggota {delegation} yang belum hadir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>TIDAK DIURUNGKAN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>Tidak ada yang dapat diurungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>Tidak ada lagi registrasi di meja ini yang dapat diurungkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>Peserta {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  REGISTRASI DIURUNGKAN</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} dan %Ln lainnya tidak lagi tercatat registrasi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} tidak lagi tercatat registrasi.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>PIN panitia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN salah; mode meja tetap aktif. Tanyakan kepada panitia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>Meja registrasi {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>Mengerti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>Mengerti: peringatan jam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>Jam komputer ini menunjukkan {today}, padahal acara berlangsung {start} – {end}. Setiap registrasi dicatat menurut jam ini, dan jurnal meja-meja digabungkan dalam urutan itu: setel jam dengan benar sebelum menerima peserta.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>Bentrok</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln bentrok</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>Tidak ada bentrok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>Klik dua kali untuk menampilkan sesinya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>Klik dua kali untuk menampilkan pertemuan bilateral</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>Sambungkan ke server lokasi acara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>Buka acara di server PostgreSQL lokasi acara, yang dipakai bersama oleh meja registrasi dan kantor panitia. Kata sandi hanya dipakai untuk sambungan ini dan tidak pernah disimpan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>mis. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>Basis &amp;data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>mis. week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>mis. desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>Kata s&amp;andi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>&amp;Ingat server ini (tanpa kata sandi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Sam&amp;bungkan</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>Server lokasi acara tidak menjawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} tidak menjawab.

Laptop ini memiliki salinan acara sendiri, sebagaimana terakhir dilihatnya pada {date} pukul {time}. Buka salinan itu untuk melanjutkan registrasi? Registrasi yang dilakukan di salinan itu dikirim ke server saat Anda tersambung kembali; perubahan lain di salinan itu tidak dikirim.</translation>
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
        <translation>Diharapkan</translation>
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
        <translation>Peran</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>Tanda pengenal</translation>
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
        <translation>Registrasi per delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>Registrasi per peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>Per delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>Per peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>Belum hadir</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>Tanda pengenal yang diserahkan kepada petugas penghubung dihitung sudah diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>Tanda pengenal sudah diserahkan atau belum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>Tanda pengenal diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>Tanda pengenal belum diserahkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>Peserta yang tiba dengan pesawat atau kereta api hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>Tiba kapan saja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>Tiba hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>Saring menurut nama…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>Cetak daftar (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>Pratinjau daftar, lalu cetak pada salah satu printer sistem (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>{admitted} dari {expected} sudah registrasi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>Belum hadir ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>{n} ditampilkan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>per {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>meja {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>Ekspor daftar yang belum hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Ekspor</translation>
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
        <translation>Cetak daftar yang belum hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>Belum hadir — {count} peserta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>{pages} halaman ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>Mencetak daftar yang belum hadir…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>%Ln halaman dikirim ke {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>Berkas acara rusak</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Buka berkas lain…</translation>
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
        <translation>Tidak ada cadangannya yang lolos pemeriksaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>Cadangan terbaru yang lolos pemeriksaan berasal dari {time}. Saat dipulihkan, berkas yang rusak tetap disimpan di sebelahnya dengan nama bertanggal hari ini; perubahan setelah pencadangan tidak termasuk.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>Buka acara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Acara Delegations (*.sqlite3);;Semua berkas (*)</translation>
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
        <translation>Ubah peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Gelar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>mis. H.E., Dr, Prof.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>Nama dalam &amp;aksara asli:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>mis. 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>&amp;Urutan nama:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>Disarankan berdasarkan negara delegasi dan nama aslinya; pilih yang lain jika orang ini menulis namanya dengan cara lain.</translation>
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
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>Dalam satu delegasi, ketua didahulukan, lalu anggota menurut pangkat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>Pangkat pr&amp;otokol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>Kebutuhan &amp;makanan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>Kebutuhan aksesi&amp;bilitas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>Kedata&amp;ngan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>Kebe&amp;rangkatan:</translation>
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
        <translation>Mengekspor peserta…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>Templat impor ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>Menulis templat impor…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>Ekspor peserta</translation>
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
        <translation>Berkas CSV, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>Simpan templat impor</translation>
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
        <translation>Ubah delegasi</translation>
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
        <translation>&amp;Lembaga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>mis. Kementerian Pendidikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>Delegasi diurutkan menurut urutan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>Ditetapkan oleh tata urutan preseden ASEAN; ubah aturannya di Berkas ▸ Tata urutan preseden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>&amp;Urutan protokol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>Tambahkan delegasi terlebih dahulu, lalu pilih ketuanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>&amp;Ketua delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>Nara&amp;hubung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>&amp;Email narahubung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>&amp;Telepon narahubung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>Ked&amp;atangan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>Kebe&amp;rangkatan:</translation>
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
        <translation>Anggota</translation>
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
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>Saring menurut nama, instansi, atau email  (Ctrl+F)</translation>
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
            <numerusform>{shown} dari %Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>Belum ada delegasi. Tambahkan dengan “Tambah…” di bawah daftar sebelah kiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>Belum ada peserta. Tambahkan dengan “Tambah peserta…”.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>Menampilkan {shown} dari %Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>Hapus peserta “{name}”? Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus %Ln peserta? Tindakan ini tidak dapat diurungkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>Hapus peserta</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus delegasi “{name}” beserta %Ln anggotanya? Tindakan ini tidak dapat diurungkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>Hapus delegasi “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>Hapus delegasi</translation>
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
        <translation>nama acara dalam bahasa Tionghoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>tanggal acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>sapaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>nama dalam aksara asli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>instansi</translation>
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
        <translation>peran</translation>
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
        <translation>pita peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>kode QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>garis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>persegi panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>gambar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>(hanya jika ada {field})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>(hanya jika tanpa {field})</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>Pengaturan meja…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>Ketik 中 / ไทย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>Aktifkan metode input untuk mengetik nama dalam aksara Tionghoa, Thai, atau aksara lain. Metode input mati sendiri setelah registrasi berikutnya agar kode dari pemindai tetap utuh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>Urungkan registrasi terakhir di meja ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>Daftar di tempat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>Orang yang belum terdaftar: tambahkan, cetak tanda pengenalnya, registrasikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>Keluar dari mode meja…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>Meja: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>Meja belum bernama</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>Tukar data re&amp;gistrasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>Pulihkan dari ca&amp;dangan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>&amp;Folder cadangan kedua…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>Mode &amp;meja (layar penuh)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Pencadangan otomatis gagal: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>Acara tidak dapat dibuka kembali: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>Cadangan {time} telah dipulihkan.</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}: tanda pengenal baru dikirim ke {printer}; tanda pengenal yang hilang ditolak mulai sekarang. Tindakan ini tidak meregistrasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}: tanda pengenal dikirim lagi ke {printer}, kode sama. Tindakan ini tidak meregistrasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  TANDA PENGENAL DICETAK</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>TIDAK ADA PRINTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>Meja ini belum memiliki printer: pilih di Pengaturan meja… (Printer).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>TANDA PENGENAL TIDAK DICETAK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>Mencetak tanda pengenal…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>Pengaturan meja</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>Meja ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>mis. Pintu utara 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nama meja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>Setiap registrasi di sini dicatat dengan nama ini, agar meja-meja dapat bertukar dan mencocokkan jurnalnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>PIN panitia (keluar dari mode meja)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN saat &amp;ini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>&amp;Ulangi PIN baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>Hapus PIN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>Pencetakan di meja ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(tidak ada: tanda pengenal tidak dicetak di sini)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>&amp;Tata letak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>Cetak tanda pengenal saat pemegangnya pertama kali &amp;diterima</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>PIN sudah diatur: keluar dari mode meja memerlukannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>Tanpa PIN: siapa pun bisa keluar dari mode meja. Atur 4–12 angka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>PIN panitia</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>PIN saat ini salah. Ketik PIN yang berlaku sekarang, atau tanyakan kepada panitia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>Beri nama meja ini (mis. “Utara 1”); registrasi dicatat dengan nama itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>Pilih printer meja ini untuk mencetak tanda pengenal saat pemegangnya datang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN baru dan ulangannya berbeda; ketik angka yang sama dua kali.</translation>
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
        <translation>Menyiapkan halaman pertama…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>Tidak ada pratinjau: PDFium tidak terpasang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
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
        <translation>Dikirim ke printer {name}.</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>Properti elemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>Tidak ada elemen yang dipilih</translation>
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
        <translation>&amp;Ukuran:</translation>
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
        <translation>Ukuran &amp;minimum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>mis. {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(tanpa batas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>Ba&amp;ris:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>&amp;Perataan:</translation>
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
        <translation>&amp;Huruf kapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>Cetak &amp;nama peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(selalu)</translation>
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
        <translation>Hanya jika ti&amp;dak ada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>&amp;Opasitas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>&amp;Penyesuaian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>Muat (seluruhnya)</translation>
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
        <translation>&amp;Zona senyap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>&amp;Ketebalan garis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>&amp;Ganti gambar…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>Kolom data</translation>
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
        <translation>&amp;Kolom:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>standar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>Warna seperti #1a237e, atau “role” untuk warna peran</translation>
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
        <translation>pita peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>kode QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>garis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>persegi panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>gambar</translation>
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
        <translation>Acara baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>Pengaturan acara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>Beri nama acara dan tanggalnya; selanjutnya Anda memilih tempat menyimpannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>mis. Pekan Kerja Sama Pendidikan Tiongkok–ASEAN 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>Nama dalam bahasa &amp;Tionghoa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>mis. 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>mis. Asia/Jakarta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>Waktu agenda mengikuti zona ini; ketik nama kota untuk mencarinya, mis. Bangkok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Kota:</translation>
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
        <translation>Meja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>Waktu registrasi</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>Tukar data registrasi</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. Berikan data registrasi meja ini ke meja lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>Tulis berkas jurnal (misalnya ke flashdisk) untuk digabungkan oleh meja lain. Berkas ini ditandatangani: berkas yang diubah atau terpotong akan ditolak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>Hanya registrasi di meja ini ({desk})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>Nonaktif (disarankan): semua yang diketahui salinan ini, termasuk yang digabungkan dari meja lain, agar jurnal terus berpindah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>Ekspor ke berkas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. Terima data registrasi dari meja lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>Menggabungkan berkas yang sama dua kali, atau berkas dalam urutan apa pun, tetap aman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>Gabungkan berkas…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>Registrasi ganda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>Ekspor data registrasi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>Mengekspor data registrasi…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>%Ln entri registrasi diekspor ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>Gabungkan data registrasi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>Menggabungkan {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>Menggabungkan data registrasi…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>Meja dalam berkas: {desks}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>Terjadi kesalahan: {error}

Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>Tidak ada yang diterima dua kali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>Diterima dua kali ({n}) — dihitung sekali; periksa tanda pengenal berikut:</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Impor data pendaftaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>&amp;Ekspor data peserta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>Simpan te&amp;mplat impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>Cetak buku &amp;acara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>Tata &amp;letak tanda pengenal…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>Nama depan dahulu (urutan Barat)</translation>
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
        <translation>Serahkan tanda pengenal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>Catat bahwa petugas penghubung delegasi telah mengambil tanda pengenalnya, lalu cetak tanda terima yang ditandatanganinya</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} belum memiliki peserta: tambahkan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>Serahkan tanda pengenal — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>mis. Meja akreditasi 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>&amp;Diambil oleh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Meja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>Tanda t&amp;erima:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>Tanda pengenal yang akan diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>Tanda pengenal</translation>
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
        <translation>&amp;Serahkan dan buat tanda terima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>&amp;Buka tanda terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>Lihat tanda terima dan cetak dari penampil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>Cetak tanda terima pada salah satu printer sistem</translation>
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
        <translation>Simpan tanda terima serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>Membuat tanda terima…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>Membuat tanda terima serah terima…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>Tanda pengenal diserahkan kepada {collector} pada {time}: {n}. Tanda terima disimpan ke {path}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>Tanda terima dikirim ke {printer}.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>Tanda terima serah terima</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>Mencetak tanda terima serah terima…</translation>
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
        <translation>Nama dalam bahasa &amp;Tionghoa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;pon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>Hotel dan pembagian kamar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>&amp;Tambah hotel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>&amp;Hapus hotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>Kamar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
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
        <translation>Berangkat</translation>
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
        <translation>Tipe kamar</translation>
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
        <translation>Dipesan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>T&amp;ipe kamar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>Tambah &amp;blok…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>Hapus bl&amp;ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>&amp;Kamar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>Berikan kamar di hotel ini kepada orang yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>Koso&amp;ngkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>Tempatkan &amp;delegasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>Akomodasi &amp;sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>Orang yang dipilih dan belum mendapat kamar tidak memerlukannya: ia menginap di tempat lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>Ekspo&amp;r .xlsx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>Baca nomor ka&amp;mar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>Baca kembali berkas .xlsx yang diekspor setelah hotel mengisi kolom Kamar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>Hote&amp;l:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>Daftar kam&amp;ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>Ti&amp;pe kamar dan blok</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>Belum ada hotel: masukkan hotel dengan Tambah hotel…, lalu tipe kamar dan bloknya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} kamar, {guests} tamu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>Tanggal sendiri, tidak sesuai jadwal perjalanan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} (untuk {sleeps} orang)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} kamar, {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>Peringatan: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>Tidak ada peringatan di hotel ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>Belum mendapat kamar: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>Semua yang memerlukan kamar sudah mendapatkannya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation}), {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>Hotel {hotel} ditambahkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>Hapus hotel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>Hapus {hotel} beserta tipe kamar, blok, dan kamarnya? {count} tamunya tidak akan mendapat kamar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>Hotel {hotel} dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>Tipe kamar disimpan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>Blok ditambahkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>Hapus blok</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>Hapus semua blok {type} di {hotel}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>Blok dihapus: {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} mendapat kamar di {hotel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>Kosongkan kamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>{name} kini tidak mendapat kamar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>Akomodasi sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} tidak memerlukan kamar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}: {guests} tamu ditempatkan di {rooms} kamar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>Daftar kamar – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>Ekspor daftar kamar</translation>
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
        <translation>Daftar kamar ditulis ke {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>Baca nomor kamar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>Nomor kamar yang dimasukkan atau diubah: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>Impor data pendaftaran — {file}</translation>
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
        <translation>Baris yang dibaca dari berkas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>Masalah yang ditemukan</translation>
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
        <translation>Tidak ditemukan masalah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>Baris dalam berkas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>Impor baris yang valid</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>&amp;Tambahkan nama kembar sebagai orang lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>Baris yang namanya sama dengan seseorang di delegasi yang sama, tanpa email untuk membedakannya, ditolak. Centang ini untuk menambahkan baris seperti itu sebagai orang baru.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>Pembaruan ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>Masalah ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Impor</translation>
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
        <translation>Memeriksa {file}…</translation>
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
        <translation>{count:,} ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>{count:,} diperbarui</translation>
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
        <translation>Delegasi baru: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln baris berisi kesalahan dan tidak akan diimpor; perbaiki di berkas lalu impor lagi untuk menambahkannya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>Tidak ada yang diimpor: acara sudah memiliki peserta ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>Impor data pendaftaran</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>Terjadi kesalahan: {error}

Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>Terjadi kesalahan: {error}

Tidak ada yang ditulis; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>{file} diimpor: {added:,} ditambahkan, {updated:,} diperbarui, {unchanged:,} tidak berubah, {refused:,} ditolak.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>Data pendaftaran ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>Baris {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>peringatan: {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>Terjadi kesalahan: {error}. Rinciannya ada di berkas log.</translation>
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
        <translation>Tata letak tanda pengenal “{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>Kanvas tanda pengenal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab memilih elemen berikutnya; tombol panah menggesernya 1 mm, Shift+panah 0,1 mm; Delete menghapusnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>Pemeriksaan desain</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>Pratinjau langsung tidak tersedia dalam versi Delegations ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
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
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>&amp;Hapus elemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>Ukuran &amp;sebenarnya (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>&amp;Tambah elemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>&amp;Kolom teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>Teks &amp;bebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>&amp;Pita peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>Kode &amp;QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>&amp;Garis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>Persegi pan&amp;jang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>G&amp;ambar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>Tata &amp;letak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>Perancang</translation>
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
        <translation>Tanda pengenal dengan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>Tanda pengenal tanpa foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>Elemen yang hanya tampil dengan (atau tanpa) foto saling bertumpuk; tampilkan satu kasus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}: x {x} mm, y {y} mm, {w} × {h} mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>Pemeriksaan desain tidak tersedia dalam versi ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>Tidak ditemukan masalah.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>Pindahkan elemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>Ubah ukuran elemen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>Ubah {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>Hapus elemen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>Tambah gambar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>Simpan tata letak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>Simpan perubahan pada tata letak tanda pengenal “{name}”?</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>T&amp;etapkan tata letak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>Persegi berongga (bentuk O)</translation>
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
        <translation>Gaya kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>Meja bundar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>Meja utama dan baris kursi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>Posisi delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>Kursi di meja per posisi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>Baris di belakang tiap posisi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>Kursi pimpinan sidang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Baris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>Kursi per baris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>Lorong setiap (kursi, 0 = tengah):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>Meja bundar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>Kursi per meja:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>Je&amp;nis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>Jenis tata letak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (tanpa tata letak)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>Membaca data orang dalam acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ Contoh sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>Contoh berikutnya ▶</translation>
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
        <translation>Nama Tionghoa</translation>
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
        <translation>Tanpa peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>Contoh orang (acara belum memiliki peserta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>Warna peran: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>Tidak ada contoh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({number} dari {count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>Terjadi kesalahan: {error}. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>Tata letak tanda pengenal</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>Tata letak bawaan adalah titik awal: salin salah satu agar menjadi milik acara ini, lalu ubah. Tata letak acara tersimpan bersama berkas acara.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>Tanda pengenal</translation>
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
        <translation>&amp;Salin untuk diubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>&amp;Gunakan untuk peran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>Bawaan Delegations: hanya-baca, salin untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>bawaan, hanya-baca</translation>
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
        <translation>bolak-balik</translation>
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
            <numerusform>%n per halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>Tata letak bawaan bersifat hanya-baca: salin untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}” kini milik acara ini: Ubah… untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>Tanda pengenal {role} dicetak dengan “{layout}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>“{name}” ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>“{name}” diimpor ke acara.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>“{name}” dihapus dari acara.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>Perancang tata letak belum tersedia dalam versi Delegations ini.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>Salin untuk diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>Nama salinan (huruf, angka, - dan _):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}” adalah bawaan dan hanya-baca: Salin untuk diubah… membuat salinan milik acara ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>Gunakan untuk peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>Cetak tanda pengenal peran ini dengan “{layout}”:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>Ekspor tata letak tanda pengenal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>Impor tata letak tanda pengenal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>Hapus tata letak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>Hapus tata letak “{title}” dari acara?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>Tata letak tanda pengenal (*.json);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>Kedatangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>Keberangkatan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>Perjalanan sendiri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>Pesawat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Mobil</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>Satu dari %n segmen: yang pertama; segmen lainnya tetap disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>Satu dari %n segmen: yang terakhir; segmen lainnya tetap disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>Sama dengan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Maskapai/operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>Hari dan jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>Bandara atau stasiun</translation>
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
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>Juga dalam perjalanan ini</translation>
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
        <translation>Pembi&amp;cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>&amp;Registrasi</translation>
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
            <numerusform>%Ln pembicara</numerusform>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>Acara bar&amp;u…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Buka acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>S&amp;ambungkan ke server lokasi acara…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>&amp;Pengaturan acara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>Tata u&amp;rutan preseden…</translation>
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
        <translation>&amp;Denah tempat duduk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>Pertemuan &amp;bilateral…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>Penandatan&amp;ganan perjanjian…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>&amp;Tentang Delegations</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>Tentang Delegations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Peserta, tanda pengenal, registrasi, dan agenda untuk pekan kerja sama internasional.&lt;/p&gt;</translation>
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
        <translation>{event} — salinan luring {server} — Delegations</translation>
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
        <translation>Tata urutan preseden disimpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>Pengaturan acara disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Acara Delegations (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} sudah ada. Pilih nama baru, atau buka dengan Berkas ▸ Buka acara…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>Tidak ada acara terakhir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Kosongkan Menu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>Sambungkan ke server lokasi acara</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>Selesaikan atau batalkan perubahan yang sedang berjalan terlebih dahulu.</translation>
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
        <translation>&amp;Hanya perubahan sejak pencetakan terakhir</translation>
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
        <translation>Pindahkan pertemuan bilateral {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>Waktu yang diinginkan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>Durasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>Urutan nama untuk seluruh delegasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>Nama keluarga dahulu, nama depan dahulu, atau seperti lazimnya di negara delegasi</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>Urutan nama {delegation}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>Urutan nama %Ln anggota {delegation} telah diubah.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Urungkan dengan Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>Urutan nama untuk seluruh delegasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>Dalam urutan apa nama anggota {delegation} ditulis?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>Nama keluarga dahulu (“Bai Zhen”, “Nguyễn Thị Phương”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>Nama depan dahulu (“Somchai Srisuk”, “Farah binti Ahmad”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>Menurut negara: seperti orang di {country} biasa menulis namanya</translation>
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
        <translation>Nama semua anggota sudah dalam urutan ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>dan {more:,} lainnya</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>dari %Ln anggota</numerusform>
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
        <translation>PIN panitia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>Mode meja mengunci jendela ini pada registrasi. Pilih PIN panitia (4 sampai 12 angka) yang diperlukan untuk keluar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN dan ulangannya berbeda; ketik angka yang sama dua kali.</translation>
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
        <translation>Penanda tangan</translation>
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
        <translation>Lembaga atau perusahaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>Negara tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>Penanda tangan: ketik untuk mencari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
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
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>Hapus pihak</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>PIN panitia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>Masukkan PIN panitia untuk keluar dari mode meja.</translation>
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
        <translation>&amp;Tipe kamar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>&amp;Per kamar:</translation>
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
        <translation>Lembar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>Nama yang ditampilkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>Nama dalam urutan yang akan ditampilkan dan dicetak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}” bukan kolom yang dikenali impor; kolom ini tidak diimpor.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>Nama keluarga dahulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>Nama depan dahulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>sesuai berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}: {reason}. Ubah nanti di formulir peserta, atau untuk seluruh delegasi.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>Pratinjau cetak — {title}</translation>
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
            <numerusform>%Ln halaman, {paper}, dicetak 100 % pada kertas berukuran sama.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>Pencetakan bolak-balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}” tidak mendukung pencetakan bolak-balik: bagian belakang akan dicetak sebagai halaman terpisah.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>Mencetak {title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>Pencetakan dibatalkan: tidak ada yang dicetak atau dicatat.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>Cetak ulang tanda pengenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>Mengapa {name} memerlukan tanda pengenal lain?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>Tanda pengenal yang hilang mendapat kode baru: yang hilang ditolak mulai sekarang. Tanda pengenal yang rusak dicetak lagi dengan kode yang sama. Tindakan ini tidak meregistrasi siapa pun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>&amp;Hilang: kode baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>&amp;Rusak: kode sama</translation>
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
            <numerusform>Ralat (%Ln perubahan) ada di {path}.</numerusform>
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
        <translation>Tata urutan preseden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>Tata urutan &amp;preseden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>Pang&amp;kat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>Urutan ASEAN (negara anggota menurut abjad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>Urutan manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>Piagam ASEAN, Pasal 31: negara anggota menurut urutan abjad nama bahasa Inggrisnya; tuan rumah dan mitra wicara di posisi yang Anda tentukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>&amp;Aturan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>Negara &amp;tuan rumah:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>Posisi tuan ruma&amp;h:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>Mitra wicara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>&amp;Mitra wicara:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>Posisi mitra &amp;wicara:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>Urutan yang dihasilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+Up dan Alt+Down memindahkan delegasi yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+Up; urutan menjadi manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+Down; urutan menjadi manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>Urutan yang &amp;dihasilkan:</translation>
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
        <translation>Sebagai pimpinan sidang (dicantumkan pertama)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (pimpinan sidang)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>Nama dalam bahasa Inggris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>Nama dalam bahasa Tionghoa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>Pangkat, dari yang tertinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+Up dan Alt+Down memindahkan pangkat yang dipilih.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>&amp;Tambah pangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>Tertinggi di atas. Dalam satu delegasi, ketua didahulukan, lalu anggota menurut pangkat, kemudian menurut nama.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>Peserta berpangkat “{rank}” ({count}) tidak akan memiliki pangkat setelah OK.</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>Terbitkan versi acara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>Agenda saat ini menjadi versi acara {number}. Perubahan sesudahnya dicantumkan terhadap versi ini di Agenda ▸ Perubahan sejak suatu versi…, sebagai dasar lembar ralat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>Terakhir diterbitkan: {label}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>mis. dikirim ke percetakan, 12 Juli</translation>
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
        <translation>Kursi diperoleh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>Kuota kursi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>Kursi di meja dan di belakang untuk setiap delegasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>Kursi di meja untuk semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>Kursi di belakang untuk semua delegasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>Beri se&amp;mua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>Posisi tuan rumah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>Atur kursi otom&amp;atis</translation>
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
        <translation>Posisi tuan ruma&amp;h:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>sesuai urutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>di samping pimpinan sidang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>berhadapan dengan pimpinan sidang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>Sesuai tata urutan preseden ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>Sesuai urutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>Di samping pimpinan sidang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>Berhadapan dengan pimpinan sidang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>Kursi melebihi kuota</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>di meja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation}, kursi {what}: “{text}” bukan bilangan bulat.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>Cetak ulang tanda pengenal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>Cetak ulang tanda pengenal yang sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>Rusak, salah cetak, atau tertinggal. Kode pada tanda pengenal lama tetap berlaku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>Tanda pengenal hilang — cetak yang baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>Tanda pengenal baru mendapat kode baru; tanda pengenal yang hilang akan ditolak saat registrasi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>Tata letak:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>Belum ada tanda pengenal yang dicetak untuk orang ini; ini akan menjadi tanda pengenal pertamanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>Mengapa tanda pengenal dicetak lagi?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>Tanda pengenal {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>Ubah permintaan pertemuan bilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>Permintaan pertemuan bilateral baru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>&amp;delegasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>&amp;instansi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>mis. Sekretariat ASEAN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>Centang siapa yang ikut serta; jika tidak ada yang dicentang: para ketua delegasi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>&amp;Tambah waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>&amp;Hapus waktu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>mis. en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>Kode bahasa, dipisahkan dengan koma.</translation>
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
        <translation>&amp;Waktu yang diinginkan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>&amp;Juru bahasa:</translation>
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
        <translation>Waktu yang diinginkan {day} {start}–{end} berakhir sebelum dimulai.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>Waktu cadangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>Cadangan dibuat saat acara dibuka dan setiap 10 menit selama ada perubahan; 20 cadangan terakhir disimpan. Pemulihan mengganti acara dengan cadangan; keadaan saat ini dicadangkan dulu, sehingga Anda dapat kembali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>Belum ada cadangan untuk acara ini. Cadangan dibuat sesaat setelah acara dibuka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>Ganti acara dengan cadangan {time}? Perubahan sejak saat itu disimpan dalam cadangan baru.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>Hasil registrasi</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>Cetak ulang tanda pengenal yang hilang…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Pindai tanda pengenal, atau ketik nama lalu tekan Enter.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  DITERIMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>SUDAH REGISTRASI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>di meja {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>di meja tanpa nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>Registrasi pada {time} {where}. Jangan diterima dua kali.</translation>
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
Jangan terima dengan tanda pengenal ini. Periksa identitas orang tersebut dan cari menurut nama.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>Tanda pengenal ini (versi {scanned}) telah diganti dengan versi {current}; tanda pengenal lama dilaporkan hilang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>Peserta pemilik tanda pengenal ini sudah tidak ada.</translation>
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
        <translation>AKSESIBILITAS: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>MAKANAN: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>Ketua delegasi · {here} dari {total} anggota sudah registrasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>Terima seluruh delegasi ({n} belum hadir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel}, kamar {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>Hotel: {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>Berangkat: {number}, {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>Tambah ruang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>Ubah ruang</translation>
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
        <translation>&amp;Kapasitas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>&amp;Lantai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>&amp;Urutan:</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>Tipe kamar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>&amp;Tipe kamar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>&amp;Kapasitas (orang):</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>Cetak daftar kamar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>Daftar kamar – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln kursi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>Hapus ruang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>Hapus ruang “{name}”? Sesinya tetap ada di agenda tanpa ruang.</translation>
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
        <translation>Orang yang ditemukan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>{total} ditemukan — ↑ ↓ untuk memilih, Enter untuk menerima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>{shown} terbaik dari {total} ditemukan — lanjutkan mengetik untuk mempersempit</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>Cetak denah tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>&amp;Denah tempat duduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>&amp;Papan nama meja (satu per kursi di meja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 lanskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 lanskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>Dengan &amp;nama orangnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>Denah tempat duduk – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>Papan nama meja – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>Pimpinan sidang</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>Denah tempat duduk</translation>
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
        <translation>Denah tempat duduk</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>Seret kursi ke kursi lain untuk menukar keduanya; menu konteksnya untuk memberikan atau mengosongkan kursi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>Ku&amp;ota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>&amp;Tata letak ruang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>Tukar dengan kursi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>T&amp;ukar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>&amp;Beri atau kosongkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>Beri atau kosongkan kursi yang diketik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>Menu kursi, sama seperti yang muncul saat kursi diklik kanan</translation>
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
        <translation>&amp;Kursi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>den&amp;gan:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>Belum ada sesi di ruang yang memiliki tata letak kursi: tetapkan tata letak suatu ruang di Tata letak ruang.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>Tata letak ruang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>Tata letak {room} disimpan: {seats} kursi untuk delegasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>Denahnya telah disusun ulang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>{count} denah telah disusun ulang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>Atur kursi otomatis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>Diatur otomatis: {count} kursi diberikan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>Tidak ada kursi “{seat}” di denah ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>&amp;Berikan kursi {seat} kepada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (tanpa nama orang)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>&amp;Dudukkan di {seat}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>&amp;Kosongkan kursi {seat}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>Kursi {seat} diberikan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>Kursi {seat} dikosongkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>Anggota lain duduk di {seat}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>Kursi {first} dan {second} telah ditukar.</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>Folder cadangan kedua</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>Setiap cadangan acara juga disalin ke folder ini, misalnya di flashdisk, agar laptop yang hilang atau rusak tidak ikut menghilangkan cadangannya. Folder ini berlaku untuk komputer ini.</translation>
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
        <translation>Tidak ada folder kedua: cadangan hanya disimpan di komputer ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — saat ini tidak ada (apakah flashdisk sudah dicolokkan?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>Cadangan juga disalin ke {folder}.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>Upacara pembukaan</translation>
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
        <translation>Lokakarya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>Upacara penandatanganan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>Kunjungan lapangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>Pertemuan bilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>Rehat atau makan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>Pembicara kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>Panelis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Pimpinan sidang</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>Tambah sesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Ubah sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>&amp;Judul (Inggris):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>Judul (&amp;Tionghoa):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>Je&amp;nis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>&amp;Selesai:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(tanpa ruang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(tanpa pimpinan sidang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>P&amp;impinan sidang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>Pembicara sesi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>Saring pembicara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>Peran pembicara terpilih dalam sesi ini</translation>
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
        <translation>&amp;Pembicara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Deskripsi:</translation>
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
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>Pimpinan sidang: {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>Beri nama meja ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>Setiap registrasi dicatat dengan nama meja, agar meja-meja dapat bertukar jurnal. Gunakan nama singkat yang mudah dikenali petugas, misalnya “Utara 1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>Nama meja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>Mulai registrasi</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>Penandatanganan perjanjian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
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
        <translation>Judul bahasa Tionghoa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>Penanda tangan (kursi)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Perjanjian baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>Ubah perjan&amp;jian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>&amp;Hapus perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>&amp;Upacara baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>Ubah upaca&amp;ra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>Hapu&amp;s upacara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Pindah ke &amp;bawah</translation>
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
        <translation>Hapus perjanjian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>Hapus “{title}” dari daftar?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>Perjanjian dihapus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>Upacara disimpan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>Hapus upacara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>Hapus upacara “{title}”? Perjanjiannya tetap ada di daftar, tanpa upacara.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>Upacara dihapus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>Urutan penandatanganan disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
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
        <translation>Sesi pembicara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>Tambahkan ke sesi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>Keluarkan dari sesi</translation>
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
        <translation>Instansi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>Saring pembicara  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>Pembicara baru</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>mis. H.E., Dr, Prof.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>Ketik sebagian nama peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>Data peserta milik pembicara, jika ia juga peserta: kedatangan dan keberangkatannya lalu dicocokkan dengan sesinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>Biografi singkat untuk buku acara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>Ge&amp;lar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>Na&amp;ma depan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>Aksara asl&amp;i:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>&amp;Urutan nama:</translation>
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
        <translation>Data &amp;peserta:</translation>
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
        <translation>Simpan pembicara ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>Biogra&amp;fi:</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>Menampilkan {shown} dari %Ln pembicara</numerusform>
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
        <translation>Simpan perubahan pada pembicara ini?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>Tidak ada pembicara yang dipilih</translation>
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
        <translation>{path} bukan gambar yang dapat dibaca Delegations; pilih JPEG atau PNG.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.bmp);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>Hapus pembicara</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>Hapus pembicara “{name}”? Ia juga dikeluarkan dari sesinya.</translation>
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
        <translation>Antar-jemput dan manifes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>Kedatangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>Keberangkatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>Kendaraan dan penumpang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>Kendaraan atau penumpang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>Penerbangan/kereta</translation>
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
        <translation>Titik kumpul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>Petugas penjemput</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>Perubahan sejak pencetakan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>E&amp;kspor .xlsx…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan pengaturan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>&amp;Rentang waktu (menit):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>Ke&amp;ndaraan (jenis=kursi):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>Jemput sebelum &amp;pesawat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>Jemput sebelum k&amp;ereta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>Jemput sebelum m&amp;obil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>&amp;Titik kumpul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>Petugas pen&amp;jemput:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>{vehicles} kendaraan, {people} orang</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>Belum dicetak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>Perubahan sejak pencetakan {when}: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>Pengaturan antar-jemput disimpan.</translation>
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
        <translation>Ekspor manifes</translation>
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
        <translation>Kedatangan dan keberangkatan peserta yang dipilih, serta siapa yang bepergian bersamanya</translation>
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
        <translation>&amp;Hotel &amp;&amp; Transportasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>&amp;Hotel dan pembagian kamar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>&amp;Antar-jemput dan manifes…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>Rinciannya ada di berkas log &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; lampirkan berkas itu (atau tempel rinciannya) pada laporan Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>Rincian kesalahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>Menyalin kesalahan yang terjadi, beserta versinya, untuk laporan bug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>Tampilkan &amp;rincian</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>Terjadi kesalahan yang bukan karena Anda: {error}

Berkas acara Anda aman: setiap perubahan disimpan saat dibuat. Anda dapat terus bekerja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>Jumlah kesalahan: {count}. Yang terakhir: {error}</translation>
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
        <translation>Delegations tidak dapat membuka jendelanya: {error}

Berkas acara Anda aman. Kirimkan rinciannya kepada pengelola Delegations.</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>Status server lokasi acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>Server lokasi acara: menyambungkan…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>Luring — registrasi di laptop ini; %n registrasi menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>Server lokasi acara tidak menjawab. Registrasi disimpan di laptop ini dan dikirim saat server menjawab lagi.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>Kembali daring — %n terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>, %n diregistrasi dua kali</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>Server lokasi acara: daring</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>Salinan luring — registrasi di laptop ini; dikirim saat tersambung kembali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>Server lokasi acara tidak menjawab, sehingga meja ini membuka salinan acara miliknya sendiri. Sambungkan kembali ke server (Berkas ▸ Sambungkan ke server lokasi acara…) untuk mengirim registrasi yang dilakukan di sini.</translation>
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
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>Nama &amp;keluarga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>Nama dalam &amp;aksara sendiri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>De&amp;legasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>Tambah, &amp;cetak, dan terima</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>Orang yang belum terdaftar: ditambahkan ke delegasi, tanda pengenalnya dicetak di printer meja ini, dan ia diregistrasi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>Ketik nama orang tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>Acara belum memiliki delegasi: tambahkan satu terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>Saksi: ketik untuk mencari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>Saksi yang akan ditambahkan</translation>
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
        <translation>&amp;Hapus saksi</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>Nama keluarga dengan huruf kapital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>Cetak “BAI Zhen”, “Somchai SRISUK”: nama keluarga dengan huruf kapital, agar tidak ada yang keliru bagian nama mana itu.</translation>
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
        <translation>Cetak pada printer sistem, dengan ukuran halaman tata letak dan skala 100 %.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>Tata letak sesuai peran masing-masing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>Setiap orang mendapat tata letak perannya (Tata letak tanda pengenal… ▸ Gunakan untuk peran…), atau tata letak standar jika perannya tidak memilikinya.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>Tanda pengenal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>Cetak tanda pengenal ke PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>Mencetak tanda pengenal…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>Pencetakan dibatalkan; tidak ada berkas yang ditulis, tidak ada yang dicatat.</translation>
    </message>
</context>
</TS>
