"""The agenda as a frab / pretalx `schedule.xml`, the file conference schedule apps read.

`<schedule>` → `<day>` → `<room>` → `<event>`, as the C3VOC schedule.xml.xsd describes it;
sessions without a room (site visits, breaks) are listed under `NO_ROOM`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import xml.etree.ElementTree as ET

from sqlmodel import Session

from delegations import __version__ as APP_VERSION
from delegations.domain.models import AgendaSession
from delegations.services.agenda_io.snapshot import (
    AgendaSnapshot,
    kind_label,
    person_name,
    read_snapshot,
    session_details,
    session_uid,
    zoned,
)
from delegations.services.programme import latest_version_number

NO_ROOM = "Other locations"


def _slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def _acronym(name: str) -> str:
    words = _slug(name, 200).split("-")
    if len(words) <= 2:
        return "-".join(words) or "event"
    return "".join(word if word.isdigit() else word[0] for word in words if word)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def build_frab_xml(*, session: Session) -> bytes:
    """The agenda as a frab / pretalx `schedule.xml`."""
    agenda = read_snapshot(session)
    zone, event = agenda.zone, agenda.event
    version = latest_version_number(session=session)
    acronym = _acronym(event.name)
    event_days = [
        event.start_date + dt.timedelta(days=n)
        for n in range((event.end_date - event.start_date).days + 1)
    ]
    days = sorted(set(event_days) | {s.day for s in agenda.sessions})

    root = ET.Element("schedule")
    _sub(root, "generator", name="delegations", version=APP_VERSION)
    _sub(root, "version", f"Programme version {version}" if version else "Draft")
    conference = _sub(root, "conference")
    _sub(conference, "acronym", acronym)
    _sub(conference, "title", event.name)
    _sub(conference, "start", days[0].isoformat())
    _sub(conference, "end", days[-1].isoformat())
    _sub(conference, "days", str(len(days)))
    _sub(conference, "timeslot_duration", "00:05")
    _sub(conference, "time_zone_name", zone.key)

    ordered_rooms = sorted(agenda.rooms.values(), key=lambda r: (r.sort_order, r.name))
    by_day_room: dict[tuple[dt.date, int | None], list[AgendaSession]] = {}
    for agenda_session in agenda.sessions:
        room_id = agenda_session.room_id if agenda_session.room_id in agenda.rooms else None
        by_day_room.setdefault((agenda_session.day, room_id), []).append(agenda_session)
    languages = [tag for tag in event.languages.split(",") if tag]

    for index, day in enumerate(days, start=1):
        day_element = _sub(
            root, "day", index=str(index), date=day.isoformat(),
            start=zoned(day, dt.time(0), zone).isoformat(),
            end=zoned(day, dt.time(23, 59, 59), zone).isoformat(),
        )  # fmt: skip
        room_keys: list[tuple[int | None, str]] = [(room.id, room.name) for room in ordered_rooms]
        if (day, None) in by_day_room:
            room_keys.append((None, NO_ROOM))
        for room_id, room_name in room_keys:
            room_element = _sub(day_element, "room", name=room_name)
            for agenda_session in by_day_room.get((day, room_id), ()):
                _frab_event(room_element, agenda, agenda_session, room_name, acronym, languages)

    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _frab_event(
    parent: ET.Element,
    agenda: AgendaSnapshot,
    agenda_session: AgendaSession,
    room_name: str,
    acronym: str,
    languages: list[str],
) -> None:
    start = zoned(agenda_session.day, agenda_session.start_time, agenda.zone)
    end = zoned(agenda_session.day, agenda_session.end_time, agenda.zone)
    minutes = int((end - start).total_seconds() // 60)
    element = _sub(
        parent, "event", guid=str(session_uid(agenda.event, agenda_session.id)),
        id=str(agenda_session.id),
    )  # fmt: skip
    _sub(element, "date", start.isoformat())
    _sub(element, "start", f"{agenda_session.start_time:%H:%M}")
    _sub(element, "duration", _hhmm(minutes))
    _sub(element, "room", room_name)
    _sub(element, "slug", f"{acronym}-{agenda_session.id}-{_slug(agenda_session.title_en)}")
    _sub(element, "title", agenda_session.title_en)
    _sub(element, "subtitle", agenda_session.title_zh)
    _sub(element, "track", kind_label(agenda_session.kind))
    _sub(element, "type", str(agenda_session.kind))
    spoken = [tag for tag in agenda_session.interpretation.split(",") if tag] or languages
    _sub(element, "language", spoken[0] if spoken else "")
    _sub(element, "abstract", agenda_session.description)
    details = session_details(agenda, agenda_session)
    _sub(element, "description", "\n".join([agenda_session.description, *details]).strip())
    persons = _sub(element, "persons")
    people: list[int] = []
    if agenda_session.chair_id in agenda.speakers:
        people.append(agenda_session.chair_id)
    for link in agenda.links.get(agenda_session.id, ()):
        if link.speaker_id not in people:
            people.append(link.speaker_id)
    for speaker_id in people:
        _sub(persons, "person", person_name(agenda.speakers[speaker_id]), id=str(speaker_id))
    _sub(element, "links")
    _sub(element, "attachments")
