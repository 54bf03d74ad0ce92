"""A registrations file as read: its sheets, columns, rows, cleaned values and problems.

Plain data, made by `reading.read_registrations` and taken by the planner and the preview.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from delegations.domain.errors import UserError

# The fields that name a person; a sheet needs at least one of their columns.
NAME_FIELDS = ("given_name", "family_name", "native_name", "full_name")


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was written.")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, located as the user sees it in Excel or a text editor.

    `row` is the 1-based physical row (Excel) or line (CSV); `column_index` is the 0-based
    position among the sheet's cells (for highlighting a preview cell), None for the whole row.
    """

    file: str
    sheet: str  # "" for CSV
    row: int
    column: str  # the header as written in the file, "" when the problem is the whole row
    value: str
    message: str
    severity: Literal["error", "warning"] = "error"
    column_index: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(self.sheet)
        if self.row:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        location = ", ".join(where)
        value = f", “{self.value}”" if self.value else ""
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{location}{value}: {prefix}{self.message}"


@dataclass(frozen=True, slots=True)
class SheetColumn:
    index: int  # 0-based position in the row
    header: str  # as written in the file
    field: str | None  # our field; "" = known but ignored; None = unknown column
    note: str = ""  # why a column with a header is not imported


@dataclass(slots=True)
class ParsedSheet:
    name: str  # "" for CSV
    header_row: int
    columns: list[SheetColumn]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(column.field for column in self.columns if column.field)

    def first_column(self, *targets: str | None) -> SheetColumn | None:
        """The first column read into one of `targets`, if the sheet has one."""
        for column in self.columns:
            if column.field in targets:
                return column
        return None


@dataclass(slots=True)
class ParsedRow:
    """One data row: its cells as shown (for a preview), its cleaned values and problems.

    `values` holds only the fields the sheet has columns for: text fields as NFC strings,
    "country" as an ISO alpha-2 code, "role" as a role code, dates as `datetime.date`.
    """

    sheet_index: int
    row: int
    cells: tuple[str, ...]
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    name_order_reason: str = ""  # why the name order was chosen; "" when the file says
    namesakes: tuple[int, ...] = ()  # earlier rows (indexes) with this name and delegation

    @property
    def ok(self) -> bool:
        return not any(problem.is_error for problem in self.problems)


@dataclass(slots=True)
class ParsedFile:
    path: Path
    sheets: list[ParsedSheet]
    rows: list[ParsedRow]
    problems: list[Problem]  # about the file or a sheet as a whole (unknown columns…)

    @property
    def name(self) -> str:
        return self.path.name

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for row in self.rows for p in row.problems)]
