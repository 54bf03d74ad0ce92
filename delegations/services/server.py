"""Moving an event to and from a venue server, and the server's roles and logins.

`push_event` copies an event file into an empty PostgreSQL database; `pull_event` makes a new
file (an offline copy) of the event on a server. Both copy every row through
`store.copying.copy_event`, which verifies the row counts per table; a target that holds an
event already is refused unless `replace` is given, and is left as it was.

`init_server` makes the two group roles a venue needs and gives them their privileges: desks
read everything and write only what admitting and walk-ins write; organisers may change
everything. `add_login` gives a desk or a person a login in one of them. Passwords go to the
server only as a SCRAM hash made on this computer, so not even the server's statement log
sees them; no address shown or remembered here carries one (`store.server.shown_url`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.domain.errors import UserError
from delegations.store import EventFile, open_event_file
from delegations.store.server import ServerUnreachable, is_server_url, server_url, shown_url

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

__all__ = [
    "DESK_ROLE",
    "ORGANISER_ROLE",
    "Copied",
    "OfflineCopy",
    "ServerAddress",
    "ServerUnreachable",
    "add_login",
    "connect",
    "explain_refusals",
    "init_server",
    "is_server_url",
    "offline_copy",
    "open_offline_copy",
    "pull_event",
    "push_event",
    "server_location",
]

DESK_ROLE = "delegations_desk"
ORGANISER_ROLE = "delegations_organiser"
KINDS = ("desk", "organiser")

# What a desk writes, read from the services it calls. Admitting and undoing: a `checkin` row
# (services.checkin; the admission's row lock `SELECT … FOR UPDATE` on `delegate` needs an
# UPDATE privilege there). A walk-in (services.walk_in): a `delegate`, its `badgeprint`, its
# admission; a walk-in Head of Delegation becomes the delegation's head and the previous head
# a Delegate (delegations._keep_head_and_role_in_step); a walk-in whose badge did not print is
# deleted again. A lost badge reprinted at the desk gets a new `badge_version`.
_DESK_INSERTS = ("checkin", "delegate", "badgeprint")
_DESK_COLUMN_UPDATES = {"delegate": ("badge_version", "role_id"), "delegation": ("head_id",)}
_DESK_DELETES = ("delegate",)
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Copied:
    """An event copied: from where to where (as shown, no password), rows per table."""

    source: str
    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """What the Connect dialog asks for. The password is used once, never kept."""

    host: str
    port: int
    database: str
    user: str
    password: str = field(default="", repr=False)  # never in a log line or a traceback

    def url(self) -> str:
        """The address to open (with the password, if any: for this connection only)."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql",
            username=self.user or None,
            password=self.password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def location(self) -> str:
        return server_location(self.url())

    @classmethod
    def parse(cls, address: str) -> ServerAddress:
        """The fields of a remembered address (`location`) to fill the Connect dialog with.

        Raises:
            UserError: not a PostgreSQL address with a database name.
        """
        url = server_url(address)
        return cls(url.host or "", url.port or 5432, url.database or "", url.username or "")


def connect(address: ServerAddress) -> EventFile:
    """File ▸ Connect to a venue server…: open the event on the server at `address`.

    Raises:
        InvalidInput: no database name, or a port out of range (the field is named).
        UserError: the server cannot be reached, refuses the login, or holds no event of ours.
    """
    from delegations.domain.errors import InvalidInput
    from delegations.services.event import open_event

    if not address.database.strip():
        raise InvalidInput("database", "give the name of the event's database.")
    if not 0 < address.port < 65536:
        raise InvalidInput("port", "give a port from 1 to 65535 (PostgreSQL's is 5432).")
    event_file = open_event(address.url())
    explain_refusals(event_file)
    return event_file


@dataclass(frozen=True, slots=True)
class OfflineCopy:
    """A desk's own copy of a server's event, as its last connection (and what it admitted
    since) left it."""

    path: Path
    location: str  # the server's event it copies, as shown (no password)
    saved_at: dt.datetime  # its last write, in UTC


def offline_copy(target: str) -> OfflineCopy | None:
    """This computer's offline copy of the event at `target` (a server address), or None if
    it has never connected to it."""
    from delegations.paths import user_data_dir
    from delegations.store.server import local_copy_path

    url = server_url(target)
    path = local_copy_path(url, user_data_dir())
    if not path.is_file() or path.stat().st_size == 0:
        return None
    saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return OfflineCopy(path, shown_url(url), saved_at)


