"""A country's name as a name plate prints it: in English, in Chinese and in its own language.

English names are ASEAN's (Viet Nam, Lao PDR, Brunei Darussalam…), Chinese names the event's
(`countries.chinese_country_names`); the own-language name is the short official name a
country uses for itself at intergovernmental meetings:

- Cambodia កម្ពុជា (not the long ព្រះរាជាណាចក្រកម្ពុជា, "Kingdom of Cambodia");
- Lao PDR ສປປ ລາວ, the Lao abbreviation of the same "Lao PDR";
- Myanmar မြန်မာနိုင်ငံ, "Myanmar, the country" (မြန်မာ alone also names the people and language);
- Thailand ประเทศไทย; Viet Nam Việt Nam; the Philippines Pilipinas; Singapore Singapura (Malay,
  its national language); Brunei Negara Brunei Darussalam (Malay; the Jawi form needs an
  Arabic font the app does not bundle).

Where the own-language name is the English one (Indonesia, Malaysia, Timor-Leste) or the
Chinese one (China, Japan), there is none: a plate does not print a name twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegations.domain.countries import COUNTRY_NAMES, chinese_country_names

OWN_LANGUAGE_NAMES: dict[str, str] = {
    "BN": "Negara Brunei Darussalam",
    "KH": "កម្ពុជា",
    "LA": "ສປປ ລາວ",
    "MM": "မြန်မာနိုင်ငံ",
    "PH": "Pilipinas",
    "SG": "Singapura",
    "TH": "ประเทศไทย",
    "VN": "Việt Nam",
    "KR": "대한민국",
    "RU": "Россия",
}

# ASEAN's dialogue partners and observer, beyond the event's own countries: English as
# ASEAN writes them, Chinese as the Chinese side does.
_PARTNER_NAMES: dict[str, tuple[str, str]] = {
    "AU": ("Australia", "澳大利亚"),
    "CA": ("Canada", "加拿大"),
    "EU": ("European Union", "欧盟"),
    "IN": ("India", "印度"),
    "JP": ("Japan", "日本"),
    "KR": ("Republic of Korea", "韩国"),
    "NZ": ("New Zealand", "新西兰"),
    "RU": ("Russian Federation", "俄罗斯"),
    "GB": ("United Kingdom", "英国"),
    "US": ("United States", "美国"),
    "PG": ("Papua New Guinea", "巴布亚新几内亚"),
}


@dataclass(frozen=True, slots=True)
class PlateNames:
    english: str
    chinese: str  # "" when unknown
    own: str  # "" when it would repeat the English or Chinese name, or is unknown


def plate_names(country: str) -> PlateNames:
    """The names a name plate prints for the ISO 3166-1 alpha-2 code `country`; a code
    outside the tables gets its English name from pycountry and no other."""
    if country in COUNTRY_NAMES:
        english, chinese = COUNTRY_NAMES[country], chinese_country_names().get(country, "")
    elif country in _PARTNER_NAMES:
        english, chinese = _PARTNER_NAMES[country]
    else:
        from delegations.domain.countries import english_country_name

        english, chinese = english_country_name(country), ""
    own = OWN_LANGUAGE_NAMES.get(country, "")
    if own in (english, chinese):
        own = ""
    return PlateNames(english, chinese, own)
