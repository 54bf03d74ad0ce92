"""`pytest --engine postgresql`: every event a test opens lives in a PostgreSQL database.

With `DELEGATIONS_TEST_POSTGRES=postgresql://user@host:port/postgres` (an account that may
create databases), `open_event_file(path)` for a file path opens a database of its own on that
server instead, one per distinct path (the same path again gives the same database). An event
file already at the path (a copied demo, a file a test wrote) is copied in first with
`store.copying.copy_event`. A new event leaves an empty file at its path (the path is taken);
one a fixture closed is copied out to it, so its tests may byte-copy the file as on SQLite.

Making a database (`CREATE DATABASE … TEMPLATE`) takes ~0.6 s and dropping one ~2.5 s on this
server, so databases are kept in a pool: a test's databases go back to it when the test ends,
and the next test's event is copied over whatever one held (`copy_event` empties the target
first: an empty migrated file gives a new event). They are dropped when the session ends.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

    from delegations.store import EventFile

URL_VARIABLE = "DELEGATIONS_TEST_POSTGRES"
MISSING_SERVER = (
    f"{URL_VARIABLE} is not set: give a PostgreSQL account that may create databases, e.g. "
    f"{URL_VARIABLE}=postgresql://postgres@127.0.0.1:55432/postgres (.ci/run starts one)."
)
# Where `open_event_file` is looked up by the code that calls it.
PATCHED_MODULES = ("delegations.store", "delegations.store.eventfile", "delegations.services.event")


def server_address() -> str:
    """The test server's admin address; fails the test (never skips) when it is not given."""
    import pytest

    address = os.environ.get(URL_VARIABLE, "")
    if not address:
        pytest.fail(MISSING_SERVER, pytrace=False)
    return address


class ServerDatabases:
    """Databases on the test server, made and dropped through one admin connection."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self.prefix = f"pytest_{os.getpid()}_"
        self._numbers = itertools.count(1)
        self._lock = threading.RLock()
        self._admin: psycopg.Connection | None = None
        self.made: list[str] = []

    def execute(self, statement: str, params: tuple = ()) -> None:
        import psycopg

        with self._lock:
            if self._admin is None:
                url = self.admin_url.set(drivername="postgresql")
                self._admin = psycopg.connect(
                    url.render_as_string(hide_password=False), autocommit=True
                )
            self._admin.execute(statement, params)

    def url(self, name: str) -> str:
        url = self.admin_url.set(drivername="postgresql", database=name)
        return url.render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        """A new database (a copy of `template` if given); returns its name."""
        with self._lock:
            name = f"{self.prefix}{next(self._numbers)}"
            self.made.append(name)
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def disconnect(self, name: str) -> None:
        """End every session on the database (a test's thread may have left one open)."""
        self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )

    def drop_orphans(self) -> None:
        """Drop what runs killed on this machine left (a run's databases carry its pid)."""
        if self.admin_url.host not in ("127.0.0.1", "localhost", "::1", None):
            return  # another machine's runs may share the server
        self.execute("SELECT 1")
        assert self._admin is not None
        names = self._admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'pytest\\_%'"
        ).fetchall()
        pids = {name: name.split("_")[1] for (name,) in names}
        self.drop_many(
            [
                name
                for name, pid in pids.items()
                if pid.isdigit() and not Path(f"/proc/{pid}").exists()
            ]
        )

    def drop_all(self) -> None:
        self.drop_many(self.made)
        self.made.clear()
        if self._admin is not None:
            self._admin.close()
            self._admin = None

    def drop_many(self, names: list[str]) -> None:
        """Each DROP waits for a checkpoint (seconds on a busy server); side by side, they
        share one."""
        from concurrent.futures import ThreadPoolExecutor

        import psycopg

        def drop(name: str) -> None:
            with psycopg.connect(self.url(self.admin_url.database), autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(drop, names))


def _migrate(url: str) -> None:
    from delegations.store.server import open_event_server

    open_event_server(url, Path(os.devnull)).close()  # the offline copy's folder is not used


def _dispose(event_file: EventFile) -> None:
    """Let go of the event's connections without `close` (which may copy it out to its path)."""
    engine = event_file.__dict__.pop("engine", None)
    if engine is not None:
        engine.dispose()


