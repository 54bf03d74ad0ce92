"""The event file: engine, session scope, migrations."""

from delegations.store.eventfile import (
    DamagedEventFile,
    EventFile,
    EventFileError,
    open_event_file,
)
from delegations.store.sql import SqlConnection, sql_connection

__all__ = [
    "DamagedEventFile",
    "EventFile",
    "EventFileError",
    "SqlConnection",
    "open_event_file",
    "sql_connection",
]
