"""Airport and station transfers: the day's vehicles from the travel legs, over plain records.

**Arrivals.** Legs arriving at the same place and terminal are grouped in time windows: a
group opens with the earliest arrival not yet served and takes every arrival up to `window`
minutes after it. The group's vehicles leave when its last arrival has cleared the hall (the
arrival time + `clearance` for the mode: baggage and immigration for a flight).

**Departures.** Each traveller's pick-up at their hotel is the leg's time − `lead` for the mode
(the drive and the check-in desk). Travellers leaving the same hotel for the same place and
terminal are grouped the same way, by pick-up time; the vehicle comes at the group's earliest
pick-up, so nobody is late.

**Vehicles.** A head of delegation or a VIP rides in their own car (the smallest vehicle),
never pooled. The others of a group go in the fewest vehicles, then the fewest seats: the
smallest vehicle that holds them all, else the largest, again, until the rest fit (45 people
with car 3, van 7, coach 40: a coach and a van). Delegations are kept whole where they fit:
the largest first, each in the vehicle with the most seats free; one larger than any free
space is split over the vehicles in order. In a vehicle the passengers are listed as the greeter
meets them: by time and flight, then in protocol order, heads of delegation first.

Each vehicle carries the meeting point and the greeting officer of its place and terminal
(`TransferSettings.meeting_points` / `greeters`, keyed "KWE T2" or "KWE"); a head of
delegation or VIP flying in through the VIP lane is met at "KWE VIP" (default the VIP
lounge). A leg without a
time cannot be planned; it is returned in `TransferPlan.unplanned` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from delegations.domain.errors import UserError
from delegations.domain.travel import Direction

MAX_WINDOW = 12 * 60  # minutes
MAX_LEAD = 12 * 60


@dataclass(frozen=True, slots=True)
class VehicleSize:
    kind: str  # "car", "van", "coach"
    seats: int  # passengers, not counting the driver


DEFAULT_VEHICLES = (VehicleSize("car", 3), VehicleSize("van", 7), VehicleSize("coach", 40))
DEFAULT_LEAD = {"flight": 180, "train": 75, "car": 30}  # minutes before the leg's time
DEFAULT_CLEARANCE = {"flight": 45, "train": 15, "car": 0}  # minutes after the arrival
VIP_MEETING_POINT = "VIP lounge"
DEFAULT_MEETING_POINT = {
    "flight": "Arrivals hall, after customs",
    "train": "Station exit, arrivals",
    "car": "Hotel entrance",
}


@dataclass(frozen=True, slots=True)
class TransferSettings:
    """How the plan is made; every value has a sensible default (see the module)."""

    window: int = 60  # minutes
    vehicles: tuple[VehicleSize, ...] = DEFAULT_VEHICLES
    lead: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_LEAD))
    clearance: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_CLEARANCE))
    meeting_points: Mapping[str, str] = field(default_factory=dict)  # "KWE T2" or "KWE" -> text
    greeters: Mapping[str, str] = field(default_factory=dict)  # "KWE T2" or "KWE" -> name

    def __post_init__(self) -> None:
        check_settings(self)

    @property
    def sizes(self) -> tuple[VehicleSize, ...]:
        """The vehicles from the smallest."""
        return tuple(sorted(self.vehicles, key=lambda v: (v.seats, v.kind)))

    def lead_for(self, mode: str) -> dt.timedelta:
        return dt.timedelta(minutes=self.lead.get(mode, DEFAULT_LEAD.get(mode, 0)))

    def clearance_for(self, mode: str) -> dt.timedelta:
        return dt.timedelta(minutes=self.clearance.get(mode, DEFAULT_CLEARANCE.get(mode, 0)))

    def meeting_point(self, place: str, terminal: str, mode: str, vip_lane: bool = False) -> str:
        """Where arrivals meet their greeter; through the VIP lane, "KWE VIP" if given, else
        the VIP lounge (a flight) — the protocol channel heads of delegation usually take."""
        if vip_lane and mode == "flight":
            vip = {" ".join(k.upper().split()): v for k, v in self.meeting_points.items()}
            return vip.get(f"{place} VIP".upper(), VIP_MEETING_POINT)
        found = _by_place(self.meeting_points, place, terminal)
        return found or DEFAULT_MEETING_POINT.get(mode, "")

    def greeter(self, place: str, terminal: str) -> str:
        return _by_place(self.greeters, place, terminal)


def _by_place(table: Mapping[str, str], place: str, terminal: str) -> str:
    keys = (f"{place} {terminal}".strip(), place) if terminal else (place,)
    normalised = {" ".join(k.upper().split()): v for k, v in table.items()}
    for key in keys:
        if (value := normalised.get(key.upper())) is not None:
            return value
    return normalised.get("", "")


def check_settings(settings: TransferSettings) -> None:
    """Refuse settings a plan cannot be made with, in one sentence.

    Raises:
        UserError: a window or lead out of range, no vehicle, a vehicle without seats.
    """
    if not 0 <= settings.window <= MAX_WINDOW:
        raise UserError(
            f"The transfer window must be 0 to {MAX_WINDOW} minutes, not {settings.window}."
        )
    if not settings.vehicles:
        raise UserError("Give at least one vehicle size for the transfers (e.g. car=3).")
    for vehicle in settings.vehicles:
        if not vehicle.kind.strip() or vehicle.seats < 1:
            raise UserError(
                f"The vehicle “{vehicle.kind}” must have a name and at least one seat, "
                f"not {vehicle.seats}."
            )
    for name, table, limit in (("lead", settings.lead, MAX_LEAD),
                               ("clearance", settings.clearance, MAX_LEAD)):  # fmt: skip
        for mode, minutes in table.items():
            if not 0 <= minutes <= limit:
                raise UserError(
                    f"The {name} for a {mode} must be 0 to {limit} minutes, not {minutes}."
                )


def parse_vehicles(text: str) -> tuple[VehicleSize, ...]:
    """ "car=3,van=7,coach=40" → the vehicle sizes; refused in one sentence otherwise.

    Raises:
        UserError: a part that is not NAME=SEATS with a whole number of seats of 1 or more.
    """
    sizes: list[VehicleSize] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        kind, _, seats = part.partition("=")
        if not kind.strip() or not seats.strip().isdigit() or int(seats) < 1:
            raise UserError(
                f"The vehicle “{part}” is not NAME=SEATS with at least one seat "
                "(e.g. car=3,van=7,coach=40)."
            )
        sizes.append(VehicleSize(kind.strip(), int(seats)))
    if not sizes:
        raise UserError("Give at least one vehicle size for the transfers (e.g. car=3).")
    return tuple(sizes)


@dataclass(frozen=True, slots=True)
class Traveller:
    """A delegate on a leg, as the manifest shows them; `order` is the delegation's place in
    the order of precedence (vehicles and lists follow it)."""

    id: int
    name: str
    delegation: str
    order: int = 0
    native_name: str = ""
    phone: str = ""
    hotel: str = ""
    is_head: bool = False
    is_vip: bool = False
    needs: tuple[str, ...] = ()

    @property
    def own_car(self) -> bool:
        return self.is_head or self.is_vip


@dataclass(frozen=True, slots=True)
class Leg:
    """A flight, train or car at the event's city; `day`/`time` are event-local."""

    id: int
    direction: Direction
    day: dt.date
    time: dt.time | None
    mode: str = "flight"
    carrier: str = ""
    number: str = ""
    place: str = ""
    terminal: str = ""
    other_end: str = ""
    travellers: tuple[Traveller, ...] = ()

    @property
    def at(self) -> dt.datetime | None:
        return None if self.time is None else dt.datetime.combine(self.day, self.time)

    @property
    def label(self) -> str:
        """ "CZ3416" or "G2961", else the mode and the other end."""
        return self.number or " ".join(p for p in (self.mode, self.other_end) if p)