class PostgresEvents:
    """The `open_event_file` of a test run on PostgreSQL (see the module's docstring)."""

    def __init__(
        self,
        databases: ServerDatabases,
        work_folder: Path,
        real_open: Callable[[Path | str], EventFile],
    ) -> None:
        self.databases = databases
        self.work_folder = work_folder
        self.real_open = real_open
        self.by_path: dict[Path, str] = {}
        self.free: list[str] = []
        self.opened: list[EventFile] = []
        self.test_paths: list[Path] | None = None  # paths opened by the running test
        self._empty_template: str | None = None
        self._snapshots: dict[str, dict[str, bytes]] = {}  # by file digest; "": a new event
        self._lock = threading.RLock()

    def open_event_file(self, path: Path | str) -> EventFile:
        from delegations.store.server import is_server_url

        if is_server_url(path):
            return self.real_open(path)
        resolved = Path(path).expanduser().resolve()
        with self._lock:
            if resolved in self.by_path and not resolved.exists():
                self._release(resolved)  # the file was deleted: a new event, as on SQLite
            if resolved not in self.by_path:
                if resolved.is_dir():
                    return self.real_open(path)  # refused as a file would be
                created = _is_new(resolved)
                self.by_path[resolved] = self._database_for(resolved)
                if self.test_paths is not None:
                    self.test_paths.append(resolved)
            else:
                created = False
            server = self._server(resolved, self.by_path[resolved], created=created)
            self.opened.append(server)
            return server

    def _database_for(self, path: Path) -> str:
        """A database from the pool holding the event at `path` (a new one if no file)."""
        if _is_new(path):
            # An empty file, as SQLite leaves one: the path is taken (create_event refuses it
            # next time), and what reads it as SQLite finds no event rather than an old one.
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
            name = self._take()
            restore(self.databases.url(name), self._snapshots[""])
            return name
        source = self.real_open(path)  # refuses a damaged or foreign file, migrates an old one
        try:
            key = _file_digest(path)
            name = self._take()
            url = self.databases.url(name)
            if key in self._snapshots:
                restore(url, self._snapshots[key])
            else:
                _copy(source, url)
                self._snapshots[key] = snapshot(url)
        finally:
            source.close()
        return name

    def _take(self) -> str:
        if not self.free:  # a test with many examples (hypothesis) deletes its folders
            for path in [path for path in self.by_path if not path.exists()]:
                self._release(path)
        if self.free:
            return self.free.pop()
        if self._empty_template is None:
            self._empty_template = self.databases.create()
            url = self.databases.url(self._empty_template)
            _migrate(url)
            self._snapshots[""] = snapshot(url)  # what the migrations wrote
        return self.databases.create(self._empty_template)

    def _empty_file(self) -> Path:
        """An empty event file at the newest schema, to copy an event out into."""
        path = self.work_folder / "empty.sqlite3"
        if not path.exists():
            self.real_open(path).close()
        return path

    def _server(self, path: Path, database: str, *, created: bool) -> EventFile:
        from delegations.store.eventfile import EventFile, _import_orm
        from delegations.store.server import EventServer, server_url

        _import_orm()
        events = self

        # Only what a fixture wrote outside a test may be byte-copied by the tests that follow;
        # copying out every event a test closes would cost ~1 s each.
        outside_a_test = self.test_paths is None

        class CopiedOutOnClose(EventServer):
            """Stands in for the file at `path`: named after it, and copied out to it."""

            default_name = EventFile.default_name

            def close(self) -> None:
                had_engine = "engine" in self.__dict__
                super().close()
                if outside_a_test and had_engine and _is_new(self.path):
                    events.copy_out(self)

        return CopiedOutOnClose(
            server_url(self.databases.url(database)), created=created, local_copy=path
        )

    def copy_out(self, server: EventFile) -> None:
        """An event closed with no file at its path becomes that file (see the docstring)."""
        from delegations.store.copying import copy_event

        shutil.copyfile(self._empty_file(), server.path)
        target = self.real_open(server.path)
        try:
            copy_event(server.engine, target.engine)
        finally:
            target.close()
            _dispose(server)

    def _release(self, path: Path) -> None:
        """Let go of the events opened at `path` and put their database back in the pool."""
        for event_file in self.opened:
            if event_file.path == path:
                _dispose(event_file)
        self.opened = [e for e in self.opened if e.path != path]
        name = self.by_path.pop(path)
        self.databases.disconnect(name)
        self.free.append(name)
        if self.test_paths is not None and path in self.test_paths:
            self.test_paths.remove(path)

    def end_test(self) -> None:
        """Put the databases of the paths the test opened back in the pool."""
        with self._lock:
            for path in set(self.test_paths or ()):
                self._release(path)
            self.test_paths = None

    def end_session(self) -> None:
        for event_file in self.opened:
            _dispose(event_file)
        self.opened.clear()
        self.by_path.clear()
        self.free.clear()
        self.databases.drop_all()


