"""Agreement signings: the rules of an agreement, a ceremony's running order and the signing
table.

An agreement has two or more parties (institutions or companies, each with its country when
known); exactly one person signs for each party and every signatory and witness is one of the
event's delegates. A signatory whose delegation comes from another country than the party's is
allowed (a university's president may travel with another delegation) but flagged.

The signing table (`table_layout`), as seen from the audience and the photographers — the way
the layout is drawn: the host's signatory sits on the RIGHT, the guest on the host's right
hand, i.e. on the left as the audience sees it, the place of honour (the usual diplomatic
practice; Chinese protocol's 主左客右 said from the signatories' side). The host party is the
first party from the event's host country, else the first party the agreement names. With
three or more parties the guests sit leftwards from the host in the agreement's order. Each
signatory has the desk flag of the party's country in front of them; witnesses stand behind
the party of their own delegation's country (those of no party's country behind the middle).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from delegations.domain.conflicts import Conflict, ConflictKind, format_day
from delegations.domain.countries import english_country_name
from delegations.domain.errors import InvalidInput
from delegations.domain.names import fold

CEREMONY_OPENING = 10  # minutes of welcome, introductions and the group photograph
MINUTES_PER_AGREEMENT = 5  # each agreement: signing, exchange of folders, handshake
SEAT_SPACING = 1.4  # m between two signatories' chairs
WITNESS_SPACING = 0.7  # m between witnesses standing side by side
WITNESS_DEPTH = 1.1  # m behind the signatories' chairs


class AgreementKind(StrEnum):
    AGREEMENT = "agreement"
    MOU = "mou"
    LETTER_OF_INTENT = "letter-of-intent"


KIND_NAMES: dict[AgreementKind, tuple[str, str]] = {
    AgreementKind.AGREEMENT: ("Agreement", "协议"),
    AgreementKind.MOU: ("Memorandum of Understanding", "谅解备忘录"),
    AgreementKind.LETTER_OF_INTENT: ("Letter of Intent", "意向书"),
}
_KIND_WORDS = {
    "agreement": AgreementKind.AGREEMENT, "协议": AgreementKind.AGREEMENT,
    "mou": AgreementKind.MOU, "memorandum of understanding": AgreementKind.MOU,
    "谅解备忘录": AgreementKind.MOU, "loi": AgreementKind.LETTER_OF_INTENT,
    "letter of intent": AgreementKind.LETTER_OF_INTENT,
    "letter-of-intent": AgreementKind.LETTER_OF_INTENT, "意向书": AgreementKind.LETTER_OF_INTENT,
}  # fmt: skip
# Signed first at a ceremony: the binding agreements, then memoranda, then letters of intent.
_KIND_RANK = {AgreementKind.AGREEMENT: 0, AgreementKind.MOU: 1, AgreementKind.LETTER_OF_INTENT: 2}


class PartyKind(StrEnum):
    INSTITUTION = "institution"
    COMPANY = "company"


def agreement_kind(text: str) -> AgreementKind:
    """The kind named by `text` ("MoU", "agreement", "letter of intent", "LoI", 意向书…)."""
    kind = _KIND_WORDS.get(fold(text.strip()).replace("_", " "))
    if kind is None:
        raise InvalidInput("Kind", f"“{text}” is not a kind of agreement; give mou, agreement "
                           "or letter-of-intent.")  # fmt: skip
    return kind


def party_kind(text: str) -> PartyKind:
    try:
        return PartyKind(fold(text.strip()))
    except ValueError:
        raise InvalidInput(
            "Party", f"“{text}” is not a kind of party; give institution or company."
        ) from None


@dataclass(frozen=True, slots=True)
class Person:
    """A delegate as the rules see them: a name and their delegation's country."""

    id: int
    name: str
    country: str = ""


