"""A check-in desk on the venue server that goes on admitting when the server stops answering.

`VenueDesk(server, desk)` admits on the server (row locks there keep two desks from admitting
one badge). When the server does not answer within about a second, the same admission is
made on the desk's own copy of the event (`server.path`, an SQLite file) instead, and
`status` becomes "offline": nothing to switch on by hand.

`poll()`, called every half second or so off the GUI thread:

- online: fetches what other desks did since the last poll — journal entries (admissions,
  undos), delegates added or changed (walk-ins, badges replaced, i.e. revoked) or deleted —
  and applies them to the local copy, so the desk can go on from there if the server drops;
- offline: tries the server; once it answers, sends the journal entries made offline (by
  uuid, `ON CONFLICT DO NOTHING`: sending twice changes nothing), reports the delegates
  admitted meanwhile at another desk too, and the desk is "online" again.

What changed since the last poll is found by the `changed_in` transaction ids migration 0016
puts on the server's rows: rows written in transactions at or after the oldest transaction
still running at the previous poll (`pg_snapshot_xmin`), so a transaction that commits after
a later one is never skipped. A row read twice is applied once (by uuid or id).
`wait_for_change(timeout)` blocks on the server's notification (LISTEN) for a poll to run at
once when another desk writes.

`refresh_local_copy()` at start: sends what an earlier run admitted offline and never sent,
then replaces the local copy by a complete copy of the server's event.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from delegations.domain.names import display_name
from delegations.services import checkin
from delegations.services.checkin import CheckInResult, DelegationAdmission, UndoneAdmission
from delegations.services.journal import Admission, DoubleAdmission
from delegations.store import EventFile, open_event_file
from delegations.store.stored import stored_datetime, stored_name_order

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

    from delegations.services.checkin import DeskMemory
    from delegations.store.server import EventServer

ONLINE = "online"
OFFLINE = "offline"
CHANNEL = "delegations_desk"
ANSWER_SECONDS = 1
"""A server that has not answered within this long counts as gone: the desk admits locally."""
_CHUNK = 500
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journal entry another desk (or this one) wrote on the server."""

    uuid: str
    delegate_id: int
    at: dt.datetime  # UTC
    desk: str
    action: str  # "IN" or "UNDO"


@dataclass(frozen=True, slots=True)
class Reconnection:
    """What going back online did: entries sent, and delegates admitted twice meanwhile."""

    sent: int
    double_admissions: tuple[DoubleAdmission, ...] = ()
    not_sent: int = 0  # entries for delegates deleted on the server meanwhile


@dataclass(frozen=True, slots=True)
class Poll:
    """What `VenueDesk.poll` found and applied to the local copy."""

    status: str
    entries: tuple[JournalEntry, ...] = ()
    delegates: tuple[int, ...] = ()  # added or changed (walk-ins, replaced badges)
    deleted: tuple[int, ...] = ()
    reconnected: Reconnection | None = None

    @property
    def changed(self) -> bool:
        return bool(self.entries or self.delegates or self.deleted or self.reconnected is not None)


@dataclass
class _State:
    status: str = ONLINE
    since: str | None = None  # the server's snapshot xmin at the last poll (xid8 as text)
    unsent: int = 0
    last_reconnection: Reconnection | None = None
    failures: list[str] = field(default_factory=list)


def _server_gone() -> tuple[type[BaseException], ...]:
    """The errors that mean "the server does not answer" (not "the SQL is wrong")."""
    from sqlalchemy.exc import InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    return (OperationalError, InterfaceError, PoolTimeout)


def _copy_failed() -> tuple[type[BaseException], ...]:
    """What stops a complete copy being made: the server gone (in `EventServer.backup_to`'s
    words), or the copy cannot be written; the copy the desk has stays as it was."""
    from delegations.store import EventFileError

    return (*_server_gone(), EventFileError)


def _quick_server(server: EventServer) -> EventServer:
    """The same event through connections that give up after `ANSWER_SECONDS`: connecting,
    a statement, a lock and unacknowledged network writes all time out."""
    from delegations.store.server import EventServer

    millis = ANSWER_SECONDS * 1000
    url = server.url.update_query_dict(
        {
            "connect_timeout": str(ANSWER_SECONDS),
            "tcp_user_timeout": str(millis),
            "options": f"-c statement_timeout={millis} -c lock_timeout={millis}",
        }
    )
    return EventServer(url, created=False, local_copy=server.path)


