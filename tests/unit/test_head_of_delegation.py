"""The delegation's head and the member with the role Head of Delegation are one fact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.services import delegations as svc
from delegations.services.event import open_event, role_by_code
from delegations.store import EventFile


@pytest.fixture
def event_file(event_path: Path) -> Iterator[EventFile]:
    event_file = open_event(event_path)
    yield event_file
    event_file.close()


@pytest.fixture
def cambodia(event_file: EventFile) -> dict[str, int]:
    """Cambodia with three members (all Delegates, no head yet), and the role ids."""
    with event_file.session() as session:
        roles = {code: role_by_code(session=session, code=code).id
                 for code in ("hod", "delegate", "vip")}  # fmt: skip
        kh = svc.add_delegation(session, svc.DelegationCreate(name="Cambodia", country="KH")).id
        ids = {"kh": kh, **{f"role_{code}": id_ for code, id_ in roles.items()}}
        for given in ("Romany", "Chanthy", "Dara"):
            ids[given] = svc.add_delegate(
                session,
                svc.DelegateCreate(
                    delegation_id=kh,
                    given_name=given,
                    role_id=roles["delegate"],
                ),
            ).id
    return ids


def _state(event_file: EventFile, delegation_id: int) -> tuple[int | None, dict[int, str]]:
    """(head id, {member id: role code}) of a delegation."""
    with event_file.read() as connection:
        head = connection.execute(
            "SELECT head_id FROM delegation WHERE id = ?", (delegation_id,)
        ).fetchone()[0]
        roles = dict(
            connection.execute(
                "SELECT d.id, coalesce(r.code, '') FROM delegate d"
                " LEFT JOIN role r ON r.id = d.role_id WHERE d.delegation_id = ?",
                (delegation_id,),
            ).fetchall()
        )
    return head, roles


def test_giving_a_member_the_role_makes_them_head(event_file: EventFile, cambodia: dict) -> None:
    with event_file.session() as session:
        svc.change_delegate(
            session,
            cambodia["Romany"],
            svc.DelegateUpdate(
                role_id=cambodia["role_hod"],
            ),
        )
    head, roles = _state(event_file, cambodia["kh"])
    assert head == cambodia["Romany"] and roles[cambodia["Romany"]] == "hod"

    # Another member given the role: they are head, the previous head becomes a Delegate.
    with event_file.session() as session:
        svc.change_delegate(
            session,
            cambodia["Chanthy"],
            svc.DelegateUpdate(
                role_id=cambodia["role_hod"],
            ),
        )
    head, roles = _state(event_file, cambodia["kh"])
    assert head == cambodia["Chanthy"]
    assert roles[cambodia["Romany"]] == "delegate" and roles[cambodia["Chanthy"]] == "hod"
    assert list(roles.values()).count("hod") == 1


def test_a_new_member_with_the_role_is_head(event_file: EventFile, cambodia: dict) -> None:
    with event_file.session() as session:
        new = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=cambodia["kh"],
                given_name="Sophea",
                role_id=cambodia["role_hod"],
            ),
        ).id  # fmt: skip
    assert _state(event_file, cambodia["kh"])[0] == new


def test_choosing_the_head_gives_them_the_role(event_file: EventFile, cambodia: dict) -> None:
    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
            ),
        )
    head, roles = _state(event_file, cambodia["kh"])
    assert head == cambodia["Dara"] and roles[cambodia["Dara"]] == "hod"

    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Romany"],
            ),
        )
    head, roles = _state(event_file, cambodia["kh"])
    assert head == cambodia["Romany"]
    assert roles[cambodia["Romany"]] == "hod" and roles[cambodia["Dara"]] == "delegate"

    # No head: the previous head is a Delegate again.
    with event_file.session() as session:
        svc.change_delegation(session, cambodia["kh"], svc.DelegationUpdate(head_id=None))
    head, roles = _state(event_file, cambodia["kh"])
    assert head is None and "hod" not in roles.values()


def test_saving_the_delegation_with_the_same_head_changes_no_role(
    event_file: EventFile, cambodia: dict
) -> None:
    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
            ),
        )
        svc.change_delegate(
            session,
            cambodia["Romany"],
            svc.DelegateUpdate(
                role_id=cambodia["role_vip"],
            ),
        )
    before = _state(event_file, cambodia["kh"])
    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
                notes="x",
            ),
        )
    assert _state(event_file, cambodia["kh"]) == before


def test_a_head_who_loses_the_role_stops_being_head(event_file: EventFile, cambodia: dict) -> None:
    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
            ),
        )
        svc.change_delegate(
            session,
            cambodia["Dara"],
            svc.DelegateUpdate(
                role_id=cambodia["role_vip"],
            ),
        )
    head, roles = _state(event_file, cambodia["kh"])
    assert head is None and roles[cambodia["Dara"]] == "vip"


def test_a_head_who_leaves_stops_being_head_and_heads_the_new_delegation(
    event_file: EventFile, cambodia: dict
) -> None:
    with event_file.session() as session:
        laos = svc.add_delegation(session, svc.DelegationCreate(name="Lao PDR", country="LA")).id
        lao_head = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=laos,
                given_name="Bounmy",
                role_id=cambodia["role_hod"],
            ),
        ).id  # fmt: skip
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
            ),
        )
    with event_file.session() as session:
        svc.change_delegate(session, cambodia["Dara"], svc.DelegateUpdate(delegation_id=laos))
    assert _state(event_file, cambodia["kh"])[0] is None
    head, roles = _state(event_file, laos)
    assert head == cambodia["Dara"] and roles[lao_head] == "delegate"


def test_deleting_the_head_leaves_no_head(event_file: EventFile, cambodia: dict) -> None:
    with event_file.session() as session:
        svc.change_delegation(
            session,
            cambodia["kh"],
            svc.DelegationUpdate(
                head_id=cambodia["Dara"],
            ),
        )
    svc.delete_delegates(event_file, [cambodia["Dara"]])
    assert _state(event_file, cambodia["kh"])[0] is None
