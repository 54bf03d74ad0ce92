"""Bilateral meetings: requests, the scheduler run over the event, moves by hand, listings and
the printed schedules (rules in `domain.bilaterals`).

Every write is one transaction (`EventFile.write_locked`); bad input is refused with one
sentence before anything is written. Reads are plain SQL through SQLAlchemy Core, on SQLite
or PostgreSQL (a 200-request schedule with its conflicts checked is read, placed and
written in well under a second).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from delegations.domain.bilaterals import (
    DEFAULT_DURATION,
    BilateralStatus,
    Busy,
    Meeting,
    Person,
    PlacedMeeting,
    Request,
    Window,
    find_bilateral_conflicts,
    parse_window,
    schedule,
)
from delegations.domain.conflicts import Conflict
from delegations.domain.delegations import resolve_delegation
from delegations.domain.errors import NotFound, UserError
from delegations.domain.names import display_name, fold
from delegations.services.outputs import checked_output
from delegations.store import EventFile, SqlConnection, sql_connection
from delegations.store.stored import stored_date, stored_name_order, stored_time

_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UTC datetime in SQLite
MAX_DURATION = 8 * 60


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    name: str
    delegation_id: int
    delegation: str


@dataclass(frozen=True, slots=True)
class BilateralView:
    """One request as listed and printed; `room`/`day`/`start`/`end` once scheduled."""

    id: int
    delegation_id: int
    delegation: str
    counterpart_id: int | None
    counterpart: str
    status: str
    duration: int
    participants: tuple[Participant, ...] = ()
    windows: tuple[Window, ...] = ()
    languages: str = ""
    interpretation: str = ""
    notes: str = ""
    room_id: int | None = None
    room: str = ""
    day: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None

    @property
    def title(self) -> str:
        return f"{self.delegation} – {self.counterpart}"

    def counterpart_of(self, delegation_id: int) -> str:
        return self.counterpart if delegation_id == self.delegation_id else self.delegation

    @property
    def when(self) -> str:
        if self.day is None or self.start is None or self.end is None:
            return ""
        return f"{self.day:%a %-d %b} {self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class ScheduleReport:
    placed: list[BilateralView]
    unplaced: list[tuple[BilateralView, str]]
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Moved:
    meeting: BilateralView
    conflicts: list[Conflict]  # this meeting's, after the move


@dataclass(frozen=True, slots=True)
class RequestInput:
    """What a new request says; `counterpart` is a delegation, `organisation` a name in text
    (one of the two). Participants are delegates (id or e-mail) of either side; none = the
    heads of delegation. Windows are "DATE FROM-TO" texts or `Window`s."""

    delegation: str
    counterpart: str = ""
    organisation: str = ""
    participants: Sequence[str | int] = ()
    windows: Sequence[str | Window] = ()
    duration: int = DEFAULT_DURATION
    languages: str = ""
    interpretation: str = ""
    notes: str = ""


# Reads ------------------------------------------------------------------------------------


def _d(value: object) -> dt.date | None:
    return stored_date(value)


def _t(value: object) -> dt.time | None:
    return stored_time(value)


def _stored_time(value: dt.time) -> str:
    return value.isoformat(timespec="microseconds")  # as SQLAlchemy stores a time in SQLite


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime(_TIMESTAMP)


def _rooms(connection: SqlConnection) -> list[tuple[int, str, str]]:
    return connection.execute(
        "SELECT id, name, floor FROM room ORDER BY sort_order, name"
    ).fetchall()


def _bilateral_room_ids(connection: SqlConnection) -> list[int]:
    return [id_ for (id_,) in connection.execute(
        "SELECT r.id FROM bilateralroom b JOIN room r ON r.id = b.room_id "
        "ORDER BY r.sort_order, r.name")]  # fmt: skip


def _room(connection: SqlConnection, text: str | int) -> tuple[int, str, str]:
    rows = _rooms(connection)
    for row in rows:
        if row[0] == text or (isinstance(text, str) and fold(row[1]) == fold(text.strip())):
            return row
    starting = [row for row in rows if isinstance(text, str) and text.strip()
                and fold(row[1]).startswith(fold(text.strip()))]  # fmt: skip
    if len(starting) == 1:
        return starting[0]
    known = ", ".join(name for _id, name, _floor in rows) or "none yet"
    raise NotFound(f"There is no room “{text}” in the event (rooms: {known}).")


def _bilateral_room(connection: SqlConnection, text: str | int) -> tuple[int, str, str]:
    row = _room(connection, text)
    if row[0] not in _bilateral_room_ids(connection):
        marked = ", ".join(_room_names(connection, _bilateral_room_ids(connection))) or "none yet"
        raise UserError(f"{row[1]} is not a room for bilaterals (bilateral rooms: {marked}); "
                        "`delegations bilaterals rooms NAME…` sets them.")  # fmt: skip
    return row


def _room_names(connection: SqlConnection, ids: Sequence[int]) -> list[str]:
    names = dict((id_, name) for id_, name, _floor in _rooms(connection))
    return [names[i] for i in ids if i in names]


def _people(connection: SqlConnection) -> dict[int, Person]:
    people = {}
    for (
        id_,
        honorific,
        given,
        family,
        native,
        order,
        arrival,
        departure,
        head,
    ) in connection.execute(
        "SELECT p.id, p.honorific, p.given_name, p.family_name, p.native_name, p.name_order, "
        "COALESCE(p.arrival, d.arrival), COALESCE(p.departure, d.departure), d.head_id = p.id "
        "FROM delegate p JOIN delegation d ON d.id = p.delegation_id "
        "WHERE p.id IN (SELECT delegate_id FROM bilateralparticipant)"  # only they matter
    ):
        name = display_name(honorific, given, family, stored_name_order(order)) or native
        people[id_] = Person(id_, name or f"Delegate {id_}", _d(arrival), _d(departure), bool(head))
    return people


def _busy(connection: SqlConnection) -> dict[int, list[Busy]]:
    """Each delegate's agenda sessions: those they speak at or chair (via `Speaker.delegate_id`)."""
    busy: dict[int, list[Busy]] = {}
    for delegate_id, session_id, day, start, end, title in connection.execute(
        "SELECT DISTINCT sp.delegate_id, s.id, s.day, s.start_time, s.end_time, s.title_en "
        "FROM agendasession s JOIN speaker sp ON sp.delegate_id IS NOT NULL AND ("
        "  sp.id = s.chair_id OR sp.id IN "
        "  (SELECT speaker_id FROM sessionspeaker WHERE session_id = s.id))"
    ):
        busy.setdefault(delegate_id, []).append(
            Busy(_d(day), _t(start), _t(end), f"“{title}”", session_id)
        )
    return busy


