"""Importing registrations from messy Excel and CSV files into an event, all or nothing."""

from __future__ import annotations

import codecs
import datetime as dt
import sqlite3
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from delegations.domain.countries import COUNTRY_NAMES, country_name, normalise_country
from delegations.domain.models import NameOrder
from delegations.domain.roles import normalise_role
from delegations.services import delegations as svc
from delegations.services.event import open_event
from delegations.services.registrations.dates import parse_date
from delegations.services.registrations.importing import (
    ImportOptions,
    apply_import,
    import_file,
    preview_import,
)
from delegations.services.registrations.parsed import ImportCancelled, ParsedFile
from delegations.services.registrations.reading import read_registrations
from delegations.services.registrations.report import ImportReport, format_report
from delegations.services.registrations.sheets import ImportFileError
from delegations.store import EventFile

HEADER = ["Delegation", "Country", "Title", "Given name", "Family name", "Email", "Role"]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Delegates") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, lines: Sequence[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


@pytest.fixture
def event_file(event_path: Path) -> EventFile:
    return open_event(event_path)


def run_import(
    event_file: EventFile, path: Path, **options: Any
) -> tuple[ParsedFile, ImportReport]:
    preview = preview_import(event_file, path)
    report = apply_import(event_file, preview.parsed, ImportOptions(**options))
    return preview.parsed, report


def snapshot(event_file: EventFile) -> tuple[list[Any], list[Any]]:
    with event_file.session() as session:
        return svc.list_delegations(session=session), svc.list_delegates(session=session)


def all_delegates(event_file: EventFile) -> list[Any]:
    from sqlmodel import select

    from delegations.domain.models import Delegate

    with event_file.session() as session:
        return list(session.exec(select(Delegate)))


def delegates_by_email(event_file: EventFile) -> dict[str, Any]:
    return {d.email: d for d in all_delegates(event_file)}


def errors_at(report: ImportReport) -> list[tuple[int, str]]:
    return [(problem.row, problem.column) for problem in report.errors]


# Values --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Viet Nam", "VN"), ("Vietnam", "VN"), ("VIETNAM", "VN"), ("vn", "VN"), ("VNM", "VN"),
        ("Socialist Republic of Viet Nam", "VN"), ("越南", "VN"),
        ("Lao PDR", "LA"), ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"),
        ("Lao P.D.R.", "LA"), ("老挝", "LA"),
        ("Brunei", "BN"), ("Brunei Darussalam", "BN"), ("文莱", "BN"),
        ("Timor-Leste", "TL"), ("East Timor", "TL"), ("Timor Leste", "TL"), ("东帝汶", "TL"),
        ("Myanmar", "MM"), ("Burma", "MM"), ("缅甸", "MM"),
        ("Cambodia", "KH"), ("KHM", "KH"), ("柬埔寨", "KH"),
        ("Thailand", "TH"), ("泰国", "TH"), ("Malaysia", "MY"), ("马来西亚", "MY"),
        ("Singapore", "SG"), ("新加坡", "SG"), ("Indonesia", "ID"), ("印度尼西亚", "ID"),
        ("印尼", "ID"), ("The Philippines", "PH"), ("菲律宾", "PH"),
        ("China", "CN"), ("People's Republic of China", "CN"), ("P.R. China", "CN"),
        ("中国", "CN"), ("CHN", "CN"),
        ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"),
        ("North Korea", "KP"), ("Japan", "JP"), ("Germany", "DE"), ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"), ("Bolivia", "BO"), ("fra", "FR"),
    ],
)  # fmt: skip
def test_countries_are_recognised_in_their_usual_spellings(text: str, code: str) -> None:
    assert normalise_country(text) == code


@pytest.mark.parametrize("text", ["", "  ", "Narnia", "ASEAN", "XX", "Viet", "Europe"])
def test_what_is_not_a_country_is_not_guessed(text: str) -> None:
    assert normalise_country(text) is None


