"""Identity: the event's roles, delegations and delegates as an import matches rows to them.

Read on SQLAlchemy Core (an ORM session's connection, or `EventFile.connection()`), so the
command line never loads SQLModel for an import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from delegations.domain.delegations import DelegationNotFound, resolve_delegation
from delegations.domain.names import fold
from delegations.services.registrations.cells import name_key, row_name
from delegations.store.stored import stored_date, stored_name_order

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

# Fields copied to Delegate as cleaned text.
TEXT_FIELDS = (
    "honorific", "given_name", "family_name", "native_name", "position", "organisation",
    "phone", "dietary", "access_needs", "notes",
)  # fmt: skip
# The delegate's columns an import reads and writes.
DELEGATE_COLUMNS = (
    *TEXT_FIELDS, "email", "name_order", "arrival", "departure", "role_id", "delegation_id",
)  # fmt: skip


def event_vocabulary(*, session: Session | Connection) -> dict[str, Any]:
    """What reading a file needs to know of the event, as `read_registrations` keywords."""
    connection = core(session)
    delegations = fetch(connection, "SELECT name, country FROM delegation")
    return {
        "roles": event_roles(connection),
        "delegation_countries": {fold(name): country for name, country in delegations},
    }


def event_roles(connection: Connection) -> list[tuple[str, str]]:
    """The event's roles as (code, name) pairs, in their order."""
    return [
        tuple(role) for role in fetch(connection, "SELECT code, name FROM role ORDER BY sort_order")
    ]


def core(session: Session | Connection) -> Connection:
    """The SQLAlchemy Core connection of an ORM session, or the connection itself."""
    from sqlalchemy.engine import Connection

    return session if isinstance(session, Connection) else session.connection()


def fetch(connection: Connection, sql: str) -> list[Any]:
    return list(connection.exec_driver_sql(sql).all())


class EventIndex:
    """The event's roles, delegations and delegates, read column-wise for matching."""

    def __init__(self, connection: Connection) -> None:
        roles = fetch(connection, "SELECT id, code, name FROM role")
        self.role_ids = {code: id_ for id_, code, _name in roles}
        self.role_names = {id_: name for id_, _code, name in roles}
        self.delegation_names: dict[int, str] = {}
        self.delegation_country: dict[int, str] = {}
        self._resolved: dict[str, int | None] = {}
        self.delegations_by_country: dict[str, list[int]] = {}
        self.max_protocol_order = 0
        query = (
            "SELECT id, name, country, protocol_order FROM delegation ORDER BY protocol_order, name"
        )
        for id_, name, country, order in fetch(connection, query):
            self.delegation_names[id_] = name
            self.delegation_country[id_] = country
            self.delegations_by_country.setdefault(country, []).append(id_)
            self.max_protocol_order = max(self.max_protocol_order, order or 0)
        self.delegates: dict[int, dict[str, Any]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[int, str], list[int]] = {}
        query = f"SELECT id, {', '.join(DELEGATE_COLUMNS)} FROM delegate ORDER BY id"
        for id_, *values in fetch(connection, query):
            record = dict(zip(DELEGATE_COLUMNS, values, strict=True))
            record["name_order"] = stored_name_order(record["name_order"])
            record["arrival"] = stored_date(record["arrival"])
            record["departure"] = stored_date(record["departure"])
            self.delegates[id_] = record
            if record["email"]:
                self.by_email.setdefault(record["email"].casefold(), id_)
            key = name_key(record["given_name"], record["family_name"], record["native_name"])
            self.by_name.setdefault((record["delegation_id"], key), []).append(id_)

    def existing_delegation(self, text: str) -> int | None:
        """The event's delegation a row names, by its name or its country (the one resolver,
        without abbreviations); None when there is none, so that the row can create it."""
        key = fold(text)
        if key not in self._resolved:
            rows = [(id_, name, self.delegation_country[id_])
                    for id_, name in self.delegation_names.items()]  # fmt: skip
            try:
                self._resolved[key] = resolve_delegation(text, rows, by_start=False)
            except DelegationNotFound:
                self._resolved[key] = None
        return self._resolved[key]

    def name_of(self, id_: int) -> str:
        return row_name(self.delegates[id_])
