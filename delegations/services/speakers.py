"""Speakers: profiles that sessions refer to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

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
from delegations.services.records import apply_changes, get_or_raise


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


def _validate(session: Session, speaker: Speaker) -> None:
    rules.require_person_name(speaker.given_name, speaker.family_name, speaker.native_name)
    if speaker.country:
        rules.check_country(speaker.country)
    if speaker.delegate_id is not None and session.get(Delegate, speaker.delegate_id) is None:
        raise InvalidInput("Delegate", "the linked delegate no longer exists.")


def create_speaker(*, session: Session, **fields: Any) -> Speaker:
    speaker = Speaker()
    apply_changes(speaker, fields)
    _validate(session, speaker)
    session.add(speaker)
    session.flush()
    return speaker


def update_speaker(*, session: Session, speaker_id: int, **changes: Any) -> Speaker:
    speaker = get_or_raise(session, Speaker, speaker_id, "Speaker")
    apply_changes(speaker, changes)
    _validate(session, speaker)
    session.flush()
    return speaker


def delete_speaker(*, session: Session, speaker_id: int) -> None:
    session.delete(get_or_raise(session, Speaker, speaker_id, "Speaker"))
    session.flush()


def get_speaker(*, session: Session, speaker_id: int) -> Speaker:
    return get_or_raise(session, Speaker, speaker_id, "Speaker")


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


def speaker_display_name(speaker: Speaker) -> str:
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


def set_speaker_photo(*, session: Session, speaker_id: int, data: bytes | None) -> Speaker:
    """Store a speaker's photo cropped to a square as every photo is (None removes it).

    Raises:
        InvalidInput: `data` is not a readable image.
    """
    speaker = get_or_raise(session, Speaker, speaker_id, "Speaker")
    speaker.photo = square_photo(data) if data else None
    session.flush()
    return speaker
