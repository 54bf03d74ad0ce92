"""Registrations from workbooks and CSV files: read, check, preview, import all or nothing.

Two steps, so that a GUI worker can show a preview before anything is written:

1. `read_registrations(path)` reads and checks the file without the event: it finds the
   header row, maps columns, cleans values and names every bad cell (`ParsedFile`).
2. `import_registrations(session=..., parsed=...)` matches rows to the event's delegations and
   delegates, and writes them in the caller's transaction, or nothing at all (`ImportReport`).
   It works on SQLAlchemy Core (an ORM session's connection, or `EventFile.connection()`), so
   the command line never loads SQLModel for an import.

Both take `progress(done, total)` and `cancelled() -> bool` callables; a cancelled import
raises `ImportCancelled` before anything is written, or inside the transaction, which the
caller's session scope then rolls back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from delegations.domain import rules
from delegations.domain.countries import normalise_country
from delegations.domain.delegations import (
    AmbiguousDelegation,
    DelegationNotFound,
    resolve_delegation,
)
from delegations.domain.enums import NameOrder
from delegations.domain.errors import InvalidInput, UserError
from delegations.domain.names import clean, fold, full_name, usual_name_order
from delegations.domain.roles import DEFAULT_ROLES, normalise_role
from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services.registrations.columns import (
    EXPORT_ONLY_HEADERS,
    HEADERS,
    NAME_ORDER_TEXT,
    field_for_header,
    header_key,
)
from delegations.services.registrations.dates import DateProblem, day_first_by_column, parse_date
from delegations.services.registrations.workbooks import HEADER_SEARCH_ROWS as _HEADER_SEARCH_ROWS
from delegations.services.registrations.workbooks import SUPPORTED_SUFFIXES as SUPPORTED_SUFFIXES
from delegations.services.registrations.workbooks import ImportFileError as ImportFileError
from delegations.services.registrations.workbooks import RawSheet as _RawSheet
from delegations.services.registrations.workbooks import header_matches as _header_matches
from delegations.services.registrations.workbooks import open_sheets
from delegations.store.stored import stored_date, stored_name_order

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

RawRow = tuple[Any, ...]

_PROGRESS_EVERY = 500
_NOT_SAID = object()  # a cell that leaves its field unset (an empty name order)
EXPORT_ONLY_KEYS = frozenset(map(header_key, EXPORT_ONLY_HEADERS))
# Fields copied to Delegate as cleaned text.
TEXT_FIELDS = (
    "honorific", "given_name", "family_name", "native_name", "position", "organisation",
    "phone", "dietary", "access_needs", "notes",
)  # fmt: skip
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


# Reading cells ---------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell's value as the user would read it."""
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


_FAMILY_FIRST = {"family first", "family name first", "surname first", "family", "surname"}
_GIVEN_FIRST = {"given first", "given name first", "given", "first name first", "western"}


def parse_name_order(text: str) -> NameOrder:
    key = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    if key in _FAMILY_FIRST or key == NameOrder.FAMILY_FIRST.value.replace("_", " "):
        return NameOrder.FAMILY_FIRST
    if key in _GIVEN_FIRST or key == NameOrder.GIVEN_FIRST.value.replace("_", " "):
        return NameOrder.GIVEN_FIRST
    raise ValueError(text)


def name_key(given: str, family: str, native: str) -> str:
    """The key two rows or records share when they name the same person: the Latin name, or
    the native one for people without a Latin name, so that a list that adds native names to
    people already in the event finds them."""
    if given or family:
        return f"{fold(given)}\n{fold(family)}"
    return f"\n\n{fold(native)}"


# Parsing rows ----------------------------------------------------------------------------


