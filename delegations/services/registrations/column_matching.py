"""Column matching: the header row of a sheet, what each of its columns is, and the columns
whose values the import does not take."""

from __future__ import annotations

from collections.abc import Sequence

from delegations.domain.names import clean
from delegations.services.registrations.cells import cell_text, column_letter
from delegations.services.registrations.columns import (
    EXPORT_ONLY_HEADERS,
    HEADERS,
    field_for_header,
    header_key,
)
from delegations.services.registrations.parsed import (
    NAME_FIELDS,
    ParsedSheet,
    Problem,
    SheetColumn,
)
from delegations.services.registrations.sheets import (
    HEADER_SEARCH_ROWS,
    ImportFileError,
    RawRow,
    RawSheet,
    header_matches,
)

EXPORT_ONLY_KEYS = frozenset(map(header_key, EXPORT_ONLY_HEADERS))


def find_header(raw: RawSheet) -> tuple[int, RawRow] | None:
    """The first row with two known headers among the first non-empty rows, and its number.

    The rows before it are consumed from `raw.rows`; the data rows follow.
    """
    seen = 0
    for number, values in raw.rows:
        if not any(cell_text(value) for value in values):
            continue
        if header_matches(values) >= 2:
            return number, values
        seen += 1
        if seen >= HEADER_SEARCH_ROWS:
            break
    return None


def sheet_columns(header: RawRow) -> list[SheetColumn]:
    """Each header cell's field, and for a column that is not read, the reason why."""
    columns: list[SheetColumn] = []
    taken: dict[str, str] = {}
    for index, value in enumerate(header):
        text = clean(cell_text(value))
        target = field_for_header(text) if text else ""
        note = ""
        if target and target in taken:
            note = f"a second {HEADERS.get(target, 'Name')} column; only “{taken[target]}” is read"
            target = ""
        elif target is None:
            note = "not a column the import knows"
        elif target:
            taken[target] = text
        elif header_key(text) in EXPORT_ONLY_KEYS:
            note = "written by export; each event keeps its own check-ins and badge prints"
        elif text:
            note = "a numbering column"
        columns.append(SheetColumn(index, text, target, note))
    return columns


def check_columns(file: str, sheet: ParsedSheet) -> None:
    """Refuse a sheet that cannot name or place anybody.

    Raises:
        ImportFileError: no name column, or neither a delegation nor a country column.
    """
    fields = sheet.fields
    where = f"{file}, {sheet.name}, " if sheet.name else f"{file}, "
    if not fields & set(NAME_FIELDS):
        raise ImportFileError(
            f"{where}row {sheet.header_row}: no name column; add “Given name” and "
            "“Family name” (or “Name in native script”) columns."
        )
    if not fields & {"delegation", "country"}:
        raise ImportFileError(
            f"{where}row {sheet.header_row}: no “Delegation” or “Country” column, so the "
            "delegates cannot be placed in a delegation."
        )


def unimported_columns(
    file: str, sheet: ParsedSheet, rows: Sequence[tuple[str, ...]]
) -> list[Problem]:
    """A warning for every column that holds values the import does not take, with their
    count; `rows` are the sheet's data rows as read."""
    read = {column.index for column in sheet.columns if column.field}
    width = max(map(len, rows), default=0)
    counts = {
        index: sum(1 for cells in rows if index < len(cells) and cells[index])
        for index in range(width) if index not in read
    }  # fmt: skip
    notes = {column.index: column for column in sheet.columns}
    problems = []
    for index, count in counts.items():
        if not count:
            continue
        column = notes.get(index)
        header = column.header if column and column.header else ""
        why = column.note if column and column.note else "a column without a header"
        values = f"{count:,} value{'s' * (count != 1)}"
        problems.append(Problem(
            file, sheet.name, sheet.header_row, header or f"column {column_letter(index)}", "",
            f"not imported: {values} ({why}).", "warning", index,
        ))  # fmt: skip
    return problems
