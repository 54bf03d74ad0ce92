"""Seating plans: a room's seat layout, a session's plan seated from quotas, swaps and
replacements, and the chart and name plates printed from it.

Each use case that writes is one `EventFile.write_locked` transaction of plain SQL through
SQLAlchemy Core, the same on SQLite and PostgreSQL (1,500 seats are written in milliseconds
without the ORM); a refusal is one sentence and writes nothing. Delegations come in the
event's order of precedence (`services.protocol` when it is there; else
`delegation.protocol_order`, which the precedence rule writes). A seat belongs to the
delegation's place; its occupant is apart (`replace_occupant` moves the person, not the seat).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.delegations import resolve_delegation
from delegations.domain.errors import InvalidInput, NotFound, UserError
from delegations.domain.names import display_name, fold
from delegations.domain.precedence import MemberToOrder, order_members
from delegations.domain.seating import (
    Assignment,
    HostPlace,
    LayoutSpec,
    Quota,
    RoomSeats,
    Table,
    Tier,
    assign,
    host_place_from_precedence,
    layout_spec,
    missing_seat_warnings,
    opposite_place,
    place_order,
    seat_count_warnings,
    seats_of,
)
from delegations.services.outputs import checked_output
from delegations.store import EventFile, SqlConnection, sql_connection
from delegations.store.stored import stored_date, stored_name_order, stored_time

_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UTC datetime in SQLite
PAPERS = ("a3", "a4")


@dataclass(frozen=True, slots=True)
class RoomLayoutView:
    room_id: int
    room: str
    spec: LayoutSpec
    seats: int  # for delegations (the chair's seats apart)
    replanned: int = 0  # sessions in the room seated again from their quotas


@dataclass(frozen=True, slots=True)
class SeatView:
    label: str
    x: float  # m, room frame (the chair or the stage at the top)
    y: float
    tier: Tier
    delegation_id: int | None = None
    delegation: str = ""
    country: str = ""
    at_table: bool = False  # counts against the quota at the table (gets a name plate)
    occupant_id: int | None = None
    occupant: str = ""


@dataclass(frozen=True, slots=True)
class DelegationSeats:
    id: int
    name: str
    country: str
    quota: Quota
    at_table: int  # seats held
    behind: int


@dataclass(frozen=True, slots=True)
class PlanView:
    session_id: int
    title: str
    title_zh: str
    day: dt.date
    start: dt.time
    end: dt.time
    room: str
    spec: LayoutSpec
    host_place: HostPlace  # as the plan says (RULE: as the order of precedence places the host)
    host_place_used: HostPlace  # where the host was seated (RULE resolved)
    host_place_rule: HostPlace  # where the order of precedence puts the host
    seats: tuple[SeatView, ...]
    tables: tuple[Table, ...]
    front: str  # "chair" or "stage"
    delegations: tuple[DelegationSeats, ...]  # in precedence order
    warnings: tuple[str, ...]

    def seat(self, label: str) -> SeatView:
        return next(seat for seat in self.seats if seat.label == label)


# Reads ------------------------------------------------------------------------------------


def _room_id(connection: SqlConnection, room: str | int) -> tuple[int, str]:
    rows = connection.execute("SELECT id, name FROM room ORDER BY sort_order, name").fetchall()
    for id_, name in rows:
        if id_ == room or (isinstance(room, str) and fold(name) == fold(room.strip())):
            return id_, name
    known = ", ".join(name for _id, name in rows) or "none yet"
    raise NotFound(f"There is no room “{room}” in the event (rooms: {known}).")


def _stored_spec(connection: SqlConnection, room_id: int) -> LayoutSpec | None:
    row = connection.execute(
        "SELECT kind, parameters FROM roomlayout WHERE room_id = ?", (room_id,)
    ).fetchone()
    return None if row is None else layout_spec(row[0], json.loads(row[1] or "{}"))


def _session_row(connection: SqlConnection, session_id: int) -> tuple:
    row = connection.execute(
        "SELECT s.title_en, s.title_zh, s.day, s.start_time, s.end_time, s.room_id, r.name "
        "FROM agendasession s LEFT JOIN room r ON r.id = s.room_id WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no session {session_id} in the agenda; `delegations agenda "
                       "export` lists the sessions with their numbers.")  # fmt: skip
    return row


def _session_room(connection: SqlConnection, session_id: int) -> tuple[tuple, LayoutSpec]:
    row = _session_row(connection, session_id)
    title, room_id, room = row[0], row[5], row[6]
    if room_id is None:
        raise UserError(f"Session {session_id} ({title}) has no room; give it a room first.")
    spec = _stored_spec(connection, room_id)
    if spec is None:
        raise UserError(
            f"The room {room} has no seat layout; set one first, e.g. `delegations seating "
            f'layout --room "{room}" --kind hollow-square`.'
        )
    return row, spec


def _delegations_in_order(connection: SqlConnection) -> list[int]:
    try:
        from delegations.services.protocol import delegations_in_precedence
    except ImportError:  # before the precedence rules: protocol_order is the order
        rows = connection.execute("SELECT id FROM delegation ORDER BY protocol_order, name, id")
        return [id_ for (id_,) in rows]
    return delegations_in_precedence(session=connection)


def _members_in_order(connection: SqlConnection) -> dict[int, list[int]]:
    """Each delegation's members as every list orders them (`domain.precedence.member_key`:
    the head first, then by rank, then by folded family and given name)."""
    rows = connection.execute(
        "SELECT d.delegation_id, d.id, d.id = g.head_id, k.sort_order, d.family_name, "
        "d.given_name FROM delegate d JOIN delegation g ON g.id = d.delegation_id "
        "LEFT JOIN rank k ON k.id = d.rank_id"
    )
    members: dict[int, list[MemberToOrder]] = {}
    for delegation, id_, is_head, rank, family, given in rows:
        members.setdefault(delegation, []).append(
            MemberToOrder(id_, bool(is_head), rank, family or "", given or "")
        )
    return {delegation: order_members(people) for delegation, people in members.items()}


def _names(connection: SqlConnection) -> dict[int, tuple[str, str]]:
    return {id_: (name, country) for id_, name, country in
            connection.execute("SELECT id, name, country FROM delegation")}  # fmt: skip


def _quotas(connection: SqlConnection, session_id: int) -> dict[int, Quota]:
    rows = connection.execute(
        # In delegation id order, as SQLite reads its primary key: warnings list them so.
        "SELECT delegation_id, at_table, behind FROM seatquota WHERE session_id = ? "
        "ORDER BY delegation_id",
        (session_id,),
    )
    return {delegation: Quota(at_table, behind) for delegation, at_table, behind in rows}


def _assignments(connection: SqlConnection, session_id: int) -> list[tuple]:
    return connection.execute(
        "SELECT a.seat, a.delegation_id, a.at_table, a.occupant_id, d.honorific, d.given_name, "
        "d.family_name, d.name_order FROM seatassignment a "
        "LEFT JOIN delegate d ON d.id = a.occupant_id WHERE a.session_id = ?",
        (session_id,),
    ).fetchall()


def _plan(connection: SqlConnection, session_id: int) -> PlanView:
    row, spec = _session_room(connection, session_id)
    place = _stored_host_place(connection, session_id)
    room = seats_of(spec)
    names = _names(connection)
    quotas = _quotas(connection, session_id)
    stored = {label: rest for label, *rest in _assignments(connection, session_id)}
    seats, assignments, lost = [], [], []
    for index, seat in enumerate(room.seats):
        held = stored.pop(seat.label, None)
        if held is None:
            seats.append(SeatView(seat.label, seat.x, seat.y, seat.tier))
            continue
        delegation, at_table, occupant_id, honorific, given, family, order = held
        name, country = names.get(delegation, ("", ""))
        occupant = display_name(honorific or "", given or "", family or "",
                                stored_name_order(order)) if occupant_id else ""  # fmt: skip
        seats.append(SeatView(seat.label, seat.x, seat.y, seat.tier, delegation, name, country,
                              bool(at_table), occupant_id, occupant))  # fmt: skip
        assignments.append(Assignment(index, delegation, bool(at_table), occupant_id))
    lost = sorted(stored)
    plain_names = {id_: name for id_, (name, _country) in names.items()}
    warnings = missing_seat_warnings(room, assignments, quotas, plain_names)
    warnings += seat_count_warnings(assignments, quotas, plain_names)
    if place is HostPlace.RULE:
        warnings += _host_moved_warnings(connection, room, assignments, quotas, plain_names)
    if lost:
        warnings.append(f"{len(lost)} seats of the plan are not in the room's layout any more "
                        f"({', '.join(lost[:5])}); seat the session again.")  # fmt: skip
    return PlanView(
        session_id, row[0], row[1], stored_date(row[2]), _time(row[3]), _time(row[4]),
        row[6], spec, place, _host_place_used(connection, place),
        _host_place_used(connection, HostPlace.RULE), tuple(seats),
        room.tables, room.front, _delegation_seats(connection, quotas, assignments, names),
        tuple(warnings),
    )  # fmt: skip


def _stored_host_place(connection: SqlConnection, session_id: int) -> HostPlace:
    """The plan's host place; a session without a plan yet follows the order of precedence."""
    row = connection.execute(
        "SELECT host_place FROM seatingplan WHERE session_id = ?", (session_id,)
    ).fetchone()
    return HostPlace(row[0]) if row else HostPlace.RULE