class _Reader:
    """Turns raw rows into `ParsedRow`s, collecting problems and in-file duplicates."""

    def __init__(
        self, file: str, roles: Iterable[tuple[str, str]], delegation_countries: Mapping[str, str]
    ) -> None:
        self.file = file
        self.delegation_countries = delegation_countries
        self.roles = tuple(roles) or tuple((spec.code, spec.name) for spec in DEFAULT_ROLES)
        self.role_names = ", ".join(name for _code, name in self.roles)
        self.sheets: list[ParsedSheet] = []
        self._day_first: dict[int, bool] = {}  # per date column of the sheet being read
        self.rows: list[ParsedRow] = []
        self.problems: list[Problem] = []
        self._countries: dict[str, str | None] = {}
        self._role_codes: dict[str, str | None] = {}
        self._emails: dict[str, int] = {}
        self._names: dict[tuple[str, str], list[int]] = {}

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
        rows = list(raw.rows)  # dates are read day or month first as their whole column says
        self._day_first = day_first_by_column(
            rows, (c.index for c in sheet.columns if c.field in ("arrival", "departure"))
        )
        self._parse_rows(sheet_index, sheet, rows, tick)
        self._report_unimported(sheet, sheet_index)

    def _parse_rows(
        self, sheet_index: int, sheet: ParsedSheet, rows: list[tuple[int, RawRow]],
        tick: Callable[[], None],
    ) -> None:  # fmt: skip
        """Parse a sheet column by column: each distinct value of a column is read once (a
        list of 20,000 people has a few hundred distinct organisations, dates, countries),
        then each row takes its column's answers."""
        raw_columns = list(itertools.zip_longest(*(values for _n, values in rows)))
        text_columns = [_column_texts(column) for column in raw_columns]
        cell_rows = list(zip(*text_columns, strict=True)) or [() for _row in rows]
        parsed_columns = [column for column in sheet.columns
                          if column.field and column.index < len(raw_columns)]  # fmt: skip
        answers = [self._column_answers(column, raw_columns[column.index],
                                        text_columns[column.index]) for column in parsed_columns]  # fmt: skip
        fields = [column.field for column in parsed_columns]
        value_rows = (
            list(zip(*(values for values, _errors in answers), strict=True)) if answers
            else [()] * len(rows)
        )  # fmt: skip
        for position, ((number, _values), cells, row_values) in enumerate(
            zip(rows, cell_rows, value_rows, strict=True)
        ):
            tick()
            if not any(cells):
                continue
            row = ParsedRow(sheet_index, number, cells, dict(zip(fields, row_values, strict=True)))
            if row.values.get("name_order", None) is _NOT_SAID:
                del row.values["name_order"]
            for column, (_values, errors) in zip(parsed_columns, answers, strict=True):
                if position in errors:
                    self._error(row, sheet, column, cells[column.index], errors[position])
            self._check_row(row, sheet)
            self.rows.append(row)

    def _column_answers(
        self, column: SheetColumn, raws: tuple[Any, ...], texts: list[str]
    ) -> tuple[list[Any], dict[int, str]]:
        """A column's values, and its errors by row position."""
        if column.field in ("arrival", "departure"):  # a date cell and a text differ
            keys: list[Any] = [(raw.__class__, raw) for raw in raws]
            firsts = dict(zip(keys, zip(raws, texts, strict=True), strict=False))
        else:
            keys = texts
            firsts = {text: (text, text) for text in texts}
        outcomes = {key: self._parse_cell(column, raw, text) for key, (raw, text) in firsts.items()}
        values = [outcomes[key][0] for key in keys]
        wrong = {key for key, (_value, error) in outcomes.items() if error}
        errors = {position: outcomes[key][1] for position, key in enumerate(keys) if key in wrong} \
            if wrong else {}  # fmt: skip
        return values, errors

    def _report_unimported(self, sheet: ParsedSheet, sheet_index: int) -> None:
        """Name every column that holds values the import does not take, with their count."""
        read = {column.index for column in sheet.columns if column.field}
        rows = [row.cells for row in self.rows if row.sheet_index == sheet_index]
        width = max(map(len, rows), default=0)
        counts = {
            index: sum(1 for cells in rows if index < len(cells) and cells[index])
            for index in range(width) if index not in read
        }  # fmt: skip
        counts = {index: count for index, count in counts.items() if count}
        notes = {column.index: column for column in sheet.columns}
        for index, count in counts.items():
            column = notes.get(index)
            header = column.header if column and column.header else ""
            why = column.note if column and column.note else "a column without a header"
            values = f"{count:,} value{'s' * (count != 1)}"
            self._file_problem(
                sheet.name, sheet.header_row, f"not imported: {values} ({why}).", "warning",
                header or f"column {_column_letter(index)}", index,
            )  # fmt: skip

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
            note = ""
            if target and target in taken:
                note = (
                    f"a second {HEADERS.get(target, 'Name')} column; only “{taken[target]}” is read"
                )
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

    def _parse_cell(self, column: SheetColumn, raw: Any, text: str) -> tuple[Any, str]:
        """A cell's value and, if it is wrong, the sentence saying why ("" when right)."""
        target = column.field
        if target in ("arrival", "departure"):
            try:
                return parse_date(raw, day_first=self._day_first.get(column.index)), ""
            except DateProblem as problem:
                return None, str(problem)
        text = clean(text)
        if target == "country":
            code = self._country(text)
            if text and code is None:
                return None, ("not a country we recognise; write its English name or ISO code "
                              "(e.g. Viet Nam or VN).")  # fmt: skip
            return code, ""
        if target == "role":
            code = self._role(text)
            if text and code is None:
                return None, f"not one of the event's roles ({self.role_names})."
            return code, ""
        if target == "email":
            try:
                rules.check_email(text)
            except InvalidInput:
                return text, "not an e-mail address (name@example.org)."
            return text, ""
        if target == "name_order":
            if not text:
                return _NOT_SAID, ""  # the order then follows the country (see _check_row)
            try:
                return parse_name_order(text), ""
            except ValueError:
                return (
                    _NOT_SAID,
                    "write “Family name first” or “Given name first” (or leave it empty).",
                )
        return text, ""

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
        self._settle_name_order(row)
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
        self._check_duplicate_email(row, sheet)
        if given or family or native:
            key = (fold(delegation or f"@{country}"), name_key(given, family, native))
            earlier = self._names.setdefault(key, [])
            row.namesakes = tuple(earlier)
            earlier.append(len(self.rows))

    def _settle_name_order(self, row: ParsedRow) -> None:
        """Split a lone full name and, where the file does not say, choose the name order.

        The order the file gives wins; then capitals in a full name ("BAI Zhen"); then the
        usual order of the person's country (or of the delegation's), then of the native
        script.
        """
        values = row.values
        full = values.pop("full_name", "")
        order, row.name_order_reason = values.get("name_order"), ""
        if order is None:
            country = values.get("country") or self._delegation_country(values.get("delegation"))
            order = usual_name_order(country, values.get("native_name", ""))
            row.name_order_reason = _usual_in(country) if country else (
                "usual for the script of the native name" if values.get("native_name") else ""
            )  # fmt: skip
        if full and not (values.get("given_name") or values.get("family_name")):
            given, family, written = split_full_name(full, order)
            if written is not None and "name_order" not in values:
                order, row.name_order_reason = written, "family name in capitals"
            values["given_name"], values["family_name"] = given, family
        values["name_order"] = order

    def _delegation_country(self, delegation: str | None) -> str | None:
        if not delegation:
            return None
        return self.delegation_countries.get(fold(delegation)) or self._country(delegation)

    def _has_error_in(self, row: ParsedRow, sheet: ParsedSheet, target: str) -> bool:
        column = self._first_column(sheet, (target,))
        return column is not None and any(
            p.column_index == column.index for p in row.problems if p.is_error
        )

    def _check_duplicate_email(self, row: ParsedRow, sheet: ParsedSheet) -> None:
        """Two rows with one e-mail are one person twice; namesakes are the planner's matter."""
        email = row.values.get("email", "")
        if not email:
            return
        first = self._emails.setdefault(email.casefold(), len(self.rows))
        if first != len(self.rows):
            self._duplicate(row, sheet, first, "email", email, "the same e-mail as")

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


