"""Speakers: profiles that sessions refer to.

The form hands over a `SpeakerCreate` or `SpeakerUpdate` (only the fields set are changed) and
gets a frozen `SpeakerRecord` back. `save_speaker` and `delete_speaker` are the use cases, one
transaction each; the `session=` helpers serve services that compose them inside their own
transaction (demo data, tests).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from delegations.domain import rules
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    NameOrder,
    Room,
    SessionSpeaker,
    Speaker,
)
from delegations.domain.names import display_name, fold, full_name
from delegations.domain.photos import square_photo
from delegations.services import roster
from delegations.services.records import apply_changes, get_or_raise
from delegations.services.roster import DelegateRow

if TYPE_CHECKING:
    from delegations.store import EventFile


class SpeakerCreate(BaseModel):
    """A speaker's profile as the form gives it; `photo` is cropped to a square when stored."""

    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    native_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    position: str = ""
    organisation: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, or empty
    bio: str = ""
    delegate_id: int | None = None
    photo: bytes | None = None


class SpeakerUpdate(BaseModel):
    """The fields to change; unset ones stay (`photo=None` set explicitly removes the photo)."""

    honorific: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    native_name: str | None = None
    name_order: NameOrder | None = None
    position: str | None = None
    organisation: str | None = None
    country: str | None = None
    bio: str | None = None
    delegate_id: int | None = None
    photo: bytes | None = None


class SpeakerRecord(SpeakerCreate):
    """A stored speaker, detached from any session."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int


def _record(speaker: Speaker) -> SpeakerRecord:
    return SpeakerRecord.model_validate(speaker)


def _validate(session: Session, speaker: Speaker) -> None:
    rules.require_person_name(speaker.given_name, speaker.family_name, speaker.native_name)
    if speaker.country:
        rules.check_country(speaker.country)
    if speaker.delegate_id is not None and session.get(Delegate, speaker.delegate_id) is None:
        raise InvalidInput("Delegate", "the linked delegate no longer exists.")


def _apply(session: Session, speaker: Speaker, changes: dict[str, Any]) -> None:
    if "photo" in changes:
        photo = changes.pop("photo")
        speaker.photo = square_photo(photo) if photo else None
    apply_changes(speaker, changes)
    _validate(session, speaker)


def create_speaker(*, session: Session, speaker_in: SpeakerCreate) -> SpeakerRecord:
    """Raises: InvalidInput: a field is refused (named), or the photo is not an image."""
    speaker = Speaker()
    _apply(session, speaker, speaker_in.model_dump())
    session.add(speaker)
    session.flush()
    return _record(speaker)


def update_speaker(
    *, session: Session, speaker_id: int, speaker_in: SpeakerUpdate
) -> SpeakerRecord:
    """Raises: NotFound, InvalidInput (as `create_speaker`)."""
    speaker = get_or_raise(session, Speaker, speaker_id, "Speaker")
    _apply(session, speaker, speaker_in.model_dump(exclude_unset=True))
    session.flush()
    return _record(speaker)


def save_speaker(
    event_file: EventFile,
    speaker_in: SpeakerCreate | SpeakerUpdate,
    *,
    speaker_id: int | None = None,
) -> SpeakerRecord:
    """The Save of the speaker form: a new speaker (no `speaker_id`) or changes to one."""
    with event_file.session() as session:
        if speaker_id is None:
            return create_speaker(
                session=session,
                speaker_in=SpeakerCreate(**speaker_in.model_dump(exclude_unset=True)),
            )
        return update_speaker(
            session=session,
            speaker_id=speaker_id,
            speaker_in=SpeakerUpdate(**speaker_in.model_dump(exclude_unset=True)),
        )


def delete_speaker(event_file: EventFile, speaker_id: int) -> None:
    """Delete a speaker; they leave their sessions, and sessions they chaired have no chair."""
    with event_file.session() as session:
        session.delete(get_or_raise(session, Speaker, speaker_id, "Speaker"))


def get_speaker(*, session: Session, speaker_id: int) -> SpeakerRecord:
    return _record(get_or_raise(session, Speaker, speaker_id, "Speaker"))


def load_speaker(event_file: EventFile, speaker_id: int) -> SpeakerRecord:
    with event_file.session() as session:
        return get_speaker(session=session, speaker_id=speaker_id)


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    id: int
    honorific: str
    name: str
    native_name: str
    position: str
    organisation: str
    country: str
    session_count: int
    search_key: str


def list_speakers(*, session: Session) -> list[SpeakerRow]:
    counts = dict(
        session.exec(
            select(SessionSpeaker.speaker_id, func.count()).group_by(SessionSpeaker.speaker_id)
        ).all()
    )
    query = select(
        Speaker.id, Speaker.honorific, Speaker.given_name, Speaker.family_name,
        Speaker.name_order, Speaker.native_name, Speaker.position, Speaker.organisation,
        Speaker.country,
    ).order_by(Speaker.family_name, Speaker.given_name)  # fmt: skip
    rows = []
    for (
        id_,
        honorific,
        given,
        family,
        order,
        native,
        position,
        organisation,
        country,
    ) in session.exec(query):
        name = full_name(given, family, order or NameOrder.GIVEN_FIRST)
        rows.append(
            SpeakerRow(
                id=id_, honorific=honorific, name=name, native_name=native, position=position,
                organisation=organisation, country=country, session_count=counts.get(id_, 0),
                search_key=fold(f"{name}\n{native}\n{organisation}\n{position}"),
            )
        )  # fmt: skip
    return rows


class _Named(Protocol):
    honorific: str
    given_name: str
    family_name: str
    name_order: NameOrder


def load_speakers(event_file: EventFile) -> list[SpeakerRow]:
    """Every speaker, by family name, with their number of sessions."""
    with event_file.session() as session:
        return list_speakers(session=session)


def speaker_display_name(speaker: _Named) -> str:
    return display_name(
        speaker.honorific, speaker.given_name, speaker.family_name, speaker.name_order
    )


# A speaker's sessions and photo (the Speakers tab) ------------------------------------------


@dataclass(frozen=True, slots=True)
class SpeakerSessionRow:
    """One of a speaker's sessions; `role` is "chair" when they chair it."""

    session_id: int
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_name: str
    title_en: str
    title_zh: str
    role: str


