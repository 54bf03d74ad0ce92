"""Write transactions that take SQLite's write lock up front (`BEGIN IMMEDIATE`).

SQLAlchemy's pysqlite dialect leaves transaction control to Python's `sqlite3` module, which
begins a *deferred* transaction before the first write. Two desks reading "not yet admitted"
in deferred transactions could then both admit the same delegate. `BEGIN IMMEDIATE` takes the
write lock before the first read, so the read and the write see the same, latest state; the
other connection waits for `busy_timeout` (set when the event file is opened).

This is the documented pysqlite recipe in its per-connection form: the statement is emitted on
a fresh connection with `exec_driver_sql`, and Python 3.11's `sqlite3` module, seeing the
transaction open, sends no `BEGIN` of its own and sends `COMMIT` on `connection.commit()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session


# PostgreSQL: the advisory lock every event write transaction takes (SQLite's file lock).
EVENT_WRITE_LOCK = 0x44454C47  # "DELG"


@contextmanager
def immediate_connection(engine: Engine, *, lock_event: bool = True) -> Iterator[Connection]:
    """A connection in a `BEGIN IMMEDIATE` transaction, committed when the block ends.

    The commit has returned (WAL frames written and, with `synchronous=FULL`, synced) before
    the block is left; an exception rolls the transaction back.

    `lock_event=False` (PostgreSQL only; SQLite has one lock, the file's): the transaction
    does not take the event's write lock, because the caller locks the rows it reads with
    `FOR UPDATE` — admissions of different delegates at different desks then do not wait on
    each other.
    """
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            # The same one-writer-at-a-time rule on the server: readers are never blocked.
            if lock_event:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({EVENT_WRITE_LOCK})")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


@contextmanager
def immediate_session(engine: Engine) -> Iterator[Session]:
    """An ORM session inside `immediate_connection`; committed when the block ends."""
    from sqlmodel import Session  # here: the desk's window starts without the ORM

    with (
        immediate_connection(engine) as connection,
        Session(bind=connection, expire_on_commit=False) as session,
    ):
        yield session
        session.flush()
