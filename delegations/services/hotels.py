"""Hotels and rooming: hotels, room types and blocks; who stays in which room, and the rooming
list each hotel is sent (PDF to print, .xlsx for its reservations desk).

Each use case that writes is one transaction holding the event's write lock (plain SQL on
SQLite or PostgreSQL, `EventFile.write_locked`); a refusal
is one sentence and the file is unchanged. People are named by delegate id, e-mail or full
name; hotels and room types by name (case and accents aside).

A guest's dates are their stay's own when set, else their travel's: the delegate's arrival
and departure dates (kept in step with their travel legs by services.travel), else their
delegation's, else the event's first and last day. A guest whose dates give no night (a day
visitor) needs no room; nor does one with `own_arrangements`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegations.domain.countries import english_country_name
from delegations.domain.delegations import resolve_delegation
from delegations.domain.errors import InvalidInput, NotFound, UserError
from delegations.domain.hotels import (
    Block,
    Guest,
    Problem,
    RoomPlan,
    Warning,
    check_dates,
    check_rooms,
    check_sleeps,
    nights,
    rooming_warnings,
    rooms_blocked,
    rooms_taken,
    share_rooms,
    small_hours_arrival,
)
from delegations.domain.names import display_name, fold
from delegations.domain.travel import TravelProblem
from delegations.services import demo_travel, travel
from delegations.services.member_order import (
    DELEGATION_ORDER_SQL,
    RANK_JOIN_SQL,
    member_order,
)
from delegations.services.outputs import writing
from delegations.store import EventFile, SqlConnection, sql_connection
from delegations.store.stored import stored_name_order, stored_time

ROOMING_SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True, slots=True)
class HotelInput:
    name: str
    name_zh: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class StayInput:
    """Who goes in which room. `share_with` (a person with a room) puts them in that room;
    else `room` (the hotel's number) at `hotel` in a `room_type` room, made if new; else a new
    room of that type. Dates left None come from the travel."""

    person: str | int
    hotel: str = ""
    room_type: str = ""
    room: str = ""
    share_with: str | int = ""
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    requests: str = ""


@dataclass(frozen=True, slots=True)
class Saved:
    room_id: int
    warnings: tuple[str, ...] = ()  # the hotel's rooming warnings after the change


@dataclass(frozen=True, slots=True)
class GuestLine:
    delegate_id: int
    name: str
    native_name: str
    delegation: str
    country: str
    position: str
    check_in: dt.date
    check_out: dt.date
    dates_from_travel: bool
    requests: str
    arrives: str = ""  # "20:25 CZ3427": the arrival leg on the check-in day, for the hotel
    leaves: str = ""  # the departure leg on the check-out day

    @property
    def nights(self) -> int:
        return len(nights(self.check_in, self.check_out))


@dataclass(frozen=True, slots=True)
class RoomView:
    id: int
    number: str
    room_type: str
    sleeps: int
    guests: tuple[GuestLine, ...]


@dataclass(frozen=True, slots=True)
class NightLine:
    """A room type on a night: rooms held by the blocks and rooms taken."""

    room_type: str
    night: dt.date
    blocked: int
    taken: int


@dataclass(frozen=True, slots=True)
class HotelView:
    id: int
    name: str
    name_zh: str
    address: str
    phone: str
    email: str
    room_types: tuple[tuple[str, int], ...]  # (name, sleeps)
    blocks: tuple[Block, ...]
    rooms: tuple[RoomView, ...]  # by delegation in the order of precedence
    nights: tuple[NightLine, ...]
    warnings: tuple[str, ...]

    @property
    def guests(self) -> int:
        return sum(len(room.guests) for room in self.rooms)


@dataclass(frozen=True, slots=True)
class Rooming:
    hotels: tuple[HotelView, ...]
    warnings: tuple[Warning, ...]  # every hotel's, and the people with no room
    roomless: tuple[Guest, ...] = ()  # who needs a room and has none, in the order of precedence

    def hotel(self, name: str) -> HotelView:
        return _named(self.hotels, name, lambda h: h.name, "Hotel", "hotel")


# Names ------------------------------------------------------------------------------------


def _named(items: Sequence[Any], text: str, name_of: Any, field: str, what: str) -> Any:
    """The one item `text` names: its whole name, else the one name with a word starting with
    it ("sheraton", "park")."""
    wanted = fold(" ".join(str(text).split()))
    exact = [item for item in items if fold(name_of(item)) == wanted]
    partly = [item for item in items if wanted and f" {wanted}" in f" {fold(name_of(item))}"]
    for found in (exact, partly):
        if len(found) == 1:
            return found[0]
    if len(partly) > 1:
        could = " or ".join(name_of(item) for item in partly)
        raise InvalidInput(field, f"“{text}” could be {could}; give more of the name.")
    known = ", ".join(name_of(item) for item in items) or "none yet"
    raise NotFound(f"There is no {what} “{text}” (there are: {known}).")


def _hotel_id(connection: SqlConnection, text: str) -> int:
    if not str(text).strip():
        raise InvalidInput("Hotel", "give the hotel's name.")
    rows = connection.execute("SELECT id, name FROM hotel ORDER BY name").fetchall()
    return _named(rows, text, lambda row: row[1], "Hotel", "hotel")[0]


def _room_type(connection: SqlConnection, hotel_id: int, text: str) -> tuple[int, str, int]:
    if not str(text).strip():
        raise InvalidInput("Room type", "give the room type (`delegations hotels` lists them).")
    rows = connection.execute(
        "SELECT id, name, sleeps FROM hotelroomtype WHERE hotel_id = ? ORDER BY name", (hotel_id,)
    ).fetchall()
    return _named(rows, text, lambda row: row[1], "Room type", "room type at this hotel")


_PERSON = (
    "SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.email FROM delegate d"
)


def _delegate_id(connection: SqlConnection, person: str | int, field: str) -> int:
    text = str(person).strip()
    if text.isdigit():
        rows = connection.execute(_PERSON + " WHERE d.id = ?", (int(text),)).fetchall()
    elif "@" in text:
        rows = connection.execute(_PERSON + " WHERE lower(d.email) = lower(?)", (text,)).fetchall()
    else:
        wanted = fold(" ".join(text.split()))
        rows = [row for row in connection.execute(_PERSON) if wanted and wanted in _keys(*row[1:5])]
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise InvalidInput(field, f"“{text}” is not one of the event's delegates (give a "
                           "delegate's id, e-mail or full name).")  # fmt: skip
    raise InvalidInput(field, f"{len(rows)} delegates are called “{text}”; give the e-mail "
                       "or id of the one meant.")  # fmt: skip


def _keys(honorific: str, given: str, family: str, order: str) -> set[str]:
    orders = ((given, family), (family, given), (honorific, given, family),
              (honorific, family, given))  # fmt: skip
    keys = {fold(" ".join(" ".join(parts).split())) for parts in orders}
    keys.add(fold(display_name(honorific, given, family, stored_name_order(order))))
    return keys


# Hotels, room types, blocks ---------------------------------------------------------------


def add_hotel(event_file: EventFile, given: HotelInput) -> int:
    """Add a hotel; its name is unique in the event."""
    name = " ".join(given.name.split())
    if not name:
        raise InvalidInput("Hotel", "a hotel needs a name.")
    with event_file.write_locked() as connection:
        for (other,) in connection.execute("SELECT name FROM hotel"):
            if fold(other) == fold(name):
                raise InvalidInput("Hotel", f"there is already a hotel “{other}”.")
        return connection.insert(
            "INSERT INTO hotel (name, name_zh, address, phone, email) VALUES (?, ?, ?, ?, ?)",
            (name, given.name_zh.strip(), " ".join(given.address.split()), given.phone.strip(),
             given.email.strip()),
        )  # fmt: skip


def remove_hotel(event_file: EventFile, hotel: str) -> int:
    """Remove a hotel with its room types, blocks and rooms; returns how many guests lost
    their room (they show as having none)."""
    with event_file.write_locked() as connection:
        hotel_id = _hotel_id(connection, hotel)
        guests = connection.execute(
            "SELECT count(*) FROM roomstay s JOIN hotelroom r ON r.id = s.room_id "
            "JOIN hotelroomtype t ON t.id = r.room_type_id WHERE t.hotel_id = ?",
            (hotel_id,),
        ).fetchone()[0]
        connection.execute("DELETE FROM hotel WHERE id = ?", (hotel_id,))
        return guests


def set_room_type(event_file: EventFile, hotel: str, name: str, sleeps: int) -> int:
    """Add a room type to a hotel, or change how many an existing one sleeps."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Room type", "a room type needs a name (e.g. Twin, Deluxe King).")
    check_sleeps(sleeps, name)
    with event_file.write_locked() as connection:
        hotel_id = _hotel_id(connection, hotel)
        for id_, other in connection.execute(
            "SELECT id, name FROM hotelroomtype WHERE hotel_id = ?", (hotel_id,)
        ).fetchall():
            if fold(other) == fold(name):
                connection.execute(
                    "UPDATE hotelroomtype SET sleeps = ? WHERE id = ?", (sleeps, id_)
                )
                return id_
        return connection.insert(
            "INSERT INTO hotelroomtype (hotel_id, name, sleeps) VALUES (?, ?, ?)",
            (hotel_id, name, sleeps),
        )


