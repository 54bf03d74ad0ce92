"""Arrival and departure dates as registration files write them.

A cell may hold a real date (a `datetime.date` or `datetime.datetime` from the workbook
reader), an Excel serial number in a cell without a date format, or text: 2025-07-26,
26/07/2025, 07/26/2025, 26 Jul 2025, Sat 26th July 2025…

Whether 05/07/2025 is the 5th of July or the 7th of May is decided once per column from all its
text values (`day_first_by_column`): a value such as 26/07/2025 proves day first, 07/26/2025
proves month first, and the whole column follows; a column with ambiguous values only is read
day first, and in a column that holds both kinds the cells against the majority are errors.

Anything that is not a usable date raises `DateProblem`, whose message is the sentence to
show for that cell: a time of day, a duration, an out-of-range or negative serial, a
five-digit year, a month-first date in a day-first column…
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

# Dates outside these years are typing mistakes, not arrivals.
EARLIEST = dt.date(1950, 1, 1)
LATEST = dt.date(2149, 12, 31)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 31 Dec 9999, Excel's last day

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip
_SKIPPED_WORDS = {"st", "nd", "rd", "th", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$")
_LONG_YEAR = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_NOT_A_DATE = "not a date; write it as 2025-07-26, 26/07/2025 or 26 Jul 2025."


class DateProblem(ValueError):
    """A cell that is not a usable date; `str()` is the sentence to show for it."""


def parse_date(value: Any, *, day_first: bool | None = None) -> dt.date | None:
    """A date from a workbook cell or text; None if the cell is empty.

    Args:
        value: the cell's value as the workbook reader gives it, or text.
        day_first: how the column writes numeric dates (see `day_first_by_column`); a value
            that can only be read the other way is then refused. None reads each value on
            its own: day first unless it can only be month first.

    Raises:
        DateProblem: the value is not a usable date; the message says why.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _plausible(value.date())
    if isinstance(value, dt.date):
        return _plausible(value)
    if isinstance(value, dt.time) and value == dt.time():  # how a negative date serial comes
        raise DateProblem(
            "not a date: the cell holds no day (a negative number or the time 00:00); write "
            "the date, such as 2025-07-26."
        )
    if isinstance(value, dt.time):
        raise DateProblem(
            f"a time of day ({value:%H:%M}), not a date; write the date, such as 2025-07-26."
        )
    if isinstance(value, dt.timedelta):
        raise DateProblem(
            "a duration, not a date; write the date, such as 2025-07-26, and format the cell "
            "as a date."
        )
    if isinstance(value, bool):
        raise DateProblem(_NOT_A_DATE)
    if isinstance(value, int | float):
        return _from_serial(value)
    text = str(value).strip()
    return _parse_text(text, day_first) if text else None


def day_first_by_column(
    rows: Iterable[tuple[int, tuple[Any, ...]]], columns: Iterable[int]
) -> dict[int, bool]:
    """For each column index, whether its numeric text dates are day first.

    Each text value that can only be read one way (26/07/2025, 07/26/2025) is a vote; the
    majority wins, ties and columns without votes are day first.
    """
    indices = tuple(columns)
    votes = {index: [0, 0] for index in indices}  # [day first, month first]
    for _number, values in rows:
        width = len(values)
        for index in indices:
            text = values[index] if index < width else None
            if isinstance(text, str) and (match := _NUMERIC_DATE.match(text.strip())):
                first, second = int(match.group(1)), int(match.group(2))
                if first > 12 >= second:
                    votes[index][0] += 1
                elif second > 12 >= first:
                    votes[index][1] += 1
    return {index: day >= month for index, (day, month) in votes.items()}


def _plausible(date: dt.date) -> dt.date:
    if not EARLIEST <= date <= LATEST:
        raise DateProblem(
            f"the year {date.year} cannot be right for an arrival or departure; check the "
            "date and write it as 2025-07-26."
        )
    return date


def _from_serial(number: float) -> dt.date:
    """An Excel serial date (days since 30 Dec 1899) in a cell without a date format."""
    if number != number or number in (float("inf"), float("-inf")):  # NaN, infinite
        raise DateProblem(_NOT_A_DATE)
    if number < 0:
        raise DateProblem(
            f"a negative number ({number:g}), not a date; write the date, such as 2025-07-26."
        )
    if number > _MAX_SERIAL:
        raise DateProblem(
            f"the number {number:.0f} is past the last date a spreadsheet knows (a year with "
            "five digits?); check the date and write it as 2025-07-26."
        )
    date = _EXCEL_EPOCH + dt.timedelta(days=int(number))
    if not EARLIEST <= date <= LATEST:
        raise DateProblem(
            f"the number {number:g} is not a date (as a date it would be {date:%d %b %Y}); "
            "write the date, such as 2025-07-26."
        )
    return date


def _parse_text(text: str, day_first: bool | None) -> dt.date:
    if long_year := _LONG_YEAR.search(text):
        raise DateProblem(
            f"the year {long_year.group()} has more than four digits; check the date and write "
            "it as 2025-07-26."
        )
    try:
        if match := _ISO_DATE.match(text):
            year, month, day = (int(part) for part in match.groups())
            return _plausible(dt.date(year, month, day))
        if match := _NUMERIC_DATE.match(text):
            return _numeric_date(text, *(int(part) for part in match.groups()), day_first)
        return _plausible(_worded_date(text))
    except DateProblem:
        raise
    except ValueError:  # a day or month out of range: 31/02/2025, 2025-13-01
        raise DateProblem(_NOT_A_DATE) from None


def _numeric_date(text: str, first: int, second: int, year: int, day_first: bool | None) -> dt.date:
    year += 2000 if year < 100 else 0
    if day_first is None:
        day_first = not (second > 12 >= first)  # 07/26/2025 can only be month first
    day, month = (first, second) if day_first else (second, first)
    if month > 12 >= day:  # the other order would read it: the column says otherwise
        other = _plausible(dt.date(year, day, month))
        ours, theirs = ("day", "month") if day_first else ("month", "day")
        raise DateProblem(
            f"{theirs} first ({text} can only be {other:%d %B %Y}), but the other dates in "
            f"this column are {ours} first; write it as {other.isoformat()}."
        )
    return _plausible(dt.date(year, month, day))


def _worded_date(text: str) -> dt.date:
    words = [w for w in re.findall(r"[a-z]+|\d+", text.casefold()) if w not in _SKIPPED_WORDS]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) == 1 and len(numbers) == 2 and len(words) == 3:
        day, year = sorted(numbers)
        if year >= 1900:
            return dt.date(year, months[0], day)
    raise DateProblem(_NOT_A_DATE)
