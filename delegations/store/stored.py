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


# SQLAlchemy's SQLite DATETIME text: UTC, no offset, always six digits of microseconds.
STORED_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def stored_datetime(value: Any) -> dt.datetime | None:
    """A stored instant, naive as stored: text from SQLite, a datetime from PostgreSQL."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value) if value else None
    return value or None


def stored_datetime_text(value: Any) -> str:
    """A stored instant as SQLite's DATETIME text, whichever engine it came from: the one
    spelling the journal files and the (at, uuid) order are written in."""
    if isinstance(value, dt.datetime):
        return value.strftime(STORED_TIME_FORMAT)
    return value


def stored_time(value: Any) -> dt.time | None:
    """A stored time of day: text from SQLite, a time from PostgreSQL, or None."""
    if isinstance(value, str):
        return dt.time.fromisoformat(value) if value else None
    return value or None