def add_block(
    event_file: EventFile, hotel: str, room_type: str, check_in: dt.date, check_out: dt.date,
    rooms: int,
) -> int:  # fmt: skip
    """The hotel holds `rooms` more rooms of the type each night from `check_in` to the night
    before `check_out`."""
    check_dates(check_in, check_out, "the block")
    check_rooms(rooms)
    with event_file.write_locked() as connection:
        type_id = _room_type(connection, _hotel_id(connection, hotel), room_type)[0]
        return connection.insert(
            "INSERT INTO roomblock (room_type_id, check_in, check_out, rooms) VALUES (?, ?, ?, ?)",
            (type_id, check_in.isoformat(), check_out.isoformat(), rooms),
        )


def remove_blocks(event_file: EventFile, hotel: str, room_type: str) -> int:
    """Remove every block of a room type (to enter the contract again); returns how many."""
    with event_file.write_locked() as connection:
        type_id = _room_type(connection, _hotel_id(connection, hotel), room_type)[0]
        return connection.execute(
            "DELETE FROM roomblock WHERE room_type_id = ?", (type_id,)
        ).rowcount


# Rooming ----------------------------------------------------------------------------------


def assign_room(event_file: EventFile, given: StayInput) -> Saved:
    """Put a person in a room (see `StayInput`); the room they leave, if left empty, goes."""
    with event_file.write_locked() as connection:
        return _assign(connection, given)


