"""The head chosen in the delegation form and the role chosen in the delegate form agree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs.form import FormDialog, select_data
from delegations.ui.main_window import MainWindow


def _tab(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return tab


def _press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _roles(tab: DelegationsTab) -> dict[str, str]:
    return {row.name: row.role_name for row in tab.delegate_model.rows()}


def _heads(tab: DelegationsTab) -> dict[str, str]:
    return {row.name: row.head_name for row in tab._delegations}


def test_choosing_the_head_in_the_delegation_form_gives_them_the_role(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = _tab(window)
    assert _roles(tab)["Nguyễn Văn Đức"] == "Head of Delegation"  # made head by the fixture
    viet_nam = next(row.id for row in tab._delegations if row.name == "Viet Nam")
    dialog = tab.open_delegation_dialog(viet_nam)
    dialog.head.setCurrentIndex(dialog.head.findText("Trần Thị Hương"))
    _press_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: _heads(tab)["Viet Nam"] == "Trần Thị Hương")
    roles = _roles(tab)
    assert roles["Trần Thị Hương"] == "Head of Delegation"
    assert roles["Nguyễn Văn Đức"] == "Delegate"


def test_giving_the_role_in_the_delegate_form_makes_them_head(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = _tab(window)
    assert _heads(tab)["Thailand"] == ""
    somchai = next(row.id for row in tab.delegate_model.rows() if row.name == "Somchai Jaidee")
    dialog = tab.open_delegate_dialog(somchai)
    hod = next(
        dialog.role.itemData(i)
        for i in range(dialog.role.count())
        if dialog.role.itemText(i) == "Head of Delegation"
    )
    select_data(dialog.role, hod)
    _press_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: _heads(tab)["Thailand"] == "Somchai Jaidee")
    assert _roles(tab)["Somchai Jaidee"] == "Head of Delegation"
