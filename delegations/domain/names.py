"""Names: normalisation, display order and the folding used by search."""

import re
import unicodedata

from delegations.domain.models import NameOrder

# Letters that do not decompose under NFD but that readers treat as their base letter.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i"})
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
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLDS))
    kept = []
    previous_is_latin = False
    for char in decomposed:
        if unicodedata.combining(char):
            if previous_is_latin:
                continue
        else:
            previous_is_latin = char.isascii() or "LATIN" in unicodedata.name(char, "")
        kept.append(char)
    return "".join(kept).casefold()


def full_name(given: str, family: str, order: NameOrder | str = NameOrder.GIVEN_FIRST) -> str:
    """The Latin name in the person's own order."""
    parts = (family, given) if order == NameOrder.FAMILY_FIRST else (given, family)
    return " ".join(part for part in parts if part)


def display_name(honorific: str, given: str, family: str, order: NameOrder | str) -> str:
    return " ".join(part for part in (honorific, full_name(given, family, order)) if part)
