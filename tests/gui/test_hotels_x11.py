"""The Hotels and rooming window with the real keyboard and mouse of an X server (xdotool): a
person with no room double-clicked in the No room list, "Share the room of" chosen with its
Alt letter, the room-mate picked by typing in the list, a request typed, Return: the event file
has them in one room.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:72 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_hotels_x11.py`.
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
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegations.services import hotels
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.hotels.dialogs import AssignDialog
from delegations.ui.hotels.window import HotelsWindow

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


def _room_of(event_file: EventFile, name: str) -> tuple[int, str]:
    for view in hotels.read_rooming(event_file).hotels:
        for room in view.rooms:
            for guest in room.guests:
                if guest.name == name:
                    return room.id, guest.requests
    raise AssertionError(f"{name} has no room")


def test_a_room_shared_with_the_keyboard_is_saved(
    qtbot: QtBot, demo_file: EventFile, tmp_path: Path
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    hotels.vacate(demo_file, "Dr. Goh Wei Ming")
    window = HotelsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.move(0, 0)
    qtbot.wait(200)
    item = window.roomless_list.item(0)
    rect = window.roomless_list.visualItemRect(item)
    point = window.roomless_list.viewport().mapToGlobal(QPoint(rect.x() + 20, rect.center().y()))
    _xdotool("mousemove", str(point.x()), str(point.y()), "sleep", "0.1", "click",
             "--repeat", "2", "--delay", "80", "1")  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), AssignDialog), timeout=5000)
    dialog = QApplication.activeWindow()
    assert dialog.person_box.currentText() == "Dr. Goh Wei Ming"
    _xdotool("key", "alt+s")  # Share the room of
    qtbot.waitUntil(dialog.share_radio.isChecked, timeout=5000)
    _xdotool("key", "Tab")  # to the list of guests, searchable: any part of the name
    _xdotool("key", "ctrl+a")
    _xdotool("type", "--delay", "60", "siti amin")
    popup = dialog.share_box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    _xdotool("key", "Down", "Return")
    qtbot.waitUntil(
        lambda: dialog.share_box.currentText() == "Dr. Siti Aminah binti Othman", timeout=5000
    )
    _xdotool("key", "alt+q")  # Requests
    _xdotool("type", "--delay", "40", "Quiet floor")
    QApplication.primaryScreen().grabWindow(0).save(str(tmp_path / "assign.png"))
    _xdotool("key", "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    room, requests = _room_of(demo_file, "Dr. Goh Wei Ming")
    assert room == _room_of(demo_file, "Dr. Siti Aminah binti Othman")[0]
    assert requests == "Quiet floor"
    assert window.status.text() == "Dr. Goh Wei Ming has a room at Kempinski Hotel Guiyang."
    if os.environ.get("HOTELS_SHOTS"):  # to look at it: HOTELS_SHOTS=folder
        shutil.copy(tmp_path / "assign.png", Path(os.environ["HOTELS_SHOTS"]) / "assign.png")
