"""Plain read models of the programme for the booklet, the errata sheet and the door sheets.

The services build them from the event file; `printing` only reads them. Names are already in
the person's own order; `native` is the name in its own script (may be empty).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A speaker as named in the programme; `id` links programme, biography and index."""

    id: int
    name: str  # Latin name in the person's own order, without honorific
    native: str = ""
    honorific: str = ""

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.name.casefold(), self.native)


@dataclass(frozen=True, slots=True)
class SessionSpeakerRef:
    person: PersonRef
    role: str = "panellist"  # keynote / panellist / moderator / chair


@dataclass(frozen=True, slots=True)
class ProgrammeSession:
    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    title_en: str
    title_zh: str = ""
    room: str = ""
    kind: str = "seminar"
    is_break: bool = False
    description: str = ""
    chair: PersonRef | None = None
    speakers: tuple[SessionSpeakerRef, ...] = ()
    interpretation: str = ""  # e.g. "English, Chinese"

    @property
    def times(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class SpeakerProfile:
    person: PersonRef
    position: str = ""
    organisation: str = ""
    country: str = ""  # country name as printed
    bio: str = ""
    photo: bytes | None = None
    index_name: str = ""  # "Wongsuwan, Siriporn"; family-first names as they are

    @property
    def index_label(self) -> str:
        return self.index_name or self.person.name


@dataclass(frozen=True, slots=True)
class DelegationMember:
    name: str
    native: str = ""
    honorific: str = ""
    position: str = ""
    organisation: str = ""
    role: str = ""  # accreditation category as printed


@dataclass(frozen=True, slots=True)
class DelegationEntry:
    name: str
    country: str = ""  # country name as printed ("" when it is the delegation's name)
    institution: str = ""
    head: DelegationMember | None = None
    members: tuple[DelegationMember, ...] = ()  # the head not included


@dataclass(frozen=True, slots=True)
class RoomEntry:
    name: str
    floor: str = ""
    capacity: int | None = None
    sessions: int = 0


@dataclass(frozen=True, slots=True)
class BookletEvent:
    name: str
    name_zh: str = ""
    dates: str = ""  # as printed, e.g. "24–28 July 2025"
    venue: str = ""
    city: str = ""
    welcome: str = ""
    version: str = "Draft"  # e.g. "Programme version 3, published 20 Jul 2025"
    printed_on: dt.date | None = None
    time_zone: str = ""


@dataclass(frozen=True, slots=True)
class Booklet:
    """Everything the booklet prints; sessions in time order, the rest in print order."""

    event: BookletEvent
    sessions: tuple[ProgrammeSession, ...] = ()
    speakers: tuple[SpeakerProfile, ...] = ()  # in index order (family name, given name)
    delegations: tuple[DelegationEntry, ...] = ()  # in protocol order
    rooms: tuple[RoomEntry, ...] = ()
    # The delegations chapter: "heads" (one table of the heads of delegation), "all" (every
    # member, a table per delegation) or "none" (no chapter).
    delegation_lists: str = "all"
    edition: str = "en"  # the language printed first: "en", or "zh_CN" (`printing.words`)

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(sorted({s.day for s in self.sessions}))


@dataclass(frozen=True, slots=True)
class ErrataEntry:
    """One change since a published version, as the errata sheet prints it."""

    kind: str  # added / removed / moved / retitled / changed …
    day: dt.date | None
    start: dt.time | None
    title_en: str
    title_zh: str = ""
    sentence: str = ""  # the change in words, e.g. "Moved from Huaxi Hall to Qianling Room."
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class Errata:
    event: BookletEvent
    since: str  # e.g. "version 2, published 18 Jul 2025"
    entries: tuple[ErrataEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class DoorSheet:
    """One room on one day: the page posted at its door."""

    room: str
    day: dt.date
    floor: str = ""
    sessions: tuple[ProgrammeSession, ...] = field(default_factory=tuple)
