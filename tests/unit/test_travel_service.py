"""Travel legs in an event file (the demo): the demo's journeys, legs added, changed and
removed with the travellers' dates kept in step, refusals that write nothing, and the
problems `travel check` reports."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.domain.errors import UserError
from delegations.domain.travel import TravelProblem
from delegations.services import travel
from delegations.services.event import open_event
from delegations.store import EventFile, SqlConnection
from delegations.store.stored import stored_date

FIRST_DAY = dt.date(2025, 7, 24)


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def _dates(event_file: EventFile, delegate_id: int) -> tuple[str | None, str | None]:
    """The delegate's arrival and departure dates as stored, in ISO text."""
    with event_file.read() as connection:
        row = connection.execute(
            "SELECT arrival, departure FROM delegate WHERE id = ?", (delegate_id,)
        ).fetchone()
    return tuple(None if value is None else stored_date(value).isoformat() for value in row)


def _delegate(event_file: EventFile, family: str) -> int:
    with event_file.read() as connection:
        return connection.execute(
            "SELECT id FROM delegate WHERE family_name = ? ORDER BY id", (family,)
        ).fetchone()[0]


def _travel_problems(event_file: EventFile) -> list[TravelProblem]:
    """`travel check`'s problems of the travel itself (the hotels add "no room", theirs)."""
    return [p for p in travel.check_travel(event_file) if p.kind != "no-room"]


def _snapshot(event_file: EventFile) -> list:
    with event_file.read() as connection:
        return [
            connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("travelleg", "delegateleg", "delegate")
        ]


def test_the_demo_flies_into_kwe_and_china_takes_the_train(event: EventFile) -> None:
    arrivals = travel.list_legs(event, day=FIRST_DAY, direction="arrival")
    origins = {leg.other_end for leg in arrivals}
    assert origins == {"HAN", "KTI", "BKK", "VTE", "KUL", "SIN", "CGK", "MNL", "RGN", "BWN",
                       "DIL", "BXP"}  # fmt: skip
    by_origin = {leg.other_end: leg for leg in arrivals}
    assert by_origin["HAN"].place == "KWE" and by_origin["HAN"].via == "CAN"
    assert by_origin["BXP"].mode.value == "train" and by_origin["BXP"].place == "KQW"
    vietnam = by_origin["HAN"].travellers
    assert len(vietnam) > 1 and {p.delegation for p in vietnam} == {"Viet Nam"}
    assert vietnam[0].is_head and vietnam[0].needs == "vip-lane"  # the head listed first
    assert _travel_problems(event) == []


def test_a_leg_keeps_the_travellers_dates_in_step(event: EventFile) -> None:
    member = travel.list_legs(event, day=FIRST_DAY, direction="arrival")[0].travellers[-1].id
    assert _dates(event, member)[0] == "2025-07-24"
    earlier = travel.add_leg(event, travel.LegInput(
        "arrival", "2025-07-23", [member], "21:05", "cz 3415", place="kwe", terminal="t2",
        other_end="HAN", via="CAN", needs="WCHR",
    ))  # fmt: skip
    assert (earlier.mode.value, earlier.number, earlier.place, earlier.terminal) == (
        "flight", "CZ3415", "KWE", "T2",
    )  # fmt: skip
    assert earlier.travellers[0].needs == "wheelchair"
    assert _dates(event, member)[0] == "2025-07-23"
    # and now the delegate arrives twice
    assert [p.kind for p in _travel_problems(event)] == ["overlapping-legs"]
    travel.remove_leg(event, earlier.id)
    assert _dates(event, member)[0] == "2025-07-24"
    assert _travel_problems(event) == []


