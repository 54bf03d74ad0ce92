"""Travel legs: what a leg may say, and the problems `travel check` reports.

A leg is one arrival in, or one departure from, the event's city (`models.TravelLeg`); its
day and time are local to the event's time zone. A delegate's legs, in time order, alternate
arrival, departure, arrival… (a delegate may leave for a day and come back); anything else is
a problem: two arrivals in a row overlap, a departure before the first arrival is a mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from delegations.domain.errors import InvalidInput


class Direction(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class Mode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"


# What a traveller may need on a leg; other needs are kept as written.
KNOWN_NEEDS = ("wheelchair", "vip-lane", "luggage", "meet-at-gate")
_NEED_WORDS = {
    "wheelchair": "wheelchair", "wchr": "wheelchair", "轮椅": "wheelchair",
    "vip": "vip-lane", "viplane": "vip-lane", "vipchannel": "vip-lane", "贵宾通道": "vip-lane",
    "luggage": "luggage", "extraluggage": "luggage", "baggage": "luggage", "行李": "luggage",
    "meetatgate": "meet-at-gate", "gate": "meet-at-gate",
}  # fmt: skip

# Chinese high-speed and intercity trains: G, D, C (and the older Z, T, K) and digits.
_TRAIN_NUMBER = re.compile(r"^[GDCZTK]\d{1,4}$")
_FLIGHT_NUMBER = re.compile(r"^([A-Z0-9]{2}|[A-Z]{3})\d{1,4}[A-Z]?$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.hH时]\s*(\d{2})分?|(\d{2}))?\s*([aApP]\.?[mM]\.?)?$")


def parse_time(text: str) -> dt.time | None:
    """A time of day as people write it: 14:35, 1435, 14.35, 14h35, 2:35 pm, 14时35分.

    Raises:
        ValueError: the text is not a time; the message is the sentence to show.
    """
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueError(f"“{text}” is not a time of day; write it as 14:35.")
    hour = int(match[1])
    minute = int(match[2] or match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(f"“{text}” is not a time of day; write it as 14:35.")
        hour = hour % 12 + (12 if match[4][0] in "pP" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"“{text}” is not a time of day; write it as 14:35.")
    return dt.time(hour, minute)


def normalise_number(text: str) -> str:
    """ "cz 3416" -> "CZ3416"."""
    return re.sub(r"[\s-]+", "", text).upper()


def guess_mode(number: str) -> Mode:
    """A train number (G2961) is a train, anything else a flight; no number, a car."""
    number = normalise_number(number)
    if not number:
        return Mode.CAR
    return Mode.TRAIN if _TRAIN_NUMBER.match(number) else Mode.FLIGHT


def check_number(number: str, mode: Mode) -> str:
    """The number as stored; a flight number must look like one (CZ3416, 3U8891)."""
    number = normalise_number(number)
    if number and mode is Mode.FLIGHT and not _FLIGHT_NUMBER.match(number):
        raise InvalidInput("Flight", f"“{number}” is not a flight number (such as CZ3416).")
    return number


def parse_needs(text: str) -> str:
    """Needs as stored: known ones by their name, others as written, comma-separated."""
    needs: list[str] = []
    for part in re.split(r"[,;/、，]+", text):
        part = part.strip()
        if part:
            key = re.sub(r"[\W_]+", "", part.casefold())
            needs.append(_NEED_WORDS.get(key, part))
    return ", ".join(dict.fromkeys(needs))


# Checks -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Leg:
    """One delegate's leg as the checks see it."""

    id: int
    direction: Direction
    day: dt.date
    time: dt.time | None
    number: str = ""
    place: str = ""

    @property
    def moment(self) -> tuple[dt.date, dt.time]:
        """Sort key: a leg without a time counts as the middle of its day."""
        return self.day, self.time or dt.time(12, 0)

    @property
    def said(self) -> str:
        """ "CZ3416 on Fri 24 Jul 14:35" as problems quote it."""
        what = self.number or ("car" if not self.place else self.place)
        when = f"{self.day:%a %-d %b}" + (f" {self.time:%H:%M}" if self.time else "")
        return f"{what} on {when}"


