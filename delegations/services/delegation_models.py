"""What the delegation and delegate forms hand over, and what the use cases return.

In the style of the FastAPI full-stack template: `…Create` has the fields of a new record,
`…Update` the same fields all optional (only those set are written:
`model_dump(exclude_unset=True)`), `…View` is the frozen record as stored.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from delegations.domain.enums import NameOrder

__all__ = [
    "DelegateCreate",
    "DelegateUpdate",
    "DelegateView",
    "DelegationCreate",
    "DelegationUpdate",
    "DelegationView",
]

_INPUT = ConfigDict(extra="forbid")
_VIEW = ConfigDict(frozen=True, from_attributes=True)


class DelegationCreate(BaseModel):
    """A new delegation. Its head is chosen afterwards, among its members."""

    model_config = _INPUT
    name: str
    country: str
    institution: str = ""
    protocol_order: int = 0
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str = ""


class DelegationUpdate(BaseModel):
    """Changes to a delegation: only the fields set are written (`head_id` None: no head)."""

    model_config = _INPUT
    name: str | None = None
    country: str | None = None
    institution: str | None = None
    protocol_order: int | None = None
    head_id: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str | None = None


class DelegationView(DelegationCreate):
    """A delegation as stored."""

    model_config = _VIEW
    id: int
    head_id: int | None = None


class DelegateCreate(BaseModel):
    """A new delegate; one with the role Head of Delegation becomes their delegation's head."""

    model_config = _INPUT
    delegation_id: int
    role_id: int | None = None
    rank_id: int | None = None  # the event's rank list (services.protocol)
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    native_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    position: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    dietary: str = ""
    access_needs: str = ""
    photo: bytes | None = None
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str = ""


class DelegateUpdate(BaseModel):
    """Changes to a delegate: only the fields set are written."""

    model_config = _INPUT
    delegation_id: int | None = None
    role_id: int | None = None
    rank_id: int | None = None
    honorific: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    native_name: str | None = None
    name_order: NameOrder | None = None
    position: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    dietary: str | None = None
    access_needs: str | None = None
    photo: bytes | None = None
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str | None = None


class DelegateView(DelegateCreate):
    """A delegate as stored, with their badge's version."""

    model_config = _VIEW
    id: int
    badge_version: int = 1
