"""Printing badges: choose delegates, preflight, render the PDF, log `BadgePrint`.

Designed for a GUI worker as much as for the CLI: `print_badges` takes the `EventFile` (not a
session: it opens short sessions of its own, so it can run on a worker thread), and
`progress(done, total)` / `cancelled()` callables. Badges are read in chunks and pages are
streamed to a temporary file that is renamed into place only when the run completes; a
cancelled or failed run leaves no file and logs nothing.

Reasons: `first` (never printed), `reprint` (same code), `lost` (new badge version: the old
badge's code is revoked at the check-in desk). Without an explicit reason each delegate gets
`first` or `reprint` from their print history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from delegations.domain.codes import MAX_VERSION, make_code
from delegations.domain.countries import country_name
from delegations.domain.errors import UserError
from delegations.domain.models import BadgePrint, Delegate, Delegation, Event, PrintReason, Role
from delegations.domain.names import fold, full_name
from delegations.printing.badges import Issue, preflight, render_badges
from delegations.printing.layouts import DEFAULT_LAYOUT, Layout, list_layouts, load_layout
from delegations.printing.model import BadgeData, EventInfo
from delegations.store import EventFile

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHUNK = 250  # delegates read per short session while rendering


@dataclass(frozen=True, slots=True)
class BadgeSelection:
    """Which badges to print: explicit ids (GUI selection), or a delegation filter."""

    delegate_ids: Sequence[int] | None = None
    delegation: str | None = None  # a delegation's name, or a country's code or name
    only_unprinted: bool = False


@dataclass(slots=True)
class PrintOutcome:
    path: Path | None
    badges: int = 0
    pages: int = 0
    cancelled: bool = False
    issues: list[Issue] = field(default_factory=list)  # names set below their minimum size


def _noop_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


# Selection ------------------------------------------------------------------------------


def _matching_delegations(session: Session, text: str) -> list[int]:
    wanted = fold(text.strip())
    matches = []
    delegations = session.exec(select(Delegation)).all()
    for delegation in delegations:
        keys = {
            fold(delegation.name),
            fold(delegation.country),
            fold(country_name(delegation.country)),
        }
        if wanted in keys:
            matches.append(delegation.id)
    if not matches:
        known = ", ".join(sorted(d.name for d in delegations)) or "none yet"
        raise UserError(
            f"No delegation matches “{text}”; give a delegation's name or its country "
            f"(code or name). Delegations: {known}."
        )
    return matches


def select_delegates(*, session: Session, selection: BadgeSelection) -> list[int]:
    """Delegate ids to print, in protocol order (delegation, role, family name)."""
    query = (
        select(Delegate.id)
        .join(Delegation, col(Delegate.delegation_id) == Delegation.id)
        .outerjoin(Role, col(Delegate.role_id) == Role.id)
        .order_by(Delegation.protocol_order, Delegation.name, Role.sort_order,
                  Delegate.family_name, Delegate.given_name, Delegate.id)
    )  # fmt: skip
    if selection.delegate_ids is not None:
        query = query.where(col(Delegate.id).in_(list(selection.delegate_ids)))
    if selection.delegation:
        query = query.where(
            col(Delegate.delegation_id).in_(_matching_delegations(session, selection.delegation))
        )
    if selection.only_unprinted:
        printed = select(BadgePrint.delegate_id).distinct()
        query = query.where(col(Delegate.id).not_in(printed))
    return list(session.exec(query))


# Read models ----------------------------------------------------------------------------


def event_info(*, session: Session) -> EventInfo:
    event = session.exec(select(Event)).one()
    return EventInfo(
        event.name,
        event.name_zh,
        _dates(event.start_date, event.end_date),
        ", ".join(p for p in (event.venue, event.city) if p),
    )


def _dates(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def badge_data(
    *, session: Session, delegate_ids: Sequence[int], versions: dict[int, int] | None = None
) -> list[BadgeData]:
    """Plain badge read models for `delegate_ids`, in that order.

    `versions` overrides the badge version encoded in the QR code (a lost badge's new one).
    """
    secret = session.exec(select(Event.signing_secret)).one()
    rows = session.exec(
        select(Delegate, Delegation, Role)
        .join(Delegation, col(Delegate.delegation_id) == Delegation.id)
        .outerjoin(Role, col(Delegate.role_id) == Role.id)
        .where(col(Delegate.id).in_(list(delegate_ids)))
    ).all()
    by_id = {}
    for delegate, delegation, role in rows:
        country = country_name(delegation.country)
        version = (versions or {}).get(delegate.id, delegate.badge_version)
        by_id[delegate.id] = BadgeData(
            delegate_id=delegate.id,
            honorific=delegate.honorific,
            name=full_name(delegate.given_name, delegate.family_name, delegate.name_order),
            native_name=delegate.native_name,
            position=delegate.position,
            organisation=delegate.organisation,
            delegation=delegation.name,
            country="" if fold(country) == fold(delegation.name) else country,
            role=role.name if role else "",
            role_color=role.color if role else "#607d8b",
            qr_payload=make_code(secret, delegate.id, version),
            photo=delegate.photo,
        )
    return [by_id[i] for i in delegate_ids if i in by_id]


def _stream(
    event_file: EventFile, ids: Sequence[int], versions: dict[int, int]
) -> Iterator[BadgeData]:
    for start in range(0, len(ids), CHUNK):
        with event_file.session() as session:
            chunk = badge_data(
                session=session, delegate_ids=ids[start : start + CHUNK], versions=versions
            )
        yield from chunk


# Use cases ------------------------------------------------------------------------------


def layouts() -> list[Layout]:
    """The badge layouts, the default first (for the CLI list and the dialog's choice)."""
    return list_layouts()


def preflight_badges(
    event_file: EventFile, selection: BadgeSelection, layout_name: str = DEFAULT_LAYOUT
) -> list[Issue]:
    """Names no bundled font covers and names that only fit below their minimum size."""
    layout = load_layout(layout_name)
    with event_file.session() as session:
        ids = select_delegates(session=session, selection=selection)
        event = event_info(session=session)
        rows = session.exec(
            select(
                Delegate.id,
                Delegate.honorific,
                Delegate.given_name,
                Delegate.family_name,
                Delegate.name_order,
                Delegate.native_name,
                col(Delegate.photo).is_not(None),
            ).where(col(Delegate.id).in_(ids))
        ).all()
    # Names only (no photos, no codes): the fitted names are cached for the print run. A
    # placeholder stands for a photo so that the layout's photo variant is the one checked.
    people = [
        BadgeData(
            id_,
            full_name(given, family, order),
            honorific=honorific,
            native_name=native,
            photo=b"photo" if has_photo else None,
        )
        for id_, honorific, given, family, order, native, has_photo in rows
    ]
    return preflight(layout, event, people)


def print_badges(  # noqa: PLR0913
    event_file: EventFile,
    out: Path | str,
    selection: BadgeSelection = BadgeSelection(),  # noqa: B008 (frozen dataclass)
    *,
    layout_name: str = DEFAULT_LAYOUT,
    reason: PrintReason | None = None,
    progress: Progress = _noop_progress,
    cancelled: Cancelled = _never,
) -> PrintOutcome:
    """Render the selected badges to `out` and log each in `BadgePrint`.

    Raises:
        UserError: unknown layout or delegation, nothing to print, or the file cannot be written.
    """
    out = Path(out)
    layout = load_layout(layout_name)
    with event_file.session() as session:
        ids = select_delegates(session=session, selection=selection)
        event = event_info(session=session)
        printed = set(session.exec(
            select(BadgePrint.delegate_id).where(col(BadgePrint.delegate_id).in_(ids)).distinct()
        ))  # fmt: skip
        current = dict(session.exec(
            select(Delegate.id, Delegate.badge_version).where(col(Delegate.id).in_(ids))
        ).all())  # fmt: skip
    if not ids:
        raise UserError("There are no badges to print for this choice of delegates.")
    versions = dict(current)
    if reason == PrintReason.LOST:
        versions = {i: v + 1 for i, v in current.items()}
        if any(v > MAX_VERSION for v in versions.values()):
            raise UserError(f"A badge has been replaced {MAX_VERSION} times; no more versions.")
    if not out.parent.is_dir():
        raise UserError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed or removed below)
            dir=out.parent, prefix=f".{out.stem}-", suffix=".pdf.part", delete=False
        )
    except OSError as error:
        raise UserError(f"Cannot write in {out.parent}: {error.strerror}.") from error
    temp = Path(handle.name)
    try:
        with handle:
            result = render_badges(
                handle,
                layout,
                event,
                _stream(event_file, ids, versions),
                total=len(ids),
                progress=progress,
                cancelled=cancelled,
            )
        if result.cancelled:
            temp.unlink(missing_ok=True)
            return PrintOutcome(None, cancelled=True)
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    with event_file.session() as session:
        now = dt.datetime.now(dt.UTC)
        if reason == PrintReason.LOST:
            for delegate in session.exec(select(Delegate).where(col(Delegate.id).in_(ids))):
                delegate.badge_version = versions[delegate.id]
        for delegate_id in ids:
            entry_reason = reason or (
                PrintReason.REPRINT if delegate_id in printed else PrintReason.FIRST
            )
            session.add(
                BadgePrint(
                    delegate_id=delegate_id,
                    printed_at=now,
                    layout=layout.name,
                    reason=entry_reason,
                    badge_version=versions[delegate_id],
                )
            )
    return PrintOutcome(out, result.badges, result.pages, False, result.small_text)


def render_preview(
    event_file: EventFile, selection: BadgeSelection, layout_name: str = DEFAULT_LAYOUT
) -> bytes:
    """The first page of the selection as PDF bytes (the dialog draws it as an image).

    Nothing is logged and no badge version changes.
    """
    import io

    layout = load_layout(layout_name)
    with event_file.session() as session:
        ids = select_delegates(session=session, selection=selection)[: layout.sheet.per_page]
        event = event_info(session=session)
        data = badge_data(session=session, delegate_ids=ids)
    buffer = io.BytesIO()
    render_badges(buffer, layout, event, data, total=len(data))
    return buffer.getvalue()