@dataclass(frozen=True, slots=True)
class Passenger:
    traveller: Traveller
    leg: Leg
    at: dt.datetime  # the leg's day and time (legs without a time are never planned)


@dataclass(frozen=True, slots=True)
class Transfer:
    """One vehicle's run: from `place`/`terminal` to the hotels (arrivals) or from `hotel`
    to `place`/`terminal` (departures), starting at `at` (leaving the airport or station /
    picking up at the hotel). `day` is the day of the manifest it is on: the arrival's day,
    or the pick-up's day for a departure."""

    code: str  # "A3" / "D12": the order of the day's runs, also on the driver's sign
    direction: Direction
    day: dt.date
    at: dt.datetime
    place: str
    terminal: str
    vehicle: VehicleSize
    passengers: tuple[Passenger, ...]
    meeting_point: str = ""
    greeter: str = ""
    hotel: str = ""  # departures: where the vehicle picks up
    own_car: bool = False

    @property
    def label(self) -> str:
        return f"{self.vehicle.kind.capitalize()} {self.code}"

    @property
    def needs(self) -> tuple[str, ...]:
        seen = dict.fromkeys(n for p in self.passengers for n in p.traveller.needs)
        return tuple(seen)

    @property
    def hotels(self) -> tuple[str, ...]:
        """Where the passengers go (arrivals) or come from, in the order met."""
        return tuple(dict.fromkeys(p.traveller.hotel for p in self.passengers if p.traveller.hotel))

    @property
    def legs(self) -> tuple[Leg, ...]:
        return tuple({p.leg.id: p.leg for p in self.passengers}.values())


