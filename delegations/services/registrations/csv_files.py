"""Reading a CSV registrations file: its encoding and delimiter found, its rows as text."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from delegations.services.registrations.sheets import (
    HEADER_SEARCH_ROWS,
    ImportFileError,
    RawRow,
    RawSheet,
    header_matches,
)


def decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data[1:200:2].count(0) > 50:  # UTF-16 without a byte-order mark
        return data.decode("utf-16-le", errors="replace")
    raise ImportFileError(
        f"{name} is not UTF-8 text; in Excel choose File ▸ Save As ▸ “CSV UTF-8”, "
        "or save it as .xlsx."
    )


def csv_sheet(path: Path) -> RawSheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            f"{path.name} cannot be opened ({error.strerror or error}); copy it to your "
            "computer and try again."
        ) from None
    text = decode(data, path.name)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, RawRow]]:
        first_line = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportFileError(
                    f"{path.name}, line {first_line}: not readable as CSV ({error}); open the "
                    "file in a spreadsheet program and save it again as CSV UTF-8."
                ) from None
            yield first_line, tuple(record)
            first_line = reader.line_num + 1

    return RawSheet("", text.count("\n") + 1, rows())


def detect_delimiter(text: str) -> str:
    """`,`, `;` or tab: the one that splits the header row into known columns."""
    sample = text[:65536].splitlines()[: HEADER_SEARCH_ROWS + 5]
    candidates = sorted(",;\t", key=lambda d: -sum(line.count(d) for line in sample))
    try:
        for delimiter in candidates:
            records = csv.reader(sample, delimiter=delimiter)
            if any(header_matches(record) >= 2 for record in records):
                return delimiter
        return csv.Sniffer().sniff("\n".join(sample), delimiters=",;\t").delimiter
    except csv.Error:
        return candidates[0]