def _host_place_used(connection: SqlConnection, place: HostPlace) -> HostPlace:
    """`place`, or for a plan that follows the event's order of precedence, where the rule
    puts the host (`domain.seating.host_place_from_precedence`)."""
    if place is not HostPlace.RULE:
        return place
    from delegations.services.protocol import read_settings

    settings = read_settings(session=connection)
    return host_place_from_precedence(settings.rule, settings.host_place)


def _host_moved_warnings(
    connection: SqlConnection,
    room: RoomSeats,
    assignments: list[Assignment],
    quotas: Mapping[int, Quota],
    names: Mapping[int, str],
) -> list[str]:
    """For a plan that follows the order of precedence: one sentence when its host sits at a
    table place other than the one the rule gives it now (the rule changed since the plan was
    seated, or the host's seats were swapped by hand)."""
    host = _host_delegation(connection)
    held = {room.seats[a.seat].place for a in assignments
            if a.delegation_id == host and room.seats[a.seat].tier is Tier.TABLE} - {None}  # fmt: skip
    if host is None or not room.places or not held:
        return []
    used = _host_place_used(connection, HostPlace.RULE)
    seated = [d for d in _delegations_in_order(connection) if quotas.get(d, Quota()).total > 0]
    slots = place_order(seated, len(room.places), host=host, host_place=used,
                        opposite=opposite_place(room))  # fmt: skip
    if host not in slots or slots.index(host) in held:
        return []
    where = {HostPlace.BESIDE_CHAIR: "beside the chair", HostPlace.OPPOSITE_CHAIR:
             "opposite the chair"}.get(used, "in its turn round the table")  # fmt: skip
    return [f"The order of precedence seats the host, {names.get(host, '')}, {where}, not where "
            "it sits in this plan: seat the session again, or give the plan its own host's "
            "place."]  # fmt: skip


