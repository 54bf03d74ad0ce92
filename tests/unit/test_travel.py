"""Travel rules without an event: times and numbers as people write them, the places table,
and the problems `travel check` finds in one delegate's legs."""

from __future__ import annotations

import datetime as dt

import pytest

from delegations.domain.travel import (
    Direction,
    Leg,
    Mode,
    SpeakingSlot,
    guess_mode,
    leg_problems,
    parse_needs,
    parse_time,
    speaking_problems,
    stay_dates,
)
from delegations.services.travel import places

DAY = dt.date(2025, 7, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:35", dt.time(14, 35)), ("1435", dt.time(14, 35)), ("14.35", dt.time(14, 35)),
     ("14h35", dt.time(14, 35)), ("2:35 pm", dt.time(14, 35)), ("12:10 AM", dt.time(0, 10)),
     ("14时35分", dt.time(14, 35)), ("9", dt.time(9, 0)), ("", None)],
)  # fmt: skip
def test_times_as_ministries_write_them(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "14:75", "13 pm", "noon", "2025-07-24"])
def test_what_is_not_a_time_is_refused_with_the_way_to_write_it(text: str) -> None:
    with pytest.raises(ValueError, match="write it as 14:35"):
        parse_time(text)


def test_the_mode_follows_the_number() -> None:
    assert guess_mode("G2961") is Mode.TRAIN
    assert guess_mode("d 1234") is Mode.TRAIN
    assert guess_mode("CZ3416") is Mode.FLIGHT
    assert guess_mode("3U 8891") is Mode.FLIGHT
    assert guess_mode("") is Mode.CAR


def test_needs_known_by_their_name_others_kept() -> None:
    assert parse_needs("WCHR; VIP, 轮椅") == "wheelchair, vip-lane"
    assert parse_needs("extra luggage / halal meal") == "luggage, halal meal"


def test_airports_and_stations_of_china_and_asean() -> None:
    table = places()
    assert table.find("kwe").city == "Guiyang"
    assert table.find("KWE").terminals == ("T1", "T2")
    assert table.find("KQW").kind == "station"
    assert table.find("PNH").code == "KTI"  # Phnom Penh's new airport
    assert {table.find(code).country for code in
            ("HAN", "BKK", "VTE", "KUL", "SIN", "CGK", "MNL", "RGN", "BWN", "DIL")} == {
        "VN", "TH", "LA", "MY", "SG", "ID", "PH", "MM", "BN", "TL"}  # fmt: skip
    assert table.find("LHR") is None and table.find("ZZZ") is None


def _leg(id_: int, direction: str, day: int, time: str | None, number: str = "") -> Leg:
    return Leg(id_, Direction(direction), DAY + dt.timedelta(days=day),
               dt.time.fromisoformat(time) if time else None, number or f"CZ{id_}", "KWE")  # fmt: skip


def test_legs_in_order_are_no_problem_even_with_a_day_away() -> None:
    legs = [_leg(1, "arrival", 0, "14:35"), _leg(2, "departure", 1, "08:00"),
            _leg(3, "arrival", 1, "20:00"), _leg(4, "departure", 4, None)]  # fmt: skip
    assert leg_problems("Ms A", 7, legs) == []
    assert stay_dates(legs) == (DAY, DAY + dt.timedelta(days=4))


def test_two_arrivals_in_a_row_overlap() -> None:
    problems = leg_problems(
        "Ms A", 7, [_leg(1, "arrival", 0, "14:35"), _leg(2, "arrival", 1, None)]
    )
    assert [p.kind for p in problems] == ["overlapping-legs"]
    assert str(problems[0]) == ("Ms A arrives twice without leaving between: CZ1 on Thu 24 Jul "
                                "14:35 and CZ2 on Fri 25 Jul.")  # fmt: skip


def test_a_departure_before_the_first_arrival() -> None:
    problems = leg_problems(
        "Ms A", 7, [_leg(1, "arrival", 2, "10:00"), _leg(2, "departure", 0, "09:00")]
    )
    assert [p.kind for p in problems] == ["departure-before-arrival"]
    assert "leaves (CZ2 on Thu 24 Jul 09:00) before arriving (CZ1 on Sat 26 Jul 10:00)" in (
        problems[0].sentence
    )


def test_a_speaker_arriving_after_their_session_starts() -> None:
    slot = SpeakingSlot("“Opening”", DAY + dt.timedelta(days=1), dt.time(9), dt.time(10))
    late = [_leg(1, "arrival", 1, "09:30")]
    assert [p.kind for p in speaking_problems("Dr B", 3, late, [slot])] == ["arrives-after-session"]
    assert speaking_problems("Dr B", 3, [_leg(1, "arrival", 0, "22:00")], [slot]) == []
    # a leg without a time counts by its day only: the same day is not a problem
    assert speaking_problems("Dr B", 3, [_leg(1, "arrival", 1, None)], [slot]) == []
    early = [_leg(1, "arrival", 0, "10:00"), _leg(2, "departure", 1, "09:45")]
    assert [p.kind for p in speaking_problems("Dr B", 3, early, [slot])] == [
        "leaves-before-session"
    ]
