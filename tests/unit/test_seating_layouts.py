"""Seat layouts and the assignment by quota (domain.seating, no database)."""

from __future__ import annotations

import math

import pytest

from delegations.domain.errors import InvalidInput
from delegations.domain.seating import (
    HostPlace,
    Quota,
    RoomSeats,
    Tier,
    assign,
    layout_spec,
    opposite_place,
    seat_count_warnings,
    seats_of,
)

DELEGATIONS = list(range(1, 13))
NAMES = {d: f"Country {d}" for d in DELEGATIONS}


def _room(kind: str, **counts: int) -> RoomSeats:
    return seats_of(layout_spec(kind, counts))


def _tiers(room: RoomSeats) -> dict[Tier, int]:
    counts: dict[Tier, int] = {}
    for seat in room.seats:
        counts[seat.tier] = counts.get(seat.tier, 0) + 1
    return counts


@pytest.mark.parametrize(
    ("kind", "counts", "tiers"),
    [
        ("hollow-square", {"places": 12, "table_seats": 2, "behind_rows": 2, "chair_seats": 3},
         {Tier.CHAIR: 3, Tier.TABLE: 24, Tier.BEHIND: 48}),
        ("u-shape", {"places": 10, "table_seats": 1, "behind_rows": 1, "chair_seats": 1},
         {Tier.CHAIR: 1, Tier.TABLE: 10, Tier.BEHIND: 10}),
        ("theatre", {"rows": 50, "seats_per_row": 30}, {Tier.ROW: 1500}),
        ("classroom", {"rows": 8, "seats_per_row": 12}, {Tier.TABLE: 96}),
        ("rounds", {"tables": 10, "seats_per_table": 8}, {Tier.ROW: 80}),
        ("head-table", {"places": 12, "chair_seats": 1, "rows": 10, "seats_per_row": 20},
         {Tier.CHAIR: 1, Tier.TABLE: 12, Tier.ROW: 200}),
    ],
)  # fmt: skip
def test_each_layout_has_its_seat_count_unique_labels_and_no_two_seats_in_one_place(
    kind: str, counts: dict[str, int], tiers: dict[Tier, int]
) -> None:
    room = _room(kind, **counts)
    assert _tiers(room) == tiers
    labels = [seat.label for seat in room.seats]
    assert len(set(labels)) == len(labels)
    positions = sorted((seat.x, seat.y) for seat in room.seats)
    closest = min(math.dist(a, b) for a, b in zip(positions, positions[1:], strict=False))
    assert closest >= 0.5  # a person's width apart at least


def test_theatre_rows_run_from_the_stage_with_letters_and_numbers_from_the_left() -> None:
    room = _room("theatre", rows=30, seats_per_row=20)
    assert [s.label for s in room.seats[:3]] == ["A1", "A2", "A3"]
    a1, a2, b1 = room.seats[0], room.seats[1], room.seats[20]
    assert b1.label == "B1" and a2.x > a1.x and b1.y < a1.y  # the front at the top of the plan
    # I and O are skipped (read as 1 and 0); after Z come AA, AB …
    assert "I1" not in {s.label for s in room.seats} and room.seats[-1].label == "AF20"
    # a central aisle splits a 20-seat row in blocks of 10
    a10, a11 = room.seats[9], room.seats[10]
    assert a11.x - a10.x > 2 * (a2.x - a1.x)


def test_round_tables_are_labelled_table_and_seat() -> None:
    room = _room("rounds", tables=3, seats_per_table=6)
    assert [s.label for s in room.seats[:7]] == ["T1-1", "T1-2", "T1-3", "T1-4", "T1-5",
                                                  "T1-6", "T2-1"]  # fmt: skip
    centre = room.tables[0]
    for seat in room.seats[:6]:
        assert math.dist((seat.x, seat.y), (centre.x, centre.y)) > centre.width / 2


def test_hollow_square_places_run_clockwise_from_the_chair() -> None:
    room = _room("hollow-square", places=12)
    chair = next(seat for seat in room.seats if seat.label == "Chair")
    angles = []
    for place in room.places:
        seat = room.seats[place.table[0]]
        # clockwise as drawn from the chair (at the top): the angle from "up" grows clockwise
        angles.append(math.atan2(seat.x - 0, seat.y - 0) % (2 * math.pi))
    assert angles == sorted(angles)
    first = room.seats[room.places[0].table[0]]
    assert first.y == chair.y and first.x > chair.x  # the first place: right of the chair
    # rows behind a place are further from the square's centre than its table seats
    for place in room.places:
        front = room.seats[place.table[0]]
        back = room.seats[place.behind[-1]]
        assert math.hypot(back.x, back.y) > math.hypot(front.x, front.y)


def test_the_place_opposite_the_chair_is_in_the_middle_of_the_far_side() -> None:
    room = _room("hollow-square", places=12)
    seats = [room.seats[i] for i in room.places[opposite_place(room)].table]
    assert seats[0].y == min(seat.y for seat in room.seats if seat.tier is Tier.TABLE)
    assert abs(sum(seat.x for seat in seats) / len(seats)) < 1.0


