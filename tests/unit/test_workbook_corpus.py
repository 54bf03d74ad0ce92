"""Real workbooks written by Excel, LibreOffice and other tools: rows or one sentence, never a crash.

The corpus (`tests/data/workbooks/`, sources and licences in its SOURCES.md) holds the test files
of public spreadsheet readers: damaged, encrypted, Strict Open XML, 1904 dates, macro sheets,
fuzzing finds. Few of them are registration lists, so most end in "no header row" — what
matters is that each gives rows or an `ImportFileError` whose message is one sentence naming
the file, and that reading the raw sheets never raises anything else.

The cases of issue 10 are also built from real workbooks of the corpus by rewriting their sheet
XML (zipfile) into registration lists, because the corpus files hold no registration headers:
a `t="d"` cell holding a time, empty `s=""` style attributes, a date serial with a five-digit
year, a missing sheet part, and a Strict Open XML workbook.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from delegations.services.registrations.parsed import ParsedFile
from delegations.services.registrations.reading import read_registrations
from delegations.services.registrations.sheets import ImportFileError
from delegations.services.registrations.workbooks import WORKBOOK_SUFFIXES, open_sheets

CORPUS = Path(__file__).resolve().parents[1] / "data" / "workbooks"
FILES = sorted(
    path for path in CORPUS.rglob("*") if path.suffix.casefold() in WORKBOOK_SUFFIXES
)  # fmt: skip


def _one_sentence_naming(message: str, path: Path) -> None:
    assert path.name in message, message
    assert "\n" not in message and message.endswith("."), message
    rest = message.replace(path.name, "FILE")
    assert not re.search(r"[.!?]\s+[A-Z]", rest), f"more than one sentence: {message}"
    assert "Traceback" not in message and "Error(" not in message, message


def test_the_corpus_is_a_few_hundred_files_of_every_kind() -> None:
    suffixes = {path.suffix.casefold() for path in FILES}
    assert len(FILES) >= 300
    assert suffixes == set(WORKBOOK_SUFFIXES)
    assert sum(path.stat().st_size for path in FILES) < 15_000_000


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_workbook_gives_rows_or_one_sentence(path: Path) -> None:
    try:
        parsed = read_registrations(path)
    except ImportFileError as error:
        _one_sentence_naming(str(error), path)
    else:
        assert parsed.sheets and all(row.row >= 1 for row in parsed.rows)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_raw_sheets_iterate_or_refuse_with_one_sentence(path: Path) -> None:
    try:
        sheets, close = open_sheets(path)
        try:
            for sheet in sheets:
                last = 0
                for number, values in sheet.rows:
                    assert number == last + 1 and isinstance(values, tuple)
                    last = number
        finally:
            close()
    except ImportFileError as error:
        _one_sentence_naming(str(error), path)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("calamine/pass_protected.xlsx", "protected by a password"),  # encrypted OOXML: CFB
        ("excelize/encryptAES.xlsx", "protected by a password"),
        ("calamine/pass_protected.ods", "protected by a password"),
        ("python-calamine/password.xls", "protected by a password"),
        ("sheetjs/password_2002_40_xor.xls", "protected by a password"),
        ("calamine/issue252.xlsx", "the file is damaged"),
        ("openpyxl/null_archive.xlsx", "is a zip archive, not a spreadsheet"),  # holds an .xlsx
        ("calamine/too_small.xls", "plain text, not a spreadsheet"),
        ("python-calamine/empty_file.ods", "is empty (0 bytes)"),
        ("excelize/BadWorkbook.xlsx", "no worksheet with registrations"),
        ("xlrd/biff4_no_format_no_window2.xls", "Excel 4.0 or older"),
        ("sheetjs/BlankSheetTypes.xlsm", "a kind of sheet that cannot be read"),
        ("calamine/issue_594_dos.ods", "more cells than fit in memory"),
    ],
)
def test_what_is_wrong_with_a_file_is_said(name: str, words: str) -> None:
    path = CORPUS / name
    with pytest.raises(ImportFileError) as caught:
        read_registrations(path)
    assert words in str(caught.value)
    _one_sentence_naming(str(caught.value), path)


def test_strict_open_xml_workbooks_are_read() -> None:
    sheets, close = open_sheets(CORPUS / "calamine/strict_iso_paths.xlsx")
    try:
        [sheet] = sheets
        first = next(sheet.rows)
    finally:
        close()
    assert first[0] == 1 and first[1][:3] == ("Item", "Thickness", "Number Off Bends")


def test_hidden_sheets_are_skipped() -> None:
    sheets, close = open_sheets(CORPUS / "sheetjs/sheet_visibility_strict.xlsx")
    close()
    assert [sheet.name for sheet in sheets] == ["Visible"]


def test_xml_parts_in_utf16_are_read() -> None:
    sheets, close = open_sheets(CORPUS / "roo/Pfand_from_windows_phone.xlsm")
    try:
        assert [sheet.name for sheet in sheets] == ["Blatt1", "Blatt2", "Blatt3"]
        assert any(any(values) for _number, values in sheets[0].rows)
    finally:
        close()


# Registration lists built from real workbooks ------------------------------------------------

HEADER = ["Given name", "Family name", "Country", "Arrival"]


def _cell(reference: str, value: object, style: str | None) -> str:
    s = "" if style is None else f' s="{style}"'
    if isinstance(value, str):
        return f'<c r="{reference}" t="inlineStr"{s}><is><t>{escape(value)}</t></is></c>'
    if isinstance(value, tuple):  # ("d", "10:10:10"): an ISO 8601 date cell
        return f'<c r="{reference}" t="d"{s}><v>{value[1]}</v></c>'
    return f'<c r="{reference}"{s}><v>{value}</v></c>'


def _registration_list(
    source: str, target: Path, rows: list[list[object]], styles: dict[int, str | None]
) -> Path:
    """`source` with its first sheet's data replaced by `rows`; `styles`: column -> s."""
    cells = []
    for number, values in enumerate(rows, start=1):
        row = "".join(
            _cell(f"{'ABCD'[index]}{number}", value, styles.get(index) if number > 1 else None)
            for index, value in enumerate(values)
        )
        cells.append(f'<row r="{number}">{row}</row>')
    data = "<sheetData>" + "".join(cells) + "</sheetData>"
    with (
        zipfile.ZipFile(CORPUS / source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            content = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = content.decode("utf-8")
                text = re.sub(r"<sheetData>.*</sheetData>|<sheetData/>", data, text, flags=re.S)
                text = re.sub(r'<dimension ref="[^"]*"/>', "", text)
                content = text.encode("utf-8")
            copy.writestr(info, content)
    return target


def _errors(parsed: ParsedFile) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message) for row in parsed.rows for p in row.problems]