def _assign(connection: SqlConnection, given: StayInput) -> Saved:
    delegate_id = _delegate_id(connection, given.person, "Guest")
    room_id = _target_room(connection, given, delegate_id)
    default_in, default_out = _travel_dates(connection, delegate_id)
    check_in = given.check_in or default_in
    check_out = given.check_out or default_out
    if given.check_in or given.check_out:
        check_dates(check_in, check_out, "the stay")
    _put(connection, delegate_id, room_id, given.check_in, given.check_out, given.requests)
    hotel_id = connection.execute(
        "SELECT t.hotel_id FROM hotelroom r JOIN hotelroomtype t ON t.id = r.room_type_id "
        "WHERE r.id = ?", (room_id,)
    ).fetchone()[0]  # fmt: skip
    return Saved(room_id, rooming_in(connection, only=hotel_id).hotels[0].warnings)


def _target_room(connection: SqlConnection, given: StayInput, delegate_id: int) -> int:
    if str(given.share_with).strip():
        if given.hotel.strip() or given.room_type.strip() or given.room.strip():
            raise InvalidInput("Share with", "give a person to share with, or a hotel and room "
                               "type, not both: a shared room is where that person sleeps.")  # fmt: skip
        other = _delegate_id(connection, given.share_with, "Share with")
        row = connection.execute(
            "SELECT room_id FROM roomstay WHERE delegate_id = ? AND room_id IS NOT NULL", (other,)
        ).fetchone()
        if row is None:
            raise InvalidInput("Share with", f"“{given.share_with}” has no room to share yet; "
                               "give them one first.")  # fmt: skip
        return row[0]
    hotel_id = _hotel_id(connection, given.hotel)
    number = given.room.strip()
    if number:
        row = connection.execute(
            "SELECT r.id, t.name FROM hotelroom r JOIN hotelroomtype t ON t.id = r.room_type_id "
            "WHERE t.hotel_id = ? AND r.number = ?", (hotel_id, number),
        ).fetchone()  # fmt: skip
        if row is not None:
            if given.room_type.strip() and fold(row[1]) != fold(given.room_type.strip()):
                raise InvalidInput("Room type", f"room {number} is a room of type {row[1]}, not "
                                   f"“{given.room_type}”.")  # fmt: skip
            return row[0]
    type_id = _room_type(connection, hotel_id, given.room_type)[0]
    return connection.insert(
        "INSERT INTO hotelroom (room_type_id, number) VALUES (?, ?)", (type_id, number)
    )


def _put(
    connection: SqlConnection, delegate_id: int, room_id: int | None,
    check_in: dt.date | None, check_out: dt.date | None, requests: str,
    own_arrangements: bool = False,
) -> None:  # fmt: skip
    left = connection.execute(
        "SELECT room_id FROM roomstay WHERE delegate_id = ?", (delegate_id,)
    ).fetchone()
    connection.execute(
        "INSERT INTO roomstay (delegate_id, room_id, check_in, check_out, requests, "
        "own_arrangements) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delegate_id) DO UPDATE SET "
        "room_id = excluded.room_id, check_in = excluded.check_in, "
        "check_out = excluded.check_out, requests = excluded.requests, "
        "own_arrangements = excluded.own_arrangements",
        (delegate_id, room_id, check_in and check_in.isoformat(),
         check_out and check_out.isoformat(), " ".join(requests.split()), own_arrangements),
    )  # fmt: skip
    if left and left[0] is not None and left[0] != room_id:
        connection.execute(
            "DELETE FROM hotelroom WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM roomstay WHERE room_id = ?)", (left[0], left[0]),
        )  # fmt: skip


def number_room(event_file: EventFile, person: str | int, number: str) -> int:
    """Give the room `person` sleeps in the hotel's number (as the hotel sends them); their
    room-mates keep the room. Returns the room's id.

    Raises:
        InvalidInput: the person has no room, or another room at the hotel has that number.
    """
    number = number.strip()
    with event_file.write_locked() as connection:
        delegate_id = _delegate_id(connection, person, "Guest")
        row = connection.execute(
            "SELECT r.id, t.hotel_id, h.name FROM roomstay s JOIN hotelroom r ON r.id = s.room_id "
            "JOIN hotelroomtype t ON t.id = r.room_type_id JOIN hotel h ON h.id = t.hotel_id "
            "WHERE s.delegate_id = ?", (delegate_id,),
        ).fetchone()  # fmt: skip
        if row is None:
            raise InvalidInput("Guest", f"“{person}” has no room to number yet.")
        room_id, hotel_id, hotel = row
        taken = connection.execute(
            "SELECT r.id FROM hotelroom r JOIN hotelroomtype t ON t.id = r.room_type_id "
            "WHERE t.hotel_id = ? AND r.number = ? AND r.id != ?", (hotel_id, number, room_id),
        ).fetchone()  # fmt: skip
        if number and taken:
            raise InvalidInput("Room", f"room {number} at {hotel} is someone else's already; "
                               "give the other number, or share that room.")  # fmt: skip
        connection.execute("UPDATE hotelroom SET number = ? WHERE id = ?", (number, room_id))
        return room_id


