"""Rooms and agenda sessions with their speakers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, delete, select

from delegations.domain import rules
from delegations.domain.conflicts import Conflict, PersonInfo, RoomInfo, SlotInfo, find_conflicts
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Delegation,
    Event,
    NameOrder,
    Room,
    SessionSpeaker,
    Speaker,
    SpeakerRole,
)
from delegations.domain.names import full_name
from delegations.services.records import apply_changes, get_or_raise


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int | None
    room_name: str
    kind: str
    title_en: str
    title_zh: str
    chair_name: str
    speaker_names: tuple[str, ...]


# Rooms -------------------------------------------------------------------------------------


def _validate_room(session: Session, room: Room) -> None:
    rules.require_text(room.name, "Name")
    if room.capacity is not None and room.capacity < 1:
        raise InvalidInput(
            "Capacity", "a room holds at least one person; leave it empty if unknown."
        )
    clash = session.exec(select(Room).where(Room.name == room.name, Room.id != room.id)).first()
    if clash is not None:
        raise InvalidInput("Name", f"there is already a room called “{room.name}”.")


def create_room(*, session: Session, **fields: Any) -> Room:
    room = Room(name="")
    apply_changes(room, fields)
    _validate_room(session, room)
    session.add(room)
    session.flush()
    return room


def update_room(*, session: Session, room_id: int, **changes: Any) -> Room:
    room = get_or_raise(session, Room, room_id, "Room")
    apply_changes(room, changes)
    _validate_room(session, room)
    session.flush()
    return room


def delete_room(*, session: Session, room_id: int) -> None:
    """Delete a room; its sessions stay in the agenda without a room."""
    session.delete(get_or_raise(session, Room, room_id, "Room"))
    session.flush()


def list_rooms(*, session: Session) -> list[Room]:
    return list(session.exec(select(Room).order_by(Room.sort_order, Room.name)))


# Sessions ----------------------------------------------------------------------------------


def _validate_session(session: Session, agenda_session: AgendaSession) -> None:
    rules.require_text(agenda_session.title_en, "Title")
    rules.check_session_times(agenda_session.start_time, agenda_session.end_time)
    event = session.exec(select(Event)).first()
    if event and not event.start_date <= agenda_session.day <= event.end_date:
        raise InvalidInput(
            "Day",
            f"{agenda_session.day:%d %b %Y} is outside the event "
            f"({event.start_date:%d %b} – {event.end_date:%d %b %Y}).",
        )
    if agenda_session.room_id is not None and session.get(Room, agenda_session.room_id) is None:
        raise InvalidInput("Room", "the room no longer exists.")
    if (
        agenda_session.chair_id is not None
        and session.get(Speaker, agenda_session.chair_id) is None
    ):
        raise InvalidInput("Chair", "the chair is not among the speakers.")


def create_session(*, session: Session, **fields: Any) -> AgendaSession:
    agenda_session = AgendaSession(
        day=fields["day"], start_time=fields["start_time"], end_time=fields["end_time"], title_en=""
    )
    apply_changes(agenda_session, fields)
    _validate_session(session, agenda_session)
    session.add(agenda_session)
    session.flush()
    return agenda_session


def update_session(*, session: Session, session_id: int, **changes: Any) -> AgendaSession:
    agenda_session = get_or_raise(session, AgendaSession, session_id, "Session")
    apply_changes(agenda_session, changes)
    _validate_session(session, agenda_session)
    session.flush()
    return agenda_session


def delete_session(*, session: Session, session_id: int) -> None:
    session.delete(get_or_raise(session, AgendaSession, session_id, "Session"))
    session.flush()


def get_session(*, session: Session, session_id: int) -> AgendaSession:
    return get_or_raise(session, AgendaSession, session_id, "Session")


def set_session_speakers(
    *, session: Session, session_id: int, speakers: Sequence[tuple[int, SpeakerRole]]
) -> None:
    """Replace a session's speakers with `speakers`, in that order."""
    get_or_raise(session, AgendaSession, session_id, "Session")
    seen: set[int] = set()
    for speaker_id, _role in speakers:
        get_or_raise(session, Speaker, speaker_id, "Speaker")
        if speaker_id in seen:
            raise InvalidInput("Speakers", "a speaker is listed twice in this session.")
        seen.add(speaker_id)
    session.exec(delete(SessionSpeaker).where(col(SessionSpeaker.session_id) == session_id))
    for position, (speaker_id, role) in enumerate(speakers):
        session.add(
            SessionSpeaker(
                session_id=session_id, speaker_id=speaker_id, position=position, role=role
            )
        )
    session.flush()


