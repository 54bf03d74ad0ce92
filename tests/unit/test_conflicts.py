"""Agenda conflicts: each kind is found in a real event file, and goes away when fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delegations.domain.conflicts import (
    ConflictKind,
    LegTime,
    PersonInfo,
    RoomInfo,
    SlotInfo,
    conflicts_by_session,
    find_conflicts,
)
from delegations.domain.models import SpeakerRole
from delegations.services import agenda, speakers, travel
from delegations.services import delegations as delegation_service
from delegations.services.event import get_event, open_event
from delegations.store import EventFile

DAY = dt.date(2025, 7, 25)
T = dt.time


@pytest.fixture
def event_file(event_path: Path) -> EventFile:
    event_file = open_event(event_path)
    with event_file.session() as session:
        event = get_event(session=session)
        event.start_date, event.end_date = dt.date(2025, 7, 24), dt.date(2025, 7, 28)
        event.time_zone = "Asia/Shanghai"
    return event_file


@pytest.fixture
def setup(event_file: EventFile) -> dict[str, int]:
    """Two rooms, two speakers (one linked to a delegate staying 25–26 July), two sessions."""
    with event_file.session() as session:
        hall = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Huaxi Hall", capacity=300)
        ).id
        small = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Yangming Room", capacity=40)
        ).id
        cambodia = delegation_service.add_delegation(
            session,
            delegation_service.DelegationCreate(
                name="Cambodia",
                country="KH",
            ),
        ).id
        delegate = delegation_service.add_delegate(
            session,
            delegation_service.DelegateCreate(
                delegation_id=cambodia,
                given_name="Sophal",
                family_name="Sok",
                arrival=dt.date(2025, 7, 25),
                departure=dt.date(2025, 7, 26),
            ),
        ).id  # fmt: skip
        sok = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(
                given_name="Sophal", family_name="Sok", delegate_id=delegate
            ),
        ).id
        liu = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(given_name="Xiaoyan", family_name="Liu"),
        ).id
        first = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=DAY, start_time=T(9), end_time=T(10, 30), room_id=hall,
                title_en="University Presidents' Forum", expected_attendance=200, chair_id=liu,
            ),
        ).id  # fmt: skip
        second = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=DAY, start_time=T(10, 30), end_time=T(12), room_id=hall,
                title_en="Vocational Education Forum", expected_attendance=150,
            ),
        ).id  # fmt: skip
        agenda.add_speaker_to_session(session=session, session_id=first, speaker_id=sok)
    return {
        "hall": hall, "small": small, "sok": sok, "liu": liu, "first": first, "second": second,
    }  # fmt: skip


def _check(event_file: EventFile) -> list:
    with event_file.session() as session:
        return agenda.check_conflicts(session=session)


def _update(event_file: EventFile, session_id: int, **changes: object) -> None:
    with event_file.session() as session:
        agenda.update_session(
            session=session, session_id=session_id, session_in=agenda.SessionUpdate(**changes)
        )


def test_a_clean_agenda_has_no_conflicts_and_back_to_back_is_fine(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    # The second session starts in the same room the minute the first one ends.
    assert _check(event_file) == []


def test_room_booked_twice_is_found_and_cleared(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    _update(event_file, setup["second"], start_time=T(10))
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.ROOM_DOUBLE_BOOKED
    assert conflict.session_ids == (setup["first"], setup["second"])
    assert conflict.room_id == setup["hall"]
    assert "Huaxi Hall is booked twice on Fri 25 July" in conflict.sentence
    assert "09:00–10:30" in conflict.sentence and "10:00–12:00" in conflict.sentence

    _update(event_file, setup["second"], room_id=setup["small"], expected_attendance=30)
    assert _check(event_file) == []


def test_speaker_in_two_overlapping_sessions_is_found_and_cleared(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    _update(event_file, setup["second"], room_id=setup["small"], start_time=T(10),
            expected_attendance=30)  # fmt: skip
    with event_file.session() as session:
        agenda.add_speaker_to_session(
            session=session, session_id=setup["second"], speaker_id=setup["sok"],
            role=SpeakerRole.KEYNOTE,
        )  # fmt: skip
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.PERSON_DOUBLE_BOOKED
    assert conflict.speaker_id == setup["sok"]
    assert conflict.sentence.startswith("Sophal Sok is in two sessions at once")

    with event_file.session() as session:
        agenda.remove_speaker_from_session(
            session=session, session_id=setup["second"], speaker_id=setup["sok"]
        )
    assert _check(event_file) == []


def test_chair_in_two_overlapping_sessions_is_found(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    # Liu chairs the first session and now also chairs an overlapping one elsewhere.
    _update(event_file, setup["second"], room_id=setup["small"], start_time=T(10),
            expected_attendance=30, chair_id=setup["liu"])  # fmt: skip
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.PERSON_DOUBLE_BOOKED
    assert conflict.speaker_id == setup["liu"]
    _update(event_file, setup["second"], start_time=T(10, 30))
    assert _check(event_file) == []


def test_speaker_outside_their_stay_is_found_and_cleared(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    # Sok (delegate staying 25–26 July) speaks at the first session; move it to the 27th.
    _update(event_file, setup["first"], day=dt.date(2025, 7, 27))
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.OUTSIDE_STAY
    assert conflict.session_ids == (setup["first"],)
    assert conflict.sentence == (
        "Sophal Sok leaves on Sat 26 July but is in “University Presidents' Forum” on Sun 27 July."
    )
    _update(event_file, setup["first"], day=dt.date(2025, 7, 24))
    [conflict] = _check(event_file)
    assert "arrives on Fri 25 July" in conflict.sentence
    _update(event_file, setup["first"], day=DAY)
    assert _check(event_file) == []


def test_stay_falls_back_to_the_delegation_dates(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    with event_file.session() as session:
        speaker = speakers.get_speaker(session=session, speaker_id=setup["sok"])
        delegate = delegation_service.change_delegate(
            session,
            speaker.delegate_id,
            delegation_service.DelegateUpdate(arrival=None, departure=None),
        )
        delegation_service.change_delegation(
            session, delegate.delegation_id,
            delegation_service.DelegationUpdate(
                arrival=dt.date(2025, 7, 26),
                departure=dt.date(2025, 7, 28),
            ),
        )  # fmt: skip
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.OUTSIDE_STAY
    assert "arrives on Sat 26 July" in conflict.sentence


def test_session_outside_the_event_days_is_found_and_cleared(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    # The event is shortened after the agenda was made.
    with event_file.session() as session:
        get_event(session=session).end_date = dt.date(2025, 7, 24)
    kinds = {conflict.kind for conflict in _check(event_file)}
    assert kinds == {ConflictKind.OUTSIDE_EVENT}
    assert len(_check(event_file)) == 2
    with event_file.session() as session:
        get_event(session=session).end_date = dt.date(2025, 7, 28)
    assert _check(event_file) == []


def test_room_over_capacity_is_found_and_cleared(
    event_file: EventFile, setup: dict[str, int]
) -> None:
    _update(event_file, setup["second"], expected_attendance=301)
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.OVER_CAPACITY
    assert conflict.sentence == (
        "“Vocational Education Forum” expects 301 people but Huaxi Hall holds 300."
    )
    with event_file.session() as session:
        agenda.update_room(
            session=session, room_id=setup["hall"], room_in=agenda.RoomUpdate(capacity=400)
        )
    assert _check(event_file) == []


def test_conflicts_are_grouped_by_session_for_the_grid() -> None:
    slots = [
        SlotInfo(1, DAY, T(9), T(11), "A", room_id=1, person_ids=frozenset({7})),
        SlotInfo(2, DAY, T(10), T(12), "B", room_id=1),
        SlotInfo(3, DAY, T(10, 30), T(11), "C", room_id=2, person_ids=frozenset({7})),
        SlotInfo(4, DAY, T(11), T(12), "D", room_id=1),  # overlaps B only
    ]
    rooms = {1: RoomInfo(1, "Hall"), 2: RoomInfo(2, "Room")}
    people = {7: PersonInfo(7, "Sok Sophal")}
    conflicts = find_conflicts(slots, rooms, people, DAY, DAY)
    pairs = sorted(c.session_ids for c in conflicts)
    assert pairs == [(1, 2), (1, 3), (2, 4)]
    grouped = conflicts_by_session(conflicts)
    assert {key: len(value) for key, value in grouped.items()} == {1: 2, 2: 2, 3: 1, 4: 1}


def test_a_large_agenda_is_checked_by_sweeping_not_by_pairs() -> None:
    # 12 rooms x 5 days, back to back all day: no clash, and quick.
    slots = [
        SlotInfo(
            day * 1000 + room * 50 + n, DAY + dt.timedelta(days=day), T(8 + n), T(9 + n),
            f"S{n}", room_id=room, person_ids=frozenset({day * 100 + room}),
        )
        for day in range(5) for room in range(12) for n in range(10)
    ]  # fmt: skip
    rooms = {room: RoomInfo(room, f"R{room}") for room in range(12)}
    people = {
        day * 100 + room: PersonInfo(day * 100 + room, f"P{day}-{room}")
        for day in range(5) for room in range(12)
    }  # fmt: skip
    last_day = DAY + dt.timedelta(days=4)
    # Touching is not clashing: the person of R5 on day 1 also speaks right before their first
    # session and right after their last, in the same room.
    touching = [
        SlotInfo(99_010, DAY + dt.timedelta(days=1), T(7), T(8), "Breakfast briefing",
                 room_id=5, person_ids=frozenset({105})),
        SlotInfo(99_011, DAY + dt.timedelta(days=1), T(18), T(19), "Reception",
                 room_id=5, person_ids=frozenset({105})),
    ]  # fmt: skip
    # One minute too long, the reception clashes with the last session (1259) for room and
    # person alike.
    overlapping = SlotInfo(
        99_012, DAY + dt.timedelta(days=1), T(17, 59), T(19), "Reception", room_id=5,
        person_ids=frozenset({105}),
    )  # fmt: skip
    assert find_conflicts([*slots, *touching], rooms, people, DAY, last_day) == []
    found = find_conflicts([*slots, overlapping], rooms, people, DAY, last_day)
    assert sorted((c.kind, sorted(c.session_ids)) for c in found) == sorted([
        (ConflictKind.ROOM_DOUBLE_BOOKED, [1259, 99_012]),
        (ConflictKind.PERSON_DOUBLE_BOOKED, [1259, 99_012]),
    ])  # fmt: skip
    assert next(c for c in found if c.speaker_id == 105).sentence.startswith(
        "P1-5 is in two sessions at once"
    )

    # Two clashes hidden among the 600 sessions are both found, and nothing else.
    in_room_4 = SlotInfo(
        99_001, DAY + dt.timedelta(days=2), T(12, 30), T(13), "Side event", room_id=4
    )  # over S4 in R4 on day 2 (session 2204)
    person = 3 * 100 + 7  # the person in every session of R7 on day 3
    # Over S7 in R7 on day 3 (session 3357) for the person; room R11 is busy too (3557).
    visit = SlotInfo(
        99_002, DAY + dt.timedelta(days=3), T(15), T(15, 30), "Visit", room_id=11,
        person_ids=frozenset({person}),
    )  # fmt: skip
    found = find_conflicts([*slots, in_room_4, visit], rooms, people, DAY, last_day)
    assert sorted((c.kind, sorted(c.session_ids)) for c in found) == sorted([
        (ConflictKind.ROOM_DOUBLE_BOOKED, [2204, 99_001]),
        (ConflictKind.PERSON_DOUBLE_BOOKED, [3357, 99_002]),
        (ConflictKind.ROOM_DOUBLE_BOOKED, [3557, 99_002]),
    ])  # fmt: skip


def _fly(event_file: EventFile, speaker_id: int, direction: str, day: int, time: str) -> int:
    with event_file.session() as session:
        delegate_id = speakers.get_speaker(session=session, speaker_id=speaker_id).delegate_id
    leg = travel.LegInput(
        direction, dt.date(2025, 7, day), [delegate_id], time=time, number="CZ3417", place="KWE"
    )
    return travel.add_leg(event_file, leg).id


def _refly(event_file: EventFile, leg: int, speaker_id: int, direction: str, time: str) -> int:
    """The same flight on 25 July at another time (or none)."""
    travel.remove_leg(event_file, leg)
    return _fly(event_file, speaker_id, direction, 25, time)


def test_a_speaker_landing_less_than_90_minutes_before_their_session_is_found(
    event_file: EventFile, setup: dict[str, int]
) -> None:

    # Sok speaks at 09:00 on 25 July, the day he arrives.
    leg = _fly(event_file, setup["sok"], "arrival", 25, "08:20")
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.TOO_SOON_AFTER_ARRIVAL
    assert conflict.session_ids == (setup["first"],) and conflict.speaker_id == setup["sok"]
    assert conflict.sentence == (
        "Sophal Sok arrives at 08:20 on Fri 25 July (CZ3417) but is in “University Presidents' "
        "Forum” at 09:00; allow 90 minutes from arrival to the venue."
    )
    # Landing after the session has started is no better.
    leg = _refly(event_file, leg, setup["sok"], "arrival", "14:20")
    [conflict] = _check(event_file)
    assert "arrives at 14:20" in conflict.sentence
    # 07:30 leaves the 90 minutes; the session is clean again.
    leg = _refly(event_file, leg, setup["sok"], "arrival", "07:30")
    assert _check(event_file) == []


def test_a_speaker_leaving_less_than_90_minutes_after_their_session_is_found(
    event_file: EventFile, setup: dict[str, int]
) -> None:

    # Sok's session ends at 10:30 on 25 July; he flies home that day.
    leg = _fly(event_file, setup["sok"], "departure", 25, "11:30")
    [conflict] = _check(event_file)
    assert conflict.kind == ConflictKind.TOO_CLOSE_TO_DEPARTURE
    assert conflict.sentence == (
        "Sophal Sok leaves at 11:30 on Fri 25 July (CZ3417) but is in “University Presidents' "
        "Forum” until 10:30; allow 90 minutes from the venue to the departure."
    )
    leg = _refly(event_file, leg, setup["sok"], "departure", "12:00")
    assert _check(event_file) == []


def test_a_leg_without_a_time_counts_by_its_day_only(
    event_file: EventFile, setup: dict[str, int]
) -> None:

    leg = _fly(event_file, setup["sok"], "arrival", 25, "08:20")
    _refly(event_file, leg, setup["sok"], "arrival", "")
    assert _check(event_file) == []


def test_a_person_arriving_later_in_the_day_than_a_session_is_found_by_the_rule() -> None:
    slot = SlotInfo(1, DAY, T(14), T(15), "Closing", person_ids=frozenset({7}))
    landing = LegTime(dt.datetime(2025, 7, 25, 14, 20), "G2961")
    people = {7: PersonInfo(7, "Li Wei", DAY, DAY + dt.timedelta(days=2), arrives=landing)}
    [conflict] = find_conflicts([slot], {}, people, None, None)
    assert conflict.kind == ConflictKind.TOO_SOON_AFTER_ARRIVAL
    assert "(G2961)" in conflict.sentence and "at 14:00" in conflict.sentence
    # The day before: the date rule says so, once.
    early = PersonInfo(7, "Li Wei", DAY + dt.timedelta(days=1), None, arrives=landing)
    [conflict] = find_conflicts([slot], {}, {7: early}, None, None)
    assert conflict.kind == ConflictKind.OUTSIDE_STAY