def read_room_numbers(event_file: EventFile, hotel: str, path: Path | str) -> int:
    """Enter the room numbers a hotel wrote into the Room column of its rooming list (the
    .xlsx `write_rooming` made, its Ref column kept); all or nothing. Returns how many rooms'
    numbers changed.

    Raises:
        UserError: the file is not such a list, or a line names a guest who does not stay at
            the hotel, gives room-mates two numbers, or one number to two rooms (the row).
    """
    lines = _numbered_lines(Path(path))
    with event_file.write_locked() as connection:
        hotel_id = _hotel_id(connection, hotel)
        name = connection.execute("SELECT name FROM hotel WHERE id = ?", (hotel_id,)).fetchone()[0]
        rooms = dict(connection.execute(
            "SELECT s.delegate_id, r.id FROM roomstay s JOIN hotelroom r ON r.id = s.room_id "
            "JOIN hotelroomtype t ON t.id = r.room_type_id WHERE t.hotel_id = ?", (hotel_id,),
        ).fetchall())  # fmt: skip
        numbers = _numbers_by_room(lines, rooms, name)
        taken = dict(connection.execute(
            "SELECT r.number, r.id FROM hotelroom r JOIN hotelroomtype t "
            "ON t.id = r.room_type_id WHERE t.hotel_id = ? AND r.number != ''", (hotel_id,),
        ).fetchall())  # fmt: skip
        for room_id, (row, number) in numbers.items():
            other = taken.get(number)
            if other is not None and other != room_id and other not in numbers:
                raise InvalidInput(f"Row {row}", f"room {number} at {name} is another room's "
                                   "already; give this room another number.")  # fmt: skip
        current = {room_id: number for number, room_id in taken.items()}
        changed = [(number, room_id) for room_id, (_row, number) in numbers.items()
                   if current.get(room_id) != number]  # fmt: skip
        connection.executemany("UPDATE hotelroom SET number = ? WHERE id = ?", changed)
        return len(changed)


def _numbered_lines(path: Path) -> list[tuple[int, object, str]]:
    """(row, Ref, Room) of each line of a returned rooming list with a Room filled in."""
    from delegations.services.registrations.workbooks import open_sheets

    sheets, close = open_sheets(path)
    try:
        rows = [row for sheet in sheets[:1] for row in sheet.rows]
    finally:
        close()
    header = next(((n, list(cells)) for n, cells in rows
                   if "Room" in cells and "Ref" in cells), None)  # fmt: skip
    if header is None:
        raise UserError(f"{path.name} is not a rooming list with its Room and Ref columns; read "
                        "back the .xlsx `delegations hotels rooming` wrote, as the hotel "
                        "filled it in.")  # fmt: skip
    at, columns = header
    room, ref = columns.index("Room"), columns.index("Ref")
    lines = []
    for n, cells in rows:
        if n > at and len(cells) > max(room, ref) and _text(cells[room]):
            lines.append((n, cells[ref], _text(cells[room])))
    return lines


