"""Opening registration files (workbooks.py) and reading their dates (dates.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from delegations.services.registrations.dates import DateProblem, day_first_by_column, parse_date
from delegations.services.registrations.reading import read_registrations
from delegations.services.registrations.sheets import ImportFileError
from delegations.services.registrations.workbooks import open_sheets

CORPUS = Path(__file__).resolve().parents[1] / "data" / "workbooks"


def _rows(path: Path) -> dict[str, list[tuple[int, tuple[Any, ...]]]]:
    sheets, close = open_sheets(path)
    try:
        return {sheet.name: list(sheet.rows) for sheet in sheets}
    finally:
        close()


# Values as openpyxl reads them ----------------------------------------------------------------


def varied_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    rows: list[list[Any]] = [
        ["Title row"], [], [],
        ["Given name", "Family name", "Country", "Arrival", "Notes", None, "Flag"],
        ["Lan", "Trần", "VN", dt.datetime(2025, 7, 24), 12.5, None, True],
        [None, "Keo", "KH", dt.datetime(2025, 7, 24, 13, 30), 3, "gap", False],
        ["ก", "ข", "TH", 45864, "+84 24 3869 4795", None, None],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet["D7"].number_format = "dd/mm/yyyy"
    sheet["J12"] = "far away"
    hidden = workbook.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "Given name"
    workbook.create_sheet("How to fill")["A1"] = "Help"
    workbook.save(path)
    return path


def _normal(value: Any) -> Any:
    """openpyxl's None is calamine's ""; a datetime at midnight is calamine's date."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


def test_calamine_gives_the_values_openpyxl_gives(tmp_path: Path) -> None:
    path = varied_workbook(tmp_path / "v.xlsx")
    reference = openpyxl.load_workbook(path, data_only=True)["Data"]
    expected = [tuple(map(_normal, row)) for row in reference.iter_rows(values_only=True)]

    sheets = _rows(path)

    assert list(sheets) == ["Data"]  # hidden sheet and the template's help sheet left out
    got = sheets["Data"]
    assert [number for number, _values in got] == list(range(1, len(expected) + 1))
    for (_number, mine), theirs in zip(got, expected, strict=True):
        assert mine == theirs[: len(mine)] and not any(theirs[len(mine) :])
    assert got[6][1][3] == dt.date(2025, 7, 26)  # a serial formatted as a date


