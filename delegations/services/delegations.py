"""Delegations and their delegates: create, update, delete, list.

The use cases (`create_delegate(event_file, data)`, …) each own one transaction, take the
pydantic models the forms hand over (`DelegationCreate`, `DelegateUpdate`, …) and return
frozen read models (`DelegationView`, `DelegateView`). The `session` helpers below them
(`add_delegate`, `change_delegation`, …) are for services that compose them inside a
transaction of their own (the demo event, tests' setup).
"""
# The models live in `delegation_models` (pydantic only: the forms import them at start-up
# without SQLModel) and are re-exported here.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.enums import NameOrder
from delegations.domain.errors import InvalidInput
from delegations.domain.models import Delegate, Delegation, Role
from delegations.domain.names import display_name, full_name, usual_name_order
from delegations.services.delegation_models import (
    DelegateCreate,
    DelegateUpdate,
    DelegateView,
    DelegationCreate,
    DelegationUpdate,
    DelegationView,
)
from delegations.services.event import EventFile
from delegations.services.protocol import apply_precedence
from delegations.services.records import apply_changes, get_or_raise
from delegations.services.roster import (  # noqa: F401  (the read side, re-exported)
    DelegateRow,
    DelegationRow,
    find_delegation,
    list_delegates,
    list_delegations,
)
from delegations.store.transactions import immediate_session

# Use cases: one transaction each ------------------------------------------------------------


def create_delegation(event_file: EventFile, data: DelegationCreate) -> DelegationView:
    """Add a delegation; under the ASEAN rule it takes its place in the order of precedence."""
    with immediate_session(event_file.engine) as session:
        delegation = add_delegation(session, data)
        apply_precedence(session=session)
        session.refresh(delegation)
        return DelegationView.model_validate(delegation)


def update_delegation(
    event_file: EventFile, delegation_id: int, data: DelegationUpdate
) -> DelegationView:
    """Change a delegation (see `change_delegation` for its head); under the ASEAN rule a
    changed country or name moves it to its place in the order of precedence."""
    with immediate_session(event_file.engine) as session:
        delegation = change_delegation(session, delegation_id, data)
        apply_precedence(session=session)
        session.refresh(delegation)
        return DelegationView.model_validate(delegation)


def delete_delegation(event_file: EventFile, delegation_id: int) -> None:
    """Delete a delegation and, with it, its members and their check-ins and badge prints."""
    with immediate_session(event_file.engine) as session:
        delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
        delegation.head_id = None
        session.flush()
        session.delete(delegation)


def get_delegation(event_file: EventFile, delegation_id: int) -> DelegationView:
    with event_file.session() as session:
        record = get_or_raise(session, Delegation, delegation_id, "Delegation")
        return DelegationView.model_validate(record)


def create_delegate(event_file: EventFile, data: DelegateCreate) -> DelegateView:
    with immediate_session(event_file.engine) as session:
        return DelegateView.model_validate(add_delegate(session, data))


def update_delegate(event_file: EventFile, delegate_id: int, data: DelegateUpdate) -> DelegateView:
    """Change a delegate; see `change_delegate` for the head of their delegation."""
    with immediate_session(event_file.engine) as session:
        return DelegateView.model_validate(change_delegate(session, delegate_id, data))


def delete_delegates(event_file: EventFile, delegate_ids: Sequence[int]) -> None:
    """Delete these delegates, all or (one of them gone already) none."""
    with immediate_session(event_file.engine) as session:
        for delegate_id in delegate_ids:
            session.delete(get_or_raise(session, Delegate, delegate_id, "Delegate"))


def get_delegate(event_file: EventFile, delegate_id: int) -> DelegateView:
    with event_file.session() as session:
        return DelegateView.model_validate(get_or_raise(session, Delegate, delegate_id, "Delegate"))


# Inside a transaction of another service ----------------------------------------------------