def _text(value: object) -> str:
    """A cell as the hotel meant it: 1203.0 read from a number cell is "1203"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _numbers_by_room(
    lines: list[tuple[int, object, str]], rooms: dict[int, int], hotel: str
) -> dict[int, tuple[int, str]]:
    numbers: dict[int, tuple[int, str]] = {}
    rooms_by_number: dict[str, tuple[int, int]] = {}
    for row, ref, number in lines:
        delegate_id = int(ref) if _text(ref).isdigit() else None
        room_id = rooms.get(delegate_id) if delegate_id is not None else None
        if room_id is None:
            raise InvalidInput(f"Row {row}", f"the guest with Ref “{_text(ref)}” does not stay "
                               f"at {hotel} (or the Ref was changed).")  # fmt: skip
        if room_id in numbers and numbers[room_id][1] != number:
            raise InvalidInput(f"Row {row}", f"room-mates are given {numbers[room_id][1]} (row "
                               f"{numbers[room_id][0]}) and {number}; one room has one number.")  # fmt: skip
        first = rooms_by_number.setdefault(number, (row, room_id))
        if first[1] != room_id:
            raise InvalidInput(f"Row {row}", f"room {number} is given to two rooms (rows "
                               f"{first[0]} and {row}); give each room its own number.")  # fmt: skip
        numbers[room_id] = (row, number)
    return numbers


def vacate(event_file: EventFile, person: str | int, *, own_arrangements: bool = False) -> None:
    """Take a person out of their room (a room left empty goes); with `own_arrangements` they
    need none (they are not warned as having no room)."""
    with event_file.write_locked() as connection:
        delegate_id = _delegate_id(connection, person, "Guest")
        _put(connection, delegate_id, None, None, None, "", own_arrangements)
        if not own_arrangements:
            connection.execute("DELETE FROM roomstay WHERE delegate_id = ?", (delegate_id,))


def place_delegation(
    event_file: EventFile, delegation: str, hotel: str, room_type: str, per_room: int = 1
) -> tuple[int, int]:
    """Give every member of a delegation who needs a room and has none a room of the type,
    `per_room` to a room among people with the same dates; returns (guests, rooms)."""
    with event_file.write_locked() as connection:
        return _place(connection, delegation, hotel, room_type, per_room)


def _place(
    connection: SqlConnection, delegation: str, hotel: str, room_type: str, per_room: int
) -> tuple[int, int]:
    delegation_id = resolve_delegation(
        delegation, connection.execute("SELECT id, name, country FROM delegation").fetchall()
    )
    type_id, type_name, sleeps = _room_type(connection, _hotel_id(connection, hotel), room_type)
    if per_room > sleeps:
        raise InvalidInput("Per room", f"a {type_name} room sleeps {sleeps}, not {per_room}.")
    waiting = [g for g in _roomless(connection) if g.delegation_id == delegation_id]
    rooms = share_rooms([g.guest for g in waiting], per_room)
    for guests in rooms:
        room_id = connection.insert(
            "INSERT INTO hotelroom (room_type_id, number) VALUES (?, '')", (type_id,)
        )
        for guest in guests:
            _put(connection, guest.id, room_id, None, None, "")
    return len(waiting), len(rooms)


# Reading ----------------------------------------------------------------------------------


def read_rooming(event_file: EventFile) -> Rooming:
    with event_file.read() as connection:
        return rooming_in(connection)


def no_room_problems(connection: SqlConnection) -> list[TravelProblem]:
    """`travel check`'s "no room": each person who needs a room and has none (registered in
    `services.travel.PROBLEM_CHECKS` when this module is imported)."""
    problems = []
    for waiting in _roomless(connection):
        [warning] = rooming_warnings([], [], [waiting.guest])
        problems.append(TravelProblem(Problem.NO_ROOM.value, waiting.guest.id, warning.sentence))
    return problems


@dataclass(frozen=True, slots=True)
class _Waiting:
    guest: Guest
    delegation_id: int


_STAY = (
    "SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.native_name, "
    "d.position, g.id, g.name, g.country, coalesce(d.arrival, g.arrival, e.start_date), "
    "coalesce(d.departure, g.departure, e.end_date), s.check_in, s.check_out, "
    "coalesce(s.requests, ''), s.room_id, coalesce(s.own_arrangements, FALSE) "
    "FROM delegate d JOIN delegation g ON g.id = d.delegation_id "
    "LEFT JOIN (SELECT start_date, end_date FROM event ORDER BY id LIMIT 1) e ON TRUE "
    f"LEFT JOIN roomstay s ON s.delegate_id = d.id {RANK_JOIN_SQL}"
)


def _in_precedence(connection: SqlConnection) -> str:
    """Delegations in the order of precedence, each head first, then by rank, then by name."""
    return f" ORDER BY {DELEGATION_ORDER_SQL}, {member_order(connection)}"


def _travel_dates(connection: SqlConnection, delegate_id: int) -> tuple[dt.date, dt.date]:
    row = connection.execute(_STAY + " WHERE d.id = ?", (delegate_id,)).fetchone()
    return _date(row[10]), _date(row[11])


def _date(value: str | dt.date | None) -> dt.date:
    """A stored date (ISO text from SQLite, a date from PostgreSQL); none is `date.min`."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]) if value else dt.date.min
    if isinstance(value, dt.datetime):
        return value.date()
    return value or dt.date.min


def _line(row: tuple, legs: dict[int, dict[str, tuple[str, str, str]]] | None = None) -> GuestLine:
    (id_, honorific, given, family, order, native, position, _g, delegation, country,
     arrival, departure, check_in, check_out, requests, *_rest) = row  # fmt: skip
    check_in, check_out = _date(check_in or arrival), _date(check_out or departure)
    own = (legs or {}).get(id_, {})
    return GuestLine(
        delegate_id=id_, name=display_name(honorific, given, family, stored_name_order(order)),
        native_name=native, delegation=delegation, country=country, position=position,
        check_in=check_in, check_out=check_out,
        dates_from_travel=not (row[12] or row[13]), requests=requests,
        arrives=_leg_on(own.get("arrival"), check_in), leaves=_leg_on(own.get("departure"),
                                                                     check_out),
    )  # fmt: skip


def _leg_on(leg: tuple[str, str, str] | None, day: dt.date) -> str:
    if leg is None or _date(leg[0]) != day:
        return ""
    return " ".join(part for part in (leg[1][:5] if leg[1] else "", leg[2]) if part)


