"""Speakers: profiles that sessions refer to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.errors import InvalidInput
from delegations.domain.models import Delegate, NameOrder, SessionSpeaker, Speaker
from delegations.domain.names import display_name, fold, full_name
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
