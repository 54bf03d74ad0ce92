"""Travel in a registrations file: the arrival and departure columns, read, checked, written
as legs, and exported.

A row may give one arrival and one departure: flight or train number, time (or date and
time in one cell, as "ETA 2025-07-24 14:35"), airport or station code, terminal, where from
or to, and needs. The day is the row's Arrival/Departure date, or the date in the time cell;
a time without either is a row error, as is an unknown airport code.

Rows with the same number, day, time and place share one leg (a delegation flying
together); a re-import replaces a person's legs in the directions the row gives, so
importing the same list twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from delegations.domain.errors import InvalidInput
from delegations.domain.travel import check_number, guess_mode, parse_needs, parse_time
from delegations.services.registrations.columns import TRAVEL_COLUMNS
from delegations.services.registrations.dates import DateProblem, parse_date
from delegations.store.sql import SqlConnection, sql_connection

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TRAVEL_FIELDS = frozenset(spec.field for spec in TRAVEL_COLUMNS)
TIME_FIELDS = frozenset({"arrival_time", "departure_time"})

_SECONDS = re.compile(r"^(\d{1,2}:\d{2}):\d{2}")
_DATE_AND_TIME = re.compile(
    r"^(.*\d)[ T]+(\d{1,2}[:.h时]\d{2}分?(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?)$"
)


# Reading ----------------------------------------------------------------------------------


def parse_travel_cell(target: str, raw: Any, text: str) -> tuple[Any, str]:
    """A travel cell's value and, if it is wrong, the sentence saying why ("" when right)."""
    try:
        if target in TIME_FIELDS:
            return _date_and_time(raw, text), ""
        if target.endswith("_place"):
            return _place_code(text), ""
        if target.endswith("_number"):
            return check_number(text, guess_mode(text)) if text else "", ""
        if target.endswith("_terminal"):
            return text.strip().upper(), ""
        if target == "travel_needs":
            return parse_needs(text), ""
    except (ValueError, InvalidInput) as error:
        return None, getattr(error, "message", None) or str(error)
    return text.strip(), ""


