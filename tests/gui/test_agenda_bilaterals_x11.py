"""A bilateral meeting dragged on the agenda grid with the real mouse of an X server (xdotool),
then Ctrl+Z typed on the keyboard: the event file follows both.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_agenda_bilaterals_x11.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_agenda_bilaterals import DAY, _agenda, _meeting, _place, _room_ids, _with_bilateral_rooms

from delegations.store import EventFile
from delegations.ui.agenda.grid import PIXELS_PER_MINUTE
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.x11


def _xdotool(*commands: str) -> None:
    """Run xdotool while Qt keeps handling the events it makes."""
    process = subprocess.Popen(["xdotool", *commands])
    while process.poll() is None:
        QApplication.processEvents()
        time.sleep(0.01)
    assert process.returncode == 0


def test_a_meeting_dragged_with_the_mouse_is_moved_and_ctrl_z_puts_it_back(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    window.move(0, 0)
    tab = _agenda(window)
    qtbot.waitExposed(window)
    grid = tab.grid
    viewport = grid.viewport()
    start = grid.meeting_centre(request_id)
    target = QPointF(grid.column_centre_x(_room_ids(grid)["Room C"]),
                     start.y() + 45 * PIXELS_PER_MINUTE)  # fmt: skip
    a, b = viewport.mapToGlobal(start.toPoint()), viewport.mapToGlobal(target.toPoint())
    steps = [a + (b - a) * step / 6 for step in range(1, 7)]
    moves = [part for p in steps for part in ("mousemove", str(p.x()), str(p.y()), "sleep", "0.05")]
    _xdotool("mousemove", str(a.x()), str(a.y()), "sleep", "0.1", "mousedown", "1",
             *moves, "sleep", "0.1", "mouseup", "1")  # fmt: skip
    qtbot.waitUntil(lambda: _place(event_file, request_id)[0] == "Room C", timeout=5000)
    assert _place(event_file, request_id) == ("Room C", DAY, dt.time(10, 45))
    block = grid.meeting_block(request_id)
    assert block is not None and block.time_text() == "10:45–11:15"

    centre = viewport.mapToGlobal(grid.meeting_centre(request_id).toPoint())
    _xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1", "key", "ctrl+z")
    qtbot.waitUntil(lambda: _place(event_file, request_id)[0] == "Room B", timeout=5000)
    assert _place(event_file, request_id) == ("Room B", DAY, dt.time(10))
