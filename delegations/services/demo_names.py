"""Names, organisations and positions for the demo event's synthetic people.

Every native-script name is assembled from real given names, family names or syllables
written in their own script beside the romanisation people of that country use, so a
synthetic Thai delegate reads as สมชาย ศรีสุข / Somchai Srisuk, never as random letters.
Nothing here is a real person; the real speakers of the demo are written out in `demo.py`.

All text is NFC; native names follow the orthography of their script (Thai and Lao leading
vowels before the consonant, Khmer and Myanmar vowels after the consonant cluster, Khmer
register shifters before the vowel, Myanmar medials before the vowel).
"""

from __future__ import annotations

import functools
import random
import unicodedata
from dataclasses import dataclass

from delegations.domain.models import NameOrder
from delegations.domain.names import usual_name_order

MALE, FEMALE, ANY = "m", "f", "u"

# A name part: (romanisation, native script, "m" | "f" | "u").
Part = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Person:
    """A synthetic person's names, ready for a Delegate or Speaker row."""

    honorific: str
    given_name: str
    family_name: str
    native_name: str
    name_order: NameOrder
    gender: str
    halal: bool = False
    call_name: str = ""  # the part of the given name people are called by, if not all of it

    def email_local(self) -> str:
        """`given.family` in ASCII: “Nguyễn Văn Đức” -> “duc.nguyen”."""
        if self.name_order == NameOrder.FAMILY_FIRST:
            first = "".join(_ascii_words(self.call_name or self.given_name))
            last = "".join(_ascii_words(self.family_name))
        else:
            words = [w for w in _ascii_words(self.given_name) if w not in _PARTICLES]
            family = [w for w in _ascii_words(self.family_name) if w not in _PARTICLES]
            first = words[0] if words else ""
            last = family[-1] if family else (words[-1] if len(words) > 1 else "")
        return ".".join(part for part in (first, last) if part) or "delegate"


_PARTICLES = frozenset(
    {"bin", "binti", "bte", "al", "ap", "so", "do", "de", "da", "dos", "das", "dela", "haji"}
)


@functools.lru_cache(maxsize=4096)
def _ascii_words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return tuple("".join(c if c.isascii() and c.isalnum() else " " for c in plain).split())


# Chinese (mainland): pinyin + simplified characters, family name first ---------------------

CN_FAMILY: tuple[tuple[str, str], ...] = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
    ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
    ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
    ("Guo", "郭"), ("He", "何"), ("Lin", "林"), ("Luo", "罗"), ("Gao", "高"),
    ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
    ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
    ("Zeng", "曾"), ("Xiao", "肖"), ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"),
    ("Yuan", "袁"), ("Cai", "蔡"), ("Jiang", "蒋"), ("Yu", "余"), ("Du", "杜"),
    ("Ye", "叶"), ("Cheng", "程"), ("Wei", "魏"), ("Su", "苏"), ("Ding", "丁"),
    ("Ren", "任"), ("Yao", "姚"), ("Shen", "沈"), ("Zhong", "钟"), ("Cui", "崔"),
    ("Tan", "谭"), ("Fan", "范"), ("Liao", "廖"), ("Shi", "石"), ("Jin", "金"),
    ("Jia", "贾"), ("Xia", "夏"), ("Fang", "方"), ("Zou", "邹"), ("Xiong", "熊"),
    ("Bai", "白"), ("Meng", "孟"), ("Qin", "秦"), ("Qiu", "邱"), ("Hou", "侯"),
    ("Yin", "尹"), ("Xue", "薛"), ("Duan", "段"), ("Lei", "雷"), ("Long", "龙"),
    ("Tao", "陶"), ("Mao", "毛"), ("Gu", "顾"), ("Gong", "龚"), ("Shao", "邵"),
    ("Wan", "万"), ("Qian", "钱"), ("Yan", "严"), ("Hong", "洪"), ("Mo", "莫"),
    ("Kong", "孔"), ("Wei", "韦"),
)  # fmt: skip

CN_GIVEN: tuple[Part, ...] = (
    ("Jianhua", "建华", MALE), ("Xiaoyan", "晓燕", FEMALE), ("Zhiqiang", "志强", MALE),
    ("Haiyan", "海燕", FEMALE), ("Wenbo", "文博", MALE), ("Zihan", "子涵", FEMALE),
    ("Siyuan", "思远", MALE), ("Minghui", "明辉", MALE), ("Lijuan", "丽娟", FEMALE),
    ("Guoqiang", "国强", MALE), ("Chunmei", "春梅", FEMALE), ("Junjie", "俊杰", MALE),
    ("Yuxuan", "雨萱", FEMALE), ("Haoran", "浩然", MALE), ("Xinyi", "欣怡", FEMALE),
    ("Jiaqi", "佳琪", FEMALE), ("Yuhang", "宇航", MALE), ("Jiayi", "嘉怡", FEMALE),
    ("Zhenyu", "振宇", MALE), ("Yonggang", "永刚", MALE), ("Hongmei", "红梅", FEMALE),
    ("Xiuying", "秀英", FEMALE), ("Guilan", "桂兰", FEMALE), ("Jianguo", "建国", MALE),
    ("Jianjun", "建军", MALE), ("Haitao", "海涛", MALE), ("Xiaoming", "晓明", MALE),
    ("Yulan", "玉兰", FEMALE), ("Xuemei", "雪梅", FEMALE), ("Zhigang", "志刚", MALE),
    ("Lixin", "立新", MALE), ("Deming", "德明", MALE), ("Wenjing", "文静", FEMALE),
    ("Tingting", "婷婷", FEMALE), ("Wei", "伟", MALE), ("Fang", "芳", FEMALE),
    ("Min", "敏", FEMALE), ("Jing", "静", FEMALE), ("Lei", "磊", MALE), ("Jun", "军", MALE),
    ("Yong", "勇", MALE), ("Jie", "杰", MALE), ("Tao", "涛", MALE), ("Bin", "斌", MALE),
    ("Peng", "鹏", MALE), ("Hui", "慧", FEMALE), ("Lin", "琳", FEMALE), ("Dan", "丹", FEMALE),
    ("Ying", "颖", FEMALE), ("Ning", "宁", FEMALE), ("Feng", "峰", MALE), ("Kai", "凯", MALE),
    ("Yi", "毅", MALE), ("Rui", "睿", MALE), ("Yanping", "燕萍", FEMALE),
    ("Shuang", "爽", FEMALE), ("Mingyuan", "明远", MALE), ("Xiaolong", "晓龙", MALE),
    ("Jingwen", "静雯", FEMALE), ("Shuhua", "淑华", FEMALE), ("Yufei", "雨菲", FEMALE),
    ("Zhiwei", "志伟", MALE), ("Weidong", "卫东", MALE), ("Liping", "丽萍", FEMALE),
    ("Qing", "青", FEMALE), ("Yuqing", "雨晴", FEMALE), ("Chenxi", "晨曦", FEMALE),
    ("Tianyu", "天宇", MALE), ("Hao", "浩", MALE), ("Xin", "鑫", MALE),
    ("Yuting", "雨婷", FEMALE), ("Mengyao", "梦瑶", FEMALE), ("Shiyu", "诗雨", FEMALE),
    ("Zhihao", "志豪", MALE), ("Jiahao", "家豪", MALE),
)  # fmt: skip

