"""Registrations from Excel (.xlsx) and CSV files: read, check, preview, import all or nothing.

Two steps, so that a GUI worker can show a preview before anything is written:

1. `read_registrations(path)` reads and checks the file without the event: it finds the
   header row, maps columns, cleans values and names every bad cell (`ParsedFile`).
2. `import_registrations(session=..., parsed=...)` matches rows to the event's delegations and
   delegates, and writes them in the caller's transaction, or nothing at all (`ImportReport`).

Both take `progress(done, total)` and `cancelled() -> bool` callables; a cancelled import
raises `ImportCancelled` before anything is written, or inside the transaction, which the
caller's session scope then rolls back.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlmodel import Session

from delegations.domain import rules
from delegations.domain.countries import normalise_country
from delegations.domain.errors import InvalidInput, UserError
from delegations.domain.models import NameOrder
from delegations.domain.names import clean, fold
from delegations.domain.roles import DEFAULT_ROLES, normalise_role
from delegations.services.registration_columns import HEADERS, HELP_SHEET, field_for_header

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
RawRow = tuple[Any, ...]

SUPPORTED_SUFFIXES = (".xlsx", ".csv")
_HEADER_SEARCH_ROWS = 30  # title rows tolerated above the header
_PROGRESS_EVERY = 500
# Fields copied to Delegate as cleaned text.
TEXT_FIELDS = (
    "honorific", "given_name", "family_name", "native_name", "position", "organisation",
    "phone", "dietary", "access_needs", "notes",
)  # fmt: skip
NAME_FIELDS = ("given_name", "family_name", "native_name", "full_name")


def _no_progress(_done: int, _total: int) -> None:
    pass


def _never() -> bool:
    return False


class ImportFileError(UserError):
    """The file as a whole cannot be read as registrations; nothing was written."""


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


@dataclass(slots=True)
class ParsedSheet:
    name: str  # "" for CSV
    header_row: int
    columns: list[SheetColumn]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(column.field for column in self.columns if column.field)


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


# Reading cells ---------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip
_SKIPPED_WORDS = {"st", "nd", "rd", "th", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def cell_text(value: Any) -> str:
    """A cell's value as the user would read it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


