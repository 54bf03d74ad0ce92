"""The agenda out to calendars and schedule apps, and the whole agenda to and from JSON.

- `.ics`: one VEVENT per session in the event's time zone (TZID + VTIMEZONE), the room as
  LOCATION, the speakers in DESCRIPTION, a UID that stays the same from one export to the next.
- `.xml`: the frab / pretalx `schedule.xml` that conference schedule apps read
  (`<schedule>` → `<day>` → `<room>` → `<event>`, as the C3VOC schedule.xml.xsd describes it).
- `.json`: the whole agenda (event settings, rooms, speakers with photos, sessions with their
  speakers); `import_agenda_json` reads it back, all or nothing, naming the JSON path of any
  value it refuses.

Files are written to a temporary file beside the destination and renamed into place.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, delete, select

from delegations import __version__ as APP_VERSION
from delegations.domain.errors import InvalidInput, UserError
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Event,
    NameOrder,
    Room,
    SessionKind,
    SessionSpeaker,
    Speaker,
    SpeakerRole,
)
from delegations.domain.names import clean, fold, full_name
from delegations.domain.photos import square_photo
from delegations.files import write_atomically

AGENDA_SUFFIXES = (".ics", ".xml", ".json")
JSON_FORMAT = "delegations-agenda"
JSON_VERSION = 1
NO_ROOM = "Other locations"  # the frab room of sessions without a room (site visits, breaks)
MAX_REPORTED_ERRORS = 20

EVENT_FIELDS = (
    "name", "name_zh", "start_date", "end_date", "venue", "city", "time_zone", "languages",
)  # fmt: skip
ROOM_FIELDS = ("id", "name", "capacity", "floor", "sort_order")
SPEAKER_FIELDS = (
    "id", "honorific", "given_name", "family_name", "native_name", "name_order", "position",
    "organisation", "country", "bio", "photo", "delegate",
)  # fmt: skip
DELEGATE_REF_FIELDS = ("email", "given_name", "family_name")
SESSION_FIELDS = (
    "id", "day", "start_time", "end_time", "room_id", "kind", "title_en", "title_zh",
    "description", "chair_id", "interpretation", "expected_attendance", "speakers",
)  # fmt: skip


class AgendaFileError(UserError):
    """An agenda file cannot be written or read; nothing was changed."""


class AgendaImportRefused(UserError):
    """The JSON file has bad values; `problems` lists each as `path: what is wrong`."""

    def __init__(self, path: Path, problems: Sequence[str], total: int) -> None:
        more = f"\n  … and {total - len(problems)} more" if total > len(problems) else ""
        super().__init__(
            f"{path} was not imported; nothing was changed. Correct these values:\n  "
            + "\n  ".join(problems)
            + more
        )
        self.problems = list(problems)
        self.total = total


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sessions: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    rooms: int
    speakers: int
    sessions: int
    replaced_sessions: int  # sessions the agenda had before the import
    unlinked: tuple[str, ...] = field(default=())  # speakers whose delegate is not in this event


# Writing files ----------------------------------------------------------------------------


def check_agenda_export_path(path: Path) -> None:
    if Path(path).suffix.lower() not in AGENDA_SUFFIXES:
        raise AgendaFileError(
            f"{path}: give a file name ending in .ics (calendar), .xml (frab schedule) or "
            ".json (the whole agenda)."
        )


def _write_file(path: Path, data: bytes) -> Path:
    """Replace the file at `path` by `data` (the one atomic writer)."""
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise AgendaFileError(f"{path} is a folder; give a file name.")
    try:
        return write_atomically(path, data, make_folder=False)
    except OSError as error:
        raise AgendaFileError(f"Cannot write {path}: {error.strerror or error}.") from error


def export_agenda(*, session: Session, path: Path) -> ExportResult:
    """Write the agenda to `path` as .ics, .xml or .json, by its suffix."""
    check_agenda_export_path(path)
    suffix = Path(path).suffix.lower()
    build: Callable[..., bytes] = {
        ".ics": build_ics, ".xml": build_frab_xml, ".json": build_json,
    }[suffix]  # fmt: skip
    data = build(session=session)
    count = len(session.exec(select(AgendaSession.id)).all())
    return ExportResult(_write_file(path, data), count)


# Reading the agenda once -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Agenda:
    event: Event
    rooms: dict[int, Room]
    speakers: dict[int, Speaker]
    sessions: list[AgendaSession]  # by day, start, room order, id
    links: dict[int, list[SessionSpeaker]]  # session id -> speakers in order

    @property
    def zone(self) -> ZoneInfo:
        return _zone(self.event.time_zone)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise AgendaFileError(
            f"The event's time zone “{name}” is not known; set one like Asia/Shanghai."
        ) from error


def _read_agenda(session: Session) -> _Agenda:
    event = session.exec(select(Event)).one()
    rooms = {room.id: room for room in session.exec(select(Room))}
    speakers = {speaker.id: speaker for speaker in session.exec(select(Speaker))}
    links: dict[int, list[SessionSpeaker]] = {}
    for link in session.exec(
        select(SessionSpeaker).order_by(SessionSpeaker.session_id, SessionSpeaker.position)
    ):
        links.setdefault(link.session_id, []).append(link)
    room_order = {room.id: (room.sort_order, room.name) for room in rooms.values()}
    sessions = sorted(
        session.exec(select(AgendaSession)),
        key=lambda s: (s.day, s.start_time, room_order.get(s.room_id, (1 << 30, "")), s.id),
    )
    return _Agenda(event, rooms, speakers, sessions, links)


def _person_name(speaker: Speaker) -> str:
    return (
        full_name(
            speaker.given_name, speaker.family_name, speaker.name_order or NameOrder.GIVEN_FIRST
        )
        or speaker.native_name
    )


def _zoned(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=zone)


def session_uid(event: Event, session_id: int) -> uuid.UUID:
    """A UUID for a session that is the same in every export from this event file.

    Derived from the event's secret through HMAC, so it reveals nothing about the secret.
    """
    key = hmac.new(event.signing_secret.encode(), b"agenda session uid", hashlib.sha256)
    namespace = uuid.UUID(bytes=key.digest()[:16])
    return uuid.uuid5(namespace, f"session/{session_id}")


def _kind_label(kind: SessionKind | str) -> str:
    text = str(kind)
    return text[:1].upper() + text[1:]


def _speaker_lines(agenda: _Agenda, agenda_session: AgendaSession) -> list[str]:
    lines = []
    chair = agenda.speakers.get(agenda_session.chair_id) if agenda_session.chair_id else None
    if chair is not None:
        lines.append(f"Chair: {_person_name(chair)}")
    speakers = [
        f"{_person_name(agenda.speakers[link.speaker_id])} ({link.role})"
        for link in agenda.links.get(agenda_session.id, ())
    ]
    if speakers:
        lines.append("Speakers: " + ", ".join(speakers))
    return lines


# .ics ------------------------------------------------------------------------------------


def build_ics(*, session: Session) -> bytes:
    import icalendar

    agenda = _read_agenda(session)
    zone, event = agenda.zone, agenda.event
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Delegations//Delegations {APP_VERSION}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", event.name)
    calendar.add("x-wr-timezone", zone.key)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    days = [s.day for s in agenda.sessions] + [event.start_date, event.end_date]
    for agenda_session in agenda.sessions:
        item = icalendar.Event()
        item.add("uid", f"{session_uid(event, agenda_session.id)}@delegations")
        item.add("dtstamp", stamp)
        item.add("dtstart", _zoned(agenda_session.day, agenda_session.start_time, zone))
        item.add("dtend", _zoned(agenda_session.day, agenda_session.end_time, zone))
        item.add("summary", agenda_session.title_en)
        room = agenda.rooms.get(agenda_session.room_id) if agenda_session.room_id else None
        if room is not None:
            item.add("location", room.name)
        item.add("categories", [_kind_label(agenda_session.kind)])
        lines = [agenda_session.title_zh] if agenda_session.title_zh else []
        lines += _speaker_lines(agenda, agenda_session)
        if agenda_session.interpretation:
            lines.append(f"Interpretation: {agenda_session.interpretation.replace(',', ', ')}")
        if agenda_session.description:
            lines += ["", agenda_session.description]
        if lines:
            item.add("description", "\n".join(lines))
        calendar.add_component(item)
    calendar.add_missing_timezones(
        first_date=min(days) - dt.timedelta(days=1), last_date=max(days) + dt.timedelta(days=2)
    )
    return calendar.to_ical()


# .xml (frab schedule) --------------------------------------------------------------------


def _slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def _acronym(name: str) -> str:
    words = _slug(name, 200).split("-")
    if len(words) <= 2:
        return "-".join(words) or "event"
    return "".join(word if word.isdigit() else word[0] for word in words if word)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def build_frab_xml(*, session: Session) -> bytes:
    """The agenda as a frab / pretalx `schedule.xml`."""
    from delegations.services.programme import latest_version_number

    agenda = _read_agenda(session)
    zone, event = agenda.zone, agenda.event
    version = latest_version_number(session=session)
    acronym = _acronym(event.name)
    event_days = [
        event.start_date + dt.timedelta(days=n)
        for n in range((event.end_date - event.start_date).days + 1)
    ]
    days = sorted(set(event_days) | {s.day for s in agenda.sessions})

    root = ET.Element("schedule")
    _sub(root, "generator", name="delegations", version=APP_VERSION)
    _sub(root, "version", f"Programme version {version}" if version else "Draft")
    conference = _sub(root, "conference")
    _sub(conference, "acronym", acronym)
    _sub(conference, "title", event.name)
    _sub(conference, "start", days[0].isoformat())
    _sub(conference, "end", days[-1].isoformat())
    _sub(conference, "days", str(len(days)))
    _sub(conference, "timeslot_duration", "00:05")
    _sub(conference, "time_zone_name", zone.key)

    ordered_rooms = sorted(agenda.rooms.values(), key=lambda r: (r.sort_order, r.name))
    by_day_room: dict[tuple[dt.date, int | None], list[AgendaSession]] = {}
    for agenda_session in agenda.sessions:
        room_id = agenda_session.room_id if agenda_session.room_id in agenda.rooms else None
        by_day_room.setdefault((agenda_session.day, room_id), []).append(agenda_session)
    languages = [tag for tag in event.languages.split(",") if tag]

    for index, day in enumerate(days, start=1):
        day_element = _sub(
            root, "day", index=str(index), date=day.isoformat(),
            start=_zoned(day, dt.time(0), zone).isoformat(),
            end=_zoned(day, dt.time(23, 59, 59), zone).isoformat(),
        )  # fmt: skip
        room_keys: list[tuple[int | None, str]] = [(room.id, room.name) for room in ordered_rooms]
        if (day, None) in by_day_room:
            room_keys.append((None, NO_ROOM))
        for room_id, room_name in room_keys:
            room_element = _sub(day_element, "room", name=room_name)
            for agenda_session in by_day_room.get((day, room_id), ()):
                _frab_event(room_element, agenda, agenda_session, room_name, acronym, languages)

    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _frab_event(
    parent: ET.Element,
    agenda: _Agenda,
    agenda_session: AgendaSession,
    room_name: str,
    acronym: str,
    languages: list[str],
) -> None:
    start = _zoned(agenda_session.day, agenda_session.start_time, agenda.zone)
    end = _zoned(agenda_session.day, agenda_session.end_time, agenda.zone)
    minutes = int((end - start).total_seconds() // 60)
    element = _sub(
        parent, "event", guid=str(session_uid(agenda.event, agenda_session.id)),
        id=str(agenda_session.id),
    )  # fmt: skip
    _sub(element, "date", start.isoformat())
    _sub(element, "start", f"{agenda_session.start_time:%H:%M}")
    _sub(element, "duration", _hhmm(minutes))
    _sub(element, "room", room_name)
    _sub(element, "slug", f"{acronym}-{agenda_session.id}-{_slug(agenda_session.title_en)}")
    _sub(element, "title", agenda_session.title_en)
    _sub(element, "subtitle", agenda_session.title_zh)
    _sub(element, "track", _kind_label(agenda_session.kind))
    _sub(element, "type", str(agenda_session.kind))
    spoken = [tag for tag in agenda_session.interpretation.split(",") if tag] or languages
    _sub(element, "language", spoken[0] if spoken else "")
    _sub(element, "abstract", agenda_session.description)
    details = _speaker_lines(agenda, agenda_session)
    if agenda_session.interpretation:
        details.append(f"Interpretation: {agenda_session.interpretation.replace(',', ', ')}")
    _sub(element, "description", "\n".join([agenda_session.description, *details]).strip())
    persons = _sub(element, "persons")
    people: list[int] = []
    if agenda_session.chair_id in agenda.speakers:
        people.append(agenda_session.chair_id)
    for link in agenda.links.get(agenda_session.id, ()):
        if link.speaker_id not in people:
            people.append(link.speaker_id)
    for speaker_id in people:
        _sub(persons, "person", _person_name(agenda.speakers[speaker_id]), id=str(speaker_id))
    _sub(element, "links")
    _sub(element, "attachments")


# .json -------------------------------------------------------------------------------------


def _time_text(value: dt.time) -> str:
    return value.strftime("%H:%M") if not (value.second or value.microsecond) else value.isoformat()


def agenda_to_json(*, session: Session) -> dict[str, Any]:
    """The whole agenda as JSON data; `import_agenda_json` reads it back."""
    agenda = _read_agenda(session)
    event = agenda.event
    delegates = {
        delegate.id: delegate
        for delegate in session.exec(
            select(Delegate).where(
                col(Delegate.id).in_(
                    [s.delegate_id for s in agenda.speakers.values() if s.delegate_id]
                )
            )
        )
    }

    def delegate_ref(delegate_id: int | None) -> dict[str, str] | None:
        delegate = delegates.get(delegate_id) if delegate_id else None
        if delegate is None:
            return None
        return {
            "email": delegate.email,
            "given_name": delegate.given_name,
            "family_name": delegate.family_name,
        }

    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "event": {
            "name": event.name,
            "name_zh": event.name_zh,
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "venue": event.venue,
            "city": event.city,
            "time_zone": event.time_zone,
            "languages": event.languages,
        },
        "rooms": [
            {
                "id": room.id,
                "name": room.name,
                "capacity": room.capacity,
                "floor": room.floor,
                "sort_order": room.sort_order,
            }
            for room in sorted(agenda.rooms.values(), key=lambda r: r.id)
        ],
        "speakers": [
            {
                "id": speaker.id,
                "honorific": speaker.honorific,
                "given_name": speaker.given_name,
                "family_name": speaker.family_name,
                "native_name": speaker.native_name,
                "name_order": str(speaker.name_order),
                "position": speaker.position,
                "organisation": speaker.organisation,
                "country": speaker.country,
                "bio": speaker.bio,
                "photo": base64.b64encode(speaker.photo).decode("ascii") if speaker.photo else None,
                "delegate": delegate_ref(speaker.delegate_id),
            }
            for speaker in sorted(agenda.speakers.values(), key=lambda s: s.id)
        ],
        "sessions": [
            {
                "id": s.id,
                "day": s.day.isoformat(),
                "start_time": _time_text(s.start_time),
                "end_time": _time_text(s.end_time),
                "room_id": s.room_id,
                "kind": str(s.kind),
                "title_en": s.title_en,
                "title_zh": s.title_zh,
                "description": s.description,
                "chair_id": s.chair_id,
                "interpretation": s.interpretation,
                "expected_attendance": s.expected_attendance,
                "speakers": [
                    {"speaker_id": link.speaker_id, "role": str(link.role)}
                    for link in agenda.links.get(s.id, ())
                ],
            }
            for s in sorted(agenda.sessions, key=lambda s: s.id)
        ],
    }


def build_json(*, session: Session) -> bytes:
    data = agenda_to_json(session=session)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Reading JSON back -----------------------------------------------------------------------


class _Checker:
    """Reads values out of parsed JSON, noting each bad one with its JSON path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def record(
        self, value: Any, path: str, fields: Sequence[str], required: Sequence[str]
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.bad(path, f"expected an object {{…}}, found {_describe(value)}.")
            return None
        for key in value:
            if key not in fields:
                self.bad(f"{path}.{key}", "is not a field of this format; remove it.")
        for key in required:
            if key not in value:
                self.bad(f"{path}.{key}", "is missing.")
        return value

    def items(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            self.bad(path, f"expected a list […], found {_describe(value)}.")
            return []
        return value

    def text(
        self, record: Mapping[str, Any], key: str, path: str, *, required: bool = False
    ) -> str:
        value = record.get(key, "")
        if not isinstance(value, str):
            self.bad(f"{path}.{key}", f"expected text, found {_describe(value)}.")
            return ""
        value = clean(value)
        if required and not value:
            self.bad(f"{path}.{key}", "must not be empty.")
        return value

    def integer(
        self, record: Mapping[str, Any], key: str, path: str, *, minimum: int | None = None,
        nullable: bool = False, default: int | None = None,
    ) -> int | None:  # fmt: skip
        value = record.get(key, default)
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(f"{path}.{key}", f"expected a whole number, found {_describe(value)}.")
            return None
        if minimum is not None and value < minimum:
            self.bad(f"{path}.{key}", f"must be {minimum} or more, not {value}.")
            return None
        return value

    def date(self, record: Mapping[str, Any], key: str, path: str) -> dt.date | None:
        value = record.get(key)
        try:
            if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            self.bad(f"{path}.{key}", f"{_describe(value)} is not a date like 2025-07-25.")
            return None

    def time(self, record: Mapping[str, Any], key: str, path: str) -> dt.time | None:
        value = record.get(key)
        try:
            if not isinstance(value, str) or not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value):
                raise ValueError
            return dt.time.fromisoformat(value)
        except ValueError:
            self.bad(f"{path}.{key}", f"{_describe(value)} is not a time like 09:30.")
            return None

    def choice(
        self, record: Mapping[str, Any], key: str, path: str, choices: Sequence[str], default: str
    ) -> str:
        value = record.get(key, default)
        if value not in choices:
            self.bad(
                f"{path}.{key}",
                f"{_describe(value)} is not one of: " + ", ".join(f"“{c}”" for c in choices) + ".",
            )
            return default
        return value


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"“{value[:40]}”" + ("…" if len(value) > 40 else "")
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return str(value)


@dataclass(slots=True)
class ParsedAgenda:
    """A checked agenda file: plain field values, ready to write."""

    event: dict[str, Any]
    rooms: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    delegate_refs: dict[int, dict[str, str]]  # speaker id -> reference to a delegate
    sessions: list[dict[str, Any]]
    links: list[dict[str, Any]]


def parse_agenda_data(data: Any) -> tuple[ParsedAgenda, list[str]]:
    """Check parsed JSON data; returns the agenda and the problems found (empty = good)."""
    check = _Checker()
    top = check.record(
        data, "$", ("format", "version", "event", "rooms", "speakers", "sessions"),
        ("format", "version", "event", "rooms", "speakers", "sessions"),
    )  # fmt: skip
    parsed = ParsedAgenda({}, [], [], {}, [], [])
    if top is None:
        return parsed, check.problems
    if top.get("format") != JSON_FORMAT:
        check.bad("$.format", f"expected “{JSON_FORMAT}”: this is not a Delegations agenda file.")
        return parsed, check.problems
    if top.get("version") != JSON_VERSION:
        check.bad(
            "$.version",
            f"{_describe(top.get('version'))}: this version of Delegations reads version "
            f"{JSON_VERSION}; update Delegations to read newer files.",
        )
        return parsed, check.problems

    # Event settings
    event = check.record(top.get("event"), "$.event", EVENT_FIELDS, ("start_date", "end_date"))
    if event is not None:
        values: dict[str, Any] = {
            key: check.text(event, key, "$.event", required=key == "name")
            for key in ("name", "name_zh", "venue", "city", "languages")
        }
        values["start_date"] = check.date(event, "start_date", "$.event")
        values["end_date"] = check.date(event, "end_date", "$.event")
        if (
            values["start_date"]
            and values["end_date"]
            and values["end_date"] < values["start_date"]
        ):
            check.bad("$.event.end_date", "is before the start date.")
        values["time_zone"] = check.text(event, "time_zone", "$.event") or "UTC"
        try:
            ZoneInfo(values["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            check.bad(
                "$.event.time_zone",
                f"“{values['time_zone']}” is not a time zone name like Asia/Shanghai.",
            )
        parsed.event = values

    # Rooms
    room_ids: set[int] = set()
    room_names: set[str] = set()
    for index, item in enumerate(check.items(top.get("rooms"), "$.rooms")):
        path = f"$.rooms[{index}]"
        room = check.record(item, path, ROOM_FIELDS, ("id", "name"))
        if room is None:
            continue
        room_id = check.integer(room, "id", path, minimum=1)
        if room_id is not None:
            if room_id in room_ids:
                check.bad(f"{path}.id", f"room {room_id} is listed twice.")
            room_ids.add(room_id)
        name = check.text(room, "name", path, required=True)
        if name and fold(name) in room_names:
            check.bad(f"{path}.name", f"there is already a room called “{name}”.")
        room_names.add(fold(name))
        parsed.rooms.append({
            "id": room_id, "name": name,
            "capacity": check.integer(room, "capacity", path, minimum=1, nullable=True),
            "floor": check.text(room, "floor", path),
            "sort_order": check.integer(room, "sort_order", path, default=0),
        })  # fmt: skip

    # Speakers
    speaker_ids: set[int] = set()
    for index, item in enumerate(check.items(top.get("speakers"), "$.speakers")):
        path = f"$.speakers[{index}]"
        speaker = check.record(item, path, SPEAKER_FIELDS, ("id",))
        if speaker is None:
            continue
        speaker_id = check.integer(speaker, "id", path, minimum=1)
        if speaker_id is not None:
            if speaker_id in speaker_ids:
                check.bad(f"{path}.id", f"speaker {speaker_id} is listed twice.")
            speaker_ids.add(speaker_id)
        values = {
            key: check.text(speaker, key, path)
            for key in ("honorific", "given_name", "family_name", "native_name", "position",
                        "organisation", "country", "bio")
        }  # fmt: skip
        if not (values["given_name"] or values["family_name"] or values["native_name"]):
            check.bad(path, "a speaker needs a given, family or native-script name.")
        if values["country"] and not re.fullmatch(r"[A-Z]{2}", values["country"]):
            check.bad(f"{path}.country", f"“{values['country']}” is not a code like KH or VN.")
        values["name_order"] = NameOrder(
            check.choice(speaker, "name_order", path, [o.value for o in NameOrder], "given_first")
        )
        values["photo"] = None
        photo = speaker.get("photo")
        if photo is not None:
            try:
                if not isinstance(photo, str):
                    raise ValueError
                image = base64.b64decode(photo, validate=True)
                values["photo"] = square_photo(image) if image else None  # as every photo
            except (ValueError, binascii.Error, InvalidInput):
                check.bad(f"{path}.photo", "is not an image in base64; use null for no photo.")
        values["id"] = speaker_id
        parsed.speakers.append(values)
        reference = speaker.get("delegate")
        if reference is not None:
            ref = check.record(reference, f"{path}.delegate", DELEGATE_REF_FIELDS, ())
            if ref is not None and speaker_id is not None:
                parsed.delegate_refs[speaker_id] = {
                    key: check.text(ref, key, f"{path}.delegate") for key in DELEGATE_REF_FIELDS
                }

    # Sessions
    session_ids: set[int] = set()
    kinds = [kind.value for kind in SessionKind]
    roles = [role.value for role in SpeakerRole]
    for index, item in enumerate(check.items(top.get("sessions"), "$.sessions")):
        path = f"$.sessions[{index}]"
        record = check.record(
            item, path, SESSION_FIELDS, ("id", "day", "start_time", "end_time", "title_en")
        )
        if record is None:
            continue
        session_id = check.integer(record, "id", path, minimum=1)
        if session_id is not None:
            if session_id in session_ids:
                check.bad(f"{path}.id", f"session {session_id} is listed twice.")
            session_ids.add(session_id)
        start = check.time(record, "start_time", path)
        end = check.time(record, "end_time", path)
        if start and end and end <= start:
            check.bad(f"{path}.end_time", f"the session must end after it starts ({start:%H:%M}).")
        room_id = check.integer(record, "room_id", path, nullable=True)
        if room_id is not None and room_id not in room_ids:
            check.bad(f"{path}.room_id", f"there is no room {room_id} in $.rooms.")
        chair_id = check.integer(record, "chair_id", path, nullable=True)
        if chair_id is not None and chair_id not in speaker_ids:
            check.bad(f"{path}.chair_id", f"there is no speaker {chair_id} in $.speakers.")
        parsed.sessions.append({
            "id": session_id, "day": check.date(record, "day", path), "start_time": start,
            "end_time": end, "room_id": room_id,
            "kind": SessionKind(check.choice(record, "kind", path, kinds, SessionKind.SEMINAR)),
            "title_en": check.text(record, "title_en", path, required=True),
            "title_zh": check.text(record, "title_zh", path),
            "description": check.text(record, "description", path),
            "chair_id": chair_id,
            "interpretation": check.text(record, "interpretation", path),
            "expected_attendance": check.integer(
                record, "expected_attendance", path, minimum=0, nullable=True
            ),
        })  # fmt: skip
        seen: set[int] = set()
        for position, entry in enumerate(
            check.items(record.get("speakers", []), f"{path}.speakers")
        ):
            entry_path = f"{path}.speakers[{position}]"
            link = check.record(entry, entry_path, ("speaker_id", "role"), ("speaker_id",))
            if link is None:
                continue
            speaker_id = check.integer(link, "speaker_id", entry_path)
            if speaker_id is not None and speaker_id not in speaker_ids:
                check.bad(
                    f"{entry_path}.speaker_id", f"there is no speaker {speaker_id} in $.speakers."
                )
            elif speaker_id is not None and speaker_id in seen:
                check.bad(
                    f"{entry_path}.speaker_id",
                    f"speaker {speaker_id} is listed twice in this session.",
                )
            if speaker_id is not None:
                seen.add(speaker_id)
            parsed.links.append({
                "session_id": session_id, "speaker_id": speaker_id, "position": position,
                "role": SpeakerRole(check.choice(link, "role", entry_path, roles, "panellist")),
            })  # fmt: skip
    return parsed, check.problems


def read_agenda_file(path: Path) -> ParsedAgenda:
    """Read and check an agenda JSON file.

    Raises:
        AgendaFileError: the file cannot be read or is not JSON.
        AgendaImportRefused: values are wrong; each is named by its JSON path.
    """
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise AgendaFileError(f"{path}: only an agenda exported as .json can be imported.")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AgendaFileError(f"{path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AgendaFileError(f"Cannot read {path}: {error}.") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AgendaFileError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from error
    parsed, problems = parse_agenda_data(data)
    if problems:
        raise AgendaImportRefused(path, problems[:MAX_REPORTED_ERRORS], len(problems))
    return parsed


def _find_delegate(
    ref: Mapping[str, str],
    by_email: Mapping[str, int],
    by_name: Mapping[tuple[str, str], list[int]],
) -> int | None:
    if ref.get("email") and ref["email"].casefold() in by_email:
        return by_email[ref["email"].casefold()]
    matches = by_name.get((fold(ref.get("given_name", "")), fold(ref.get("family_name", ""))), [])
    return matches[0] if len(matches) == 1 else None


def import_agenda(*, session: Session, parsed: ParsedAgenda) -> ImportReport:
    """Replace the event's agenda (rooms, speakers, sessions) and its agenda settings.

    Ids are kept, so programme versions published before still match their sessions. A
    speaker's link to a delegate is found again by e-mail, else by name; when this event has
    no such delegate the speaker is imported without the link (listed in the report).
    """
    replaced = len(session.exec(select(AgendaSession.id)).all())
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], list[int]] = {}
    for id_, email, given, family in session.exec(
        select(Delegate.id, Delegate.email, Delegate.given_name, Delegate.family_name)
    ):
        if email:
            by_email.setdefault(email.casefold(), id_)
        by_name.setdefault((fold(given), fold(family)), []).append(id_)

    session.exec(delete(SessionSpeaker))
    session.exec(delete(AgendaSession))
    session.exec(delete(Speaker))
    session.exec(delete(Room))
    event = session.exec(select(Event)).one()
    for key, value in parsed.event.items():
        setattr(event, key, value)

    unlinked: list[str] = []
    session.add_all(Room(**room) for room in parsed.rooms)
    for values in parsed.speakers:
        delegate_id = None
        ref = parsed.delegate_refs.get(values["id"])
        if ref is not None:
            delegate_id = _find_delegate(ref, by_email, by_name)
            if delegate_id is None:
                unlinked.append(
                    full_name(values["given_name"], values["family_name"], values["name_order"])
                    or values["native_name"]
                )
        session.add(Speaker(**values, delegate_id=delegate_id))
    session.flush()
    session.add_all(AgendaSession(**values) for values in parsed.sessions)
    session.flush()
    session.add_all(SessionSpeaker(**values) for values in parsed.links)
    session.flush()
    return ImportReport(
        rooms=len(parsed.rooms),
        speakers=len(parsed.speakers),
        sessions=len(parsed.sessions),
        replaced_sessions=replaced,
        unlinked=tuple(unlinked),
    )


def import_agenda_json(*, session: Session, path: Path) -> ImportReport:
    """Read an agenda JSON file and replace the event's agenda with it (all or nothing)."""
    return import_agenda(session=session, parsed=read_agenda_file(path))
