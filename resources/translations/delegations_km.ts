<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>បន្ថែម {name} ទៅក្នុងវគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>វាយផ្នែកខ្លះនៃចំណងជើង បន្ទប់ ឬថ្ងៃ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>តួនាទី (&amp;R)៖</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>នាំចេញរបៀបវារៈ</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>បានសរសេរ %Ln វគ្គទៅ {path}។</numerusform>
            <numerusform>បានសរសេរ %Ln វគ្គទៅ {path}។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>ប្រតិទិន (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>កាលវិភាគសម្រាប់កម្មវិធីសន្និសីទ frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>របៀបវារៈទាំងមូល JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>នាំចូលរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>របៀបវារៈដែលបាននាំចេញជា JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>ជំនួសរបៀបវារៈទាំងមូល — {current} ព្រមទាំងបន្ទប់ និងវាគ្មិន — ដោយ {count} ក្នុង {name} ឬ?

ការនេះមិនអាចត្រឡប់វិញដោយ «មិនធ្វើវិញ» បានទេ។ សូមបោះផ្សាយកំណែកម្មវិធី ឬរក្សាទុកច្បាប់ចម្លងនៃព្រឹត្តិការណ៍ជាមុនសិន ប្រសិនបើអ្នកប្រហែលជាចង់បានរបៀបវារៈបច្ចុប្បន្នមកវិញ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>បាននាំចូល {sessions} {rooms} និង {speakers}។</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln បន្ទប់</numerusform>
            <numerusform>%Ln បន្ទប់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>វាគ្មិន %Ln នាក់</numerusform>
            <numerusform>វាគ្មិន %Ln នាក់</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>មិនបានភ្ជាប់ទៅប្រតិភូនៃព្រឹត្តិការណ៍នេះ៖ {names}។</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln វគ្គ</numerusform>
            <numerusform>%Ln វគ្គ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>ប្រធានអង្គប្រជុំ៖ {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី៖ {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>ភាសា៖ {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>អូសដើម្បីផ្លាស់ទី ចុចពីរដងដើម្បីបើកកិច្ចប្រជុំទ្វេភាគី។</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · ទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>គ្មានបន្ទប់</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>របៀបវារៈ (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>បោះផ្សាយកំណែកម្មវិធី (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីកំណែ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>នាំចេញរបៀបវារៈ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>នាំចូលរបៀបវារៈ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>បន្ទប់ (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>តារាងរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>វគ្គតាមបន្ទប់ និងម៉ោង។ ទិដ្ឋភាពបញ្ជីមានវាសម្រាប់ប្រើក្ដារចុច</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>តារាងប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>មួយថ្ងៃជាតារាងម៉ោង បន្ទប់ជាជួរឈរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>វគ្គជាបញ្ជី សម្រាប់ប្រើក្ដារចុច</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>ត្រងតាមចំណងជើង បន្ទប់ ឬវាគ្មិន  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>បន្ថែមវគ្គ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែសម្រួល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>បន្ទប់…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln កៅអី</numerusform>
            <numerusform>%Ln កៅអី</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>ជាន់ {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>គ្រប់ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>កម្មវិធីទាំងមូល តាមថ្ងៃនីមួយៗ</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}៖ %Ln វគ្គ</numerusform>
            <numerusform>{day}៖ %Ln វគ្គ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln វគ្គ</numerusform>
            <numerusform>%Ln វគ្គ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>%Ln វគ្គនៅថ្ងៃនេះ</numerusform>
            <numerusform>%Ln វគ្គនៅថ្ងៃនេះ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>គ្មានអ្វីត្រូវនឹង «{text}» ទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>មិនទាន់មានវគ្គនៅថ្ងៃនេះទេ។ បន្ថែមដោយ «បន្ថែមវគ្គ…»។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>មិនទាន់មានវគ្គទេ។ បន្ថែមដោយ «បន្ថែមវគ្គ…»។</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោម %Ln វគ្គ</numerusform>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោម %Ln វគ្គ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>ផ្លាស់ទីវគ្គ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>គ្មានបន្ទប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>ផ្លាស់ទី «{title}» ទៅ {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>ផ្លាស់ទី «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>ប្ដូរម៉ោងបញ្ចប់នៃ «{title}»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>ផ្លាស់ទីកិច្ចប្រជុំទ្វេភាគី «{title}» ទៅ {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>ផ្លាស់ទីកិច្ចប្រជុំទ្វេភាគី «{title}»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>«{title}» ជាកិច្ចប្រជុំទ្វេភាគី មិនមែនជាវគ្គទេ៖ អូសវាដើម្បីផ្លាស់ទី។ អ្នកចូលរួម និងពេលវេលាដែលស្នើសុំរបស់វា ត្រូវកែសម្រួលដោយ «delegations bilaterals»។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>បន្ថែម «{title}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>កែសម្រួល «{title}»</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>លុបវគ្គ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>លុប «{title}»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>លុប %Ln វគ្គ</numerusform>
            <numerusform>លុប %Ln វគ្គ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>លុបវគ្គ «{title}» ឬ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>លុប %Ln វគ្គ ឬ?</numerusform>
            <numerusform>លុប %Ln វគ្គ ឬ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>កែសម្រួល ▸ មិនធ្វើវិញ នឹងនាំវាត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>បានបោះផ្សាយកម្មវិធីកំណែ {number}។</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>អនុស្សរណៈនៃការយោគយល់គ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>កិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>លិខិតបង្ហាញចេតនា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>កិច្ចព្រមព្រៀងថ្មី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>កែសម្រួលកិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>ចំណងជើងជាភាសាអង់គ្លេស (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ចំណងជើងជាភាសាចិន (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>ភាគី និងអ្នកចុះហត្ថលេខា (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>សាក្សី (&amp;W)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>មិនទាន់កំណត់ពិធីចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>ចុះហត្ថលេខានៅពិធី (&amp;R)៖</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>បន្ទប់នៅ {hotel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>បន្ទប់ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>លេខបន្ទប់របស់សណ្ឋាគារ បើដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>ស្នាក់បន្ទប់រួមជាមួយ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>កាលបរិច្ឆេទផ្ទាល់ខ្លួន (បើមិនដូច្នោះ តាមការធ្វើដំណើរ) (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>ភ្ញៀវ (&amp;G)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>ប្រភេទបន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>លេខបន្ទប់ (&amp;U)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>ថ្ងៃចូលស្នាក់នៅ (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ថ្ងៃចេញពីបន្ទប់ (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>សំណើពិសេស (&amp;Q)៖</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>ភ្ញៀវ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>ស្នាក់រួមជាមួយ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}៖ គ្មាននរណាម្នាក់ក្នុងបញ្ជីឈ្មោះ «{name}» ទេ។</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>បោះពុម្ពប័ណ្ណ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>បោះពុម្ពប័ណ្ណឈ្មោះសម្រាប់គ្រប់គ្នា សម្រាប់អ្នកដែលបានជ្រើស ឬគណៈប្រតិភូមួយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>បោះពុម្ពប័ណ្ណរបស់អ្នកដែលបានជ្រើស…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>បោះពុម្ពប័ណ្ណឡើងវិញ…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>បោះពុម្ពប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>ប័ណ្ណរបស់អ្នកណា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>ប្រតិភូទាំងអស់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>ប្រតិភូដែលបានជ្រើស ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>ជ្រើសប្រតិភូក្នុងតារាងជាមុនសិន ដើម្បីបោះពុម្ពតែប័ណ្ណរបស់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>គណៈប្រតិភូមួយ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>តែអ្នកដែលប័ណ្ណមិនទាន់បានបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>ប្លង់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>ប្លង់…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>ប្លង់ប័ណ្ណ៖ ចម្លងដើម្បីកែសម្រួល កំណត់ឱ្យតួនាទីមួយ នាំចេញ នាំចូល។</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>ពិនិត្យមុនបោះពុម្ព</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>កំពុងរៀបចំការមើលជាមុន…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>ទំព័រទីមួយ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>ដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>មិនទាន់បោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>តាមតួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>ប័ណ្ណ {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>គ្មានការមើលជាមុន។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>គ្មានប័ណ្ណត្រូវបោះពុម្ពសម្រាប់ជម្រើសនេះទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>ការមើលជាមុនត្រូវការ PDFium (កញ្ចប់ pypdfium2)។ ការបោះពុម្ពដំណើរការដោយគ្មានវា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{badges} លើ {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>ប័ណ្ណ %Ln សន្លឹក</numerusform>
            <numerusform>ប័ណ្ណ %Ln សន្លឹក</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ទំព័រ</numerusform>
            <numerusform>%Ln ទំព័រ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption} បោះពុម្ពពីរមុខ (ផ្នែកខាងក្រោយនៅលើខ្នងនៃប័ណ្ណនីមួយៗ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>ពិនិត្យមុនបោះពុម្ព ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>ឈ្មោះនីមួយៗមានពុម្ពអក្សរសម្រាប់តួអក្សរទាំងអស់ ហើយសមនឹងទំហំដែលអាចអានបាន។</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>បោះពុម្ពកិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>កាលវិភាគរបស់គណៈប្រតិភូ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>សន្លឹកមាត់ទ្វាររបស់បន្ទប់ (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>គ្រប់គណៈប្រតិភូដែលមានកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>គណៈប្រតិភូ (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>បន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>ថ្ងៃ (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>កាលវិភាគកិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>កាលវិភាគកិច្ចប្រជុំទ្វេភាគី – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>សន្លឹកមាត់ទ្វារ – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>ការជាន់គ្នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>ពេលវេលាដែលស្នើសុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>សំណើថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>លុបចោលសំណើ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>ផ្លាស់ទី (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>រៀបចំកាលវិភាគ (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>ដាក់សំណើដែលនៅចំហទាំងអស់ក្នុងបន្ទប់កិច្ចប្រជុំទ្វេភាគី ក្នុងពេលវេលាដែលបានស្នើសុំ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>បង្ហាញ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>គ្រប់គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>បានស្នើសុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>បានកំណត់ពេល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} នាទី</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>ការជាន់គ្នា៖ {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>គ្មានការជាន់គ្នា</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>មិនទាន់មានបន្ទប់ទុកសម្រាប់កិច្ចប្រជុំទ្វេភាគីទេ។ `delegations bilaterals rooms NAME…` កំណត់បន្ទប់ទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>បានរក្សាទុកកិច្ចប្រជុំទ្វេភាគី {id} ({title})។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>បានស្នើសុំកិច្ចប្រជុំទ្វេភាគី {id}៖ {title}។</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>លុបចោលសំណើ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>លុបចោលកិច្ចប្រជុំទ្វេភាគី {title} ឬ? កិច្ចប្រជុំដែលបានកំណត់ពេលហើយ នឹងប្រគល់បន្ទប់ និងពេលវេលារបស់វាវិញ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>បានលុបចោលកិច្ចប្រជុំទ្វេភាគី {id} ({title})។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>{title} ឥឡូវនៅ {when} ក្នុង {room}។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>ការជាន់គ្នា៖ {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>រៀបចំកាលវិភាគ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>បានដាក់៖ {placed}។ មិនបានដាក់៖ {unplaced}។</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>បន្ថែមបន្ទប់កក់ទុក</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>ប្រភេទបន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>ថ្ងៃចូលស្នាក់នៅ (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ថ្ងៃចេញពីបន្ទប់ (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>ចំនួនបន្ទប់ (&amp;M)៖</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>បោះពុម្ពសៀវភៅកម្មវិធី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>អ្វីដែលត្រូវបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>សៀវភៅកម្មវិធី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>សន្លឹកកែតម្រូវ (A4)៖ ការផ្លាស់ប្ដូរតាំងពីកំណែ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — បោះផ្សាយ {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>សូមបោះផ្សាយកំណែកម្មវិធីជាមុនសិន។ សន្លឹកកែតម្រូវរាយអ្វីដែលបានផ្លាស់ប្ដូរតាំងពីពេលនោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>សន្លឹកមាត់ទ្វារ (A4)៖ មួយទំព័រក្នុងមួយបន្ទប់មួយថ្ងៃ សម្រាប់បិទលើទ្វារ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>សៀវភៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 ម.ម.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 ម.ម.)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>ដាក់ពីរទំព័រលើសន្លឹក A4 ផ្ដេកមួយ តាមលំដាប់ដេរកណ្ដាល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>បោះពុម្ពពីរមុខ ត្រឡប់តាមគែមខ្លី បត់គំនរក្រដាសនៅកណ្ដាល ហើយកិបវា។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>តាមស្ថានភាពបច្ចុប្បន្ន៖ {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>បោះផ្សាយរបៀបវារៈបច្ចុប្បន្នជាកំណែ {number} ជាមុនសិន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>អង់គ្លេស មានចិននៅខាងក្រោម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>ចិន មានអង់គ្លេសនៅខាងក្រោម (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>តែប្រធានគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>សមាជិកទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>មិនបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>ឧ. កម្មវិធីចុងក្រោយសម្រាប់បោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>កំណត់ចំណាំកំណែ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>ក្រដាស៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>កំណែ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>បោះពុម្ពជាភាសា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>បញ្ជីគណៈប្រតិភូ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>បោះពុម្ពជា PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>ការកែតម្រូវតាំងពីកំណែ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>សន្លឹកមាត់ទ្វារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>សៀវភៅកម្មវិធី {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> បានរៀបទំព័រ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>បោះពុម្ពជា PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព {name}។</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>កំពុងបោះពុម្ពសៀវភៅកម្មវិធី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>កំពុងបោះពុម្ពសន្លឹកកែតម្រូវ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>កំពុងបោះពុម្ពសន្លឹកមាត់ទ្វារ…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>ការផ្លាស់ប្ដូរ %Ln</numerusform>
            <numerusform>ការផ្លាស់ប្ដូរ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>ការកែតម្រូវតាំងពីកំណែ {number}៖ បានសរសេរ {changes} ទៅ {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>សន្លឹកមាត់ទ្វារ %Ln</numerusform>
            <numerusform>សន្លឹកមាត់ទ្វារ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>បានសរសេរ {pages} ទៅ {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ទំព័រ</numerusform>
            <numerusform>%Ln ទំព័រ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages} លើក្រដាស A4 %Ln មុខ</numerusform>
            <numerusform>{pages} លើក្រដាស A4 %Ln មុខ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>បានសរសេរសៀវភៅកម្មវិធី ({pages}) ទៅ {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>បានបោះបង់ការបោះពុម្ព គ្មានឯកសារត្រូវបានសរសេរទេ។</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>ពិធីចុះហត្ថលេខាថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>កែសម្រួលពិធីចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>ចំណងជើងជាភាសាអង់គ្លេស (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>ចំណងជើងជាភាសាចិន (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>ម៉ោង (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>បន្ទប់ ឬទីកន្លែងណាមួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>ទីកន្លែង (&amp;P)៖</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីកំណែកម្មវិធី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីកំណែនោះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>បោះពុម្ពសន្លឹកកែតម្រូវ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>មើលសន្លឹកកែតម្រូវជាមុន រួចបោះពុម្ពវាលើម៉ាស៊ីនបោះពុម្ពមួយរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>តាំងពី (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>មិនទាន់មានកំណែកម្មវិធីណាត្រូវបានបោះផ្សាយទេ៖ សូមប្រើ របៀបវារៈ ▸ បោះផ្សាយកំណែកម្មវិធី… ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>គ្មានអ្វីផ្លាស់ប្ដូរតាំងពីកំណែ {number} ទេ។</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>ការផ្លាស់ប្ដូរ %Ln តាំងពីកំណែ {number}៖</numerusform>
            <numerusform>ការផ្លាស់ប្ដូរ %Ln តាំងពីកំណែ {number}៖</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>មិនធ្វើការអនុញ្ញាតចូលចុងក្រោយវិញ</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>ស្កេនប័ណ្ណ — ឬវាយឈ្មោះ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>លេខកូដប័ណ្ណ ឬឈ្មោះ</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>កំពុងផ្ទុកប្រតិភូ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>កំពុងផ្ទុកតុចុះឈ្មោះ…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>«{text}» មិនមែនជាប័ណ្ណនៃព្រឹត្តិការណ៍នេះ ហើយមិនត្រូវនឹងប្រតិភូណាមួយទេ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>មិនអាចរក្សាទុកការចុះឈ្មោះបានទេ ({error})។ សូមព្យាយាមម្ដងទៀត។ បើនៅតែបរាជ័យ សូមប្រើបញ្ជីក្រដាស។</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  អនុញ្ញាតចូល {n} នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}៖ អនុញ្ញាតចូលឥឡូវ {admitted} នាក់ បានចុះឈ្មោះរួចហើយ {already} នាក់។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>អនុញ្ញាតឱ្យគណៈប្រតិភូទាំងមូលចូល</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>អនុញ្ញាតឱ្យសមាជិកដែលកំពុងរង់ចាំទាំង %Ln នាក់នៃ {delegation} ចូលឬ?</numerusform>
            <numerusform>អនុញ្ញាតឱ្យសមាជិកដែលកំពុងរង់ចាំទាំង %Ln នាក់នៃ {delegation} ចូលឬ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…និង %Ln នាក់ទៀត</numerusform>
            <numerusform>…និង %Ln នាក់ទៀត</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>មិនបានត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>គ្មានអ្វីត្រូវត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>គ្មានការអនុញ្ញាតចូលណាមួយដែលធ្វើនៅតុនេះនៅមានសុពលភាពទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>ប្រតិភូ {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  បានលុបចោលការអនុញ្ញាតចូល</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} និង %Ln នាក់ទៀត លែងបានចុះឈ្មោះហើយ។</numerusform>
            <numerusform>{name} និង %Ln នាក់ទៀត លែងបានចុះឈ្មោះហើយ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} លែងបានចុះឈ្មោះហើយ។</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>PIN អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN នោះមិនត្រឹមត្រូវទេ។ របៀបតុនៅតែបើក។ សូមសួរអ្នករៀបចំ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>តុចុះឈ្មោះ {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>យល់ហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>យល់ហើយ៖ ការព្រមានអំពីនាឡិកា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>នាឡិការបស់កុំព្យូទ័រនេះបង្ហាញ {today} ប៉ុន្តែព្រឹត្តិការណ៍ប្រព្រឹត្តទៅពី {start} – {end}។ ការអនុញ្ញាតចូលនីមួយៗត្រូវបានកត់ត្រាតាមម៉ោងនាឡិកានេះ ហើយកំណត់ហេតុរបស់តុនានាត្រូវបានបញ្ចូលគ្នាតាមលំដាប់នោះ៖ សូមកំណត់នាឡិកាឱ្យត្រូវមុននឹងអនុញ្ញាតចូល។</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>ការជាន់គ្នា</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ការជាន់គ្នា %Ln</numerusform>
            <numerusform>ការជាន់គ្នា %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>គ្មានការជាន់គ្នា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>ចុចពីរដងដើម្បីបង្ហាញវគ្គ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>ចុចពីរដងដើម្បីបង្ហាញកិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>ភ្ជាប់ទៅម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>បើកព្រឹត្តិការណ៍នៅលើម៉ាស៊ីនមេ PostgreSQL នៃទីកន្លែងព្រឹត្តិការណ៍ ដែលតុចុះឈ្មោះ និងការិយាល័យអ្នករៀបចំប្រើរួមគ្នា។ ពាក្យសម្ងាត់ប្រើសម្រាប់ការភ្ជាប់នេះតែប៉ុណ្ណោះ ហើយមិនត្រូវបានរក្សាទុកឡើយ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>ម៉ាស៊ីនមេ (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>ឧ. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>ច្រក (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>មូលដ្ឋានទិន្នន័យ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>ឧ. week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>ឈ្មោះចូល (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>ឧ. desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>ចងចាំម៉ាស៊ីនមេនេះ (មិនរក្សាទុកពាក្យសម្ងាត់) (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>ភ្ជាប់ (&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>ម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍មិនឆ្លើយតបទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} មិនឆ្លើយតបទេ។

កុំព្យូទ័រនេះមានច្បាប់ចម្លងព្រឹត្តិការណ៍ផ្ទាល់ខ្លួន តាមស្ថានភាពដែលវាបានឃើញចុងក្រោយនៅថ្ងៃ {date} ម៉ោង {time}។ តើបើកច្បាប់ចម្លងនេះដើម្បីបន្តអនុញ្ញាតចូលឬ? ការអនុញ្ញាតចូលនៅលើច្បាប់ចម្លងនេះ នឹងត្រូវផ្ញើទៅម៉ាស៊ីនមេ នៅពេលអ្នកភ្ជាប់ម្ដងទៀត ប៉ុន្តែការផ្លាស់ប្ដូរផ្សេងទៀតនៅលើវា នឹងមិនត្រូវផ្ញើទេ។</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>បានចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>រំពឹងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>បានប្រគល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>ការចុះឈ្មោះតាមគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>ការចុះឈ្មោះតាមតួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>តាមគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>តាមតួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>មិនទាន់មកដល់</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>ប័ណ្ណដែលប្រគល់ឱ្យមន្ត្រីទំនាក់ទំនង ចាត់ទុកថាបានប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>ប័ណ្ណបានប្រគល់ឬនៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>ប័ណ្ណបានប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>ប័ណ្ណមិនទាន់ប្រគល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>អ្នកដំណើរតាមជើងហោះហើរ ឬរថភ្លើងដែលមកដល់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>មកដល់គ្រប់ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>មកដល់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>ត្រងតាមឈ្មោះ…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>បោះពុម្ពបញ្ជី (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>មើលបញ្ជីជាមុន រួចបោះពុម្ពវាលើម៉ាស៊ីនបោះពុម្ពមួយរបស់ប្រព័ន្ធ (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>បានចុះឈ្មោះ {admitted} ក្នុងចំណោម {expected}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>មិនទាន់មកដល់ ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>គណៈប្រតិភូទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>តួនាទីទាំងអស់</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>បង្ហាញ {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>គិតត្រឹម {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>តុ {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>នាំចេញបញ្ជីអ្នកមិនទាន់មកដល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>បានសរសេរឈ្មោះ %Ln ទៅ {path}</numerusform>
            <numerusform>បានសរសេរឈ្មោះ %Ln ទៅ {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>បោះពុម្ពបញ្ជីអ្នកមិនទាន់មកដល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>មិនទាន់មកដល់ — ប្រតិភូ {count} នាក់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>បានសរសេរ {pages} ទំព័រទៅ {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>កំពុងបោះពុម្ពបញ្ជីអ្នកមិនទាន់មកដល់…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>បានផ្ញើ %Ln ទំព័រទៅ {printer}</numerusform>
            <numerusform>បានផ្ញើ %Ln ទំព័រទៅ {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>ឯកសារព្រឹត្តិការណ៍ខូច</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>ស្ដារច្បាប់បម្រុងទុក (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>បើកឯកសារផ្សេង (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>គ្មានច្បាប់បម្រុងទុករបស់វាដែលឆ្លងកាត់ការត្រួតពិនិត្យទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>ច្បាប់បម្រុងទុកថ្មីបំផុតដែលឆ្លងកាត់ការត្រួតពិនិត្យ គឺពី {time}។ ការស្ដារវារក្សាឯកសារដែលខូចនៅក្បែរវា ដោយប្ដូរឈ្មោះតាមកាលបរិច្ឆេទថ្ងៃនេះ។ ការផ្លាស់ប្ដូរដែលធ្វើក្រោយការបម្រុងទុក មិនមាននៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>បើកព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>ព្រឹត្តិការណ៍ Delegations (*.sqlite3);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>បន្ថែមប្រតិភូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>កែសម្រួលប្រតិភូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>គោរមងារ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ឧ. ឯកឧត្តម, បណ្ឌិត, សាស្ត្រាចារ្យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>នាម (&amp;G)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>នាមត្រកូល (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>ឈ្មោះជាអក្សរដើម (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>ឧ. 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>លំដាប់ឈ្មោះ (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>ស្នើតាមប្រទេសរបស់គណៈប្រតិភូ និងឈ្មោះជាអក្សរដើម។ សូមជ្រើសផ្សេង ប្រសិនបើបុគ្គលនេះសរសេរឈ្មោះខុសពីនេះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>គណៈប្រតិភូ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>តួនាទី (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>ក្នុងគណៈប្រតិភូមួយ ប្រធានគណៈប្រតិភូនៅលំដាប់មុនគេ បន្ទាប់មកសមាជិកតាមឋានៈ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>ឋានៈ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>មុខតំណែង (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>ស្ថាប័ន (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>អ៊ីមែល (&amp;M)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>ទូរសព្ទ (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>តម្រូវការអាហារ (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>តម្រូវការភាពងាយស្រួល (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ថ្ងៃមកដល់ (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>ថ្ងៃចាកចេញ (&amp;U)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>កំណត់សម្គាល់ (&amp;T)៖</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>បានសរសេរប្រតិភូ {count:,} នាក់ទៅ {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>កំពុងនាំចេញប្រតិភូ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>បានសរសេរគំរូនាំចូលទៅ {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>កំពុងសរសេរគំរូនាំចូល…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>នាំចេញប្រតិភូ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>សៀវភៅបញ្ជី Excel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>ឯកសារ CSV, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>រក្សាទុកគំរូនាំចូល</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>បន្ថែមគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>កែសម្រួលគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>ប្រទេស (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>ស្ថាប័ន (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>ឧ. ក្រសួងអប់រំ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>គណៈប្រតិភូត្រូវបានរាយតាមលំដាប់នេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>កំណត់តាមលំដាប់អាទិភាពអាស៊ាន។ ផ្លាស់ប្ដូរវិធានក្នុង ឯកសារ ▸ លំដាប់អាទិភាព…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>លំដាប់ពិធីការ (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>បន្ថែមគណៈប្រតិភូជាមុនសិន រួចជ្រើសប្រធានរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>ប្រធានគណៈប្រតិភូ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>អ្នកទំនាក់ទំនង (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>អ៊ីមែលទំនាក់ទំនង (&amp;M)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>ទូរសព្ទទំនាក់ទំនង (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ថ្ងៃមកដល់ (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>ថ្ងៃចាកចេញ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>កំណត់សម្គាល់ (&amp;O)៖</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>ប្រធាន</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>កែសម្រួល…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>បន្ថែមគណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>អក្សរដើម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>ប្រតិភូ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>ត្រងតាមឈ្មោះ ស្ថាប័ន ឬអ៊ីមែល  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>បន្ថែមប្រតិភូ…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>គណៈប្រតិភូទាំងអស់</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>ប្រតិភូទាំងអស់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · ប្រធាន៖ {head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>កំពុងអានប្រតិភូ %Ln នាក់…</numerusform>
            <numerusform>កំពុងអានប្រតិភូ %Ln នាក់…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ប្រតិភូ %Ln នាក់</numerusform>
            <numerusform>ប្រតិភូ %Ln នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} ក្នុងចំណោមប្រតិភូ %Ln នាក់</numerusform>
            <numerusform>{shown} ក្នុងចំណោមប្រតិភូ %Ln នាក់</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>មិនទាន់មានគណៈប្រតិភូទេ។ បន្ថែមដោយ «បន្ថែម…» នៅក្រោមបញ្ជីខាងឆ្វេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>គ្មាននរណាត្រូវនឹង «{text}» ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>មិនទាន់មានប្រតិភូទេ។ បន្ថែមដោយ «បន្ថែមប្រតិភូ…»។</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោមប្រតិភូ %Ln នាក់</numerusform>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោមប្រតិភូ %Ln នាក់</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>លុបប្រតិភូ «{name}» ឬ? ការនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>លុបប្រតិភូ %Ln នាក់ឬ? ការនេះមិនអាចត្រឡប់វិញបានទេ។</numerusform>
            <numerusform>លុបប្រតិភូ %Ln នាក់ឬ? ការនេះមិនអាចត្រឡប់វិញបានទេ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>លុបប្រតិភូ</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>លុបគណៈប្រតិភូ «{name}» និងសមាជិក %Ln នាក់របស់វាឬ? ការនេះមិនអាចត្រឡប់វិញបានទេ។</numerusform>
            <numerusform>លុបគណៈប្រតិភូ «{name}» និងសមាជិក %Ln នាក់របស់វាឬ? ការនេះមិនអាចត្រឡប់វិញបានទេ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>លុបគណៈប្រតិភូ «{name}» ឬ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>លុបគណៈប្រតិភូ</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>ឈ្មោះព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>ឈ្មោះព្រឹត្តិការណ៍ជាភាសាចិន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>កាលបរិច្ឆេទព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>គោរមងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>ឈ្មោះជាអក្សរជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>ឆ្នូតពណ៌តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>កូដ QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>ចតុកោណកែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>(តែពេលមាន{field})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>(តែពេលគ្មាន{field})</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>ការកំណត់តុ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>វាយ 中 / ไทย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>បើកវិធីបញ្ចូលអក្សរ ដើម្បីវាយឈ្មោះជាភាសាចិន ថៃ ឬអក្សរផ្សេងទៀត។ វានឹងបិទដោយខ្លួនឯងបន្ទាប់ពីការអនុញ្ញាតចូលលើកក្រោយ ដើម្បីឱ្យលេខកូដពីម៉ាស៊ីនស្កេននៅដដែល។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ មិនធ្វើវិញ (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>មិនធ្វើការអនុញ្ញាតចូលចុងក្រោយនៅតុនេះវិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>ចុះឈ្មោះនៅនឹងកន្លែង…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>អ្នកមិនបានចុះឈ្មោះ៖ បន្ថែមពួកគេ បោះពុម្ពប័ណ្ណ ហើយចុះឈ្មោះចូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>ចាកចេញពីរបៀបតុ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>តុ៖ {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>តុមិនទាន់មានឈ្មោះ</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>ផ្លាស់ប្ដូរទិន្នន័យចុះឈ្មោះ (&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>ស្ដារពីច្បាប់បម្រុងទុក (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>ថតបម្រុងទុកទីពីរ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>របៀបតុ (ពេញអេក្រង់) (&amp;D)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិបានបរាជ័យ៖ {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>ស្ដារពីច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>មិនអាចបើកព្រឹត្តិការណ៍ម្ដងទៀតបានទេ៖ {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>បានស្ដារច្បាប់បម្រុងទុកនៃ {time}។</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}៖ ប័ណ្ណថ្មីបានទៅ {printer}។ ប័ណ្ណដែលបាត់នឹងត្រូវបដិសេធចាប់ពីពេលនេះ។ ការនេះមិនចុះឈ្មោះចូលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}៖ ប័ណ្ណបានទៅ {printer} ម្ដងទៀត លេខកូដដដែល។ ការនេះមិនចុះឈ្មោះចូលទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  បានបោះពុម្ពប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>គ្មានម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>តុនេះមិនទាន់មានម៉ាស៊ីនបោះពុម្ពទេ៖ សូមជ្រើសមួយក្នុង ការកំណត់តុ… (ម៉ាស៊ីនបោះពុម្ព)។</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>មិនបានបោះពុម្ពប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>កំពុងបោះពុម្ពប័ណ្ណ…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>ការកំណត់តុ</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>តុនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>ឧ. ច្រកចូលខាងជើង 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>ឈ្មោះតុ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>ការចុះឈ្មោះនីមួយៗដែលធ្វើនៅទីនេះ ត្រូវបានកត់ត្រាជាមួយឈ្មោះនេះ ដើម្បីឱ្យតុនានាអាចផ្លាស់ប្ដូរ និងប្រៀបធៀបកំណត់ហេតុរបស់ខ្លួន។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>PIN អ្នករៀបចំ (ចាកចេញពីរបៀបតុ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN បច្ចុប្បន្ន (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN ថ្មី (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>វាយ PIN ថ្មីម្ដងទៀត (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>ដក PIN ចេញ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>ការបោះពុម្ពនៅតុនេះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(គ្មាន៖ មិនបោះពុម្ពប័ណ្ណនៅទីនេះទេ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>ប្លង់ប័ណ្ណ (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>បោះពុម្ពប័ណ្ណនៅពេលម្ចាស់ប័ណ្ណត្រូវបានអនុញ្ញាតចូលលើកដំបូង (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>បានកំណត់ PIN៖ ការចាកចេញពីរបៀបតុនឹងសួររកវា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>មិនទាន់កំណត់ PIN៖ អ្នកណាក៏អាចចាកចេញពីរបៀបតុបាន។ កំណត់ពី 4 ដល់ 12 ខ្ទង់។</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>PIN អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>PIN បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។ សូមវាយ PIN ដែលបានកំណត់ឥឡូវ ឬសួរអ្នករៀបចំ។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>សូមដាក់ឈ្មោះតុនេះ (ឧ. «ខាងជើង 1»)។ ការចុះឈ្មោះត្រូវបានកត់ត្រាជាមួយវា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>ជ្រើសម៉ាស៊ីនបោះពុម្ពរបស់តុនេះ ដើម្បីបោះពុម្ពប័ណ្ណនៅពេលម្ចាស់ប័ណ្ណមកដល់។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN ថ្មី និងការវាយម្ដងទៀតខុសគ្នា។ សូមវាយលេខដដែលពីរដង។</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>រក្សាទុកជា PDF (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>កំពុងគូរទំព័រទីមួយ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>គ្មានការមើលជាមុន៖ មិនទាន់បានដំឡើង PDFium ទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>កំពុងគូរការមើលជាមុន…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>បានសរសេរ {what} ទៅ {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>បានសរសេរ {what} (1 ទំព័រ) ទៅ {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>បានសរសេរ {what} ({pages} ទំព័រ) ទៅ {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>កំពុងបោះពុម្ព…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព {name}។</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>លក្ខណៈសម្បត្តិធាតុ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>មិនទាន់បានជ្រើសធាតុណាមួយ</translation>
    </message>
    <message>
        <location line="-134"/>
        <source> mm</source>
        <translation> ម.ម.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;x:</source>
        <translation>x (&amp;X)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>y (&amp;Y)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>ទទឹង (&amp;W)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>កម្ពស់ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>ទំហំអក្សរ (&amp;S)៖</translation>
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
        <translation>ទំហំតូចបំផុត (&amp;M)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>ឧ. {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>អត្ថបទ (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(គ្មានកំណត់)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>ចំនួនបន្ទាត់ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>ការតម្រឹម (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>ឆ្វេង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>កណ្ដាល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>ស្ដាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>អក្សរដិត (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>អក្សរធំ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>បោះពុម្ពឈ្មោះតួនាទី (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(ជានិច្ច)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>តែពេលមាន (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>តែពេលគ្មាន (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>ភាពស្រអាប់ (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>របៀបដាក់ (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>សមក្នុងស៊ុម (ទាំងមូល)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>ពេញស៊ុម (កាត់ផ្នែកលើស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>ទាញឱ្យពេញ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> ម៉ូឌុល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>គែមទំនេរ (&amp;Q)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>កម្រាស់បន្ទាត់ (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>ប្ដូររូបភាព (&amp;R)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>វាលទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>អត្ថបទសេរីដែលមាន {placeholders}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>ប្រភេទអត្ថបទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>វាល (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>លំនាំដើម</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>ពណ៌ដូចជា #1a237e ឬ «role» សម្រាប់ពណ៌នៃតួនាទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>ជ្រើសពណ៌</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>ពណ៌ (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>បានជ្រើស៖ {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>ឆ្នូតពណ៌តួនាទី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>កូដ QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>ចតុកោណកែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>ពណ៌ធាតុ</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>ព្រឹត្តិការណ៍ថ្មី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>ការកំណត់ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>ដាក់ឈ្មោះព្រឹត្តិការណ៍ និងផ្ដល់កាលបរិច្ឆេទ។ បន្ទាប់មកអ្នកជ្រើសកន្លែងរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>ឧ. សប្ដាហ៍កិច្ចសហប្រតិបត្តិការអប់រំចិន–អាស៊ាន 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>ឈ្មោះជាភាសាចិន (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>ឧ. 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>ថ្ងៃចាប់ផ្ដើម (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>ថ្ងៃបញ្ចប់ (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>ឧ. Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>ម៉ោងក្នុងរបៀបវារៈគិតតាមតំបន់ម៉ោងនេះ។ វាយឈ្មោះទីក្រុងដើម្បីស្វែងរក ឧ. Bangkok។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>តំបន់ម៉ោង (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>ទីកន្លែង (&amp;V)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>ទីក្រុង (&amp;I)៖</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>ប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>តុ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>ពេលអនុញ្ញាតចូល</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>ផ្លាស់ប្ដូរទិន្នន័យចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. ផ្ដល់ការចុះឈ្មោះរបស់តុនេះឱ្យតុផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>សរសេរឯកសារកំណត់ហេតុ (ឧទាហរណ៍ទៅ USB) ដែលតុផ្សេងទៀតបញ្ចូលគ្នា។ វាមានហត្ថលេខា៖ ឯកសារដែលត្រូវបានកែ ឬកាត់ខ្លី នឹងត្រូវបដិសេធ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>តែការចុះឈ្មោះដែលធ្វើនៅតុនេះ ({desk})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>បិទ (ណែនាំ)៖ អ្វីៗទាំងអស់ដែលច្បាប់នេះដឹង រួមទាំងអ្វីដែលបានបញ្ចូលពីតុផ្សេងទៀត ដើម្បីឱ្យកំណត់ហេតុបន្តបញ្ជូនទៅមុខ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>នាំចេញទៅឯកសារ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. ទទួលការចុះឈ្មោះពីតុផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>ការបញ្ចូលឯកសារដដែលពីរដង ឬឯកសារតាមលំដាប់ណាក៏ដោយ គឺមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>បញ្ចូលឯកសារ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>ការអនុញ្ញាតចូលពីរដង</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>នាំចេញការចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>កំពុងនាំចេញការចុះឈ្មោះ…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>បាននាំចេញធាតុចុះឈ្មោះ %Ln ទៅ {path}។</numerusform>
            <numerusform>បាននាំចេញធាតុចុះឈ្មោះ %Ln ទៅ {path}។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>បញ្ចូលការចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>កំពុងបញ្ចូល {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>កំពុងបញ្ចូលការចុះឈ្មោះ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(គ្មានឈ្មោះ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>តុក្នុងឯកសារ៖ {desks}។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {error}

ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>គ្មាននរណាត្រូវបានអនុញ្ញាតចូលពីរដងទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>អនុញ្ញាតចូលពីរដង ({n}) — រាប់តែម្ដង។ សូមពិនិត្យប័ណ្ណទាំងនេះ៖</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>នាំចូលការចុះឈ្មោះ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>នាំចេញប្រតិភូ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>រក្សាទុកគំរូនាំចូល (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>បោះពុម្ពសៀវភៅកម្មវិធី (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>ប្លង់ប័ណ្ណ (&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>នាមខ្លួនមុន (លំដាប់បស្ចិមប្រទេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>នាមត្រកូលមុន</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>ប្រគល់ប័ណ្ណ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>កត់ត្រាថាមន្ត្រីទំនាក់ទំនងរបស់គណៈប្រតិភូបានទទួលប័ណ្ណ ហើយបោះពុម្ពបង្កាន់ដៃប្រគល់ប័ណ្ណដែលគាត់ចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} មិនទាន់មានប្រតិភូទេ៖ សូមបន្ថែមពួកគេជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>ប្រគល់ប័ណ្ណ — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>ឧ. តុផ្ដល់ប័ណ្ណ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>រកមើល (&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>អ្នកទទួល (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>តុ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>បង្កាន់ដៃ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>ប័ណ្ណដែលត្រូវប្រគល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>អក្សរដើម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>បានបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>បានប្រគល់</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>ប្រគល់ ហើយសរសេរបង្កាន់ដៃ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>បើកបង្កាន់ដៃ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>មើលបង្កាន់ដៃ ហើយបោះពុម្ពវាពីកម្មវិធីមើល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>បោះពុម្ពបង្កាន់ដៃលើម៉ាស៊ីនបោះពុម្ពមួយរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>បានប្រគល់រួចហើយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>កំណែ {v} បានប្រគល់ មិនមែនកំណែនេះទេ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>បាន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>មិនទាន់</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>បានជ្រើស៖ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>បានប្រគល់រួច៖ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>មិនទាន់បោះពុម្ព៖ {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>រក្សាទុកបង្កាន់ដៃប្រគល់ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>កំពុងសរសេរបង្កាន់ដៃ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>កំពុងសរសេរបង្កាន់ដៃប្រគល់ប័ណ្ណ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>ប័ណ្ណបានប្រគល់ឱ្យ {collector} នៅ {time}៖ {n}។ បង្កាន់ដៃបានរក្សាទុកនៅ {path}។</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>បង្កាន់ដៃបានផ្ញើទៅ {printer}។</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>បង្កាន់ដៃប្រគល់ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>កំពុងបោះពុម្ពបង្កាន់ដៃប្រគល់ប័ណ្ណ…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>បន្ថែមសណ្ឋាគារ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>ឈ្មោះជាភាសាចិន (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>អាសយដ្ឋាន (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ទូរសព្ទ (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>អ៊ីមែល (&amp;E)៖</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>សណ្ឋាគារ និងការបែងចែកបន្ទប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>បន្ថែមសណ្ឋាគារ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>ដកសណ្ឋាគារចេញ (&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>ភ្ញៀវ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>ចូលស្នាក់នៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>ចេញពីបន្ទប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>ចំនួនយប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>សំណើពិសេស</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>ប្រភេទបន្ទប់</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>បន្ទប់កក់ទុក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>យប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>កក់ទុក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>បានបែងចែក</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>ប្រភេទបន្ទប់ (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>បន្ថែមបន្ទប់កក់ទុក (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>ដកបន្ទប់កក់ទុកចេញ (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>បន្ទប់ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>ផ្ដល់បន្ទប់នៅសណ្ឋាគារនេះដល់អ្នកដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>ដោះលែងបន្ទប់ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>បែងចែកបន្ទប់ឱ្យគណៈប្រតិភូ (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>រៀបចំស្នាក់នៅដោយខ្លួនឯង (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>អ្នកដែលបានជ្រើសដែលគ្មានបន្ទប់ មិនត្រូវការបន្ទប់ទេ៖ ពួកគេស្នាក់នៅកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>នាំចេញ .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>អានលេខបន្ទប់ (&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>អានឯកសារ .xlsx ដែលបាននាំចេញវិញ នៅពេលសណ្ឋាគារបានបំពេញជួរឈរ Room រួច។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>សណ្ឋាគារ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>បញ្ជីបែងចែកបន្ទប់ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>ប្រភេទបន្ទប់ និងបន្ទប់កក់ទុក (&amp;O)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>មិនទាន់មានសណ្ឋាគារទេ៖ បន្ថែមសណ្ឋាគារ… ដើម្បីបញ្ចូលមួយ បន្ទាប់មកប្រភេទបន្ទប់ និងបន្ទប់កក់ទុករបស់វា។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} បន្ទប់ ភ្ញៀវ {guests} នាក់</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(គ្មានលេខ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>កាលបរិច្ឆេទផ្ទាល់ខ្លួន មិនមែនតាមការធ្វើដំណើរ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} (ស្នាក់បាន {sleeps} នាក់)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} បន្ទប់ {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>ការព្រមាន៖ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>គ្មានការព្រមាននៅសណ្ឋាគារនេះទេ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>គ្មានបន្ទប់៖ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>អ្នកដែលត្រូវការបន្ទប់ទាំងអស់មានបន្ទប់ហើយ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation}) {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>បានបន្ថែមសណ្ឋាគារ {hotel}។</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>ដកសណ្ឋាគារចេញ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>តើត្រូវដក {hotel} ចេញ រួមទាំងប្រភេទបន្ទប់ បន្ទប់កក់ទុក និងបន្ទប់របស់វាឬ? ភ្ញៀវ {count} នាក់របស់វានឹងគ្មានបន្ទប់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>បានដកសណ្ឋាគារ {hotel} ចេញ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>បានរក្សាទុកប្រភេទបន្ទប់។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>បានបន្ថែមបន្ទប់កក់ទុក។</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>ដកបន្ទប់កក់ទុកចេញ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>តើត្រូវដកបន្ទប់កក់ទុក {type} ទាំងអស់នៅ {hotel} ចេញឬ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>បានដកបន្ទប់កក់ទុកចេញ៖ {count}។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} មានបន្ទប់នៅ {hotel}។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>ដោះលែងបន្ទប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>{name} ឥឡូវគ្មានបន្ទប់ទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>រៀបចំស្នាក់នៅដោយខ្លួនឯង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} មិនត្រូវការបន្ទប់ទេ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}៖ បានបែងចែក {guests} នាក់ទៅក្នុង {rooms} បន្ទប់។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>បញ្ជីបែងចែកបន្ទប់ – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>នាំចេញបញ្ជីបែងចែកបន្ទប់</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>បានសរសេរបញ្ជីបែងចែកបន្ទប់ទៅ {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>អានលេខបន្ទប់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>លេខបន្ទប់ដែលបានបញ្ចូល ឬផ្លាស់ប្ដូរ៖ {count}។</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>នាំចូលការចុះឈ្មោះ — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>កំពុងអាន {file}…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>ជួរដេកដែលបានអានពីឯកសារ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>បញ្ហាដែលរកឃើញ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>រកមិនឃើញបញ្ហាទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>ជួរដេកក្នុងឯកសារ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>ការធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>នាំចូលជួរដេកដែលត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>បន្ថែមអ្នកមានឈ្មោះដូចគ្នាជាមនុស្សផ្សេង (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>ជួរដេកដែលឈ្មោះត្រូវនឹងនរណាម្នាក់ក្នុងគណៈប្រតិភូដដែល ដោយគ្មានអ៊ីមែលសម្គាល់ពួកគេ នឹងត្រូវបដិសេធ។ ធីកនេះដើម្បីបន្ថែមជួរដេកបែបនេះជាមនុស្សថ្មីជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>ការធ្វើបច្ចុប្បន្នភាព ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>បញ្ហា ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}៖ «{old}» → «{new}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>ជួរដេក {row} · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>កំពុងពិនិត្យ {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>បានអាន %Ln ជួរដេក</numerusform>
            <numerusform>បានអាន %Ln ជួរដេក</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>{count:,} ត្រូវបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>{count:,} ត្រូវធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>{count:,} មិនផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}៖ </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>គណៈប្រតិភូថ្មី៖ {names}។</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln ជួរដេកមានកំហុស ហើយនឹងមិនត្រូវនាំចូលទេ។ សូមកែវានៅក្នុងឯកសារ ហើយនាំចូលម្ដងទៀតដើម្បីបន្ថែមពួកវា។</numerusform>
            <numerusform>%Ln ជួរដេកមានកំហុស ហើយនឹងមិនត្រូវនាំចូលទេ។ សូមកែវានៅក្នុងឯកសារ ហើយនាំចូលម្ដងទៀតដើម្បីបន្ថែមពួកវា។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>គ្មានអ្វីត្រូវនាំចូលទេ៖ ព្រឹត្តិការណ៍មានប្រតិភូទាំងនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>នាំចូលការចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>កំហុសមិនរំពឹងទុក</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {error}

ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>កំពុងនាំចូល {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>បានបោះបង់ការនាំចូល គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {error}

គ្មានអ្វីត្រូវបានសរសេរទេ។ ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>បាននាំចូល {file}៖ បន្ថែម {added:,} ធ្វើបច្ចុប្បន្នភាព {updated:,} មិនផ្លាស់ប្ដូរ {unchanged:,} បដិសេធ {refused:,}។</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>ការចុះឈ្មោះ ({patterns});;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>ជួរដេក {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>ការព្រមាន៖ {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {error}។ ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>ភាសាប្រព័ន្ធ ({language})</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>ប្លង់ប័ណ្ណ «{name}» — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>ផ្ទៃរចនាប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab ជ្រើសធាតុបន្ទាប់ គ្រាប់ចុចព្រួញផ្លាស់ទីវា 1 ម.ម. Shift+ព្រួញ 0.1 ម.ម. Delete លុបវាចេញ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>ការពិនិត្យការរចនា</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>Delegations កំណែនេះមិនមានការមើលជាមុនផ្ទាល់ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>លុបធាតុ (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>ពង្រីក (&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>បង្រួម (&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>ទំហំពិត (100 %) (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>បន្ថែមធាតុ (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>វាលអត្ថបទ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>អត្ថបទសេរី (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>ឆ្នូតពណ៌តួនាទី (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>កូដ QR (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>រូបថត (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>បន្ទាត់ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>ចតុកោណកែង (&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>រូបភាព (&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>ប្លង់ (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>កម្មវិធីរចនា</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>បន្ថែមធាតុ</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>ខាងមុខ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ខាងក្រោយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>ធាតុទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>ប័ណ្ណដែលមានរូបថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>ប័ណ្ណដែលគ្មានរូបថត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>ធាតុដែលបង្ហាញតែពេលមាន (ឬគ្មាន) រូបថត ត្រួតលើគ្នា សូមបង្ហាញម្ដងមួយករណី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>បង្ហាញ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>ពង្រីក/បង្រួម (&amp;Z)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>ពង្រីក/បង្រួម</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>ម.ម.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}៖ x {x} ម.ម., y {y} ម.ម., {w} × {h} ម.ម.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>កំណែនេះមិនមានការពិនិត្យការរចនាទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>រកមិនឃើញបញ្ហាទេ។</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>ផ្លាស់ទីធាតុ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>ប្ដូរទំហំធាតុ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>ផ្លាស់ប្ដូរ {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>លុបធាតុ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>ជ្រើសរូបភាព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>រូបភាព (*.png *.jpg *.jpeg *.svg);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>បន្ថែមរូបភាព</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>រក្សាទុកប្លង់</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>រក្សាទុកការផ្លាស់ប្ដូរចំពោះប្លង់ប័ណ្ណ «{name}» ឬ?</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>កំណត់ប្លង់ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>រាងការ៉េប្រហោងកណ្ដាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>រាងអក្សរ U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>ជួរកៅអីបែបរោងមហោស្រព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>បែបថ្នាក់រៀន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>តុមូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>តុកិត្តិយស និងជួរកៅអី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>កន្លែងគណៈប្រតិភូ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>កៅអីនៅតុ ក្នុងមួយកន្លែង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>ជួរក្រោយ ក្នុងមួយកន្លែង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>កៅអីនៅតុប្រធានអង្គប្រជុំ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>ជួរកៅអី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>កៅអីក្នុងមួយជួរ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>ផ្លូវដើររាល់ (កៅអី, 0 = កណ្ដាល)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>តុមូល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>កៅអីក្នុងមួយតុ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>បន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>ប្រភេទប្លង់</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (គ្មានប្លង់)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>កំពុងអានបញ្ជីឈ្មោះបុគ្គលនៃព្រឹត្តិការណ៍…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ គំរូមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>គំរូបន្ទាប់ ▶</translation>
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
        <translation>ឈ្មោះវែងបំផុត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះខ្មែរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>ឈ្មោះថៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>ឈ្មោះឡាវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>ឈ្មោះមីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>ឈ្មោះចិន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>ឈ្មោះវៀតណាម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>មានរូបថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>គ្មានរូបថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>គ្មានតួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>បុគ្គលគំរូ (ព្រឹត្តិការណ៍មិនទាន់មាននរណាម្នាក់នៅឡើយ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>ពណ៌តួនាទី៖ {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>គ្មានគំរូ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({number} ក្នុងចំណោម {count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {error}។ ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>ប្លង់ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>ប្លង់ដែលភ្ជាប់មកជាមួយកម្មវិធីគ្រាន់តែជាចំណុចចាប់ផ្ដើម៖ សូមចម្លងប្លង់មួយ ដើម្បីធ្វើឱ្យវាក្លាយជាប្លង់ផ្ទាល់របស់ព្រឹត្តិការណ៍ រួចកែសម្រួលវា។ ប្លង់របស់ព្រឹត្តិការណ៍ត្រូវបានរក្សាទុកជាមួយឯកសារព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>ប្លង់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>បោះពុម្ពលើ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>ប្រើសម្រាប់</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>ចម្លងដើម្បីកែសម្រួល (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>ប្រើសម្រាប់តួនាទី (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>នាំចេញ (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>នាំចូល (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>លុប (&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>ភ្ជាប់មកជាមួយ Delegations៖ អានបានតែប៉ុណ្ណោះ សូមចម្លងវាដើម្បីកែសម្រួល។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>ភ្ជាប់មកជាមួយ អានបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>របស់ព្រឹត្តិការណ៍នេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title} ({name}, {kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>ពីរមុខ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>{width:g} × {height:g} mm</source>
        <translation>{width:g} × {height:g} ម.ម.</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n per page</source>
        <translation>
            <numerusform>ប័ណ្ណ %n សន្លឹកក្នុងមួយទំព័រ</numerusform>
            <numerusform>ប័ណ្ណ %n សន្លឹកក្នុងមួយទំព័រ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>ប្លង់ដែលភ្ជាប់មកជាមួយ គឺអានបានតែប៉ុណ្ណោះ៖ សូមចម្លងវាដើម្បីកែសម្រួល។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>«{name}» ឥឡូវជាប្លង់ផ្ទាល់របស់ព្រឹត្តិការណ៍ហើយ៖ កែសម្រួល… នឹងផ្លាស់ប្ដូរវា។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>ប័ណ្ណ {role} បោះពុម្ពតាមប្លង់ «{layout}»។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>បានសរសេរ «{name}» ទៅ {path}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>បាននាំចូល «{name}» ទៅក្នុងព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>បានលុប «{name}» ចេញពីព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>Delegations កំណែនេះមិនទាន់មានកម្មវិធីរចនាប្លង់នៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>ចម្លងដើម្បីកែសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>ឈ្មោះច្បាប់ចម្លង (អក្សរ លេខ - និង _)៖</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>«{name}» ភ្ជាប់មកជាមួយកម្មវិធី ហើយអានបានតែប៉ុណ្ណោះ៖ ចម្លងដើម្បីកែសម្រួល… នឹងបង្កើតច្បាប់ចម្លងផ្ទាល់របស់ព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>ប្រើសម្រាប់តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>បោះពុម្ពប័ណ្ណនៃតួនាទីនេះតាមប្លង់ «{layout}»៖</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>នាំចេញប្លង់ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>នាំចូលប្លង់ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>លុបប្លង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>លុបប្លង់ «{title}» ចេញពីព្រឹត្តិការណ៍ឬ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>ប្លង់ប័ណ្ណ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>ការមកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>ការចាកចេញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>ជើងដំណើរផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>ជើងហោះហើរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>រថភ្លើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>រថយន្ត</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>ជើងដំណើរមួយក្នុងចំណោម %n៖ ជើងទីមួយ ជើងផ្សេងទៀតត្រូវរក្សាទុក។</numerusform>
            <numerusform>ជើងដំណើរមួយក្នុងចំណោម %n៖ ជើងទីមួយ ជើងផ្សេងទៀតត្រូវរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>ជើងដំណើរមួយក្នុងចំណោម %n៖ ជើងចុងក្រោយ ជើងផ្សេងទៀតត្រូវរក្សាទុក។</numerusform>
            <numerusform>ជើងដំណើរមួយក្នុងចំណោម %n៖ ជើងចុងក្រោយ ជើងផ្សេងទៀតត្រូវរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>ដូចគ្នានឹង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>ក្រុមហ៊ុនដឹកជញ្ជូន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>ធ្វើដំណើរតាម</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>ថ្ងៃ និងម៉ោង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>អាគារអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>អាកាសយានដ្ឋាន ឬស្ថានីយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>មកពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>តម្រូវការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>អ្នកផ្សេងទៀតក្នុងជើងដំណើរនេះ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>គណៈប្រតិភូ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>វាគ្មិន (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>របៀបវារៈ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>ចុះឈ្មោះ (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln គណៈប្រតិភូ</numerusform>
            <numerusform>%Ln គណៈប្រតិភូ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ប្រតិភូ %Ln នាក់</numerusform>
            <numerusform>ប្រតិភូ %Ln នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>វាគ្មិន %Ln នាក់</numerusform>
            <numerusform>វាគ្មិន %Ln នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln វគ្គ</numerusform>
            <numerusform>%Ln វគ្គ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>ព្រឹត្តិការណ៍ថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>បើកព្រឹត្តិការណ៍ (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>បើកថ្មីៗ (&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>ភ្ជាប់ទៅម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍ (&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>ការកំណត់ព្រឹត្តិការណ៍ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>លំដាប់អាទិភាព (&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លង (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>ស្វែងរក (&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>ប្លង់កន្លែងអង្គុយ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី (&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>ការចុះហត្ថលេខាកិច្ចព្រមព្រៀង (&amp;G)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>អំពី Delegations (&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>អំពី Delegations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;ប្រតិភូ ប័ណ្ណ ការចុះឈ្មោះ និងរបៀបវារៈ សម្រាប់សប្ដាហ៍កិច្ចសហប្រតិបត្តិការអន្តរជាតិ។&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>បើកព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>មិនអាចបើក {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — ច្បាប់ចម្លងក្រៅបណ្ដាញនៃ {server} — Delegations</translation>
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
        <translation>បានរក្សាទុកលំដាប់អាទិភាព។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>បានរក្សាទុកការកំណត់ព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>ព្រឹត្តិការណ៍ Delegations (*.sqlite3);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>ព្រឹត្តិការណ៍ថ្មី</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះថ្មី ឬបើកវាដោយ ឯកសារ ▸ បើកព្រឹត្តិការណ៍…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>គ្មានព្រឹត្តិការណ៍ថ្មីៗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>សម្អាតម៉ឺនុយ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>ភ្ជាប់ទៅម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>សូមបញ្ចប់ ឬបោះបង់ការកែប្រែដែលកំពុងធ្វើជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងទៅ {path}</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>បោះពុម្ពបញ្ជីអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>តែការផ្លាស់ប្ដូរតាំងពីការបោះពុម្ពចុងក្រោយ (&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>បញ្ជីអ្នកដំណើរ – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>ផ្លាស់ទីកិច្ចប្រជុំទ្វេភាគី {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>បន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>ចាប់ផ្ដើម (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>ពេលវេលាដែលស្នើសុំ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>រយៈពេល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} នាទី</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>លំដាប់ឈ្មោះសម្រាប់គណៈប្រតិភូទាំងមូល…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>នាមត្រកូលមុន នាមខ្លួនមុន ឬតាមទម្លាប់នៃប្រទេសរបស់គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>លំដាប់ឈ្មោះរបស់ {delegation}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>បានប្ដូរលំដាប់ឈ្មោះរបស់សមាជិក %Ln នាក់នៃ {delegation}។</numerusform>
            <numerusform>បានប្ដូរលំដាប់ឈ្មោះរបស់សមាជិក %Ln នាក់នៃ {delegation}។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>មិនធ្វើវិញដោយ Ctrl+Z។</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>លំដាប់ឈ្មោះសម្រាប់គណៈប្រតិភូទាំងមូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>តើឈ្មោះរបស់ {delegation} ត្រូវសរសេរតាមលំដាប់ណា?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>នាមត្រកូលមុន («Bai Zhen», «Nguyễn Thị Phương»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>នាមខ្លួនមុន («Somchai Srisuk», «Farah binti Ahmad»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>តាមប្រទេស៖ ដូចដែលមនុស្សនៅ {country} ជាធម្មតាសរសេរឈ្មោះរបស់ពួកគេ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>ប្ដូរ</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>ប្ដូរ %Ln ឈ្មោះ</numerusform>
            <numerusform>ប្ដូរ %Ln ឈ្មោះ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>ឈ្មោះរបស់សមាជិកគ្រប់រូបមានលំដាប់នេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>និង {more:,} ទៀត</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>ក្នុងចំណោមសមាជិក %Ln នាក់</numerusform>
            <numerusform>ក្នុងចំណោមសមាជិក %Ln នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>%Ln នាក់ {of_members} នឹងប្ដូរ៖</numerusform>
            <numerusform>%Ln នាក់ {of_members} នឹងប្ដូរ៖</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>PIN អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>របៀបតុចាក់សោបង្អួចនេះនៅលើការចុះឈ្មោះ។ សូមជ្រើស PIN អ្នករៀបចំ (4 ដល់ 12 ខ្ទង់) ដែលនឹងត្រូវការដើម្បីចាកចេញពីវា។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN ថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>វាយម្ដងទៀត (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN និងការវាយម្ដងទៀតខុសគ្នា។ សូមវាយលេខដដែលពីរដង។</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>ដឹងកាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>អ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>បន្ថែមភាគី (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>ស្ថាប័ន ឬក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>មិនស្គាល់ប្រទេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>អ្នកចុះហត្ថលេខា៖ វាយដើម្បីស្វែងរក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>ប្រភេទភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>ប្រទេសរបស់ភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>អ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>ដកភាគីចេញ</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>PIN អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>បញ្ចូល PIN អ្នករៀបចំដើម្បីចាកចេញពីរបៀបតុ។</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>បែងចែកបន្ទប់ឱ្យគណៈប្រតិភូនៅ {hotel}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>គណៈប្រតិភូ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>ប្រភេទបន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>ក្នុងមួយបន្ទប់ (&amp;P)៖</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>សន្លឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>ឈ្មោះដែលបង្ហាញ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>ឈ្មោះតាមលំដាប់ដែលវានឹងត្រូវបង្ហាញ និងបោះពុម្ព។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>«{header}» មិនមែនជាជួរឈរដែលការនាំចូលស្គាល់ទេ។ វាមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>នាមត្រកូលមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>នាមខ្លួនមុន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>តាមឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}៖ {reason}។ អាចប្ដូរនៅពេលក្រោយក្នុងទម្រង់របស់ប្រតិភូ ឬសម្រាប់គណៈប្រតិភូទាំងមូល។</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>មើលមុនបោះពុម្ព — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln ទំព័រ, {paper} បោះពុម្ពនៅ 100 % លើក្រដាសទំហំដូចគ្នា។</numerusform>
            <numerusform>%Ln ទំព័រ, {paper} បោះពុម្ពនៅ 100 % លើក្រដាសទំហំដូចគ្នា។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>ការបោះពុម្ពពីរមុខ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>«{printer}» មិនអាចបោះពុម្ពពីរមុខបានទេ៖ ផ្នែកខាងក្រោយនឹងចេញជាទំព័រដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>កំពុងបោះពុម្ព{title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>បានបោះបង់ការបោះពុម្ព៖ គ្មានអ្វីត្រូវបានបោះពុម្ព ឬកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>បោះពុម្ពប័ណ្ណឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>ហេតុអ្វី {name} ត្រូវការប័ណ្ណមួយទៀត?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>ប័ណ្ណដែលបាត់ទទួលបានលេខកូដថ្មី៖ ប័ណ្ណដែលបាត់ត្រូវបដិសេធចាប់ពីពេលនេះ។ ប័ណ្ណដែលខូចត្រូវបោះពុម្ពម្ដងទៀតដោយលេខកូដដដែល។ គ្មាននរណាត្រូវបានចុះឈ្មោះចូលដោយការនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>បាត់៖ លេខកូដថ្មី (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>ខូច៖ លេខកូដដដែល (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>ការកែតម្រូវតាំងពីកំណែ {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>បោះពុម្ពសន្លឹកកែតម្រូវ</translation>
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
            <numerusform>សន្លឹកកែតម្រូវ (ការផ្លាស់ប្ដូរ %Ln) មាននៅ {path}។</numerusform>
            <numerusform>សន្លឹកកែតម្រូវ (ការផ្លាស់ប្ដូរ %Ln) មាននៅ {path}។</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>កំពុងបោះពុម្ពសន្លឹកកែតម្រូវ…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>លំដាប់អាទិភាព</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>លំដាប់អាទិភាព (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>ឋានៈ (&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>លំដាប់អាស៊ាន (រដ្ឋសមាជិកតាមលំដាប់អក្សរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>លំដាប់រៀបចំដោយដៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>ធម្មនុញ្ញអាស៊ាន មាត្រា 31៖ រដ្ឋសមាជិកតាមលំដាប់អក្សរនៃឈ្មោះជាភាសាអង់គ្លេស។ ប្រទេសម្ចាស់ផ្ទះ និងដៃគូសន្ទនា នៅទីតាំងដែលអ្នកកំណត់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>វិធាន (&amp;U)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>ប្រទេសម្ចាស់ផ្ទះ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>ទីតាំងម្ចាស់ផ្ទះ (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>ដៃគូសន្ទនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>ដៃគូសន្ទនា (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>ទីតាំងដៃគូសន្ទនា (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>លំដាប់ជាលទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+ព្រួញឡើង និង Alt+ព្រួញចុះ ផ្លាស់ទីគណៈប្រតិភូដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>ផ្លាស់ឡើង</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>ផ្លាស់ចុះ</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+ព្រួញឡើង។ លំដាប់នឹងក្លាយជាការរៀបចំដោយដៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+ព្រួញចុះ។ លំដាប់នឹងក្លាយជាការរៀបចំដោយដៃ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>លំដាប់ជាលទ្ធផល (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>មុនគេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>ចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>ជាប្រធានអង្គប្រជុំ (រាយមុនគេ)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (ប្រធានអង្គប្រជុំ)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>ឈ្មោះជាភាសាចិន</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>ឋានៈ ពីខ្ពស់បំផុតចុះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+ព្រួញឡើង និង Alt+ព្រួញចុះ ផ្លាស់ទីឋានៈដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>បន្ថែមឋានៈ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>ដកចេញ (&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>ពីខ្ពស់បំផុតចុះ។ ក្នុងគណៈប្រតិភូមួយ ប្រធានគណៈប្រតិភូនៅលំដាប់មុនគេ បន្ទាប់មកសមាជិកតាមឋានៈ រួចតាមឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>ប្រតិភូដែលមានឋានៈ «{rank}» ({count}) នឹងគ្មានឋានៈទៀតទេ បន្ទាប់ពីចុច យល់ព្រម។</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>បោះផ្សាយកំណែកម្មវិធី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>របៀបវារៈតាមស្ថានភាពបច្ចុប្បន្ន ក្លាយជាកម្មវិធីកំណែ {number}។ ការផ្លាស់ប្ដូរនៅពេលក្រោយត្រូវបានរាយធៀបនឹងវានៅក្នុង របៀបវារៈ ▸ ការផ្លាស់ប្ដូរតាំងពីកំណែ… ដែលជាមូលដ្ឋាននៃសន្លឹកកែតម្រូវ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>កំណែបោះផ្សាយចុងក្រោយ៖ {label}។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>កំណត់ចំណាំ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>ឧ. បានផ្ញើទៅរោងពុម្ព 12 កក្កដា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>បោះផ្សាយ (&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>នៅតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>ជួរក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>កៅអីដែលបានទទួល</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>កូតាកៅអី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>កៅអីនៅតុ និងជួរក្រោយ សម្រាប់គណៈប្រតិភូនីមួយៗ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>ទាំងអស់គ្នានៅតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>ទាំងអស់គ្នានៅជួរក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>ផ្ដល់ឱ្យទាំងអស់គ្នា (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>ទីតាំងម្ចាស់ផ្ទះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>រៀបកៅអីដោយស្វ័យប្រវត្តិ (&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>នៅតុ និង</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>ជួរក្រោយ</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>ទីតាំងម្ចាស់ផ្ទះ (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>តាមលំដាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>នៅក្បែរប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>ទល់មុខប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>តាមលំដាប់អាទិភាព ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>តាមលំដាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>នៅក្បែរប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>ទល់មុខប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>កៅអីលើសកូតា</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>នៅតុ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation} កៅអី{what}៖ «{text}» មិនមែនជាចំនួនគត់ទេ។</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>បោះពុម្ពប័ណ្ណឡើងវិញ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>បោះពុម្ពប័ណ្ណដដែលឡើងវិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>វាខូច បោះពុម្ពខុស ឬភ្លេចទុក។ លេខកូដលើប័ណ្ណចាស់នៅតែមានសុពលភាព។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>ប័ណ្ណបាត់ — បោះពុម្ពប័ណ្ណថ្មី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>ប័ណ្ណថ្មីទទួលបានលេខកូដថ្មី។ ប័ណ្ណដែលបាត់នឹងត្រូវបដិសេធនៅពេលចុះឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>ប្លង់៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>មិនទាន់បានបោះពុម្ពប័ណ្ណសម្រាប់បុគ្គលនេះនៅឡើយទេ។ នេះនឹងជាប័ណ្ណដំបូងរបស់គាត់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>ហេតុអ្វីបោះពុម្ពប័ណ្ណម្ដងទៀត?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>ប័ណ្ណ {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>កែសម្រួលសំណើកិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>សំណើកិច្ចប្រជុំទ្វេភាគីថ្មី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>គណៈប្រតិភូ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>ស្ថាប័ន (&amp;G)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>ឧ. លេខាធិការដ្ឋានអាស៊ាន</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>ធីកអ្នកដែលចូលរួម។ បើមិនធីកអ្នកណាទេ៖ ប្រធានគណៈប្រតិភូ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>បន្ថែមពេលវេលា (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>ដកពេលវេលាចេញ (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>ឧ. en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>លេខកូដភាសា បំបែកដោយសញ្ញាក្បៀស។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>គណៈប្រតិភូ (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>ជួបជាមួយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>អ្នកចូលរួម (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>ពេលវេលាដែលស្នើសុំ (&amp;W)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>រយៈពេល (&amp;U)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>ការបកប្រែផ្ទាល់មាត់ (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>កំណត់សម្គាល់ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation> (ប្រធានគណៈប្រតិភូ)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>ពេលវេលាដែលស្នើសុំ {day} {start}–{end} បញ្ចប់មុនពេលចាប់ផ្ដើម។</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>ពេលបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>ស្ដារពីច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>ច្បាប់បម្រុងទុកត្រូវបានធ្វើនៅពេលបើកព្រឹត្តិការណ៍ និងរៀងរាល់ 10 នាទីនៅពេលវាផ្លាស់ប្ដូរ។ រក្សាទុក 20 ចុងក្រោយ។ ការស្ដារជំនួសព្រឹត្តិការណ៍ដោយច្បាប់បម្រុងទុក។ ស្ថានភាពបច្ចុប្បន្នត្រូវបានបម្រុងទុកជាមុន ដូច្នេះអ្នកអាចត្រឡប់វិញបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>មិនទាន់មានច្បាប់បម្រុងទុកនៃព្រឹត្តិការណ៍នេះទេ។ មួយនឹងត្រូវបានធ្វើភ្លាមៗបន្ទាប់ពីបើកព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>ច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>ស្ដារ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>ជំនួសព្រឹត្តិការណ៍ដោយច្បាប់បម្រុងទុកនៃ {time} ឬ? ការផ្លាស់ប្ដូរដែលធ្វើតាំងពីពេលនោះ ត្រូវបានទុកដាច់ដោយឡែកក្នុងច្បាប់បម្រុងទុកថ្មី។</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>លទ្ធផលចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>បោះពុម្ពប័ណ្ណដែលបាត់ឡើងវិញ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>ស្កេនប័ណ្ណ ឬវាយឈ្មោះ ហើយចុច Enter។</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  អនុញ្ញាតចូល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>បានចុះឈ្មោះរួចហើយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>នៅតុ {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>នៅតុគ្មានឈ្មោះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>បានចុះឈ្មោះនៅ {time} {where}។ កុំអនុញ្ញាតចូលពីរដង។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  បដិសេធ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
កុំអនុញ្ញាតចូលដោយប័ណ្ណនេះ។ សូមពិនិត្យអត្តសញ្ញាណប័ណ្ណរបស់បុគ្គលនោះ ហើយរកគាត់តាមឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>ប័ណ្ណនេះ (កំណែ {scanned}) ត្រូវបានជំនួសដោយកំណែ {current}។ ប័ណ្ណចាស់ត្រូវបានរាយការណ៍ថាបាត់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>ប្រតិភូនៃប័ណ្ណនេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>កំណត់សម្គាល់៖ {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>ភាពងាយស្រួល៖ {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>អាហារ៖ {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>ប្រធានគណៈប្រតិភូ · ចុះឈ្មោះ {here} នៃ {total} នាក់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>អនុញ្ញាតទាំងគណៈប្រតិភូ ({n} នាក់រង់ចាំ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel} បន្ទប់ {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>សណ្ឋាគារ៖ {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>ចាកចេញ៖ {number} {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>បន្ថែមបន្ទប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>កែសម្រួលបន្ទប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>ចំណុះ (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>ជាន់ (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>លំដាប់ (&amp;O)៖</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>ប្រភេទបន្ទប់</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>ប្រភេទបន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>ចំនួនអ្នកស្នាក់ (&amp;S)៖</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>បោះពុម្ពបញ្ជីបែងចែកបន្ទប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>សណ្ឋាគារ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>បញ្ជីបែងចែកបន្ទប់ – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>បន្ថែម (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln កៅអី</numerusform>
            <numerusform>%Ln កៅអី</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>លុបបន្ទប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>លុបបន្ទប់ «{name}» ឬ? វគ្គរបស់វានៅតែមានក្នុងរបៀបវារៈដោយគ្មានបន្ទប់។</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>ជ្រើសកន្លែងផ្សេង…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>អ្នកដែលរកឃើញ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>គ្មាននរណាត្រូវនឹង «{text}» ទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>រកឃើញ {total} — ↑ ↓ ដើម្បីជ្រើស Enter ដើម្បីអនុញ្ញាតចូល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>{shown} ល្អបំផុតក្នុងចំណោម {total} ដែលរកឃើញ — វាយបន្តដើម្បីបង្រួម</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>បោះពុម្ពប្លង់កន្លែងអង្គុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>ប្លង់កន្លែងអង្គុយ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>ស្លាកឈ្មោះលើតុ (មួយសម្រាប់កៅអីនីមួយៗនៅតុ) (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 ផ្ដេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 ផ្ដេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>មានឈ្មោះបុគ្គល (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>ក្រដាស (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>ប្លង់កន្លែងអង្គុយ – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>ស្លាកឈ្មោះលើតុ – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>ប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>ប្លង់កន្លែងអង្គុយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>ប្លង់កន្លែងអង្គុយ</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>អូសកៅអីមួយទៅដាក់លើកៅអីមួយទៀត ដើម្បីប្ដូរគ្នា។ ម៉ឺនុយបរិបទរបស់វាផ្ដល់ ឬធ្វើឱ្យកៅអីទំនេរ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>កូតា (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>ប្លង់បន្ទប់ (&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>កៅអី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>ប្ដូរជាមួយកៅអី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>ប្ដូរ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>ផ្ដល់ ឬធ្វើឱ្យទំនេរ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>ផ្ដល់ ឬធ្វើឱ្យទំនេរកៅអីដែលបានវាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>ម៉ឺនុយរបស់កៅអី ដូចពេលចុចខាងស្ដាំលើវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>កៅអី (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>ជាមួយ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>មិនទាន់មានវគ្គណានៅក្នុងបន្ទប់ដែលមានប្លង់កៅអីនៅឡើយទេ៖ សូមកំណត់ប្លង់ឱ្យបន្ទប់មួយក្នុង ប្លង់បន្ទប់។</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>ប្លង់បន្ទប់</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>បានរក្សាទុកប្លង់ {room}៖ កៅអី {seats} សម្រាប់គណៈប្រតិភូ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>ប្លង់កន្លែងអង្គុយរបស់វាត្រូវបានរៀបឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>ប្លង់កន្លែងអង្គុយ {count} ត្រូវបានរៀបឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>រៀបកៅអីដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>បានរៀបកៅអីដោយស្វ័យប្រវត្តិ៖ បានផ្ដល់កៅអី {count}។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>គ្មានកៅអី «{seat}» ក្នុងប្លង់នេះទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>ផ្ដល់កៅអី {seat} ឱ្យ (&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (មិនកំណត់ឈ្មោះ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>ឱ្យអង្គុយនៅកៅអី {seat} (&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>ធ្វើឱ្យកៅអី {seat} ទំនេរ (&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>បានផ្ដល់កៅអី {seat}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>កៅអី {seat} ទំនេរហើយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>សមាជិកម្នាក់ទៀតបានអង្គុយនៅកៅអី {seat}។</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>បានប្ដូរកៅអី {first} និង {second}។</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>ថតបម្រុងទុកទីពីរ</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>ច្បាប់បម្រុងទុកនីមួយៗនៃព្រឹត្តិការណ៍ ក៏ត្រូវបានចម្លងទៅថតនេះដែរ ឧទាហរណ៍លើ USB ដើម្បីកុំឱ្យកុំព្យូទ័រយួរដៃដែលបាត់ ឬខូច យកច្បាប់បម្រុងទុកទៅជាមួយ។ ថតនេះត្រូវបានកំណត់សម្រាប់កុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>ជ្រើសថត (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>មិនចម្លងទៅកន្លែងផ្សេង (&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>គ្មានថតទីពីរទេ៖ ច្បាប់បម្រុងទុកត្រូវបានរក្សានៅលើកុំព្យូទ័រនេះតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — មិនមាននៅពេលនេះទេ (តើ USB បានដោតហើយឬនៅ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>ច្បាប់បម្រុងទុកក៏ត្រូវបានចម្លងទៅ {folder} ដែរ។</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>ពិធីបើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>សម័យប្រជុំពេញអង្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>សិក្ខាសាលា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>សិក្ខាសាលាអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>ពិធីចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>ទស្សនកិច្ចសិក្សា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>សម្រាក ឬអាហារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>វាគ្មិនគន្លឹះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>អ្នកចូលរួមពិភាក្សា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>បន្ថែមវគ្គ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>កែសម្រួលវគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>ចំណងជើង (អង់គ្លេស) (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>ចំណងជើង (ចិន) (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>ចាប់ផ្ដើម (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>បញ្ចប់ (&amp;E)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(គ្មានបន្ទប់)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>បន្ទប់ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(គ្មានប្រធានអង្គប្រជុំ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>ប្រធានអង្គប្រជុំ (&amp;H)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>វាគ្មិនរបស់វគ្គ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>ត្រងវាគ្មិន</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>តួនាទីរបស់វាគ្មិនដែលបានជ្រើសក្នុងវគ្គនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>ឡើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>ចុះ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>វាគ្មិន (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>ការពិពណ៌នា (&amp;I)៖</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>វាគ្មិន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>ប្រធានអង្គប្រជុំ៖ {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>ដាក់ឈ្មោះតុនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>ការចុះឈ្មោះនីមួយៗត្រូវបានកត់ត្រាជាមួយឈ្មោះតុ ដើម្បីឱ្យតុនានាអាចផ្លាស់ប្ដូរកំណត់ហេតុរបស់ខ្លួន។ សូមប្រើឈ្មោះខ្លីដែលបុគ្គលិកស្គាល់ ដូចជា «ខាងជើង 1»។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>ឈ្មោះតុ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>ចាប់ផ្ដើមចុះឈ្មោះ</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>ការចុះហត្ថលេខាកិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>បង្ហាញ (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>កិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>ចំណងជើងភាសាចិន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>អ្នកចុះហត្ថលេខា (កៅអី)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>កិច្ចព្រមព្រៀងថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>កែសម្រួលកិច្ចព្រមព្រៀង (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>ដកកិច្ចព្រមព្រៀងចេញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>ពិធីចុះហត្ថលេខាថ្មី (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>កែសម្រួលពិធីចុះហត្ថលេខា (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>ដកពិធីចុះហត្ថលេខាចេញ (&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>ផ្លាស់ឡើង (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>ផ្លាស់ចុះ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>បញ្ជីកិច្ចព្រមព្រៀង (ទាំងអស់)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>បានរក្សាទុកកិច្ចព្រមព្រៀង។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>ដកកិច្ចព្រមព្រៀងចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>ដក «{title}» ចេញពីបញ្ជីឬ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>បានដកកិច្ចព្រមព្រៀងចេញ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>បានរក្សាទុកពិធីចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>ដកពិធីចុះហត្ថលេខាចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>ដកពិធីចុះហត្ថលេខា «{title}» ចេញឬ? កិច្ចព្រមព្រៀងរបស់វានៅតែមានក្នុងបញ្ជី ដោយមិនភ្ជាប់នឹងពិធីណាមួយ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>បានដកពិធីចុះហត្ថលេខាចេញ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>បានរក្សាទុកលំដាប់ចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>បោះពុម្ពជា PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>បានសរសេរទៅ {path}។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>កំពុងបោះពុម្ព…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>វគ្គរបស់វាគ្មិន</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>បន្ថែមទៅវគ្គ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>ដកចេញពីវគ្គ</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;វគ្គ&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;វគ្គ&lt;/b&gt; — មិនទាន់មាន</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>ត្រងវាគ្មិន  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>វាគ្មិនថ្មី</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>វាគ្មិន</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>ជ្រើសរូបថត…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>ដករូបថតចេញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ឧ. ឯកឧត្តម, បណ្ឌិត, សាស្ត្រាចារ្យ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>វាយផ្នែកខ្លះនៃឈ្មោះប្រតិភូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>កំណត់ត្រាប្រតិភូរបស់វាគ្មិនផ្ទាល់ ប្រសិនបើគាត់ជាប្រតិភូ៖ ពេលមកដល់ និងចាកចេញរបស់គាត់ត្រូវបានពិនិត្យធៀបនឹងវគ្គរបស់គាត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>ជីវប្រវត្តិសង្ខេបសម្រាប់សៀវភៅកម្មវិធី។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>គោរមងារ (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>នាម (&amp;I)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>អក្សរដើម (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>មុខតំណែង (&amp;P)៖</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>នាមត្រកូល (&amp;Y)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>លំដាប់ឈ្មោះ (&amp;M)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>ស្ថាប័ន (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>ប្រទេស (&amp;U)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>កំណត់ត្រាប្រតិភូ (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>ត្រឡប់ដូចដើម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>រក្សាទុកវាគ្មិន ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>ជីវប្រវត្តិ (&amp;B)៖</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោមវាគ្មិន %Ln នាក់</numerusform>
            <numerusform>បង្ហាញ {shown} ក្នុងចំណោមវាគ្មិន %Ln នាក់</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>រក្សាទុកការផ្លាស់ប្ដូរចំពោះវាគ្មិននេះឬ?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>មិនបានជ្រើសវាគ្មិន</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>ជ្រើសរូបថត</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} មិនមែនជារូបភាពដែល Delegations អាចអានបានទេ។ សូមជ្រើស JPEG ឬ PNG។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>រូបភាព (*.jpg *.jpeg *.png *.webp *.bmp);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>លុបវាគ្មិន</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>លុបវាគ្មិន «{name}» ឬ? គាត់ក៏ត្រូវបានដកចេញពីវគ្គរបស់គាត់ដែរ។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>(មិនមែនប្រតិភូ)</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>ការទទួល-ជូន និងបញ្ជីអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>ការមកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>ការចាកចេញ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>យានយន្ត និងអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>យានយន្ត ឬអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>ជើងហោះហើរ ឬរថភ្លើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>គណៈប្រតិភូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>សណ្ឋាគារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>ចំណុចជួបជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>មន្ត្រីទទួល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>តម្រូវការ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីការបោះពុម្ពចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>នាំចេញ .xlsx (&amp;X)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>រក្សាទុកការកំណត់ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>ចន្លោះពេល (នាទី) (&amp;W)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>យានយន្ត (ប្រភេទ=កៅអី) (&amp;V)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>ទៅទទួលមុនជើងហោះហើរ (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>ទៅទទួលមុនរថភ្លើង (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>ទៅទទួលមុនរថយន្ត (&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>ចំណុចជួបជុំ (&amp;M)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>មន្ត្រីទទួល (&amp;G)៖</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>យានយន្ត {vehicles} គ្រឿង មនុស្ស {people} នាក់</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>មិនទាន់បានបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីការបោះពុម្ពនៅ {when}៖ {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>បានរក្សាទុកការកំណត់ការទទួល-ជូន។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>បញ្ជីអ្នកដំណើរ – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>នាំចេញបញ្ជីអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>សៀវភៅបញ្ជី Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>បានសរសេរបញ្ជីអ្នកដំណើរទៅ {path}</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>ការធ្វើដំណើរ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>ការមកដល់ និងការចាកចេញរបស់ប្រតិភូដែលបានជ្រើស និងអ្នកដែលធ្វើដំណើរជាមួយ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>ការធ្វើដំណើរ</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>ការធ្វើដំណើរ៖ {name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>ការទទួលភ្ញៀវ (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>សណ្ឋាគារ និងការបែងចែកបន្ទប់ (&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>ការទទួល-ជូន និងបញ្ជីអ្នកដំណើរ (&amp;T)…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>កំហុសមិនរំពឹងទុក</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;។ សូមភ្ជាប់វា (ឬបិទភ្ជាប់ព័ត៌មានលម្អិត) ទៅនឹងរបាយការណ៍របស់អ្នក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>ព័ត៌មានលម្អិតនៃកំហុស</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>ចម្លងព័ត៌មានលម្អិត (&amp;C)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>ចម្លងអ្វីដែលខុស ព្រមទាំងកំណែ សម្រាប់របាយការណ៍កំហុស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត (&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>មានបញ្ហាកើតឡើងដែលមិនមែនជាកំហុសរបស់អ្នក៖ {error}

ឯកសារព្រឹត្តិការណ៍របស់អ្នកមានសុវត្ថិភាព៖ រាល់ការផ្លាស់ប្ដូរត្រូវបានរក្សាទុកភ្លាមៗនៅពេលអ្នកធ្វើវា។ អ្នកអាចបន្តធ្វើការបាន។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>កំហុសសរុប៖ {count}។ ចុងក្រោយ៖ {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>បានចម្លង</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>Delegations មិនអាចបើកបង្អួចរបស់វាបានទេ៖ {error}

ឯកសារព្រឹត្តិការណ៍របស់អ្នកមានសុវត្ថិភាព។ សូមផ្ញើព័ត៌មានលម្អិតទៅអ្នកដែលថែទាំ Delegations។</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>ស្ថានភាពម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>ម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍៖ កំពុងភ្ជាប់…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>ក្រៅបណ្ដាញ — កំពុងអនុញ្ញាតចូលនៅលើកុំព្យូទ័រនេះ មាន %n ការអនុញ្ញាតចូលរង់ចាំផ្ញើ</numerusform>
            <numerusform>ក្រៅបណ្ដាញ — កំពុងអនុញ្ញាតចូលនៅលើកុំព្យូទ័រនេះ មាន %n ការអនុញ្ញាតចូលរង់ចាំផ្ញើ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>ម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍មិនឆ្លើយតបទេ។ ការអនុញ្ញាតចូលត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ ហើយនឹងផ្ញើនៅពេលម៉ាស៊ីនមេឆ្លើយតបវិញ។</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>បានត្រឡប់មកលើបណ្ដាញវិញ — បានផ្ញើ %n</numerusform>
            <numerusform>បានត្រឡប់មកលើបណ្ដាញវិញ — បានផ្ញើ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>, %n នាក់ត្រូវបានអនុញ្ញាតចូលពីរដង</numerusform>
            <numerusform>, %n នាក់ត្រូវបានអនុញ្ញាតចូលពីរដង</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>ម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍៖ លើបណ្ដាញ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>ច្បាប់ចម្លងក្រៅបណ្ដាញ — កំពុងអនុញ្ញាតចូលនៅលើកុំព្យូទ័រនេះ នឹងផ្ញើនៅពេលភ្ជាប់ម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>ម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍មិនបានឆ្លើយតប ដូច្នេះតុចុះឈ្មោះនេះបានបើកច្បាប់ចម្លងព្រឹត្តិការណ៍ផ្ទាល់ខ្លួន។ សូមភ្ជាប់ទៅម៉ាស៊ីនមេម្ដងទៀត (ឯកសារ ▸ ភ្ជាប់ទៅម៉ាស៊ីនមេនៅទីកន្លែងព្រឹត្តិការណ៍…) ដើម្បីផ្ញើការអនុញ្ញាតចូលដែលបានធ្វើនៅទីនេះ។</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>ចុះឈ្មោះនៅនឹងកន្លែង</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>នាម (&amp;G)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>នាមត្រកូល (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>ឈ្មោះជាអក្សរខ្លួន (&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>គណៈប្រតិភូ (&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>តួនាទី (&amp;R)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>បន្ថែម បោះពុម្ព និងអនុញ្ញាតចូល (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>អ្នកដែលមិនបានចុះឈ្មោះ៖ គាត់ត្រូវបានបន្ថែមទៅក្នុងគណៈប្រតិភូ ប័ណ្ណរបស់គាត់បោះពុម្ពលើម៉ាស៊ីនបោះពុម្ពរបស់តុនេះ ហើយគាត់ត្រូវបានចុះឈ្មោះចូល។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>វាយឈ្មោះរបស់បុគ្គលនោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>ព្រឹត្តិការណ៍មិនទាន់មានគណៈប្រតិភូទេ៖ សូមបន្ថែមមួយជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>សាក្សី៖ វាយដើម្បីស្វែងរក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>សាក្សីដែលត្រូវបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>បន្ថែមសាក្សី (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>ដកសាក្សីចេញ (&amp;V)</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>នាមត្រកូលជាអក្សរធំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>បោះពុម្ព «BAI Zhen», «Somchai SRISUK»៖ នាមត្រកូលជាអក្សរធំ ដើម្បីកុំឱ្យនរណាច្រឡំថាផ្នែកណានៃឈ្មោះជានាមត្រកូល។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>បោះពុម្ពជា PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>បោះពុម្ពលើម៉ាស៊ីនបោះពុម្ពរបស់ប្រព័ន្ធ តាមទំហំទំព័ររបស់ប្លង់ និងខ្នាត 100 %។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>ប្លង់តាមតួនាទីរបស់បុគ្គលម្នាក់ៗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>បុគ្គលម្នាក់ៗទទួលបានប្លង់នៃតួនាទីរបស់ខ្លួន (ប្លង់ប័ណ្ណ… ▸ ប្រើសម្រាប់តួនាទី…) ឬប្លង់លំនាំដើម ប្រសិនបើតួនាទីនោះគ្មានប្លង់។</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>ប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>បោះពុម្ពប័ណ្ណជា PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>កំពុងបោះពុម្ពប័ណ្ណ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>បានបោះបង់ការបោះពុម្ព គ្មានឯកសារត្រូវបានសរសេរ គ្មានអ្វីត្រូវបានកត់ត្រាទេ។</translation>
    </message>
</context>
</TS>
