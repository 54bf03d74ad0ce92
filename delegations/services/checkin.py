"""Admission at the check-in desk: verify a badge code and write the `CheckIn` journal.

The journal is append-only; a delegate's status is the action of their latest entry, entries
ordered by `(at, uuid)` so that every desk that holds the same entries derives the same status
(see `services.journal`). An undo is a new entry; nothing is ever deleted.

Two ways in:

- `admit`, `admit_by_id`, `admit_delegation`, `undo_admission` and `undo_last_admission`
  take the open `EventFile` and run their own short write transaction (`store.transactions`):
  the status is read under a lock, so two desks or processes cannot both admit the same
  delegate. On SQLite the lock is the file's (`BEGIN IMMEDIATE`); on PostgreSQL it is the
  delegate's row (`SELECT … FOR UPDATE` before the journal is read), so admissions of
  different delegates at different desks do not wait on each other, and the entry is committed (WAL, `synchronous=FULL`) before the function returns —
  the desk may show green as soon as it has the result. The result carries everything the
  desk's card shows (photo, dietary and access needs, a head's members here / in total, a
  refusal as a `Refusal` code), read in that same transaction.
- `check_in` and `undo_check_in` take a caller's session (the caller commits); kept for
  scripts and tests that already hold a session.

The work is plain SQL (`store.sql`, the same on both engines) on the session's connection
(a handful of indexed look-ups), so an
answer takes well under a millisecond plus the commit's fsync. This module stays
import-light (no ReportLab, no segno) so that `delegations checkin` is quick.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from delegations.domain.codes import CODE_LENGTH, InvalidCode, normalise, read_code
from delegations.domain.enums import CheckInAction
from delegations.domain.errors import NotFound
from delegations.domain.names import display_name
from delegations.store.sql import SqlConnection, sql_connection
from delegations.store.stored import (
    STORED_TIME_FORMAT,
    stored_date,
    stored_name_order,
    stored_time,
)
from delegations.store.transactions import immediate_connection

if TYPE_CHECKING:
    from sqlmodel import Session

    from delegations.domain.models import CheckIn
    from delegations.store import EventFile

# How the columns are stored: SQLAlchemy's SQLite DATETIME text (UTC, no offset) and the
# enum's member names.
DB_TIME_FORMAT = STORED_TIME_FORMAT
DB_ACTION = {CheckInAction.IN: "IN", CheckInAction.UNDO: "UNDO"}
ACTION_OF_DB = {value: key for key, value in DB_ACTION.items()}
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


class Outcome(StrEnum):
    ADMITTED = "admitted"
    ALREADY_IN = "already checked in"
    REFUSED = "refused"


class Refusal(StrEnum):
    """Why a badge was refused; the desk words each in the user's language."""

    INVALID_CODE = "invalid code"  # malformed or forged; `refusal_detail` says how
    GONE = "gone"  # the badge's delegate no longer exists
    REPLACED = "replaced"  # an older badge: `badge_version` was replaced by `current_version`


@dataclass(frozen=True, slots=True)
class Departure:
    """A delegate's last departure leg as the desk's card shows it (event-local day/time)."""

    number: str
    day: dt.date
    time: dt.time | None
    place: str


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """What the desk shows. `at`/`desk` are this admission's, or the earlier one's.

    `message` is the English sentence for the command line. `notes`, `access_needs` and
    `dietary` are the arrival notes the card shows prominently; `photo` the stored (square
    JPEG) photo; `members_here`/`members_total` a head's delegation (0 for others).
    """

    outcome: Outcome
    message: str
    delegate_id: int | None = None
    name: str = ""
    native_name: str = ""
    delegation: str = ""
    role: str = ""
    role_color: str = ""
    at: dt.datetime | None = None
    desk: str = ""
    delegation_id: int | None = None
    is_head: bool = False
    position: str = ""
    organisation: str = ""
    notes: str = ""
    access_needs: str = ""
    dietary: str = ""
    photo: bytes | None = None
    members_here: int = 0
    members_total: int = 0
    refusal: Refusal | None = None
    refusal_detail: str = ""
    badge_version: int = 0
    current_version: int = 0
    hotel: str = ""
    room: str = ""
    departure: Departure | None = None