# Chinese in Singapore and Malaysia: dialect romanisation, family name first -------------------

SEA_CHINESE_FAMILY: tuple[tuple[str, str], ...] = (
    ("Tan", "陈"), ("Lim", "林"), ("Lee", "李"), ("Ong", "王"), ("Wong", "黄"),
    ("Chong", "张"), ("Ng", "吴"), ("Goh", "吴"), ("Teo", "张"), ("Low", "刘"),
    ("Yap", "叶"), ("Chan", "陈"), ("Koh", "许"), ("Teh", "郑"), ("Khoo", "邱"),
    ("Leong", "梁"), ("Loh", "罗"), ("Chua", "蔡"), ("Toh", "卓"), ("Seah", "佘"),
)  # fmt: skip

SEA_CHINESE_GIVEN: tuple[Part, ...] = (
    ("Wei Ming", "伟明", MALE), ("Mei Ling", "美玲", FEMALE), ("Kok Wai", "国伟", MALE),
    ("Siew Lan", "秀兰", FEMALE), ("Chee Keong", "志强", MALE), ("Hui Min", "慧敏", FEMALE),
    ("Jia Hui", "佳慧", FEMALE), ("Kah Wai", "家伟", MALE), ("Boon Kiat", "文杰", MALE),
    ("Li Ling", "丽玲", FEMALE), ("Wei Jie", "伟杰", MALE), ("Xin Yi", "欣怡", FEMALE),
    ("Chin Hock", "振福", MALE), ("Swee Hoon", "瑞云", FEMALE), ("Kian Seng", "建成", MALE),
    ("Pei Shan", "佩珊", FEMALE), ("Jun Hao", "俊豪", MALE), ("Hui Ling", "慧玲", FEMALE),
)  # fmt: skip

# Vietnamese: Latin script with full diacritics, family name first -------------------------

VN_FAMILY: tuple[str, ...] = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
    "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào",
    "Đoàn", "Trịnh", "Đinh", "Lâm", "Mai", "Tô", "Hà", "Cao", "Lương", "Tạ", "Chu", "Trương",
)  # fmt: skip
VN_MIDDLE: tuple[Part, ...] = (
    ("Văn", "", MALE), ("Văn", "", MALE), ("Đức", "", MALE), ("Hữu", "", MALE),
    ("Quang", "", MALE), ("Công", "", MALE), ("Mạnh", "", MALE), ("Minh", "", ANY),
    ("Thanh", "", ANY), ("Xuân", "", ANY), ("Thị", "", FEMALE), ("Thị", "", FEMALE),
    ("Thị", "", FEMALE), ("Thu", "", FEMALE), ("Ngọc", "", FEMALE), ("Kim", "", FEMALE),
    ("Hồng", "", FEMALE), ("Phương", "", FEMALE), ("Thị Thu", "", FEMALE),
    ("Thị Ngọc", "", FEMALE),
)  # fmt: skip
VN_GIVEN: tuple[Part, ...] = tuple(
    (name, "", MALE)
    for name in (
        "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long",
        "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Trung", "Việt", "Vinh",
        "Hiếu", "Toàn", "Thành", "Tùng", "Hoàng",
    )
) + tuple(
    (name, "", FEMALE)
    for name in (
        "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung",
        "Phương", "Thảo", "Trang", "Vân", "Yến", "Thủy", "Hiền", "Oanh", "Quỳnh", "Nga",
        "Huyền", "Loan", "Châu", "Dung",
    )
)  # fmt: skip

# Thai: romanisation as Thai people write it + Thai script, given name first ----------------