def _date_and_time(raw: Any, text: str) -> tuple[dt.date | None, dt.time] | None:
    """(date if the cell gives one, time) from a time, a date-and-time cell or text."""
    if isinstance(raw, dt.datetime):
        if raw.time() == dt.time():
            raise ValueError("a date without a time; write the time of day, such as 14:35.")
        return raw.date(), raw.time().replace(second=0, microsecond=0)
    if isinstance(raw, dt.time):
        return None, raw.replace(second=0, microsecond=0)
    if isinstance(raw, float) and 0 <= raw < 1:  # a time serial in a cell without a format
        minutes = round(raw * 24 * 60)
        return None, dt.time(minutes // 60 % 24, minutes % 60)
    text = text.strip()
    if not text:
        return None
    day = None
    match = _DATE_AND_TIME.match(text)
    if match:
        try:
            day = parse_date(match[1])
        except DateProblem as problem:
            raise ValueError(str(problem)) from None
        text = match[2]
    return day, parse_time(_SECONDS.sub(r"\1", text))


def _place_code(text: str) -> str:
    from delegations.services.travel import places

    code = text.strip()
    if not code:
        return ""
    place = places().find(code)
    if place is None:
        raise ValueError(
            "not an airport or station code we know; write its three-letter code, such as KWE."
        )
    return place.code


# Per direction: its date field, the fields of its leg, and the other direction's place.
_DIRECTIONS = tuple(
    (direction, f"{direction}_time", f"{direction}_number", f"{direction}_place",
     f"{direction}_terminal", f"{direction}_{other}", f"{back}_place")
    for direction, other, back in (("arrival", "from", "departure"), ("departure", "to", "arrival"))
)  # fmt: skip


def check_travel_row(values: dict[str, Any]) -> list[tuple[str, str]]:
    """Each direction's day settled (the date column, else the time cell's date); the
    problems as (field, sentence). The date column is filled from the time cell."""
    problems = []
    for direction, time_field, number_field, place_field, *_others in _DIRECTIONS:
        when = values.get(time_field)
        if not (when or values.get(number_field) or values.get(place_field)):
            continue
        typed = values.get(direction)
        if when and when[0] and typed and when[0] != typed:
            problems.append((time_field, f"the {direction} time is on {when[0]:%d %b %Y} but "
                             f"the {direction} date is {typed:%d %b %Y}."))  # fmt: skip
        elif typed is None and (when is None or when[0] is None):
            what = "a time" if when else "a flight or train"
            problems.append((time_field if when else number_field,
                             f"{what} without a date: give the {direction} date too."))  # fmt: skip
        elif typed is None:
            values[direction] = when[0]
    return problems


# Writing ----------------------------------------------------------------------------------


def travel_of(values: dict[str, Any]) -> dict[str, Any] | None:
    """The row's legs as (key, stored values) by direction, None if the row gives none."""
    legs = {}
    for direction, time_field, number_field, place_field, terminal, other, back in _DIRECTIONS:
        when = values.get(time_field)
        number = values.get(number_field, "")
        place = values.get(place_field, "")
        if not (when or number or place):
            continue
        if not place and number:  # leaving from the airport they arrived at, or back
            place = values.get(back, "")
        legs[direction] = _leg(
            direction, number, values[direction], when[1] if when else None, place,
            values.get(terminal, ""), values.get(other, ""),
        )  # fmt: skip
    if not legs:
        return None
    return {"legs": legs, "needs": values.get("travel_needs", "")}


@functools.lru_cache(maxsize=4096)
def _leg(
    direction: str, number: str, day: dt.date, time: dt.time | None, place: str, terminal: str,
    other: str,
) -> tuple[tuple[Any, ...], dict[str, Any]]:  # fmt: skip
    """A leg's key and stored values (shared by the rows that name it: not to be changed)."""
    other_end, _, via = other.partition(" via ")
    mode = guess_mode(number).value if number or not place else "flight"
    values = {
        "direction": direction, "mode": mode, "carrier": "", "number": number,
        "day": day.isoformat(), "time": time.isoformat(timespec="microseconds") if time else None,
        "place": place, "terminal": terminal, "other_end": other_end.strip(),
        "via": via.strip(), "notes": "",
    }  # fmt: skip
    return tuple(values[name] for name in _LEG_KEY), values


_LEG_KEY = ("direction", "mode", "number", "day", "time", "place")
_LEG_COLUMNS = (*_LEG_KEY, "carrier", "terminal", "other_end", "via", "notes", "updated_at")


def write_travel(
    connection: Connection, travels: Iterable[tuple[dict[str, Any], int | None, int | None]],
    inserted: int,
) -> None:  # fmt: skip
    """Write the rows' legs after their delegates: `travels` holds (travel, existing
    delegate id, position among the inserts); `inserted` is how many delegates were inserted
    (the newest ids, in insert order). A person's links in a direction the row gives are
    replaced; links that stay as they were are not written again."""
    travels = list(travels)
    if not travels:
        return
    sql = sql_connection(connection)
    new_ids = [id_ for (id_,) in sql.execute(
        f"SELECT id FROM delegate ORDER BY id DESC LIMIT {int(inserted)}")][::-1]  # fmt: skip
    legs = {
        _stored_key(*row[1:]): row[0]
        for row in sql.execute(f"SELECT id, {', '.join(_LEG_KEY)} FROM travelleg")
    }
    existing = _existing_links(sql, travels)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    removed: list[tuple[int, int]] = []
    links: list[tuple[int, int, str]] = []
    for travel, delegate, position in travels:
        delegate_id = delegate if delegate is not None else new_ids[position]
        needs = travel["needs"]
        for direction, (key, values) in travel["legs"].items():
            leg_id = legs.get(key)
            if leg_id is None:
                leg_id = legs[key] = sql.insert(
                    f"INSERT INTO travelleg ({', '.join(_LEG_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_LEG_COLUMNS))})",
                    tuple({**values, "updated_at": stamp}[name] for name in _LEG_COLUMNS),
                )
            if existing:
                before = existing.get((delegate_id, direction), {})
                if before == {leg_id: needs}:
                    continue  # as it was
                removed.extend((delegate_id, old) for old in before)
            links.append((delegate_id, leg_id, needs))
    sql.executemany("DELETE FROM delegateleg WHERE delegate_id = ? AND leg_id = ?", removed)
    sql.executemany("INSERT INTO delegateleg (delegate_id, leg_id, needs) VALUES (?, ?, ?)", links)
    if removed:
        sql.execute("DELETE FROM travelleg WHERE id NOT IN (SELECT leg_id FROM delegateleg)")


def _stored_key(
    direction: str, mode: str, number: str, day: Any, time: Any, place: str
) -> tuple[Any, ...]:
    """A stored leg's key as `_leg` writes it: SQLite gives back the ISO text written,
    PostgreSQL a date and a time."""
    if isinstance(day, dt.date):
        day = day.isoformat()
    if isinstance(time, dt.time):
        time = time.isoformat(timespec="microseconds")
    return direction, mode, number, day, time, place


def _existing_links(
    connection: SqlConnection, travels: list[tuple[dict[str, Any], int | None, int | None]]
) -> dict[tuple[int, str], dict[int, str]]:
    """The links of the people the rows update, by (delegate, direction): leg -> needs."""
    existing: dict[tuple[int, str], dict[int, str]] = {}
    if all(delegate is None for _travel, delegate, _position in travels):
        return existing
    for delegate_id, leg_id, direction, needs in connection.execute(
        "SELECT dl.delegate_id, dl.leg_id, l.direction, dl.needs FROM delegateleg dl "
        "JOIN travelleg l ON l.id = dl.leg_id"
    ):
        existing.setdefault((delegate_id, direction), {})[leg_id] = needs
    return existing


# Export -----------------------------------------------------------------------------------


def travel_cells(connection: Any) -> dict[int, list[Any]]:
    """Each travelling delegate's travel cells, in `TRAVEL_COLUMNS` order (their first arrival
    and last departure), for export; read on a DB-API or Core connection."""
    cells: dict[int, list[Any]] = {}
    rows = connection.exec_driver_sql(
        "SELECT dl.delegate_id, l.direction, l.number, l.time, l.place, l.terminal, "
        "l.other_end, l.via, dl.needs FROM delegateleg dl JOIN travelleg l ON l.id = dl.leg_id "
        "ORDER BY dl.delegate_id, l.day, l.time"
    )
    for delegate_id, direction, number, time, place, terminal, other_end, via, needs in rows:
        row = cells.setdefault(delegate_id, [""] * len(TRAVEL_COLUMNS))
        end = f"{other_end} via {via}" if via else other_end
        time_text = str(time)[:5] if time else ""
        values = [number, time_text, place, terminal, end]
        if direction == "arrival" and row[0:5] == [""] * 5:
            row[0:5] = values
        elif direction == "departure":
            row[5:10] = values  # the last departure wins
        row[10] = needs or row[10]
    return cells
