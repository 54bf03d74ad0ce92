"""One SQLite file is one event: opening, checking, migrating and session scope.

SQLAlchemy and SQLModel are imported only when a session or the engine is first needed, so
the main window can open and show its first tab from plain `sqlite3` reads (`EventFile.read`).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.domain.errors import UserError
from delegations.files import replaced_atomically
from delegations.store.sql import SqlConnection

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class EventFileError(UserError):
    """The file cannot be opened as an event; nothing was written to it."""


def known_revisions() -> list[str]:
    """Schema revisions this version knows, oldest first (files are named NNNN_slug.py).

    Read from file names so that opening an up-to-date file never imports Alembic.
    """
    names = (path.name for path in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(match.group(1) for name in names if (match := _REVISION_FILE.match(name)))


_SQLITE_HEADER = b"SQLite format 3\x00"


class DamagedEventFile(EventFileError):
    """The file is an SQLite database (an event file, as far as can be read) that is damaged:
    cut short or with corrupted pages. `reason` is SQLite's word for what is wrong."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} is a damaged event file ({reason}); restore a backup of it, "
            "or choose another file."
        )
        self.path = path
        self.reason = reason


def _header(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(100)


def _cut_short(path: Path, header: bytes) -> str:
    """Why the file is shorter than its own header says ("" if it is not)."""
    if len(header) < 100:
        return f"cut short at {len(header)} bytes"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only while the "version valid for" number matches the change
    # counter (SQLite file format, 1.3.8); older writers leave it stale.
    if header[92:96] != header[24:28] or pages == 0:
        return ""
    # A checkpoint cut off (a crash) leaves the file short of the pages its WAL still holds:
    # SQLite reads those from the WAL, and quick_check judges the whole.
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return ""
    expected, actual = pages * page_size, path.stat().st_size
    return f"cut short: {actual:,} of {expected:,} bytes" if actual < expected else ""


def _existing_revision(path: Path) -> str | None:
    """The file's schema revision, None for an empty database; refuses foreign files.

    Reads through a read-only connection so a refused file is left byte for byte as it was.
    A file with the SQLite header that SQLite cannot read, or that fails `quick_check`
    (about 20 ms at 20,000 delegates), is damaged rather than foreign: `DamagedEventFile`.
    """
    header = _header(path)
    if not header:
        return None  # an empty file is an empty database: it becomes a new event
    if not header.startswith(_SQLITE_HEADER):
        raise EventFileError(
            f"{path} is not a Delegations event file (not an SQLite database); choose another file."
        )
    try:
        with read_only(path) as connection:
            revision = _schema_revision(path, connection)
            problem = _cut_short(path, header) or _quick_check(connection)
    except UnicodeDecodeError as error:  # a table name that is not UTF-8: a damaged page
        raise DamagedEventFile(path, _cut_short(path, header) or "unreadable names") from error
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):  # locked, or a read-only folder: the file may be fine
            raise EventFileError(f"{path} cannot be read now ({error}); try again.") from error
        raise DamagedEventFile(path, _cut_short(path, header) or str(error)) from error
    if problem:
        raise DamagedEventFile(path, problem)
    return revision


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """SQLite says the file's bytes are wrong (not that it is busy or cannot be opened)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ")) or (
        not isinstance(error, sqlite3.OperationalError)
    )


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only `sqlite3` connection that leaves the file's folder as it found it."""
    companions = _companions(path)
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()
        _remove_new_companions(path, companions)


def _companions(path: Path) -> set[Path]:
    return {p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()}


def _remove_new_companions(path: Path, before: set[Path]) -> None:
    """A read-only look at a WAL file leaves an empty -wal and a -shm behind (it may not
    checkpoint); remove the ones it made, so that a refused file's folder is as it was."""
    wal = Path(f"{path}-wal")
    if wal in before or (wal.exists() and wal.stat().st_size > 0):
        return
    for made in _companions(path) - before:
        with contextlib.suppress(OSError):
            made.unlink()


def _schema_revision(path: Path, connection: sqlite3.Connection) -> str | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not tables:
        return None
    if "alembic_version" not in tables or "event" not in tables:
        raise EventFileError(
            f"{path} is an SQLite database but not a Delegations event file; "
            "choose another file or a new name."
        )
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise EventFileError(f"{path} has no schema version; it is not a complete event file.")
    if row[0] not in known_revisions():
        raise EventFileError(
            f"{path} was written by a newer version of Delegations (schema {row[0]}); "
            "update Delegations to open it."
        )
    return row[0]


def _quick_check(connection: sqlite3.Connection) -> str:
    """SQLite's first complaint about the file's pages and indexes, or ""."""
    (result,) = connection.execute("PRAGMA quick_check(1)").fetchone()
    return "" if result == "ok" else result


