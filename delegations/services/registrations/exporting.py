"""Delegates out to Excel or CSV, and the empty import template.

What export writes, import reads back: the same headers (`columns`), plus
"Checked in" and "Badges printed", which import passes over.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delegations.domain.countries import (
    COUNTRY_NAMES,
    chinese_country_names,
    country_name,
    english_country_name,
)
from delegations.domain.errors import UserError
from delegations.domain.models import NameOrder
from delegations.domain.roles import DEFAULT_ROLES, ROLE_VARIANTS
from delegations.files import replaced_atomically
from delegations.progress import Progress
from delegations.services.member_order import delegates_in_precedence
from delegations.services.registrations.columns import (
    BADGES_PRINTED_HEADER,
    CHECKED_IN_HEADER,
    COLUMNS,
    HELP_SHEET,
    NAME_ORDER_TEXT,
    TRAVEL_COLUMNS,
)
from delegations.services.registrations.event_index import event_roles
from delegations.services.registrations.travel_columns import travel_cells
from delegations.store import sql_connection

if TYPE_CHECKING:
    from sqlmodel import Session

    from delegations.store import EventFile

EXPORT_SUFFIXES = (".xlsx", ".csv")
TEMPLATE_SHEET = "Delegates"


class ExportError(UserError):
    pass


def check_export_path(path: Path, suffixes: Iterable[str] = EXPORT_SUFFIXES) -> None:
    """Refuse, with a sentence, a file type we cannot write."""
    suffixes = tuple(suffixes)
    if path.suffix.casefold() not in suffixes:
        kinds = " or ".join(suffixes)
        raise ExportError(f"{path.name}: choose a file name ending in {kinds}.")
    if os.path.isdir(path):  # not Path.is_dir(), which raises for a path too long
        raise ExportError(f"{path} is a folder; give a file name ending in {suffixes[0]}.")


def export_registrations(
    event_file: EventFile, path: Path | str, *, progress: Progress | None = None
) -> int:
    """File ▸ Export delegates…: every delegate written to an .xlsx or .csv file, read in one
    transaction; returns how many were written.

    Raises:
        ExportError: the file name does not end in .xlsx or .csv.
    """
    check_export_path(Path(path))
    with event_file.session() as session:
        return export_delegates(session=session, path=path, progress=progress)


def save_template(event_file: EventFile, path: Path | str) -> Path:
    """File ▸ Save import template…: the empty workbook, with the event's roles to pick from.

    Raises:
        ExportError: the file name does not end in .xlsx.
    """
    path = Path(path)
    check_export_path(path, (".xlsx",))
    with event_file.connection() as connection:
        roles = event_roles(connection)
    write_template(path, roles=roles)
    return path


# Reading the delegates -------------------------------------------------------------------


def export_headers() -> list[str]:
    return ([spec.header for spec in COLUMNS] + [CHECKED_IN_HEADER, BADGES_PRINTED_HEADER]
            + [spec.header for spec in TRAVEL_COLUMNS])  # fmt: skip


def _delegate_rows(session: Session) -> Iterator[list[Any]]:
    """One list of cell values per delegate, in `export_headers()` order, in the order of
    precedence: delegations in protocol order, within each the head first, then by rank, then
    by name (as the roster and the badges: `services.member_order`)."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from delegations.domain.models import BadgePrint, CheckIn, Delegate, Delegation, Role

    checked_in = _checked_in(session, CheckIn)
    prints = dict(
        session.exec(
            select(BadgePrint.delegate_id, func.count()).group_by(BadgePrint.delegate_id)
        ).all()
    )
    travel, no_travel = travel_cells(session.connection()), [""] * len(TRAVEL_COLUMNS)
    fields = [spec.field for spec in COLUMNS if spec.field not in ("delegation", "country", "role")]
    query = (
        select(Delegate.id, Delegation.name, Delegation.country, Role.name,
               *(getattr(Delegate, name) for name in fields))
        .join(Delegation, col(Delegate.delegation_id) == Delegation.id)
        .outerjoin(Role, col(Delegate.role_id) == Role.id)
    )  # fmt: skip
    place = {id_: n for n, id_ in enumerate(delegates_in_precedence(sql_connection(session)))}
    rows = sorted(session.exec(query), key=lambda row: place[row[0]])
    for id_, delegation, country, role, *values in rows:
        record = dict(zip(fields, values, strict=True))
        record.update(delegation=delegation, country=_country_text(country), role=role or "")
        record["name_order"] = NAME_ORDER_TEXT[NameOrder(record["name_order"])]
        row = [record[spec.field] for spec in COLUMNS]
        yield [*row, "Yes" if id_ in checked_in else "", prints.get(id_, 0),
               *travel.get(id_, no_travel)]  # fmt: skip


def _checked_in(session: Session, check_in: Any) -> set[int]:
    """Delegates whose last journal entry is an admission."""
    from sqlmodel import select

    from delegations.domain.models import CheckInAction

    last: dict[int, str] = {}
    query = select(check_in.delegate_id, check_in.action).order_by(check_in.at)
    for delegate_id, action in session.exec(query):
        last[delegate_id] = action
    return {id_ for id_, action in last.items() if action == CheckInAction.IN}


