"""File ▸ Event settings… and File ▸ New event…: typed in, refused under the field, saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from delegations.services import event as event_service
from delegations.ui.dialogs.event_settings import EventSettingsDialog
from delegations.ui.main_window import MainWindow

# Typing into the time zone opens its completer's popup, which the offscreen platform cannot
# raise or let grab the keyboard; it says so and carries on.
COMPLETER_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)"
)


def _event_row(path: Path) -> dict:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return dict(connection.execute("SELECT * FROM event").fetchone())
    finally:
        connection.close()


def _type(qtbot: QtBot, widget, text: str) -> None:  # noqa: ANN001
    """Type `text` as a keyboard would; characters QTest cannot type (–, 中) are sent as key
    events carrying their text, as an input method delivers them."""
    widget.setFocus()
    widget.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@COMPLETER_POPUP
def test_settings_typed_in_are_saved_and_the_title_follows(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    agenda = window.tab("agenda")
    dialog = window.open_event_settings()
    assert isinstance(dialog, EventSettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name
    assert dialog.name.text() == "Test Week"

    _type(qtbot, dialog.name, "China–ASEAN Education Cooperation Week 2025")
    _type(qtbot, dialog.name_zh, "中国—东盟教育交流周")
    dialog.end.setDate(QDate(2025, 7, 29))
    _type(qtbot, dialog.time_zone.lineEdit(), "Asia/Bangkok")
    _type(qtbot, dialog.venue, "Queen Sirikit National Convention Center")
    _type(qtbot, dialog.city, "Bangkok")
    qtbot.keyClick(dialog.city, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    row = _event_row(event_path)
    assert row["name"] == "China–ASEAN Education Cooperation Week 2025"
    assert row["name_zh"] == "中国—东盟教育交流周"
    assert (row["start_date"], row["end_date"]) == ("2025-07-24", "2025-07-29")
    assert (row["time_zone"], row["venue"], row["city"]) == (
        "Asia/Bangkok", "Queen Sirikit National Convention Center", "Bangkok",
    )  # fmt: skip
    assert row["details_confirmed"] == 1
    assert window.windowTitle() == "China–ASEAN Education Cooperation Week 2025 — Delegations"
    assert agenda.days()[-1] == dt.date(2025, 7, 29)  # the agenda shows the new last day


@pytest.mark.parametrize(
    ("field", "edit"),
    [
        ("End date", lambda d: d.end.setDate(QDate(2025, 7, 20))),
        ("Time zone", lambda d: d.time_zone.setEditText("Asia/Guiyang")),
        ("Name", lambda d: d.name.clear()),
    ],
)
def test_a_refusal_shows_under_its_field_and_the_dialog_stays_open(
    qtbot: QtBot, window: MainWindow, event_path: Path, field: str, edit: object
) -> None:
    before = _event_row(event_path)
    dialog = window.open_event_settings()
    qtbot.waitExposed(dialog)
    edit(dialog)  # type: ignore[operator]
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.field_error(field).startswith(f"{field}: ")
    assert _event_row(event_path) == before
    assert window.windowTitle() == "Test Week — Delegations"
    dialog.reject()


@COMPLETER_POPUP
def test_new_event_asks_for_name_and_dates_before_making_the_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggestion: str, *_args: object, **_kw: object):
        asked.append(suggestion)
        return str(tmp_path / "lao week.sqlite3"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.new_action.trigger()
    dialog = window.findChild(EventSettingsDialog)
    assert dialog is not None and dialog.windowTitle() == "New event"
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name

    dialog.accept()  # no name yet: refused, no file asked for
    assert dialog.isVisible() and dialog.field_error("Name")
    assert asked == []

    _type(qtbot, dialog.name, "Lao Education Week: 2026")
    dialog.start.setDate(QDate(2026, 3, 2))
    dialog.end.setDate(QDate(2026, 3, 6))
    _type(qtbot, dialog.time_zone.lineEdit(), "Asia/Vientiane")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert asked == [str(tmp_path / "Lao Education Week 2026.sqlite3")]
    assert window.event_file.path == tmp_path / "lao week.sqlite3"
    assert window.windowTitle() == "Lao Education Week: 2026 — Delegations"
    with window.event_file.read() as connection:
        settings = event_service.event_settings(session=connection)
    assert (settings.start, settings.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 6))
    assert settings.time_zone == "Asia/Vientiane" and settings.details_confirmed


def test_a_new_event_cancelled_at_the_file_dialog_makes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    path = window.event_file.path
    dialog = window.open_new_event_dialog()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.name, "Week")
    dialog.accept()
    assert window.event_file.path == path
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == [path.name]