def test_country_names_table_is_unchanged_for_its_users() -> None:
    assert country_name("VN") == "Viet Nam" and country_name("ZZ") == "ZZ"
    assert len(COUNTRY_NAMES) == 12


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("HoD", "hod"), ("Head of Delegation", "hod"), ("head-of-delegation", "hod"),
        ("Head", "hod"), ("Delegate", "delegate"), ("Member", "delegate"),
        ("Speaker", "speaker"), ("VIP", "vip"), ("Observer", "observer"), ("Media", "media"),
        ("Press", "media"), ("Journalist", "media"), ("Staff", "staff"),
        ("Organiser", "staff"), ("Organizer", "staff"), ("Delegates", "delegate"),
    ],
)  # fmt: skip
def test_roles_are_recognised_by_name_and_variant(text: str, code: str) -> None:
    assert normalise_role(text) == code


def test_event_roles_are_recognised_by_their_own_names() -> None:
    assert normalise_role("Minister", [("minister", "Minister")]) == "minister"
    assert normalise_role("Wizard") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2025, 7, 26, 0, 0), dt.date(2025, 7, 26)),
        (dt.date(2025, 7, 26), dt.date(2025, 7, 26)),
        ("2025-07-26", dt.date(2025, 7, 26)), ("2025-07-26 09:30:00", dt.date(2025, 7, 26)),
        ("26/07/2025", dt.date(2025, 7, 26)), ("26.07.2025", dt.date(2025, 7, 26)),
        ("07/26/2025", dt.date(2025, 7, 26)), ("6/7/25", dt.date(2025, 7, 6)),
        ("26 Jul 2025", dt.date(2025, 7, 26)), ("26 July 2025", dt.date(2025, 7, 26)),
        ("26-Jul-2025", dt.date(2025, 7, 26)), ("July 26, 2025", dt.date(2025, 7, 26)),
        ("Sat 26th July 2025", dt.date(2025, 7, 26)), (45864, dt.date(2025, 7, 26)),
        ("", None), (None, None),
    ],
)  # fmt: skip
def test_dates_are_read_from_excel_cells_and_text(value: Any, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("text", ["2025-13-01", "31/02/2025", "next Tuesday", "26 Jul", "1.5"])
def test_text_that_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


# A messy but valid workbook ------------------------------------------------------------------


def messy_workbook(path: Path) -> Path:
    nfd = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
    return write_xlsx(
        path,
        [
            ["China–ASEAN Education Cooperation Week 2025"],
            ["List of participants", None, None, "updated 20 July"],
            [],
            ["No.", "First Name", "SURNAME", "Country/Region", "Designation", "Organization",
             "Category", "E-mail", "Mobile", "Arrival date", "Departure Date", "Shoe size"],
            [1, nfd(" Văn  Đức "), nfd("Nguyễn"), "Vietnam", "Vice-Minister", "MOET", "HoD",
             "Duc.Nguyen@moet.gov.vn", 84243869, dt.datetime(2025, 7, 24), "28/07/2025", 42],
            [2, "Thi Lan", "Tran", "Viet Nam", "Director", "MOET", "Member",
             "lan.tran@moet.gov.vn", "+84 24 1234", "24 Jul 2025", "2025-07-28", None],
            [],
            [3, "Sok", "Chan", "KHM", "Director-General", "MoEYS", "Delegate",
             "sok.chan@moeys.gov.kh", None, None, None, None],
            [None, None, None, None, None, None, None, None, None, None, None, None],
            [4, "Somchai", "Phommachanh", "Lao PDR", "", "", "Speaker", "", "", "", "", ""],
            [5, "Wei", "Zhang", "中国", "Professor", "Guangxi University", "Observer",
             "zhang.wei@gxu.edu.cn", "", "", "", ""],
            [6, "Aung", "Kyaw", "Burma", "", "", "Press", "", "", "", "", ""],
        ],
    )  # fmt: skip


def test_messy_workbook_is_imported_with_clean_values(
    event_file: EventFile, tmp_path: Path
) -> None:
    parsed, report = run_import(event_file, messy_workbook(tmp_path / "messy.xlsx"))

    assert (report.added, report.updated, report.unchanged, report.refused) == (6, 0, 0, 0)
    assert report.written and not report.errors
    assert [(p.row, p.column) for p in report.warnings] == [(4, "No."), (4, "Shoe size")]
    assert [row.row for row in parsed.rows] == [5, 6, 8, 10, 11, 12]
    delegations, delegates = snapshot(event_file)
    assert {(d.name, d.country, d.member_count) for d in delegations} == {
        ("Viet Nam", "VN", 2), ("Cambodia", "KH", 1), ("Lao PDR", "LA", 1), ("China", "CN", 1),
        ("Myanmar", "MM", 1),
    }  # fmt: skip
    duc = delegates_by_email(event_file)["Duc.Nguyen@moet.gov.vn"]
    assert (duc.given_name, duc.family_name) == ("Văn Đức", "Nguyễn")
    assert unicodedata.is_normalized("NFC", duc.given_name + duc.family_name)
    assert (duc.arrival, duc.departure) == (dt.date(2025, 7, 24), dt.date(2025, 7, 28))
    assert duc.phone == "84243869" and duc.organisation == "MOET"
    roles = {row.name: row.role_name for row in delegates}
    assert roles["Nguyễn Văn Đức"] == "Head of Delegation"  # Vietnamese: family name first
    assert roles["Aung Kyaw"] == "Media"
    vietnam = next(d for d in delegations if d.country == "VN")
    assert vietnam.head_name == "Nguyễn Văn Đức"  # the HoD becomes the delegation's head


def test_delegates_join_the_existing_delegation_of_their_country(
    event_file: EventFile, tmp_path: Path
) -> None:
    with event_file.session() as session:
        svc.add_delegation(
            session,
            svc.DelegationCreate(
                name="Vietnamese Ministry",
                country="VN",
            ),
        )
    path = write_xlsx(tmp_path / "a.xlsx", [["Given name", "Family name", "Country"],
                                           ["Lan", "Tran", "VNM"]])  # fmt: skip
    _, report = run_import(event_file, path)
    delegations, delegates = snapshot(event_file)
    assert report.delegations_created == []
    assert [(d.delegation_name, d.name) for d in delegates] == [("Vietnamese Ministry", "Tran Lan")]


def test_a_single_name_column_is_split_and_delegation_column_creates_it(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Full name", "Delegation", "Nationality"],
                                           ["Maria Clara Santos", "DepEd Philippines", "PH"]])  # fmt: skip
    _, report = run_import(event_file, path)
    assert report.delegations_created == ["DepEd Philippines"]
    [person] = delegates_by_email(event_file).values()
    assert (person.given_name, person.family_name) == ("Maria Clara", "Santos")