def _room_bookings(connection: SqlConnection, room_ids: Sequence[int]) -> dict[int, list[Busy]]:
    bookings: dict[int, list[Busy]] = {}
    marks = ",".join("?" * len(room_ids))
    for room_id, session_id, day, start, end, title in connection.execute(
        "SELECT room_id, id, day, start_time, end_time, title_en FROM agendasession "
        f"WHERE room_id IN ({marks})", tuple(room_ids)
    ):  # fmt: skip
        bookings.setdefault(room_id, []).append(
            Busy(_d(day), _t(start), _t(end), f"“{title}”", session_id)
        )
    return bookings


def _views(connection: SqlConnection, where: str = "", args: tuple = ()) -> list[BilateralView]:
    delegations = dict(connection.execute("SELECT id, name FROM delegation").fetchall())
    rooms = {id_: name for id_, name, _floor in _rooms(connection)}
    people = _people(connection)
    members = dict(connection.execute(
        "SELECT id, delegation_id FROM delegate "
        "WHERE id IN (SELECT delegate_id FROM bilateralparticipant)"
    ).fetchall())  # fmt: skip
    participants: dict[int, list[Participant]] = {}
    for request_id, delegate_id in connection.execute(
        "SELECT request_id, delegate_id FROM bilateralparticipant ORDER BY request_id, delegate_id"
    ):
        group = members.get(delegate_id, 0)
        participants.setdefault(request_id, []).append(
            Participant(delegate_id, people[delegate_id].name, group, delegations.get(group, ""))
        )
    windows: dict[int, list[Window]] = {}
    for request_id, day, start, end in connection.execute(
        "SELECT request_id, day, start_time, end_time FROM bilateralwindow ORDER BY day, start_time"
    ):
        windows.setdefault(request_id, []).append(Window(_d(day), _t(start), _t(end)))
    views = []
    for row in connection.execute(
        "SELECT id, delegation_id, counterpart_id, counterpart_name, status, duration_minutes, "
        "languages, interpretation, notes, room_id, day, start_time, end_time "
        f"FROM bilateralrequest {where} ORDER BY id",
        args,
    ):
        (id_, delegation_id, counterpart_id, counterpart_name, status, duration, languages,
         interpretation, notes, room_id, day, start, end) = row  # fmt: skip
        own = delegation_id
        views.append(BilateralView(
            id_, own, delegations.get(own, ""), counterpart_id,
            delegations.get(counterpart_id, "") if counterpart_id else counterpart_name,
            status, duration,
            tuple(sorted(participants.get(id_, ()), key=lambda p: (p.delegation_id != own, p.id))),
            tuple(windows.get(id_, ())), languages, interpretation, notes, room_id,
            rooms.get(room_id, ""), _d(day), _t(start), _t(end),
        ))  # fmt: skip
    return views


