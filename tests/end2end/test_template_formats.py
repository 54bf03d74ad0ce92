"""The template filled and saved by LibreOffice as .xlsx, .ods and .xls imports as its .csv does."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from .helpers import RunCli

FILLED = Path(__file__).resolve().parents[1] / "data" / "template-filled"
COMPARED = ("Delegation", "Title", "Given name", "Family name", "Name in native script",
            "Name order", "Position", "Organisation", "Role", "Email", "Phone", "Arrival",
            "Departure", "Dietary")  # fmt: skip


def _import_and_export(run_cli: RunCli, tmp_path: Path, source: Path) -> list[dict[str, str]]:
    event = tmp_path / f"{source.suffix[1:]}.sqlite3"
    result = run_cli("--db", event, "import", source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 added, 0 updated, 0 unchanged, 0 refused" in result.stdout
    out = tmp_path / f"{source.suffix[1:]}-export.csv"
    assert run_cli("--db", event, "export", out).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = [{key: row[key] for key in COMPARED} for row in csv.DictReader(stream)]
    return sorted(rows, key=lambda row: row["Email"])


@pytest.fixture
def from_csv(run_cli: RunCli, tmp_path: Path) -> list[dict[str, str]]:
    return _import_and_export(run_cli, tmp_path, FILLED / "registrations.csv")


def test_the_csv_gives_the_delegates_as_written(from_csv: list[dict[str, str]]) -> None:
    by_email = {row["Email"]: row for row in from_csv}
    assert len(by_email) == 8
    oum = by_email["romany.oum@moeys.gov.kh"]
    assert (oum["Name in native script"], oum["Phone"], oum["Arrival"], oum["Departure"]) == (
        "អ៊ុំ រ៉ូម៉ានី", "+855 23 217 253", "2025-07-23", "2025-07-28"
    )  # fmt: skip
    assert by_email["duc.nguyen@moet.gov.vn"]["Family name"] == "Nguyễn"
    assert by_email["phuong.tran@hnue.edu.vn"]["Given name"] == "Thị Phương"
    natives = {row["Name in native script"] for row in from_csv}
    assert {"สมชาย ใจดี", "ຄຳພອນ ພົມມະຈັນ", "အောင်ကျော်မိုး", "白震", "王晓玲"} <= natives


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_each_format_imports_the_same_delegates_as_the_csv(
    run_cli: RunCli, tmp_path: Path, from_csv: list[dict[str, str]], suffix: str
) -> None:
    rows = _import_and_export(run_cli, tmp_path, FILLED / f"registrations{suffix}")
    assert rows == from_csv