# Bad rows ------------------------------------------------------------------------------------


def bad_rows_workbook(path: Path) -> Path:
    return write_xlsx(
        path,
        [
            ["Registrations"],
            [],
            HEADER + ["Arrival", "Departure"],
            ["", "Cambodia", "Mr", "Sok", "Chan", "sok@moeys.gov.kh", "Delegate", "", ""],  # 4 ok
            ["", "Cambodia", "", "Dara", "Keo", "dara.moeys.gov.kh", "", "", ""],  # 5 e-mail
            ["", "Narnia", "", "Lucy", "Pevensie", "", "", "", ""],  # 6 country
            ["", "Laos", "Ms", "", "", "nobody@mes.gov.la", "", "", ""],  # 7 no name
            ["", "Thailand", "", "Somchai", "Dee", "", "", "2025-07-28", "2025-07-24"],  # 8
            ["", "Thailand", "", "Niran", "Sook", "", "", "soon", ""],  # 9 date
            ["", "Malaysia", "", "Ali", "Hassan", "", "Wizard", "", ""],  # 10 role
            [],
            ["", "Cambodia", "", "Sokha", "Chan", "SOK@MOEYS.GOV.KH", "", "", ""],  # 12 dup e-mail
            ["", "Thailand", "", "somchai", "DEE", "", "", "", ""],  # 13 dup name
            ["", "", "", "Nobody", "Anywhere", "", "", "", ""],  # 14 no delegation
            ["", "Viet Nam", "", "Lan", "Tran", "lan@moet.gov.vn", "Observer", "", ""],  # 15 ok
        ],
    )  # fmt: skip