def _country_text(code: str) -> str:
    return country_name(code) if code in COUNTRY_NAMES else english_country_name(code)


# Writing -----------------------------------------------------------------------------------


def export_delegates(
    *, session: Session, path: Path | str, progress: Progress | None = None
) -> int:
    """Write every delegate to an .xlsx or .csv file; returns how many were written.

    Raises:
        ExportError: the file name does not end in .xlsx or .csv.
    """
    path = Path(path)
    check_export_path(path)
    rows = _delegate_rows(session)
    with replaced_atomically(path) as temporary:
        if path.suffix.casefold() == ".csv":
            count = _write_csv(temporary, rows)
        else:
            count = _write_xlsx(temporary, rows)
    if progress:
        progress(count, count)
    return count


def _write_csv(path: Path, rows: Iterable[list[Any]]) -> int:
    count = 0
    # UTF-8 with a byte-order mark: Excel then opens Vietnamese, Thai and Chinese text right.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(export_headers())
        for row in rows:
            writer.writerow(
                [value.isoformat() if isinstance(value, dt.date) else value for value in row]
            )
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterable[list[Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(TEMPLATE_SHEET)
    _set_widths(sheet, [spec.width for spec in COLUMNS] + [11, 14]
                + [spec.width for spec in TRAVEL_COLUMNS])  # fmt: skip
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in export_headers():
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append(row)
        count += 1
    workbook.save(path)
    return count


def _set_widths(sheet: Any, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width + 2


# The template ------------------------------------------------------------------------------


def write_template(path: Path | str, *, roles: Iterable[tuple[str, str]] = ()) -> None:
    """An empty registrations workbook: headers, lists to pick from, and a "How to fill" sheet.

    Args:
        path: an .xlsx file name.
        roles: the event's roles as (code, name) pairs; the default roles if empty.
    """
    from openpyxl import Workbook

    path = Path(path)
    check_export_path(path, (".xlsx",))
    roles = list(roles) or [(spec.code, spec.name) for spec in DEFAULT_ROLES]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = TEMPLATE_SHEET
    _fill_template_sheet(sheet)
    help_sheet = workbook.create_sheet(HELP_SHEET)
    country_range, role_range = _fill_help_sheet(help_sheet, roles)
    _add_validation(sheet, "country", country_range, "Country",
                    "Pick a country, or type its English name or ISO code.")  # fmt: skip
    _add_validation(sheet, "role", role_range, "Role", "Pick one of the event's roles.")
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)


def _fill_template_sheet(sheet: Any) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet.append([spec.header for spec in (*COLUMNS, *TRAVEL_COLUMNS)])
    fill = PatternFill("solid", fgColor="DDE7F0")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = "A2"
    _set_widths(sheet, [spec.width for spec in (*COLUMNS, *TRAVEL_COLUMNS)])
    for spec in COLUMNS:  # text format keeps +84… and leading zeros as typed
        if spec.field == "phone":
            letter = _letter(spec.field)
            for row in range(2, 1001):
                sheet[f"{letter}{row}"].number_format = "@"


def _letter(target: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter([spec.field for spec in COLUMNS].index(target) + 1)


def _fill_help_sheet(sheet: Any, roles: list[tuple[str, str]]) -> tuple[str, str]:
    """Explain each column, then list accepted values; returns the two list ranges."""
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    sheet.append(["Column", "What to write", "Example"])
    for spec in (*COLUMNS, *TRAVEL_COLUMNS):
        sheet.append([spec.header, spec.help, spec.example])
    sheet.append([])
    sheet.append(["Only the name and a delegation or a country are required. Rows may be in "
                  "any order; a second import of the same list updates people instead of "
                  "adding them twice."])  # fmt: skip
    sheet.append([])
    sheet.append(["Countries", "Code", "Chinese name"])
    first = sheet.max_row + 1
    chinese = chinese_country_names()
    for code, name in COUNTRY_NAMES.items():
        sheet.append([name, code, chinese.get(code, "")])
    country_range = f"'{HELP_SHEET}'!$A${first}:$A${sheet.max_row}"
    sheet.append(["Any other country by its English name or ISO code."])
    sheet.append([])
    sheet.append(["Roles", "Also accepted"])
    first = sheet.max_row + 1
    for code, name in roles:
        variants = sorted({k for k, v in ROLE_VARIANTS.items() if v == code and k.isascii()})
        sheet.append([name, ", ".join(v for v in variants if v != name.casefold())])
    role_range = f"'{HELP_SHEET}'!$A${first}:$A${sheet.max_row}"
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row[0].value in ("Column", "Countries", "Roles"):
            for cell in row:
                cell.font = bold
    for letter, width in zip("ABC", (24, 70, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    return country_range, role_range


def _add_validation(sheet: Any, target: str, source: str, title: str, prompt: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="list", formula1=f"={source}", allow_blank=True, showDropDown=False,
        showErrorMessage=True, errorStyle="warning", errorTitle=title,
        error="Not in the list; it is accepted if Delegations recognises it.",
        promptTitle=title, prompt=prompt, showInputMessage=True,
    )  # fmt: skip
    letter = _letter(target)
    validation.add(f"{letter}2:{letter}1000")
    sheet.add_data_validation(validation)
