"""A fast, streaming reader of cell values from .xlsx worksheets.

openpyxl's read-only mode builds a descriptor object for every cell and, for files without a
recorded size (those written by openpyxl itself, for one), parses each sheet twice; 20,000
rows then take over ten seconds. This reader walks the same XML once with the C parser and
yields plain tuples of values, as `iter_rows(values_only=True)` would. Numbers formatted as
dates become `datetime`s (openpyxl's own test of a format decides). A workbook it does not
understand raises `UnsupportedWorkbook`, and the caller falls back to openpyxl.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree
from xml.etree.ElementTree import Element, iterparse

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DIMENSION = re.compile(r"[A-Z]+(\d+)$")


class UnsupportedWorkbook(Exception):
    """The workbook uses something this reader does not handle; use openpyxl instead."""


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    state: str  # "visible", "hidden" or "veryHidden"
    path: str  # inside the zip


class XlsxRows:
    """An open workbook: its sheets, and their rows as tuples of values."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path)
        try:
            names = set(self._zip.namelist())
            workbook = self._parse("xl/workbook.xml")
            self._ns = workbook.tag.partition("}")[0] + "}"
            if self._ns != "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}":
                raise UnsupportedWorkbook(f"namespace {self._ns}")
            targets = self._relationships("xl/_rels/workbook.xml.rels")
            properties = workbook.find(f"{self._ns}workbookPr")
            self._epoch_1904 = properties is not None and properties.get("date1904") in (
                "1",
                "true",
            )
            self.sheets = [
                SheetInfo(sheet.get("name", ""), sheet.get("state", "visible"),
                          targets[sheet.get(f"{{{_REL_NS}}}id", "")])
                for sheet in workbook.iter(f"{self._ns}sheet")
            ]  # fmt: skip
            self._strings = self._shared_strings(names)
            self._date_styles = self._dates("xl/styles.xml" if "xl/styles.xml" in names else None)
        except (KeyError, SyntaxError) as error:
            self._zip.close()
            raise UnsupportedWorkbook(str(error)) from error
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    # Workbook parts ----------------------------------------------------------------------

    def _parse(self, name: str) -> Element:
        with self._zip.open(name) as stream:
            return _parse_tree(stream)

    def _relationships(self, name: str) -> dict[str, str]:
        folder = posixpath.dirname(posixpath.dirname(name))  # xl/_rels/x.rels -> xl
        targets = {}
        for relation in self._parse(name).iter(_PKG_REL):
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            targets[relation.get("Id", "")] = posixpath.normpath(path)
        return targets

    def _shared_strings(self, names: set[str]) -> list[str]:
        if "xl/sharedStrings.xml" not in names:
            return []
        t, r, si = f"{self._ns}t", f"{self._ns}r", f"{self._ns}si"
        strings = []
        with self._zip.open("xl/sharedStrings.xml") as stream:
            for _event, element in iterparse(stream):
                if element.tag == si:
                    strings.append(_rich_text(element, t, r))
                    element.clear()
        return strings

    def _dates(self, name: str | None) -> frozenset[int]:
        """Indices of the cell styles whose number format shows a date or time."""
        if name is None:
            return frozenset()
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

        styles = self._parse(name)
        formats: dict[int, str] = dict(BUILTIN_FORMATS)
        for number_format in styles.iter(f"{self._ns}numFmt"):
            formats[int(number_format.get("numFmtId", "0"))] = number_format.get("formatCode", "")
        cell_formats = styles.find(f"{self._ns}cellXfs")
        if cell_formats is None:
            return frozenset()
        return frozenset(
            index
            for index, xf in enumerate(cell_formats.iter(f"{self._ns}xf"))
            if is_date_format(formats.get(int(xf.get("numFmtId", "0")), ""))
        )

    # Rows --------------------------------------------------------------------------------

    def size(self, sheet: SheetInfo) -> int:
        """Rows in the sheet as recorded in the file, or an estimate from its size."""
        with self._zip.open(sheet.path) as stream:
            head = stream.read(4096).decode("utf-8", errors="replace")
        match = re.search(r'<(?:\w+:)?dimension ref="([^"]+)"', head)
        if match and (last := _DIMENSION.search(match.group(1))):
            return int(last.group(1))
        return max(1, self._zip.getinfo(sheet.path).file_size // 700)

    def rows(self, sheet: SheetInfo) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) for every row from 1 to the last, empty rows included."""
        ns = self._ns
        row_tag, cell_tag = f"{ns}row", f"{ns}c"
        expected = 1
        with self._zip.open(sheet.path) as stream:
            for _event, element in iterparse(stream):
                if element.tag != row_tag:
                    continue
                number = int(element.get("r") or expected)
                while expected < number:
                    yield expected, ()
                    expected += 1
                yield number, self._row_values(element.iter(cell_tag))
                expected = number + 1
                element.clear()

    def _row_values(self, cells: Iterator[Element]) -> tuple[Any, ...]:
        values: list[Any] = []
        for cell in cells:
            reference = cell.get("r")
            if reference:
                column = _column_index(reference)
                if column > len(values):
                    values.extend([None] * (column - len(values)))
            values.append(self._value(cell))
        return tuple(values)

    def _value(self, cell: Element) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(f"{self._ns}is")
            return None if inline is None else _rich_text(inline, f"{self._ns}t", f"{self._ns}r")
        value = cell.findtext(f"{self._ns}v")
        if not value:  # empty, or a formula never calculated
            return None
        if kind == "s":
            index = int(value)
            return self._strings[index] if 0 <= index < len(self._strings) else None
        if kind == "n":
            try:
                number = float(value) if any(c in value for c in ".eE") else int(value)
            except ValueError:
                return value
            if int(cell.get("s", "0")) in self._date_styles:
                return _excel_datetime(number, self._epoch_1904)
            return number
        if kind == "b":
            return value == "1"
        if kind == "d":
            return dt.datetime.fromisoformat(value)
        return value  # "str" (a formula's text) and "e" (#N/A…)


def _parse_tree(stream: IO[bytes]) -> Element:
    return ElementTree.parse(stream).getroot()


def _rich_text(element: Element, t: str, r: str) -> str:
    """Text of a string item: plain <t> or rich-text runs, without phonetic guides."""
    parts = []
    for child in element:
        if child.tag == t:
            parts.append(child.text or "")
        elif child.tag == r:
            parts.append(child.findtext(t) or "")
    return "".join(parts)


_COLUMNS: dict[str, int] = {}


def _column_index(reference: str) -> int:
    """0-based column of a cell reference: "A1" -> 0, "AB7" -> 27."""
    letters = reference.rstrip("0123456789")
    index = _COLUMNS.get(letters)
    if index is None:
        index = -1
        for char in letters:
            index = (index + 1) * 26 + ord(char) - 65
        _COLUMNS[letters] = index
    return index


def _excel_datetime(serial: float, epoch_1904: bool) -> dt.datetime:
    if epoch_1904:
        base = dt.datetime(1904, 1, 1)
    else:  # Excel counts 29 Feb 1900, which did not exist
        base = dt.datetime(1899, 12, 31) if serial < 60 else dt.datetime(1899, 12, 30)
    moment = base + dt.timedelta(days=serial)
    return moment.replace(microsecond=0) if moment.microsecond < 500 else moment
