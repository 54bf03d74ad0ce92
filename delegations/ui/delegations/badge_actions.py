"""The Delegations tab's badge actions: a "Print badges…" button and, on the delegates table's
context menu, "Print badges of the selection…" and "Reprint badge…".

Light at start-up: the dialogs (and ReportLab behind them) are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QTableView

if TYPE_CHECKING:
    from delegations.services.event import EventFile
    from delegations.services.roster import DelegateRow
    from delegations.ui.badges.dialogs import BadgesDialog, ReprintDialog
    from delegations.ui.models import RowTableModel


class DelegatesTab(Protocol):
    """What the badge actions use of the Delegations tab (a QWidget): its two tables and
    their selection."""

    changed: SignalInstance
    delegate_view: QTableView
    delegate_model: RowTableModel[DelegateRow]
    delegation_model: RowTableModel[Any]  # rows with id (None: "All delegations") and name

    def tr(self, text: str) -> str: ...
    def selected_delegate_ids(self) -> list[int]: ...
    def selected_delegation_id(self) -> int | None: ...


class BadgeActions(QObject):
    """Owns the button and actions; reads the tab's selection when they are triggered."""

    def __init__(self, tab: DelegatesTab, event_file: EventFile) -> None:
        view = tab.delegate_view  # the parent: the tab itself is known only by its Protocol
        super().__init__(view)
        self._tab = tab
        self._event_file = event_file
        self.print_button = QPushButton(self.tr("Print badges…"), view)
        self.print_button.setToolTip(
            self.tr("Print name badges for everyone, the selection or one delegation")
        )
        self.print_button.clicked.connect(self.open_badges_dialog)
        self.print_selection_action = QAction(self.tr("Print badges of the selection…"), view)
        self.print_selection_action.triggered.connect(self.open_badges_dialog)
        self.reprint_action = QAction(self.tr("Reprint badge…"), view)
        self.reprint_action.triggered.connect(self.open_reprint_dialog)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu)

    def _on_context_menu(self, position: QPoint) -> None:
        count = len(self._tab.selected_delegate_ids())
        if not count:
            return
        self.reprint_action.setEnabled(count == 1)
        menu = QMenu(self._tab.delegate_view)
        menu.addAction(self.print_selection_action)
        menu.addAction(self.reprint_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._tab.delegate_view.viewport().mapToGlobal(position))

    def open_badges_dialog(self) -> BadgesDialog:
        from delegations.ui.badges.dialogs import DelegationChoice, open_badges_dialog

        tab = self._tab
        members: dict[int, list[int]] = {}
        for row in tab.delegate_model.rows():
            members.setdefault(row.delegation_id, []).append(row.id)
        choices = [
            DelegationChoice(item.id, item.name, tuple(members.get(item.id, ())))
            for item in tab.delegation_model.rows()
            if item.id is not None
        ]
        return open_badges_dialog(
            tab.delegate_view,
            self._event_file,
            delegations=choices,
            selected_ids=tab.selected_delegate_ids(),
            delegation_id=tab.selected_delegation_id(),
            notify=tab.changed.emit,
        )

    def open_reprint_dialog(self) -> ReprintDialog | None:
        from delegations.ui.badges.dialogs import open_reprint_dialog

        tab = self._tab
        ids = tab.selected_delegate_ids()
        if len(ids) != 1:
            return None
        row = next(r for r in tab.delegate_model.rows() if r.id == ids[0])
        name = f"{row.honorific} {row.name}" if row.honorific else row.name
        return open_reprint_dialog(
            tab.delegate_view,
            self._event_file,
            delegate_id=row.id,
            name=name,
            notify=tab.changed.emit,
        )


def install_badge_actions(tab: DelegatesTab, event_file: EventFile) -> BadgeActions:
    return BadgeActions(tab, event_file)
