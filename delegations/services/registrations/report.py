"""The report: what an import did, or for a dry run or a refusal would have done, and the
same as text for the command line."""

from __future__ import annotations

from dataclasses import dataclass, field

from delegations.services.registrations.parsed import ParsedFile, Problem


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run or a refusal, would have done)."""

    file: str
    rows: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    delegations_created: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    changes: list[PlannedUpdate] = field(default_factory=list)  # who is updated, and how
    dry_run: bool = False
    skip_invalid: bool = False
    written: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]

    @property
    def refused_all(self) -> bool:
        """True when errors stopped the whole import (all or nothing)."""
        return bool(self.errors) and not self.skip_invalid


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # the column header, as the template writes it
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.field} “{self.old}” → “{self.new}”"


@dataclass(frozen=True, slots=True)
class PlannedUpdate:
    """An existing delegate a row updates, and each field's old and new value."""

    sheet: str
    row: int
    delegate_id: int
    name: str
    changes: tuple[FieldChange, ...]

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}" if self.sheet else f"row {self.row}"
        return f"{where} updates {self.name}: " + "; ".join(map(str, self.changes))


def in_order(problems: list[Problem], parsed: ParsedFile) -> list[Problem]:
    """Errors first, then by sheet and row."""
    sheet_order = {sheet.name: i for i, sheet in enumerate(parsed.sheets)}
    return sorted(problems, key=lambda p: (not p.is_error, sheet_order.get(p.sheet, -1), p.row))


_WARNINGS_SHOWN = 40


def counted(count: int, noun: str) -> str:
    """ "1 row", "2 rows": the English of the command line and of messages in services."""
    return f"{count} {noun}{'s' * (count != 1)}"


def format_report(report: ImportReport) -> str:
    """The report as text: a summary line, then each problem on a line of its own."""
    would = "would be " if (report.dry_run or report.refused_all) else ""
    summary = (
        f"{report.file}: {counted(report.rows, 'row')} read; {report.added} {would}added, "
        f"{report.updated} {would}updated, {report.unchanged} unchanged, "
        f"{report.refused} refused."
    )
    lines = [summary]
    if report.delegations_created:
        names = ", ".join(report.delegations_created)
        lines.append(f"New delegations{' to create' if would else ''}: {names}.")
    lines.extend(str(problem) for problem in report.errors)
    warnings = report.warnings
    lines.extend(str(problem) for problem in warnings[:_WARNINGS_SHOWN])
    if len(warnings) > _WARNINGS_SHOWN:
        lines.append(f"… and {len(warnings) - _WARNINGS_SHOWN:,} more warnings.")
    if report.changes:
        lines.append(f"Updates{' that would be made' if would else ''}:")
        lines.extend(f"  {change}" for change in report.changes)
    if report.refused_all:
        count = len({(p.sheet, p.row) for p in report.errors})
        lines.append(f"Nothing was written: {counted(count, 'row')} "
                     f"{'have' if count != 1 else 'has'} errors.")  # fmt: skip
    elif report.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
