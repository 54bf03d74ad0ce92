"""A bilateral meeting moved with the real mouse and keyboard of an X server (xdotool): its row
clicked, Move… clicked, the start's hour stepped with the arrow keys, Return; the meeting's
conflict (outside its wished time) is listed, then cleared when moved back the same way.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:62 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_bilaterals_x11.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegations.services import bilaterals
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.bilaterals.dialogs import MoveDialog
from delegations.ui.bilaterals.window import BilateralsWindow

pytestmark = pytest.mark.x11


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    shutil.copy(demo_path, tmp_path / "demo.sqlite3")
    event_file = open_event(tmp_path / "demo.sqlite3")
    yield event_file
    event_file.close()


def _xdotool(*commands: str) -> None:
    """Run xdotool while Qt keeps handling the events it makes."""
    process = subprocess.Popen(["xdotool", *commands])
    while process.poll() is None:
        QApplication.processEvents()
        time.sleep(0.01)
    assert process.returncode == 0


def _click(widget: QWidget, point: QPoint | None = None) -> None:
    at = widget.mapToGlobal(point or QPoint(widget.width() // 2, widget.height() // 2))
    _xdotool("mousemove", str(at.x()), str(at.y()), "sleep", "0.1", "click", "1")


def _move_by_hours(window: BilateralsWindow, qtbot: QtBot, key: str, hours: int) -> None:
    _click(window.move_button)
    qtbot.waitUntil(lambda: window.findChild(MoveDialog) is not None, timeout=5000)
    dialog = window.findChild(MoveDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    edit = dialog.start_edit
    _click(edit, QPoint(12, edit.height() // 2))  # on the hour
    _xdotool("key", "--delay", "40", *[key] * hours, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_a_meeting_moved_with_mouse_and_keys_shows_then_clears_its_conflict(
    qtbot: QtBot, demo_file: EventFile, tmp_path: Path
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    window = BilateralsWindow(demo_file)
    qtbot.addWidget(window)
    window.move(0, 0)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    row = next(r for r in range(window.tree.topLevelItemCount())
               if window.tree.topLevelItem(r).text(1) == "China – Thailand")  # fmt: skip
    rect = window.tree.visualItemRect(window.tree.topLevelItem(row))
    _click(window.tree.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.selected_id() == 2, timeout=5000)

    _move_by_hours(window, qtbot, "Up", 7)  # 10:00 -> 17:00, outside 10:00-12:30
    qtbot.waitUntil(lambda: window.conflicts_title.text() == "Conflicts: 1", timeout=5000)
    assert window.conflict_texts() == [
        "The bilateral China – Thailand is placed on Fri 25 July 17:00–17:30, outside the "
        "times it was wished for (Fri 25 July 10:00–12:30)."
    ]
    qtbot.wait(300)  # the closed dialog's place repainted before the screen is grabbed
    QApplication.primaryScreen().grabWindow(0).save(str(tmp_path / "conflict.png"))
    _move_by_hours(window, qtbot, "Down", 7)
    qtbot.waitUntil(lambda: window.conflicts_title.text() == "No conflicts", timeout=5000)
    moved = next(v for v in bilaterals.list_bilaterals(demo_file) if v.id == 2)
    assert (
        moved.when == "Fri 25 Jul 10:00–10:30" and bilaterals.bilateral_conflicts(demo_file) == []
    )
    if os.environ.get("BILATERALS_SHOTS"):  # to look at it: BILATERALS_SHOTS=folder
        shutil.copy(tmp_path / "conflict.png", Path(os.environ["BILATERALS_SHOTS"]))
