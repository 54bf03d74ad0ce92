"""Automatic backups of the event file, and restoring one.

Backups are consistent copies made with SQLite's online backup API (`EventFile.backup_to`:
everything committed, WAL included, while the file stays open), written into `backups/` in the
user data folder, one folder per event: `backups/<event key>/<file stem>-<UTC stamp>.sqlite3`.
The event key is derived from the event's own random signing secret (an HMAC of it, so the
secret is not revealed): two events both named `event.sqlite3` in different folders keep
separate backups, and a renamed or moved event keeps its own. Each event's folder also lists
the paths its event file had (`event-files.txt`), so a file too damaged to read its key from
still finds its backups. Backups made before this (`backups/<stem>-<stamp>.sqlite3`, keyed by
file name) are still listed for an event file of that name, and never pruned. The last `KEEP`
(20) per event are kept; older ones are deleted after each new backup.

A second folder (a USB stick), set per computer (`second_folder()`), receives a copy of each
backup under `Delegations backups/<event key>/`; when it is missing, full or not writable the
backup is still made, and `BackupInfo.copy_problem` says in one sentence why the copy was not.

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
  the copy renamed into place. A damaged event file is set aside instead (`set_aside`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.files import replaced_atomically
from delegations.store.eventfile import EventFileError, read_only

if TYPE_CHECKING:
    from delegations.store.eventfile import EventFile

KEEP = 20
INTERVAL = 600.0  # seconds between backups while changes happen
SECOND_FOLDER_NAME = "Delegations backups"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")
_KEY = re.compile(r"^[0-9a-f]{16}$")
_PATHS_FILE = "event-files.txt"
_SETTINGS_FILE = "backup-settings.json"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    size: int  # bytes
    copy_problem: str = ""  # why the copy to the second folder was not made ("" = made or none)


def backups_dir() -> Path:
    from delegations.paths import user_data_dir

    return user_data_dir() / "backups"


def _folder(folder: Path | None) -> Path:
    folder = Path(folder) if folder is not None else backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# The event's identity --------------------------------------------------------------------


def _key_from_secret(secret: str) -> str:
    import hashlib  # here, not at start-up: hmac, hashlib, json and shutil cost ~20 ms there
    import hmac

    return hmac.new(secret.encode(), b"event backups", hashlib.sha256).hexdigest()[:16]


def event_key(event_path: Path | str) -> str | None:
    """The key of the event in the file at `event_path`, None if it cannot be read."""
    path = Path(event_path)
    if not path.is_file():
        return None
    try:
        with read_only(path) as connection:
            row = connection.execute("SELECT signing_secret FROM event LIMIT 1").fetchone()
    except (sqlite3.Error, UnicodeDecodeError):  # damaged: no key to be read
        return None
    return _key_from_secret(row[0]) if row and isinstance(row[0], str) else None


def _event_folder(root: Path, key: str, event_path: Path) -> Path:
    """The folder of this event's backups, noting the event file's path in it."""
    folder = root / key
    folder.mkdir(parents=True, exist_ok=True)
    listed = folder / _PATHS_FILE
    known = _listed_paths(folder)
    if str(event_path) not in known:
        with listed.open("a", encoding="utf-8") as file:
            file.write(f"{event_path}\n")
    return folder


def _listed_paths(folder: Path) -> set[str]:
    try:
        return set((folder / _PATHS_FILE).read_text(encoding="utf-8").splitlines())
    except OSError:
        return set()


def _folders_of(event_path: Path, root: Path) -> list[Path]:
    """Folders holding backups of the event at `event_path`: its key's; for a file too
    damaged to read its key from, those of the events that had this path."""
    key = event_key(event_path)
    if key is not None:
        return [root / key] if (root / key).is_dir() else []
    return [
        folder
        for folder in sorted(root.iterdir())
        if _KEY.match(folder.name) and str(event_path) in _listed_paths(folder)
    ]


# Listing and pruning ---------------------------------------------------------------------


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    try:
        return BackupInfo(path, taken, path.stat().st_size)
    except OSError:
        return None


def _newest_first(paths: list[Path]) -> list[BackupInfo]:
    found = [info for path in paths if (info := _info(path)) is not None]
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def list_backups(
    event_path: Path | str, *, folder: Path | None = None, second: Path | None | bool = True
) -> list[BackupInfo]:
    """Backups of the event file at `event_path`, newest first: those of its event (by key),
    older ones named after the file (made before backups were kept per event), and the
    copies in the second folder that are not on this computer (a new or repaired laptop).

    `second`: the second folder to look in; True (default) reads the computer's setting."""
    root = _folder(folder)
    event_path = Path(event_path).expanduser().resolve()
    paths = [path for sub in _folders_of(event_path, root) for path in sub.iterdir()]
    legacy = [
        path
        for path in root.iterdir()
        if (match := _NAME.match(path.name)) and match["stem"] == event_path.stem
    ]
    here = {path.name for path in paths + legacy}
    copies = [path for path in _second_copies(event_path, second) if path.name not in here]
    return _newest_first(paths + legacy + copies)