@dataclass(frozen=True, slots=True)
class TransferPlan:
    transfers: tuple[Transfer, ...]
    unplanned: tuple[tuple[Leg, str], ...] = ()

    def on(self, day: dt.date, direction: Direction | None = None) -> tuple[Transfer, ...]:
        return tuple(t for t in self.transfers
                     if t.day == day and (direction is None or t.direction is direction))  # fmt: skip

    @property
    def passengers(self) -> int:
        return sum(len(t.passengers) for t in self.transfers)


def plan_transfers(legs: Iterable[Leg], settings: TransferSettings | None = None) -> TransferPlan:
    """The vehicles for every leg (see the module for the rules), arrivals and departures,
    numbered per day and direction in time order."""
    settings = settings or TransferSettings()
    unplanned: list[tuple[Leg, str]] = []
    runs: list[Transfer] = []
    by_direction: dict[Direction, list[Passenger]] = defaultdict(list)
    for leg in legs:
        if leg.at is None:
            unplanned.append((leg, f"{leg.label} on {leg.day.isoformat()} has no time."))
            continue
        at = leg.at
        by_direction[leg.direction].extend(Passenger(t, leg, at) for t in leg.travellers)
    runs.extend(_arrivals(by_direction[Direction.ARRIVAL], settings))
    runs.extend(_departures(by_direction[Direction.DEPARTURE], settings))
    return TransferPlan(_numbered(runs), tuple(unplanned))


def _arrivals(passengers: list[Passenger], settings: TransferSettings) -> list[Transfer]:
    runs: list[Transfer] = []
    by_place: dict[tuple[str, str], list[Passenger]] = defaultdict(list)
    for passenger in passengers:
        by_place[(passenger.leg.place, passenger.leg.terminal)].append(passenger)
    for (place, terminal), group in by_place.items():
        for window in _windows(group, lambda p: p.at, settings.window):
            # A group leaves when its last arrival is through the hall.
            for own, riders in _own_cars_first(window):
                ready = max(p.at + settings.clearance_for(p.leg.mode) for p in riders)
                mode = riders[0].leg.mode
                vip_lane = own and "vip-lane" in riders[0].traveller.needs
                meet = settings.meeting_point(place, terminal, mode, vip_lane)
                runs.extend(_vehicles(riders, settings, own, Direction.ARRIVAL,
                                      day=min(p.leg.day for p in riders), at=ready,
                                      place=place, terminal=terminal, meeting_point=meet,
                                      greeter=settings.greeter(place, terminal)))  # fmt: skip
    return runs