def _in_time_order(views: list[BilateralView]) -> list[BilateralView]:
    far = (dt.date.max, dt.time.max)
    return sorted(views, key=lambda v: (v.day or far[0], v.start or far[1], v.room, v.id))


def list_bilaterals(event_file: EventFile, *, delegation: str | None = None) -> list[BilateralView]:
    """Every request (or a delegation's, either side), scheduled ones in time order first."""
    with event_file.read() as connection:
        if delegation is None:
            return _in_time_order(_views(connection))
        delegation_id = _delegation(connection, delegation)
        return _in_time_order(_views(
            connection, "WHERE delegation_id = ? OR counterpart_id = ?",
            (delegation_id, delegation_id),
        ))  # fmt: skip


def bilateral_rooms(event_file: EventFile) -> list[str]:
    with event_file.read() as connection:
        return _room_names(connection, _bilateral_room_ids(connection))


def _placed_meetings(connection: SqlConnection) -> list[PlacedMeeting]:
    return [
        PlacedMeeting(
            Meeting(view.id, view.room_id, view.day, view.start, view.end),
            view.title,
            view.room,
            tuple(p.id for p in view.participants),
            view.windows,
        )  # fmt: skip
        for view in _views(connection, "WHERE status = ?", (BilateralStatus.SCHEDULED.value,))
        if view.room_id is not None and view.day and view.start and view.end
    ]


def conflicts_in(connection: SqlConnection, *, only: int | None = None) -> list[Conflict]:
    """The scheduled meetings' conflicts (see `domain.bilaterals.find_bilateral_conflicts`)."""
    meetings = _placed_meetings(connection)
    if not meetings:
        return []
    rooms = sorted({m.meeting.room_id for m in meetings})
    return find_bilateral_conflicts(
        meetings, _people(connection), _busy(connection), _room_bookings(connection, rooms),
        only=only,
    )  # fmt: skip


def agenda_conflicts(*, session: object) -> list[Conflict]:
    """For `agenda.check_conflicts`, inside its transaction (ORM session or connection)."""
    return conflicts_in(sql_connection(session))


def bilateral_conflicts(event_file: EventFile, *, only: int | None = None) -> list[Conflict]:
    """The scheduled meetings' conflicts, or with `only` those of that request's meeting."""
    with event_file.read() as connection:
        return conflicts_in(connection, only=only)


@dataclass(frozen=True, slots=True)
class Board:
    """What the bilaterals window shows, read at once: every request (scheduled ones in time
    order first), the scheduled meetings' conflicts, and the choices its dialogs offer."""

    meetings: list[BilateralView]
    conflicts: list[Conflict]
    delegations: list[tuple[int, str]]  # (id, name) in the order of precedence
    rooms: list[str]  # the bilateral rooms
    days: list[dt.date]  # the event's days

    def conflicts_of(self, request_id: int) -> list[Conflict]:
        return [c for c in self.conflicts if c.bilateral_id == request_id]


def read_board(event_file: EventFile) -> Board:
    with event_file.read() as connection:
        first_last = connection.execute(
            "SELECT start_date, end_date FROM event ORDER BY id LIMIT 1"
        ).fetchone()
        days = []
        if first_last is not None:
            day, last = stored_date(first_last[0]), stored_date(first_last[1])
            while day <= last:
                days.append(day)
                day += dt.timedelta(days=1)
        return Board(
            _in_time_order(_views(connection)),
            conflicts_in(connection),
            connection.execute(
                "SELECT id, name FROM delegation ORDER BY protocol_order, name, id"
            ).fetchall(),
            _room_names(connection, _bilateral_room_ids(connection)),
            days,
        )


