"""Name order for the whole delegation…: the dialog, the table, Edit ▸ Undo and Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from delegations.domain.enums import NameOrder
from delegations.services import delegations as service
from delegations.store import EventFile
from delegations.ui.delegations.name_order import BY_COUNTRY, NameOrderDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.main_window import MainWindow


def _tab(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return tab


def _names(tab: DelegationsTab) -> list[str]:
    proxy = tab.delegate_proxy
    return sorted(proxy.index(row, 1).data() for row in range(proxy.rowCount()))


def _select(tab: DelegationsTab, name: str) -> None:
    tab.select_delegation(next(r.id for r in tab.delegation_model.rows() if r.name == name))


def _add_chinese_delegation(event_file: EventFile) -> None:
    """China as a list without a name-order column arrives: everybody given-name first."""
    with event_file.session() as session:
        china = service.add_delegation(
            session,
            service.DelegationCreate(
                name="China",
                country="CN",
            ),
        )
        for given, family in (("Zhen", "Bai"), ("Zhicheng", "Li"), ("Wei", "Wang")):
            service.add_delegate(
                session,
                service.DelegateCreate(
                    delegation_id=china.id,
                    given_name=given,
                    family_name=family,
                ),
            )


def test_by_country_puts_a_chinese_delegation_family_name_first_and_undo_restores_it(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    _add_chinese_delegation(event_file)
    window.data_changed.emit("delegates")
    tab = _tab(window)
    _select(tab, "China")
    assert _names(tab) == ["Wei Wang", "Zhen Bai", "Zhicheng Li"]

    dialog = tab.name_order_actions.open_dialog()
    assert isinstance(dialog, NameOrderDialog)
    assert dialog.choice() is BY_COUNTRY  # the default: as people in China write them
    assert dialog.summary.text().startswith("3 of 3 members change:")
    assert "Zhen Bai → Bai Zhen" in dialog.summary.text()
    assert dialog.change_button.text() == "Change 3 names"
    dialog.choose(NameOrder.GIVEN_FIRST)
    assert not dialog.change_button.isEnabled()  # they already are
    assert dialog.summary.text() == "Every member's name is already in this order."
    dialog.choose(BY_COUNTRY)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)

    assert _names(tab) == ["Bai Zhen", "Li Zhicheng", "Wang Wei"]
    assert "Changed the name order of 3 members of China. Undo with Ctrl+Z." in (
        window.statusBar().currentMessage()
    )

    # Edit ▸ Undo (the window's undo group) while the tab is shown; then Redo.
    assert window.undo_group.canUndo()
    assert window.undo_group.undoText() == "Name order of China"
    window.undo_group.undo()
    assert _names(tab) == ["Wei Wang", "Zhen Bai", "Zhicheng Li"]
    window.undo_group.redo()
    assert _names(tab) == ["Bai Zhen", "Li Zhicheng", "Wang Wei"]

    # Ctrl+Z, as a user presses it.
    tab.delegate_view.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    qtbot.waitUntil(lambda: _names(tab) == ["Wei Wang", "Zhen Bai", "Zhicheng Li"])


def test_the_undo_stack_leaves_the_window_with_the_tab(
    window: MainWindow, event_file: EventFile
) -> None:
    _add_chinese_delegation(event_file)
    window.data_changed.emit("delegates")
    tab = _tab(window)
    _select(tab, "China")
    tab.name_order_actions.change(tab.selected_delegation_id(), "China", NameOrder.FAMILY_FIRST)
    assert window.undo_group.activeStack() is tab.name_order_actions.undo_stack
    window.show_tab("agenda")
    assert window.undo_group.activeStack() is not tab.name_order_actions.undo_stack
    window.show_tab("delegations")
    assert window.undo_group.activeStack() is tab.name_order_actions.undo_stack


def test_the_context_menu_offers_it_for_a_delegation(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # noqa: ANN001
    tab = _tab(window)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: shown.append(menu))
    view = tab.delegation_view
    row = next(i for i, r in enumerate(tab.delegation_model.rows()) if r.name == "Thailand")
    position: QPoint = view.visualRect(tab.delegation_model.index(row, 0)).center()
    view.customContextMenuRequested.emit(position)
    (menu,) = shown
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Name order for the whole delegation…"]
    assert tab.selected_delegation_id() == tab.delegation_model.rows()[row].id
    menu.actions()[0].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NameOrderDialog)
                  and w.isVisible())  # fmt: skip
    # Somchai Jaidee is already given-name first, as Thai names are.
    assert dialog.summary.text() == "Every member's name is already in this order."
    dialog.reject()


def test_a_new_delegate_gets_the_usual_order_of_the_delegation_until_one_is_chosen(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    tab = _tab(window)
    _select(tab, "Viet Nam")
    dialog = tab.open_delegate_dialog()
    assert dialog.name_order.currentData() == NameOrder.FAMILY_FIRST.value
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Thailand"))
    assert dialog.name_order.currentData() == NameOrder.GIVEN_FIRST.value
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Viet Nam"))
    dialog.given_name.setText("Thị Phương")
    dialog.family_name.setText("Nguyễn")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    _select(tab, "Viet Nam")
    assert "Nguyễn Thị Phương" in _names(tab)

    # A choice the user makes stays, whatever delegation is chosen after it.
    dialog = tab.open_delegate_dialog()
    dialog.name_order.setCurrentIndex(dialog.name_order.findData(NameOrder.GIVEN_FIRST.value))
    dialog.name_order.activated.emit(dialog.name_order.currentIndex())
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Thailand"))
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Viet Nam"))
    assert dialog.name_order.currentData() == NameOrder.GIVEN_FIRST.value
    dialog.reject()

    # Editing someone never suggests over their stored order.
    duc = next(r.id for r in tab.delegate_model.rows() if r.name == "Nguyễn Văn Đức")
    tab.select_delegates([duc])
    dialog = tab.open_delegate_dialog(duc)
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Thailand"))
    assert dialog.name_order.currentData() == NameOrder.FAMILY_FIRST.value
    dialog.reject()


def test_one_change_in_a_delegation_of_one_reads_in_the_singular(qtbot: QtBot) -> None:
    change = service.NameOrderChange(
        7, NameOrder.GIVEN_FIRST, NameOrder.FAMILY_FIRST, "Sok Chanthy", "Chanthy Sok"
    )
    dialog = NameOrderDialog(
        delegation="Cambodia",
        country="KH",
        members=1,
        changes={choice: [change] for choice in (NameOrder.FAMILY_FIRST, BY_COUNTRY)},
    )
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 of 1 member changes:\nSok Chanthy → Chanthy Sok"
    assert dialog.change_button.text() == "Change 1 name"
