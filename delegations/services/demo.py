"""The demo event: the China–ASEAN Education Cooperation Week 2025 in Guiyang.

`create_demo_event` writes the fixed part (the event, twelve delegations with their heads and
members, rooms, speakers and a week of agenda) through the ordinary services so their
validation applies, then adds any number of synthetic delegates with one bulk insert.

The real people of the 26 July seminar are named as published, family name first, with no
native-script spelling: we do not invent one. Everyone else is synthetic (see `demo_names`).

The data are files in `resources/demo/`: `event.json` (the event, its rooms, the seminar),
`people.json` (real speakers, heads of delegation, synthetic speakers, the generated members
of each delegation), `agenda.json` (the week, speakers named by their key); the names of
synthetic people come from `names.json` and `organisations.json` (see `demo_names`).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func
from sqlmodel import Session, select

from delegations.domain import rules
from delegations.domain.countries import COUNTRY_NAMES
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Delegation,
    NameOrder,
    Room,
    SessionKind,
    Speaker,
    SpeakerRole,
)
from delegations.domain.names import clean
from delegations.services import (
    agenda,
    bilaterals,
    delegations,
    demo_agenda,
    demo_travel,
    event,
    hotels,
    seating,
    signings,
    speakers,
)
from delegations.services.demo_names import (
    ACCESS_NEEDS,
    COLLEGE_HEAD,
    COUNTRY_WEIGHTS,
    DIETARY,
    JUNIOR_POSITIONS,
    OBSERVER_POSITIONS,
    ORGANISATIONS,
    POSITIONS,
    SUPPORTED_COUNTRIES,
    UNIVERSITY_HEAD,
    Organisation,
    Person,
    make_person,
    read_demo_file,
)
from delegations.services.records import apply_changes
from delegations.store import sql_connection

if TYPE_CHECKING:
    from delegations.store import EventFile

# The fixed part's data: resources/demo/event.json, people.json, agenda.json ----------------

BASE_SEED = 20250726  # the fixed part is the same whatever --seed says


@dataclass(frozen=True, slots=True)
class _Named:
    """A person written out by hand: a head of delegation or a speaker."""

    key: str
    country: str
    honorific: str
    given: str
    family: str
    native: str
    order: NameOrder
    position: str
    organisation: str
    role: str = "speaker"  # role code as a delegate; "" = speaker only, not a delegate
    bio: str = ""
    real: bool = False  # a real person: no invented e-mail, native name or details
    dietary: str = ""


@dataclass(frozen=True, slots=True)
class _Slot:
    day: dt.date
    start: dt.time
    end: dt.time
    room: str | None
    kind: SessionKind
    title_en: str
    title_zh: str
    description: str = ""
    chair: str | None = None  # speaker key
    speakers: tuple[tuple[str, SpeakerRole], ...] = ()
    attendance: int | None = None


def _named(entry: dict[str, Any]) -> _Named:
    return _Named(**{**entry, "order": NameOrder(entry["order"])})


def _slot(entry: dict[str, Any]) -> _Slot:
    return _Slot(
        day=dt.date.fromisoformat(entry["day"]),
        start=dt.time.fromisoformat(entry["start"]),
        end=dt.time.fromisoformat(entry["end"]),
        room=entry["room"],
        kind=SessionKind(entry["kind"]),
        title_en=entry["title_en"],
        title_zh=entry["title_zh"],
        description=entry.get("description", ""),
        chair=entry.get("chair"),
        speakers=tuple((key, SpeakerRole(role)) for key, role in entry.get("speakers", ())),
        attendance=entry.get("attendance"),
    )


def _member_specs(rows: list[dict[str, str]]) -> tuple[tuple[str, str, str], ...]:
    return tuple((row["role"], row["kind"], row["position"]) for row in rows)


_EVENT_FILE = read_demo_file("event.json")
_PEOPLE = read_demo_file("people.json")

EVENT: dict[str, Any] = {
    **_EVENT_FILE["event"],
    "start_date": dt.date.fromisoformat(_EVENT_FILE["event"]["start_date"]),
    "end_date": dt.date.fromisoformat(_EVENT_FILE["event"]["end_date"]),
}
FIRST_DAY, LAST_DAY = EVENT["start_date"], EVENT["end_date"]
SEMINAR_TITLE: str = _EVENT_FILE["seminar"]["title"]  # the 26 July seminar
PROGRAMME_NAME: str = _EVENT_FILE["seminar"]["programme"]  # launched after it
ROOMS: tuple[tuple[str, int, str], ...] = tuple(
    (room["name"], room["capacity"], room["floor"]) for room in _EVENT_FILE["rooms"]
)
DELEGATION_NOTES: dict[str, str] = _EVENT_FILE["delegation_notes"]

# The real speakers of the 26 July seminar, as published; no native-script names invented.
REAL_SPEAKERS: tuple[_Named, ...] = tuple(_named(entry) for entry in _PEOPLE["real_speakers"])
# Heads of delegation by country. All but Cambodia's (a real speaker) are synthetic.
HEADS: dict[str, _Named] = {
    head.country: head for head in (_named(entry) for entry in _PEOPLE["heads"])
}
# Synthetic speakers; all are members of their country's delegation.
SPEAKERS: tuple[_Named, ...] = tuple(_named(entry) for entry in _PEOPLE["speakers"])
# The generated members of each delegation besides its head and named speakers:
# (role code, organisation kind, position or "" for one drawn from POSITIONS[kind]).
_MEMBERS = _member_specs(_PEOPLE["members"])
_EXTRA_MEMBERS = {
    country: _member_specs(rows) for country, rows in _PEOPLE["extra_members"].items()
}
AGENDA: tuple[_Slot, ...] = tuple(
    _slot(entry) for entry in read_demo_file("agenda.json")["sessions"]
)

_V = TypeVar("_V")

_SPREAD_ROLES: tuple[tuple[str, float], ...] = (
    ("delegate", 0.74), ("observer", 0.10), ("staff", 0.07), ("media", 0.05), ("vip", 0.04),
)  # fmt: skip
_DELEGATE_KINDS: tuple[tuple[str, float], ...] = (
    ("ministry", 0.3), ("university", 0.4), ("college", 0.22), ("enterprise", 0.08),
)  # fmt: skip
_OBSERVER_KINDS: tuple[tuple[str, float], ...] = (
    ("university", 0.6), ("association", 0.2), ("ministry", 0.2),
)  # fmt: skip


def create_demo_event(*, session: Session, delegates: int = 0, seed: int = 2025) -> dict[str, int]:
    """Fill the event with the demo event and add `delegates` synthetic delegates.

    If the event already has delegations, the fixed part is left as it is and only the
    synthetic delegates are added to its delegations from China and the ASEAN countries.
    The same `seed` gives the same delegates; neither time nor the global RNG is used.

    Returns:
        What the event now holds: delegations, delegates, speakers, rooms and sessions.
    """
    if delegates < 0:
        raise InvalidInput("Delegates", "give 0 or more synthetic delegates to add.")
    fresh = _count(session, Delegation) == 0
    if fresh:
        _create_base(session)
    if delegates:
        first_new = (session.exec(select(func.max(Delegate.id))).one() or 0) + 1
        add_synthetic_delegates(session=session, count=delegates, seed=seed)
        if fresh:  # an event of one's own keeps its travel and rooms as they are
            demo_travel.travel_demo(session=session)  # those without legs: the new ones
            _room_synthetic(session, first_new)
    return {
        "delegations": _count(session, Delegation),
        "delegates": _count(session, Delegate),
        "speakers": _count(session, Speaker),
        "rooms": _count(session, Room),
        "sessions": _count(session, AgendaSession),
    }


def write_demo(
    event_file: EventFile, *, delegates: int = 0, sessions: int = 0, seed: int = 2025
) -> dict[str, int]:
    """The demo event, `delegates` synthetic delegates and `sessions` synthetic sessions, in one
    transaction; returns what the event now holds (see `create_demo_event`)."""
    with event_file.session() as session:
        counts = create_demo_event(session=session, delegates=delegates, seed=seed)
        if sessions:
            counts.update(
                demo_agenda.add_synthetic_sessions(session=session, count=sessions, seed=seed)
            )
    return counts


def _count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


# The fixed part -------------------------------------------------------------------------


def _create_base(session: Session) -> None:
    the_event = event.get_event(session=session)
    apply_changes(the_event, EVENT)
    rules.check_date_range(the_event.start_date, the_event.end_date, "Start date", "End date")
    session.flush()

    roles = {role.code: role.id for role in event.list_roles(session=session)}
    rng = random.Random(BASE_SEED)
    used_emails: set[str] = set()
    members_by_key: dict[str, int] = {}  # named person key -> delegate id

    for order, country in enumerate(COUNTRY_NAMES, start=1):
        head_spec = HEADS[country]
        delegation = delegations.add_delegation(
            session,
            delegations.DelegationCreate(
                country=country,
                name=COUNTRY_NAMES[country],
                institution=head_spec.organisation,
                protocol_order=order,
                arrival=FIRST_DAY,
                departure=LAST_DAY,
            ),
        )  # fmt: skip
        head = _create_named_delegate(session, head_spec, delegation.id, roles, used_emails)
        members_by_key[head_spec.key] = head.id
        members_by_key[f"head_{country.lower()}"] = head.id
        for spec in SPEAKERS:
            if spec.country == country:
                member = _create_named_delegate(session, spec, delegation.id, roles, used_emails)
                members_by_key[spec.key] = member.id
        liaison: Delegate | None = None
        for role, kind, position in _MEMBERS + _EXTRA_MEMBERS.get(country, ()):
            fields = _generated_member(rng, country, role, kind, position, used_emails)
            member = delegations.add_delegate(
                session,
                delegations.DelegateCreate(
                    delegation_id=delegation.id, role_id=roles[role], **fields
                ),
            )
            if liaison is None and position == "Liaison Officer":
                liaison = member
        delegations.change_delegation(
            session, delegation.id,
            delegations.DelegationUpdate(
                head_id=head.id,
                contact_name=delegations.delegate_display_name(liaison) if liaison else "",
                contact_email=liaison.email if liaison else "",
                notes=DELEGATION_NOTES.get(country, ""),
            ),
        )  # fmt: skip

    speaker_ids = _create_speakers(session, members_by_key)
    _create_agenda(session, speaker_ids)
    session.flush()
    seating.seat_demo(session=session)  # the Opening Ceremony's plan in a hollow square
    signings.sign_demo(session=session)  # the 26 July signing ceremony and its partnerships
    bilaterals.schedule_demo(session=session)  # heads' bilaterals in two rooms
    demo_travel.travel_demo(session=session)  # flights into KWE, China's train to KQW
    hotels.room_demo(session=session)  # two Guiyang hotels' blocks, everyone roomed


def _org(country: str, name: str) -> Organisation | None:
    return next((org for org in ORGANISATIONS[country] if org.name == name), None)


def _create_named_delegate(
    session: Session, spec: _Named, delegation_id: int, roles: dict[str, int], used: set[str]
) -> Delegate:
    email = ""
    if not spec.real:
        # Vietnamese people are called by the last word of their given name.
        call_name = spec.given.split()[-1] if spec.country == "VN" else ""
        person = Person(
            spec.honorific, spec.given, spec.family, spec.native, spec.order, "",
            call_name=call_name,
        )  # fmt: skip
        org = _org(spec.country, spec.organisation) or ORGANISATIONS[spec.country][0]
        email = _unique_email(person.email_local(), org.domain, used, {})
    return delegations.add_delegate(
        session,
        delegations.DelegateCreate(
            delegation_id=delegation_id,
            role_id=roles[spec.role],
            honorific=spec.honorific,
            given_name=spec.given,
            family_name=spec.family,
            native_name=spec.native,
            name_order=spec.order,
            position=spec.position,
            organisation=spec.organisation,
            email=email,
            dietary=spec.dietary,
            arrival=FIRST_DAY,
            departure=LAST_DAY,
        ),
    )  # fmt: skip


def _create_speakers(session: Session, members_by_key: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    named = [*REAL_SPEAKERS, *HEADS.values(), *SPEAKERS]
    for spec in named:
        bio = spec.bio or f"{spec.position}, {spec.organisation}; heads the delegation of " + (
            f"{COUNTRY_NAMES[spec.country]} to the Week."
        )
        speaker = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                honorific=spec.honorific, given_name=spec.given,
                family_name=spec.family, native_name=spec.native, name_order=spec.order,
                position=spec.position, organisation=spec.organisation, country=spec.country,
                bio=bio, delegate_id=members_by_key.get(spec.key),
            ),
        )  # fmt: skip
        ids[spec.key] = speaker.id
        if spec.role == "hod":
            ids[f"head_{spec.country.lower()}"] = speaker.id
    return ids


def _create_agenda(session: Session, speaker_ids: dict[str, int]) -> None:
    rooms: dict[str, int] = {}
    for order, (name, capacity, floor) in enumerate(ROOMS):
        room = agenda.create_room(
            session=session,
            room_in=agenda.RoomCreate(name=name, capacity=capacity, floor=floor, sort_order=order),
        )
        rooms[name] = room.id
    for slot in AGENDA:
        created = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=slot.day, start_time=slot.start,
                end_time=slot.end, room_id=rooms[slot.room] if slot.room else None, kind=slot.kind,
                title_en=slot.title_en, title_zh=slot.title_zh, description=slot.description,
                chair_id=speaker_ids[slot.chair] if slot.chair else None,
                interpretation="" if slot.kind == SessionKind.BREAK else "en,zh",
                expected_attendance=slot.attendance,
            ),
        )  # fmt: skip
        if slot.speakers:
            agenda.set_session_speakers(
                session=session, session_id=created.id,
                speakers=[(speaker_ids[key], role) for key, role in slot.speakers],
            )  # fmt: skip


# Synthetic people -------------------------------------------------------------------------


def _weighted(rng: random.Random, table: Sequence[tuple[_V, float]]) -> _V:
    roll = rng.random() * sum(weight for _, weight in table)
    for value, weight in table:
        roll -= weight
        if roll < 0:
            return value
    return table[-1][0]


def _unique_email(local: str, domain: str, used: set[str], next_suffix: dict[str, int]) -> str:
    email = f"{local}@{domain}"
    if email not in used:
        used.add(email)
        return email
    suffix = next_suffix.get(email, 2)
    while f"{local}{suffix}@{domain}" in used:
        suffix += 1
    next_suffix[email] = suffix + 1
    email_n = f"{local}{suffix}@{domain}"
    used.add(email_n)
    return email_n


def _generated_member(
    rng: random.Random,
    country: str,
    role: str,
    kind: str,
    position: str,
    used: set[str],
    next_suffix: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The fields of one synthetic delegate of `country` (no delegation or role id).

    `position` "" draws one that fits the role and the organisation; "@head" is the title of
    the organisation's head.
    """
    orgs = [org for org in ORGANISATIONS[country] if org.kind == kind] or [
        org for org in ORGANISATIONS[country] if org.kind == "ministry"
    ]
    org = rng.choice(orgs)
    if position == "@head":
        position = (
            UNIVERSITY_HEAD[country]
            if org.kind == "university"
            else COLLEGE_HEAD.get(country, "Principal")
        )
    elif not position:
        if role == "observer":
            table = OBSERVER_POSITIONS.get(org.kind, OBSERVER_POSITIONS["ministry"])
        elif role in ("staff", "media"):
            table = POSITIONS[role if role == "staff" else "media"]
        else:
            table = POSITIONS[org.kind]
        position = rng.choice(table)
    junior = role in ("staff", "media") or position in JUNIOR_POSITIONS
    academic = org.kind == "university" and role in ("delegate", "vip") and not junior
    person = make_person(rng, country, academic=academic)
    honorific = person.honorific
    if junior and honorific in ("Dr.", "Prof."):
        honorific = "Mr." if person.gender == "m" else "Ms."
    elif role == "vip" and org.kind == "university":
        honorific = "Prof." if rng.random() < 0.7 else "Dr."
    if person.halal:
        dietary = "Halal" if rng.random() < 0.9 else ""
    else:
        dietary = rng.choice(DIETARY) if rng.random() < 0.12 else ""
    access = rng.choice(ACCESS_NEEDS) if rng.random() < 0.02 else ""
    arrival = FIRST_DAY + dt.timedelta(days=_weighted(rng, _ARRIVAL_OFFSETS))
    departure = max(arrival, LAST_DAY - dt.timedelta(days=_weighted(rng, _DEPARTURE_OFFSETS)))
    suffixes = {} if next_suffix is None else next_suffix
    email = _unique_email(person.email_local(), org.domain, used, suffixes)
    return {
        "honorific": honorific,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "native_name": person.native_name,
        "name_order": person.name_order,
        "position": position,
        "organisation": org.name,
        "email": email,
        "dietary": dietary,
        "access_needs": access,
        "arrival": arrival,
        "departure": departure,
    }