def delegation_members(
    event_file: EventFile, delegation_ids: Sequence[int]
) -> list[tuple[Participant, bool]]:
    """The members of these delegations, each delegation's in the order of precedence (the
    head first), with whether each is the head: the participants a request can choose from."""
    from delegations.services.protocol import delegates_in_precedence

    chosen: list[tuple[Participant, bool]] = []
    with event_file.read() as connection:
        for delegation_id in dict.fromkeys(delegation_ids):
            row = connection.execute(
                "SELECT name, head_id FROM delegation WHERE id = ?", (delegation_id,)
            ).fetchone()
            if row is None:
                continue
            name, head_id = row
            ids = delegates_in_precedence(session=connection, delegation_id=delegation_id)
            names = _names(connection, ids)
            chosen.extend(
                (Participant(i, names[i], delegation_id, name), i == head_id) for i in ids
            )
    return chosen


def _names(connection: SqlConnection, ids: Sequence[int]) -> dict[int, str]:
    if not ids:  # PostgreSQL refuses an empty IN ()
        return {}
    marks = ",".join("?" * len(ids))
    names = {}
    for id_, honorific, given, family, native, order in connection.execute(
        "SELECT id, honorific, given_name, family_name, native_name, name_order FROM delegate "
        f"WHERE id IN ({marks})", tuple(ids),
    ):  # fmt: skip
        name = display_name(honorific, given, family, stored_name_order(order)) or native
        names[id_] = name or f"Delegate {id_}"
    return names


# Writes -----------------------------------------------------------------------------------


def _delegation(connection: SqlConnection, text: str) -> int:
    rows = connection.execute("SELECT id, name, country FROM delegation").fetchall()
    return resolve_delegation(text, rows)


def set_bilateral_rooms(event_file: EventFile, rooms: Sequence[str]) -> list[str]:
    """The rooms set aside for bilaterals become exactly `rooms` (names); returns them.

    Raises:
        NotFound: a room that is not in the event; nothing is written.
    """
    with event_file.write_locked() as connection:
        ids = list(dict.fromkeys(_room(connection, name)[0] for name in rooms))
        connection.execute("DELETE FROM bilateralroom")
        connection.executemany(
            "INSERT INTO bilateralroom (room_id) VALUES (?)", [(i,) for i in ids]
        )
        return _room_names(connection, _bilateral_room_ids(connection))


def _windows(texts: Sequence[str | Window]) -> list[Window]:
    windows = [text if isinstance(text, Window) else parse_window(text) for text in texts]
    return list(dict.fromkeys(windows))  # the same window twice is one


def _checked_duration(minutes: int) -> int:
    if not 5 <= minutes <= MAX_DURATION:
        raise UserError(f"A bilateral lasts 5 to {MAX_DURATION} minutes, not {minutes}.")
    return minutes


def _participants(
    connection: SqlConnection, given: Sequence[str | int], sides: tuple[int, int | None]
) -> list[int]:
    if not given:
        heads = connection.execute(
            "SELECT head_id FROM delegation WHERE id IN (?, ?) AND head_id IS NOT NULL", sides
        ).fetchall()
        return [head for (head,) in heads]
    chosen = []
    for text in given:
        key = str(text).strip()
        row = connection.execute(
            "SELECT id, delegation_id FROM delegate WHERE id = ? OR (? <> '' AND lower(email) = lower(?))",
            (int(key) if key.isdigit() else -1, key, key),
        ).fetchone()
        if row is None:
            raise NotFound(f"No delegate has the id or e-mail “{key}”.")
        if row[1] not in sides:
            raise UserError(f"The delegate “{key}” belongs to neither side of the bilateral.")
        chosen.append(row[0])
    return list(dict.fromkeys(chosen))


