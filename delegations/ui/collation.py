"""Sorting text the way the window's language sorts it (QCollator, ICU underneath).

Code-point order puts "Ánh" after "Zô" and sorts Thai by its leading vowels (เ, แ, โ, ไ, ใ
are written first but read after the consonant). The collator of the window's locale follows
each language's dictionary order; numeric mode puts "Room 2" before "Room 10".

Sorting builds one `QCollatorSortKey` per row, compared in C++ (still a Python call per
comparison: 20,000 names take ~0.2 s); a table turns them once into integer ranks
(`collation_ranks`) and sorts by those afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

T = TypeVar("T")

_collators: dict[str, QCollator] = {}


def collator(locale: QLocale | None = None) -> QCollator:
    """The collator of `locale` (default: the window's), numeric, cached per locale name.

    The bare C locale (a test or a server without LANG) would compare code points; it sorts as
    English does instead, like the window's own language choice.
    """
    locale = QLocale() if locale is None else locale
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    name = locale.bcp47Name()
    found = _collators.get(name)
    if found is None:
        found = QCollator(locale)
        found.setNumericMode(True)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collators[name] = found
    return found


def collation_key(text: str, locale: QLocale | None = None) -> QCollatorSortKey:
    """A sort key for `text` in the order of `locale` (default: the window's language)."""
    return collator(locale).sortKey(text)


class Collated(Generic[T]):
    """A `sort_key` for a table column: the collation key of `text(row)` in the window's
    language at the time of sorting (a language switch needs no rebuilt columns).

    Called per row it looks the collator up each time; a sort asks `for_sort()` once for a
    key that holds the collator (20,000 lookups of the default locale cost ~250 ms).
    """

    def __init__(self, text: Callable[[T], str]) -> None:
        self.text = text

    def __call__(self, row: T) -> QCollatorSortKey:
        return collator().sortKey(self.text(row))

    def for_sort(self) -> Callable[[T], QCollatorSortKey]:
        sort_key, text = collator().sortKey, self.text
        return lambda row: sort_key(text(row))


def collated(text: Callable[[T], str]) -> Collated[T]:
    return Collated(text)


def collation_ranks(texts: Sequence[str], locale: QLocale | None = None) -> list[int]:
    """Each text's place in the language's order, equal texts sharing one: sorting by these
    integers later (the other direction, again after a filter) costs what `str` sorting does.
    """
    order = collator(locale)
    keys = [order.sortKey(text) for text in texts]
    ranks = [0] * len(keys)
    rank, previous = -1, None
    for index in sorted(range(len(keys)), key=keys.__getitem__):
        key = keys[index]
        if previous is None or previous.compare(key) != 0:
            rank += 1
        ranks[index], previous = rank, key
    return ranks


def sorted_names(items: Iterable[T], text: Callable[[T], str] = str) -> list[T]:  # type: ignore[assignment]
    """`items` in the window's language's order of `text(item)`."""
    order = collator()
    return sorted(items, key=lambda item: order.sortKey(text(item)))


__all__ = ["Collated", "collated", "collation_ranks", "collation_key", "collator", "sorted_names"]
