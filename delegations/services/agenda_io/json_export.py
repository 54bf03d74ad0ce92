"""The whole agenda as JSON: event settings, rooms, speakers with photos, sessions.

Written in the shape `schema.AgendaFile` reads back, so an export imports losslessly.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from sqlmodel import Session, col, select

from delegations.domain.models import AgendaSession, Delegate, Event, Room, Speaker
from delegations.services.agenda_io.schema import JSON_FORMAT, JSON_VERSION
from delegations.services.agenda_io.snapshot import AgendaSnapshot, read_snapshot


def _time_text(value: dt.time) -> str:
    return value.strftime("%H:%M") if not (value.second or value.microsecond) else value.isoformat()


def _event(event: Event) -> dict[str, Any]:
    return {
        "name": event.name,
        "name_zh": event.name_zh,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "venue": event.venue,
        "city": event.city,
        "time_zone": event.time_zone,
        "languages": event.languages,
    }


def _room(room: Room) -> dict[str, Any]:
    return {
        "id": room.id,
        "name": room.name,
        "capacity": room.capacity,
        "floor": room.floor,
        "sort_order": room.sort_order,
    }


def _delegate_refs(session: Session, agenda: AgendaSnapshot) -> dict[int, dict[str, str]]:
    """How each linked delegate can be found again: e-mail, else given and family name."""
    ids = [speaker.delegate_id for speaker in agenda.speakers.values() if speaker.delegate_id]
    return {
        delegate.id: {
            "email": delegate.email,
            "given_name": delegate.given_name,
            "family_name": delegate.family_name,
        }
        for delegate in session.exec(select(Delegate).where(col(Delegate.id).in_(ids)))
    }


def _speaker(speaker: Speaker, delegate: dict[str, str] | None) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "honorific": speaker.honorific,
        "given_name": speaker.given_name,
        "family_name": speaker.family_name,
        "native_name": speaker.native_name,
        "name_order": str(speaker.name_order),
        "position": speaker.position,
        "organisation": speaker.organisation,
        "country": speaker.country,
        "bio": speaker.bio,
        "photo": base64.b64encode(speaker.photo).decode("ascii") if speaker.photo else None,
        "delegate": delegate,
    }


def _session(s: AgendaSession, agenda: AgendaSnapshot) -> dict[str, Any]:
    return {
        "id": s.id,
        "day": s.day.isoformat(),
        "start_time": _time_text(s.start_time),
        "end_time": _time_text(s.end_time),
        "room_id": s.room_id,
        "kind": str(s.kind),
        "title_en": s.title_en,
        "title_zh": s.title_zh,
        "description": s.description,
        "chair_id": s.chair_id,
        "interpretation": s.interpretation,
        "expected_attendance": s.expected_attendance,
        "speakers": [
            {"speaker_id": link.speaker_id, "role": str(link.role)}
            for link in agenda.links.get(s.id, ())
        ],
    }


def agenda_to_json(*, session: Session) -> dict[str, Any]:
    """The whole agenda as JSON data; `import_agenda_json` reads it back."""
    agenda = read_snapshot(session)
    delegates = _delegate_refs(session, agenda)
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "event": _event(agenda.event),
        "rooms": [_room(room) for room in sorted(agenda.rooms.values(), key=lambda r: r.id)],
        "speakers": [
            _speaker(speaker, delegates.get(speaker.delegate_id) if speaker.delegate_id else None)
            for speaker in sorted(agenda.speakers.values(), key=lambda s: s.id)
        ],
        "sessions": [_session(s, agenda) for s in sorted(agenda.sessions, key=lambda s: s.id)],
    }


def build_json(*, session: Session) -> bytes:
    data = agenda_to_json(session=session)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
