<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>{name} ကို ကဏ္ဍတစ်ခုသို့ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>ခေါင်းစဉ်၊ အခန်း သို့မဟုတ် နေ့၏ တစ်စိတ်တစ်ပိုင်းကို ရိုက်ပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>ကဏ္ဍ (&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>တာဝန် (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>အစီအစဉ် ထုတ်ယူရန်</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခုကို {path} သို့ ရေးပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>ပြက္ခဒိန် (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>ညီလာခံအက်ပ်များအတွက် အချိန်ဇယား frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>အစီအစဉ်တစ်ခုလုံး JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>အစီအစဉ် တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>JSON အဖြစ် ထုတ်ယူထားသော အစီအစဉ် (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>အစီအစဉ်တစ်ခုလုံးကို — {current}၊ ၎င်းတို့၏ အခန်းများနှင့် ဟောပြောသူများ — {name} ထဲရှိ {count} ဖြင့် အစားထိုးမလား။

ဤလုပ်ဆောင်ချက်ကို နောက်ပြန်ဖြင့် ပြန်ပြင်၍ မရပါ။ လက်ရှိအစီအစဉ်ကို ပြန်လိုချင်နိုင်လျှင် အစီအစဉ်မူကို ထုတ်ပြန်ပါ သို့မဟုတ် ပွဲ၏ မိတ္တူကို ဦးစွာ သိမ်းပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>{sessions}၊ {rooms} နှင့် {speakers} ကို တင်သွင်းပြီးပါပြီ။</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>အခန်း %Ln ခန်း</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>ဟောပြောသူ %Ln ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>ဤပွဲ၏ ကိုယ်စားလှယ်နှင့် မချိတ်ဆက်ထားပါ- {names}။</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>သဘာပတိ- {name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ- {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>ဘာသာစကား- {languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>ရွှေ့ရန် ဆွဲပါ၊ နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများအတွက် နှစ်ချက်နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · နှစ်နိုင်ငံ တွေ့ဆုံပွဲ</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>အခန်းမရှိ</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန် (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>အစီအစဉ် (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>အစီအစဉ်မူ ထုတ်ပြန်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>မူမှစ၍ ပြောင်းလဲမှုများ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>အစီအစဉ် ထုတ်ယူရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>အစီအစဉ် တင်သွင်းရန် (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>အခန်းများ (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>ကဏ္ဍများ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>အစီအစဉ်ဇယား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>အခန်းနှင့် အချိန်အလိုက် ကဏ္ဍများ၊ ကီးဘုတ်ဖြင့် သုံးရန် စာရင်းမြင်ကွင်းတွင် ရှိသည်</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>နေ့စဉ်ဇယား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>တစ်နေ့ကို အချိန်ဇယားအဖြစ်၊ အခန်းများကို ကော်လံအဖြစ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>စာရင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>ကီးဘုတ်ဖြင့် လုပ်ရန် ကဏ္ဍများကို စာရင်းအဖြစ်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>ခေါင်းစဉ်၊ အခန်း သို့မဟုတ် ဟောပြောသူဖြင့် စစ်ထုတ်ရန်  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>ကဏ္ဍ ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>အခန်းများ…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>ထိုင်ခုံ %Ln ခုံ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>အထပ် {floor}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>နေ့အားလုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>အစီအစဉ်တစ်ခုလုံး၊ နေ့အလိုက်</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}- ကဏ္ဍ %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>ဤနေ့တွင် ကဏ္ဍ %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>“{text}” နှင့် ကိုက်ညီသည့်အရာ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>ဤနေ့တွင် ကဏ္ဍ မရှိသေးပါ။ “ကဏ္ဍ ထည့်ရန်…” ဖြင့် ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>ကဏ္ဍ မရှိသေးပါ။ “ကဏ္ဍ ထည့်ရန်…” ဖြင့် ထည့်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခုအနက် {shown} ခုကို ပြသနေသည်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>ကဏ္ဍ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>အခန်းမရှိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>“{title}” ကို {room} သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>“{title}” ကို ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>“{title}” ၏ ပြီးဆုံးချိန်ကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ “{title}” ကို {room} သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ “{title}” ကို ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}” သည် ကဏ္ဍ မဟုတ်ဘဲ နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ ဖြစ်သည်- ရွှေ့ရန် ဆွဲပါ၊ ၎င်း၏ တက်ရောက်သူများနှင့် လိုလားသည့်အချိန်များကို “delegations bilaterals” ဖြင့် ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>“{title}” ကို ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>“{title}” ကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>ကဏ္ဍများ ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>“{title}” ကို ဖျက်ရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခု ဖျက်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>ကဏ္ဍ “{title}” ကို ဖျက်မလား။</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခုကို ဖျက်မလား။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>ပြင်ဆင် ▸ နောက်ပြန် ဖြင့် ပြန်ရနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>အစီအစဉ်မူ {number} ကို ထုတ်ပြန်ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>နားလည်မှုစာချွန်လွှာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>သဘောတူစာချုပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>ရည်ရွယ်ချက်ပြစာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ကုမ္ပဏီ</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>သဘောတူစာချုပ် အသစ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>သဘောတူစာချုပ် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>အင်္ဂလိပ်ဘာသာ ခေါင်းစဉ် (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>တရုတ်ဘာသာ ခေါင်းစဉ် (&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>အမျိုးအစား (&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>စာချုပ်ဝင်အဖွဲ့များနှင့် လက်မှတ်ထိုးသူများ (&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>သက်သေများ (&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ မသတ်မှတ်ရသေး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>လက်မှတ်ရေးထိုးမည့်ပွဲ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>{hotel} ရှိ အခန်း</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>အခန်းအသစ် (&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>ဟိုတယ်၏ အခန်းနံပါတ် (သိလျှင်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>အခန်းအတူနေမည့်သူ (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>သီးခြားရက်စွဲ (မဟုတ်လျှင် ခရီးစဉ်အတိုင်း) (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>ဧည့်သည် (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>အခန်းအမျိုးအစား (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>အခန်းနံပါတ် (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>ဟိုတယ်ဝင်ရက် (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ဟိုတယ်ထွက်ရက် (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>အထူးတောင်းဆိုချက် (&amp;Q):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>ဧည့်သည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>အခန်းအတူနေမည့်သူ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}- စာရင်းထဲတွင် “{name}” အမည်ရှိသူ မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>ကတ်ပြား ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>လူတိုင်း၊ ရွေးထားသူများ သို့မဟုတ် ကိုယ်စားလှယ်အဖွဲ့တစ်ဖွဲ့အတွက် အမည်ကတ်ပြား ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>ရွေးထားသူများ၏ ကတ်ပြား ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>ကတ်ပြား ပြန်ပုံနှိပ်ရန်…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>ကတ်ပြား ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>မည်သူ့ကတ်ပြားများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>ကိုယ်စားလှယ်အားလုံး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>ရွေးထားသော ကိုယ်စားလှယ်များ ({count:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>၎င်းတို့၏ ကတ်ပြားများကိုသာ ပုံနှိပ်ရန် ဇယားထဲတွင် ကိုယ်စားလှယ်များကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ တစ်ဖွဲ့-</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>ကတ်ပြား မပုံနှိပ်ရသေးသူများသာ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>ပုံစံ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>ပုံစံများ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>ကတ်ပြားပုံစံများ- ပြင်ရန် တစ်ခုကို မိတ္တူပွားပါ၊ တာဝန်တစ်ခုအတွက် သုံးပါ၊ ထုတ်ယူပါ၊ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>ပုံမနှိပ်မီ စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>အစမ်းကြည့်ရန် ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>ပထမစာမျက်နှာ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>ရွေးထားသော</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>မပုံနှိပ်ရသေး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>တာဝန်အလိုက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>ကတ်ပြား {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>အစမ်းကြည့်စရာ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>ဤရွေးချယ်မှုအတွက် ပုံနှိပ်စရာ ကတ်ပြား မရှိပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>အစမ်းကြည့်ရန် PDFium (pypdfium2 ပက်ကေ့ချ်) လိုအပ်သည်။ ၎င်းမပါဘဲ ပုံနှိပ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{pages} ပေါ်တွင် {badges}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>ကတ်ပြား %Ln ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>စာမျက်နှာ %Ln မျက်နှာ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption}၊ နှစ်ဖက်ပုံနှိပ်သည် (ကျောဘက်တိုင်းကို စာရွက်၏ နောက်ကျောတွင်)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>ပုံမနှိပ်မီ စစ်ဆေးရန် ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>အမည်တိုင်းတွင် စာလုံးအားလုံးအတွက် ဖောင့်ရှိပြီး ဖတ်နိုင်သော အရွယ်အစားဖြင့် ဆံ့သည်။</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ဖွဲ့၏ အချိန်ဇယား (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>အခန်းတစ်ခန်း၏ တံခါးကပ်စာရွက် (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>တွေ့ဆုံပွဲရှိသော ကိုယ်စားလှယ်အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>အခန်း (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>နေ့ (&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ အချိန်ဇယားများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ အချိန်ဇယား – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>တံခါးကပ်စာရွက် – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>စဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>တွေ့ဆုံပွဲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>အခန်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>ထပ်နေမှုများ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>ကြာချိန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>လိုလားသည့်အချိန်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>တက်ရောက်သူများ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>တောင်းဆိုချက်အသစ် (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>တောင်းဆိုချက် ပယ်ဖျက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>ရွှေ့ရန် (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>အချိန်ဇယား ချရန် (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>မဆောင်ရွက်ရသေးသော တောင်းဆိုချက်တိုင်းကို ၎င်း၏ လိုလားသည့်အချိန်အတွင်း နှစ်နိုင်ငံ တွေ့ဆုံပွဲ အခန်းများတွင် နေရာချရန်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>ပြသရန် (&amp;H):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>တောင်းဆိုထား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>အချိန်သတ်မှတ်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ပယ်ဖျက်ပြီး</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} မိနစ်</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>ထပ်နေမှုများ- {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>ထပ်နေမှု မရှိ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများအတွက် သီးသန့်အခန်း မသတ်မှတ်ရသေးပါ၊ `delegations bilaterals rooms NAME…` ဖြင့် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ {id} ({title}) ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ {id} ကို တောင်းဆိုပြီးပါပြီ- {title}။</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>တောင်းဆိုချက် ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ {title} ကို ပယ်ဖျက်မလား။ အချိန်သတ်မှတ်ပြီးသော တွေ့ဆုံပွဲဖြစ်လျှင် ၎င်း၏ အခန်းနှင့် အချိန်ကို ပြန်လည်ရရှိမည်။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ {id} ({title}) ကို ပယ်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>{title} ကို {when}၊ {room} သို့ ရွှေ့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>ထပ်နေမှုများ- {sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>အချိန်ဇယား ချရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>နေရာချပြီး- {placed}၊ နေရာမချရသေး- {unplaced}။</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>ကြိုတင်ထိန်းထားအခန်း ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>အခန်းအမျိုးအစား (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>ဟိုတယ်ဝင်ရက် (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>ဟိုတယ်ထွက်ရက် (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>အခန်းအရေအတွက် (&amp;M):</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>အစီအစဉ်စာအုပ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>ပုံနှိပ်မည့်အရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>အစီအစဉ်စာအုပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>ပြင်ဆင်ချက်စာရွက် (A4)- ဤမူမှစ၍ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>{number} — {date} တွင် ထုတ်ပြန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>အစီအစဉ်မူကို ဦးစွာ ထုတ်ပြန်ပါ။ ပြင်ဆင်ချက်စာရွက်သည် ထိုအချိန်မှစ၍ ပြောင်းလဲသည်များကို ဖော်ပြသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>တံခါးကပ်စာရွက် (A4)- အခန်းတစ်ခန်း တစ်နေ့လျှင် တစ်မျက်နှာ၊ တံခါးများအတွက်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>စာအုပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 မမ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 မမ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>A4 အလျားလိုက် တစ်ရွက်လျှင် နှစ်မျက်နှာ၊ အလယ်ချုပ် အစီအစဉ်ဖြင့်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>နှစ်ဖက်ပုံနှိပ်ပါ၊ အတိုဘက်တွင် လှန်ပါ၊ စာရွက်ထပ်ကို အလယ်မှ ခေါက်ပြီး ချုပ်ပါ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>လက်ရှိအတိုင်း- {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>လက်ရှိအစီအစဉ်ကို မူ {number} အဖြစ် ဦးစွာ ထုတ်ပြန်ရန်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>အင်္ဂလိပ်၊ အောက်တွင် တရုတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>တရုတ်၊ အောက်တွင် အင်္ဂလိပ် (中文版)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ခေါင်းဆောင်များသာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>အဖွဲ့ဝင်အားလုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>မထည့်ပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>ဥပမာ- ပုံနှိပ်ရန် နောက်ဆုံးအစီအစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>မူမှတ်ချက်-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>စာရွက်-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>မူ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>ဘာသာစကားမူ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့စာရင်းများ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>PDF အဖြစ် ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>မူ {number} မှစ၍ ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>တံခါးကပ်စာရွက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>အစီအစဉ်စာအုပ် {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> စီပြီး</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>PDF အဖြစ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF စာတမ်း (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>ပုံနှိပ်စက် {name} သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>အစီအစဉ်စာအုပ် ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>ပြင်ဆင်ချက်စာရွက် ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>တံခါးကပ်စာရွက်များ ပုံနှိပ်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>ပြောင်းလဲမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>မူ {number} မှစ၍ ပြင်ဆင်ချက်များ- {changes} ကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>တံခါးကပ်စာရွက် %Ln ရွက်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>{pages} ကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>စာမျက်နှာ %Ln မျက်နှာ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>A4 %Ln မျက်နှာပေါ်တွင် {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>အစီအစဉ်စာအုပ် ({pages}) ကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>ပုံနှိပ်ခြင်းကို ပယ်ဖျက်ပြီး၊ ဖိုင် မရေးရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ အသစ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>အင်္ဂလိပ်ဘာသာ ခေါင်းစဉ် (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>တရုတ်ဘာသာ ခေါင်းစဉ် (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>နေ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>အချိန် (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>အခန်း သို့မဟုတ် မည်သည့်နေရာမဆို</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>နေရာ (&amp;P):</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>အစီအစဉ်မူမှစ၍ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>ထိုမူမှစ၍ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>ပြင်ဆင်ချက် ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>ပြင်ဆင်ချက်စာရွက်ကို အစမ်းကြည့်ပြီး စနစ်၏ ပုံနှိပ်စက်တစ်ခုဖြင့် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>မှစ၍ (&amp;S):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>အစီအစဉ်မူ မထုတ်ပြန်ရသေးပါ- အစီအစဉ် ▸ အစီအစဉ်မူ ထုတ်ပြန်ရန်… ကို ဦးစွာ သုံးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>မူ {number} မှစ၍ ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>မူ {number} မှစ၍ ပြောင်းလဲမှု %Ln ခု-</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>နောက်ဆုံး ဝင်ခွင့်ပြုမှုကို နောက်ပြန်ရန်</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>ကတ်ပြားကို စကင်ဖတ်ပါ — သို့မဟုတ် အမည်ရိုက်ပါ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>ကတ်ပြားကုဒ် သို့မဟုတ် အမည်</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>ကိုယ်စားလှယ်များကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>မှတ်ပုံတင်ကောင်တာကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>ရှာမတွေ့ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}” သည် ဤပွဲ၏ ကတ်ပြားမဟုတ်ပါ၊ မည်သည့်ကိုယ်စားလှယ်နှင့်မျှ မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>မှတ်တမ်းမတင်ရ</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>မှတ်ပုံတင်မှုကို သိမ်း၍မရပါ ({error})။ ထပ်စမ်းပါ၊ ဆက်ပြီး မအောင်မြင်ပါက စာရွက်စာရင်းကို သုံးပါ။</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  {n} ဦး ဝင်ခွင့်ပြုပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}- ယခု ဝင်ခွင့်ပြု {admitted} ဦး၊ မှတ်ပုံတင်ပြီးသား {already} ဦး။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ခုလုံး ဝင်ခွင့်ပြုရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>{delegation} ၏ စောင့်ဆိုင်းနေသော အဖွဲ့ဝင် %Ln ဦးလုံးကို ဝင်ခွင့်ပြုမလား။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…နှင့် နောက်ထပ် %Ln ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>နောက်ပြန်၍ မရပါ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>နောက်ပြန်စရာ မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>ဤကောင်တာတွင် ပြုလုပ်ခဲ့သော ဝင်ခွင့်ပြုမှု အကျုံးဝင်ဆဲ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>ကိုယ်စားလှယ် {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  ဝင်ခွင့်ပြုမှုကို နောက်ပြန်ပြီး</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name} နှင့် အခြား %Ln ဦးသည် မှတ်ပုံတင်ထားခြင်း မရှိတော့ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name} သည် မှတ်ပုံတင်ထားခြင်း မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>စီစဉ်သူ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN မမှန်ပါ၊ ကောင်တာမုဒ် ဆက်ဖွင့်ထားသည်။ စီစဉ်သူကို မေးပါ။</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>မှတ်ပုံတင်ကောင်တာ {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>နားလည်ပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>နားလည်ပါပြီ- နာရီ သတိပေးချက်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>ဤကွန်ပျူတာ၏ နာရီက {today} ဟု ပြနေသော်လည်း ပွဲသည် {start} – {end} တွင် ကျင်းပသည်။ ဝင်ခွင့်ပြုမှုတိုင်းကို ဤနာရီ၏ အချိန်ဖြင့် မှတ်တမ်းတင်ပြီး ကောင်တာများ၏ မှတ်တမ်းများကို ထိုအစီအစဉ်အတိုင်း ပေါင်းသည်- ဝင်ခွင့်မပြုမီ နာရီကို မှန်အောင် ချိန်ပါ။</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>ထပ်နေမှုများ</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ထပ်နေမှု %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>ထပ်နေမှု မရှိ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>ကဏ္ဍများကို ပြရန် နှစ်ချက်နှိပ်ပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲကို ပြရန် နှစ်ချက်နှိပ်ပါ</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>ပွဲကျင်းပရာနေရာ၏ ဆာဗာသို့ ချိတ်ဆက်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>မှတ်ပုံတင်ကောင်တာများနှင့် စီစဉ်သူများ၏ ရုံးက အတူသုံးသော ပွဲကျင်းပရာနေရာ၏ PostgreSQL ဆာဗာပေါ်ရှိ ပွဲကို ဖွင့်ပါ။ စကားဝှက်ကို ဤချိတ်ဆက်မှုအတွက်သာ အသုံးပြုပြီး မည်သည့်အခါမျှ မသိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>ဆာဗာ (&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>ဥပမာ 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>ပေါ့တ် (&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>ဒေတာဘေ့စ် (&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>ဥပမာ week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>အကောင့်အမည် (&amp;L):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>ဥပမာ desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>စကားဝှက် (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>ဤဆာဗာကို မှတ်ထားရန် (စကားဝှက် မသိမ်းပါ) (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>ချိတ်ဆက်ရန် (&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာက မတုံ့ပြန်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} က မတုံ့ပြန်ပါ။

ဤကွန်ပျူတာတွင် ပွဲ၏ ကိုယ်ပိုင်မိတ္တူ ရှိသည်။ ၎င်းသည် {date} {time} တွင် နောက်ဆုံးမြင်ခဲ့သည့်အတိုင်း ဖြစ်သည်။ ဝင်ခွင့်ပြုခြင်းကို ဆက်လုပ်ရန် မိတ္တူကို ဖွင့်မလား။ မိတ္တူပေါ်တွင် ဝင်ခွင့်ပြုထားသည်များကို ဆာဗာသို့ ပြန်ချိတ်ဆက်သောအခါ ပို့ပါမည်၊ ၎င်းပေါ်တွင် ပြုလုပ်သော အခြားပြောင်းလဲမှုများကို မပို့ပါ။</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>ဝင်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>မျှော်မှန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>စောင့်ဆဲ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>ကတ်ပြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>ထုတ်ပေးပြီး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အလိုက် မှတ်ပုံတင်မှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>တာဝန်အလိုက် မှတ်ပုံတင်မှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အလိုက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>တာဝန်အလိုက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>မရောက်သေး</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>ဆက်သွယ်ရေးအရာရှိထံ လွှဲအပ်ပြီးသော ကတ်ပြားများကို ထုတ်ပေးပြီးဟု မှတ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>ကတ်ပြား ထုတ်ပေးပြီး သို့မဟုတ် မထုတ်ပေးရသေး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>ကတ်ပြား ထုတ်ပေးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>ကတ်ပြား မထုတ်ပေးရသေး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>ယနေ့ ရောက်ရှိမည့် လေယာဉ် သို့မဟုတ် ရထားဖြင့် ခရီးသည်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>မည်သည့်နေ့ ရောက်ရှိသူမဆို</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>ယနေ့ ရောက်ရှိမည့်သူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>အမည်ဖြင့် စစ်ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>စာရင်း ပုံနှိပ်ရန် (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>စာရင်းကို အစမ်းကြည့်ပြီး စနစ်၏ ပုံနှိပ်စက်တစ်ခုဖြင့် ပုံနှိပ်ရန် (A4, 100 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>{expected} ဦးအနက် {admitted} ဦး မှတ်ပုံတင်ပြီး</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>မရောက်သေး ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>တာဝန်အားလုံး</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>{n} ပြထား</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>{time} အချိန်အထိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>ကောင်တာ {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>မရောက်သေးသူစာရင်း ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} ကို ရေး၍မရပါ- {reason}။</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>အမည် %Ln ခုကို {path} သို့ ရေးပြီး</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>မရောက်သေးသူစာရင်း ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>မရောက်သေး — ကိုယ်စားလှယ် {count} ဦး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>စာမျက်နှာ {pages} မျက်နှာကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>မရောက်သေးသူစာရင်း ပုံနှိပ်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>စာမျက်နှာ %Ln မျက်နှာကို {printer} သို့ ပို့ပြီး</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>ပွဲဖိုင် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>အရန်ကို ပြန်ယူရန် (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>အခြားဖိုင် ဖွင့်ရန် (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>စစ်ဆေးမှုကို ကျော်ဖြတ်သော ၎င်း၏ အရန် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>စစ်ဆေးမှုကို ကျော်ဖြတ်သော အသစ်ဆုံး အရန်မှာ {time} မှ ဖြစ်သည်။ ၎င်းကို ပြန်ယူလျှင် ပျက်စီးနေသော ဖိုင်ကို ယနေ့ရက်စွဲဖြင့် အမည်ပြောင်းပြီး ဘေးတွင် ထားမည်၊ အရန်ကူးပြီးနောက် ပြောင်းလဲမှုများ မပါဝင်ပါ။</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>ပွဲ ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Delegations ပွဲ (*.sqlite3);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>ကိုယ်စားလှယ် ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>ကိုယ်စားလှယ် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>ဂုဏ်ပုဒ် (&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ဥပမာ- H.E., ဒေါက်တာ, ပါမောက္ခ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>အမည် (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>မျိုးရိုးအမည် (&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>မူရင်းအက္ခရာဖြင့် အမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>ဥပမာ- 阮文德, สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>အမည်အစီအစဉ် (&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့၏ နိုင်ငံနှင့် မူရင်းအမည်မှ အကြံပြုထားသည်။ ဤပုဂ္ဂိုလ်က အမည်ကို အခြားနည်း ရေးလျှင် အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>တာဝန် (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ခုအတွင်း ခေါင်းဆောင်က ရှေ့ဆုံးဖြစ်ပြီး ထို့နောက် အဖွဲ့ဝင်များကို ရာထူးအဆင့်အလိုက် စီသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>ရာထူးအဆင့် (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>ရာထူး (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>အဖွဲ့အစည်း (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>အီးမေးလ် (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>ဖုန်း (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>အစားအစာ လိုအပ်ချက် (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>ဝင်ထွက်သွားလာရေး လိုအပ်ချက် (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ရောက်ရှိရက် (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>ထွက်ခွာရက် (&amp;U):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>မှတ်ချက် (&amp;T):</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>ကိုယ်စားလှယ် {count:,} ဦးကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>ကိုယ်စားလှယ်များ ထုတ်ယူနေသည်…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>တင်သွင်းရန်ပုံစံကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>တင်သွင်းရန်ပုံစံ ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>ကိုယ်စားလှယ်များ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>CSV ဖိုင်, UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>တင်သွင်းရန်ပုံစံ သိမ်းရန်</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>နိုင်ငံ (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>အဖွဲ့အစည်း (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>ဥပမာ- ပညာရေးဝန်ကြီးဌာန</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့များကို ဤအစီအစဉ်အတိုင်း ဖော်ပြသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>အာဆီယံ ဦးစားပေးအစီအစဉ်အရ သတ်မှတ်ထားသည်၊ စည်းမျဉ်းကို ဖိုင် ▸ ဦးစားပေးအစီအစဉ်… တွင် ပြောင်းပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>ထုံးတမ်းစဉ်လာ အစီအစဉ် (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ကို ဦးစွာထည့်ပြီးမှ ခေါင်းဆောင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ခေါင်းဆောင် (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>ဆက်သွယ်ရန်ပုဂ္ဂိုလ် (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>ဆက်သွယ်ရန် အီးမေးလ် (&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>ဆက်သွယ်ရန် ဖုန်း (&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>ရောက်ရှိရက် (&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>ထွက်ခွာရက် (&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>မှတ်ချက် (&amp;O):</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>အဖွဲ့ဝင်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>ခေါင်းဆောင်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့များ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>မူရင်းအက္ခရာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>ကိုယ်စားလှယ်များ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>အမည်၊ အဖွဲ့အစည်း သို့မဟုတ် အီးမေးလ်ဖြင့် စစ်ထုတ်ရန်  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>ကိုယ်စားလှယ် ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အားလုံး</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>ကိုယ်စားလှယ်အားလုံး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · ခေါင်းဆောင်- {head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦးကို ဖတ်နေသည်…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦးအနက် {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ မရှိသေးပါ။ ဘယ်ဘက်စာရင်းအောက်ရှိ “ထည့်ရန်…” ဖြင့် ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>“{text}” နှင့် ကိုက်ညီသူ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>ကိုယ်စားလှယ် မရှိသေးပါ။ “ကိုယ်စားလှယ် ထည့်ရန်…” ဖြင့် ထည့်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦးအနက် {shown} ဦးကို ပြသနေသည်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>ကိုယ်စားလှယ် “{name}” ကို ဖျက်မလား။ ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦးကို ဖျက်မလား။ ပြန်ပြင်၍ မရပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>ကိုယ်စားလှယ်များ ဖျက်ရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ်အဖွဲ့ “{name}” နှင့် ၎င်း၏ အဖွဲ့ဝင် %Ln ဦးကို ဖျက်မလား။ ပြန်ပြင်၍ မရပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ “{name}” ကို ဖျက်မလား။</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>ပွဲအမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>ပွဲအမည် (တရုတ်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>ပွဲကျင်းပသည့်ရက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>ကျင်းပရာနေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>ဂုဏ်ထူးအမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>မိခင်ဘာသာစာဖြင့် အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>တာဝန်ပြအစင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>QR ကုဒ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>မျဉ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>စတုဂံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ပုံ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>({field} ရှိမှသာ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>({field} မရှိမှသာ)</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>ကောင်တာ ဆက်တင်များ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>中 / ไทย ရိုက်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>တရုတ်၊ ထိုင်း သို့မဟုတ် အခြားအက္ခရာဖြင့် အမည်ရိုက်ရန် ထည့်သွင်းနည်းကို ဖွင့်ပါ။ စကင်နာ၏ ကုဒ်များ မပျက်စေရန် နောက်ဝင်ခွင့်ပြုမှုပြီးနောက် ၎င်းအလိုအလျောက် ပိတ်သွားမည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ နောက်ပြန် (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>ဤကောင်တာတွင် နောက်ဆုံး ဝင်ခွင့်ပြုမှုကို နောက်ပြန်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>ပွဲတွင် မှတ်ပုံတင်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>မှတ်ပုံမတင်ရသေးသူ- ထည့်ပါ၊ ကတ်ပြား ပုံနှိပ်ပါ၊ မှတ်ပုံတင်ပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>ကောင်တာမုဒ်မှ ထွက်ရန်…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>ကောင်တာ- {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>ကောင်တာအမည် မပေးရသေး</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>မှတ်ပုံတင်မှုများ ဖလှယ်ရန် (&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>အရန်မှ ပြန်ယူရန် (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>ဒုတိယ အရန်ဖိုင်တွဲ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>မြင်ကွင်း (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>ကောင်တာမုဒ် (မျက်နှာပြင်အပြည့်) (&amp;D)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>အလိုအလျောက် အရန်ကူးယူမှု မအောင်မြင်ပါ- {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>အရန်မှ ပြန်ယူရန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>ပွဲကို ပြန်ဖွင့်၍ မရပါ- {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>{time} ၏ အရန်ကို ပြန်ယူပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}- ကတ်ပြားအသစ်ကို {printer} သို့ ပို့ပြီး၊ ပျောက်သွားသော ကတ်ပြားကို ယခုမှစ၍ ငြင်းပယ်မည်။ ဤလုပ်ဆောင်ချက်ဖြင့် မှတ်ပုံတင်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}- ကတ်ပြားကို {printer} သို့ ထပ်ပို့ပြီး၊ ကုဒ်အတူတူ။ ဤလုပ်ဆောင်ချက်ဖြင့် မှတ်ပုံတင်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  ကတ်ပြား ပုံနှိပ်ပြီး</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>ပုံနှိပ်စက် မရှိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>ဤကောင်တာတွင် ပုံနှိပ်စက် မရှိသေးပါ- ကောင်တာ ဆက်တင်များ… (ပုံနှိပ်စက်) တွင် ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>ကတ်ပြား ပုံမနှိပ်ရ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>ကတ်ပြား ပုံနှိပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>ကောင်တာ ဆက်တင်များ</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>ဤကောင်တာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>ဥပမာ- မြောက်ဘက်ဝင်ပေါက် 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>ကောင်တာအမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>ဤနေရာတွင် ပြုလုပ်သော မှတ်ပုံတင်မှုတိုင်းကို ဤအမည်ဖြင့် မှတ်တမ်းတင်သဖြင့် ကောင်တာများက ၎င်းတို့၏ မှတ်တမ်းများကို ဖလှယ်၊ နှိုင်းယှဉ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>စီစဉ်သူ PIN (ကောင်တာမုဒ်မှ ထွက်ရန်)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>လက်ရှိ PIN (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>PIN အသစ် (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>PIN အသစ် ထပ်ရိုက်ရန် (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>PIN ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>ဤကောင်တာတွင် ပုံနှိပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>(မရှိ- ဤနေရာတွင် ကတ်ပြား ပုံမနှိပ်ပါ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>ပုံနှိပ်စက် (&amp;P):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>ကတ်ပြားပုံစံ (&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>ကိုင်ဆောင်သူ ပထမဆုံး ဝင်ခွင့်ရသောအခါ ကတ်ပြား ပုံနှိပ်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>PIN သတ်မှတ်ထားသည်- ကောင်တာမုဒ်မှ ထွက်လျှင် ၎င်းကို တောင်းမည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>PIN မသတ်မှတ်ရသေးပါ- မည်သူမဆို ထွက်နိုင်သည်။ ဂဏန်း 4 မှ 12 လုံး သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>စီစဉ်သူ PIN</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>လက်ရှိ PIN မမှန်ပါ။ ယခုသတ်မှတ်ထားသော PIN ကို ရိုက်ပါ သို့မဟုတ် စီစဉ်သူကို မေးပါ။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>ဤကောင်တာကို အမည်ပေးပါ (ဥပမာ “မြောက် 1”)၊ မှတ်ပုံတင်မှုများကို ၎င်းဖြင့် မှတ်တမ်းတင်သည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>ကိုင်ဆောင်သူများ ရောက်လာသောအခါ ကတ်ပြား ပုံနှိပ်ရန် ဤကောင်တာ၏ ပုံနှိပ်စက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN အသစ်နှင့် ထပ်ရိုက်ထားသည်မှာ မတူပါ၊ ဂဏန်းတူကို နှစ်ကြိမ် ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF အဖြစ် သိမ်းရန် (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>ပထမစာမျက်နှာကို ရေးဆွဲနေသည်…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>အစမ်းကြည့်ခြင်း မရပါ- PDFium ထည့်သွင်းမထားပါ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>အစမ်းကြည့်ပုံကို ရေးဆွဲနေသည်…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>PDF အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF စာတမ်း (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>{what} ကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>{what} (1 မျက်နှာ) ကို {path} သို့ ရေးသားပြီး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>{what} ({pages} မျက်နှာ) ကို {path} သို့ ရေးသားပြီး</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>ပုံနှိပ်စက် {name} သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>အစိတ်အပိုင်း၏ ဂုဏ်သတ္တိများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>အစိတ်အပိုင်း မရွေးရသေးပါ</translation>
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
        <translation>အကျယ် (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>အမြင့် (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>အရွယ်အစား (&amp;S):</translation>
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
        <translation>အနည်းဆုံး အရွယ် (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>ဥပမာ- {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>စာသား (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>(ကန့်သတ်ချက် မရှိ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>စာကြောင်း (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>စာညှိပုံ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>ဘယ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>အလယ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>ညာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>စာလုံးထူ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>စာလုံးကြီး (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>တာဝန်အမည်ကို ပုံနှိပ်ရန် (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>(အမြဲ)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>ရှိမှသာ (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>မရှိမှသာ (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>အထင်းအမှိန် (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>ဆံ့စေပုံ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>ဆံ့အောင် (တစ်ခုလုံး)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>ပြည့်အောင် (အနားဖြတ်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>ဆွဲဆန့်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> မော်ဂျူး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>အနားလွတ် (&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>မျဉ်းအထူ (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>ပုံ အစားထိုးရန် (&amp;R)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>အချက်အလက်ကွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>{placeholders} ပါသော စိတ်ကြိုက်စာသား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>စာသားအမျိုးအစား (&amp;K):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>အချက်အလက်ကွက် (&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>မူလ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>#1a237e ကဲ့သို့ အရောင်၊ သို့မဟုတ် တာဝန်၏ အရောင်အတွက် “role”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>အရောင် ရွေးရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>အရောင် (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>အရောင်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>ရွေးထားသည်- {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>တာဝန်ပြအစင်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>QR ကုဒ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>မျဉ်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>စတုဂံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>ပုံ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>အစိတ်အပိုင်း၏ အရောင်</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>ပွဲအသစ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>ပွဲ ဆက်တင်များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>ပွဲကို အမည်ပေးပြီး ရက်စွဲများ ထည့်ပါ၊ နောက်တွင် သိမ်းမည့်နေရာကို ရွေးရမည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>ဥပမာ- တရုတ်–အာဆီယံ ပညာရေးပူးပေါင်းဆောင်ရွက်မှု သီတင်းပတ် 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>တရုတ်အမည် (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>ဥပမာ- 中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>စတင်ရက် (&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>ပြီးဆုံးရက် (&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>ဥပမာ- Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>အစီအစဉ်အချိန်များသည် ဤဇုန်အတိုင်း ဖြစ်သည်။ ရှာရန် မြို့အမည်ရိုက်ပါ၊ ဥပမာ Bangkok။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>အချိန်ဇုန် (&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>ပွဲကျင်းပရာနေရာ (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>မြို့ (&amp;I):</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>ကိုယ်စားလှယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>ကောင်တာများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>ဝင်ခွင့်ပြုချိန်</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>မှတ်ပုံတင်မှုများ ဖလှယ်ရန်</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. ဤကောင်တာ၏ မှတ်ပုံတင်မှုများကို အခြားကောင်တာများသို့ ပေးရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>အခြားကောင်တာများ ပေါင်းထည့်မည့် မှတ်တမ်းဖိုင်ကို ရေးပါ (ဥပမာ USB သို့)။ ၎င်းကို လက်မှတ်ထိုးထားသည်- ပြင်ထားသော သို့မဟုတ် ပြတ်တောက်နေသော ဖိုင်ကို ငြင်းပယ်မည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>ဤကောင်တာ ({desk}) တွင် ပြုလုပ်သော မှတ်ပုံတင်မှုများသာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>ပိတ် (အကြံပြု)- အခြားကောင်တာများမှ ပေါင်းထည့်ထားသည်များအပါအဝင် ဤမိတ္တူသိသမျှ အားလုံး၊ မှတ်တမ်းများ ဆက်လက်ရောက်ရှိစေရန်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>ဖိုင်သို့ ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. အခြားကောင်တာ၏ မှတ်ပုံတင်မှုများကို လက်ခံရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>ဖိုင်တစ်ခုတည်းကို နှစ်ကြိမ် ပေါင်းခြင်း၊ သို့မဟုတ် ဖိုင်များကို မည်သည့်အစီအစဉ်ဖြင့် ပေါင်းစေ ဘေးကင်းသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>ဖိုင် ပေါင်းထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>နှစ်ကြိမ် ဝင်ခွင့်ပြုမှုများ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>မှတ်ပုံတင်မှုများ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>မှတ်ပုံတင်မှုများ ထုတ်ယူနေသည်…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>မှတ်ပုံတင်မှတ်တမ်း %Ln ခုကို {path} သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>မှတ်ပုံတင်မှုများ ပေါင်းထည့်ရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>{name} ကို ပေါင်းထည့်နေသည်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>မှတ်ပုံတင်မှုများ ပေါင်းထည့်နေသည်…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(အမည်မဲ့)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>ဖိုင်ထဲရှိ ကောင်တာများ- {desks}။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {error}

အသေးစိတ်ကို မှတ်တမ်းဖိုင်တွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>မည်သူမျှ နှစ်ကြိမ် ဝင်ခွင့်မရပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>နှစ်ကြိမ် ဝင်ခွင့်ရသူ ({n}) — တစ်ကြိမ်သာ ရေတွက်သည်၊ ဤကတ်ပြားများကို စစ်ဆေးပါ-</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>မှတ်ပုံတင်မှုများ တင်သွင်းရန် (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>ကိုယ်စားလှယ်များ ထုတ်ယူရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>တင်သွင်းရန်ပုံစံ သိမ်းရန် (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>အစီအစဉ်စာအုပ် ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>ကတ်ပြားပုံစံများ (&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>အမည် ရှေ့က (အနောက်တိုင်းပုံစံ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>မျိုးရိုးအမည် ရှေ့က</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>ကတ်ပြား လွှဲအပ်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့၏ ဆက်သွယ်ရေးအရာရှိက ကတ်ပြားများ ယူသွားကြောင်း မှတ်တမ်းတင်ပြီး ၎င်းလက်မှတ်ထိုးမည့် လွှဲအပ်ပြေစာကို ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation} တွင် ကိုယ်စားလှယ် မရှိသေးပါ- ဦးစွာ ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>ကတ်ပြား လွှဲအပ်ရန် — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>ဥပမာ- ကတ်ပြားထုတ်ကောင်တာ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ရှာဖွေရန် (&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>လက်ခံသူ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>ကောင်တာ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>ပြေစာ (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>လွှဲအပ်မည့် ကတ်ပြားများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>မူရင်းအက္ခရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ကတ်ပြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>ပုံနှိပ်ပြီး</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>ထုတ်ပေးပြီး</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>လွှဲအပ်ပြီး ပြေစာရေးရန် (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>ပြေစာ ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>ပြေစာကို ကြည့်ပြီး ကြည့်ရှုစနစ်မှ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>ပြေစာကို စနစ်၏ ပုံနှိပ်စက်တစ်ခုဖြင့် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>ထုတ်ပေးပြီးသား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>မူ {v} ထုတ်ပေးပြီး၊ ဤမူ မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>ပြီး</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>မရသေး</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>ရွေးထား- {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>ထုတ်ပေးပြီးသား- {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>မပုံနှိပ်ရသေး- {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>ကတ်ပြားလွှဲအပ်ပြေစာ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>ပြေစာ ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>ကတ်ပြားလွှဲအပ်ပြေစာ ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>{time} တွင် {collector} ထံ ကတ်ပြား လွှဲအပ်ပြီး- {n}။ ပြေစာကို {path} တွင် သိမ်းပြီး။</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>ပြေစာကို {printer} သို့ ပို့ပြီး။</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>ကတ်ပြားလွှဲအပ်ပြေစာ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>ကတ်ပြားလွှဲအပ်ပြေစာ ပုံနှိပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>ဟိုတယ် ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>တရုတ်အမည် (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>လိပ်စာ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ဖုန်း (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>အီးမေးလ် (&amp;E):</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>ဟိုတယ်နှင့် အခန်းခွဲဝေမှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>ဟိုတယ် ထည့်ရန် (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>ဟိုတယ် ဖယ်ရှားရန် (&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>အခန်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>ဧည့်သည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>ဟိုတယ်ဝင်ရက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>ဟိုတယ်ထွက်ရက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>ညအိပ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>ရောက်ရှိ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>ထွက်ခွာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>အထူးတောင်းဆိုချက်</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>အခန်းအမျိုးအစား</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>ကြိုတင်ထိန်းထားအခန်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>ည</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>ထိန်းထား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>ခွဲဝေပြီး</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>အခန်းအမျိုးအစား (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>ထိန်းထားအခန်း ထည့်ရန် (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>ထိန်းထားအခန်း ဖယ်ရှားရန် (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>အခန်း (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>ရွေးထားသူကို ဤဟိုတယ်တွင် အခန်းပေးရန်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>အခန်း ပြန်လွှတ်ရန် (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ကို နေရာချရန် (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>ကိုယ်တိုင်စီစဉ်သည် (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>အခန်းမရှိသော ရွေးထားသူသည် အခန်းမလိုပါ- အခြားနေရာတွင် တည်းခိုသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>.xlsx ထုတ်ယူရန် (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>အခန်းနံပါတ်များ ဖတ်ယူရန် (&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>ဟိုတယ်က Room ကော်လံကို ဖြည့်ပြီးနောက် ထုတ်ယူထားသော .xlsx ကို ပြန်ဖတ်ယူရန်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>ဟိုတယ်များ (&amp;H):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>အခန်းခွဲဝေစာရင်း (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>အခန်းအမျိုးအစားနှင့် ထိန်းထားအခန်း (&amp;O)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>ဟိုတယ် မရှိသေးပါ- ဟိုတယ် ထည့်ရန်… ဖြင့် ထည့်ပြီး ၎င်း၏ အခန်းအမျိုးအစားနှင့် ထိန်းထားအခန်းများကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>အခန်း {rooms} ခန်း၊ ဧည့်သည် {guests} ဦး</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>(နံပါတ်မရှိ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>သီးခြားရက်စွဲ၊ ခရီးစဉ်အတိုင်း မဟုတ်</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type} ({sleeps} ဦး အိပ်နိုင်)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>အခန်း {rooms} ခန်း၊ {start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>သတိပေးချက်- {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>ဤဟိုတယ်တွင် သတိပေးချက် မရှိပါ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>အခန်းမရှိ- {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>အခန်းလိုသူတိုင်း အခန်းရပြီ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name} ({delegation})၊ {start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>ဟိုတယ် {hotel} ကို ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>ဟိုတယ် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>{hotel} ကို ၎င်း၏ အခန်းအမျိုးအစား၊ ထိန်းထားအခန်းနှင့် အခန်းများနှင့်အတူ ဖယ်ရှားမလား။ ၎င်း၏ ဧည့်သည် {count} ဦး အခန်းမရှိတော့ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>ဟိုတယ် {hotel} ကို ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>အခန်းအမျိုးအစားကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>ထိန်းထားအခန်း ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>ထိန်းထားအခန်း ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>{hotel} ရှိ {type} ထိန်းထားအခန်း အားလုံးကို ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>ဖယ်ရှားပြီးသော ထိန်းထားအခန်း- {count}။</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>{name} သည် {hotel} တွင် အခန်းရပြီ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>အခန်း ပြန်လွှတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>{name} တွင် ယခု အခန်းမရှိတော့ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>ကိုယ်တိုင်စီစဉ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name} သည် အခန်းမလိုပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}- {guests} ဦးကို အခန်း {rooms} ခန်းတွင် နေရာချပြီး။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>အခန်းခွဲဝေစာရင်း – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>အခန်းခွဲဝေစာရင်း ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>အခန်းခွဲဝေစာရင်းကို {path} သို့ ရေးပြီး</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>အခန်းနံပါတ်များ ဖတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>ထည့်သွင်း သို့မဟုတ် ပြောင်းလဲပြီးသော အခန်းနံပါတ်- {count}။</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>မှတ်ပုံတင်မှုများ တင်သွင်းရန် — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>{file} ကို ဖတ်နေသည်…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>ဖိုင်မှ ဖတ်ထားသော အတန်းများ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>တွေ့ရှိသော ပြဿနာများ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>ပြဿနာများ</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>ပြဿနာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>ဖိုင်ထဲရှိ အတန်းများ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>အပ်ဒိတ်များ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>မှန်ကန်သော အတန်းများ တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>အမည်တူသူများကို အခြားလူအဖြစ် ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ခုတည်းရှိ တစ်စုံတစ်ဦးနှင့် အမည်တူပြီး ခွဲခြားရန် အီးမေးလ်မပါသော အတန်းကို ငြင်းပယ်သည်။ ထိုအတန်းများကို လူသစ်အဖြစ် ထည့်လိုလျှင် ဤအကွက်ကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>အပ်ဒိတ်များ ({count:,})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>ပြဿနာများ ({count:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}- “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>အတန်း {row} · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>{file} ကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>အတန်း %Ln တန်း ဖတ်ပြီး</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>ထည့်ရန် {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>အပ်ဒိတ်ရန် {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>မပြောင်းလဲ {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}- </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့အသစ်များ- {names}။</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>အတန်း %Ln တန်းတွင် အမှားပါသဖြင့် တင်သွင်းမည် မဟုတ်ပါ၊ ၎င်းတို့ကို ထည့်ရန် ဖိုင်ထဲတွင် ပြင်ပြီး ထပ်တင်သွင်းပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>တင်သွင်းစရာ မရှိပါ- ပွဲတွင် ဤကိုယ်စားလှယ်များ ရှိပြီးသားဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>မှတ်ပုံတင်မှုများ တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>မမျှော်လင့်ထားသော အမှား</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {error}

အသေးစိတ်ကို မှတ်တမ်းဖိုင်တွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>{file} ကို တင်သွင်းနေသည်…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်ပြီး၊ ဘာမျှ မရေးရသေးပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {error}

ဘာမျှ မရေးရသေးပါ၊ အသေးစိတ်ကို မှတ်တမ်းဖိုင်တွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>{file} ကို တင်သွင်းပြီး- ထည့် {added:,}၊ အပ်ဒိတ် {updated:,}၊ မပြောင်းလဲ {unchanged:,}၊ ငြင်းပယ် {refused:,}။</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>မှတ်ပုံတင်မှုများ ({patterns});;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>အတန်း {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>သတိပေးချက်- {message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {error}။ အသေးစိတ်ကို မှတ်တမ်းဖိုင်တွင် ကြည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>ပယ်ဖျက်နေသည်…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့များ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>စနစ်၏ ဘာသာစကား ({language})</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>ကတ်ပြားပုံစံ “{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>ကတ်ပြား ဒီဇိုင်းပြင်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>Tab ဖြင့် နောက်အစိတ်အပိုင်းကို ရွေးသည်၊ မြှားခလုတ်များဖြင့် 1 mm၊ Shift+မြှား ဖြင့် 0.1 mm ရွှေ့သည်၊ Delete ဖြင့် ဖယ်ရှားသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>ဒီဇိုင်း စစ်ဆေးချက်များ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>ဤ Delegations ဗားရှင်းတွင် တိုက်ရိုက် အစမ်းကြည့်ခြင်း မရနိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>အစမ်းကြည့်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန် (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>အစိတ်အပိုင်း ဖျက်ရန် (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>ချဲ့ရန် (&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>ချုံ့ရန် (&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>အမှန်အရွယ် (100 %) (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>အစိတ်အပိုင်း ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>စာသားကွက် (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>စိတ်ကြိုက်စာသား (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>တာဝန်ပြအစင်း (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>QR ကုဒ် (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>ဓာတ်ပုံ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>မျဉ်း (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>စတုဂံ (&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>ပုံ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>ပုံစံ (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင် (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>မြင်ကွင်း (&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>ဒီဇိုင်းဆွဲကိရိယာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>အစိတ်အပိုင်း ထည့်ရန်</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>ရှေ့ဘက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ကျောဘက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ဘက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>အစိတ်အပိုင်းအားလုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>ဓာတ်ပုံပါသော ကတ်ပြားများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>ဓာတ်ပုံမပါသော ကတ်ပြားများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>ဓာတ်ပုံပါမှ (သို့မဟုတ် မပါမှ) ပြသော အစိတ်အပိုင်းများ ထပ်နေသည်၊ အခြေအနေတစ်ခုကိုသာ ပြပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>ပြသရန် (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>ပြသရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>ချဲ့ချုံ့ (&amp;Z):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>ချဲ့ချုံ့</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>စစ်ဆေးချက်များ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}- x {x} mm၊ y {y} mm၊ {w} × {h} mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>ဤဗားရှင်းတွင် ဒီဇိုင်း စစ်ဆေးချက်များ မရနိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>ပြဿနာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>အစိတ်အပိုင်း ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>အစိတ်အပိုင်း အရွယ်ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>{keys} ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>အစိတ်အပိုင်း ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>ပုံ ရွေးရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>ပုံများ (*.png *.jpg *.jpeg *.svg);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>ပုံ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>ပုံစံ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>ကတ်ပြားပုံစံ “{name}” ၏ ပြောင်းလဲမှုများကို သိမ်းမလား။</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>ပုံစံ သတ်မှတ်ရန် (&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>အလယ်ဟာ စတုရန်းပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>U ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>ပြဇာတ်ရုံပုံ အတန်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>စာသင်ခန်းပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>စားပွဲဝိုင်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>အဓိကစားပွဲနှင့် အတန်းများ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ နေရာများ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>နေရာတစ်ခုလျှင် စားပွဲရှိ ထိုင်ခုံ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>နေရာတစ်ခုစီ၏ နောက်တန်းများ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>သဘာပတိစားပွဲရှိ ထိုင်ခုံ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>အတန်း-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>တစ်တန်းလျှင် ထိုင်ခုံ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>လမ်းကြားခြားရန် ထိုင်ခုံ အရေအတွက် (0 = အလယ်)-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>စားပွဲဝိုင်း-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>စားပွဲတစ်လုံးလျှင် ထိုင်ခုံ-</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>အခန်း (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>အမျိုးအစား (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>အခန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>ပုံစံ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room} (ပုံစံ မရှိ)</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>ပွဲ၏ လူစာရင်းကို ဖတ်နေသည်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ ယခင် နမူနာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>နောက် နမူနာ ▶</translation>
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
        <translation>အရှည်ဆုံး အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>ခမာ အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>ထိုင်း အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>လာအို အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>မြန်မာ အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>တရုတ် အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>ဗီယက်နမ် အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>ဓာတ်ပုံပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>ဓာတ်ပုံမပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>တာဝန် မရှိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>နမူနာ ပုဂ္ဂိုလ် (ပွဲတွင် မည်သူမျှ မရှိသေးပါ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>တာဝန်အရောင်- {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>နမူနာ မရှိ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample} ({count} ခုအနက် {number})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {error}။ အသေးစိတ်ကို မှတ်တမ်းဖိုင်တွင် ကြည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>ကတ်ပြားပုံစံများ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>ပါဝင်ပြီးသား ပုံစံများသည် အစပြုရန် နမူနာများ ဖြစ်သည်- တစ်ခုကို မိတ္တူပွား၍ ပွဲ၏ ကိုယ်ပိုင်အဖြစ် ပြုလုပ်ပြီးမှ ပြင်ဆင်ပါ။ ပွဲ၏ ပုံစံများသည် ပွဲဖိုင်နှင့်အတူ ပါသွားသည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>ပုံစံ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>ကတ်ပြား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>ပုံနှိပ်မည့် စာရွက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>အသုံးပြုရာ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>မိတ္တူပွား၍ ပြင်ရန် (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>တာဝန်အတွက် သုံးရန် (&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>ထုတ်ယူရန် (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>တင်သွင်းရန် (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>ဖျက်ရန် (&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>Delegations နှင့်အတူ ပါလာသည်- ဖတ်ရန်သာ ဖြစ်၍ ပြင်ရန် မိတ္တူပွားပါ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>ပါဝင်ပြီးသား၊ ဖတ်ရန်သာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>ဤပွဲ၏ ကိုယ်ပိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title} ({name}၊ {kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>နှစ်ဖက်</translation>
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
            <numerusform>တစ်မျက်နှာလျှင် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>ပါဝင်ပြီးသား ပုံစံကို ဖတ်ရန်သာ ဖြစ်သည်- ပြင်ရန် မိတ္တူပွားပါ။</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}” သည် ယခု ပွဲ၏ ကိုယ်ပိုင် ဖြစ်ပြီ- ပြင်ဆင်ရန်… ဖြင့် ပြောင်းနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>{role} ကတ်ပြားများကို “{layout}” ဖြင့် ပုံနှိပ်မည်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>“{name}” ကို {path} သို့ ရေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>“{name}” ကို ပွဲထဲသို့ တင်သွင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>“{name}” ကို ပွဲမှ ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>ပုံစံ ဒီဇိုင်းဆွဲကိရိယာသည် ဤ Delegations ဗားရှင်းတွင် မပါဝင်သေးပါ။</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>မိတ္တူပွား၍ ပြင်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>မိတ္တူ၏ အမည် (အက္ခရာ၊ ဂဏန်း၊ - နှင့် _):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}” သည် ပါဝင်ပြီးသားဖြစ်၍ ဖတ်ရန်သာ ဖြစ်သည်- မိတ္တူပွား၍ ပြင်ရန်… ဖြင့် ပွဲ၏ ကိုယ်ပိုင် မိတ္တူကို ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>တာဝန်အတွက် သုံးရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>ဤတာဝန်၏ ကတ်ပြားများကို “{layout}” ဖြင့် ပုံနှိပ်ရန်:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>ကတ်ပြားပုံစံ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>ကတ်ပြားပုံစံ တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>ပုံစံ ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>ပုံစံ “{title}” ကို ပွဲမှ ဖျက်မလား။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>ကတ်ပြားပုံစံ (*.json);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>ရောက်ရှိခြင်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>ထွက်ခွာခြင်း</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>သီးခြားခရီးအဆင့်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>လေယာဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>ရထား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>ကား</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>ခရီးအဆင့် %n ဆင့်အနက် တစ်ဆင့်- ပထမအဆင့်၊ ကျန်အဆင့်များကို ထိန်းသိမ်းထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>ခရီးအဆင့် %n ဆင့်အနက် တစ်ဆင့်- နောက်ဆုံးအဆင့်၊ ကျန်အဆင့်များကို ထိန်းသိမ်းထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>တူညီသည့်ခရီး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>ပို့ဆောင်ရေးကုမ္ပဏီ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>စီးနင်းမည့်ယာဉ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>နေ့နှင့် အချိန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>တာမီနယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>လေဆိပ် သို့မဟုတ် ဘူတာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>ထွက်ခွာရာ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>ဦးတည်ရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>လိုအပ်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>ဤခရီးအဆင့်တွင် အတူပါသူများ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့များ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>ဟောပြောသူများ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>အစီအစဉ် (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>မှတ်ပုံတင် (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ်အဖွဲ့ %Ln ဖွဲ့</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %Ln ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>ဟောပြောသူ %Ln ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>ကဏ္ဍ %Ln ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>ပွဲအသစ် (&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>ပွဲ ဖွင့်ရန် (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>မကြာသေးမီက ဖွင့်ထားသည်များ (&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>ပွဲကျင်းပရာနေရာ၏ ဆာဗာသို့ ချိတ်ဆက်ရန် (&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>ပွဲ ဆက်တင်များ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>ဦးစားပေးအစီအစဉ် (&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>မိတ္တူ သိမ်းရန် (&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင် (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>ရှာရန် (&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>ထိုင်ခုံနေရာချထားပုံများ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲများ (&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>သဘောတူညီချက် လက်မှတ်ရေးထိုးပွဲများ (&amp;G)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>Delegations အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>Delegations အကြောင်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;နိုင်ငံတကာ ပူးပေါင်းဆောင်ရွက်မှု သီတင်းပတ်အတွက် ကိုယ်စားလှယ်များ၊ ကတ်ပြားများ၊ မှတ်ပုံတင်ခြင်းနှင့် အစီအစဉ်။&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>ပွဲ ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} ကို ဖွင့်၍မရပါ- {reason}။</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — {server} ၏ အော့ဖ်လိုင်းမိတ္တူ — Delegations</translation>
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
        <translation>ဦးစားပေးအစီအစဉ်ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>ပွဲ ဆက်တင်များ သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>Delegations ပွဲ (*.sqlite3);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>ပွဲအသစ်</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} ရှိပြီးသားဖြစ်သည်။ အမည်အသစ် ရွေးပါ၊ သို့မဟုတ် ဖိုင် ▸ ပွဲ ဖွင့်ရန်… ဖြင့် ဖွင့်ပါ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>မကြာသေးမီက ပွဲ မရှိပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>မီနူး ရှင်းရန်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>ပွဲကျင်းပရာနေရာ၏ ဆာဗာသို့ ချိတ်ဆက်ရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>လုပ်ဆောင်နေဆဲ ပြင်ဆင်မှုကို အရင် ပြီးအောင်လုပ်ပါ သို့မဟုတ် ပယ်ဖျက်ပါ။</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>မိတ္တူ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>မိတ္တူကို {path} သို့ သိမ်းပြီး</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>ခရီးသည်စာရင်း ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>နောက်ဆုံးပုံနှိပ်ပြီးနောက် ပြောင်းလဲမှုများသာ (&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>ခရီးသည်စာရင်း – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ {title} ကို ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>အခန်း (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>နေ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>စတင် (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>လိုလားသည့်အချိန်များ-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>ကြာချိန်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} မိနစ်</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ခုလုံးအတွက် အမည်အစီအစဉ်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>မျိုးရိုးအမည် ရှေ့က၊ အမည် ရှေ့က သို့မဟုတ် ကိုယ်စားလှယ်အဖွဲ့၏ နိုင်ငံ၏ ဓလေ့အတိုင်း</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>{delegation} ၏ အမည်အစီအစဉ်</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>{delegation} ၏ အဖွဲ့ဝင် %Ln ဦး၏ အမည်အစီအစဉ်ကို ပြောင်းပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ctrl+Z ဖြင့် နောက်ပြန်ပါ။</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ခုလုံးအတွက် အမည်အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>{delegation} ၏ အမည်များကို မည်သည့်အစီအစဉ်ဖြင့် ရေးသနည်း။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>မျိုးရိုးအမည် ရှေ့က (“Bai Zhen”, “Nguyễn Thị Phương”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>အမည် ရှေ့က (“Somchai Srisuk”, “Farah binti Ahmad”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>နိုင်ငံအလိုက်- {country} ရှိ လူများ ပုံမှန်ရေးသည့်အတိုင်း</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>ပြောင်းရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>အမည် %Ln ခု ပြောင်းရန်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>အဖွဲ့ဝင်တိုင်း၏ အမည်သည် ဤအစီအစဉ်အတိုင်း ရှိပြီးသားဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>နှင့် နောက်ထပ် {more:,} ခု</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>အဖွဲ့ဝင် %Ln ဦးအနက်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>{of_members} %Ln ဦး ပြောင်းမည်-</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>စီစဉ်သူ PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>ကောင်တာမုဒ်သည် ဤဝင်းဒိုးကို မှတ်ပုံတင်ခြင်းပေါ်တွင် သော့ခတ်ထားသည်။ ထွက်ရန် လိုအပ်မည့် စီစဉ်သူ PIN (ဂဏန်း 4 မှ 12 လုံး) ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>PIN အသစ် (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>ထပ်ရိုက်ရန် (&amp;R):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>PIN နှင့် ထပ်ရိုက်ထားသည်မှာ မတူပါ၊ ဂဏန်းတူကို နှစ်ကြိမ် ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>ရက်စွဲ သိသည်</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့ ထည့်ရန် (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>အဖွဲ့အစည်း သို့မဟုတ် ကုမ္ပဏီ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>နိုင်ငံ မသိရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>လက်မှတ်ထိုးသူ- ရှာရန် ရိုက်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့၏ နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>စာချုပ်ဝင်အဖွဲ့ကို ဖယ်ရှားရန်</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>စီစဉ်သူ PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>ကောင်တာမုဒ်မှ ထွက်ရန် စီစဉ်သူ PIN ကို ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ကို {hotel} တွင် နေရာချရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>အခန်းအမျိုးအစား (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>တစ်ခန်းလျှင် (&amp;P):</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>အတန်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>စာရွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>ပြသမည့်အမည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>ပြသပြီး ပုံနှိပ်မည့် အစီအစဉ်အတိုင်း အမည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}” သည် တင်သွင်းမှုက သိသော ကော်လံ မဟုတ်သဖြင့် တင်သွင်းမည် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>မျိုးရိုးအမည် ရှေ့က</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>အမည် ရှေ့က</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>ဖိုင်တွင် ဖော်ပြသည့်အတိုင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}- {reason}။ နောက်မှ ကိုယ်စားလှယ်၏ ဖောင်တွင် သို့မဟုတ် ကိုယ်စားလှယ်အဖွဲ့တစ်ခုလုံးအတွက် ပြောင်းနိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>ပုံနှိပ်ရန် အစမ်းကြည့် — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>စာမျက်နှာ %Ln မျက်နှာ၊ {paper}၊ အရွယ်အစားတူ စာရွက်ပေါ်တွင် 100 % ဖြင့် ပုံနှိပ်မည်။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>နှစ်ဖက်ပုံနှိပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}” တွင် နှစ်ဖက်ပုံနှိပ်စနစ် မရှိပါ- ကျောဘက်များကို သီးခြား စာမျက်နှာများအဖြစ် ထုတ်ပေးမည်။</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>{title} ကို ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>ပုံနှိပ်ခြင်းကို ပယ်ဖျက်ပြီး- ဘာမျှ ပုံမနှိပ်ရ၊ မှတ်တမ်း မတင်ရပါ။</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>ကတ်ပြား ပြန်ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>{name} အတွက် ကတ်ပြားနောက်တစ်ခု ဘာကြောင့် လိုအပ်သနည်း။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>ပျောက်သွားသော ကတ်ပြားအတွက် ကုဒ်အသစ် ရမည်- ပျောက်သွားသော ကတ်ပြားကို ယခုမှစ၍ ငြင်းပယ်မည်။ ပျက်စီးသော ကတ်ပြားကို ကုဒ်တူဖြင့် ပြန်ပုံနှိပ်မည်။ ဤလုပ်ဆောင်ချက်ဖြင့် မည်သူ့ကိုမျှ မှတ်ပုံတင်ပေးခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>ပျောက်- ကုဒ်အသစ် (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>ပျက်စီး- ကုဒ်တူ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>မူ {number} မှစ၍ ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>ပြင်ဆင်ချက် ပုံနှိပ်ရန်</translation>
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
            <numerusform>ပြင်ဆင်ချက်များ (ပြောင်းလဲမှု %Ln ခု) သည် {path} တွင် ရှိသည်။</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>ပြင်ဆင်ချက် ပုံနှိပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>ဦးစားပေးအစီအစဉ်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>ဦးစားပေးအစီအစဉ် (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>ရာထူးအဆင့်များ (&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>အာဆီယံ အစီအစဉ် (အဖွဲ့ဝင်နိုင်ငံများကို အက္ခရာစဉ်အတိုင်း)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>ကိုယ်တိုင်စီထားသော အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>အာဆီယံ ပဋိညာဉ်စာတမ်း အပိုဒ် 31- အဖွဲ့ဝင်နိုင်ငံများကို ၎င်းတို့၏ အင်္ဂလိပ်အမည် အက္ခရာစဉ်အတိုင်း စီပြီး အိမ်ရှင်နိုင်ငံနှင့် ဆွေးနွေးဖက်နိုင်ငံများကို သင်သတ်မှတ်သည့် နေရာတွင် ထားသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>စည်းမျဉ်း (&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>အိမ်ရှင်နိုင်ငံ (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>အိမ်ရှင်နိုင်ငံ၏ နေရာ (&amp;L):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>ဆွေးနွေးဖက်နိုင်ငံများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>ဆွေးနွေးဖက်နိုင်ငံများ (&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>ဆွေးနွေးဖက်နိုင်ငံများ၏ နေရာ (&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>ရရှိသည့် အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>Alt+Up နှင့် Alt+Down ဖြင့် ရွေးထားသော ကိုယ်စားလှယ်အဖွဲ့ကို ရွှေ့နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>အောက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+Up; အစီအစဉ်သည် ကိုယ်တိုင်စီထားသော အစီအစဉ် ဖြစ်သွားမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+Down; အစီအစဉ်သည် ကိုယ်တိုင်စီထားသော အစီအစဉ် ဖြစ်သွားမည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>ရရှိသည့် အစီအစဉ် (&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>ရှေ့ဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>နောက်ဆုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>သဘာပတိအဖြစ် (ရှေ့ဆုံးတွင် ဖော်ပြ)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  (သဘာပတိ)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>အင်္ဂလိပ် အမည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>တရုတ် အမည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>ရာထူးအဆင့်များ၊ အမြင့်ဆုံးမှ စ၍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>Alt+Up နှင့် Alt+Down ဖြင့် ရွေးထားသော ရာထူးအဆင့်ကို ရွှေ့နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>ရာထူးအဆင့် ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>ဖယ်ရှားရန် (&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>အမြင့်ဆုံးကို ရှေ့ဆုံးတွင် ထားပါ။ ကိုယ်စားလှယ်အဖွဲ့တစ်ခုအတွင်း ခေါင်းဆောင်က ရှေ့ဆုံးဖြစ်ပြီး ထို့နောက် အဖွဲ့ဝင်များကို ရာထူးအဆင့်အလိုက်၊ ထို့နောက် အမည်အလိုက် စီသည်။</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>ရာထူးအဆင့် “{rank}” ရှိသော ကိုယ်စားလှယ်များ ({count} ဦး) သည် OK နှိပ်ပြီးနောက် ရာထူးအဆင့် မရှိတော့ပါ။</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>အစီအစဉ်မူ ထုတ်ပြန်ရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>လက်ရှိအစီအစဉ်သည် အစီအစဉ်မူ {number} ဖြစ်လာမည်။ နောက်ပိုင်း ပြောင်းလဲမှုများကို အစီအစဉ် ▸ မူမှစ၍ ပြောင်းလဲမှုများ… တွင် ၎င်းနှင့် နှိုင်းယှဉ်ဖော်ပြမည်၊ ၎င်းသည် ပြင်ဆင်ချက်စာရွက်၏ အခြေခံ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>နောက်ဆုံး ထုတ်ပြန်ထားသည်- {label}။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>မှတ်ချက် (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>ဥပမာ- ပုံနှိပ်တိုက်သို့ ပို့ပြီး၊ ဇူလိုင် 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>ထုတ်ပြန်ရန် (&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>စားပွဲတွင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>နောက်တန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>ရထားသော ထိုင်ခုံ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>ထိုင်ခုံ ခွဲတမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့တစ်ဖွဲ့စီအတွက် စားပွဲရှိ ထိုင်ခုံနှင့် နောက်တန်း ထိုင်ခုံ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>အားလုံး စားပွဲတွင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>အားလုံး နောက်တန်းတွင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>အားလုံးကို ပေးရန် (&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>အိမ်ရှင်နိုင်ငံ၏ နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>အလိုအလျောက် နေရာချရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>စားပွဲတွင်၊</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>နောက်တန်း</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>အိမ်ရှင်နိုင်ငံ၏ နေရာ (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>အစီအစဉ်အတိုင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>သဘာပတိ၏ ဘေးတွင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>သဘာပတိ၏ မျက်နှာချင်းဆိုင်တွင်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>ဦးစားပေးအစီအစဉ်အတိုင်း ({where})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>အစီအစဉ်အတိုင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>သဘာပတိ၏ ဘေးတွင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>သဘာပတိ၏ မျက်နှာချင်းဆိုင်တွင်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>ခွဲတမ်းထက် ထိုင်ခုံ ပိုနေသည်</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>စားပွဲတွင်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation}၊ {what} ထိုင်ခုံ- “{text}” သည် ကိန်းပြည့် မဟုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>ကတ်ပြား ပြန်ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>ကတ်ပြားတူကို ပြန်ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>ပျက်စီးသွား၊ ပုံနှိပ်မှား သို့မဟုတ် ကျန်ခဲ့သည်။ ကတ်ပြားဟောင်းပေါ်ရှိ ကုဒ်သည် ဆက်လက်အကျုံးဝင်သည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>ကတ်ပြား ပျောက်သွားသည် — အသစ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>ကတ်ပြားအသစ်တွင် ကုဒ်အသစ် ရမည်၊ ပျောက်သွားသော ကတ်ပြားကို မှတ်ပုံတင်ချိန်တွင် ငြင်းပယ်မည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>ပုံစံ-</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>ဤပုဂ္ဂိုလ်အတွက် ကတ်ပြား မပုံနှိပ်ရသေးပါ၊ ၎င်းသည် ပထမဆုံး ကတ်ပြား ဖြစ်မည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>ကတ်ပြားကို ဘာကြောင့် ထပ်ပုံနှိပ်သနည်း။</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>ကတ်ပြား {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံပွဲ တောင်းဆိုချက် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံပွဲ တောင်းဆိုချက်အသစ်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>အဖွဲ့အစည်း (&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>ဥပမာ- အာဆီယံ အတွင်းရေးမှူးရုံး</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>တက်ရောက်မည့်သူကို အမှန်ခြစ်ပါ၊ မခြစ်လျှင် ကိုယ်စားလှယ်အဖွဲ့ခေါင်းဆောင်များ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>အချိန် ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>အချိန် ဖယ်ရှားရန် (&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>ဥပမာ- en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>ဘာသာစကား ကုဒ်များ၊ ကော်မာဖြင့် ခွဲပါ။</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>တွေ့ဆုံမည့်ဘက်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>တက်ရောက်သူများ (&amp;P):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>လိုလားသည့်အချိန်များ (&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>ကြာချိန် (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ဘာသာစကားများ (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>စကားပြန်ဆိုမှု (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>မှတ်ချက် (&amp;N):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation> (ကိုယ်စားလှယ်အဖွဲ့ခေါင်းဆောင်)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>လိုလားသည့်အချိန် {day} {start}–{end} သည် မစတင်မီ ပြီးဆုံးနေသည်။</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>ကူးယူချိန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>အရန်မှ ပြန်ယူရန်</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>ပွဲကို ဖွင့်ချိန်နှင့် ပြောင်းလဲနေစဉ် 10 မိနစ်တိုင်း အရန်ကူးယူသည်၊ နောက်ဆုံး 20 ခုကို သိမ်းထားသည်။ ပြန်ယူခြင်းသည် ပွဲကို အရန်ဖြင့် အစားထိုးသည်၊ လက်ရှိအခြေအနေကို ဦးစွာ အရန်ကူးထားသဖြင့် ပြန်သွားနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>ဤပွဲ၏ အရန် မရှိသေးပါ။ ပွဲဖွင့်ပြီး မကြာမီ တစ်ခု ပြုလုပ်မည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>အရန်များ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>ပြန်ယူရန်…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>ပွဲကို {time} ၏ အရန်ဖြင့် အစားထိုးမလား။ ထိုအချိန်မှစ၍ ပြောင်းလဲမှုများကို အရန်အသစ်တွင် သီးခြား သိမ်းထားမည်။</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>မှတ်ပုံတင်ရလဒ်</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>ပျောက်သော ကတ်ပြား ပြန်ထုတ်ရန်…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>အသင့်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>ကတ်ပြားကို စကင်ဖတ်ပါ၊ သို့မဟုတ် အမည်ရိုက်ပြီး Enter နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  ဝင်ခွင့်ပြုပြီး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>မှတ်ပုံတင်ပြီးသား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>ကောင်တာ {desk} တွင်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>အမည်မဲ့ကောင်တာတွင်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>{time} တွင် {where} မှတ်ပုံတင်ပြီး။ နှစ်ကြိမ် ဝင်ခွင့်မပြုပါနှင့်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  ငြင်းပယ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
ဤကတ်ပြားဖြင့် ဝင်ခွင့်မပြုပါနှင့်။ ထိုပုဂ္ဂိုလ်၏ မှတ်ပုံတင်ကတ်ကို စစ်ပြီး အမည်ဖြင့် ရှာပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>ဤကတ်ပြား (မူ {scanned}) ကို မူ {current} ဖြင့် အစားထိုးထားပြီး၊ ကတ်ပြားဟောင်း ပျောက်ဆုံးကြောင်း အစီရင်ခံထားသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>ဤကတ်ပြား၏ ကိုယ်စားလှယ် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}။</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>မှတ်ချက်- {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>ဝင်ထွက်သွားလာရေး- {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>အစားအစာ- {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>အဖွဲ့ခေါင်းဆောင် · {total} ဦးအနက် {here} ဦး ရောက်ပြီး</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>အဖွဲ့လုံး ဝင်ခွင့်ပြုရန် ({n} ဦး စောင့်ဆဲ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel}၊ အခန်း {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>ဟိုတယ်- {hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>ထွက်ခွာမည်- {number}၊ {when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>အခန်း ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>အခန်း ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>အမည် (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>ဆံ့နိုင်မှု (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>အထပ် (&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>အစီအစဉ် (&amp;O):</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>အခန်းအမျိုးအစား</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>အခန်းအမျိုးအစား (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>အိပ်နိုင်သူဦးရေ (&amp;S):</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>အခန်းခွဲဝေစာရင်း ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>ဟိုတယ် (&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>အခန်းခွဲဝေစာရင်း – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>အခန်းများ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>ထည့်ရန် (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ဖျက်ရန် (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>ထိုင်ခုံ %Ln ခုံ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>အခန်း ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>အခန်း “{name}” ကို ဖျက်မလား။ ၎င်း၏ ကဏ္ဍများသည် အခန်းမရှိဘဲ အစီအစဉ်တွင် ကျန်ရှိမည်။</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>အခြားနေရာ ရွေးရန်…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>တွေ့ရှိသူများ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>“{text}” နှင့် ကိုက်ညီသူ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>{total} ဦး တွေ့သည် — ရွေးရန် ↑ ↓၊ ဝင်ခွင့်ပြုရန် Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>တွေ့သော {total} အနက် အကောင်းဆုံး {shown} — ကျဉ်းစေရန် ဆက်ရိုက်ပါ</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>ထိုင်ခုံနေရာချထားပုံ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>ထိုင်ခုံနေရာချထားပုံ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>စားပွဲတင် အမည်ပြား (စားပွဲရှိ ထိုင်ခုံတစ်ခုလျှင် တစ်ခု) (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 အလျားလိုက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 အလျားလိုက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>ပုဂ္ဂိုလ်၏ အမည်ပါ (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>စာရွက် (&amp;A):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>ထိုင်ခုံနေရာချထားပုံ – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>စားပွဲတင် အမည်ပြားများ – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>သဘာပတိ</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>ထိုင်ခုံနေရာချထားပုံများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>ထိုင်ခုံနေရာချထားပုံ</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>ထိုင်ခုံတစ်ခုကို အခြားထိုင်ခုံပေါ်သို့ ဆွဲတင်၍ နေရာချင်း လဲလှယ်ပါ၊ ၎င်း၏ မီနူးဖြင့် ထိုင်ခုံ ပေးခြင်း သို့မဟုတ် လွတ်စေခြင်း ပြုလုပ်နိုင်သည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>ခွဲတမ်းများ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>အခန်းပုံစံ (&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>ထိုင်ခုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>လဲလှယ်မည့် ထိုင်ခုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>လဲလှယ်ရန် (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>ပေးရန် သို့မဟုတ် လွတ်စေရန် (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>ရိုက်ထည့်ထားသော ထိုင်ခုံကို ပေးရန် သို့မဟုတ် လွတ်စေရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>ထိုင်ခုံပေါ်တွင် ညာဖက်နှိပ်လျှင် ပေါ်လာသည့် မီနူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>ကဏ္ဍ (&amp;S):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>ထိုင်ခုံ (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>နှင့် (&amp;H):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>ထိုင်ခုံပုံစံ ရှိသော အခန်းတွင် ကျင်းပမည့် ကဏ္ဍ မရှိသေးပါ- အခန်းပုံစံ တွင် အခန်းတစ်ခန်းအတွက် ပုံစံ သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>အခန်းပုံစံ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>{room} ၏ ပုံစံကို သိမ်းပြီးပါပြီ- ကိုယ်စားလှယ်အဖွဲ့များအတွက် ထိုင်ခုံ {seats} ခုံ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>၎င်း၏ ထိုင်ခုံနေရာချထားပုံကို ပြန်လည် နေရာချပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>ထိုင်ခုံနေရာချထားပုံ {count} ခုကို ပြန်လည် နေရာချပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>အလိုအလျောက် နေရာချရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>အလိုအလျောက် နေရာချပြီး- ထိုင်ခုံ {count} ခုံ ပေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>ဤနေရာချထားပုံတွင် ထိုင်ခုံ “{seat}” မရှိပါ။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>ထိုင်ခုံ {seat} ကို ပေးမည့်သူ (&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation} (အမည် မသတ်မှတ်)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>ထိုင်ခုံ {seat} တွင် ထိုင်မည့်သူ (&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>ထိုင်ခုံ {seat} ကို လွတ်စေရန် (&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>ထိုင်ခုံ {seat} ကို ပေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>ထိုင်ခုံ {seat} လွတ်ပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>ထိုင်ခုံ {seat} တွင် အခြားအဖွဲ့ဝင်တစ်ဦးကို နေရာချပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>ထိုင်ခုံ {first} နှင့် {second} ကို လဲလှယ်ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>ဒုတိယ အရန်ဖိုင်တွဲ</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>ပွဲ၏ အရန်တိုင်းကို ဤဖိုင်တွဲသို့လည်း ကူးထားသည်၊ ဥပမာ USB ပေါ်တွင်၊ လက်ပ်တော့ ပျောက် သို့မဟုတ် ပျက်လျှင် အရန်များပါ မပါသွားစေရန်။ ဤဖိုင်တွဲကို ဤကွန်ပျူတာအတွက် သတ်မှတ်ထားသည်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>ဖိုင်တွဲ ရွေးရန် (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>အခြားနေရာသို့ မကူးပါ (&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>ဒုတိယ ဖိုင်တွဲ မရှိပါ- အရန်များကို ဤကွန်ပျူတာပေါ်တွင်သာ သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — ယခု မရှိပါ (USB ကို တပ်ထားပါသလား။)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>အရန်များကို {folder} သို့လည်း ကူးသည်။</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>ဖွင့်ပွဲအခမ်းအနား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>အစည်းအဝေးကြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>လေ့လာရေးခရီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>နှစ်နိုင်ငံ တွေ့ဆုံဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>အနားယူချိန် သို့မဟုတ် စားသောက်ချိန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>အဓိက ဟောပြောသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>ဆွေးနွေးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>ဦးဆောင်ဆွေးနွေးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>သဘာပတိ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>ကဏ္ဍ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>ကဏ္ဍ ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>ခေါင်းစဉ် (အင်္ဂလိပ်) (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>ခေါင်းစဉ် (တရုတ်) (&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>အမျိုးအစား (&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>နေ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>စတင် (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>ပြီးဆုံး (&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>(အခန်းမရှိ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>အခန်း (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>(သဘာပတိ မရှိ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>သဘာပတိ (&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>ကဏ္ဍ၏ ဟောပြောသူများ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>ဟောပြောသူများ စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>ဤကဏ္ဍတွင် ရွေးထားသော ဟောပြောသူ၏ တာဝန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>အပေါ်သို့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>အောက်သို့</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>ဟောပြောသူများ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>ဖော်ပြချက် (&amp;I):</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>နေ့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>အခန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>ဟောပြောသူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>သဘာပတိ- {name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>ဤကောင်တာကို အမည်ပေးရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>မှတ်ပုံတင်မှုတိုင်းကို ကောင်တာအမည်ဖြင့် မှတ်တမ်းတင်သဖြင့် ကောင်တာများက မှတ်တမ်းများကို ဖလှယ်နိုင်သည်။ ဝန်ထမ်းများ မှတ်မိမည့် အမည်တိုကို သုံးပါ၊ ဥပမာ “မြောက် 1”။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>ကောင်တာအမည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>မှတ်ပုံတင်ခြင်း စတင်ရန်</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>သဘောတူစာချုပ် လက်မှတ်ရေးထိုးခြင်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>ပြသရန် (&amp;S):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>စဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>သဘောတူစာချုပ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>တရုတ်ဘာသာ ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>စာချုပ်ဝင်အဖွဲ့များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>လက်မှတ်ထိုးသူ (ထိုင်ခုံ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>သက်သေများ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>သဘောတူစာချုပ် အသစ် (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>သဘောတူစာချုပ် ပြင်ဆင်ရန် (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>သဘောတူစာချုပ် ဖယ်ရှားရန် (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ အသစ် (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ ပြင်ဆင်ရန် (&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ ဖယ်ရှားရန် (&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>အပေါ်ရွှေ့ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>အောက်ရွှေ့ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>သဘောတူစာချုပ် မှတ်ပုံတင်စာရင်း (အားလုံး)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>သဘောတူစာချုပ်ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>သဘောတူစာချုပ် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>“{title}” ကို မှတ်ပုံတင်စာရင်းမှ ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>သဘောတူစာချုပ်ကို ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>လက်မှတ်ရေးထိုးပွဲကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>လက်မှတ်ရေးထိုးပွဲ “{title}” ကို ဖယ်ရှားမလား။ ၎င်း၏ သဘောတူစာချုပ်များသည် မည်သည့်ပွဲနှင့်မျှ မချိတ်ဆက်ဘဲ မှတ်ပုံတင်စာရင်းတွင် ဆက်ရှိနေမည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>လက်မှတ်ရေးထိုးပွဲကို ဖယ်ရှားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>လက်မှတ်ထိုးမည့် အစီအစဉ်ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>PDF အဖြစ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>{path} သို့ ရေးသားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>ပုံနှိပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>ဟောပြောသူ၏ ကဏ္ဍများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>နေ့</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>အခန်း</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>ကဏ္ဍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>ကဏ္ဍသို့ ထည့်ရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>ကဏ္ဍမှ ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;ကဏ္ဍများ&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;ကဏ္ဍများ&lt;/b&gt; — မရှိသေး</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>ကဏ္ဍများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>ဟောပြောသူများ စစ်ထုတ်ရန်  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>ဟောပြောသူ အသစ်</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>ဟောပြောသူများ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>ဓာတ်ပုံ ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>ဓာတ်ပုံ ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>ဥပမာ- H.E., ဒေါက်တာ, ပါမောက္ခ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>ကိုယ်စားလှယ်၏ အမည် တစ်စိတ်တစ်ပိုင်းကို ရိုက်ပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>ဟောပြောသူသည် ကိုယ်စားလှယ်ဖြစ်လျှင် ၎င်း၏ ကိုယ်ပိုင် ကိုယ်စားလှယ်မှတ်တမ်း- ရောက်ရှိရက်နှင့် ထွက်ခွာရက်ကို ၎င်း၏ ကဏ္ဍများနှင့် တိုက်စစ်မည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>အစီအစဉ်စာအုပ်အတွက် ကိုယ်ရေးအကျဉ်း။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>ဂုဏ်ပုဒ် (&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>အမည် (&amp;I):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>မူရင်းအက္ခရာ (&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>ရာထူး (&amp;P):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>မျိုးရိုးအမည် (&amp;Y):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>အမည်အစီအစဉ် (&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>အဖွဲ့အစည်း (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>နိုင်ငံ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>ကိုယ်စားလှယ်မှတ်တမ်း (&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>ဟောပြောသူကို သိမ်းရန် ({keys})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>ကိုယ်ရေးအကျဉ်း (&amp;B):</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>ဟောပြောသူ %Ln ဦးအနက် {shown} ဦးကို ပြသနေသည်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>ဤဟောပြောသူ၏ ပြောင်းလဲမှုများကို သိမ်းမလား။</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>ဟောပြောသူ မရွေးရသေးပါ</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>ဓာတ်ပုံ ရွေးရန်</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ကို ဖတ်၍မရပါ- {reason}။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} သည် Delegations ဖတ်နိုင်သော ပုံ မဟုတ်ပါ၊ JPEG သို့မဟုတ် PNG ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>ပုံများ (*.jpg *.jpeg *.png *.webp *.bmp);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>ဟောပြောသူ ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>ဟောပြောသူ “{name}” ကို ဖျက်မလား။ ၎င်းတို့ကို ၎င်းတို့၏ ကဏ္ဍများမှလည်း ဖယ်ရှားမည်။</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>(ကိုယ်စားလှယ် မဟုတ်)</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>ကြိုပို့ရေးနှင့် ခရီးသည်စာရင်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>ရောက်ရှိ/ထွက်ခွာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>ရောက်ရှိမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>ထွက်ခွာမှုများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>ယာဉ်နှင့် ခရီးသည်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>ယာဉ် သို့မဟုတ် ခရီးသည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>လေယာဉ် သို့မဟုတ် ရထား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>ဟိုတယ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>စုရပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>ကြိုဆိုရေးအရာရှိ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>လိုအပ်ချက်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>နောက်ဆုံးပုံနှိပ်ပြီးနောက် ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>.xlsx ထုတ်ယူရန် (&amp;X)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>ဆက်တင်များ သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>နေ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>အချိန်ကာလ (မိနစ်) (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>ယာဉ်များ (အမျိုးအစား=ထိုင်ခုံ) (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>လေယာဉ်မတိုင်မီ ကြိုရန် (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>ရထားမတိုင်မီ ကြိုရန် (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>ကားမတိုင်မီ ကြိုရန် (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>စုရပ်များ (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>ကြိုဆိုရေးအရာရှိများ (&amp;G):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>ယာဉ် {vehicles} စီး၊ လူ {people} ဦး</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>ပုံမနှိပ်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>{when} ပုံနှိပ်ပြီးနောက် ပြောင်းလဲမှုများ- {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>ကြိုပို့ရေး ဆက်တင်များ သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>ခရီးသည်စာရင်း – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>ခရီးသည်စာရင်း ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>ခရီးသည်စာရင်းကို {path} သို့ ရေးပြီး</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>ခရီးစဉ်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>ရွေးထားသော ကိုယ်စားလှယ်၏ ရောက်ရှိခြင်း၊ ထွက်ခွာခြင်းနှင့် အတူခရီးသွားသူများ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>ခရီးစဉ်</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>ခရီးစဉ်- {name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>ဧည့်ခံရေး (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>ဟိုတယ်နှင့် အခန်းခွဲဝေမှု (&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>ကြိုပို့ရေးနှင့် ခရီးသည်စာရင်း (&amp;T)…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>မမျှော်လင့်ထားသော အမှား</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>အသေးစိတ်ကို မှတ်တမ်းဖိုင် &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt; တွင် ကြည့်ပါ၊ သင့်အစီရင်ခံစာတွင် ၎င်းကို ပူးတွဲပါ (သို့မဟုတ် အသေးစိတ်ကို ကူးထည့်ပါ)။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>အမှား အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>အသေးစိတ် ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>ချို့ယွင်းချက် အစီရင်ခံရန် မှားယွင်းသည့်အရာကို ဗားရှင်းများနှင့်အတူ ကူးယူသည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>အသေးစိတ် ပြရန် (&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>သင့်ကြောင့် မဟုတ်သော အမှားတစ်ခု ဖြစ်သွားသည်- {error}

သင့်ပွဲဖိုင်သည် ဘေးကင်းသည်- ပြောင်းလဲမှုတိုင်းကို ပြုလုပ်သည်နှင့် တပြိုင်နက် သိမ်းသည်။ ဆက်လက် လုပ်ဆောင်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>အမှား စုစုပေါင်း- {count}။ နောက်ဆုံး- {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>ကူးယူပြီး</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>Delegations သည် ၎င်း၏ ဝင်းဒိုးကို ဖွင့်၍ မရပါ- {error}

သင့်ပွဲဖိုင်သည် ဘေးကင်းသည်။ အသေးစိတ်ကို Delegations ကို ထိန်းသိမ်းသူထံ ပို့ပါ။</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာ အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာ- ချိတ်ဆက်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>အော့ဖ်လိုင်း — ဤကွန်ပျူတာပေါ်တွင် ဝင်ခွင့်ပြုနေသည်၊ ပို့ရန် %n ခု ကျန်သည်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာက မတုံ့ပြန်ပါ။ ဝင်ခွင့်ပြုမှုများကို ဤကွန်ပျူတာတွင် သိမ်းထားပြီး ဆာဗာ ပြန်တုံ့ပြန်သောအခါ ပို့ပါမည်။</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>အွန်လိုင်း ပြန်ရောက်ပြီ — %n ခု ပို့ပြီး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>၊ နှစ်ကြိမ် ဝင်ခွင့်ပြုခံရသူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာ- အွန်လိုင်း</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>အော့ဖ်လိုင်းမိတ္တူ — ဤကွန်ပျူတာပေါ်တွင် ဝင်ခွင့်ပြုနေသည်၊ ပြန်ချိတ်ဆက်သောအခါ ပို့ပါမည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>ပွဲကျင်းပရာနေရာ ဆာဗာက မတုံ့ပြန်သဖြင့် ဤကောင်တာသည် ပွဲ၏ ကိုယ်ပိုင်မိတ္တူကို ဖွင့်ထားသည်။ ဤနေရာတွင် ဝင်ခွင့်ပြုထားသည်များကို ပို့ရန် ဆာဗာသို့ ပြန်ချိတ်ဆက်ပါ (ဖိုင် ▸ ပွဲကျင်းပရာနေရာ၏ ဆာဗာသို့ ချိတ်ဆက်ရန်…)။</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>ပွဲတွင် မှတ်ပုံတင်ခြင်း</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>အမည် (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>မျိုးရိုးအမည် (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>ကိုယ်ပိုင်အက္ခရာဖြင့် အမည် (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>ကိုယ်စားလှယ်အဖွဲ့ (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>တာဝန် (&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>ထည့်၊ ပုံနှိပ်ပြီး ဝင်ခွင့်ပြုရန် (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>မှတ်ပုံမတင်ရသေးသူ- ၎င်းတို့ကို ကိုယ်စားလှယ်အဖွဲ့သို့ ထည့်မည်၊ ကတ်ပြားကို ဤကောင်တာ၏ ပုံနှိပ်စက်တွင် ပုံနှိပ်မည်၊ မှတ်ပုံတင်ပေးမည်။</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>ထိုပုဂ္ဂိုလ်၏ အမည်ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>ပွဲတွင် ကိုယ်စားလှယ်အဖွဲ့ မရှိသေးပါ- ဦးစွာ တစ်ဖွဲ့ ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>သက်သေ- ရှာရန် ရိုက်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>ထည့်မည့် သက်သေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>သက်သေ ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>သက်သေများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>သက်သေ ဖယ်ရှားရန် (&amp;V)</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>မျိုးရိုးအမည်ကို စာလုံးကြီးဖြင့်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>“BAI Zhen”, “Somchai SRISUK” ဟု ပုံနှိပ်ရန်- မျိုးရိုးအမည်ကို စာလုံးကြီးဖြင့်၊ အမည်၏ မည်သည့်အပိုင်းဖြစ်သည်ကို မည်သူမျှ မမှားစေရန်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>PDF အဖြစ် ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>စနစ်၏ ပုံနှိပ်စက်ဖြင့် ပုံစံ၏ စာမျက်နှာအရွယ်အစားနှင့် 100 % စကေးဖြင့် ပုံနှိပ်ရန်။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>လူတစ်ဦးချင်း၏ တာဝန်အလိုက် ပုံစံ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>လူတိုင်း ၎င်းတို့၏ တာဝန်အတွက် ပုံစံကို ရရှိမည် (ကတ်ပြားပုံစံများ… ▸ တာဝန်အတွက် သုံးရန်…)၊ တာဝန်တွင် ပုံစံ မရှိလျှင် မူလပုံစံကို ရရှိမည်။</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>ကတ်ပြားများ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>ကတ်ပြားများကို PDF အဖြစ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF စာတမ်း (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>ကတ်ပြားများ ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>ပုံနှိပ်ခြင်းကို ပယ်ဖျက်ပြီး၊ ဖိုင် မရေးရ၊ မှတ်တမ်း မတင်ရပါ။</translation>
    </message>
</context>
</TS>