def parse_date(value: Any) -> dt.date | None:
    """A date from an Excel cell or text; None if empty. Raises ValueError if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial date in a cell without date format
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(value)
    return _parse_date_text(str(value).strip())


def _parse_date_text(text: str) -> dt.date:
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    if match := _DMY_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if year < 100 else 0
        if month > 12 >= day:  # 07/26/2025 can only be month first
            day, month = month, day
        return dt.date(year, month, day)
    words = [w for w in re.findall(r"[a-z]+|\d+", text.casefold()) if w not in _SKIPPED_WORDS]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) == 1 and len(numbers) == 2 and len(words) == 3:
        day, year = sorted(numbers)
        if year >= 1900:
            return dt.date(year, months[0], day)
    raise ValueError(text)


_FAMILY_FIRST = {"family first", "family name first", "surname first", "family", "surname"}
_GIVEN_FIRST = {"", "given first", "given name first", "given", "first name first", "western"}


def parse_name_order(text: str) -> NameOrder:
    key = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    if key in _FAMILY_FIRST or key == NameOrder.FAMILY_FIRST.value.replace("_", " "):
        return NameOrder.FAMILY_FIRST
    if key in _GIVEN_FIRST or key == NameOrder.GIVEN_FIRST.value.replace("_", " "):
        return NameOrder.GIVEN_FIRST
    raise ValueError(text)


def name_key(given: str, family: str, native: str) -> str:
    """The key two rows or records share when they name the same person."""
    return f"{fold(given)}\n{fold(family)}\n{fold(native)}"


# Opening files ---------------------------------------------------------------------------


@dataclass(slots=True)
class _RawSheet:
    name: str
    total: int  # rows, approximately (for progress)
    rows: Iterator[tuple[int, RawRow]]  # (physical row number, values)


def _open_sheets(path: Path) -> tuple[list[_RawSheet], Callable[[], None]]:
    if not path.exists():
        raise ImportFileError(f"{path} does not exist; check the name and folder.")
    suffix = path.suffix.casefold()
    if suffix == ".xlsx":
        return _xlsx_sheets(path)
    if suffix == ".csv":
        return [_csv_sheet(path)], lambda: None
    hint = " Open it in Excel and save it as .xlsx." if suffix in (".xls", ".ods") else ""
    raise ImportFileError(
        f"{path.name}: only Excel workbooks (.xlsx) and CSV files (.csv) can be imported.{hint}"
    )


def _xlsx_sheets(path: Path) -> tuple[list[_RawSheet], Callable[[], None]]:
    import zipfile

    from delegations.services.xlsx_rows import UnsupportedWorkbook, XlsxRows

    try:
        workbook = XlsxRows(path)
    except UnsupportedWorkbook:
        return _openpyxl_sheets(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise _unreadable(path, error) from error
    sheets = [
        _RawSheet(sheet.name, workbook.size(sheet), workbook.rows(sheet))
        for sheet in workbook.sheets
        if sheet.state == "visible" and sheet.name != HELP_SHEET
    ]
    return sheets, workbook.close


def _unreadable(path: Path, error: Exception) -> ImportFileError:
    return ImportFileError(
        f"{path.name} cannot be read as an Excel workbook ({error}); "
        "open it in Excel and save it again as .xlsx."
    )


def _openpyxl_sheets(path: Path) -> tuple[list[_RawSheet], Callable[[], None]]:
    """The slower reader, for workbooks the fast one does not understand."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise _unreadable(path, error) from error
    sheets = []
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state != "visible" or worksheet.title == HELP_SHEET:
            continue
        total = worksheet.max_row or 0
        # Some writers record a wrong size; read what is there instead.
        worksheet.reset_dimensions()
        rows = enumerate(worksheet.iter_rows(values_only=True), start=1)
        sheets.append(_RawSheet(worksheet.title, total, rows))
    return sheets, workbook.close


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data[1:200:2].count(0) > 50:  # UTF-16 without a byte-order mark
        return data.decode("utf-16-le")
    raise ImportFileError(
        f"{name} is not UTF-8 text; in Excel choose File ▸ Save As ▸ “CSV UTF-8”, "
        "or save it as .xlsx."
    )


def _csv_sheet(path: Path) -> _RawSheet:
    text = _decode(path.read_bytes(), path.name)
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, RawRow]]:
        first_line = 1
        for record in reader:
            yield first_line, tuple(record)
            first_line = reader.line_num + 1

    return _RawSheet("", text.count("\n") + 1, rows())


def _detect_delimiter(text: str) -> str:
    """`,`, `;` or tab: the one that splits the header row into known columns."""
    sample = text[:65536].splitlines()[: _HEADER_SEARCH_ROWS + 5]
    candidates = sorted(",;\t", key=lambda d: -sum(line.count(d) for line in sample))
    for delimiter in candidates:
        records = csv.reader(sample, delimiter=delimiter)
        if any(_header_matches(record) >= 2 for record in records):
            return delimiter
    try:
        return csv.Sniffer().sniff("\n".join(sample), delimiters=",;\t").delimiter
    except csv.Error:
        return candidates[0]


def _header_matches(cells: Iterable[Any]) -> int:
    return sum(
        1 for cell in cells if isinstance(cell, str) and cell.strip() and field_for_header(cell)
    )


# Parsing rows ----------------------------------------------------------------------------


