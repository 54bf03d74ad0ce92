"""Bilateral meetings in an event file (the demo): requests, scheduling, moves with their
conflicts in `agenda check`, refusals that write nothing, and the printed schedules."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import page_count, pdf_text

from delegations.domain.conflicts import ConflictKind
from delegations.domain.errors import UserError
from delegations.services import agenda, bilaterals
from delegations.services.event import open_event
from delegations.store import EventFile

OPENING_DAY = "2025-07-25"  # the demo's Opening Ceremony, 09:00–10:00, heads speak at it


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def _conflicts(event_file: EventFile) -> list:
    with event_file.session() as session:
        return [c for c in agenda.check_conflicts(session=session) if c.bilateral_id is not None]


def test_the_demo_schedules_its_bilaterals_without_conflicts(event: EventFile) -> None:
    views = bilaterals.list_bilaterals(event)
    assert len(views) == 7 and all(v.status == "scheduled" for v in views)
    assert bilaterals.bilateral_rooms(event) == ["Hongfeng Room", "Baihua Room"]
    assert {v.room for v in views} <= {"Hongfeng Room", "Baihua Room"}
    assert _conflicts(event) == []


def test_a_conflict_found_then_cleared_by_moving_the_meeting(event: EventFile) -> None:
    meeting = next(v for v in bilaterals.list_bilaterals(event) if v.title == "China – Thailand")
    moved = bilaterals.move_meeting(event, meeting.id, room="Baihua Room", day=OPENING_DAY,
                                    start="09:30")  # fmt: skip
    assert moved.meeting.when == "Fri 25 Jul 09:30–10:00"
    assert [c.kind for c in moved.conflicts] == [
        ConflictKind.BILATERAL_OUTSIDE_WISHES,
        ConflictKind.BILATERAL_PERSON_BUSY,
    ]  # wished Fri 25 July 10:00–12:30
    assert moved.conflicts[1].sentence == (
        "Dr. Wang Haitao is in the bilateral China – Thailand (Fri 25 July 09:30–10:00) and in "
        "“Opening Ceremony” (09:00–10:00)."
    )
    assert _conflicts(event) == moved.conflicts  # agenda check lists it too

    free_but_unwished = bilaterals.move_meeting(
        event, meeting.id, room="Baihua Room", day=OPENING_DAY, start="17:30"
    )
    assert [c.kind for c in free_but_unwished.conflicts] == [ConflictKind.BILATERAL_OUTSIDE_WISHES]
    cleared = bilaterals.move_meeting(event, meeting.id, room="Baihua Room", day=OPENING_DAY,
                                      start="10:00")  # fmt: skip
    assert cleared.conflicts == [] and _conflicts(event) == []


def test_wished_times_edited_away_from_a_meeting_make_a_conflict_until_given_back(
    event: EventFile,
) -> None:
    meeting = next(v for v in bilaterals.list_bilaterals(event) if v.title == "China – Thailand")
    bilaterals.edit_request(event, meeting.id, windows=["2025-07-26 14:00-17:00"])
    assert [c.kind for c in _conflicts(event)] == [ConflictKind.BILATERAL_OUTSIDE_WISHES]
    assert "(Sat 26 July 14:00–17:00)" in _conflicts(event)[0].sentence
    bilaterals.edit_request(event, meeting.id, windows=["2025-07-25 10:00-12:30"])
    assert _conflicts(event) == []


def test_editing_the_sides_keeps_each_sides_participants_and_brings_a_new_sides_head(
    event: EventFile,
) -> None:
    def names(view: bilaterals.BilateralView) -> list[str]:
        return [p.name for p in view.participants]

    myanmar_brunei = next(v for v in bilaterals.list_bilaterals(event) if v.id == 7)
    myanmar_head = myanmar_brunei.participants[0].name
    with_thailand = bilaterals.edit_request(event, 7, counterpart="Thailand")
    assert with_thailand.title == "Myanmar – Thailand"
    assert names(with_thailand) == [myanmar_head, "Dr. Kittisak Srisawat"]
    with_secretariat = bilaterals.edit_request(event, 7, organisation="ASEAN Secretariat")
    assert (with_secretariat.title, with_secretariat.counterpart_id) == (
        "Myanmar – ASEAN Secretariat",
        None,
    )
    assert names(with_secretariat) == [myanmar_head]
    for sides, sentence in (
        ({"counterpart": "Myanmar"}, "two different sides"),
        ({"counterpart": "Thailand", "organisation": "UNESCO"}, "Give the bilateral's other side"),
        ({"delegation": "Atlantis"}, "Atlantis"),
    ):
        with pytest.raises(UserError, match=sentence):
            bilaterals.edit_request(event, 7, **sides)
    after = next(v for v in bilaterals.list_bilaterals(event) if v.id == 7)
    assert (after.title, names(after)) == ("Myanmar – ASEAN Secretariat", [myanmar_head])


def test_the_board_and_the_members_a_request_chooses_from(event: EventFile) -> None:
    board = bilaterals.read_board(event)
    assert [m.id for m in board.meetings] == [m.id for m in bilaterals.list_bilaterals(event)]
    assert board.rooms == ["Hongfeng Room", "Baihua Room"] and board.conflicts == []
    assert [f"{d:%d}" for d in board.days] == ["24", "25", "26", "27", "28"]
    assert [name for _id, name in board.delegations][:3] == ["Brunei Darussalam", "Cambodia",
                                                             "Indonesia"]  # fmt: skip
    ids = dict((name, id_) for id_, name in board.delegations)
    members = bilaterals.delegation_members(event, [ids["Viet Nam"], ids["Thailand"]])
    sides = [person.delegation for person, _head in members]
    assert sides == sorted(sides, key=lambda side: side != "Viet Nam")  # Viet Nam's first
    heads = [person.name for person, head in members if head]
    assert heads == ["Dr. Trần Thị Thu Hương", "Dr. Kittisak Srisawat"]
    assert members[0][1] and members[0][0].name == heads[0]  # each side's head leads it


def test_a_meeting_moved_into_the_turnover_of_another_is_a_room_conflict(event: EventFile) -> None:
    views = bilaterals.list_bilaterals(event)
    first, other = views[0], next(v for v in views if v.room == views[0].room and v != views[0])
    moved = bilaterals.move_meeting(event, other.id, room=first.room, day=first.day,
                                    start=first.end)  # back to back: no turnover  # fmt: skip
    kinds = {c.kind for c in moved.conflicts}
    assert ConflictKind.BILATERAL_ROOM_TAKEN in kinds


def test_schedule_all_places_a_new_request_and_reports_one_that_cannot_be(
    event: EventFile,
) -> None:
    fits = bilaterals.add_request(event, bilaterals.RequestInput(
        "Viet Nam", "Indonesia", windows=["2025-07-27 15:00-17:00"], notes="MoU follow-up",
    ))  # fmt: skip
    never = bilaterals.add_request(event, bilaterals.RequestInput(
        "Timor-Leste", organisation="UNESCO Bangkok", windows=["2025-07-30 09:00-10:00"],
    ))  # fmt: skip
    report = bilaterals.schedule_all(event)
    assert [v.id for v in report.placed] == [fits.id]
    placed = report.placed[0]
    assert placed.day.isoformat() == "2025-07-27" and placed.start.hour >= 15
    assert [v.id for v, _reason in report.unplaced] == [never.id]
    reason = report.unplaced[0][1]
    assert reason.startswith("The bilateral Timor-Leste – UNESCO Bangkok fits no wished time")
    assert reason.endswith("is not there on Wed 30 July.")  # after the delegation leaves
    assert report.conflicts == []


@pytest.mark.parametrize(
    ("call", "sentence"),
    [
        (lambda e: bilaterals.add_request(e, bilaterals.RequestInput(
            "Atlantis", "Thailand", windows=["2025-07-25 09:00-12:00"])),
         "No delegation matches “Atlantis”"),
        (lambda e: bilaterals.add_request(e, bilaterals.RequestInput(
            "China", "Thailand", windows=["09:00-12:00"])), "has no day"),
        (lambda e: bilaterals.move_meeting(e, 1, room="Main Conference Hall", day="2025-07-25",
                                           start="09:00"),
         "Main Conference Hall is not a room for bilaterals"),
        (lambda e: bilaterals.add_request(e, bilaterals.RequestInput(
            "China", "Thailand", participants=["999999"], windows=["2025-07-25 09:00-12:00"])),
         "No delegate has the id or e-mail “999999”"),
        (lambda e: bilaterals.set_bilateral_rooms(e, ["Hongfeng Room", "Nowhere"]),
         "There is no room “Nowhere”"),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_writes_nothing(event: EventFile, call, sentence) -> None:  # noqa: ANN001
    listed = bilaterals.list_bilaterals(event)
    with pytest.raises(UserError, match=sentence):
        call(event)
    assert bilaterals.list_bilaterals(event) == listed
    assert bilaterals.bilateral_rooms(event) == ["Hongfeng Room", "Baihua Room"]


def test_cancel_frees_the_room_and_time(event: EventFile) -> None:
    meeting = bilaterals.list_bilaterals(event)[0]
    cancelled = bilaterals.cancel_request(event, meeting.id)
    assert cancelled.status == "cancelled" and cancelled.room == "" and cancelled.day is None


def test_a_delegations_schedule_lists_its_meetings_in_time_order(
    event: EventFile, tmp_path: Path
) -> None:
    printed = bilaterals.print_delegation_schedule(event, "China", tmp_path / "china.pdf")
    assert printed.meetings == 3 and page_count(printed.path) == 1
    text = pdf_text(printed.path)
    order = [text.index(f"with {name}") for name in ("Thailand", "Viet Nam", "Lao PDR")]
    assert order == sorted(order)
    assert "Hongfeng Room" in text and "Baihua Room" in text and "Dr. Wang Haitao" in text
    times = [text.index(time) for time in ("10:00", "12:00", "14:00")]
    assert times == sorted(times)


def test_a_rooms_door_sheet_lists_the_days_meetings(event: EventFile, tmp_path: Path) -> None:
    printed = bilaterals.print_room_door_sheet(event, "Hongfeng", OPENING_DAY,
                                               tmp_path / "door.pdf")  # fmt: skip
    text = pdf_text(printed.path)
    assert page_count(printed.path) == 1 and "Hongfeng Room" in text
    assert text.index("China – Thailand") < text.index("China – Viet Nam")
    with pytest.raises(UserError, match="not a room for bilaterals"):
        bilaterals.print_room_door_sheet(event, "Huaxi Hall", OPENING_DAY, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
