"""The columns of a registrations file: template headers, their synonyms and what they mean.

Shared by import, export and the template so that what we write is what we read back.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from delegations.domain.enums import NameOrder


class ColumnSpec(NamedTuple):
    field: str  # our name for it: a Delegate field, or "delegation", "country", "role"
    header: str  # as the template writes it
    width: int  # characters, for the template and the export
    help: str  # one sentence for the "How to fill" sheet
    example: str


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("delegation", "Delegation", 24, "The delegation's name. Leave empty to join the delegation of the person's country (created if needed).", "Viet Nam"),
    ColumnSpec("country", "Country", 18, "English name, ISO code (VN, VNM) or Chinese name (越南). Required when the delegation does not exist yet.", "Viet Nam"),
    ColumnSpec("honorific", "Title", 8, "Honorific as printed on the badge.", "H.E. Mr"),
    ColumnSpec("given_name", "Given name", 18, "Given name(s) in Latin letters.", "Văn Đức"),
    ColumnSpec("family_name", "Family name", 18, "Family name in Latin letters.", "Nguyễn"),
    ColumnSpec("native_name", "Name in native script", 22, "The name in the person's own script, if it is not Latin.", "阮文德"),
    ColumnSpec("name_order", "Name order", 16, "“Family name first” (Chinese, Vietnamese, Khmer… names) or “Given name first”; empty means the order usual in the person's country.", "Family name first"),
    ColumnSpec("position", "Position", 26, "Job title or position.", "Vice-Minister of Education"),
    ColumnSpec("organisation", "Organisation", 28, "Ministry, university or organisation.", "Ministry of Education and Training"),
    ColumnSpec("role", "Role", 18, "Accreditation category (see the list below). Empty means Delegate.", "Head of Delegation"),
    ColumnSpec("email", "Email", 28, "E-mail address. A person already in the event with this address is updated, not added twice.", "duc.nguyen@moet.gov.vn"),
    ColumnSpec("phone", "Phone", 16, "Phone with country code; format the column as Text so Excel keeps the + and leading zeros.", "+84 24 3869 4795"),
    ColumnSpec("arrival", "Arrival", 12, "Arrival date: an Excel date, 2025-07-24, 24/07/2025 or 24 Jul 2025.", "2025-07-24"),
    ColumnSpec("departure", "Departure", 12, "Departure date, on or after the arrival.", "2025-07-28"),
    ColumnSpec("dietary", "Dietary", 16, "Dietary needs.", "Vegetarian"),
    ColumnSpec("access_needs", "Access needs", 16, "Access needs (wheelchair, interpreter…).", ""),
    ColumnSpec("notes", "Notes", 30, "Anything else the organisers should know.", ""),
)  # fmt: skip

# Travel: one arrival and one departure leg per row (read and written by `travel_columns`).
TRAVEL_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("arrival_number", "Arrival flight/train", 14, "Flight or train number of the arrival in the event's city.", "CZ3415"),
    ColumnSpec("arrival_time", "Arrival time", 12, "Local time of arrival (14:35); the day is the Arrival date.", "14:35"),
    ColumnSpec("arrival_place", "Arrival airport/station", 12, "Airport or station code (KWE, KQW).", "KWE"),
    ColumnSpec("arrival_terminal", "Arrival terminal", 10, "Terminal, if the airport has several.", "T2"),
    ColumnSpec("arrival_from", "Arriving from", 14, "Where the journey starts; connections after “via”.", "HAN via CAN"),
    ColumnSpec("departure_number", "Departure flight/train", 14, "Flight or train number of the departure.", "CZ3416"),
    ColumnSpec("departure_time", "Departure time", 12, "Local time of departure; the day is the Departure date.", "14:15"),
    ColumnSpec("departure_place", "Departure airport/station", 12, "Airport or station code.", "KWE"),
    ColumnSpec("departure_terminal", "Departure terminal", 10, "Terminal.", "T2"),
    ColumnSpec("departure_to", "Departing to", 14, "Where the journey ends.", "HAN via CAN"),
    ColumnSpec("travel_needs", "Travel needs", 16, "Wheelchair, VIP lane, luggage…", "vip-lane"),
)  # fmt: skip

HEADERS: dict[str, str] = {spec.field: spec.header for spec in (*COLUMNS, *TRAVEL_COLUMNS)}

# The "Name order" cell as export writes it (and import reads it back): always said, since an
# empty cell means the order usual in the person's country.
NAME_ORDER_TEXT: dict[NameOrder, str] = {
    NameOrder.FAMILY_FIRST: "Family name first",
    NameOrder.GIVEN_FIRST: "Given name first",
}

# The explanation sheet of the template; import does not read it.
HELP_SHEET = "How to fill"

# Columns that export writes and import reads past without a warning.
CHECKED_IN_HEADER = "Checked in"
BADGES_PRINTED_HEADER = "Badges printed"
EXPORT_ONLY_HEADERS = (CHECKED_IN_HEADER, BADGES_PRINTED_HEADER)

# Synonyms by `header_key`; the template's own headers are added below.
_SYNONYMS: dict[str, str] = {
    "delegationname": "delegation", "delegations": "delegation", "group": "delegation",
    "team": "delegation", "代表团": "delegation",
    "countryregion": "country", "countryname": "country", "countrycode": "country",
    "nationality": "country", "nation": "country", "countryorregion": "country",
    "国家": "country", "国家地区": "country",
    "honorific": "honorific", "salutation": "honorific", "prefix": "honorific",
    "mrms": "honorific", "称谓": "honorific",
    "firstname": "given_name", "givennames": "given_name", "forename": "given_name",
    "forenames": "given_name", "first": "given_name", "名": "given_name",
    "lastname": "family_name", "surname": "family_name", "familyname": "family_name",
    "last": "family_name", "姓": "family_name",
    "nativename": "native_name", "nameinnativelanguage": "native_name",
    "nameinlocalscript": "native_name", "localname": "native_name",
    "nameinownscript": "native_name", "nativescript": "native_name", "中文名": "native_name",
    "中文姓名": "native_name", "姓名中文": "native_name", "中文名字": "native_name",
    "本国文字姓名": "native_name", "英文姓名": "full_name", "姓名英文": "full_name",
    "英文名": "full_name", "姓名拼音": "full_name", "拼音姓名": "full_name",
    "designation": "position", "jobtitle": "position", "post": "position", "rank": "position",
    "positiontitle": "position", "职务": "position", "职位": "position",
    "organization": "organisation", "institution": "organisation", "ministry": "organisation",
    "agency": "organisation", "affiliation": "organisation", "company": "organisation",
    "department": "organisation", "organisationinstitution": "organisation",
    "organizationinstitution": "organisation", "单位": "organisation", "机构": "organisation",
    "category": "role", "accreditation": "role", "accreditationcategory": "role",
    "participanttype": "role", "participantcategory": "role", "type": "role",
    "delegatetype": "role", "身份": "role", "类别": "role",
    "email": "email", "emailaddress": "email", "mail": "email", "邮箱": "email",
    "电子邮件": "email",
    "mobile": "phone", "telephone": "phone", "tel": "phone", "phonenumber": "phone",
    "mobilenumber": "phone", "mobilephone": "phone", "contactnumber": "phone",
    "cellphone": "phone", "handphone": "phone", "whatsapp": "phone", "电话": "phone",
    "手机": "phone",
    "arrivaldate": "arrival", "dateofarrival": "arrival", "arrive": "arrival",
    "arrivalday": "arrival", "抵达日期": "arrival", "到达日期": "arrival",
    "departuredate": "departure", "dateofdeparture": "departure", "depart": "departure",
    "departureday": "departure", "离开日期": "departure", "离境日期": "departure",
    "diet": "dietary", "dietaryrequirements": "dietary", "dietaryrequirement": "dietary",
    "dietaryneeds": "dietary", "dietaryrestrictions": "dietary", "food": "dietary",
    "meal": "dietary", "mealpreference": "dietary", "饮食": "dietary",
    "accessibility": "access_needs", "accessibilityneeds": "access_needs",
    "specialneeds": "access_needs", "specialassistance": "access_needs",
    "note": "notes", "remarks": "notes", "remark": "notes", "comments": "notes",
    "comment": "notes", "备注": "notes",
    "nameorder": "name_order",
    "name": "full_name", "fullname": "full_name", "participantname": "full_name",
    "delegatename": "full_name", "nameofparticipant": "full_name", "姓名": "full_name",
}  # fmt: skip

_TRAVEL_SYNONYMS: dict[str, str] = {
    "flightno": "arrival_number", "flightnumber": "arrival_number", "flight": "arrival_number",
    "arrivalflight": "arrival_number", "arrivalflightno": "arrival_number",
    "arrivalflightnumber": "arrival_number", "inboundflight": "arrival_number",
    "flighttrainno": "arrival_number", "trainno": "arrival_number", "arrivaltrain": "arrival_number",
    "航班号": "arrival_number", "抵达航班": "arrival_number", "到达航班": "arrival_number",
    "来程航班": "arrival_number", "抵达航班号": "arrival_number", "航班车次": "arrival_number",
    "车次": "arrival_number",
    "eta": "arrival_time", "arrivaltime": "arrival_time", "timeofarrival": "arrival_time",
    "arrivaldatetime": "arrival_time", "抵达时间": "arrival_time", "到达时间": "arrival_time",
    "抵达日期时间": "arrival_time",
    "arrivalairport": "arrival_place", "airport": "arrival_place", "arrivalstation": "arrival_place",
    "抵达机场": "arrival_place", "到达机场": "arrival_place", "抵达机场车站": "arrival_place",
    "terminal": "arrival_terminal", "arrivalterminal": "arrival_terminal",
    "航站楼": "arrival_terminal", "抵达航站楼": "arrival_terminal",
    "from": "arrival_from", "origin": "arrival_from", "arrivingfrom": "arrival_from",
    "departurecity": "arrival_from", "出发地": "arrival_from", "始发地": "arrival_from",
    "departureflight": "departure_number", "departureflightno": "departure_number",
    "returnflight": "departure_number", "returnflightno": "departure_number",
    "outboundflight": "departure_number", "departuretrain": "departure_number",
    "返程航班": "departure_number", "离开航班": "departure_number", "离境航班": "departure_number",
    "返程航班号": "departure_number", "返程车次": "departure_number",
    "etd": "departure_time", "departuretime": "departure_time", "timeofdeparture": "departure_time",
    "departuredatetime": "departure_time", "离开时间": "departure_time", "离境时间": "departure_time",
    "返程时间": "departure_time",
    "departureairport": "departure_place", "departurestation": "departure_place",
    "离开机场": "departure_place", "离境机场": "departure_place", "返程机场": "departure_place",
    "departureterminal": "departure_terminal", "离开航站楼": "departure_terminal",
    "to": "departure_to", "destination": "departure_to", "departingto": "departure_to",
    "returnto": "departure_to", "目的地": "departure_to", "返程目的地": "departure_to",
    "travelneeds": "travel_needs", "specialassistanceattheairport": "travel_needs",
    "airportassistance": "travel_needs", "接机需求": "travel_needs", "出行需求": "travel_needs",
}  # fmt: skip

# Headers that are understood but carry nothing to import (serial numbers, export extras).
_IGNORED = {"no", "nr", "sn", "sno", "serial", "serialno", "serialnumber", "number", "id", "序号"}

_NOT_KEY = re.compile(r"[\W_]+")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")

# A header such as "Name (Khmer)", "Chinese name" or "Name in native script" names the native
# name: a word for a name beside a word for a script or a language that is not written in Latin.
_NAME_WORDS = frozenset({"name", "names", "fullname"})
_SCRIPT_WORDS = frozenset({
    "native", "local", "own", "original", "script", "chinese", "khmer", "thai", "lao", "laotian",
    "myanmar", "burmese", "japanese", "korean", "characters", "hanzi",
})  # fmt: skip
_NOT_NATIVE_WORDS = frozenset({
    "english", "latin", "roman", "romanised", "romanized", "pinyin", "passport", "family",
    "given", "first", "last", "sur", "middle",
})  # fmt: skip


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def header_key(text: str, *, keep_brackets: bool = False) -> str:
    """Case-, accent- and punctuation-blind header: "E-mail (work)" -> "email".

    With `keep_brackets`, the words in brackets stay: "Name (Khmer)" -> "namekhmer".
    """
    text = unicodedata.normalize("NFKC", text)
    if not keep_brackets:
        text = _PARENTHESES.sub("", text)
    return _NOT_KEY.sub("", _folded(text))


def _names_native_script(text: str) -> bool:
    words = set(_NOT_KEY.split(_folded(text)))
    return bool(words & _NAME_WORDS and words & _SCRIPT_WORDS and not words & _NOT_NATIVE_WORDS)


FIELD_BY_KEY: dict[str, str] = {
    **_SYNONYMS,
    **_TRAVEL_SYNONYMS,
    **{header_key(spec.header): spec.field for spec in (*COLUMNS, *TRAVEL_COLUMNS)},
}
IGNORED_KEYS: frozenset[str] = frozenset(
    _IGNORED | {header_key(header) for header in EXPORT_ONLY_HEADERS}
)


def field_for_header(text: str) -> str | None:
    """Our field for a header cell, "" for a known column with nothing to import, else None.

    The whole header is matched first, brackets included, then without its bracketed part, so
    that "Name (native script)" is the native name but "Arrival date (DD/MM/YYYY)" the arrival.
    """
    whole = header_key(text, keep_brackets=True)
    if whole in FIELD_BY_KEY:
        return FIELD_BY_KEY[whole]
    if _names_native_script(text):
        return "native_name"
    key = header_key(text)
    if key in FIELD_BY_KEY:
        return FIELD_BY_KEY[key]
    return "" if key in IGNORED_KEYS or whole in IGNORED_KEYS else None
