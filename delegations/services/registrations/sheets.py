"""What opening a registrations file gives: its sheets as raw rows, or one sentence why not."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from delegations.domain.errors import UserError
from delegations.services.registrations.columns import field_for_header

RawRow = tuple[Any, ...]

HEADER_SEARCH_ROWS = 30  # title rows tolerated above the header


class ImportFileError(UserError):
    """The file cannot be imported at all; the message says why."""


@dataclass(slots=True)
class RawSheet:
    name: str  # "" for a CSV file
    total: int  # rows, approximately (for progress)
    rows: Iterator[tuple[int, RawRow]]  # (physical 1-based row number, values)


def header_matches(cells: Iterable[Any]) -> int:
    """How many of the cells are headers of columns we know."""
    return sum(
        1 for cell in cells if isinstance(cell, str) and cell.strip() and field_for_header(cell)
    )