def add_request(event_file: EventFile, request: RequestInput) -> BilateralView:
    """Record a bilateral request (status "requested").

    Raises:
        UserError: an unknown delegation or delegate, both or neither of counterpart and
            organisation, a window without a day, a bad duration; nothing is written.
    """
    windows = _windows(request.windows)
    if not windows:
        raise UserError("Give the bilateral at least one wished time (DATE FROM-TO).")
    duration = _checked_duration(request.duration)
    _check_one_other_side(request.counterpart, request.organisation)
    with event_file.write_locked() as connection:
        own = _delegation(connection, request.delegation)
        other = _other_side(connection, own, request.counterpart)
        participants = _participants(connection, request.participants, (own, other))
        request_id = connection.insert(
            "INSERT INTO bilateralrequest (delegation_id, counterpart_id, counterpart_name, "
            "duration_minutes, languages, interpretation, notes, status, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (own, other, request.organisation.strip(), duration, request.languages.strip(),
             request.interpretation.strip(), request.notes.strip(),
             BilateralStatus.REQUESTED.value, _now()),
        )  # fmt: skip
        _write_parts(connection, request_id, participants, windows)
        return _views(connection, "WHERE id = ?", (request_id,))[0]


def _check_one_other_side(counterpart: str, organisation: str) -> None:
    if bool(counterpart.strip()) == bool(organisation.strip()):
        raise UserError("Give the bilateral's other side: a delegation or an organisation (one).")


def _other_side(connection: SqlConnection, own: int, counterpart: str) -> int | None:
    """The counterpart delegation's id (None: the other side is an organisation)."""
    other = _delegation(connection, counterpart) if counterpart.strip() else None
    if other == own:
        raise UserError("A bilateral needs two different sides, not one delegation twice.")
    return other


def _write_parts(
    connection: SqlConnection,
    request_id: int,
    participants: Sequence[int] | None,
    windows: Sequence[Window] | None,
) -> None:
    if participants is not None:
        connection.execute("DELETE FROM bilateralparticipant WHERE request_id = ?", (request_id,))
        connection.executemany(
            "INSERT INTO bilateralparticipant (request_id, delegate_id) VALUES (?, ?)",
            [(request_id, p) for p in participants],
        )
    if windows is not None:
        connection.execute("DELETE FROM bilateralwindow WHERE request_id = ?", (request_id,))
        connection.executemany(
            "INSERT INTO bilateralwindow (request_id, day, start_time, end_time) VALUES (?, ?, ?, ?)",
            [(request_id, w.day.isoformat(), _stored_time(w.start), _stored_time(w.end))
             for w in windows],
        )  # fmt: skip


def _request_row(connection: SqlConnection, request_id: int) -> BilateralView:
    views = _views(connection, "WHERE id = ?", (request_id,))
    if not views:
        raise NotFound(f"There is no bilateral {request_id}; `delegations bilaterals` lists them.")
    return views[0]


def edit_request(
    event_file: EventFile,
    request_id: int,
    *,
    participants: Sequence[str | int] | None = None,
    windows: Sequence[str | Window] | None = None,
    duration: int | None = None,
    languages: str | None = None,
    interpretation: str | None = None,
    notes: str | None = None,
    delegation: str | None = None,
    counterpart: str | None = None,
    organisation: str | None = None,
) -> BilateralView:
    """Change what a request says (None = unchanged); a scheduled meeting keeps its place
    (its end follows a new duration) and any conflict this makes shows in `agenda check`.

    The sides change with `delegation`, and with `counterpart` or `organisation` (the other
    side: give one of the two). Participants not given then keep each side's own, and a new
    side sends its head.
    """
    new_windows = None if windows is None else _windows(windows)
    if new_windows is not None and not new_windows:
        raise UserError("Give the bilateral at least one wished time (DATE FROM-TO).")
    other_given = counterpart is not None or organisation is not None
    if other_given:
        _check_one_other_side(counterpart or "", organisation or "")
    with event_file.write_locked() as connection:
        view = _request_row(connection, request_id)
        changes: dict[str, object] = {}
        own = view.delegation_id if delegation is None else _delegation(connection, delegation)
        if other_given:
            other = _other_side(connection, own, counterpart or "")
            changes["counterpart_id"] = other
            changes["counterpart_name"] = "" if other is not None else (organisation or "").strip()
        else:
            other = view.counterpart_id
            if other == own:
                raise UserError("A bilateral needs two different sides, not one delegation twice.")
        changes["delegation_id"] = own
        sides = (own, other)
        chosen = None
        if participants is not None:
            chosen = _participants(connection, participants, sides)
        elif sides != (view.delegation_id, view.counterpart_id):
            chosen = []
            for side in (s for s in sides if s is not None):
                kept = [p.id for p in view.participants if p.delegation_id == side]
                chosen += kept or _participants(connection, (), (side, None))  # its head
        fields = {"languages": languages, "interpretation": interpretation, "notes": notes}
        changes |= {k: v.strip() for k, v in fields.items() if v is not None}
        if duration is not None:
            changes["duration_minutes"] = _checked_duration(duration)
            if view.start is not None:
                changes["end_time"] = _stored_time(_plus(view.start, duration))
        changes["updated_at"] = _now()
        connection.execute(
            f"UPDATE bilateralrequest SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
            (*changes.values(), request_id),
        )
        _write_parts(connection, request_id, chosen, new_windows)
        return _request_row(connection, request_id)