def open_offline_copy(copy: OfflineCopy) -> EventFile:
    """Open `copy` to go on admitting while its server does not answer. Admissions made on it
    are sent to the server when this desk connects again (`VenueDesk.refresh_local_copy`);
    other changes made on it are not.

    Raises:
        UserError: the copy cannot be opened (as any event file) or holds no event.
    """
    event_file = open_event_file(copy.path)
    with event_file.read() as connection:
        has_event = connection.execute("SELECT count(*) FROM event").scalar_one() > 0
    if not has_event:
        event_file.close()
        raise UserError(f"The offline copy of {copy.location} holds no event yet.")
    event_file.offline_copy_of = copy.location
    return event_file


def server_location(address: str) -> str:
    """`address` as it may be shown and remembered: no password, no connection options.

    Raises:
        UserError: not a PostgreSQL address with a database name.
    """
    return shown_url(server_url(address))


# Moving an event ----------------------------------------------------------------------------


def push_event(
    event_file: EventFile,
    target: str,
    *,
    replace: bool = False,
    progress: ProgressCallback | None = None,
) -> Copied:
    """Copy the event in `event_file` into the database at `target` (a PostgreSQL address).

    The database gets the event schema if it has none. A database that holds an event already
    is refused unless `replace`; then its event is replaced in the copy's one transaction.

    Raises:
        UserError: `target` is not a server address, cannot be reached, holds another
            application's tables or an event (without `replace`), or the copy's counts do not
            match (nothing kept).
    """
    url = server_url(target)
    if not replace:
        _refuse_an_event(url, "push the event to an empty database")
    server = open_event_file(target)
    explain_refusals(server)  # a desk's login may not replace the event
    try:
        rows = _copy(event_file.engine, server.engine, progress)
    finally:
        server.close()
    return Copied(event_file.location, shown_url(url), rows)


def pull_event(
    source: str,
    path: Path,
    *,
    replace: bool = False,
    progress: ProgressCallback | None = None,
) -> Copied:
    """Write the event on the server at `source` to a new event file at `path`.

    The file is written beside `path` under a temporary name and renamed when the copy is
    complete and verified, so `path` is either the whole event or as it was. An existing
    `path` is refused unless `replace`; an event file replaced is backed up first.

    Raises:
        UserError: `source` cannot be reached or holds no event; `path` exists (without
            `replace`) or is a folder; the copy's counts do not match (nothing written).
        OSError: the file cannot be written (`files.CannotWrite` says where and why).
    """
    from delegations.files import replaced_atomically

    url = server_url(source)
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise UserError(f"{path} is a folder; give the name of the event file to write.")
    if path.exists() and not replace:
        raise UserError(
            f"{path} exists already; give --replace to overwrite it with the event on "
            f"{shown_url(url)}, or choose a new file name."
        )
    with _reachable(url) as engine:
        if _holds_no_event(engine):
            raise UserError(f"{shown_url(url)} holds no event to copy.")
    server = open_event_file(source)
    explain_refusals(server)
    try:
        if path.exists():
            _back_up(path)
        with replaced_atomically(path) as temporary:
            temporary.unlink()  # an empty file is not a database: the event file makes its own
            copy = open_event_file(temporary)
            try:
                rows = _copy(server.engine, copy.engine, progress)
            finally:
                copy.close()
    finally:
        server.close()
    return Copied(shown_url(url), str(path), rows)


def _copy(source: Engine, target: Engine, progress: ProgressCallback | None) -> dict[str, int]:
    from delegations.store.copying import CopyMismatch, copy_event

    try:
        return copy_event(source, target, progress=progress)
    except CopyMismatch as mismatch:
        raise UserError(f"{mismatch}; nothing was kept.") from None


def _refuse_an_event(url: URL, advice: str) -> None:
    with _reachable(url) as engine:
        if not _holds_no_event(engine):
            raise UserError(
                f"{shown_url(url)} holds an event already; {advice}, or give --replace to "
                "overwrite it."
            )


def _holds_no_event(engine: Engine) -> bool:
    from delegations.store.copying import is_empty

    return is_empty(engine)


def _back_up(path: Path) -> None:
    """An event file about to be replaced is backed up; another file is only replaced."""
    from delegations.store.backups import backup_closed_file, event_key

    if event_key(path) is not None:
        backup_closed_file(path)


