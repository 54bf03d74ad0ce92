"""Synthetic sessions for the demo event, for scale: `delegations demo --sessions M`.

The sessions fill the event's days over twelve rooms (rooms are added up to twelve), with
synthetic speakers added so that most people speak a few times a day at most. Placement
avoids clashes, except for a small share placed blindly, so a large agenda shows a few
conflicts of each common kind, as a real one in its last week would. The same seed gives the
same sessions; neither time nor the global RNG is used. The extra rooms, topics and kinds of
session are data: `resources/demo/sessions.json`.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func
from sqlmodel import Session, select

from delegations.domain.conflicts import TRAVEL_MARGIN
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Room,
    SessionKind,
    SessionSpeaker,
    Speaker,
    SpeakerRole,
)
from delegations.services import agenda, event, speakers
from delegations.services.demo_names import (
    COUNTRY_WEIGHTS,
    ORGANISATIONS,
    POSITIONS,
    SUPPORTED_COUNTRIES,
    make_person,
    read_demo_file,
)

ROOM_COUNT = 12
_SESSIONS = read_demo_file("sessions.json")  # resources/demo/sessions.json
# Guizhou's cities lend their names to the extra rooms: name, capacity, floor.
EXTRA_ROOMS: tuple[tuple[str, int, str], ...] = tuple(
    (room["name"], room["capacity"], room["floor"]) for room in _SESSIONS["extra_rooms"]
)
TOPICS: tuple[tuple[str, str], ...] = tuple((en, zh) for en, zh in _SESSIONS["topics"])
# kind, weight, English and Chinese title pattern, durations in minutes
_KINDS: tuple[tuple[SessionKind, float, str, str, tuple[int, ...]], ...] = tuple(
    (SessionKind(spec["kind"]), spec["weight"], spec["title_en"], spec["title_zh"],
     tuple(spec["minutes"]))
    for spec in _SESSIONS["kinds"]
)  # fmt: skip
DAY_START, DAY_END = 8 * 60 + 30, 18 * 60 + 30  # minutes after midnight
BLIND_SHARE = 0.02  # sessions placed without looking at the room's or people's timetable


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def _free(busy: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= other_start or start >= other_end for other_start, other_end in busy)


def _add_travel(session: Session, person_busy: dict[tuple[dt.date, int], list]) -> None:
    """Speakers are busy travelling until the margin after they land and from the margin
    before they leave (what the conflict check asks, `domain.conflicts.TRAVEL_MARGIN`)."""
    arrives, leaves = agenda.speakers_travel(session)
    margin = TRAVEL_MARGIN.seconds // 60
    for speaker_id, delegate_id in session.exec(select(Speaker.id, Speaker.delegate_id)):
        if (leg := arrives.get(delegate_id)) is not None:
            busy = (0, _minutes(leg.at.time()) + margin)
            person_busy.setdefault((leg.at.date(), speaker_id), []).append(busy)
        if (leg := leaves.get(delegate_id)) is not None:
            busy = (_minutes(leg.at.time()) - margin, 24 * 60)
            person_busy.setdefault((leg.at.date(), speaker_id), []).append(busy)


def _ensure_rooms(session: Session) -> list[agenda.RoomRecord]:
    rooms = agenda.list_rooms(session=session)
    taken = {room.name for room in rooms}
    extra = (spec for spec in EXTRA_ROOMS if spec[0] not in taken)
    order = max((room.sort_order for room in rooms), default=-1) + 1
    while len(rooms) < ROOM_COUNT:
        name, capacity, floor = next(extra)
        rooms.append(
            agenda.create_room(
                session=session,
                room_in=agenda.RoomCreate(
                    name=name, capacity=capacity, floor=floor, sort_order=order
                ),
            )
        )
        order += 1
    return rooms[:ROOM_COUNT]


def _add_speakers(session: Session, rng: random.Random, count: int) -> list[int]:
    countries = list(SUPPORTED_COUNTRIES)
    weights = [COUNTRY_WEIGHTS[country] for country in countries]
    ids = []
    for _ in range(count):
        country = rng.choices(countries, weights)[0]
        person = make_person(rng, country, academic=True)
        organisation = rng.choice(
            [org for org in ORGANISATIONS[country] if org.kind != "media"] or ORGANISATIONS[country]
        )
        position = rng.choice(POSITIONS.get(organisation.kind) or ("Director",))
        speaker = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                honorific=person.honorific, given_name=person.given_name,
                family_name=person.family_name, native_name=person.native_name,
                name_order=person.name_order, position=position,
                organisation=organisation.name, country=country,
                bio=f"{position}, {organisation.name}.",
            ),
        )  # fmt: skip
        ids.append(speaker.id)
    return ids


def _totals(session: Session) -> dict[str, int]:
    return {
        "speakers": session.exec(select(func.count()).select_from(Speaker)).one(),
        "rooms": session.exec(select(func.count()).select_from(Room)).one(),
        "sessions": session.exec(select(func.count()).select_from(AgendaSession)).one(),
    }


def add_synthetic_sessions(*, session: Session, count: int, seed: int = 2025) -> dict[str, int]:
    """Add `count` synthetic sessions over the event's days and twelve rooms.

    Returns:
        What the agenda now holds: speakers, rooms and sessions.
    """
    if count < 0:
        raise InvalidInput("Sessions", "give 0 or more synthetic sessions to add.")
    if count == 0:
        return _totals(session)
    the_event = event.get_event(session=session)
    days = [
        the_event.start_date + dt.timedelta(days=n)
        for n in range((the_event.end_date - the_event.start_date).days + 1)
    ]
    rng = random.Random(f"demo sessions {seed}")
    rooms = _ensure_rooms(session)
    pool = list(session.exec(select(Speaker.id)).all())
    pool += _add_speakers(session, rng, max(8, count // 4))

    room_busy: dict[tuple[dt.date, int], list[tuple[int, int]]] = {}
    person_busy: dict[tuple[dt.date, int], list[tuple[int, int]]] = {}
    existing: dict[int, tuple[dt.date, tuple[int, int]]] = {}
    for s in session.exec(select(AgendaSession)):
        span = (_minutes(s.start_time), _minutes(s.end_time))
        existing[s.id] = (s.day, span)
        if s.room_id is not None:
            room_busy.setdefault((s.day, s.room_id), []).append(span)
        if s.chair_id is not None:
            person_busy.setdefault((s.day, s.chair_id), []).append(span)
    for session_id, speaker_id in session.exec(
        select(SessionSpeaker.session_id, SessionSpeaker.speaker_id)
    ):
        day, span = existing[session_id]
        person_busy.setdefault((day, speaker_id), []).append(span)
    _add_travel(session, person_busy)

    kinds = list(_KINDS)
    kind_weights = [spec[1] for spec in _KINDS]
    for _ in range(count):
        kind, _weight, title_en, title_zh, durations = rng.choices(kinds, kind_weights)[0]
        duration = rng.choice(durations)
        blind = rng.random() < BLIND_SHARE
        for _attempt in range(60):
            day, room = rng.choice(days), rng.choice(rooms)
            start = rng.randrange(DAY_START, DAY_END - duration + 1, 15)
            end = start + duration
            if blind or _free(room_busy.get((day, room.id), []), start, end):
                break
        room_busy.setdefault((day, room.id), []).append((start, end))

        people: list[int] = []
        if kind != SessionKind.BREAK:
            wanted = rng.choice((1, 2, 3, 3, 4)) + 1  # the first is the chair
            for speaker_id in rng.sample(pool, min(len(pool), wanted * 4)):
                busy = person_busy.setdefault((day, speaker_id), [])
                if blind or _free(busy, start, end):
                    busy.append((start, end))
                    people.append(speaker_id)
                    if len(people) == wanted:
                        break
        chair, speakers_here = (people[0], people[1:]) if people else (None, [])

        capacity = room.capacity or 100
        share = rng.uniform(1.05, 1.3) if rng.random() < 0.01 else rng.uniform(0.3, 0.95)
        topic_en, topic_zh = rng.choice(TOPICS)
        created = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=day, start_time=_time(start), end_time=_time(end),
                room_id=room.id, kind=kind, title_en=title_en.format(topic_en),
                title_zh=title_zh.format(topic_zh),
                description=f"Synthetic {kind} for a large demo agenda.",
                chair_id=chair, interpretation="" if kind == SessionKind.BREAK else "en,zh",
                expected_attendance=max(1, round(capacity * share)),
            ),
        )  # fmt: skip
        if speakers_here:
            role = SpeakerRole.KEYNOTE if kind == SessionKind.PLENARY else SpeakerRole.PANELLIST
            agenda.set_session_speakers(
                session=session, session_id=created.id,
                speakers=[(speaker_id, role) for speaker_id in speakers_here],
            )  # fmt: skip
    return _totals(session)
