"""The Delegations tab's "Travel…" button: the selected delegate's arrival and departure (the
other members selected with them are ticked as travelling on the same legs). The dialog is
imported when first opened: start-up does without it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget

from delegations.domain.errors import UserError
from delegations.ui.widgets import show_error

if TYPE_CHECKING:
    from delegations.services.event import EventFile
    from delegations.ui.travel.dialog import TravelDialog


class DelegatesTab(Protocol):
    """What the button uses of the Delegations tab (a QWidget)."""

    changed: SignalInstance

    def selected_delegate_ids(self) -> list[int]: ...
    def tr(self, text: str) -> str: ...


class TravelActions(QObject):
    def __init__(self, tab: DelegatesTab, event_file: EventFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._tab = tab
        self._event_file = event_file
        self.button = QPushButton(self.tr("Travel…"), parent)
        self.button.setToolTip(
            self.tr("Arrival and departure of the selected delegate, and who travels with them")
        )
        self.button.clicked.connect(self.open_dialog)
        self.dialog: TravelDialog | None = None  # the last one opened

    def set_selection(self, count: int) -> None:
        self.button.setEnabled(count > 0)

    def open_dialog(self) -> TravelDialog | None:
        from delegations.services import event as event_service
        from delegations.ui.tabs.base import DELEGATES
        from delegations.ui.travel.dialog import TravelDialog

        ids = self._tab.selected_delegate_ids()
        if not ids:
            return None
        start: dt.date | None = event_service.read_event_settings(self._event_file).start
        try:
            dialog = TravelDialog(
                self._event_file, ids[0], also=ids[1:], default_day=start, parent=self.button
            )
        except UserError as error:
            show_error(self.button, self.tr("Travel"), error)
            return None
        dialog.accepted.connect(lambda: self._tab.changed.emit(DELEGATES))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog


def install_travel_actions(
    tab: DelegatesTab, event_file: EventFile, parent: QWidget
) -> TravelActions:
    return TravelActions(tab, event_file, parent)
