"""Dates and times as the window's language writes them (QLocale), not as strftime's C
locale does: "Thu, 24 Jul" in British English, "7月24日周四" in Chinese, "Thứ 5, 24 thg 7" in
Vietnamese, "09:05" or "9:05 AM" as the language has it.

Qt has no format for a date without its year; `short_date` derives one from the language's
own long format (its order, separators and words kept, the year taken out, names shortened).
What a user types (the time fields of the session form, ISO dates on the command line) keeps
its fixed format.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

_YEAR = re.compile(r"\s*[,،]?\s*\byyyy\b\s*年?|\s*[,،]?\s*\byy\b\s*年?|y+年?")
_short_patterns: dict[str, str] = {}


def _shortened(pattern: str) -> str:
    """Short day and month names, the day of the month without a leading zero."""
    pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return re.sub(r"(?<!d)dd(?!d)", "d", pattern)


def _locale(locale: QLocale | None) -> QLocale:
    return QLocale() if locale is None else locale


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def short_date_format(locale: QLocale | None = None) -> str:
    """The language's long date format without the year, with short day and month names."""
    locale = _locale(locale)
    name = locale.name()
    found = _short_patterns.get(name)
    if found is None:
        pattern = _YEAR.sub("", _shortened(locale.dateFormat(QLocale.FormatType.LongFormat)))
        found = _short_patterns[name] = pattern.strip(" ,،")
    return found


def short_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A day in a tab, a column or a list: "Thu, 24 Jul", "7月24日周四"."""
    locale = _locale(locale)
    return locale.toString(_qdate(day), short_date_format(locale))


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A day in a heading or a sentence: "Thursday, 24 July 2025", "2025年7月24日星期四"."""
    return _locale(locale).toString(_qdate(day), QLocale.FormatType.LongFormat)


def medium_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A day with its year, compactly: "Thu, 24 Jul 2025"."""
    locale = _locale(locale)
    pattern = _shortened(locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(_qdate(day), pattern)


def time_text(moment: dt.time, locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """A time of day: "09:05" (en_GB, zh_CN, vi) or "9:05 AM" (en_US)."""
    locale = _locale(locale)
    form = _with_seconds(locale) if seconds else QLocale.FormatType.ShortFormat
    return locale.toString(_qtime(moment), form)


def hour_text(hour: int, locale: QLocale | None = None) -> str:
    """An hour on a ruler: "09:00", or "9 AM" where the language has a 12-hour clock (the
    minutes, always :00, would not fit beside the AM)."""
    locale = _locale(locale)
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "a" not in short.lower():
        return time_text(dt.time(hour), locale)
    pattern = re.sub(r"\W*m+", "", short, count=1)
    return locale.toString(QTime(hour, 0), pattern)


def _with_seconds(locale: QLocale) -> str:
    """The short time format with seconds (the long one adds the time zone's name)."""
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" in short:
        return short
    separator = re.search(r"[hH]+(\W*)m", short)
    between = separator.group(1) if separator else ":"
    return re.sub(r"(m+)", lambda found: f"{found.group(1)}{between}ss", short, count=1)


def time_range(start: dt.time, end: dt.time, locale: QLocale | None = None) -> str:
    """A session's times: "09:00–10:00"."""
    return f"{time_text(start, locale)}–{time_text(end, locale)}"


def local_date_time(
    moment: dt.datetime, locale: QLocale | None = None, *, seconds: bool = False
) -> str:
    """An instant on this computer's clock, with the day: "Thu, 24 Jul 08:42"."""
    local = moment.astimezone()
    return f"{short_date(local.date(), locale)} {time_text(local.time(), locale, seconds=seconds)}"


def local_clock(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """An instant as a desk's clock shows it: the time today, with the day otherwise."""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return time_text(local.time(), locale)
    return local_date_time(local, locale)


__all__ = [
    "hour_text",
    "local_clock",
    "local_date_time",
    "long_date",
    "medium_date",
    "short_date",
    "short_date_format",
    "time_range",
    "time_text",
]
