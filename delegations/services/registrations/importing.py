"""Importing registrations: a workbook or CSV file read, checked, previewed, then imported
all or nothing.

The steps, one module each: `reading` (the file alone: header row, `column_matching`, cleaned
values, bad cells named) -> `planning` (rows matched to the event's delegations and people,
`event_index`) -> `applying` (the plan written) -> `report`.

The use cases below own their transactions and return plain data, for the window and the
command line alike: `preview_import` reads a file and dry-runs it, `replan_import` dry-runs a
file already read again (other options), `apply_import` imports it, `import_file` does what
`delegations import` does. Each takes `progress(done, total)` and `cancelled() -> bool`
callables; a cancelled import raises `ImportCancelled` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services.registrations.applying import write_plan
from delegations.services.registrations.event_index import EventIndex, core, event_vocabulary
from delegations.services.registrations.parsed import ImportCancelled, ParsedFile
from delegations.services.registrations.planning import Planner
from delegations.services.registrations.reading import (
    PROGRESS_EVERY,
    collector_paused,
    read_registrations,
)
from delegations.services.registrations.report import ImportReport, in_order

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    from delegations.store import EventFile


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How rows with errors and ambiguous namesakes are treated (the command line's flags)."""

    skip_invalid: bool = False  # import the valid rows; else any error refuses the whole file
    dry_run: bool = False  # say what would happen; write nothing
    add_namesakes: bool = False  # an ambiguous namesake is another person, not a refusal


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A file as read, and the dry run's report against the event (all its problems)."""

    parsed: ParsedFile
    report: ImportReport


def preview_import(
    event_file: EventFile, path: Path | str, options: ImportOptions = ImportOptions(),  # noqa: B008
    *, progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportPreview:  # fmt: skip
    """File ▸ Import registrations…: read `path` and dry-run it against the event as it is now.

    Reading is 80 % of the progress, the dry run the rest.

    Raises:
        ImportFileError: the file cannot be read, or has no usable header row.
        ImportCancelled: `cancelled()` returned True.
    """
    progress = progress or no_progress
    parsed = _read(event_file, path, _share(progress, 0, 800), cancelled)
    return replan_import(event_file, parsed, options, progress=_share(progress, 800, 1000),
                         cancelled=cancelled)  # fmt: skip


def replan_import(
    event_file: EventFile, parsed: ParsedFile, options: ImportOptions,
    *, progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportPreview:  # fmt: skip
    """The dry run of a file already read, against the event as it is now; writes nothing."""
    with event_file.connection() as connection:
        report = _import(connection, parsed, options, progress, cancelled, dry_run=True)
    return ImportPreview(parsed, report)


def apply_import(
    event_file: EventFile, parsed: ParsedFile, options: ImportOptions,
    *, progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportReport:  # fmt: skip
    """Import a file already read, in one transaction; a cancelled import writes nothing."""
    with event_file.connection() as connection:
        return _import(connection, parsed, options, progress, cancelled)


def import_file(
    event_file: EventFile, path: Path | str, options: ImportOptions = ImportOptions(),  # noqa: B008
    *, progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportReport:  # fmt: skip
    """`delegations import FILE`: read the file, then import it in one transaction.

    Raises:
        ImportFileError: the file cannot be read, or has no usable header row.
        ImportCancelled: `cancelled()` returned True.
    """
    parsed = _read(event_file, path, progress, cancelled)
    return apply_import(event_file, parsed, options, progress=progress, cancelled=cancelled)


def _read(
    event_file: EventFile, path: Path | str, progress: Progress | None, cancelled: Cancelled | None
) -> ParsedFile:
    """The file read with the event's roles and delegations (a short read transaction, so
    that reading a large file holds nothing open)."""
    with event_file.connection() as connection:
        vocabulary = event_vocabulary(session=connection)
    return read_registrations(path, **vocabulary, progress=progress, cancelled=cancelled)


def _import(
    connection: Connection, parsed: ParsedFile, options: ImportOptions,
    progress: Progress | None, cancelled: Cancelled | None, *, dry_run: bool = False,
) -> ImportReport:  # fmt: skip
    return import_registrations(
        session=connection, parsed=parsed, skip_invalid=options.skip_invalid,
        dry_run=dry_run or options.dry_run, add_namesakes=options.add_namesakes,
        progress=progress, cancelled=cancelled,
    )  # fmt: skip


def _share(progress: Progress, start: int, end: int) -> Progress:
    """A step's progress as its share, `start` to `end` of 1,000, of the whole."""
    return lambda done, total: progress(start + (end - start) * done // max(total, 1), 1000)


def import_registrations(
    *,
    session: Session | Connection,
    parsed: ParsedFile,
    skip_invalid: bool = False,
    dry_run: bool = False,
    add_namesakes: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Add or update the delegates of a parsed file, in the session's transaction.

    All or nothing: with any error (unless `skip_invalid`) or with `dry_run`, nothing is
    written and the report says what would have happened. Rows match an existing delegate by
    e-mail (case-insensitive); namesakes are matched as `Planner` explains, and with
    `add_namesakes` an ambiguous namesake is added as another person instead of refused.

    Raises:
        ImportCancelled: `cancelled()` returned True; the caller's session scope rolls back.
    """
    progress = progress or no_progress
    cancelled = cancelled or never
    report = ImportReport(parsed.name, len(parsed.rows), dry_run=dry_run,
                          skip_invalid=skip_invalid)  # fmt: skip
    connection = core(session)
    total = len(parsed.rows) * 2 or 1
    with collector_paused():
        planner = Planner(parsed, EventIndex(connection), add_namesakes)
        for done, row in enumerate(parsed.rows, start=1):
            if not (row.ok and planner.plan_row(row)):
                report.refused += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled():
                    raise ImportCancelled
                progress(done, total)
        report.problems = in_order([*parsed.all_problems(), *planner.new_problems], parsed)
    plan = planner.plan
    report.added, report.updated = len(plan.inserts), len(plan.updates)
    report.unchanged = planner.unchanged
    report.changes = planner.changes
    report.delegations_created = [pending.name for pending in plan.new_delegations.values()]
    if dry_run or report.refused_all:
        return report
    if cancelled():
        raise ImportCancelled
    with collector_paused():
        write_plan(connection, plan, planner.index,
               lambda done: progress(len(parsed.rows) + done, total), cancelled)  # fmt: skip
    report.written = True
    progress(total, total)
    return report
