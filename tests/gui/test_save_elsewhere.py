"""An output the window cannot write: the sentence why, and "Choose another place…" that works."""

from __future__ import annotations

from pathlib import Path

import pytest
from boxes import MessageBoxes
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from delegations.services.event import EventFile
from delegations.ui.dialogs import export, pdf_output
from delegations.ui.dialogs.booklet_dialog import BookletDialog
from delegations.ui.main_window import MainWindow

Save, Cancel = QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel


class SaveDialog:
    """Stands for QFileDialog.getSaveFileName: answers `answer`, records (title, start)."""

    def __init__(self) -> None:
        self.answer = ""
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, start: str, *_args: object) -> tuple[str, str]:
        self.asked.append((title, start))
        return self.answer, ""


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return dialog


def test_an_export_with_a_path_too_long_offers_another_place_and_writes_there(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    message_boxes: MessageBoxes, chosen: SaveDialog,
) -> None:  # fmt: skip
    too_long = tmp_path / ("Delegates of the China–ASEAN week " * 9 + ".xlsx")
    other = tmp_path / "elsewhere" / "delegates"
    other.parent.mkdir()
    chosen.answer = str(other)
    message_boxes.expect("warning", f"Cannot write {too_long}: the path is too long", answer=Save)
    messages: list[str] = []

    export.export_delegates_to(window, event_file, too_long, messages.append)

    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert chosen.asked == [("Export delegates", str(too_long))]
    written = other.with_suffix(".xlsx")
    assert messages == [f"3 delegates written to {written}"]
    assert written.is_file() and not list(tmp_path.glob("*.xlsx"))


def test_a_copy_to_a_vanished_stick_offers_another_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path,
    message_boxes: MessageBoxes, chosen: SaveDialog,
) -> None:  # fmt: skip
    stick = tmp_path / "KINGSTON"  # pulled out: the folder is gone
    other = tmp_path / "copy.sqlite3"
    chosen.answer = str(other)
    message_boxes.expect("warning", f"the folder {stick} is not there", answer=Save)

    assert window.save_copy(stick / "event copy.sqlite3") is False

    qtbot.waitUntil(lambda: other.is_file(), timeout=10_000)
    title, start = chosen.asked[0]
    assert title == "Save a copy" and start == str(Path.home() / "event copy.sqlite3")
    assert not stick.exists()


def test_cancel_leaves_things_as_they_were(
    qtbot: QtBot, window: MainWindow, tmp_path: Path,
    message_boxes: MessageBoxes, chosen: SaveDialog,
) -> None:  # fmt: skip
    message_boxes.expect("warning", "is not there", answer=Cancel)

    window.save_copy(tmp_path / "gone" / "copy.sqlite3")

    qtbot.waitUntil(lambda: not message_boxes._expected, timeout=5_000)
    qtbot.wait(50)
    assert chosen.asked == [] and not (tmp_path / "gone").exists()


@pytest.mark.parametrize("kind", ["badges", "booklet"])
def test_a_pdf_to_a_vanished_stick_offers_another_place_and_prints_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes, chosen: SaveDialog, kind: str,
) -> None:  # fmt: skip
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    stick = tmp_path / "KINGSTON"  # pulled out between choosing the file and printing
    other = tmp_path / "elsewhere.pdf"
    chosen.answer = str(other)
    message_boxes.expect("warning", f"the folder {stick} does not exist", answer=Save)
    if kind == "badges":
        dialog = window.show_tab("delegations").badge_actions.open_badges_dialog()
    else:
        window.file_actions.booklet_action.trigger()
        [dialog] = [d for d in window.findChildren(BookletDialog) if d.isVisible()]

    title = dialog.windowTitle()  # the dialog closes once it has printed

    dialog.print_to(stick / f"{kind}.pdf")

    qtbot.waitUntil(lambda: opened == [other], timeout=30_000)
    assert chosen.asked == [(title, str(Path.home() / f"{kind}.pdf"))]
    assert other.read_bytes().startswith(b"%PDF") and not stick.exists()
