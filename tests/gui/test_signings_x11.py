"""The agreement form filled with the real keyboard and mouse of an X server (xdotool): the
signatory and a witness typed without accents into the searchable list, taken from its popup
with Down and Return, OK clicked; the event file has the agreement.

Marker `x11` (needs Xvfb and xdotool; the test fails, never skips, without them), run apart:
`DISPLAY=:64 QT_QPA_PLATFORM=xcb .venv/bin/pytest -m x11 tests/gui/test_signings_x11.py`.
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

from delegations.services import signings
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.signings.window import SigningsWindow

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


def _click(widget: QWidget) -> None:
    point = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
    _xdotool("mousemove", str(point.x()), str(point.y()), "sleep", "0.1", "click", "1")


def _type(*keys: str) -> None:
    _xdotool("type", "--delay", "40", *keys)


def test_an_agreement_typed_on_the_keyboard_is_saved(
    qtbot: QtBot, demo_file: EventFile, tmp_path: Path
) -> None:
    assert QApplication.platformName() == "xcb", "run with QT_QPA_PLATFORM=xcb on an X server"
    assert os.environ.get("DISPLAY")
    window = SigningsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.open_agreement_dialog(None)
    qtbot.waitExposed(dialog)
    dialog.move(0, 0)
    qtbot.wait(200)
    _click(dialog.title_en)
    _type("MoU on Rubber Technology Training")
    for row, (party, person) in enumerate((("Guizhou University", "zhou minghui"),
                                           ("Forward Tire Company", "pham quang"))):  # fmt: skip
        _click(dialog.parties.rows[row].name)
        _type(party)
        box = dialog.parties.rows[row].signatory
        _click(box.lineEdit())
        _type(person)
        qtbot.waitUntil(box.completer().popup().isVisible, timeout=5000)
        if person == "pham quang":
            QApplication.primaryScreen().grabWindow(0).save(str(tmp_path / "popup.png"))
        _xdotool("key", "Down", "Return")
        qtbot.waitUntil(lambda box=box: "\0" not in box.currentText() and "—" in box.currentText(),
                        timeout=5000)  # fmt: skip
    assert dialog.parties.rows[1].signatory.currentText() == (
        "Mr. Phạm Quang Huy — Viet Nam (Forward Tire Company)"
    )
    assert dialog.parties.rows[1].signatory.lineEdit().cursorPosition() == 0  # name shown
    # The countries not given follow the signatories' delegations.
    assert [row.country.currentData() for row in dialog.parties.rows] == ["CN", "VN"]
    _click(dialog.witnesses.person.lineEdit())
    _type("wang haitao")
    qtbot.waitUntil(dialog.witnesses.person.completer().popup().isVisible, timeout=5000)
    _xdotool("key", "Down", "Return")
    _click(dialog.witnesses.add_button)
    qtbot.waitUntil(lambda: dialog.witnesses.list.count() == 1, timeout=5000)
    assert dialog.witnesses.list.item(0).text().startswith("Dr. Wang Haitao — China")
    QApplication.primaryScreen().grabWindow(0).save(str(tmp_path / "form.png"))
    _click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: window.status.text() == "Agreement saved.", timeout=5000)
    added = signings.read_register(demo_file).unscheduled[-1]
    assert added.title_en == "MoU on Rubber Technology Training"
    assert [(p.name, p.country, p.signatory) for p in added.parties] == [
        ("Guizhou University", "CN", "Prof. Zhou Minghui"),
        ("Forward Tire Company", "VN", "Mr. Phạm Quang Huy"),
    ]
    assert [w.name for w in added.witnesses] == ["Dr. Wang Haitao"]
    if os.environ.get("SIGNINGS_SHOTS"):  # to look at them: SIGNINGS_SHOTS=folder
        for name in ("popup.png", "form.png"):
            shutil.copy(tmp_path / name, Path(os.environ["SIGNINGS_SHOTS"]) / name)
