"""Travel: arrival and departure legs, who travels on them, and `travel check`.

Every write is one transaction (`EventFile.write_locked`); bad input is refused with one
sentence before anything is written. After each write the travellers' arrival and departure
dates (`Delegate.arrival`/`departure`, which badges, rooming and conflict checks read) are
kept in step with their legs: the earliest arrival day and the latest departure day; a date
with no leg in its direction is left as it was typed.

Other capabilities read the legs through `list_legs`/`legs_in` (transfers) and `stays`
(rooming: check-in and check-out dates), and add problems to `travel check` by appending a
function to `PROBLEM_CHECKS` (the hotels' "no room").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from delegations.domain.airports import Place, Places, parse_places
from delegations.domain.errors import InvalidInput, NotFound, UserError
from delegations.domain.names import display_name
from delegations.domain.travel import (
    Direction,
    Leg,
    Mode,
    SpeakingSlot,
    TravelProblem,
    check_number,
    guess_mode,
    leg_problems,
    parse_needs,
    parse_time,
    speaking_problems,
)
from delegations.paths import resources_dir
from delegations.services.member_order import (
    DELEGATION_ORDER_SQL,
    RANK_JOIN_SQL,
    member_order,
)
from delegations.store import EventFile, SqlConnection
from delegations.store.stored import stored_date, stored_name_order, stored_time

_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UTC datetime in SQLite

# More checks for `travel check`, each given the open connection: a module adds its own when
# imported; `check_travel` imports the modules named here first (a missing one is skipped).
PROBLEM_CHECKS: list[Callable[[SqlConnection], list[TravelProblem]]] = []
CHECK_PROVIDERS = ("delegations.services.hotels",)  # "no room"


@functools.cache
def places() -> Places:
    """The airports and stations `resources/travel/` lists."""
    folder = resources_dir() / "travel"
    rows: list[Place] = []
    for name in ("airports.csv", "stations.csv"):
        rows.extend(parse_places((folder / name).read_text(encoding="utf-8")))
    return Places(rows)


def known_place(code: str) -> Place:
    """The airport or station with this code.

    Raises:
        InvalidInput: not a code we know; the sentence says so.
    """
    place = places().find(code)
    if place is None:
        raise InvalidInput(
            "Airport", f"“{code.strip()}” is not an airport or station code we know (such as KWE)."
        )
    return place


@dataclass(frozen=True, slots=True)
class Traveller:
    id: int
    name: str
    delegation_id: int
    delegation: str
    phone: str = ""
    needs: str = ""
    is_head: bool = False
    role: str = ""


@dataclass(frozen=True, slots=True)
class LegView:
    """One leg as listed, printed and planned for; `day`/`time` are event-local."""

    id: int
    direction: Direction
    mode: Mode
    carrier: str
    number: str
    day: dt.date
    time: dt.time | None
    place: str
    terminal: str = ""
    other_end: str = ""
    via: str = ""
    notes: str = ""
    travellers: tuple[Traveller, ...] = ()

    @property
    def place_name(self) -> str:
        found = places().find(self.place) if self.place else None
        return found.name if found else self.place

    @property
    def when(self) -> str:
        return f"{self.day:%a %-d %b}" + (f" {self.time:%H:%M}" if self.time else "")


@dataclass(frozen=True, slots=True)
class LegInput:
    """What a leg says. `travellers` are delegates (id or e-mail); `needs` by traveller
    (id or e-mail, as in `travellers`) or one text for all. An empty `mode` is guessed from
    the number (G2961 a train, CZ3416 a flight, none a car)."""

    direction: str
    day: dt.date | str
    travellers: Sequence[int | str]
    time: dt.time | str | None = None
    number: str = ""
    mode: str = ""
    carrier: str = ""
    place: str = ""
    terminal: str = ""
    other_end: str = ""
    via: str = ""
    notes: str = ""
    needs: str | dict[int | str, str] = field(default="")


# Reads ------------------------------------------------------------------------------------


def _d(value: object) -> dt.date | None:
    return stored_date(value)


def _t(value: object) -> dt.time | None:
    return stored_time(value)


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime(_TIMESTAMP)


def _traveller_rows(
    connection: SqlConnection, leg_ids: Sequence[int] | None
) -> dict[int, list[Traveller]]:
    if leg_ids is not None and not leg_ids:
        return {}  # "IN ()" is SQLite's only
    where = "" if leg_ids is None else f"WHERE dl.leg_id IN ({','.join('?' * len(leg_ids))})"
    rows = connection.execute(
        "SELECT dl.leg_id, d.id, d.honorific, d.given_name, d.family_name, d.native_name, "
        "d.name_order, g.id, g.name, d.phone, dl.needs, g.head_id = d.id, COALESCE(r.name, '') "
        "FROM delegateleg dl JOIN delegate d ON d.id = dl.delegate_id "
        "JOIN delegation g ON g.id = d.delegation_id LEFT JOIN role r ON r.id = d.role_id "
        f"{RANK_JOIN_SQL} {where} ORDER BY {DELEGATION_ORDER_SQL}, "
        f"{member_order(connection)}",
        tuple(leg_ids or ()),
    )  # fmt: skip
    travellers: dict[int, list[Traveller]] = {}
    for (leg_id, id_, honorific, given, family, native, order, delegation_id, delegation,
         phone, needs, head, role) in rows:  # fmt: skip
        name = display_name(honorific, given, family, stored_name_order(order)) or native
        travellers.setdefault(leg_id, []).append(Traveller(
            id_, name or f"Delegate {id_}", delegation_id, delegation, phone, needs, bool(head),
            role,
        ))  # fmt: skip
    return travellers


def legs_in(
    connection: SqlConnection, *, day: dt.date | None = None, direction: str | None = None,
    leg_ids: Sequence[int] | None = None,
) -> list[LegView]:  # fmt: skip
    """The legs (in time order) with their travellers, inside a caller's transaction."""
    clauses, args = [], []
    if day is not None:
        clauses.append("day = ?")
        args.append(day.isoformat())
    if direction is not None:
        clauses.append("direction = ?")
        args.append(_direction(direction).value)
    if leg_ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(leg_ids))})")
        args.extend(leg_ids)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = connection.execute(
        "SELECT id, direction, mode, carrier, number, day, time, place, terminal, other_end, "
        f"via, notes FROM travelleg {where} ORDER BY day, time IS NULL, time, place, number, id",
        args,
    ).fetchall()
    travellers = _traveller_rows(connection, None if not clauses else [row[0] for row in rows])
    return [
        LegView(id_, Direction(direction_), Mode(mode), carrier, number, _d(day_), _t(time),
                place, terminal, other_end, via, notes, tuple(travellers.get(id_, ())))
        for (id_, direction_, mode, carrier, number, day_, time, place, terminal, other_end,
             via, notes) in rows
    ]  # fmt: skip