def _plus(start: dt.time, minutes: int) -> dt.time:
    end = dt.datetime.combine(dt.date.min, start) + dt.timedelta(minutes=minutes)
    if end.date() != dt.date.min:
        raise UserError(
            f"A {minutes}-minute bilateral from {start:%H:%M} would end after midnight."
        )
    return end.time()


def cancel_request(event_file: EventFile, request_id: int) -> BilateralView:
    """Cancel a request; a scheduled meeting gives its room and time back."""
    with event_file.write_locked() as connection:
        _request_row(connection, request_id)
        connection.execute(
            "UPDATE bilateralrequest SET status = ?, room_id = NULL, day = NULL, "
            "start_time = NULL, end_time = NULL, updated_at = ? WHERE id = ?",
            (BilateralStatus.CANCELLED.value, _now(), request_id),
        )
        return _request_row(connection, request_id)


def schedule_in(connection: SqlConnection, *, again: bool = False) -> ScheduleReport:
    """Place the open requests (with `again`, the scheduled ones too) inside a transaction."""
    room_ids = _bilateral_room_ids(connection)
    if not room_ids:
        raise UserError("No room is set aside for bilaterals; `delegations bilaterals rooms "
                        "NAME…` sets them.")  # fmt: skip
    views = _views(connection, "WHERE status <> ?", (BilateralStatus.CANCELLED.value,))
    if again:
        open_views = views
        kept: list[BilateralView] = []
    else:
        open_views = [v for v in views if v.status == BilateralStatus.REQUESTED]
        kept = [v for v in views if v.status == BilateralStatus.SCHEDULED and v.room_id]
    requests = [
        Request(v.id, v.title, tuple(p.id for p in v.participants), v.windows, v.duration)
        for v in open_views
    ]
    fixed = [(Meeting(v.id, v.room_id, v.day, v.start, v.end), tuple(p.id for p in v.participants))
             for v in kept]  # fmt: skip
    result = schedule(
        requests, room_ids, _people(connection), _busy(connection),
        room_bookings=_room_bookings(connection, room_ids), fixed=fixed,
    )  # fmt: skip
    now = _now()
    connection.executemany(
        "UPDATE bilateralrequest SET status = ?, room_id = ?, day = ?, start_time = ?, "
        "end_time = ?, updated_at = ? WHERE id = ?",
        [(BilateralStatus.SCHEDULED.value, m.room_id, m.day.isoformat(), _stored_time(m.start),
          _stored_time(m.end), now, m.request_id) for m in result.placed],
    )  # fmt: skip
    connection.executemany(
        "UPDATE bilateralrequest SET status = ?, room_id = NULL, day = NULL, start_time = NULL, "
        "end_time = NULL, updated_at = ? WHERE id = ?",
        [(BilateralStatus.REQUESTED.value, now, u.request_id) for u in result.unplaced],
    )
    after = {v.id: v for v in _views(connection)}
    return ScheduleReport(
        _in_time_order([after[m.request_id] for m in result.placed]),
        [(after[u.request_id], u.reason) for u in result.unplaced],
        conflicts_in(connection),
    )


def schedule_all(event_file: EventFile, *, again: bool = False) -> ScheduleReport:
    """Place every open request into the bilateral rooms (one transaction); requests that fit
    nowhere stay "requested" and are reported with the reason."""
    with event_file.write_locked() as connection:
        return schedule_in(connection, again=again)


