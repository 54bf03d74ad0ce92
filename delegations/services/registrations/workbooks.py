"""Opening registration files: workbooks read with python-calamine, CSV files read as text.

`open_sheets(path)` gives the visible sheets of a file as `RawSheet`s: a name, a row count for
progress, and the rows as (physical 1-based row number, tuple of values). Workbooks (.xlsx,
.xlsm, .xlsb, .xls, .ods) are read by calamine, which gives `str`, `int`, `float`, `bool`,
`datetime.date`, `datetime.datetime`, `datetime.time` and `datetime.timedelta` values and ""
for empty cells. CSV files give `str` values.

Whatever is wrong with a file — missing, empty, not a spreadsheet, protected by a password,
damaged, missing a part — the answer is one `ImportFileError` whose message is one sentence
naming the file and the problem. No other exception leaves this module, also not from the
iteration of rows.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import logging
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from delegations.services.registrations.columns import HELP_SHEET
from delegations.services.registrations.csv_files import csv_sheet
from delegations.services.registrations.sheets import ImportFileError, RawRow, RawSheet

log = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
SUPPORTED_SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # OLE compound file: .xls, or encrypted OOXML
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")  # the stream of an encrypted .xlsx
# Excel 2.x–4.0 worksheets: a bare BIFF stream beginning with a BOF record, no compound file.
_OLD_BIFF_MAGIC = (b"\x09\x00", b"\x09\x02", b"\x09\x04")
_BIFF8_BOF = re.compile(rb"\x09\x08[\x08\x10]\x00")
_XML_ENCODING = re.compile(r"""(<\?xml[^>]*encoding=["'])UTF-16(["'])""", re.IGNORECASE)
_KIND_NAMES = {
    ".xlsx": "an Excel workbook", ".xlsm": "an Excel workbook",
    ".xlsb": "an Excel binary workbook", ".xls": "an Excel 97–2003 workbook",
    ".ods": "an OpenDocument spreadsheet", ".csv": "a spreadsheet",
}  # fmt: skip
_SAVE_AGAIN = (
    "open it in Excel or LibreOffice, which can often repair it, and save it again as .xlsx"
)
# Exceptions that must pass through: the user or the interpreter stopping us.
_PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)


def open_sheets(path: Path) -> tuple[list[RawSheet], Callable[[], None]]:
    """The visible sheets of a registrations file, and a function that closes the file.

    Hidden sheets, chart and macro sheets and the template's help sheet are left out.

    Raises:
        ImportFileError: the file cannot be read; the message is one sentence naming it.
    """
    path = Path(path)
    suffix = path.suffix.casefold()
    head = _head(path)
    if suffix not in SUPPORTED_SUFFIXES:
        hint = "; export it from Numbers as an Excel workbook" if suffix == ".numbers" else ""
        raise ImportFileError(
            f"{path.name}: only spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods) and CSV files "
            f"(.csv) can be imported{hint}."
        )
    if not head:
        raise ImportFileError(
            f"{path.name} is empty (0 bytes); check that it is the file you meant and that it "
            "was saved or downloaded completely."
        )
    if head.startswith((*_ZIP_MAGIC, _CFB_MAGIC[:4])):  # a workbook, even under a .csv name
        return _workbook_sheets(path, head)
    if suffix == ".csv":
        return [csv_sheet(path)], _nothing
    raise _not_a_workbook(path, head)


def _nothing() -> None:
    pass


def _head(path: Path) -> bytes:
    """The first bytes of the file (b"" if it is empty), or a sentence why it cannot be read."""
    try:
        with path.open("rb") as stream:
            return stream.read(4096)
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist; check the name and folder.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file; choose the file in it.") from None
    except PermissionError:
        raise ImportFileError(
            f"{path.name} cannot be opened: permission denied; copy it to your documents "
            "folder, or ask the owner to share it with you."
        ) from None
    except OSError as error:
        raise ImportFileError(
            f"{path.name} cannot be opened ({error.strerror or error}); copy it to your "
            "computer and try again."
        ) from None


# Workbooks -----------------------------------------------------------------------------------


def _workbook_sheets(path: Path, head: bytes) -> tuple[list[RawSheet], Callable[[], None]]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    workbook = _open_workbook(path, head)
    try:
        sheets = []
        for meta in workbook.sheets_metadata:
            if (
                meta.visible != SheetVisibleEnum.Visible
                or meta.typ != SheetTypeEnum.WorkSheet
                or meta.name == HELP_SHEET
            ):
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            end = sheet.end
            total = end[0] + 1 if end else 0
            sheets.append(RawSheet(meta.name, total, _sheet_rows(path, sheet)))
    except _PASS_THROUGH:
        _close(workbook)
        raise
    except BaseException as error:  # calamine's errors, and pyo3's PanicException
        _close(workbook)
        raise _refusal(path, head, error) from None
    if not sheets:
        _close(workbook)
        hidden = any(
            meta.typ == SheetTypeEnum.WorkSheet and meta.visible != SheetVisibleEnum.Visible
            for meta in workbook.sheets_metadata
        )
        if hidden:
            raise ImportFileError(
                f"{path.name} has only hidden worksheets; unhide the sheet with the "
                "registrations (right-click a sheet tab ▸ Unhide) and save it again."
            )
        raise ImportFileError(
            f"{path.name} has no worksheet with registrations; check that it is the file you meant."
        )
    return sheets, lambda: _close(workbook)


def _open_workbook(path: Path, head: bytes) -> Any:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except _PASS_THROUGH:
        raise
    except BaseException as error:
        first = error
    if not isinstance(first, PasswordError) and not _encrypted(path, head):
        # The content may not be what the name says (an .xlsx saved as "list.xls"):
        # calamine then recognises it from its content. Some writers store the XML parts
        # of an .xlsx in UTF-16, which calamine does not read: give it a UTF-8 copy.
        for copy in (lambda: path.open("rb"), lambda: _utf8_copy(path, head)):
            try:
                stream = copy()
                if stream is not None:
                    with stream:
                        return CalamineWorkbook.from_filelike(stream)
            except _PASS_THROUGH:
                raise
            except BaseException:
                pass
    raise _refusal(path, head, first) from None


def _utf8_copy(path: Path, head: bytes) -> io.BytesIO | None:
    """The zip package with its UTF-16 XML parts in UTF-8, or None if it has none."""
    if not head.startswith(_ZIP_MAGIC):
        return None
    copy, changed = io.BytesIO(), False
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                text = _XML_ENCODING.sub(r"\1UTF-8\2", data.decode("utf-16"), count=1)
                data, changed = text.encode("utf-8"), True
            target.writestr(info.filename, data)
    copy.seek(0)
    return copy if changed else None


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[int, RawRow]]:
    """(row number, values) from row 1 to the sheet's last row, columns from A."""
    start = sheet.start
    if start is None:  # an empty sheet
        return
    padding = ("",) * start[1]  # calamine's rows begin at the first column that holds data
    rows = iter(sheet.iter_rows())
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except _PASS_THROUGH:
            raise
        except BaseException as error:
            raise _refusal(path, b"", error) from None
        number += 1
        yield number, (*padding, *values) if padding else tuple(values)