def _time(value: object) -> dt.time:
    return stored_time(value)  # type: ignore[return-value]  (a NOT NULL column)


def _delegation_seats(
    connection: SqlConnection,
    quotas: Mapping[int, Quota],
    assignments: list[Assignment],
    names: Mapping[int, tuple[str, str]],
) -> tuple[DelegationSeats, ...]:
    held: dict[int, list[int]] = {}
    for assignment in assignments:
        counts = held.setdefault(assignment.delegation_id, [0, 0])
        counts[0 if assignment.at_table else 1] += 1
    order = [d for d in _delegations_in_order(connection) if d in quotas or d in held]
    return tuple(
        DelegationSeats(d, *names.get(d, ("", "")), quotas.get(d, Quota()), *held.get(d, [0, 0]))
        for d in order
    )


def read_plan(event_file: EventFile, session_id: int) -> PlanView:
    """The session's plan: every seat of its room (given or free), the delegations with
    their quotas and seats held, and warnings (people without a seat, seats over a quota).

    Raises:
        UserError: no such session, no room, or a room without a seat layout.
    """
    with event_file.read() as connection:
        return _plan(connection, session_id)


def room_layout(event_file: EventFile, room: str | int) -> RoomLayoutView | None:
    """A room's seat layout, None when it has none."""
    with event_file.read() as connection:
        room_id, name = _room_id(connection, room)
        spec = _stored_spec(connection, room_id)
    return None if spec is None else RoomLayoutView(room_id, name, spec, seats_of(spec).capacity)


