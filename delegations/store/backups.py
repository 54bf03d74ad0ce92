"""Automatic backups of the event file, and restoring one.

Backups are consistent copies made with SQLite's online backup API (`EventFile.backup_to`:
everything committed, WAL included, while the file stays open), written into `backups/` in the
user data folder as `<event file stem>-<UTC timestamp>.sqlite3`. The last `KEEP` (20) per event
file stem are kept; older ones are deleted after each new backup.

For the GUI:

- `BackupPolicy(event_file)` decides when: `maybe_backup()` makes a backup on its first call
  (the event was just opened), then again when `interval` (10 minutes) has passed *and* the
  file changed since the last backup. Call it from a QTimer (say every 30 s); it does nothing
  most of the time and otherwise takes about as long as copying the file (tens of ms at
  20,000 delegates), so a worker is not needed. Changes are noticed from the size and
  modification time of the event file and its `-wal` file: every commit writes the WAL.
- `list_backups(event_path)`: newest first, for File ▸ Restore from backup….
- `restore_backup(backup, event_path)`: only while the event is **closed** (the GUI closes
  its `EventFile` first, restores, then opens the file again). The current file is backed up
  first (so a restore can itself be undone), the backup is checked, copied with the backup API
  into a temporary file beside the event file, the event file's WAL is checkpointed away and
  the copy renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.files import replaced_atomically
from delegations.store.eventfile import EventFileError

if TYPE_CHECKING:
    from delegations.store.eventfile import EventFile

KEEP = 20
INTERVAL = 600.0  # seconds between backups while changes happen
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    size: int  # bytes


def backups_dir() -> Path:
    from delegations.paths import user_data_dir

    return user_data_dir() / "backups"


def _folder(folder: Path | None) -> Path:
    folder = Path(folder) if folder is not None else backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_backups(event_path: Path | str, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of the event file at `event_path` (matched by file stem), newest first."""
    stem = Path(event_path).stem
    found: list[BackupInfo] = []
    for path in _folder(folder).iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        with contextlib.suppress(OSError):
            found.append(BackupInfo(path, taken, path.stat().st_size))
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def _prune(stem_path: Path, folder: Path, keep: int) -> None:
    for old in list_backups(stem_path, folder=folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def _new_name(stem: str, folder: Path) -> Path:
    while True:
        stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
        path = folder / f"{stem}-{stamp}.sqlite3"
        if not path.exists():
            return path
        time.sleep(0.000_01)


def backup_now(
    event_file: EventFile, *, folder: Path | None = None, keep: int = KEEP
) -> BackupInfo:
    """Back up the open event now; keeps the newest `keep` backups of this event.

    Raises:
        EventFileError: the backup folder cannot be written.
    """
    folder = _folder(folder)
    path = event_file.backup_to(_new_name(event_file.path.stem, folder))
    _prune(event_file.path, folder, keep)
    match = _NAME.match(path.name)
    assert match is not None
    taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return BackupInfo(path, taken, path.stat().st_size)


def _backup_closed_file(event_path: Path, folder: Path, keep: int) -> None:
    """Back up an event file that is not open (before it is replaced by a restore)."""
    destination = _new_name(event_path.stem, folder)
    _copy_with_backup_api(event_path, destination)
    _prune(event_path, folder, keep)


def _copy_with_backup_api(
    source: Path, destination: Path, *, rollback_journal: bool = False
) -> None:
    """Copy the SQLite file `source` onto `destination` with the one atomic writer;
    `rollback_journal` leaves the copy in DELETE journal mode (no -wal beside it)."""
    with replaced_atomically(destination, make_folder=False) as temporary:
        reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temporary)
            try:
                reader.backup(target)
                if rollback_journal:
                    target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            reader.close()


def _check_backup(backup: Path) -> None:
    try:
        connection = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA quick_check").fetchone()
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise EventFileError(f"{backup.name} is not a readable event file ({error}).") from error
    if result != "ok" or not {"event", "alembic_version", "checkin"} <= tables:
        raise EventFileError(f"{backup.name} is damaged or not an event file; choose another.")


def _checkpoint_away(event_path: Path) -> None:
    """Fold the event file's WAL into it and remove the WAL (the file must be closed)."""
    if not event_path.exists():
        return
    connection = sqlite3.connect(event_path)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")  # removes -wal and -shm
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        if Path(f"{event_path}{suffix}").exists():
            raise EventFileError(
                f"{event_path.name} is still open in Delegations or another program; "
                "close it everywhere, then restore."
            )


def restore_backup(
    backup: BackupInfo | Path | str,
    event_path: Path | str,
    *,
    folder: Path | None = None,
    keep: int = KEEP,
) -> Path:
    """Replace the (closed) event file at `event_path` by `backup`; returns `event_path`.

    The current file is backed up first. The caller must have closed every `EventFile` on
    `event_path`; a file still open elsewhere is refused.

    Raises:
        EventFileError: the backup is damaged, or the event file is still open.
    """
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup).resolve()
    event_path = Path(event_path).expanduser().resolve()
    if source == event_path:
        raise EventFileError("That backup is the event file itself; choose a backup.")
    _check_backup(source)
    folder = _folder(folder)
    try:
        if event_path.exists():
            _checkpoint_away(event_path)
            _backup_closed_file(event_path, folder, keep)
        _copy_with_backup_api(source, event_path, rollback_journal=True)
    except OSError as error:
        raise EventFileError(f"Cannot restore {event_path}: {error.strerror or error}.") from error
    except sqlite3.Error as error:
        raise EventFileError(f"Cannot restore {event_path}: {error}.") from error
    return event_path


class BackupPolicy:
    """Says when a backup is due and makes it: on open, then every `interval` while changing.

    `clock` is injectable for tests (seconds, monotonic).
    """

    def __init__(
        self,
        event_file: EventFile,
        *,
        interval: float = INTERVAL,
        folder: Path | None = None,
        keep: int = KEEP,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.event_file = event_file
        self.interval = interval
        self.folder = folder
        self.keep = keep
        self._clock = clock
        self._last_at: float | None = None
        self._last_state: tuple[int, ...] | None = None

    def _state(self) -> tuple[int, ...]:
        state: list[int] = []
        for path in (self.event_file.path, Path(f"{self.event_file.path}-wal")):
            try:
                info = path.stat()
                state += [info.st_size, info.st_mtime_ns]
            except OSError:
                state += [-1, -1]
        return tuple(state)

    def due(self) -> bool:
        """Whether `maybe_backup` would back up now."""
        if self._last_at is None:
            return True
        if self._clock() - self._last_at < self.interval:
            return False
        return self._state() != self._last_state

    def maybe_backup(self) -> BackupInfo | None:
        """Back up if due (see the class docstring); the backup made, or None."""
        if not self.due():
            return None
        return self.backup()

    def backup(self) -> BackupInfo:
        """Back up now (e.g. before closing) and restart the interval."""
        state = self._state()
        info = backup_now(self.event_file, folder=self.folder, keep=self.keep)
        self._last_at, self._last_state = self._clock(), state
        return info