def test_rows_keep_their_physical_numbers_and_columns(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C4"], sheet["D4"] = "Given name", "Country"
    sheet["C6"], sheet["D6"] = "Sok", "KH"
    workbook.save(tmp_path / "offset.xlsx")
    [rows] = _rows(tmp_path / "offset.xlsx").values()
    assert rows[3] == (4, ("", "", "Given name", "Country"))
    assert rows[5] == (6, ("", "", "Sok", "KH"))


# Files that are not what their name says --------------------------------------------------------


def test_a_workbook_under_another_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    xlsx = varied_workbook(tmp_path / "v.xlsx")
    for name in ("saved-as.xls", "saved-as.ods", "exported.csv"):
        shutil.copyfile(xlsx, tmp_path / name)
        assert list(_rows(tmp_path / name)) == ["Data"], name


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("list.xlsx", b"%PDF-1.7\n...", "it is a PDF document"),
        ("list.xls", b"<html><table><tr><td>Sok</td></tr></table></html>", "a web page (HTML)"),
        ("list.xls", b'<?xml version="1.0"?><Workbook/>', "an XML file"),
        ("list.xlsx", b"Given name,Country\nSok,KH\n", "rename it to .csv"),
        ("list.ods", b"\x00\x01\x02\x03\xff\xfe\xfd" * 20, "not a spreadsheet of any kind"),
        ("list.xlsx", b"", "is empty (0 bytes)"),
        ("list.csv", b"", "is empty (0 bytes)"),
        ("list.xlsx", b"PK\x03\x04 truncated zip", "the file is damaged"),
        ("list.numbers", b"PK\x03\x04", "export it from Numbers as an Excel workbook"),
        ("list.pdf", b"%PDF", "only spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods) and CSV"),
    ],
)
def test_what_a_file_really_is_is_said_in_one_sentence(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_registrations(path)
    message = str(caught.value)
    assert words in message and name in message and message.count(". ") == 0, message


def test_a_word_document_is_named_as_such(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "programme.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileError, match="is a text document"):
        read_registrations(path)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_registrations(tmp_path / "nowhere.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ImportFileError, match="is a folder"):
        read_registrations(tmp_path / "folder.xlsx")


def test_a_workbook_with_hidden_sheets_only_says_unhide(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "x"
    workbook.active.sheet_state = "hidden"
    workbook.create_sheet("How to fill")
    workbook.save(tmp_path / "hidden.xlsx")
    with pytest.raises(ImportFileError, match="only hidden worksheets; unhide"):
        read_registrations(tmp_path / "hidden.xlsx")


def test_every_corpus_format_opens() -> None:
    for name in (
        "calamine/date.xlsx",
        "calamine/date.xlsb",
        "calamine/date.xls",
        "calamine/date.ods",
    ):
        [rows] = _rows(CORPUS / name).values()
        # Row 1 holds the date 2021-01-01 and the number 15 in every format.
        assert rows[0] == (1, (dt.date(2021, 1, 1), 15)), name
        assert len(rows) == (4 if name.endswith(".ods") else 3), name


# Dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (dt.time(10, 30), "a time of day (10:30)"),
        (dt.timedelta(hours=5), "a duration"),
        (-2.0, "a negative number (-2)"),
        (3_000_000.0, "past the last date"),
        (1.5, "the number 1.5 is not a date"),
        (dt.date(1900, 1, 12), "the year 1900 cannot be right"),
        (dt.datetime(3025, 7, 26), "the year 3025 cannot be right"),
        ("26/07/20255", "the year 20255 has more than four digits"),
        ("20255-07-26", "the year 20255 has more than four digits"),
        ("31/02/2025", "not a date"),
        (True, "not a date"),
    ],
)
def test_values_that_are_no_usable_date_say_why(value: Any, words: str) -> None:
    with pytest.raises(DateProblem) as caught:
        parse_date(value)
    assert words in str(caught.value)


def test_a_column_is_day_first_or_month_first_as_a_whole() -> None:
    rows = [
        (2, ("05/07/2025", "07/05/2025", "05/07/2025", "2025-07-05")),
        (3, ("26/07/2025", "07/26/2025", "06/07/2025", "")),
        (4, ("01/08/2025", "08/01/2025", "07/26/2025", "")),
        (5, ("", "", "26/07/2025", "")),
    ]
    orders = day_first_by_column(rows, (0, 1, 2, 3))
    assert orders == {0: True, 1: False, 2: True, 3: True}  # column 2: one vote each, tie
    assert parse_date("05/07/2025", day_first=orders[0]) == dt.date(2025, 7, 5)
    assert parse_date("07/05/2025", day_first=orders[1]) == dt.date(2025, 7, 5)
    with pytest.raises(DateProblem, match=r"month first \(07/26/2025 can only be 26 July 2025\)"):
        parse_date("07/26/2025", day_first=True)
    with pytest.raises(DateProblem, match="day first .* this column are month first"):
        parse_date("26/07/2025", day_first=False)


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_month_first_column_is_read_month_first_everywhere(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "us.csv",
        ["Given name,Family name,Country,Arrival,Departure",
         "Sok,Chan,KH,07/05/2025,07/26/2025",  # the departure column proves month first
         "Dara,Keo,KH,07/24/2025,08/01/2025"],  # and the arrival column too
    )  # fmt: skip
    parsed = read_registrations(path)
    values = [(row.values["arrival"], row.values["departure"]) for row in parsed.rows]
    assert values == [
        (dt.date(2025, 7, 5), dt.date(2025, 7, 26)),
        (dt.date(2025, 7, 24), dt.date(2025, 8, 1)),
    ]
    assert not [p for row in parsed.rows for p in row.problems]


def test_ambiguous_only_columns_are_day_first(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "ambiguous.csv",
        [
            "Given name,Family name,Country,Arrival",
            "Sok,Chan,KH,05/07/2025",
            "Dara,Keo,KH,06/07/25",
        ],
    )
    parsed = read_registrations(path)
    assert [row.values["arrival"] for row in parsed.rows] == [
        dt.date(2025, 7, 5),
        dt.date(2025, 7, 6),
    ]


def test_in_a_contradictory_column_each_minority_cell_is_an_error(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "mixed.csv",
        ["Given name,Family name,Country,Arrival",
         "Sok,Chan,KH,24/07/2025", "Dara,Keo,KH,25/07/2025", "Lan,Tran,VN,07/26/2025",
         "Niran,Sook,TH,05/07/2025"],
    )  # fmt: skip
    parsed = read_registrations(path)
    assert [row.values["arrival"] for row in parsed.rows] == [
        dt.date(2025, 7, 24), dt.date(2025, 7, 25), None, dt.date(2025, 7, 5)
    ]  # fmt: skip
    [problem] = [p for row in parsed.rows for p in row.problems]
    assert (problem.row, problem.column, problem.value) == (4, "Arrival", "07/26/2025")
    assert str(problem).startswith("mixed.csv, row 4, column Arrival, “07/26/2025”: month first")


def test_csv_a_reader_cannot_parse_is_one_sentence_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Given name,Family name,Country\nSok,Chan,KH\nDara," + "x" * 200_000 + ",KH\n")
    with pytest.raises(ImportFileError) as caught:
        read_registrations(path)
    message = str(caught.value)
    assert message.startswith("huge.csv, line 3: not readable as CSV") and ". " not in message
