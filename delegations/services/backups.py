"""Backups of the open event, as the window and the desk use them (the store does the work)."""

from delegations.store.backups import BackupInfo, BackupPolicy, list_backups, restore_backup

__all__ = ["BackupInfo", "BackupPolicy", "list_backups", "restore_backup"]
