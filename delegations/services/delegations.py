"""Delegations and their delegates: create, update, delete, list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.enums import NameOrder
from delegations.domain.errors import InvalidInput
from delegations.domain.models import Delegate, Delegation, Role
from delegations.domain.names import display_name, full_name, usual_name_order
from delegations.services.records import apply_changes, get_or_raise
from delegations.services.roster import (  # noqa: F401  (the read side, re-exported)
    DelegateRow,
    DelegationRow,
    find_delegation,
    list_delegates,
    list_delegations,
)

# Delegations -------------------------------------------------------------------------------


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


def create_delegation(*, session: Session, **fields: Any) -> Delegation:
    delegation = Delegation(name="", country="")
    apply_changes(delegation, fields)
    if delegation.head_id is not None:
        raise InvalidInput(
            "Head", "add the delegation first, then choose its head among its members."
        )
    _validate_delegation(session, delegation)
    session.add(delegation)
    session.flush()
    return delegation


def update_delegation(*, session: Session, delegation_id: int, **changes: Any) -> Delegation:
    """Change a delegation. Choosing its head gives that member the role Head of Delegation
    and the previous head the role Delegate; choosing no head makes the previous one a
    Delegate (see `_keep_head_and_role_in_step`)."""
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    old_head = delegation.head_id
    apply_changes(delegation, changes)
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


def delete_delegation(*, session: Session, delegation_id: int) -> None:
    """Delete a delegation and, with it, its members and their check-ins and badge prints."""
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    delegation.head_id = None
    session.flush()
    session.delete(delegation)
    session.flush()


def get_delegation(*, session: Session, delegation_id: int) -> Delegation:
    return get_or_raise(session, Delegation, delegation_id, "Delegation")


# Delegates ---------------------------------------------------------------------------------


def _validate_delegate(session: Session, delegate: Delegate) -> None:
    rules.require_person_name(delegate.given_name, delegate.family_name, delegate.native_name)
    rules.check_email(delegate.email)
    rules.check_date_range(delegate.arrival, delegate.departure, "Arrival", "Departure")
    if delegate.delegation_id is None or session.get(Delegation, delegate.delegation_id) is None:
        raise InvalidInput("Delegation", "choose the delegation this person belongs to.")
    if delegate.role_id is not None and session.get(Role, delegate.role_id) is None:
        raise InvalidInput("Role", "choose one of the event's roles.")


def create_delegate(*, session: Session, **fields: Any) -> Delegate:
    """Add a delegate; one with the role Head of Delegation becomes their delegation's head."""
    delegate = Delegate(delegation_id=fields.get("delegation_id"))  # type: ignore[arg-type]
    apply_changes(delegate, fields)
    _validate_delegate(session, delegate)
    session.add(delegate)
    session.flush()
    _keep_head_and_role_in_step(session, delegate, old_role=None, moved=True)
    session.flush()
    return delegate


def update_delegate(*, session: Session, delegate_id: int, **changes: Any) -> Delegate:
    """Change a delegate, keeping the head and the role Head of Delegation one fact."""
    delegate = get_or_raise(session, Delegate, delegate_id, "Delegate")
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


def delete_delegate(*, session: Session, delegate_id: int) -> None:
    session.delete(get_or_raise(session, Delegate, delegate_id, "Delegate"))
    session.flush()


def get_delegate(*, session: Session, delegate_id: int) -> Delegate:
    return get_or_raise(session, Delegate, delegate_id, "Delegate")


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
    *, session: Session, delegation_id: int, order: NameOrder | None
) -> list[NameOrderChange]:
    """The members whose name order `set_delegation_name_order` would change (nothing written).

    `order` None means each member's usual order for the delegation's country (see
    `domain.names.usual_name_order`).
    """
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


def set_delegation_name_order(
    *, session: Session, delegation_id: int, order: NameOrder | None
) -> list[NameOrderChange]:
    """Give every member of the delegation the name order `order` (None: by country).

    Returns the members that changed (their old and new order, for undo); an empty list
    when all of them already had it.
    """
    changes = name_order_changes(session=session, delegation_id=delegation_id, order=order)
    apply_name_order_changes(session=session, changes=changes)
    return changes


def apply_name_order_changes(
    *, session: Session, changes: Sequence[NameOrderChange], undo: bool = False
) -> int:
    """Redo (or, with `undo`, undo) name order changes; returns how many members changed.

    A member whose order has been changed since by someone else, or who has gone, is left
    as they are: undo never overwrites a later edit.
    """
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