def _second_copies(event_path: Path, second: Path | None | bool) -> list[Path]:
    target = second_folder() if second is True else (second or None)
    root = Path(target) / SECOND_FOLDER_NAME if target else None
    if root is None or not root.is_dir():
        return []
    return [path for sub in _folders_of(event_path, root) for path in sub.iterdir()]


def _prune(event_folder: Path, keep: int) -> None:
    for old in _newest_first(list(event_folder.iterdir()))[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def _new_name(stem: str, folder: Path) -> Path:
    while True:
        stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
        path = folder / f"{stem}-{stamp}.sqlite3"
        if not path.exists():
            return path
        time.sleep(0.000_01)


# Making backups --------------------------------------------------------------------------


def backup_now(
    event_file: EventFile,
    *,
    folder: Path | None = None,
    keep: int = KEEP,
    second: Path | None | bool = True,
) -> BackupInfo:
    """Back up the open event now; keeps the newest `keep` backups of this event.

    `second`: the second folder to copy to; True (default) reads the computer's setting.

    Raises:
        EventFileError: the backup folder cannot be written.
    """
    from sqlalchemy.exc import OperationalError

    try:
        with event_file.read() as connection:
            (secret,) = connection.execute("SELECT signing_secret FROM event LIMIT 1").fetchone()
    except OperationalError:  # a venue server that does not answer: tried again later
        raise EventFileError(f"{event_file.location} does not answer.") from None
    key = _key_from_secret(secret)
    event_folder = _event_folder(_folder(folder), key, event_file.path)
    path = event_file.backup_to(_new_name(event_file.path.stem, event_folder))
    _prune(event_folder, keep)
    info = _info(path)
    assert info is not None
    return _copy_to_second(info, key, event_file.path, second, keep)


def backup_closed_file(
    event_path: Path, *, folder: Path | None = None, keep: int = KEEP, second: bool = True
) -> BackupInfo:
    """Back up an event file that is not open (before a restore replaces it, before a
    migration changes it).

    Raises:
        EventFileError: the file cannot be read or the backup folder cannot be written.
    """
    key = event_key(event_path)
    if key is None:
        raise EventFileError(f"{event_path} cannot be read to back it up.")
    event_folder = _event_folder(_folder(folder), key, event_path)
    destination = _new_name(event_path.stem, event_folder)
    try:
        _copy_with_backup_api(event_path, destination)
    except OSError as error:
        raise EventFileError(
            f"Cannot back up {event_path.name} to {event_folder}: {error.strerror or error}."
        ) from error
    _prune(event_folder, keep)
    info = _info(destination)
    assert info is not None
    return _copy_to_second(info, key, event_path, second, keep)


def _copy_with_backup_api(
    source: Path, destination: Path, *, rollback_journal: bool = False
) -> None:
    """Copy the SQLite file `source` onto `destination` with the one atomic writer;
    `rollback_journal` leaves the copy in DELETE journal mode (no -wal beside it)."""
    with (
        replaced_atomically(destination, make_folder=False) as temporary,
        read_only(source) as reader,
    ):
        target = sqlite3.connect(temporary)
        try:
            reader.backup(target)
            if rollback_journal:
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()


# The second folder -----------------------------------------------------------------------


def _settings_path() -> Path:
    from delegations.paths import user_data_dir

    return user_data_dir() / _SETTINGS_FILE


def second_folder() -> Path | None:
    """The second backup folder set on this computer (a USB stick), or None."""
    import json

    try:
        value = json.loads(_settings_path().read_text(encoding="utf-8")).get("second_folder")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value) if isinstance(value, str) and value else None


def set_second_folder(folder: Path | str | None) -> None:
    """Set (or with None clear) this computer's second backup folder."""
    import json

    from delegations.files import write_atomically

    value = str(Path(folder).expanduser().resolve()) if folder else None
    write_atomically(_settings_path(), json.dumps({"second_folder": value}) + "\n")


