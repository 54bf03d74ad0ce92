"""Hotels and rooming: who sleeps where on which nights, and what is wrong with it.

A stay is counted in nights, each named by the date of its evening: a guest checking in on
24 July and out on 27 July sleeps the nights of 24, 25 and 26 July. A block is the hotel's
contract for one room type: so many rooms for the nights from its check-in to its check-out
date; several blocks of one type add up night by night (20 rooms for the week and 5 more for
the two busiest nights).

A room holds one guest or several sharing it; each guest has their own dates (a colleague may
join for the last two nights). A room is taken on a night when at least one of its guests
sleeps there. The warnings, one sentence each:

- a person who needs a room and has none;
- a room with more guests on a night than it sleeps;
- a room type with more rooms taken on a night than its blocks hold (none, on a night outside
  every block);
- a guest who lands in the small hours of their check-in day (before 06:00): their bed is
  needed from the night before, which the hotel does not hold for them unless booked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from delegations.domain.errors import InvalidInput

MAX_SLEEPS = 12  # a dormitory or a villa; more is a typing error
SMALL_HOURS_END = dt.time(6, 0)  # landing before this, the guest needs the night before


class Problem(StrEnum):
    NO_ROOM = "no-room"
    OVER_CAPACITY = "over-capacity"
    OUTSIDE_BLOCK = "outside-block"
    SMALL_HOURS = "small-hours"


@dataclass(frozen=True, slots=True)
class Guest:
    id: int
    name: str
    delegation: str
    check_in: dt.date
    check_out: dt.date


@dataclass(frozen=True, slots=True)
class RoomPlan:
    """A room of the rooming list; `number` is the hotel's ("" until it tells us)."""

    id: int
    hotel: str
    room_type: str
    sleeps: int
    number: str
    guests: tuple[Guest, ...]

    def label(self) -> str:
        """How a sentence starting with the room names it."""
        if self.number:
            return f"Room {self.number} ({self.room_type}) at {self.hotel}"
        return f"A {self.room_type} room at {self.hotel} (no number yet)"


@dataclass(frozen=True, slots=True)
class Block:
    hotel: str
    room_type: str
    check_in: dt.date
    check_out: dt.date
    rooms: int


@dataclass(frozen=True, slots=True)
class Warning:
    problem: Problem
    hotel: str  # "" for a person with no room
    sentence: str


def nights(check_in: dt.date, check_out: dt.date) -> list[dt.date]:
    """The nights slept between `check_in` and `check_out` (the evenings' dates)."""
    return [check_in + dt.timedelta(days=n) for n in range((check_out - check_in).days)]


def check_dates(check_in: dt.date, check_out: dt.date, what: str) -> None:
    """Refuse a stay or block whose check-out is not after its check-in (one sentence)."""
    if check_out <= check_in:
        raise InvalidInput("Check-out", f"{what} checks out on {check_out:%d %B %Y}, which is "
                           f"not after its check-in on {check_in:%d %B %Y}.")  # fmt: skip


def check_sleeps(sleeps: int, room_type: str) -> None:
    if not 1 <= sleeps <= MAX_SLEEPS:
        raise InvalidInput("Sleeps", f"a {room_type} room sleeps 1 to {MAX_SLEEPS} people, "
                           f"not {sleeps}.")  # fmt: skip


def check_rooms(rooms: int) -> None:
    if rooms < 1:
        raise InvalidInput("Rooms", f"a block holds one room or more, not {rooms}.")


def rooming_warnings(
    rooms: Sequence[RoomPlan], blocks: Sequence[Block], roomless: Sequence[Guest] = ()
) -> list[Warning]:
    """What is wrong with the rooming: people with no room, then rooms over capacity, then room
    types taken beyond their blocks, each in the order of the nights."""
    warnings = [
        Warning(Problem.NO_ROOM, "", f"{guest.name} ({guest.delegation}) has no room for "
                f"{_span(guest.check_in, guest.check_out)}.")
        for guest in roomless
    ]  # fmt: skip
    warnings += [w for room in rooms for w in _over_capacity(room)]
    warnings += _outside_blocks(rooms, blocks)
    return warnings


def _span(check_in: dt.date, check_out: dt.date) -> str:
    count = len(nights(check_in, check_out))
    plural = "night" if count == 1 else "nights"
    return f"{count} {plural} from {check_in:%d %B}"


def _over_capacity(room: RoomPlan) -> list[Warning]:
    if len(room.guests) <= room.sleeps:
        return []
    crowded: list[tuple[dt.date, int]] = []
    for night, count in sorted(_guests_by_night(room.guests).items()):
        if count > room.sleeps:
            crowded.append((night, count))
    if not crowded:
        return []
    count = max(count for _night, count in crowded)
    when = _nights_text([night for night, _count in crowded])
    return [Warning(Problem.OVER_CAPACITY, room.hotel, f"{room.label()} has {count} guests "
                    f"{when}; it sleeps {room.sleeps}.")]  # fmt: skip