@contextmanager
def _reachable(url: URL) -> Iterator[Engine]:
    """A short-lived engine on `url`; "cannot connect" becomes one sentence naming the server
    (never its password)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        yield engine
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise UserError(f"Cannot reach {shown_url(url)}: {reason}.") from None
    finally:
        engine.dispose()


# Roles and logins ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RolesMade:
    """`init_server`'s result: the group roles, and which of them were new."""

    desk_role: str
    organiser_role: str
    created: tuple[str, ...]
    location: str


def init_server(
    target: str, *, desk_role: str = DESK_ROLE, organiser_role: str = ORGANISER_ROLE
) -> RolesMade:
    """Make (or bring up to date) the desks' and organisers' group roles on `target`.

    The event schema is made first if the database has none, so that every table has its
    privileges; tables made later by the same owner get them by default privileges. Run
    again, it converges: the desk role's privileges are set afresh.

    Raises:
        UserError: a role name is not a plain lower-case name, the login used may not create
            roles or grant on these tables, or the server cannot be reached.
    """
    for name in (desk_role, organiser_role):
        _check_role_name(name)
    if desk_role == organiser_role:
        raise UserError("The desks' and the organisers' roles need two different names.")
    server = open_event_file(target)
    try:
        with _refusals_explained(server.engine), server.engine.begin() as connection:
            _require_owner(connection, server.location)
            created = tuple(
                name for name in (desk_role, organiser_role) if _create_group(connection, name)
            )
            for statement in _grants(connection, _quoted(desk_role), _quoted(organiser_role)):
                connection.exec_driver_sql(statement)
    finally:
        server.close()
    return RolesMade(desk_role, organiser_role, created, shown_url(server_url(target)))


def _require_owner(connection, location: str) -> None:  # noqa: ANN001 (Core connection)
    """Only the tables' owner can grant on them: anyone else's GRANT does nothing but warn."""
    owns = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables"
        " WHERE schemaname = 'public' AND tablename = 'event'"
    ).scalar()
    if not owns:
        raise UserError(
            f"{location}: this login does not own the event's tables, so it cannot grant on "
            "them; run server init with the login that pushed the event."
        )


def _grants(connection, desk: str, organiser: str) -> list[str]:  # noqa: ANN001 (Core connection)
    sequences = (
        connection.exec_driver_sql(
            "SELECT pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence"
            " FROM information_schema.columns WHERE table_schema = 'public'"
            " AND table_name = ANY(%(tables)s)"
            " AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL",
            {"tables": list(_DESK_INSERTS)},
        )
        .scalars()
        .all()
    )
    updates = [
        f"GRANT UPDATE ({', '.join(columns)}) ON {table} TO {desk}"
        for table, columns in _DESK_COLUMN_UPDATES.items()
    ]
    return [
        f"GRANT USAGE ON SCHEMA public TO {desk}, {organiser}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {desk}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {desk}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {desk}",
        f"GRANT INSERT ON {', '.join(_DESK_INSERTS)} TO {desk}",
        *updates,
        f"GRANT DELETE ON {', '.join(_DESK_DELETES)} TO {desk}",
        f"GRANT USAGE ON SEQUENCE {', '.join(sequences)} TO {desk}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {organiser}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {organiser}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {desk}, {organiser}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {desk}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {organiser}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO {organiser}",
    ]


def _create_group(connection, name: str) -> bool:  # noqa: ANN001 (Core connection)
    """Create the group role `name` (no login) unless it exists; whether it was made."""
    if _role(connection, name) is not None:
        return False
    connection.exec_driver_sql(f"CREATE ROLE {_quoted(name)} NOLOGIN")
    return True


def _role(connection, name: str) -> tuple[bool, bool] | None:  # noqa: ANN001 (Core connection)
    """(can log in, is superuser) of the role `name`, None if there is none."""
    row = connection.exec_driver_sql(
        "SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %(name)s", {"name": name}
    ).fetchone()
    return None if row is None else (row[0], row[1])