@dataclass(frozen=True, slots=True)
class Status:
    """A delegate's status, derived from their latest journal entry."""

    checked_in: bool = False
    at: dt.datetime | None = None  # of the latest entry (admission or undo), UTC
    desk: str = ""
    action: CheckInAction | None = None  # None: never at a desk


NOT_ARRIVED = Status()


class DeskMemory(Protocol):
    """What an admission updates after its commit: the desk's `services.desk.DeskIndex`."""

    secret: str

    def note(self, delegate_id: int, status: Status) -> None: ...


@dataclass(frozen=True, slots=True)
class DelegationAdmission:
    """`admit_delegation`: who was admitted now, who was in already."""

    delegation: str
    admitted: tuple[int, ...]
    already_in: tuple[int, ...]
    admitted_names: tuple[str, ...] = ()  # display names, in `admitted` order

    @property
    def message(self) -> str:
        return (
            f"{self.delegation}: {len(self.admitted)} admitted, "
            f"{len(self.already_in)} already checked in."
        )


@dataclass(frozen=True, slots=True)
class DelegationWaiting:
    """`delegation_waiting`: what "Admit the whole delegation" would admit now."""

    delegation: str
    waiting: int


@dataclass(frozen=True, slots=True)
class UndoneAdmission:
    """`undo_last_admission`: whose admission was undone; for a whole delegation admitted at
    once, the first of them, and the others undone with it in `batch` (ids and names)."""

    delegate_id: int
    name: str
    batch: tuple[int, ...] = ()
    batch_names: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return 1 + len(self.batch)


# Storage formats -------------------------------------------------------------------------


def db_time(moment: dt.datetime) -> str:
    """An instant as the `at` column stores it (UTC text, microseconds)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime(DB_TIME_FORMAT)


def parse_db_time(value: str | dt.datetime) -> dt.datetime:
    """The `at` column as read (SQLite's text, PostgreSQL's naive datetime), aware UTC."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC)


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def looks_like_code(text: str) -> bool:
    """Whether typed text is a badge code (the desk admits it) rather than a search."""
    code = normalise(text)
    return len(code) == CODE_LENGTH and _BASE32.issuperset(code)


# Reading ---------------------------------------------------------------------------------

_SECRET_SQL = "SELECT signing_secret FROM event LIMIT 1"
_SEP = "\x1f"  # between the fields of one joined column: in no name, number or place
# The room and the last departure are two columns of text joined by _SEP (a scalar subquery
# gives one column); a date or time of day is cast to its ISO text on either engine.
_PERSON_SQL = f"""
SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.native_name,
       d.badge_version, d.position, d.organisation, d.notes, d.access_needs, d.dietary,
       g.id, g.name, g.head_id, r.name, r.color, d.photo,
       (SELECT h.name || '{_SEP}' || hr.number FROM roomstay AS s
        JOIN hotelroom AS hr ON hr.id = s.room_id
        JOIN hotelroomtype AS t ON t.id = hr.room_type_id JOIN hotel AS h ON h.id = t.hotel_id
        WHERE s.delegate_id = d.id),
       (SELECT l.number || '{_SEP}' || CAST(l.day AS TEXT) || '{_SEP}'
        || coalesce(CAST(l.time AS TEXT), '') || '{_SEP}' || l.place
        FROM delegateleg AS dl JOIN travelleg AS l ON l.id = dl.leg_id
        WHERE dl.delegate_id = d.id AND l.direction = 'departure'
        ORDER BY l.day DESC, l.time DESC NULLS LAST LIMIT 1)
FROM delegate AS d JOIN delegation AS g ON g.id = d.delegation_id
LEFT JOIN role AS r ON r.id = d.role_id
WHERE d.id = ?
"""
# PostgreSQL: the same read locks the delegate's row (one round trip fewer than `_lock`); the
# journal is read in a later statement, so it sees what a desk that held the lock committed.
_PERSON_LOCKED_SQL = f"{_PERSON_SQL} FOR UPDATE OF d"
_LAST_SQL = (
    "SELECT action, at, desk FROM checkin WHERE delegate_id = ? ORDER BY at DESC, uuid DESC LIMIT 1"
)
_MEMBERS_SQL = """
SELECT count(*), coalesce(sum(CASE WHEN (SELECT c.action FROM checkin AS c
                                         WHERE c.delegate_id = d.id
                                         ORDER BY c.at DESC, c.uuid DESC LIMIT 1) = 'IN'
                                   THEN 1 ELSE 0 END), 0)
FROM delegate AS d WHERE d.delegation_id = ?
"""
_NAME_SQL = (
    "SELECT honorific, given_name, family_name, name_order, native_name FROM delegate WHERE id = ?"
)
_INSERT_SQL = "INSERT INTO checkin (uuid, delegate_id, at, desk, action) VALUES (?, ?, ?, ?, ?)"