def list_legs(
    event_file: EventFile, *, day: dt.date | str | None = None, direction: str | None = None
) -> list[LegView]:
    """The event's legs in time order, optionally one day's and one direction's."""
    with event_file.read() as connection:
        return legs_in(connection, day=_day(day) if day is not None else None, direction=direction)


def get_leg(event_file: EventFile, leg_id: int) -> LegView:
    """One leg with its travellers.

    Raises:
        NotFound: there is no such leg.
    """
    with event_file.read() as connection:
        _existing(connection, leg_id)
        return legs_in(connection, leg_ids=[leg_id])[0]


def stays(connection: SqlConnection) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """Each delegate's (arrival, departure) days: from their legs, else as typed for them or
    their delegation."""
    return {
        id_: (_d(arrival), _d(departure))
        for id_, arrival, departure in connection.execute(
            "SELECT p.id, COALESCE((SELECT MIN(l.day) FROM delegateleg dl JOIN travelleg l "
            "ON l.id = dl.leg_id WHERE dl.delegate_id = p.id AND l.direction = 'arrival'), "
            "p.arrival, g.arrival), COALESCE((SELECT MAX(l.day) FROM delegateleg dl "
            "JOIN travelleg l ON l.id = dl.leg_id WHERE dl.delegate_id = p.id "
            "AND l.direction = 'departure'), p.departure, g.departure) "
            "FROM delegate p JOIN delegation g ON g.id = p.delegation_id"
        )
    }