EXPECTED_ERRORS = [
    (5, "Email"), (6, "Country"), (7, "Given name"), (8, "Departure"), (9, "Arrival"),
    (10, "Role"), (12, "Email"), (13, "Given name"), (14, "Delegation"),
]  # fmt: skip


def test_every_bad_row_is_named_and_nothing_is_written(
    event_file: EventFile, event_path: Path, tmp_path: Path
) -> None:
    with event_file.session() as session:
        svc.add_delegation(session, svc.DelegationCreate(name="Cambodia", country="KH"))
    before = snapshot(event_file)
    _, report = run_import(event_file, bad_rows_workbook(tmp_path / "bad.xlsx"))

    assert report.refused_all and not report.written
    assert errors_at(report) == EXPECTED_ERRORS
    assert snapshot(event_file) == before
    text = format_report(report)
    assert "bad.xlsx, Delegates, row 5, column Email, “dara.moeys.gov.kh”: not an e-mail" in text
    assert "row 6, column Country, “Narnia”: not a country we recognise" in text
    assert "row 12, column Email, “SOK@MOEYS.GOV.KH”: duplicate: the same e-mail as row 4" in text
    assert (
        "row 13, column Given name, “somchai DEE”: the same name as row 8 in Thailand, and no "
        "e-mail tells them apart" in text
    )
    assert "row 8, column Departure, “2025-07-24”: departure is before the arrival" in text
    assert "Nothing was written: 9 rows have errors." in text


def test_skip_invalid_imports_the_valid_rows_only(event_file: EventFile, tmp_path: Path) -> None:
    _, report = run_import(event_file, bad_rows_workbook(tmp_path / "bad.xlsx"), skip_invalid=True)
    assert (report.added, report.refused) == (2, 9)
    assert errors_at(report) == EXPECTED_ERRORS
    _, delegates = snapshot(event_file)
    assert sorted(d.name for d in delegates) == ["Chan Sok", "Tran Lan"]


def test_dry_run_reports_what_would_happen_and_writes_nothing(
    event_file: EventFile, tmp_path: Path
) -> None:
    before = snapshot(event_file)
    _, report = run_import(event_file, messy_workbook(tmp_path / "m.xlsx"), dry_run=True)
    assert (report.added, report.refused, report.written) == (6, 0, False)
    assert len(report.delegations_created) == 5
    assert "6 would be added" in format_report(report)
    assert snapshot(event_file) == before


def test_refused_import_leaves_the_event_file_bytes_unchanged(
    event_file: EventFile, event_path: Path, tmp_path: Path
) -> None:
    run_import(event_file, messy_workbook(tmp_path / "m.xlsx"))
    event_file.close()

    def checkpointed_bytes() -> bytes:
        connection = sqlite3.connect(event_path)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        return event_path.read_bytes()

    before = checkpointed_bytes()
    reopened = open_event(event_path)
    _, report = run_import(reopened, bad_rows_workbook(tmp_path / "bad.xlsx"))
    reopened.close()
    assert report.refused_all
    assert checkpointed_bytes() == before


def test_existing_delegation_from_another_country_is_an_error(
    event_file: EventFile, tmp_path: Path
) -> None:
    with event_file.session() as session:
        svc.add_delegation(session, svc.DelegationCreate(name="MOET", country="VN"))
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["moet", "Thailand", "", "A", "B", "", ""],
                                           ["Unknown Ministry", "", "", "C", "D", "", ""]])  # fmt: skip
    _, report = run_import(event_file, path)
    assert errors_at(report) == [(2, "Country"), (3, "Delegation")]
    assert "is from Viet Nam" in str(report.errors[0])
    assert "give its Country" in str(report.errors[1])


# Re-import -----------------------------------------------------------------------------------