def _legs(connection: SqlConnection) -> dict[int, dict[str, tuple[str, str, str]]]:
    """Each traveller's first arrival and last departure: (day, time, number)."""
    legs: dict[int, dict[str, tuple[str, str, str]]] = {}
    for delegate_id, direction, day, stored, number in connection.execute(
        "SELECT dl.delegate_id, l.direction, l.day, l.time, l.number FROM delegateleg dl "
        "JOIN travelleg l ON l.id = dl.leg_id ORDER BY l.day, l.time IS NOT NULL, l.time"
    ).fetchall():  # a leg with no time first on its day, on both engines (they sort NULL apart)
        time = stored_time(stored)
        time = time.isoformat(timespec="microseconds") if time else ""
        own = legs.setdefault(delegate_id, {})
        if direction == "departure" or direction not in own:  # the last departure wins
            own[direction] = (day, time, number)
    return legs


def _roomless(connection: SqlConnection) -> list[_Waiting]:
    rows = connection.execute(
        _STAY
        + " WHERE s.room_id IS NULL AND NOT coalesce(s.own_arrangements, FALSE)"
        + _in_precedence(connection)
    ).fetchall()
    waiting = []
    for row in rows:
        line = _line(row)
        if line.nights:
            waiting.append(_Waiting(_guest(line), row[7]))
    return waiting


def _guest(line: GuestLine) -> Guest:
    return Guest(line.delegate_id, line.name, line.delegation, line.check_in, line.check_out)


def rooming_in(connection: SqlConnection, *, only: int | None = None) -> Rooming:
    """Every hotel's rooming list and blocks, and every warning (plain SQL); with `only`
    (a hotel's id) that hotel's alone, without the people who have no room."""
    where, given = ("WHERE id = ?", (only,)) if only is not None else ("", ())
    hotels = connection.execute(
        f"SELECT id, name, name_zh, address, phone, email FROM hotel {where} ORDER BY name", given
    ).fetchall()
    types = connection.execute(
        "SELECT hotel_id, id, name, sleeps FROM hotelroomtype ORDER BY hotel_id, sleeps, name"
    ).fetchall()
    names = {id_: name for id_, name, *_rest in hotels}
    blocks = [
        (hotel_id, Block(names[hotel_id], type_name, _date(check_in), _date(check_out), rooms))
        for hotel_id, type_name, check_in, check_out, rooms in connection.execute(
            "SELECT t.hotel_id, t.name, b.check_in, b.check_out, b.rooms FROM roomblock b "
            "JOIN hotelroomtype t ON t.id = b.room_type_id ORDER BY b.check_in, b.id"
        ) if hotel_id in names
    ]  # fmt: skip
    rooms = _rooms(connection, only)
    plans = [(hotel_id, _plan(names[hotel_id], room)) for hotel_id, room, _order in rooms]
    roomless = [] if only is not None else [waiting.guest for waiting in _roomless(connection)]
    warnings = rooming_warnings(
        [plan for _h, plan in plans], [block for _h, block in blocks], roomless
    ) + _small_hours(rooms, plans)
    taken = rooms_taken(plan for _h, plan in plans)
    views = []
    for id_, name, name_zh, address, phone, email in hotels:
        mine = [block for hotel_id, block in blocks if hotel_id == id_]
        views.append(HotelView(
            id_, name, name_zh, address, phone, email,
            tuple((t[2], t[3]) for t in types if t[0] == id_), tuple(mine),
            tuple(room for hotel_id, room, _order in rooms if hotel_id == id_),
            tuple(_nights(name, mine, taken)),
            tuple(w.sentence for w in warnings if w.hotel == name),
        ))  # fmt: skip
    return Rooming(tuple(views), tuple(warnings), tuple(roomless))


def _small_hours(rooms: list[tuple[int, RoomView, tuple]], plans: list) -> list[Warning]:
    """Guests landing in the small hours of their check-in day (their dates from travel)."""
    warnings = []
    for (_hotel, room, _order), (_h, plan) in zip(rooms, plans, strict=True):
        for line, guest in zip(room.guests, plan.guests, strict=True):
            if line.dates_from_travel and line.arrives[:2].isdigit():
                lands = dt.time.fromisoformat(line.arrives[:5])
                warning = small_hours_arrival(guest, lands, plan)
                if warning is not None:
                    warnings.append(warning)
    return warnings


