"""Members of a delegation in the order of precedence, for reads written in SQL.

`domain.precedence.member_key` is the rule: the head first, then by rank (the event's rank
list, no rank last), then by family and given name as `domain.names.fold` compares them
("Đỗ" among the D's, "de Leon" among the D's). SQLite's own ORDER BY compares bytes, which
puts "Đỗ" after "Zhou" and "de Leon" after "Reyes"; so every list that orders members in SQL
(roster, badges, export, seating, the desk) orders by `MEMBER_ORDER_SQL` on a connection that
`with_fold` has taught the `fold` function, and all of them agree with the booklet and the
services that sort with `member_key`.

Kept apart from `services.protocol` so the roster can use it without importing the rank and
country machinery at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from delegations.domain.names import fold
from delegations.store.sql import SqlConnection, sql_connection

if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult


def _folded(column: str) -> str:
    # An ASCII name (length in characters = length in bytes) folds as SQLite's lower() folds
    # it, in C; only the others call back into Python: 20,000 names sort ~20 ms sooner.
    # PostgreSQL has no BLOB and its fold() runs in the server: `_PostgresFolding` keeps
    # only the fold() of this expression.
    return (
        f"CASE WHEN length({column}) = length(CAST({column} AS BLOB)) THEN lower({column})"
        f" ELSE fold({column}) END"
    )


_SQLITE_FOLDED = re.compile(
    r"CASE WHEN length\(([\w.]+)\) = length\(CAST\(\1 AS BLOB\)\) THEN lower\(\1\)"
    r" ELSE fold\(\1\) END"
)


# The delegation is `g`: protocol order, ties (a hand-made order may have them) by name and id,
# as `services.protocol.delegations_in_precedence`.
DELEGATION_ORDER_SQL = "g.protocol_order, g.name, g.id"

# The delegate is `d`, its delegation `g`, its rank `k` (LEFT JOIN rank k ON k.id = d.rank_id).
MEMBER_ORDER_SQL = (
    "d.id IS DISTINCT FROM g.head_id, coalesce(k.sort_order, 1073741824), "
    f"{_folded('d.family_name')}, {_folded('d.given_name')}, d.id"
)
RANK_JOIN_SQL = "LEFT JOIN rank k ON k.id = d.rank_id"


def _fold_sql(text: str | None) -> str:
    return fold(text) if text else ""


@lru_cache(maxsize=256)
def _server_folded(sql: str) -> str:
    return _SQLITE_FOLDED.sub(r"fold(\1)", sql)


class _PostgresFolding(SqlConnection):
    """A PostgreSQL connection that runs `MEMBER_ORDER_SQL` as fold(column)."""

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> CursorResult:
        return super().execute(_server_folded(sql), params)


def with_fold(connection: object) -> SqlConnection:
    """`connection` with the SQL function fold(text) (`domain.names.fold`); cheap to repeat.

    SQLite is taught the Python function; PostgreSQL has its own `fold`, made by migration
    0015 to fold as `domain.names.fold` does."""
    connection = sql_connection(connection)
    if connection.on_postgresql:
        return (
            connection
            if isinstance(connection, _PostgresFolding)
            else _PostgresFolding(connection.core)
        )
    driver = connection.core.connection.driver_connection
    driver.create_function("fold", 1, _fold_sql, deterministic=True)
    return connection


def delegates_in_precedence(connection: object) -> list[int]:
    """Every delegate's id: delegations in protocol order, members in the order above."""
    rows = with_fold(connection).execute(
        f"SELECT d.id FROM delegate d JOIN delegation g ON g.id = d.delegation_id {RANK_JOIN_SQL}"
        f" ORDER BY {DELEGATION_ORDER_SQL}, {MEMBER_ORDER_SQL}"  # noqa: S608  (our SQL only)
    )
    return [id_ for (id_,) in rows]
