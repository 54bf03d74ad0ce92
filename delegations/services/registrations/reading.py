"""Reading rows: a registrations file read and checked without the event.

`read_registrations(path)` finds each sheet's header row (`column_matching`), then reads the
sheet column by column: every distinct value of a column is cleaned once, and every bad cell
is named with its row and column (`ParsedFile`). Nothing is written.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from delegations.domain import rules
from delegations.domain.countries import english_country_name, normalise_country
from delegations.domain.errors import InvalidInput
from delegations.domain.names import clean, fold, usual_name_order
from delegations.domain.roles import DEFAULT_ROLES, normalise_role
from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services.registrations.cells import (
    cell_text,
    column_texts,
    name_key,
    parse_name_order,
    split_full_name,
)
from delegations.services.registrations.column_matching import (
    check_columns,
    find_header,
    sheet_columns,
    unimported_columns,
)
from delegations.services.registrations.dates import DateProblem, day_first_by_column, parse_date
from delegations.services.registrations.parsed import (
    NAME_FIELDS,
    ImportCancelled,
    ParsedFile,
    ParsedRow,
    ParsedSheet,
    Problem,
    SheetColumn,
)
from delegations.services.registrations.sheets import ImportFileError, RawRow, RawSheet
from delegations.services.registrations.travel_columns import (
    TIME_FIELDS,
    TRAVEL_FIELDS,
    check_travel_row,
    parse_travel_cell,
)
from delegations.services.registrations.workbooks import open_sheets

PROGRESS_EVERY = 500
_RAW_FIELDS = frozenset({"arrival", "departure", *TIME_FIELDS})
_NOT_SAID = object()  # a cell that leaves its field unset (an empty name order)


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
        self._travel = False  # whether the sheet being read has travel columns
        self.rows: list[ParsedRow] = []
        self.problems: list[Problem] = []
        self._countries: dict[str, str | None] = {}
        self._role_codes: dict[str, str | None] = {}
        self._emails: dict[str, int] = {}
        self._names: dict[tuple[str, str], list[int]] = {}

    # sheets

    def read_sheet(self, raw: RawSheet, tick: Callable[[], None]) -> None:
        header = find_header(raw)
        if header is None:
            if raw.name:
                self.problems.append(Problem(
                    self.file, raw.name, 0, "", "", "no header row found (such as Given name, "
                    "Family name, Country); the sheet was skipped.", "warning",
                ))  # fmt: skip
            return
        sheet = ParsedSheet(raw.name, header[0], sheet_columns(header[1]))
        check_columns(self.file, sheet)
        self.sheets.append(sheet)
        sheet_index = len(self.sheets) - 1
        self._travel = bool(sheet.fields & TRAVEL_FIELDS)
        rows = list(raw.rows)  # dates are read day or month first as their whole column says
        self._day_first = day_first_by_column(
            rows, (c.index for c in sheet.columns if c.field in ("arrival", "departure"))
        )
        self._parse_rows(sheet_index, sheet, rows, tick)
        sheet_rows = [row.cells for row in self.rows if row.sheet_index == sheet_index]
        self.problems.extend(unimported_columns(self.file, sheet, sheet_rows))

    def _parse_rows(
        self, sheet_index: int, sheet: ParsedSheet, rows: list[tuple[int, RawRow]],
        tick: Callable[[], None],
    ) -> None:  # fmt: skip
        """Parse a sheet column by column: each distinct value of a column is read once (a
        list of 20,000 people has a few hundred distinct organisations, dates, countries),
        then each row takes its column's answers."""
        raw_columns = list(itertools.zip_longest(*(values for _n, values in rows)))
        text_columns = [column_texts(column) for column in raw_columns]
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
        if column.field in _RAW_FIELDS:  # a date or time cell and a text differ
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
        if target in TRAVEL_FIELDS:
            return parse_travel_cell(target, raw, clean(text))
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
            column = sheet.first_column(*NAME_FIELDS)
            self._error(row, sheet, column, "",
                        "no name: give a given name, a family name or a name in native script.")  # fmt: skip
        arrival, departure = values.get("arrival"), values.get("departure")
        if arrival and departure and departure < arrival:
            self._error(row, sheet, sheet.first_column("departure"),
                        cell_text(departure), f"departure is before the arrival, {arrival:%d %b %Y}.")  # fmt: skip
        delegation, country = values.get("delegation", ""), values.get("country")
        if not delegation and not country and not self._has_error_in(row, sheet, "country"):
            column = sheet.first_column("delegation", "country")
            self._error(row, sheet, column, "",
                        "no delegation and no country: the person cannot be placed in a delegation.")  # fmt: skip
        for target, message in check_travel_row(values) if self._travel else ():
            column = sheet.first_column(target)
            self._error(row, sheet, column, row.cells[column.index] if column else "", message)
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
        column = sheet.first_column(target)
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
        column = sheet.first_column(target) if target else None
        self._error(row, sheet, column, value,
                    f"duplicate: {what} {where}; keep one of the two rows.")  # fmt: skip


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
            if done % PROGRESS_EVERY == 0:
                if cancelled():
                    raise ImportCancelled
                progress(min(done, total), total)

        with collector_paused():
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
def collector_paused() -> Iterator[None]:
    """Rows, cells, records and problems are hundreds of thousands of small objects without
    cycles: the cyclic collector would walk them again and again (a fifth of a large import)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@functools.cache
def _usual_in(country: str) -> str:
    return f"usual in {english_country_name(country)}"
