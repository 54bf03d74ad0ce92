"""The event file: engine, session scope, migrations."""

from delegations.store.eventfile import (
    EventFile,
    EventFileError,
    open_event_file,
    sqlite_connection,
)

__all__ = ["EventFile", "EventFileError", "open_event_file", "sqlite_connection"]
