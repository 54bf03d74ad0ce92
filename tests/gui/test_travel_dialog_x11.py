"""The Travel dialog with the real keyboard of an X server (xdotool): the airport typed by
part of its name, chosen from the completer's list with the arrow key and Return, saved with
Return.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:71 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_travel_dialog_x11.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time

import pytest
from conftest import EVENT_START
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_travel_dialog import _ids, _open

from delegations.services import travel
from delegations.store import EventFile
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.x11


def _xdotool(*commands: str) -> None:
    """Run xdotool while Qt keeps handling the events it makes."""
    process = subprocess.Popen(["xdotool", *commands])
    while process.poll() is None:
        QApplication.processEvents()
        time.sleep(0.01)
    assert process.returncode == 0


def test_the_airport_is_typed_chosen_from_the_list_and_saved_with_return(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    dialog = _open(window, _ids(event_file)["Nguyễn"])
    qtbot.waitExposed(dialog)
    box = dialog.arrival
    box.setChecked(True)
    box.number.setText("VN5436")
    day = EVENT_START - dt.timedelta(days=1)
    box.day.setDate(QDate(day.year, day.month, day.day))
    box.time.setText("14:20")
    dialog.activateWindow()
    box.place.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.place)
    _xdotool("type", "--delay", "60", "longdong")
    qtbot.waitUntil(lambda: box.place.completer().popup().isVisible(), timeout=3000)
    _xdotool("key", "Down", "sleep", "0.2", "key", "Return", "sleep", "0.2")
    assert box.place.text().startswith("KWE ")
    _xdotool("key", "Return")  # the dialog's default button: Save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    [leg] = travel.list_legs(event_file)
    assert (leg.number, leg.day, leg.time, leg.place) == ("VN5436", day, dt.time(14, 20), "KWE")
