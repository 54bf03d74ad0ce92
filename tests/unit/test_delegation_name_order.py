"""A whole delegation's name order: set, by country, undone and redone."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.domain.models import NameOrder
from delegations.services import delegations as svc
from delegations.services.event import open_event
from delegations.store import EventFile

FF, GF = NameOrder.FAMILY_FIRST, NameOrder.GIVEN_FIRST


@pytest.fixture
def event_file(tmp_path: Path):  # noqa: ANN201
    event_file = open_event(tmp_path / "event.sqlite3")
    yield event_file
    event_file.close()


def _names(event_file: EventFile, delegation_id: int) -> list[str]:
    with event_file.read() as connection:
        rows = svc.list_delegates(session=connection, delegation_id=delegation_id)
    return sorted(row.name for row in rows)


def _add(event_file: EventFile, country: str, name: str, *people: tuple[str, str, str]) -> int:
    with event_file.session() as session:
        delegation = svc.add_delegation(session, svc.DelegationCreate(country=country, name=name))
        for given, family, native in people:
            svc.add_delegate(
                session,
                svc.DelegateCreate(
                    delegation_id=delegation.id,
                    given_name=given,
                    family_name=family,
                    native_name=native,
                ),
            )  # fmt: skip
        return delegation.id


def test_a_list_imported_given_first_is_put_right_by_country(event_file: EventFile) -> None:
    china = _add(event_file, "CN", "China", ("Zhen", "Bai", ""), ("Zhicheng", "Li", "李志成"))
    assert _names(event_file, china) == ["Zhen Bai", "Zhicheng Li"]

    changes = svc.set_delegation_name_order(event_file, china, None)
    assert len(changes) == 2 and {c.new for c in changes} == {FF}
    assert _names(event_file, china) == ["Bai Zhen", "Li Zhicheng"]

    assert svc.set_delegation_name_order(event_file, china, FF) == []


def test_by_country_in_a_mixed_delegation_reads_the_native_names(event_file: EventFile) -> None:
    singapore = _add(
        event_file, "SG", "Singapore",
        ("Hsien Loong", "Lee", "李显龙"), ("Vivian", "Balakrishnan", ""),
    )  # fmt: skip
    changes = svc.set_delegation_name_order(event_file, singapore, None)
    assert len(changes) == 1
    assert _names(event_file, singapore) == ["Lee Hsien Loong", "Vivian Balakrishnan"]


def test_undo_restores_and_never_overwrites_a_later_edit(event_file: EventFile) -> None:
    cambodia = _add(
        event_file, "KH", "Cambodia", ("Romany", "Oum", ""), ("Chanthy", "Sok", "សុខ ចាន់ធី")
    )
    changes = svc.set_delegation_name_order(event_file, cambodia, FF)
    preview = svc.name_order_changes(event_file, cambodia, [GF])[GF]
    assert len(preview) == 2  # a preview writes nothing
    assert _names(event_file, cambodia) == ["Oum Romany", "Sok Chanthy"]

    # Someone edits Sok Chanthy by hand afterwards; undo leaves that edit alone.
    _oum, sok = (change.delegate_id for change in changes)  # in the order they were added
    svc.update_delegate(event_file, sok, svc.DelegateUpdate(name_order=GF))
    assert svc.apply_name_order_changes(event_file, changes, undo=True) == 1
    assert _names(event_file, cambodia) == ["Chanthy Sok", "Romany Oum"]

    assert svc.apply_name_order_changes(event_file, changes) == 2
    assert _names(event_file, cambodia) == ["Oum Romany", "Sok Chanthy"]


def test_a_change_shows_the_name_before_and_after(event_file: EventFile) -> None:
    viet_nam = _add(event_file, "VN", "Viet Nam", ("Thị Phương", "Nguyễn", ""))
    (change,) = svc.name_order_changes(event_file, viet_nam, [None])[None]
    assert (change.before, change.after) == ("Thị Phương Nguyễn", "Nguyễn Thị Phương")
