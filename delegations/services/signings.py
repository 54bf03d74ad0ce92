"""Agreement signings: the register of agreements and the signing ceremonies.

Each use case that writes is one `EventFile.write_locked` transaction of plain SQL (SQLite or
PostgreSQL, through SQLAlchemy Core); the rules
(`domain.signings.check_agreement`) run before anything is written, so a refusal is one
sentence and the file is unchanged. People are named by delegate id, e-mail or full name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegations.domain.conflicts import Conflict
from delegations.domain.countries import english_country_name, normalise_country
from delegations.domain.errors import InvalidInput, NotFound
from delegations.domain.names import display_name, fold
from delegations.domain.signings import (
    KIND_NAMES,
    AgreementDraft,
    AgreementKind,
    Attendee,
    CeremonySlot,
    Engagement,
    OrderEntry,
    PartyDraft,
    Person,
    Signatory,
    TableLayout,
    agreement_kind,
    away_on,
    check_agreement,
    find_signing_conflicts,
    party_kind,
    running_order,
    table_layout,
)
from delegations.services.outputs import writing
from delegations.store import EventFile, SqlConnection, sql_connection
from delegations.store.stored import stored_date, stored_name_order, stored_time


@dataclass(frozen=True, slots=True)
class PartyInput:
    name: str
    country: str = ""  # a name or code as people write it; "" = not known
    signatory: str | int = ""  # delegate id, e-mail or full name; "a, b" names two (refused)
    kind: str = "institution"


@dataclass(frozen=True, slots=True)
class AgreementInput:
    title_en: str
    parties: tuple[PartyInput, ...]
    title_zh: str = ""
    kind: str = "mou"
    witnesses: tuple[str | int, ...] = ()
    ceremony_id: int | None = None


@dataclass(frozen=True, slots=True)
class CeremonyInput:
    title_en: str
    day: dt.date
    start: dt.time
    place: str = ""
    title_zh: str = ""


@dataclass(frozen=True, slots=True)
class Saved:
    id: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyView:
    name: str
    kind: str
    country: str
    country_name: str
    signatory_id: int | None
    signatory: str  # honorific and name in the person's order; "" = none (removed)
    signatory_country: str


@dataclass(frozen=True, slots=True)
class AgreementView:
    id: int
    title_en: str
    title_zh: str
    kind: AgreementKind
    ceremony_id: int | None
    number: int  # in its ceremony's running order; 0 = at no ceremony
    parties: tuple[PartyView, ...]
    witnesses: tuple[Person, ...]
    layout: TableLayout
    warnings: tuple[str, ...]

    @property
    def kind_names(self) -> tuple[str, str]:
        return KIND_NAMES[self.kind]


@dataclass(frozen=True, slots=True)
class CeremonyView:
    id: int
    title_en: str
    title_zh: str
    day: dt.date
    start: dt.time
    place: str
    agreements: tuple[AgreementView, ...]  # in the running order


@dataclass(frozen=True, slots=True)
class Register:
    ceremonies: tuple[CeremonyView, ...]
    unscheduled: tuple[AgreementView, ...]  # at no ceremony yet

    def agreements(self) -> list[AgreementView]:
        every = [a for ceremony in self.ceremonies for a in ceremony.agreements]
        return every + list(self.unscheduled)


# People -----------------------------------------------------------------------------------

_PERSON = (
    "SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, "
    "coalesce(g.country, ''), d.email FROM delegate d "
    "LEFT JOIN delegation g ON g.id = d.delegation_id"
)


def _person(row: tuple) -> Person:
    id_, honorific, given, family, order, country, _email = row
    return Person(id_, display_name(honorific, given, family, stored_name_order(order)), country)


def _resolve(connection: SqlConnection, reference: str | int, role: str) -> list[int]:
    """The delegate ids a reference names: an id, an e-mail or a full name; "a, b" names two."""
    parts = [reference] if isinstance(reference, int) else [
        part.strip() for part in str(reference).split(",") if part.strip()
    ]  # fmt: skip
    return [_delegate_id(connection, part, role) for part in parts]


def _delegate_id(connection: SqlConnection, person: str | int, role: str) -> int:
    text = str(person).strip()
    if text.isdigit():
        rows = connection.execute(_PERSON + " WHERE d.id = ?", (int(text),)).fetchall()
    elif "@" in text:
        rows = connection.execute(_PERSON + " WHERE lower(d.email) = lower(?)", (text,)).fetchall()
    else:
        rows = _by_name(connection, text)
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise InvalidInput(role, f"“{text}” is not one of the event's delegates (give a "
                           "delegate's id, e-mail or full name).")  # fmt: skip
    raise InvalidInput(role, f"{len(rows)} delegates are called “{text}”; give the e-mail "
                       "or id of the one meant.")  # fmt: skip


def _by_name(connection: SqlConnection, text: str) -> list[tuple]:
    wanted = fold(" ".join(text.split()))
    family = text.split()[-1] if text.split() else ""
    first = text.split()[0] if text.split() else ""
    rows = connection.execute(
        # lower(): SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not.
        _PERSON + " WHERE lower(d.family_name) LIKE lower(?) OR lower(d.family_name) LIKE lower(?)"
        " OR lower(d.given_name) LIKE lower(?)",
        (f"%{family}%", f"%{first}%", f"%{first}%"),
    ).fetchall()
    return [row for row in rows if wanted in _name_keys(*row[1:4])]


def _name_keys(honorific: str, given: str, family: str) -> set[str]:
    orders = ((given, family), (family, given), (honorific, given, family),
              (honorific, family, given))  # fmt: skip
    return {fold(" ".join(" ".join(parts).split())) for parts in orders}


def _people(connection: SqlConnection, ids: set[int]) -> dict[int, Person]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = connection.execute(_PERSON + f" WHERE d.id IN ({marks})", tuple(ids)).fetchall()
    return {row[0]: _person(row) for row in rows}


# Writing ----------------------------------------------------------------------------------


def _draft(connection: SqlConnection, given: AgreementInput) -> AgreementDraft:
    parties = []
    for party in given.parties:
        country = ""
        if str(party.country).strip():
            country = normalise_country(party.country) or ""
            if not country:
                raise InvalidInput("Country", f"“{party.country}” (party “{party.name}”) is "
                                   "not a country this event knows.")  # fmt: skip
        parties.append(PartyDraft(
            name=" ".join(party.name.split()), country=country, kind=party_kind(party.kind),
            signatories=tuple(_resolve(connection, party.signatory, "Signatory")),
            name_of_country=english_country_name(country) if country else "",
        ))  # fmt: skip
    witnesses = tuple(dict.fromkeys(
        id_ for w in given.witnesses for id_ in _resolve(connection, w, "Witness")
    ))  # fmt: skip
    return AgreementDraft(
        title_en=" ".join(given.title_en.split()), title_zh=given.title_zh.strip(),
        kind=agreement_kind(given.kind), parties=tuple(parties), witnesses=witnesses,
    )  # fmt: skip


def _checked(connection: SqlConnection, given: AgreementInput) -> tuple[AgreementDraft, list]:
    draft = _draft(connection, given)
    ids = {id_ for p in draft.parties for id_ in p.signatories} | set(draft.witnesses)
    warnings = check_agreement(draft, _people(connection, ids))
    if given.ceremony_id is not None:
        _ceremony_row(connection, given.ceremony_id)
    return draft, warnings


def _write_agreement(connection: SqlConnection, agreement_id: int, draft: AgreementDraft) -> None:
    connection.execute("DELETE FROM agreementparty WHERE agreement_id = ?", (agreement_id,))
    connection.execute("DELETE FROM agreementwitness WHERE agreement_id = ?", (agreement_id,))
    connection.executemany(
        "INSERT INTO agreementparty (agreement_id, position, name, kind, country, signatory_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(agreement_id, n, p.name, p.kind.value, p.country, p.signatories[0])
         for n, p in enumerate(draft.parties, start=1)],
    )  # fmt: skip
    connection.executemany(
        "INSERT INTO agreementwitness (agreement_id, delegate_id, position) VALUES (?, ?, ?)",
        [(agreement_id, w, n) for n, w in enumerate(draft.witnesses, start=1)],
    )


def add_agreement(event_file: EventFile, given: AgreementInput) -> Saved:
    """Add an agreement to the register (and to a ceremony, last in its running order)."""
    with event_file.write_locked() as connection:
        return _add(connection, given)


def _add(connection: SqlConnection, given: AgreementInput) -> Saved:
    draft, warnings = _checked(connection, given)
    agreement_id = connection.insert(
        "INSERT INTO agreement (title_en, title_zh, kind, ceremony_id, running_order) "
        "VALUES (?, ?, ?, ?, ?)",
        (draft.title_en, draft.title_zh, draft.kind.value, given.ceremony_id,
         _next_place(connection, given.ceremony_id)),
    )  # fmt: skip
    _write_agreement(connection, agreement_id, draft)
    return Saved(agreement_id, tuple(warnings))


def _next_place(connection: SqlConnection, ceremony_id: int | None) -> int:
    if ceremony_id is None:
        return 0
    row = connection.execute(
        "SELECT coalesce(max(running_order), 0) FROM agreement WHERE ceremony_id = ?",
        (ceremony_id,),
    ).fetchone()
    return row[0] + 1


def update_agreement(event_file: EventFile, agreement_id: int, given: AgreementInput) -> Saved:
    """Replace an agreement's titles, kind, parties and witnesses (and its ceremony)."""
    with event_file.write_locked() as connection:
        current = _agreement_row(connection, agreement_id)
        draft, warnings = _checked(connection, given)
        place = current[1] if given.ceremony_id == current[0] else _next_place(
            connection, given.ceremony_id
        )  # fmt: skip
        connection.execute(
            "UPDATE agreement SET title_en = ?, title_zh = ?, kind = ?, ceremony_id = ?, "
            "running_order = ? WHERE id = ?",
            (draft.title_en, draft.title_zh, draft.kind.value, given.ceremony_id, place,
             agreement_id),
        )  # fmt: skip
        _write_agreement(connection, agreement_id, draft)
    return Saved(agreement_id, tuple(warnings))