TH_GIVEN: tuple[Part, ...] = (
    ("Somchai", "สมชาย", MALE), ("Somsak", "สมศักดิ์", MALE), ("Prasert", "ประเสริฐ", MALE),
    ("Wichai", "วิชัย", MALE), ("Sompong", "สมพงษ์", MALE), ("Anan", "อนันต์", MALE),
    ("Thanawat", "ธนวัฒน์", MALE), ("Kittisak", "กิตติศักดิ์", MALE),
    ("Supachai", "ศุภชัย", MALE), ("Chaiwat", "ชัยวัฒน์", MALE),
    ("Nattapong", "ณัฐพงษ์", MALE), ("Worawit", "วรวิทย์", MALE), ("Pichai", "พิชัย", MALE),
    ("Surasak", "สุรศักดิ์", MALE), ("Apichart", "อภิชาติ", MALE),
    ("Thawatchai", "ธวัชชัย", MALE), ("Narong", "ณรงค์", MALE), ("Boonsong", "บุญส่ง", MALE),
    ("Pongsak", "พงศ์ศักดิ์", MALE), ("Chatchai", "ฉัตรชัย", MALE),
    ("Somying", "สมหญิง", FEMALE), ("Malee", "มาลี", FEMALE), ("Siriporn", "ศิริพร", FEMALE),
    ("Kanokwan", "กนกวรรณ", FEMALE), ("Pornthip", "พรทิพย์", FEMALE), ("Suda", "สุดา", FEMALE),
    ("Wannapa", "วรรณภา", FEMALE), ("Nittaya", "นิตยา", FEMALE), ("Chanida", "ชนิดา", FEMALE),
    ("Ratana", "รัตนา", FEMALE), ("Duangjai", "ดวงใจ", FEMALE),
    ("Pimchanok", "พิมพ์ชนก", FEMALE), ("Sasithorn", "ศศิธร", FEMALE),
    ("Jintana", "จินตนา", FEMALE), ("Araya", "อารยา", FEMALE), ("Kannika", "กรรณิการ์", FEMALE),
    ("Wipawee", "วิภาวี", FEMALE), ("Orathai", "อรทัย", FEMALE), ("Supaporn", "สุภาพร", FEMALE),
    ("Naree", "นารี", FEMALE),
)  # fmt: skip
TH_FAMILY: tuple[tuple[str, str], ...] = (
    ("Saetang", "แซ่ตั้ง"), ("Srisuk", "ศรีสุข"), ("Wongsawat", "วงศ์สวัสดิ์"),
    ("Chaiyaporn", "ชัยพร"), ("Rattanaporn", "รัตนพร"), ("Sukprasert", "สุขประเสริฐ"),
    ("Boonmee", "บุญมี"), ("Chaiyasit", "ชัยสิทธิ์"), ("Kaewmanee", "แก้วมณี"),
    ("Phromsuwan", "พรหมสุวรรณ"), ("Suksawat", "สุขสวัสดิ์"), ("Charoenrat", "เจริญรัตน์"),
    ("Srisawat", "ศรีสวัสดิ์"), ("Jaidee", "ใจดี"), ("Thongdee", "ทองดี"),
    ("Wongsuwan", "วงศ์สุวรรณ"), ("Rungruang", "รุ่งเรือง"), ("Siriwat", "ศิริวัฒน์"),
    ("Buasri", "บัวศรี"), ("Kittiwong", "กิตติวงศ์"), ("Sangthong", "แสงทอง"),
)  # fmt: skip

# Khmer: romanisation + Khmer script, family name first ----------------------------------

KH_FAMILY: tuple[tuple[str, str], ...] = (
    ("Sok", "សុខ"), ("Chan", "ចាន់"), ("Kim", "គឹម"), ("Heng", "ហេង"), ("Chea", "ជា"),
    ("Keo", "កែវ"), ("Meas", "មាស"), ("Ly", "លី"), ("Ouk", "អ៊ុក"), ("Pich", "ពេជ្រ"),
    ("Seng", "សេង"), ("Sun", "ស៊ុន"), ("Touch", "ទូច"), ("Long", "ឡុង"), ("Prak", "ប្រាក់"),
    ("Mao", "ម៉ៅ"), ("Lim", "លឹម"), ("Tep", "ទេព"), ("Chhim", "ឈឹម"), ("Nov", "នូវ"),
    ("Yim", "យឹម"), ("Vann", "វ៉ាន់"), ("Sam", "សំ"), ("Khiev", "ខៀវ"),
)  # fmt: skip
KH_GIVEN: tuple[Part, ...] = (
    ("Sophea", "សុភា", FEMALE), ("Sophal", "សុផល", MALE), ("Dara", "តារា", ANY),
    ("Vuthy", "វុទ្ធី", MALE), ("Sokha", "សុខា", ANY), ("Chenda", "ចិន្តា", FEMALE),
    ("Bopha", "បុប្ផា", FEMALE), ("Rithy", "រិទ្ធី", MALE), ("Sovann", "សុវណ្ណ", MALE),
    ("Piseth", "ពិសិដ្ឋ", MALE), ("Kosal", "កុសល", MALE), ("Sreymom", "ស្រីមុំ", FEMALE),
    ("Channary", "ចាន់ណារី", FEMALE), ("Vanna", "វណ្ណា", ANY), ("Sokunthea", "សុគន្ធា", FEMALE),
    ("Rachana", "រចនា", FEMALE), ("Visal", "វិសាល", MALE), ("Bunthoeun", "ប៊ុនធឿន", MALE),
    ("Sovannary", "សុវណ្ណារី", FEMALE), ("Dalin", "ដាលីន", FEMALE),
    ("Pheakdey", "ភក្ដី", MALE), ("Narith", "ណារិទ្ធ", MALE), ("Samnang", "សំណាង", MALE),
    ("Thida", "ធីតា", FEMALE), ("Sothea", "សុធា", ANY), ("Makara", "មករា", MALE),
    ("Kanha", "កញ្ញា", FEMALE), ("Leakhena", "លក្ខិណា", FEMALE), ("Vichea", "វិជ្ជា", MALE),
)  # fmt: skip

# Lao: romanisation + Lao script, given name first ----------------------------------------

