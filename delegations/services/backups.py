"""Backups of the event, as the window, the desk and the command line use them (the store does
the work).

- `restore_backup` is the one call behind File ▸ Restore from backup…: it closes the open
  event, replaces the file by the backup (the store backs the current state up first, so a
  restore can itself be undone) and opens the event again.
- A damaged event file (`DamagedEventFile` from opening it) is answered by `damage_report`
  (what is wrong, and the newest backup that passes the check) and `recover` (the damaged file
  set aside beside itself with the date, the backup restored in its place, opened).
- `backup_before_change`: a command that changes the event backs it up first when its newest
  backup is older than the window's interval, as the window would have.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from delegations.domain.errors import UserError
from delegations.services.event import open_event
from delegations.store import DamagedEventFile, EventFile, EventFileError
from delegations.store.backups import (
    INTERVAL,
    BackupInfo,
    BackupPolicy,
    backup_now,
    check_backup,
    list_backups,
    newest_backup_age,
    newest_good_backup,
    second_folder,
    set_aside,
    set_second_folder,
)
from delegations.store.backups import restore_backup as _replace_by_backup
from delegations.store.eventfile import check_event_file

__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "DamageReport",
    "DamagedEventFile",
    "Restored",
    "RestoredFile",
    "backup_before_change",
    "backup_now",
    "damage_report",
    "list_backups",
    "recover",
    "restore_backup",
    "restore_copy",
    "restore_file",
    "second_folder",
    "set_second_folder",
]


@dataclass(frozen=True, slots=True)
class Restored:
    """The event open again after a restore; `problem` says why the backup was not restored."""

    event_file: EventFile
    problem: str = ""

    @property
    def restored(self) -> bool:
        return not self.problem


def restore_backup(event_file: EventFile, backup: BackupInfo) -> Restored:
    """Close `event_file`, replace its file by `backup` and open the event again.

    A refused restore (a damaged backup, the file still open elsewhere) leaves the file as it
    was and opens it again, with the reason in `problem`.

    Raises:
        UserError: the event could not be opened again.
    """
    path = event_file.path
    event_file.close()
    problem = ""
    try:
        _replace_by_backup(backup, path)
    except UserError as error:
        problem = str(error)
    return Restored(open_event(path), problem)


@dataclass(frozen=True, slots=True)
class DamageReport:
    """A damaged event file: what is wrong, and the newest backup that passes the check."""

    path: Path
    sentence: str  # the one sentence to show
    backup: BackupInfo | None


def damage_report(damaged: DamagedEventFile) -> DamageReport:
    """What to offer for the damaged event file: its newest backup that passes the check."""
    good = newest_good_backup(list_backups(damaged.path))
    return DamageReport(damaged.path, str(damaged), good)


def recover(path: Path | str, backup: BackupInfo) -> EventFile:
    """Set the damaged event file at `path` aside (renamed beside it with the date, its bytes
    untouched), put `backup` in its place and open it.

    Raises:
        UserError: the backup is damaged too, or the file cannot be set aside or opened.
    """
    path = Path(path).expanduser().resolve()
    _replace_damaged(path, backup)
    return open_event(path)


def _replace_damaged(path: Path, backup: BackupInfo) -> Path:
    """Set the damaged file aside and put `backup` in its place; the set-aside path."""
    check_backup(backup.path)  # before anything moves: a bad backup leaves all as it was
    aside = set_aside(path)
    _replace_by_backup(backup, path)
    return aside


def restore_copy(backup: BackupInfo, destination: Path | str) -> Path:
    """Write `backup` to `destination` as an event file of its own (the event file is left
    as it is); `destination` must not exist yet.

    Raises:
        UserError: `destination` exists, or the backup is damaged, or it cannot be written.
    """
    destination = Path(destination).expanduser().resolve()
    if destination.exists():
        raise UserError(f"{destination} already exists; choose a new name.")
    check_backup(backup.path)
    return _replace_by_backup(backup, destination)


def backup_before_change(
    event_file: EventFile, *, interval: float = INTERVAL, folder: Path | None = None
) -> BackupInfo | None:
    """Back up the event before a change when its newest backup is older than `interval`
    seconds (or there is none); the backup made, or None.

    Raises:
        EventFileError: the backup folder cannot be written.
    """
    age = newest_backup_age(event_file.path, folder=folder)
    if age is not None and 0 <= age < interval:
        return None
    return backup_now(event_file, folder=folder)


@dataclass(frozen=True, slots=True)
class RestoredFile:
    """A backup put in place of an event file; `set_aside` is the damaged file kept, if any."""

    path: Path
    backup: BackupInfo
    set_aside: Path | None = None


def restore_file(path: Path | str, backup: BackupInfo) -> RestoredFile:
    """Put `backup` in place of the closed event file at `path` (`delegations backups
    restore`): a healthy file is backed up first, a damaged one set aside with the date.

    Raises:
        UserError: the backup is damaged, the event file is open elsewhere or is not an event.
    """
    path = Path(path).expanduser().resolve()
    try:
        check_event_file(path)
    except DamagedEventFile:
        return RestoredFile(path, backup, _replace_damaged(path, backup))
    except EventFileError:
        if path.exists():
            raise
    _replace_by_backup(backup, path)
    return RestoredFile(path, backup)
