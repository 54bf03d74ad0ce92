"""The Delegations tab: add, edit, delete and filter delegates; forms refuse bad input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from delegations.services import delegations as service
from delegations.services import protocol
from delegations.ui.delegations import tab as tab_module
from delegations.ui.delegations.forms import DelegateDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs.form import FormDialog
from delegations.ui.main_window import MainWindow
from delegations.ui.tabs.base import DELEGATES, DELEGATIONS

ReadFile = Callable[[Callable[[Any], Any]], Any]
"""The `read_file` fixture: run a reader on a fresh connection to the event file."""


def _tab(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return tab


def _shown_names(tab: DelegationsTab) -> list[str]:
    proxy = tab.delegate_proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def _delegation_id(tab: DelegationsTab, name: str) -> int:
    return next(row.id for row in tab.delegation_model.rows() if row.name == name)


def _delegates(read_file: ReadFile) -> list[service.DelegateRow]:
    return read_file(lambda session: service.list_delegates(session=session))


def _press_ok(qtbot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_the_tab_lists_delegations_with_counts_and_everyone(window: MainWindow) -> None:
    tab = _tab(window)
    model = tab.delegation_model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [("All delegations", "3"), ("Viet Nam", "2"), ("Thailand", "1")]
    assert model.index(1, 2).data() == "Nguyễn Văn Đức"  # the head, in the person's order
    assert sorted(_shown_names(tab)) == ["Nguyễn Văn Đức", "Somchai Jaidee", "Trần Thị Hương"]
    assert "2 delegations · 3 delegates · 1 speaker · 1 session" in window.status_text()


def test_selecting_a_delegation_shows_its_members(window: MainWindow) -> None:
    tab = _tab(window)
    tab.select_delegation(_delegation_id(tab, "Thailand"))
    assert _shown_names(tab) == ["Somchai Jaidee"]
    assert window.status_text().startswith("Showing 1 of 3 delegates")


def test_add_delegate_through_the_dialog(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    tab = _tab(window)
    tab.select_delegation(_delegation_id(tab, "Thailand"))
    dialog = tab.open_delegate_dialog()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.honorific, "Dr")
    qtbot.keyClicks(dialog.given_name, "Siriporn")
    qtbot.keyClicks(dialog.family_name, "Wongsuwan")
    dialog.native_name.setText("ศิริพร วงศ์สุวรรณ")  # QTest types ASCII only
    qtbot.keyClicks(dialog.email, "siriporn@example.ac.th")
    _press_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: "Dr Siriporn Wongsuwan" in _shown_names(tab))
    assert tab.delegate_view.selectionModel().selectedRows()[0].data() == "Delegate"
    saved = [row for row in _delegates(read_file) if row.name == "Siriporn Wongsuwan"]
    assert len(saved) == 1
    assert saved[0].delegation_name == "Thailand"
    assert saved[0].native_name == "ศิริพร วงศ์สุวรรณ"
    assert saved[0].email == "siriporn@example.ac.th"
    assert saved[0].role_name == "Delegate"


def test_invalid_email_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    read_file: ReadFile,
) -> None:
    tab = _tab(window)
    dialog = tab.open_delegate_dialog()
    qtbot.keyClicks(dialog.given_name, "Kim")
    qtbot.keyClicks(dialog.email, "kim.example.org")
    _press_ok(qtbot, dialog)

    assert dialog.isVisible()
    message = dialog.field_error("Email")
    assert message.startswith("Email:")
    assert "kim.example.org" in message
    assert dialog.focusWidget() is dialog.email  # the cursor waits in the field to fix
    assert len(_delegates(read_file)) == 3
    assert tab.delegate_proxy.rowCount() == 3

    dialog.email.clear()  # fixed: now it saves
    qtbot.keyClicks(dialog.email, "kim@example.org")
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(_delegates(read_file)) == 4


def test_a_person_needs_a_name(qtbot: QtBot, window: MainWindow, read_file: ReadFile) -> None:
    dialog = _tab(window).open_delegate_dialog()
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("Name").startswith("Name:")
    assert len(_delegates(read_file)) == 3


def test_edit_a_delegate(qtbot: QtBot, window: MainWindow, read_file: ReadFile) -> None:
    tab = _tab(window)
    qtbot.keyClicks(tab.filter, "somchai")
    tab.delegate_view.selectRow(0)
    tab.delegate_view.setFocus()
    qtbot.keyClick(tab.delegate_view, Qt.Key.Key_Return)  # Enter edits, like a double-click
    dialog = _open_dialog(tab)
    assert dialog.given_name.text() == "Somchai"
    dialog.position.clear()
    qtbot.keyClicks(dialog.position, "Vice-Rector")
    _press_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: tab.delegate_proxy.index(0, 4).data() == "Vice-Rector")
    (somchai,) = [row for row in _delegates(read_file) if row.name == "Somchai Jaidee"]
    assert somchai.position == "Vice-Rector"


def _open_dialog(tab: DelegationsTab) -> DelegateDialog:
    dialogs = [d for d in tab.findChildren(DelegateDialog) if d.isVisible()]
    assert len(dialogs) == 1, "one delegate dialog should be open"
    return dialogs[0]


def test_delete_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    read_file: ReadFile,
    message_boxes: MessageBoxes,
) -> None:
    tab = _tab(window)
    question = "Delete the delegate “Trần Thị Hương”? This cannot be undone."
    qtbot.keyClicks(tab.filter, "tran")
    tab.delegate_view.selectRow(0)
    tab.delegate_view.setFocus()
    message_boxes.expect("question", question, answer=QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.delegate_view, Qt.Key.Key_Delete)
    assert message_boxes.texts == [question]
    assert len(_delegates(read_file)) == 3

    message_boxes.expect("question", question, answer=QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tab.delegate_view, Qt.Key.Key_Delete)
    assert "Trần Thị Hương" not in [row.name for row in _delegates(read_file)]
    assert _shown_names(tab) == []
    assert tab.delegation_model.index(1, 1).data() == "1"  # Viet Nam's member count


def test_filter_is_blind_to_case_and_diacritics(qtbot: QtBot, window: MainWindow) -> None:
    tab = _tab(window)
    tab.delegate_view.setFocus()
    assert window.focusWidget() is tab.delegate_view
    window.find_action.trigger()  # Ctrl+F
    assert window.focusWidget() is tab.filter  # typing goes to the filter
    qtbot.keyClicks(tab.filter, "duc")
    assert _shown_names(tab) == ["Nguyễn Văn Đức"]
    assert window.status_text().startswith("Showing 1 of 3 delegates")
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "NGUYEN  duc")  # words in any order, any case
    assert _shown_names(tab) == ["Nguyễn Văn Đức"]
    tab.filter.setText("สมชาย")  # native script too
    assert _shown_names(tab) == ["Somchai Jaidee"]
    tab.filter.setText("nobody")
    assert _shown_names(tab) == []
    assert tab.empty_hint.isVisibleTo(tab)
    tab.filter.clear()
    assert len(_shown_names(tab)) == 3
    assert not window.status_text().startswith("Showing")


def test_sorting_by_a_column_keeps_filtering_right(qtbot: QtBot, window: MainWindow) -> None:
    tab = _tab(window)
    tab.delegate_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _shown_names(tab) == ["Trần Thị Hương", "Somchai Jaidee", "Nguyễn Văn Đức"]
    qtbot.keyClicks(tab.filter, "viet nam")
    assert _shown_names(tab) == ["Trần Thị Hương", "Nguyễn Văn Đức"]
    tab.delegate_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _shown_names(tab) == ["Nguyễn Văn Đức", "Trần Thị Hương"]


def test_add_and_delete_a_delegation(
    qtbot: QtBot,
    window: MainWindow,
    read_file: ReadFile,
    message_boxes: MessageBoxes,
) -> None:
    tab = _tab(window)
    dialog = tab.open_delegation_dialog()
    qtbot.keyClicks(dialog.name, "Cambodia")
    dialog.country.setCurrentIndex(dialog.country.findData("KH"))
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.selected_delegation_id() is not None)
    assert tab.delegation_model.row_at(tab.delegation_model.rowCount() - 1).name == "Cambodia"
    assert tab.title.text() == "Cambodia"

    message_boxes.expect(
        "question", "Delete the delegation “Cambodia”?", answer=QMessageBox.StandardButton.Yes
    )
    tab.delete_delegation_button.click()
    names = [row.name for row in tab.delegation_model.rows()]
    assert names == ["All delegations", "Viet Nam", "Thailand"]
    saved = read_file(lambda session: service.list_delegations(session=session))
    assert [d.name for d in saved] == names[1:]


def test_the_delete_questions_count_members_and_delegates_in_english(
    window: MainWindow, message_boxes: MessageBoxes
) -> None:
    tab = _tab(window)
    tab.select_delegation(_delegation_id(tab, "Thailand"))
    message_boxes.expect(
        "question",
        "Delete the delegation “Thailand” and its 1 member? This cannot be undone.",
        answer=QMessageBox.StandardButton.No,
    )
    tab.delete_delegation_button.click()
    tab.select_delegation(_delegation_id(tab, "Viet Nam"))
    message_boxes.expect(
        "question",
        "Delete the delegation “Viet Nam” and its 2 members? This cannot be undone.",
        answer=QMessageBox.StandardButton.No,
    )
    tab.delete_delegation_button.click()
    tab.delegate_view.selectAll()
    message_boxes.expect(
        "question",
        "Delete 2 delegates? This cannot be undone.",
        answer=QMessageBox.StandardButton.No,
    )
    tab.delete_delegate_button.click()
    assert tab.count_label.text() == "2 of 3 delegates"
    tab.select_delegation(None)
    assert tab.count_label.text() == "3 delegates"
    assert [row.member_count for row in tab.delegation_model.rows()] == [3, 2, 1]


def test_delegation_head_must_be_a_member_shown_at_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = _tab(window)
    viet_nam = _delegation_id(tab, "Viet Nam")
    dialog = tab.open_delegation_dialog(viet_nam)
    heads = [dialog.head.itemText(i) for i in range(dialog.head.count())]
    assert heads == ["(none)", "Nguyễn Văn Đức", "Trần Thị Hương"]
    assert dialog.head.currentText() == "Nguyễn Văn Đức"
    dialog.name.clear()
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("Name") == "Name: this field is required."
    dialog.reject()


def _window_with_first_screen_of_one(
    qtbot: QtBot, event_file: Any, settings: Any, monkeypatch: Any
) -> tuple[MainWindow, DelegationsTab]:
    """A window on the small event as a 20,000-delegate event opens: the first screen (here
    one delegate) at once, the rest read in the background once that screen is painted."""
    monkeypatch.setattr(tab_module, "FIRST_SCREEN", 1)
    window = MainWindow(event_file, settings=settings)
    qtbot.addWidget(window)
    return window, _tab(window)


def test_a_large_roster_shows_its_first_screen_at_once_then_everyone(
    qtbot: QtBot, event_file: Any, settings: Any, monkeypatch: Any
) -> None:
    window, tab = _window_with_first_screen_of_one(qtbot, event_file, settings, monkeypatch)
    assert _shown_names(tab) == ["Nguyễn Văn Đức"]  # the first in protocol order
    assert tab.is_reading()
    assert tab.count_label.text() == "Reading 3 delegates…"
    assert tab.delegation_model.index(0, 1).data() == "3"  # All delegations: every member
    assert not tab.empty_hint.isVisibleTo(tab)

    window.show()  # painted: the rest is read
    qtbot.waitUntil(lambda: not tab.is_reading())
    assert sorted(_shown_names(tab)) == ["Nguyễn Văn Đức", "Somchai Jaidee", "Trần Thị Hương"]
    assert tab.count_label.text() == "3 delegates"


def test_a_filter_typed_while_the_rest_is_read_applies_to_everyone(
    qtbot: QtBot, event_file: Any, settings: Any, monkeypatch: Any
) -> None:
    window, tab = _window_with_first_screen_of_one(qtbot, event_file, settings, monkeypatch)
    tab.filter.setText("somchai")  # not in the first screen
    window.show()
    qtbot.waitUntil(lambda: not tab.is_reading())
    assert _shown_names(tab) == ["Somchai Jaidee"]
    assert tab.count_label.text() == "1 of 3 delegates"


def test_a_change_saved_before_the_rest_arrives_is_not_overwritten(
    qtbot: QtBot, event_file: Any, settings: Any, monkeypatch: Any
) -> None:
    window, tab = _window_with_first_screen_of_one(qtbot, event_file, settings, monkeypatch)
    with event_file.session() as session:
        thailand = next(
            d for d in service.list_delegations(session=session) if d.name == "Thailand"
        )
        service.add_delegate(
            session,
            service.DelegateCreate(
                delegation_id=thailand.id, given_name="Malee", family_name="Suk"
            ),
        )
    tab.refresh(DELEGATES)  # what a saved form does: the whole roster, read now
    assert not tab.is_reading()
    window.show()
    qtbot.wait(200)  # the painted window would have read the rest by now
    assert "Malee Suk" in _shown_names(tab) and len(_shown_names(tab)) == 4
    assert tab.count_label.text() == "4 delegates"


def test_under_the_asean_rule_a_new_delegation_takes_its_place(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    protocol.set_precedence(window.event_file, rule="asean")  # by English name
    window.data_changed.emit(DELEGATIONS)
    tab = _tab(window)
    dialog = tab.open_delegation_dialog()
    qtbot.keyClicks(dialog.name, "Cambodia")
    dialog.country.setCurrentIndex(dialog.country.findData("KH"))
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.selected_delegation_id() is not None)
    names = [row.name for row in tab.delegation_model.rows()]
    assert names == ["All delegations", "Cambodia", "Thailand", "Viet Nam"]
    saved = read_file(lambda session: service.list_delegations(session=session))
    assert [d.name for d in saved] == names[1:]


# The offscreen platform cannot raise the tool tip's window; it shows it all the same.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_under_the_asean_rule_the_protocol_order_is_shown_but_not_edited(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    tab = _tab(window)
    thailand = _delegation_id(tab, "Thailand")
    hand_made = tab.open_delegation_dialog(thailand)  # the small event's order is hand-made
    assert hand_made.protocol_order.isEnabled()
    hand_made.reject()

    protocol.set_precedence(window.event_file, rule="asean")
    window.data_changed.emit(DELEGATIONS)
    dialog = tab.open_delegation_dialog(thailand)
    qtbot.waitExposed(dialog)
    box = dialog.protocol_order
    assert not box.isEnabled() and box.value() == 1  # Thailand before Viet Nam by the rule
    why = "Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…"
    assert box.toolTip() == why
    # Hovering asks the box for its tool tip (the event the window system's hover sends).
    centre = box.rect().center()
    QApplication.sendEvent(box, QHelpEvent(QEvent.Type.ToolTip, centre, box.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)  # shown although the box is disabled
    assert QToolTip.text() == why
    QToolTip.hideText()

    qtbot.keyClicks(dialog.institution, "Ministry of Education")
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = read_file(lambda session: service.list_delegations(session=session))
    assert [(d.name, d.protocol_order) for d in saved] == [("Thailand", 1), ("Viet Nam", 2)]