def _departures(passengers: list[Passenger], settings: TransferSettings) -> list[Transfer]:
    def pick_up(p: Passenger) -> dt.datetime:
        return p.at - settings.lead_for(p.leg.mode)

    runs: list[Transfer] = []
    by_route: dict[tuple[str, str, str], list[Passenger]] = defaultdict(list)
    for passenger in passengers:
        leg = passenger.leg
        by_route[(passenger.traveller.hotel, leg.place, leg.terminal)].append(passenger)
    for (hotel, place, terminal), group in by_route.items():
        for window in _windows(group, pick_up, settings.window):
            for own, riders in _own_cars_first(window):
                at = min(pick_up(p) for p in riders)
                runs.extend(_vehicles(riders, settings, own, Direction.DEPARTURE, day=at.date(),
                                      at=at, place=place, terminal=terminal,
                                      meeting_point=f"Lobby, {hotel}" if hotel else "Hotel lobby",
                                      greeter=settings.greeter(place, terminal), hotel=hotel))  # fmt: skip
    return runs


def _windows(passengers, key, minutes: int) -> list[list[Passenger]]:  # noqa: ANN001
    """Consecutive groups by `key` time, each within `minutes` of its first."""
    width = dt.timedelta(minutes=minutes)
    groups: list[list[Passenger]] = []
    opened: dt.datetime | None = None
    for passenger in sorted(passengers, key=lambda p: (key(p), p.traveller.order, p.traveller.id)):
        if opened is None or key(passenger) - opened > width:
            groups.append([])
            opened = key(passenger)
        groups[-1].append(passenger)
    return groups


def _own_cars_first(window: list[Passenger]) -> list[tuple[bool, list[Passenger]]]:
    """Each head of delegation and VIP alone, then the others together."""
    alone = [(True, [p]) for p in window if p.traveller.own_car]
    pooled = [p for p in window if not p.traveller.own_car]
    return alone + ([(False, pooled)] if pooled else [])


def _vehicles(riders: list[Passenger], settings: TransferSettings, own: bool,
              direction: Direction, **run) -> list[Transfer]:  # noqa: ANN003  # fmt: skip
    sizes = settings.sizes
    fleet = [sizes[0]] if own else choose_vehicles(len(riders), sizes)
    loads = seat_delegations(riders, [v.seats for v in fleet])
    return [
        Transfer("", direction, vehicle=vehicle, passengers=tuple(load), own_car=own, **run)
        for vehicle, load in zip(fleet, loads, strict=True)
        if load
    ]


def choose_vehicles(count: int, sizes: Sequence[VehicleSize]) -> list[VehicleSize]:
    """The fewest vehicles, then the fewest seats, for `count` people; `sizes` from the
    smallest."""
    fleet: list[VehicleSize] = []
    left = count
    while left > 0:
        vehicle = next((v for v in sizes if v.seats >= left), sizes[-1])
        fleet.append(vehicle)
        left -= vehicle.seats
    return fleet


def seat_delegations(riders: Sequence[Passenger], seats: Sequence[int]) -> list[list[Passenger]]:
    """Riders into vehicles of `seats`, each delegation whole where it fits (the largest
    first, into the vehicle with the most seats free), the rest split in vehicle order."""
    by_delegation: dict[str, list[Passenger]] = defaultdict(list)
    for rider in riders:
        by_delegation[rider.traveller.delegation].append(rider)
    loads: list[list[Passenger]] = [[] for _ in seats]
    free = list(seats)
    too_big: list[Passenger] = []
    for members in sorted(by_delegation.values(), key=lambda m: (-len(m), m[0].traveller.order)):
        index = max(range(len(free)), key=lambda i: (free[i], -i))
        if free[index] >= len(members):
            loads[index].extend(members)
            free[index] -= len(members)
        else:
            too_big.extend(members)
    for rider in too_big:
        index = next(i for i, f in enumerate(free) if f > 0)
        loads[index].append(rider)
        free[index] -= 1
    for load in loads:
        # as the greeter meets them: by time and flight, then in protocol order, heads first
        load.sort(key=lambda p: (p.at, p.leg.label, p.traveller.order, p.traveller.delegation,
                                 not p.traveller.is_head, p.traveller.name))  # fmt: skip
    return loads