def test_reimport_is_idempotent_and_updates_by_email_then_by_name(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = messy_workbook(tmp_path / "messy.xlsx")
    run_import(event_file, path)
    _, again = run_import(event_file, path)
    assert (again.added, again.updated, again.unchanged, again.refused) == (0, 0, 6, 0)

    changed = write_xlsx(
        tmp_path / "changed.xlsx",
        [
            ["Given name", "Family name", "Country", "Email", "Position"],
            ["Văn Đức", "Nguyễn", "VN", "duc.nguyen@MOET.gov.vn", "Minister"],  # by e-mail
            ["SOMCHAI", "phommachanh", "Laos", "", "Teacher"],  # the one namesake, no e-mail
            ["New", "Person", "Laos", "", ""],
        ],
    )  # fmt: skip
    _, report = run_import(event_file, changed)
    assert (report.added, report.updated, report.unchanged) == (1, 2, 0)
    people = delegates_by_email(event_file)
    assert people["duc.nguyen@MOET.gov.vn"].position == "Minister"
    assert people["duc.nguyen@MOET.gov.vn"].organisation == "MOET"  # column absent: kept
    [somchai] = [d for d in all_delegates(event_file) if d.family_name == "phommachanh"]
    assert somchai.position == "Teacher"
    _, delegates = snapshot(event_file)
    assert len(delegates) == 7
    assert [str(change) for change in report.changes] == [
        "Delegates, row 2 updates Nguyễn Văn Đức: Position “Vice-Minister” → “Minister”; Email "
        "“Duc.Nguyen@moet.gov.vn” → “duc.nguyen@MOET.gov.vn”",
        "Delegates, row 3 updates Somchai Phommachanh: Given name “Somchai” → “SOMCHAI”; Family name "
        "“Phommachanh” → “phommachanh”; Position “” → “Teacher”",
    ]


def test_two_rows_matching_one_delegate_are_refused(event_file: EventFile, tmp_path: Path) -> None:
    run_import(event_file, messy_workbook(tmp_path / "messy.xlsx"))
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Given name", "Family name", "Country", "Email"],
        ["Somchai", "Phommachanh", "LA", ""],
        ["Somchai", "Phommachanh", "LA", "SOMCHAI@mes.gov.la"],
        ["Sok", "Chan Jr", "KH", "sok.chan@moeys.gov.kh"],
        ["Sok", "Chan Jr", "KH", ""],
    ])  # fmt: skip
    _, report = run_import(event_file, path)
    assert errors_at(report) == [(3, "Given name"), (5, "Given name")]
    assert (
        "the same name as row 2 and Somchai Phommachanh already in the event in Lao PDR, and no e-mail tells them apart"
        in str(report.errors[0])
    )
    assert "the same name as row 4 in Cambodia" in str(report.errors[1])


# Namesakes: the same name in the same delegation ---------------------------------------------


def test_namesakes_with_different_emails_are_two_people(
    event_file: EventFile, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "ubd.xlsx", [
        ["Delegation", "Country", "Name", "Organisation", "Email"],
        ["Brunei Darussalam", "BN", "Farah binti Ahmad", "UBD", "farah.ahmad@ubd.edu.bn"],
        ["Brunei Darussalam", "BN", "Farah binti Ahmad", "Ministry of Education",
         "farah.ahmad@moe.gov.bn"],
    ])  # fmt: skip
    _, report = run_import(event_file, first)
    assert (report.added, report.refused) == (2, 0)
    assert [p.message for p in report.warnings] == [
        "two people named Farah binti Ahmad in Brunei Darussalam, told apart by their e-mails; "
        "both are kept."
    ]
    # A third list from the Ministry: the same name, a third address -> a third person,
    # never an update of one of the two.
    third = write_xlsx(tmp_path / "moe.xlsx", [
        ["Delegation", "Name", "Position", "Email"],
        ["Brunei Darussalam", "Farah binti Ahmad", "Director", "farah.a@moe.gov.bn"],
    ])  # fmt: skip
    _, report = run_import(event_file, third)
    assert (report.added, report.updated) == (1, 0)
    people = delegates_by_email(event_file)
    assert people["farah.ahmad@ubd.edu.bn"].organisation == "UBD"
    assert people["farah.ahmad@moe.gov.bn"].organisation == "Ministry of Education"
    assert people["farah.ahmad@moe.gov.bn"].position == ""


