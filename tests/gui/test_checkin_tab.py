"""The Check-in tab: scans, search by name, undo, whole delegations, desk mode, exchange."""

from __future__ import annotations

import csv
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from delegations.domain.codes import make_code
from delegations.services import checkin as checkin_service
from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.services import journal as journal_service
from delegations.services import pin as pin_service
from delegations.services.delegation_models import DelegateCreate
from delegations.store import EventFile
from delegations.store.backups import backup_now, list_backups
from delegations.ui.checkin.card import CardState
from delegations.ui.checkin.controller import DeskLaunch
from delegations.ui.checkin.exchange_dialog import ExchangeDialog
from delegations.ui.checkin.scan_input import PAUSE_MS
from delegations.ui.checkin.settings_dialog import NewPinDialog, PinDialog, desk_name
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture
def desk(window: MainWindow) -> Iterator[CheckInTab]:
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    assert tab.index is not None  # a small event loads at once
    yield tab
    if window.desk.desk_mode:  # never leave a PIN prompt for the window's teardown
        with window.event_file.session() as session:
            pin_service.clear_pin(session=session)
        window.desk.leave_desk_mode()


def _ids(event_file: EventFile) -> dict[str, int]:
    with event_file.session() as session:
        rows = delegation_service.list_delegates(session=session)
    return {row.name: row.id for row in rows}


def _code(event_file: EventFile, name: str) -> str:
    with event_file.session() as session:
        secret = event_service.get_event(session=session).signing_secret
    return make_code(secret, _ids(event_file)[name], 1)


