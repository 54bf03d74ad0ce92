"""The Speakers and Agenda tabs: add and edit through their forms, straight to the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boxes import MessageBoxes
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from delegations.services import agenda as agenda_service
from delegations.services import speakers as speaker_service
from delegations.ui.agenda.tab import AgendaTab
from delegations.ui.dialogs.form import FormDialog
from delegations.ui.main_window import MainWindow
from delegations.ui.speakers.tab import SpeakersTab

ReadFile = Callable[[Callable[[Any], Any]], Any]
"""The `read_file` fixture: run a reader on a fresh connection to the event file."""


def _press_ok(qtbot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _png(path: Path, width: int = 300, height: int = 400) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    assert image.save(str(path), "PNG")
    return path


# Speakers --------------------------------------------------------------------------------


def _speakers(window: MainWindow) -> SpeakersTab:
    tab = window.show_tab("speakers")
    assert isinstance(tab, SpeakersTab)
    return tab


def test_the_first_speaker_is_shown(window: MainWindow) -> None:
    tab = _speakers(window)
    assert tab.edits["given_name"].text() == "Zhen"
    assert tab.edits["organisation"].text() == "Guizhou Provincial Department of Education"
    assert tab.country.currentData() == "CN"
    assert tab.proxy.index(0, 1).data() == "1"  # sessions
    assert not tab.save_button.isEnabled()  # nothing to save yet


def test_add_a_speaker_with_a_photo(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile, tmp_path: Path
) -> None:
    tab = _speakers(window)
    tab.new_button.click()
    qtbot.keyClicks(tab.edits["honorific"], "H.E.")
    qtbot.keyClicks(tab.edits["given_name"], "Romany")
    qtbot.keyClicks(tab.edits["family_name"], "Oum")
    tab.name_order.setCurrentIndex(tab.name_order.findData("family_first"))
    qtbot.keyClicks(tab.edits["position"], "Secretary of State")
    tab.country.setCurrentIndex(tab.country.findData("KH"))
    qtbot.keyClicks(tab.bio, "Leads skills programmes.")
    assert tab.load_photo(_png(tmp_path / "photo.png"))
    assert tab.photo.pixmap().height() > 100  # shown, scaled to the frame
    tab.save_button.click()

    assert not tab.is_dirty()
    names = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert "H.E. Oum Romany" in names
    assert tab.form_title.text() == "Oum Romany"
    saved = read_file(
        lambda s: speaker_service.get_speaker(session=s, speaker_id=tab.current_speaker_id())
    )
    assert (saved.family_name, saved.country, saved.bio) == (
        "Oum",
        "KH",
        "Leads skills programmes.",
    )
    assert QImage.fromData(saved.photo).size().width() == 300


def test_edit_a_speaker_and_refuse_a_nameless_one(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile, message_boxes: MessageBoxes
) -> None:
    tab = _speakers(window)
    speaker_id = tab.current_speaker_id()
    tab.edits["position"].clear()
    qtbot.keyClicks(tab.edits["position"], "Director")
    assert tab.save_button.isEnabled()
    tab.edits["position"].setFocus()
    qtbot.keyClick(tab.edits["position"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (
        read_file(lambda s: speaker_service.get_speaker(session=s, speaker_id=speaker_id).position)
        == "Director"
    )

    for name in ("given_name", "family_name"):
        tab.edits[name].clear()
        qtbot.keyClicks(tab.edits[name], " ")
    tab.save_button.click()
    assert tab.field_error("Name").startswith("Name:")
    assert tab.is_dirty()  # the form keeps what was typed
    assert (
        read_file(
            lambda s: speaker_service.get_speaker(session=s, speaker_id=speaker_id).given_name
        )
        == "Zhen"
    )

    # Closing the window asks about the typed changes: Cancel stays, Discard closes.
    question = "Save the changes to this speaker?"
    message_boxes.expect("question", question, answer=QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and tab.is_dirty()
    message_boxes.expect("question", question, answer=QMessageBox.StandardButton.Discard)
    assert window.close()


def test_leaving_a_changed_speaker_asks_to_save(
    qtbot: QtBot,
    window: MainWindow,
    read_file: ReadFile,
    message_boxes: MessageBoxes,
) -> None:
    tab = _speakers(window)
    speaker_id = tab.current_speaker_id()
    qtbot.keyClicks(tab.edits["honorific"], "Ms")
    message_boxes.expect(
        "question", "Save the changes to this speaker?", answer=QMessageBox.StandardButton.Save
    )
    tab.new_speaker()
    assert (
        read_file(lambda s: speaker_service.get_speaker(session=s, speaker_id=speaker_id).honorific)
        == "Ms"
    )


def test_a_file_that_is_not_an_image_is_refused(
    window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    tab = _speakers(window)
    not_image = tmp_path / "notes.png"
    not_image.write_text("not an image")
    message_boxes.expect("warning", "notes.png is not an image")
    assert not tab.load_photo(not_image)
    assert not tab.is_dirty()


# Agenda ----------------------------------------------------------------------------------


def _agenda(window: MainWindow) -> AgendaTab:
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    return tab


def _titles(tab: AgendaTab) -> list[str]:
    return [tab.proxy.index(r, 3).data() for r in range(tab.proxy.rowCount())]


def test_the_agenda_shows_days_and_sessions(window: MainWindow) -> None:
    tab = _agenda(window)
    assert tab.day_bar.count() == 6  # All days + the five days of the event
    assert tab.day_bar.tabText(0) == "All days"
    assert _titles(tab) == ["Opening Ceremony\n开幕式"]
    row = [tab.proxy.index(0, column).data() for column in range(5)]
    assert row[:3] == ["Fri, 25 Jul", "09:00–10:00", "Main Hall"]
    assert tab.proxy.index(0, 5).data() == "Zhen Bai"
    tab.show_day(dt.date(2025, 7, 24))
    assert _titles(tab) == []
    assert tab.empty_hint.isVisibleTo(tab)


def test_add_and_edit_a_session(qtbot: QtBot, window: MainWindow, read_file: ReadFile) -> None:
    tab = _agenda(window)
    tab.show_day(dt.date(2025, 7, 26))
    dialog = tab.open_session_dialog()
    qtbot.keyClicks(dialog.title_en, "Digital Intelligence Seminar")
    dialog.title_zh.setText("数智赋能研讨会")
    dialog.kind.setCurrentIndex(dialog.kind.findData("seminar"))
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(15, 30))
    dialog.room.setCurrentIndex(dialog.room.findText("Main Hall"))
    dialog.speakers.item(0).setCheckState(Qt.CheckState.Checked)
    _press_ok(qtbot, dialog)

    assert _titles(tab) == ["Digital Intelligence Seminar\n数智赋能研讨会"]
    rows = read_file(lambda s: agenda_service.list_sessions(session=s, day=dt.date(2025, 7, 26)))
    assert len(rows) == 1
    assert (rows[0].start_time, rows[0].end_time) == (dt.time(14), dt.time(15, 30))
    assert (rows[0].room_name, rows[0].speaker_names) == ("Main Hall", ("Zhen Bai",))

    tab.view.selectRow(0)
    tab.edit_button.click()
    edit = tab.findChildren(type(dialog))[-1]
    assert edit.title_en.text() == "Digital Intelligence Seminar"
    assert [role for _id, role in edit.chosen_speakers()] == ["panellist"]
    edit.end.setTime(QTime(13, 0))  # before the start: refused at the End field
    _press_ok(qtbot, edit)
    assert edit.isVisible()
    assert edit.field_error("End").startswith("End:")
    edit.end.setTime(QTime(16, 0))
    _press_ok(qtbot, edit)
    assert not edit.isVisible()
    rows = read_file(lambda s: agenda_service.list_sessions(session=s, day=dt.date(2025, 7, 26)))
    assert rows[0].end_time == dt.time(16)


def test_delete_a_session_after_asking(
    window: MainWindow,
    read_file: ReadFile,
    message_boxes: MessageBoxes,
) -> None:
    tab = _agenda(window)
    tab.view.selectRow(0)
    message_boxes.expect(
        "question", "Delete the session “Opening Ceremony”?", answer=QMessageBox.StandardButton.Yes
    )
    tab.delete_button.click()
    assert _titles(tab) == []
    assert read_file(lambda s: agenda_service.list_sessions(session=s)) == []


def test_rooms_are_managed_from_the_agenda(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    tab = _agenda(window)
    rooms = tab.open_rooms_dialog()
    assert [rooms.list.item(i).text() for i in range(rooms.list.count())] == [
        "Main Hall  (300 seats)"
    ]
    form = rooms.room_dialog()
    qtbot.keyClicks(form.name, "Huaxi Hall")
    form.capacity.setValue(120)
    _press_ok(qtbot, form)
    assert rooms.list.count() == 2
    saved = read_file(
        lambda s: [(r.name, r.capacity) for r in agenda_service.list_rooms(session=s)]
    )
    assert ("Huaxi Hall", 120) in saved

    form = rooms.room_dialog()
    qtbot.keyClicks(form.name, "Main Hall")  # taken
    _press_ok(qtbot, form)
    assert form.isVisible()
    assert "already a room" in form.field_error("Name")
    form.reject()
    rooms.reject()