def _copy_to_second(
    info: BackupInfo, key: str, event_path: Path, second: Path | None | bool, keep: int
) -> BackupInfo:
    target = second_folder() if second is True else (second or None)
    if target is None:
        return info
    problem = copy_to_folder(info.path, Path(target), key, event_path, keep)
    return replace(info, copy_problem=problem) if problem else info


def copy_to_folder(backup: Path, target: Path, key: str, event_path: Path, keep: int = KEEP) -> str:
    """Copy `backup` into `target`/Delegations backups/`key`/; "" or why it was not copied."""
    import shutil

    if not target.is_dir():
        return (
            f"The second backup folder {target} is not there (is the USB stick plugged in?); "
            f"this backup is only in {backup.parent}."
        )
    try:
        event_folder = _event_folder(target / SECOND_FOLDER_NAME, key, event_path)
        with replaced_atomically(event_folder / backup.name, make_folder=False) as temporary:
            shutil.copyfile(backup, temporary)
    except OSError as error:
        if error.errno == errno.ENOSPC or "space" in str(error.strerror or "").lower():
            return (
                f"The second backup folder {target} is full; this backup is only in "
                f"{backup.parent}. Free some space or choose another folder."
            )
        return (
            f"The backup could not be copied to {target} ({error.strerror or error}); "
            f"it is only in {backup.parent}."
        )
    _prune(event_folder, keep)
    return ""


# Restoring -------------------------------------------------------------------------------


def check_backup(backup: Path) -> None:
    """Refuse a backup that is damaged or not an event file (SQLite `quick_check`).

    Raises:
        EventFileError: the backup is damaged, unreadable or not an event file.
    """
    try:
        with read_only(backup) as connection:
            (result,) = connection.execute("PRAGMA quick_check").fetchone()
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise EventFileError(f"{backup.name} is not a readable event file ({error}).") from error
    if result != "ok" or not {"event", "alembic_version", "checkin"} <= tables:
        raise EventFileError(f"{backup.name} is damaged or not an event file; choose another.")


def newest_good_backup(backups: list[BackupInfo]) -> BackupInfo | None:
    """The newest of `backups` (newest first) that passes `check_backup`."""
    for backup in backups:
        try:
            check_backup(backup.path)
        except EventFileError:
            continue
        return backup
    return None


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


def set_aside(event_path: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename a damaged event file (with its -wal and -shm) beside itself, with the date:
    `event damaged 2025-07-24 0930.sqlite3`; the bytes are left untouched. The new path.

    Raises:
        EventFileError: the file cannot be renamed.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M")
    aside = event_path.with_name(f"{event_path.stem} damaged {stamp}{event_path.suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = event_path.with_name(
            f"{event_path.stem} damaged {stamp} ({number}){event_path.suffix}"
        )
    try:
        os.rename(event_path, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            companion = Path(f"{event_path}{suffix}")
            if companion.exists():
                os.rename(companion, f"{aside}{suffix}")
    except OSError as error:
        raise EventFileError(
            f"Cannot set {event_path.name} aside: {error.strerror or error}."
        ) from error
    return aside


def restore_backup(
    backup: BackupInfo | Path | str,
    event_path: Path | str,
    *,
    folder: Path | None = None,
    keep: int = KEEP,
) -> Path:
    """Replace the (closed) event file at `event_path` by `backup`; returns `event_path`.

    The current file is backed up first (a damaged one is set aside first: `set_aside`).
    The caller must have closed every `EventFile` on `event_path`; a file still open
    elsewhere is refused.

    Raises:
        EventFileError: the backup is damaged, or the event file is still open.
    """
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup).resolve()
    event_path = Path(event_path).expanduser().resolve()
    if source == event_path:
        raise EventFileError("That backup is the event file itself; choose a backup.")
    check_backup(source)
    try:
        if event_path.exists():
            _checkpoint_away(event_path)
            backup_closed_file(event_path, folder=folder, keep=keep)
        _copy_with_backup_api(source, event_path, rollback_journal=True)
    except OSError as error:
        raise EventFileError(f"Cannot restore {event_path}: {error.strerror or error}.") from error
    except sqlite3.Error as error:
        raise EventFileError(f"Cannot restore {event_path}: {error}.") from error
    return event_path


def newest_backup_age(event_path: Path, *, folder: Path | None = None) -> float | None:
    """Seconds since the newest backup of the event at `event_path`, None if it has none."""
    found = list_backups(event_path, folder=folder)
    if not found:
        return None
    return (dt.datetime.now(dt.UTC) - found[0].taken_at).total_seconds()


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