# Writes -----------------------------------------------------------------------------------


def _direction(text: str) -> Direction:
    key = text.strip().lower().rstrip("s")
    for direction in Direction:
        if key == direction.value:
            return direction
    raise UserError(f"“{text}” is not a direction; write arrival or departure.")


def _mode(text: str, number: str) -> Mode:
    if not text.strip():
        return guess_mode(number)
    try:
        return Mode(text.strip().lower())
    except ValueError:
        raise UserError(
            f"“{text}” is not a way of travelling; write flight, train or car."
        ) from None


def _day(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"“{value}” is not a date; write it as 2026-07-24.") from None


def _time(value: dt.time | str | None) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    try:
        return parse_time(value)
    except ValueError as error:
        raise UserError(str(error)) from None


def _delegate(connection: SqlConnection, key: int | str) -> int:
    if isinstance(key, int) or str(key).strip().isdigit():
        row = connection.execute("SELECT id FROM delegate WHERE id = ?", (int(key),)).fetchone()
    else:
        row = connection.execute(
            "SELECT id FROM delegate WHERE lower(email) = lower(?)", (str(key).strip(),)
        ).fetchone()
    if row is None:
        raise NotFound(f"No delegate has the id or e-mail “{key}”.")
    return row[0]


def _leg_values(leg: LegInput) -> dict[str, object]:
    """The leg's stored values, or one sentence why not."""
    direction = _direction(leg.direction)
    mode = _mode(leg.mode, leg.number)
    try:
        number = check_number(leg.number, mode)
    except InvalidInput as error:
        raise UserError(error.message) from None
    place = leg.place.strip().upper()
    if mode is not Mode.CAR or place:
        if not place:
            word = "airport" if mode is Mode.FLIGHT else "station"
            raise UserError(f"Give the {word} of the {direction.value} (such as KWE or KQW).")
        try:
            place = known_place(place).code
        except InvalidInput as error:
            raise UserError(error.message) from None
    time = _time(leg.time)
    return {
        "direction": direction.value, "mode": mode.value, "carrier": leg.carrier.strip(),
        "number": number, "day": _day(leg.day).isoformat(),
        "time": time.isoformat(timespec="microseconds") if time else None, "place": place,
        "terminal": leg.terminal.strip().upper(), "other_end": leg.other_end.strip(),
        "via": leg.via.strip(), "notes": leg.notes.strip(), "updated_at": _now(),
    }  # fmt: skip


def _write_travellers(connection: SqlConnection, leg_id: int, leg: LegInput) -> list[int]:
    if not leg.travellers:
        raise UserError("Choose who travels on this leg (one delegate at least).")
    ids = list(dict.fromkeys(_delegate(connection, key) for key in leg.travellers))
    if isinstance(leg.needs, str):
        needs = dict.fromkeys(ids, parse_needs(leg.needs))
    else:
        needs = {_delegate(connection, key): parse_needs(text) for key, text in leg.needs.items()}
    connection.execute("DELETE FROM delegateleg WHERE leg_id = ?", (leg_id,))
    connection.executemany(
        "INSERT INTO delegateleg (delegate_id, leg_id, needs) VALUES (?, ?, ?)",
        [(id_, leg_id, needs.get(id_, "")) for id_ in ids],
    )
    return ids