@dataclass(frozen=True, slots=True)
class SeatableSession:
    id: int
    title: str
    day: dt.date
    start: dt.time
    room: str
    planned: bool  # a plan exists (else: seated when quotas are set)


def seatable_sessions(event_file: EventFile) -> list[SeatableSession]:
    """Sessions in a room with a seat layout, in the agenda's order."""
    with event_file.read() as connection:
        rows = connection.execute(
            "SELECT s.id, s.title_en, s.day, s.start_time, r.name, p.session_id IS NOT NULL "
            "FROM agendasession s JOIN room r ON r.id = s.room_id "
            "JOIN roomlayout l ON l.room_id = r.id "
            "LEFT JOIN seatingplan p ON p.session_id = s.id "
            "ORDER BY s.day, s.start_time, r.sort_order, s.id"
        ).fetchall()
    return [SeatableSession(id_, title, stored_date(day), _time(start), room,
                            bool(planned)) for id_, title, day, start, room, planned in rows]  # fmt: skip


# Writes -----------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime(_TIMESTAMP)


def set_room_layout(
    event_file: EventFile, room: str | int, kind: str, parameters: Mapping[str, int] | None = None
) -> RoomLayoutView:
    """Give a room its seat layout; the plans of its sessions are seated again from their
    quotas (their seats may have changed).

    Raises:
        UserError: an unknown room or kind, or a count out of range; nothing is written.
    """
    spec = layout_spec(kind, parameters)
    with event_file.write_locked() as connection:
        room_id, name = _room_id(connection, room)
        connection.execute(
            "INSERT INTO roomlayout (room_id, kind, parameters, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (room_id) DO UPDATE SET kind = excluded.kind, "
            "parameters = excluded.parameters, updated_at = excluded.updated_at",
            (room_id, spec.kind.value, json.dumps(spec.parameters()), _now()),
        )
        sessions = [id_ for (id_,) in connection.execute(
            "SELECT p.session_id FROM seatingplan p JOIN agendasession s ON s.id = p.session_id "
            "WHERE s.room_id = ?", (room_id,))]  # fmt: skip
        for session_id in sessions:
            _seat(connection, session_id, None)
    return RoomLayoutView(room_id, name, spec, seats_of(spec).capacity, len(sessions))


def _checked_quota(quota: Quota, where: str) -> Quota:
    for value, what in ((quota.at_table, "at the table"), (quota.behind, "behind")):
        if not isinstance(value, int) or not 0 <= value <= 500:
            raise InvalidInput(where, f"{value} seats {what} is not between 0 and 500.")
    return quota


def seat_session(
    event_file: EventFile,
    session_id: int,
    *,
    quotas: Mapping[str | int, Quota] | None = None,
    everyone: Quota | None = None,
    host_place: str | None = None,
) -> PlanView:
    """Create or refresh a session's seating plan from its quotas, in one transaction.

    `everyone` gives every delegation that quota first; `quotas` (keyed by a delegation's id
    or by what a user typed: its name, country or code) then sets single delegations. The
    plan is seated from nothing in the order of precedence (`domain.seating.assign`), the
    host — the delegation of the event's host country — where `host_place` says (else as the
    plan had it; a new plan follows the order of precedence: "rule"). Occupants: each
    delegation's members, head first.

    Raises:
        UserError: an unknown session or delegation, a session without a room or a room
            without a layout, a quota out of range; nothing is written.
    """
    place = _host_place(host_place)
    with event_file.write_locked() as connection:
        _session_room(connection, session_id)
        resolved = _resolved_quotas(connection, quotas or {})
        connection.execute(
            "INSERT INTO seatingplan (session_id, host_place, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (session_id) DO UPDATE SET updated_at = excluded.updated_at",
            (session_id, (place or HostPlace.RULE).value, _now()),
        )
        if place is not None:
            connection.execute("UPDATE seatingplan SET host_place = ? WHERE session_id = ?",
                               (place.value, session_id))  # fmt: skip
        if everyone is not None:
            _checked_quota(everyone, "Quota")
            connection.execute("DELETE FROM seatquota WHERE session_id = ?", (session_id,))
            connection.executemany(
                "INSERT INTO seatquota (session_id, delegation_id, at_table, behind) "
                "VALUES (?, ?, ?, ?)",
                [(session_id, d, everyone.at_table, everyone.behind)
                 for (d,) in connection.execute("SELECT id FROM delegation")],
            )  # fmt: skip
        connection.executemany(
            "INSERT INTO seatquota (session_id, delegation_id, at_table, behind) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, delegation_id) DO UPDATE SET "
            "at_table = excluded.at_table, behind = excluded.behind",
            [(session_id, d, q.at_table, q.behind) for d, q in resolved.items()],
        )
        _seat(connection, session_id, place)
        return _plan(connection, session_id)