def test_a_delegation_shares_a_leg_and_editing_it_moves_everyone(event: EventFile) -> None:
    leg = travel.list_legs(event, day=FIRST_DAY, direction="arrival")[0]
    people = [p.id for p in leg.travellers]
    changed = travel.edit_leg(event, leg.id, travel.LegInput(
        "arrival", "2025-07-25", people, "07:30", leg.number, place=leg.place,
        other_end=leg.other_end, via=leg.via,
    ))  # fmt: skip
    assert [p.id for p in changed.travellers] == people
    assert {_dates(event, id_)[0] for id_ in people} == {"2025-07-25"}


def test_a_speaker_arriving_after_their_session_is_a_problem(event: EventFile) -> None:
    speaker = _delegate(event, "Wang")  # speaks at the Senior Officials' meeting, 24 Jul 14:00
    with event.read() as connection:
        leg_id = connection.execute(
            "SELECT leg_id FROM delegateleg dl JOIN travelleg l ON l.id = dl.leg_id "
            "WHERE delegate_id = ? AND direction = 'arrival'", (speaker,)
        ).fetchone()[0]  # fmt: skip
    leg = next(view for view in travel.list_legs(event) if view.id == leg_id)
    travel.edit_leg(event, leg_id, travel.LegInput(
        "arrival", leg.day, [p.id for p in leg.travellers], "15:32", leg.number,
        place=leg.place,
    ))  # fmt: skip
    problems = _travel_problems(event)
    assert [p.kind for p in problems] == ["arrives-after-session"]
    assert "Wang Haitao (China) arrives (G2961 on Thu 24 Jul 15:32) after their session" in (
        problems[0].sentence
    )


@pytest.mark.parametrize(
    ("change", "sentence"),
    [({"place": "XYZ"}, "“XYZ” is not an airport or station code we know"),
     ({"time": "25:10"}, "“25:10” is not a time of day; write it as 14:35."),
     ({"day": "24/07"}, "“24/07” is not a date"),
     ({"direction": "sideways"}, "not a direction"),
     ({"number": "HELLO"}, "“HELLO” is not a flight number"),
     ({"place": ""}, "Give the airport of the arrival"),
     ({"travellers": ["nobody@example.org"]}, "No delegate has the id or e-mail"),
     ({"travellers": []}, "Choose who travels on this leg")],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_writes_nothing(
    event: EventFile, change: dict, sentence: str
) -> None:
    before = _snapshot(event)
    values = {"direction": "arrival", "day": "2025-07-24", "travellers": [1], "time": "10:00",
              "number": "CZ3415", "place": "KWE", **change}  # fmt: skip
    with pytest.raises(UserError, match=sentence):
        travel.add_leg(event, travel.LegInput(**values))
    assert _snapshot(event) == before


def test_stays_come_from_the_legs_for_the_rooming(event: EventFile) -> None:
    with event.read() as connection:
        stays = travel.stays(connection)
    assert len(stays) == 112
    assert set(stays.values()) >= {(FIRST_DAY, dt.date(2025, 7, 28))}


def test_other_capabilities_add_their_problems(event: EventFile) -> None:
    def no_room(_connection: SqlConnection) -> list[TravelProblem]:
        return [TravelProblem("no-room", 1, "Somebody has no room.")]

    travel.PROBLEM_CHECKS.append(no_room)
    try:
        assert "no-room" in [p.kind for p in travel.check_travel(event)]
    finally:
        travel.PROBLEM_CHECKS.remove(no_room)


def test_a_date_changed_by_hand_against_the_legs_is_a_problem(event: EventFile) -> None:
    leg = travel.list_legs(event, day=FIRST_DAY, direction="arrival")[0]
    member = leg.travellers[-1]
    with event.write_locked() as connection:
        connection.execute("UPDATE delegate SET arrival = '2025-07-25' WHERE id = ?", (member.id,))
    problems = _travel_problems(event)
    assert [p.kind for p in problems] == ["dates-out-of-step"]
    assert problems[0].sentence == (
        f"{member.name} ({member.delegation}): the arrival date is 25 Jul but the arrival leg "
        "is on 24 Jul; change one of the two."
    )
