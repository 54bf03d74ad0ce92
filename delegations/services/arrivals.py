"""Who is expected today and who is not yet here: arrival legs landing on a day compared with
the check-in desks' admissions.

`arrivals_on(event_file, day)` lists every traveller on an arrival leg of `day` (in the legs'
time order, each leg's travellers in the order of precedence) with their admission: a
delegate counts as admitted when their latest journal entry admits them, as at the desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.errors import UserError
from delegations.services.checkin import parse_db_time
from delegations.services.travel import LegView, legs_in
from delegations.store import EventFile, SqlConnection


@dataclass(frozen=True, slots=True)
class ExpectedArrival:
    """A traveller on one of the day's arrival legs."""

    delegate_id: int
    name: str
    delegation: str
    leg: LegView
    admitted_at: dt.datetime | None  # UTC; None: not admitted (yet)

    @property
    def admitted(self) -> bool:
        return self.admitted_at is not None

    @property
    def by(self) -> str:
        """ "16:20  CZ3417  KWE T2" as lists quote the leg."""
        leg = self.leg
        when = f"{leg.time:%H:%M}" if leg.time else "--:--"
        where = " ".join(part for part in (leg.place, leg.terminal) if part)
        return "  ".join(part for part in (when, leg.number or leg.mode.value, where) if part)


@dataclass(frozen=True, slots=True)
class ArrivalsToday:
    day: dt.date
    expected: tuple[ExpectedArrival, ...]

    @property
    def admitted(self) -> tuple[ExpectedArrival, ...]:
        return tuple(person for person in self.expected if person.admitted)

    @property
    def not_yet(self) -> tuple[ExpectedArrival, ...]:
        return tuple(person for person in self.expected if not person.admitted)


def arrivals_on(event_file: EventFile, day: dt.date | str) -> ArrivalsToday:
    """The travellers expected on `day` (event-local), admitted or not yet.

    Raises:
        UserError: `day` is not a date.
    """
    day = _day(day)
    with event_file.read() as connection:
        return expected_in(connection, day)


def expected_in(connection: SqlConnection, day: dt.date) -> ArrivalsToday:
    """`arrivals_on` inside a caller's transaction."""
    seen: set[int] = set()
    travellers = []
    for leg in legs_in(connection, day=day, direction="arrival"):
        for person in leg.travellers:
            if person.id not in seen:  # on two legs the same day: the first counts
                seen.add(person.id)
                travellers.append((person, leg))
    admitted = _admitted(connection, seen)
    return ArrivalsToday(day, tuple(
        ExpectedArrival(person.id, person.name, person.delegation, leg, admitted.get(person.id))
        for person, leg in travellers
    ))  # fmt: skip


def arriving_ids(event_file: EventFile | Path, day: dt.date) -> frozenset[int]:
    """The delegates on an arrival leg of `day` (the desk's "arriving today" filter; takes
    the event file's path, as the desk's lists know only that)."""
    if isinstance(event_file, Path):
        event_file = EventFile(event_file, created=False)
    with event_file.read() as connection:
        return frozenset(
            row[0]
            for row in connection.execute(
                "SELECT DISTINCT dl.delegate_id FROM delegateleg dl JOIN travelleg l "
                "ON l.id = dl.leg_id WHERE l.direction = 'arrival' AND l.day = ?",
                (day.isoformat(),),
            )
        )


def _admitted(connection: SqlConnection, ids: Iterable[int]) -> dict[int, dt.datetime]:
    """When each of `ids` who is in now was admitted (their latest journal entry)."""
    ids = list(ids)
    latest: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for delegate_id, action, at in connection.execute(
            "SELECT delegate_id, action, at FROM checkin "
            f"WHERE delegate_id IN ({','.join('?' * len(chunk))}) ORDER BY at, uuid",
            chunk,
        ):
            latest[delegate_id] = (action, at)
    return {id_: parse_db_time(at) for id_, (action, at) in latest.items() if action == "IN"}


def _day(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"“{value}” is not a date; write it as 2025-07-25.") from None