def test_a_namesake_without_email_is_refused_unless_added_on_purpose(
    event_file: EventFile, tmp_path: Path
) -> None:
    run_import(event_file, write_xlsx(tmp_path / "a.xlsx", [
        ["Country", "Name", "Email"],
        ["BN", "Farah binti Ahmad", "farah.ahmad@ubd.edu.bn"],
        ["BN", "Farah binti Ahmad", "farah.ahmad@moe.gov.bn"],
    ]))  # fmt: skip
    path = write_xlsx(tmp_path / "b.xlsx", [["Country", "Name", "Position"],
                                           ["BN", "Farah binti Ahmad", "Lecturer"]])  # fmt: skip
    before = snapshot(event_file)
    _, report = run_import(event_file, path)
    assert report.refused_all and snapshot(event_file) == before
    assert (
        "the same name as Farah binti Ahmad already in the event (farah.ahmad@ubd.edu.bn) and "
        "Farah binti Ahmad already in the event (farah.ahmad@moe.gov.bn) in Brunei Darussalam"
        in report.errors[0].message
    )
    _, report = run_import(event_file, path, add_namesakes=True)
    assert (report.added, report.updated) == (1, 0)
    assert sorted(d.position for d in all_delegates(event_file)) == ["", "", "Lecturer"]


def test_a_row_without_email_updates_the_one_namesake_without_email(
    event_file: EventFile, tmp_path: Path
) -> None:
    header = ["Country", "Given name", "Family name", "Position"]
    run_import(event_file, write_xlsx(tmp_path / "a.xlsx", [header, ["CN", "Zhen", "Bai", ""]]))
    _, report = run_import(
        event_file, write_xlsx(tmp_path / "b.xlsx", [header, ["CN", "Zhen", "Bai", "Director"]])
    )
    assert (report.added, report.updated) == (0, 1)
    assert [str(change) for change in report.changes] == [
        "Delegates, row 2 updates Bai Zhen: Position “” → “Director”"
    ]
    [bai] = all_delegates(event_file)
    assert bai.position == "Director"


# CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8"), (";", "utf-8-sig"), ("\t", "utf-16"), (";", "utf-8")],
)
def test_csv_encodings_and_delimiters_are_detected(
    event_file: EventFile, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    lines = [
        "Delegates of Viet Nam",
        "",
        delimiter.join(["Given name", "Family name", "Country", "Email", "Notes"]),
        delimiter.join(["Văn Đức", "Nguyễn", "Viet Nam", "duc@moet.gov.vn", '"a; b, c"']),
        "",
        delimiter.join(["Lan", "Trần", "越南", "lan@moet.gov.vn", ""]),
    ]
    path = write_csv(tmp_path / "list.csv", lines, encoding)
    parsed, report = run_import(event_file, path)
    assert [row.row for row in parsed.rows] == [4, 6]
    assert report.added == 2 and not report.problems
    people = delegates_by_email(event_file)
    assert people["duc@moet.gov.vn"].family_name == "Nguyễn"
    assert people["duc@moet.gov.vn"].notes == "a; b, c"


def test_csv_rows_are_numbered_as_a_text_editor_shows_them(
    event_file: EventFile, tmp_path: Path
) -> None:
    lines = [
        "Given name,Family name,Country,Notes",
        'Sok,Chan,KH,"two',
        'lines"',
        "Dara,Keo,Atlantis,",
    ]
    _, report = run_import(event_file, write_csv(tmp_path / "a.csv", lines))
    assert errors_at(report) == [(4, "Country")]
    assert str(report.errors[0]).startswith("a.csv, row 4, column Country, “Atlantis”:")


def test_csv_that_is_not_utf8_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("Given name,Family name,Country\nJosé,Pérez,PH\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match="CSV UTF-8"):
        read_registrations(path)


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Delegation,Given name\nCambodia,Sok\n")
    parsed = read_registrations(path)
    assert [column.field for column in parsed.sheets[0].columns] == ["delegation", "given_name"]


# Whole-file refusals, cancel and progress -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rows", "message"),
    [
        ("a.xls", None, "a.xls cannot be read as an Excel 97–2003 workbook: the file is damaged"),
        ("a.xlsx", [["Participants"], ["foo", "bar"]], "no header row found"),
        ("a.xlsx", [["Country", "Email"], ["VN", "a@b.org"]], "no name column"),
        ("a.xlsx", [["Given name", "Family name"], ["A", "B"]], "no “Delegation” or “Country”"),
    ],
)
def test_files_that_cannot_be_imported_say_why(
    tmp_path: Path, name: str, rows: list[list[str]] | None, message: str
) -> None:
    path = tmp_path / name
    if rows is None:
        path.write_bytes(b"\xd0\xcf\x11\xe0")
    else:
        write_xlsx(path, rows)
    with pytest.raises(ImportFileError, match=message):
        read_registrations(path)


def test_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(ImportFileError, match="cannot be read as an Excel workbook"):
        read_registrations(path)


def big_workbook(path: Path, count: int) -> Path:
    rows = [["Given name", "Family name", "Country", "Email"]]
    rows += [[f"Given{i}", f"Family{i}", "KH", f"p{i}@example.org"] for i in range(count)]
    return write_xlsx(path, rows)


def test_progress_is_reported_and_cancel_writes_nothing(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = big_workbook(tmp_path / "big.xlsx", 1200)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        read_registrations(path, cancelled=lambda: len(seen) >= 1,
                           progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    parsed = read_registrations(path, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    with pytest.raises(ImportCancelled):
        apply_import(event_file, parsed, ImportOptions(), cancelled=lambda: True)
    assert snapshot(event_file) == ([], [])


def test_every_column_not_imported_is_named_with_its_count(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Given name", "Family name", "Country", "Email", "E-mail", "Hotel", "Empty", None],
        ["A", "B", "KH", "", "a@b.kh", "X", "", "loose"],
        ["C", "D", "KH", "", "", "Y", "", ""],
    ])  # fmt: skip
    parsed = read_registrations(path)
    assert [str(p) for p in parsed.problems] == [
        "a.xlsx, Delegates, row 1, column E-mail: warning: not imported: 1 value (a second Email "
        "column; only “Email” is read).",
        "a.xlsx, Delegates, row 1, column Hotel: warning: not imported: 2 values (not a column the "
        "import knows).",
        "a.xlsx, Delegates, row 1, column column H: warning: not imported: 1 value (a column "
        "without a header).",
    ]
    assert parsed.rows[0].ok


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name (native script)", "native_name"), ("Name (Chinese)", "native_name"),
        ("Chinese name", "native_name"), ("Name in Khmer", "native_name"),
        ("姓名（中文）", "native_name"), ("Name (English)", "full_name"),
        ("Arrival date (DD/MM/YYYY)", "arrival"), ("Family name (surname)", "family_name"),
        ("Name", "full_name"), ("E-mail (work)", "email"),
    ],
)  # fmt: skip
def test_headers_are_matched_whole_first_then_without_brackets(header: str, field: str) -> None:
    from delegations.services.registrations.columns import field_for_header

    assert field_for_header(header) == field


def test_native_names_under_a_bracketed_header_are_kept(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Country", "Name", "Name (native script)"],
        ["KH", "Oum Romany", "អ៊ុំ រ៉ូម៉ានី"],
        ["TH", "Somchai Jaidee", "สมชาย ใจดี"],
    ])  # fmt: skip
    _, report = run_import(event_file, path)
    assert report.warnings == []
    names = {d.native_name: (d.given_name, d.family_name) for d in all_delegates(event_file)}
    assert names == {"អ៊ុំ រ៉ូម៉ានី": ("Romany", "Oum"), "สมชาย ใจดี": ("Somchai", "Jaidee")}


