"""The demo event's travel: each delegation flies into Guiyang Longdongbao (KWE) through a
connection in Guangzhou or Kunming, China's takes the high-speed train to Guiyang North, and
all leave the same way.

Members who arrive (or leave) on the same day share one leg, so the demo's legs follow the
arrival and departure dates its people already have; heads of delegation need the VIP lane,
people whose access needs say so a wheelchair. The schedules are invented for the demo:
plausible routes and times, not a timetable.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import NamedTuple

from delegations.domain.names import fold
from delegations.services.travel import insert_leg, sync_stay_dates
from delegations.store import SqlConnection, sql_connection
from delegations.store.stored import stored_date


class _Route(NamedTuple):
    mode: str
    carrier: str
    inbound: str  # the number of the leg into Guiyang
    arrives: str
    outbound: str
    leaves: str
    home: str  # where the journey starts and ends
    via: str
    terminal: str = "T2"


ARRIVAL_PLACE = {"flight": "KWE", "train": "KQW"}
ROUTES: dict[str, _Route] = {
    "BN": _Route("flight", "China Southern", "CZ3427", "20:25", "CZ3428", "16:10", "BWN", "CAN"),
    "KH": _Route("flight", "China Southern", "CZ3417", "16:20", "CZ3418", "14:05", "KTI", "CAN"),
    "ID": _Route("flight", "China Southern", "CZ3423", "21:15", "CZ3424", "17:40", "CGK", "CAN"),
    "LA": _Route("flight", "China Eastern", "MU5743", "15:10", "MU5744", "13:30", "VTE", "KMG"),
    "MY": _Route("flight", "China Southern", "CZ3419", "18:05", "CZ3420", "15:55", "KUL", "CAN"),
    "MM": _Route("flight", "China Eastern", "MU5745", "13:40", "MU5746", "14:20", "RGN", "KMG"),
    "PH": _Route("flight", "China Southern", "CZ3425", "17:30", "CZ3426", "16:40", "MNL", "CAN"),
    "SG": _Route("flight", "China Southern", "CZ3421", "19:40", "CZ3422", "18:50", "SIN", "CAN"),
    "TH": _Route("flight", "China Eastern", "MU5741", "12:50", "MU5742", "15:35", "BKK", "KMG"),
    "TL": _Route("flight", "China Southern", "CZ3429", "22:45", "CZ3430", "13:55", "DIL", "DPS CAN"),
    "VN": _Route("flight", "China Southern", "CZ3415", "14:35", "CZ3416", "14:15", "HAN", "CAN"),
    "CN": _Route("train", "China Railway", "G2961", "11:48", "G2962", "14:18", "BXP", "", ""),
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def is_local(organisation: str) -> bool:
    """One of Guizhou's own institutions, whose people neither travel to Guiyang nor need a room."""
    folded = fold(organisation)
    return "guizhou" in folded or "guiyang" in folded


def _members(connection: SqlConnection) -> Iterator[tuple]:
    yield from connection.execute(
        "SELECT g.country, g.id, p.id, COALESCE(p.arrival, g.arrival), "
        "COALESCE(p.departure, g.departure), g.head_id = p.id, lower(p.access_needs), "
        "p.arrival IS NULL OR p.departure IS NULL, p.organisation "
        "FROM delegate p JOIN delegation g ON g.id = p.delegation_id "
        "WHERE p.id NOT IN (SELECT delegate_id FROM delegateleg) ORDER BY g.protocol_order, p.id"
    )


def _leg_values(route: _Route, direction: str, day: str) -> dict[str, object]:
    arriving = direction == "arrival"
    time = dt.time.fromisoformat(route.arrives if arriving else route.leaves)
    return {
        "direction": direction, "mode": route.mode, "carrier": route.carrier,
        "number": route.inbound if arriving else route.outbound, "day": day,
        "time": time.isoformat(timespec="microseconds"), "place": ARRIVAL_PLACE[route.mode],
        "terminal": route.terminal, "other_end": route.home, "via": route.via, "notes": "",
        "updated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
    }  # fmt: skip


def _iso(stored: object) -> str | None:
    """A stored date as ISO text (SQLite gives text, PostgreSQL a date)."""
    day = stored_date(stored)
    return None if day is None else day.isoformat()


def travel_demo(*, session: object) -> int:
    """Give the demo's delegates without travel their legs (inside the demo's transaction:
    `session` is its ORM session or a connection); the number of legs made."""
    connection = sql_connection(session)
    legs: dict[tuple[int, str, str], int] = {}
    rows = []
    undated = set()  # whose own dates the legs fill in (the others' are the legs' already)
    for row in _members(connection):
        country, delegation_id, delegate_id, arrived, leaving, head, needs, no_date, org = row
        arrival, departure = _iso(arrived), _iso(leaving)
        route = ROUTES.get(country)
        if route is None or is_local(org):
            continue
        wanted = ", ".join(
            need for need, wanted in (("vip-lane", head), ("wheelchair", "wheelchair" in needs))
            if wanted
        )  # fmt: skip
        if arrival is not None and departure == arrival and route.leaves < route.arrives:
            # Here for the day, but the flight home leaves before theirs lands: the next one.
            departure = (dt.date.fromisoformat(arrival) + dt.timedelta(days=1)).isoformat()
            no_date = True
        for direction, day in (("arrival", arrival), ("departure", departure)):
            if day is None:
                continue
            key = (delegation_id, direction, day)
            if key not in legs:
                legs[key] = insert_leg(connection, _leg_values(route, direction, day))
            rows.append((delegate_id, legs[key], wanted))
        if no_date:
            undated.add(delegate_id)
    connection.executemany(
        "INSERT INTO delegateleg (delegate_id, leg_id, needs) VALUES (?, ?, ?)", rows
    )
    sync_stay_dates(connection, undated)
    return len(legs)
