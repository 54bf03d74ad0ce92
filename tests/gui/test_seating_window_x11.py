"""A free seat given by its context menu with the real mouse and keyboard of an X server
(xdotool): a right click on the seat, then the arrow keys and Return through the menus.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:61 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_seating_window_x11.py`.
"""

from __future__ import annotations

import os
import subprocess
import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_seating_window import OPENING, demo_file, seating_window  # noqa: F401 (fixtures)

from delegations.services import seating
from delegations.store import EventFile
from delegations.ui.seating.window import SeatingWindow

pytestmark = pytest.mark.x11


def _xdotool(*commands: str) -> None:
    """Run xdotool while Qt keeps handling the events it makes (the menus' own loops too)."""
    process = subprocess.Popen(["xdotool", *commands])
    while process.poll() is None:
        QApplication.processEvents()
        time.sleep(0.01)
    assert process.returncode == 0


def test_a_right_click_and_the_keys_give_a_free_seat_to_viet_nam(
    qtbot: QtBot,
    seating_window: SeatingWindow,  # noqa: F811 (the fixture)
    demo_file: EventFile,  # noqa: F811
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    seating_window.set_layout(1, "hollow-square", {"places": 13})
    seating_window.move(0, 0)
    qtbot.waitExposed(seating_window)
    item = seating_window.view.seat_item("T25")
    viewport = seating_window.view.viewport()
    where = viewport.mapToGlobal(seating_window.view.mapFromScene(item.scenePos()))
    # The seat's menu: "Give seat T25 to" ▸ the delegations in precedence order (Viet Nam
    # the 11th) ▸ "Viet Nam (nobody named)" first.
    keys = ["Down", "Right", *["Down"] * 10, "Right", "Return"]
    steps = [part for key in keys for part in ("key", key, "sleep", "0.15")]
    _xdotool("mousemove", str(where.x()), str(where.y()), "sleep", "0.2", "click", "3",
             "sleep", "0.4", *steps)  # fmt: skip
    qtbot.waitUntil(lambda: seating_window.status.text() == "Seat T25 given.", timeout=5000)
    saved = seating.read_plan(demo_file, OPENING).seat("T25")
    assert (saved.delegation, saved.occupant) == ("Viet Nam", "")
    assert seating_window.warnings.text() == "Viet Nam has 3 seats at the table, its quota is 2."
    seating_window.grab().save(str(demo_file.path.with_name("seating-x11.png")))


def test_thailand_dragged_from_the_quotas_onto_a_free_seat_gets_it(
    qtbot: QtBot,
    seating_window: SeatingWindow,  # noqa: F811 (the fixture)
    demo_file: EventFile,  # noqa: F811
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    seating_window.set_layout(1, "hollow-square", {"places": 13})
    seating_window.move(0, 0)
    qtbot.waitExposed(seating_window)
    table = seating_window.quota_panel.table
    row = seating_window.quota_panel.row_of("Thailand")
    start = table.viewport().mapToGlobal(table.visualRect(table.model().index(row, 0)).center())
    view = seating_window.view
    end = view.viewport().mapToGlobal(view.mapFromScene(view.seat_item("T26").scenePos()))
    steps = [start + (end - start) * step / 8 for step in range(1, 9)]
    moves = [part for p in steps for part in ("mousemove", str(p.x()), str(p.y()), "sleep", "0.08")]
    _xdotool("mousemove", str(start.x()), str(start.y()), "sleep", "0.2", "mousedown", "1",
             *moves, "sleep", "0.3", "mouseup", "1")  # fmt: skip
    qtbot.waitUntil(lambda: seating_window.status.text() == "Seat T26 given.", timeout=5000)
    assert seating.read_plan(demo_file, OPENING).seat("T26").delegation == "Thailand"
