"""File ▸ Print programme booklet…: booklet, errata and door sheets, in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from delegations.services import programme
from delegations.store import EventFile
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.booklet_dialog import (
    DOOR_SHEETS,
    ERRATA,
    PUBLISH,
    BookletDialog,
)
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    paths: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", paths.append)
    return paths


def _dialog(window: MainWindow) -> BookletDialog:
    window.file_actions.booklet_action.trigger()
    shown = [dialog for dialog in window.findChildren(BookletDialog) if dialog.isVisible()]
    assert len(shown) == 1  # an earlier, closed one may not be deleted yet
    return shown[0]


def _wait(qtbot: QtBot, dialog: BookletDialog) -> None:
    qtbot.waitUntil(lambda: dialog.result_printed is not None, timeout=30_000)


def test_a5_booklet_imposed_two_up(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = _dialog(window)
    assert not dialog.errata_radio.isEnabled()  # no programme version published yet
    dialog.set_paper("a5")
    dialog.imposed_check.setChecked(True)
    assert dialog.suggested_name() == "Programme booklet A5 imposed"
    out = tmp_path / "booklet.pdf"
    dialog.print_to(out)
    _wait(qtbot, dialog)

    assert opened == [out]
    pages = PdfReader(out).pages
    assert len(pages) % 2 == 0
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert round(width) == 842 and round(height) == 595  # A4 landscape, two A5 pages a side
    sides = len(pages)
    summary = f"Programme booklet ({2 * sides} pages on {sides} A4 sides) written to {out}"
    assert dialog.result_printed.summary == summary
    assert window.statusBar().currentMessage() == summary


def test_publish_a_version_then_print_its_errata_and_the_door_sheets(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile, opened: list[Path],
) -> None:  # fmt: skip
    dialog = _dialog(window)
    dialog.set_paper("a4")
    dialog.version_combo.setCurrentIndex(dialog.version_combo.findData(PUBLISH))
    assert dialog.note_edit.isVisibleTo(dialog)
    dialog.note_edit.setText("For the printer")
    dialog.print_to(tmp_path / "a4.pdf")
    _wait(qtbot, dialog)
    versions = read_file(lambda s: programme.list_versions(session=s))
    assert [(v.number, v.note) for v in versions] == [(1, "For the printer")]
    page = PdfReader(tmp_path / "a4.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 595  # A4 portrait, not imposed

    dialog = _dialog(window)
    assert dialog.errata_radio.isEnabled()
    dialog.choose(ERRATA)
    assert dialog.errata_since() == 1 and not dialog.options.isEnabled()
    dialog.print_to(tmp_path / "errata.pdf")
    _wait(qtbot, dialog)
    assert "Errata since version 1: 0 changes" in dialog.result_printed.summary

    dialog = _dialog(window)
    dialog.choose(DOOR_SHEETS)
    dialog.print_to(tmp_path / "doors.pdf")
    _wait(qtbot, dialog)
    assert len(PdfReader(tmp_path / "doors.pdf").pages) == 1  # one room, one day
    assert dialog.result_printed.summary == f"1 door sheet written to {tmp_path / 'doors.pdf'}"
    assert opened == [tmp_path / name for name in ("a4.pdf", "errata.pdf", "doors.pdf")]


def test_an_empty_agenda_is_refused_with_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: list[Path]
) -> None:
    window.new_event(tmp_path / "empty.sqlite3")
    dialog = _dialog(window)
    dialog.print_to(tmp_path / "booklet.pdf")
    qtbot.waitUntil(lambda: bool(dialog.message_text()), timeout=10_000)
    assert "no sessions" in dialog.message_text()
    assert dialog.isVisible() and dialog.print_button.isEnabled()
    assert not (tmp_path / "booklet.pdf").exists() and not opened
    dialog.reject()