def _person(row: Any) -> dict[str, Any]:
    order = stored_name_order(row[4])
    return {
        "delegate_id": row[0],
        "name": display_name(row[1], row[2], row[3], order),
        "native_name": row[5],
        "position": row[7],
        "organisation": row[8],
        "notes": row[9],
        "access_needs": row[10],
        "dietary": row[11],
        "delegation_id": row[12],
        "delegation": row[13],
        "is_head": row[14] == row[0],
        "role": row[15] or "",
        "role_color": row[16] or "",
        "photo": row[17],
        **_stay(row[18], row[19]),
    }


def _stay(room: str | None, departure: str | None) -> dict[str, Any]:
    """The card's hotel and departure, from `_PERSON_SQL`'s two joined columns."""
    stay: dict[str, Any] = {}
    if room:
        stay["hotel"], stay["room"] = room.split(_SEP)
    if departure:
        number, day, time, place = departure.split(_SEP)
        stay["departure"] = Departure(number, stored_date(day), stored_time(time), place)
    return stay


def _members(connection: SqlConnection, delegation_id: int) -> dict[str, int]:
    """A head's card: how many of the delegation are in, of how many."""
    total, here = connection.execute(_MEMBERS_SQL, (delegation_id,)).one()
    return {"members_here": int(here), "members_total": int(total)}


def _name(connection: SqlConnection, delegate_id: int) -> str:
    row = connection.execute(_NAME_SQL, (delegate_id,)).first()
    if row is None:
        return ""
    return display_name(row[0], row[1], row[2], stored_name_order(row[3])) or row[4]


def _status_of(row: Any) -> Status:
    if row is None:
        return NOT_ARRIVED
    action = ACTION_OF_DB[row[0]]
    return Status(action == CheckInAction.IN, parse_db_time(row[1]), row[2], action)


def _last(connection: SqlConnection, delegate_id: int) -> Status:
    return _status_of(connection.execute(_LAST_SQL, (delegate_id,)).first())


def _secret(connection: SqlConnection) -> str:
    return connection.execute(_SECRET_SQL).scalar_one()


