"""Agenda exports read by outside parsers (icalendar, lxml) and the JSON round trip."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from lxml import etree
from PIL import Image

from delegations.domain.models import NameOrder, SessionKind, SpeakerRole
from delegations.services import agenda, agenda_io, demo, demo_agenda, speakers
from delegations.services.event import get_event, open_event
from delegations.store import EventFile

T = dt.time
FRI = dt.date(2025, 7, 25)
UTC = dt.UTC


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def event_file(event_path: Path) -> EventFile:
    """A small agenda in Asia/Shanghai: two rooms, a session without a room, three speakers."""
    event_file = open_event(event_path)
    with event_file.session() as session:
        event = get_event(session=session)
        event.name = "China–ASEAN Education Cooperation Week 2025"
        event.start_date, event.end_date = dt.date(2025, 7, 24), dt.date(2025, 7, 28)
        event.time_zone = "Asia/Shanghai"
        event.languages = "en,zh"
        hall = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Huaxi Hall", capacity=300, floor="2")
        )
        room = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Qianling Room", sort_order=1)
        )
        liu = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                honorific="Prof.", given_name="Xiaoyan", family_name="Liu",
                native_name="刘晓燕", name_order=NameOrder.FAMILY_FIRST, country="CN",
                position="Vice-President", organisation="Guizhou University",
                bio="Builds joint degree programmes.",
            ),
        )  # fmt: skip
        speakers.set_speaker_photo(session=session, speaker_id=liu.id, data=_png(40, 30))
        sok = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                given_name="Sophal", family_name="Sok", native_name="សុខ សុផល",
                country="KH",
            ),
        )  # fmt: skip
        tan = speakers.create_speaker(
            session=session,
            speaker_in=speakers.SpeakerCreate(given_name="Hui Min", family_name="Tan"),
        )
        opening = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=FRI, start_time=T(9), end_time=T(10, 30), room_id=hall.id,
                kind=SessionKind.OPENING, title_en="Opening Ceremony", title_zh="开幕式",
                description="Welcome addresses.", chair_id=liu.id, interpretation="en,zh",
                expected_attendance=250,
            ),
        )  # fmt: skip
        agenda.set_session_speakers(
            session=session, session_id=opening.id,
            speakers=[(sok.id, SpeakerRole.KEYNOTE), (tan.id, SpeakerRole.PANELLIST)],
        )  # fmt: skip
        agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=FRI, start_time=T(14), end_time=T(15, 45), room_id=room.id,
                kind=SessionKind.WORKSHOP, title_en="Workshop: AI in Teaching",
            ),
        )  # fmt: skip
        agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=dt.date(2025, 7, 27), start_time=T(8, 30), end_time=T(12),
                kind=SessionKind.SITE_VISIT, title_en="Site Visit: Gui'an New Area",
            ),
        )  # fmt: skip
    return event_file


def _export(event_file: EventFile, path: Path) -> Path:
    with event_file.session() as session:
        return agenda_io.export_agenda(session=session, path=path).path


def test_ics_has_zoned_times_rooms_speakers_and_stable_uids(
    event_file: EventFile, tmp_path: Path
) -> None:
    first = _export(event_file, tmp_path / "agenda.ics").read_bytes()
    calendar = icalendar.Calendar.from_ical(first)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Shanghai"
    events = {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}
    assert set(events) == {
        "Opening Ceremony", "Workshop: AI in Teaching", "Site Visit: Gui'an New Area",
    }  # fmt: skip
    opening = events["Opening Ceremony"]
    start = opening.decoded("DTSTART")
    assert start == dt.datetime(2025, 7, 25, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert start.astimezone(UTC) == dt.datetime(2025, 7, 25, 1, 0, tzinfo=UTC)
    assert opening["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert opening.decoded("DTEND").astimezone(UTC) == dt.datetime(2025, 7, 25, 2, 30, tzinfo=UTC)
    assert str(opening["LOCATION"]) == "Huaxi Hall"
    description = str(opening["DESCRIPTION"])
    assert "开幕式" in description
    assert "Chair: Liu Xiaoyan" in description
    assert "Speakers: Sophal Sok (keynote), Hui Min Tan (panellist)" in description
    assert "LOCATION" not in events["Site Visit: Gui'an New Area"]

    second = icalendar.Calendar.from_ical(_export(event_file, tmp_path / "again.ics").read_bytes())
    uids = [str(item["UID"]) for item in calendar.walk("VEVENT")]
    assert len(set(uids)) == 3
    assert uids == [str(item["UID"]) for item in second.walk("VEVENT")]


def test_xml_is_a_frab_schedule(event_file: EventFile, tmp_path: Path) -> None:
    root = etree.parse(str(_export(event_file, tmp_path / "schedule.xml"))).getroot()
    assert root.tag == "schedule"
    assert [child.tag for child in root][:3] == ["generator", "version", "conference"]
    assert root.findtext("conference/title") == "China–ASEAN Education Cooperation Week 2025"
    assert root.findtext("conference/start") == "2025-07-24"
    assert root.findtext("conference/days") == "5"
    assert root.findtext("conference/time_zone_name") == "Asia/Shanghai"
    days = root.findall("day")
    assert [(d.get("index"), d.get("date")) for d in days] == [
        (str(n + 1), f"2025-07-{24 + n}") for n in range(5)
    ]
    assert days[1].get("start") == "2025-07-25T00:00:00+08:00"

    [opening] = root.xpath("//event[title='Opening Ceremony']")
    assert opening.getparent().tag == "room" and opening.getparent().get("name") == "Huaxi Hall"
    assert opening.getparent().getparent().get("date") == "2025-07-25"
    uuid.UUID(opening.get("guid"))
    assert int(opening.get("id")) > 0
    date = dt.datetime.fromisoformat(opening.findtext("date"))
    assert date.astimezone(UTC) == dt.datetime(2025, 7, 25, 1, 0, tzinfo=UTC)
    assert opening.findtext("start") == "09:00"
    assert opening.findtext("duration") == "01:30"
    assert opening.findtext("room") == "Huaxi Hall"
    assert opening.findtext("subtitle") == "开幕式"
    assert opening.findtext("type") == "opening ceremony"
    assert [(p.get("id") is not None, p.text) for p in opening.findall("persons/person")] == [
        (True, "Liu Xiaoyan"), (True, "Sophal Sok"), (True, "Hui Min Tan"),
    ]  # fmt: skip
    # Every event carries the elements the frab schema requires, in the formats it requires.
    required = ("date", "start", "duration", "room", "slug", "title", "subtitle", "track",
                "type", "language", "abstract", "persons", "links", "attachments")  # fmt: skip
    events = root.findall("day/room/event")
    assert len(events) == 3
    for event in events:
        assert all(event.find(tag) is not None for tag in required)
        assert re.fullmatch(r"[0-2]\d:[0-5]\d", event.findtext("start"))
        assert re.fullmatch(r"\d{1,2}:\d{2}", event.findtext("duration"))
        assert re.search(r"[+-]\d{2}:\d{2}$", event.findtext("date"))
    assert len({event.findtext("slug") for event in events}) == 3
    [visit] = root.xpath("//event[type='site visit']")
    assert visit.getparent().get("name") == agenda_io.NO_ROOM


def test_json_round_trip_into_an_empty_event_is_lossless(
    event_file: EventFile, tmp_path: Path
) -> None:
    exported = _export(event_file, tmp_path / "agenda.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    [liu] = [s for s in data["speakers"] if s["family_name"] == "Liu"]
    photo = Image.open(io.BytesIO(base64.b64decode(liu["photo"])))
    assert photo.size == (30, 30)  # cropped to a square on the way in

    other = open_event(tmp_path / "other.sqlite3")
    with other.session() as session:
        report = agenda_io.import_agenda_json(session=session, path=exported)
    assert (report.rooms, report.speakers, report.sessions) == (2, 3, 3)
    again = _export(other, tmp_path / "again.json")
    assert again.read_bytes() == exported.read_bytes()
    with other.session() as session:
        assert get_event(session=session).time_zone == "Asia/Shanghai"


def test_after_an_import_new_rooms_speakers_and_sessions_get_ids_never_used(
    event_file: EventFile, tmp_path: Path
) -> None:
    exported = _export(event_file, tmp_path / "agenda.json")
    other = open_event(tmp_path / "other.sqlite3")
    with other.session() as session:
        agenda_io.import_agenda_json(session=session, path=exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    with other.session() as session:
        room = agenda.create_room(session=session, room_in=agenda.RoomCreate(name="New Room"))
        speaker = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(given_name="An", family_name="Le")
        )
        added = agenda.create_session(
            session=session,
            session_in=agenda.SessionCreate(
                day=FRI, start_time=T(16), end_time=T(17), room_id=room.id, title_en="Added"
            ),
        )
    assert room.id > max(r["id"] for r in data["rooms"])
    assert speaker.id > max(s["id"] for s in data["speakers"])
    assert added.id > max(s["id"] for s in data["sessions"])


def test_json_round_trip_of_a_large_agenda_with_delegate_links(
    event_path: Path, tmp_path: Path
) -> None:
    event_file = open_event(event_path)
    with event_file.session() as session:
        demo.create_demo_event(session=session)
        demo_agenda.add_synthetic_sessions(session=session, count=120, seed=7)
    exported = _export(event_file, tmp_path / "agenda.json")
    linked = [s for s in json.loads(exported.read_text())["speakers"] if s["delegate"]]
    assert linked

    # Into the same event (its delegates are there): identical, links included.
    with event_file.session() as session:
        report = agenda_io.import_agenda_json(session=session, path=exported)
    assert report.unlinked == () and report.replaced_sessions == report.sessions
    assert _export(event_file, tmp_path / "same.json").read_bytes() == exported.read_bytes()

    # Into an empty event: everything but the links to delegates it does not have.
    other = open_event(tmp_path / "empty.sqlite3")
    with other.session() as session:
        report = agenda_io.import_agenda_json(session=session, path=exported)
    assert len(report.unlinked) == len(linked)
    again = json.loads(_export(other, tmp_path / "again.json").read_text())
    original = json.loads(exported.read_text())
    for speaker in original["speakers"]:
        speaker["delegate"] = None
    assert again == original


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["sessions"][1].update(start_time="9h30"),
         "$.sessions[1].start_time: “9h30” is not a time like 09:30."),
        (lambda d: d["sessions"][0].update(end_time="08:00"),
         "$.sessions[0].end_time: the session must end after it starts (09:00)."),
        (lambda d: d["sessions"][0]["speakers"][1].update(speaker_id=99),
         "$.sessions[0].speakers[1].speaker_id: there is no speaker 99 in $.speakers."),
        (lambda d: d["sessions"][2].update(kind="party"),
         "$.sessions[2].kind: “party” is not one of:"),
        (lambda d: d["rooms"][0].update(capacity="many"),
         "$.rooms[0].capacity: expected a whole number, found “many”."),
        (lambda d: d["event"].update(time_zone="Mars/Olympus"),
         "$.event.time_zone: “Mars/Olympus” is not a time zone name"),
        (lambda d: d["speakers"][0].update(photo="not base64!"),
         "$.speakers[0].photo: is not an image in base64"),
        (lambda d: d["sessions"][0].update(colour="red"),
         "$.sessions[0].colour: is not a field of this format"),
    ],
)  # fmt: skip
def test_bad_json_is_refused_naming_the_path_and_nothing_changes(
    event_file: EventFile, tmp_path: Path, edit: Callable[[dict], None], message: str
) -> None:
    exported = _export(event_file, tmp_path / "agenda.json")
    data = json.loads(exported.read_text())
    edit(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False))

    target = open_event(tmp_path / "target.sqlite3")
    with target.session() as session:
        agenda.create_room(session=session, room_in=agenda.RoomCreate(name="Existing Room"))
    before = _export(target, tmp_path / "before.json").read_bytes()
    with pytest.raises(agenda_io.AgendaImportRefused) as refused, target.session() as session:
        agenda_io.import_agenda_json(session=session, path=bad)
    assert message in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert _export(target, tmp_path / "after.json").read_bytes() == before


def test_not_json_and_wrong_suffix_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "delegations-agenda", ')
    with pytest.raises(agenda_io.AgendaFileError, match="not valid JSON: .* line 1"):
        agenda_io.read_agenda_file(broken)
    with pytest.raises(agenda_io.AgendaFileError, match=".ics"):
        agenda_io.check_agenda_export_path(tmp_path / "agenda.pdf")
    other = tmp_path / "other.json"
    other.write_text('{"format": "something else", "version": 1, "event": {}, "rooms": [],'
                     ' "speakers": [], "sessions": []}')  # fmt: skip
    with pytest.raises(agenda_io.AgendaImportRefused, match=r"\$\.format: expected"):
        agenda_io.read_agenda_file(other)


def test_speaker_photo_is_cropped_to_a_square(event_file: EventFile) -> None:
    out = io.BytesIO()
    image = Image.new("RGB", (300, 100), "white")
    image.paste((0, 0, 255), (100, 0, 200, 100))  # a blue square in the middle
    image.save(out, "PNG")
    with event_file.session() as session:
        sok = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(given_name="Sok")
        )
        sok = speakers.set_speaker_photo(session=session, speaker_id=sok.id, data=out.getvalue())
        stored = Image.open(io.BytesIO(sok.photo)).convert("RGB")
    assert stored.size == (100, 100)
    red, green, blue = stored.getpixel((5, 50))
    assert blue > 200 and red < 60  # the centre was kept, the white sides were cut
    with event_file.session() as session, pytest.raises(Exception, match="Photo: the file is not"):
        speakers.set_speaker_photo(session=session, speaker_id=sok.id, data=b"not an image")


def test_agenda_import_keeps_photos_as_every_photo_is_kept(
    event_file: EventFile, tmp_path: Path
) -> None:
    exported = _export(event_file, tmp_path / "agenda.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["speakers"][0]["photo"] = base64.b64encode(_png(60, 90)).decode("ascii")  # portrait
    (tmp_path / "portrait.json").write_text(json.dumps(data), encoding="utf-8")
    other = open_event(tmp_path / "other.sqlite3")
    with other.session() as session:
        agenda_io.import_agenda_json(session=session, path=tmp_path / "portrait.json")
    again = json.loads(_export(other, tmp_path / "again.json").read_text(encoding="utf-8"))
    photo = Image.open(io.BytesIO(base64.b64decode(again["speakers"][0]["photo"])))
    assert (photo.format, photo.size) == ("JPEG", (60, 60))


def test_a_speaker_lists_their_sessions_and_is_added_from_either_side(
    event_file: EventFile,
) -> None:
    with event_file.session() as session:
        rows = speakers.list_speakers(session=session)
        liu = next(row.id for row in rows if row.name == "Liu Xiaoyan")
        tan = next(row.id for row in rows if row.name == "Hui Min Tan")
        workshop = next(
            s.id for s in agenda.list_sessions(session=session) if s.title_en.startswith("Work")
        )
        agenda.add_speaker_to_session(
            session=session, session_id=workshop, speaker_id=liu, role=SpeakerRole.MODERATOR
        )
        agenda.add_speaker_to_session(session=session, session_id=workshop, speaker_id=tan)
        agenda.move_speaker_in_session(
            session=session, session_id=workshop, speaker_id=tan, position=0
        )
    with event_file.session() as session:
        mine = speakers.speaker_sessions(session=session, speaker_id=liu)
        order = agenda.session_speakers(session=session, session_id=workshop)
    assert [(row.title_en, row.role) for row in mine] == [
        ("Opening Ceremony", "chair"), ("Workshop: AI in Teaching", "moderator"),
    ]  # fmt: skip
    assert [(link.given_name, link.role) for link in order] == [
        ("Hui Min", SpeakerRole.PANELLIST), ("Xiaoyan", SpeakerRole.MODERATOR),
    ]  # fmt: skip
    with event_file.session() as session, pytest.raises(Exception, match="already in"):
        agenda.add_speaker_to_session(session=session, session_id=workshop, speaker_id=tan)