def _column_texts(column: tuple[Any, ...]) -> list[str]:
    """The cells of a column as the user reads them, each distinct value turned once."""
    if bool in set(map(type, column)):  # True == 1: a set would take one for the other
        return list(map(cell_text, column))
    texts = {value: cell_text(value) for value in set(column)}
    return list(map(texts.__getitem__, column))


def _column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA", as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def split_full_name(full: str, order: NameOrder) -> tuple[str, str, NameOrder | None]:
    """Given and family name from a lone "Name" cell, and the order its capitals show, if any.

    A family name written in capitals at either end ("BAI Zhen", "Farah binti AHMAD") is the
    family name whatever the order, and says the order; otherwise the first word is the family
    name for family-first names and the last word for the others.
    """
    words = full.split()
    if len(words) < 2:
        return "", full, None
    capitals = [_is_capitalised(word) for word in words]
    if 0 < sum(capitals) < len(words):
        lead = capitals.index(False)
        if not any(capitals[lead:]):  # capitals at the start: family name first
            return " ".join(words[lead:]), _untouched_caps(words[:lead]), NameOrder.FAMILY_FIRST
        tail = capitals[::-1].index(False)
        if not any(capitals[: len(words) - tail]):  # capitals at the end
            family = _untouched_caps(words[len(words) - tail :])
            return " ".join(words[: len(words) - tail]), family, NameOrder.GIVEN_FIRST
    if order == NameOrder.FAMILY_FIRST:
        return " ".join(words[1:]), words[0], None
    return " ".join(words[:-1]), words[-1], None


