"""The agenda JSON file as typed models: what `agenda import` accepts, checked by pydantic.

Every refused value becomes one sentence naming its JSON path, e.g.
`$.sessions[3].start_time: “25:00” is not a time like 09:30.` pydantic checks each value on
its own; `reference_problems` then checks what no single value shows (ids listed twice, a
session's room or speaker that the file does not have).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from delegations.domain.errors import InvalidInput
from delegations.domain.models import NameOrder, SessionKind, SpeakerRole
from delegations.domain.names import clean, fold
from delegations.domain.photos import square_photo

JSON_FORMAT = "delegations-agenda"
JSON_VERSION = 1
_CUSTOM = "agenda"  # the error type of our own sentences


def _refuse(message: str) -> PydanticCustomError:
    return PydanticCustomError(_CUSTOM, "{message}", {"message": message})


def describe(value: Any) -> str:
    """A JSON value as the user wrote it, short enough for a message."""
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


# Value types --------------------------------------------------------------------------------


def _not_empty(value: str) -> str:
    if not value:
        raise _refuse("must not be empty.")
    return value


def _country_code(value: str) -> str:
    if value and not re.fullmatch(r"[A-Z]{2}", value):
        raise _refuse(f"“{value}” is not a code like KH or VN.")
    return value


def _time_zone(value: str) -> str:
    value = value or "UTC"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _refuse(f"“{value}” is not a time zone name like Asia/Shanghai.") from None
    return value


def _parsed(pattern: str, parse: Callable[[str], Any], example: str) -> PlainValidator:
    """ISO text of exactly this form (no week dates, no offsets), else a sentence."""
    form = re.compile(pattern)

    def check(value: Any) -> Any:
        if isinstance(value, str) and form.fullmatch(value):
            try:
                return parse(value)
            except ValueError:
                pass
        raise _refuse(f"{describe(value)} is not a {example}.")

    return PlainValidator(check)


def _choice(kind: type[StrEnum]) -> PlainValidator:
    members = {member.value: member for member in kind}
    listed = ", ".join(f"“{value}”" for value in members)

    def check(value: Any) -> StrEnum:
        if isinstance(value, str) and value in members:
            return members[value]
        raise _refuse(f"{describe(value)} is not one of: {listed}.")

    return PlainValidator(check)


def _photo(value: Any) -> bytes | None:
    """Base64 image data, cropped to a square as every stored photo is."""
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        image = base64.b64decode(value, validate=True)  # binascii.Error is a ValueError
        return square_photo(image) if image else None
    except (ValueError, InvalidInput):
        raise _refuse("is not an image in base64; use null for no photo.") from None


Text = Annotated[str, Strict(), AfterValidator(clean)]
RequiredText = Annotated[Text, AfterValidator(_not_empty)]
Whole = Annotated[int, Strict(), Field(ge=-(2**63), le=2**63 - 1)]  # what SQLite stores
Id = Annotated[Whole, Field(ge=1)]
Date = Annotated[
    dt.date, _parsed(r"\d{4}-\d{2}-\d{2}", dt.date.fromisoformat, "date like 2025-07-25")
]
Time = Annotated[
    dt.time, _parsed(r"\d{2}:\d{2}(:\d{2})?", dt.time.fromisoformat, "time like 09:30")
]
Photo = Annotated[bytes | None, PlainValidator(_photo)]


# The file -----------------------------------------------------------------------------------


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventSettings(_Record):
    name: RequiredText = Field("", validate_default=True)
    name_zh: Text = ""
    start_date: Date
    end_date: Date
    venue: Text = ""
    city: Text = ""
    time_zone: Annotated[Text, AfterValidator(_time_zone)] = Field("", validate_default=True)
    languages: Text = ""

    @field_validator("end_date")
    @classmethod
    def _not_before_start(cls, end: dt.date, info: ValidationInfo) -> dt.date:
        start = info.data.get("start_date")
        if start and end < start:
            raise _refuse("is before the start date.")
        return end


class RoomEntry(_Record):
    id: Id
    name: RequiredText
    capacity: Annotated[Whole, Field(ge=1)] | None = None
    floor: Text = ""
    sort_order: Whole = 0


class DelegateRef(_Record):
    """How a speaker's delegate is found again in the event that imports the file."""

    email: Text = ""
    given_name: Text = ""
    family_name: Text = ""


class SpeakerEntry(_Record):
    id: Id
    honorific: Text = ""
    given_name: Text = ""
    family_name: Text = ""
    native_name: Text = ""
    name_order: Annotated[NameOrder, _choice(NameOrder)] = NameOrder.GIVEN_FIRST
    position: Text = ""
    organisation: Text = ""
    country: Annotated[Text, AfterValidator(_country_code)] = ""
    bio: Text = ""
    photo: Photo = None
    delegate: DelegateRef | None = None

    @model_validator(mode="after")
    def _has_a_name(self) -> SpeakerEntry:
        if not (self.given_name or self.family_name or self.native_name):
            raise _refuse("a speaker needs a given, family or native-script name.")
        return self


class SessionSpeakerEntry(_Record):
    speaker_id: Whole
    role: Annotated[SpeakerRole, _choice(SpeakerRole)] = SpeakerRole.PANELLIST


