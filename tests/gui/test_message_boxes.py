"""The GUI tests' message-box guard itself: an undeclared box is a failure with its text."""

from __future__ import annotations

import pytest
from boxes import MessageBoxes
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

Button = QMessageBox.StandardButton


def test_an_undeclared_box_is_reported_with_its_text(qtbot: QtBot) -> None:
    boxes = MessageBoxes()
    with pytest.MonkeyPatch.context() as monkeypatch:
        boxes.install(monkeypatch)
        answer = QMessageBox.critical(None, "Unexpected error", "Something went wrong: boom")
        box = QMessageBox(QMessageBox.Icon.Warning, "Backups", "The disk is full.")
        qtbot.addWidget(box)
        exec_answer = box.exec()
    assert answer == Button.Cancel and exec_answer == Button.Cancel.value
    assert boxes.problems(finished=True) == [
        "unexpected critical box “Unexpected error”: 'Something went wrong: boom'",
        "unexpected warning box “Backups”: 'The disk is full.'",
    ]
    assert boxes.problems(finished=True) == []  # each is reported once


def test_declared_boxes_get_their_answers_in_order(qtbot: QtBot) -> None:
    boxes = MessageBoxes()
    boxes.expect("question", "Delete the room", answer=Button.Yes)
    boxes.expect("information", "Imported")
    boxes.expect("warning", "never shown")
    with pytest.MonkeyPatch.context() as monkeypatch:
        boxes.install(monkeypatch)
        first = QMessageBox.question(None, "Delete room", "Delete the room “Hall A”?")
        second = QMessageBox.information(None, "Import agenda", "Imported 3 sessions.")
    assert (first, second) == (Button.Yes, Button.Ok)
    assert boxes.texts == ["Delete the room “Hall A”?", "Imported 3 sessions."]
    assert boxes.problems(finished=True) == [
        "expected warning box saying 'never shown' was never shown"
    ]


def test_a_question_must_say_how_the_user_answers() -> None:
    with pytest.raises(ValueError, match="needs the answer"):
        MessageBoxes().expect("question", "Delete?")


def test_a_box_opened_window_modal_is_answered_too(qtbot: QtBot) -> None:
    boxes = MessageBoxes()
    boxes.expect("information", "Badges printed", answer=Button.Close)
    box = QMessageBox(QMessageBox.Icon.Information, "Print badges", "Badges printed: 12.")
    qtbot.addWidget(box)
    with pytest.MonkeyPatch.context() as monkeypatch:
        boxes.install(monkeypatch)
        with qtbot.waitSignal(box.finished) as finished:
            box.open()
    assert finished.args == [Button.Close.value]
    assert boxes.problems(finished=True) == []