def _close(workbook: Any) -> None:
    with contextlib.suppress(Exception):  # already closed
        workbook.close()


def _encrypted(path: Path, head: bytes) -> bool:
    """Whether a compound file is protected by a password.

    Encrypted Office Open XML is a compound file holding an EncryptionInfo stream; an
    encrypted .xls has a FILEPASS record among the first records of its workbook stream.
    """
    if not head.startswith(_CFB_MAGIC[:4]):
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if _ENCRYPTION_INFO in data:
        return True
    for bof in _BIFF8_BOF.finditer(data):
        position = bof.start()
        for _record in range(4):  # FILEPASS follows BOF, after WRITEPROT and the like
            kind, size = (
                struct.unpack_from("<HH", data, position) if position + 4 <= len(data) else (0, 0)
            )
            if kind == 0x002F:
                return True
            position += 4 + size
        break  # the first BOF is the workbook's
    return False


def _refusal(path: Path, head: bytes, error: BaseException) -> ImportFileError:
    """The one sentence for a workbook calamine could not read."""
    from python_calamine import PasswordError, WorksheetNotFound

    log.info("cannot read %s: %s: %s", path, type(error).__name__, error)
    name, what = path.name, _KIND_NAMES.get(path.suffix.casefold(), "a spreadsheet")
    detail = str(error)
    if isinstance(error, PasswordError) or _encrypted(path, head):
        return ImportFileError(
            f"{name} is protected by a password; open it with the password, save a copy "
            "without one (in Excel: File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, "
            "then clear the password) and import that copy."
        )
    if isinstance(error, MemoryError) or "limit exceeded" in detail:
        return ImportFileError(
            f"{name} cannot be read as {what}: it declares more cells than fit in memory, "
            f"which usually means it is damaged; {_SAVE_AGAIN}."
        )
    if head.startswith(_ZIP_MAGIC) and (other := _other_document(path)):
        return ImportFileError(
            f"{name} is {other}, not a spreadsheet; check that it is the file you meant."
        )
    if isinstance(error, WorksheetNotFound) or detail.startswith("File not found"):
        return ImportFileError(
            f"{name} cannot be read as {what}: it is damaged, a part of the workbook is "
            f"missing; {_SAVE_AGAIN}."
        )
    if detail.startswith("Unrecognized"):
        return ImportFileError(
            f"{name} cannot be read as {what}: it holds a kind of sheet that cannot be read "
            "(such as an Excel 4 macro sheet); copy the sheet with the registrations into a "
            "new workbook and save that as .xlsx."
        )
    return ImportFileError(f"{name} cannot be read as {what}: the file is damaged; {_SAVE_AGAIN}.")