class VenueDesk:
    """A desk admitting on `server`, or on its local copy while the server does not answer.

    Thread use: `admit*`/`undo_last` on the GUI thread, `poll`/`wait_for_change` in one
    worker; the switch between server and local copy is made under one lock, so nothing
    admitted offline is missed by the sending.
    """

    def __init__(self, server: EventServer, desk: str, *, local_copy: Path | None = None) -> None:
        from delegations.store.server import EventServer

        # The desk's own engines, closed by `close` whatever becomes of `server`: a worker
        # thread may still be polling when the window closes the event it was opened on.
        self.server = _quick_server(server)
        self._full_server = EventServer(server.url, created=False, local_copy=server.path)
        self.desk = desk
        self.local: EventFile = open_event_file(local_copy or server.path)
        self._state = _State()
        self._switch = threading.Lock()
        self._listener: Any = None

    # What the desk shows ------------------------------------------------------------------

    @property
    def status(self) -> str:
        return self._state.status

    @property
    def unsent(self) -> int:
        """Journal entries admitted offline, still to send."""
        return self._state.unsent

    @property
    def last_reconnection(self) -> Reconnection | None:
        return self._state.last_reconnection

    @property
    def reading_file(self) -> EventFile:
        """Where the desk's index reads now: the server online, the local copy offline."""
        return self.server if self._state.status == ONLINE else self.local

    # Admitting ----------------------------------------------------------------------------

    def admit(
        self, code: str, now: dt.datetime | None = None, *, index: DeskMemory | None = None
    ) -> CheckInResult:
        """Scan: `checkin.admit` on the server, or on the local copy when it does not answer."""
        return self._either(
            lambda event_file: checkin.admit(event_file, code, desk=self.desk, now=now, index=index)
        )

    def admit_by_id(
        self, delegate_id: int, now: dt.datetime | None = None, *, index: DeskMemory | None = None
    ) -> CheckInResult:
        return self._either(
            lambda event_file: checkin.admit_by_id(
                event_file, delegate_id, desk=self.desk, now=now, index=index
            )
        )

    def admit_delegation(
        self, delegation_id: int, *, index: DeskMemory | None = None
    ) -> DelegationAdmission:
        return self._either(
            lambda event_file: checkin.admit_delegation(
                event_file, delegation_id, desk=self.desk, index=index
            )
        )

    def undo_last(self, *, index: DeskMemory | None = None) -> UndoneAdmission | None:
        return self._either(
            lambda event_file: checkin.undo_last_admission(event_file, self.desk, index=index)
        )

    def _either(self, action: Callable[[EventFile], _T]) -> _T:
        if self._state.status == ONLINE:
            try:
                return action(self.server)
            except _server_gone():
                self._went_offline()
        with self._switch:
            if self._state.status == ONLINE:  # back meanwhile (a poll reconnected)
                return action(self.server)
            before = self._local_entries()
            result = action(self.local)
            self._state.unsent += self._local_entries() - before
            return result

    def _went_offline(self) -> None:
        with self._switch:
            self._state.status = OFFLINE
            self._state.last_reconnection = None

    def _local_entries(self) -> int:
        with self.local.read() as connection:
            return connection.execute("SELECT count(*) FROM checkin").scalar_one()

    # Polling ------------------------------------------------------------------------------

    def poll(self) -> Poll:
        """Apply what changed on the server since the last poll to the local copy; offline,
        try the server and, if it answers, send what was admitted meanwhile first."""
        reconnected = None
        if self._state.status == OFFLINE:
            try:
                reconnected = self._reconnect()
            except _server_gone():
                return Poll(OFFLINE)
        try:
            found = self._pull()
        except _server_gone():
            self._went_offline()
            return Poll(OFFLINE, reconnected=reconnected)
        return Poll(self._state.status, *found, reconnected=reconnected)

    def _pull(self) -> tuple[tuple[JournalEntry, ...], tuple[int, ...], tuple[int, ...]]:
        since = self._state.since
        with self.server.read() as server:
            core = server.core
            # First the horizon, then the rows: a transaction older than it has committed
            # (or given up) before the rows are read, so this read sees it.
            horizon = core.exec_driver_sql(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
            ).scalar_one()
            entries = _changed_rows(core, _table("checkin"), since)
            people = _changed_rows(core, _table("delegate"), since)
            server_count = core.exec_driver_sql("SELECT count(*) FROM delegate").scalar_one()
            server_ids = None
            if server_count < self._local_delegates() + len(people):
                server_ids = set(core.exec_driver_sql("SELECT id FROM delegate").scalars())
        from sqlalchemy.exc import IntegrityError

        if not (entries or people or server_ids is not None):
            self._state.since = horizon
            return (), (), ()
        try:
            with self.local.write_locked() as local:
                changed = _upsert_delegates(local.core, people)
                deleted = _delete_missing(local.core, server_ids) if server_ids is not None else ()
                new = _insert_new_entries(local.core, entries)
        except IntegrityError:  # e.g. a delegate of a delegation added since: copy it all
            self.refresh_local_copy()
            return (), tuple(row["id"] for row in people), ()
        self._state.since = horizon
        return tuple(_entry(row) for row in new), tuple(changed), tuple(deleted)

    def _local_delegates(self) -> int:
        with self.local.read() as connection:
            return connection.execute("SELECT count(*) FROM delegate").scalar_one()

    def _reconnect(self) -> Reconnection:
        """Send the entries the local copy has and the server has not (all or none), then
        say online; under the switch lock, so no offline admission slips in between.

        The server is asked first without the lock: a scan meanwhile must not wait the
        second a server that does not answer takes to time out."""
        with self.server.read() as server:
            server.execute("SELECT 1").scalar_one()
        with self._switch:
            with self.local.read() as local:
                rows = [
                    dict(row)
                    for row in local.core.execute(_select_all(_table("checkin"))).mappings()
                ]
            reconnection = self._send(rows)
            self._state.status = ONLINE
            self._state.unsent = 0
            self._state.last_reconnection = reconnection
            return reconnection

    def _send(self, local_rows: list[dict[str, Any]]) -> Reconnection:
        from delegations.store.transactions import immediate_connection

        checkins = _table("checkin")
        with immediate_connection(self.server.engine) as server:
            known = set(server.exec_driver_sql("SELECT uuid FROM checkin").scalars())
            missing = [row for row in local_rows if row["uuid"] not in known]
            people = set(server.exec_driver_sql("SELECT id FROM delegate").scalars())
            sendable = [row for row in missing if row["delegate_id"] in people]
            statement = _insert_ignoring(server, checkins).returning(checkins.c.uuid)
            sent = 0
            for start in range(0, len(sendable), _CHUNK):
                sent += len(server.execute(statement, sendable[start : start + _CHUNK]).all())
            touched = {row["delegate_id"] for row in sendable}
            doubles = _double_admissions(server, touched)
        return Reconnection(sent, tuple(doubles), len(missing) - len(sendable))

    def wait_for_change(self, timeout: float) -> bool:
        """Block until another desk writes on the server (its notification) or `timeout`
        seconds pass; True if notified. Offline, or if listening fails, it just waits."""
        try:
            listener = self._listening()
            if listener is None:
                threading.Event().wait(timeout)
                return False
            notified = False
            for _notice in listener.notifies(timeout=timeout, stop_after=1):
                notified = True
            return notified
        except Exception:  # the server went away: the next poll finds out and says so
            self._stop_listening()
            threading.Event().wait(min(timeout, ANSWER_SECONDS))
            return False

    def _listening(self) -> Any:
        if self._state.status != ONLINE:
            return None
        if self._listener is None:
            import psycopg

            # The whole address, query included (host=/socket/folder, sslmode, the
            # timeouts): a socket URL's host is in its query, not in url.host.
            url = self.server.url
            address = {"host": url.host, "port": url.port, "user": url.username,
                       "password": url.password, "dbname": url.database}  # fmt: skip
            address = {key: value for key, value in address.items() if value is not None}
            address.update({key: str(value) for key, value in url.query.items()})
            self._listener = psycopg.connect(autocommit=True, **address)
            self._listener.execute(f"LISTEN {CHANNEL}")
        return self._listener

    def _stop_listening(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            finally:
                self._listener = None

    # The local copy -----------------------------------------------------------------------

    def refresh_local_copy(self) -> Reconnection | None:
        """At start: send what an earlier run admitted offline and never sent, then make the
        local copy a complete copy of the server's event. Offline (the server does not
        answer), the local copy stays as it is and the desk starts offline."""
        try:
            reconnection = self._reconnect() if self._local_has_event() else None
            with self.server.read() as server:
                horizon = server.core.exec_driver_sql(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
                ).scalar_one()
            with self._switch:  # an offline admission meanwhile waits for the new copy
                self.local.close()
                self._full_server.backup_to(self.local.path)
        except _copy_failed():
            self._went_offline()
            return None
        self._state.since = horizon
        return reconnection

    def _local_has_event(self) -> bool:
        with self.local.read() as connection:
            return connection.execute("SELECT count(*) FROM event").scalar_one() > 0

    def close(self) -> None:
        self._stop_listening()
        self.local.close()
        self.server.close()
        self._full_server.close()


# Rows between the engines ---------------------------------------------------------------


def _table(name: str) -> Table:
    from sqlmodel import SQLModel

    import delegations.domain.models  # noqa: F401  (registers the tables)

    return SQLModel.metadata.tables[name]


def _select_all(table: Table) -> Any:
    from sqlalchemy import select

    return select(table)


def _changed_rows(server: Connection, table: Table, since: str | None) -> list[dict[str, Any]]:
    """The rows of `table` written in transactions at or after `since` (all with None)."""
    from sqlalchemy import literal_column, select, text

    statement = select(table)
    if since is not None:
        statement = statement.where(
            literal_column("changed_in") >= text("CAST(:since AS xid8)").bindparams(since=since)
        )
    return [dict(row) for row in server.execute(statement).mappings()]


def _insert_ignoring(connection: Connection, table: Table) -> Any:
    """`INSERT … ON CONFLICT DO NOTHING` on either engine."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


def _insert_new_entries(local: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the journal entries the local copy does not have yet; those, in (at, uuid) order."""
    from sqlalchemy import select

    if not rows:
        return []
    checkins = _table("checkin")
    have: set[str] = set()
    uuids = [row["uuid"] for row in rows]
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        have.update(
            local.execute(select(checkins.c.uuid).where(checkins.c.uuid.in_(chunk))).scalars()
        )
    new = [row for row in rows if row["uuid"] not in have]
    if new:
        local.execute(_insert_ignoring(local, checkins), new)
    return sorted(new, key=lambda row: (stored_datetime(row["at"]), row["uuid"]))


def _upsert_delegates(local: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Write the server's delegates added or changed into the local copy (by id)."""
    from sqlalchemy.dialects.sqlite import insert

    if not rows:
        return []
    delegates = _table("delegate")
    statement = insert(delegates)
    columns = [column.name for column in delegates.columns if column.name != "id"]
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={name: statement.excluded[name] for name in columns}
    )
    local.execute(statement, rows)
    return [row["id"] for row in rows]


def _delete_missing(local: Connection, server_ids: set[int]) -> list[int]:
    """Delete the local delegates the server no longer has (their journal goes with them)."""
    from sqlalchemy import delete, select

    delegates, checkins = _table("delegate"), _table("checkin")
    gone = sorted(set(local.execute(select(delegates.c.id)).scalars()) - server_ids)
    for start in range(0, len(gone), _CHUNK):
        chunk = gone[start : start + _CHUNK]
        local.execute(delete(checkins).where(checkins.c.delegate_id.in_(chunk)))
        local.execute(delete(delegates).where(delegates.c.id.in_(chunk)))
    return gone


def _entry(row: dict[str, Any]) -> JournalEntry:
    action = row["action"]
    at = stored_datetime(row["at"])
    return JournalEntry(
        row["uuid"], row["delegate_id"], at.astimezone(dt.UTC) if at.tzinfo else at.replace(tzinfo=dt.UTC), row["desk"],
        getattr(action, "name", str(action)),
    )  # fmt: skip


def _double_admissions(
    connection: Connection, delegate_ids: Iterable[int]
) -> list[DoubleAdmission]:
    """The delegates among `delegate_ids` admitted again while already in (two desks that
    did not see each other), from their journals in (at, uuid) order."""
    from sqlalchemy import select

    ids = sorted(set(delegate_ids))
    checkins = _table("checkin")
    repeats: dict[int, list[tuple[dt.datetime, str]]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = connection.execute(
            select(checkins.c.delegate_id, checkins.c.action, checkins.c.at, checkins.c.desk)
            .where(checkins.c.delegate_id.in_(chunk))
            .order_by(checkins.c.at, checkins.c.uuid)
        )
        inside: dict[int, list[tuple[dt.datetime, str]]] = {}
        for delegate_id, action, at, desk in rows:
            if getattr(action, "name", str(action)) != "IN":
                inside.pop(delegate_id, None)
                continue
            run = inside.setdefault(delegate_id, [])
            run.append((stored_datetime(at), desk))
            if len(run) == 2:
                repeats.setdefault(delegate_id, []).extend(run)
            elif len(run) > 2:
                repeats[delegate_id].append(run[-1])
    names = _names(connection, list(repeats))
    doubles = [
        DoubleAdmission(
            delegate_id,
            *names.get(delegate_id, (f"Delegate {delegate_id}", "")),
            tuple(Admission(at.replace(tzinfo=dt.UTC), desk) for at, desk in admissions),
        )  # fmt: skip
        for delegate_id, admissions in repeats.items()
    ]
    return sorted(doubles, key=lambda double: (double.admissions[-1].at, double.delegate_id))


def _names(connection: Connection, ids: list[int]) -> dict[int, tuple[str, str]]:
    from sqlalchemy import select

    delegates, delegations = _table("delegate"), _table("delegation")
    names: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = connection.execute(
            select(
                delegates.c.id, delegates.c.honorific, delegates.c.given_name,
                delegates.c.family_name, delegates.c.name_order, delegations.c.name,
            )
            .join(delegations, delegations.c.id == delegates.c.delegation_id)
            .where(delegates.c.id.in_(ids[start : start + _CHUNK]))
        )  # fmt: skip
        for id_, honorific, given, family, order, delegation in rows:
            order_name = getattr(order, "name", order)
            names[id_] = (display_name(honorific, given, family, stored_name_order(order_name)),
                          delegation)  # fmt: skip
    return names
