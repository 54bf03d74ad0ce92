"""Names, organisations and positions for the demo event's synthetic people.

The tables are data: `resources/demo/names.json` (name parts per culture: romanisation,
native script, "m"/"f"/"u") and `resources/demo/organisations.json` (organisations with the
slug of their `.example` domain, heads' titles, positions, diets, access needs, the share of
each country's delegates). This module draws people from them.

Every native-script name is assembled from real given names, family names or syllables
written in their own script beside the romanisation people of that country use, so a
synthetic Thai delegate reads as สมชาย ศรีสุข / Somchai Srisuk, never as random letters.
Nothing here is a real person; the real speakers of the demo are in `resources/demo/people.json`.

All text is NFC; native names follow the orthography of their script (Thai and Lao leading
vowels before the consonant, Khmer and Myanmar vowels after the consonant cluster, Khmer
register shifters before the vowel, Myanmar medials before the vowel).
"""

from __future__ import annotations

import functools
import json
import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from delegations.domain.models import NameOrder
from delegations.domain.names import usual_name_order
from delegations.paths import demo_dir

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


# The name tables (resources/demo/names.json) -------------------------------------------


def read_demo_file(name: str) -> Any:
    """One of the demo's data files in `resources/demo/` (UTF-8 JSON)."""
    return json.loads((demo_dir() / name).read_text(encoding="utf-8"))


def _parts(rows: list[list[str]]) -> tuple[Part, ...]:
    return tuple((latin, native, gender) for latin, native, gender in rows)


def _pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((latin, native) for latin, native in rows)


_NAMES = read_demo_file("names.json")
# Chinese (mainland): pinyin + simplified characters, family name first.
CN_FAMILY = _pairs(_NAMES["CN"]["family"])
CN_GIVEN = _parts(_NAMES["CN"]["given"])
# Chinese in Singapore and Malaysia: dialect romanisation, family name first.
SEA_CHINESE_FAMILY = _pairs(_NAMES["sea_chinese"]["family"])
SEA_CHINESE_GIVEN = _parts(_NAMES["sea_chinese"]["given"])
# Vietnamese: Latin script with full diacritics, family name first.
VN_FAMILY: tuple[str, ...] = tuple(_NAMES["VN"]["family"])
VN_MIDDLE = _parts(_NAMES["VN"]["middle"])
VN_GIVEN = _parts(_NAMES["VN"]["given"])
# Thai: romanisation as Thai people write it + Thai script, given name first.
TH_GIVEN = _parts(_NAMES["TH"]["given"])
TH_FAMILY = _pairs(_NAMES["TH"]["family"])
# Khmer: romanisation + Khmer script, family name first.
KH_FAMILY = _pairs(_NAMES["KH"]["family"])
KH_GIVEN = _parts(_NAMES["KH"]["given"])
# Lao: romanisation + Lao script, given name first.
LA_GIVEN = _parts(_NAMES["LA"]["given"])
LA_FAMILY = _pairs(_NAMES["LA"]["family"])
# Myanmar: syllables in romanisation + Myanmar script; no family name.
MM_SYLLABLES = _parts(_NAMES["MM"]["syllables"])
# Malay (Malaysia, Brunei, Singapore): patronymic, no family name; Indians of both countries.
MALAY_GIVEN = _parts(_NAMES["malay"]["given"])
MALAY_FATHER: tuple[str, ...] = tuple(_NAMES["malay"]["father"])
INDIAN_GIVEN = _parts(_NAMES["indian"]["given"])
INDIAN_FAMILY: tuple[str, ...] = tuple(_NAMES["indian"]["family"])
# Indonesian: often one name, often two; second names and Batak and other clan names as
# family names, by who carries them ("Lestari" is a woman's name, "Santoso" a man's).
ID_SINGLE = _parts(_NAMES["ID"]["single"])
ID_GIVEN = _parts(_NAMES["ID"]["given"])
ID_FAMILY: dict[str, tuple[str, ...]] = {
    gender: tuple(names) for gender, names in _NAMES["ID"]["family"].items()
}
# Filipino: Spanish and English given names, Spanish family names.
PH_GIVEN = _parts(_NAMES["PH"]["given"])
PH_FAMILY: tuple[str, ...] = tuple(_NAMES["PH"]["family"])
# Timor-Leste: Portuguese-style names.
TL_GIVEN = _parts(_NAMES["TL"]["given"])
TL_FAMILY: tuple[str, ...] = tuple(_NAMES["TL"]["family"])


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


_ORGS = read_demo_file("organisations.json")
ORGANISATIONS: dict[str, tuple[Organisation, ...]] = {
    country: tuple(
        Organisation(name, f"{slug}.{country.lower()}.example", kind) for name, slug, kind in rows
    )
    for country, rows in _ORGS["organisations"].items()
}
# The title of a university's head in each country's own English usage.
UNIVERSITY_HEAD: dict[str, str] = _ORGS["university_head"]
# The title of a vocational college's head.
COLLEGE_HEAD: dict[str, str] = _ORGS["college_head"]
POSITIONS: dict[str, tuple[str, ...]] = {
    kind: tuple(titles) for kind, titles in _ORGS["positions"].items()
}
# Observers, by the kind of organisation they come from.
OBSERVER_POSITIONS: dict[str, tuple[str, ...]] = {
    kind: tuple(titles) for kind, titles in _ORGS["observer_positions"].items()
}
# Positions whose holders are addressed Mr. or Ms. rather than Dr. or Prof.
JUNIOR_POSITIONS = frozenset(_ORGS["junior_positions"])
DIETARY: tuple[str, ...] = tuple(_ORGS["dietary"])
ACCESS_NEEDS: tuple[str, ...] = tuple(_ORGS["access_needs"])
# Rough share of each country's delegates (square root of population, rounded).
COUNTRY_WEIGHTS: dict[str, float] = _ORGS["country_weights"]
