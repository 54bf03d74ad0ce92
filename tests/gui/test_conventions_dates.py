"""Dates and times in the window are written the way the window's language writes them.

The expected texts are typed out as a reader of each language writes them (month before day
and a 12-hour clock in American English; 月/日 and the weekday last in Chinese; "thg" for the
month in Vietnamese), so a hard-coded strftime ("Fri 25 Jul", "09:00") fails them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from delegations.store import EventFile
from delegations.ui.dates import (
    hour_text,
    long_date,
    medium_date,
    short_date,
    time_range,
    time_text,
)
from delegations.ui.main_window import MainWindow

OPENING_DAY = dt.date(2025, 7, 25)  # the fixture's Opening Ceremony, 09:00–10:00


@pytest.fixture
def language() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _agenda_texts(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, locale: str
) -> tuple[str, str, list[str]]:
    """The opening day's tab and tooltip, and the session list's first row."""
    QLocale.setDefault(QLocale(locale))
    window = MainWindow(event_file, settings=settings, remember=False)
    qtbot.addWidget(window)
    tab = window.show_tab("agenda")
    bar = tab.day_bar  # type: ignore[attr-defined]
    index = next(i for i in range(bar.count()) if bar.tabToolTip(i).startswith(
        long_date(OPENING_DAY, QLocale(locale))
    ))  # fmt: skip
    model = tab.model  # type: ignore[attr-defined]
    row = [model.index(0, column).data() for column in range(3)]
    return bar.tabText(index), bar.tabToolTip(index), row


@pytest.mark.parametrize(
    ("locale", "day_tab", "tooltip_day", "times"),
    [
        ("en_US", "Fri, Jul 25", "Friday, July 25, 2025", "9:00\u202fAM–10:00\u202fAM"),
        ("en_GB", "Fri, 25 Jul", "Friday, 25 July 2025", "09:00–10:00"),
        ("zh_CN", "7月25日周五", "2025年7月25日星期五", "09:00–10:00"),
        ("vi_VN", "Thứ 6, 25 thg 7", "Thứ Sáu, 25 tháng 7, 2025", "09:00–10:00"),
    ],
)
def test_the_agenda_writes_days_and_times_in_the_windows_language(
    qtbot: QtBot,
    event_file: EventFile,
    settings: QSettings,
    language: None,
    locale: str,
    day_tab: str,
    tooltip_day: str,
    times: str,
) -> None:
    tab_text, tooltip, row = _agenda_texts(qtbot, event_file, settings, locale)
    assert tab_text == day_tab
    assert tooltip.startswith(f"{tooltip_day}: ")
    assert row[0] == day_tab and row[1] == times and row[2] == "Main Hall"


def test_every_asean_language_gets_a_short_day_without_the_year() -> None:
    day = dt.date(2025, 7, 4)
    expected = {
        "th_TH": "ศุกร์ที่ 4 ก.ค.",
        "km_KH": "សុក្រ 4 កក្កដា",
        "lo_LA": "ສຸກ, 4 ກ.ລ.",
        "id_ID": "Jum, 4 Jul",
        "ms_MY": "Jum, 4 Jul",
        "my_MM": "ဇူ ၄ သောကြာ",
    }
    assert {name: short_date(day, QLocale(name)) for name in expected} == expected
    assert medium_date(day, QLocale("zh_CN")) == "2025年7月4日周五"
    assert medium_date(day, QLocale("en_US")) == "Fri, Jul 4, 2025"


def test_times_keep_the_languages_clock_and_separator() -> None:
    morning = dt.time(9, 5, 7)
    assert time_text(morning, QLocale("en_US"), seconds=True) == "9:05:07\u202fAM"  # CLDR's space
    assert time_text(morning, QLocale("id_ID"), seconds=True) == "09.05.07"
    assert (
        time_range(dt.time(14), dt.time(15, 30), QLocale("ms_MY")) == "2:00\u202fPTG–3:30\u202fPTG"
    )


def test_the_agenda_rulers_hours_follow_the_languages_clock() -> None:
    assert hour_text(14, QLocale("en_GB")) == "14:00"
    assert hour_text(14, QLocale("en_US")) == "2\u202fPM"
    assert hour_text(9, QLocale("id_ID")) == "09.00"
    assert hour_text(9, QLocale("my_MM")) == "၉:၀၀"