class _Reader:
    """Turns raw rows into `ParsedRow`s, collecting problems and in-file duplicates."""

    def __init__(self, file: str, roles: Iterable[tuple[str, str]]) -> None:
        self.file = file
        self.roles = tuple(roles) or tuple((spec.code, spec.name) for spec in DEFAULT_ROLES)
        self.role_names = ", ".join(name for _code, name in self.roles)
        self.sheets: list[ParsedSheet] = []
        self.rows: list[ParsedRow] = []
        self.problems: list[Problem] = []
        self._countries: dict[str, str | None] = {}
        self._role_codes: dict[str, str | None] = {}
        self._emails: dict[str, int] = {}
        self._names: dict[tuple[str, str], int] = {}

    # sheets

    def read_sheet(self, raw: _RawSheet, tick: Callable[[], None]) -> None:
        header = self._find_header(raw)
        if header is None:
            if raw.name:
                self._file_problem(
                    raw.name, 0, "no header row found (such as Given name, Family name, "
                    "Country); the sheet was skipped.", "warning",
                )  # fmt: skip
            return
        sheet = ParsedSheet(raw.name, header[0], self._columns(raw.name, header))
        self._check_columns(sheet)
        self.sheets.append(sheet)
        sheet_index = len(self.sheets) - 1
        for number, values in raw.rows:
            tick()
            cells = tuple(map(cell_text, values))
            if any(cells):
                self.rows.append(self._parse_row(sheet_index, sheet, number, values, cells))

    def _find_header(self, raw: _RawSheet) -> tuple[int, RawRow] | None:
        seen = 0
        for number, values in raw.rows:
            if not any(cell_text(value) for value in values):
                continue
            if _header_matches(values) >= 2:
                return number, values
            seen += 1
            if seen >= _HEADER_SEARCH_ROWS:
                break
        return None

    def _columns(self, sheet: str, header: tuple[int, RawRow]) -> list[SheetColumn]:
        number, values = header
        columns: list[SheetColumn] = []
        taken: dict[str, str] = {}
        for index, value in enumerate(values):
            text = clean(cell_text(value))
            target = field_for_header(text) if text else ""
            if target and target in taken:
                self._file_problem(
                    sheet, number, f"a second {HEADERS.get(target, 'Name')} column; only "
                    f"“{taken[target]}” is read.", "warning", text, index,
                )  # fmt: skip
                target = ""
            elif target is None:
                self._file_problem(
                    sheet, number, "unknown column; its values are not imported.",
                    "warning", text, index,
                )  # fmt: skip
            elif target:
                taken[target] = text
            columns.append(SheetColumn(index, text, target))
        return columns

    def _check_columns(self, sheet: ParsedSheet) -> None:
        fields = sheet.fields
        if not fields & set(NAME_FIELDS):
            raise ImportFileError(
                f"{self._where(sheet.name)}row {sheet.header_row}: no name column; add "
                "“Given name” and “Family name” (or “Name in native script”) columns."
            )
        if not fields & {"delegation", "country"}:
            raise ImportFileError(
                f"{self._where(sheet.name)}row {sheet.header_row}: no “Delegation” or "
                "“Country” column, so the delegates cannot be placed in a delegation."
            )

    def _where(self, sheet: str) -> str:
        return f"{self.file}, {sheet}, " if sheet else f"{self.file}, "

    def _file_problem(
        self, sheet: str, row: int, message: str, severity: Literal["error", "warning"],
        column: str = "", index: int | None = None,
    ) -> None:  # fmt: skip
        self.problems.append(Problem(self.file, sheet, row, column, "", message, severity, index))

    # rows

    def _parse_row(
        self, sheet_index: int, sheet: ParsedSheet, number: int, values: RawRow,
        cells: tuple[str, ...],
    ) -> ParsedRow:  # fmt: skip
        row = ParsedRow(sheet_index, number, cells, {})
        width = len(values)
        for column in sheet.columns:
            if column.field:
                index = column.index
                raw, text = (values[index], cells[index]) if index < width else (None, "")
                self._parse_cell(row, sheet, column, raw, text)
        self._check_row(row, sheet)
        return row

    def _error(
        self, row: ParsedRow, sheet: ParsedSheet, column: SheetColumn | None, value: str,
        message: str,
    ) -> None:  # fmt: skip
        row.problems.append(
            Problem(
                self.file, sheet.name, row.row, column.header if column else "", value,
                message, "error", column.index if column else None,
            )
        )  # fmt: skip

    def _parse_cell(
        self, row: ParsedRow, sheet: ParsedSheet, column: SheetColumn, raw: Any, text: str
    ) -> None:
        target = column.field
        assert target
        if target in ("arrival", "departure"):
            try:
                row.values[target] = parse_date(text if isinstance(raw, str) else raw)
            except ValueError:
                row.values[target] = None
                self._error(row, sheet, column, text,
                            "not a date; write it as 2025-07-26, 26/07/2025 or 26 Jul 2025.")  # fmt: skip
            return
        text = clean(text)
        if target == "country":
            row.values[target] = self._country(text)
            if text and row.values[target] is None:
                self._error(row, sheet, column, text, "not a country we recognise; write its "
                            "English name or ISO code (e.g. Viet Nam or VN).")  # fmt: skip
        elif target == "role":
            row.values[target] = self._role(text)
            if text and row.values[target] is None:
                self._error(row, sheet, column, text,
                            f"not one of the event's roles ({self.role_names}).")  # fmt: skip
        elif target == "email":
            row.values[target] = text
            try:
                rules.check_email(text)
            except InvalidInput:
                self._error(row, sheet, column, text,
                            "not an e-mail address (name@example.org).")  # fmt: skip
        elif target == "name_order":
            try:
                row.values[target] = parse_name_order(text)
            except ValueError:
                row.values[target] = NameOrder.GIVEN_FIRST
                self._error(row, sheet, column, text,
                            "write “Family name first” or “Given name first” (or leave it empty).")  # fmt: skip
        else:
            row.values[target] = text

    def _country(self, text: str) -> str | None:
        if text not in self._countries:
            self._countries[text] = normalise_country(text)
        return self._countries[text]

    def _role(self, text: str) -> str | None:
        if text not in self._role_codes:
            self._role_codes[text] = normalise_role(text, self.roles)
        return self._role_codes[text]

    def _check_row(self, row: ParsedRow, sheet: ParsedSheet) -> None:
        values = row.values
        _split_full_name(values)
        given, family = values.get("given_name", ""), values.get("family_name", "")
        native = values.get("native_name", "")
        if not (given or family or native):
            column = self._first_column(sheet, NAME_FIELDS)
            self._error(row, sheet, column, "",
                        "no name: give a given name, a family name or a name in native script.")  # fmt: skip
        arrival, departure = values.get("arrival"), values.get("departure")
        if arrival and departure and departure < arrival:
            self._error(row, sheet, self._first_column(sheet, ("departure",)),
                        cell_text(departure), f"departure is before the arrival, {arrival:%d %b %Y}.")  # fmt: skip
        delegation, country = values.get("delegation", ""), values.get("country")
        if not delegation and not country and not self._has_error_in(row, sheet, "country"):
            column = self._first_column(sheet, ("delegation", "country"))
            self._error(row, sheet, column, "",
                        "no delegation and no country: the person cannot be placed in a delegation.")  # fmt: skip
        self._check_duplicates(row, sheet, delegation or f"@{country}", (given, family, native))

    def _has_error_in(self, row: ParsedRow, sheet: ParsedSheet, target: str) -> bool:
        column = self._first_column(sheet, (target,))
        return column is not None and any(
            p.column_index == column.index for p in row.problems if p.is_error
        )

    def _check_duplicates(
        self, row: ParsedRow, sheet: ParsedSheet, delegation: str, names: tuple[str, str, str]
    ) -> None:
        email = row.values.get("email", "")
        if email:
            first = self._emails.setdefault(email.casefold(), len(self.rows))
            if first != len(self.rows):
                self._duplicate(row, sheet, first, "email", email, "the same e-mail as")
                return
        if any(names):
            key = (fold(delegation), name_key(*names))
            first = self._names.setdefault(key, len(self.rows))
            if first != len(self.rows):
                column = self._first_column(sheet, NAME_FIELDS)
                self._duplicate(row, sheet, first, column.field if column else "",
                                " ".join(n for n in names if n), "the same name and delegation as")  # fmt: skip

    def _duplicate(
        self, row: ParsedRow, sheet: ParsedSheet, first: int, target: str | None, value: str,
        what: str,
    ) -> None:  # fmt: skip
        other = self.rows[first]
        other_sheet = self.sheets[other.sheet_index].name
        where = (
            f"row {other.row}" if other_sheet == sheet.name else f"{other_sheet}, row {other.row}"
        )
        column = self._first_column(sheet, (target,)) if target else None
        self._error(row, sheet, column, value,
                    f"duplicate: {what} {where}; keep one of the two rows.")  # fmt: skip

    @staticmethod
    def _first_column(sheet: ParsedSheet, targets: Iterable[str]) -> SheetColumn | None:
        targets = tuple(targets)
        for column in sheet.columns:
            if column.field in targets:
                return column
        return None