def speaker_sessions(*, session: Session, speaker_id: int) -> list[SpeakerSessionRow]:
    """The sessions a speaker speaks at or chairs, in time order."""
    rooms = dict(session.exec(select(Room.id, Room.name)).all())
    roles: dict[int, str] = {
        session_id: str(role)
        for session_id, role in session.exec(
            select(SessionSpeaker.session_id, SessionSpeaker.role).where(
                SessionSpeaker.speaker_id == speaker_id
            )
        )
    }
    query = select(AgendaSession).where(
        or_(col(AgendaSession.id).in_(list(roles)), AgendaSession.chair_id == speaker_id)
    )
    rows = [
        SpeakerSessionRow(
            session_id=s.id, day=s.day, start_time=s.start_time, end_time=s.end_time,
            room_name=rooms.get(s.room_id, "") if s.room_id is not None else "",
            title_en=s.title_en, title_zh=s.title_zh,
            role=roles.get(s.id, "chair") if s.chair_id != speaker_id else "chair",
        )
        for s in session.exec(query)
    ]  # fmt: skip
    rows.sort(key=lambda row: (row.day, row.start_time, row.session_id))
    return rows


def set_speaker_photo(*, session: Session, speaker_id: int, data: bytes | None) -> SpeakerRecord:
    """Store a speaker's photo cropped to a square as every photo is (None removes it).

    Raises:
        InvalidInput: `data` is not a readable image.
    """
    return update_speaker(
        session=session, speaker_id=speaker_id, speaker_in=SpeakerUpdate(photo=data)
    )


def load_speaker_sessions(event_file: EventFile, speaker_id: int) -> list[SpeakerSessionRow]:
    """The sessions a speaker speaks at or chairs, in time order."""
    with event_file.session() as session:
        return speaker_sessions(session=session, speaker_id=speaker_id)


def linkable_delegates(event_file: EventFile) -> list[DelegateRow]:
    """The delegates a speaker's profile can be linked to: all of them, by name."""
    with event_file.read() as connection:
        return roster.list_delegates(session=connection)