def remove_agreement(event_file: EventFile, agreement_id: int) -> None:
    with event_file.write_locked() as connection:
        _agreement_row(connection, agreement_id)
        connection.execute("DELETE FROM agreement WHERE id = ?", (agreement_id,))


def _agreement_row(connection: SqlConnection, agreement_id: int) -> tuple:
    row = connection.execute(
        "SELECT ceremony_id, running_order FROM agreement WHERE id = ?", (agreement_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no agreement {agreement_id} in the register; `delegations "
                       "signings` lists them with their numbers.")  # fmt: skip
    return row


def _ceremony_row(connection: SqlConnection, ceremony_id: int) -> tuple:
    row = connection.execute(
        "SELECT id, title_en, title_zh, day, start_time, place FROM signingceremony WHERE id = ?",
        (ceremony_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no signing ceremony {ceremony_id}; `delegations signings` "
                       "lists them with their numbers.")  # fmt: skip
    return row


def _ceremony_values(connection: SqlConnection, given: CeremonyInput) -> tuple:
    title = " ".join(given.title_en.split())
    if not title:
        raise InvalidInput("Title", "a signing ceremony needs a title in English.")
    place = " ".join(given.place.split())
    for (room,) in connection.execute("SELECT name FROM room"):
        if fold(room) == fold(place):
            place = room
    return (title, given.title_zh.strip(), given.day.isoformat(),
            given.start.strftime("%H:%M:%S.%f"), place)  # fmt: skip


def add_ceremony(event_file: EventFile, given: CeremonyInput) -> int:
    with event_file.write_locked() as connection:
        return _add_ceremony(connection, given)


def _add_ceremony(connection: SqlConnection, given: CeremonyInput) -> int:
    return connection.insert(
        "INSERT INTO signingceremony (title_en, title_zh, day, start_time, place) "
        "VALUES (?, ?, ?, ?, ?)",
        _ceremony_values(connection, given),
    )


def update_ceremony(event_file: EventFile, ceremony_id: int, given: CeremonyInput) -> None:
    with event_file.write_locked() as connection:
        _ceremony_row(connection, ceremony_id)
        connection.execute(
            "UPDATE signingceremony SET title_en = ?, title_zh = ?, day = ?, start_time = ?, "
            "place = ? WHERE id = ?",
            (*_ceremony_values(connection, given), ceremony_id),
        )


def remove_ceremony(event_file: EventFile, ceremony_id: int) -> None:
    """Remove a ceremony; its agreements stay in the register, at no ceremony."""
    with event_file.write_locked() as connection:
        _ceremony_row(connection, ceremony_id)
        connection.execute(
            "UPDATE agreement SET ceremony_id = NULL, running_order = 0 WHERE ceremony_id = ?",
            (ceremony_id,),
        )
        connection.execute("DELETE FROM signingceremony WHERE id = ?", (ceremony_id,))


def set_running_order(event_file: EventFile, ceremony_id: int, agreement_ids: list[int]) -> None:
    """The ceremony signs these agreements, in this order; others it had go to no ceremony."""
    with event_file.write_locked() as connection:
        _ceremony_row(connection, ceremony_id)
        if len(set(agreement_ids)) != len(agreement_ids):
            raise InvalidInput("Running order", "an agreement is named twice.")
        for agreement_id in agreement_ids:
            elsewhere = _agreement_row(connection, agreement_id)[0]
            if elsewhere not in (None, ceremony_id):
                raise InvalidInput("Running order", f"agreement {agreement_id} is signed at "
                                   f"ceremony {elsewhere}; take it out of that one first.")  # fmt: skip
        connection.execute(
            "UPDATE agreement SET ceremony_id = NULL, running_order = 0 WHERE ceremony_id = ?",
            (ceremony_id,),
        )
        connection.executemany(
            "UPDATE agreement SET ceremony_id = ?, running_order = ? WHERE id = ?",
            [(ceremony_id, n, id_) for n, id_ in enumerate(agreement_ids, start=1)],
        )


# Reading ----------------------------------------------------------------------------------


def read_register(event_file: EventFile) -> Register:
    with event_file.read() as connection:
        return list_signings(session=connection)


def list_signings(*, session: Any) -> Register:
    """Every ceremony with its agreements in running order, then the agreements at none."""
    connection = sql_connection(session)
    host = connection.execute("SELECT host_country FROM event ORDER BY id LIMIT 1").fetchone()
    agreements = _agreements(connection, host[0] if host else "")
    stays = _stays(connection)
    ceremonies = []
    for row in connection.execute(
        "SELECT id, title_en, title_zh, day, start_time, place FROM signingceremony "
        "ORDER BY day, start_time, id"
    ).fetchall():
        ceremonies.append(_ceremony_view(row, agreements, stays))
    unscheduled = sorted(
        (a for a in agreements.values() if a.ceremony_id is None), key=lambda a: a.id
    )
    return Register(tuple(ceremonies), tuple(unscheduled))


def _stays(connection: SqlConnection) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """Each signatory's and witness's arrival and departure (their own, else their
    delegation's)."""
    rows = connection.execute(
        "SELECT d.id, coalesce(d.arrival, g.arrival), coalesce(d.departure, g.departure) "
        "FROM delegate d LEFT JOIN delegation g ON g.id = d.delegation_id WHERE d.id IN "
        "(SELECT signatory_id FROM agreementparty UNION SELECT delegate_id FROM agreementwitness)"
    )
    return {id_: (_date(arrival), _date(departure)) for id_, arrival, departure in rows}


def _date(value: object) -> dt.date | None:
    """A stored date or date and time (text on SQLite), as its day."""
    if isinstance(value, dt.datetime):
        return value.date()
    return stored_date(value[:10] if isinstance(value, str) else value)


def _ceremony_view(
    row: tuple, agreements: dict[int, AgreementView], stays: dict[int, tuple]
) -> CeremonyView:
    id_, title_en, title_zh, day, start, place = row
    day = _date(day)
    mine = [a for a in agreements.values() if a.ceremony_id == id_]
    ordered = running_order(
        [OrderEntry(a.id, a.number, a.kind, a.title_en) for a in mine]
    )  # fmt: skip
    numbered = tuple(
        _renumbered(agreements[agreement_id], n, day, stays)
        for n, agreement_id in enumerate(ordered, 1)
    )
    return CeremonyView(id_, title_en, title_zh, day, _time(start), place, numbered)


def _renumbered(
    agreement: AgreementView, number: int, day: dt.date, stays: dict[int, tuple]
) -> AgreementView:
    from dataclasses import replace

    people = [(p.signatory_id, p.signatory) for p in agreement.parties if p.signatory_id]
    people += [(w.id, w.name) for w in agreement.witnesses]
    away = [away_on(day, name, *stays.get(id_, (None, None))) for id_, name in people]
    warnings = agreement.warnings + tuple(sentence for sentence in away if sentence)
    return replace(agreement, number=number, warnings=warnings)


def _time(value: object) -> dt.time:
    """A stored time of day to the second (text on SQLite)."""
    stored = stored_time(value[:8] if isinstance(value, str) else value)
    return stored.replace(microsecond=0)  # type: ignore[union-attr]  (NOT NULL columns)


def _agreements(connection: SqlConnection, host_country: str) -> dict[int, AgreementView]:
    parties: dict[int, list[PartyView]] = {}
    for row in connection.execute(
        "SELECT p.agreement_id, p.name, p.kind, p.country, p.signatory_id, d.honorific, "
        "d.given_name, d.family_name, d.name_order, coalesce(g.country, '') "
        "FROM agreementparty p LEFT JOIN delegate d ON d.id = p.signatory_id "
        "LEFT JOIN delegation g ON g.id = d.delegation_id ORDER BY p.agreement_id, p.position"
    ):
        agreement_id, name, kind, country, signatory_id, honorific, given, family, order, own = row
        signatory = "" if signatory_id is None else display_name(
            honorific, given, family, stored_name_order(order)
        )  # fmt: skip
        parties.setdefault(agreement_id, []).append(PartyView(
            name, kind, country, english_country_name(country) if country else "",
            signatory_id, signatory, own,
        ))  # fmt: skip
    witnesses: dict[int, list[Person]] = {}
    for row in connection.execute(
        "SELECT w.agreement_id, d.id, d.honorific, d.given_name, d.family_name, d.name_order, "
        "coalesce(g.country, '') FROM agreementwitness w JOIN delegate d ON d.id = w.delegate_id "
        "LEFT JOIN delegation g ON g.id = d.delegation_id ORDER BY w.agreement_id, w.position"
    ):
        agreement_id, id_, honorific, given, family, order, country = row
        name = display_name(honorific, given, family, stored_name_order(order))
        witnesses.setdefault(agreement_id, []).append(Person(id_, name, country))
    views = {}
    for id_, title_en, title_zh, kind, ceremony_id, place in connection.execute(
        "SELECT id, title_en, title_zh, kind, ceremony_id, running_order FROM agreement"
    ):
        mine, standing = tuple(parties.get(id_, ())), tuple(witnesses.get(id_, ()))
        layout = table_layout(
            [Signatory(p.name, p.country, p.signatory) for p in mine], standing, host_country
        )
        views[id_] = AgreementView(
            id_, title_en, title_zh, AgreementKind(kind), ceremony_id, place, mine, standing,
            layout, tuple(_warnings(title_en, mine)),
        )  # fmt: skip
    return views


def _warnings(title: str, parties: tuple[PartyView, ...]) -> list[str]:
    warnings = []
    for party in parties:
        if party.signatory_id is None:
            warnings.append(f"No one signs “{title}” for “{party.name}” any more (the "
                            "signatory was removed from the event).")  # fmt: skip
        elif party.country and party.signatory_country and party.country != party.signatory_country:
            warnings.append(
                f"{party.signatory} signs “{title}” for “{party.name}” ({party.country_name}) "
                f"but is in the delegation of {english_country_name(party.signatory_country)}."
            )
    return warnings


def ceremony_view(event_file: EventFile, ceremony_id: int) -> CeremonyView:
    register = read_register(event_file)
    found = next((c for c in register.ceremonies if c.id == ceremony_id), None)
    if found is None:
        with event_file.read() as connection:
            _ceremony_row(connection, ceremony_id)
    return found  # type: ignore[return-value]


# What the signings window offers to choose from ------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A delegate who may sign or witness: `label` is what a searchable list shows."""

    id: int
    name: str
    label: str  # “Ms. Yang Xuemei — China (Guiyang Vocational and Technical College)”
    country: str
    native_name: str = ""  # 杨雪梅, សុខ សុផល: found by a search too


@dataclass(frozen=True, slots=True)
class Choices:
    people: tuple[Candidate, ...]  # in the delegations' protocol order, then by name
    rooms: tuple[str, ...]
    first_day: dt.date | None
    last_day: dt.date | None


def signing_choices(event_file: EventFile) -> Choices:
    """The delegates, rooms and event days the signings window offers."""
    with event_file.read() as connection:
        people = []
        for row in connection.execute(
            "SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, "
            "coalesce(g.country, ''), d.native_name, coalesce(g.name, ''), d.organisation "
            "FROM delegate d LEFT JOIN delegation g ON g.id = d.delegation_id "
            "ORDER BY g.protocol_order, g.name, d.family_name, d.given_name, d.id"
        ):
            id_, honorific, given, family, order, country, native, group, organisation = row
            name = display_name(honorific, given, family, stored_name_order(order)) or native
            where = f"{group} ({organisation})" if organisation and organisation != group else group
            label = f"{name} — {where}" if where else name
            people.append(Candidate(id_, name, label, country, native))
        rooms = tuple(name for (name,) in connection.execute("SELECT name FROM room ORDER BY name"))
        days = connection.execute("SELECT start_date, end_date FROM event LIMIT 1").fetchone()
    first, last = (_date(days[0]), _date(days[1])) if days else (None, None)
    return Choices(tuple(people), rooms, first, last)


def agreement_input(view: AgreementView) -> AgreementInput:
    """An agreement as it is, to be edited and saved again."""
    return AgreementInput(
        view.title_en,
        tuple(PartyInput(p.name, p.country, p.signatory_id or "", p.kind) for p in view.parties),
        view.title_zh, view.kind.value, tuple(w.id for w in view.witnesses), view.ceremony_id,
    )  # fmt: skip


# Conflicts in the agenda -------------------------------------------------------------------


def agenda_conflicts(*, session: Any) -> list[Conflict]:
    """For `agenda.check_conflicts`, inside its transaction (ORM session or connection)."""
    return conflicts_in(sql_connection(session))


def signing_conflicts(event_file: EventFile) -> list[Conflict]:
    """The ceremonies' conflicts (see `domain.signings.find_signing_conflicts`)."""
    with event_file.read() as connection:
        return conflicts_in(connection)


def conflicts_in(connection: SqlConnection) -> list[Conflict]:
    """Only the ceremonies' rooms, days and people are read: nothing when there are none."""
    rows = connection.execute(
        "SELECT c.id, c.title_en, c.day, c.start_time, c.place, count(a.id) "
        "FROM signingceremony c LEFT JOIN agreement a ON a.ceremony_id = c.id GROUP BY c.id"
    ).fetchall()
    if not rows:
        return []
    rooms = {fold(name): id_ for id_, name in connection.execute("SELECT id, name FROM room")}
    attendees = _attendees(connection)
    ceremonies = [
        CeremonySlot(id_, title, _date(day), _time(start), place,
                     rooms.get(fold(place)), count, tuple(attendees.get(id_, ())))
        for id_, title, day, start, place, count in rows
    ]  # fmt: skip
    days = sorted({c.day.isoformat() for c in ceremonies})
    people = {a.id for c in ceremonies for a in c.attendees}
    event = connection.execute("SELECT start_date, end_date FROM event LIMIT 1").fetchone()
    return find_signing_conflicts(
        ceremonies,
        _room_use(connection, {c.room_id for c in ceremonies} - {None}, days),
        _busy(connection, people, days),
        (_date(event[0]), _date(event[1])) if event and event[0] and event[1] else None,
    )


def _attendees(connection: SqlConnection) -> dict[int, list[Attendee]]:
    """Each ceremony's signatories, then its witnesses (once each, a signatory as such)."""
    stays = _stays(connection)
    roles: dict[int, dict[int, bool]] = {}
    for ceremony_id, delegate_id, signs in connection.execute(
        "SELECT a.ceremony_id, p.signatory_id, 1 FROM agreementparty p "
        "JOIN agreement a ON a.id = p.agreement_id "
        "WHERE a.ceremony_id IS NOT NULL AND p.signatory_id IS NOT NULL "
        "UNION ALL SELECT a.ceremony_id, w.delegate_id, 0 FROM agreementwitness w "
        "JOIN agreement a ON a.id = w.agreement_id WHERE a.ceremony_id IS NOT NULL"
    ):
        mine = roles.setdefault(ceremony_id, {})
        mine[delegate_id] = mine.get(delegate_id, False) or bool(signs)
    people = _people(connection, {id_ for mine in roles.values() for id_ in mine})
    return {
        ceremony_id: [
            Attendee(id_, people[id_].name, signs, *stays.get(id_, (None, None)))
            for id_, signs in sorted(mine.items(), key=lambda item: (not item[1], item[0]))
            if id_ in people
        ]
        for ceremony_id, mine in roles.items()
    }


def _room_use(
    connection: SqlConnection, room_ids: set[int], days: list[str]
) -> dict[int, list[Engagement]]:
    """The sessions and scheduled bilateral meetings in these rooms on these days."""
    use: dict[int, list[Engagement]] = {}
    if not room_ids:
        return use
    rooms, dates = _marks(room_ids), _marks(days)
    for room_id, id_, day, start, end, title, kind in connection.execute(
        "SELECT room_id, id, day, start_time, end_time, title_en, kind FROM agendasession "
        f"WHERE room_id IN ({rooms}) AND day IN ({dates})", (*room_ids, *days)
    ):  # fmt: skip
        use.setdefault(room_id, []).append(Engagement(
            _date(day), _time(start), _time(end), title, session_id=id_,
            signing=kind in ("SIGNING", "signing ceremony"),
        ))  # fmt: skip
    for id_, room_id, day, start, end, title in _meetings(connection, days):
        if room_id in room_ids:
            use.setdefault(room_id, []).append(Engagement(
                _date(day), _time(start), _time(end), title, bilateral_id=id_
            ))  # fmt: skip
    return use


def _busy(
    connection: SqlConnection, people: set[int], days: list[str]
) -> dict[int, list[Engagement]]:
    """Where these delegates are on these days: the sessions they speak at or chair (through
    their speaker profile) and their scheduled bilateral meetings."""
    busy: dict[int, list[Engagement]] = {}
    if not people:
        return busy
    who, dates = _marks(people), _marks(days)
    for delegate_id, id_, day, start, end, title in connection.execute(
        "SELECT DISTINCT sp.delegate_id, s.id, s.day, s.start_time, s.end_time, s.title_en "
        "FROM agendasession s JOIN speaker sp ON (sp.id = s.chair_id OR sp.id IN "
        "(SELECT speaker_id FROM sessionspeaker WHERE session_id = s.id)) "
        f"WHERE sp.delegate_id IN ({who}) AND s.day IN ({dates})", (*people, *days)
    ):  # fmt: skip
        busy.setdefault(delegate_id, []).append(Engagement(
            _date(day), _time(start), _time(end), title, session_id=id_
        ))  # fmt: skip
    meetings = {row[0]: row for row in _meetings(connection, days)}
    if meetings:
        for request_id, delegate_id in connection.execute(
            "SELECT request_id, delegate_id FROM bilateralparticipant "
            f"WHERE delegate_id IN ({who})", tuple(people)
        ):  # fmt: skip
            if request_id in meetings:
                id_, _room, day, start, end, title = meetings[request_id]
                busy.setdefault(delegate_id, []).append(Engagement(
                    _date(day), _time(start), _time(end), title,
                    bilateral_id=id_,
                ))  # fmt: skip
    return busy


def _meetings(connection: SqlConnection, days: list[str]) -> list[tuple]:
    """Scheduled bilateral meetings on these days: id, room, day, start, end, “the bilateral
    A – B”."""
    rows = connection.execute(
        "SELECT r.id, r.room_id, r.day, r.start_time, r.end_time, coalesce(a.name, ''), "
        "coalesce(b.name, r.counterpart_name) FROM bilateralrequest r "
        "LEFT JOIN delegation a ON a.id = r.delegation_id "
        "LEFT JOIN delegation b ON b.id = r.counterpart_id "
        f"WHERE r.status = 'scheduled' AND r.start_time IS NOT NULL AND r.day IN ({_marks(days)})",
        tuple(days),
    )
    return [(id_, room, day, start, end, f"the bilateral {one} – {other}")
            for id_, room, day, start, end, one, other in rows]  # fmt: skip


def _marks(values: set | list) -> str:
    return ",".join("?" * len(values))


# Printing ---------------------------------------------------------------------------------


def print_register(event_file: EventFile, out: Path | str) -> Path:
    """The organisers' register of agreements (A4 landscape) as a PDF at `out`."""
    from delegations.printing.signings import render_register

    register = read_register(event_file)
    ceremonies = {c.id: c for c in register.ceremonies}
    rows = [_line(a, ceremonies.get(a.ceremony_id)) for a in register.agreements()]
    with writing(out) as path:
        render_register(path, rows, event=_event_name(event_file))
    return path


def print_ceremony(event_file: EventFile, ceremony_id: int, out: Path | str) -> Path:
    """A ceremony's running order with each agreement's signing table (A4) as a PDF."""
    from delegations.printing.signings import CeremonySheet, render_running_order

    ceremony = ceremony_view(event_file, ceremony_id)
    sheet = CeremonySheet(
        title_en=ceremony.title_en, title_zh=ceremony.title_zh,
        when=f"{ceremony.day:%A %d %B %Y}, {ceremony.start:%H:%M}", place=ceremony.place,
        agreements=tuple(_line(a, ceremony) for a in ceremony.agreements),
    )  # fmt: skip
    with writing(out) as path:
        render_running_order(path, sheet, event=_event_name(event_file))
    return path


def _event_name(event_file: EventFile) -> str:
    with event_file.read() as connection:
        row = connection.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else ""


def _line(agreement: AgreementView, ceremony: CeremonyView | None):  # noqa: ANN202
    from delegations.printing.signings import AgreementLine, PartyLine

    parties = tuple(
        PartyLine(p.name, p.country, p.country_name, p.signatory or "—",
                  agreement.layout.place_of(i).label, agreement.layout.place_of(i).host)
        for i, p in enumerate(agreement.parties)
    )  # fmt: skip
    at: tuple[str, ...] = ()
    if ceremony is not None:
        at = (f"Ceremony {ceremony.id}, no. {agreement.number}",
              f"{ceremony.day:%d %b}, {ceremony.start:%H:%M}", ceremony.place)  # fmt: skip
    return AgreementLine(
        number=agreement.number, title_en=agreement.title_en, title_zh=agreement.title_zh,
        kind=agreement.kind_names, parties=parties,
        witnesses=tuple(w.name for w in agreement.witnesses), ceremony=at,
        layout=agreement.layout, warnings=agreement.warnings,
    )  # fmt: skip


# The demo ---------------------------------------------------------------------------------

DEMO_CEREMONY = (
    "Launch of the China–ASEAN International Skills Talent Cultivation Programme and Signing "
    "of University–Enterprise Partnerships"
)
_DEMO_CEREMONY_ZH = "中国—东盟国际技能人才培养计划启动暨校企合作签约仪式"
# (title EN, title ZH, kind, (party, country, kind, signatory), (party, …), witnesses).
# The Guiyang Vocational and Technical College – Forward Tire Company partnership stands for
# those announced on 26 July 2025 (Guizhou institutions with Viet Nam's Forward Tire Company);
# the other pairs are illustrative, signed by the demo's (synthetic) delegates.
_DEMO_AGREEMENTS = (
    ("Memorandum of Understanding on Joint Training of Tyre Manufacturing Technicians",
     "轮胎制造技术人才联合培养合作备忘录", "mou",
     ("Guiyang Vocational and Technical College", "CN", "institution", "Yang Xuemei"),
     ("Forward Tire Company", "VN", "company", "Phạm Quang Huy"), ("Wang Haitao",)),
    ("Agreement on Student Exchange and Joint Laboratories in Intelligent Manufacturing",
     "智能制造学生交流与联合实验室合作协议", "agreement",
     ("Guizhou University", "CN", "institution", "Liu Xiaoyan"),
     ("King Mongkut's University of Technology Thonburi", "TH", "institution",
      "Wongsuwan Siriporn"), ("Wang Haitao", "Srisawat Kittisak")),
    ("Memorandum of Understanding on a Digital Skills Training Centre",
     "共建数字技能培训中心合作备忘录", "mou",
     ("Guiyang Vocational and Technical College", "CN", "institution", "Yang Xuemei"),
     ("Politeknik Negeri Jakarta", "ID", "institution", "Santoso Budi"), ()),
    ("Memorandum of Understanding on Joint Programmes in Computer Science",
     "计算机科学联合培养项目合作备忘录", "mou",
     ("Guizhou University", "CN", "institution", "Zhou Minghui"),
     ("Universiti Teknologi Malaysia", "MY", "institution", "Ahmad bin Ismail"), ()),
    ("Letter of Intent on Vocational Teacher Training",
     "职业院校教师培训合作意向书", "letter-of-intent",
     ("Guiyang Vocational and Technical College", "CN", "institution", "Yang Xuemei"),
     ("National Polytechnic Institute of Cambodia", "KH", "institution", "Sok Sophal"),
     ("Oum Romany",)),
    ("Letter of Intent on Agricultural Engineering Cooperation",
     "农业工程合作意向书", "letter-of-intent",
     ("Guizhou University", "CN", "institution", "Liu Xiaoyan"),
     ("Souphanouvong University", "LA", "institution", "Keomany Manivone"), ()),
)  # fmt: skip


def sign_demo(*, session: object) -> None:
    """The demo's 26 July signing ceremony and its partnerships (inside the demo's
    transaction: `session` is its ORM session or a connection)."""
    connection = sql_connection(session)
    launch = connection.execute(
        "SELECT s.day, s.start_time, coalesce(r.name, '') FROM agendasession s "
        "LEFT JOIN room r ON r.id = s.room_id WHERE s.title_en = ?",
        (DEMO_CEREMONY,),
    ).fetchone()
    if launch is None:
        return
    ceremony = _add_ceremony(connection, CeremonyInput(
        DEMO_CEREMONY, _date(launch[0]), _time(launch[1]), launch[2],
        _DEMO_CEREMONY_ZH,
    ))  # fmt: skip
    for title_en, title_zh, kind, *parties, witnesses in _DEMO_AGREEMENTS:
        _add(connection, AgreementInput(
            title_en, tuple(PartyInput(name, country, signatory, party)
                            for name, country, party, signatory in parties),
            title_zh, kind, witnesses, ceremony,
        ))  # fmt: skip


def full_names(parties: tuple[PartyView, ...]) -> str:
    """Each party with its country in brackets, for one-line listings."""
    return "; ".join(f"{p.name} ({p.country_name})" if p.country_name else p.name
                     for p in parties)  # fmt: skip