@pytest.mark.parametrize(
    ("country", "name", "shown"),
    [
        ("China", "Bai Zhen", "Bai Zhen"), ("Cambodia", "Oum Romany", "Oum Romany"),
        ("Viet Nam", "Nguyễn Thị Phương", "Nguyễn Thị Phương"),
        ("Malaysia", "Farah binti Ahmad", "Farah binti Ahmad"),
        ("Thailand", "Somchai JAIDEE", "Somchai Jaidee"), ("Singapore", "TAN Wei Ming", "Tan Wei Ming"),
    ],
)  # fmt: skip
def test_without_a_name_order_column_the_order_follows_the_country(
    event_file: EventFile, tmp_path: Path, country: str, name: str, shown: str
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Delegation", "Country", "Name"],
                                           [country, country, name]])  # fmt: skip
    parsed, _ = run_import(event_file, path)
    _, [person] = snapshot(event_file)
    assert person.name == shown
    assert parsed.rows[0].name_order_reason


def test_the_delegations_country_gives_the_order_when_the_row_has_none(
    event_file: EventFile, tmp_path: Path
) -> None:
    with event_file.session() as session:
        svc.add_delegation(
            session,
            svc.DelegationCreate(
                name="Guizhou Provincial Department of Education",
                country="CN",
            ),
        )
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Delegation", "Given name", "Family name"],
        ["Guizhou Provincial Department of Education", "Zhen", "Bai"],
    ])  # fmt: skip
    import_file(event_file, path)
    _, [person] = snapshot(event_file)
    assert person.name == "Bai Zhen"


def test_preview_rows_keep_the_cells_and_locate_bad_ones(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Given name", "Family name", "Country", "Email"],
                                           ["A", "B", "Narnia", "x@"]])  # fmt: skip
    [row] = read_registrations(path).rows
    assert row.cells == ("A", "B", "Narnia", "x@")
    assert sorted(p.column_index for p in row.problems) == [2, 3]
    assert not row.ok


def test_family_name_first_order_is_read(event_file: EventFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Given name", "Family name", "Country", "Name order"],
                                           ["Văn Đức", "Nguyễn", "VN", "Family name first"],
                                           ["John", "Smith", "SG", ""]])  # fmt: skip
    run_import(event_file, path)
    _, delegates = snapshot(event_file)
    assert sorted(d.name for d in delegates) == ["John Smith", "Nguyễn Văn Đức"]
    by_given = {d.given_name: d for d in all_delegates(event_file)}
    assert by_given["Văn Đức"].name_order == NameOrder.FAMILY_FIRST


def test_a_delegation_is_found_by_any_name_of_its_country(
    event_file: EventFile, tmp_path: Path
) -> None:
    with event_file.session() as session:
        svc.add_delegation(session, svc.DelegationCreate(name="Lao PDR", country="LA"))
        svc.add_delegation(session, svc.DelegationCreate(name="Cambodia", country="KH"))
        svc.add_delegation(
            session,
            svc.DelegationCreate(
                name="Cambodia Youth Forum",
                country="KH",
            ),
        )
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Delegation", "Given name", "Family name", "Email"],
        ["Laos", "Bounmy", "Phommachanh", "bounmy@moes.gov.la"],
        ["老挝", "Khamla", "Sisavath", "khamla@moes.gov.la"],
        ["Kingdom of Cambodia", "Romany", "Oum", "romany@moeys.gov.kh"],
        ["Cambodia Youth Forum", "Dara", "Keo", "dara@cyf.org.kh"],
    ])  # fmt: skip
    _, report = run_import(event_file, path)
    assert report.delegations_created == []
    _, delegates = snapshot(event_file)
    assert sorted((d.delegation_name, d.name) for d in delegates) == [
        ("Cambodia", "Oum Romany"), ("Cambodia Youth Forum", "Keo Dara"),
        ("Lao PDR", "Bounmy Phommachanh"), ("Lao PDR", "Khamla Sisavath"),
    ]  # fmt: skip


def test_a_one_row_file_is_counted_in_the_singular(event_file: EventFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "one.csv", ["Country,Given name,Family name", "LA,Bounmy,Phan"])
    _, report = run_import(event_file, path, dry_run=True)
    assert format_report(report).startswith("one.csv: 1 row read; 1 would be added, 0 would be ")
