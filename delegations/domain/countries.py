"""The countries of the China–ASEAN week, in ASEAN's alphabetical protocol order then China.

`normalise_country` turns a country as people write it (names, variants, ISO codes, Chinese
names) into its alpha-2 code; pycountry is imported only when a name is not in the table.
"""

import re
import unicodedata

COUNTRY_NAMES: dict[str, str] = {
    "BN": "Brunei Darussalam",
    "KH": "Cambodia",
    "ID": "Indonesia",
    "LA": "Lao PDR",
    "MY": "Malaysia",
    "MM": "Myanmar",
    "PH": "Philippines",
    "SG": "Singapore",
    "TH": "Thailand",
    "TL": "Timor-Leste",
    "VN": "Viet Nam",
    "CN": "China",
}


def country_name(code: str) -> str:
    """English short name; codes outside the table are shown as they are."""
    return COUNTRY_NAMES.get(code, code)


# Recognising what people type ---------------------------------------------------------------

# Variants pycountry does not know, keyed by `_country_key` of the text; Chinese names included.
_COUNTRY_VARIANTS: dict[str, str] = {
    "brunei": "BN", "brunei darussalam": "BN", "nation of brunei": "BN",
    "文莱": "BN", "汶莱": "BN", "文莱达鲁萨兰国": "BN",
    "cambodia": "KH", "kingdom of cambodia": "KH", "kampuchea": "KH", "柬埔寨": "KH",
    "indonesia": "ID", "republic of indonesia": "ID", "印度尼西亚": "ID", "印尼": "ID",
    "lao": "LA", "laos": "LA", "lao pdr": "LA", "lao p d r": "LA", "laos pdr": "LA",
    "lao peoples democratic republic": "LA", "老挝": "LA", "寮国": "LA",
    "malaysia": "MY", "马来西亚": "MY", "大马": "MY",
    "myanmar": "MM", "burma": "MM", "republic of the union of myanmar": "MM", "缅甸": "MM",
    "philippines": "PH", "the philippines": "PH", "republic of the philippines": "PH",
    "菲律宾": "PH",
    "singapore": "SG", "republic of singapore": "SG", "新加坡": "SG",
    "thailand": "TH", "kingdom of thailand": "TH", "siam": "TH", "泰国": "TH",
    "timor leste": "TL", "east timor": "TL", "timor lorosae": "TL",
    "democratic republic of timor leste": "TL", "东帝汶": "TL",
    "viet nam": "VN", "vietnam": "VN", "socialist republic of viet nam": "VN",
    "socialist republic of vietnam": "VN", "越南": "VN",
    "china": "CN", "prc": "CN", "p r china": "CN", "pr china": "CN",
    "peoples republic of china": "CN", "mainland china": "CN",
    "中国": "CN", "中华人民共和国": "CN", "中國": "CN",
    "hong kong": "HK", "hong kong sar": "HK", "hong kong china": "HK", "香港": "HK",
    "macau": "MO", "macao": "MO", "macao sar": "MO", "澳门": "MO",
    "taiwan": "TW", "chinese taipei": "TW",
    "south korea": "KR", "korea": "KR", "korea south": "KR", "republic of korea": "KR",
    "rok": "KR", "韩国": "KR",
    "north korea": "KP", "korea north": "KP", "dprk": "KP",
    "democratic peoples republic of korea": "KP", "朝鲜": "KP",
    "japan": "JP", "日本": "JP", "india": "IN", "印度": "IN",
    "australia": "AU", "澳大利亚": "AU", "new zealand": "NZ", "新西兰": "NZ",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "britain": "GB",
    "england": "GB", "英国": "GB",
    "united states": "US", "usa": "US", "us": "US", "united states of america": "US",
    "america": "US", "美国": "US",
    "russia": "RU", "俄罗斯": "RU", "france": "FR", "法国": "FR",
    "germany": "DE", "德国": "DE", "canada": "CA", "加拿大": "CA",
    "asean": "", "asean secretariat": "",  # not countries: refused with a clear message
}  # fmt: skip
_country_index: dict[str, str] | None = None


def _country_key(text: str) -> str:
    """Case-, accent- and punctuation-blind form of a country as typed."""
    from delegations.domain.names import fold

    key = fold(unicodedata.normalize("NFKC", text))
    key = re.sub(r"[’'`.]", "", key)  # People's -> peoples, P.R. -> pr
    key = re.sub(r"[^\w]+", " ", key).strip()
    return key.removeprefix("the ")


def _pycountry_index() -> dict[str, str]:
    """Every country pycountry knows, by name, official name, common name and codes."""
    global _country_index
    if _country_index is None:
        import pycountry  # lazy: a large table, needed only when reading files

        index: dict[str, str] = {}
        for country in pycountry.countries:
            code = country.alpha_2
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(country, attribute, None)
                if not name:
                    continue
                index.setdefault(_country_key(name), code)
                if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                    head, _, tail = name.partition(", ")
                    index.setdefault(_country_key(f"{tail} {head}"), code)
            index.setdefault(country.alpha_3.casefold(), code)
            index.setdefault(code.casefold(), code)
        _country_index = index
    return _country_index


def normalise_country(text: str | None) -> str | None:
    """ISO 3166 alpha-2 code for a country as people write it, or None if not recognised.

    Accepts English names and common variants (Viet Nam / Vietnam, Lao PDR / Laos, Burma),
    alpha-2 and alpha-3 codes in any case, and Chinese names (越南, 老挝, 印尼…).
    """
    if not text or not text.strip():
        return None
    key = _country_key(text)
    if not key:
        return None
    if key in _COUNTRY_VARIANTS:
        return _COUNTRY_VARIANTS[key] or None
    if len(key) == 2 and key.upper() in COUNTRY_NAMES:
        return key.upper()
    return _pycountry_index().get(key)


def english_country_name(code: str) -> str:
    """English short name for any ISO code: the event's table first, then pycountry."""
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def chinese_country_names() -> dict[str, str]:
    """The Chinese names recognised for the event's countries, code -> name."""
    names: dict[str, str] = {}
    for key, code in _COUNTRY_VARIANTS.items():
        if code in COUNTRY_NAMES and code not in names and not key.isascii():
            names[code] = key
    return names
