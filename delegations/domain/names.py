"""Names: normalisation, display order and the folding used by search."""

import re
import unicodedata

from delegations.domain.enums import NameOrder

# Letters that do not decompose under NFD but that readers treat as their base letter.
_EXTRA_FOLDS = {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i"}
_EXTRA_FOLD = re.compile(f"[{''.join(_EXTRA_FOLDS)}]")
# Latin letters (ASCII and the Latin blocks) and the combining diacritical marks they carry.
_LATIN = (
    "\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1dbf\u1e00-\u1eff"
    "\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\uff21-\uff3a\uff41-\uff5a"
)
_DIACRITICS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LATIN_DIACRITICS = re.compile(f"(?<=[{_LATIN}])[{_DIACRITICS}]+")
_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Trimmed, NFC, inner runs of white space collapsed to one space."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: "Đức" and "duc" fold alike.

    Only combining marks of Latin letters are dropped; Thai, Khmer, Lao and Myanmar vowel
    signs are combining marks too but carry meaning, so non-Latin text keeps them.

    Runs in C (regular expressions, no per-character Python) so that 20,000 search keys fold
    in well under a tenth of a second.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _EXTRA_FOLD.sub(lambda match: _EXTRA_FOLDS[match.group()], decomposed)
    return _LATIN_DIACRITICS.sub("", decomposed).casefold()


def full_name(given: str, family: str, order: NameOrder | str = NameOrder.GIVEN_FIRST) -> str:
    """The Latin name in the person's own order."""
    parts = (family, given) if order == NameOrder.FAMILY_FIRST else (given, family)
    return " ".join(part for part in parts if part)


def display_name(honorific: str, given: str, family: str, order: NameOrder | str) -> str:
    return " ".join(part for part in (honorific, full_name(given, family, order)) if part)


# Name order ---------------------------------------------------------------------------------

# Countries whose people write the family name first, also in Latin letters: China, Taiwan,
# Hong Kong, Macao; Viet Nam; Cambodia; Japan (its government has asked for family-first
# romanisation since 2020); both Koreas; Hungary; Mongolia (the patronymic comes first).
FAMILY_FIRST_COUNTRIES = frozenset(
    {"CN", "TW", "HK", "MO", "VN", "KH", "JP", "KR", "KP", "HU", "MN"}
)
# Where many people are of Chinese descent and keep the Chinese order (Lee Hsien Loong,
# Lim Guan Eng) beside Malay and Indian names that are given-name first: there the native
# name decides: Han characters mean family name first.
_CHINESE_COMMUNITY_COUNTRIES = frozenset({"SG", "MY", "BN"})

# Scripts of family-first names: Han ideographs (and CJK radicals, strokes, extensions),
# Japanese kana (a kana or kanji name is Japanese, family first), Hangul, Khmer, the
# Mongolian script, and the letters that only Vietnamese uses (ơ, ư and the stacked tone
# marks of U+1EA0–U+1EF9) so that "Nguyễn Thị Phương" reads family first without a country.
# Patterns as text: `re` compiles them on first use (their large ranges take ~15 ms, which
# start-up need not pay) and keeps them in its cache.
_FAMILY_FIRST_SCRIPT = (
    "[\u2e80-\u2fdf\u3040-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han, kana
    "\U00020000-\U0003ffff"  # Han extensions B and later
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer
    "\u1800-\u18af"  # Mongolian
    "\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"  # Vietnamese ơ ư and tone-marked vowels
)
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"


def usual_name_order(country: str | None, native_name: str = "") -> NameOrder:
    """The name order people of `country` (ISO 3166-1 alpha-2) usually write their names in.

    For a registration list that does not say: badges must print "Bai Zhen", not "Zhen Bai".
    The country decides: China, Taiwan, Hong Kong, Macao, Viet Nam, Cambodia, Japan, the
    Koreas, Hungary and Mongolia write the family name first; everyone else given name first,
    except that a Han-character native name in Singapore, Malaysia or Brunei (Chinese
    families there keep the Chinese order) means family name first.

    With no country, the script of `native_name` decides: Han, kana, Hangul, Khmer, Mongolian
    or Vietnamese letters mean family name first; Thai, Lao, Myanmar, plain Latin or nothing
    mean given name first (Thai and Lao surnames follow the given name; Myanmar names have
    no family name).
    """
    code = (country or "").strip().upper()
    native_name = unicodedata.normalize("NFC", native_name or "")
    if code:
        if code in FAMILY_FIRST_COUNTRIES:
            return NameOrder.FAMILY_FIRST
        if code in _CHINESE_COMMUNITY_COUNTRIES and re.search(_HAN, native_name):
            return NameOrder.FAMILY_FIRST
        return NameOrder.GIVEN_FIRST
    if re.search(_FAMILY_FIRST_SCRIPT, native_name):
        return NameOrder.FAMILY_FIRST
    return NameOrder.GIVEN_FIRST


# Words that link a Malay, Arabic or Tamil given name to the father's name ("Farah binti
# Ahmad", "Kumar a/l Ramasamy"): the name after them is the one capitalised, they stay small.
_PATRONYMIC_LINKS = frozenset(
    {"bin", "binti", "binte", "bte", "bt", "ibni", "a/l", "a/p", "s/o", "d/o"}
)


def _caps(text: str) -> str:
    """Upper case, leaving patronymic links small ("binti AHMAD")."""
    return " ".join(
        word if word.casefold() in _PATRONYMIC_LINKS else word.upper() for word in text.split(" ")
    )


def family_caps_name(given: str, family: str, order: NameOrder | str) -> str:
    """The Latin name in the person's own order with the family name in capitals.

    The UN practice that makes the order unmistakable: "BAI Zhen", "Somchai SRISUK",
    "Nguyễn Thị Phương" -> "NGUYỄN Thị Phương". A name without a family name keeps the
    father's name after bin/binti and the like in capitals ("Farah binti AHMAD"); other names
    without one (Myanmar names have none) are printed as they are.
    """
    if not family:
        words = given.split(" ")
        links = [i for i, word in enumerate(words) if word.casefold() in _PATRONYMIC_LINKS]
        if links and links[0] not in (0, len(words) - 1):
            head, tail = " ".join(words[: links[0] + 1]), " ".join(words[links[0] + 1 :])
            return f"{head} {_caps(tail)}"
        return given
    return full_name(given, _caps(family), order)


# Initials -----------------------------------------------------------------------------------

# Titles and forms of address written before a name at the week (English, Malay and Brunei,
# Indonesian, Thai, Vietnamese, Khmer, Myanmar), compared without dots or apostrophes. Titles
# that are also family names count only in their written form: "H.E." (He), "Hon." (Hon),
# "Tan Sri" (Tan), "Toh Puan" (Toh), "Yang Berhormat" (Yang), "Lok Chumteav" (Lok).
_HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "assoc", "asst", "sir",
        "dame", "lord", "lady", "honourable", "honorable", "rt", "excellency", "his", "her",
        "ambassador", "dato", "datuk", "datin", "tun", "puan", "encik", "tuan", "haji", "hj",
        "hajah", "hjh", "pehin", "yb", "ybhg", "bapak", "bpk", "ibu", "khun", "ông", "bà",
        "samdech", "u", "daw",
    }
)  # fmt: skip
_DOTTED_TITLES = frozenset({"he", "hon"})  # "H.E.", "Hon.", or "HE" in capitals
# Words that belong to a title only after another one: "Dato' Seri", "Tan Sri", "Pehin Datu".
_TITLE_TAILS = frozenset({"sri", "seri", "paduka", "utama", "datu"})
_TWO_WORD_TITLES = frozenset(
    {("tan", "sri"), ("toh", "puan"), ("yang", "berhormat"), ("yang", "mulia"), ("lok", "chumteav")}
)
# Chinese family names of two characters; any other Han name's family name is its first one.
_COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯",
        "长孙", "令狐", "宇文", "端木", "歐陽", "司馬", "諸葛", "東方", "長孫",
        "남궁", "선우", "제갈", "황보", "독고",
    }
)  # fmt: skip
_HANGUL = "[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
_NATIVE_SEPARATORS = re.compile("[\\s\u00b7\u30fb\u2027]+")  # spaces, middle dots (・ ·)
# Thai and Lao vowels written before the consonant they follow in speech: never an initial.
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")