LA_GIVEN: tuple[Part, ...] = (
    ("Somphone", "ສົມພອນ", MALE), ("Khamphan", "ຄຳພັນ", MALE), ("Bounmy", "ບຸນມີ", MALE),
    ("Phonesavanh", "ພອນສະຫວັນ", ANY), ("Manivone", "ມະນີວອນ", FEMALE),
    ("Chanthaly", "ຈັນທະລີ", FEMALE), ("Souphaphone", "ສຸພາພອນ", FEMALE),
    ("Somsak", "ສົມສັກ", MALE), ("Bouasone", "ບົວສອນ", MALE), ("Noy", "ນ້ອຍ", FEMALE),
    ("Dara", "ດາລາ", FEMALE), ("Sengdao", "ແສງດາວ", FEMALE), ("Thongchanh", "ທອງຈັນ", MALE),
    ("Sisouk", "ສີສຸກ", MALE), ("Vilay", "ວິໄລ", FEMALE), ("Bounthavy", "ບຸນທະວີ", MALE),
    ("Khampheng", "ຄຳແພງ", ANY), ("Phouvong", "ພູວົງ", MALE), ("Viengkham", "ວຽງຄຳ", FEMALE),
)  # fmt: skip
LA_FAMILY: tuple[tuple[str, str], ...] = (
    ("Phommachanh", "ພົມມະຈັນ"), ("Sisavath", "ສີສະຫວາດ"), ("Vongsa", "ວົງສາ"),
    ("Keomany", "ແກ້ວມະນີ"), ("Inthavong", "ອິນທະວົງ"), ("Phimmasone", "ພິມມະສອນ"),
    ("Souvannavong", "ສຸວັນນະວົງ"), ("Sayavong", "ໄຊຍະວົງ"), ("Chanthavong", "ຈັນທະວົງ"),
    ("Vilaythong", "ວິໄລທອງ"), ("Khounnavong", "ຄຸນນະວົງ"), ("Phetsavong", "ເພັດສະວົງ"),
    ("Thammavong", "ທຳມະວົງ"), ("Manivong", "ມະນີວົງ"),
)  # fmt: skip

# Myanmar: syllables in romanisation + Myanmar script; no family name ----------------------

MM_SYLLABLES: tuple[Part, ...] = (
    ("Aung", "အောင်", MALE), ("Kyaw", "ကျော်", MALE), ("Htun", "ထွန်း", MALE),
    ("Min", "မင်း", MALE), ("Zaw", "ဇော်", MALE), ("Win", "ဝင်း", MALE),
    ("Naing", "နိုင်", MALE), ("Ko", "ကို", MALE), ("Thet", "သက်", ANY),
    ("Paing", "ပိုင်", MALE), ("Soe", "စိုး", MALE), ("Phyo", "ဖြိုး", ANY),
    ("Lwin", "လွင်", ANY), ("Htet", "ထက်", ANY), ("Yan", "ရန်", MALE), ("Nay", "နေ", ANY),
    ("Lin", "လင်း", ANY), ("Chit", "ချစ်", ANY), ("Hein", "ဟိန်း", MALE), ("Zin", "ဇင်", ANY),
    ("Myo", "မျိုး", MALE), ("Khaing", "ခိုင်", ANY), ("Shwe", "ရွှေ", ANY), ("Ye", "ရဲ", MALE),
    ("Naung", "နောင်", MALE), ("Hla", "လှ", ANY), ("Thu", "သူ", ANY),
    ("Nyein", "ငြိမ်း", ANY), ("Su", "စု", FEMALE), ("Mya", "မြ", FEMALE),
    ("Khin", "ခင်", FEMALE), ("May", "မေ", FEMALE), ("Thiri", "သီရိ", FEMALE),
    ("Phyu", "ဖြူ", FEMALE), ("Moe", "မိုး", ANY), ("Hnin", "နှင်း", FEMALE),
    ("Wai", "ဝေ", FEMALE), ("San", "စန်း", FEMALE), ("Ei", "အိ", FEMALE),
    ("Yadanar", "ရတနာ", FEMALE), ("Thazin", "သဇင်", FEMALE), ("Nandar", "နန္ဒာ", FEMALE),
    ("Aye", "အေး", ANY), ("Nwe", "နွယ်", FEMALE), ("Cho", "ချို", FEMALE),
    ("Mon", "မွန်", FEMALE),
)  # fmt: skip

# Malay (Malaysia, Brunei, Singapore): patronymic, no family name -------------------------

MALAY_GIVEN: tuple[Part, ...] = tuple(
    (name, "", MALE)
    for name in (
        "Ahmad", "Muhammad Hafiz", "Mohd Faizal", "Ismail", "Azman", "Khairul Anuar",
        "Rizal", "Faris", "Amir Hamzah", "Zulkifli", "Hakim", "Syafiq", "Aiman", "Nazri",
        "Hassan", "Ibrahim", "Kamal", "Mohd Azmi", "Hazwan", "Firdaus",
    )
) + tuple(
    (name, "", FEMALE)
    for name in (
        "Nurul Aina", "Siti Aminah", "Nur Aisyah", "Farah", "Aisyah", "Zainab", "Salmah",
        "Nor Azizah", "Fatimah", "Noraini", "Nurul Hidayah", "Rohani", "Syazwani",
        "Siti Nur Hafizah", "Norhayati",
    )
)  # fmt: skip
MALAY_FATHER: tuple[str, ...] = (
    "Ismail", "Abdullah", "Hassan", "Ibrahim", "Yusof", "Othman", "Ahmad", "Abdul Rahman",
    "Hamid", "Razak", "Ali", "Omar", "Salleh", "Mahmud", "Aziz", "Jaafar", "Daud", "Idris",
    "Musa", "Haji Ahmad", "Haji Md Yassin",
)  # fmt: skip

INDIAN_GIVEN: tuple[Part, ...] = (
    ("Ravi", "", MALE), ("Rajesh", "", MALE), ("Suresh", "", MALE), ("Ganesh", "", MALE),
    ("Arun", "", MALE), ("Vijay", "", MALE), ("Priya", "", FEMALE), ("Kavitha", "", FEMALE),
    ("Lakshmi", "", FEMALE), ("Deepa", "", FEMALE), ("Shalini", "", FEMALE),
    ("Meena", "", FEMALE),
)  # fmt: skip
INDIAN_FAMILY: tuple[str, ...] = (
    "Chandran", "Subramaniam", "Krishnan", "Ramasamy", "Pillai", "Nair", "Raman",
    "Muthu", "Selvaraj", "Govindasamy",
)  # fmt: skip