def insert_leg(connection: SqlConnection, values: dict[str, object]) -> int:
    """Insert a leg's stored values (as `_leg_values` gives them); its id."""
    names = list(values)
    return connection.insert(
        f"INSERT INTO travelleg ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [values[name] for name in names],
    )


def add_leg(event_file: EventFile, leg: LegInput) -> LegView:
    """Record a leg and who travels on it.

    Raises:
        UserError: an unknown delegate or airport code, a bad time, date, direction or
            flight number, no traveller; nothing is written.
    """
    values = _leg_values(leg)
    with event_file.write_locked() as connection:
        leg_id = insert_leg(connection, values)
        ids = _write_travellers(connection, leg_id, leg)
        sync_stay_dates(connection, ids)
        return legs_in(connection, leg_ids=[leg_id])[0]


def _existing(connection: SqlConnection, leg_id: int) -> list[int]:
    if connection.execute("SELECT 1 FROM travelleg WHERE id = ?", (leg_id,)).fetchone() is None:
        raise NotFound(f"There is no travel leg {leg_id}; `delegations travel list` lists them.")
    return [id_ for (id_,) in connection.execute(
        "SELECT delegate_id FROM delegateleg WHERE leg_id = ?", (leg_id,))]  # fmt: skip


def edit_leg(event_file: EventFile, leg_id: int, leg: LegInput) -> LegView:
    """Change a leg and who travels on it (the same checks as `add_leg`)."""
    values = _leg_values(leg)
    with event_file.write_locked() as connection:
        before = _existing(connection, leg_id)
        names = list(values)
        connection.execute(
            f"UPDATE travelleg SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
            [*(values[n] for n in names), leg_id],
        )
        after = _write_travellers(connection, leg_id, leg)
        sync_stay_dates(connection, {*before, *after})
        return legs_in(connection, leg_ids=[leg_id])[0]


def remove_leg(event_file: EventFile, leg_id: int) -> None:
    """Delete a leg; its travellers' dates follow their other legs."""
    with event_file.write_locked() as connection:
        travellers = _existing(connection, leg_id)
        connection.execute("DELETE FROM travelleg WHERE id = ?", (leg_id,))
        sync_stay_dates(connection, travellers)


def sync_stay_dates(connection: SqlConnection, delegate_ids: Iterable[int] | None) -> None:
    """Set the delegates' arrival/departure dates from their legs (all delegates if None)."""
    ids = None if delegate_ids is None else list(delegate_ids)
    if ids == []:
        return
    marks = "" if ids is None else f"AND dl.delegate_id IN ({','.join('?' * len(ids))})"
    for column, pick in (("arrival", "MIN"), ("departure", "MAX")):
        connection.execute(
            f"UPDATE delegate SET {column} = s.day FROM (SELECT dl.delegate_id AS id, "
            f"{pick}(l.day) AS day FROM delegateleg dl JOIN travelleg l ON l.id = dl.leg_id "
            f"WHERE l.direction = '{column}' {marks} GROUP BY dl.delegate_id) AS s "
            f"WHERE delegate.id = s.id AND delegate.{column} IS DISTINCT FROM s.day",
            ids or (),
        )


# travel check -----------------------------------------------------------------------------


def _legs_by_delegate(connection: SqlConnection) -> dict[int, list[Leg]]:
    legs: dict[int, list[Leg]] = {}
    for delegate_id, id_, direction, day, time, number, place in connection.execute(
        "SELECT dl.delegate_id, l.id, l.direction, l.day, l.time, l.number, l.place "
        "FROM delegateleg dl JOIN travelleg l ON l.id = dl.leg_id"
    ):
        legs.setdefault(delegate_id, []).append(
            Leg(id_, Direction(direction), _d(day), _t(time), number, place)
        )
    return legs


