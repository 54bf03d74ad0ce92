"""Read-only lists of delegations and delegates, as plain rows, fast.

These are on the start-up path (the first tab shows 20,000 delegates), so they run plain SQL
(`store.sql`, the same on SQLite and PostgreSQL) on SQLAlchemy Core and import no SQLModel.
They accept either that connection (`EventFile.read()`) or an ORM session, whose connection
they borrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

from delegations.domain.countries import country_name
from delegations.domain.delegations import resolve_delegation
from delegations.domain.enums import NameOrder
from delegations.domain.names import fold, full_name
from delegations.services.member_order import (
    DELEGATION_ORDER_SQL,
    RANK_JOIN_SQL,
    member_order,
)
from delegations.store import EventFile, sql_connection

# SQLAlchemy stores enums by member name.
_NAME_ORDERS = {order.name: order for order in NameOrder}


@dataclass(frozen=True, slots=True)
class DelegationRow:
    id: int
    name: str
    country: str
    country_name: str
    protocol_order: int
    head_id: int | None
    head_name: str
    member_count: int


class DelegateRow(NamedTuple):
    """A delegate as lists show it (a tuple: 20,000 of them are made in a blink)."""

    id: int
    delegation_id: int
    delegation_name: str
    country: str
    role_name: str
    role_color: str
    honorific: str
    name: str
    native_name: str
    position: str
    organisation: str
    email: str

    @property
    def search_key(self) -> str:
        """Folded text a filter matches against (case- and diacritic-blind)."""
        return fold(
            f"{self.name}\n{self.native_name}\n{self.organisation}\n"
            f"{self.delegation_name}\n{self.email}"
        )


def _name(given: str, family: str, order: str | None) -> str:
    return full_name(given, family, _NAME_ORDERS.get(order or "", NameOrder.GIVEN_FIRST))


def list_delegations(*, session: Any) -> list[DelegationRow]:
    """Delegations in protocol order with their member counts and heads."""
    query = """
        SELECT g.id, g.name, g.country, g.protocol_order, g.head_id,
               h.given_name, h.family_name, h.name_order,
               (SELECT count(*) FROM delegate d WHERE d.delegation_id = g.id)
        FROM delegation g LEFT JOIN delegate h ON h.id = g.head_id
        ORDER BY g.protocol_order, g.name, g.id
    """
    return [
        DelegationRow(
            id=id_, name=name, country=country, country_name=country_name(country),
            protocol_order=order, head_id=head_id,
            head_name=_name(given, family, name_order) if head_id is not None else "",
            member_count=members,
        )
        for id_, name, country, order, head_id, given, family, name_order, members
        in sql_connection(session).execute(query)
    ]  # fmt: skip


def find_delegation(*, session: Any, text: str) -> int:
    """The id of the delegation `text` designates: its name, country (name, ISO code or
    Chinese name) or the unique start of its name (see `domain.delegations`).

    Raises:
        DelegationNotFound: nothing matches; the sentence lists the delegations.
        AmbiguousDelegation: several match; the sentence lists them.
    """
    rows = sql_connection(session).execute("SELECT id, name, country FROM delegation")
    return resolve_delegation(text, rows.fetchall())


# The Latin name in the person's own order, built by SQLite (see domain.names.full_name).
_FULL_NAME_SQL = """
    CASE WHEN d.name_order = 'FAMILY_FIRST'
         THEN trim(d.family_name || ' ' || d.given_name)
         ELSE trim(d.given_name || ' ' || d.family_name) END
"""


def list_delegates(
    *,
    session: Any,
    delegation_id: int | None = None,
    delegation_ids: Sequence[int] | None = None,
    first: int | None = None,
) -> list[DelegateRow]:
    """Delegates in protocol order of their delegation; within it the head first, then by
    rank, then by family and given name (see `domain.precedence`); of one delegation or of
    `delegation_ids` if given, only the `first` so many if given."""
    query = f"""
        SELECT d.id, d.delegation_id, g.name, g.country, coalesce(r.name, ''),
               coalesce(r.color, ''), d.honorific, {_FULL_NAME_SQL}, d.native_name,
               d.position, d.organisation, d.email
        FROM delegate d JOIN delegation g ON g.id = d.delegation_id
        LEFT JOIN role r ON r.id = d.role_id {RANK_JOIN_SQL}
        {{where}}
        ORDER BY {DELEGATION_ORDER_SQL}, {{member_order}}
        {{limit}}
    """  # noqa: S608  (no user input in the SQL text)
    where, parameters = "", []
    if delegation_id is not None:
        where, parameters = "WHERE d.delegation_id = ?", [delegation_id]
    elif delegation_ids is not None:  # a few leading delegations: one placeholder each
        marks = ", ".join("?" * len(delegation_ids)) or "NULL"
        where, parameters = f"WHERE d.delegation_id IN ({marks})", list(delegation_ids)
    limit = "" if first is None else "LIMIT ?"
    parameters += [] if first is None else [first]
    connection = sql_connection(session)
    order = member_order(connection)
    cursor = connection.execute(
        query.format(where=where, member_order=order, limit=limit), parameters
    )
    return list(map(_new_delegate_row, cursor))


# DelegateRow._make without its Python frame: a fifth of the time of 20,000 rows.
_new_delegate_row = partial(tuple.__new__, DelegateRow)


@dataclass(frozen=True, slots=True)
class Roster:
    """The delegations and all delegates, read at one moment (the Delegations tab)."""

    delegations: list[DelegationRow]
    delegates: list[DelegateRow]

    @property
    def delegate_count(self) -> int:
        """All the event's delegates (more than `delegates` if only the first were read)."""
        return sum(delegation.member_count for delegation in self.delegations)


def read_roster(event_file: EventFile, *, first: int | None = None) -> Roster:
    """The delegations and their delegates (only the `first` so many delegates if given:
    read from the leading delegations alone, not sorted out of all 20,000)."""
    with event_file.read() as connection:
        delegations = list_delegations(session=connection)
        if first is None:
            return Roster(delegations, list_delegates(session=connection))
        leading = _leading_delegations(delegations, first)
        delegates = list_delegates(session=connection, delegation_ids=leading, first=first)
        return Roster(delegations, delegates)


def _leading_delegations(delegations: list[DelegationRow], members: int) -> list[int]:
    """The first delegations in protocol order that have `members` members between them (with
    every delegation sharing the last one's place, whose order among them the query decides)."""
    leading: list[int] = []
    covered, last_place = 0, None
    for delegation in delegations:
        if covered >= members and delegation.protocol_order != last_place:
            break
        leading.append(delegation.id)
        covered += delegation.member_count
        last_place = delegation.protocol_order
    return leading


def count_records(*, session: Any) -> dict[str, int]:
    """How many delegations, delegates, speakers and agenda sessions the event holds."""
    tables = {
        "delegations": "delegation",
        "delegates": "delegate",
        "speakers": "speaker",
        "sessions": "agendasession",
    }
    connection = sql_connection(session)
    return {
        key: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        for key, table in tables.items()
    }
