"""Applying: a plan written in the caller's transaction, in batches, straight to the driver;
new delegations created first, and each touched delegation's head settled last."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from delegations.domain.enums import NameOrder
from delegations.progress import Cancelled
from delegations.services.protocol import apply_precedence
from delegations.services.registrations.event_index import DELEGATE_COLUMNS, EventIndex
from delegations.services.registrations.parsed import ImportCancelled
from delegations.services.registrations.planning import Plan
from delegations.services.registrations.travel_columns import write_travel
from delegations.store.sql import sql_connection

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_BATCH = 2000


def write_plan(
    connection: Connection, plan: Plan, index: EventIndex, progress: Callable[[int], None],
    cancelled: Cancelled,
) -> None:  # fmt: skip
    """Create the new delegations, then insert and update delegates in batches."""
    from sqlalchemy import bindparam, update

    _create_delegations(connection, plan, index)
    if plan.new_delegations:  # under the ASEAN rule they take their places among the others
        apply_precedence(session=connection)
    delegate, _delegation = _tables()
    inserts = _resolved(plan.inserts, plan)
    updates = _resolved(plan.updates, plan)
    done = 0
    # Rows of values go straight to the driver (`SqlConnection.executemany`): SQLAlchemy's
    # per-row parameter processing would double the time of a 20,000-row import; the values
    # are made driver-ready here instead.
    sql = (f"INSERT INTO delegate ({', '.join(DELEGATE_COLUMNS)}, badge_version) "
           f"VALUES ({', '.join('?' * len(DELEGATE_COLUMNS))}, 1)")  # fmt: skip
    plain = sql_connection(connection)
    for start in range(0, len(inserts), _BATCH):
        batch = inserts[start : start + _BATCH]
        plain.executemany(sql, [_driver_row(record) for record in batch])
        done += len(batch)
        _step(done, progress, cancelled)
    statement = (
        update(delegate)
        .where(delegate.c.id == bindparam("_id"))
        .values({name: bindparam(name) for name in DELEGATE_COLUMNS})
    )
    for start in range(0, len(updates), _BATCH):
        batch = [{**record, **_driver_values(record)} for record in updates[start : start + _BATCH]]
        connection.execute(statement, batch)
        done += len(batch)
        _step(done, progress, cancelled)
    write_travel(connection, plan.travels, len(inserts))
    _fix_heads(connection, plan, index)


def _driver_value(value: Any) -> Any:
    """A value as the database driver takes it: dates as ISO text, the name order by name."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.name if isinstance(value, NameOrder) else value


def _driver_row(record: dict[str, Any]) -> tuple[Any, ...]:
    row = list(map(record.__getitem__, DELEGATE_COLUMNS))
    for position in _CONVERTED_POSITIONS:
        row[position] = _driver_value(row[position])
    return tuple(row)


_CONVERTED_POSITIONS = tuple(
    DELEGATE_COLUMNS.index(name) for name in ("name_order", "arrival", "departure")
)


def _driver_values(record: dict[str, Any]) -> dict[str, Any]:
    return {name: _driver_value(record[name]) for name in DELEGATE_COLUMNS}


def _resolved(records: list[tuple[dict[str, Any], str | None]], plan: Plan) -> list[dict[str, Any]]:
    """The records, with the ids of the delegations just created filled in."""
    for record, pending_key in records:
        if pending_key is not None:
            record["delegation_id"] = plan.new_delegations[pending_key].id
    return [record for record, _key in records]


def _step(done: int, progress: Callable[[int], None], cancelled: Cancelled) -> None:
    if cancelled():
        raise ImportCancelled
    progress(done)


def _create_delegations(connection: Connection, plan: Plan, index: EventIndex) -> None:
    """New delegations, in the protocol order of their country (the others after)."""
    from sqlalchemy import insert

    from delegations.domain.countries import COUNTRY_NAMES

    _delegate, delegation = _tables()
    protocol = list(COUNTRY_NAMES)
    next_order = max(index.max_protocol_order, len(protocol)) + 1
    for pending in plan.new_delegations.values():
        if pending.country in protocol:
            order = protocol.index(pending.country) + 1
        else:
            order, next_order = next_order, next_order + 1
        row = {**_NEW_DELEGATION, "name": pending.name, "country": pending.country,
               "protocol_order": order}  # fmt: skip
        statement = insert(delegation).values(row).returning(delegation.c.id)
        pending.id = connection.execute(statement).scalar_one()


