"""The bilateral scheduler and its conflict rules, on plain records (domain.bilaterals)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from delegations.domain.bilaterals import (
    Busy,
    Meeting,
    Person,
    PlacedMeeting,
    Request,
    Window,
    find_bilateral_conflicts,
    parse_window,
    schedule,
)
from delegations.domain.conflicts import ConflictKind
from delegations.domain.errors import UserError

DAY = dt.date(2025, 7, 25)
NEXT = DAY + dt.timedelta(days=1)
ROOM, OTHER_ROOM = 1, 2
PEOPLE = {
    1: Person(1, "Minister A", is_head=True),
    2: Person(2, "Minister B", is_head=True),
    3: Person(3, "Director C"),
    4: Person(4, "Director D"),
    5: Person(5, "Officer E"),
    6: Person(6, "Officer F"),
    7: Person(7, "Late Arrival", arrival=NEXT),
}


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def window(start: str, end: str, day: dt.date = DAY) -> Window:
    return Window(day, t(start), t(end))


def request(id_: int, people: tuple[int, ...], *windows: Window, duration: int = 30) -> Request:
    return Request(id_, f"Bilateral {id_}", people, windows, duration)


def placed_at(result, request_id: int) -> tuple[dt.date, str, str, int]:  # noqa: ANN001
    meeting = next(m for m in result.placed if m.request_id == request_id)
    return meeting.day, f"{meeting.start:%H:%M}", f"{meeting.end:%H:%M}", meeting.room_id


def test_a_meeting_is_placed_inside_its_wished_window() -> None:
    result = schedule([request(1, (3, 4), window("14:00", "15:00"))], [ROOM], PEOPLE, {})
    assert placed_at(result, 1) == (DAY, "14:00", "14:30", ROOM)
    assert not result.unplaced


def test_a_meeting_goes_round_the_participants_sessions() -> None:
    busy = {4: [Busy(DAY, t("09:00"), t("10:00"), "“Opening Ceremony”", 3)]}
    result = schedule([request(1, (3, 4), window("09:00", "11:00"))], [ROOM], PEOPLE, busy)
    assert placed_at(result, 1) == (DAY, "10:00", "10:30", ROOM)


def test_a_participant_not_yet_arrived_moves_the_meeting_to_a_day_they_are_there() -> None:
    wished = (window("09:00", "10:00"), window("09:00", "10:00", NEXT))
    result = schedule([request(1, (3, 7), *wished)], [ROOM], PEOPLE, {})
    assert placed_at(result, 1)[0] == NEXT


def test_rooms_keep_15_minutes_between_meetings() -> None:
    wished = window("09:00", "10:30")
    result = schedule([request(1, (3, 4), wished), request(2, (5, 6), wished)], [ROOM], PEOPLE, {})
    assert placed_at(result, 1) == (DAY, "09:00", "09:30", ROOM)
    assert placed_at(result, 2) == (DAY, "09:45", "10:15", ROOM)  # not 09:30


def test_a_session_in_the_room_keeps_its_turnover_too() -> None:
    rooms = {ROOM: [Busy(DAY, t("09:00"), t("10:00"), "“Workshop”", 8)]}
    result = schedule(
        [request(1, (3, 4), window("09:00", "12:00"))], [ROOM, OTHER_ROOM], PEOPLE, {},
        room_bookings=rooms,
    )  # fmt: skip
    assert placed_at(result, 1) == (DAY, "09:00", "09:30", OTHER_ROOM)
    only_one = schedule([request(1, (3, 4), window("09:00", "12:00"))], [ROOM], PEOPLE, {},
                        room_bookings=rooms)  # fmt: skip
    assert placed_at(only_one, 1) == (DAY, "10:15", "10:45", ROOM)


def test_heads_of_delegation_are_placed_first_then_fewest_options() -> None:
    tight = window("09:00", "09:30")
    requests = [
        request(1, (3, 4), window("09:00", "12:00")),  # many options
        request(2, (5, 6), tight),  # one option, no head
        request(3, (1, 2), tight),  # one option, heads: wins the 09:00 slot
    ]
    result = schedule(requests, [ROOM], PEOPLE, {})
    assert placed_at(result, 3)[1] == "09:00"
    assert placed_at(result, 1)[1] == "09:45"  # after the heads' meeting and its turnover
    assert [u.request_id for u in result.unplaced] == [2]
    assert "every bilateral room is taken" in result.unplaced[0].reason


def test_a_person_cannot_sit_in_two_meetings_at_once() -> None:
    wished = window("09:00", "09:30")
    result = schedule([request(1, (3, 4), wished), request(2, (3, 5), wished)],
                      [ROOM, OTHER_ROOM], PEOPLE, {})  # fmt: skip
    assert [m.request_id for m in result.placed] == [1]
    reason = result.unplaced[0].reason
    assert reason.startswith("The bilateral Bilateral 2 fits no wished time (2025-07-25")
    assert "Director C is in the bilateral Bilateral 1 on Fri 25 July at 09:00" in reason


def test_unplaceable_requests_say_why() -> None:
    away = schedule([request(1, (3, 7), window("09:00", "10:00"))], [ROOM], PEOPLE, {})
    assert away.unplaced[0].reason.endswith("Late Arrival is not there on Fri 25 July.")
    short = schedule([request(2, (3, 4), window("09:00", "09:20"))], [ROOM], PEOPLE, {})
    assert "is as long as the meeting (30 min)" in short.unplaced[0].reason
    assert not away.placed and not short.placed


def _meeting(id_: int, start: str, end: str, people: tuple[int, ...], room: int = ROOM):  # noqa: ANN202
    return PlacedMeeting(Meeting(id_, room, DAY, t(start), t(end)), f"Bilateral {id_}",
                         f"Room {room}", people)  # fmt: skip


def test_conflicts_of_meetings_placed_by_hand_and_cleared_by_moving() -> None:
    busy = {3: [Busy(DAY, t("10:00"), t("11:00"), "“Panel”", 12)]}
    clashing = [_meeting(1, "10:30", "11:00", (3, 4)), _meeting(2, "11:10", "11:40", (5, 6)),
                _meeting(3, "09:00", "09:30", (7,))]  # fmt: skip
    conflicts = find_bilateral_conflicts(clashing, PEOPLE, busy, {})
    kinds = sorted(c.kind for c in conflicts)
    assert kinds == sorted([ConflictKind.BILATERAL_PERSON_BUSY, ConflictKind.BILATERAL_ROOM_TAKEN,
                            ConflictKind.BILATERAL_OUTSIDE_STAY])  # fmt: skip
    person = next(c for c in conflicts if c.kind == ConflictKind.BILATERAL_PERSON_BUSY)
    assert person.session_ids == (12,) and person.bilateral_id == 1
    assert person.sentence == ("Director C is in the bilateral Bilateral 1 (Fri 25 July "
                               "10:30–11:00) and in “Panel” (10:00–11:00).")  # fmt: skip
    room = next(c for c in conflicts if c.kind == ConflictKind.BILATERAL_ROOM_TAKEN)
    assert "without 15 minutes between them" in room.sentence
    only_2 = find_bilateral_conflicts(clashing, PEOPLE, busy, {}, only=2)
    assert [(c.kind, c.bilateral_id) for c in only_2] == [(ConflictKind.BILATERAL_ROOM_TAKEN, 2)]

    moved = [_meeting(1, "11:00", "11:30", (3, 4), OTHER_ROOM), clashing[1],
             PlacedMeeting(Meeting(3, ROOM, NEXT, t("09:00"), t("09:30")), "Bilateral 3",
                           "Room 1", (7,))]  # fmt: skip
    assert find_bilateral_conflicts(moved, PEOPLE, busy, {}) == []


def test_a_meeting_outside_its_wished_times_is_a_conflict_until_moved_back() -> None:
    wished = (window("09:00", "10:00"), window("14:00", "15:00", NEXT))

    def placed(day: dt.date, start: str, end: str) -> list[PlacedMeeting]:
        meeting = Meeting(1, ROOM, day, t(start), t(end))
        return [PlacedMeeting(meeting, "Viet Nam – Thailand", "Room 1", (3, 4), wished)]

    outside = find_bilateral_conflicts(placed(DAY, "14:00", "14:30"), PEOPLE, {}, {})
    assert [(c.kind, c.bilateral_id) for c in outside] == [
        (ConflictKind.BILATERAL_OUTSIDE_WISHES, 1)
    ]
    assert outside[0].sentence == (
        "The bilateral Viet Nam – Thailand is placed on Fri 25 July 14:00–14:30, outside the "
        "times it was wished for (Fri 25 July 09:00–10:00, Sat 26 July 14:00–15:00)."
    )
    overrunning = placed(DAY, "09:45", "10:15")  # starts inside, ends after the window
    assert [c.kind for c in find_bilateral_conflicts(overrunning, PEOPLE, {}, {})] == [
        ConflictKind.BILATERAL_OUTSIDE_WISHES
    ]
    for back in (placed(DAY, "09:30", "10:00"), placed(NEXT, "14:00", "14:30")):
        assert find_bilateral_conflicts(back, PEOPLE, {}, {}) == []


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("09:00-12:00", "has no day"),
        ("2025-07-25 12:00-09:00", "ends before it starts"),
        ("2025-02-30 09:00-10:00", "is not a real date and time"),
        ("tomorrow morning", "is not DATE FROM-TO"),
    ],
)
def test_bad_windows_are_one_sentence(text: str, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence) as refused:
        parse_window(text)
    message = str(refused.value)
    assert not re.search(r"\.\s+[A-Z]", message) and message.endswith(".")  # one sentence


def test_a_window_reads_with_a_dash_or_an_en_dash() -> None:
    assert parse_window("2025-07-25 9:00–12:30") == window("09:00", "12:30")


def test_200_random_requests_placed_break_no_rule() -> None:
    """The benchmark's shape in short (tests/benchmarks/bench_bilaterals.py): every placed
    meeting lies in a wished window, on a day its people are there, and the placed set has no
    conflict at all (sessions, other meetings, rooms with turnover)."""
    import random

    rng = random.Random(16)
    days = [DAY + dt.timedelta(days=n) for n in range(4)]
    people = {i: Person(i, f"P{i}", arrival=rng.choice(days[:2]), is_head=i % 10 == 0)
              for i in range(1, 121)}  # fmt: skip
    busy = {i: [Busy(rng.choice(days), t("10:00"), t("11:30"), f"“S{i}”", i)]
            for i in range(1, 121, 3)}  # fmt: skip
    rooms = list(range(1, 7))
    bookings = {1: [Busy(days[0], t("09:00"), t("12:00"), "“Workshop”", 500)]}
    requests = []
    for id_ in range(1, 201):
        wished = []
        for _ in range(rng.randint(1, 3)):
            start = rng.choice((9, 10, 11, 14, 15, 16))
            wished.append(window(f"{start:02d}:00", f"{start + rng.randint(1, 2):02d}:30",
                                 rng.choice(days)))  # fmt: skip
        requests.append(request(id_, tuple(rng.sample(sorted(people), 4)), *wished,
                                duration=rng.choice((30, 45))))  # fmt: skip
    result = schedule(requests, rooms, people, busy, room_bookings=bookings)
    assert len(result.placed) + len(result.unplaced) == 200
    assert len(result.placed) > 100 and all(u.reason for u in result.unplaced)
    by_id = {r.id: r for r in requests}
    for meeting in result.placed:
        wished = by_id[meeting.request_id].windows
        assert any(w.day == meeting.day and w.start <= meeting.start and meeting.end <= w.end
                   for w in wished)  # fmt: skip
    placed = [PlacedMeeting(m, f"B{m.request_id}", f"Room {m.room_id}",
                            by_id[m.request_id].participants, by_id[m.request_id].windows)
              for m in result.placed]  # fmt: skip
    assert find_bilateral_conflicts(placed, people, busy, bookings) == []
