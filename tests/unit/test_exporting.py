"""Export of delegates to Excel and CSV, the round trip back through import, and the template."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import select

from delegations.domain.models import (
    BadgePrint,
    CheckIn,
    CheckInAction,
    Delegate,
    Delegation,
    NameOrder,
    Role,
)
from delegations.services import delegations as svc
from delegations.services.event import open_event, role_by_code
from delegations.services.registrations import exporting
from delegations.services.registrations.columns import COLUMNS, HELP_SHEET, TRAVEL_COLUMNS
from delegations.services.registrations.exporting import (
    ExportError,
    export_delegates,
    write_template,
)
from delegations.services.registrations.importing import import_registrations
from delegations.services.registrations.reading import read_registrations
from delegations.store import EventFile

PEOPLE = [
    # delegation, country, honorific, given, family, native, order, role, email, arrival
    ("Viet Nam", "VN", "H.E. Mr", "Văn Đức", "Nguyễn", "", NameOrder.FAMILY_FIRST, "hod",
     "duc@moet.gov.vn", dt.date(2025, 7, 24)),
    ("Viet Nam", "VN", "Ms", "Thị Lan", "Trần", "", NameOrder.FAMILY_FIRST, "delegate",
     "", None),
    ("Cambodia", "KH", "Dr", "Sokha", "Chan", "ចាន់ សុខា", NameOrder.FAMILY_FIRST, "speaker",
     "sokha@moeys.gov.kh", dt.date(2025, 7, 25)),
    ("Thailand", "TH", "", "Somchai", "Dee", "สมชาย ดี", NameOrder.GIVEN_FIRST, "media",
     "somchai@press.th", None),
    ("China", "CN", "Prof.", "Wei", "Zhang", "张伟", NameOrder.FAMILY_FIRST, "observer",
     "zhang.wei@gxu.edu.cn", dt.date(2025, 7, 23)),
    ("ASEAN University Network", "TH", "", "Anna", "Lee", "", NameOrder.GIVEN_FIRST, "vip",
     "anna@aun.org", None),
    ("Korea", "KR", "", "Min-jun", "Kim", "김민준", NameOrder.FAMILY_FIRST, "staff", "", None),
]  # fmt: skip
FIELDS = (
    "honorific", "given_name", "family_name", "native_name", "name_order", "position",
    "organisation", "email", "phone", "arrival", "departure", "dietary", "access_needs", "notes",
)  # fmt: skip


@pytest.fixture
def event_file(tmp_path: Path) -> EventFile:
    event_file = open_event(tmp_path / "source.sqlite3")
    with event_file.session() as session:
        delegations: dict[str, int] = {}
        for delegation, country, honorific, given, family, native, order, role, email, arrival in PEOPLE:  # fmt: skip
            if delegation not in delegations:
                delegations[delegation] = svc.add_delegation(
                    session,
                    svc.DelegationCreate(
                        name=delegation,
                        country=country,
                    ),
                ).id
            svc.add_delegate(
                session,
                svc.DelegateCreate(
                    delegation_id=delegations[delegation],
                    honorific=honorific,
                    given_name=given,
                    family_name=family,
                    native_name=native,
                    name_order=order,
                    role_id=role_by_code(session=session, code=role).id,
                    email=email,
                    arrival=arrival,
                    departure=arrival and arrival + dt.timedelta(days=4),
                    position="Director, “International” Affairs",
                    organisation="Ministry; of X",
                    phone="+84 24 3869 4795",
                    dietary="Halal" if country == "KH" else "",
                    access_needs="Wheelchair" if given == "Wei" else "",
                    notes="Line one\nLine two" if given == "Anna" else "",
                ),
            )  # fmt: skip
    return event_file


def delegate_tuples(event_file: EventFile) -> set[tuple[Any, ...]]:
    with event_file.session() as session:
        query = (
            select(Delegate, Delegation.name, Delegation.country, Role.code)
            .join(Delegation, Delegate.delegation_id == Delegation.id)
            .join(Role, Delegate.role_id == Role.id)
        )
        return {
            (name, country, role, *(getattr(d, f) for f in FIELDS))
            for d, name, country, role in session.exec(query)
        }


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_an_empty_event_gives_the_same_delegates(
    event_file: EventFile, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"delegates{suffix}"
    with event_file.session() as session:
        assert export_delegates(session=session, path=path) == len(PEOPLE)

    empty = open_event(tmp_path / "empty.sqlite3")
    parsed = read_registrations(path)
    with empty.session() as session:
        report = import_registrations(session=session, parsed=parsed)
    assert report.added == len(PEOPLE)
    assert [p.message for p in report.problems] == [  # named, though it is ours
        f"not imported: {len(PEOPLE)} values (written by export; each event keeps its own "
        "check-ins and badge prints)."
    ]
    assert delegate_tuples(empty) == delegate_tuples(event_file)
    with empty.session() as session:
        heads = {row.name: row.head_name for row in svc.list_delegations(session=session)}
    assert heads["Viet Nam"] == "Nguyễn Văn Đức"

    with empty.session() as session:  # and a second import changes nothing
        again = import_registrations(session=session, parsed=parsed)
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(PEOPLE))


def test_export_shows_check_in_status_and_badges_printed(
    event_file: EventFile, tmp_path: Path
) -> None:
    at = dt.datetime(2025, 7, 24, 8, 0, tzinfo=dt.UTC)
    with event_file.session() as session:
        ids = {d.given_name: d.id for d in session.exec(select(Delegate))}
        session.add(CheckIn(delegate_id=ids["Sokha"], at=at))
        session.add(CheckIn(delegate_id=ids["Wei"], at=at))
        session.add(CheckIn(delegate_id=ids["Wei"], at=at + dt.timedelta(minutes=5),
                            action=CheckInAction.UNDO))  # fmt: skip
        session.add(CheckIn(delegate_id=ids["Anna"], at=at, action=CheckInAction.UNDO))
        session.add(CheckIn(delegate_id=ids["Anna"], at=at + dt.timedelta(hours=1)))
        for _ in range(2):
            session.add(BadgePrint(delegate_id=ids["Sokha"], layout="a6"))
    path = tmp_path / "out.csv"
    with event_file.session() as session:
        export_delegates(session=session, path=path)

    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    status = {row["Given name"]: (row["Checked in"], row["Badges printed"]) for row in rows}
    assert status["Sokha"] == ("Yes", "2")
    assert status["Wei"] == ("", "0")
    assert status["Anna"] == ("Yes", "0")
    delegations = [row["Delegation"] for row in rows]  # same protocol order: by name
    assert delegations == sorted(delegations) and delegations[0] == "ASEAN University Network"


def test_xlsx_export_has_a_bold_frozen_header_and_real_dates(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = tmp_path / "out.xlsx"
    with event_file.session() as session:
        export_delegates(session=session, path=path)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header == [spec.header for spec in COLUMNS] + ["Checked in", "Badges printed"] + [
        spec.header for spec in TRAVEL_COLUMNS
    ]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    arrival = header.index("Arrival") + 1
    dates = [sheet.cell(row, arrival).value for row in range(2, sheet.max_row + 1)]
    assert dt.datetime(2025, 7, 24) in dates


@pytest.mark.parametrize("name", ["out.pdf", "out", "out.xls"])
def test_export_refuses_other_file_types_and_leaves_nothing(
    event_file: EventFile, tmp_path: Path, name: str
) -> None:
    with pytest.raises(ExportError, match="ending in .xlsx or .csv"), event_file.session() as s:
        export_delegates(session=s, path=tmp_path / "out" / name)
    assert not (tmp_path / "out").exists()


def test_failed_export_keeps_the_previous_file(
    event_file: EventFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.csv"
    path.write_text("previous")

    def broken(*_args: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(exporting, "_write_csv", broken)
    with pytest.raises(OSError), event_file.session() as session:
        export_delegates(session=session, path=path)
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == ["out.csv"]


def test_template_has_headers_lists_and_instructions(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]] == [
        spec.header for spec in (*COLUMNS, *TRAVEL_COLUMNS)
    ]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 20
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert set(validations) == {"B2:B1000", "J2:J1000"}  # Country and Role
    assert all(f"'{HELP_SHEET}'!$A$" in formula for formula in validations.values())
    help_text = [c for row in workbook[HELP_SHEET].iter_rows(values_only=True) for c in row if c]
    for expected in ("Viet Nam", "VN", "越南", "Lao PDR", "Head of Delegation", "press",
                     "Airport or station code (KWE, KQW)."):  # fmt: skip
        assert any(expected in str(value) for value in help_text), expected


def test_template_imports_as_empty_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, roles=[("hod", "Head of Delegation"), ("minister", "Minister")])
    parsed = read_registrations(path)
    assert (parsed.rows, parsed.all_problems()) == ([], [])


def test_filled_template_imports(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    for column, value in enumerate(["", "Laos", "", "Somchai", "Phommachanh"], start=1):
        workbook.worksheets[0].cell(2, column, value)
    workbook.save(path)
    parsed = read_registrations(path)
    assert [(row.row, row.values["country"], row.ok) for row in parsed.rows] == [(2, "LA", True)]