def session_speakers(*, session: Session, session_id: int) -> list[tuple[Speaker, SpeakerRole]]:
    query = (
        select(Speaker, SessionSpeaker.role)
        .join(SessionSpeaker, col(SessionSpeaker.speaker_id) == Speaker.id)
        .where(SessionSpeaker.session_id == session_id)
        .order_by(SessionSpeaker.position)
    )
    return [(speaker, role) for speaker, role in session.exec(query)]


def list_sessions(*, session: Session, day: dt.date | None = None) -> list[SessionRow]:
    """Sessions in time order, with room, chair and speaker names resolved."""
    names = {
        id_: full_name(given, family, order or NameOrder.GIVEN_FIRST)
        for id_, given, family, order in session.exec(
            select(Speaker.id, Speaker.given_name, Speaker.family_name, Speaker.name_order)
        )
    }
    speakers_by_session: dict[int, list[str]] = {}
    for session_id, speaker_id in session.exec(
        select(SessionSpeaker.session_id, SessionSpeaker.speaker_id).order_by(
            SessionSpeaker.session_id, SessionSpeaker.position
        )
    ):
        speakers_by_session.setdefault(session_id, []).append(names[speaker_id])
    rooms = {room.id: room.name for room in session.exec(select(Room))}
    query = select(AgendaSession).order_by(
        AgendaSession.day, AgendaSession.start_time, AgendaSession.room_id
    )
    if day is not None:
        query = query.where(AgendaSession.day == day)
    return [
        SessionRow(
            id=s.id, day=s.day, start_time=s.start_time, end_time=s.end_time, room_id=s.room_id,
            room_name=rooms.get(s.room_id, ""), kind=s.kind.value, title_en=s.title_en,
            title_zh=s.title_zh, chair_name=names.get(s.chair_id, ""),
            speaker_names=tuple(speakers_by_session.get(s.id, ())),
        )
        for s in session.exec(query)
    ]  # fmt: skip


# Speakers of a session, one at a time (the Speakers tab and the session form both use these) --


def _ordered_links(session: Session, session_id: int) -> list[SessionSpeaker]:
    return list(
        session.exec(
            select(SessionSpeaker)
            .where(SessionSpeaker.session_id == session_id)
            .order_by(SessionSpeaker.position)
        )
    )


def _renumber(links: Sequence[SessionSpeaker]) -> None:
    for position, link in enumerate(links):
        link.position = position


def add_speaker_to_session(
    *,
    session: Session,
    session_id: int,
    speaker_id: int,
    role: SpeakerRole = SpeakerRole.PANELLIST,
    position: int | None = None,
) -> None:
    """Add a speaker to a session, last or at `position` (0 = first).

    Raises:
        InvalidInput: the speaker is already in this session.
        NotFound: the session or the speaker no longer exists.
    """
    agenda_session = get_or_raise(session, AgendaSession, session_id, "Session")
    speaker = get_or_raise(session, Speaker, speaker_id, "Speaker")
    links = _ordered_links(session, session_id)
    if any(link.speaker_id == speaker_id for link in links):
        raise InvalidInput(
            "Speakers",
            f"{full_name(speaker.given_name, speaker.family_name, speaker.name_order)} is "
            f"already in “{agenda_session.title_en}”.",
        )
    link = SessionSpeaker(session_id=session_id, speaker_id=speaker_id, role=SpeakerRole(role))
    index = len(links) if position is None else max(0, min(position, len(links)))
    links.insert(index, link)
    _renumber(links)
    session.add(link)
    session.flush()


