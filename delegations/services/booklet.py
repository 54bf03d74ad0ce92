"""The printed programme: booklet (plain or imposed), errata sheet and door sheets.

Each use case takes the `EventFile` (not a session: it reads in one short session of its own,
so a Qt worker thread can call it), `progress(done, total)` and `cancelled()` callables with
no-op defaults, writes to a temporary file beside `out` and renames it into place only when
the run completes. A cancelled run leaves no file and returns an outcome with
`cancelled=True`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func
from sqlmodel import Session, select

from delegations.domain.countries import country_name
from delegations.domain.errors import UserError
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Delegation,
    Event,
    NameOrder,
    Rank,
    Role,
    Room,
    SessionKind,
    SessionSpeaker,
    Speaker,
)
from delegations.domain.names import fold, full_name
from delegations.domain.precedence import MemberToOrder, member_key
from delegations.files import Abandon, replaced_atomically
from delegations.printing.booklet.model import (
    Booklet,
    BookletEvent,
    DelegationEntry,
    DelegationMember,
    DoorSheet,
    Errata,
    ErrataEntry,
    PersonRef,
    ProgrammeSession,
    RoomEntry,
    SessionSpeakerRef,
    SpeakerProfile,
)
from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services import programme
from delegations.services.badges import event_info
from delegations.services.outputs import checked_output
from delegations.store import EventFile

PAPERS = ("a5", "a4")
# The delegations chapter: heads of delegation only (the default: what protocol offices print;
# ~6 A5 pages at 2,000 delegates instead of ~160), every member, or none.
DELEGATION_LISTS = ("heads", "all", "none")
NO_SESSIONS = "The agenda has no sessions yet; add sessions before printing the booklet."
LANGUAGES = {"en": "English", "zh": "Chinese", "th": "Thai", "vi": "Vietnamese",
             "km": "Khmer", "lo": "Lao", "my": "Burmese", "id": "Indonesian", "ms": "Malay",
             "fil": "Filipino", "tl": "Filipino", "pt": "Portuguese", "fr": "French"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class BookletOutcome:
    path: Path | None
    pages: int = 0  # pages of the booklet (A5 or A4)
    sheets: int = 0  # imposed: A4 sides (two booklet pages each); 0 when not imposed
    cancelled: bool = False
    published: int | None = None  # the programme version published before printing


@dataclass(frozen=True, slots=True)
class PrintChoices:
    """What the print dialog offers: the published versions (oldest first) for the errata,
    the edition the booklet would print as it stands, and the warnings before printing."""

    versions: tuple[programme.VersionRow, ...]
    version_label: str
    preflight: tuple[str, ...]


# Read models ------------------------------------------------------------------------------


def _person(speaker: Speaker) -> PersonRef:
    order = speaker.name_order or NameOrder.GIVEN_FIRST
    return PersonRef(
        id=speaker.id,
        name=full_name(speaker.given_name, speaker.family_name, order),
        native=speaker.native_name,
        honorific=speaker.honorific,
    )


def _index_name(speaker: Speaker) -> str:
    """Family name first for the index: "Wongsuwan, Siriporn"; "Bai Zhen" stays as it is."""
    if speaker.name_order == NameOrder.FAMILY_FIRST or not speaker.given_name:
        return full_name(speaker.given_name, speaker.family_name, NameOrder.FAMILY_FIRST)
    if not speaker.family_name:
        return speaker.given_name
    return f"{speaker.family_name}, {speaker.given_name}"


def _interpretation(tags: str) -> str:
    names = [LANGUAGES.get(tag.strip().lower(), tag.strip()) for tag in tags.split(",")]
    return ", ".join(name for name in names if name)


def version_label(*, session: Session) -> str:
    """ "Programme version 3, published 20 Jul 2025", with a note when the agenda has changed
    since; "Draft" when no version has been published."""
    versions = programme.list_versions(session=session)
    if not versions:
        return "Draft — no programme version published yet"
    last = versions[-1]
    label = f"Programme version {last.number}, published {last.published_at:%-d %b %Y}"
    if programme.changes_since(session=session, number=last.number):
        label += " (with later changes)"
    return label


def booklet_event(*, session: Session, today: dt.date | None = None) -> BookletEvent:
    event = session.exec(select(Event)).one()
    info = event_info(session=session)
    return BookletEvent(
        name=event.name,
        name_zh=event.name_zh,
        dates=info.dates,
        venue=event.venue,
        city=event.city,
        welcome=event.welcome_text,
        version=version_label(session=session),
        printed_on=today or dt.date.today(),
        time_zone=event.time_zone,
    )


def programme_sessions(*, session: Session) -> list[ProgrammeSession]:
    """Every session in time order (day, start, room order), speakers resolved."""
    people = {speaker.id: _person(speaker) for speaker in session.exec(select(Speaker))}
    rooms = {room.id: room for room in session.exec(select(Room))}
    speakers: dict[int, list[SessionSpeakerRef]] = {}
    for session_id, speaker_id, role in session.exec(
        select(SessionSpeaker.session_id, SessionSpeaker.speaker_id, SessionSpeaker.role)
        .order_by(SessionSpeaker.session_id, SessionSpeaker.position)
    ):  # fmt: skip
        speakers.setdefault(session_id, []).append(
            SessionSpeakerRef(
                people[speaker_id], str(role.value if hasattr(role, "value") else role)
            )
        )

    def room_order(s: AgendaSession) -> tuple:
        room = rooms.get(s.room_id)
        return (room.sort_order, room.name) if room else (10**6, "")

    rows = sorted(
        session.exec(select(AgendaSession)),
        key=lambda s: (s.day, s.start_time, room_order(s), s.id),
    )
    return [
        ProgrammeSession(
            id=s.id, day=s.day, start=s.start_time, end=s.end_time, title_en=s.title_en,
            title_zh=s.title_zh, room=rooms[s.room_id].name if s.room_id in rooms else "",
            kind=str(s.kind.value), is_break=s.kind == SessionKind.BREAK,
            description=s.description, chair=people.get(s.chair_id),
            speakers=tuple(speakers.get(s.id, ())),
            interpretation=_interpretation(s.interpretation),
        )
        for s in rows
    ]  # fmt: skip


def speaker_profiles(*, session: Session, photos: bool = True) -> list[SpeakerProfile]:
    rows = session.exec(select(Speaker)).all()
    profiles = [
        SpeakerProfile(
            person=_person(s), position=s.position, organisation=s.organisation,
            country=country_name(s.country) if s.country else "", bio=s.bio,
            photo=s.photo if photos else None, index_name=_index_name(s),
        )
        for s in rows
    ]  # fmt: skip
    return sorted(profiles, key=lambda p: (fold(p.index_label), p.person.native, p.person.id))


def delegation_entries(*, session: Session) -> list[DelegationEntry]:
    roles = {role.id: role for role in session.exec(select(Role))}
    members: dict[int, list[Delegate]] = {}
    for delegate in session.exec(select(Delegate)):
        members.setdefault(delegate.delegation_id, []).append(delegate)

    def member(delegate: Delegate) -> DelegationMember:
        role = roles.get(delegate.role_id)
        return DelegationMember(
            name=full_name(delegate.given_name, delegate.family_name, delegate.name_order),
            native=delegate.native_name, honorific=delegate.honorific,
            position=delegate.position, organisation=delegate.organisation,
            role=role.name if role else "",
        )  # fmt: skip

    rank_orders = dict(session.exec(select(Rank.id, Rank.sort_order)).all())

    def order(delegate: Delegate, head_id: int | None) -> tuple:
        return member_key(MemberToOrder(
            delegate.id, delegate.id == head_id, rank_orders.get(delegate.rank_id),
            delegate.family_name, delegate.given_name,
        ))  # fmt: skip

    entries = []
    for delegation in session.exec(
        select(Delegation).order_by(Delegation.protocol_order, Delegation.name)
    ):
        people = sorted(
            members.get(delegation.id, []), key=lambda d, h=delegation.head_id: order(d, h)
        )
        head = next((d for d in people if d.id == delegation.head_id), None)
        country = country_name(delegation.country)
        entries.append(
            DelegationEntry(
                name=delegation.name,
                country="" if fold(country) == fold(delegation.name) else country,
                institution=delegation.institution,
                head=member(head) if head else None,
                members=tuple(member(d) for d in people if d is not head),
            )
        )
    return entries


def room_entries(*, session: Session) -> list[RoomEntry]:
    counts = dict(
        session.exec(
            select(AgendaSession.room_id, func.count()).group_by(AgendaSession.room_id)
        ).all()
    )
    return [
        RoomEntry(room.name, room.floor, room.capacity, counts.get(room.id, 0))
        for room in session.exec(select(Room).order_by(Room.sort_order, Room.name))
    ]


def booklet_data(*, session: Session, today: dt.date | None = None) -> Booklet:
    """Everything the booklet prints, as plain read models."""
    return Booklet(
        event=booklet_event(session=session, today=today),
        sessions=tuple(programme_sessions(session=session)),
        speakers=tuple(speaker_profiles(session=session)),
        delegations=tuple(delegation_entries(session=session)),
        rooms=tuple(room_entries(session=session)),
    )


def errata_data(*, session: Session, since: int) -> Errata:
    """The changes since programme version `since`.

    Raises:
        NotFound: there is no such version (the sentence says which exist).
    """
    changes = programme.changes_since(session=session, number=since)
    version = next(v for v in programme.list_versions(session=session) if v.number == since)
    entries = tuple(
        ErrataEntry(
            kind=str(change.kind.value if hasattr(change.kind, "value") else change.kind),
            day=change.day, start=change.start_time, title_en=change.title_en,
            title_zh=change.title_zh, sentence=change.sentence, before=change.before,
            after=change.after,
        )
        for change in changes
    )  # fmt: skip
    return Errata(
        event=booklet_event(session=session),
        since=f"version {since}, published {version.published_at:%-d %b %Y}",
        entries=entries,
    )


def door_sheets_data(*, session: Session) -> list[DoorSheet]:
    """One sheet per room per day that has sessions in it, rooms in their order."""
    rooms = list(session.exec(select(Room).order_by(Room.sort_order, Room.name)))
    by_room_day: dict[tuple[str, dt.date], list[ProgrammeSession]] = {}
    for s in programme_sessions(session=session):
        if s.room:
            by_room_day.setdefault((s.room, s.day), []).append(s)
    sheets = []
    for room in rooms:
        for (name, day), sessions in sorted(by_room_day.items(), key=lambda kv: kv[0][1]):
            if name == room.name:
                sheets.append(DoorSheet(room.name, day, room.floor, tuple(sessions)))
    return sheets


# Writing ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _atomic(out: Path) -> Iterator[tuple[BinaryIO, dict]]:
    """A stream on a temporary file beside `out` (the one atomic writer), moved onto `out`
    when the block ends with `state["commit"]` true; removed otherwise (also on errors)."""
    checked_output(out)
    state = {"commit": False}
    try:
        with replaced_atomically(out, make_folder=False) as temporary:
            with temporary.open("wb") as handle:
                yield handle, state
            if not state["commit"]:
                raise Abandon
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error


def _check_paper(paper: str) -> str:
    if paper.lower() not in PAPERS:
        raise UserError(f"Unknown paper “{paper}”; choose a5 or a4.")
    return paper.lower()


def _check_delegation_lists(lists: str) -> str:
    if lists.lower() not in DELEGATION_LISTS:
        raise UserError(f"Unknown delegation lists “{lists}”; choose heads, all or none.")
    return lists.lower()


def _check_edition(edition: str) -> str:
    from delegations.printing.words import check_edition

    try:
        return check_edition(edition)
    except ValueError as error:
        raise UserError(str(error)) from None


def preflight_booklet(event_file: EventFile) -> list[str]:
    """What to check before printing the booklet, one sentence each (empty: nothing).

    For now: the event's name and dates print on the cover, so a warning while nobody has
    set them (the event is still called after its file).
    """
    with event_file.read() as connection:
        return _preflight(connection)


def _preflight(session: Session) -> list[str]:
    from delegations.services.event import unnamed_event_warning

    unnamed = unnamed_event_warning(session=session)
    return [unnamed] if unnamed else []


def print_choices(event_file: EventFile) -> PrintChoices:
    """File ▸ Print programme booklet… opens on these choices."""
    with event_file.session() as session:
        return PrintChoices(
            versions=tuple(programme.list_versions(session=session)),
            version_label=version_label(session=session),
            preflight=tuple(_preflight(session)),
        )


def _publish(event_file: EventFile, note: str) -> int:
    """Publish the agenda as the next programme version; its number."""
    with event_file.session() as session:
        if not session.exec(select(func.count()).select_from(AgendaSession)).one():
            raise UserError(NO_SESSIONS)
        return programme.publish_version(session=session, note=note).number


def print_booklet(  # noqa: PLR0913
    event_file: EventFile,
    out: Path | str,
    *,
    paper: str = "a5",
    imposed: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
    today: dt.date | None = None,
    publish_note: str | None = None,
    edition: str = "en",
    delegation_lists: str = "heads",
) -> BookletOutcome:
    """Write the programme booklet to `out`; `imposed` puts it two-up on A4 landscape in
    saddle-stitch order (print double-sided, flip on the short edge, fold, staple).

    `edition` is the language printed first: "en" (English, Chinese beneath) or "zh_CN"
    (Chinese headings and session titles, English beneath), see `printing.words`.
    `delegation_lists`: "heads" (the heads of delegation in one table), "all" (every member,
    head first, then by rank and name) or "none" (no delegations chapter).

    With a `publish_note` (may be ""), the agenda as it stands is first published as the next
    programme version, so the booklet prints as that edition; the version stays published if
    the printing is then cancelled or fails.

    Raises:
        UserError: unknown paper or edition, an empty agenda, or the file cannot be written.
    """
    from delegations.printing.booklet.imposition import impose_saddle_stitch
    from delegations.printing.booklet.render import render_booklet

    out = Path(out)
    paper = _check_paper(paper)
    edition = _check_edition(edition)
    delegation_lists = _check_delegation_lists(delegation_lists)
    published = None if publish_note is None else _publish(event_file, publish_note)
    with event_file.session() as session:
        data = replace(
            booklet_data(session=session, today=today),
            edition=edition,
            delegation_lists=delegation_lists,
        )
    if not data.sessions:
        raise UserError(NO_SESSIONS)
    share = 0.9 if imposed else 1.0

    def scaled(done: int, total: int) -> None:
        progress(int(done * share * 1000 / max(total, 1)), 1000)

    with _atomic(out) as (handle, state):
        if not imposed:
            result = render_booklet(handle, data, paper, progress=scaled, cancelled=cancelled)
            if result.cancelled:
                return BookletOutcome(None, cancelled=True, published=published)
            state["commit"] = True
            sheets = 0
        else:
            buffer = io.BytesIO()
            result = render_booklet(buffer, data, paper, progress=scaled, cancelled=cancelled)
            if result.cancelled or cancelled():
                return BookletOutcome(None, cancelled=True, published=published)
            sheets = impose_saddle_stitch(buffer.getvalue(), handle)
            state["commit"] = True
    progress(1000, 1000)
    return BookletOutcome(out, result.pages, sheets, published=published)


def print_errata(
    event_file: EventFile,
    out: Path | str,
    *,
    since: int,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> tuple[Path, int]:
    """Write the "Errata since version N" sheet; returns (path, number of changes).

    Raises:
        UserError: no such version, or the file cannot be written.
    """
    from delegations.printing.booklet.errata import render_errata

    out = Path(out)
    with event_file.session() as session:
        data = errata_data(session=session, since=since)
    progress(0, 1)
    with _atomic(out) as (handle, state):
        if cancelled():
            return out, -1
        render_errata(handle, data)
        state["commit"] = True
    progress(1, 1)
    return out, len(data.entries)


def print_door_sheets(
    event_file: EventFile,
    out: Path | str,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> BookletOutcome:
    """Write one A4 page per room per day listing its sessions, for the doors.

    Raises:
        UserError: no session has a room, or the file cannot be written.
    """
    from delegations.printing.booklet.errata import render_door_sheets

    out = Path(out)
    with event_file.session() as session:
        sheets = door_sheets_data(session=session)
        event = booklet_event(session=session)
    if not sheets:
        raise UserError("No session has a room yet; give sessions a room to print door sheets.")
    with _atomic(out) as (handle, state):
        pages = render_door_sheets(handle, event, sheets, progress=progress, cancelled=cancelled)
        if pages is None:
            return BookletOutcome(None, cancelled=True)
        state["commit"] = True
    return BookletOutcome(out, pages)
