"""`delegations import / export / template` as a script calls them: output, exit codes, files."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from .helpers import RunCli, count_rows

HEADER = ["Given name", "Family name", "Country", "E-mail", "Category", "Arrival date"]
GOOD = [
    ["Văn Đức", "Nguyễn", "Vietnam", "duc@moet.gov.vn", "HoD", "24/07/2025"],
    ["Sok", "Chan", "KHM", "sok@moeys.gov.kh", "Member", "24 Jul 2025"],
    ["Somchai", "Phommachanh", "老挝", "", "Speaker", ""],
]


def workbook(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["Participants — China–ASEAN Week"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def content_bytes(path: Path) -> bytes:
    """The event file's bytes with everything in the write-ahead log checkpointed into it."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.read_bytes()


def test_import_adds_then_reimport_changes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    event, source = tmp_path / "event.sqlite3", workbook(tmp_path / "list.xlsx", GOOD)

    first = run_cli("--db", event, "import", source)
    assert first.returncode == 0, first.stderr
    assert "3 added, 0 updated, 0 unchanged, 0 refused" in first.stdout
    assert count_rows(event, "delegate") == 3 and count_rows(event, "delegation") == 3

    again = run_cli("--db", event, "import", source)
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated, 3 unchanged, 0 refused" in again.stdout


def test_refused_import_exits_1_names_the_rows_and_leaves_the_file_unchanged(
    run_cli: RunCli, tmp_path: Path
) -> None:
    event = tmp_path / "event.sqlite3"
    assert run_cli("--db", event, "import", workbook(tmp_path / "ok.xlsx", GOOD)).returncode == 0
    before = content_bytes(event)
    bad = workbook(
        tmp_path / "bad.xlsx",
        [*GOOD[:1], ["Dara", "Keo", "Atlantis", "dara@moeys", "", "31/02/2025"],
         ["", "", "Laos", "", "", ""], ["New", "Person", "Thailand", "", "", ""]],
    )  # fmt: skip

    result = run_cli("--db", event, "import", bad)

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        "bad.xlsx, Sheet1, row 5, column Country, “Atlantis”: not a country we recognise; write its English name or ISO code (e.g. Viet Nam or VN)."
        in lines
    )  # noqa: E501
    assert any(
        line.startswith("bad.xlsx, Sheet1, row 5, column E-mail, “dara@moeys”:") for line in lines
    )
    assert any(
        line.startswith("bad.xlsx, Sheet1, row 5, column Arrival date, “31/02/2025”:")
        for line in lines
    )
    assert any(
        line.startswith("bad.xlsx, Sheet1, row 6, column Given name: no name") for line in lines
    )
    assert "Nothing was written: 2 rows have errors." in lines
    assert "--skip-invalid" in result.stderr
    assert content_bytes(event) == before

    dry = run_cli("--db", event, "import", bad, "--dry-run", "--skip-invalid")
    assert dry.returncode == 0 and "Dry run: nothing was written." in dry.stdout
    assert "1 would be added, 0 would be updated, 1 unchanged, 2 refused" in dry.stdout
    assert content_bytes(event) == before

    skipped = run_cli("--db", event, "import", bad, "--skip-invalid")
    assert skipped.returncode == 0
    assert "1 added, 0 updated, 1 unchanged, 2 refused" in skipped.stdout
    assert count_rows(event, "delegate") == 4


def test_export_csv_and_import_it_into_a_new_event(run_cli: RunCli, tmp_path: Path) -> None:
    event, copy = tmp_path / "event.sqlite3", tmp_path / "copy.sqlite3"
    run_cli("--db", event, "import", workbook(tmp_path / "list.xlsx", GOOD))
    out = tmp_path / "exported.csv"

    result = run_cli("--db", event, "export", out)

    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(row["Family name"] for row in rows) == ["Chan", "Nguyễn", "Phommachanh"]
    assert {row["Checked in"] for row in rows} == {""}
    back = run_cli("--db", copy, "import", out)
    assert back.returncode == 0 and "3 added" in back.stdout and "refused" not in back.stderr
    assert (
        "column Badges printed: warning: not imported: 3 values (written by export" in back.stdout
    )


@pytest.mark.parametrize(
    ("command", "name", "message"),
    [
        ("export", "list.pdf", "choose a file name ending in .xlsx or .csv"),
        ("template", "template.csv", "choose a file name ending in .xlsx"),
        (
            "import",
            "list.numbers",
            "only spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods) and CSV files",
        ),
        ("import", "missing.xlsx", "does not exist"),
    ],
)
def test_wrong_file_types_are_refused_with_a_sentence(
    run_cli: RunCli, tmp_path: Path, command: str, name: str, message: str
) -> None:
    if name.endswith(".numbers"):
        (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0")
    result = run_cli("--db", tmp_path / "event.sqlite3", command, tmp_path / name)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_template_is_written_and_reads_back_empty(run_cli: RunCli, tmp_path: Path) -> None:
    event, template = tmp_path / "event.sqlite3", tmp_path / "template.xlsx"
    result = run_cli("--db", event, "template", template)
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(template).sheetnames == ["Delegates", "How to fill"]
    back = run_cli("--db", event, "import", template)
    assert back.returncode == 0 and "0 rows read" in back.stdout


PERSON_COLUMNS = (
    "d.honorific, d.given_name, d.family_name, d.native_name, d.name_order, d.position, "
    "d.organisation, d.email, d.phone, d.arrival, d.departure, g.name, g.country"
)


def people(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute(
            f"SELECT {PERSON_COLUMNS} FROM delegate d JOIN delegation g ON g.id = d.delegation_id"
        ))  # fmt: skip


def test_export_then_import_of_20112_delegates_loses_nobody(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The demo at 20,000 has hundreds of namesakes (common Chinese, Vietnamese and Malay
    names) told apart by their e-mails: every one of them comes back."""
    event, empty, listing = (
        tmp_path / "big.sqlite3",
        tmp_path / "empty.sqlite3",
        tmp_path / "all.csv",
    )
    assert run_cli("--db", event, "demo", "--delegates", "20000").returncode == 0
    assert run_cli("--db", event, "export", listing).returncode == 0

    result = run_cli("--db", empty, "import", listing)

    assert result.returncode == 0, result.stderr
    assert "20112 rows read; 20112 added, 0 updated, 0 unchanged, 0 refused." in result.stdout
    assert "two people named" in result.stdout  # namesakes are pointed out, not refused
    assert people(empty) == people(event)


def test_a_name_order_set_against_the_countrys_usage_survives_export_and_import(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Export says each order; an empty cell would come back as the country's usual order."""
    source, event, copy = tmp_path / "a.csv", tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    source.write_text(
        "Delegation,Country,Given name,Family name,Name order,Email\n"
        "Viet Nam,VN,Anna,Nguyen,Given name first,anna@moet.gov.vn\n",
        encoding="utf-8",
    )
    run_cli("--db", event, "import", source)
    run_cli("--db", event, "export", tmp_path / "out.csv")
    run_cli("--db", copy, "import", tmp_path / "out.csv")
    assert people(copy) == people(event)
    assert people(copy)[0][4] == "GIVEN_FIRST"