# Indonesian: often one name, often two; Batak and other clan names as family names -------

ID_SINGLE: tuple[Part, ...] = (
    ("Suparman", "", MALE), ("Sutrisno", "", MALE), ("Wahyudi", "", MALE),
    ("Sumarni", "", FEMALE), ("Suharti", "", FEMALE), ("Mulyadi", "", MALE),
    ("Yuliana", "", FEMALE), ("Haryanto", "", MALE),
)  # fmt: skip
ID_GIVEN: tuple[Part, ...] = (
    ("Budi", "", MALE), ("Agus", "", MALE), ("Eko", "", MALE), ("Bambang", "", MALE),
    ("Hendra", "", MALE), ("Rudi", "", MALE), ("Dedi", "", MALE), ("Andi", "", MALE),
    ("Joko", "", MALE), ("Arief", "", MALE), ("Siti", "", FEMALE), ("Dewi", "", FEMALE),
    ("Sri", "", FEMALE), ("Indah", "", FEMALE), ("Ratna", "", FEMALE), ("Rina", "", FEMALE),
    ("Fitri", "", FEMALE), ("Ayu", "", FEMALE), ("Putri", "", FEMALE), ("Maria", "", FEMALE),
)  # fmt: skip
# Second names and clan names by who carries them: "Lestari" is a woman's name, "Santoso" a man's.
ID_FAMILY: dict[str, tuple[str, ...]] = {
    MALE: ("Santoso", "Setiawan", "Prasetyo", "Sutrisno", "Gunawan", "Hartono", "Kurniawan",
           "Hidayat", "Saputra", "Wijaya", "Siregar", "Nasution", "Simanjuntak", "Hutapea",
           "Lubis", "Harahap"),
    FEMALE: ("Lestari", "Rahmawati", "Wahyuni", "Permatasari", "Susanti", "Anggraini",
             "Wijaya", "Siregar", "Nasution", "Simanjuntak", "Hutapea", "Lubis", "Harahap"),
}  # fmt: skip

# Filipino: Spanish and English given names, Spanish family names -------------------------

PH_GIVEN: tuple[Part, ...] = (
    ("Jose Miguel", "", MALE), ("Juan Carlos", "", MALE), ("Mark Anthony", "", MALE),
    ("John Paul", "", MALE), ("Rodrigo", "", MALE), ("Ramon", "", MALE), ("Eduardo", "", MALE),
    ("Carlo", "", MALE), ("Paolo", "", MALE), ("Jerome", "", MALE), ("Ferdinand", "", MALE),
    ("Maria Cristina", "", FEMALE), ("Ana Marie", "", FEMALE), ("Kristine", "", FEMALE),
    ("Michelle", "", FEMALE), ("Rowena", "", FEMALE), ("Jocelyn", "", FEMALE),
    ("Rosario", "", FEMALE), ("Angelica", "", FEMALE), ("Lorna", "", FEMALE),
    ("Ma. Teresa", "", FEMALE),
)  # fmt: skip
PH_FAMILY: tuple[str, ...] = (
    "Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Ramos", "dela Cruz",
    "Aquino", "Villanueva", "Castillo", "Flores", "Gonzales", "Torres", "Domingo", "Navarro",
    "Mercado", "Aguilar", "Pascual", "Tolentino", "Manalo", "Dizon", "Salazar", "Soriano",
    "de Leon",
)  # fmt: skip

# Timor-Leste: Portuguese-style names ----------------------------------------------------

TL_GIVEN: tuple[Part, ...] = (
    ("José Manuel", "", MALE), ("João", "", MALE), ("Francisco", "", MALE),
    ("António", "", MALE), ("Domingos", "", MALE), ("Agostinho", "", MALE),
    ("Mateus", "", MALE), ("Marcelino", "", MALE), ("Maria de Fátima", "", FEMALE),
    ("Ana Paula", "", FEMALE), ("Joana", "", FEMALE), ("Teresa", "", FEMALE),
    ("Lúcia", "", FEMALE), ("Rosalina", "", FEMALE), ("Isabel", "", FEMALE),
    ("Madalena", "", FEMALE), ("Filomena", "", FEMALE),
)  # fmt: skip
TL_FAMILY: tuple[str, ...] = (
    "da Silva", "Soares", "Ximenes", "Guterres", "Belo", "Pereira", "dos Santos", "da Costa",
    "Freitas", "Amaral", "Gusmão", "Martins", "Pinto", "Alves", "Sarmento", "Fernandes",
    "Lopes", "Carvalho", "Correia", "de Jesus", "Mendonça",
)  # fmt: skip


# Generators -----------------------------------------------------------------------------


def _of_gender(table: tuple[Part, ...], gender: str) -> tuple[Part, ...]:
    return tuple(part for part in table if part[2] in (gender, ANY))


def _honorific(rng: random.Random, gender: str, *, academic: bool = False) -> str:
    roll = rng.random()
    if academic and roll < 0.25:
        return "Prof."
    if roll < 0.45 if academic else roll < 0.2:
        return "Dr."
    return "Mr." if gender == MALE else "Ms."


def _chinese(rng: random.Random, gender: str, academic: bool) -> Person:
    family, family_zh = rng.choice(CN_FAMILY)
    given, given_zh, _ = rng.choice(_CN_GIVEN[gender])
    native = family_zh + given_zh
    return Person(
        _honorific(rng, gender, academic=academic), given, family, native,
        usual_name_order("CN", native), gender,
    )  # fmt: skip


def _sea_chinese(rng: random.Random, gender: str, academic: bool, *, country: str) -> Person:
    family, family_zh = rng.choice(SEA_CHINESE_FAMILY)
    given, given_zh, _ = rng.choice(_SEA_CHINESE_GIVEN[gender])
    native = family_zh + given_zh
    return Person(
        _honorific(rng, gender, academic=academic), given, family, native,
        usual_name_order(country, native), gender,  # the Han name: family name first
    )  # fmt: skip