def _validate_delegation(session: Session, delegation: Delegation) -> None:
    rules.require_text(delegation.name, "Name")
    rules.check_country(delegation.country)
    rules.check_email(delegation.contact_email, "Contact e-mail")
    rules.check_date_range(delegation.arrival, delegation.departure, "Arrival", "Departure")
    if delegation.head_id is not None:
        head = session.get(Delegate, delegation.head_id)
        if head is None or head.delegation_id != delegation.id:
            raise InvalidInput(
                "Head", "the head of delegation must be a member of this delegation."
            )


def add_delegation(session: Session, data: DelegationCreate) -> Delegation:
    delegation = Delegation(name="", country="")
    apply_changes(delegation, data.model_dump())
    _validate_delegation(session, delegation)
    session.add(delegation)
    session.flush()
    return delegation


def change_delegation(session: Session, delegation_id: int, data: DelegationUpdate) -> Delegation:
    """Change a delegation. Choosing its head gives that member the role Head of Delegation
    and the previous head the role Delegate; choosing no head makes the previous one a
    Delegate (see `_keep_head_and_role_in_step`)."""
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    old_head = delegation.head_id
    apply_changes(delegation, data.model_dump(exclude_unset=True))
    _validate_delegation(session, delegation)
    if delegation.head_id != old_head:
        hod = _role_id(session, HOD)
        if hod is not None:
            if delegation.head_id is not None:
                head = session.get(Delegate, delegation.head_id)
                assert head is not None  # checked by _validate_delegation
                head.role_id = hod
            _demote_other_heads(session, delegation, hod)
    session.flush()
    return delegation


def _validate_delegate(session: Session, delegate: Delegate) -> None:
    rules.require_person_name(delegate.given_name, delegate.family_name, delegate.native_name)
    rules.check_email(delegate.email)
    rules.check_date_range(delegate.arrival, delegate.departure, "Arrival", "Departure")
    if delegate.delegation_id is None or session.get(Delegation, delegate.delegation_id) is None:
        raise InvalidInput("Delegation", "choose the delegation this person belongs to.")
    if delegate.role_id is not None and session.get(Role, delegate.role_id) is None:
        raise InvalidInput("Role", "choose one of the event's roles.")


def add_delegate(session: Session, data: DelegateCreate) -> Delegate:
    """Add a delegate; one with the role Head of Delegation becomes their delegation's head."""
    delegate = Delegate(delegation_id=data.delegation_id)
    apply_changes(delegate, data.model_dump())
    _validate_delegate(session, delegate)
    session.add(delegate)
    session.flush()
    _keep_head_and_role_in_step(session, delegate, old_role=None, moved=True)
    session.flush()
    return delegate


def change_delegate(session: Session, delegate_id: int, data: DelegateUpdate) -> Delegate:
    """Change a delegate, keeping the head and the role Head of Delegation one fact."""
    delegate = get_or_raise(session, Delegate, delegate_id, "Delegate")
    changes = data.model_dump(exclude_unset=True)
    moved = "delegation_id" in changes and changes["delegation_id"] != delegate.delegation_id
    old_role = delegate.role_id
    apply_changes(delegate, changes)
    _validate_delegate(session, delegate)
    if moved:
        # A head who moves to another delegation is no longer head of the old one.
        for delegation in session.exec(select(Delegation).where(Delegation.head_id == delegate_id)):
            delegation.head_id = None
    _keep_head_and_role_in_step(session, delegate, old_role=old_role, moved=moved)
    session.flush()
    return delegate


# The head of a delegation and the role Head of Delegation are one fact ----------------------
#
# Kept in step from either side: a member given the role Head of Delegation (code "hod")
# becomes the delegation's head, and the previous head becomes a Delegate; a delegation's
# chosen head gets the role, the previous head becomes a Delegate; a head who leaves the
# delegation or loses the role stops being head. Import keeps the same rule
# (`importing._fix_heads`). A previous head is made a Delegate only if they had the role
# Head of Delegation: a head from before this rule with another role (VIP…) keeps it. An
# event without a role coded "hod" has no such link.

HOD, DELEGATE = "hod", "delegate"


def _role_id(session: Session, code: str) -> int | None:
    return session.exec(select(Role.id).where(Role.code == code)).first()


