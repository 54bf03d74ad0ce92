"""What a screen reader gets: a name for every field, button and table of every tab and main
dialog; the check-in outcome spoken; the actions of the tabs reachable from the keyboard.

Names are read through Qt's accessibility interface (`QAccessible.queryAccessibleInterface
(...).text(Name)`), the very text a screen reader asks for: a button's text, a label whose
buddy the field is (when Qt finds it), or the accessible name set in code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegations.services.checkin import CheckInResult, Outcome, Refusal
from delegations.services.walk_in import walk_in_choices
from delegations.store import EventFile
from delegations.ui.accessibility import plain_label, spoken_name
from delegations.ui.checkin.card import ResultCard
from delegations.ui.checkin.exchange_dialog import ExchangeDialog
from delegations.ui.checkin.restore_dialog import RestoreDialog
from delegations.ui.checkin.settings_dialog import DeskSettingsDialog
from delegations.ui.checkin.walk_in_dialog import WalkInDialog
from delegations.ui.dialogs.booklet_dialog import open_booklet_dialog
from delegations.ui.dialogs.import_dialog import ImportDialog
from delegations.ui.errors import UnexpectedErrorDialog
from delegations.ui.main_window import TAB_NAMES, MainWindow

INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
    QAbstractItemView, QAbstractSlider,
)  # fmt: skip


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets shown in `root` that a screen reader would find nameless."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QScrollBar | QHeaderView):
            continue  # part of their view: a screen reader reads the table's own headers
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside: the combo box or spin box is the control
        if not spoken_name(widget).strip():
            label = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
            found.append(f"{type(widget).__name__} under {type(widget.parent()).__name__} "
                         f"({label!r})")  # fmt: skip
    return found


def test_every_field_button_and_table_of_every_tab_has_a_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    missing = {}
    for name in TAB_NAMES:
        window.show_tab(name)
        qtbot.wait(10)
        missing[name] = unnamed(window.tab_widget.currentWidget())
    assert missing == {name: [] for name in TAB_NAMES}


def _dialogs(
    window: MainWindow, event_file: EventFile, settings: QSettings, tmp_path: Path
) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    delegations = window.show_tab("delegations")
    agenda = window.tab("agenda")
    csv = tmp_path / "list.csv"
    csv.write_text("Given name,Family name\nAnh,Lê\n", encoding="utf-8")
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        failure = sys.exc_info()
    yield "delegate", lambda: delegations.open_delegate_dialog()  # type: ignore[attr-defined]
    yield "delegation", lambda: delegations.open_delegation_dialog()  # type: ignore[attr-defined]
    yield "badges", lambda: delegations.badge_actions.open_badges_dialog()  # type: ignore[attr-defined]
    yield "session", lambda: agenda.open_session_dialog()  # type: ignore[attr-defined]
    yield "rooms", lambda: agenda.open_rooms_dialog()  # type: ignore[attr-defined]
    yield "publish", lambda: agenda.open_publish_dialog()  # type: ignore[attr-defined]
    yield "event settings", window.open_event_settings
    yield "new event", window.open_new_event_dialog
    yield (
        "booklet",
        lambda: open_booklet_dialog(
            window, event_file, notify=lambda: None, show_message=lambda _text: None
        ),
    )
    yield "import", lambda: _opened(ImportDialog(event_file, csv, window))
    yield "desk settings", lambda: _opened(DeskSettingsDialog(event_file, settings, window))
    yield "walk-in", lambda: _opened(WalkInDialog(walk_in_choices(event_file), window))
    yield "error", lambda: _opened(UnexpectedErrorDialog(failure, tmp_path / "x.log", window))  # type: ignore[arg-type]
    yield "changes", lambda: agenda.open_changes_dialog()  # type: ignore[attr-defined]
    yield "exchange", lambda: _opened(ExchangeDialog(event_file, "North 1", window))
    yield "restore", lambda: _opened(RestoreDialog([], window))
    viet_nam = delegations._delegations[0].id  # type: ignore[attr-defined]

    def name_order() -> QDialog:
        delegations.select_delegation(viet_nam)  # type: ignore[attr-defined]
        return delegations.name_order_actions.open_dialog()  # type: ignore[attr-defined]

    def handover() -> QDialog:
        delegations.select_delegation(viet_nam)  # type: ignore[attr-defined]
        return delegations.handover_actions.open_dialog()  # type: ignore[attr-defined]

    def add_to_session() -> QDialog:
        speakers = window.show_tab("speakers")
        speakers.view.selectRow(0)  # type: ignore[attr-defined]
        return speakers.open_add_to_session_dialog()  # type: ignore[attr-defined]

    yield "name order", name_order
    yield "handover", handover
    yield "add to session", add_to_session


def _opened(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def test_every_field_button_and_list_of_the_main_dialogs_has_a_name(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, settings: QSettings, tmp_path: Path
) -> None:
    missing = {}
    for title, open_dialog in _dialogs(window, event_file, settings, tmp_path):
        dialog = open_dialog()
        assert dialog is not None, title
        qtbot.waitUntil(dialog.isVisible)
        missing[title] = unnamed(dialog)
        dialog.reject()
    assert {title: names for title, names in missing.items() if names} == {}


def test_the_check_in_outcome_is_told_to_screen_readers(qtbot: QtBot) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    assert spoken_name(card) == "Check-in result"

    card.show_result(CheckInResult(
        outcome=Outcome.ADMITTED, message="", delegate_id=1, name="Lê Văn Anh",
        native_name="", role="Head of Delegation", delegation="Viet Nam",
    ))  # fmt: skip
    assert card.accessibleDescription().startswith("ADMITTED. Lê Văn Anh. Head of Delegation. ")
    assert "Viet Nam" in card.accessibleDescription()

    card.show_result(CheckInResult(
        outcome=Outcome.REFUSED, message="", refusal=Refusal.INVALID_CODE,
        refusal_detail="the code's signature does not match",
    ))  # fmt: skip
    told = card.accessibleDescription()
    assert told.startswith("REFUSED. The code's signature does not match. Do not admit")
    assert "Lê Văn Anh" not in told, "the last person is not read out with a refusal"


def test_every_tab_button_can_be_reached_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A button takes the Tab key, has a shortcut or a mnemonic (Alt+letter), or names the
    key of one of the window's actions that does the same (the desk's "Undo (Ctrl+Z)")."""
    window_keys = {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    unreachable = []
    for name in TAB_NAMES:
        window.show_tab(name)
        page = window.tab_widget.currentWidget()
        for button in page.findChildren(QAbstractButton):
            if not button.isVisibleTo(page) or not button.isEnabled():
                continue
            takes_tab = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
            has_key = not button.shortcut().isEmpty() or "&" in button.text().replace("&&", "")
            words = button.text() + button.toolTip()
            has_key = has_key or any(f"({keys})" in words for keys in window_keys)
            if not (takes_tab or has_key):
                unreachable.append(f"{name}: {plain_label(button.text()) or button.toolTip()}")
    assert unreachable == []


def test_the_menus_name_a_key_for_every_item(window: MainWindow) -> None:
    """Every menu item can be chosen with the keyboard: a mnemonic or a shortcut."""
    without = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if action.isSeparator() or not action.isVisible() or action.menu():
                continue
            text = action.text().replace("&&", "")
            if "&" not in text and action.shortcut() == QKeySequence():
                without.append(f"{plain_label(menu_action.text())} ▸ {plain_label(text)}")
    assert without == []


def test_the_cards_buttons_that_never_take_the_focus_have_keys(qtbot: QtBot) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    card.show_result(CheckInResult(
        outcome=Outcome.ADMITTED, message="", delegate_id=7, name="Nguyễn Văn Đức",
        delegation="Viet Nam", delegation_id=3, is_head=True, members_here=1, members_total=4,
    ))  # fmt: skip
    assert card.admit_delegation_button.isVisible() and card.reprint_button.isVisible()
    assert card.admit_delegation_button.toolTip() == "Ctrl+Shift+A"

    with qtbot.waitSignal(card.admit_delegation_requested) as admitted:
        qtbot.keyClick(card, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert admitted.args == [3]
    with qtbot.waitSignal(card.reprint_lost_requested) as reprint:
        qtbot.keyClick(card, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert reprint.args == [7, "Nguyễn Văn Đức"]
