"""Signing ceremonies in `agenda check`: a ceremony in a room a session or meeting holds, a
signatory or witness elsewhere at the time, or away that day; found and cleared."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from delegations.domain.conflicts import ConflictKind
from delegations.domain.signings import (
    Attendee,
    CeremonySlot,
    Engagement,
    find_signing_conflicts,
)
from delegations.services import agenda, signings
from delegations.services.event import open_event
from delegations.store import EventFile

DAY = dt.date(2025, 7, 26)
YANG = Attendee(98, "Ms. Yang Xuemei", signs=True)
PHAM = Attendee(86, "Mr. Phạm Quang Huy", signs=True)
WANG = Attendee(95, "Dr. Wang Haitao", signs=False)


def _ceremony(start: dt.time = dt.time(11, 30), *, id_: int = 1, room: int | None = 2,
              people: tuple[Attendee, ...] = (YANG, PHAM, WANG), agreements: int = 2,
              ) -> CeremonySlot:  # fmt: skip
    return CeremonySlot(id_, f"Signing {id_}", DAY, start, "Multifunction Hall", room,
                        agreements, people)  # fmt: skip


def _session(id_: int, start: int, end: int, title: str, *, signing: bool = False) -> Engagement:
    return Engagement(DAY, dt.time(*divmod(start, 100)), dt.time(*divmod(end, 100)), title,
                      session_id=id_, signing=signing)  # fmt: skip


SEMINAR = _session(14, 900, 1130, "Digital Intelligence Seminar")
LAUNCH = _session(15, 1130, 1215, "Launch and Signing", signing=True)


def _kinds(conflicts: list) -> list[tuple[ConflictKind, str]]:
    return [(c.kind, c.sentence) for c in conflicts]


def test_a_ceremony_in_its_own_signing_session_is_no_clash() -> None:
    room_use = {2: [SEMINAR, LAUNCH]}
    busy = {98: [LAUNCH], 95: [SEMINAR]}  # Yang speaks at the launch itself
    assert find_signing_conflicts([_ceremony()], room_use, busy) == []


def test_a_ceremony_over_a_session_in_its_room_and_its_people_busy() -> None:
    room_use = {2: [SEMINAR, LAUNCH]}
    busy = {95: [SEMINAR]}
    found = find_signing_conflicts([_ceremony(dt.time(11))], room_use, busy)
    assert _kinds(found) == [
        (ConflictKind.SIGNING_ROOM_TAKEN,
         "Multifunction Hall holds “Digital Intelligence Seminar” (09:00–11:30) during the "
         "signing ceremony “Signing 1” (Sat 26 July 11:00–11:20)."),
        (ConflictKind.SIGNING_PERSON_BUSY,
         "Dr. Wang Haitao witnesses at the signing ceremony “Signing 1” (Sat 26 July "
         "11:00–11:20) and is in “Digital Intelligence Seminar” (09:00–11:30) at the time."),
    ]  # fmt: skip
    assert found[0].session_ids == (14,) and found[0].ceremony_id == 1


def test_the_estimated_length_grows_with_the_running_order() -> None:
    """10 minutes and 5 an agreement: 5 agreements from 10:55 end as the 11:30 launch
    begins (back to back is no clash), 6 run into it."""
    room_use = {2: [LAUNCH]}
    assert find_signing_conflicts([_ceremony(dt.time(10, 55), agreements=5)], room_use, {}) == []
    (clash,) = find_signing_conflicts([_ceremony(dt.time(10, 55), agreements=6)], room_use, {})
    assert clash.kind == ConflictKind.SIGNING_ROOM_TAKEN and "(Sat 26 July 10:55–11:35)" in (
        clash.sentence
    )


def test_a_witness_in_a_bilateral_meeting_at_the_time() -> None:
    meeting = Engagement(DAY, dt.time(11, 45), dt.time(12, 15), "the bilateral Viet Nam – China",
                         bilateral_id=7)  # fmt: skip
    (busy,) = find_signing_conflicts([_ceremony()], {2: [LAUNCH]}, {95: [meeting]})
    assert busy.kind == ConflictKind.SIGNING_PERSON_BUSY and busy.bilateral_id == 7
    assert busy.sentence.endswith("is in the bilateral Viet Nam – China (11:45–12:15) at the time.")
    assert busy.session_ids == (15,)  # the ceremony's own session, to select in the grid


def test_two_ceremonies_share_a_room_or_a_person_once() -> None:
    first = _ceremony(dt.time(15), id_=1, people=(YANG,))
    second = _ceremony(dt.time(15, 10), id_=2, people=(YANG, PHAM))
    found = find_signing_conflicts([second, first], {}, {})
    assert [(c.kind, c.ceremony_id) for c in found] == [
        (ConflictKind.SIGNING_ROOM_TAKEN, 1), (ConflictKind.SIGNING_PERSON_BUSY, 1)
    ]  # fmt: skip
    assert "holds the signing ceremony “Signing 2” (15:10–15:30)" in found[0].sentence
    elsewhere = _ceremony(dt.time(15, 10), id_=2, room=None, people=(PHAM,))
    assert find_signing_conflicts([first, elsewhere], {}, {}) == []


def test_a_ceremony_outside_the_event_days() -> None:
    days = (dt.date(2025, 7, 24), dt.date(2025, 7, 25))
    (outside,) = find_signing_conflicts([_ceremony()], {2: [LAUNCH]}, {}, days)
    assert outside.kind == ConflictKind.OUTSIDE_EVENT and outside.session_ids == (15,)
    assert outside.sentence == (
        "The signing ceremony “Signing 1” is on Sat 26 July, outside the event's days "
        "(Thu 24 July – Fri 25 July)."
    )
    assert find_signing_conflicts([_ceremony()], {2: [LAUNCH]}, {}, (DAY, DAY)) == []


def test_a_signatory_away_on_the_day() -> None:
    late = Attendee(86, "Mr. Phạm Quang Huy", True, arrival=dt.date(2025, 7, 27))
    gone = Attendee(95, "Dr. Wang Haitao", False, departure=dt.date(2025, 7, 25))
    found = find_signing_conflicts([_ceremony(people=(late, gone))], {2: [LAUNCH]}, {})
    assert _kinds(found) == [
        (ConflictKind.SIGNING_OUTSIDE_STAY,
         "Mr. Phạm Quang Huy signs at the signing ceremony “Signing 1” on Sat 26 July but "
         "arrives on Sun 27 July."),
        (ConflictKind.SIGNING_OUTSIDE_STAY,
         "Dr. Wang Haitao witnesses at the signing ceremony “Signing 1” on Sat 26 July but "
         "leaves on Fri 25 July."),
    ]  # fmt: skip
    assert found[0].session_ids == (15,)  # the ceremony's session, to select in the grid


# The demo event: `agenda check` as the services give it -------------------------------------


@pytest.fixture
def event_file(demo_path: Path, tmp_path: Path) -> EventFile:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    return open_event(path)


def _checked(event_file: EventFile) -> list:
    with event_file.session() as session:
        return [c for c in agenda.check_conflicts(session=session) if c.ceremony_id is not None]


def _move(event_file: EventFile, day: dt.date, start: dt.time) -> None:
    ceremony = signings.read_register(event_file).ceremonies[0]
    signings.update_ceremony(event_file, ceremony.id, signings.CeremonyInput(
        ceremony.title_en, day, start, ceremony.place, ceremony.title_zh))  # fmt: skip


def test_the_demo_ceremony_moved_onto_the_seminar_and_back(event_file: EventFile) -> None:
    assert _checked(event_file) == []
    _move(event_file, DAY, dt.time(10))
    found = _checked(event_file)
    assert [c.kind for c in found] == [ConflictKind.SIGNING_ROOM_TAKEN] + [
        ConflictKind.SIGNING_PERSON_BUSY
    ] * 3
    assert found[0].sentence.startswith(
        "Multifunction Hall holds “Digital Intelligence Innovation Empowers International "
        "Industry–Education Integration 2025” (09:00–11:30) during the signing ceremony “Launch"
    )
    assert found[0].sentence.endswith("(Sat 26 July 10:00–10:40).")  # 6 agreements: 40 min
    busy = sorted(c.sentence.split(" at the signing")[0] for c in found[1:])
    assert busy == ["Dr. Sok Sophal signs", "H.E. Oum Romany witnesses",
                    "Prof. Zhou Minghui signs"]  # fmt: skip
    _move(event_file, dt.date(2025, 7, 23), dt.time(11, 30))
    outside, *away = _checked(event_file)
    assert (outside.kind, outside.sentence) == (
        ConflictKind.OUTSIDE_EVENT,
        "The signing ceremony “Launch of the China–ASEAN International Skills Talent Cultivation "
        "Programme and Signing of University–Enterprise Partnerships” is on Wed 23 July, outside "
        "the event's days (Thu 24 July – Mon 28 July).",
    )
    assert len(away) == 12 and {c.kind for c in away} == {ConflictKind.SIGNING_OUTSIDE_STAY}
    assert (
        "Mr. Phạm Quang Huy signs at the signing ceremony “Launch of the China–ASEAN International "
        "Skills Talent Cultivation Programme and Signing of University–Enterprise Partnerships” "
        "on Wed 23 July but arrives on Thu 24 July."
    ) in [c.sentence for c in away]
    _move(event_file, DAY, dt.time(11, 30))
    assert _checked(event_file) == []
