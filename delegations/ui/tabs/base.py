"""What every tab shares: the event file, the `changed` signal, safe service calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from delegations.domain.errors import UserError
from delegations.services.event import EventFile
from delegations.ui.widgets import show_error

DELEGATIONS, DELEGATES, SPEAKERS, AGENDA, ROOMS, EVENT = (
    "delegations", "delegates", "speakers", "agenda", "rooms", "event",
)  # fmt: skip


class EventTab(QWidget):
    """A tab over the open event. Reads and writes only through the services.

    Signals:
        changed(str): this tab wrote something; the argument says what (DELEGATES, …).
        status_changed(): `status_text()` changed (e.g. the filter).
    """

    changed = Signal(str)
    status_changed = Signal()

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file

    def refresh(self, what: str) -> None:
        """Something changed in the event (`what`); reload if this tab shows it."""

    def can_close(self) -> bool:
        """Before the window closes or switches event: False keeps it open (unsaved edits)."""
        return True

    def release(self) -> None:
        """The window closes or drops this tab with its event: stop work on it in the
        background before the event is closed."""

    def focus_filter(self) -> None:
        """Put the cursor in the tab's filter box (Ctrl+F)."""

    def status_text(self) -> str:
        """E.g. "Showing 12 of 20,000 delegates"; "" when nothing is filtered."""
        return ""

    def _call(self, title: str, action: Callable[[], object], what: str) -> bool:
        """Run one use case (a service call owning its transaction); a UserError is shown
        as a sentence, not raised. Either way the tabs showing `what` reload."""
        try:
            action()
        except UserError as error:
            show_error(self, title, error)
            self.changed.emit(what)  # the record may have gone: show the file as it is
            return False
        self.changed.emit(what)
        return True

    def _add_view_action(
        self, view: QAbstractItemView, shortcut: QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> QAction:
        """A keyboard action that works while `view` has the focus (e.g. Del deletes)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
        return action
