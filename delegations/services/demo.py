"""The demo event: the China–ASEAN Education Cooperation Week 2025 in Guiyang.

`create_demo_event` writes the fixed part (the event, twelve delegations with their heads and
members, rooms, speakers and a week of agenda) through the ordinary services so their
validation applies, then adds any number of synthetic delegates with one bulk insert.

The real people of the 26 July seminar are named as published, family name first, with no
native-script spelling: we do not invent one. Everyone else is synthetic (see `demo_names`).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, insert
from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.countries import COUNTRY_NAMES
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Delegation,
    NameOrder,
    Room,
    SessionKind,
    Speaker,
    SpeakerRole,
)
from delegations.domain.names import clean
from delegations.services import agenda, delegations, event, speakers
from delegations.services.demo_names import (
    ACCESS_NEEDS,
    COLLEGE_HEAD,
    COUNTRY_WEIGHTS,
    DIETARY,
    JUNIOR_POSITIONS,
    OBSERVER_POSITIONS,
    ORGANISATIONS,
    POSITIONS,
    SUPPORTED_COUNTRIES,
    UNIVERSITY_HEAD,
    Organisation,
    Person,
    make_person,
)
from delegations.services.records import apply_changes

GF, FF = NameOrder.GIVEN_FIRST, NameOrder.FAMILY_FIRST
KEYNOTE, PANELLIST, MODERATOR = SpeakerRole.KEYNOTE, SpeakerRole.PANELLIST, SpeakerRole.MODERATOR

YEAR = 2025
FIRST_DAY, LAST_DAY = dt.date(YEAR, 7, 24), dt.date(YEAR, 7, 28)
BASE_SEED = 20250726  # the fixed part is the same whatever --seed says

SEMINAR_TITLE = (
    "Digital Intelligence Innovation Empowers International Industry–Education Integration 2025"
)
PROGRAMME_NAME = "China–ASEAN International Skills Talent Cultivation Programme"

EVENT = {
    "name": "China–ASEAN Education Cooperation Week 2025",
    "name_zh": "2025中国—东盟教育交流周",
    "start_date": FIRST_DAY,
    "end_date": LAST_DAY,
    "venue": "Guiyang International Eco-Conference Center",
    "city": "Guiyang, Guizhou",
    "time_zone": "Asia/Shanghai",
    "languages": "en,zh",
    "details_confirmed": True,
    "welcome_text": (
        "Welcome to Guiyang and to the China–ASEAN Education Cooperation Week 2025. For five "
        "days ministries, universities, vocational colleges and enterprises from China and "
        "the ASEAN countries meet at the Week's permanent home in Guizhou to share what works "
        "in teaching and training, to launch joint programmes and to sign new partnerships "
        "between schools and industry. Please collect your badge at the registration desk in "
        "the main lobby; interpretation between Chinese and English is provided in every "
        "plenary and seminar room."
    ),
}

# name, capacity, floor
ROOMS: tuple[tuple[str, int, str], ...] = (
    ("Main Conference Hall", 1500, "1"),
    ("Multifunction Hall", 600, "1"),
    ("Banquet Hall", 800, "1"),
    ("Huaxi Hall", 300, "2"),
    ("Qianling Room", 160, "2"),
    ("Yangming Room", 40, "2"),
    ("Hongfeng Room", 120, "3"),
    ("Baihua Room", 80, "3"),
)


@dataclass(frozen=True, slots=True)
class _Named:
    """A person written out by hand: a head of delegation or a speaker."""

    key: str
    country: str
    honorific: str
    given: str
    family: str
    native: str
    order: NameOrder
    gender: str
    position: str
    organisation: str
    role: str = "speaker"  # role code as a delegate; "" = speaker only, not a delegate
    bio: str = ""
    real: bool = False  # a real person: no invented e-mail, native name or details
    dietary: str = ""


# The real speakers of the 26 July seminar, as published. No native-script names invented.
BAI_ZHEN = _Named(
    "bai_zhen", "CN", "", "Zhen", "Bai", "", FF, "", "Deputy Director",
    "Guizhou Provincial Department of Education", role="", real=True,
    bio=f"Deputy Director of the Guizhou Provincial Department of Education; speaker at the "
    f"seminar “{SEMINAR_TITLE}”.",
)  # fmt: skip
OUM_ROMANY = _Named(
    "oum_romany", "KH", "H.E.", "Romany", "Oum", "", FF, "", "Secretary of State",
    "Ministry of Education, Youth and Sport", role="hod", real=True,
    bio="Secretary of State of Cambodia's Ministry of Education, Youth and Sport; head of the "
    f"Cambodian delegation and speaker at the seminar “{SEMINAR_TITLE}”.",
)  # fmt: skip
LI_ZHICHENG = _Named(
    "li_zhicheng", "CN", "", "Zhicheng", "Li", "", FF, "", "Deputy General Manager",
    "China Mobile Guizhou", role="", real=True,
    bio=f"Deputy General Manager of China Mobile Guizhou; speaker at the seminar "
    f"“{SEMINAR_TITLE}”.",
)  # fmt: skip

# Heads of delegation, in protocol order. All but Cambodia's are synthetic.
HEADS: dict[str, _Named] = {
    "BN": _Named("head_bn", "BN", "Dato", "Mohd Azmi bin Haji Ismail", "", "", GF, "m",
                 "Deputy Permanent Secretary (Higher Education)", "Ministry of Education",
                 role="hod", dietary="Halal"),
    "KH": OUM_ROMANY,
    "ID": _Named("head_id", "ID", "Dr.", "Siti", "Rahmawati", "", GF, "f",
                 "Senior Adviser to the Minister",
                 "Ministry of Higher Education, Science and Technology", role="hod",
                 dietary="Halal"),
    "LA": _Named("head_la", "LA", "H.E.", "Khamphan", "Phommachanh", "ຄຳພັນ ພົມມະຈັນ", GF, "m",
                 "Vice Minister", "Ministry of Education and Sports", role="hod"),
    "MY": _Named("head_my", "MY", "Dr.", "Nurul Aina binti Abdullah", "", "", GF, "f",
                 "Deputy Secretary-General (Policy)", "Ministry of Higher Education",
                 role="hod", dietary="Halal"),
    "MM": _Named("head_mm", "MM", "Dr.", "Aung Kyaw Htun", "", "အောင်ကျော်ထွန်း", GF, "m",
                 "Deputy Director-General, Department of Higher Education",
                 "Ministry of Education", role="hod"),
    "PH": _Named("head_ph", "PH", "Dr.", "Maria Cristina", "Santos", "", GF, "f",
                 "Commissioner", "Commission on Higher Education", role="hod"),
    "SG": _Named("head_sg", "SG", "Ms.", "Hui Min", "Tan", "陈慧敏", FF, "f",
                 "Deputy Director, International Cooperation", "Ministry of Education",
                 role="hod", dietary="Vegetarian"),
    "TH": _Named("head_th", "TH", "Dr.", "Kittisak", "Srisawat", "กิตติศักดิ์ ศรีสวัสดิ์", GF,
                 "m", "Deputy Permanent Secretary", "Ministry of Education", role="hod"),
    "TL": _Named("head_tl", "TL", "Dr.", "José Manuel", "da Costa Ximenes", "", GF, "m",
                 "Director-General for Higher Education",
                 "Ministry of Higher Education, Science and Culture", role="hod"),
    "VN": _Named("head_vn", "VN", "Dr.", "Thị Thu Hương", "Trần", "", FF, "f",
                 "Deputy Director-General, International Cooperation Department",
                 "Ministry of Education and Training", role="hod"),
    "CN": _Named("head_cn", "CN", "Dr.", "Haitao", "Wang", "王海涛", FF, "m",
                 "Deputy Director-General, Department of International Cooperation and "
                 "Exchanges", "Ministry of Education of the People's Republic of China",
                 role="hod"),
}  # fmt: skip

# Synthetic speakers; all are members of their country's delegation.
SPEAKERS: tuple[_Named, ...] = (
    _Named("liu_xiaoyan", "CN", "Prof.", "Xiaoyan", "Liu", "刘晓燕", FF, "f", "Vice-President",
           "Guizhou University",
           bio="Vice-President of Guizhou University, in charge of international cooperation; "
           "has built joint degree programmes with universities in Thailand, Viet Nam and Lao "
           "PDR."),
    _Named("zhou_minghui", "CN", "Prof.", "Minghui", "Zhou", "周明辉", FF, "m",
           "Dean, School of Computer Science and Technology", "Guizhou University",
           bio="Works on big-data platforms for education and on the use of large language "
           "models in engineering courses; leads a provincial laboratory for smart campuses."),
    _Named("yang_xuemei", "CN", "Ms.", "Xuemei", "Yang", "杨雪梅", FF, "f", "President",
           "Guiyang Vocational and Technical College",
           bio="Has led the college's training partnerships with enterprises in Guizhou and "
           "South-East Asia, including apprenticeships taught in Chinese and English."),
    _Named("chen_zhiwei", "CN", "Mr.", "Zhiwei", "Chen", "陈志伟", FF, "m",
           "Deputy Secretary-General",
           "China Education Association for International Exchange",
           bio="Coordinates the Week's programme and its network of China–ASEAN university "
           "and college alliances."),
    _Named("pham_quang_huy", "VN", "Mr.", "Quang Huy", "Phạm", "", FF, "m", "Training Manager",
           "Forward Tire Company",
           bio="Runs the company's technician training and its cooperation with vocational "
           "colleges in Viet Nam and China."),
    _Named("siriporn_wongsuwan", "TH", "Dr.", "Siriporn", "Wongsuwan", "ศิริพร วงศ์สุวรรณ", GF,
           "f", "Vice-President for International Affairs",
           "King Mongkut's University of Technology Thonburi",
           bio="Engineering educator; leads her university's work-integrated learning "
           "programmes with industry partners in Thailand and China."),
    _Named("ahmad_ismail", "MY", "Prof.", "Ahmad bin Ismail", "", "", GF, "m",
           "Deputy Vice-Chancellor (Academic and International)",
           "Universiti Teknologi Malaysia", dietary="Halal",
           bio="Researches engineering education and credit transfer between ASEAN "
           "universities."),
    _Named("budi_santoso", "ID", "Dr.", "Budi", "Santoso", "", GF, "m", "Director",
           "Politeknik Negeri Jakarta", dietary="Halal",
           bio="Heads a polytechnic of 12,000 students with teaching factories run together "
           "with manufacturers."),
    _Named("sok_sophal", "KH", "Dr.", "Sophal", "Sok", "សុខ សុផល", FF, "m", "Deputy Director",
           "National Polytechnic Institute of Cambodia",
           bio="Works on digital skills standards for technical and vocational education in "
           "Cambodia."),
    _Named("manivone_keomany", "LA", "Dr.", "Manivone", "Keomany", "ມະນີວອນ ແກ້ວມະນີ", GF, "f",
           "Vice-President", "Souphanouvong University",
           bio="Linguist; directs her university's Chinese language centre and student "
           "exchanges with Yunnan and Guizhou."),
    _Named("jose_miguel_reyes", "PH", "Mr.", "Jose Miguel", "Reyes", "", GF, "m",
           "Regional Director", "Technical Education and Skills Development Authority",
           bio="Oversees competency assessment and certification for technical and vocational "
           "programmes in his region."),
    _Named("ravi_chandran", "SG", "Mr.", "Ravi", "Chandran", "", GF, "m",
           "Principal, ITE College Central", "Institute of Technical Education",
           dietary="Vegetarian",
           bio="Has spent twenty years in technical education, lately on work-study diplomas "
           "designed with employers."),
    _Named("khin_may_thu", "MM", "Dr.", "Khin May Thu", "", "ခင်မေသူ", GF, "f",
           "Professor, Department of Electronic Engineering", "Yangon Technological University",
           bio="Teaches embedded systems and leads an industry-sponsored laboratory for "
           "automation."),
    _Named("siti_aminah_othman", "BN", "Dr.", "Siti Aminah binti Othman", "", "", GF, "f",
           "Deputy Vice-Chancellor", "Universiti Brunei Darussalam", dietary="Halal",
           bio="Works on teacher education and on the recognition of qualifications across "
           "ASEAN."),
)  # fmt: skip

# The generated members of each delegation besides its head and named speakers:
# (role code, organisation kind, position or "" for one drawn from POSITIONS[kind]).
_MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("vip", "university", "@head"),
    ("delegate", "ministry", "Director, Department of International Cooperation"),
    ("delegate", "college", ""),
    ("delegate", "university", ""),
    ("staff", "ministry", "Liaison Officer"),
    ("media", "media", "Correspondent"),
)
_EXTRA_MEMBERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "CN": (
        ("delegate", "ministry", "Director, Division of ASEAN Affairs"),
        ("delegate", "college", ""),
        ("delegate", "enterprise", "Deputy General Manager, Industry Partnerships"),
        ("observer", "association", "Programme Officer"),
        ("staff", "association", "Interpreter"),
        ("staff", "association", "Protocol Officer"),
        ("media", "media", "Reporter"),
    ),
    "ID": (("delegate", "ministry", ""), ("observer", "university", "")),
    "VN": (
        ("delegate", "enterprise", "Human Resources Director"),
        ("staff", "ministry", "Interpreter"),
    ),
    "TH": (("delegate", "ministry", ""),),
    "PH": (("delegate", "university", ""),),
    "MM": (("staff", "ministry", "Interpreter"),),
}  # fmt: skip

_T = dt.time
_V = TypeVar("_V")


@dataclass(frozen=True, slots=True)
class _Slot:
    day: int  # of July
    start: dt.time
    end: dt.time
    room: str | None
    kind: SessionKind
    title_en: str
    title_zh: str
    description: str = ""
    chair: str | None = None  # speaker key
    speakers: tuple[tuple[str, SpeakerRole], ...] = ()
    attendance: int | None = None


_PLENARY_HEADS = (("chen_zhiwei", MODERATOR),) + tuple(
    (f"head_{cc.lower()}", PANELLIST) for cc in ("TH", "MY", "PH", "ID", "BN")
)

AGENDA: tuple[_Slot, ...] = (
    # Thursday 24 July: arrivals
    _Slot(24, _T(14, 0), _T(17, 0), "Qianling Room", SessionKind.PLENARY,
          "Senior Officials' Preparatory Meeting", "高官预备会议",
          "Heads of delegation agree the programme and the outcome documents of the Week.",
          chair="head_cn", attendance=40),
    _Slot(24, _T(18, 30), _T(20, 30), "Banquet Hall", SessionKind.BREAK,
          "Dinner for Arriving Delegations", "抵会代表团晚餐", attendance=300),
    # Friday 25 July: opening and plenary, parallel seminars
    _Slot(25, _T(9, 0), _T(10, 0), "Main Conference Hall", SessionKind.OPENING,
          "Opening Ceremony", "开幕式",
          "Welcome addresses by the host and by the heads of delegation; group photograph.",
          chair="chen_zhiwei",
          speakers=(("head_cn", KEYNOTE), ("head_vn", KEYNOTE), ("head_la", KEYNOTE)),
          attendance=1200),
    _Slot(25, _T(10, 0), _T(10, 30), None, SessionKind.BREAK,
          "Group Photograph and Tea Break", "合影及茶歇"),
    _Slot(25, _T(10, 30), _T(12, 0), "Main Conference Hall", SessionKind.PLENARY,
          "High-Level Dialogue: Education Cooperation for a Closer China–ASEAN Community",
          "高层对话：以教育合作促进更为紧密的中国—东盟命运共同体",
          "Heads of delegation on priorities for the next five years of cooperation in higher "
          "and vocational education.",
          chair="head_cn", speakers=_PLENARY_HEADS, attendance=1000),
    _Slot(25, _T(12, 0), _T(13, 30), "Banquet Hall", SessionKind.BREAK, "Lunch", "午餐"),
    _Slot(25, _T(14, 0), _T(15, 30), "Huaxi Hall", SessionKind.SEMINAR,
          "China–ASEAN University Presidents' Forum", "中国—东盟大学校长论坛",
          "Joint degrees, research partnerships and student mobility.",
          chair="liu_xiaoyan",
          speakers=(("siriporn_wongsuwan", PANELLIST), ("ahmad_ismail", PANELLIST),
                    ("siti_aminah_othman", PANELLIST)),
          attendance=280),
    _Slot(25, _T(14, 0), _T(15, 30), "Qianling Room", SessionKind.SEMINAR,
          "Forum on Vocational Education and Skills Development",
          "中国—东盟职业教育与技能发展论坛",
          "How colleges and employers design programmes, assess skills and certify them.",
          chair="yang_xuemei",
          speakers=(("budi_santoso", PANELLIST), ("ravi_chandran", PANELLIST),
                    ("jose_miguel_reyes", PANELLIST)),
          attendance=150),
    _Slot(25, _T(14, 0), _T(15, 30), "Hongfeng Room", SessionKind.SEMINAR,
          "Language Education and Youth Exchange", "语言教育与青年交流分论坛",
          "Teaching Chinese and ASEAN languages; scholarships and summer schools.",
          chair="manivone_keomany", speakers=(("khin_may_thu", PANELLIST),), attendance=110),
    _Slot(25, _T(15, 30), _T(16, 0), None, SessionKind.BREAK, "Coffee Break", "茶歇"),
    _Slot(25, _T(16, 0), _T(17, 30), "Huaxi Hall", SessionKind.SEMINAR,
          "Mutual Recognition of Qualifications and Credit Transfer",
          "学历学位互认与学分转换研讨会",
          "Progress towards recognising degrees and credits between China and ASEAN countries.",
          chair="siti_aminah_othman",
          speakers=(("ahmad_ismail", PANELLIST), ("head_ph", PANELLIST)), attendance=200),
    _Slot(25, _T(16, 0), _T(17, 30), "Qianling Room", SessionKind.SEMINAR,
          "Teacher Education and Professional Development", "教师教育与专业发展研讨会",
          chair="head_sg", speakers=(("khin_may_thu", PANELLIST),), attendance=140),
    _Slot(25, _T(18, 30), _T(20, 30), "Banquet Hall", SessionKind.BREAK,
          "Welcome Banquet", "欢迎宴会", attendance=700),
    # Saturday 26 July: the seminar on digital intelligence and the programme launch
    _Slot(26, _T(9, 0), _T(11, 30), "Multifunction Hall", SessionKind.SEMINAR,
          SEMINAR_TITLE, "2025数智创新赋能国际产教融合研讨会",
          "How digital and intelligent technologies change the way universities, colleges "
          "and enterprises train people together across borders.",
          chair="chen_zhiwei",
          speakers=(("bai_zhen", KEYNOTE), ("oum_romany", KEYNOTE), ("li_zhicheng", KEYNOTE),
                    ("zhou_minghui", PANELLIST), ("sok_sophal", PANELLIST)),
          attendance=550),
    _Slot(26, _T(11, 30), _T(12, 15), "Multifunction Hall", SessionKind.SIGNING,
          f"Launch of the {PROGRAMME_NAME} and Signing of University–Enterprise Partnerships",
          "中国—东盟国际技能人才培养计划启动暨校企合作签约仪式",
          "Launch of the programme and signing of partnerships between Guizhou institutions "
          "and enterprises in ASEAN countries, among them Vietnam's Forward Tire Company.",
          chair="yang_xuemei",
          speakers=(("pham_quang_huy", PANELLIST), ("budi_santoso", PANELLIST)),
          attendance=550),
    _Slot(26, _T(12, 15), _T(13, 45), "Banquet Hall", SessionKind.BREAK, "Lunch", "午餐"),
    _Slot(26, _T(14, 0), _T(17, 0), "Hongfeng Room", SessionKind.WORKSHOP,
          "Workshop: Generative AI in Teaching and Learning", "工作坊：生成式人工智能与教学",
          "Hands-on session; bring a laptop.", chair="zhou_minghui",
          speakers=(("siriporn_wongsuwan", PANELLIST),), attendance=100),
    _Slot(26, _T(14, 0), _T(17, 0), "Baihua Room", SessionKind.WORKSHOP,
          "Workshop: Co-developing Curricula with Industry", "工作坊：校企共建课程",
          chair="sok_sophal",
          speakers=(("pham_quang_huy", PANELLIST), ("yang_xuemei", PANELLIST)), attendance=70),
    _Slot(26, _T(14, 0), _T(17, 0), "Qianling Room", SessionKind.WORKSHOP,
          "Workshop: Smart Campus and Digital Infrastructure", "工作坊：智慧校园与数字基础设施",
          chair="ravi_chandran", attendance=120),
    _Slot(26, _T(18, 30), _T(21, 0), "Banquet Hall", SessionKind.BREAK,
          "Dinner and Cultural Performance: Colourful Guizhou", "晚宴暨“多彩贵州”文艺演出",
          attendance=700),
    # Sunday 27 July: site visits, bilaterals and seminars
    _Slot(27, _T(8, 30), _T(12, 0), None, SessionKind.SITE_VISIT,
          "Site Visit: Big Data and the Digital Economy in Gui'an New Area",
          "实地考察：贵安新区大数据产业",
          "Coaches leave from the main entrance at 08:15.", attendance=120),
    _Slot(27, _T(8, 30), _T(12, 0), None, SessionKind.SITE_VISIT,
          "Site Visit: Training Centres of Guiyang Vocational and Technical College",
          "实地考察：贵阳职业技术学院实训基地",
          "Coaches leave from the main entrance at 08:15.", attendance=80),
    _Slot(27, _T(12, 0), _T(13, 30), "Banquet Hall", SessionKind.BREAK, "Lunch", "午餐"),
    _Slot(27, _T(14, 0), _T(17, 0), "Yangming Room", SessionKind.BILATERAL,
          "Bilateral Meetings between Delegations", "双边会谈",
          "Slots of 30 minutes; book with the secretariat.", attendance=30),
    _Slot(27, _T(14, 0), _T(16, 0), "Huaxi Hall", SessionKind.SEMINAR,
          "Seminar: Digital Skills Standards for TVET", "研讨会：职业教育数字技能标准",
          chair="jose_miguel_reyes",
          speakers=(("sok_sophal", PANELLIST), ("budi_santoso", PANELLIST)), attendance=180),
    _Slot(27, _T(14, 0), _T(16, 0), "Hongfeng Room", SessionKind.SEMINAR,
          "Seminar: Student Mobility and Scholarships", "研讨会：学生流动与奖学金",
          chair="head_tl",
          speakers=(("liu_xiaoyan", PANELLIST), ("manivone_keomany", PANELLIST)),
          attendance=100),
    _Slot(27, _T(18, 0), _T(20, 0), "Banquet Hall", SessionKind.BREAK, "Dinner", "晚餐"),
    # Monday 28 July: closing and departures
    _Slot(28, _T(9, 0), _T(10, 30), "Main Conference Hall", SessionKind.PLENARY,
          "Closing Plenary: Outcomes of the Week and the Way Forward", "闭幕全体会议：成果与展望",
          "Reports from the seminars and workshops; adoption of the outcome document.",
          chair="head_cn",
          speakers=(("head_mm", PANELLIST), ("head_tl", PANELLIST), ("head_sg", PANELLIST),
                    ("head_kh", PANELLIST)),
          attendance=900),
    _Slot(28, _T(11, 30), _T(13, 0), "Banquet Hall", SessionKind.BREAK,
          "Farewell Lunch", "告别午宴", attendance=600),
)  # fmt: skip

_SPREAD_ROLES: tuple[tuple[str, float], ...] = (
    ("delegate", 0.74), ("observer", 0.10), ("staff", 0.07), ("media", 0.05), ("vip", 0.04),
)  # fmt: skip
_DELEGATE_KINDS: tuple[tuple[str, float], ...] = (
    ("ministry", 0.3), ("university", 0.4), ("college", 0.22), ("enterprise", 0.08),
)  # fmt: skip
_OBSERVER_KINDS: tuple[tuple[str, float], ...] = (
    ("university", 0.6), ("association", 0.2), ("ministry", 0.2),
)  # fmt: skip


def create_demo_event(*, session: Session, delegates: int = 0, seed: int = 2025) -> dict[str, int]:
    """Fill the event with the demo event and add `delegates` synthetic delegates.

    If the event already has delegations, the fixed part is left as it is and only the
    synthetic delegates are added to its delegations from China and the ASEAN countries.
    The same `seed` gives the same delegates; neither time nor the global RNG is used.

    Returns:
        What the event now holds: delegations, delegates, speakers, rooms and sessions.
    """
    if delegates < 0:
        raise InvalidInput("Delegates", "give 0 or more synthetic delegates to add.")
    if _count(session, Delegation) == 0:
        _create_base(session)
    if delegates:
        add_synthetic_delegates(session=session, count=delegates, seed=seed)
    return {
        "delegations": _count(session, Delegation),
        "delegates": _count(session, Delegate),
        "speakers": _count(session, Speaker),
        "rooms": _count(session, Room),
        "sessions": _count(session, AgendaSession),
    }


def _count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


# The fixed part -------------------------------------------------------------------------


def _create_base(session: Session) -> None:
    the_event = event.get_event(session=session)
    apply_changes(the_event, EVENT)
    rules.check_date_range(the_event.start_date, the_event.end_date, "Start date", "End date")
    session.flush()

    roles = {role.code: role.id for role in event.list_roles(session=session)}
    rng = random.Random(BASE_SEED)
    used_emails: set[str] = set()
    members_by_key: dict[str, int] = {}  # named person key -> delegate id

    for order, country in enumerate(COUNTRY_NAMES, start=1):
        head_spec = HEADS[country]
        delegation = delegations.create_delegation(
            session=session, country=country, name=COUNTRY_NAMES[country],
            institution=head_spec.organisation, protocol_order=order,
            arrival=FIRST_DAY, departure=LAST_DAY,
        )  # fmt: skip
        head = _create_named_delegate(session, head_spec, delegation.id, roles, used_emails)
        members_by_key[head_spec.key] = head.id
        members_by_key[f"head_{country.lower()}"] = head.id
        for spec in SPEAKERS:
            if spec.country == country:
                member = _create_named_delegate(session, spec, delegation.id, roles, used_emails)
                members_by_key[spec.key] = member.id
        liaison: Delegate | None = None
        for role, kind, position in _MEMBERS + _EXTRA_MEMBERS.get(country, ()):
            fields = _generated_member(rng, country, role, kind, position, used_emails)
            member = delegations.create_delegate(
                session=session, delegation_id=delegation.id, role_id=roles[role], **fields
            )
            if liaison is None and position == "Liaison Officer":
                liaison = member
        delegations.update_delegation(
            session=session, delegation_id=delegation.id, head_id=head.id,
            contact_name=delegations.delegate_display_name(liaison) if liaison else "",
            contact_email=liaison.email if liaison else "",
            notes="Head of delegation speaks at the 26 July seminar." if country == "KH" else "",
        )  # fmt: skip

    speaker_ids = _create_speakers(session, members_by_key)
    _create_agenda(session, speaker_ids)


def _org(country: str, name: str) -> Organisation | None:
    return next((org for org in ORGANISATIONS[country] if org.name == name), None)


def _create_named_delegate(
    session: Session, spec: _Named, delegation_id: int, roles: dict[str, int], used: set[str]
) -> Delegate:
    email = ""
    if not spec.real:
        # Vietnamese people are called by the last word of their given name.
        call_name = spec.given.split()[-1] if spec.country == "VN" else ""
        person = Person(
            spec.honorific, spec.given, spec.family, spec.native, spec.order, "",
            call_name=call_name,
        )  # fmt: skip
        org = _org(spec.country, spec.organisation) or ORGANISATIONS[spec.country][0]
        email = _unique_email(person.email_local(), org.domain, used, {})
    return delegations.create_delegate(
        session=session, delegation_id=delegation_id, role_id=roles[spec.role],
        honorific=spec.honorific, given_name=spec.given, family_name=spec.family,
        native_name=spec.native, name_order=spec.order, position=spec.position,
        organisation=spec.organisation, email=email, dietary=spec.dietary,
        arrival=FIRST_DAY, departure=LAST_DAY,
    )  # fmt: skip


def _create_speakers(session: Session, members_by_key: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    named = [BAI_ZHEN, LI_ZHICHENG, *HEADS.values(), *SPEAKERS]
    for spec in named:
        bio = spec.bio or f"{spec.position}, {spec.organisation}; heads the delegation of " + (
            f"{COUNTRY_NAMES[spec.country]} to the Week."
        )
        speaker = speakers.create_speaker(
            session=session, honorific=spec.honorific, given_name=spec.given,
            family_name=spec.family, native_name=spec.native, name_order=spec.order,
            position=spec.position, organisation=spec.organisation, country=spec.country,
            bio=bio, delegate_id=members_by_key.get(spec.key),
        )  # fmt: skip
        ids[spec.key] = speaker.id
        if spec.role == "hod":
            ids[f"head_{spec.country.lower()}"] = speaker.id
    return ids


def _create_agenda(session: Session, speaker_ids: dict[str, int]) -> None:
    rooms: dict[str, int] = {}
    for order, (name, capacity, floor) in enumerate(ROOMS):
        room = agenda.create_room(
            session=session, name=name, capacity=capacity, floor=floor, sort_order=order
        )
        rooms[name] = room.id
    for slot in AGENDA:
        created = agenda.create_session(
            session=session, day=dt.date(YEAR, 7, slot.day), start_time=slot.start,
            end_time=slot.end, room_id=rooms[slot.room] if slot.room else None, kind=slot.kind,
            title_en=slot.title_en, title_zh=slot.title_zh, description=slot.description,
            chair_id=speaker_ids[slot.chair] if slot.chair else None,
            interpretation="" if slot.kind == SessionKind.BREAK else "en,zh",
            expected_attendance=slot.attendance,
        )  # fmt: skip
        if slot.speakers:
            agenda.set_session_speakers(
                session=session, session_id=created.id,
                speakers=[(speaker_ids[key], role) for key, role in slot.speakers],
            )  # fmt: skip


# Synthetic people -------------------------------------------------------------------------


def _weighted(rng: random.Random, table: Sequence[tuple[_V, float]]) -> _V:
    roll = rng.random() * sum(weight for _, weight in table)
    for value, weight in table:
        roll -= weight
        if roll < 0:
            return value
    return table[-1][0]


def _unique_email(local: str, domain: str, used: set[str], next_suffix: dict[str, int]) -> str:
    email = f"{local}@{domain}"
    if email not in used:
        used.add(email)
        return email
    suffix = next_suffix.get(email, 2)
    while f"{local}{suffix}@{domain}" in used:
        suffix += 1
    next_suffix[email] = suffix + 1
    email_n = f"{local}{suffix}@{domain}"
    used.add(email_n)
    return email_n


def _generated_member(
    rng: random.Random,
    country: str,
    role: str,
    kind: str,
    position: str,
    used: set[str],
    next_suffix: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The fields of one synthetic delegate of `country` (no delegation or role id).

    `position` "" draws one that fits the role and the organisation; "@head" is the title of
    the organisation's head.
    """
    orgs = [org for org in ORGANISATIONS[country] if org.kind == kind] or [
        org for org in ORGANISATIONS[country] if org.kind == "ministry"
    ]
    org = rng.choice(orgs)
    if position == "@head":
        position = (
            UNIVERSITY_HEAD[country]
            if org.kind == "university"
            else COLLEGE_HEAD.get(country, "Principal")
        )
    elif not position:
        if role == "observer":
            table = OBSERVER_POSITIONS.get(org.kind, OBSERVER_POSITIONS["ministry"])
        elif role in ("staff", "media"):
            table = POSITIONS[role if role == "staff" else "media"]
        else:
            table = POSITIONS[org.kind]
        position = rng.choice(table)
    junior = role in ("staff", "media") or position in JUNIOR_POSITIONS
    academic = org.kind == "university" and role in ("delegate", "vip") and not junior
    person = make_person(rng, country, academic=academic)
    honorific = person.honorific
    if junior and honorific in ("Dr.", "Prof."):
        honorific = "Mr." if person.gender == "m" else "Ms."
    elif role == "vip" and org.kind == "university":
        honorific = "Prof." if rng.random() < 0.7 else "Dr."
    if person.halal:
        dietary = "Halal" if rng.random() < 0.9 else ""
    else:
        dietary = rng.choice(DIETARY) if rng.random() < 0.12 else ""
    access = rng.choice(ACCESS_NEEDS) if rng.random() < 0.02 else ""
    arrival = FIRST_DAY + dt.timedelta(days=_weighted(rng, _ARRIVAL_OFFSETS))
    departure = max(arrival, LAST_DAY - dt.timedelta(days=_weighted(rng, _DEPARTURE_OFFSETS)))
    suffixes = {} if next_suffix is None else next_suffix
    email = _unique_email(person.email_local(), org.domain, used, suffixes)
    return {
        "honorific": honorific,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "native_name": person.native_name,
        "name_order": person.name_order,
        "position": position,
        "organisation": org.name,
        "email": email,
        "dietary": dietary,
        "access_needs": access,
        "arrival": arrival,
        "departure": departure,
    }


