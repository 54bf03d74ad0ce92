"""Hand over badges…: the Delegations tab's button and action for the selected delegation
(the dialog, `handover_dialog`, is imported when first opened: start-up does without it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from delegations.domain.errors import UserError
from delegations.ui.widgets import show_error

if TYPE_CHECKING:
    from delegations.services.event import EventFile
    from delegations.services.roster import DelegationRow
    from delegations.ui.delegations.handover_dialog import HandoverDialog


class DelegationTab(Protocol):
    """What the action uses of the Delegations tab (a QWidget)."""

    changed: SignalInstance

    def selected_delegation(self) -> DelegationRow | None: ...
    def tr(self, text: str) -> str: ...


class HandoverActions(QObject):
    """The "Hand over badges…" button and action of the Delegations tab."""

    def __init__(self, tab: DelegationTab, event_file: EventFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._tab = tab
        self._event_file = event_file
        text = self.tr("Hand over badges…")
        tip = self.tr("Record that the delegation's liaison officer collected its badges, "
                     "and print the custody receipt they sign")  # fmt: skip
        self.action = QAction(text, self)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.open_dialog)
        self.button = QPushButton(text, parent)
        self.button.setToolTip(tip)
        self.button.clicked.connect(self.open_dialog)
        self.dialog: HandoverDialog | None = None  # the last one opened

    def set_enabled(self, enabled: bool) -> None:
        self.action.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def open_dialog(self) -> HandoverDialog | None:
        from delegations.services import handover as service
        from delegations.ui.delegations.handover_dialog import HandoverDialog

        row = self._tab.selected_delegation()
        if row is None:
            return None
        parent = self.button
        try:
            candidates = service.handover_candidates(self._event_file, row.id)
        except UserError as error:
            show_error(parent, self.action.text(), error)
            return None
        if not candidates.badges:
            show_error(parent, self.action.text(), UserError(
                self.tr("{delegation} has no delegates yet: add them first.").format(
                    delegation=row.name)))  # fmt: skip
            return None
        dialog = HandoverDialog(
            self._event_file, candidates, folder=self._event_file.path.parent,
            notify=self._tab.changed.emit, parent=parent.window(),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog


def install_handover_actions(
    tab: DelegationTab, event_file: EventFile, parent: QWidget
) -> HandoverActions:
    return HandoverActions(tab, event_file, parent)
