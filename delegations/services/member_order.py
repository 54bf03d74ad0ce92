"""Members of a delegation in the order of precedence, for reads written in SQL.

`domain.precedence.member_key` is the rule: the head first, then by rank (the event's rank
list, no rank last), then by family and given name as `domain.names.fold` compares them
("Đỗ" among the D's, "de Leon" among the D's). SQLite's own ORDER BY compares bytes, which
puts "Đỗ" after "Zhou" and "de Leon" after "Reyes"; so every list that orders members in SQL
(roster, badges, export, seating, the desk) orders by `member_order(connection)`, and all of
them agree with the booklet and the services that sort with `member_key`.

Kept apart from `services.protocol` so the roster can use it without importing the rank and
country machinery at start-up.
"""

from __future__ import annotations

from delegations.domain.names import fold
from delegations.store.sql import SqlConnection, sql_connection


def _sqlite_folded(column: str) -> str:
    # An ASCII name (length in characters = length in bytes) folds as SQLite's lower() folds
    # it, in C; only the others call back into Python: 20,000 names sort ~20 ms sooner.
    return (
        f"CASE WHEN length({column}) = length(CAST({column} AS BLOB)) THEN lower({column})"
        f" ELSE fold({column}) END"
    )


def _server_folded(column: str) -> str:
    # PostgreSQL's fold() runs in the server (migration 0015); it has no BLOB to test with.
    return f"fold({column})"


# The delegation is `g`: protocol order, ties (a hand-made order may have them) by name and id,
# as `services.protocol.delegations_in_precedence`.
DELEGATION_ORDER_SQL = "g.protocol_order, g.name, g.id"

RANK_JOIN_SQL = "LEFT JOIN rank k ON k.id = d.rank_id"

# The delegate is `d`, its delegation `g`, its rank `k` (`RANK_JOIN_SQL`), by engine.
_MEMBER_ORDER_SQL = {
    dialect: "d.id IS DISTINCT FROM g.head_id, coalesce(k.sort_order, 1073741824), "
    f"{folded('d.family_name')}, {folded('d.given_name')}, d.id"
    for dialect, folded in (("sqlite", _sqlite_folded), ("postgresql", _server_folded))
}


def member_order(connection: SqlConnection) -> str:
    """The ORDER BY terms that put members in precedence, in `connection`'s SQL; a SQLite
    connection is taught the function fold(text) (`domain.names.fold`) they call. Cheap to
    repeat."""
    if not connection.on_postgresql:
        driver = connection.core.connection.driver_connection
        driver.create_function("fold", 1, _fold_sql, deterministic=True)
    return _MEMBER_ORDER_SQL[connection.dialect]


def _fold_sql(text: str | None) -> str:
    return fold(text) if text else ""


def delegates_in_precedence(connection: object) -> list[int]:
    """Every delegate's id: delegations in protocol order, members in the order above."""
    connection = sql_connection(connection)
    rows = connection.execute(
        f"SELECT d.id FROM delegate d JOIN delegation g ON g.id = d.delegation_id {RANK_JOIN_SQL}"
        f" ORDER BY {DELEGATION_ORDER_SQL}, {member_order(connection)}"  # noqa: S608
    )
    return [id_ for (id_,) in rows]