@dataclass(frozen=True, slots=True)
class PartyDraft:
    name: str
    country: str = ""  # ISO 3166-1 alpha-2, "" = not known
    kind: PartyKind = PartyKind.INSTITUTION
    signatories: tuple[int, ...] = ()  # delegate ids: exactly one is accepted
    name_of_country: str = ""  # the country's English name, for sentences


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    title_en: str
    title_zh: str = ""
    kind: AgreementKind = AgreementKind.MOU
    parties: tuple[PartyDraft, ...] = ()
    witnesses: tuple[int, ...] = ()


def check_agreement(draft: AgreementDraft, delegates: Mapping[int, Person]) -> list[str]:
    """Refuse an agreement that breaks a rule (InvalidInput, one sentence); return warnings.

    `delegates` holds the event's delegates who are named in the draft (an id missing from it
    is not in the event).
    """
    title = draft.title_en.strip()
    if not title:
        raise InvalidInput("Title", "an agreement needs a title in English.")
    _check_parties(title, draft.parties)
    seen: dict[int, str] = {}
    warnings = []
    for party in draft.parties:
        signatory = _one_signatory(party, delegates)
        if signatory.id in seen:
            raise InvalidInput("Signatory", f"{signatory.name} cannot sign for both "
                               f"“{seen[signatory.id]}” and “{party.name}”.")  # fmt: skip
        seen[signatory.id] = party.name
        if party.country and signatory.country and signatory.country != party.country:
            warnings.append(
                f"{signatory.name} signs “{title}” for “{party.name}” "
                f"({party.name_of_country or party.country}) but is in the delegation of "
                f"{english_country_name(signatory.country)}."
            )
    for witness in draft.witnesses:
        if witness not in delegates:
            raise InvalidInput("Witness", f"delegate {witness} is not in the event.")
        if witness in seen:
            raise InvalidInput("Witness", f"{delegates[witness].name} signs “{title}” and "
                               "cannot also witness it.")  # fmt: skip
    return warnings


def _check_parties(title: str, parties: Sequence[PartyDraft]) -> None:
    named: dict[tuple[str, str], PartyDraft] = {}
    for party in parties:
        if not party.name.strip():
            raise InvalidInput("Party", f"a party to “{title}” has no name.")
        key = (fold(party.name.strip()), party.country)
        if key in named:
            raise InvalidInput("Party", f"“{party.name}” is named twice as a party to "
                               f"“{title}”; one person signs for each party.")  # fmt: skip
        named[key] = party
    if len(parties) < 2:
        only = f" (only “{parties[0].name}” is named)" if parties else ""
        raise InvalidInput("Parties", f"“{title}” needs two or more parties{only}; add the "
                           "other party with its signatory.")  # fmt: skip


def _one_signatory(party: PartyDraft, delegates: Mapping[int, Person]) -> Person:
    if not party.signatories:
        raise InvalidInput("Signatory", f"no one signs for “{party.name}”; name one of the "
                           "event's delegates.")  # fmt: skip
    for id_ in party.signatories:
        if id_ not in delegates:
            raise InvalidInput("Signatory", f"delegate {id_}, named to sign for “{party.name}”, "
                               "is not in the event.")  # fmt: skip
    if len(set(party.signatories)) > 1:
        names = " and ".join(delegates[id_].name for id_ in dict.fromkeys(party.signatories))
        raise InvalidInput("Signatory", f"“{party.name}” has two signatories ({names}); one "
                           "person signs for each party.")  # fmt: skip
    return delegates[party.signatories[0]]


def away_on(day: dt.date, name: str, arrival: dt.date | None, departure: dt.date | None) -> str:
    """Why `name` cannot sign or witness at a ceremony on `day`; "" when they are there."""
    if arrival is not None and day < arrival:
        return f"{name} arrives on {arrival:%d %B}, after the ceremony of {day:%d %B}."
    if departure is not None and day > departure:
        return f"{name} leaves on {departure:%d %B}, before the ceremony of {day:%d %B}."
    return ""


# Running order ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrderEntry:
    id: int
    place: int  # the running order set by hand; 0 = not placed
    kind: AgreementKind
    title: str