def last_entry(*, session: Session, delegate_id: int) -> CheckIn | None:
    """The delegate's latest journal entry (their status), None if never checked in."""
    from sqlmodel import col, select

    from delegations.domain.models import CheckIn

    statement = (
        select(CheckIn)
        .where(CheckIn.delegate_id == delegate_id)
        .order_by(col(CheckIn.at).desc(), col(CheckIn.uuid).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def status(*, session: Session, delegate_id: int) -> Status:
    """The delegate's status: checked in or not, and when and at which desk."""
    return _last(sql_connection(session), delegate_id)


def is_checked_in(*, session: Session, delegate_id: int) -> bool:
    return status(session=session, delegate_id=delegate_id).checked_in


def all_statuses(*, session: Session) -> dict[int, Status]:
    """Every delegate's status who has a journal entry (others have not arrived).

    One pass over the journal in `(at, uuid)` order: the last entry per delegate wins.
    """
    return statuses_from(sql_connection(session))


def statuses_from(connection: SqlConnection) -> dict[int, Status]:
    latest: dict[int, tuple[str, Any, str]] = {}
    rows = connection.execute("SELECT delegate_id, action, at, desk FROM checkin ORDER BY at, uuid")
    for delegate_id, action, at, desk in rows:
        latest[delegate_id] = (action, at, desk)
    return {
        delegate_id: Status(action == "IN", parse_db_time(at), desk, ACTION_OF_DB[action])
        for delegate_id, (action, at, desk) in latest.items()
    }


def last_admission(*, session: Session, desk: str) -> int | None:
    """The delegate most recently admitted at `desk` who is still in: what Undo would undo."""
    return _last_admission(sql_connection(session), desk)


def _last_admission(connection: SqlConnection, desk: str) -> int | None:
    admission = _last_standing(connection, desk)
    return admission[0] if admission is not None else None


def _last_standing(connection: SqlConnection, desk: str) -> tuple[int, Any] | None:
    """The latest admission at `desk` that still stands: (delegate id, its `at` as stored)."""
    rows = connection.execute(
        "SELECT delegate_id, at FROM checkin WHERE desk = ? AND action = 'IN' "
        "ORDER BY at DESC, uuid DESC LIMIT 20",
        (desk,),
    ).all()
    for delegate_id, at in rows:
        if _last(connection, delegate_id).checked_in:
            return delegate_id, at
    return None


def _batch_of(connection: SqlConnection, desk: str, delegate_id: int, at: Any) -> list[int]:
    """The others admitted in one batch with `delegate_id` (same desk, same instant) who
    still stand: a whole delegation's admission writes all its entries with one `at`."""
    rows = connection.execute(
        "SELECT delegate_id FROM checkin WHERE desk = ? AND action = 'IN' AND at = ? "
        "AND delegate_id != ? ORDER BY delegate_id",
        (desk, at, delegate_id),
    ).scalars()
    return [member for member in rows if _last(connection, member).checked_in]


# Writing ---------------------------------------------------------------------------------


@contextmanager
def _admitting(event_file: EventFile) -> Iterator[SqlConnection]:
    """A write transaction for admissions and their undos, committed when the block ends.

    SQLite: the file's write lock (`BEGIN IMMEDIATE`). PostgreSQL: no event-wide lock; each
    admission locks its delegates' rows (`_lock`) before reading their journal entries.
    """
    with immediate_connection(event_file.engine, lock_event=False) as connection:
        yield SqlConnection(connection)


def _lock(connection: SqlConnection, delegate_ids: list[int]) -> None:
    """Lock the delegates' rows until the transaction ends (PostgreSQL; on SQLite the
    transaction holds the file's write lock already). A second desk admitting one of them
    waits here, then reads the journal with the first desk's entry in it. Rows are locked in
    id order, so two batches that share delegates cannot deadlock."""
    if not connection.for_update or not delegate_ids:
        return
    marks = ", ".join("?" * len(delegate_ids))
    connection.execute(
        f"SELECT id FROM delegate WHERE id IN ({marks}) ORDER BY id{connection.for_update}",  # noqa: S608
        delegate_ids,
    ).all()


def _insert(
    connection: SqlConnection,
    delegate_id: int,
    action: CheckInAction,
    desk: str,
    now: dt.datetime | None,
    previous: Status,
) -> dt.datetime:
    """Append an entry; its time is after the delegate's previous entry's, so that an undo
    always follows the admission it undoes even if the clock went back (or `now` repeats)."""
    at = _as_utc(now) if now is not None else dt.datetime.now(dt.UTC)
    if previous.at is not None and at <= previous.at:
        at = previous.at + dt.timedelta(microseconds=1)
    connection.execute(
        _INSERT_SQL, (str(uuid_module.uuid4()), delegate_id, db_time(at), desk, DB_ACTION[action])
    )
    return parse_db_time(db_time(at))


def _refused(message: str, refusal: Refusal, **fields: Any) -> CheckInResult:
    return CheckInResult(Outcome.REFUSED, f"Refused: {message}", refusal=refusal, **fields)


# The answers a scan can get, shared by the admission here and the desk's in-memory preview.
GONE = "this badge's delegate no longer exists."


def invalid_code(error: InvalidCode) -> CheckInResult:
    return _refused(f"{error}.", Refusal.INVALID_CODE, refusal_detail=str(error))


def gone() -> CheckInResult:
    return _refused(GONE, Refusal.GONE)


def replaced_badge(scanned: int, current: int, **person: Any) -> CheckInResult:
    return _refused(
        f"this badge (version {scanned}) was replaced by version {current}; "
        "the old badge was reported lost.",
        Refusal.REPLACED,
        badge_version=scanned,
        current_version=current,
        **person,
    )


def already_in(status: Status, **person: Any) -> CheckInResult:
    assert status.at is not None
    name = person["name"]
    where = f" at desk {status.desk}" if status.desk else ""
    return CheckInResult(
        Outcome.ALREADY_IN,
        f"{name} was already checked in on {status.at:%Y-%m-%d %H:%M} UTC{where}.",
        at=status.at,
        desk=status.desk,
        **person,
    )


def _admit_person(
    connection: SqlConnection, delegate_id: int, desk: str, now: dt.datetime | None, version: int
) -> CheckInResult:
    """Admit a delegate once; `version` is the scanned badge's (0: admitted by name)."""
    person_sql = _PERSON_LOCKED_SQL if connection.for_update else _PERSON_SQL
    row = connection.execute(person_sql, (delegate_id,)).first()
    if row is None:
        return gone()
    person = _person(row)
    if person["is_head"]:
        person.update(_members(connection, person["delegation_id"]))
    if version and version != row[6]:
        return replaced_badge(version, row[6], **person)
    previous = _last(connection, delegate_id)
    if previous.checked_in:
        return already_in(previous, **person)
    at = _insert(connection, delegate_id, CheckInAction.IN, desk, now, previous)
    if person["is_head"]:
        person["members_here"] += 1
    return CheckInResult(
        Outcome.ADMITTED,
        f"Admitted: {person['name']} ({person['delegation']}).",
        at=at,
        desk=desk,
        **person,
    )


def _verify(secret: str, code: str) -> tuple[int, int] | CheckInResult:
    try:
        badge = read_code(secret, code)
    except InvalidCode as error:
        return invalid_code(error)
    return badge.delegate_id, badge.version


def check_in(
    *, session: Session, code: str, desk: str = "", now: dt.datetime | None = None
) -> CheckInResult:
    """Verify `code` and admit its holder once; the caller's session commits the journal entry.

    Refused: malformed or forged codes, codes of a delegate who no longer exists, and codes of
    an older badge version (the badge was reported lost and reprinted). For the desk use
    `admit`, which commits before it returns and locks against other desks.
    """
    connection = sql_connection(session)
    verified = _verify(_secret(connection), code)
    if isinstance(verified, CheckInResult):
        return verified
    return _admit_person(connection, verified[0], desk, now, verified[1])


def _noted(index: DeskMemory | None, result: CheckInResult) -> CheckInResult:
    if index is not None and result.delegate_id is not None and result.at is not None:
        index.note(result.delegate_id, Status(True, result.at, result.desk, CheckInAction.IN))
    return result


def admit(
    event_file: EventFile,
    code: str,
    *,
    desk: str = "",
    now: dt.datetime | None = None,
    index: DeskMemory | None = None,
) -> CheckInResult:
    """Scan: verify `code` and admit its holder once, committed before this returns.

    A refused code takes no lock and writes nothing. With `index` (the desk's `DeskIndex`) the
    secret comes from memory and the index's status is updated after the commit.
    """
    if index is not None:
        secret = index.secret
    else:
        with event_file.read() as connection:
            secret = _secret(connection)
    verified = _verify(secret, code)
    if isinstance(verified, CheckInResult):
        return verified
    with _admitting(event_file) as connection:
        result = _admit_person(connection, verified[0], desk, now, verified[1])
    return _noted(index, result)


def admit_by_id(
    event_file: EventFile,
    delegate_id: int,
    *,
    desk: str = "",
    now: dt.datetime | None = None,
    index: DeskMemory | None = None,
) -> CheckInResult:
    """Admit a delegate picked from a search (no badge scanned); committed before it returns."""
    with _admitting(event_file) as connection:
        result = _admit_person(connection, delegate_id, desk, now, 0)
    return _noted(index, result)


def admit_delegation(
    event_file: EventFile,
    delegation_id: int,
    *,
    desk: str = "",
    now: dt.datetime | None = None,
    index: DeskMemory | None = None,
) -> DelegationAdmission:
    """Admit every member of a delegation not yet admitted (from the head's card), at once.

    One transaction: all the delegation's missing members are admitted, or none. Their
    entries share one instant (`at`): that is how the journal knows them as one batch, which
    one undo at this desk reverts (`undo_last_admission`); an exchanged journal keeps it.

    Raises:
        NotFound: the delegation no longer exists.
    """
    admitted: list[int] = []
    already: list[int] = []
    names: list[str] = []
    with _admitting(event_file) as connection:
        name = connection.execute(
            "SELECT name FROM delegation WHERE id = ?", (delegation_id,)
        ).scalar()
        if name is None:
            raise NotFound(
                f"Delegation {delegation_id} no longer exists; it may have been deleted."
            )
        members = connection.execute(
            f"SELECT id FROM delegate WHERE delegation_id = ? ORDER BY id{connection.for_update}",
            (delegation_id,),
        ).scalars()
        previous = {member: _last(connection, member) for member in list(members)}
        at = _batch_time(now, previous.values())
        statuses: dict[int, Status] = {}
        for member, last in previous.items():
            if last.checked_in:
                already.append(member)
            else:
                stored = _insert(connection, member, CheckInAction.IN, desk, at, last)
                statuses[member] = Status(True, stored, desk, CheckInAction.IN)
                admitted.append(member)
                names.append(_name(connection, member))
    if index is not None:
        for member, member_status in statuses.items():
            index.note(member, member_status)
    return DelegationAdmission(name, tuple(admitted), tuple(already), tuple(names))


def _batch_time(now: dt.datetime | None, previous: Iterable[Status]) -> dt.datetime:
    """One instant for a batch, after every member's previous entry (see `_insert`)."""
    at = _as_utc(now) if now is not None else dt.datetime.now(dt.UTC)
    latest = max((status.at for status in previous if status.at is not None), default=None)
    if latest is not None and at <= latest:
        at = latest + dt.timedelta(microseconds=1)
    return at


def delegation_waiting(event_file: EventFile, delegation_id: int) -> DelegationWaiting:
    """How many of a delegation are not checked in (what admitting it whole would admit).

    Raises:
        NotFound: the delegation no longer exists.
    """
    with event_file.read() as connection:
        name = connection.execute(
            "SELECT name FROM delegation WHERE id = ?", (delegation_id,)
        ).scalar()
        if name is None:
            raise NotFound(
                f"Delegation {delegation_id} no longer exists; it may have been deleted."
            )
        total, here = connection.execute(_MEMBERS_SQL, (delegation_id,)).one()
    return DelegationWaiting(name, int(total) - int(here))


def _undo(
    connection: SqlConnection, delegate_id: int, desk: str, now: dt.datetime | None
) -> Status:
    _lock(connection, [delegate_id])
    previous = _last(connection, delegate_id)
    if not previous.checked_in:
        return NOT_ARRIVED
    at = _insert(connection, delegate_id, CheckInAction.UNDO, desk, now, previous)
    return Status(False, at, desk, CheckInAction.UNDO)


def undo_check_in(
    *, session: Session, delegate_id: int, desk: str = "", now: dt.datetime | None = None
) -> bool:
    """Append an undo entry if the delegate is checked in; False if there was nothing to undo."""
    return _undo(sql_connection(session), delegate_id, desk, now).action is not None


def undo_admission(
    event_file: EventFile,
    delegate_id: int,
    *,
    desk: str = "",
    now: dt.datetime | None = None,
    index: DeskMemory | None = None,
) -> bool:
    """Undo a delegate's admission (an "undo" entry; nothing is deleted), committed on return.

    Returns False if the delegate was not checked in (nothing written).
    """
    with _admitting(event_file) as connection:
        undone = _undo(connection, delegate_id, desk, now)
    if undone.action is None:
        return False
    if index is not None:
        index.note(delegate_id, undone)
    return True


def undo_last_admission(
    event_file: EventFile,
    desk: str,
    *,
    now: dt.datetime | None = None,
    index: DeskMemory | None = None,
) -> UndoneAdmission | None:
    """Undo the most recent admission made at `desk` that still stands (the desk's Undo); if
    it was a whole delegation admitted at once, undo all of that batch still standing.

    Finding it and undoing it is one transaction, so another desk cannot slip in between.
    Returns None if no admission made at `desk` still stands (nothing written).
    """
    with _admitting(event_file) as connection:
        last = _last_standing(connection, desk)
        if last is None:
            return None
        delegate_id, at = last
        batch = _batch_of(connection, desk, delegate_id, at)
        _lock(connection, [delegate_id, *batch])
        undone = {member: _undo(connection, member, desk, now) for member in (delegate_id, *batch)}
        names = [_name(connection, member) for member in (delegate_id, *batch)]
    if index is not None:
        for member, status in undone.items():
            index.note(member, status)
    return UndoneAdmission(delegate_id, names[0], tuple(batch), tuple(names[1:]))
