"""Cells and names: a cell as the user reads it, a name order written out, a lone full name
split, the key that tells two rows or records name the same person."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from delegations.domain.enums import NameOrder
from delegations.domain.names import fold, full_name


def cell_text(value: Any) -> str:
    """A cell's value as the user would read it."""
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


_FAMILY_FIRST = {"family first", "family name first", "surname first", "family", "surname"}
_GIVEN_FIRST = {"given first", "given name first", "given", "first name first", "western"}


def parse_name_order(text: str) -> NameOrder:
    key = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    if key in _FAMILY_FIRST or key == NameOrder.FAMILY_FIRST.value.replace("_", " "):
        return NameOrder.FAMILY_FIRST
    if key in _GIVEN_FIRST or key == NameOrder.GIVEN_FIRST.value.replace("_", " "):
        return NameOrder.GIVEN_FIRST
    raise ValueError(text)


def name_key(given: str, family: str, native: str) -> str:
    """The key two rows or records share when they name the same person: the Latin name, or
    the native one for people without a Latin name, so that a list that adds native names to
    people already in the event finds them."""
    if given or family:
        return f"{fold(given)}\n{fold(family)}"
    return f"\n\n{fold(native)}"


def column_texts(column: tuple[Any, ...]) -> list[str]:
    """The cells of a column as the user reads them, each distinct value turned once."""
    if bool in set(map(type, column)):  # True == 1: a set would take one for the other
        return list(map(cell_text, column))
    texts = {value: cell_text(value) for value in set(column)}
    return list(map(texts.__getitem__, column))


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA", as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def split_full_name(full: str, order: NameOrder) -> tuple[str, str, NameOrder | None]:
    """Given and family name from a lone "Name" cell, and the order its capitals show, if any.

    A family name written in capitals at either end ("BAI Zhen", "Farah binti AHMAD") is the
    family name whatever the order, and says the order; otherwise the first word is the family
    name for family-first names and the last word for the others.
    """
    words = full.split()
    if len(words) < 2:
        return "", full, None
    capitals = [_is_capitalised(word) for word in words]
    if 0 < sum(capitals) < len(words):
        lead = capitals.index(False)
        if not any(capitals[lead:]):  # capitals at the start: family name first
            return " ".join(words[lead:]), _untouched_caps(words[:lead]), NameOrder.FAMILY_FIRST
        tail = capitals[::-1].index(False)
        if not any(capitals[: len(words) - tail]):  # capitals at the end
            family = _untouched_caps(words[len(words) - tail :])
            return " ".join(words[: len(words) - tail]), family, NameOrder.GIVEN_FIRST
    if order == NameOrder.FAMILY_FIRST:
        return " ".join(words[1:]), words[0], None
    return " ".join(words[:-1]), words[-1], None


def _is_capitalised(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _untouched_caps(words: list[str]) -> str:
    """ "NGUYỄN" -> "Nguyễn": the capitals only marked the family name."""
    return " ".join("-".join(part[:1] + part[1:].lower() for part in word.split("-"))
                    for word in words)  # fmt: skip


def row_name(values: dict[str, Any]) -> str:
    latin = full_name(values.get("given_name", ""), values.get("family_name", ""),
                      values.get("name_order", NameOrder.GIVEN_FIRST))  # fmt: skip
    return latin or values.get("native_name", "")