def _split_full_name(values: dict[str, Any]) -> None:
    """A single "Name" column fills given and family names: the last word is the family name."""
    full = values.pop("full_name", None)
    if full is None:
        return
    if not (values.get("given_name") or values.get("family_name")):
        given, _, family = full.rpartition(" ")
        values["given_name"], values["family_name"] = given, family
    values.setdefault("given_name", "")
    values.setdefault("family_name", "")


def read_registrations(
    path: Path | str,
    *,
    roles: Iterable[tuple[str, str]] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ParsedFile:
    """Read and check a registrations file; needs no event, writes nothing.

    Args:
        path: an .xlsx or .csv file.
        roles: the event's roles as (code, name) pairs; the default roles if empty.
        progress: called now and then with (rows done, rows in total, approximately).
        cancelled: polled while reading; when it returns True, `ImportCancelled` is raised.

    Raises:
        ImportFileError: the file cannot be read, or has no usable header row.
        ImportCancelled: `cancelled()` returned True.
    """
    path = Path(path)
    progress = progress or _no_progress
    cancelled = cancelled or _never
    reader = _Reader(path.name, roles)
    with warnings.catch_warnings():
        # openpyxl warns about workbook features it drops (styles, extensions) it cannot read;
        # they do not matter for the values we read.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        sheets, close = _open_sheets(path)
        try:
            total = sum(sheet.total for sheet in sheets) or 1
            done = 0

            def tick() -> None:
                nonlocal done
                done += 1
                if done % _PROGRESS_EVERY == 0:
                    if cancelled():
                        raise ImportCancelled
                    progress(min(done, total), total)

            for sheet in sheets:
                reader.read_sheet(sheet, tick)
        finally:
            close()
    if not reader.sheets:
        raise ImportFileError(
            f"{path.name}: no header row found; the first rows should include column "
            "headers such as Given name, Family name, Country, Email."
        )
    progress(total, total)
    return ParsedFile(path, reader.sheets, reader.rows, reader.problems)


# Importing into the event ----------------------------------------------------------------

DELEGATE_COLUMNS = (
    *TEXT_FIELDS, "email", "name_order", "arrival", "departure", "role_id", "delegation_id",
)  # fmt: skip
_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(TEXT_FIELDS, ""), "email": "", "name_order": NameOrder.GIVEN_FIRST,
    "arrival": None, "departure": None, "role_id": None,
}  # fmt: skip
_DIRECT_FIELDS = frozenset((*TEXT_FIELDS, "email", "name_order", "arrival", "departure"))
_BATCH = 2000


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


