"""Background jobs: the result arrives on the GUI thread; Cancel stops the work."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegations.domain.errors import UserError
from delegations.ui.jobs import run_job


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[tuple[int, bool]] = []

    def work(progress, cancelled) -> int:  # noqa: ANN001
        for step in range(5):
            progress(step + 1, 5)
        return 42

    def on_done(value: int) -> None:
        results.append((value, threading.current_thread() is threading.main_thread()))

    run_job(parent, "Counting…", work, on_done)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, True)]


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[str] = []

    def work(progress, cancelled) -> str:  # noqa: ANN001
        for _ in range(500):
            if cancelled():
                return "stopped"
            time.sleep(0.01)
        return "finished"

    job = run_job(parent, "Waiting…", work, outcome.append)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["stopped"]


def test_user_error_reaches_the_error_handler(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(progress, cancelled) -> None:  # noqa: ANN001
        raise UserError("The file is not a workbook.")

    run_job(parent, "Reading…", work, lambda _result: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "The file is not a workbook."