def _rooms(connection: SqlConnection, only: int | None) -> list[tuple[int, RoomView, tuple]]:
    """(hotel id, room, place) in the order of precedence of each room's first guest; rooms
    with no guest last."""
    in_hotel = "" if only is None else (
        " AND s.room_id IN (SELECT r.id FROM hotelroom r JOIN hotelroomtype t "
        "ON t.id = r.room_type_id WHERE t.hotel_id = ?)"
    )  # fmt: skip
    given = () if only is None else (only,)
    guests: dict[int, list[tuple]] = {}
    place: dict[int, int] = {}  # room id -> its first guest's place in the order
    for n, row in enumerate(connection.execute(
        _STAY + " WHERE s.room_id IS NOT NULL" + in_hotel + _in_precedence(connection), given,
    ).fetchall()):  # fmt: skip
        guests.setdefault(row[15], []).append(row)
        place.setdefault(row[15], n)
    legs = _legs(connection)
    rooms = []
    for room_id, number, type_name, sleeps, hotel_id in connection.execute(
        "SELECT r.id, r.number, t.name, t.sleeps, t.hotel_id FROM hotelroom r "
        "JOIN hotelroomtype t ON t.id = r.room_type_id"
        + ("" if only is None else " WHERE t.hotel_id = ?"), given,
    ).fetchall():  # fmt: skip
        rows = guests.get(room_id, [])
        view = RoomView(room_id, number, type_name, sleeps,
                        tuple(_line(row, legs) for row in rows))  # fmt: skip
        rooms.append((hotel_id, view, (place.get(room_id, len(place)), fold(number), room_id)))
    rooms.sort(key=lambda item: item[2])
    return rooms


def _plan(hotel: str, room: RoomView) -> RoomPlan:
    guests = tuple(_guest(line) for line in room.guests)
    return RoomPlan(room.id, hotel, room.room_type, room.sleeps, room.number, guests)


def _nights(
    hotel: str, blocks: list[Block], taken: dict[tuple[str, str, dt.date], int]
) -> list[NightLine]:
    held = rooms_blocked(blocks)
    mine = {key for key in taken if key[0] == hotel}
    keys = sorted(set(held) | mine, key=lambda key: (key[2], key[1]))
    return [NightLine(key[1], key[2], held.get(key, 0), taken.get(key, 0)) for key in keys]


# Writing the rooming list -----------------------------------------------------------------


def write_rooming(event_file: EventFile, hotel: str, out: Path | str) -> Path:
    """A hotel's rooming list as a PDF (A4) or an .xlsx workbook, by the name of `out`."""
    suffix = Path(out).suffix.lower()
    if suffix not in ROOMING_SUFFIXES:
        raise UserError(f"{Path(out).name}: the rooming list is written as .pdf or .xlsx.")
    with event_file.read() as connection:
        view = rooming_in(connection, only=_hotel_id(connection, hotel)).hotels[0]
        row = connection.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    event_name = row[0] if row else ""
    with writing(out) as path:
        if suffix == ".pdf":
            from delegations.printing.rooming import render_rooming

            render_rooming(path, _sheet(view, event_name))
        else:
            _write_xlsx(path, view, event_name)
    return path


def _sheet(view: HotelView, event_name: str):  # noqa: ANN202 (printing.rooming.RoomingSheet)
    from delegations.printing.rooming import GuestLine as PrintedGuest
    from delegations.printing.rooming import RoomingSheet, RoomLine

    lines = tuple(
        RoomLine(room.number, room.room_type, room.sleeps, tuple(
            PrintedGuest(g.name, g.native_name, g.delegation, g.check_in, g.check_out, g.nights,
                         g.requests, g.arrives, g.leaves)
            for g in room.guests
        ))
        for room in view.rooms if room.guests
    )  # fmt: skip
    nights_ = tuple((n.room_type, n.night, n.blocked, n.taken) for n in view.nights)
    return RoomingSheet(hotel=view.name, hotel_zh=view.name_zh, address=view.address,
                        event=event_name, rooms=lines, nights=nights_)  # fmt: skip


XLSX_HEADERS = ("Room", "Room type", "Guest", "Name in own script", "Delegation", "Country",
                "Position", "Check-in", "Arrives", "Check-out", "Leaves", "Nights", "Sharing",
                "Requests", "Ref")  # fmt: skip
# "Ref" is the guest's delegate id: the hotel fills in the Room column and sends the list
# back; `read_room_numbers` finds each guest by it.


