"""The main window: File menu, recent files, About, screenshots, what start-up imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.store import EventFile
from delegations.ui.app import take_screenshot
from delegations.ui.main_window import MainWindow, recent_files, versions_text


def test_title_and_counts(window: MainWindow) -> None:
    assert window.windowTitle() == "Test Week — Delegations"
    assert window.counts_label.text() == "2 delegations · 3 delegates · 1 speaker · 1 session"


def test_tabs_are_built_when_first_shown(
    event_file: EventFile, settings: QSettings, qtbot: QtBot
) -> None:
    window = MainWindow(event_file, tab="agenda", settings=settings)
    qtbot.addWidget(window)
    assert set(window._tabs) == {"agenda"}
    window.tab_widget.setCurrentIndex(1)
    assert set(window._tabs) == {"agenda", "speakers"}


def test_new_event_switches_the_window_to_it(window: MainWindow, tmp_path: Path) -> None:
    assert window.new_event(tmp_path / "Second_Week")
    assert window.event_file.path == tmp_path / "Second_Week.sqlite3"
    assert window.windowTitle() == "Second Week — Delegations"
    assert window.counts_label.text().startswith("0 delegations · 0 delegates")
    assert window.tab("delegations").delegate_model.rowCount() == 0


def test_new_event_never_overwrites(
    window: MainWindow, event_path: Path, message_boxes: MessageBoxes
) -> None:
    message_boxes.expect("warning", f"{event_path} already exists. Choose a new name")
    assert not window.new_event(event_path)
    assert window.event_file.path == event_path


def test_a_foreign_file_is_refused_with_a_sentence(
    window: MainWindow,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"these are not the droids" * 100)
    before = foreign.read_bytes()
    message_boxes.expect("warning", "is not a Delegations event file")
    assert not window.open_event_path(foreign)
    assert foreign.read_bytes() == before
    assert window.windowTitle() == "Test Week — Delegations"


def test_recent_files_keep_existing_files_newest_first(
    window: MainWindow, settings: QSettings, tmp_path: Path, event_path: Path
) -> None:
    second = tmp_path / "second.sqlite3"
    assert window.new_event(second)
    assert recent_files(settings) == [second, event_path]
    window.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in window.recent_menu.actions() if action.text()]
    assert texts[0].startswith("&1  second.sqlite3")
    # Open Recent ▸ 2 goes back to the first event.
    window.recent_menu.actions()[1].trigger()
    assert window.event_file.path == event_path
    second.unlink()
    assert recent_files(settings) == [event_path]


def test_save_a_copy(window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "backups" / "copy.sqlite3"
    copy.parent.mkdir()
    assert window.save_copy(copy)
    assert [p.name for p in copy.parent.iterdir()] == ["copy.sqlite3"]  # no temporary left
    other = event_service.open_event(copy)
    try:
        with other.session() as session:
            names = [d.name for d in delegation_service.list_delegations(session=session)]
    finally:
        other.close()
    assert names == ["Viet Nam", "Thailand"]


def test_save_a_copy_refuses_the_open_file(
    window: MainWindow,
    event_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    message_boxes.expect("warning", "is the open event file")
    assert not window.save_copy(event_path)


def test_about_shows_the_versions() -> None:
    text = versions_text()
    assert f"Qt {qVersion()}" in text
    assert "PySide6 " in text
    assert "SQLite 3." in text
    assert "ReportLab " in text and "not installed" not in text


def test_screenshot_writes_a_png_of_the_requested_size(
    event_file: EventFile, tmp_path: Path
) -> None:
    out = tmp_path / "shots" / "agenda.png"
    take_screenshot(event_file, out, tab="agenda", size=(900, 600))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 5) for y in range(0, 600, 5)}
    assert len(colours) > 20  # a rendered window, not a blank canvas


def test_screenshot_refuses_an_unknown_tab(event_file: EventFile, tmp_path: Path) -> None:
    from delegations.domain.errors import UserError

    with pytest.raises(UserError, match="no tab"):
        take_screenshot(event_file, tmp_path / "x.png", tab="badges", size=(400, 300))


def test_start_up_imports_only_what_the_first_window_needs() -> None:
    code = (
        "import sys, delegations.ui.app, delegations.ui.main_window;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'reportlab', 'openpyxl', 'alembic', 'sqlmodel', 'sqlalchemy', 'pydantic'} or m.startswith('PySide6.Qt')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets']"