def _vietnamese(rng: random.Random, gender: str, academic: bool) -> Person:
    family = rng.choice(VN_FAMILY)
    given = rng.choice(_VN_GIVEN[gender])[0]
    middle = rng.choice(_VN_MIDDLE[gender])[0]
    while middle.endswith(given):
        middle = rng.choice(_VN_MIDDLE[gender])[0]
    return Person(
        _honorific(rng, gender, academic=academic), f"{middle} {given}", family, "",
        usual_name_order("VN"), gender, call_name=given,
    )  # fmt: skip


def _thai(rng: random.Random, gender: str, academic: bool) -> Person:
    given, given_th, _ = rng.choice(_TH_GIVEN[gender])
    family, family_th = rng.choice(TH_FAMILY)
    return Person(
        _honorific(rng, gender, academic=academic), given, family, f"{given_th} {family_th}",
        usual_name_order("TH"), gender,
    )  # fmt: skip


def _khmer(rng: random.Random, gender: str, academic: bool) -> Person:
    family, family_km = rng.choice(KH_FAMILY)
    given, given_km, _ = rng.choice(_KH_GIVEN[gender])
    return Person(
        _honorific(rng, gender, academic=academic), given, family, f"{family_km} {given_km}",
        usual_name_order("KH"), gender,
    )  # fmt: skip


def _lao(rng: random.Random, gender: str, academic: bool) -> Person:
    given, given_lo, _ = rng.choice(_LA_GIVEN[gender])
    family, family_lo = rng.choice(LA_FAMILY)
    return Person(
        _honorific(rng, gender, academic=academic), given, family, f"{given_lo} {family_lo}",
        usual_name_order("LA"), gender,
    )  # fmt: skip


def _myanmar(rng: random.Random, gender: str, academic: bool) -> Person:
    pool = _MM_SYLLABLES[gender]
    count = 2 if rng.random() < 0.55 else 3
    syllables = rng.sample(pool, count)
    return Person(
        _honorific(rng, gender, academic=academic), " ".join(s[0] for s in syllables), "",
        "".join(s[1] for s in syllables), NameOrder.GIVEN_FIRST, gender,
    )  # fmt: skip


def _malay(rng: random.Random, gender: str, academic: bool, *, brunei: bool = False) -> Person:
    given = rng.choice(_MALAY_GIVEN[gender])[0]
    father = rng.choice(MALAY_FATHER)
    link = "bin" if gender == MALE else "binti"
    if brunei:
        roll = rng.random()
        if roll < 0.15:
            honorific = "Pengiran"
        elif roll < 0.3:
            honorific = "Haji" if gender == MALE else "Hajah"
        elif roll < 0.45:
            honorific = "Dr."
        else:
            honorific = "Awang" if gender == MALE else "Dayang"
    else:
        honorific = _honorific(rng, gender, academic=academic)
    return Person(
        honorific, f"{given} {link} {father}", "", "", NameOrder.GIVEN_FIRST, gender, halal=True
    )


def _indian(rng: random.Random, gender: str, academic: bool) -> Person:
    given = rng.choice(_INDIAN_GIVEN[gender])[0]
    return Person(
        _honorific(rng, gender, academic=academic), given, rng.choice(INDIAN_FAMILY), "",
        NameOrder.GIVEN_FIRST, gender,
    )  # fmt: skip


def _indonesian(rng: random.Random, gender: str, academic: bool) -> Person:
    honorific = _honorific(rng, gender, academic=academic)
    roll = rng.random()
    if roll < 0.2:
        given, family = rng.choice(_ID_SINGLE[gender])[0], ""
    else:
        given, family = rng.choice(_ID_GIVEN[gender])[0], rng.choice(ID_FAMILY[gender])
    halal = rng.random() < 0.8
    return Person(honorific, given, family, "", NameOrder.GIVEN_FIRST, gender, halal=halal)


def _filipino(rng: random.Random, gender: str, academic: bool) -> Person:
    return Person(
        _honorific(rng, gender, academic=academic), rng.choice(_PH_GIVEN[gender])[0],
        rng.choice(PH_FAMILY), "", NameOrder.GIVEN_FIRST, gender,
    )  # fmt: skip


def _timorese(rng: random.Random, gender: str, academic: bool) -> Person:
    family = rng.choice(TL_FAMILY)
    if rng.random() < 0.3:
        second = rng.choice(TL_FAMILY)
        if second != family:
            family = f"{family} {second}"
    return Person(
        _honorific(rng, gender, academic=academic), rng.choice(_TL_GIVEN[gender])[0], family,
        "", NameOrder.GIVEN_FIRST, gender,
    )  # fmt: skip


def _singaporean(rng: random.Random, gender: str, academic: bool) -> Person:
    roll = rng.random()
    if roll < 0.72:
        return _sea_chinese(rng, gender, academic, country="SG")
    if roll < 0.88:
        return _malay(rng, gender, academic)
    return _indian(rng, gender, academic)


def _malaysian(rng: random.Random, gender: str, academic: bool) -> Person:
    roll = rng.random()
    if roll < 0.62:
        return _malay(rng, gender, academic)
    if roll < 0.9:
        return _sea_chinese(rng, gender, academic, country="MY")
    return _indian(rng, gender, academic)


def _bruneian(rng: random.Random, gender: str, academic: bool) -> Person:
    if rng.random() < 0.9:
        return _malay(rng, gender, academic, brunei=True)
    return _sea_chinese(rng, gender, academic, country="BN")


def _by_gender(table: tuple[Part, ...]) -> dict[str, tuple[Part, ...]]:
    return {MALE: _of_gender(table, MALE), FEMALE: _of_gender(table, FEMALE)}


