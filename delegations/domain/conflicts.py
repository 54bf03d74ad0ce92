"""Agenda conflicts: pure rules over plain records, no database.

The check sweeps each (day, room) and each (day, person) timeline once in start order, so a
full check costs O(n log n) plus the number of clashes, not a comparison of every pair.
Two sessions overlap when one starts before the other ends; back to back (10:00–11:00 and
11:00–12:00) is not a clash.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class ConflictKind(StrEnum):
    ROOM_DOUBLE_BOOKED = "room booked twice"
    PERSON_DOUBLE_BOOKED = "person in two sessions"
    OUTSIDE_STAY = "outside arrival–departure"
    OUTSIDE_EVENT = "outside the event's days"
    OVER_CAPACITY = "room over capacity"
    # Bilateral meetings (domain/bilaterals.py): `bilateral_id` names the meeting.
    BILATERAL_ROOM_TAKEN = "bilateral room taken"
    BILATERAL_PERSON_BUSY = "bilateral participant busy"
    BILATERAL_OUTSIDE_STAY = "bilateral outside arrival–departure"
    BILATERAL_OUTSIDE_WISHES = "bilateral outside its wished times"
    # Signing ceremonies (domain/signings.py): `ceremony_id` names the ceremony.
    SIGNING_ROOM_TAKEN = "signing room taken"
    SIGNING_PERSON_BUSY = "signatory or witness busy"
    SIGNING_OUTSIDE_STAY = "signing outside arrival–departure"
    # Travel legs' times (domain/travel.py) on the day of arrival or departure.
    TOO_SOON_AFTER_ARRIVAL = "too soon after arrival"
    TOO_CLOSE_TO_DEPARTURE = "too close to departure"


TRAVEL_MARGIN = dt.timedelta(minutes=90)
"""From landing (or the train's arrival) to the venue, and from the venue to the departure."""


@dataclass(frozen=True, slots=True)
class SlotInfo:
    """What the rules need to know about one session."""

    id: int
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    title: str
    room_id: int | None = None
    expected_attendance: int | None = None
    person_ids: frozenset[int] = frozenset()  # speakers and chair (speaker ids)


@dataclass(frozen=True, slots=True)
class RoomInfo:
    id: int
    name: str
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class LegTime:
    """When a speaker's first arrival lands or last departure leaves, and on what."""

    at: dt.datetime
    what: str  # "CZ3417", "G2961", "car"


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A speaker; `arrival`/`departure` come from the linked delegate (None = unknown), and
    `arrives`/`leaves` from their legs when those have a time."""

    id: int
    name: str
    arrival: dt.date | None = None
    departure: dt.date | None = None
    arrives: LegTime | None = None
    leaves: LegTime | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """One problem in the agenda, with a sentence fit to show a coordinator.

    `session_ids` are the sessions involved, in time order; `room_id` / `speaker_id` name the
    room or person concerned when there is one.
    """

    kind: ConflictKind
    sentence: str
    session_ids: tuple[int, ...]
    room_id: int | None = None
    speaker_id: int | None = None
    bilateral_id: int | None = None
    ceremony_id: int | None = None


def format_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%B}"


def format_span(slot: SlotInfo) -> str:
    return f"{slot.start_time:%H:%M}–{slot.end_time:%H:%M}"


def _overlapping_pairs(slots: Sequence[SlotInfo]) -> Iterable[tuple[SlotInfo, SlotInfo]]:
    """Pairs of overlapping slots in one timeline, by a sweep in start order."""
    active: list[SlotInfo] = []
    for slot in sorted(slots, key=lambda s: (s.start_time, s.end_time, s.id)):
        active = [other for other in active if other.end_time > slot.start_time]
        for other in active:
            yield other, slot
        active.append(slot)


def find_conflicts(
    slots: Sequence[SlotInfo],
    rooms: Mapping[int, RoomInfo],
    people: Mapping[int, PersonInfo],
    first_day: dt.date | None,
    last_day: dt.date | None,
) -> list[Conflict]:
    """Every conflict in the agenda, ordered by the first session's day and time."""
    conflicts: list[tuple[tuple, Conflict]] = []
    by_room: dict[tuple[dt.date, int], list[SlotInfo]] = defaultdict(list)
    by_person: dict[tuple[dt.date, int], list[SlotInfo]] = defaultdict(list)

    def add(first: SlotInfo, order: int, conflict: Conflict) -> None:
        conflicts.append(((first.day, first.start_time, first.id, order), conflict))

    for slot in slots:
        if slot.room_id is not None:
            by_room[slot.day, slot.room_id].append(slot)
        for person_id in slot.person_ids:
            by_person[slot.day, person_id].append(slot)

        if (
            first_day is not None
            and last_day is not None
            and not (first_day <= slot.day <= last_day)
        ):
            add(slot, 0, Conflict(
                ConflictKind.OUTSIDE_EVENT,
                f"“{slot.title}” is on {format_day(slot.day)}, outside the event's days "
                f"({format_day(first_day)} – {format_day(last_day)}).",
                (slot.id,),
            ))  # fmt: skip

        room = rooms.get(slot.room_id) if slot.room_id is not None else None
        if (
            room is not None
            and room.capacity is not None
            and slot.expected_attendance is not None
            and slot.expected_attendance > room.capacity
        ):
            add(slot, 4, Conflict(
                ConflictKind.OVER_CAPACITY,
                f"“{slot.title}” expects {slot.expected_attendance} people but {room.name} "
                f"holds {room.capacity}.",
                (slot.id,), room_id=room.id,
            ))  # fmt: skip

        for person_id in sorted(slot.person_ids):
            person = people.get(person_id)
            if person is None:
                continue
            if person.arrival is not None and slot.day < person.arrival:
                when = f"arrives on {format_day(person.arrival)}"
            elif person.departure is not None and slot.day > person.departure:
                when = f"leaves on {format_day(person.departure)}"
            else:
                travel = _travel_conflict(slot, person)
                if travel is not None:
                    add(slot, 3, travel)
                continue
            add(slot, 3, Conflict(
                ConflictKind.OUTSIDE_STAY,
                f"{person.name} {when} but is in “{slot.title}” on {format_day(slot.day)}.",
                (slot.id,), speaker_id=person_id,
            ))  # fmt: skip

    for (day, room_id), room_slots in by_room.items():
        room_name = rooms[room_id].name if room_id in rooms else "A room"
        for first, second in _overlapping_pairs(room_slots):
            add(first, 1, Conflict(
                ConflictKind.ROOM_DOUBLE_BOOKED,
                f"{room_name} is booked twice on {format_day(day)}: “{first.title}” "
                f"({format_span(first)}) and “{second.title}” ({format_span(second)}).",
                (first.id, second.id), room_id=room_id,
            ))  # fmt: skip

    for (day, person_id), person_slots in by_person.items():
        if len(person_slots) < 2:
            continue
        name = people[person_id].name if person_id in people else "A speaker"
        for first, second in _overlapping_pairs(person_slots):
            add(first, 2, Conflict(
                ConflictKind.PERSON_DOUBLE_BOOKED,
                f"{name} is in two sessions at once on {format_day(day)}: “{first.title}” "
                f"({format_span(first)}) and “{second.title}” ({format_span(second)}).",
                (first.id, second.id), speaker_id=person_id,
            ))  # fmt: skip

    conflicts.sort(key=lambda item: item[0])
    return [conflict for _key, conflict in conflicts]


def _travel_conflict(slot: SlotInfo, person: PersonInfo) -> Conflict | None:
    """A session that starts less than `TRAVEL_MARGIN` after its speaker's arrival, or ends
    less than that before their departure."""
    start = dt.datetime.combine(slot.day, slot.start_time)
    end = dt.datetime.combine(slot.day, slot.end_time)
    minutes = TRAVEL_MARGIN.seconds // 60
    arrives, leaves = person.arrives, person.leaves
    if arrives is not None and start < arrives.at + TRAVEL_MARGIN:
        return Conflict(
            ConflictKind.TOO_SOON_AFTER_ARRIVAL,
            f"{person.name} arrives at {arrives.at:%H:%M} on {format_day(arrives.at.date())} "
            f"({arrives.what}) but is in “{slot.title}” at {slot.start_time:%H:%M}; allow "
            f"{minutes} minutes from arrival to the venue.",
            (slot.id,), speaker_id=person.id,
        )  # fmt: skip
    if leaves is not None and end > leaves.at - TRAVEL_MARGIN:
        return Conflict(
            ConflictKind.TOO_CLOSE_TO_DEPARTURE,
            f"{person.name} leaves at {leaves.at:%H:%M} on {format_day(leaves.at.date())} "
            f"({leaves.what}) but is in “{slot.title}” until {slot.end_time:%H:%M}; allow "
            f"{minutes} minutes from the venue to the departure.",
            (slot.id,), speaker_id=person.id,
        )  # fmt: skip
    return None


def conflicts_by_session(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """Each session's conflicts, for marking the blocks of a time grid."""
    result: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for session_id in conflict.session_ids:
            result[session_id].append(conflict)
    return dict(result)