def _write_xlsx(path: Path, view: HotelView, event_name: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from delegations.files import replaced_atomically

    workbook = Workbook(write_only=True)  # streams: 20,000 lines in seconds, not minutes
    sheet = workbook.create_sheet("Rooming list")
    widths = (8, 16, 30, 18, 18, 14, 28, 11, 13, 11, 13, 7, 30, 30, 7)
    for letter, width in zip("ABCDEFGHIJKLMNO", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"

    def styled(value: Any, **style: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        if "bold" in style:
            cell.font = Font(bold=True, size=style.get("size", 11))
        if "date" in style:
            cell.number_format = "yyyy-mm-dd"
        return cell

    sheet.append([styled(f"{view.name} — rooming list", bold=True, size=13), event_name])
    sheet.append([])
    sheet.append([styled(text, bold=True) for text in XLSX_HEADERS])
    for room in view.rooms:
        for guest in room.guests:
            others = [g.name for g in room.guests if g.delegate_id != guest.delegate_id]
            sheet.append([
                room.number, room.room_type, guest.name, guest.native_name, guest.delegation,
                english_country_name(guest.country) if guest.country else "", guest.position,
                styled(guest.check_in, date=True), guest.arrives,
                styled(guest.check_out, date=True), guest.leaves,
                guest.nights, ", ".join(others), guest.requests, guest.delegate_id,
            ])  # fmt: skip
    nights_sheet = workbook.create_sheet("Nights")
    nights_sheet.append([styled(text, bold=True) for text in
                         ("Night", "Room type", "Rooms held", "Rooms taken")])  # fmt: skip
    for line in view.nights:
        nights_sheet.append([styled(line.night, date=True), line.room_type, line.blocked,
                             line.taken])  # fmt: skip
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)


# The demo ---------------------------------------------------------------------------------

# Two real hotels of Guiyang; their room types, blocks and room numbers are illustrative.
_DEMO_HOTELS = (
    ("Kempinski Hotel Guiyang", "贵阳凯宾斯基大酒店", "Guanshanhu District, Guiyang",
     (("Executive Suite", 2, 12, "28"), ("Deluxe King", 2, 65, "12"))),
    ("Sheraton Guiyang Hotel", "贵阳喜来登贵航酒店", "Nanming District, Guiyang",
     (("Deluxe Twin", 2, 24, "9"), ("Deluxe King", 2, 6, "10"))),
)  # fmt: skip
# Who goes where: heads in suites, the others alone in a king room, staff and media two to
# a twin room (same delegation, same dates); people of Guizhou's own institutions go home.
_DEMO_ROOMS = {"hod": ("Kempinski Hotel Guiyang", "Executive Suite", 1),
               "staff": ("Sheraton Guiyang Hotel", "Deluxe Twin", 2),
               "media": ("Sheraton Guiyang Hotel", "Deluxe Twin", 2)}  # fmt: skip
_DEMO_DEFAULT_ROOM = ("Kempinski Hotel Guiyang", "Deluxe King", 1)


def room_demo(*, session: Any) -> None:
    """The demo's hotels with their blocks for the event's nights, and everyone in the demo's
    delegations roomed (inside the demo's transaction: its ORM session or connection)."""
    connection = sql_connection(session)
    first, last = connection.execute(
        "SELECT start_date, end_date FROM event ORDER BY id LIMIT 1"
    ).fetchone()
    types: dict[tuple[str, str], tuple[int, str]] = {}
    for name, name_zh, address, room_types in _DEMO_HOTELS:
        hotel_id = connection.insert(
            "INSERT INTO hotel (name, name_zh, address, phone, email) VALUES (?, ?, ?, '', '')",
            (name, name_zh, address),
        )
        for type_name, sleeps, rooms, floor in room_types:
            type_id = connection.insert(
                "INSERT INTO hotelroomtype (hotel_id, name, sleeps) VALUES (?, ?, ?)",
                (hotel_id, type_name, sleeps),
            )
            connection.execute(
                "INSERT INTO roomblock (room_type_id, check_in, check_out, rooms) "
                "VALUES (?, ?, ?, ?)",
                (type_id, first, last, rooms),
            )
            types[(name, type_name)] = (type_id, floor)
    _room_demo_people(connection, types)


def _room_demo_people(
    connection: SqlConnection, types: dict[tuple[str, str], tuple[int, str]]
) -> None:
    roles = dict(connection.execute("SELECT d.id, coalesce(r.code, '') FROM delegate d "
                                    "LEFT JOIN role r ON r.id = d.role_id").all())  # fmt: skip
    local = {id_ for id_, organisation in connection.execute(
        "SELECT id, organisation FROM delegate") if demo_travel.is_local(organisation)}  # fmt: skip
    needs = dict(connection.execute("SELECT id, access_needs FROM delegate").all())
    honorifics = dict(connection.execute("SELECT id, honorific FROM delegate").all())
    groups: dict[tuple[int, tuple[str, str, int], object], list[Guest]] = {}
    for waiting in _roomless(connection):
        guest = waiting.guest
        if guest.id in local:
            _put(connection, guest.id, None, None, None, "", own_arrangements=True)
            continue
        where = _DEMO_ROOMS.get(roles.get(guest.id, ""), _DEMO_DEFAULT_ROOM)
        groups.setdefault((waiting.delegation_id, where, _sharer(honorifics[guest.id], guest.id)),
                          []).append(guest)  # fmt: skip
    numbers: dict[int, int] = {}
    for (_delegation, (hotel, type_name, per_room), _sharer_kind), guests in groups.items():
        type_id, floor = types[(hotel, type_name)]
        for sharing in share_rooms(guests, per_room):
            numbers[type_id] = numbers.get(type_id, 0) + 1
            room_id = connection.insert(
                "INSERT INTO hotelroom (room_type_id, number) VALUES (?, ?)",
                (type_id, f"{floor}{numbers[type_id]:02d}"),
            )
            for guest in sharing:
                _put(connection, guest.id, room_id, None, None, needs.get(guest.id) or "")


def _sharer(honorific: str, delegate_id: int) -> object:
    """Who may share a room in the demo: two men or two women, as far as the honorific says;
    anyone else (Dr., H.E.) sleeps alone."""
    kind = {"mr.": "men", "ms.": "women", "mrs.": "women", "miss": "women"}
    return kind.get(honorific.strip().lower(), delegate_id)


if no_room_problems not in travel.PROBLEM_CHECKS:
    travel.PROBLEM_CHECKS.append(no_room_problems)
