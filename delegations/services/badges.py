"""Printing badges: choose delegates, preflight, render the PDF, log `BadgePrint`.

Designed for a GUI worker as much as for the CLI: `print_badges` takes the `EventFile` (not a
session: it opens short reads of its own, so it can run on a worker thread), and
`progress(done, total)` / `cancelled()` callables. Badges are read in chunks and pages are
streamed to a temporary file that is renamed into place only when the run completes; a
cancelled or failed run leaves no file and logs nothing.

All of it is plain SQL through SQLAlchemy Core (`EventFile.read()`, a `SqlConnection`), the
same on SQLite and PostgreSQL: the print path does not import SQLModel or the models, which
would cost more than a third of a 1,000-badge run.

Reasons: `first` (never printed), `reprint` (same code), `lost` (new badge version: the old
badge's code is revoked at the check-in desk). Without an explicit reason each delegate gets
`first` or `reprint` from their print history.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from delegations.domain.codes import MAX_VERSION, make_code
from delegations.domain.countries import country_name
from delegations.domain.enums import PrintReason
from delegations.domain.errors import NotFound, UserError
from delegations.domain.names import fold, full_name
from delegations.files import Abandon, replaced_atomically
from delegations.printing.badges import Issue, preflight, render_badge_groups, render_badges
from delegations.printing.layouts import DEFAULT_LAYOUT, Layout, list_layouts
from delegations.printing.model import BadgeData, EventInfo
from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services import printers
from delegations.services.event import unnamed_event_warning
from delegations.services.layouts import find_layout, list_event_layouts, role_layouts
from delegations.services.member_order import (
    DELEGATION_ORDER_SQL,
    RANK_JOIN_SQL,
    member_order,
)
from delegations.services.outputs import checked_output
from delegations.services.roster import find_delegation
from delegations.store import EventFile, SqlConnection, sql_connection
from delegations.store.stored import stored_name_order

CHUNK = 250  # delegates read per short read while rendering

# Plain SQL on a Core connection (`EventFile.read()`): printing a thousand badges from the
# command line imports neither SQLModel nor the models. The read functions also accept an
# ORM session, whose connection they borrow (the dialog and the booklet pass one). The ORM
# stores enums by member name ('FIRST', 'FAMILY_FIRST') and datetimes as naive UTC text with
# microseconds; the plain SQL below reads and writes the same.
_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"
DEFAULT_ROLE_COLOR = "#607d8b"
EVENT_NOT_NAMED = "event not named"  # the preflight issue's kind (not about one delegate)


@dataclass(frozen=True, slots=True)
class BadgeSelection:
    """Which badges to print: explicit ids (GUI selection), or a delegation filter."""

    delegate_ids: Sequence[int] | None = None
    delegation: str | None = None  # as typed: name, country, code, start of name (one)
    only_unprinted: bool = False


@dataclass(slots=True)
class PrintOutcome:
    path: Path | None
    badges: int = 0
    pages: int = 0
    cancelled: bool = False
    issues: list[Issue] = field(default_factory=list)  # names set below their minimum size
    job: printers.PrintJob | None = None  # the CUPS job, when printed to a system printer


# The finished PDF, handed over before the print is logged (sent to a printer): if it
# raises, nothing is logged and no file is kept.
Deliver = Callable[[Path], object]


def _ids_json(ids: Sequence[int]) -> str:
    """Ids as one JSON parameter (`IN` + `ids_in(connection)`): no limit on count."""
    return json.dumps([int(i) for i in ids])


def ids_in(connection: SqlConnection) -> str:
    """`(…)` of the ids given as one JSON array parameter (`_ids_json`), after `IN`: one
    statement and one value whatever the count (placeholders are limited, and each count
    would be another statement to prepare)."""
    if connection.on_postgresql:
        return "(SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST(? AS json)))"
    return "(SELECT value FROM json_each(?))"


# Selection ------------------------------------------------------------------------------


def select_delegates(*, session: Any, selection: BadgeSelection) -> list[int]:
    """Delegate ids to print in the order of precedence: delegations in protocol order, and
    within each the head first, then by rank, then by name (`services.member_order`).

    `session` is an `EventFile.read()` connection or an ORM session.
    """
    connection = sql_connection(session)
    where, parameters = [], []
    if selection.delegate_ids is not None:
        where.append(f"d.id IN {ids_in(connection)}")
        parameters.append(_ids_json(selection.delegate_ids))
    if selection.delegation:
        where.append(f"d.delegation_id IN {ids_in(connection)}")
        delegation_id = find_delegation(session=connection, text=selection.delegation)
        parameters.append(_ids_json([delegation_id]))
    if selection.only_unprinted:
        where.append("d.id NOT IN (SELECT DISTINCT delegate_id FROM badgeprint)")
    query = f"""
        SELECT d.id FROM delegate d JOIN delegation g ON g.id = d.delegation_id
        {RANK_JOIN_SQL}
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY {DELEGATION_ORDER_SQL}, {member_order(connection)}
    """  # noqa: S608 (no user input in the SQL text)
    return [row[0] for row in connection.execute(query, parameters).fetchall()]


def count_badges(event_file: EventFile, selection: BadgeSelection) -> int:
    """How many badges `selection` prints."""
    with event_file.read() as connection:
        return len(select_delegates(session=connection, selection=selection))


def has_printed_badge(event_file: EventFile, delegate_id: int) -> bool:
    """Whether a badge has ever been printed for the person (Reprint badge… asks why)."""
    with event_file.read() as connection:
        return (
            connection.execute(
                "SELECT 1 FROM badgeprint WHERE delegate_id = ? LIMIT 1", (delegate_id,)
            ).fetchone()
            is not None
        )


# Read models ----------------------------------------------------------------------------


def _one(rows: list[tuple]) -> tuple:
    if len(rows) != 1:
        raise UserError(f"The event file holds {len(rows)} events instead of one.")
    return rows[0]


def event_info(*, session: Any) -> EventInfo:
    """The event as badges print it; `session` is a read connection or an ORM session."""
    name, name_zh, start, end, venue, city = _one(
        sql_connection(session)
        .execute("SELECT name, name_zh, start_date, end_date, venue, city FROM event")
        .fetchall()
    )
    return EventInfo(
        name,
        name_zh,
        _dates(_date(start), _date(end)),
        ", ".join(p for p in (venue, city) if p),
    )


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _dates(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def _signing_secret(connection: SqlConnection) -> str:
    return _one(connection.execute("SELECT signing_secret FROM event").fetchall())[0]


def badge_data(
    *, session: Any, delegate_ids: Sequence[int], versions: dict[int, int] | None = None
) -> list[BadgeData]:
    """Plain badge read models for `delegate_ids`, in that order.

    `versions` overrides the badge version encoded in the QR code (a lost badge's new one).
    `session` is an `EventFile.read()` connection or an ORM session.
    """
    connection = sql_connection(session)
    secret = _signing_secret(connection)
    rows = connection.execute(
        f"""
        SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.native_name,
               d.position, d.organisation, d.photo, d.badge_version, g.name, g.country,
               r.id, r.name, r.color
        FROM delegate d JOIN delegation g ON g.id = d.delegation_id
        LEFT JOIN role r ON r.id = d.role_id
        WHERE d.id IN {ids_in(connection)}
        """,  # noqa: S608 (no user input in the SQL text)
        (_ids_json(delegate_ids),),
    ).fetchall()  # one fetch: iterating a result fetches each row on its own
    versions = versions or {}
    by_id = {}
    for (
        id_, honorific, given, family, order, native, position, organisation, photo,
        badge_version, delegation, code, role_id, role, role_color,
    ) in rows:  # fmt: skip
        country = country_name(code)
        by_id[id_] = BadgeData(
            delegate_id=id_,
            honorific=honorific,
            name=full_name(given, family, stored_name_order(order)),
            given_name=given,
            family_name=family,
            name_order=stored_name_order(order),
            native_name=native,
            position=position,
            organisation=organisation,
            delegation=delegation,
            country="" if fold(country) == fold(delegation) else country,
            role=role if role_id is not None else "",
            role_color=role_color if role_id is not None else DEFAULT_ROLE_COLOR,
            qr_payload=make_code(secret, id_, versions.get(id_, badge_version)),
            photo=photo,
        )
    return [by_id[i] for i in delegate_ids if i in by_id]


def _stream(
    event_file: EventFile, ids: Sequence[int], versions: dict[int, int]
) -> Iterator[BadgeData]:
    for start in range(0, len(ids), CHUNK):
        with event_file.read() as connection:
            chunk = badge_data(
                session=connection, delegate_ids=ids[start : start + CHUNK], versions=versions
            )
        yield from chunk


# Use cases ------------------------------------------------------------------------------


def layouts(event_file: EventFile | None = None) -> list[Layout]:
    """The badge layouts, the default first (for the dialog's choice); with `event_file`,
    the event's own layouts after the bundled ones."""
    if event_file is None:
        return list_layouts()
    return [entry.layout for entry in list_event_layouts(event_file)]


def layout_groups(
    *, session: Any, delegate_ids: Sequence[int], layout_name: str | None
) -> list[tuple[Layout, list[int]]]:
    """Which layout prints whom: `layout_name` for everyone, or (None) each person their
    role's layout (`services.layouts.assign_layout`), the default for the others. Groups
    come in the order of their first person; each keeps the protocol order.
    """
    if layout_name is not None:
        return [(find_layout(session=session, name=layout_name), list(delegate_ids))]
    connection = sql_connection(session)
    by_role = role_layouts(session=connection)
    role_of = dict(
        connection.execute(
            f"SELECT id, role_id FROM delegate WHERE id IN {ids_in(connection)}",  # noqa: S608
            (_ids_json(delegate_ids),),
        ).fetchall()
    )
    groups: dict[str, list[int]] = {}
    for delegate_id in delegate_ids:
        name = by_role.get(role_of.get(delegate_id), DEFAULT_LAYOUT)
        groups.setdefault(name, []).append(delegate_id)
    return [(find_layout(session=connection, name=name), ids) for name, ids in groups.items()]


def layout_counts(
    event_file: EventFile, selection: BadgeSelection, layout_name: str | None
) -> list[tuple[Layout, int]]:
    """The layouts a print run uses and how many badges each prints (`layout_name` None:
    each person's role's layout), for the dialog's page count and two-sided printing."""
    with event_file.read() as connection:
        ids = select_delegates(session=connection, selection=selection)
        groups = layout_groups(session=connection, delegate_ids=ids, layout_name=layout_name)
    return [(layout, len(group)) for layout, group in groups]


def preflight_badges(
    event_file: EventFile,
    selection: BadgeSelection,
    layout_name: str | None = DEFAULT_LAYOUT,
    *,
    family_caps: bool | None = None,
) -> list[Issue]:
    """Names no bundled font covers and names that only fit below their minimum size;
    first, while nobody has set the event's name, a warning that it is its file's name.

    `family_caps` True/False prints family names in capitals or not, whatever the layout
    says (None: as the layout says); it is checked as it will print. `layout_name` None:
    each person's role's layout.
    """
    with event_file.read() as connection:
        ids = select_delegates(session=connection, selection=selection)
        groups = layout_groups(session=connection, delegate_ids=ids, layout_name=layout_name)
        event = event_info(session=connection)
        unnamed = unnamed_event_warning(session=connection)
        rows = connection.execute(
            f"""
            SELECT id, honorific, given_name, family_name, name_order, native_name,
                   photo IS NOT NULL
            FROM delegate WHERE id IN {ids_in(connection)}
            """,  # noqa: S608 (no user input in the SQL text)
            (_ids_json(ids),),
        ).fetchall()
    # Names only (no photos, no codes): the fitted names are cached for the print run. A
    # placeholder stands for a photo so that the layout's photo variant is the one checked.
    people = [
        BadgeData(
            id_,
            full_name(given, family, stored_name_order(order)),
            honorific=honorific,
            native_name=native,
            photo=b"photo" if has_photo else None,
            given_name=given,
            family_name=family,
            name_order=stored_name_order(order),
        )
        for id_, honorific, given, family, order, native, has_photo in rows
    ]
    by_id = {person.delegate_id: person for person in people}
    issues = [
        issue
        for layout, group in groups
        for issue in preflight(
            layout, event, [by_id[i] for i in group if i in by_id], family_caps=family_caps
        )
    ]
    if unnamed:  # the event's own name and dates print on every badge
        issues.insert(0, Issue(0, "", EVENT_NOT_NAMED, unnamed))
    return issues


def _layout(layout_name: str, event_file: EventFile | None) -> Layout:
    if event_file is None:
        return find_layout(session=None, name=layout_name)  # the bundled ones only
    with event_file.read() as connection:
        return find_layout(session=connection, name=layout_name)


def badges_per_page(layout_name: str, event_file: EventFile | None = None) -> int:
    """How many badges the layout (bundled, or also the event's) puts on a page."""
    return _layout(layout_name, event_file).sheet.per_page


def print_badges(  # noqa: PLR0913
    event_file: EventFile,
    out: Path | str,
    selection: BadgeSelection = BadgeSelection(),  # noqa: B008 (frozen dataclass)
    *,
    layout_name: str | None = DEFAULT_LAYOUT,
    reason: PrintReason | None = None,
    family_caps: bool | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
    deliver: Deliver | None = None,
) -> PrintOutcome:
    """Render the selected badges to `out` and log each in `BadgePrint`.

    `family_caps` True/False prints the family name in capitals ("BAI Zhen") or not,
    whatever the layout says; None follows the layout's "family_name_caps". `layout_name`
    None gives each person their role's layout: one PDF, the badges grouped per layout,
    each page at its layout's size.

    Raises:
        UserError: unknown layout or delegation, nothing to print, or the file cannot be written.
    """
    out = Path(out)
    with event_file.read() as connection:
        ids = select_delegates(session=connection, selection=selection)
        groups = layout_groups(session=connection, delegate_ids=ids, layout_name=layout_name)
        event = event_info(session=connection)
        printed = {
            row[0]
            for row in connection.execute(
                "SELECT DISTINCT delegate_id FROM badgeprint"
                f" WHERE delegate_id IN {ids_in(connection)}",  # noqa: S608
                (_ids_json(ids),),
            )
        }
        current = dict(
            connection.execute(
                f"SELECT id, badge_version FROM delegate WHERE id IN {ids_in(connection)}",  # noqa: S608
                (_ids_json(ids),),
            ).fetchall()
        )
    if not ids:
        raise UserError("There are no badges to print for this choice of delegates.")
    versions = dict(current)
    if reason == PrintReason.LOST:
        versions = {i: v + 1 for i, v in current.items()}
        if any(v > MAX_VERSION for v in versions.values()):
            raise UserError(f"A badge has been replaced {MAX_VERSION} times; no more versions.")
    checked_output(out)
    try:
        with replaced_atomically(out, make_folder=False) as temporary:
            with temporary.open("wb") as handle:
                result = render_badge_groups(
                    handle,
                    [(layout, _stream(event_file, group, versions)) for layout, group in groups],
                    event,
                    total=len(ids),
                    progress=progress,
                    cancelled=cancelled,
                    family_caps=family_caps,
                )
            if result.cancelled:
                raise Abandon
            if deliver is not None:
                deliver(temporary)
            # Logged before the file is renamed into place: a refused log leaves no file.
            layout_of = {i: layout.name for layout, group in groups for i in group}
            _log_prints(event_file, ids, versions, printed, layout_of, reason)
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
    if result.cancelled:
        return PrintOutcome(None, cancelled=True)
    return PrintOutcome(out, result.badges, result.pages, False, result.small_text)


def _log_prints(  # noqa: PLR0913
    event_file: EventFile,
    ids: Sequence[int],
    versions: dict[int, int],
    printed: set[int],
    layout_of: dict[int, str],
    reason: PrintReason | None,
) -> None:
    """One `BadgePrint` per badge (and a lost badge's new version), in one transaction.

    Raises:
        UserError: a lost badge's version changed while the badges were drawn (someone else
            printed a new one): nothing is logged, and the caller's file is not kept.
    """
    entries = [
        _print_entry(
            delegate_id,
            versions[delegate_id],
            delegate_id in printed,
            layout_of[delegate_id],
            reason,
        )  # fmt: skip
        for delegate_id in ids
        if delegate_id in versions
    ]
    with event_file.write_locked() as connection:
        _write_log(connection, entries, new_versions=reason == PrintReason.LOST)


_PrintEntry = tuple[int, str, str, str, int]  # delegate, printed at, layout, reason, version


def _print_entry(
    delegate_id: int, version: int, printed_before: bool, layout: str, reason: PrintReason | None
) -> _PrintEntry:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime(_TIMESTAMP)
    logged = reason or (PrintReason.REPRINT if printed_before else PrintReason.FIRST)
    return (delegate_id, now, layout, logged.name, version)


def _write_log(
    connection: SqlConnection, entries: Sequence[_PrintEntry], *, new_versions: bool
) -> None:
    """Insert the `BadgePrint` rows; with `new_versions`, store each badge's version first,
    provided the stored one is still the version before it.

    Raises:
        UserError: with `new_versions`, another badge was printed for one of the people since
            their version was read.
    """
    if new_versions:
        stored = connection.executemany(
            "UPDATE delegate SET badge_version = ? WHERE id = ? AND badge_version = ?",
            [(version, delegate_id, version - 1) for delegate_id, *_, version in entries],
        )
        if stored != len(entries):
            raise UserError(
                f"Someone else printed a new badge for {len(entries) - stored} of these people "
                "while these were drawn; nothing was logged and no file kept: print again."
            )
    connection.executemany(
        "INSERT INTO badgeprint (delegate_id, printed_at, layout, reason, badge_version)"
        " VALUES (?, ?, ?, ?, ?)",
        entries,
    )


# Reprint badge… ---------------------------------------------------------------------------


def reprint_badge(  # noqa: PLR0913
    event_file: EventFile,
    delegate_id: int,
    out: Path | str,
    *,
    reason: PrintReason | None = None,
    layout_name: str | None = DEFAULT_LAYOUT,
    family_caps: bool | None = None,
    deliver: Deliver | None = None,
) -> PrintOutcome:
    """Reprint badge…: one person's badge, written to `out` and logged.

    Reading the badge version, drawing the badge, storing a lost badge's new version and
    logging the print happen in one `BEGIN IMMEDIATE` transaction: two organisers who
    reprint the same lost badge at once get two distinct versions (the second waits for the
    first, up to the file's busy timeout), and both prints are logged. The PDF is renamed
    into place before the commit, so a refusal or a failure leaves neither file nor log.
    `reason` None logs `first` or `reprint` from the person's print history.

    Raises:
        UserError: unknown layout, a person who is gone, too many versions, or `out` cannot
            be written.
        NotFound: the person no longer exists.
    """
    out = Path(out)
    with event_file.read() as connection:  # an unknown layout is refused before the lock
        [(layout, _ids)] = layout_groups(
            session=connection, delegate_ids=[delegate_id], layout_name=layout_name
        )
    checked_output(out)
    with event_file.write_locked() as connection:
        row = connection.execute(
            "SELECT badge_version, EXISTS (SELECT 1 FROM badgeprint WHERE delegate_id = ?)"
            " FROM delegate WHERE id = ?",
            (delegate_id, delegate_id),
        ).fetchone()
        if row is None:
            raise NotFound(f"Delegate {delegate_id} no longer exists; it may have been deleted.")
        lost = reason == PrintReason.LOST
        version, printed_before = row[0] + 1 if lost else row[0], bool(row[1])
        if version > MAX_VERSION:
            raise UserError(f"A badge has been replaced {MAX_VERSION} times; no more versions.")
        data = badge_data(
            session=connection, delegate_ids=[delegate_id], versions={delegate_id: version}
        )
        event = event_info(session=connection)
        try:
            with replaced_atomically(out, make_folder=False) as temporary:
                result = render_badges(
                    temporary, layout, event, data, total=1, family_caps=family_caps
                )
                if deliver is not None:
                    deliver(temporary)
        except OSError as error:
            raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
        entry = _print_entry(delegate_id, version, printed_before, layout.name, reason)
        _write_log(connection, [entry], new_versions=lost)
    return PrintOutcome(out, result.badges, result.pages, False, result.small_text)


# To a printer ------------------------------------------------------------------------------


def print_badges_to(  # noqa: PLR0913
    event_file: EventFile,
    deliver: Deliver,
    selection: BadgeSelection = BadgeSelection(),  # noqa: B008 (frozen dataclass)
    *,
    layout_name: str | None = DEFAULT_LAYOUT,
    reason: PrintReason | None = None,
    family_caps: bool | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> PrintOutcome:
    """`print_badges` to a temporary PDF handed to `deliver` (a printer); logged only once
    `deliver` returns (a refused job logs nothing, revokes no code); no file is kept.

    Raises:
        UserError: as `print_badges`, or (`layout_name` None) the run's role layouts need
            pages of different sizes: a printer takes one paper size.
    """
    if layout_name is None:
        _one_page_size_layout(event_file, selection)
    with tempfile.TemporaryDirectory(prefix="delegations-") as folder:
        outcome = print_badges(
            event_file, Path(folder) / "badges.pdf", selection,
            layout_name=layout_name, reason=reason, family_caps=family_caps,
            progress=progress, cancelled=cancelled, deliver=deliver,
        )  # fmt: skip
    return replace(outcome, path=None, job=getattr(deliver, "job", None))


def reprint_badge_to(  # noqa: PLR0913
    event_file: EventFile,
    delegate_id: int,
    deliver: Deliver,
    *,
    reason: PrintReason | None = None,
    layout_name: str = DEFAULT_LAYOUT,
    family_caps: bool | None = None,
) -> PrintOutcome:
    """`reprint_badge` (a lost badge's new version revokes the old code) handed to `deliver`
    inside the same transaction: a refused job changes and logs nothing."""
    with tempfile.TemporaryDirectory(prefix="delegations-") as folder:
        outcome = reprint_badge(
            event_file, delegate_id, Path(folder) / "badge.pdf",
            reason=reason, layout_name=layout_name, family_caps=family_caps, deliver=deliver,
        )  # fmt: skip
    return replace(outcome, path=None, job=getattr(deliver, "job", None))


def print_badges_to_printer(
    event_file: EventFile,
    printer: str,
    selection: BadgeSelection = BadgeSelection(),  # noqa: B008 (frozen dataclass)
    **options: Any,
) -> PrintOutcome:
    """`print_badges_to` the CUPS queue `printer`, at the layout's page size and 100 %.

    Raises:
        UserError: as `print_badges`, or the run's role layouts need pages of different sizes;
            `printers.PrintingError` when the printer refuses.
    """
    layout_name = options.setdefault("layout_name", DEFAULT_LAYOUT)
    if layout_name is None:
        layout_name = _one_page_size_layout(event_file, selection)
    sender = CupsSender(printer, layout_name, "Badges", event_file)
    return print_badges_to(event_file, sender, selection, **options)


def _one_page_size_layout(event_file: EventFile, selection: BadgeSelection) -> str:
    """A layout whose page size every role layout of the run shares (one printer tray)."""
    with event_file.read() as connection:
        ids = select_delegates(session=connection, selection=selection)
        groups = layout_groups(session=connection, delegate_ids=ids, layout_name=None)
    sizes = {(g.sheet.page_width, g.sheet.page_height) for g, _ in groups}
    if len(sizes) > 1:
        listed = ", ".join(f"{layout.name} {layout.sheet.page_width:g} × "
                           f"{layout.sheet.page_height:g} mm" for layout, _ in groups)  # fmt: skip
        raise UserError(
            f"The roles' layouts print on pages of different sizes ({listed}); print them to "
            "a PDF file, or print each layout on its own."
        )
    return groups[0][0].name if groups else DEFAULT_LAYOUT


def reprint_badge_to_printer(
    event_file: EventFile, delegate_id: int, printer: str, **options: Any
) -> PrintOutcome:
    """`reprint_badge_to` the CUPS queue `printer`, at the layout's page size and 100 %."""
    layout_name = options.setdefault("layout_name", DEFAULT_LAYOUT)
    if layout_name is None:  # the person's role's layout
        with event_file.read() as connection:
            [(layout, _ids)] = layout_groups(
                session=connection, delegate_ids=[delegate_id], layout_name=None
            )
        layout_name = layout.name
    sender = CupsSender(printer, layout_name, f"Badge {delegate_id}", event_file)
    return reprint_badge_to(event_file, delegate_id, sender, **options)


def page_size_mm(layout_name: str, event_file: EventFile | None = None) -> tuple[float, float]:
    """Width and height of the layout's page (what a printer must be given, at 100 %)."""
    sheet = _layout(layout_name, event_file).sheet
    return sheet.page_width, sheet.page_height


class CupsSender:
    """Delivers a finished PDF to a CUPS queue at the layout's page size; keeps the job."""

    def __init__(
        self, printer: str, layout_name: str, title: str, event_file: EventFile | None = None
    ) -> None:
        if not printers.printing_supported():  # refused before anything is drawn
            raise printers.PrintingError(printers.NO_CUPS_ON_WINDOWS)
        self.printer, self.title = printer, title
        layout = _layout(layout_name, event_file)
        self.page_size = layout.sheet.page_width, layout.sheet.page_height
        self.two_sided = layout.duplex  # the back on the reverse of each sheet
        self.job: printers.PrintJob | None = None

    def __call__(self, pdf: Path) -> None:
        self.job = printers.print_pdf(
            pdf, self.printer, page_size_mm=self.page_size, title=self.title,
            two_sided=self.two_sided,
        )  # fmt: skip


def render_preview(
    event_file: EventFile,
    selection: BadgeSelection,
    layout_name: str | None = DEFAULT_LAYOUT,
    *,
    family_caps: bool | None = None,
) -> bytes:
    """The first page of the selection as PDF bytes (the dialog draws it as an image).

    Nothing is logged and no badge version changes. `family_caps` as in `print_badges`.
    """
    import io

    with event_file.read() as connection:
        ids = select_delegates(session=connection, selection=selection)
        [(layout, ids), *_] = layout_groups(
            session=connection, delegate_ids=ids, layout_name=layout_name
        ) or [(find_layout(session=connection, name=DEFAULT_LAYOUT), [])]
        ids = ids[: layout.sheet.per_page]
        event = event_info(session=connection)
        data = badge_data(session=connection, delegate_ids=ids)
    buffer = io.BytesIO()
    render_badges(buffer, layout, event, data, total=len(data), family_caps=family_caps)
    return buffer.getvalue()
