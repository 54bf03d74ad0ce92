"""A desk whose clock is far from the event's dates says so once, before admitting.

The small event of tests/gui/conftest.py runs 24–28 July 2025; the tests set its dates
around the real clock where they need a desk whose clock is right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegations.services import event as event_service
from delegations.services.desk import ClockOutsideEvent, clock_outside_event
from delegations.store import EventFile
from delegations.ui.checkin.card import CardState
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow

START, END = dt.date(2025, 7, 24), dt.date(2025, 7, 28)


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def _set_dates(event_file: EventFile, start: dt.date, end: dt.date) -> None:
    with event_file.session() as session:
        record = event_service.get_event(session=session)
        record.start_date, record.end_date = start, end


@pytest.mark.parametrize(
    ("now", "outside"),
    [
        (_at(START - dt.timedelta(days=1), 0), False),  # setting up the day before
        (_at(START - dt.timedelta(days=2), 23), True),
        (_at(START), False),
        (_at(END + dt.timedelta(days=1), 23), False),  # packing up the day after
        (_at(END + dt.timedelta(days=2), 0), True),
        (_at(dt.date(2000, 1, 1)), True),  # a clock battery gone flat
    ],
)
def test_the_clock_is_outside_the_event_more_than_a_day_before_or_after(
    event_file: EventFile, now: dt.datetime, outside: bool
) -> None:
    expected = ClockOutsideEvent(now.date(), START, END) if outside else None
    assert clock_outside_event(event_file, now) == expected


def _desk(window: MainWindow) -> CheckInTab:
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    return tab


def test_a_desk_with_a_wrong_clock_warns_until_acknowledged_and_still_admits(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    desk = _desk(window)  # the real clock is far from July 2025
    banner = desk.clock_banner
    assert banner.isVisible()
    words = banner.text.text()
    assert "24 Jul 2025" in words and "28 Jul 2025" in words and "set the clock right" in words
    assert desk.scan_edit.hasFocus()  # the warning takes no keys from the scanner

    desk.admit_person(desk.index.people[0].id if desk.index else 0)
    assert desk.card.state is CardState.ADMITTED  # a queue at the door is not blocked
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    desk.refresh_index()
    desk.set_desk("North")
    assert not banner.isVisible()  # once
    assert desk.scan_edit.hasFocus()


def test_a_desk_whose_clock_is_within_the_event_shows_no_warning(
    window: MainWindow, event_file: EventFile
) -> None:
    today = dt.date.today()
    _set_dates(event_file, today - dt.timedelta(days=1), today + dt.timedelta(days=3))
    desk = _desk(window)
    assert not desk.clock_banner.isVisible()