@dataclass(slots=True)
class _PendingDelegation:
    name: str
    country: str
    first_row: ParsedRow
    id: int | None = None


@dataclass(slots=True)
class _Plan:
    inserts: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    new_delegations: dict[str, _PendingDelegation] = field(default_factory=dict)
    touched_delegations: set[int | str] = field(default_factory=set)


class _EventIndex:
    """The event's roles, delegations and delegates, read column-wise for matching."""

    def __init__(self, session: Session) -> None:
        from sqlmodel import select

        from delegations.domain.models import Delegate, Delegation, Role

        self.role_ids = dict(session.exec(select(Role.code, Role.id)).all())
        self.delegation_names: dict[int, str] = {}
        self.delegation_country: dict[int, str] = {}
        self.delegation_by_name: dict[str, int] = {}
        self.delegations_by_country: dict[str, list[int]] = {}
        query = select(Delegation.id, Delegation.name, Delegation.country).order_by(
            Delegation.protocol_order, Delegation.name
        )
        for id_, name, country in session.exec(query):
            self.delegation_names[id_] = name
            self.delegation_country[id_] = country
            self.delegation_by_name.setdefault(fold(name), id_)
            self.delegations_by_country.setdefault(country, []).append(id_)
        self.max_protocol_order = max(
            session.exec(select(Delegation.protocol_order)).all(), default=0
        )
        self.delegates: dict[int, dict[str, Any]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[int, str], int] = {}
        columns = [getattr(Delegate, name) for name in DELEGATE_COLUMNS]
        for id_, *values in session.exec(select(Delegate.id, *columns).order_by(Delegate.id)):
            record = dict(zip(DELEGATE_COLUMNS, values, strict=True))
            record["name_order"] = NameOrder(record["name_order"] or NameOrder.GIVEN_FIRST)
            self.delegates[id_] = record
            if record["email"]:
                self.by_email.setdefault(record["email"].casefold(), id_)
            key = name_key(record["given_name"], record["family_name"], record["native_name"])
            self.by_name.setdefault((record["delegation_id"], key), id_)