def running_order(entries: Sequence[OrderEntry]) -> list[int]:
    """The agreements' ids in the order they are signed: those placed by hand in their order,
    then the others — agreements before memoranda before letters of intent, then by title."""

    def key(entry: OrderEntry) -> tuple:
        if entry.place > 0:
            return (0, entry.place, 0, "", entry.id)
        return (1, 0, _KIND_RANK[entry.kind], fold(entry.title), entry.id)

    return [entry.id for entry in sorted(entries, key=key)]


# The signing table ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signatory:
    party: str
    country: str
    name: str


@dataclass(frozen=True, slots=True)
class TablePlace:
    number: int  # 1, 2, … from the left as the audience sees the table
    label: str  # "left", "right", or "3rd from left"
    x: float  # m from the table's middle, + to the audience's right
    party_index: int  # the party's place in the agreement (0-based)
    party: str
    country: str  # the desk flag in front of the signatory; "" = none
    signatory: str
    host: bool


@dataclass(frozen=True, slots=True)
class WitnessPlace:
    name: str
    x: float
    y: float  # m behind the signatories' chairs


@dataclass(frozen=True, slots=True)
class TableLayout:
    places: tuple[TablePlace, ...]  # left to right as the audience sees them
    witnesses: tuple[WitnessPlace, ...]
    width: float  # m, the table's length

    def place_of(self, party_index: int) -> TablePlace:
        return next(place for place in self.places if place.party_index == party_index)


def host_index(countries: Sequence[str], host_country: str) -> int:
    """The host party: the first from the event's host country, else the first named."""
    return next((i for i, c in enumerate(countries) if host_country and c == host_country), 0)


def table_layout(
    signatories: Sequence[Signatory], witnesses: Sequence[Person], host_country: str = ""
) -> TableLayout:
    """Where each signatory sits and each witness stands (see the module's rule)."""
    host = host_index([s.country for s in signatories], host_country)
    guests = [i for i in range(len(signatories)) if i != host]
    left_to_right = list(reversed(guests)) + [host]  # the host at the audience's right
    count = len(left_to_right)
    places = []
    for number, index in enumerate(left_to_right, start=1):
        signatory = signatories[index]
        places.append(TablePlace(
            number=number, label=_place_label(number, count),
            x=(number - (count + 1) / 2) * SEAT_SPACING, party_index=index,
            party=signatory.party, country=signatory.country, signatory=signatory.name,
            host=index == host,
        ))  # fmt: skip
    return TableLayout(tuple(places), _witness_places(places, witnesses), count * SEAT_SPACING)


def _place_label(number: int, count: int) -> str:
    if count == 2:
        return ("left", "right")[number - 1]
    if number == count:
        return "right end"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number, "th")
    return f"{number}{suffix} from left"


def _witness_places(places: Sequence[TablePlace], witnesses: Sequence[Person]) -> tuple:
    groups: dict[float, list[str]] = {}
    for witness in witnesses:
        behind = next((p.x for p in places if witness.country and p.country == witness.country),
                      0.0)  # fmt: skip
        groups.setdefault(behind, []).append(witness.name)
    standing = []
    for x, names in sorted(groups.items()):
        for i, name in enumerate(names):
            offset = (i - (len(names) - 1) / 2) * WITNESS_SPACING
            standing.append(WitnessPlace(name, x + offset, WITNESS_DEPTH))
    return tuple(sorted(standing, key=lambda w: w.x))


# A ceremony in the agenda --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Engagement:
    """Something that occupies a room or a person: an agenda session, a bilateral meeting or
    another ceremony; `label` names it in a sentence (“Lunch”, the bilateral Viet Nam – China)."""

    day: dt.date
    start: dt.time
    end: dt.time
    label: str
    session_id: int | None = None
    bilateral_id: int | None = None
    ceremony_id: int | None = None
    signing: bool = False  # an agenda session of the kind “signing ceremony”


