"""What undo in the agenda editor needs: a session's full values, and a deleted one restored.

A restored session keeps its old id, so published programme versions (which match sessions
by id) see it as the same session, not as one cancelled and another added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from delegations.domain.enums import SpeakerRole
from delegations.domain.errors import InvalidInput
from delegations.domain.models import AgendaSession
from delegations.services import agenda
from delegations.services.records import apply_changes

SESSION_FIELDS = (
    "day", "start_time", "end_time", "room_id", "kind", "title_en", "title_zh", "description",
    "chair_id", "interpretation", "expected_attendance",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SessionState:
    """Everything about one session: its fields and its speakers in order."""

    session_id: int
    fields: dict[str, Any]
    speakers: tuple[tuple[int, SpeakerRole], ...]


def session_state(*, session: Session, session_id: int) -> SessionState:
    record = agenda.get_session(session=session, session_id=session_id)
    return SessionState(
        session_id=session_id,
        fields={name: getattr(record, name) for name in SESSION_FIELDS},
        speakers=tuple(
            (speaker.id, SpeakerRole(role))
            for speaker, role in agenda.session_speakers(session=session, session_id=session_id)
        ),
    )


def restore_session(*, session: Session, state: SessionState) -> AgendaSession:
    """Recreate a deleted session under its old id, with its speakers.

    Raises:
        InvalidInput: a session with that id exists, or the values are refused.
    """
    if session.get(AgendaSession, state.session_id) is not None:
        raise InvalidInput("Session", "this session exists already.")
    record = AgendaSession(
        day=state.fields["day"],
        start_time=state.fields["start_time"],
        end_time=state.fields["end_time"],
        title_en="",
    )
    apply_changes(record, state.fields)
    record.id = state.session_id
    agenda._validate_session(session, record)  # noqa: SLF001 — the same rules as create
    session.add(record)
    session.flush()
    agenda.set_session_speakers(
        session=session, session_id=state.session_id, speakers=list(state.speakers)
    )
    return record
