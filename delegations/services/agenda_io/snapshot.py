"""The agenda read once from the event file, and what every export says about a session."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, select

from delegations.domain.models import (
    AgendaSession,
    Event,
    NameOrder,
    Room,
    SessionKind,
    SessionSpeaker,
    Speaker,
)
from delegations.domain.names import full_name
from delegations.services.agenda_io.errors import AgendaFileError


@dataclass(frozen=True, slots=True)
class AgendaSnapshot:
    event: Event
    rooms: dict[int, Room]
    speakers: dict[int, Speaker]
    sessions: list[AgendaSession]  # by day, start, room order, id
    links: dict[int, list[SessionSpeaker]]  # session id -> speakers in order

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.event.time_zone or "UTC")
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise AgendaFileError(
                f"The event's time zone “{self.event.time_zone}” is not known; set one like "
                "Asia/Shanghai."
            ) from error


def read_snapshot(session: Session) -> AgendaSnapshot:
    event = session.exec(select(Event)).one()
    rooms = {room.id: room for room in session.exec(select(Room))}
    speakers = {speaker.id: speaker for speaker in session.exec(select(Speaker))}
    links: dict[int, list[SessionSpeaker]] = {}
    for link in session.exec(
        select(SessionSpeaker).order_by(SessionSpeaker.session_id, SessionSpeaker.position)
    ):
        links.setdefault(link.session_id, []).append(link)
    room_order = {room.id: (room.sort_order, room.name) for room in rooms.values()}
    sessions = sorted(
        session.exec(select(AgendaSession)),
        key=lambda s: (s.day, s.start_time, room_order.get(s.room_id, (1 << 30, "")), s.id),
    )
    return AgendaSnapshot(event, rooms, speakers, sessions, links)


def person_name(speaker: Speaker) -> str:
    return (
        full_name(
            speaker.given_name, speaker.family_name, speaker.name_order or NameOrder.GIVEN_FIRST
        )
        or speaker.native_name
    )


def zoned(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=zone)


def session_uid(event: Event, session_id: int) -> uuid.UUID:
    """A UUID for a session that is the same in every export from this event file.

    Derived from the event's secret through HMAC, so it reveals nothing about the secret.
    """
    key = hmac.new(event.signing_secret.encode(), b"agenda session uid", hashlib.sha256)
    namespace = uuid.UUID(bytes=key.digest()[:16])
    return uuid.uuid5(namespace, f"session/{session_id}")


def kind_label(kind: SessionKind | str) -> str:
    text = str(kind)
    return text[:1].upper() + text[1:]


def session_details(agenda: AgendaSnapshot, agenda_session: AgendaSession) -> list[str]:
    """Chair, speakers with their roles and interpretation languages, one line each."""
    lines = []
    chair = agenda.speakers.get(agenda_session.chair_id) if agenda_session.chair_id else None
    if chair is not None:
        lines.append(f"Chair: {person_name(chair)}")
    speakers = [
        f"{person_name(agenda.speakers[link.speaker_id])} ({link.role})"
        for link in agenda.links.get(agenda_session.id, ())
    ]
    if speakers:
        lines.append("Speakers: " + ", ".join(speakers))
    if agenda_session.interpretation:
        lines.append(f"Interpretation: {agenda_session.interpretation.replace(',', ', ')}")
    return lines