def _scan(qtbot: QtBot, tab: CheckInTab, text: str, end: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Type like a scanner: the characters, then Enter (or Tab, or nothing)."""
    qtbot.keyClicks(tab.scan_edit, text)
    if end is not None:
        qtbot.keyClick(tab.scan_edit, end)


def _type(edit: QWidget, text: str) -> None:
    """Text that arrives as committed characters (an input method, non-Latin-1 keys)."""
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(edit, event)


def _status(read_file: ReadFile, delegate_id: int) -> checkin_service.Status:
    return read_file(lambda s: checkin_service.status(session=s, delegate_id=delegate_id))


DUC = "Nguyễn Văn Đức"


def test_a_scan_and_enter_admits_and_the_entry_is_in_the_file(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    assert desk.window().focusWidget() is desk.scan_edit  # typing goes to the scan field
    _scan(qtbot, desk, _code(event_file, DUC))
    assert desk.card.state is CardState.ADMITTED
    assert desk.card.name.text() == DUC
    assert desk.card.native_name.text() == "阮文德"
    assert desk.card.delegation.text() == "Viet Nam"
    assert desk.scan_edit.text() == ""  # ready for the next badge
    status = _status(read_file, _ids(event_file)[DUC])
    assert status.checked_in and status.desk == "North"
    qtbot.waitUntil(lambda: desk.counters.total_label.text() == "1 of 3 checked in")


def test_the_card_shows_the_photo_and_the_arrival_notes_of_the_one_admission(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#204080"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    with closing(sqlite3.connect(event_file.path)) as db, db:
        db.execute(
            "UPDATE delegate SET photo = ?, dietary = 'Halal', access_needs = 'Wheelchair' "
            "WHERE id = ?",
            (bytes(buffer.data()), _ids(event_file)[DUC]),
        )
    _scan(qtbot, desk, _code(event_file, DUC))
    assert desk.card.notes.text().splitlines() == ["ACCESS: Wheelchair", "DIETARY: Halal"]
    photo = desk.card.photo.pixmap().toImage()
    assert QColor(photo.pixel(photo.width() // 2, photo.height() // 2)).blue() > 100
    assert desk.card.members.text() == "Head of delegation · 1 of 2 members checked in"


def test_the_card_s_text_can_be_selected_with_the_mouse(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    _scan(qtbot, desk, _code(event_file, DUC))
    name = desk.card.name
    qtbot.mouseDClick(name, Qt.MouseButton.LeftButton, pos=name.rect().center())
    assert name.selectedText() in DUC.split()
    _scan(qtbot, desk, _code(event_file, "Somchai Jaidee"))  # the next answer, the same label
    qtbot.mouseDClick(name, Qt.MouseButton.LeftButton, pos=name.rect().center())
    assert name.selectedText() in ("Dr.", "Somchai", "Jaidee")


def test_a_second_scan_shows_already_in_amber_with_when_and_where(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    code = _code(event_file, DUC)
    _scan(qtbot, desk, code)
    _scan(qtbot, desk, code.lower(), end=Qt.Key.Key_Tab)  # Tab ends a scan too; case is free
    assert desk.card.state is CardState.ALREADY
    assert "at desk North" in desk.card.reason.text()
    rows = read_file(lambda s: checkin_service.all_statuses(session=s))
    assert len(rows) == 1


def test_a_forged_code_is_refused_in_red_and_nothing_is_written(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    code = _code(event_file, DUC)
    forged = code[:10] + ("A" if code[10] != "A" else "B") + code[11:]
    _scan(qtbot, desk, forged)
    assert desk.card.state is CardState.REFUSED
    assert "signature does not match" in desk.card.reason.text()
    assert desk.card.colour() != desk.palette().window().color()
    desk.card.finish_flash()
    assert desk.card.colour().name() == "#b3121f"
    assert read_file(lambda s: checkin_service.all_statuses(session=s)) == {}


def test_ctrl_z_undoes_the_last_admission(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    _scan(qtbot, desk, _code(event_file, "Somchai Jaidee"))
    _scan(qtbot, desk, _code(event_file, DUC))
    qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "no longer checked in" in desk.card.reason.text()
    assert not _status(read_file, _ids(event_file)[DUC]).checked_in
    assert _status(read_file, _ids(event_file)["Somchai Jaidee"]).checked_in
    desk.bar.undo_button.click()
    assert not _status(read_file, _ids(event_file)["Somchai Jaidee"]).checked_in


def test_typing_duc_lists_duc_and_enter_admits(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    qtbot.keyClicks(desk.scan_edit, "duc")
    qtbot.waitUntil(lambda: desk.search.hit_model.rowCount() == 1)
    assert desk.view_stack.currentWidget() is desk.search
    assert desk.search.hit_model.hits[0].person.name == DUC
    qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Return)
    assert desk.card.state is CardState.ADMITTED and desk.card.name.text() == DUC
    assert _status(read_file, _ids(event_file)[DUC]).checked_in


def test_arrow_keys_choose_among_results(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, read_file: ReadFile
) -> None:
    qtbot.keyClicks(desk.scan_edit, "viet nam")  # both Vietnamese delegates, by delegation
    qtbot.waitUntil(lambda: desk.search.hit_model.rowCount() == 2)
    qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Down)
    chosen = desk.search.results_view.currentIndex().row()
    assert chosen == 1
    name = desk.search.hit_model.hits[chosen].person.name
    qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Enter)
    assert desk.card.name.text() == name
    assert _status(read_file, _ids(event_file)[name]).checked_in


def test_the_head_admits_the_whole_delegation(
    qtbot: QtBot,
    desk: CheckInTab,
    event_file: EventFile,
    read_file: ReadFile,
    message_boxes: MessageBoxes,
) -> None:
    _scan(qtbot, desk, _code(event_file, DUC))
    button = desk.card.admit_delegation_button
    assert button.isVisible() and "1 waiting" in button.text()
    message_boxes.expect(
        "question", "Admit the 1 waiting member of Viet Nam?", answer=QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert desk.card.state is CardState.ADMITTED
    assert "1 admitted now, 1 already checked in" in desk.card.reason.text()
    ids = _ids(event_file)
    assert _status(read_file, ids["Trần Thị Hương"]).checked_in
    assert not _status(read_file, ids["Somchai Jaidee"]).checked_in


def test_a_pause_ends_a_scan_from_a_scanner_without_enter(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    _scan(qtbot, desk, _code(event_file, DUC), end=None)
    assert desk.card.state is CardState.IDLE
    qtbot.waitUntil(lambda: desk.card.state is CardState.ADMITTED, timeout=PAUSE_MS + 1000)


def test_full_width_characters_from_an_input_method_still_scan(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    code = _code(event_file, DUC)
    wide = "".join(chr(ord(c) + 0xFEE0) for c in code)  # Ａ… ２… as a CJK IME types them
    assert unicodedata.normalize("NFKC", wide) == code
    _type(desk.scan_edit, wide)
    qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Return)
    assert desk.card.state is CardState.ADMITTED


def test_a_thai_keyboard_layout_does_not_corrupt_a_scan(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    """The scanner presses US keys; the Thai layout prints Thai letters for them."""
    from delegations.ui.checkin.scan_input import _XKB

    keycode = {char: code for code, char in _XKB.items()}
    thai = "ฟิแกดเ้่าสวงผปอทมใฝ"  # whatever the layout prints: not the code's letters
    edit = desk.scan_edit
    edit.platform = "xcb"
    for number, char in enumerate(_code(event_file, DUC)):
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
            keycode[char], 0, 0, thai[number % len(thai)],
        )  # fmt: skip
        QApplication.sendEvent(edit, event)
    assert not edit.text().isascii()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert desk.card.state is CardState.ADMITTED and desk.card.name.text() == DUC


def test_input_methods_are_off_for_scans_and_on_for_native_typing(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    edit = desk.scan_edit
    assert not edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert edit.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    desk.bar.native_button.click()
    assert edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    _type(edit, "文德")  # what the input method commits
    qtbot.waitUntil(lambda: desk.search.hit_model.rowCount() == 1)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert desk.card.state is CardState.ADMITTED
    assert not edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # safe again
    assert not desk.bar.native_button.isChecked()


def test_unknown_text_is_red(qtbot: QtBot, desk: CheckInTab) -> None:
    _scan(qtbot, desk, "zzqx")
    assert desk.card.state is CardState.REFUSED
    assert "matches no delegate" in desk.card.reason.text()


def test_counters_and_the_not_yet_arrived_list(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, tmp_path: Path
) -> None:
    counters = desk.counters
    counters.side_tabs.setCurrentIndex(2)
    assert counters.arrivals_model.rowCount() == 3
    _scan(qtbot, desk, _code(event_file, DUC))
    qtbot.waitUntil(lambda: counters.arrivals_model.rowCount() == 2)
    assert counters.side_tabs.tabText(2) == "Not yet arrived (2)"
    table = counters.delegation_counts
    shown = [[table.index(r, c).data() for c in range(4)] for r in range(table.rowCount())]
    assert shown == [["Viet Nam", "1", "2", "1"], ["Thailand", "0", "1", "1"]]
    combo = counters.arrival_delegation
    combo.setCurrentIndex(combo.findText("Thailand"))
    assert [row.name for row in counters.arrival_rows()] == ["Somchai Jaidee"]
    out = tmp_path / "missing.csv"
    assert counters.export_arrivals(out) == 1
    with out.open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1][:3] == ["Somchai Jaidee", "สมชาย ใจดี", "Thailand"]
    pdf = tmp_path / "missing.pdf"
    pages: list[int] = []
    counters.print_arrivals(pdf, on_done=pages.append)
    qtbot.waitUntil(lambda: pages == [1], timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_another_program_s_admission_appears_on_refresh(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, event_path: Path
) -> None:
    other = event_service.open_event(event_path)
    try:
        checkin_service.admit(other, _code(event_file, DUC), desk="South")
    finally:
        other.close()
    assert desk.refresh_index()
    qtbot.waitUntil(lambda: desk.counters.total_label.text() == "1 of 3 checked in")


def _answer_pin(qtbot: QtBot, pin: str) -> None:
    def fill() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog)]
        dialog = next(d for d in dialogs if d.isVisible())
        qtbot.keyClicks(dialog.pin_edit, pin)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_leaving_desk_mode_needs_the_organiser_pin(
    qtbot: QtBot, window: MainWindow, desk: CheckInTab, message_boxes: MessageBoxes
) -> None:
    with window.event_file.session() as session:
        pin_service.set_pin(session=session, pin="2468")
    window.desk.enter_desk_mode()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.tab_widget.findChild(QTabBar).isVisible()
    assert desk.bar.leave_button.isVisible() and not desk.bar.settings_button.isVisible()

    _answer_pin(qtbot, "1111")
    message_boxes.expect("warning", "not right")
    desk.bar.leave_button.click()
    assert window.desk.desk_mode

    _answer_pin(qtbot, "2468")
    desk.bar.leave_button.click()
    assert not window.desk.desk_mode
    assert window.menuBar().isVisible() and not window.isFullScreen()


def test_closing_the_window_in_desk_mode_needs_the_pin(
    qtbot: QtBot, window: MainWindow, desk: CheckInTab, message_boxes: MessageBoxes
) -> None:
    with window.event_file.session() as session:
        pin_service.set_pin(session=session, pin="2468")
    window.desk.enter_desk_mode()
    _answer_pin(qtbot, "0000")
    message_boxes.expect("warning", "That PIN is not right; desk mode stays on.")
    assert not window.close()
    assert window.isVisible()
    _answer_pin(qtbot, "2468")
    assert window.desk.leave_desk_mode()  # (pytest-qt closes the window before fixtures end)


def test_exchange_merges_a_journal_exported_from_a_copy(
    qtbot: QtBot,
    window: MainWindow,
    desk: CheckInTab,
    event_file: EventFile,
    tmp_path: Path,
    read_file: ReadFile,
) -> None:
    copy_path = event_service.save_copy(event_file, tmp_path / "south.sqlite3")
    _scan(qtbot, desk, _code(event_file, DUC))  # admitted here at North
    south = event_service.open_event(copy_path)
    try:
        checkin_service.admit(south, _code(event_file, DUC), desk="South")  # and at South
        checkin_service.admit(south, _code(event_file, "Somchai Jaidee"), desk="South")
        journal = journal_service.export_journal(south, tmp_path / "south.jsonl").path
    finally:
        south.close()

    dialog = ExchangeDialog(window.event_file, desk.desk, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        dialog.merge_file(journal)
    assert dialog.last_merge is not None and dialog.last_merge.added == 2
    assert "2 new entries" in dialog.summary.text()
    assert dialog.doubles_model.rowCount() == 1
    row = [dialog.doubles_model.index(0, c).data() for c in range(4)]
    assert row[0] == DUC and row[2] in ("North, South", "South, North")
    assert _status(read_file, _ids(event_file)["Somchai Jaidee"]).checked_in

    window.desk.refresh_after_merge(dialog.last_merge)  # what the menu's dialog does
    qtbot.waitUntil(lambda: desk.counters.total_label.text() == "2 of 3 checked in")

    with qtbot.waitSignal(dialog.merged, timeout=10000):
        dialog.merge_file(journal)  # again: nothing new
    assert dialog.last_merge.added == 0

    out = tmp_path / "north.jsonl"
    dialog.only_this_desk.setChecked(True)
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=10000)
    assert dialog.last_export is not None and dialog.last_export.entries == 1


def test_restore_from_backup_reopens_the_event_as_it_was(
    qtbot: QtBot, window: MainWindow, desk: CheckInTab, event_file: EventFile, event_path: Path
) -> None:
    # The automatic first backup (3 s after opening) would add one more on a slow machine.
    window.desk.first_backup_timer.stop()
    backup_now(window.event_file)
    _scan(qtbot, desk, _code(event_file, DUC))
    assert desk.index is not None and desk.index.counters().admitted == 1
    backup = list_backups(event_path)[0]
    assert window.desk.restore_from(backup)
    restored = window.tab("checkin")
    assert isinstance(restored, CheckInTab) and restored is not desk
    assert restored.index is not None and restored.index.counters().admitted == 0
    assert len(list_backups(event_path)) == 2  # the state before the restore was kept


def test_the_checkin_screenshot(event_file: EventFile, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from delegations.ui.app import take_screenshot

    out = tmp_path / "checkin.png"
    take_screenshot(event_file, out, tab="checkin", size=(1000, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 5) for y in range(0, 700, 5)}
    assert len(colours) > 20  # a rendered window, not a blank canvas
    # ... and the check-in tab, not the tab the window opens on by default.
    take_screenshot(event_file, tmp_path / "default.png", size=(1000, 700))
    default = QImage(str(tmp_path / "default.png"))
    differing = sum(
        image.pixel(x, y) != default.pixel(x, y)
        for x in range(0, 1000, 5)
        for y in range(80, 700, 5)
    )
    assert differing > 1000  # of 24,800 sampled below the tab bar


# Scanner bursts reach the scan input wherever the focus is ---------------------------------


def _timed_keys(text: str, *, start_ms: int, gap_ms: int, end: Qt.Key | None = None) -> None:
    """Key presses stamped `gap_ms` apart, each sent where the focus is now, as a keyboard
    would (8 ms: a USB scanner; 200 ms: a person)."""
    stamps = [start_ms + number * gap_ms for number in range(len(text) + 1)]
    for char, stamp in zip(text, stamps, strict=False):
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        _send_key(key, char, stamp)
    if end is not None:
        _send_key(end, "\r" if end == Qt.Key.Key_Return else "\t", stamps[-1])


def _send_key(key: Qt.Key, text: str, stamp: int) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp)
    target = QApplication.focusWidget()
    assert target is not None
    QApplication.sendEvent(target, event)


@pytest.fixture
def active_desk(qtbot: QtBot, window: MainWindow, desk: CheckInTab) -> CheckInTab:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return desk


def test_a_scan_after_a_click_on_the_counters_table_is_admitted(
    qtbot: QtBot, active_desk: CheckInTab, event_file: EventFile
) -> None:
    table = active_desk.counters.delegation_view
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is table
    _timed_keys(_code(event_file, DUC), start_ms=10_000, gap_ms=8, end=Qt.Key.Key_Return)
    assert active_desk.card.state is CardState.ADMITTED
    assert active_desk.card.name.text() == DUC
    assert QApplication.focusWidget() is active_desk.scan_edit


def test_a_scan_replaces_a_half_typed_name(
    qtbot: QtBot, active_desk: CheckInTab, event_file: EventFile
) -> None:
    active_desk.scan_edit.setFocus()
    _timed_keys("Ngu", start_ms=10_000, gap_ms=200)
    qtbot.waitUntil(lambda: active_desk.scan_edit.text() == "Ngu")
    _timed_keys(_code(event_file, DUC), start_ms=11_000, gap_ms=8, end=Qt.Key.Key_Return)
    assert active_desk.card.state is CardState.ADMITTED
    assert active_desk.card.name.text() == DUC


def test_a_scan_with_tab_after_a_click_on_a_button_is_admitted(
    qtbot: QtBot, active_desk: CheckInTab, event_file: EventFile
) -> None:
    active_desk.counters.export_arrivals_button.setFocus()
    _timed_keys(_code(event_file, DUC), start_ms=10_000, gap_ms=9, end=Qt.Key.Key_Tab)
    assert active_desk.card.state is CardState.ADMITTED


def test_a_person_typing_slowly_types_into_the_field_they_are_in(
    qtbot: QtBot, active_desk: CheckInTab
) -> None:
    field = active_desk.counters.arrival_text
    active_desk.counters.side_tabs.setCurrentIndex(active_desk.counters.side_tabs.count() - 1)
    field.setFocus()
    assert QApplication.focusWidget() is field
    _timed_keys("Somchai", start_ms=10_000, gap_ms=90)
    qtbot.waitUntil(lambda: field.text() == "Somchai")
    assert active_desk.scan_edit.text() == ""


def test_a_burst_stays_in_another_tab_s_field(
    qtbot: QtBot, window: MainWindow, active_desk: CheckInTab
) -> None:
    window.show_tab("delegations").focus_filter()
    field = QApplication.focusWidget()
    assert field is not None and field is not active_desk.scan_edit
    _timed_keys("ABCDEFG", start_ms=10_000, gap_ms=8)
    assert field.text() == "ABCDEFG"  # type: ignore[attr-defined]
    assert active_desk.scan_edit.text() == ""


def test_opening_a_desk_shows_its_check_in_and_remembers_its_name(
    window: MainWindow, settings: QSettings
) -> None:
    window.desk.open_desk(DeskLaunch(name="  East   2 "))
    assert window.current_tab_name() == "checkin"
    tab = window.tab("checkin")
    assert isinstance(tab, CheckInTab) and tab.bar.desk_label.text() == "Desk: East 2"
    assert tab.pages.currentIndex() == 1  # the scan input, not "Name this desk"
    assert desk_name(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "East 2"


def _add_members(event_file: EventFile, delegation_id: int, count: int) -> None:
    for number in range(count):
        delegation_service.create_delegate(
            event_file,
            DelegateCreate(delegation_id=delegation_id, given_name=f"Member{number:02}",
                           family_name="Phạm"),
        )  # fmt: skip


def test_a_large_delegation_is_admitted_after_one_question_and_undone_at_once(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, message_boxes: MessageBoxes
) -> None:
    _scan(qtbot, desk, _code(event_file, DUC))
    assert desk.index is not None
    delegation_id = desk.index.by_id[_ids(event_file)[DUC]].delegation_id
    _add_members(event_file, delegation_id, 20)
    desk.refresh_index()
    message_boxes.expect(
        "question",
        "Admit all 21 waiting members of Viet Nam?",
        answer=QMessageBox.StandardButton.Yes,
    )
    desk.admit_delegation(delegation_id)
    lines = desk.card.reason.text().splitlines()
    assert lines[0] == "Viet Nam: 21 admitted now, 1 already checked in."
    assert len(lines) == 1 + 12 + 1 and lines[-1] == "…and 9 more"

    desk.undo_last()
    assert "and 20 others are no longer checked in." in desk.card.reason.text()
    assert desk.index is not None
    statuses = [hit.status.checked_in for hit in desk.index.members(delegation_id)]
    assert statuses.count(True) == 1  # the head, scanned before, stays in


def test_declining_the_question_admits_nobody(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, message_boxes: MessageBoxes
) -> None:
    head = checkin_service.admit_by_id(event_file, _ids(event_file)[DUC])
    assert head.delegation_id is not None
    message_boxes.expect(
        "question", "Admit the 1 waiting member", answer=QMessageBox.StandardButton.No
    )
    desk.admit_delegation(head.delegation_id)
    assert checkin_service.delegation_waiting(event_file, head.delegation_id).waiting == 1


def _in_new_pin_dialog(act: Callable[[NewPinDialog], None]) -> None:
    def run() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NewPinDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, run)
            return
        dialog = shown[0]
        try:
            act(dialog)
        finally:
            if dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted:
                dialog.reject()  # a failed check must not leave the modal dialog open

    QTimer.singleShot(0, run)


def test_desk_mode_with_no_pin_asks_for_one_first(
    qtbot: QtBot, window: MainWindow, desk: CheckInTab
) -> None:
    def type_twice_then_fix(dialog: NewPinDialog) -> None:
        assert dialog.focusWidget() is dialog.new_pin  # typing goes to the first field
        qtbot.keyClicks(dialog.new_pin, "2468")
        qtbot.keyClicks(dialog.repeat_pin, "2469")
        qtbot.keyClick(dialog.repeat_pin, Qt.Key.Key_Return)
        assert dialog.isVisible() and "differ" in dialog.problem.text()
        dialog.repeat_pin.setText("2468")
        assert not dialog.problem.isVisible()  # the error goes once the field changes
        qtbot.keyClick(dialog.repeat_pin, Qt.Key.Key_Return)

    _in_new_pin_dialog(type_twice_then_fix)
    window.desk.enter_desk_mode()
    assert window.desk.desk_mode and window.isFullScreen()
    assert pin_service.pin_is_set(window.event_file)
    assert not pin_service.pin_unlocks(window.event_file, "1111")
    _answer_pin(qtbot, "2468")
    assert window.desk.leave_desk_mode()


def test_cancelling_the_new_pin_leaves_desk_mode_off(window: MainWindow, desk: CheckInTab) -> None:
    _in_new_pin_dialog(lambda dialog: dialog.reject())
    window.desk.enter_desk_mode()
    assert not window.desk.desk_mode and not window.isFullScreen()
    assert not pin_service.pin_is_set(window.event_file)
