"""Sorting text the way the window's language sorts it (QCollator, ICU underneath).

Code-point order puts "Ánh" after "Zô" and sorts Thai by its leading vowels (เ, แ, โ, ไ, ใ
are written first but read after the consonant). The collator of the window's locale follows
each language's dictionary order; numeric mode puts "Room 2" before "Room 10".

Sorting builds one `QCollatorSortKey` per row, compared in C++: 20,000 names sort in a few
tens of milliseconds, against seconds for a `cmp_to_key(collator.compare)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

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


def collated(text: Callable[[T], str]) -> Callable[[T], QCollatorSortKey]:
    """A `sort_key` for a table column: the collation key of `text(row)` in the window's
    language at the time of sorting (a language switch needs no rebuilt columns)."""

    def key(row: T) -> QCollatorSortKey:
        return collator().sortKey(text(row))

    return key


def sorted_names(items: Iterable[T], text: Callable[[T], str] = str) -> list[T]:  # type: ignore[assignment]
    """`items` in the window's language's order of `text(item)`."""
    order = collator()
    return sorted(items, key=lambda item: order.sortKey(text(item)))


__all__ = ["collated", "collation_key", "collator", "sorted_names"]
