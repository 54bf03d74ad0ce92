"""Plain SQL on either engine, through SQLAlchemy Core.

The fast reads and writes that skip the ORM (roster, desk, badges, seating, travel …) are
written once, in the SQL both SQLite and PostgreSQL understand, with `?` placeholders. A
statement is turned once into a Core `text()` clause with named binds (`:p0`, `:p1` …), which
SQLAlchemy compiles for the engine at hand (qmark for sqlite3, %s for psycopg) and caches.

What the two engines spell differently is asked of the connection, not written twice at each
call site: `for_update` (row locks), `dialect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, CursorResult
    from sqlalchemy.sql.elements import TextClause

# A `?` outside quoted text; quoted text ('…' or "…") is matched first and kept as it is.
_PLACEHOLDER_OR_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?")


@lru_cache(maxsize=4096)
def _clause(sql: str) -> tuple[TextClause, int]:
    """`sql` with its `?` placeholders named p0, p1 … as a Core text clause, and their count."""
    from sqlalchemy import text

    count = 0

    def name(match: re.Match[str]) -> str:
        nonlocal count
        if match.group() != "?":
            return match.group()
        count += 1
        return f":p{count - 1}"

    return text(_PLACEHOLDER_OR_QUOTED.sub(name, sql)), count


@lru_cache(maxsize=1024)
def _driver_sql(sql: str, dialect: str) -> str:
    """`sql` in the driver's own placeholders: qmark for sqlite3 as written, %s for psycopg
    (which reads every % as a placeholder, so literal ones are doubled)."""
    if dialect == "sqlite":
        return sql
    return _PLACEHOLDER_OR_QUOTED.sub(
        lambda match: "%s" if match.group() == "?" else match.group(), sql.replace("%", "%%")
    )


def _bound(params: Sequence[Any] | Mapping[str, Any], count: int) -> dict[str, Any]:
    if isinstance(params, Mapping):
        return dict(params)
    if len(params) != count:
        raise ValueError(f"the statement has {count} placeholders, given {len(params)} values")
    return {f"p{index}": value for index, value in enumerate(params)}


class SqlConnection:
    """A Core connection that runs `?`-placeholder SQL on SQLite and PostgreSQL alike.

    Results are SQLAlchemy's: rows are tuples by position, with `fetchone`, `fetchall`,
    `scalar`, iteration and `rowcount`. A new row's id comes from `INSERT … RETURNING id`
    (SQLite ≥ 3.35 and PostgreSQL), never from `lastrowid`.
    """

    def __init__(self, connection: Connection) -> None:
        self.core = connection
        self.dialect: str = connection.dialect.name

    @property
    def on_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def for_update(self) -> str:
        """The clause that locks the rows a SELECT reads, on PostgreSQL; empty on SQLite,
        whose write transaction holds the whole file's lock already."""
        return " FOR UPDATE" if self.on_postgresql else ""

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> CursorResult:
        clause, count = _clause(sql)
        return self.core.execute(clause, _bound(params, count))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> int:
        """Run `sql` once per row of values; the number of rows it changed.

        Rows of positional values go to the driver's own executemany (still on this Core
        connection and its transaction): naming thousands of binds one by one cost seating a
        plan 40 % more CPU than sqlite3 did.
        """
        rows = list(rows)
        if not rows:
            return 0
        if isinstance(rows[0], Mapping):
            clause, count = _clause(sql)
            return self.core.execute(clause, [_bound(row, count) for row in rows]).rowcount
        driver_sql = _driver_sql(sql, self.dialect)
        return self.core.exec_driver_sql(driver_sql, [tuple(row) for row in rows]).rowcount

    def insert(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> int:
        """Run one `INSERT` and return the new row's id (`RETURNING id` is added)."""
        return self.execute(f"{sql} RETURNING id", params).scalar_one()

    def commit(self) -> None:
        self.core.commit()

    def rollback(self) -> None:
        self.core.rollback()


def sql_connection(source: Any) -> SqlConnection:
    """`source` as a `SqlConnection`: one already, a Core connection, or an ORM session
    (whose connection, and so whose transaction, it shares)."""
    if isinstance(source, SqlConnection):
        return source
    from sqlalchemy.engine import Connection

    if isinstance(source, Connection):
        return SqlConnection(source)
    return SqlConnection(source.connection())