def _host_place(text: str | None) -> HostPlace | None:
    if text is None:
        return None
    try:
        return HostPlace(text.strip().lower())
    except ValueError:
        places = ", ".join(p.value for p in HostPlace)
        raise InvalidInput("Host place", f"“{text}” is not one of {places}.") from None


def _resolved_quotas(
    connection: SqlConnection, quotas: Mapping[str | int, Quota]
) -> dict[int, Quota]:
    delegations = connection.execute("SELECT id, name, country FROM delegation").fetchall()
    names = {row[0]: row[1] for row in delegations}
    resolved = {}
    for key, quota in quotas.items():
        delegation = _delegation_id(key, delegations)
        resolved[delegation] = _checked_quota(quota, f"Quota of {names[delegation]}")
    return resolved


def _delegation_id(key: str | int, delegations: list[tuple[int, str, str]]) -> int:
    """A delegation's id from its id or what a user typed (name, country or code)."""
    if isinstance(key, int):
        if key not in {row[0] for row in delegations}:
            raise NotFound(f"There is no delegation {key} in the event.")
        return key
    return resolve_delegation(key, delegations)


def _host_delegation(connection: SqlConnection) -> int | None:
    """The delegation of the event's host country (the precedence rule names it)."""
    row = connection.execute(
        "SELECT d.id FROM event e JOIN delegation d ON d.country = e.host_country "
        "WHERE e.host_country != '' ORDER BY d.protocol_order, d.id LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def _seat(connection: SqlConnection, session_id: int, place: HostPlace | None) -> None:
    """Seat the plan again from nothing: its quotas, the order, the host's place."""
    _row, spec = _session_room(connection, session_id)
    place = _host_place_used(connection, place or _stored_host_place(connection, session_id))
    room = seats_of(spec)
    quotas = _quotas(connection, session_id)
    members = {d: people[: quotas[d].total] for d, people in _members_in_order(connection).items()
               if d in quotas}  # fmt: skip
    seating = assign(room, _delegations_in_order(connection), quotas,
                     host=_host_delegation(connection), host_place=place, members=members)  # fmt: skip
    connection.execute("DELETE FROM seatassignment WHERE session_id = ?", (session_id,))
    connection.executemany(
        "INSERT INTO seatassignment (session_id, seat, delegation_id, at_table, occupant_id) "
        "VALUES (?, ?, ?, ?, ?)",
        [(session_id, room.seats[a.seat].label, a.delegation_id, a.at_table, a.occupant_id)
         for a in seating.assignments],
    )  # fmt: skip


def _seat_row(connection: SqlConnection, session_id: int, room: RoomSeats, label: str):  # noqa: ANN202
    label = label.strip()
    matches = [s.label for s in room.seats if s.label.casefold() == label.casefold()]
    if not matches:
        example = ", ".join(s.label for s in room.seats[:3])
        raise NotFound(f"There is no seat “{label}” in this room's layout (seats are labelled "
                       f"like {example}).")  # fmt: skip
    row = connection.execute(
        "SELECT delegation_id, at_table, occupant_id FROM seatassignment "
        "WHERE session_id = ? AND seat = ?",
        (session_id, matches[0]),
    ).fetchone()
    return matches[0], row


def swap_seats(event_file: EventFile, session_id: int, first: str, second: str) -> PlanView:
    """Exchange what two seats hold (delegation, quota part and occupant); one of them may be
    free, which moves the other's delegation there.

    Raises:
        UserError: an unknown session or seat, or two free seats; nothing is written.
    """
    with event_file.write_locked() as connection:
        _row, spec = _session_room(connection, session_id)
        room = seats_of(spec)
        label_a, held_a = _seat_row(connection, session_id, room, first)
        label_b, held_b = _seat_row(connection, session_id, room, second)
        if held_a is None and held_b is None:
            raise UserError(f"Seats {label_a} and {label_b} are both free; nothing to swap.")
        connection.execute("DELETE FROM seatassignment WHERE session_id = ? AND seat IN (?, ?)",
                           (session_id, label_a, label_b))  # fmt: skip
        for label, held in ((label_b, held_a), (label_a, held_b)):
            if held is not None:
                connection.execute(
                    "INSERT INTO seatassignment (session_id, seat, delegation_id, at_table, "
                    "occupant_id) VALUES (?, ?, ?, ?, ?)",
                    (session_id, label, *held),
                )
        return _plan(connection, session_id)


def replace_occupant(
    event_file: EventFile, session_id: int, seat: str, delegate: int | str | None
) -> PlanView:
    """Put another member of the seat's delegation in it (a deputy for the head); the seat
    stays the delegation's. `delegate` is the member's id or e-mail; None leaves the seat
    without an occupant. The person leaves any other seat of this plan (which stays their
    delegation's, without an occupant).

    Raises:
        UserError: an unknown session, seat or person, a free seat, or a person of another
            delegation; nothing is written.
    """
    with event_file.write_locked() as connection:
        _row, spec = _session_room(connection, session_id)
        label, held = _seat_row(connection, session_id, seats_of(spec), seat)
        if held is None:
            raise UserError(f"Seat {label} is not given to a delegation; swap a delegation's "
                            "seat into it first.")  # fmt: skip
        person = None if delegate is None else _delegate(connection, delegate, held[0])
        if person is not None:
            connection.execute(
                "UPDATE seatassignment SET occupant_id = NULL "
                "WHERE session_id = ? AND occupant_id = ?",
                (session_id, person),
            )
        connection.execute(
            "UPDATE seatassignment SET occupant_id = ? WHERE session_id = ? AND seat = ?",
            (person, session_id, label),
        )
        return _plan(connection, session_id)


def give_seat(
    event_file: EventFile,
    session_id: int,
    seat: str,
    delegation: int | str,
    occupant: int | str | None = None,
) -> PlanView:
    """Give a free seat to a delegation by hand, and name who sits there (a member's id or
    e-mail; None: nobody yet). The delegation may so exceed its quota: the plan warns of it.
    A seat at a table (or the chair's) counts against the quota at the table and gets a
    name plate; a seat behind or in rows counts against the seats behind. The person leaves
    any other seat of this plan. A session without a plan gets one (no quotas, the host as
    the order of precedence places it).

    Raises:
        UserError: an unknown session, seat, delegation or person, a seat already given, or
            a person of another delegation; nothing is written.
    """
    with event_file.write_locked() as connection:
        _row, spec = _session_room(connection, session_id)
        room = seats_of(spec)
        label, held = _seat_row(connection, session_id, room, seat)
        delegations = connection.execute("SELECT id, name, country FROM delegation").fetchall()
        delegation_id = _delegation_id(delegation, delegations)
        if held is not None:
            owner = next(name for id_, name, _c in delegations if id_ == held[0])
            raise UserError(f"Seat {label} is {owner}'s already; free it first, or swap it.")
        person = None if occupant is None else _delegate(connection, occupant, delegation_id)
        connection.execute(
            "INSERT INTO seatingplan (session_id, host_place, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (session_id, HostPlace.RULE.value, _now()),
        )
        if person is not None:
            connection.execute(
                "UPDATE seatassignment SET occupant_id = NULL "
                "WHERE session_id = ? AND occupant_id = ?",
                (session_id, person),
            )
        tier = room.seats[room.index_of(label)].tier
        at_table = tier is Tier.CHAIR or (tier is Tier.TABLE and bool(room.places))
        connection.execute(
            "INSERT INTO seatassignment (session_id, seat, delegation_id, at_table, occupant_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (session_id, label, delegation_id, at_table, person),
        )
        return _plan(connection, session_id)


def free_seat(event_file: EventFile, session_id: int, seat: str) -> PlanView:
    """Take a seat from its delegation (and its occupant); the seat is free again.

    Raises:
        UserError: an unknown session or seat, or a seat that is free; nothing is written.
    """
    with event_file.write_locked() as connection:
        _row, spec = _session_room(connection, session_id)
        label, held = _seat_row(connection, session_id, seats_of(spec), seat)
        if held is None:
            raise UserError(f"Seat {label} is free already.")
        connection.execute("DELETE FROM seatassignment WHERE session_id = ? AND seat = ?",
                           (session_id, label))  # fmt: skip
        return _plan(connection, session_id)


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    name: str


def delegation_quotas(event_file: EventFile, session_id: int) -> tuple[DelegationSeats, ...]:
    """Every delegation of the event in the order of precedence, with its quota in the
    session (0 and 0 when it has none) and the seats it holds."""
    with event_file.read() as connection:
        _session_row(connection, session_id)
        quotas = _quotas(connection, session_id)
        assignments = [Assignment(0, delegation, bool(at_table)) for _seat, delegation, at_table,
                       *_rest in _assignments(connection, session_id)]  # fmt: skip
        names = _names(connection)
        order = _delegations_in_order(connection)
    held: dict[int, list[int]] = {}
    for assignment in assignments:
        held.setdefault(assignment.delegation_id, [0, 0])[0 if assignment.at_table else 1] += 1
    return tuple(
        DelegationSeats(d, *names[d], quotas.get(d, Quota()), *held.get(d, [0, 0])) for d in order
    )


def delegation_members(event_file: EventFile) -> dict[int, list[MemberView]]:
    """Each delegation's members, head first then by rank and name, with display names."""
    with event_file.read() as connection:
        order = _members_in_order(connection)
        rows = connection.execute(
            "SELECT id, honorific, given_name, family_name, name_order FROM delegate"
        )
        names = {id_: display_name(honorific or "", given or "", family or "",
                                   stored_name_order(name_order))
                 for id_, honorific, given, family, name_order in rows}  # fmt: skip
    return {d: [MemberView(m, names[m]) for m in members] for d, members in order.items()}


@dataclass(frozen=True, slots=True)
class RoomChoice:
    id: int
    name: str
    spec: LayoutSpec | None  # None: no seat layout yet


def rooms(event_file: EventFile) -> list[RoomChoice]:
    """The event's rooms in their order, each with its seat layout if it has one."""
    with event_file.read() as connection:
        rows = connection.execute("SELECT id, name FROM room ORDER BY sort_order, name").fetchall()
        return [RoomChoice(id_, name, _stored_spec(connection, id_)) for id_, name in rows]


def _delegate(connection: SqlConnection, delegate: int | str, delegation_id: int) -> int:
    """The member `delegate` (an id or an e-mail) of the delegation, or a sentence why not."""
    if isinstance(delegate, str) and not delegate.strip():
        raise InvalidInput("Occupant", "give the e-mail of the member who takes the seat.")
    where = "d.id = ?" if isinstance(delegate, int) else "lower(d.email) = lower(?)"
    key = delegate if isinstance(delegate, int) else delegate.strip()
    rows = connection.execute(
        "SELECT d.id, d.delegation_id, g.name FROM delegate d "
        f"JOIN delegation g ON g.id = d.delegation_id WHERE {where}",
        (key,),
    ).fetchall()
    if not rows:
        what = f"number {key}" if isinstance(key, int) else f"the e-mail {key}"
        raise NotFound(f"No delegate has {what} in this event.")
    for id_, delegation, _name in rows:
        if delegation == delegation_id:
            return id_
    seat_owner = connection.execute(
        "SELECT name FROM delegation WHERE id = ?", (delegation_id,)
    ).fetchone()[0]
    raise UserError(f"{key} is in the {rows[0][2]} delegation, not in {seat_owner}'s; "
                    "swap seats to move a delegation.")  # fmt: skip


# The demo ---------------------------------------------------------------------------------

DEMO_ROOM, DEMO_SESSION = "Main Conference Hall", "Opening Ceremony"
DEMO_QUOTA = Quota(at_table=2, behind=4)  # UNCTAD and APEC practice


def seat_demo(*, session: object) -> None:
    """The demo's Main Conference Hall gets a hollow square of a place per delegation and the
    Opening Ceremony a plan with a quota for every delegation, the host where the order of
    precedence places it (the demo's host, China, "last": facing the chair). Inside the
    demo's transaction: `session` is its ORM session or a connection."""
    connection = sql_connection(session)
    room = connection.execute("SELECT id FROM room WHERE name = ?", (DEMO_ROOM,)).fetchone()
    opening = connection.execute(
        "SELECT id FROM agendasession WHERE title_en = ? AND room_id = ? ORDER BY day, id",
        (DEMO_SESSION, room[0] if room else None),
    ).fetchone()
    if room is None or opening is None:
        return
    delegations = [d for (d,) in connection.execute("SELECT id FROM delegation")]
    spec = layout_spec("hollow-square", {"places": max(1, len(delegations))})
    connection.execute(
        "INSERT INTO roomlayout (room_id, kind, parameters, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (room_id) DO UPDATE SET kind = excluded.kind, "
        "parameters = excluded.parameters, updated_at = excluded.updated_at",
        (room[0], spec.kind.value, json.dumps(spec.parameters()), _now()),
    )
    connection.execute(
        "INSERT INTO seatingplan (session_id, host_place, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (session_id) DO UPDATE SET host_place = excluded.host_place, "
        "updated_at = excluded.updated_at",
        (opening[0], HostPlace.RULE.value, _now()),
    )
    connection.executemany(
        "INSERT INTO seatquota (session_id, delegation_id, at_table, behind) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, delegation_id) DO UPDATE SET "
        "at_table = excluded.at_table, behind = excluded.behind",
        [(opening[0], d, DEMO_QUOTA.at_table, DEMO_QUOTA.behind) for d in delegations],
    )
    _seat(connection, opening[0], None)


# Printing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Printed:
    path: Path
    pages: int


def print_seating_chart(
    event_file: EventFile, session_id: int, out: Path | str, *, paper: str = "a3"
) -> Printed:
    """Write the session's seating chart (A3 or A4 landscape) to `out` as a PDF.

    Raises:
        UserError: no plan can be read (see `read_plan`), an unknown paper, or the file
            cannot be written.
    """
    from delegations.printing.seating_chart import render_seating_chart

    if paper not in PAPERS:
        raise InvalidInput("Paper", f"“{paper}” is not one of {', '.join(PAPERS)}.")
    out = checked_output(out)
    plan = read_plan(event_file, session_id)
    event = _event_name(event_file)
    pages = render_seating_chart(out, _chart(plan, event), paper=paper)
    return Printed(out, pages)


def _event_name(event_file: EventFile) -> str:
    with event_file.read() as connection:
        row = connection.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else ""


def _chart(plan: PlanView, event: str):  # noqa: ANN202 (printing.seating_chart.Chart)
    from delegations.printing.seating_chart import Chart, ChartSeat, LegendEntry

    numbers = {d.id: n for n, d in enumerate(plan.delegations, start=1)}
    seats = tuple(
        ChartSeat(s.label, s.x, s.y, s.tier.value, numbers.get(s.delegation_id or -1), s.country,
                  s.at_table, s.occupant)
        for s in plan.seats
    )  # fmt: skip
    legend = tuple(
        LegendEntry(numbers[d.id], d.name, d.country, d.quota.at_table, d.quota.behind,
                    d.at_table + d.behind)
        for d in plan.delegations
    )  # fmt: skip
    when = f"{plan.day:%a %d %b %Y}  {plan.start:%H:%M}–{plan.end:%H:%M}"
    return Chart(event, plan.title, plan.title_zh, plan.room, when, plan.spec.kind.value,
                 seats, plan.tables, plan.front, legend, plan.warnings)  # fmt: skip


def print_name_plates(
    event_file: EventFile, session_id: int, out: Path | str, *, with_names: bool = False
) -> Printed:
    """One folded A4 name plate per seat at the table (or per front seat given "at the
    table" in rows), in seat order, by `services.name_plates`.

    Raises:
        UserError: no plan can be read, no seat at the table is given, or the file cannot be
            written.
    """
    from delegations.services.name_plates import PlateRequest
    from delegations.services.name_plates import print_name_plates as print_plates

    plan = read_plan(event_file, session_id)
    plates = [
        PlateRequest(seat.country, seat.delegation_id, seat.occupant if with_names else "")
        for seat in plan.seats
        if seat.delegation_id is not None and seat.at_table
    ]
    if not plates:
        raise UserError(f"No seat at the table is given in session {session_id}'s plan; "
                        "seat the session with quotas first.")  # fmt: skip
    path = print_plates(event_file, plates, checked_output(out))
    return Printed(Path(path), len(plates))
