"""An event on a PostgreSQL venue server: the same models, migrations and sessions as a file.

`--db postgresql://user@host/dbname` opens one. The password is never kept in what is shown or
remembered (`location`, settings, logs): it comes from the URL given once, `PGPASSWORD` or
`~/.pgpass`, as libpq reads them. TLS is asked for whenever the server offers it
(`sslmode=prefer`, unless the URL says otherwise).
"""

from __future__ import annotations

import hashlib
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.store.eventfile import EventFile, EventFileError, _import_orm, _upgrade

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
# How long a desk waits for a server that does not answer before it works on its own copy.
CONNECT_TIMEOUT_SECONDS = 3


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def server_url(target: str) -> URL:
    """`target` as SQLAlchemy's URL for psycopg, with TLS preferred.

    Raises:
        EventFileError: `target` is not a PostgreSQL URL with a database name.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(target)
    except ArgumentError as error:
        raise EventFileError(f"{_hidden(target)} is not a server address ({error}).") from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise EventFileError(
            f"{_hidden(target)} is not a PostgreSQL address with a database name; "
            "write it as postgresql://user@host/dbname."
        )
    query = dict(url.query)
    query.setdefault("sslmode", "prefer")
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    query.setdefault("application_name", "Delegations")
    return url.set(drivername="postgresql+psycopg", query=query)


def _hidden(target: str) -> str:
    """`target` with any password in it replaced by ***, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", target)


def shown_url(url: URL) -> str:
    """The address as the user may see it: no password, no driver or connection options."""
    from sqlalchemy.engine import URL

    shown = URL.create("postgresql", url.username, None, url.host, url.port, url.database)
    return shown.render_as_string(hide_password=True)


class EventServer(EventFile):
    """An event in a PostgreSQL database. `path` is the desk's own offline copy of it."""

    def __init__(self, url: URL, *, created: bool, local_copy: Path) -> None:
        super().__init__(local_copy, created=created)
        self.url = url

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine

        # UTC sessions: plain SQL writes times as UTC text without an offset (as on SQLite),
        # which a timestamptz column would otherwise read in the server's own time zone.
        return create_engine(
            self.url,
            pool_pre_ping=True,
            pool_size=4,
            max_overflow=4,
            connect_args={"options": "-c timezone=UTC"},
        )

    @property
    def location(self) -> str:
        return shown_url(self.url)

    @property
    def on_server(self) -> bool:
        return True

    @property
    def default_name(self) -> str:
        """Named after the database ("week_2026" gives "week 2026"), not after `path`, the
        desk's offline copy ("127.0.0.1-5432-week_2026-35b8b901")."""
        return (self.url.database or "").replace("_", " ")

    def backup_to(self, destination: Path) -> Path:
        """Write the whole event on the server to an event file at `destination` (an offline
        copy: File ▸ Save a copy…, backups, `server pull`), replacing it atomically.

        Raises:
            EventFileError: the destination is a folder or cannot be written, or the server
                cannot be reached.
        """
        from delegations.files import replaced_atomically
        from delegations.store.copying import copy_event
        from delegations.store.eventfile import open_event_file

        destination = Path(destination).expanduser().resolve()
        if destination.is_dir():
            raise EventFileError(f"{destination} is a folder; give a file name for the copy.")
        try:
            with replaced_atomically(destination, make_folder=False) as temporary:
                temporary.unlink(missing_ok=True)
                copy = open_event_file(temporary)
                try:
                    with _reachable(self.url):
                        copy_event(self.engine, copy.engine)
                finally:
                    copy.close()
        except OSError as error:
            raise EventFileError(
                f"Cannot write the copy to {destination}: {error.strerror or error}."
            ) from error
        return destination


def local_copy_path(url: URL, folder: Path) -> Path:
    """Where a desk keeps its offline copy of the event on `url` (one file per server and
    database, the same at every start)."""
    name = re.sub(r"[^\w.-]+", "_", f"{url.host or 'local'}-{url.port or 5432}-{url.database}")
    digest = hashlib.sha256(shown_url(url).encode()).hexdigest()[:8]
    return folder / "servers" / f"{name}-{digest}.sqlite3"


def server_revision(engine: Engine) -> str | None:
    """The database's schema revision; None for an empty database; refuses a foreign one."""
    from sqlalchemy import inspect

    from delegations.store.eventfile import known_revisions

    tables = set(inspect(engine).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or "event" not in tables:
        raise EventFileError(
            f"{shown_url(engine.url)} holds other tables, not a Delegations event; "
            "give an empty database or one made by Delegations."
        )
    with engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision not in known_revisions():
        raise EventFileError(
            f"{shown_url(engine.url)} was written by a newer version of Delegations "
            f"(schema {revision}); update Delegations to open it."
        )
    return revision


class ServerUnreachable(EventFileError):
    """Nothing answers at the server's address (not a refused login or a missing database):
    a desk that has connected before may go on with its offline copy (`local_copy_path`)."""


@contextmanager
def _reachable(url: URL) -> Iterator[None]:
    """Turn "cannot connect" into one sentence naming the server (never its password)."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        message = f"Cannot reach the event on {shown_url(url)}: {reason}."
        if not _answers(url):
            raise ServerUnreachable(message) from None
        raise EventFileError(message) from None


def _answers(url: URL) -> bool:
    """Whether anything listens at the server's address (its socket file, or its TCP port
    within a second); libpq's own error text says why in the user's language, not which."""
    host = url.query.get("host") or url.host or "localhost"
    port = url.port or 5432
    if isinstance(host, str) and host.startswith("/"):
        return (Path(host) / f".s.PGSQL.{port}").exists()
    try:
        socket.create_connection((str(host), port), timeout=1).close()
    except OSError:
        return False
    return True


def open_event_server(target: str, local_folder: Path) -> EventServer:
    """Open the event on a PostgreSQL server, bringing its schema up to date (an empty
    database becomes a new event, as a new file does).

    Raises:
        EventFileError: not a server address, the server cannot be reached, or its database
            holds something else or a newer schema.
    """
    url = server_url(target)
    _import_orm()
    server = EventServer(url, created=False, local_copy=local_copy_path(url, local_folder))
    with _reachable(url):
        revision = server_revision(server.engine)
        server.created = revision is None
        from delegations.store.eventfile import known_revisions

        if revision != known_revisions()[-1]:
            _upgrade_as_owner(server)
    return server


def _upgrade_as_owner(server: EventServer) -> None:
    """Bring the server's schema up to date; only the login that owns the tables may."""
    from sqlalchemy.exc import ProgrammingError

    try:
        _upgrade(server.engine)
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", "") != "42501":  # insufficient_privilege
            raise
        raise EventFileError(
            f"The event on {server.location} needs its schema brought up to date by this "
            f"version of Delegations, which only the login that owns it may do; open it once "
            f"as that login (the organisers'), then connect again."
        ) from None
