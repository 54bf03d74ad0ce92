"""Rooms and agenda sessions with their speakers.

Forms hand over `RoomCreate`/`RoomUpdate` and `SessionCreate`/`SessionUpdate` (an update
changes only the fields set) and get frozen records back. The functions that take an
`event_file` are the use cases, one transaction each; the `session=` helpers serve services
that compose them inside their own transaction (undo, demo data, tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, col, delete, select

from delegations.domain import rules
from delegations.domain.conflicts import (
    Conflict,
    LegTime,
    PersonInfo,
    RoomInfo,
    SlotInfo,
    find_conflicts,
)
from delegations.domain.enums import SessionKind
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    DelegateLeg,
    Delegation,
    Event,
    NameOrder,
    Room,
    SessionSpeaker,
    Speaker,
    SpeakerRole,
    TravelLeg,
)
from delegations.domain.names import full_name
from delegations.services.records import apply_changes, get_or_raise

if TYPE_CHECKING:
    from delegations.store import EventFile


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


class RoomCreate(BaseModel):
    name: str = ""
    capacity: int | None = None
    floor: str = ""
    sort_order: int = 0


class RoomUpdate(BaseModel):
    """The fields to change; unset ones stay (`capacity=None` set explicitly: unknown)."""

    name: str | None = None
    capacity: int | None = None
    floor: str | None = None
    sort_order: int | None = None


class RoomRecord(RoomCreate):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int


def _validate_room(session: Session, room: Room) -> None:
    rules.require_text(room.name, "Name")
    if room.capacity is not None and room.capacity < 1:
        raise InvalidInput(
            "Capacity", "a room holds at least one person; leave it empty if unknown."
        )
    clash = session.exec(select(Room).where(Room.name == room.name, Room.id != room.id)).first()
    if clash is not None:
        raise InvalidInput("Name", f"there is already a room called “{room.name}”.")


def create_room(*, session: Session, room_in: RoomCreate) -> RoomRecord:
    room = Room(name="")
    apply_changes(room, room_in.model_dump())
    _validate_room(session, room)
    session.add(room)
    session.flush()
    return RoomRecord.model_validate(room)


def update_room(*, session: Session, room_id: int, room_in: RoomUpdate) -> RoomRecord:
    room = get_or_raise(session, Room, room_id, "Room")
    apply_changes(room, room_in.model_dump(exclude_unset=True))
    _validate_room(session, room)
    session.flush()
    return RoomRecord.model_validate(room)


def save_room(
    event_file: EventFile, room_in: RoomCreate | RoomUpdate, *, room_id: int | None = None
) -> RoomRecord:
    """The rooms form's OK: a new room (no `room_id`) or changes to one."""
    values = room_in.model_dump(exclude_unset=True)
    with event_file.session() as session:
        if room_id is None:
            return create_room(session=session, room_in=RoomCreate(**values))
        return update_room(session=session, room_id=room_id, room_in=RoomUpdate(**values))


def delete_room(event_file: EventFile, room_id: int) -> None:
    """Delete a room; its sessions stay in the agenda without a room."""
    with event_file.session() as session:
        session.delete(get_or_raise(session, Room, room_id, "Room"))


def list_rooms(*, session: Session) -> list[RoomRecord]:
    query = select(Room).order_by(Room.sort_order, Room.name)
    return [RoomRecord.model_validate(room) for room in session.exec(query)]


def load_rooms(event_file: EventFile) -> list[RoomRecord]:
    """The event's rooms in their order."""
    with event_file.session() as session:
        return list_rooms(session=session)


# Sessions ----------------------------------------------------------------------------------


class SessionCreate(BaseModel):
    """An agenda session as the form gives it (its speakers are set apart)."""

    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int | None = None
    kind: SessionKind = SessionKind.SEMINAR
    title_en: str = ""
    title_zh: str = ""
    description: str = ""
    chair_id: int | None = None
    interpretation: str = ""  # comma-separated language tags
    expected_attendance: int | None = None


