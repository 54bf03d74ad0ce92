"""Values as the event file stores them, read back by plain SQL (no ORM row in between).

SQLAlchemy's Enum type stores a member's *name* ("FAMILY_FIRST"), and SQLite keeps dates as
ISO text; the plain-SQL reads of the roster, desk, journal, badges and import decode them here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from delegations.domain.enums import NameOrder


def stored_name_order(value: str | None) -> NameOrder:
    """The name order of a stored row; also accepts the member's value ("family_first")."""
    if not value:
        return NameOrder.GIVEN_FIRST
    return NameOrder[value] if value in NameOrder.__members__ else NameOrder(value)


def stored_date(value: Any) -> dt.date | None:
    """A stored date: ISO text from SQLite, a date from other databases, or None."""
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else value or None