def _fix_heads(connection: Any, plan: Plan, index: EventIndex) -> None:
    """Keep a delegation's head and the role Head of Delegation one fact, as the forms do
    (`services.delegations`): heads who moved away or whose row took the role away stop
    being heads; in each delegation the file touched, an imported member with the role Head
    of Delegation becomes head (with several, the first: rows updating people already in the
    event, then new people in file order) and every other member with the role there becomes
    a Delegate. A delegation without such a row keeps its head, or, without one, gets the
    first member who already had the role.
    """
    from sqlalchemy import and_, bindparam, select, update

    delegate, delegation = _tables()
    moved = select(delegate.c.id).where(
        and_(delegate.c.id == delegation.c.head_id, delegate.c.delegation_id != delegation.c.id)
    )
    connection.execute(
        update(delegation)
        .where(delegation.c.head_id.in_(moved.scalar_subquery()))
        .values(head_id=None)
    )
    hod = index.role_ids.get("hod")
    if hod is None:
        return
    updated = {record["_id"]: record["role_id"] for record, _key in plan.updates}
    lost_role = [id_ for id_, role in updated.items()
                 if role != hod and index.delegates[id_]["role_id"] == hod]  # fmt: skip
    if lost_role:
        connection.execute(
            update(delegation).where(delegation.c.head_id.in_(lost_role)).values(head_id=None)
        )
    ids = {key if isinstance(key, int) else plan.new_delegations[key].id
           for key in plan.touched_delegations}  # fmt: skip
    if not ids:
        return
    heads = dict(
        connection.execute(select(delegation.c.id, delegation.c.head_id).where(
            delegation.c.id.in_(ids))).all()
    )  # fmt: skip
    holders: dict[int, list[int]] = {}
    for id_, delegation_id in connection.execute(
        select(delegate.c.id, delegate.c.delegation_id)
        .where(delegate.c.role_id == hod, delegate.c.delegation_id.in_(ids))
        .order_by(delegate.c.id)  # existing people first, then new ones in file order
    ):
        holders.setdefault(delegation_id, []).append(id_)
    new_heads, demoted = [], []
    for delegation_id, members in holders.items():
        imported = [m for m in members if m in updated or m not in index.delegates]
        current = heads.get(delegation_id)
        if imported:
            if imported[0] != current:
                new_heads.append({"_delegation": delegation_id, "_head": imported[0]})
            demoted.extend({"_member": m} for m in members if m != imported[0])
        elif current is None:  # untouched people with the role, from before: the first heads
            new_heads.append({"_delegation": delegation_id, "_head": members[0]})
    if new_heads:
        connection.execute(
            update(delegation).where(delegation.c.id == bindparam("_delegation"))
            .values(head_id=bindparam("_head")), new_heads,
        )  # fmt: skip
    if demoted:
        connection.execute(
            update(delegate).where(delegate.c.id == bindparam("_member"))
            .values(role_id=index.role_ids.get("delegate")), demoted,
        )  # fmt: skip


@functools.cache
def _tables() -> tuple[Any, Any]:
    """The delegate and delegation columns import writes, as Core tables: no ORM models, so
    no SQLModel import (a third of a second of a whole import)."""
    from sqlalchemy import column, table

    delegate = table(
        "delegate", *map(column, ("id", "delegation_id", "role_id", *DELEGATE_COLUMNS))
    )
    delegation = table("delegation", *map(column, ("id", "head_id", "name", "country",
                                                    "protocol_order", *_NEW_DELEGATION)))  # fmt: skip
    return delegate, delegation


# The columns a new delegation needs besides its name, country and place in protocol order.
_NEW_DELEGATION = {
    "institution": "", "contact_name": "", "contact_email": "", "contact_phone": "", "notes": "",
}  # fmt: skip