def _keep_head_and_role_in_step(
    session: Session, delegate: Delegate, *, old_role: int | None, moved: bool
) -> None:
    hod = _role_id(session, HOD)
    if hod is None:
        return
    delegation = session.get(Delegation, delegate.delegation_id)
    assert delegation is not None  # checked by _validate_delegate
    if delegate.role_id == hod and (old_role != hod or moved):
        if delegation.head_id != delegate.id:
            delegation.head_id = delegate.id
            _demote_other_heads(session, delegation, hod)
    elif delegate.role_id != hod and old_role == hod and delegation.head_id == delegate.id:
        delegation.head_id = None


def _demote_other_heads(session: Session, delegation: Delegation, hod: int) -> None:
    """Members of `delegation` with the role Head of Delegation who are not its head become
    Delegates."""
    delegate_role = _role_id(session, DELEGATE)
    members = select(Delegate).where(
        Delegate.delegation_id == delegation.id, Delegate.role_id == hod
    )
    for member in session.exec(members):
        if member.id != delegation.head_id:
            member.role_id = delegate_role


# Name order of a whole delegation ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameOrderChange:
    """One member whose name order changes: enough to undo and redo it, and to show it."""

    delegate_id: int
    old: NameOrder
    new: NameOrder
    before: str = ""  # the Latin name as shown before ("Zhen Bai")
    after: str = ""  # and after the change ("Bai Zhen")


def name_order_changes(
    event_file: EventFile, delegation_id: int, orders: Sequence[NameOrder | None]
) -> dict[NameOrder | None, list[NameOrderChange]]:
    """For each of `orders`, the members `set_delegation_name_order` would change (nothing
    written), read at one moment.

    An order None means each member's usual order for the delegation's country (see
    `domain.names.usual_name_order`).
    """
    with event_file.session() as session:
        return {order: _name_order_changes(session, delegation_id, order) for order in orders}


def set_delegation_name_order(
    event_file: EventFile, delegation_id: int, order: NameOrder | None
) -> list[NameOrderChange]:
    """Give every member of the delegation the name order `order` (None: by country).

    Returns the members that changed (their old and new order, for undo); an empty list
    when all of them already had it.
    """
    with immediate_session(event_file.engine) as session:
        changes = _name_order_changes(session, delegation_id, order)
        _apply_name_order_changes(session, changes, undo=False)
    return changes


def apply_name_order_changes(
    event_file: EventFile, changes: Sequence[NameOrderChange], *, undo: bool = False
) -> int:
    """Redo (or, with `undo`, undo) name order changes; returns how many members changed.

    A member whose order has been changed since by someone else, or who has gone, is left
    as they are: undo never overwrites a later edit.
    """
    with immediate_session(event_file.engine) as session:
        return _apply_name_order_changes(session, changes, undo=undo)


def _name_order_changes(
    session: Session, delegation_id: int, order: NameOrder | None
) -> list[NameOrderChange]:
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    members = session.exec(select(Delegate).where(Delegate.delegation_id == delegation_id))
    changes = []
    for member in members:
        new = order or usual_name_order(delegation.country, member.native_name)
        if member.name_order != new:
            given, family = member.given_name, member.family_name
            changes.append(
                NameOrderChange(
                    member.id,  # type: ignore[arg-type]
                    member.name_order,
                    new,
                    full_name(given, family, member.name_order),
                    full_name(given, family, new),
                )
            )
    return sorted(changes, key=lambda change: change.delegate_id)


def _apply_name_order_changes(
    session: Session, changes: Sequence[NameOrderChange], *, undo: bool
) -> int:
    changed = 0
    for change in changes:
        before, after = (change.new, change.old) if undo else (change.old, change.new)
        delegate = session.get(Delegate, change.delegate_id)
        if delegate is not None and delegate.name_order == before:
            delegate.name_order = after
            changed += 1
    session.flush()
    return changed


def delegate_display_name(delegate: Delegate) -> str:
    return display_name(
        delegate.honorific, delegate.given_name, delegate.family_name, delegate.name_order
    )