class SessionUpdate(BaseModel):
    """The fields to change; unset ones stay (None set explicitly clears room, chair, …)."""

    day: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    room_id: int | None = None
    kind: SessionKind | None = None
    title_en: str | None = None
    title_zh: str | None = None
    description: str | None = None
    chair_id: int | None = None
    interpretation: str | None = None
    expected_attendance: int | None = None


class SessionRecord(SessionCreate):
    """A stored agenda session, detached from any session."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int


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


def create_session(
    *, session: Session, session_in: SessionCreate, session_id: int | None = None
) -> SessionRecord:
    """A new session; `session_id` restores a deleted one under its old id (undo).

    Raises:
        InvalidInput: a field is refused (named), or `session_id` is taken.
    """
    if session_id is not None and session.get(AgendaSession, session_id) is not None:
        raise InvalidInput("Session", "this session exists already.")
    agenda_session = AgendaSession(
        day=session_in.day, start_time=session_in.start_time, end_time=session_in.end_time,
        title_en="",
    )  # fmt: skip
    apply_changes(agenda_session, session_in.model_dump())
    agenda_session.id = session_id
    _validate_session(session, agenda_session)
    session.add(agenda_session)
    session.flush()
    return SessionRecord.model_validate(agenda_session)


def update_session(
    *, session: Session, session_id: int, session_in: SessionUpdate
) -> SessionRecord:
    agenda_session = get_or_raise(session, AgendaSession, session_id, "Session")
    apply_changes(agenda_session, session_in.model_dump(exclude_unset=True))
    _validate_session(session, agenda_session)
    session.flush()
    return SessionRecord.model_validate(agenda_session)


def delete_session(*, session: Session, session_id: int) -> None:
    session.delete(get_or_raise(session, AgendaSession, session_id, "Session"))
    session.flush()


def delete_sessions(event_file: EventFile, session_ids: Sequence[int]) -> None:
    """Delete sessions with their speaker lists, all or none."""
    with event_file.session() as session:
        for session_id in session_ids:
            delete_session(session=session, session_id=session_id)


def get_session(*, session: Session, session_id: int) -> SessionRecord:
    return SessionRecord.model_validate(get_or_raise(session, AgendaSession, session_id, "Session"))


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


@dataclass(frozen=True, slots=True)
class SessionSpeakerRecord:
    """One speaker of a session, in the session's order."""

    speaker_id: int
    role: SpeakerRole
    honorific: str
    given_name: str
    family_name: str
    name_order: NameOrder
    native_name: str
    position: str
    organisation: str


def session_speakers(*, session: Session, session_id: int) -> list[SessionSpeakerRecord]:
    query = (
        select(Speaker, SessionSpeaker.role)
        .join(SessionSpeaker, col(SessionSpeaker.speaker_id) == Speaker.id)
        .where(SessionSpeaker.session_id == session_id)
        .order_by(SessionSpeaker.position)
    )
    return [
        SessionSpeakerRecord(
            speaker_id=speaker.id, role=SpeakerRole(role), honorific=speaker.honorific,
            given_name=speaker.given_name, family_name=speaker.family_name,
            name_order=speaker.name_order or NameOrder.GIVEN_FIRST,
            native_name=speaker.native_name, position=speaker.position,
            organisation=speaker.organisation,
        )
        for speaker, role in session.exec(query)
    ]  # fmt: skip


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


def load_sessions(event_file: EventFile) -> list[SessionRow]:
    """Every session in time order, with room, chair and speaker names resolved."""
    with event_file.session() as session:
        return list_sessions(session=session)


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


def assign_speaker(
    event_file: EventFile, session_id: int, speaker_id: int, role: SpeakerRole
) -> None:
    """Add a speaker to a session, last (Add to session… on the Speakers tab)."""
    with event_file.session() as session:
        add_speaker_to_session(
            session=session, session_id=session_id, speaker_id=speaker_id, role=role
        )


