"""Stored values read back by plain SQL decode to what the ORM wrote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from delegations.domain.enums import NameOrder
from delegations.services import delegations as svc
from delegations.services.event import open_event
from delegations.store.stored import stored_date, stored_name_order


def test_what_the_orm_stores_decodes_back(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "e.sqlite3")
    with event_file.session() as session:
        delegation = svc.add_delegation(
            session,
            svc.DelegationCreate(
                name="China",
                country="CN",
            ),
        )
        svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=delegation.id,
                given_name="Zhen",
                family_name="Bai",
                name_order=NameOrder.FAMILY_FIRST,
                arrival=dt.date(2025, 7, 24),
            ),
        )  # fmt: skip
    with event_file.read() as connection:
        order, arrival, departure = connection.execute(
            "SELECT name_order, arrival, departure FROM delegate"
        ).fetchone()
    assert stored_name_order(order) == NameOrder.FAMILY_FIRST
    assert (stored_date(arrival), stored_date(departure)) == (dt.date(2025, 7, 24), None)


def test_member_values_and_empty_values_decode_too() -> None:
    assert stored_name_order("family_first") == NameOrder.FAMILY_FIRST
    assert stored_name_order(None) == NameOrder.GIVEN_FIRST
    assert stored_date(dt.date(2025, 7, 28)) == dt.date(2025, 7, 28)
    assert stored_date("") is None
