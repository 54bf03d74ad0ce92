"""Seat layouts of a room and the seating of a session's delegations (pure: no database).

A layout is a kind and a few counts (`LayoutSpec`); `seats_of(spec)` makes its seats, each with
a position in metres in the room's frame (x to the right, y towards the chair or the stage, as
the chart is drawn: chair at the top), a label to read at arm's length and a tier: the chair's
seats, seats at the table, seats behind the table, or seats in rows.

Table layouts (hollow square, U-shape, head table plus rows) have *places*: one delegation's
seats at the table and the rows behind them. Places are numbered clockwise from the chair as
the plan is drawn (from above, the chair at the top), so precedence runs round the table; a
head table's places alternate to the chair's right and left as the audience sees it. Other
layouts (theatre, classroom, round tables) are filled in blocks, in precedence order, from the
front.

`assign(...)` seats delegations by quota (seats at the table, seats behind) in precedence
order, with the host where the rule puts it, and warns when the room is too small or a
delegation has more people than its quota. A seat belongs to the delegation's place; who sits
in it (the occupant) is apart, so replacing a head by a deputy changes the occupant only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from delegations.domain.errors import InvalidInput
from delegations.domain.precedence import Place as ListPlace
from delegations.domain.precedence import PrecedenceRule

SEAT_PITCH = 0.8  # m of table per person at a conference table
ROW_PITCH = 1.0  # m between rows behind a table
TABLE_DEPTH = 0.7
SEAT_SETBACK = 0.45  # from the table's edge to the seat's centre
THEATRE_PITCH = 0.55  # m between theatre seats
THEATRE_ROW = 0.95
AISLE = 1.2
MAX_SEATS = 10_000
# Light fills, distinct side by side (a black label stays readable on each), one per
# delegation in the order of precedence, cycled past 16: the chart and the window share them.
DELEGATION_COLOURS = ("#f4a6a6", "#a6c8f4", "#b5e3a1", "#f6d38a", "#d3b1ee", "#8fdad6",
                      "#f4b8dc", "#cfd88a", "#f2c29b", "#b8c2f0", "#9fe0b8", "#e8b3b3",
                      "#c9e6f5", "#f0e39a", "#d6c3a8", "#c4d4c4")  # fmt: skip


def delegation_colour(number: int) -> str:
    """The fill of the delegation `number` (1 = first in precedence)."""
    return DELEGATION_COLOURS[(number - 1) % len(DELEGATION_COLOURS)]


class LayoutKind(StrEnum):
    HOLLOW_SQUARE = "hollow-square"
    U_SHAPE = "u-shape"
    THEATRE = "theatre"
    CLASSROOM = "classroom"
    ROUNDS = "rounds"
    HEAD_TABLE = "head-table"


class Tier(StrEnum):
    CHAIR = "chair"
    TABLE = "table"
    BEHIND = "behind"
    ROW = "row"  # a seat in rows or at a round table: either part of a quota may take it


class HostPlace(StrEnum):
    """Where the host delegation sits at a table layout: as the event's order of precedence
    places the host (`RULE`, see `host_place_from_precedence`), or as the plan says."""

    RULE = "rule"
    IN_ORDER = "in-order"
    BESIDE_CHAIR = "beside-chair"  # the first place clockwise from the chair
    OPPOSITE_CHAIR = "opposite-chair"  # the place farthest from the chair


def host_place_from_precedence(rule: PrecedenceRule, host_place: ListPlace) -> HostPlace:
    """Where a plan that follows the event's order of precedence seats the host at a table.

    - host "first" or "at the chair": beside the chair, in the first place clockwise from it
      (the place adjoining the chair's table: the chair's own seats stay the presiding
      officers', given by hand);
    - host "last": opposite the chair, the place facing it (last in honour, farthest from
      the chair; in order round the table the last place would adjoin the chair again);
    - a hand-made order: in order, where that order puts the host.
    """
    if rule is PrecedenceRule.MANUAL:
        return HostPlace.IN_ORDER
    if host_place is ListPlace.LAST:
        return HostPlace.OPPOSITE_CHAIR
    return HostPlace.BESIDE_CHAIR


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    """What a room's layout is made of; each kind reads only its own counts."""

    kind: LayoutKind
    places: int = 12  # delegation places round a table (hollow square, U, head table)
    table_seats: int = 2  # seats at the table per place
    behind_rows: int = 2  # rows behind each place (A, B, …: at most 10, clear of T and S)
    chair_seats: int = 3  # the chair in the middle, the secretariat beside
    rows: int = 20  # theatre, classroom, head table plus rows
    seats_per_row: int = 20
    aisle_every: int = 0  # seats between aisles in a row (0: a central aisle, if wide)
    tables: int = 10  # round tables
    seats_per_table: int = 8

    def parameters(self) -> dict[str, int]:
        """The counts this kind uses, as stored and shown."""
        return {name: getattr(self, name) for name in _PARAMETERS[self.kind]}


_PARAMETERS: dict[LayoutKind, tuple[str, ...]] = {
    LayoutKind.HOLLOW_SQUARE: ("places", "table_seats", "behind_rows", "chair_seats"),
    LayoutKind.U_SHAPE: ("places", "table_seats", "behind_rows", "chair_seats"),
    LayoutKind.THEATRE: ("rows", "seats_per_row", "aisle_every"),
    LayoutKind.CLASSROOM: ("rows", "seats_per_row", "aisle_every"),
    LayoutKind.ROUNDS: ("tables", "seats_per_table"),
    LayoutKind.HEAD_TABLE: ("places", "chair_seats", "rows", "seats_per_row", "aisle_every"),
}
_LIMITS = {"places": (1, 200), "table_seats": (1, 10), "behind_rows": (0, 10),
           "chair_seats": (1, 9), "rows": (1, 200), "seats_per_row": (1, 200),
           "aisle_every": (0, 200), "tables": (1, 500), "seats_per_table": (2, 16)}  # fmt: skip


def layout_spec(kind: str, parameters: Mapping[str, int] | None = None) -> LayoutSpec:
    """A checked layout from its kind's name and counts (unknown counts are refused).

    Raises:
        InvalidInput: an unknown kind, a count this kind does not take, or out of range.
    """
    try:
        layout_kind = LayoutKind(kind.strip().lower().replace("_", "-"))
    except ValueError:
        kinds = ", ".join(k.value for k in LayoutKind)
        raise InvalidInput(
            "Layout", f"“{kind}” is not a layout kind; use one of {kinds}."
        ) from None
    parameters = dict(parameters or {})
    for name, value in parameters.items():
        if name not in _PARAMETERS[layout_kind]:
            allowed = ", ".join(p.replace("_", "-") for p in _PARAMETERS[layout_kind])
            raise InvalidInput(
                name.replace("_", "-"),
                f"a {layout_kind.value} layout does not take it; it takes {allowed}.",
            )
        low, high = _LIMITS[name]
        if not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(
                name.replace("_", " ").capitalize(), f"{value} is not between {low} and {high}."
            )
    spec = LayoutSpec(layout_kind, **parameters)
    if len(seats_of(spec).seats) > MAX_SEATS:
        raise InvalidInput("Layout", f"more than {MAX_SEATS:,} seats; make it smaller.")
    return spec


@dataclass(frozen=True, slots=True)
class Seat:
    label: str
    x: float  # m, room frame
    y: float
    tier: Tier
    place: int | None = None  # the delegation place (table layouts), 0 = first after the chair


@dataclass(frozen=True, slots=True)
class Table:
    """A table to draw: a rectangle (centre, width, depth) or a round table (`round`)."""

    x: float
    y: float
    width: float
    depth: float
    round: bool = False
    label: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    table: tuple[int, ...]  # seat indices at the table, in order along it
    behind: tuple[int, ...]  # seat indices behind them, nearest row first


@dataclass(frozen=True, slots=True)
class RoomSeats:
    kind: LayoutKind
    seats: tuple[Seat, ...]
    places: tuple[Place, ...]  # empty for layouts filled in blocks
    pool: tuple[int, ...]  # seats filled in blocks from the front, after the places
    tables: tuple[Table, ...]
    front: str  # "chair" or "stage": what is at the top of the plan

    @property
    def capacity(self) -> int:
        """Seats for delegations (the chair's seats are the chair's)."""
        return sum(1 for seat in self.seats if seat.tier is not Tier.CHAIR)

    def index_of(self, label: str) -> int:
        for index, seat in enumerate(self.seats):
            if seat.label == label:
                return index
        raise KeyError(label)


# Layouts ----------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def seats_of(spec: LayoutSpec) -> RoomSeats:
    """The seats (and tables to draw) of a layout (made once per layout: they are immutable)."""
    if spec.kind in (LayoutKind.HOLLOW_SQUARE, LayoutKind.U_SHAPE):
        return _ring(spec, closed=spec.kind is LayoutKind.HOLLOW_SQUARE)
    if spec.kind is LayoutKind.HEAD_TABLE:
        return _head_table(spec)
    if spec.kind is LayoutKind.ROUNDS:
        return _rounds(spec)
    return _rows_layout(spec, desks=spec.kind is LayoutKind.CLASSROOM)


@lru_cache(maxsize=512)
def row_name(index: int) -> str:
    """Row letters as in theatres: A…Z, then AA, AB, … (I and O skipped: read as 1 and 0)."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(letters))
        name = letters[rest] + name
    return name


def _side_counts(places: int, closed: bool) -> tuple[int, int, int]:
    """Places on the chair's side (split either side of the chair), on each long side and
    opposite the chair (none for a U)."""
    if not closed:
        sides = max(1, (places - 2) // 2) if places >= 3 else places // 2
        return places - 2 * sides, sides, 0
    sides = places // 4 if places >= 4 else (1 if places >= 2 else 0)
    rest = places - 2 * sides
    top = 2 * ((rest - 2) // 4) if rest > 2 else 0
    return top, sides, rest - top


@dataclass
class _Builder:
    seats: list[Seat] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def add(self, seat: Seat) -> int:
        self.seats.append(seat)
        return len(self.seats) - 1


def _ring(spec: LayoutSpec, *, closed: bool) -> RoomSeats:
    """Tables round a hollow square (or a U open opposite the chair), delegates outside it."""
    pw = spec.table_seats * SEAT_PITCH  # a place's length of table
    top_places, side_places, bottom_places = _side_counts(spec.places, closed)
    right_of_chair = (top_places + 1) // 2
    chair_width = spec.chair_seats * SEAT_PITCH
    inner_width = max(chair_width + 2 * right_of_chair * pw, bottom_places * pw, 3.0)
    side_length = max(side_places * pw, 3.0)
    half_w = inner_width / 2 + TABLE_DEPTH
    half_d = side_length / 2 + (TABLE_DEPTH if closed else TABLE_DEPTH / 2)
    side_top = half_d - TABLE_DEPTH
    side_bottom = -half_d + (TABLE_DEPTH if closed else 0)
    builder = _Builder()
    builder.tables.append(Table(0, half_d - TABLE_DEPTH / 2, 2 * half_w, TABLE_DEPTH))
    for sign in (1, -1):
        builder.tables.append(Table(sign * (half_w - TABLE_DEPTH / 2), (side_top + side_bottom) / 2,
                                    TABLE_DEPTH, side_top - side_bottom))  # fmt: skip
    if closed:
        builder.tables.append(Table(0, -half_d + TABLE_DEPTH / 2, 2 * half_w, TABLE_DEPTH))
    out = TABLE_DEPTH / 2 + SEAT_SETBACK
    top_y = half_d - TABLE_DEPTH / 2
    for k in range(spec.chair_seats):
        x = (k - (spec.chair_seats - 1) / 2) * SEAT_PITCH
        label = "Chair" if k == spec.chair_seats // 2 else f"S{k + 1}"
        builder.add(Seat(label, round(x, 3), round(top_y + out, 3), Tier.CHAIR))
    side_x = half_w - TABLE_DEPTH / 2
    bottom_y = -half_d + TABLE_DEPTH / 2
    left_of_chair = top_places - right_of_chair
    # Clockwise as drawn: (start on the table's centre line, direction, outward, places, room).
    runs = [
        ((chair_width / 2, top_y), (1, 0), (0, 1), right_of_chair, right_of_chair * pw),
        ((side_x, side_top), (0, -1), (1, 0), side_places, side_top - side_bottom),
        ((half_w - TABLE_DEPTH, bottom_y), (-1, 0), (0, -1), bottom_places, inner_width),
        ((-side_x, side_bottom), (0, 1), (-1, 0), side_places, side_top - side_bottom),
        ((-chair_width / 2 - left_of_chair * pw, top_y), (1, 0), (0, 1), left_of_chair,
         left_of_chair * pw),
    ]  # fmt: skip
    for start, direction, outward, count, room in runs:
        _place_run(builder, spec, start, direction, outward, count, out, room)
    return RoomSeats(
        spec.kind, tuple(builder.seats), tuple(builder.places), (), tuple(builder.tables), "chair"
    )


def _place_run(  # noqa: PLR0913
    builder: _Builder,
    spec: LayoutSpec,
    start: tuple[float, float],
    direction: tuple[int, int],
    outward: tuple[int, int],
    count: int,
    out: float,
    room: float,
) -> None:
    """`count` places centred in `room` metres of table from `start` (on its centre line) in
    `direction`, delegates seated `out` from the centre line towards `outward`, their rows
    behind them further out."""
    x0, y0 = start
    dx, dy = direction
    ox, oy = outward
    offset = max(0.0, (room - count * spec.table_seats * SEAT_PITCH) / 2)
    for _ in range(count):
        number = len(builder.places)
        table, behind = [], []
        for k in range(spec.table_seats):
            along = offset + (k + 0.5) * SEAT_PITCH
            x, y = x0 + dx * along + ox * out, y0 + dy * along + oy * out
            seat_number = number * spec.table_seats + k + 1
            seat = Seat(f"T{seat_number}", round(x, 3), round(y, 3), Tier.TABLE, number)
            table.append(builder.add(seat))
        for row in range(spec.behind_rows):
            for k in range(spec.table_seats):
                front = builder.seats[table[k]]
                x = front.x + ox * ROW_PITCH * (row + 1)
                y = front.y + oy * ROW_PITCH * (row + 1)
                label = f"{row_name(row)}{number * spec.table_seats + k + 1}"
                seat = Seat(label, round(x, 3), round(y, 3), Tier.BEHIND, number)
                behind.append(builder.add(seat))
        builder.places.append(Place(tuple(table), tuple(behind)))
        offset += spec.table_seats * SEAT_PITCH


def _head_table(spec: LayoutSpec) -> RoomSeats:
    """A head table facing the rows: the chair in the middle, places alternately to its right
    and left as the audience sees it; the rows are filled in blocks."""
    builder = _Builder()
    total = spec.chair_seats + spec.places
    width = total * SEAT_PITCH + 0.4
    row_width = _row_width(spec)
    head_y = 2.5 + spec.rows * THEATRE_ROW
    builder.tables.append(Table(0, head_y - TABLE_DEPTH / 2 - SEAT_SETBACK, width, TABLE_DEPTH))
    chair_offsets = [(k - (spec.chair_seats - 1) / 2) for k in range(spec.chair_seats)]
    for k, offset in enumerate(chair_offsets):
        label = "Chair" if k == spec.chair_seats // 2 else f"S{k + 1}"
        builder.add(Seat(label, round(offset * SEAT_PITCH, 3), head_y, Tier.CHAIR))
    edge = (spec.chair_seats - 1) / 2
    for number in range(spec.places):
        step = number // 2 + 1
        offset = edge + step if number % 2 == 0 else -(edge + step)
        index = builder.add(
            Seat(f"H-{number + 1}", round(offset * SEAT_PITCH, 3), head_y, Tier.TABLE, number)
        )
        builder.places.append(Place((index,), ()))
    pool = _theatre_rows(builder, spec, top=head_y - 2.5, width=row_width, tier=Tier.ROW)
    return RoomSeats(
        spec.kind, tuple(builder.seats), tuple(builder.places), pool, tuple(builder.tables), "chair"
    )


def _row_width(spec: LayoutSpec) -> float:
    blocks = _blocks(spec)
    return spec.seats_per_row * THEATRE_PITCH + (len(blocks) - 1) * AISLE


def _blocks(spec: LayoutSpec) -> list[int]:
    """Seats per block between aisles in a row."""
    every = spec.aisle_every
    if every == 0:
        every = spec.seats_per_row if spec.seats_per_row < 16 else math.ceil(spec.seats_per_row / 2)
    full, rest = divmod(spec.seats_per_row, every)
    return [every] * full + ([rest] if rest else [])


def _theatre_rows(  # noqa: PLR0913
    builder: _Builder,
    spec: LayoutSpec,
    *,
    top: float,
    width: float,
    tier: Tier,
    pitch: float = THEATRE_ROW,
) -> tuple[int, ...]:
    """Rows from the front (`top`) down, seats numbered from the left as the plan is drawn."""
    blocks = _blocks(spec)
    pool = []
    for row in range(spec.rows):
        y = round(top - row * pitch, 3)
        x = -width / 2 + THEATRE_PITCH / 2
        number = 0
        for block in blocks:
            for _ in range(block):
                number += 1
                pool.append(builder.add(Seat(f"{row_name(row)}{number}", round(x, 3), y, tier)))
                x += THEATRE_PITCH
            x += AISLE
    return tuple(pool)


def _rows_layout(spec: LayoutSpec, *, desks: bool) -> RoomSeats:
    """Theatre rows, or classroom rows of tables (a desk in front of every row)."""
    builder = _Builder()
    width = _row_width(spec)
    row_pitch = THEATRE_ROW * (1.6 if desks else 1)
    top = spec.rows * row_pitch
    tier = Tier.TABLE if desks else Tier.ROW
    pool = _theatre_rows(builder, spec, top=top, width=width, tier=tier, pitch=row_pitch)
    if desks:  # a desk in front of every row
        for row in range(spec.rows):
            y = top - row * row_pitch + SEAT_SETBACK + 0.2
            builder.tables.append(Table(0, round(y, 3), width, 0.45))
    builder.tables.append(Table(0, top + 2.2, min(width, 8.0), 1.5, label="Stage"))
    return RoomSeats(spec.kind, tuple(builder.seats), (), pool, tuple(builder.tables), "stage")


def _rounds(spec: LayoutSpec) -> RoomSeats:
    """Round tables in a grid, numbered from the front left; seats clockwise from the top."""
    builder = _Builder()
    per_row = max(1, math.ceil(math.sqrt(spec.tables * 1.5)))
    radius = max(0.75, spec.seats_per_table * 0.6 / (2 * math.pi))
    pitch = 2 * (radius + SEAT_SETBACK) + 1.4
    grid_rows = math.ceil(spec.tables / per_row)
    pool = []
    for t in range(spec.tables):
        row, column = divmod(t, per_row)
        cx = (column - (per_row - 1) / 2) * pitch
        cy = ((grid_rows - 1) / 2 - row) * pitch
        builder.tables.append(Table(cx, cy, 2 * radius, 2 * radius, True, f"{t + 1}"))
        for s in range(spec.seats_per_table):
            angle = math.pi / 2 - 2 * math.pi * s / spec.seats_per_table
            x = cx + (radius + SEAT_SETBACK) * math.cos(angle)
            y = cy + (radius + SEAT_SETBACK) * math.sin(angle)
            seat = Seat(f"T{t + 1}-{s + 1}", round(x, 3), round(y, 3), Tier.ROW)
            pool.append(builder.add(seat))
    top = (grid_rows - 1) / 2 * pitch + radius + 2.5
    builder.tables.append(Table(0, top, 6.0, 1.5, label="Stage"))
    return RoomSeats(spec.kind, tuple(builder.seats), (), tuple(pool), tuple(builder.tables),
                     "stage")  # fmt: skip


# Assignment ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quota:
    at_table: int = 0
    behind: int = 0

    @property
    def total(self) -> int:
        return self.at_table + self.behind


@dataclass(frozen=True, slots=True)
class Assignment:
    """A seat of a delegation; `at_table` says which part of its quota it counts against
    (in rows, the delegation's front seats are its "at the table" ones and get plates)."""

    seat: int  # index in RoomSeats.seats
    delegation_id: int
    at_table: bool
    occupant_id: int | None = None


@dataclass(frozen=True, slots=True)
class Seating:
    assignments: tuple[Assignment, ...]
    warnings: tuple[str, ...]


_MOVED = (HostPlace.BESIDE_CHAIR, HostPlace.OPPOSITE_CHAIR)


def place_order(
    delegations: Sequence[int],
    places: int,
    *,
    host: int | None = None,
    host_place: HostPlace = HostPlace.IN_ORDER,
    opposite: int | None = None,
) -> list[int | None]:
    """Which delegation takes each place (None: empty), in precedence order round the table;
    the host moved to the first place after the chair or to the place `opposite` it."""
    ordered = list(delegations)
    slots: list[int | None] = [None] * places
    if host is not None and host in ordered and host_place in _MOVED:
        ordered.remove(host)
        target = 0 if host_place is HostPlace.BESIDE_CHAIR else (opposite or 0)
        if target < places:
            slots[target] = host
        else:
            ordered.append(host)
    free = iter(i for i in range(places) if slots[i] is None)
    for delegation in ordered:
        index = next(free, None)
        if index is None:
            break
        slots[index] = delegation
    return slots


def opposite_place(room: RoomSeats) -> int | None:
    """The place facing the chair: on the side farthest from it, the one nearest the line
    through the chair (of two equally near, the one on the right as drawn)."""
    chair = [s for s in room.seats if s.tier is Tier.CHAIR]
    if not room.places or not chair:
        return None
    cx = sum(s.x for s in chair) / len(chair)

    def centre(place: Place) -> tuple[float, float]:
        seats = [room.seats[i] for i in place.table]
        return sum(s.x for s in seats) / len(seats), sum(s.y for s in seats) / len(seats)

    centres = [centre(place) for place in room.places]
    far = min(y for _x, y in centres)
    facing = [i for i, (_x, y) in enumerate(centres) if y - far < 0.3]
    return min(facing, key=lambda i: (round(abs(centres[i][0] - cx), 3), -centres[i][0]))


def assign(  # noqa: PLR0913
    room: RoomSeats,
    delegations: Sequence[int],
    quotas: Mapping[int, Quota],
    *,
    names: Mapping[int, str] | None = None,
    host: int | None = None,
    host_place: HostPlace = HostPlace.IN_ORDER,
    members: Mapping[int, Sequence[int]] | None = None,
) -> Seating:
    """Seat `delegations` (in precedence order) by their quotas.

    At a table layout each delegation takes a place round the table in order (the host where
    `host_place` says): its seats at the table, then the rows behind them; what does not fit
    there (and everything in rows and at round tables) is seated in blocks from the front.
    `members` (a delegation's delegates, head first) become the occupants, in order, of its
    seats at the table and then behind. Warnings say who has no seat and which delegations
    have more people than their quota.
    """
    names = names or {}
    members = members or {}
    taken = [False] * len(room.seats)
    placed: list[Assignment] = []
    leftover: dict[int, list[bool]] = {}
    seated = [d for d in delegations if quotas.get(d, Quota()).total > 0]
    warnings: list[str] = []
    if room.places:
        slots = place_order(seated, len(room.places), host=host, host_place=host_place,
                            opposite=opposite_place(room))  # fmt: skip
        for place, delegation in zip(room.places, slots, strict=True):
            if delegation is None:
                continue
            quota = quotas[delegation]
            wanted = [True] * quota.at_table + [False] * quota.behind
            free = [i for i in place.table if not taken[i]] + [
                i for i in place.behind if not taken[i]
            ]
            for seat, at_table in zip(free, wanted, strict=False):
                taken[seat] = True
                placed.append(Assignment(seat, delegation, at_table))
            leftover[delegation] = wanted[len(free) :]
        unplaced = [d for d in seated if d not in slots]
        if unplaced:
            warnings.append(
                f"{_count(len(unplaced), 'delegation')} got no place at the table "
                f"({_listed(unplaced, names)}): the layout has {len(room.places)} places; "
                "they are seated in the rows."
            )
        for delegation in unplaced:
            quota = quotas[delegation]
            leftover[delegation] = [True] * quota.at_table + [False] * quota.behind
    else:
        for delegation in seated:
            quota = quotas[delegation]
            leftover[delegation] = [True] * quota.at_table + [False] * quota.behind
    pool = iter(i for i in room.pool if not taken[i])
    for delegation in seated:
        for at_table in leftover.get(delegation, []):
            seat = next(pool, None)
            if seat is None:
                break
            taken[seat] = True
            placed.append(Assignment(seat, delegation, at_table))
    placed = _with_occupants(room, placed, members)
    warnings += missing_seat_warnings(room, placed, quotas, names)
    warnings += over_quota_warnings(members, quotas, names)
    return Seating(tuple(placed), tuple(warnings))


def missing_seat_warnings(
    room: RoomSeats,
    assignments: Sequence[Assignment],
    quotas: Mapping[int, Quota],
    names: Mapping[int, str],
) -> list[str]:
    """One sentence when delegations hold fewer seats than their quotas give them."""
    held: dict[int, int] = {}
    for assignment in assignments:
        held[assignment.delegation_id] = held.get(assignment.delegation_id, 0) + 1
    short = {d: q.total - held.get(d, 0) for d, q in quotas.items() if q.total > held.get(d, 0)}
    if not short:
        return []
    missing = sum(short.values())
    needed = sum(q.total for q in quotas.values())
    why = (
        f"The quotas ask for {needed:,} seats and the room seats {room.capacity:,}: "
        if needed > room.capacity
        else "Seats are missing: "
    )
    return [f"{why}{_count(missing, 'person', 'people')} of {_listed(list(short), names)} "
            f"{'has' if missing == 1 else 'have'} no seat."]  # fmt: skip


def _with_occupants(
    room: RoomSeats, placed: list[Assignment], members: Mapping[int, Sequence[int]]
) -> list[Assignment]:
    """Members (head first) take their delegation's seats at the table, then the others,
    each group in seat order (the label order round the table or from the front)."""
    by_delegation: dict[int, list[int]] = {}
    for index, assignment in enumerate(placed):
        by_delegation.setdefault(assignment.delegation_id, []).append(index)
    result = list(placed)
    for delegation, indices in by_delegation.items():
        people = list(members.get(delegation, ()))
        if not people:
            continue
        indices.sort(key=lambda i: (not placed[i].at_table, room.seats[placed[i].seat].tier
                                    is Tier.BEHIND, placed[i].seat))  # fmt: skip
        for index, person in zip(indices, people, strict=False):
            result[index] = replace(placed[index], occupant_id=person)
    return result


def over_quota_warnings(
    members: Mapping[int, Sequence[int]],
    quotas: Mapping[int, Quota],
    names: Mapping[int, str],
) -> list[str]:
    """One sentence per delegation with more people attending than its quota."""
    warnings = []
    for delegation, people in members.items():
        quota = quotas.get(delegation, Quota())
        if len(people) > quota.total:
            warnings.append(
                f"{names.get(delegation, f'Delegation {delegation}')} has "
                f"{_count(len(people), 'person', 'people')} attending and a quota of "
                f"{quota.total} ({quota.at_table} at the table, {quota.behind} behind)."
            )
    return warnings


def seat_count_warnings(
    assignments: Sequence[Assignment], quotas: Mapping[int, Quota], names: Mapping[int, str]
) -> list[str]:
    """A delegation holding more seats (at the table, or in all) than its quota allows —
    after seats were given by hand."""
    table: dict[int, int] = {}
    total: dict[int, int] = {}
    for assignment in assignments:
        d = assignment.delegation_id
        total[d] = total.get(d, 0) + 1
        table[d] = table.get(d, 0) + assignment.at_table
    warnings = []
    for delegation in total:
        quota = quotas.get(delegation, Quota())
        name = names.get(delegation, f"Delegation {delegation}")
        if table[delegation] > quota.at_table:  # first: each seat at the table has a plate
            warnings.append(
                f"{name} has {table[delegation]} seats at the table, its quota is {quota.at_table}."
            )
        elif total[delegation] > quota.total:
            warnings.append(f"{name} has {total[delegation]} seats, its quota is {quota.total}.")
    return warnings


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _listed(delegations: Sequence[int], names: Mapping[int, str]) -> str:
    shown = [names.get(d, f"delegation {d}") for d in delegations[:5]]
    more = f" and {len(delegations) - 5} more" if len(delegations) > 5 else ""
    return ", ".join(shown) + more