_ARRIVAL_OFFSETS: tuple[tuple[int, float], ...] = ((0, 0.7), (1, 0.25), (2, 0.05))
_DEPARTURE_OFFSETS: tuple[tuple[int, float], ...] = ((0, 0.65), (1, 0.32), (2, 0.03))


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` by `weights` exactly (largest remainder, ties to the earlier entry)."""
    whole = sum(weights)
    shares = [total * weight / whole for weight in weights]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    return counts


def add_synthetic_delegates(*, session: Session, count: int, seed: int) -> int:
    """Add `count` synthetic delegates spread over the delegations by country size.

    Rows are validated with the same rules as a form, then written with one bulk insert, so
    20,000 delegates take about a second.

    Raises:
        InvalidInput: the event has no delegation from China or an ASEAN country.
    """
    targets = [
        (delegation_id, country)
        for delegation_id, country in session.exec(
            select(Delegation.id, Delegation.country).order_by(
                Delegation.protocol_order, Delegation.id
            )
        )
        if country in SUPPORTED_COUNTRIES
    ]
    if not targets:
        raise InvalidInput(
            "Delegates",
            "the event has no delegation from China or an ASEAN country to add delegates to.",
        )
    per_country: dict[str, int] = {}
    for _id, country in targets:
        per_country[country] = per_country.get(country, 0) + 1
    weights = [COUNTRY_WEIGHTS[country] / per_country[country] for _id, country in targets]

    roles = {role.code: role.id for role in event.list_roles(session=session)}
    used = {email for email in session.exec(select(Delegate.email)) if email}
    next_suffix: dict[str, int] = {}
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for (delegation_id, country), n in zip(targets, _allocate(count, weights), strict=True):
        for _ in range(n):
            role = _weighted(rng, _SPREAD_ROLES)
            position = ""
            if role in ("media", "staff"):
                kind = "media" if role == "media" else "ministry"
            elif role == "observer":
                kind = _weighted(rng, _OBSERVER_KINDS)
            elif role == "vip":
                kind, position = ("university" if rng.random() < 0.6 else "college"), "@head"
            else:
                kind = _weighted(rng, _DELEGATE_KINDS)
            fields = _generated_member(rng, country, role, kind, position, used, next_suffix)
            rows.append(_checked_row(fields, delegation_id, roles.get(role)))
    if rows:
        session.exec(insert(Delegate), params=rows)
        session.flush()
    return len(rows)


# Synthetic rows repeat the same few thousand strings; clean each once.
_clean = functools.lru_cache(maxsize=16384)(clean)


def _checked_row(fields: dict[str, Any], delegation_id: int, role_id: int | None) -> dict[str, Any]:
    """A row for the bulk insert, cleaned and checked as `create_delegate` would."""
    row = {key: _clean(value) if isinstance(value, str) else value for key, value in fields.items()}
    rules.require_person_name(row["given_name"], row["family_name"], row["native_name"])
    rules.check_email(row["email"])
    rules.check_date_range(row["arrival"], row["departure"], "Arrival", "Departure")
    row.update(
        delegation_id=delegation_id, role_id=role_id, phone="", photo=None, notes="",
        badge_version=1,
    )  # fmt: skip
    return row
