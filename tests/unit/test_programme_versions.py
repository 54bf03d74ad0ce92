"""Programme versions: publishing numbers the snapshots; the diff names each kind of change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delegations.domain.errors import NotFound
from delegations.domain.models import SpeakerRole
from delegations.domain.programme import ChangeKind, ProgrammeChange
from delegations.services import agenda, programme, speakers
from delegations.services.event import get_event, open_event
from delegations.store import EventFile

T = dt.time
FRI, SAT = dt.date(2025, 7, 25), dt.date(2025, 7, 26)


@pytest.fixture
def event_file(event_path: Path) -> EventFile:
    event_file = open_event(event_path)
    with event_file.session() as session:
        event = get_event(session=session)
        event.start_date, event.end_date = dt.date(2025, 7, 24), dt.date(2025, 7, 28)
    return event_file


@pytest.fixture
def ids(event_file: EventFile) -> dict[str, int]:
    with event_file.session() as session:
        hall = agenda.create_room(session=session, room_in=agenda.RoomCreate(name="Huaxi Hall")).id
        room = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Qianling Room")
        ).id
        liu = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(
                honorific="Prof.", given_name="Xiaoyan", family_name="Liu"
            ),
        ).id
        sok = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(given_name="Sophal", family_name="Sok"),
        ).id
        tan = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(given_name="Hui Min", family_name="Tan"),
        ).id

        def make(title: str, start: int, room_id: int, **more: object) -> int:
            return agenda.create_session(
                session=session, session_in=agenda.SessionCreate(
                    day=FRI, start_time=T(start), end_time=T(start + 1),
                    room_id=room_id, title_en=title, title_zh=f"{title}（中文）", **more,
                ),
            ).id  # fmt: skip

        forum = make("Presidents' Forum", 9, hall, chair_id=liu)
        agenda.set_session_speakers(
            session=session, session_id=forum,
            speakers=[(sok, SpeakerRole.KEYNOTE), (tan, SpeakerRole.PANELLIST)],
        )  # fmt: skip
        return {
            "hall": hall, "room": room, "liu": liu, "sok": sok, "tan": tan, "forum": forum,
            "skills": make("Skills Forum", 10, hall),
            "youth": make("Youth Exchange", 11, room),
            "teachers": make("Teacher Education", 14, room),
        }  # fmt: skip


def _by_kind(changes: list[ProgrammeChange]) -> dict[ChangeKind, list[ProgrammeChange]]:
    result: dict[ChangeKind, list[ProgrammeChange]] = {}
    for change in changes:
        result.setdefault(change.kind, []).append(change)
    return result


def test_publishing_numbers_versions_and_keeps_the_snapshot(
    event_file: EventFile, ids: dict[str, int]
) -> None:
    with event_file.session() as session:
        first = programme.publish_version(session=session, note="  For the printer ")
        second = programme.publish_version(session=session)
    assert (first.number, second.number) == (1, 2)
    with event_file.session() as session:
        rows = programme.list_versions(session=session)
        snapshot = programme.get_snapshot(session=session, number=1)
        assert programme.changes_since(session=session, number=2) == []
    assert [(row.number, row.note, row.session_count) for row in rows] == [
        (1, "For the printer", 4), (2, "", 4),
    ]  # fmt: skip
    assert rows[0].published_at.tzinfo is not None
    assert abs(rows[0].published_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    forum = next(entry for entry in snapshot["sessions"] if entry["id"] == ids["forum"])
    assert forum["room"] == "Huaxi Hall" and forum["start"] == "09:00"
    assert forum["chair"] == "Prof. Xiaoyan Liu"
    assert [(s["name"], s["role"]) for s in forum["speakers"]] == [
        ("Sophal Sok", "keynote"), ("Hui Min Tan", "panellist"),
    ]  # fmt: skip


def test_changes_since_a_version_list_each_kind_of_change(
    event_file: EventFile, ids: dict[str, int]
) -> None:
    with event_file.session() as session:
        programme.publish_version(session=session)
    with event_file.session() as session:
        # moved in time (to another day) and retitled in English
        agenda.update_session(
            session=session, session_id=ids["skills"], session_in=agenda.SessionUpdate(
                day=SAT, start_time=T(9),
                end_time=T(10, 30), title_en="Skills and Employment Forum",
            ),
        )  # fmt: skip
        # moved to another room; Chinese title changed
        agenda.update_session(
            session=session,
            session_id=ids["youth"],
            session_in=agenda.SessionUpdate(room_id=ids["hall"], title_zh="青年交流"),
        )
        # speakers: Tan leaves, Liu joins as moderator, Sok becomes panellist
        agenda.remove_speaker_from_session(
            session=session, session_id=ids["forum"], speaker_id=ids["tan"]
        )
        agenda.set_speaker_role(
            session=session, session_id=ids["forum"], speaker_id=ids["sok"],
            role=SpeakerRole.PANELLIST,
        )  # fmt: skip
        agenda.add_speaker_to_session(
            session=session, session_id=ids["forum"], speaker_id=ids["tan"],
            role=SpeakerRole.MODERATOR, position=0,
        )  # fmt: skip
        agenda.remove_speaker_from_session(
            session=session, session_id=ids["forum"], speaker_id=ids["tan"]
        )
        agenda.delete_session(session=session, session_id=ids["teachers"])
        added = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=SAT, start_time=T(14), end_time=T(15), room_id=ids["room"],
                title_en="Signing of Partnerships",
            ),
        ).id  # fmt: skip
    with event_file.session() as session:
        changes = programme.changes_since(session=session, number=1)
    kinds = _by_kind(changes)
    assert set(kinds) == set(ChangeKind)

    [moved] = kinds[ChangeKind.MOVED_TIME]
    assert moved.session_id == ids["skills"]
    assert (moved.day, moved.start_time) == (SAT, T(9))
    assert moved.before == "Fri 25 July, 10:00–11:00"
    assert moved.after == "Sat 26 July, 09:00–10:30"
    assert moved.sentence == (
        "“Skills and Employment Forum” moves from Fri 25 July, 10:00–11:00 to "
        "Sat 26 July, 09:00–10:30."
    )
    [room] = kinds[ChangeKind.MOVED_ROOM]
    assert (room.session_id, room.before, room.after) == (
        ids["youth"], "Qianling Room", "Huaxi Hall",
    )  # fmt: skip
    retitled = {change.session_id: change for change in kinds[ChangeKind.RETITLED]}
    assert retitled[ids["skills"]].before == "Skills Forum"
    assert retitled[ids["skills"]].after == "Skills and Employment Forum"
    assert retitled[ids["youth"]].after == "青年交流"
    assert "Chinese title" in retitled[ids["youth"]].sentence
    [people] = kinds[ChangeKind.SPEAKERS_CHANGED]
    assert people.session_id == ids["forum"]
    assert people.sentence == (
        "“Presidents' Forum”: no longer speaking: Hui Min Tan; "
        "Sophal Sok is now panellist (was keynote)."
    )
    [cancelled] = kinds[ChangeKind.CANCELLED]
    assert cancelled.session_id == ids["teachers"]
    assert cancelled.title_en == "Teacher Education"
    assert cancelled.sentence == (
        "Cancelled: “Teacher Education” (Fri 25 July, 14:00–15:00, Qianling Room)."
    )
    [new] = kinds[ChangeKind.ADDED]
    assert new.session_id == added
    assert (
        new.sentence == "New: “Signing of Partnerships”, Sat 26 July, 14:00–15:00, Qianling Room."
    )
    # Programme order: by (new) day and time.
    assert [(c.day, c.start_time) for c in changes] == sorted(
        (c.day, c.start_time) for c in changes
    )


def test_diff_between_two_versions_and_unknown_version(
    event_file: EventFile, ids: dict[str, int]
) -> None:
    with event_file.session() as session:
        programme.publish_version(session=session)
        agenda.update_session(
            session=session,
            session_id=ids["youth"],
            session_in=agenda.SessionUpdate(room_id=ids["hall"]),
        )
        programme.publish_version(session=session)
        agenda.update_session(
            session=session,
            session_id=ids["youth"],
            session_in=agenda.SessionUpdate(room_id=ids["room"]),
        )
    with event_file.session() as session:
        [change] = programme.diff_versions(session=session, a=1, b=2)
        assert change.kind == ChangeKind.MOVED_ROOM
        assert programme.changes_since(session=session, number=1) == []
        with pytest.raises(NotFound, match="no programme version 3; the latest is version 2"):
            programme.changes_since(session=session, number=3)


def test_changes_are_frozen_records_for_the_errata_sheet() -> None:
    change = ProgrammeChange(
        kind=ChangeKind.ADDED, session_id=1, day=FRI, start_time=T(9), title_en="A",
        title_zh="甲", before="", after="x", sentence="New: A.",
    )  # fmt: skip
    with pytest.raises(AttributeError):
        change.sentence = "changed"  # type: ignore[misc]