class SessionEntry(_Record):
    id: Id
    day: Date
    start_time: Time
    end_time: Time
    room_id: Whole | None = None
    kind: Annotated[SessionKind, _choice(SessionKind)] = SessionKind.SEMINAR
    title_en: RequiredText
    title_zh: Text = ""
    description: Text = ""
    chair_id: Whole | None = None
    interpretation: Text = ""
    expected_attendance: Annotated[Whole, Field(ge=0)] | None = None
    speakers: list[SessionSpeakerEntry] = []

    @field_validator("end_time")
    @classmethod
    def _after_start(cls, end: dt.time, info: ValidationInfo) -> dt.time:
        start = info.data.get("start_time")
        if start and end <= start:
            raise _refuse(f"the session must end after it starts ({start:%H:%M}).")
        return end


def _format_tag(value: Any) -> str:
    if value != JSON_FORMAT:
        raise _refuse(f"expected “{JSON_FORMAT}”: this is not a Delegations agenda file.")
    return value


def _version(value: Any) -> int:
    if isinstance(value, bool) or value != JSON_VERSION:
        raise _refuse(
            f"{describe(value)}: this version of Delegations reads version {JSON_VERSION}; "
            "update Delegations to read newer files."
        )
    return value


class FileHeader(BaseModel):
    """What says the file is an agenda this version reads; checked before anything else."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    format: Annotated[str, PlainValidator(_format_tag)] = Field(None, validate_default=True)
    version: Annotated[int, PlainValidator(_version)] = Field(None, validate_default=True)


class AgendaFile(FileHeader):
    """A whole agenda file, every value checked: ready to replace an event's agenda."""

    model_config = ConfigDict(extra="forbid")

    event: EventSettings
    rooms: list[RoomEntry]
    speakers: list[SpeakerEntry]
    sessions: list[SessionEntry]


# Problems as sentences ----------------------------------------------------------------------


def _found(error: ErrorDetails) -> str:
    return describe(error["input"])


_SENTENCES: dict[str, Callable[[ErrorDetails], str]] = {
    "missing": lambda error: "is missing.",
    "extra_forbidden": lambda error: "is not a field of this format; remove it.",
    "model_type": lambda error: f"expected an object {{…}}, found {_found(error)}.",
    "model_attributes_type": lambda error: f"expected an object {{…}}, found {_found(error)}.",
    "list_type": lambda error: f"expected a list […], found {_found(error)}.",
    "string_type": lambda error: f"expected text, found {_found(error)}.",
    "int_type": lambda error: f"expected a whole number, found {_found(error)}.",
    "greater_than_equal": lambda error: (
        f"must be {error.get('ctx', {}).get('ge')} or more, not {_found(error)}."
    ),
    "less_than_equal": lambda error: (
        f"must be {error.get('ctx', {}).get('le')} or less, not {_found(error)}."
    ),
}


def json_path(location: Sequence[int | str]) -> str:
    """`("sessions", 3, "day")` as `$.sessions[3].day`."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)


def _sentence(error: ErrorDetails) -> str:
    explain = _SENTENCES.get(error["type"])
    message = explain(error) if explain else error["msg"]
    return f"{json_path(error['loc'])}: {message}"


def _listed_twice(ids: Iterable[int], path: str, noun: str) -> list[str]:
    seen: set[int] = set()
    problems = []
    for index, id_ in enumerate(ids):
        if id_ in seen:
            problems.append(f"$.{path}[{index}].id: {noun} {id_} is listed twice.")
        seen.add(id_)
    return problems


def _room_names_twice(rooms: Sequence[RoomEntry]) -> list[str]:
    seen: set[str] = set()
    problems = []
    for index, room in enumerate(rooms):
        if fold(room.name) in seen:
            problems.append(f"$.rooms[{index}].name: there is already a room called “{room.name}”.")
        seen.add(fold(room.name))
    return problems


def _session_references(
    index: int, entry: SessionEntry, room_ids: set[int], speaker_ids: set[int]
) -> list[str]:
    path = f"$.sessions[{index}]"
    problems = []
    if entry.room_id is not None and entry.room_id not in room_ids:
        problems.append(f"{path}.room_id: there is no room {entry.room_id} in $.rooms.")
    if entry.chair_id is not None and entry.chair_id not in speaker_ids:
        problems.append(f"{path}.chair_id: there is no speaker {entry.chair_id} in $.speakers.")
    seen: set[int] = set()
    for position, link in enumerate(entry.speakers):
        where = f"{path}.speakers[{position}].speaker_id"
        if link.speaker_id not in speaker_ids:
            problems.append(f"{where}: there is no speaker {link.speaker_id} in $.speakers.")
        elif link.speaker_id in seen:
            problems.append(f"{where}: speaker {link.speaker_id} is listed twice in this session.")
        seen.add(link.speaker_id)
    return problems


def reference_problems(agenda: AgendaFile) -> list[str]:
    """Ids listed twice and references to rooms or speakers the file does not have."""
    room_ids = {room.id for room in agenda.rooms}
    speaker_ids = {speaker.id for speaker in agenda.speakers}
    problems = _listed_twice((room.id for room in agenda.rooms), "rooms", "room")
    problems += _room_names_twice(agenda.rooms)
    problems += _listed_twice((s.id for s in agenda.speakers), "speakers", "speaker")
    problems += _listed_twice((s.id for s in agenda.sessions), "sessions", "session")
    for index, entry in enumerate(agenda.sessions):
        problems += _session_references(index, entry, room_ids, speaker_ids)
    return problems


def parse_agenda_data(data: Any) -> tuple[AgendaFile | None, list[str]]:
    """Check parsed JSON data: the agenda, or None and the problems found, one sentence each."""
    try:
        FileHeader.model_validate(data)
        agenda = AgendaFile.model_validate(data)
    except ValidationError as error:
        return None, [_sentence(details) for details in error.errors()]
    problems = reference_problems(agenda)
    return (None if problems else agenda), problems
