"""Order of precedence: which delegation comes first, and who within a delegation.

The ASEAN rule (ASEAN Charter, Art. 31: the member states in the alphabetical order of their
English short names) orders the delegations in these groups, each in its order:

1. the host, when placed "first" or at the "chair";
2. the dialogue partners placed "first" or at the "chair", by English name;
3. the ASEAN member states, by English name;
4. the dialogue partners placed "last", by English name;
5. other countries (observers, guests), by English name;
6. international organisations, by name: a delegation whose country is empty, EU or UN (the
   codes ISO 3166 reserves for them) or a user-assigned code (AA, QM–QZ, XA–XZ, ZZ) — give
   the ASEAN Secretariat, say, XA: the country field takes two letters;
7. the host, when placed "last".

"At the chair" is a seat, not a rank in a list: the chair's table is where seating plans put
that delegation, and in lists (roster, booklet, check-in counters, the precedence list) the
presiding delegation is listed first. A country that is both host and dialogue partner (China
hosting a China–ASEAN week) takes the host's place. Several delegations of one country keep
their relative order (protocol order, then name). A hand-made order ("manual") is the
delegations' protocol order as someone set it.

Within a delegation: the head first, then by rank (the event's rank list, highest first;
members without a rank after those with one), then by family and given name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from delegations.domain.countries import country_name
from delegations.domain.names import fold

# The ten founding-era members and Timor-Leste (admitted October 2025).
ASEAN_MEMBER_STATES: frozenset[str] = frozenset(
    {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"}
)


class PrecedenceRule(StrEnum):
    ASEAN = "asean"
    MANUAL = "manual"


class Place(StrEnum):
    FIRST = "first"
    LAST = "last"
    CHAIR = "chair"


@dataclass(frozen=True, slots=True)
class PrecedenceSettings:
    """The event's rule; countries are ISO 3166-1 alpha-2 codes ("" = no host)."""

    rule: PrecedenceRule = PrecedenceRule.ASEAN
    host_country: str = ""
    host_place: Place = Place.LAST
    partner_countries: tuple[str, ...] = ()
    partner_place: Place = Place.LAST


@dataclass(frozen=True, slots=True)
class DelegationToOrder:
    id: int
    country: str
    name: str
    protocol_order: int = 0


@dataclass(frozen=True, slots=True)
class MemberToOrder:
    id: int
    is_head: bool
    rank_order: int | None  # the rank's sort order; None = no rank
    family_name: str
    given_name: str


def _group(delegation: DelegationToOrder, settings: PrecedenceSettings) -> int:
    country = delegation.country
    if country and country == settings.host_country:
        return 7 if settings.host_place is Place.LAST else 1
    if country and country in settings.partner_countries:
        return 4 if settings.partner_place is Place.LAST else 2
    if country in ASEAN_MEMBER_STATES:
        return 3
    return 6 if is_organisation(country) else 5


def is_organisation(country: str) -> bool:
    """Whether a delegation's country code marks an international organisation (see above)."""
    code = country.upper()
    if not code or code in {"EU", "UN", "AA", "ZZ"}:
        return True
    return len(code) == 2 and (code[0] == "X" or (code[0] == "Q" and code[1] >= "M"))


def order_delegations(
    delegations: Iterable[DelegationToOrder],
    settings: PrecedenceSettings,
    english_name: Callable[[str], str] = country_name,
) -> list[int]:
    """The delegations' ids in the order of precedence `settings` gives."""
    if settings.rule is PrecedenceRule.MANUAL:
        return [d.id for d in sorted(delegations, key=_manual_key)]

    def key(delegation: DelegationToOrder) -> tuple:
        by_name = is_organisation(delegation.country)
        named_by = delegation.name if by_name else english_name(delegation.country)
        return (_group(delegation, settings), fold(named_by), delegation.country,
                *_manual_key(delegation))  # fmt: skip

    return [d.id for d in sorted(delegations, key=key)]


def _manual_key(delegation: DelegationToOrder) -> tuple:
    return (delegation.protocol_order, fold(delegation.name), delegation.id)


# Delegations are numbered 1, 2, 3 … in the order (protocol_order as lists sort by it).
def protocol_orders(ordered_ids: Sequence[int]) -> dict[int, int]:
    return {delegation_id: place for place, delegation_id in enumerate(ordered_ids, start=1)}


_NO_RANK = 1 << 30


def member_key(member: MemberToOrder) -> tuple:
    """Head first, then by rank (no rank last), then family and given name."""
    return folded_member_key(
        member.is_head, member.rank_order, fold(member.family_name), fold(member.given_name),
        member.id,
    )  # fmt: skip


def folded_member_key(
    is_head: bool, rank_order: int | None, folded_family: str, folded_given: str, id_: int
) -> tuple:
    """`member_key` of names already folded by `names.fold` (for callers holding them)."""
    rank = _NO_RANK if rank_order is None else rank_order
    return (not is_head, rank, folded_family, folded_given, id_)


def order_members(members: Iterable[MemberToOrder]) -> list[int]:
    return [m.id for m in sorted(members, key=member_key)]


def parse_place(text: str, what: str) -> Place:
    """`text` as a place; ValueError with a sentence naming `what` otherwise."""
    try:
        return Place(text.strip().lower())
    except ValueError:
        raise ValueError(f"{what} must be first, last or chair, not “{text}”.") from None


def parse_rule(text: str) -> PrecedenceRule:
    try:
        return PrecedenceRule(text.strip().lower())
    except ValueError:
        raise ValueError(f"The precedence rule must be asean or manual, not “{text}”.") from None