def move_meeting(
    event_file: EventFile, request_id: int, *, room: str, day: dt.date | str, start: dt.time | str
) -> Moved:
    """Place a meeting by hand; it is placed even when it breaks a rule, and its conflicts are
    returned (they also show in `agenda check`).

    Raises:
        UserError: an unknown or cancelled request, a room not for bilaterals, a bad day or
            time; nothing is written.
    """
    day, start = _checked_day(day), _checked_start(start)
    with event_file.write_locked() as connection:
        view = _request_row(connection, request_id)
        if view.status == BilateralStatus.CANCELLED:
            raise UserError(f"The bilateral {request_id} ({view.title}) is cancelled.")
        room_id, _name, _floor = _bilateral_room(connection, room)
        end = _plus(start, view.duration)
        connection.execute(
            "UPDATE bilateralrequest SET status = ?, room_id = ?, day = ?, start_time = ?, "
            "end_time = ?, updated_at = ? WHERE id = ?",
            (BilateralStatus.SCHEDULED.value, room_id, day.isoformat(), _stored_time(start),
             _stored_time(end), _now(), request_id),
        )  # fmt: skip
        mine = conflicts_in(connection, only=request_id)
        return Moved(_request_row(connection, request_id), mine)


def _checked_day(day: dt.date | str) -> dt.date:
    if isinstance(day, dt.date):
        return day
    try:
        return dt.date.fromisoformat(day.strip())
    except ValueError:
        raise UserError(f"“{day}” is not a date; give it as YYYY-MM-DD.") from None


def _checked_start(start: dt.time | str) -> dt.time:
    if isinstance(start, dt.time):
        return start
    try:
        return dt.time.fromisoformat(start.strip().zfill(5))
    except ValueError:
        raise UserError(f"“{start}” is not a time of day; give it as HH:MM.") from None


# The demo ---------------------------------------------------------------------------------


DEMO_ROOMS = ("Hongfeng Room", "Baihua Room")
# (delegation, counterpart, wished windows as (day of the event from 0, from, to)), between heads
DEMO_REQUESTS: tuple[tuple[str, str, tuple[tuple[int, str, str], ...]], ...] = (
    ("China", "Viet Nam", ((1, "10:00", "12:30"), (2, "09:00", "12:00"))),
    ("China", "Thailand", ((1, "10:00", "12:30"),)),
    ("China", "Lao PDR", ((1, "14:00", "17:30"), (2, "14:00", "17:30"))),
    ("Indonesia", "Malaysia", ((2, "09:00", "11:00"),)),
    ("Cambodia", "Thailand", ((2, "14:00", "17:00"), (3, "09:00", "12:00"))),
    ("Singapore", "Philippines", ((3, "09:00", "12:00"),)),
    ("Myanmar", "Brunei", ((1, "15:00", "17:00"),)),
)


def schedule_demo(*, session: object) -> None:
    """The demo's bilaterals (inside its transaction): the DEMO_ROOMS that exist set aside,
    DEMO_REQUESTS between heads of delegation recorded, then scheduled."""
    connection = sql_connection(session)
    rooms = [
        r for (r,) in connection.execute("SELECT id FROM room WHERE name IN (?, ?)", DEMO_ROOMS)
    ]
    first = connection.execute("SELECT start_date FROM event ORDER BY id LIMIT 1").fetchone()
    if not rooms or first is None:
        return
    connection.executemany("INSERT INTO bilateralroom (room_id) VALUES (?) ON CONFLICT DO NOTHING",
                           [(r,) for r in rooms])  # fmt: skip
    start = stored_date(first[0])
    for own, other, wished in DEMO_REQUESTS:
        try:
            own_id, other_id = _delegation(connection, own), _delegation(connection, other)
        except UserError:
            continue
        request_id = connection.insert(
            "INSERT INTO bilateralrequest (delegation_id, counterpart_id, counterpart_name, "
            "duration_minutes, languages, interpretation, notes, status, updated_at) "
            "VALUES (?, ?, '', ?, 'en,zh', '', '', ?, ?)",
            (own_id, other_id, DEFAULT_DURATION, BilateralStatus.REQUESTED.value, _now()),
        )
        windows = [Window(start + dt.timedelta(days=n), dt.time.fromisoformat(a),
                          dt.time.fromisoformat(b)) for n, a, b in wished]  # fmt: skip
        heads = _participants(connection, (), (own_id, other_id))
        _write_parts(connection, request_id, heads, windows)
    schedule_in(connection)