class _Planner:
    """Matches each valid row to a delegation and to an existing delegate, or a new one."""

    def __init__(self, parsed: ParsedFile, index: _EventIndex) -> None:
        self.parsed = parsed
        self.index = index
        self.plan = _Plan()
        self.claimed: dict[int, ParsedRow] = {}
        self.new_problems: list[Problem] = []
        self.unchanged = 0

    def plan_row(self, row: ParsedRow) -> bool:
        """Plan one row; False (with its problem recorded) when the row is refused."""
        sheet = self.parsed.sheets[row.sheet_index]
        delegation = self._delegation(row, sheet)
        if delegation is None:
            return False
        changes = self._changes(row, sheet)
        if changes is None:
            return False
        existing_id = self._match(row, delegation)
        if existing_id is not None and existing_id in self.claimed:
            first = self.claimed[existing_id]
            self._problem(row, sheet, None, "",
                          f"this person is already updated by row {first.row}; keep one of the two rows.")  # fmt: skip
            return False
        self.plan.touched_delegations.add(delegation)
        pending = delegation if isinstance(delegation, str) else None
        if existing_id is None:
            record = {**_DEFAULTS, "role_id": self.index.role_ids.get("delegate"), **changes}
            record["delegation_id"] = None if pending else delegation
            self.plan.inserts.append((record, pending))
            return True
        self.claimed[existing_id] = row
        current = self.index.delegates[existing_id]
        record = {**current, **changes, "delegation_id": None if pending else delegation}
        if record == current:
            self.unchanged += 1
        else:
            self.plan.updates.append(({**record, "_id": existing_id}, pending))
        return True

    def _problem(
        self, row: ParsedRow, sheet: ParsedSheet, target: str | None, value: str, message: str
    ) -> None:
        column = _Reader._first_column(sheet, (target,)) if target else None
        self.new_problems.append(
            Problem(
                self.parsed.name, sheet.name, row.row, column.header if column else "", value,
                message, "error", column.index if column else None,
            )
        )  # fmt: skip

    def _delegation(self, row: ParsedRow, sheet: ParsedSheet) -> int | str | None:
        """The existing delegation's id, or the key of a delegation to create."""
        name, country = row.values.get("delegation", ""), row.values.get("country")
        if name:
            return self._named_delegation(row, sheet, name, country)
        assert country  # rows with neither were refused while reading
        candidates = self.index.delegations_by_country.get(country, [])
        english = _english_name(country)
        for id_ in candidates:
            if fold(self.index.delegation_names[id_]) == fold(english):
                return id_
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            names = ", ".join(f"“{self.index.delegation_names[i]}”" for i in candidates)
            self._problem(row, sheet, "country", country,
                          f"the event has several delegations from this country ({names}); "
                          "add a Delegation column to choose one.")  # fmt: skip
            return None
        return self._pending(row, sheet, english, country)

    def _named_delegation(
        self, row: ParsedRow, sheet: ParsedSheet, name: str, country: str | None
    ) -> int | str | None:
        id_ = self.index.delegation_by_name.get(fold(name))
        if id_ is not None:
            if country and country != self.index.delegation_country[id_]:
                self._problem(row, sheet, "country", country,
                              f"the delegation “{self.index.delegation_names[id_]}” is from "
                              f"{_english_name(self.index.delegation_country[id_])}; correct the "
                              "country or the delegation.")  # fmt: skip
                return None
            return id_
        if not country:
            self._problem(row, sheet, "delegation", name,
                          "there is no such delegation in the event yet; give its Country so "
                          "that it can be created.")  # fmt: skip
            return None
        return self._pending(row, sheet, name, country)

    def _pending(self, row: ParsedRow, sheet: ParsedSheet, name: str, country: str) -> str | None:
        key = fold(name)
        pending = self.plan.new_delegations.setdefault(key, _PendingDelegation(name, country, row))
        if pending.country != country:
            self._problem(row, sheet, "country", country,
                          f"row {pending.first_row.row} puts the new delegation “{pending.name}” "
                          f"in {_english_name(pending.country)}; use one country per delegation.")  # fmt: skip
            return None
        return key

    def _changes(self, row: ParsedRow, sheet: ParsedSheet) -> dict[str, Any] | None:
        changes = {k: v for k, v in row.values.items() if k in _DIRECT_FIELDS}
        role = row.values.get("role")
        if role:
            if role not in self.index.role_ids:
                self._problem(row, sheet, "role", role,
                              "the event has no such role; add it in Settings ▸ Roles first.")  # fmt: skip
                return None
            changes["role_id"] = self.index.role_ids[role]
        return changes

    def _match(self, row: ParsedRow, delegation: int | str) -> int | None:
        email = row.values.get("email", "")
        if email and (id_ := self.index.by_email.get(email.casefold())) is not None:
            return id_
        if not isinstance(delegation, int):
            return None
        values = row.values
        key = name_key(
            values.get("given_name", ""), values.get("family_name", ""),
            values.get("native_name", ""),
        )  # fmt: skip
        return self.index.by_name.get((delegation, key))


