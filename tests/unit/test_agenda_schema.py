"""The agenda JSON file as the import reads it: typed values, and one sentence per refused value."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from delegations.domain.models import NameOrder, SessionKind, SpeakerRole
from delegations.services import agenda_io


def _agenda() -> dict:
    return {
        "format": "delegations-agenda",
        "version": 1,
        "event": {"name": " Education  Week ", "start_date": "2025-07-24", "end_date": "2025-07-28"},
        "rooms": [{"id": 1, "name": "Huaxi Hall", "capacity": 300}, {"id": 2, "name": "Qianling"}],
        "speakers": [
            {"id": 7, "given_name": "Xiaoyan", "family_name": "Liu", "name_order": "family_first"},
            {"id": 8, "native_name": "សុខ សុផល", "country": "KH"},
        ],
        "sessions": [
            {"id": 1, "day": "2025-07-25", "start_time": "09:00", "end_time": "10:30",
             "room_id": 1, "kind": "opening ceremony", "title_en": "Opening", "chair_id": 7,
             "speakers": [{"speaker_id": 8, "role": "keynote"}, {"speaker_id": 7}]},
            {"id": 2, "day": "2025-07-25", "start_time": "14:00", "end_time": "15:45",
             "title_en": "Workshop"},
        ],
    }  # fmt: skip


def _read(tmp_path: Path, data: object) -> agenda_io.AgendaFile:
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return agenda_io.read_agenda_file(path)


def _refused(tmp_path: Path, data: object) -> agenda_io.AgendaImportRefused:
    with pytest.raises(agenda_io.AgendaImportRefused) as refused:
        _read(tmp_path, data)
    return refused.value


def test_a_good_file_gives_typed_cleaned_values(tmp_path: Path) -> None:
    agenda = _read(tmp_path, _agenda())
    assert agenda.event.name == "Education Week"
    assert agenda.event.start_date == dt.date(2025, 7, 24)
    assert agenda.event.time_zone == "UTC"  # none given
    assert agenda.rooms[1].capacity is None and agenda.rooms[1].sort_order == 0
    assert agenda.speakers[0].name_order is NameOrder.FAMILY_FIRST
    assert agenda.speakers[1].name_order is NameOrder.GIVEN_FIRST
    opening, workshop = agenda.sessions
    assert (opening.start_time, opening.end_time) == (dt.time(9), dt.time(10, 30))
    assert opening.kind is SessionKind.OPENING and workshop.kind is SessionKind.SEMINAR
    assert [(link.speaker_id, link.role) for link in opening.speakers] == [
        (8, SpeakerRole.KEYNOTE), (7, SpeakerRole.PANELLIST),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        # wrong types
        (lambda d: d["rooms"][0].update(capacity="many"),
         "$.rooms[0].capacity: expected a whole number, found “many”."),
        (lambda d: d["rooms"][0].update(capacity=True),
         "$.rooms[0].capacity: expected a whole number, found true."),
        (lambda d: d["sessions"][1].update(title_en=5),
         "$.sessions[1].title_en: expected text, found 5."),
        (lambda d: d.update(rooms={"id": 1}), "$.rooms: expected a list […], found an object."),
        (lambda d: d["sessions"].__setitem__(0, "Opening"),
         "$.sessions[0]: expected an object {…}, found “Opening”."),
        # missing or unknown fields, empty values, numbers out of range
        (lambda d: d["sessions"][1].pop("day"), "$.sessions[1].day: is missing."),
        (lambda d: d.pop("speakers"), "$.speakers: is missing."),
        (lambda d: d["rooms"][1].update(colour="red"),
         "$.rooms[1].colour: is not a field of this format; remove it."),
        (lambda d: d["sessions"][1].update(title_en="  "),
         "$.sessions[1].title_en: must not be empty."),
        (lambda d: d["rooms"][0].update(id=0), "$.rooms[0].id: must be 1 or more, not 0."),
        (lambda d: d["sessions"][1].update(expected_attendance=2**64),
         f"$.sessions[1].expected_attendance: must be {2**63 - 1} or less, not {2**64}."),
        # times, dates and their order
        (lambda d: d["sessions"][1].update(start_time="25:00"),
         "$.sessions[1].start_time: “25:00” is not a time like 09:30."),
        (lambda d: d["sessions"][0].update(day="25/07/2025"),
         "$.sessions[0].day: “25/07/2025” is not a date like 2025-07-25."),
        (lambda d: d["sessions"][0].update(end_time="08:45"),
         "$.sessions[0].end_time: the session must end after it starts (09:00)."),
        (lambda d: d["event"].update(end_date="2025-07-01"),
         "$.event.end_date: is before the start date."),
        # choices and codes
        (lambda d: d["sessions"][0]["speakers"][0].update(role="host"),
         "$.sessions[0].speakers[0].role: “host” is not one of: “keynote”, “panellist”, "
         "“moderator”, “chair”."),
        (lambda d: d["speakers"][1].update(country="kh"),
         "$.speakers[1].country: “kh” is not a code like KH or VN."),
        (lambda d: d["speakers"][1].update(native_name=""),
         "$.speakers[1]: a speaker needs a given, family or native-script name."),
        # references and ids listed twice
        (lambda d: d["sessions"][1].update(room_id=9),
         "$.sessions[1].room_id: there is no room 9 in $.rooms."),
        (lambda d: d["sessions"][1].update(chair_id=9),
         "$.sessions[1].chair_id: there is no speaker 9 in $.speakers."),
        (lambda d: d["sessions"][0]["speakers"][1].update(speaker_id=8),
         "$.sessions[0].speakers[1].speaker_id: speaker 8 is listed twice in this session."),
        (lambda d: d["rooms"][1].update(id=1), "$.rooms[1].id: room 1 is listed twice."),
        (lambda d: d["rooms"][1].update(name="HUAXI hall"),
         "$.rooms[1].name: there is already a room called “HUAXI hall”."),
        # not an agenda file of this version
        (lambda d: d.update(format="pretalx"),
         "$.format: expected “delegations-agenda”: this is not a Delegations agenda file."),
        (lambda d: d.update(version=2),
         "$.version: 2: this version of Delegations reads version 1; update Delegations to read "
         "newer files."),
    ],
)  # fmt: skip
def test_each_refused_value_is_one_sentence_naming_its_json_path(
    tmp_path: Path, edit: Callable[[dict], object], problem: str
) -> None:
    data = _agenda()
    edit(data)
    refused = _refused(tmp_path, data)
    assert refused.problems == [problem]
    assert str(refused).startswith(f"{tmp_path / 'agenda.json'} was not imported; nothing was")


def test_not_an_object_and_not_json_at_all(tmp_path: Path) -> None:
    assert _refused(tmp_path, [1, 2]).problems == ["$: expected an object {…}, found a list."]
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "format": "delegations-agenda",\n  "version": 1,,\n}')
    with pytest.raises(agenda_io.AgendaFileError) as error:
        agenda_io.read_agenda_file(broken)
    assert str(error.value) == (
        f"{broken} is not valid JSON: Expecting property name enclosed in double quotes at "
        "line 3, column 16."
    )


def test_every_problem_is_listed_up_to_twenty(tmp_path: Path) -> None:
    data = _agenda()
    data["sessions"] = [{**data["sessions"][1], "id": n, "start_time": "9h"} for n in range(1, 26)]
    data["rooms"][0]["capacity"] = -5
    refused = _refused(tmp_path, data)
    assert refused.total == 26
    assert refused.problems[0] == "$.rooms[0].capacity: must be 1 or more, not -5."
    assert refused.problems[1] == "$.sessions[0].start_time: “9h” is not a time like 09:30."
    assert len(refused.problems) == 20
    assert str(refused).endswith("… and 6 more")
