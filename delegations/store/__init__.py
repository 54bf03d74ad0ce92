"""The event file: engine, session scope, migrations."""

from delegations.store.eventfile import (
    DamagedEventFile,
    EventFile,
    EventFileError,
    open_event_file,
    sqlite_connection,
)

__all__ = [
    "DamagedEventFile",
    "EventFile",
    "EventFileError",
    "open_event_file",
    "sqlite_connection",
]