def unassign_speaker(event_file: EventFile, session_id: int, speaker_id: int) -> None:
    """Take a speaker off a session: out of its speakers, and out of the chair if they hold it."""
    with event_file.session() as session:
        remove_speaker_from_session(session=session, session_id=session_id, speaker_id=speaker_id)
        if get_session(session=session, session_id=session_id).chair_id == speaker_id:
            update_session(
                session=session, session_id=session_id, session_in=SessionUpdate(chair_id=None)
            )


# Conflicts ---------------------------------------------------------------------------------


def check_conflicts(*, session: Session) -> list[Conflict]:
    """Every conflict in the agenda (see `domain.conflicts`), ordered by day and time.

    A speaker's stay is their linked delegate's arrival and departure, else their delegation's;
    the times of the delegate's first arrival and last departure legs, where given, keep
    `domain.conflicts.TRAVEL_MARGIN` clear of their sessions.
    Scheduled bilateral meetings' conflicts come next (see `services.bilaterals`), then the
    signing ceremonies' (`services.signings`).
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
    arrives, leaves = speakers_travel(session)
    people: dict[int, PersonInfo] = {}
    for id_, given, family, native, order, delegate_id in session.exec(
        select(
            Speaker.id, Speaker.given_name, Speaker.family_name, Speaker.native_name,
            Speaker.name_order, Speaker.delegate_id,
        )
    ):  # fmt: skip
        arrival, departure = stays.get(delegate_id, (None, None))
        name = full_name(given, family, order or NameOrder.GIVEN_FIRST) or native
        people[id_] = PersonInfo(
            id_, name, arrival, departure, arrives.get(delegate_id), leaves.get(delegate_id)
        )
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
    from delegations.services import bilaterals, signings  # meetings, ceremonies

    return (
        find_conflicts(
            slots,
            rooms,
            people,
            event.start_date if event else None,
            event.end_date if event else None,
        )
        + bilaterals.agenda_conflicts(session=session)
        + signings.agenda_conflicts(session=session)
    )


def speakers_travel(session: Session) -> tuple[dict[int, LegTime], dict[int, LegTime]]:
    """The first timed arrival and the last timed departure of each delegate who speaks."""
    arrives: dict[int, LegTime] = {}
    leaves: dict[int, LegTime] = {}
    for delegate_id, direction, day, time, number, mode in session.exec(
        select(
            DelegateLeg.delegate_id, TravelLeg.direction, TravelLeg.day, TravelLeg.time,
            TravelLeg.number, TravelLeg.mode,
        )
        .join(TravelLeg, col(TravelLeg.id) == DelegateLeg.leg_id)
        .where(col(TravelLeg.time).is_not(None))
        .where(col(DelegateLeg.delegate_id).in_(select(Speaker.delegate_id)))
    ):  # fmt: skip
        leg = LegTime(dt.datetime.combine(day, time), number or mode)
        if direction == "arrival":
            if delegate_id not in arrives or leg.at < arrives[delegate_id].at:
                arrives[delegate_id] = leg
        elif delegate_id not in leaves or leg.at > leaves[delegate_id].at:
            leaves[delegate_id] = leg
    return arrives, leaves


# What the Agenda tab shows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaOverview:
    """The agenda as the Agenda tab shows it, read in one transaction."""

    event_days: tuple[dt.date, ...]
    sessions: list[SessionRow]
    rooms: list[RoomRecord]
    conflicts: list[Conflict]


def agenda_overview(event_file: EventFile) -> AgendaOverview:
    """The event's days, every session, the rooms and the agenda's conflicts."""
    with event_file.session() as session:
        event = session.exec(select(Event)).first()
        days: tuple[dt.date, ...] = ()
        if event is not None:
            count = max((event.end_date - event.start_date).days, 0) + 1
            days = tuple(event.start_date + dt.timedelta(days=n) for n in range(count))
        return AgendaOverview(
            event_days=days,
            sessions=list_sessions(session=session),
            rooms=list_rooms(session=session),
            conflicts=check_conflicts(session=session),
        )
