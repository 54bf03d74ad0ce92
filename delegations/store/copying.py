"""Copy a whole event between engines: a file to a server (push), a server to a file (pull).

Rows go through the models' own Core tables, so each value is read and written as its type
(SQLite's 0/1 and ISO text become PostgreSQL's booleans and timestamps, and back). Both ends
are at the newest schema before a row moves. A foreign key to a row not copied yet (the
delegation's head is a delegate, who belongs to the delegation) is written empty first and
filled in once every row is there. The copy is one transaction on the target: it is complete,
or the target is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection, Engine

_BATCH = 2000
# Written by the migrations themselves, not copied.
_NOT_COPIED = {"alembic_version"}


class CopyMismatch(Exception):
    """The target's row counts differ from the source's after the copy (nothing was kept)."""


def event_tables() -> list[Table]:
    """The event's tables, parents before children (`SQLModel.metadata` order)."""
    import warnings

    from sqlmodel import SQLModel

    import delegations.domain.models  # noqa: F401  (registers the tables)

    with warnings.catch_warnings():  # the delegation <-> delegate cycle is handled below
        warnings.simplefilter("ignore")
        tables = SQLModel.metadata.sorted_tables
    return [table for table in tables if table.name not in _NOT_COPIED]


def row_counts(connection: Connection) -> dict[str, int]:
    from sqlalchemy import func, select

    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in event_tables()
    }


def is_empty(engine: Engine) -> bool:
    """No event in the database (no tables, or tables without an event row)."""
    from sqlalchemy import inspect, text

    if "event" not in inspect(engine).get_table_names():
        return True
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM event")).scalar_one() == 0


def _later_keys(table: Table, copied: set[str]) -> list[str]:
    """Columns of `table` that point at a table not copied yet (or at itself)."""
    return sorted(
        {
            key.parent.name
            for key in table.foreign_keys
            if key.column.table.name not in copied or key.column.table is table
        }
    )


def copy_event(
    source: Engine,
    target: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Copy every row of the event on `source` into the empty event schema on `target`.

    Both must be migrated to the newest schema; `target` must hold no event (`is_empty`):
    the rows its migrations wrote (default ranks …) are replaced by the source's.

    Returns:
        The number of rows copied per table.

    Raises:
        CopyMismatch: a table's row count differs afterwards (the copy was rolled back).
    """
    from sqlalchemy import select, update

    tables = event_tables()
    copied: set[str] = set()
    with source.connect() as reader, target.begin() as writer:
        expected = row_counts(reader)
        total, done = sum(expected.values()), 0
        deferred: list[tuple[Table, list[str], list[dict]]] = []
        for table in reversed(tables):  # what the migrations wrote (the default ranks …)
            writer.execute(table.delete())
        for table in tables:
            later = _later_keys(table, copied)
            fill_in: list[dict] = []
            result = reader.execute(select(table).order_by(*table.primary_key.columns))
            while batch := result.mappings().fetchmany(_BATCH):
                rows = [dict(row) for row in batch]
                if later:
                    fill_in += [
                        row.copy() for row in rows if any(row[c] is not None for c in later)
                    ]
                    rows = [{**row, **dict.fromkeys(later)} for row in rows]
                writer.execute(table.insert(), rows)
                done += len(rows)
                if progress:
                    progress(done, total)
            copied.add(table.name)
            if fill_in:
                deferred.append((table, later, fill_in))
        for table, later, rows in deferred:
            keys = list(table.primary_key.columns)
            for row in rows:
                condition = [column == row[column.name] for column in keys]
                writer.execute(update(table).where(*condition).values({c: row[c] for c in later}))
        _restart_sequences(writer, tables)
        counts = row_counts(writer)
        if counts != expected:
            different = sorted(name for name in expected if counts.get(name) != expected[name])
            raise CopyMismatch(
                "The copy does not match the event: "
                + ", ".join(f"{n} {counts.get(n)} of {expected[n]}" for n in different)
            )
    return counts


def _restart_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL: each id sequence continues after the highest id copied (SQLite's
    AUTOINCREMENT counter follows explicit ids by itself)."""
    if connection.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    for table in tables:
        id_column = table.columns.get("id")
        if id_column is None or not id_column.autoincrement or len(table.primary_key) != 1:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'),"  # noqa: S608
                f' coalesce(max(id), 1), max(id) IS NOT NULL) FROM "{table.name}"'
            )
        )
