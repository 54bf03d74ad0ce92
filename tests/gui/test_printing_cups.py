"""Print… from the window to a real CUPS queue (cups-pdf): the preview, then the system printer.

The QPrinter is the queue itself (`ui.printing.named_printer`), as the Print dialog returns it;
cups-pdf writes what arrives as a PDF, read back for its page count and size. Marked `cups`
(`.ci/run` starts CUPS and the queue); a missing queue fails here: these tests exist to print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from end2end.test_printing_cups import (
    QUEUE,
    arrived,
    assert_page_sizes,
    cups_pdf_folder,
)
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegations.services import booklet
from delegations.store import EventFile
from delegations.ui import printing
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.print_preview import PrintPreviewDialog
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.cups


def test_door_sheets_reach_the_queue_at_a4_after_the_preview(
    qtbot: QtBot, event_file: EventFile, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.is_dir() else set()
    outcome = booklet.print_door_sheets(event_file, tmp_path / "doors.pdf")
    previewed: list[Path] = []

    def preview(_parent: object, pdf: Path, _title: str) -> bool:
        previewed.append(pdf)
        return True

    monkeypatch.setattr(printing, "confirm_preview", preview)
    monkeypatch.setattr(
        printing, "ask_printer", lambda _p, size: printing.named_printer(QUEUE, size)
    )
    sent: list[tuple[str, int]] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    printing.print_pdf(
        parent, outcome.path, title="Door sheets",
        on_printed=lambda name, pages: sent.append((name, pages)),
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(sent), timeout=60_000)

    assert previewed == [outcome.path]
    assert sent == [(QUEUE, outcome.pages)]
    assert_page_sizes(arrived(before), (210, 297), outcome.pages)


def test_badges_reach_the_queue_at_a6_after_the_preview(
    qtbot: QtBot, window: MainWindow, monkeypatch: Any
) -> None:
    folder = cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.is_dir() else set()
    monkeypatch.setattr(pdf_output, "open_document", lambda _path: None)
    previewed: list[int] = []

    def preview(parent: QWidget, pdf: Path, title: str) -> bool:
        dialog = PrintPreviewDialog(pdf, title, parent)
        previewed.append(dialog.page_count())
        dialog.reject()
        return True

    monkeypatch.setattr(printing, "confirm_preview", preview)
    monkeypatch.setattr(
        printing, "ask_printer", lambda _p, size: printing.named_printer(QUEUE, size)
    )
    dialog = window.show_tab("delegations").badge_actions.open_badges_dialog()
    dialog.set_layout("a6")
    qtbot.waitUntil(lambda: dialog.last_preview is not None and not dialog.busy(), timeout=15_000)
    count = dialog.last_preview.count
    dialog.print_with_preview()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)

    assert previewed == [count]
    assert_page_sizes(arrived(before), (105, 148), count)