def _is_capitalised(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _untouched_caps(words: list[str]) -> str:
    """ "NGUYỄN" -> "Nguyễn": the capitals only marked the family name."""
    return " ".join("-".join(part[:1] + part[1:].lower() for part in word.split("-"))
                    for word in words)  # fmt: skip


def read_registrations(
    path: Path | str,
    *,
    roles: Iterable[tuple[str, str]] = (),
    delegation_countries: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ParsedFile:
    """Read and check a registrations file; needs no event, writes nothing.

    Args:
        path: a workbook or a .csv file.
        roles: the event's roles as (code, name) pairs; the default roles if empty.
        delegation_countries: the event's delegations, folded name -> country code, so that
            a row naming a delegation without a country gets its country's name order.
        progress: called now and then with (rows done, rows in total, approximately).
        cancelled: polled while reading; when it returns True, `ImportCancelled` is raised.

    Raises:
        ImportFileError: the file cannot be read, or has no usable header row.
        ImportCancelled: `cancelled()` returned True.
    """
    path = Path(path)
    progress = progress or no_progress
    cancelled = cancelled or never
    reader = _Reader(path.name, roles, delegation_countries or {})
    sheets, close = open_sheets(path)
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

        with _collector_paused():
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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Rows, cells, records and problems are hundreds of thousands of small objects without
    cycles: the cyclic collector would walk them again and again (a fifth of a large import)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def event_vocabulary(*, session: Session | Connection) -> dict[str, Any]:
    """What reading a file needs to know of the event, as `read_registrations` keywords."""
    connection = _core(session)
    roles = _fetch(connection, "SELECT code, name FROM role ORDER BY sort_order")
    delegations = _fetch(connection, "SELECT name, country FROM delegation")
    return {
        "roles": [tuple(role) for role in roles],
        "delegation_countries": {fold(name): country for name, country in delegations},
    }


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


def _in_order(problems: list[Problem], parsed: ParsedFile) -> list[Problem]:
    """Errors first, then by sheet and row."""
    sheet_order = {sheet.name: i for i, sheet in enumerate(parsed.sheets)}
    return sorted(problems, key=lambda p: (not p.is_error, sheet_order.get(p.sheet, -1), p.row))


def _core(session: Session | Connection) -> Connection:
    """The SQLAlchemy Core connection of an ORM session, or the connection itself."""
    from sqlalchemy.engine import Connection

    return session if isinstance(session, Connection) else session.connection()


def _fetch(connection: Connection, sql: str) -> list[Any]:
    return list(connection.exec_driver_sql(sql).all())


class _EventIndex:
    """The event's roles, delegations and delegates, read column-wise for matching."""

    def __init__(self, connection: Connection) -> None:
        roles = _fetch(connection, "SELECT id, code, name FROM role")
        self.role_ids = {code: id_ for id_, code, _name in roles}
        self.role_names = {id_: name for id_, _code, name in roles}
        self.delegation_names: dict[int, str] = {}
        self.delegation_country: dict[int, str] = {}
        self._resolved: dict[str, int | None] = {}
        self.delegations_by_country: dict[str, list[int]] = {}
        self.max_protocol_order = 0
        query = (
            "SELECT id, name, country, protocol_order FROM delegation ORDER BY protocol_order, name"
        )
        for id_, name, country, order in _fetch(connection, query):
            self.delegation_names[id_] = name
            self.delegation_country[id_] = country
            self.delegations_by_country.setdefault(country, []).append(id_)
            self.max_protocol_order = max(self.max_protocol_order, order or 0)
        self.delegates: dict[int, dict[str, Any]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[int, str], list[int]] = {}
        query = f"SELECT id, {', '.join(DELEGATE_COLUMNS)} FROM delegate ORDER BY id"
        for id_, *values in _fetch(connection, query):
            record = dict(zip(DELEGATE_COLUMNS, values, strict=True))
            record["name_order"] = stored_name_order(record["name_order"])
            record["arrival"] = stored_date(record["arrival"])
            record["departure"] = stored_date(record["departure"])
            self.delegates[id_] = record
            if record["email"]:
                self.by_email.setdefault(record["email"].casefold(), id_)
            key = name_key(record["given_name"], record["family_name"], record["native_name"])
            self.by_name.setdefault((record["delegation_id"], key), []).append(id_)

    def existing_delegation(self, text: str) -> int | None:
        """The event's delegation a row names, by its name or its country (the one resolver,
        without abbreviations); None when there is none, so that the row can create it."""
        key = fold(text)
        if key not in self._resolved:
            rows = [(id_, name, self.delegation_country[id_])
                    for id_, name in self.delegation_names.items()]  # fmt: skip
            try:
                self._resolved[key] = resolve_delegation(text, rows, by_start=False)
            except DelegationNotFound:
                self._resolved[key] = None
        return self._resolved[key]

    def name_of(self, id_: int) -> str:
        return _row_name(self.delegates[id_])


class _Planner:
    """Matches each valid row to a delegation and to an existing delegate, or a new one.

    An e-mail identifies a person. Namesakes (the same name in the same delegation) with
    different e-mails are two people; a row without an e-mail updates the one namesake without
    an e-mail; any other namesake match is ambiguous and refused, unless `add_namesakes`.
    """

    def __init__(self, parsed: ParsedFile, index: _EventIndex, add_namesakes: bool) -> None:
        self.parsed = parsed
        self.index = index
        self.add_namesakes = add_namesakes
        self.plan = _Plan()
        self.claimed: dict[int, ParsedRow] = {}
        self.new_problems: list[Problem] = []
        self.changes: list[PlannedUpdate] = []
        self.head_rows: dict[int | str, ParsedRow] = {}
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
        match = self._match(row, sheet, delegation, changes)
        if match is _REFUSED:
            return False
        existing_id = match
        if existing_id is not None and existing_id in self.claimed:
            first = self.claimed[existing_id]
            self._problem(row, sheet, None, "",
                          f"this person is already updated by row {first.row}; keep one of the two rows.")  # fmt: skip
            return False
        self.plan.touched_delegations.add(delegation)
        self._note_head(row, sheet, delegation, changes)
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
            self.changes.append(self._described(row, sheet, existing_id, current, record))
        return True

    def _match(
        self, row: ParsedRow, sheet: ParsedSheet, delegation: int | str, changes: dict[str, Any]
    ) -> int | None | object:
        """The existing delegate this row updates, None for a new one, or `_REFUSED`."""
        values = row.values
        email = values.get("email", "").casefold()
        if email and (id_ := self.index.by_email.get(email)) is not None:
            return id_
        existing: list[int] = []
        if isinstance(delegation, int) and self.index.by_name:
            key = name_key(values.get("given_name", ""), values.get("family_name", ""),
                           values.get("native_name", ""))  # fmt: skip
            existing = self.index.by_name.get((delegation, key), [])
        earlier_rows = [self.parsed.rows[index] for index in row.namesakes]
        if not existing and not earlier_rows:
            return None
        lone = existing[0] if len(existing) == 1 and not earlier_rows else None
        if not email and lone is not None and not self.index.delegates[lone]["email"]:
            return lone
        for id_ in existing:  # a row that changes nothing of a namesake is that person
            current = self.index.delegates[id_]
            if {**current, **changes} == current:
                return id_
        without_email = [id_ for id_ in existing if not self.index.delegates[id_]["email"]]
        unsure_rows = [other for other in earlier_rows if not (email and other.values.get("email"))]
        name = _row_name(values)
        where = self._delegation_label(delegation)
        if not (without_email or unsure_rows) and email:
            self._warning(row, sheet, f"two people named {name} in {where}, told apart by "
                          "their e-mails; both are kept.")  # fmt: skip
            return None
        if self.add_namesakes:
            self._warning(row, sheet, f"another person named {name} in {where} is added "
                          "(--add-namesakes).")  # fmt: skip
            return None
        others = [f"row {other.row}" for other in unsure_rows] + [
            f"{self.index.name_of(id_)} already in the event"
            + (f" ({self.index.delegates[id_]['email']})" if self.index.delegates[id_]["email"] else "")
            for id_ in existing
        ]  # fmt: skip
        self._problem(row, sheet, self._name_field(sheet), name,
                      f"the same name as {_joined(others)} in {where}, and no e-mail tells them "
                      "apart; add the e-mails, remove the extra row, or import with "
                      "--add-namesakes (“Add namesakes” in the window) to add another person.")  # fmt: skip
        return _REFUSED

    def _note_head(
        self, row: ParsedRow, sheet: ParsedSheet, delegation: int | str, changes: dict[str, Any]
    ) -> None:
        """One head per delegation: a second Head of Delegation row is said to become a
        Delegate (see `_fix_heads`)."""
        hod = self.index.role_ids.get("hod")
        if hod is None or changes.get("role_id") != hod:
            return
        first = self.head_rows.setdefault(delegation, row)
        if first is not row:
            changes["role_id"] = self.index.role_ids.get("delegate")  # as a re-import finds it
            self._warning(row, sheet, f"row {first.row} also has the role Head of Delegation in "
                          f"{self._delegation_label(delegation)}; that row's person is the head, "
                          "this one is imported as a Delegate.")  # fmt: skip

    @staticmethod
    def _name_field(sheet: ParsedSheet) -> str | None:
        column = _Reader._first_column(sheet, NAME_FIELDS)
        return column.field if column else None

    def _delegation_label(self, delegation: int | str) -> str:
        if isinstance(delegation, int):
            return self.index.delegation_names[delegation]
        return self.plan.new_delegations[delegation].name

    def _described(
        self, row: ParsedRow, sheet: ParsedSheet, id_: int, old: dict[str, Any],
        new: dict[str, Any],
    ) -> PlannedUpdate:  # fmt: skip
        changes = tuple(
            FieldChange(_FIELD_LABELS.get(name, name), self._shown(name, old[name]),
                        self._shown(name, new[name]))
            for name in DELEGATE_COLUMNS if old[name] != new[name]
        )  # fmt: skip
        return PlannedUpdate(sheet.name, row.row, id_, self.index.name_of(id_), changes)

    def _shown(self, name: str, value: Any) -> str:
        if value is None:
            return ""
        if name == "role_id":
            return self.index.role_names.get(value, "")
        if name == "delegation_id":
            return self.index.delegation_names.get(value, "")
        if name == "name_order":
            return NAME_ORDER_TEXT[value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def _warning(self, row: ParsedRow, sheet: ParsedSheet, message: str) -> None:
        """A warning about the person of a row, shown at its name."""
        self._problem(row, sheet, self._name_field(sheet), _row_name(row.values), message,
                      "warning")  # fmt: skip

    def _problem(
        self, row: ParsedRow, sheet: ParsedSheet, target: str | None, value: str, message: str,
        severity: Literal["error", "warning"] = "error",
    ) -> None:  # fmt: skip
        column = _Reader._first_column(sheet, (target,)) if target else None
        self.new_problems.append(
            Problem(
                self.parsed.name, sheet.name, row.row, column.header if column else "", value,
                message, severity, column.index if column else None,
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
        try:
            id_ = self.index.existing_delegation(name)
        except AmbiguousDelegation as error:
            self._problem(row, sheet, "delegation", name, f"{error} (or add its Country).")
            return None
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


_REFUSED = object()
_FIELD_LABELS = {**HEADERS, "role_id": HEADERS["role"], "delegation_id": HEADERS["delegation"]}


def _row_name(values: dict[str, Any]) -> str:
    latin = full_name(values.get("given_name", ""), values.get("family_name", ""),
                      values.get("name_order", NameOrder.GIVEN_FIRST))  # fmt: skip
    return latin or values.get("native_name", "")


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@functools.cache
def _usual_in(country: str) -> str:
    return f"usual in {_english_name(country)}"


def _english_name(code: str) -> str:
    from delegations.domain.countries import english_country_name

    return english_country_name(code)


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
    e-mail (case-insensitive); namesakes are matched as `_Planner` explains, and with
    `add_namesakes` an ambiguous namesake is added as another person instead of refused.

    Raises:
        ImportCancelled: `cancelled()` returned True; the caller's session scope rolls back.
    """
    progress = progress or no_progress
    cancelled = cancelled or never
    report = ImportReport(parsed.name, len(parsed.rows), dry_run=dry_run,
                          skip_invalid=skip_invalid)  # fmt: skip
    connection = _core(session)
    total = len(parsed.rows) * 2 or 1
    with _collector_paused():
        planner = _Planner(parsed, _EventIndex(connection), add_namesakes)
        for done, row in enumerate(parsed.rows, start=1):
            if not (row.ok and planner.plan_row(row)):
                report.refused += 1
            if done % _PROGRESS_EVERY == 0:
                if cancelled():
                    raise ImportCancelled
                progress(done, total)
        report.problems = _in_order([*parsed.all_problems(), *planner.new_problems], parsed)
    plan = planner.plan
    report.added, report.updated = len(plan.inserts), len(plan.updates)
    report.unchanged = planner.unchanged
    report.changes = planner.changes
    report.delegations_created = [pending.name for pending in plan.new_delegations.values()]
    if dry_run or report.refused_all:
        return report
    if cancelled():
        raise ImportCancelled
    with _collector_paused():
        _write(connection, plan, planner.index,
               lambda done: progress(len(parsed.rows) + done, total), cancelled)  # fmt: skip
    report.written = True
    progress(total, total)
    return report


def _write(
    connection: Connection, plan: _Plan, index: _EventIndex, progress: Callable[[int], None],
    cancelled: Cancelled,
) -> None:  # fmt: skip
    """Create the new delegations, then insert and update delegates in batches."""
    from sqlalchemy import bindparam, update

    _create_delegations(connection, plan, index)
    delegate, _delegation = _tables()
    inserts = _resolved(plan.inserts, plan)
    updates = _resolved(plan.updates, plan)
    done = 0
    # Straight to the driver: SQLAlchemy's per-row parameter processing would double the time
    # of a 20,000-row import; the values are made driver-ready here instead.
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO delegate ({', '.join(DELEGATE_COLUMNS)}, badge_version) "
           f"VALUES ({', '.join([marker] * len(DELEGATE_COLUMNS))}, 1)")  # fmt: skip
    for start in range(0, len(inserts), _BATCH):
        batch = inserts[start : start + _BATCH]
        connection.exec_driver_sql(sql, [_driver_row(record) for record in batch])
        done += len(batch)
        _step(done, progress, cancelled)
    statement = (
        update(delegate)
        .where(delegate.c.id == bindparam("_id"))
        .values({name: bindparam(name) for name in DELEGATE_COLUMNS})
    )
    for start in range(0, len(updates), _BATCH):
        batch = [{**record, **_driver_values(record)} for record in updates[start : start + _BATCH]]
        connection.execute(statement, batch)
        done += len(batch)
        _step(done, progress, cancelled)
    _fix_heads(connection, plan, index)


def _driver_value(value: Any) -> Any:
    """A value as the database driver takes it: dates as ISO text, the name order by name."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.name if isinstance(value, NameOrder) else value


def _driver_row(record: dict[str, Any]) -> tuple[Any, ...]:
    row = list(map(record.__getitem__, DELEGATE_COLUMNS))
    for position in _CONVERTED_POSITIONS:
        row[position] = _driver_value(row[position])
    return tuple(row)


_CONVERTED_POSITIONS = tuple(
    DELEGATE_COLUMNS.index(name) for name in ("name_order", "arrival", "departure")
)


def _driver_values(record: dict[str, Any]) -> dict[str, Any]:
    return {name: _driver_value(record[name]) for name in DELEGATE_COLUMNS}


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


def _create_delegations(connection: Connection, plan: _Plan, index: _EventIndex) -> None:
    """New delegations, in the protocol order of their country (the others after)."""
    from sqlalchemy import insert

    from delegations.domain.countries import COUNTRY_NAMES

    _delegate, delegation = _tables()
    protocol = list(COUNTRY_NAMES)
    next_order = max(index.max_protocol_order, len(protocol)) + 1
    for pending in plan.new_delegations.values():
        if pending.country in protocol:
            order = protocol.index(pending.country) + 1
        else:
            order, next_order = next_order, next_order + 1
        row = {**_NEW_DELEGATION, "name": pending.name, "country": pending.country,
               "protocol_order": order}  # fmt: skip
        statement = insert(delegation).values(row).returning(delegation.c.id)
        pending.id = connection.execute(statement).scalar_one()


def _fix_heads(connection: Any, plan: _Plan, index: _EventIndex) -> None:
    """Keep a delegation's head and the role Head of Delegation one fact, as the forms do
    (`services.delegations`): heads who moved away or whose row took the role away stop
    being heads; in each delegation the file touched, an imported member with the role Head
    of Delegation becomes head (with several, the first: rows updating people already in the
    event, then new people in file order) and every other member with the role there becomes
    a Delegate. A delegation without such a row keeps its head, or, without one, gets the
    first member who already had the role.
    """
    from sqlalchemy import and_, bindparam, select, update

    delegate, delegation = _tables()
    moved = select(delegate.c.id).where(
        and_(delegate.c.id == delegation.c.head_id, delegate.c.delegation_id != delegation.c.id)
    )
    connection.execute(
        update(delegation)
        .where(delegation.c.head_id.in_(moved.scalar_subquery()))
        .values(head_id=None)
    )
    hod = index.role_ids.get("hod")
    if hod is None:
        return
    updated = {record["_id"]: record["role_id"] for record, _key in plan.updates}
    lost_role = [id_ for id_, role in updated.items()
                 if role != hod and index.delegates[id_]["role_id"] == hod]  # fmt: skip
    if lost_role:
        connection.execute(
            update(delegation).where(delegation.c.head_id.in_(lost_role)).values(head_id=None)
        )
    ids = {key if isinstance(key, int) else plan.new_delegations[key].id
           for key in plan.touched_delegations}  # fmt: skip
    if not ids:
        return
    heads = dict(
        connection.execute(select(delegation.c.id, delegation.c.head_id).where(
            delegation.c.id.in_(ids))).all()
    )  # fmt: skip
    holders: dict[int, list[int]] = {}
    for id_, delegation_id in connection.execute(
        select(delegate.c.id, delegate.c.delegation_id)
        .where(delegate.c.role_id == hod, delegate.c.delegation_id.in_(ids))
        .order_by(delegate.c.id)  # existing people first, then new ones in file order
    ):
        holders.setdefault(delegation_id, []).append(id_)
    new_heads, demoted = [], []
    for delegation_id, members in holders.items():
        imported = [m for m in members if m in updated or m not in index.delegates]
        current = heads.get(delegation_id)
        if imported:
            if imported[0] != current:
                new_heads.append({"_delegation": delegation_id, "_head": imported[0]})
            demoted.extend({"_member": m} for m in members if m != imported[0])
        elif current is None:  # untouched people with the role, from before: the first heads
            new_heads.append({"_delegation": delegation_id, "_head": members[0]})
    if new_heads:
        connection.execute(
            update(delegation).where(delegation.c.id == bindparam("_delegation"))
            .values(head_id=bindparam("_head")), new_heads,
        )  # fmt: skip
    if demoted:
        connection.execute(
            update(delegate).where(delegate.c.id == bindparam("_member"))
            .values(role_id=index.role_ids.get("delegate")), demoted,
        )  # fmt: skip


_WARNINGS_SHOWN = 40


@functools.cache
def _tables() -> tuple[Any, Any]:
    """The delegate and delegation columns import writes, as Core tables: no ORM models, so
    no SQLModel import (a third of a second of a whole import)."""
    from sqlalchemy import column, table

    delegate = table(
        "delegate", *map(column, ("id", "delegation_id", "role_id", *DELEGATE_COLUMNS))
    )
    delegation = table("delegation", *map(column, ("id", "head_id", "name", "country",
                                                    "protocol_order", *_NEW_DELEGATION)))  # fmt: skip
    return delegate, delegation


# The columns a new delegation needs besides its name, country and place in protocol order.
_NEW_DELEGATION = {
    "institution": "", "contact_name": "", "contact_email": "", "contact_phone": "", "notes": "",
}  # fmt: skip


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
        lines.append(f"Nothing was written: {count} row{'s' * (count != 1)} "
                     f"{'have' if count != 1 else 'has'} errors.")  # fmt: skip
    elif report.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
