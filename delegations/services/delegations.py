"""Delegations and their delegates: create, update, delete, list."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.errors import InvalidInput
from delegations.domain.models import Delegate, Delegation, Role
from delegations.domain.names import display_name
from delegations.services.records import apply_changes, get_or_raise
from delegations.services.roster import (  # noqa: F401  (the read side, re-exported)
    DelegateRow,
    DelegationRow,
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
    delegation = get_or_raise(session, Delegation, delegation_id, "Delegation")
    apply_changes(delegation, changes)
    _validate_delegation(session, delegation)
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
    delegate = Delegate(delegation_id=fields.get("delegation_id"))  # type: ignore[arg-type]
    apply_changes(delegate, fields)
    _validate_delegate(session, delegate)
    session.add(delegate)
    session.flush()
    return delegate


def update_delegate(*, session: Session, delegate_id: int, **changes: Any) -> Delegate:
    delegate = get_or_raise(session, Delegate, delegate_id, "Delegate")
    moved = "delegation_id" in changes and changes["delegation_id"] != delegate.delegation_id
    apply_changes(delegate, changes)
    _validate_delegate(session, delegate)
    if moved:
        # A head who moves to another delegation is no longer head of the old one.
        for delegation in session.exec(select(Delegation).where(Delegation.head_id == delegate_id)):
            delegation.head_id = None
    session.flush()
    return delegate


def delete_delegate(*, session: Session, delegate_id: int) -> None:
    session.delete(get_or_raise(session, Delegate, delegate_id, "Delegate"))
    session.flush()


def get_delegate(*, session: Session, delegate_id: int) -> Delegate:
    return get_or_raise(session, Delegate, delegate_id, "Delegate")


def delegate_display_name(delegate: Delegate) -> str:
    return display_name(
        delegate.honorific, delegate.given_name, delegate.family_name, delegate.name_order
    )