_CN_GIVEN = _by_gender(CN_GIVEN)
_SEA_CHINESE_GIVEN = _by_gender(SEA_CHINESE_GIVEN)
_VN_GIVEN = _by_gender(VN_GIVEN)
_VN_MIDDLE = _by_gender(VN_MIDDLE)
_TH_GIVEN = _by_gender(TH_GIVEN)
_KH_GIVEN = _by_gender(KH_GIVEN)
_LA_GIVEN = _by_gender(LA_GIVEN)
_MM_SYLLABLES = _by_gender(MM_SYLLABLES)
_MALAY_GIVEN = _by_gender(MALAY_GIVEN)
_INDIAN_GIVEN = _by_gender(INDIAN_GIVEN)
_ID_SINGLE = _by_gender(ID_SINGLE)
_ID_GIVEN = _by_gender(ID_GIVEN)
_PH_GIVEN = _by_gender(PH_GIVEN)
_TL_GIVEN = _by_gender(TL_GIVEN)

_GENERATORS = {
    "BN": _bruneian, "KH": _khmer, "ID": _indonesian, "LA": _lao, "MY": _malaysian,
    "MM": _myanmar, "PH": _filipino, "SG": _singaporean, "TH": _thai, "TL": _timorese,
    "VN": _vietnamese, "CN": _chinese,
}  # fmt: skip

SUPPORTED_COUNTRIES: tuple[str, ...] = tuple(_GENERATORS)


def make_person(
    rng: random.Random, country: str, *, gender: str | None = None, academic: bool = False
) -> Person:
    """A synthetic person as named in `country` (ISO 3166-1 alpha-2, one of the twelve)."""
    if gender is None:
        gender = MALE if rng.random() < 0.5 else FEMALE
    return _GENERATORS[country](rng, gender, academic)


# Organisations and positions ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    domain: str  # a reserved .example domain: demo addresses can never reach anyone
    kind: str  # ministry | university | college | enterprise | media | association


def _orgs(country: str, *specs: tuple[str, str, str]) -> tuple[Organisation, ...]:
    return tuple(
        Organisation(name, f"{slug}.{country.lower()}.example", kind) for name, slug, kind in specs
    )


ORGANISATIONS: dict[str, tuple[Organisation, ...]] = {
    "BN": _orgs(
        "BN",
        ("Ministry of Education", "moe", "ministry"),
        ("Universiti Brunei Darussalam", "ubd", "university"),
        ("Universiti Teknologi Brunei", "utb", "university"),
        ("Institute of Brunei Technical Education", "ibte", "college"),
        ("Radio Television Brunei", "rtb", "media"),
    ),
    "KH": _orgs(
        "KH",
        ("Ministry of Education, Youth and Sport", "moeys", "ministry"),
        ("Ministry of Labour and Vocational Training", "mlvt", "ministry"),
        ("Royal University of Phnom Penh", "rupp", "university"),
        ("Institute of Technology of Cambodia", "itc", "university"),
        ("National Polytechnic Institute of Cambodia", "npic", "college"),
        ("Agence Kampuchea Presse", "akp", "media"),
    ),
    "ID": _orgs(
        "ID",
        ("Ministry of Higher Education, Science and Technology", "kemdiktisaintek", "ministry"),
        ("Ministry of Primary and Secondary Education", "kemendikdasmen", "ministry"),
        ("Universitas Indonesia", "ui", "university"),
        ("Institut Teknologi Bandung", "itb", "university"),
        ("Universitas Gadjah Mada", "ugm", "university"),
        ("Politeknik Negeri Jakarta", "pnj", "college"),
        ("Antara News Agency", "antara", "media"),
    ),
    "LA": _orgs(
        "LA",
        ("Ministry of Education and Sports", "moes", "ministry"),
        ("National University of Laos", "nuol", "university"),
        ("Souphanouvong University", "su", "university"),
        ("Pakpasak Technical College", "pakpasak", "college"),
        ("Lao News Agency", "kpl", "media"),
    ),
    "MY": _orgs(
        "MY",
        ("Ministry of Higher Education", "mohe", "ministry"),
        ("Ministry of Education", "moe", "ministry"),
        ("Universiti Malaya", "um", "university"),
        ("Universiti Teknologi Malaysia", "utm", "university"),
        ("Universiti Kebangsaan Malaysia", "ukm", "university"),
        ("Politeknik Ungku Omar", "puo", "college"),
        ("Bernama", "bernama", "media"),
    ),
    "MM": _orgs(
        "MM",
        ("Ministry of Education", "moe", "ministry"),
        ("University of Yangon", "uy", "university"),
        ("Yangon Technological University", "ytu", "university"),
        ("Mandalay Technological University", "mtu", "university"),
        ("Government Technical Institute, Insein", "gti", "college"),
        ("Myanmar News Agency", "mna", "media"),
    ),
    "PH": _orgs(
        "PH",
        ("Commission on Higher Education", "ched", "ministry"),
        ("Department of Education", "deped", "ministry"),
        ("Technical Education and Skills Development Authority", "tesda", "ministry"),
        ("University of the Philippines", "up", "university"),
        ("De La Salle University", "dlsu", "university"),
        ("Polytechnic University of the Philippines", "pup", "college"),
        ("Philippine News Agency", "pna", "media"),
    ),
    "SG": _orgs(
        "SG",
        ("Ministry of Education", "moe", "ministry"),
        ("National University of Singapore", "nus", "university"),
        ("Nanyang Technological University", "ntu", "university"),
        ("Institute of Technical Education", "ite", "college"),
        ("Singapore Polytechnic", "sp", "college"),
        ("Mediacorp", "mediacorp", "media"),
    ),
    "TH": _orgs(
        "TH",
        ("Ministry of Education", "moe", "ministry"),
        ("Ministry of Higher Education, Science, Research and Innovation", "mhesi", "ministry"),
        ("Office of the Vocational Education Commission", "vec", "ministry"),
        ("Chulalongkorn University", "chula", "university"),
        ("Chiang Mai University", "cmu", "university"),
        ("King Mongkut's University of Technology Thonburi", "kmutt", "university"),
        ("Chiang Mai Technical College", "cmtc", "college"),
        ("National News Bureau of Thailand", "nnt", "media"),
    ),
    "TL": _orgs(
        "TL",
        ("Ministry of Higher Education, Science and Culture", "mesc", "ministry"),
        ("Ministry of Education", "me", "ministry"),
        ("Universidade Nacional Timor Lorosa'e", "untl", "university"),
        ("Dili Institute of Technology", "dit", "college"),
        ("Tatoli", "tatoli", "media"),
    ),
    "VN": _orgs(
        "VN",
        ("Ministry of Education and Training", "moet", "ministry"),
        ("Hanoi University of Science and Technology", "hust", "university"),
        ("Vietnam National University, Hanoi", "vnu", "university"),
        ("Ho Chi Minh City University of Technology and Education", "hcmute", "university"),
        ("Ly Tu Trong College", "lttc", "college"),
        ("Forward Tire Company", "forwardtire", "enterprise"),
        ("Vietnam News Agency", "vna", "media"),
    ),
    "CN": _orgs(
        "CN",
        ("Ministry of Education of the People's Republic of China", "moe", "ministry"),
        ("Guizhou Provincial Department of Education", "gzedu", "ministry"),
        ("China Education Association for International Exchange", "ceaie", "association"),
        ("Guizhou University", "gzu", "university"),
        ("Guizhou Normal University", "gznu", "university"),
        ("Guizhou Minzu University", "gzmu", "university"),
        ("Guizhou Medical University", "gmu", "university"),
        ("Guiyang Vocational and Technical College", "gyvtc", "college"),
        ("Guizhou Light Industry Technical College", "gzqy", "college"),
        ("Guizhou Polytechnic of Construction", "gzjs", "college"),
        ("China Mobile Guizhou", "chinamobile-gz", "enterprise"),
        ("Xinhua News Agency", "xinhua", "media"),
        ("Guizhou Daily", "gzdaily", "media"),
    ),
}

