"""Bilateral meetings: the scheduler and the conflict rules, over plain records, no database.

A request asks for a meeting of `duration` minutes inside one of its wished windows. The
scheduler places requests one at a time (greedy) in this order:

1. requests with a head of delegation among the participants first (their diaries are the
   hardest to move, and protocol expects them to get the times they asked for);
2. then the request with the fewest possible places (start times × bilateral rooms inside its
   windows, counted before anything is placed), so tight requests are not crowded out;
3. then the request's number (the order they were made in).

Each takes the earliest start (on a 15-minute grid from the window's start) and the first room
in room order where every rule holds:

- every participant is present that day (between their arrival and departure, inclusive;
  unknown dates allow any day);
- no participant speaks at or chairs an agenda session, or sits in another bilateral, at the
  time;
- the room holds nothing then, with 15 minutes' turnover before and after each meeting
  (agenda sessions in the room count as bookings too).

The same rules check meetings placed by hand (`find_bilateral_conflicts`), and one more that
the scheduler never breaks: a meeting lies wholly inside one of its wished windows (a request
without windows may be anywhere). Their conflicts are ordinary agenda `Conflict`s of the
bilateral kinds, so `agenda check` lists them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from delegations.domain.conflicts import Conflict, ConflictKind, format_day
from delegations.domain.errors import UserError

TURNOVER = dt.timedelta(minutes=15)
STEP = dt.timedelta(minutes=15)
DEFAULT_DURATION = 30  # minutes


class BilateralStatus(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True, order=True)
class Window:
    """A time a meeting may take place in."""

    day: dt.date
    start: dt.time
    end: dt.time

    def __str__(self) -> str:
        return f"{self.day.isoformat()} {self.start:%H:%M}–{self.end:%H:%M}"


_WINDOW = re.compile(
    r"^\s*(?P<day>\d{4}-\d{2}-\d{2})?\s*(?P<start>\d{1,2}:\d{2})\s*[-–]\s*(?P<end>\d{1,2}:\d{2})\s*$"
)


def parse_window(text: str) -> Window:
    """ "2025-07-26 09:00-12:00" → a Window; refused in one sentence otherwise."""
    match = _WINDOW.match(text)
    example = "e.g. 2025-07-26 09:00-12:00"
    if match is None:
        raise UserError(f"The wished time “{text}” is not DATE FROM-TO ({example}).")
    if match["day"] is None:
        raise UserError(
            f"The wished time “{text}” has no day; give it as DATE FROM-TO ({example})."
        )
    try:
        day = dt.date.fromisoformat(match["day"])
        start, end = (dt.time.fromisoformat(match[k].zfill(5)) for k in ("start", "end"))
    except ValueError:
        raise UserError(
            f"The wished time “{text}” is not a real date and time ({example})."
        ) from None
    if end <= start:
        raise UserError(f"The wished time “{text}” ends before it starts.")
    return Window(day, start, end)


@dataclass(frozen=True, slots=True)
class Busy:
    """A participant (a delegate id) taken by an agenda session or another meeting."""

    day: dt.date
    start: dt.time
    end: dt.time
    label: str  # "Opening Ceremony" — as a sentence names it
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    id: int  # delegate id
    name: str
    arrival: dt.date | None = None
    departure: dt.date | None = None
    is_head: bool = False

    def present_on(self, day: dt.date) -> bool:
        return (self.arrival is None or self.arrival <= day) and (
            self.departure is None or day <= self.departure
        )


@dataclass(frozen=True, slots=True)
class Request:
    id: int
    title: str  # "Viet Nam – Thailand"
    participants: tuple[int, ...]  # delegate ids
    windows: tuple[Window, ...]
    duration: int = DEFAULT_DURATION  # minutes


@dataclass(frozen=True, slots=True)
class Meeting:
    """A request with its place: a bilateral room, a day and a time."""

    request_id: int
    room_id: int
    day: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True, slots=True)
class Unplaced:
    request_id: int
    reason: str  # one sentence


@dataclass(frozen=True, slots=True)
class Schedule:
    placed: tuple[Meeting, ...]
    unplaced: tuple[Unplaced, ...]


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


@dataclass
class _Diary:
    """Who and what is taken when: intervals in minutes of the day, per (key, day)."""

    intervals: dict[tuple[int, dt.date], list[tuple[int, int, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, key: int, day: dt.date, start: int, end: int, label: str) -> None:
        self.intervals[(key, day)].append((start, end, label))

    def clash(self, key: int, day: dt.date, start: int, end: int, gap: int = 0) -> str | None:
        for other_start, other_end, label in self.intervals.get((key, day), ()):
            if other_start < end + gap and start < other_end + gap:
                return label
        return None


def _candidates(request: Request) -> list[tuple[dt.date, int, int]]:
    step, length = int(STEP.total_seconds() // 60), request.duration
    starts = []
    for window in sorted(set(request.windows)):  # a window given twice counts once
        first, last = _minutes(window.start), _minutes(window.end) - length
        starts.extend((window.day, m, m + length) for m in range(first, last + 1, step))
    return starts


def schedule(
    requests: Sequence[Request],
    room_ids: Sequence[int],
    people: Mapping[int, Person],
    busy: Mapping[int, Sequence[Busy]],
    *,
    room_bookings: Mapping[int, Sequence[Busy]] | None = None,
    fixed: Sequence[tuple[Meeting, Sequence[int]]] = (),
) -> Schedule:
    """Place `requests` in the rooms `room_ids` (see the module's rules and order).

    `busy` are each delegate's agenda sessions; `room_bookings` the agenda sessions held in
    the bilateral rooms; `fixed` the meetings already placed (with their participants), kept.
    """
    persons, rooms = _Diary(), _Diary()
    for person_id, taken in busy.items():
        for item in taken:
            persons.add(person_id, item.day, _minutes(item.start), _minutes(item.end), item.label)
    for room_id, taken in (room_bookings or {}).items():
        for item in taken:
            rooms.add(room_id, item.day, _minutes(item.start), _minutes(item.end), item.label)
    for meeting, participants in fixed:
        _book(persons, rooms, meeting, participants, "another bilateral meeting")
    candidates = {request.id: _candidates(request) for request in requests}

    def order(request: Request) -> tuple[bool, int, int]:
        has_head = any(people.get(p, Person(p, "")).is_head for p in request.participants)
        return (not has_head, len(candidates[request.id]) * len(room_ids), request.id)

    placed, unplaced = [], []
    for request in sorted(requests, key=order):
        meeting, reason = _place(request, candidates[request.id], room_ids, people, persons, rooms)
        if meeting is None:
            unplaced.append(Unplaced(request.id, reason))
            continue
        _book(persons, rooms, meeting, request.participants, f"the bilateral {request.title}")
        placed.append(meeting)
    placed.sort(key=lambda m: (m.day, m.start, room_ids.index(m.room_id)))
    return Schedule(tuple(placed), tuple(sorted(unplaced, key=lambda u: u.request_id)))


def _book(
    persons: _Diary, rooms: _Diary, meeting: Meeting, participants: Iterable[int], label: str
) -> None:
    start, end = _minutes(meeting.start), _minutes(meeting.end)
    for person_id in participants:
        persons.add(person_id, meeting.day, start, end, label)
    rooms.add(meeting.room_id, meeting.day, start, end, label)


def _place(
    request: Request,
    candidates: Sequence[tuple[dt.date, int, int]],
    room_ids: Sequence[int],
    people: Mapping[int, Person],
    persons: _Diary,
    rooms: _Diary,
) -> tuple[Meeting | None, str]:
    if not request.windows:
        return None, f"The bilateral {request.title} has no wished time."
    if not candidates:
        return None, (f"No wished time of the bilateral {request.title} is as long as the "
                      f"meeting ({request.duration} min).")  # fmt: skip
    turnover = int(TURNOVER.total_seconds() // 60)
    away: str | None = None
    taken: str | None = None
    rooms_full = False
    for day, start, end in candidates:
        absent = next((people[p] for p in request.participants
                       if p in people and not people[p].present_on(day)), None)  # fmt: skip
        if absent is not None:
            away = away or f"{absent.name} is not there on {format_day(day)}"
            continue
        clash = next(((people.get(p, Person(p, "")).name, label)
                      for p in request.participants
                      if (label := persons.clash(p, day, start, end))), None)  # fmt: skip
        if clash is not None:
            taken = taken or (
                f"{clash[0]} is in {clash[1]} on {format_day(day)} at {_time(start):%H:%M}"
            )
            continue
        for room_id in room_ids:
            if rooms.clash(room_id, day, start, end, turnover) is None:
                return Meeting(request.id, room_id, day, _time(start), _time(end)), ""
        rooms_full = True
    windows = ", ".join(str(w) for w in sorted(request.windows))
    full = f"every bilateral room is taken (with {turnover} minutes' turnover)"
    if rooms_full and (taken or away):
        full += " at the other times"
    why = "; ".join(reason for reason in (taken, away, full if rooms_full else "") if reason)
    return None, f"The bilateral {request.title} fits no wished time ({windows}): {why}."


# Conflicts of meetings placed by hand --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlacedMeeting:
    meeting: Meeting
    title: str
    room: str
    participants: tuple[int, ...]
    windows: tuple[Window, ...] = ()  # the request's wished times; none = any time


def find_bilateral_conflicts(
    meetings: Sequence[PlacedMeeting],
    people: Mapping[int, Person],
    busy: Mapping[int, Sequence[Busy]],
    room_bookings: Mapping[int, Sequence[Busy]],
    *,
    only: int | None = None,
) -> list[Conflict]:
    """Every broken rule among scheduled meetings: a meeting outside all its wished times, a
    participant away that day or busy at the time (an agenda session or another meeting), a
    room taken or without its turnover.
    With `only`, the conflicts of that request's meeting (its `bilateral_id` on each)."""
    conflicts: list[Conflict] = []
    ordered = sorted(meetings, key=lambda m: (m.meeting.day, m.meeting.start, m.meeting.room_id))
    for index, placed in enumerate(ordered):
        if only is None or placed.meeting.request_id == only:
            conflicts.extend(_wish_conflicts(placed))
            conflicts.extend(_stay_conflicts(placed, people))
            conflicts.extend(_session_conflicts(placed, people, busy, room_bookings))
        for other_id, conflict in _meeting_conflicts(placed, ordered[index + 1 :], people):
            if only is None or only == placed.meeting.request_id:
                conflicts.append(conflict)
            elif only == other_id:
                conflicts.append(replace(conflict, bilateral_id=only))
    return conflicts


def _when(meeting: Meeting) -> str:
    return f"{format_day(meeting.day)} {meeting.start:%H:%M}–{meeting.end:%H:%M}"


def _overlap(meeting: Meeting, day: dt.date, start: dt.time, end: dt.time, gap: int = 0) -> bool:
    if day != meeting.day:
        return False
    return (
        _minutes(start) < _minutes(meeting.end) + gap
        and _minutes(meeting.start) < _minutes(end) + gap
    )


def within_wishes(meeting: Meeting, windows: Iterable[Window]) -> bool:
    """Whether the meeting lies wholly inside one of the windows (no windows: any time)."""
    windows = tuple(windows)
    return not windows or any(
        w.day == meeting.day and w.start <= meeting.start and meeting.end <= w.end for w in windows
    )


def _wish_conflicts(placed: PlacedMeeting) -> Iterable[Conflict]:
    if within_wishes(placed.meeting, placed.windows):
        return
    wished = ", ".join(
        f"{format_day(w.day)} {w.start:%H:%M}–{w.end:%H:%M}" for w in sorted(placed.windows)
    )
    yield Conflict(
        ConflictKind.BILATERAL_OUTSIDE_WISHES,
        f"The bilateral {placed.title} is placed on {_when(placed.meeting)}, outside the "
        f"times it was wished for ({wished}).",
        (), placed.meeting.room_id, bilateral_id=placed.meeting.request_id,
    )  # fmt: skip


def _stay_conflicts(placed: PlacedMeeting, people: Mapping[int, Person]) -> Iterable[Conflict]:
    for person_id in placed.participants:
        person = people.get(person_id)
        if person is not None and not person.present_on(placed.meeting.day):
            stay = f"{_date(person.arrival)} to {_date(person.departure)}"
            yield Conflict(
                ConflictKind.BILATERAL_OUTSIDE_STAY,
                f"{person.name} is in the bilateral {placed.title} on {_when(placed.meeting)} "
                f"but stays from {stay}.",
                (), placed.meeting.room_id, bilateral_id=placed.meeting.request_id,
            )  # fmt: skip


def _date(day: dt.date | None) -> str:
    return "?" if day is None else f"{day:%-d %b}"


def _session_conflicts(
    placed: PlacedMeeting,
    people: Mapping[int, Person],
    busy: Mapping[int, Sequence[Busy]],
    room_bookings: Mapping[int, Sequence[Busy]],
) -> Iterable[Conflict]:
    meeting = placed.meeting
    turnover = int(TURNOVER.total_seconds() // 60)
    for person_id in placed.participants:
        for item in busy.get(person_id, ()):
            if _overlap(meeting, item.day, item.start, item.end):
                name = people[person_id].name if person_id in people else f"Delegate {person_id}"
                yield Conflict(
                    ConflictKind.BILATERAL_PERSON_BUSY,
                    f"{name} is in the bilateral {placed.title} ({_when(meeting)}) and in "
                    f"{item.label} ({item.start:%H:%M}–{item.end:%H:%M}).",
                    _ids(item), meeting.room_id, bilateral_id=meeting.request_id,
                )  # fmt: skip
    for item in room_bookings.get(meeting.room_id, ()):
        if _overlap(meeting, item.day, item.start, item.end, turnover):
            yield Conflict(
                ConflictKind.BILATERAL_ROOM_TAKEN,
                f"{placed.room} holds {item.label} ({item.start:%H:%M}–{item.end:%H:%M}) "
                f"within {turnover} minutes of the bilateral {placed.title} ({_when(meeting)}).",
                _ids(item), meeting.room_id, bilateral_id=meeting.request_id,
            )  # fmt: skip


def _ids(item: Busy) -> tuple[int, ...]:
    return () if item.session_id is None else (item.session_id,)


def _meeting_conflicts(
    placed: PlacedMeeting, later: Sequence[PlacedMeeting], people: Mapping[int, Person]
) -> Iterable[tuple[int, Conflict]]:
    meeting = placed.meeting
    turnover = int(TURNOVER.total_seconds() // 60)
    for other in later:  # in time order: stop at the first that starts after the turnover
        if (
            other.meeting.day != meeting.day
            or _minutes(other.meeting.start) >= _minutes(meeting.end) + turnover
        ):
            break
        o = other.meeting
        if o.room_id == meeting.room_id and _overlap(meeting, o.day, o.start, o.end, turnover):
            yield o.request_id, Conflict(
                ConflictKind.BILATERAL_ROOM_TAKEN,
                f"{placed.room} holds the bilaterals {placed.title} ({_when(meeting)}) and "
                f"{other.title} ({o.start:%H:%M}–{o.end:%H:%M}) without {turnover} minutes "
                "between them.",
                (), meeting.room_id, bilateral_id=meeting.request_id,
            )  # fmt: skip
        if not _overlap(meeting, o.day, o.start, o.end):
            continue
        for person_id in sorted(set(placed.participants) & set(other.participants)):
            name = people[person_id].name if person_id in people else f"Delegate {person_id}"
            yield o.request_id, Conflict(
                ConflictKind.BILATERAL_PERSON_BUSY,
                f"{name} is in the bilaterals {placed.title} ({_when(meeting)}) and "
                f"{other.title} ({o.start:%H:%M}–{o.end:%H:%M}) at once.",
                (), meeting.room_id, bilateral_id=meeting.request_id,
            )  # fmt: skip


__all__ = [
    "DEFAULT_DURATION", "TURNOVER", "BilateralStatus", "Busy", "Meeting", "Person",
    "PlacedMeeting", "Request", "Schedule", "Unplaced", "Window", "find_bilateral_conflicts",
    "parse_window", "schedule", "within_wishes",
]  # fmt: skip