@dataclass(frozen=True, slots=True)
class SpeakingSlot:
    """A session a delegate speaks at or chairs."""

    title: str
    day: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True, slots=True)
class TravelProblem:
    kind: str  # "overlapping-legs", "departure-before-arrival", "arrives-after-session", …
    delegate_id: int | None
    sentence: str

    def __str__(self) -> str:
        return self.sentence


def leg_problems(name: str, delegate_id: int, legs: Iterable[Leg]) -> list[TravelProblem]:
    """A delegate's legs out of order: two arrivals or two departures in a row, or a
    departure before their first arrival."""
    ordered = sorted(legs, key=lambda leg: leg.moment)
    problems: list[TravelProblem] = []
    first_arrival = next((leg for leg in ordered if leg.direction is Direction.ARRIVAL), None)
    if first_arrival and ordered[0].direction is Direction.DEPARTURE:
        problems.append(TravelProblem(
            "departure-before-arrival", delegate_id,
            f"{name} leaves ({ordered[0].said}) before arriving ({first_arrival.said}).",
        ))  # fmt: skip
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.direction is after.direction:
            verb = "arrives" if after.direction is Direction.ARRIVAL else "leaves"
            between = "leaving" if after.direction is Direction.ARRIVAL else "arriving"
            problems.append(TravelProblem(
                "overlapping-legs", delegate_id,
                f"{name} {verb} twice without {between} between: {before.said} and "
                f"{after.said}.",
            ))  # fmt: skip
    return problems


def speaking_problems(
    name: str, delegate_id: int, legs: Sequence[Leg], slots: Iterable[SpeakingSlot]
) -> list[TravelProblem]:
    """A speaker or chair who arrives after their session starts or leaves before it ends.
    A leg without a time only counts by its day."""
    arrivals = [leg for leg in legs if leg.direction is Direction.ARRIVAL]
    departures = [leg for leg in legs if leg.direction is Direction.DEPARTURE]
    first = min(arrivals, key=lambda leg: leg.moment, default=None)
    last = max(departures, key=lambda leg: leg.moment, default=None)
    problems = []
    for slot in sorted(slots, key=lambda s: (s.day, s.start)):
        when = f"{slot.day:%a %-d %b} {slot.start:%H:%M}"
        if first and _after(first, slot.day, slot.start):
            problems.append(TravelProblem(
                "arrives-after-session", delegate_id,
                f"{name} arrives ({first.said}) after their session {slot.title} starts "
                f"({when}).",
            ))  # fmt: skip
        if last and _before(last, slot.day, slot.end):
            problems.append(TravelProblem(
                "leaves-before-session", delegate_id,
                f"{name} leaves ({last.said}) before their session {slot.title} ends "
                f"({slot.day:%a %-d %b} {slot.end:%H:%M}).",
            ))  # fmt: skip
    return problems


def _after(leg: Leg, day: dt.date, time: dt.time) -> bool:
    if leg.time is None:
        return leg.day > day
    return (leg.day, leg.time) > (day, time)


def _before(leg: Leg, day: dt.date, time: dt.time) -> bool:
    if leg.time is None:
        return leg.day < day
    return (leg.day, leg.time) < (day, time)


def stay_dates(legs: Iterable[Leg]) -> tuple[dt.date | None, dt.date | None]:
    """The earliest arrival day and the latest departure day (None where there is no leg)."""
    legs = list(legs)
    arrivals = [leg.day for leg in legs if leg.direction is Direction.ARRIVAL]
    departures = [leg.day for leg in legs if leg.direction is Direction.DEPARTURE]
    return min(arrivals, default=None), max(departures, default=None)