# The title of a university's head in each country's own English usage.
UNIVERSITY_HEAD: dict[str, str] = {
    "BN": "Vice-Chancellor", "KH": "Rector", "ID": "Rector", "LA": "President",
    "MY": "Vice-Chancellor", "MM": "Rector", "PH": "President", "SG": "President",
    "TH": "President", "TL": "Rector", "VN": "President", "CN": "President",
}  # fmt: skip

POSITIONS: dict[str, tuple[str, ...]] = {
    "ministry": (
        "Director, Department of Higher Education",
        "Deputy Director-General, Department of Technical and Vocational Education and Training",
        "Director, Department of International Cooperation",
        "Deputy Director, Department of Planning",
        "Head, ASEAN Affairs Division",
        "Senior Officer, International Cooperation",
        "Policy Officer, Teacher Education",
        "Programme Officer, Digital Education",
    ),
    "university": (
        "Vice-President for International Affairs",
        "Dean, Faculty of Engineering",
        "Dean, Faculty of Education",
        "Head, Office of International Relations",
        "Associate Professor, School of Computer Science",
        "Senior Lecturer, Faculty of Economics",
        "Lecturer, Department of Chinese Language",
        "Researcher, Institute of Southeast Asian Studies",
        "Professor, School of Mechanical Engineering",
    ),
    "college": (
        "Vice-Principal",
        "Head, Department of Mechatronics",
        "Head, Department of Automotive Technology",
        "Instructor, Welding and Fabrication",
        "Coordinator, Industry Partnerships",
        "Head, Department of Tourism and Hospitality",
    ),
    "enterprise": (
        "Deputy General Manager",
        "Human Resources Director",
        "Training Manager",
        "Engineer, Technical Training Centre",
    ),
    "association": (
        "Deputy Secretary-General",
        "Director, ASEAN Programmes",
        "Programme Officer",
    ),
    "media": ("Correspondent", "Reporter", "Photographer", "Camera Operator"),
    "staff": (
        "Liaison Officer",
        "Interpreter",
        "Protocol Officer",
        "Secretary of the Delegation",
    ),
}

# Observers, by the kind of organisation they come from.
OBSERVER_POSITIONS: dict[str, tuple[str, ...]] = {
    "university": ("Researcher, Institute of Southeast Asian Studies", "Postdoctoral Researcher",
                   "Graduate Student"),
    "ministry": ("Research Officer", "Programme Specialist"),
    "association": ("Programme Officer", "Project Assistant"),
    "college": ("Teacher", "Student Representative"),
}  # fmt: skip

# Positions whose holders are addressed Mr. or Ms. rather than Dr. or Prof.
JUNIOR_POSITIONS = frozenset(
    {"Graduate Student", "Student Representative", "Project Assistant", "Photographer",
     "Camera Operator", "Liaison Officer", "Protocol Officer"}
)  # fmt: skip

# The title of a vocational college's head.
COLLEGE_HEAD: dict[str, str] = {"CN": "President", "ID": "Director", "KH": "Director"}

DIETARY: tuple[str, ...] = (
    "Vegetarian", "Vegan", "No beef", "No pork", "Seafood allergy", "Peanut allergy",
    "Gluten-free", "Lactose intolerant", "Diabetic diet",
)  # fmt: skip
ACCESS_NEEDS: tuple[str, ...] = (
    "Wheelchair user: step-free access", "Hearing loop or front-row seat",
    "Large-print programme", "Ground-floor hotel room", "Assistance on site visits",
)  # fmt: skip

# Rough share of each country's delegates (square root of population, rounded).
COUNTRY_WEIGHTS: dict[str, float] = {
    "BN": 0.7, "KH": 4.1, "ID": 16.7, "LA": 2.8, "MY": 5.8, "MM": 7.3, "PH": 10.7,
    "SG": 2.4, "TH": 8.4, "TL": 1.2, "VN": 10.0, "CN": 37.5,
}  # fmt: skip
