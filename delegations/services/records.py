"""Small helpers shared by the services that edit records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, SQLModel

from delegations.domain.errors import NotFound
from delegations.domain.names import clean


def apply_changes(record: SQLModel, changes: Mapping[str, Any]) -> None:
    """Set fields on a record: text trimmed and NFC-normalised; unknown fields are bugs."""
    fields = type(record).model_fields
    for key, value in changes.items():
        if key not in fields or key == "id":
            raise ValueError(f"{type(record).__name__} has no field {key!r}")
        setattr(record, key, clean(value) if isinstance(value, str) else value)


def get_or_raise(session: Session, model: type[SQLModel], record_id: int, label: str) -> Any:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"{label} {record_id} no longer exists; it may have been deleted.")
    return record
