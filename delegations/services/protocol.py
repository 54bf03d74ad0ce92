"""Order of precedence: the event's rule, the rank list, and the lists that follow them.

The rule lives in the event (`domain.precedence` says what it means). Applying it rewrites
`delegation.protocol_order` (1, 2, 3 …), which every list already sorts by — the roster, the
booklet, the check-in counters, seating — so they all follow at once. A hand-made order is
the protocol order itself (rule "manual"). Within a delegation, members come head first, then
by rank, then by name.

Reads take an ORM session or a plain-SQL connection (`EventFile.read()`); each use case
that writes owns one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegations.domain.countries import english_country_name, normalise_country
from delegations.domain.errors import InvalidInput
from delegations.domain.names import fold, full_name
from delegations.domain.precedence import (
    DelegationToOrder,
    MemberToOrder,
    Place,
    PrecedenceRule,
    PrecedenceSettings,
    is_organisation,
    order_delegations,
    order_members,
    parse_place,
    parse_rule,
    protocol_orders,
)
from delegations.store import EventFile, sql_connection
from delegations.store.stored import stored_name_order


@dataclass(frozen=True, slots=True)
class RankView:
    id: int
    name: str
    name_zh: str
    sort_order: int


@dataclass(frozen=True, slots=True)
class RankInput:
    """One rung of the rank list as edited: `id` None for a new rank."""

    name: str
    name_zh: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PrecedenceEntry:
    """A delegation in its place, with its head of delegation (names in the person's order)."""

    place: int
    delegation_id: int
    delegation: str
    country: str
    country_name: str
    head_id: int | None
    head_honorific: str
    head_name: str
    head_native: str
    head_position: str
    head_rank: str
    head_rank_zh: str


@dataclass(frozen=True, slots=True)
class Precedence:
    settings: PrecedenceSettings
    entries: list[PrecedenceEntry]


# Reading -----------------------------------------------------------------------------------


def read_settings(*, session: Any) -> PrecedenceSettings:
    row = (
        sql_connection(session)
        .execute(
            "SELECT precedence_rule, host_country, host_place, partner_countries, partner_place"
            " FROM event ORDER BY id LIMIT 1"
        )
        .fetchone()
    )
    if row is None:
        return PrecedenceSettings()
    rule, host, host_place, partners, partner_place = row
    return PrecedenceSettings(
        rule=PrecedenceRule(rule),
        host_country=host,
        host_place=Place(host_place),
        partner_countries=tuple(code for code in partners.split(",") if code),
        partner_place=Place(partner_place),
    )


def order_set_by_rule(event_file: EventFile) -> bool:
    """Whether the event's rule places the delegations (ASEAN), so that a delegation's own
    protocol order is not for the user to set (the delegation form greys it out)."""
    with event_file.read() as connection:
        return read_settings(session=connection).rule is not PrecedenceRule.MANUAL


def delegations_in_precedence(*, session: Any) -> list[int]:
    """Delegation ids in the event's order (the protocol order the rule was applied to)."""
    rows = sql_connection(session).execute(
        "SELECT id FROM delegation ORDER BY protocol_order, name, id"
    )
    return [row[0] for row in rows]


def delegates_in_precedence(*, session: Any, delegation_id: int) -> list[int]:
    """A delegation's members: the head first, then by rank, then by family and given name."""
    rows = sql_connection(session).execute(
        "SELECT d.id, d.id = g.head_id, k.sort_order, d.family_name, d.given_name"
        " FROM delegate d JOIN delegation g ON g.id = d.delegation_id"
        " LEFT JOIN rank k ON k.id = d.rank_id WHERE d.delegation_id = ?",
        (delegation_id,),
    )
    return order_members(MemberToOrder(*row) for row in rows)


def list_ranks(*, session: Any) -> list[RankView]:
    rows = sql_connection(session).execute(
        "SELECT id, name, name_zh, sort_order FROM rank ORDER BY sort_order, id"
    )
    return [RankView(*row) for row in rows]


def read_precedence(event_file: EventFile) -> Precedence:
    """The rule and the delegations in their places with their heads (the CLI, the PDF)."""
    with event_file.read() as connection:
        return Precedence(read_settings(session=connection), _entries(connection))


def _entries(connection: Any) -> list[PrecedenceEntry]:
    rows = connection.execute(
        "SELECT g.id, g.name, g.country, g.head_id, h.honorific, h.given_name, h.family_name,"
        " h.name_order, h.native_name, h.position, k.name, k.name_zh"
        " FROM delegation g LEFT JOIN delegate h ON h.id = g.head_id"
        " LEFT JOIN rank k ON k.id = h.rank_id ORDER BY g.protocol_order, g.name, g.id"
    )
    return [
        PrecedenceEntry(
            place=place, delegation_id=id_, delegation=name, country=country,
            country_name="" if is_organisation(country) else english_country_name(country),
            head_id=head_id, head_honorific=honorific or "",
            head_name=full_name(given or "", family or "", stored_name_order(order)),
            head_native=native or "", head_position=position or "",
            head_rank=rank or "", head_rank_zh=rank_zh or "",
        )
        for place, (id_, name, country, head_id, honorific, given, family, order, native,
                    position, rank, rank_zh) in enumerate(rows, start=1)
    ]  # fmt: skip


# Writing -----------------------------------------------------------------------------------


def set_precedence(
    event_file: EventFile,
    *,
    rule: str | None = None,
    host: str | None = None,
    host_place: str | None = None,
    partners: Sequence[str] | None = None,
    partner_place: str | None = None,
) -> Precedence:
    """Change the event's rule (only what is given) and apply it: with the ASEAN rule every
    delegation's protocol order is rewritten; "manual" keeps the order as it is.

    `host` and `partners` are countries as people write them ("China", "CN", "中国"; "" = none).

    Raises:
        InvalidInput: a rule, place or country not recognised; nothing is changed.
    """
    changes = _checked_changes(rule, host, host_place, partners, partner_place)
    with event_file.write_locked() as connection:
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            connection.execute(
                f"UPDATE event SET {assignments}",  # noqa: S608  (column names are ours)
                tuple(changes.values()),
            )
        apply_precedence(session=connection)
    return read_precedence(event_file)


def _checked_changes(
    rule: str | None,
    host: str | None,
    host_place: str | None,
    partners: Sequence[str] | None,
    partner_place: str | None,
) -> dict[str, str]:
    changes: dict[str, str] = {}
    try:
        if rule is not None:
            changes["precedence_rule"] = parse_rule(rule).value
        if host_place is not None:
            changes["host_place"] = parse_place(host_place, "The host's place").value
        if partner_place is not None:
            changes["partner_place"] = parse_place(
                partner_place, "The dialogue partners' place"
            ).value
    except ValueError as error:
        raise InvalidInput("Precedence", str(error)) from None
    if host is not None:
        changes["host_country"] = _country_code(host, "Host") if host.strip() else ""
    if partners is not None:
        codes = [_country_code(text, "Dialogue partners") for text in partners if text.strip()]
        changes["partner_countries"] = ",".join(dict.fromkeys(codes))
    return changes


def _country_code(text: str, field: str) -> str:
    code = normalise_country(text)
    if code is None:
        raise InvalidInput(field, f"“{text.strip()}” is not a country this event knows.")
    return code


def apply_precedence(*, session: Any) -> None:
    """Rewrite protocol_order in the order the event's rule gives (nothing for "manual");
    for services inside a transaction of their own (a delegation added or imported)."""
    connection = sql_connection(session)
    settings = read_settings(session=connection)
    if settings.rule is PrecedenceRule.MANUAL:
        return
    delegations = [
        DelegationToOrder(*row)
        for row in connection.execute("SELECT id, country, name, protocol_order FROM delegation")
    ]
    orders = protocol_orders(order_delegations(delegations, settings, english_country_name))
    changed = [(order, d.id) for d in delegations if (order := orders[d.id]) != d.protocol_order]
    connection.executemany("UPDATE delegation SET protocol_order = ? WHERE id = ?", changed)


def set_hand_made_order(event_file: EventFile, delegation_ids: Sequence[int]) -> Precedence:
    """A hand-made order: these delegations first, in this order (the others after them in
    their present order); the rule becomes "manual" so nothing reorders them.

    Raises:
        InvalidInput: an id twice or not a delegation of the event; nothing is changed.
    """
    with event_file.write_locked() as connection:
        _write_hand_made_order(connection, delegation_ids)
    return read_precedence(event_file)


def _write_hand_made_order(connection: Any, delegation_ids: Sequence[int]) -> None:
    present = delegations_in_precedence(session=connection)
    unknown = [i for i in delegation_ids if i not in set(present)]
    if unknown or len(set(delegation_ids)) != len(delegation_ids):
        raise InvalidInput("Order", "name each of the event's delegations at most once.")
    rest = [i for i in present if i not in set(delegation_ids)]
    orders = protocol_orders([*delegation_ids, *rest])
    connection.executemany(
        "UPDATE delegation SET protocol_order = ? WHERE id = ?",
        [(order, id_) for id_, order in orders.items()],
    )
    connection.execute("UPDATE event SET precedence_rule = ?", (PrecedenceRule.MANUAL.value,))


def save_ranks(event_file: EventFile, ranks: Sequence[RankInput]) -> list[RankView]:
    """The whole rank list as edited, highest first: new ranks added, renamed ones renamed,
    ranks left out deleted (their delegates keep no rank).

    Raises:
        InvalidInput: an empty or repeated name, or an id not in the list; nothing changed.
    """
    names = _checked_rank_names(ranks)
    with event_file.write_locked() as connection:
        _write_ranks(connection, ranks, names)
        return list_ranks(session=connection)


def _checked_rank_names(ranks: Sequence[RankInput]) -> list[str]:
    names = [rank.name.strip() for rank in ranks]
    if any(not name for name in names):
        raise InvalidInput("Ranks", "every rank needs a name in English.")
    repeated = {name for name in names if [fold(n) for n in names].count(fold(name)) > 1}
    if repeated:
        raise InvalidInput("Ranks", f"“{sorted(repeated)[0]}” is in the list twice.")
    return names


def _write_ranks(connection: Any, ranks: Sequence[RankInput], names: Sequence[str]) -> None:
    existing = {row[0] for row in connection.execute("SELECT id FROM rank")}
    kept = {rank.id for rank in ranks if rank.id is not None}
    if kept - existing:
        raise InvalidInput("Ranks", "a rank was deleted meanwhile; reopen the list.")
    connection.executemany("DELETE FROM rank WHERE id = ?", [(i,) for i in existing - kept])
    # Names are unique: park the kept ones first so that two can swap names. A parked name
    # starts with a space, which no name given has (stripped); no NUL: PostgreSQL text has none.
    parked = [(f" parked {i}", i) for i in kept]
    connection.executemany("UPDATE rank SET name = ? WHERE id = ?", parked)
    for position, (rank, name) in enumerate(zip(ranks, names, strict=True), start=1):
        values = (name, rank.name_zh.strip(), position * 10)
        if rank.id is None:
            connection.execute(
                "INSERT INTO rank (name, name_zh, sort_order) VALUES (?, ?, ?)", values
            )
        else:
            connection.execute(
                "UPDATE rank SET name = ?, name_zh = ?, sort_order = ? WHERE id = ?",
                (*values, rank.id),
            )


def rank_use_counts(*, session: Any) -> dict[int, int]:
    """How many delegates hold each rank (ranks nobody holds are left out)."""
    rows = sql_connection(session).execute(
        "SELECT rank_id, count(*) FROM delegate WHERE rank_id IS NOT NULL GROUP BY rank_id"
    )
    return {rank_id: count for rank_id, count in rows}


@dataclass(frozen=True, slots=True)
class ProtocolChoices:
    """Everything the window's Protocol dialog sets at once (see `save_protocol`).

    `hand_made`: the delegations' ids in the order wanted (the rule becomes "manual"); None
    with the ASEAN rule. `ranks`: the whole rank list as edited; None leaves it as it is.
    """

    rule: str
    host: str = ""
    host_place: str = Place.LAST.value
    partners: tuple[str, ...] = ()
    partner_place: str = Place.LAST.value
    hand_made: tuple[int, ...] | None = None
    ranks: tuple[RankInput, ...] | None = None


def save_protocol(event_file: EventFile, choices: ProtocolChoices) -> Precedence:
    """The rule, host, partners, hand-made order and rank list in one transaction: all or
    nothing.

    Raises:
        InvalidInput: a place, country, order or rank refused; nothing is changed.
    """
    changes = _checked_changes(
        choices.rule, choices.host, choices.host_place, choices.partners, choices.partner_place
    )
    names = _checked_rank_names(choices.ranks) if choices.ranks is not None else []
    with event_file.write_locked() as connection:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        connection.execute(
            f"UPDATE event SET {assignments}",  # noqa: S608  (column names are ours)
            tuple(changes.values()),
        )
        if choices.ranks is not None:
            _write_ranks(connection, choices.ranks, names)
        if choices.hand_made is not None:
            _write_hand_made_order(connection, choices.hand_made)
        else:
            apply_precedence(session=connection)
    return read_precedence(event_file)


def set_delegate_rank(event_file: EventFile, delegate_id: int, rank: str | None) -> None:
    """Give a delegate a rank by its name (English or Chinese, any case); "" or None: none.

    Raises:
        InvalidInput: no such rank or no such delegate; nothing is changed.
    """
    with event_file.write_locked() as connection:
        rank_id = _rank_id(connection, rank) if rank and rank.strip() else None
        cursor = connection.execute(
            "UPDATE delegate SET rank_id = ? WHERE id = ?", (rank_id, delegate_id)
        )
        if cursor.rowcount == 0:
            raise InvalidInput("Delegate", f"there is no delegate {delegate_id} in the event.")


def set_rank_of(event_file: EventFile, person: str, rank: str) -> str:
    """Give the delegate `person` (an id or an e-mail) the rank `rank` ("" for none);
    returns the person's name as listed.

    Raises:
        InvalidInput: no such delegate, several with that e-mail, or no such rank.
    """
    with event_file.read() as connection:
        delegate_id, name = _delegate_named(connection, person.strip())
    set_delegate_rank(event_file, delegate_id, rank)
    return name


def _delegate_named(connection: Any, person: str) -> tuple[int, str]:
    query = "SELECT id, given_name, family_name, name_order FROM delegate WHERE "
    if person.isdigit():
        rows = connection.execute(query + "id = ?", (int(person),)).fetchall()
    else:
        rows = connection.execute(query + "lower(email) = lower(?)", (person,)).fetchall()
    if len(rows) != 1:
        problem = "no delegate has" if not rows else f"{len(rows)} delegates have"
        raise InvalidInput("Delegate", f"{problem} the id or e-mail “{person}”.")
    id_, given, family, order = rows[0]
    return id_, full_name(given, family, stored_name_order(order))


def _rank_id(connection: Any, text: str) -> int:
    wanted = fold(text.strip())
    for id_, name, name_zh in connection.execute("SELECT id, name, name_zh FROM rank"):
        if wanted in (fold(name), fold(name_zh)):
            return id_
    names = ", ".join(
        row[0] for row in connection.execute("SELECT name FROM rank ORDER BY sort_order")
    )
    raise InvalidInput("Rank", f"“{text.strip()}” is not in the rank list ({names}).")


def print_precedence(event_file: EventFile, out: Path | str) -> Path:
    """The precedence list with the heads of delegation as a PDF at `out` (written atomically).

    Raises:
        OSError: the file cannot be written (nothing is left behind).
    """
    from delegations.printing.precedence import PrecedenceLine, render_precedence

    with event_file.read() as connection:
        event_name = connection.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
        settings = read_settings(session=connection)
        entries = _entries(connection)
    lines = [
        PrecedenceLine(
            place=e.place, delegation=e.delegation,
            country="" if fold(e.country_name) == fold(e.delegation) else e.country_name,
            head=" ".join(part for part in (e.head_honorific, e.head_name) if part),
            head_native=e.head_native, head_position=e.head_position,
            rank=e.head_rank, rank_zh=e.head_rank_zh,
        )
        for e in entries
    ]  # fmt: skip
    path = Path(out)
    render_precedence(
        path, lines, event=event_name[0] if event_name else "", rule=_rule_sentence(settings)
    )
    return path


def _rule_sentence(settings: PrecedenceSettings) -> str:
    """How the order was made, for the list's heading."""
    if settings.rule is PrecedenceRule.MANUAL:
        return "Order of precedence set by the organisers."
    parts = ["ASEAN member states in the alphabetical order of their English names"]
    if settings.host_country:
        host = english_country_name(settings.host_country)
        where = {
            Place.FIRST: "first",
            Place.LAST: "last",
            Place.CHAIR: "at the chair, listed first",
        }
        parts.append(f"the host, {host}, {where[settings.host_place]}")
    partners = [c for c in settings.partner_countries if c != settings.host_country]
    if partners:
        names = ", ".join(english_country_name(c) for c in partners)
        where = "first" if settings.partner_place is not Place.LAST else "last"
        parts.append(f"dialogue partners ({names}) {where}")
    return "; ".join(parts) + "."