def _guests_by_night(guests: Iterable[Guest]) -> dict[dt.date, int]:
    counts: dict[dt.date, int] = {}
    for guest in guests:
        for night in nights(guest.check_in, guest.check_out):
            counts[night] = counts.get(night, 0) + 1
    return counts


def _nights_text(dates: Sequence[dt.date]) -> str:
    if len(dates) == 1:
        return f"on the night of {dates[0]:%d %B}"
    return f"on {len(dates)} nights from {dates[0]:%d %B}"


def rooms_taken(rooms: Iterable[RoomPlan]) -> dict[tuple[str, str, dt.date], int]:
    """How many rooms of each (hotel, room type) are taken on each night."""
    taken: dict[tuple[str, str, dt.date], int] = {}
    for room in rooms:
        for night in _guests_by_night(room.guests):
            key = (room.hotel, room.room_type, night)
            taken[key] = taken.get(key, 0) + 1
    return taken


def rooms_blocked(blocks: Iterable[Block]) -> dict[tuple[str, str, dt.date], int]:
    """How many rooms of each (hotel, room type) the blocks hold on each night."""
    held: dict[tuple[str, str, dt.date], int] = {}
    for block in blocks:
        for night in nights(block.check_in, block.check_out):
            key = (block.hotel, block.room_type, night)
            held[key] = held.get(key, 0) + block.rooms
    return held


def _outside_blocks(rooms: Sequence[RoomPlan], blocks: Sequence[Block]) -> list[Warning]:
    held = rooms_blocked(blocks)
    beyond: dict[tuple[str, str], list[tuple[dt.date, int, int]]] = {}
    for (hotel, room_type, night), count in sorted(rooms_taken(rooms).items()):
        if count > held.get((hotel, room_type, night), 0):
            beyond.setdefault((hotel, room_type), []).append(
                (night, count, held.get((hotel, room_type, night), 0))
            )
    warnings = []
    for (hotel, room_type), over in beyond.items():
        night, count, blocked = over[0]
        rooms_word = "room is" if count == 1 else "rooms are"
        holds = f"the block holds {blocked}" if blocked else "no block holds any"
        more = f" (and on {len(over) - 1} more nights)" if len(over) > 2 else (
            f" (and on the night of {over[1][0]:%d %B})" if len(over) == 2 else ""
        )  # fmt: skip
        who = _sleeping(rooms, hotel, room_type, night) if not blocked and count <= 3 else ""
        warnings.append(Warning(Problem.OUTSIDE_BLOCK, hotel, f"{hotel}, {room_type}: {count} "
                                f"{rooms_word} taken on the night of {night:%d %B}{who} but "
                                f"{holds}{more}."))  # fmt: skip
    return warnings


def _sleeping(rooms: Sequence[RoomPlan], hotel: str, room_type: str, night: dt.date) -> str:
    """ " (An, Bình)": who sleeps in rooms of the type that night, to name them outside any
    block (with the block short, which of the guests is the extra one is anyone's guess)."""
    names = [guest.name for room in rooms if (room.hotel, room.room_type) == (hotel, room_type)
             for guest in room.guests if guest.check_in <= night < guest.check_out]  # fmt: skip
    return f" ({', '.join(names)})"


def share_rooms(guests: Sequence[Guest], per_room: int) -> list[list[Guest]]:
    """Put `guests` in rooms of `per_room`, in their order, only people with the same dates
    together (sharing with different dates pays for empty beds); a room may be left with fewer."""
    if per_room < 1:
        raise InvalidInput("Per room", f"give 1 or more guests per room, not {per_room}.")
    by_dates: dict[tuple[dt.date, dt.date], list[Guest]] = {}
    for guest in guests:
        by_dates.setdefault((guest.check_in, guest.check_out), []).append(guest)
    rooms = []
    for group in by_dates.values():
        rooms += [group[i : i + per_room] for i in range(0, len(group), per_room)]
    return rooms


def small_hours_arrival(guest: Guest, lands: dt.time, room: RoomPlan) -> Warning | None:
    """A warning when `guest` lands before 06:00 on their check-in day (see the module)."""
    if lands >= SMALL_HOURS_END:
        return None
    night_before = guest.check_in - dt.timedelta(days=1)
    return Warning(Problem.SMALL_HOURS, room.hotel, f"{guest.name} ({guest.delegation}) lands "
                   f"at {lands:%H:%M} on {guest.check_in:%d %B}: book the night of "
                   f"{night_before:%d %B} at {room.hotel} (check in on {night_before:%d %B}) "
                   "or they wait for their room.")  # fmt: skip
