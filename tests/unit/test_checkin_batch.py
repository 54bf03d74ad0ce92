"""A whole delegation admitted at once is one batch: one question names the count, one undo
reverts it all (services.checkin)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_people import build

from delegations.domain.codes import make_code
from delegations.domain.errors import NotFound
from delegations.services import checkin
from delegations.services.desk import DeskIndex
from delegations.store import EventFile


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[EventFile, dict[str, int], DeskIndex]]:
    event_file, ids = build(tmp_path / "week.sqlite3")
    yield event_file, ids, DeskIndex.load(event_file)
    event_file.close()


def _states(event_file: EventFile) -> dict[int, str]:
    with event_file.read() as db:
        rows = db.execute("SELECT delegate_id, action FROM checkin ORDER BY at, uuid").fetchall()
    return dict(rows)


def test_one_undo_reverts_a_whole_delegation_admitted_at_once(desk) -> None:
    event_file, ids, index = desk
    head = index.by_id[ids["Nguyễn"]]
    checkin.admit_by_id(event_file, ids["Li"], desk="N", index=index)  # before, singly
    assert checkin.delegation_waiting(event_file, head.delegation_id) == (
        checkin.DelegationWaiting("Viet Nam", 3)
    )
    admission = checkin.admit_delegation(event_file, head.delegation_id, desk="N", index=index)
    assert len(admission.admitted) == 3
    assert checkin.delegation_waiting(event_file, head.delegation_id).waiting == 0

    undone = checkin.undo_last_admission(event_file, "N", index=index)

    assert undone is not None and undone.count == 3
    assert {undone.delegate_id, *undone.batch} == set(admission.admitted)
    assert sorted([undone.name, *undone.batch_names]) == sorted(admission.admitted_names)
    states = _states(event_file)
    assert all(states[member] == "UNDO" for member in admission.admitted)
    assert states[ids["Li"]] == "IN"  # admitted singly before: the next undo's
    assert not any(index.status(member).checked_in for member in admission.admitted)
    following = checkin.undo_last_admission(event_file, "N", index=index)
    assert following == checkin.UndoneAdmission(ids["Li"], following.name) and following.count == 1


def test_a_member_admitted_singly_after_the_batch_is_undone_alone(desk) -> None:
    event_file, ids, index = desk
    head = index.by_id[ids["Nguyễn"]]
    admission = checkin.admit_delegation(event_file, head.delegation_id, desk="N", index=index)
    code = make_code(index.secret, ids["Li"], index.by_id[ids["Li"]].badge_version)
    checkin.admit(event_file, code, desk="N", index=index)
    single = checkin.undo_last_admission(event_file, "N", index=index)
    assert single is not None and single.delegate_id == ids["Li"] and single.count == 1
    batch = checkin.undo_last_admission(event_file, "N", index=index)
    assert batch is not None and batch.count == len(admission.admitted)


def test_another_desk_s_undo_does_not_reach_this_desk_s_batch(desk) -> None:
    event_file, ids, index = desk
    head = index.by_id[ids["Nguyễn"]]
    checkin.admit_delegation(event_file, head.delegation_id, desk="N", index=index)
    assert checkin.undo_last_admission(event_file, "S", index=index) is None


def test_waiting_for_a_delegation_that_is_gone(desk) -> None:
    event_file, _ids, _index = desk
    with pytest.raises(NotFound, match="no longer exists"):
        checkin.delegation_waiting(event_file, 9999)