def _speaking(connection: SqlConnection) -> dict[int, list[SpeakingSlot]]:
    """Each delegate's sessions as speaker or chair (via `Speaker.delegate_id`)."""
    slots: dict[int, list[SpeakingSlot]] = {}
    for delegate_id, day, start, end, title in connection.execute(
        "SELECT DISTINCT sp.delegate_id, s.day, s.start_time, s.end_time, s.title_en "
        "FROM agendasession s JOIN speaker sp ON sp.delegate_id IS NOT NULL AND ("
        "  sp.id = s.chair_id OR sp.id IN "
        "  (SELECT speaker_id FROM sessionspeaker WHERE session_id = s.id))"
    ):
        slots.setdefault(delegate_id, []).append(
            SpeakingSlot(f"“{title}”", _d(day), _t(start), _t(end))
        )
    return slots


def _names(connection: SqlConnection, ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    names = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for id_, honorific, given, family, native, order, delegation in connection.execute(
            "SELECT p.id, p.honorific, p.given_name, p.family_name, p.native_name, "
            "p.name_order, g.name FROM delegate p JOIN delegation g ON g.id = p.delegation_id "
            f"WHERE p.id IN ({','.join('?' * len(chunk))})", chunk,
        ):  # fmt: skip
            name = display_name(honorific, given, family, stored_name_order(order)) or native
            names[id_] = f"{name or f'Delegate {id_}'} ({delegation})"
    return names


def problems_in(connection: SqlConnection) -> list[TravelProblem]:
    """Every travel problem, inside a caller's transaction."""
    legs = _legs_by_delegate(connection)
    speaking = _speaking(connection)
    names = _names(connection, legs)
    problems: list[TravelProblem] = []
    for delegate_id in sorted(legs, key=names.__getitem__):
        own = legs[delegate_id]
        problems.extend(leg_problems(names[delegate_id], delegate_id, own))
        if delegate_id in speaking:
            problems.extend(
                speaking_problems(names[delegate_id], delegate_id, own, speaking[delegate_id])
            )
    problems.extend(_dates_out_of_step(connection, names))
    for check in PROBLEM_CHECKS:
        problems.extend(check(connection))
    return problems


def _dates_out_of_step(connection: SqlConnection, names: dict[int, str]) -> list[TravelProblem]:
    """A delegate whose arrival or departure date, changed by hand since, is not their legs'."""
    problems = []
    for id_, column, typed, legs in connection.execute(
        "SELECT p.id, s.direction, CASE s.direction WHEN 'arrival' THEN p.arrival "
        "ELSE p.departure END, s.day FROM (SELECT dl.delegate_id, l.direction, "
        "CASE l.direction WHEN 'arrival' THEN MIN(l.day) ELSE MAX(l.day) END AS day "
        "FROM delegateleg dl JOIN travelleg l ON l.id = dl.leg_id "
        "GROUP BY dl.delegate_id, l.direction) s JOIN delegate p ON p.id = s.delegate_id "
        "WHERE CASE s.direction WHEN 'arrival' THEN p.arrival ELSE p.departure END "
        "IS DISTINCT FROM s.day ORDER BY p.id, s.direction"
    ):
        typed_text = f"{_d(typed):%-d %b}" if typed else "not given"
        problems.append(TravelProblem(
            "dates-out-of-step", id_,
            f"{names.get(id_, f'Delegate {id_}')}: the {column} date is {typed_text} but the "
            f"{column} leg is on {_d(legs):%-d %b}; change one of the two.",
        ))  # fmt: skip
    return problems


def check_travel(event_file: EventFile) -> list[TravelProblem]:
    """What `travel check` reports: legs out of order (two arrivals in a row, a departure
    before the first arrival), speakers and chairs arriving after their session starts or
    leaving before it ends, an arrival or departure date changed by hand against the legs,
    and what `PROBLEM_CHECKS` add."""
    for name in CHECK_PROVIDERS:
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(name)
    with event_file.read() as connection:
        return problems_in(connection)