def _numbered(runs: list[Transfer]) -> tuple[Transfer, ...]:
    runs.sort(key=lambda t: (t.direction != Direction.ARRIVAL, t.day, t.at, t.place, t.terminal,
                             t.hotel, not t.own_car, t.passengers[0].traveller.order))  # fmt: skip
    counters: dict[tuple[Direction, dt.date], int] = defaultdict(int)
    numbered = []
    for run in runs:
        counters[(run.direction, run.day)] += 1
        prefix = "A" if run.direction is Direction.ARRIVAL else "D"
        numbered.append(replace(run, code=f"{prefix}{counters[(run.direction, run.day)]}"))
    return tuple(numbered)


# Changes since a manifest was printed -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrintedSeat:
    """One passenger as a manifest showed them, kept to list what changed since it was
    printed. Vehicle codes are renumbered when a run is added before them, so a code alone
    changing is not a change; its time, route, kind of vehicle or the leg is."""

    traveller_id: int
    name: str
    delegation: str
    direction: str
    vehicle: str  # "A3"
    kind: str  # "van"
    at: str  # the run's "2025-07-24 11:25"
    route: str  # "KWE T2" (arrivals) or "Sheraton Guiyang to KWE T2" (departures)
    leg: str  # "VN5402 10:40"
    # which of the vehicles of this kind leaving at this time on this route (1, 2…; 0 not
    # known: kept before it was recorded): a move between two coaches of one run, which
    # renumbering alone never changes
    same: int = 0


def printed_seats(transfers: Iterable[Transfer]) -> tuple[PrintedSeat, ...]:
    seats = []
    alike: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for t in transfers:
        place = " ".join(p for p in (t.place, t.terminal) if p)
        route = place if t.direction is Direction.ARRIVAL else f"{t.hotel or '—'} to {place}"
        at = f"{t.at:%Y-%m-%d %H:%M}"
        same = 0  # one's own car: nobody moves between them
        if not t.own_car:
            alike[(t.direction.value, at, route, t.vehicle.kind)] += 1
            same = alike[(t.direction.value, at, route, t.vehicle.kind)]
        for p in t.passengers:
            seats.append(PrintedSeat(
                p.traveller.id, p.traveller.name, p.traveller.delegation, t.direction.value,
                t.code, t.vehicle.kind, at, route, f"{p.leg.label} {p.at:%H:%M}", same,
            ))  # fmt: skip
    return tuple(seats)


@dataclass(frozen=True, slots=True)
class SeatChange:
    kind: str  # "added", "removed", "changed"
    seat: PrintedSeat  # as it is now (as it was, for "removed")
    sentence: str
    detail: str = ""  # the sentence without its kind and who: "now A3: leaves …"


_COMPARED = (("leaves", "at"), ("route", "route"), ("on", "leg"), ("in a", "kind"))


def changes_since(printed: Iterable[PrintedSeat], now: Iterable[PrintedSeat]) -> list[SeatChange]:
    """What changed for each passenger between a printed manifest and the plan now, in the
    order of the plan (removed passengers last), one sentence each."""
    before = {(s.traveller_id, s.direction): s for s in printed}
    changes: list[SeatChange] = []
    seen = set()
    for seat in now:
        key = (seat.traveller_id, seat.direction)
        seen.add(key)
        was = before.get(key)
        who = f"{seat.name} ({seat.delegation})"
        if was is None:
            detail = _seat_text(seat)
            changes.append(SeatChange("added", seat, f"Added: {who}, {detail}.", detail))
            continue
        differences = [
            f"{label} {getattr(seat, name)} (was {getattr(was, name)})"
            for label, name in _COMPARED
            if getattr(seat, name) != getattr(was, name)
        ]
        if not differences and was.same and seat.same != was.same:
            differences.append(f"moved to another {seat.kind} of the run (was {was.vehicle})")
        if differences:
            detail = f"now {seat.vehicle}: {'; '.join(differences)}"
            changes.append(SeatChange("changed", seat, f"Changed: {who}, {detail}.", detail))
    for key, was in before.items():
        if key not in seen:
            who = f"{was.name} ({was.delegation})"
            detail = f"was {_seat_text(was)}"
            changes.append(SeatChange("removed", was, f"Removed: {who}, {detail}.", detail))
    return changes


def _seat_text(seat: PrintedSeat) -> str:
    return f"{seat.vehicle} ({seat.kind}) at {seat.at}, {seat.route}, {seat.leg}"
