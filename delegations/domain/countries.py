"""The countries of the China–ASEAN week, in ASEAN's alphabetical protocol order then China."""

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
