"""The Bilateral meetings window on the demo event: requests listed, made, edited, refused,
cancelled, scheduled and moved (each saved in the event file), a meeting's conflicts shown and
cleared, and a delegation's schedule and a room's door sheet printed."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from boxes import Button, MessageBoxes
from pdf_reading import pdf_text
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot
from test_mnemonics import clashes, widget_texts

from delegations.domain.conflicts import ConflictKind
from delegations.services import agenda, bilaterals
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.bilaterals.dialogs import BilateralsPrintDialog, MoveDialog, RequestDialog
from delegations.ui.bilaterals.window import BilateralsWindow
from delegations.ui.dialogs import pdf_output
from delegations.ui.main_window import MainWindow

OPENING_DAY = dt.date(2025, 7, 25)


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


@pytest.fixture
def shown(qtbot: QtBot, demo_file: EventFile) -> BilateralsWindow:
    window = BilateralsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _row(window: BilateralsWindow, title: str) -> dict[str, str]:
    return next(row for row in window.rows() if row["Meeting"] == title)


def _cells(row: dict[str, str], *columns: str) -> list[str]:
    return [row[column] for column in columns]


def _agenda_conflicts(event_file: EventFile) -> list:
    with event_file.session() as session:
        return [c for c in agenda.check_conflicts(session=session) if c.bilateral_id is not None]


def test_the_demo_meetings_are_listed_in_time_order_and_filtered(
    shown: BilateralsWindow,
) -> None:
    rows = shown.rows()
    assert len(rows) == 7 and shown.conflicts_title.text() == "No conflicts"
    assert rows[0] == {
        "No.": "2", "Meeting": "China – Thailand", "Status": "scheduled",
        "When": "Fri 25 Jul 10:00–10:30", "Room": "Hongfeng Room", "Conflicts": "",
        "Duration": "30 min", "Wished times": "Fri 25 Jul 10:00–12:30",
        "Participants": "Dr. Wang Haitao, Dr. Kittisak Srisawat", "Languages": "en,zh",
    }  # fmt: skip
    shown.delegation_box.setCurrentIndex(shown.delegation_box.findText("Thailand"))
    assert [row["Meeting"] for row in shown.rows()] == ["China – Thailand", "Cambodia – Thailand"]


def _fill_new_request(dialog: RequestDialog) -> None:
    dialog.delegation_box.setCurrentIndex(dialog.delegation_box.findText("Viet Nam"))
    dialog.counterpart_box.setCurrentIndex(dialog.counterpart_box.findText("Indonesia"))
    dialog.tick("(head of delegation)")
    dialog.window_day.setDate(QDate(2025, 7, 27))
    dialog.window_from.setTime(QTime(15, 0))
    dialog.window_to.setTime(QTime(17, 0))
    dialog.add_window_button.click()
    dialog.duration_spin.setValue(45)
    dialog.languages_edit.setText("en, vi")


def test_a_new_request_is_saved_then_scheduled(
    shown: BilateralsWindow, demo_file: EventFile
) -> None:
    dialog = shown.new_request()
    _fill_new_request(dialog)
    assert len(dialog.participant_ids()) == 2  # the two heads, nobody else
    dialog.accept()
    assert not dialog.isVisible()
    row = _row(shown, "Viet Nam – Indonesia")
    assert _cells(row, "Status", "When", "Room") == ["requested", "", ""]
    assert row["Wished times"] == "Sun 27 Jul 15:00–17:00"
    assert shown.status.text() == "Bilateral 8 requested: Viet Nam – Indonesia."
    saved = next(v for v in bilaterals.list_bilaterals(demo_file) if v.id == 8)
    assert (saved.duration, saved.languages, len(saved.participants)) == (45, "en, vi", 2)

    report = shown.schedule()
    assert report is not None and [v.id for v in report.placed] == [8]
    assert shown.status.text() == "Placed: 1; not placed: 0."
    scheduled = _row(shown, "Viet Nam – Indonesia")
    assert _cells(scheduled, "Status", "When") == ["scheduled", "Sun 27 Jul 15:00–15:45"]
    assert not shown.notes.isVisible()


def test_a_request_to_an_organisation_is_saved_with_its_delegates_only(
    shown: BilateralsWindow, demo_file: EventFile
) -> None:
    dialog = shown.new_request()
    dialog.delegation_box.setCurrentIndex(dialog.delegation_box.findText("Lao PDR"))
    dialog.with_organisation.setChecked(True)
    dialog.organisation_edit.setText("ASEAN Secretariat")
    assert not dialog.counterpart_box.isEnabled()
    lines = [
        dialog.participants_list.item(r).text() for r in range(dialog.participants_list.count())
    ]
    assert lines and all(line.startswith("Lao PDR: ") for line in lines)
    dialog.add_window_button.click()  # the first day, 09:00–12:00
    dialog.accept()
    assert _row(shown, "Lao PDR – ASEAN Secretariat")["Status"] == "requested"
    saved = bilaterals.list_bilaterals(demo_file, delegation="Lao PDR")
    assert any(v.counterpart == "ASEAN Secretariat" and v.counterpart_id is None for v in saved)


def test_bad_input_is_one_sentence_in_a_box_and_nothing_is_saved(
    shown: BilateralsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    dialog = shown.new_request()
    dialog.delegation_box.setCurrentIndex(dialog.delegation_box.findText("Viet Nam"))
    message_boxes.expect("warning", "Give the bilateral at least one wished time (DATE FROM-TO).")
    dialog.accept()
    assert dialog.isVisible()  # still open with what was typed
    dialog.with_organisation.setChecked(True)  # an organisation without a name
    dialog.add_window_button.click()
    message_boxes.expect("warning", "Give the bilateral's other side")
    dialog.accept()
    dialog.window_day.setDate(QDate(2025, 9, 1))  # after the event: held to its last day
    assert dialog.window_day.date() == QDate(2025, 7, 28)
    message_boxes.expect("warning", "ends before it starts")
    dialog.window_to.setTime(QTime(8, 0))
    dialog.add_window_button.click()
    assert len(dialog.windows()) == 1 and dialog.isVisible()
    dialog.reject()
    assert len(bilaterals.list_bilaterals(demo_file)) == 7 and len(shown.rows()) == 7


def test_a_meeting_moved_out_of_its_wishes_shows_its_conflicts_until_moved_back(
    shown: BilateralsWindow, demo_file: EventFile
) -> None:
    assert shown.select(2)
    dialog = shown.move_selected()
    assert isinstance(dialog, MoveDialog)
    assert dialog.day_box.currentData() == OPENING_DAY  # where the meeting is
    dialog.room_box.setCurrentText("Baihua Room")
    dialog.start_edit.setTime(QTime(9, 30))
    dialog.accept()
    row = _row(shown, "China – Thailand")
    assert _cells(row, "When", "Room", "Conflicts") == [
        "Fri 25 Jul 09:30–10:00",
        "Baihua Room",
        "2",
    ]
    assert shown.conflicts_title.text() == "Conflicts: 2"
    assert shown.conflict_texts() == [
        "The bilateral China – Thailand is placed on Fri 25 July 09:30–10:00, outside the "
        "times it was wished for (Fri 25 July 10:00–12:30).",
        "Dr. Wang Haitao is in the bilateral China – Thailand (Fri 25 July 09:30–10:00) and in "
        "“Opening Ceremony” (09:00–10:00).",
    ]
    assert shown.status.text().startswith(
        "China – Thailand now Fri 25 Jul 09:30–10:00 in Baihua Room. Conflicts: The bilateral"
    )
    kinds = [c.kind for c in _agenda_conflicts(demo_file)]  # agenda check sees the same
    assert kinds == [ConflictKind.BILATERAL_OUTSIDE_WISHES, ConflictKind.BILATERAL_PERSON_BUSY]

    shown.tree.clearSelection()
    shown.conflicts_list.itemDoubleClicked.emit(shown.conflicts_list.item(0))
    assert shown.selected_id() == 2
    back = shown.move_selected()
    assert back is not None
    back.start_edit.setTime(QTime(10, 0))
    back.accept()
    assert _row(shown, "China – Thailand")["Conflicts"] == "" and shown.conflict_texts() == []
    assert shown.conflicts_title.text() == "No conflicts" and _agenda_conflicts(demo_file) == []


def test_edit_shows_the_request_and_saves_what_was_changed(
    shown: BilateralsWindow, demo_file: EventFile
) -> None:
    shown.select(7)
    dialog = shown.edit_selected()
    assert dialog is not None
    assert dialog.delegation_box.currentText() == "Myanmar"
    assert dialog.counterpart_box.currentText() == "Brunei Darussalam"
    assert len(dialog.participant_ids()) == 2 and len(dialog.windows()) == 1
    dialog.duration_spin.setValue(60)
    dialog.notes_edit.setText("Scholarships")
    dialog.accept()
    row = _row(shown, "Myanmar – Brunei Darussalam")
    assert _cells(row, "When", "Duration") == ["Fri 25 Jul 15:00–16:00", "60 min"]
    saved = next(v for v in bilaterals.list_bilaterals(demo_file) if v.id == 7)
    assert (saved.duration, saved.notes) == (60, "Scholarships")

    again = shown.edit_selected()
    assert again is not None
    again.with_organisation.setChecked(True)
    again.organisation_edit.setText("SEAMEO Secretariat")
    assert all(not line.startswith("Brunei") for line in _participant_lines(again))
    again.accept()
    assert _row(shown, "Myanmar – SEAMEO Secretariat")["Participants"] == "Dr. Aung Kyaw Htun"


def _participant_lines(dialog: RequestDialog) -> list[str]:
    items = dialog.participants_list
    return [items.item(r).text() for r in range(items.count())]


def test_cancel_asks_then_frees_the_room(
    shown: BilateralsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    shown.select(6)
    message_boxes.expect("question", "Cancel the bilateral Singapore – Philippines?",
                         answer=Button.Yes)  # fmt: skip
    shown.cancel_selected()
    assert _cells(_row(shown, "Singapore – Philippines"), "Status", "When", "Room") == [
        "cancelled",
        "",
        "",
    ]
    assert not shown.move_button.isEnabled() and not shown.cancel_button.isEnabled()
    assert next(v for v in bilaterals.list_bilaterals(demo_file) if v.id == 6).room == ""


def test_print_a_delegations_schedule_and_a_rooms_door_sheet(
    shown: BilateralsWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    shown.delegation_box.setCurrentIndex(shown.delegation_box.findText("China"))
    dialog = shown.open_print_dialog()
    assert isinstance(dialog, BilateralsPrintDialog)
    assert dialog.schedule_radio.isChecked() and dialog.delegation_box.currentText() == "China"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    assert not dialog.preview.image().isNull()  # the first page, drawn
    schedule = tmp_path / "china.pdf"
    dialog.print_to(schedule)
    qtbot.waitUntil(lambda: opened == [schedule], timeout=20000)
    assert dialog.message_text() == f"Bilateral schedule – China (1 page) written to {schedule}"
    text = pdf_text(schedule)
    order = [text.index(f"with {name}") for name in ("Thailand", "Viet Nam", "Lao PDR")]
    assert order == sorted(order)

    dialog.door_radio.setChecked(True)
    dialog.room_box.setCurrentText("Hongfeng Room")
    dialog.day_box.setCurrentIndex(dialog.day_box.findText("Fri 25 Jul 2025"))
    door = tmp_path / "door.pdf"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    dialog.print_to(door)
    qtbot.waitUntil(lambda: opened == [schedule, door], timeout=20000)
    text = pdf_text(door)
    assert "China – Thailand" in text and "China – Viet Nam" in text and "Lao" not in text
    dialog.reject()


def test_opened_at_a_meeting_it_follows_changes_made_elsewhere_and_announces_its_own(
    window: MainWindow, event_file: EventFile, qtbot: QtBot
) -> None:
    with event_file.write_locked() as connection:
        connection.execute("INSERT INTO room (name, floor, sort_order) VALUES ('Room B', '', 9)")
    bilaterals.set_bilateral_rooms(event_file, ["Room B"])
    request = bilaterals.add_request(event_file, bilaterals.RequestInput(
        "Viet Nam", "Thailand", windows=[f"{OPENING_DAY} 14:00-16:00"],
    ))  # fmt: skip
    opened = window.open_bilaterals(request.id)
    assert isinstance(opened, BilateralsWindow) and opened.selected_id() == request.id
    bilaterals.move_meeting(event_file, request.id, room="Room B", day=OPENING_DAY, start="14:00")
    window.data_changed.emit("agenda")  # as the agenda grid says after a drag
    assert _row(opened, "Viet Nam – Thailand")["When"] == "Fri 25 Jul 14:00–14:30"
    dialog = opened.move_selected()
    assert dialog is not None
    dialog.start_edit.setTime(QTime(15, 0))
    with qtbot.waitSignal(window.data_changed) as said:
        dialog.accept()
    assert said.args == ["bilaterals"]  # the Agenda tab redraws its meetings on it
    assert _row(opened, "Viet Nam – Thailand")["When"] == "Fri 25 Jul 15:00–15:30"
    with qtbot.waitSignal(opened.destroyed):
        opened.reject()  # closed, it frees itself
    window.data_changed.emit("agenda")  # and no longer listens


def test_the_agenda_menu_opens_the_window(window: MainWindow, qtbot: QtBot) -> None:
    assert window.bilaterals_action.text() == "&Bilateral meetings…"
    assert window.bilaterals_action in window.agenda_menu.actions()
    window.bilaterals_action.trigger()
    opened = window.findChild(BilateralsWindow)
    assert opened is not None and opened.isVisible()
    assert opened.rows() == [] and not opened.schedule_button.isEnabled()  # no bilateral rooms
    opened.reject()


def test_alt_letters_are_unique_in_the_window_and_each_dialog(
    shown: BilateralsWindow, qtbot: QtBot
) -> None:
    assert clashes(widget_texts(shown)) == []
    shown.select(2)
    for open_dialog in (shown.edit_selected, shown.move_selected, shown.open_print_dialog):
        dialog = open_dialog()
        assert dialog is not None
        assert clashes(widget_texts(dialog)) == [], dialog.windowTitle()
        if isinstance(dialog, BilateralsPrintDialog):
            qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)  # noqa: B023
        dialog.reject()