def test_quotas_seat_delegations_in_precedence_order_at_the_table_then_behind() -> None:
    room = _room("hollow-square", places=12)
    quotas = {d: Quota(2, 4) for d in DELEGATIONS}
    seating = assign(room, DELEGATIONS, quotas, names=NAMES)
    assert seating.warnings == ()
    by_label = {room.seats[a.seat].label: a for a in seating.assignments}
    assert [by_label[f"T{n}"].delegation_id for n in (1, 3, 5, 23)] == [1, 2, 3, 12]
    first = [a for a in seating.assignments if a.delegation_id == 1]
    assert sorted(room.seats[a.seat].label for a in first if a.at_table) == ["T1", "T2"]
    assert sorted(room.seats[a.seat].label for a in first if not a.at_table) == [
        "A1", "A2", "B1", "B2"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("host_place", "host_place_index"),
    [(HostPlace.IN_ORDER, 11), (HostPlace.BESIDE_CHAIR, 0), (HostPlace.OPPOSITE_CHAIR, 5)],
)
def test_the_host_sits_where_the_rule_says(host_place: HostPlace, host_place_index: int) -> None:
    room = _room("hollow-square", places=12)
    quotas = {d: Quota(2, 0) for d in DELEGATIONS}
    seating = assign(room, DELEGATIONS, quotas, host=12, host_place=host_place)
    host_seats = [room.seats[a.seat] for a in seating.assignments if a.delegation_id == 12]
    assert {seat.place for seat in host_seats} == {host_place_index}
    others = [a.delegation_id for a in seating.assignments if a.delegation_id != 12]
    assert others == sorted(others)  # the others keep their order round the table


def test_more_people_than_seats_is_a_warning_naming_who_has_no_seat() -> None:
    room = _room("theatre", rows=2, seats_per_row=10)
    quotas = {1: Quota(2, 8), 2: Quota(2, 8), 3: Quota(1, 4)}
    seating = assign(room, [1, 2, 3], quotas, names=NAMES)
    assert len(seating.assignments) == 20
    assert seating.warnings == (
        "The quotas ask for 25 seats and the room seats 20: 5 people of Country 3 have no seat.",
    )


def test_delegations_beyond_the_table_places_sit_in_the_rows_with_a_warning() -> None:
    room = _room("head-table", places=2, chair_seats=1, rows=2, seats_per_row=10)
    seating = assign(room, [1, 2, 3], {d: Quota(1, 2) for d in (1, 2, 3)}, names=NAMES)
    assert "1 delegation got no place at the table (Country 3)" in seating.warnings[0]
    third = [room.seats[a.seat] for a in seating.assignments if a.delegation_id == 3]
    assert len(third) == 3 and all(seat.tier is Tier.ROW for seat in third)


def test_more_people_attending_than_the_quota_is_a_warning() -> None:
    room = _room("hollow-square", places=12)
    members = {1: [101, 102, 103, 104, 105, 106, 107]}
    seating = assign(room, DELEGATIONS, {d: Quota(2, 4) for d in DELEGATIONS}, names=NAMES,
                     members=members)  # fmt: skip
    assert seating.warnings == (
        "Country 1 has 7 people attending and a quota of 6 (2 at the table, 4 behind).",
    )
    # the first members (the head first) take the seats at the table
    occupants = {room.seats[a.seat].label: a.occupant_id for a in seating.assignments
                 if a.delegation_id == 1}  # fmt: skip
    assert occupants["T1"] == 101 and occupants["T2"] == 102 and occupants["B2"] == 106


def test_seats_held_beyond_a_quota_after_editing_are_named() -> None:
    room = _room("hollow-square", places=12)
    seating = assign(room, DELEGATIONS, {d: Quota(2, 4) for d in DELEGATIONS})
    assert seat_count_warnings(seating.assignments, {d: Quota(2, 4) for d in DELEGATIONS},
                               NAMES) == []  # fmt: skip
    smaller = {**{d: Quota(2, 4) for d in DELEGATIONS}, 3: Quota(1, 4), 4: Quota(2, 3)}
    assert seat_count_warnings(seating.assignments, smaller, NAMES) == [
        "Country 3 has 2 seats at the table, its quota is 1.",
        "Country 4 has 6 seats, its quota is 5.",
    ]


@pytest.mark.parametrize(
    ("kind", "counts", "sentence"),
    [
        ("pyramid", {}, "Layout: “pyramid” is not a layout kind; use one of hollow-square, "
         "u-shape, theatre, classroom, rounds, head-table."),
        ("theatre", {"places": 3}, "places: a theatre layout does not take it; it takes rows, "
         "seats-per-row, aisle-every."),
        ("theatre", {"rows": 0}, "Rows: 0 is not between 1 and 200."),
        ("theatre", {"rows": 200, "seats_per_row": 200}, "Layout: more than 10,000 seats; "
         "make it smaller."),
    ],
)  # fmt: skip
def test_bad_layouts_are_refused_in_one_sentence(
    kind: str, counts: dict[str, int], sentence: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        layout_spec(kind, counts)
    assert str(refused.value) == sentence