# Printing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Printed:
    path: Path
    pages: int
    meetings: int
    title: str = ""  # the delegation or room as printed


def _rows(
    views: Sequence[BilateralView], floors: dict[str, str], seen_from: int | None = None
) -> list:  # list[printing.bilaterals.MeetingRow]
    from delegations.printing.bilaterals import MeetingRow
    from delegations.services.booklet import _interpretation as language_names

    return [
        MeetingRow(
            view.day,
            view.start,
            view.end,
            view.title if seen_from is None else view.counterpart_of(seen_from),
            view.room,
            floors.get(view.room, ""),
            tuple((p.delegation or view.counterpart, p.name) for p in view.participants),
            language_names(view.languages),
            view.interpretation,
            view.notes,
        )  # fmt: skip
        for view in views
        if view.status == BilateralStatus.SCHEDULED and view.day and view.start and view.end
    ]


def _written(out: Path, render: Callable[[str], int]) -> int:
    """Render to a file beside `out`, then put it in place: a failed print leaves no PDF."""
    part = out.with_name(f".{out.name}.part")
    try:
        pages = render(str(part))
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return pages


def _booklet_event(event_file: EventFile):  # noqa: ANN202 (printing.booklet.model.BookletEvent)
    from delegations.services.booklet import booklet_event

    with event_file.session() as session:
        return booklet_event(session=session)


def print_delegation_schedule(
    event_file: EventFile, delegation: str | None, out: Path | str
) -> Printed:
    """Write a delegation's bilateral schedule (A4; None = every delegation with a meeting,
    each from a new page): meetings in time order with the counterpart, room and participants.

    Raises:
        UserError: an unknown delegation, no meeting to print for every delegation, or the
            file cannot be written.
    """
    from delegations.printing.bilaterals import render_delegation_schedules

    out = checked_output(out)
    with event_file.read() as connection:
        names = connection.execute(
            "SELECT id, name FROM delegation ORDER BY protocol_order, name"
        ).fetchall()
        chosen = [_delegation(connection, delegation)] if delegation is not None else None
        views = _in_time_order(_views(connection))
        floors = {name_: floor for _id, name_, floor in _rooms(connection)}
    schedules, printed = [], set()
    for delegation_id, name in names:
        if chosen is not None and delegation_id not in chosen:
            continue
        own = [v for v in views if delegation_id in (v.delegation_id, v.counterpart_id)]
        rows = _rows(own, floors, seen_from=delegation_id)
        if rows or chosen is not None:
            schedules.append((name, rows))
            printed |= {v.id for v in own if v.status == BilateralStatus.SCHEDULED and v.day}
    if not schedules:
        raise UserError("No bilateral meeting is scheduled yet; `delegations bilaterals "
                        "schedule` places the requests.")  # fmt: skip
    event = _booklet_event(event_file)
    pages = _written(out, lambda part: render_delegation_schedules(part, event, schedules))
    title = schedules[0][0] if len(schedules) == 1 else f"{len(schedules)} delegations"
    return Printed(out, pages, len(printed), title)  # a meeting counted once


def print_room_door_sheet(
    event_file: EventFile, room: str, day: dt.date | str, out: Path | str
) -> Printed:
    """Write a bilateral room's door sheet for a day (as the booklet's door sheets look).

    Raises:
        UserError: an unknown room or one not for bilaterals, a bad day, or the file cannot
            be written.
    """
    from delegations.printing.bilaterals import render_room_door_sheet

    out, day = checked_output(out), _checked_day(day)
    with event_file.read() as connection:
        room_id, name, floor = _bilateral_room(connection, room)
        views = _in_time_order(_views(
            connection, "WHERE status = ? AND room_id = ? AND day = ?",
            (BilateralStatus.SCHEDULED.value, room_id, day.isoformat()),
        ))  # fmt: skip
    rows = _rows(views, {name: floor})
    event = _booklet_event(event_file)
    pages = _written(out, lambda part: render_room_door_sheet(part, event, name, floor, day, rows))
    return Printed(out, pages, len(rows), name)
