"""The agenda editor's undoable writes: a session's full state, and the use cases that write
it back, each one transaction.

A restored session keeps its old id, so published programme versions (which match sessions
by id) see it as the same session, not as one cancelled and another added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session

from delegations.domain.enums import SpeakerRole
from delegations.services import agenda
from delegations.services.agenda import SessionCreate, SessionUpdate

if TYPE_CHECKING:
    from delegations.store import EventFile


@dataclass(frozen=True, slots=True)
class SessionState:
    """Everything about one session: its fields and its speakers in order."""

    session_id: int
    fields: SessionCreate
    speakers: tuple[tuple[int, SpeakerRole], ...]


def session_state(*, session: Session, session_id: int) -> SessionState:
    record = agenda.get_session(session=session, session_id=session_id)
    return SessionState(
        session_id=session_id,
        fields=SessionCreate(**record.model_dump(exclude={"id"})),
        speakers=tuple(
            (link.speaker_id, link.role)
            for link in agenda.session_speakers(session=session, session_id=session_id)
        ),
    )


def session_states(event_file: EventFile, session_ids: Sequence[int]) -> list[SessionState]:
    """The sessions as they stand (what undo will write back).

    Raises:
        NotFound: one of them no longer exists.
    """
    with event_file.session() as session:
        return [session_state(session=session, session_id=i) for i in session_ids]


def add_session(
    event_file: EventFile, session_in: SessionCreate, speakers: Sequence[tuple[int, SpeakerRole]]
) -> SessionState:
    """A new session with its speakers, as the session form's OK makes it."""
    with event_file.session() as session:
        record = agenda.create_session(session=session, session_in=session_in)
        agenda.set_session_speakers(session=session, session_id=record.id, speakers=speakers)
        return session_state(session=session, session_id=record.id)


def write_session(event_file: EventFile, state: SessionState, *, speakers: bool) -> None:
    """Give a session the values of `state` (and its speakers too, if `speakers`)."""
    with event_file.session() as session:
        agenda.update_session(
            session=session,
            session_id=state.session_id,
            session_in=SessionUpdate(**state.fields.model_dump()),
        )
        if speakers:
            agenda.set_session_speakers(
                session=session, session_id=state.session_id, speakers=state.speakers
            )


def restore_sessions(event_file: EventFile, states: Sequence[SessionState]) -> None:
    """Recreate deleted sessions under their old ids, with their speakers.

    Raises:
        InvalidInput: a session with one of those ids exists, or the values are refused.
    """
    with event_file.session() as session:
        for state in states:
            agenda.create_session(
                session=session, session_in=state.fields, session_id=state.session_id
            )
            agenda.set_session_speakers(
                session=session, session_id=state.session_id, speakers=state.speakers
            )