_ARRIVAL_OFFSETS: tuple[tuple[int, float], ...] = ((0, 0.7), (1, 0.25), (2, 0.05))
_DEPARTURE_OFFSETS: tuple[tuple[int, float], ...] = ((0, 0.65), (1, 0.32), (2, 0.03))


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` by `weights` exactly (largest remainder, ties to the earlier entry)."""
    whole = sum(weights)
    shares = [total * weight / whole for weight in weights]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    return counts


def add_synthetic_delegates(*, session: Session, count: int, seed: int) -> int:
    """Add `count` synthetic delegates spread over the delegations by country size.

    Rows are validated with the same rules as a form, then written with one bulk insert, so
    20,000 delegates take about a second.

    Raises:
        InvalidInput: the event has no delegation from China or an ASEAN country.
    """
    targets = [
        (delegation_id, country)
        for delegation_id, country in session.exec(
            select(Delegation.id, Delegation.country).order_by(
                Delegation.protocol_order, Delegation.id
            )
        )
        if country in SUPPORTED_COUNTRIES
    ]
    if not targets:
        raise InvalidInput(
            "Delegates",
            "the event has no delegation from China or an ASEAN country to add delegates to.",
        )
    per_country: dict[str, int] = {}
    for _id, country in targets:
        per_country[country] = per_country.get(country, 0) + 1
    weights = [COUNTRY_WEIGHTS[country] / per_country[country] for _id, country in targets]

    roles = {role.code: role.id for role in event.list_roles(session=session)}
    used = {email for email in session.exec(select(Delegate.email)) if email}
    next_suffix: dict[str, int] = {}
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for (delegation_id, country), n in zip(targets, _allocate(count, weights), strict=True):
        for _ in range(n):
            role = _weighted(rng, _SPREAD_ROLES)
            position = ""
            if role in ("media", "staff"):
                kind = "media" if role == "media" else "ministry"
            elif role == "observer":
                kind = _weighted(rng, _OBSERVER_KINDS)
            elif role == "vip":
                kind, position = ("university" if rng.random() < 0.6 else "college"), "@head"
            else:
                kind = _weighted(rng, _DELEGATE_KINDS)
            fields = _generated_member(rng, country, role, kind, position, used, next_suffix)
            rows.append(_checked_row(fields, delegation_id, roles.get(role)))
    if rows:
        _insert_delegates(session, rows)
    return len(rows)


def _insert_delegates(session: Session, rows: list[dict[str, Any]]) -> None:
    """One `executemany` on the session's connection, values as the ORM stores them (an
    enum by its name, a date as ISO text): the ORM's bulk insert spent ~0.4 s of CPU per
    20,000 rows building its statements."""
    session.flush()
    columns = list(rows[0])
    connection = sql_connection(session)
    connection.executemany(
        f"INSERT INTO delegate ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        ([_stored(column, row[column]) for column in columns] for row in rows),
    )


def _stored(column: str, value: Any) -> Any:
    if column == "name_order":
        return NameOrder(value).name
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# Synthetic rows repeat the same few thousand strings; clean each once.
_clean = functools.lru_cache(maxsize=16384)(clean)


def _checked_row(fields: dict[str, Any], delegation_id: int, role_id: int | None) -> dict[str, Any]:
    """A row for the bulk insert, cleaned and checked as `create_delegate` would."""
    row = {key: _clean(value) if isinstance(value, str) else value for key, value in fields.items()}
    rules.require_person_name(row["given_name"], row["family_name"], row["native_name"])
    rules.check_email(row["email"])
    rules.check_date_range(row["arrival"], row["departure"], "Arrival", "Departure")
    row.update(
        delegation_id=delegation_id, role_id=role_id, phone="", photo=None, notes="",
        badge_version=1,
    )  # fmt: skip
    return row


# Rooms for the synthetic delegates ------------------------------------------------------

# Where `hotels.room_demo` puts the demo's own people (its staff and media two to a twin,
# the others alone in a king room; Guizhou's own go home), with the floor of each type's
# rooms. Tens of thousands of rooms are written here in bulk: its room-by-room way would
# add a third to the demo's time.
_SYNTHETIC_ROOMS = {
    "shared": ("Sheraton Guiyang Hotel", "Deluxe Twin", "9"),
    "alone": ("Kempinski Hotel Guiyang", "Deluxe King", "12"),
}
_SHARING_ROLES = ("staff", "media")
_SHARERS = {"mr.": "men", "ms.": "women", "mrs.": "women", "miss": "women"}


def _room_synthetic(session: Session, first_id: int) -> None:
    """Room the delegates from `first_id` on in the demo's hotels (staff and media two to a
    room: same delegation, same dates, both men or both women) and grow the blocks to the
    rooms taken, so `hotels check` stays clean."""
    connection = sql_connection(session)
    types = {
        (hotel, name): type_id
        for type_id, hotel, name in connection.execute(
            "SELECT t.id, h.name, t.name FROM hotelroomtype t JOIN hotel h ON h.id = t.hotel_id"
        )
    }
    rooms: list[tuple[str, list[tuple[int, str]]]] = []  # ("alone" or "shared", guests)
    half_full: dict[tuple, list[tuple[int, str]]] = {}  # twins waiting for a room-mate
    home: list[tuple[int, str]] = []
    for (
        id_,
        delegation_id,
        role,
        honorific,
        arrival,
        departure,
        organisation,
        needs,
    ) in connection.execute(
        "SELECT d.id, d.delegation_id, coalesce(r.code, ''), d.honorific, d.arrival, "
        "d.departure, d.organisation, d.access_needs FROM delegate d "
        "LEFT JOIN role r ON r.id = d.role_id WHERE d.id >= ? ORDER BY d.id",
        (first_id,),
    ):
        requests = " ".join(needs.split())
        if demo_travel.is_local(organisation):
            home.append((id_, requests))
            continue
        if role in _SHARING_ROLES:
            sharer = _SHARERS.get(honorific.strip().lower(), id_)
            room = half_full.pop((delegation_id, arrival, departure, sharer), None)
            if room is None:
                room = half_full[delegation_id, arrival, departure, sharer] = []
                rooms.append(("shared", room))
            room.append((id_, requests))
        else:
            rooms.append(("alone", [(id_, requests)]))
    next_id = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM hotelroom").fetchone()[0]
    taken = dict(
        connection.execute("SELECT room_type_id, count(*) FROM hotelroom GROUP BY 1").all()
    )
    room_rows, stay_rows = [], []
    for kind, guests in rooms:
        hotel, type_name, floor = _SYNTHETIC_ROOMS[kind]
        type_id = types[hotel, type_name]
        taken[type_id] = taken.get(type_id, 0) + 1
        room_rows.append((next_id, type_id, f"{floor}{taken[type_id]:02d}"))
        stay_rows.extend((id_, next_id, requests, False) for id_, requests in guests)
        next_id += 1
    stay_rows.extend((id_, None, requests, True) for id_, requests in home)
    connection.executemany(
        "INSERT INTO hotelroom (id, room_type_id, number) VALUES (?, ?, ?)", room_rows
    )
    if connection.on_postgresql:  # the ids were given: the next room's id follows them
        connection.execute(
            "SELECT setval(pg_get_serial_sequence('hotelroom', 'id'), max(id)) FROM hotelroom"
        )
    connection.executemany(
        "INSERT INTO roomstay (delegate_id, room_id, check_in, check_out, requests, "
        "own_arrangements) VALUES (?, ?, NULL, NULL, ?, ?)",
        stay_rows,
    )
    connection.execute(
        "UPDATE roomblock SET rooms = t.taken FROM (SELECT room_type_id, count(*) AS taken "
        "FROM hotelroom GROUP BY room_type_id) AS t "
        "WHERE t.room_type_id = roomblock.room_type_id AND roomblock.rooms < t.taken"
    )