@dataclass(frozen=True, slots=True)
class Attendee:
    """A signatory or witness of one of a ceremony's agreements."""

    id: int
    name: str
    signs: bool  # False: witnesses only
    arrival: dt.date | None = None
    departure: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CeremonySlot:
    id: int
    title: str
    day: dt.date
    start: dt.time
    place: str
    room_id: int | None  # the event's room its place names; None = elsewhere
    agreements: int
    attendees: tuple[Attendee, ...]


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute


def _overlap(day: dt.date, start: int, end: int, other: Engagement) -> bool:
    return other.day == day and _minutes(other.start) < end and start < _minutes(other.end)


def own_session(ceremony: CeremonySlot, in_room: Sequence[Engagement]) -> Engagement | None:
    """The agenda's “signing ceremony” session in the ceremony's room that is running when
    the ceremony starts: the ceremony's own place in the agenda, not a clash."""
    start = _minutes(ceremony.start)
    return next((e for e in in_room if e.signing and e.day == ceremony.day
                 and _minutes(e.start) <= start < _minutes(e.end)), None)  # fmt: skip


def ceremony_span(ceremony: CeremonySlot, own: Engagement | None) -> tuple[int, int]:
    """Minutes from midnight: to its own session's end, else an estimate from its running
    order (`CEREMONY_OPENING` + `MINUTES_PER_AGREEMENT` for each agreement)."""
    start = _minutes(ceremony.start)
    if own is not None:
        return start, _minutes(own.end)
    return start, start + CEREMONY_OPENING + MINUTES_PER_AGREEMENT * max(ceremony.agreements, 1)


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def find_signing_conflicts(
    ceremonies: Sequence[CeremonySlot],
    room_use: Mapping[int, Sequence[Engagement]],
    busy: Mapping[int, Sequence[Engagement]],
    event_days: tuple[dt.date, dt.date] | None = None,
) -> list[Conflict]:
    """Every ceremony outside the event's days, in a room another session or meeting holds
    at the time, with a signatory or witness somewhere else at the time, or away that day
    (arrival/departure);
    two ceremonies clash like two sessions (each pair once, unless both are held within the
    same “signing ceremony” session). In the ceremonies' time order.

    `room_use` holds each room's sessions and bilateral meetings; `busy` each attendee's
    sessions (as speaker or chair) and meetings.
    """
    timed = []
    for ceremony in sorted(ceremonies, key=lambda c: (c.day, c.start, c.id)):
        own = own_session(ceremony, room_use.get(ceremony.room_id, ()))
        start, end = ceremony_span(ceremony, own)
        timed.append((ceremony, own, start, end, Engagement(
            ceremony.day, ceremony.start, _time(end), f"the signing ceremony “{ceremony.title}”",
            session_id=own.session_id if own else None, ceremony_id=ceremony.id,
        )))  # fmt: skip
    conflicts: list[Conflict] = []
    for index, (ceremony, own, start, end, _itself) in enumerate(timed):
        later = [(c, e) for c, o, _s, _e, e in timed[index + 1 :] if own is None or not _is(o, own)]
        in_room = [e for e in room_use.get(ceremony.room_id, ()) if not _is(e, own)]
        in_room += [e for c, e in later if ceremony.room_id is not None
                    and c.room_id == ceremony.room_id]  # fmt: skip
        conflicts.extend(_event_conflicts(ceremony, own, event_days))
        conflicts.extend(_stay_conflicts(ceremony, own))
        if ceremony.room_id is not None:
            conflicts.extend(_room_conflicts(ceremony, own, start, end, in_room))
        for person in dict((p.id, p) for p in ceremony.attendees).values():
            elsewhere = [e for e in busy.get(person.id, ()) if not _is(e, own)]
            elsewhere += [e for c, e in later if person.id in {a.id for a in c.attendees}]
            conflicts.extend(_person_conflicts(ceremony, person, own, start, end, elsewhere))
    return conflicts


def _is(engagement: Engagement | None, own: Engagement | None) -> bool:
    """Whether `engagement` is the ceremony's own agenda session."""
    return (own is not None and engagement is not None and own.session_id is not None
            and engagement.session_id == own.session_id)  # fmt: skip


