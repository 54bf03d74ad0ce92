"""Backups of the open event, as the window and the desk use them (the store does the work).

`restore_backup` is the one call behind File ▸ Restore from backup…: it closes the open event,
replaces the file by the backup (the store backs the current state up first, so a restore can
itself be undone) and opens the event again.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegations.domain.errors import UserError
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.store.backups import BackupInfo, BackupPolicy, list_backups
from delegations.store.backups import restore_backup as _replace_by_backup

__all__ = ["BackupInfo", "BackupPolicy", "Restored", "list_backups", "restore_backup"]


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
