"""An exception in a slot shows one dialog (what happened, where the log is, Copy details); the
window stays open and usable."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from delegations.paths import log_path
from delegations.services.event import open_event
from delegations.ui import app as app_module
from delegations.ui.errors import ErrorReporter, UnexpectedErrorDialog
from delegations.ui.jobs import run_job
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook must see the error


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[ErrorReporter]:
    reporter = ErrorReporter(lambda: window).install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def _broken_button(window: MainWindow) -> QPushButton:
    button = QPushButton("Break", window)

    def divide_the_badges_by_zero() -> None:
        _ = 1 / 0

    button.clicked.connect(divide_the_badges_by_zero)
    button.show()
    return button


def test_an_error_in_a_slot_shows_what_happened_where_the_log_is_and_copies_details(
    qtbot: QtBot,
    window: MainWindow,
    reporter: ErrorReporter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    button = _broken_button(window)
    with caplog.at_level(logging.ERROR, logger="delegations.ui"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = reporter.dialog
    assert isinstance(dialog, UnexpectedErrorDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.parent() is window and dialog.windowTitle() == "Unexpected error"
    assert "ZeroDivisionError: division by zero" in dialog.message.text()
    assert "event file is safe" in dialog.message.text()
    assert str(log_path()) in dialog.where.text()
    assert log_path().parent.is_dir(), "the log folder the dialog names exists"
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]
    assert logged, "the traceback went to the log"

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "divide_the_badges_by_zero" in copied
    assert "ZeroDivisionError" in copied and "PySide6" in copied

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert window.isVisible(), "no silent exit: the window is still there"
    window.show_tab("speakers")  # and still works
    assert window.current_tab_name() == "speakers"


def test_errors_while_the_dialog_is_open_join_it_instead_of_stacking(
    qtbot: QtBot, window: MainWindow, reporter: ErrorReporter
) -> None:
    button = _broken_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = reporter.dialog
    assert first is not None
    button.click()  # the dialog is window-modal: a second slot failure from code, not a click
    button.click()

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnexpectedErrorDialog)]
    assert dialogs == [first]
    assert first.message.text() == "Errors in all: 3. The last: ZeroDivisionError: division by zero"
    assert first.details().count("Traceback") == 3


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, reporter: ErrorReporter
) -> None:
    def fail() -> None:
        raise OSError(28, "No space left on device")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "No space left on device" in reporter.dialog.message.text()


def test_a_background_job_that_fails_shows_the_same_dialog_with_the_workers_traceback(
    qtbot: QtBot, window: MainWindow, reporter: ErrorReporter
) -> None:
    def render_the_booklet(_progress: object, _cancelled: object) -> None:
        raise KeyError("room 7")

    job = run_job(window, "Rendering…", render_the_booklet, on_done=lambda _result: None)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert job is not None
    assert "KeyError: 'room 7'" in reporter.dialog.message.text()
    assert "render_the_booklet" in reporter.dialog.details(), "where it was raised, in the worker"


def test_a_bug_while_building_the_window_is_shown_not_a_silent_exit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def window_with_a_bug(*_args: object, **_kwargs: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'rows'")

    monkeypatch.setattr(app_module, "MainWindow", window_with_a_bug)
    with caplog.at_level(logging.ERROR, logger="delegations.ui"):
        code = app_module.run_app(open_event(tmp_path / "week.sqlite3"))

    assert code == 1
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnexpectedErrorDialog)]
    dialog = next(w for w in shown if w.isVisible())
    assert dialog.message.text().startswith(
        "Delegations could not open its window: AttributeError: 'NoneType' object has no "
        "attribute 'rows'"
    )
    assert str(log_path()) in dialog.where.text()
    assert "window_with_a_bug" in dialog.details()
    assert any(r.exc_info and r.exc_info[0] is AttributeError for r in caplog.records)
    dialog.close()
