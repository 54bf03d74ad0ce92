<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>မဟုတ် (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ဟုတ် (&amp;Y)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ရပ်တန့်ရန်</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>အသုံးချရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>စွန့်ပစ်ရန်</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>အကူအညီ</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>လျစ်လျူရှုရန်</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>အားလုံး မဟုတ် (&amp;O)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ပြန်သတ်မှတ်ရန်</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ထပ်စမ်းရန်</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>အားလုံး သိမ်းရန်</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>အားလုံး ဟုတ် (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>ပယ်ဖျက်ရန် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>ပိတ်ရန် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>အိုကေ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>သိမ်းရန် (&amp;S)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>မသိမ်းဘဲ ပိတ်ရန်</translation>
        </message>
    </context>
    <context>
        <name>QCocoaTheme</name>
        <message>
            <source>Don&apos;t Save</source>
            <translation>မသိမ်းပါ</translation>
        </message>
    </context>
    <context>
        <name>MAC_APPLICATION_MENU</name>
        <message>
            <source>About %1</source>
            <translation>%1 အကြောင်း</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>%1 ကို ဝှက်ရန်</translation>
        </message>
        <message>
            <source>Hide Others</source>
            <translation>အခြားများကို ဝှက်ရန်</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>စိတ်ကြိုက်ရွေးချယ်မှုများ...</translation>
        </message>
        <message>
            <source>Quit %1</source>
            <translation>%1 မှ ထွက်ရန်</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>အားလုံး ပြရန်</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ကူးယူရန် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ကူးထည့်ရန် (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ပြန်လုပ် (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>နောက်ပြန် (&amp;U)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ဖြတ်ယူရန် (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>အားလုံး ရွေးရန်</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ကူးယူရန် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ကူးထည့်ရန် (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ပြန်လုပ် (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>နောက်ပြန် (&amp;U)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>လင့်ခ်တည်နေရာ ကူးယူရန် (&amp;L)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ဖြတ်ယူရန် (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>အားလုံး ရွေးရန်</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>အားလုံး ရွေးရန် (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>တစ်ဆင့် တိုးရန် (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>တစ်ဆင့် လျှော့ရန် (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI ပထမ ဦးတည်ချက်ပြ စာလုံးအတိုင်း ခွဲထုတ်</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>ယူနီကုဒ် ထိန်းချုပ်စာလုံး ထည့်ရန်</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE ဘယ်မှညာ မြှုပ်သွင်းမှု အစ</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI ဘယ်မှညာ ခွဲထုတ်</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM ဘယ်မှညာ အမှတ်အသား</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO ဘယ်မှညာ အတင်းသတ်မှတ်မှု အစ</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF ဦးတည်ချက် ပုံစံချမှု အဆုံး</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI ဦးတည်ချက် ခွဲထုတ်မှု အဆုံး</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE ညာမှဘယ် မြှုပ်သွင်းမှု အစ</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI ညာမှဘယ် ခွဲထုတ်</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM ညာမှဘယ် အမှတ်အသား</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO ညာမှဘယ် အတင်းသတ်မှတ်မှု အစ</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ အကျယ်သုည ဆက်စပ်စာလုံး</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ အကျယ်သုည မဆက်စပ်စာလုံး</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP အကျယ်သုည ကွက်လပ်</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>အောက်ဆုံး</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>ဘယ်ဘက်အစွန်း</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>စာမျက်နှာ အောက်သို့</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>စာမျက်နှာ ဘယ်သို့</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>စာမျက်နှာ ညာသို့</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>စာမျက်နှာ အပေါ်သို့</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>ညာဘက်အစွန်း</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>အောက်သို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>ဤနေရာသို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>ဘယ်သို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>ညာသို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>အပေါ်သို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>အပေါ်ဆုံး</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>ဘယ်သို့ လှိမ့်ရန်</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>ညာသို့ လှိမ့်ရန်</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ဖိုင်တွဲ ရှာမတွေ့ပါ။
ဖိုင်တွဲအမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ဖိုင် ရှာမတွေ့ပါ။
ဖိုင်အမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 ဖိုင်</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 ရှိပြီးသားဖြစ်သည်။
အစားထိုးလိုပါသလား။</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ရွေးရန် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ဖျက်ရန် (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>ရှာမည့်နေရာ (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ဖိုင်တွဲအသစ် (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ဖွင့်ရန် (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>အမည်ပြောင်းရန် (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>သိမ်းရန် (&amp;S)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
            <translation>&apos;%1&apos; ကို ရေးခွင့် ကာကွယ်ထားသည်။
မည်သို့ပင်ဖြစ်စေ ဖျက်လိုပါသလား။</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>အမည်ခွဲ</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ဖိုင်အားလုံး (*)</translation>
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
            <translation>&apos;%1&apos; ကို ဖျက်ရန် သေချာပါသလား။</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>နောက်သို့</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>အသေးစိတ် မြင်ကွင်းသို့ ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>စာရင်း မြင်ကွင်းသို့ ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ဖိုင်တွဲကို ဖျက်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>ဖိုင်တွဲအသစ် ဖန်တီးရန်</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>ဖိုင်တွဲအသစ် ဖန်တီးရန်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>အသေးစိတ် မြင်ကွင်း</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ဖိုင်တွဲများ</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ဖိုင်တွဲ-</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ဒရိုက်</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ဖိုင်</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ဖိုင်အမည် (&amp;N):</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ဖိုင်များ</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ဖိုင်အမျိုးအစား (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ဖိုင်အမျိုးအစား-</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ဖိုင်တွဲ ရှာရန်</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ရှေ့သို့</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>နောက်သို့ သွားရန်</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ရှေ့သို့ သွားရန်</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>မိခင်ဖိုင်တွဲသို့ သွားရန်</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>စာရင်း မြင်ကွင်း</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>နေရာများနှင့် စာညှပ်များ စာရင်း</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>ရှာမည့်နေရာ-</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ဖိုင်တွဲအသစ်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>မိခင်ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>မကြာသေးမီက နေရာများ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>အမည်ပြောင်း၍ သိမ်းရန်</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ဖြတ်လမ်း</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>ပြရန် </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>ဝှက်ထားသော ဖိုင်များ ပြရန် (&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>ဘေးဘား</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>မသိ</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;&quot;%1&quot; အမည်ကို သုံး၍ မရပါ။&lt;/b&gt;&lt;p&gt;စာလုံးနည်းသော သို့မဟုတ် သတ်ပုံသင်္ကေတ မပါသော အခြားအမည်ကို စမ်းသုံးပါ။</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>ကွန်ပျူတာ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>ပြင်ဆင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ဖိုင်အမည် မမှန်ပါ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>အရွယ်အစား</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>အမျိုးအစား</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>ပြန်လုပ်</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>%1 ကို ပြန်လုပ်</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>%1 ကို နောက်ပြန်</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>ပြန်လုပ်</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>%1 ကို ပြန်လုပ်</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>%1 ကို နောက်ပြန်</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;ဗလာ&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 ရှိပြီးသားဖြစ်သည်။
ထပ်ရေးလိုပါသလား။</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 သည် မှန်ကန်သော ပုံစံ မဟုတ်ပါ။ အပိုင်းအခြားနှင့် စာမျက်နှာများကို ခွဲရန် &apos;,&apos; ကို၊ အပိုင်းအခြား သတ်မှတ်ရန် &apos;-&apos; ကို သုံးပြီး အပိုင်းအခြားများ မထပ်စေရန် သေချာပါစေ။</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်သည်။
အခြား ဖိုင်အမည်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>ရွေးစရာများ (&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>ရွေးစရာများ (&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>ပုံနှိပ်ရန် (&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>စာမျက်နှာအားလုံး</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>အောက်မှအပေါ်၊ ဘယ်မှညာ</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>အောက်မှအပေါ်၊ ညာမှဘယ်</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>နှစ်ဖက်ပုံနှိပ် ဆက်တင် ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>စုံဂဏန်း စာမျက်နှာများ</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>ဖိုင် %1 ကို ရေး၍ မရပါ။
အခြား ဖိုင်အမည်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>စာမျက်နှာ သတ်မှတ်ချက် မမှန်ပါ</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>ဘယ်မှညာ၊ အောက်မှအပေါ်</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>ဘယ်မှညာ၊ အပေါ်မှအောက်</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>စက်တွင်းဖိုင်</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>မဂဏန်း စာမျက်နှာများ</translation>
        </message>
        <message>
            <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
            <translation>&apos;တစ်ရွက်လျှင် စာမျက်နှာ&apos; နှင့် &apos;စာမျက်နှာအစုံ&apos; ရွေးစရာများကို တွဲသုံး၍ မရပါ။
တစ်ခုကို ပိတ်ပါ။</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ပုံနှိပ်ရန်</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>ဖိုင်သို့ ပုံနှိပ်ရန် ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>ဖိုင်သို့ ပုံနှိပ်ရန် (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>ညာမှဘယ်၊ အောက်မှအပေါ်</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>ညာမှဘယ်၊ အပေါ်မှအောက်</translation>
        </message>
        <message>
            <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
            <translation>&apos;မှ&apos; တန်ဖိုးသည် &apos;အထိ&apos; တန်ဖိုးထက် မကြီးရပါ။</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>နှစ်ဖက်ပုံနှိပ် ဆက်တင်များ ကွဲလွဲနေသည်။ ပြင်လိုပါသလား။</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>အပေါ်မှအောက်၊ ဘယ်မှညာ</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>အပေါ်မှအောက်၊ ညာမှဘယ်</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>PDF ဖိုင် ရေးရန်</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>အမည် (&amp;N):</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ဖောင်</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>တည်နေရာ-</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>ထွက်ရှိဖိုင် (&amp;F):</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>ဂုဏ်သတ္တိများ (&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>အစမ်းကြည့်</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>ပုံနှိပ်စက်</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>အမျိုးအစား-</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>အစုလိုက် စီရန်</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>အရောင်</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>အရောင် မုဒ်</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>မိတ္တူများ</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>မိတ္တူ-</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>လက်ရှိ စာမျက်နှာ</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>နှစ်ဖက် ပုံနှိပ်ခြင်း</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ဖောင်</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>မီးခိုးရောင်</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>အရှည်ဘက် ချုပ်</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>ပိတ်</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>ရွေးစရာများ</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>ထွက်ရှိမှု ဆက်တင်များ</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>စာမျက်နှာအစုံ (&amp;S):</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>စာမျက်နှာအစုံ-</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>စာမျက်နှာများ</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>စာမျက်နှာ မှ</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>အားလုံး ပုံနှိပ်ရန်</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>ပုံနှိပ်မည့် အပိုင်းအခြား</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>ပြောင်းပြန်</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>ရွေးထားသည်</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>အတိုဘက် ချုပ်</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>စာမျက်နှာ သို့မဟုတ် အပိုင်းအခြားများကို ကော်မာဖြင့် ခွဲ၍ ဖော်ပြပါ။ အပိုင်းအခြားကို တုံးတိုဖြင့် ခွဲထားသော ဂဏန်းနှစ်လုံးဖြင့် ဖော်ပြသည်။ ဥပမာ- 3,5-7,9 သည် စာမျက်နှာ 3, 5, 6, 7 နှင့် 9 ကို ပုံနှိပ်သည်။</translation>
        </message>
        <message>
            <source>to</source>
            <translation>အထိ</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>အဆင့်မြင့် ရွေးစရာ ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>ပုံနှိပ်အလုပ် ရွေးစရာများ</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>စာမျက်နှာ ပြင်ဆင်မှု ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>ပုံနှိပ်စက် ဂုဏ်သတ္တိများ</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>စာမျက်နှာ ပြင်ဆင်မှု ရွေးစရာများ ကွဲလွဲနေသည်။ ပြင်လိုပါသလား။</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>အဆင့်မြင့် ရွေးစရာအချို့ ကွဲလွဲနေသည်။ ပြင်လိုပါသလား။</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>အသေးစိတ် ဝှက်ရန်...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>အသေးစိတ် ပြရန်...</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>ရွေးချယ်စာရင်း ပေါ်လာစေရန် ဖွင့်ပါ</translation>
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
            <translation>ဒရိုက်</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ဖိုင်တွဲ</translation>
        </message>
    </context>
</TS>