def remove_speaker_from_session(*, session: Session, session_id: int, speaker_id: int) -> None:
    """Take a speaker off a session; the others keep their order. Absent: nothing happens."""
    get_or_raise(session, AgendaSession, session_id, "Session")
    links = _ordered_links(session, session_id)
    for link in links:
        if link.speaker_id == speaker_id:
            session.delete(link)
            links.remove(link)
            break
    _renumber(links)
    session.flush()


def move_speaker_in_session(
    *, session: Session, session_id: int, speaker_id: int, position: int
) -> None:
    """Move a speaker to `position` (0 = first) in the session's order."""
    links = _ordered_links(session, session_id)
    link = next((item for item in links if item.speaker_id == speaker_id), None)
    if link is None:
        raise InvalidInput("Speakers", "this speaker is not in the session.")
    links.remove(link)
    links.insert(max(0, min(position, len(links))), link)
    _renumber(links)
    session.flush()


def set_speaker_role(
    *, session: Session, session_id: int, speaker_id: int, role: SpeakerRole
) -> None:
    link = session.get(SessionSpeaker, (session_id, speaker_id))
    if link is None:
        raise InvalidInput("Speakers", "this speaker is not in the session.")
    link.role = SpeakerRole(role)
    session.flush()


# Conflicts ---------------------------------------------------------------------------------


def check_conflicts(*, session: Session) -> list[Conflict]:
    """Every conflict in the agenda (see `domain.conflicts`), ordered by day and time.

    A speaker's stay is their linked delegate's arrival and departure, else their delegation's.
    """
    event = session.exec(select(Event)).first()
    rooms = {
        id_: RoomInfo(id_, name, capacity)
        for id_, name, capacity in session.exec(select(Room.id, Room.name, Room.capacity))
    }
    stays = {
        id_: (arrival or group_arrival, departure or group_departure)
        for id_, arrival, departure, group_arrival, group_departure in session.exec(
            select(
                Delegate.id, Delegate.arrival, Delegate.departure,
                Delegation.arrival, Delegation.departure,
            ).join(Delegation, col(Delegate.delegation_id) == Delegation.id)
        )
    }  # fmt: skip
    people: dict[int, PersonInfo] = {}
    for id_, given, family, native, order, delegate_id in session.exec(
        select(
            Speaker.id, Speaker.given_name, Speaker.family_name, Speaker.native_name,
            Speaker.name_order, Speaker.delegate_id,
        )
    ):  # fmt: skip
        arrival, departure = stays.get(delegate_id, (None, None))
        name = full_name(given, family, order or NameOrder.GIVEN_FIRST) or native
        people[id_] = PersonInfo(id_, name, arrival, departure)
    persons: dict[int, set[int]] = {}
    for session_id, speaker_id in session.exec(
        select(SessionSpeaker.session_id, SessionSpeaker.speaker_id)
    ):
        persons.setdefault(session_id, set()).add(speaker_id)
    slots = []
    for id_, day, start, end, title, room_id, attendance, chair_id in session.exec(
        select(
            AgendaSession.id, AgendaSession.day, AgendaSession.start_time, AgendaSession.end_time,
            AgendaSession.title_en, AgendaSession.room_id, AgendaSession.expected_attendance,
            AgendaSession.chair_id,
        )
    ):  # fmt: skip
        people_here = persons.get(id_, set())
        if chair_id is not None:
            people_here = people_here | {chair_id}
        slots.append(
            SlotInfo(id_, day, start, end, title, room_id, attendance, frozenset(people_here))
        )
    return find_conflicts(
        slots,
        rooms,
        people,
        event.start_date if event else None,
        event.end_date if event else None,
    )
