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

from delegations.domain.countries import english_country_name
from delegations.domain.errors import InvalidInput
from delegations.domain.names import fold

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