def _english_name(code: str) -> str:
    from delegations.domain.countries import english_country_name

    return english_country_name(code)


def import_registrations(
    *,
    session: Session,
    parsed: ParsedFile,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Add or update the delegates of a parsed file, in the session's transaction.

    All or nothing: with any error (unless `skip_invalid`) or with `dry_run`, nothing is
    written and the report says what would have happened. Rows match an existing delegate by
    e-mail (case-insensitive), else by name within the delegation, and update it.

    Raises:
        ImportCancelled: `cancelled()` returned True; the caller's session scope rolls back.
    """
    progress = progress or _no_progress
    cancelled = cancelled or _never
    report = ImportReport(parsed.name, len(parsed.rows), dry_run=dry_run,
                          skip_invalid=skip_invalid)  # fmt: skip
    planner = _Planner(parsed, _EventIndex(session))
    total = len(parsed.rows) * 2 or 1
    for done, row in enumerate(parsed.rows, start=1):
        if not (row.ok and planner.plan_row(row)):
            report.refused += 1
        if done % _PROGRESS_EVERY == 0:
            if cancelled():
                raise ImportCancelled
            progress(done, total)
    plan = planner.plan
    report.problems = [*parsed.all_problems(), *planner.new_problems]
    sheet_order = {sheet.name: i for i, sheet in enumerate(parsed.sheets)}
    report.problems.sort(key=lambda p: (not p.is_error, sheet_order.get(p.sheet, -1), p.row))
    report.added, report.updated = len(plan.inserts), len(plan.updates)
    report.unchanged = planner.unchanged
    report.delegations_created = [pending.name for pending in plan.new_delegations.values()]
    if dry_run or report.refused_all:
        return report
    if cancelled():
        raise ImportCancelled
    _write(session, plan, planner.index, lambda done: progress(len(parsed.rows) + done, total),
           cancelled)  # fmt: skip
    report.written = True
    progress(total, total)
    return report


def _write(
    session: Session, plan: _Plan, index: _EventIndex, progress: Callable[[int], None],
    cancelled: Cancelled,
) -> None:  # fmt: skip
    """Create the new delegations, then insert and update delegates in batches."""
    from sqlalchemy import bindparam, insert, update

    from delegations.domain.models import Delegate
    from delegations.services.delegations import create_delegation

    _create_delegations(session, plan, index, create_delegation)
    inserts = _resolved(plan.inserts, plan)
    updates = _resolved(plan.updates, plan)
    table = Delegate.__table__
    connection = session.connection()
    done = 0
    for start in range(0, len(inserts), _BATCH):
        connection.execute(insert(table), inserts[start : start + _BATCH])
        done += len(inserts[start : start + _BATCH])
        _step(done, progress, cancelled)
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({name: bindparam(name) for name in DELEGATE_COLUMNS})
    )
    for start in range(0, len(updates), _BATCH):
        connection.execute(statement, updates[start : start + _BATCH])
        done += len(updates[start : start + _BATCH])
        _step(done, progress, cancelled)
    _fix_heads(connection, plan, index)


def _resolved(
    records: list[tuple[dict[str, Any], str | None]], plan: _Plan
) -> list[dict[str, Any]]:
    """The records, with the ids of the delegations just created filled in."""
    for record, pending_key in records:
        if pending_key is not None:
            record["delegation_id"] = plan.new_delegations[pending_key].id
    return [record for record, _key in records]


def _step(done: int, progress: Callable[[int], None], cancelled: Cancelled) -> None:
    if cancelled():
        raise ImportCancelled
    progress(done)


def _create_delegations(
    session: Session, plan: _Plan, index: _EventIndex, create: Callable[..., Any]
) -> None:
    from delegations.domain.countries import COUNTRY_NAMES

    protocol = list(COUNTRY_NAMES)
    next_order = max(index.max_protocol_order, len(protocol)) + 1
    for pending in plan.new_delegations.values():
        if pending.country in protocol:
            order = protocol.index(pending.country) + 1
        else:
            order, next_order = next_order, next_order + 1
        pending.id = create(
            session=session, name=pending.name, country=pending.country, protocol_order=order
        ).id


def _fix_heads(connection: Any, plan: _Plan, index: _EventIndex) -> None:
    """Heads who moved away stop being heads; a delegation without a head gets its HoD."""
    from sqlalchemy import and_, func, select, update

    from delegations.domain.models import Delegate, Delegation

    delegate, delegation = Delegate.__table__, Delegation.__table__
    moved = select(delegate.c.id).where(
        and_(delegate.c.id == delegation.c.head_id, delegate.c.delegation_id != delegation.c.id)
    )
    connection.execute(
        update(delegation)
        .where(delegation.c.head_id.in_(moved.scalar_subquery()))
        .values(head_id=None)
    )
    hod = index.role_ids.get("hod")
    ids = {key if isinstance(key, int) else plan.new_delegations[key].id
           for key in plan.touched_delegations}  # fmt: skip
    if hod is None or not ids:
        return
    first_hod = (
        select(func.min(delegate.c.id))
        .where(delegate.c.delegation_id == delegation.c.id, delegate.c.role_id == hod)
        .scalar_subquery()
    )
    connection.execute(
        update(delegation)
        .where(delegation.c.head_id.is_(None), delegation.c.id.in_(ids))
        .values(head_id=first_hod)
    )


def format_report(report: ImportReport) -> str:
    """The report as text: a summary line, then each problem on a line of its own."""
    would = "would be " if (report.dry_run or report.refused_all) else ""
    summary = (
        f"{report.file}: {report.rows} rows read; {report.added} {would}added, "
        f"{report.updated} {would}updated, {report.unchanged} unchanged, "
        f"{report.refused} refused."
    )
    lines = [summary]
    if report.delegations_created:
        names = ", ".join(report.delegations_created)
        lines.append(f"New delegations{' to create' if would else ''}: {names}.")
    lines.extend(str(problem) for problem in report.problems)
    if report.refused_all:
        count = len({(p.sheet, p.row) for p in report.errors})
        lines.append(f"Nothing was written: {count} row{'s' * (count != 1)} "
                     f"{'have' if count != 1 else 'has'} errors.")  # fmt: skip
    elif report.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