def add_login(
    target: str,
    name: str,
    kind: str,
    password: str,
    *,
    desk_role: str = DESK_ROLE,
    organiser_role: str = ORGANISER_ROLE,
) -> bool:
    """Give `name` a login on the server, as a desk or an organiser (`kind`), with `password`.

    An existing login gets the new password and membership instead. Returns whether the login
    was new.

    Raises:
        UserError: a bad name, kind or empty password; the group roles are not made yet
            (`init_server`); `name` is a group role or a superuser; the login used may not
            create roles; the server cannot be reached.
    """
    _check_role_name(name)
    if kind not in KINDS:
        raise UserError(f"“{kind}” is not a kind of login; give desk or organiser.")
    if not password:
        raise UserError(f"The password for {name} is empty; give one.")
    group = desk_role if kind == "desk" else organiser_role
    url = server_url(target)
    with _reachable(url) as engine, _refusals_explained(engine), engine.begin() as connection:
        if _role(connection, group) is None:
            raise UserError(
                f"{shown_url(url)} has no role {group} yet; run `delegations --db "
                f"{shown_url(url)} server init` first."
            )
        existing = _role(connection, name)
        if name in (desk_role, organiser_role) or (existing is not None and existing[1]):
            raise UserError(f"{name} is not a login this command may change; choose another name.")
        hashed = _scram(connection, name, password)
        if existing is None:
            connection.exec_driver_sql(
                f"CREATE ROLE {_quoted(name)} LOGIN PASSWORD {hashed} IN ROLE {_quoted(group)}"
            )
        else:
            connection.exec_driver_sql(f"ALTER ROLE {_quoted(name)} LOGIN PASSWORD {hashed}")
            other = organiser_role if group == desk_role else desk_role
            if _role(connection, other) is not None:
                connection.exec_driver_sql(f"REVOKE {_quoted(other)} FROM {_quoted(name)}")
            connection.exec_driver_sql(f"GRANT {_quoted(group)} TO {_quoted(name)}")
    return existing is None


def _scram(connection, name: str, password: str) -> str:  # noqa: ANN001 (Core connection)
    """The password as the quoted hash the server keeps (libpq's PQencryptPasswordConn, with
    the server's password_encryption): the password itself never leaves this computer."""
    pgconn = connection.connection.dbapi_connection.pgconn
    hashed = pgconn.encrypt_password(password.encode(), name.encode()).decode()
    return "'" + hashed.replace("'", "''") + "'"


def _check_role_name(name: str) -> None:
    if not _ROLE_NAME.fullmatch(name) or name.startswith("pg_"):
        raise UserError(
            f"“{name}” is not a role name this command accepts; use lower-case letters, digits "
            "and _ (at most 63, not starting with a digit or pg_)."
        )


def _quoted(name: str) -> str:
    return f'"{name}"'  # names are checked by _check_role_name: no quote can be inside


# Refusals by the server ---------------------------------------------------------------------

# What a table holds, for the sentence that says what a login may not change.
_TABLE_WORDS = {
    "agendasession": "the agenda",
    "sessionspeaker": "the agenda",
    "programmeversion": "the agenda",
    "room": "the agenda's rooms",
    "delegation": "delegations",
    "delegate": "delegates",
    "event": "the event's settings",
    "speaker": "speakers",
    "role": "roles",
}
_DENIED = re.compile(r"permission denied for (?:table|relation|sequence) (\w+)")


class ServerRefused(UserError):
    """The server's privileges do not let this login make this change (nothing was written)."""


def refusal_sentence(error: BaseException, user: str | None) -> str | None:
    """One sentence for a "permission denied" from the server; None for any other error."""
    original = getattr(error, "orig", error)
    if getattr(original, "sqlstate", None) != "42501":
        return None
    found = _DENIED.search(str(original))
    what = _TABLE_WORDS.get(found.group(1), f"the table {found.group(1)}") if found else "this"
    who = f"the login {user}" if user else "this login"
    return (
        f"The server refused the change: {who} may not change {what} (a desk's login reads "
        "the roster, admits and adds walk-ins); ask an organiser. Nothing was written."
    )


def explain_refusals(event_file: EventFile) -> None:
    """On a server event, a "permission denied" becomes `ServerRefused` with one sentence."""
    if event_file.on_server:
        _explain_on(event_file.engine)


def _explain_on(engine: Engine) -> None:
    from sqlalchemy import event

    if not event.contains(engine, "handle_error", _raise_refusal):
        event.listen(engine, "handle_error", _raise_refusal)


def _raise_refusal(context) -> None:  # noqa: ANN001 (sqlalchemy ExceptionContext)
    engine = context.engine
    user = engine.url.username if engine is not None else None
    sentence = refusal_sentence(context.original_exception, user)
    if sentence is not None:
        raise ServerRefused(sentence) from None


@contextmanager
def _refusals_explained(engine: Engine) -> Iterator[None]:
    """For the role commands: the login used may not create roles or grant (not an owner)."""
    from sqlalchemy.exc import ProgrammingError

    try:
        yield
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) not in ("42501", "42704"):
            raise
        reason = str(error.orig).strip().splitlines()[0]
        raise UserError(
            f"The server refused: {reason}; run this with the login that owns the event's "
            "tables and may create roles (the one that pushed the event)."
        ) from None
