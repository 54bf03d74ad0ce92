"""Rooming rules: nights, rooms over capacity, rooms beyond the blocks, people with no room."""

import datetime as dt

import pytest

from delegations.domain.errors import InvalidInput
from delegations.domain.hotels import (
    Block,
    Guest,
    Problem,
    RoomPlan,
    check_dates,
    nights,
    rooming_warnings,
    share_rooms,
    small_hours_arrival,
)

JULY = dt.date(2025, 7, 1)


def day(n: int) -> dt.date:
    return JULY.replace(day=n)


def guest(id_: int, name: str, arrive: int = 24, leave: int = 27, delegation: str = "Viet Nam"):
    return Guest(id_, name, delegation, day(arrive), day(leave))


def room(id_: int, *guests: Guest, sleeps: int = 2, number: str = "", kind: str = "Twin"):
    return RoomPlan(id_, "Sheraton Guiyang", kind, sleeps, number, guests)


def test_nights_are_the_evenings_from_check_in_to_the_day_before_check_out() -> None:
    assert nights(day(24), day(27)) == [day(24), day(25), day(26)]
    assert nights(day(24), day(24)) == []


def test_check_out_not_after_check_in_is_refused_in_one_sentence() -> None:
    with pytest.raises(InvalidInput, match="checks out on 24 July 2025, which is not after"):
        check_dates(day(24), day(24), "Nguyễn Văn An")


def test_a_clean_rooming_has_no_warnings() -> None:
    rooms = [room(1, guest(1, "An"), guest(2, "Bình"))]
    assert rooming_warnings(rooms, [Block("Sheraton Guiyang", "Twin", day(24), day(27), 1)]) == []


def test_three_in_a_twin_on_one_night_is_over_capacity_that_night_only() -> None:
    late = guest(3, "Châu", arrive=26, leave=27)
    rooms = [room(1, guest(1, "An"), guest(2, "Bình"), late, number="1203")]
    blocks = [Block("Sheraton Guiyang", "Twin", day(24), day(27), 1)]
    [warning] = rooming_warnings(rooms, blocks)
    assert warning.problem is Problem.OVER_CAPACITY
    assert warning.sentence == (
        "Room 1203 (Twin) at Sheraton Guiyang has 3 guests on the night of 26 July; it sleeps 2."
    )


def test_rooms_beyond_the_block_are_warned_per_room_type_with_the_first_night() -> None:
    rooms = [room(1, guest(1, "An")), room(2, guest(2, "Bình")),
             room(3, guest(3, "Châu", arrive=23, leave=25))]  # fmt: skip
    blocks = [Block("Sheraton Guiyang", "Twin", day(24), day(27), 2)]
    [warning] = rooming_warnings(rooms, blocks)
    assert warning.problem is Problem.OUTSIDE_BLOCK
    # The 23rd is outside every block; on the 24th three rooms are taken, two are held.
    assert warning.sentence == ("Sheraton Guiyang, Twin: 1 room is taken on the night of "
                                "23 July (Châu) but no block holds any (and on the night of "
                                "24 July).")  # fmt: skip


def test_blocks_of_one_type_add_up_night_by_night() -> None:
    rooms = [room(n, guest(n, f"Guest {n}", arrive=25, leave=26)) for n in range(1, 4)]
    blocks = [Block("Sheraton Guiyang", "Twin", day(24), day(27), 2),
              Block("Sheraton Guiyang", "Twin", day(25), day(26), 1)]  # fmt: skip
    assert rooming_warnings(rooms, blocks) == []
    blocks = blocks[:1] + [Block("Sheraton Guiyang", "Deluxe King", day(25), day(26), 1)]
    assert [w.problem for w in rooming_warnings(rooms, blocks)] == [Problem.OUTSIDE_BLOCK]


def test_a_person_with_no_room_is_named_with_their_nights() -> None:
    [warning] = rooming_warnings([], [], [guest(7, "Phạm Quang Huy", arrive=24, leave=28)])
    assert warning.problem is Problem.NO_ROOM
    assert warning.sentence == "Phạm Quang Huy (Viet Nam) has no room for 4 nights from 24 July."


def test_sharing_puts_together_only_people_with_the_same_dates() -> None:
    people = [guest(1, "An"), guest(2, "Bình", leave=26), guest(3, "Châu"), guest(4, "Dũng")]
    assert [[g.id for g in r] for r in share_rooms(people, 2)] == [[1, 3], [4], [2]]
    assert [[g.id for g in r] for r in share_rooms(people, 1)] == [[1], [3], [4], [2]]
    with pytest.raises(InvalidInput):
        share_rooms(people, 0)


def test_landing_before_six_needs_the_night_before() -> None:
    late = guest(5, "Khaing Zin", arrive=25, leave=28, delegation="Myanmar")
    place = room(9, late, number="1203")
    warning = small_hours_arrival(late, dt.time(1, 30), place)
    assert warning is not None and warning.problem is Problem.SMALL_HOURS
    assert warning.sentence == (
        "Khaing Zin (Myanmar) lands at 01:30 on 25 July: book the night of 24 July at Sheraton "
        "Guiyang (check in on 24 July) or they wait for their room."
    )
    assert small_hours_arrival(late, dt.time(6, 0), place) is None