def _bare(word: str) -> str:
    return re.sub("[.'’]", "", word).casefold()


def _is_title(word: str, after_title: bool) -> bool:
    bare = _bare(word)
    if bare in _DOTTED_TITLES:
        return "." in word or word.isupper()
    return bare in _HONORIFICS or (after_title and bare in _TITLE_TAILS)


def without_titles(name: str) -> list[str]:
    """The words of a Latin name after the titles before it: "H.E. Dr Oum Romany" ->
    ["Oum", "Romany"]. The last word always stays ("U Thant" keeps "Thant")."""
    words = clean(name).split(" ")
    start = 0
    while start < len(words) - 1:
        pair = (_bare(words[start]), _bare(words[start + 1]))
        if pair in _TWO_WORD_TITLES and start < len(words) - 2:
            start += 2
        elif _is_title(words[start], after_title=start > 0):
            start += 1
        else:
            break
    return [w for w in words[start:] if w]


def _first_letter(word: str) -> str:
    for char in word:
        if char.isalpha() and char not in _LEADING_VOWELS:
            return char
    return ""


def _han_family_name(native: str) -> str:
    """The family name of a Chinese, Japanese or Korean name written in its own script."""
    first_word = _NATIVE_SEPARATORS.split(native)[0]
    if first_word != native and len(first_word) <= 2:
        return first_word  # "田中 太郎", "남궁 민"
    return native[:2] if native[:2] in _COMPOUND_SURNAMES else native[:1]


def initials(name: str, native_name: str = "") -> str:
    """What a card shows where there is no photo: the person's initials, never a title's.

    A name in Han characters or Hangul gives its family name ("白真" -> "白", "欧阳修" ->
    "欧阳", "김민준" -> "김"), as people there are addressed. Otherwise the first and last
    words of the Latin name after its titles, capitalised ("H.E. Oum Romany" -> "OR",
    "Farah binti Ahmad" -> "FA"); with no Latin name, the first letters of the native
    name's first and last words ("สมชาย ใจดี" -> "สจ").
    """
    native = clean(native_name)
    if native and (re.match(_HAN, native) or re.match(_HANGUL, native)):
        return _han_family_name(native)
    words = [word for word in without_titles(name) if word.casefold() not in _PATRONYMIC_LINKS]
    letters = [letter for letter in map(_first_letter, words) if letter]
    if not letters and native:
        letters = [
            letter for letter in map(_first_letter, _NATIVE_SEPARATORS.split(native)) if letter
        ]
    chosen = letters[:1] + letters[-1:] if len(letters) > 1 else letters
    return "".join(chosen).upper()