def test_a_time_in_a_t_d_cell_is_a_row_error_naming_the_cell(tmp_path: Path) -> None:
    # date_iso.xlsx (calamine): style 1 is yyyy-mm-dd, style 3 a time, cells t="d" in ISO 8601.
    path = _registration_list(
        "calamine/date_iso.xlsx", tmp_path / "times.xlsx",
        [HEADER, ["Sok", "Chan", "KH", ("d", "2025-07-24")],
         ["Dara", "Keo", "KH", ("d", "10:10:10")]],
        {3: "1"},
    )  # fmt: skip
    parsed = read_registrations(path)
    assert [row.values.get("arrival") for row in parsed.rows] == [dt.date(2025, 7, 24), None]
    [(row, column, message)] = _errors(parsed)
    assert (row, column) == (3, "Arrival") and "a time of day (10:10)" in message


def test_empty_style_attributes_are_read(tmp_path: Path) -> None:
    # empty_s_attribute.xlsx (calamine) writes s="" on every cell.
    path = _registration_list(
        "calamine/empty_s_attribute.xlsx", tmp_path / "s.xlsx",
        [HEADER, ["Sok", "Chan", "KH", 45862], ["Lan", "Trần", "VN", 45863]],
        {0: "", 1: "", 2: "", 3: ""},
    )  # fmt: skip
    assert b' s=""' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    parsed = read_registrations(path)
    assert [row.values["family_name"] for row in parsed.rows] == ["Chan", "Trần"]
    assert [row.values["arrival"] for row in parsed.rows] == [
        dt.date(2025, 7, 24), dt.date(2025, 7, 25)
    ]  # fmt: skip
    assert _errors(parsed) == []


@pytest.mark.parametrize(
    ("serial", "style", "words"),
    [
        (2994626, "1", "past the last date a spreadsheet knows"),  # python-calamine issue 139
        (2994626, "0", "past the last date a spreadsheet knows"),
        (-3, "1", "the cell holds no day (a negative number"),
        (-3, "0", "a negative number (-3)"),
        (12, "1", "the year 1900 cannot be right"),
        (12, "0", "the number 12 is not a date"),
    ],
)
def test_impossible_date_serials_are_row_errors(
    tmp_path: Path, serial: int, style: str, words: str
) -> None:
    # issue139.xlsx (python-calamine): style 1 is yyyy-mm-dd (its own cell holds 2994626),
    # style 0 is General.
    path = _registration_list(
        "python-calamine/issue139.xlsx", tmp_path / "years.xlsx",
        [HEADER, ["Sok", "Chan", "KH", 45862], ["Dara", "Keo", "KH", serial]],
        {3: style},
    )  # fmt: skip
    parsed = read_registrations(path)
    assert parsed.rows[0].values["arrival"] == dt.date(2025, 7, 24)
    [(row, column, message)] = _errors(parsed)
    assert (row, column) == (3, "Arrival") and words in message


def test_a_workbook_missing_its_sheet_part_is_one_sentence(tmp_path: Path) -> None:
    # No file of the corpus lists a sheet whose part is missing; drop it from a real one.
    broken = tmp_path / "no sheet part.xlsx"
    with (
        zipfile.ZipFile(CORPUS / "calamine/empty_s_attribute.xlsx") as original,
        zipfile.ZipFile(broken, "w") as copy,
    ):
        for info in original.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                copy.writestr(info, original.read(info))
    with pytest.raises(ImportFileError) as caught:
        read_registrations(broken)
    assert "a part of the workbook is missing" in str(caught.value)
    _one_sentence_naming(str(caught.value), broken)


def test_a_strict_open_xml_registration_list_is_imported(tmp_path: Path) -> None:
    path = _registration_list(
        "calamine/strict_iso_paths.xlsx", tmp_path / "strict.xlsx",
        [HEADER, ["Sok", "Chan", "KH", "24/07/2025"], ["Lan", "Trần", "VN", "25/07/2025"]],
        {},
    )  # fmt: skip
    assert b"purl.oclc.org/ooxml/spreadsheetml/main" in zipfile.ZipFile(path).read(
        "xl/worksheets/sheet1.xml"
    )
    parsed = read_registrations(path)
    assert [(row.values["given_name"], row.values["arrival"]) for row in parsed.rows] == [
        ("Sok", dt.date(2025, 7, 24)), ("Lan", dt.date(2025, 7, 25))
    ]  # fmt: skip