def _is_new(path: Path) -> bool:
    """No file, or an empty one: a new event (as `open_event_file` has it)."""
    return not path.exists() or path.stat().st_size == 0


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def _table_names() -> list[str]:
    from delegations.store.copying import event_tables

    return [table.name for table in event_tables()]


def snapshot(url: str) -> dict[str, bytes]:
    """Every event table's rows as `COPY … TO STDOUT` gives them (empty tables left out)."""
    import psycopg

    rows: dict[str, bytes] = {}
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        for name in _table_names():
            with cursor.copy(f'COPY "{name}" TO STDOUT') as copy:
                data = b"".join(bytes(block) for block in copy)
            if data:
                rows[name] = data
    return rows


def restore(url: str, rows: dict[str, bytes]) -> None:
    """The database's event tables hold `rows` and nothing else, ids continuing after them.

    A few statements in one transaction instead of `copy_event`'s hundreds.
    """
    import psycopg

    names = _table_names()
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        # Foreign keys are not checked while the rows go in (the rows were consistent where
        # they were copied from), so the delegation <-> delegate cycle needs no second pass.
        cursor.execute("SET LOCAL session_replication_role = replica")
        # DELETE, not TRUNCATE: a test's few rows go in ~0.1 s, TRUNCATE's new files take ~1 s.
        cursor.execute("; ".join(f'DELETE FROM "{name}"' for name in names))
        for name, data in rows.items():
            with cursor.copy(f'COPY "{name}" FROM STDIN') as copy:
                copy.write(data)
        cursor.execute(_sequences_query(tuple(names)))


@functools.cache
def _sequences_query(names: tuple[str, ...]) -> str:
    """One SELECT setting each id sequence after the highest id (as `copy_event` does)."""
    from delegations.store.copying import event_tables

    calls = [
        f"setval(pg_get_serial_sequence('\"{table.name}\"', 'id'),"
        f' coalesce((SELECT max(id) FROM "{table.name}"), 1),'
        f' (SELECT max(id) FROM "{table.name}") IS NOT NULL)'
        for table in event_tables()
        if table.name in names
        and (column := table.columns.get("id")) is not None
        and column.autoincrement
        and len(table.primary_key) == 1
    ]
    return "SELECT " + ", ".join(calls)


def _copy(source: EventFile, url: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from delegations.store.copying import copy_event
    from delegations.store.server import server_url

    target = create_engine(server_url(url), poolclass=NullPool)
    try:
        copy_event(source.engine, target)
    finally:
        target.dispose()


@contextlib.contextmanager
def postgres_events(work_folder: Path) -> Iterator[PostgresEvents]:
    """`open_event_file` patched everywhere it is imported, for the whole session."""
    import importlib

    import pytest

    import delegations.store.eventfile as eventfile

    address = os.environ.get(URL_VARIABLE, "")
    if not address:
        raise pytest.UsageError(f"--engine postgresql: {MISSING_SERVER}")
    databases = ServerDatabases(address)
    databases.drop_orphans()
    events = PostgresEvents(databases, work_folder, eventfile.open_event_file)
    with pytest.MonkeyPatch.context() as patch:
        for module in PATCHED_MODULES:
            patch.setattr(
                importlib.import_module(module), "open_event_file", events.open_event_file
            )
        try:
            yield events
        finally:
            events.end_session()