def _time(minutes: int) -> dt.time:
    minutes = min(minutes, 24 * 60 - 1)
    return dt.time(minutes // 60, minutes % 60)


def _when(ceremony: CeremonySlot, start: int, end: int) -> str:
    return f"{format_day(ceremony.day)} {_clock(start)}–{_clock(end)}"


def _ids(*engagements: Engagement | None) -> tuple[int, ...]:
    return tuple(dict.fromkeys(e.session_id for e in engagements
                               if e is not None and e.session_id is not None))  # fmt: skip


def _named(engagement: Engagement) -> str:
    """A session by its title in quotes; meetings and ceremonies by their label."""
    if engagement.bilateral_id is None and engagement.ceremony_id is None:
        return f"“{engagement.label}”"
    return engagement.label


def _role(person: Attendee) -> str:
    return "signs" if person.signs else "witnesses"


def _event_conflicts(
    ceremony: CeremonySlot, own: Engagement | None, days: tuple[dt.date, dt.date] | None
) -> list[Conflict]:
    if days is None or days[0] <= ceremony.day <= days[1]:
        return []
    return [Conflict(
        ConflictKind.OUTSIDE_EVENT,
        f"The signing ceremony “{ceremony.title}” is on {format_day(ceremony.day)}, outside "
        f"the event's days ({format_day(days[0])} – {format_day(days[1])}).",
        _ids(own), ceremony.room_id, ceremony_id=ceremony.id,
    )]  # fmt: skip


def _stay_conflicts(ceremony: CeremonySlot, own: Engagement | None) -> list[Conflict]:
    conflicts = []
    for person in dict((p.id, p) for p in ceremony.attendees).values():
        if person.arrival is not None and ceremony.day < person.arrival:
            why = f"arrives on {format_day(person.arrival)}"
        elif person.departure is not None and ceremony.day > person.departure:
            why = f"leaves on {format_day(person.departure)}"
        else:
            continue
        conflicts.append(Conflict(
            ConflictKind.SIGNING_OUTSIDE_STAY,
            f"{person.name} {_role(person)} at the signing ceremony “{ceremony.title}” on "
            f"{format_day(ceremony.day)} but {why}.",
            _ids(own), ceremony.room_id, ceremony_id=ceremony.id,
        ))  # fmt: skip
    return conflicts


def _room_conflicts(
    ceremony: CeremonySlot, own: Engagement | None, start: int, end: int,
    in_room: Sequence[Engagement],
) -> list[Conflict]:  # fmt: skip
    return [
        Conflict(
            ConflictKind.SIGNING_ROOM_TAKEN,
            f"{ceremony.place} holds {_named(e)} ({e.start:%H:%M}–{e.end:%H:%M}) during the "
            f"signing ceremony “{ceremony.title}” ({_when(ceremony, start, end)}).",
            _ids(own, e), ceremony.room_id, bilateral_id=e.bilateral_id,
            ceremony_id=ceremony.id,
        )
        for e in in_room if _overlap(ceremony.day, start, end, e)
    ]  # fmt: skip


def _person_conflicts(
    ceremony: CeremonySlot, person: Attendee, own: Engagement | None, start: int, end: int,
    elsewhere: Sequence[Engagement],
) -> list[Conflict]:  # fmt: skip
    return [
        Conflict(
            ConflictKind.SIGNING_PERSON_BUSY,
            f"{person.name} {_role(person)} at the signing ceremony “{ceremony.title}” "
            f"({_when(ceremony, start, end)}) and is in {_named(e)} "
            f"({e.start:%H:%M}–{e.end:%H:%M}) at the time.",
            _ids(own, e), ceremony.room_id, bilateral_id=e.bilateral_id,
            ceremony_id=ceremony.id,
        )
        for e in elsewhere if _overlap(ceremony.day, start, end, e)
    ]  # fmt: skip