def check_event_file(path: Path | str) -> None:
    """Refuse `path` as `open_event_file` would (damaged, foreign, newer), writing nothing.

    Raises:
        EventFileError: the file is missing or refused (`DamagedEventFile` if damaged).
    """
    path = Path(path)
    if not path.is_file():
        raise EventFileError(f"{path} is not there; choose another file.")
    if _existing_revision(path) is None:
        raise EventFileError(f"{path} is an empty database, not an event; choose another.")


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object = None) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed check-in survives a power cut, not just a crash of the app.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


_ORM_IMPORT = threading.Lock()


def _import_orm() -> None:
    """Import SQLAlchemy, SQLModel and the models, one thread at a time.

    The window starts without them (they cost most of a second) and the first use may come
    from a desk's background read and the GUI thread at once; a second thread importing them
    while the first is halfway through gets a partly initialised module (ImportError)."""
    with _ORM_IMPORT:
        import sqlmodel  # noqa: F401

        import delegations.domain.models  # noqa: F401


def _create_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy import event as sa_event

    engine = create_engine(f"sqlite:///{path}")
    sa_event.listen(engine, "connect", _configure_connection)
    return engine


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class EventFile:
    """An open event file. Hand out short sessions; never keep one across user actions."""

    # The venue server's event this file is a desk's offline copy of, when a desk opened it
    # because the server did not answer (`services.server.open_offline_copy`); shown, no
    # password.
    offline_copy_of: str | None = None

    def __init__(self, path: Path, *, created: bool) -> None:
        self.path = path
        self.created = created

    @cached_property
    def engine(self) -> Engine:
        return _create_engine(self.path)

    @property
    def location(self) -> str:
        """Where the event lives, as the user may be shown it."""
        return str(self.path)

    @property
    def on_server(self) -> bool:
        return False

    @property
    def default_name(self) -> str:
        """What a new event here is called until someone names it: "week_2026.sqlite3" gives
        "week 2026"."""
        return self.path.stem.replace("_", " ")

    @contextmanager
    def read(self) -> Iterator[SqlConnection]:
        """A connection for plain-SQL reads (no ORM), on SQLAlchemy Core; returned to the pool
        when the block ends (what it did not commit is rolled back)."""
        with self.engine.connect() as connection:
            yield SqlConnection(connection)

    @contextmanager
    def write_locked(self) -> Iterator[SqlConnection]:
        """A plain-SQL transaction holding the event's write lock before its first read (see
        `store.transactions`), so what it reads is the latest; committed when the block ends,
        rolled back if it raises."""
        from delegations.store.transactions import immediate_connection

        with immediate_connection(self.engine) as connection:
            yield SqlConnection(connection)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """One transaction on SQLAlchemy Core, for work that needs no ORM (and so no SQLModel
        import, a third of a second): committed when the block ends, rolled back if it raises."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        _import_orm()
        engine = self.engine
        from sqlmodel import Session

        with Session(engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def backup_to(self, destination: Path) -> Path:
        """Write a consistent copy of the event to `destination`, replacing it atomically.

        Uses SQLite's online backup, so the copy includes everything committed (also what is
        still in the WAL) while this file stays open. The copy is written to a temporary file
        in the destination folder and renamed into place.

        Raises:
            EventFileError: the destination is this file, a folder, or cannot be written.
        """
        destination = Path(destination).expanduser().resolve()
        if destination == self.path:
            raise EventFileError(
                f"{destination} is the open event file; choose another name for the copy."
            )
        if destination.is_dir():
            raise EventFileError(f"{destination} is a folder; give a file name for the copy.")
        try:
            with replaced_atomically(destination, make_folder=False) as temporary:
                raw = self.engine.raw_connection()
                try:
                    target = sqlite3.connect(temporary)
                    try:
                        raw.driver_connection.backup(target)
                    finally:
                        target.close()
                finally:
                    raw.close()
        except OSError as error:
            raise EventFileError(
                f"Cannot write the copy to {destination}: {error.strerror or error}."
            ) from error
        except sqlite3.Error as error:
            raise EventFileError(f"Cannot write the copy to {destination}: {error}.") from error
        return destination

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
            del self.__dict__["engine"]


def _back_up_before_migrating(path: Path) -> None:
    """An older event file is backed up as it is before its schema is brought up to date."""
    from delegations.store.backups import backup_closed_file

    backup_closed_file(path)


def open_event_file(path: Path | str) -> EventFile:
    """Open (creating if missing) an event file and bring its schema up to date; a
    `postgresql://` address opens the event on a venue server (`store.server`).

    An older file is backed up before it is migrated (`store.backups`).

    Raises:
        DamagedEventFile: the file is a damaged event file (cut short, corrupted pages).
        EventFileError: the file is not an event file or is from a newer version.
    """
    from delegations.store.server import is_server_url, open_event_server

    if is_server_url(path):
        from delegations.paths import user_data_dir

        return open_event_server(str(path), user_data_dir())
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise EventFileError(f"{path} is a folder; give the path of an event file.")
    revision = _existing_revision(path) if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    event_file = EventFile(path, created=revision is None)
    if revision != known_revisions()[-1]:
        if revision is not None:
            _back_up_before_migrating(path)
        _upgrade(event_file.engine)
    return event_file