def _other_document(path: Path) -> str | None:
    """What a zip file that is no spreadsheet holds, if we can tell."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            )
    except Exception:
        return None
    if "word/document.xml" in names or mimetype.endswith(".text"):
        return "a text document (Word or Writer)"
    if "ppt/presentation.xml" in names or mimetype.endswith(".presentation"):
        return "a presentation"
    if not any(n.startswith(("xl/", "content.xml")) for n in names) and not mimetype:
        return "a zip archive"
    return None


def _not_a_workbook(path: Path, head: bytes) -> ImportFileError:
    name, what = path.name, _KIND_NAMES.get(path.suffix.casefold(), "a spreadsheet")
    start = head.lstrip(codecs.BOM_UTF8).lstrip().lower()
    if start.startswith(b"%pdf"):
        return ImportFileError(
            f"{name} cannot be read as {what}: it is a PDF document; ask the sender for the "
            "list as a spreadsheet (.xlsx) or a CSV file."
        )
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        return ImportFileError(
            f"{name} cannot be read as {what}: it is a web page (HTML) saved under a "
            "spreadsheet's name; open it in Excel or LibreOffice and save it as .xlsx."
        )
    if start.startswith(b"<?xml") or start.startswith(b"<"):
        return ImportFileError(
            f"{name} cannot be read as {what}: it is an XML file (such as Excel's old “XML "
            "Spreadsheet 2003”); open it in Excel or LibreOffice and save it as .xlsx."
        )
    if head.startswith(_OLD_BIFF_MAGIC):
        return ImportFileError(
            f"{name} cannot be read as {what}: it was saved by Excel 4.0 or older, a format too "
            "old to read; open it in Excel or LibreOffice and save it as .xlsx."
        )
    if _looks_like_text(head):
        return ImportFileError(
            f"{name} cannot be read as {what}: it holds plain text, not a spreadsheet; if it "
            "is a list separated by commas, semicolons or tabs, rename it to .csv, or open it "
            "in Excel or LibreOffice and save it as .xlsx."
        )
    return ImportFileError(
        f"{name} cannot be read as {what}: it is not a spreadsheet of any kind we know "
        "(.xlsx, .xls, .ods); check that it is the file you meant."
    )


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end of the sample
            return False
        text = head[: error.start].decode("utf-8")
    return all(c.isprintable() or c in "\r\n\t" for c in text)
