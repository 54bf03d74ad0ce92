"""Files dropped onto the main window: a spreadsheet opens the import preview (as File ▸
Import registrations… would after choosing it), an event file opens in the window.

A filter on the window, not an override: drops on the tables and tabs reach the window because
those widgets do not take drops themselves; a text field still takes dropped text.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from delegations.ui.tabs.base import DELEGATIONS

EVENT_SUFFIXES = (".sqlite3", ".sqlite", ".db")
STATUS_MESSAGE_MS = 10_000


class DroppedKind(Enum):
    REGISTRATIONS = "registrations"
    EVENT = "event"


def dropped_file(mime: QMimeData | None) -> tuple[DroppedKind, Path] | None:
    """What a drag carries, if it is one local spreadsheet or event file; else None."""
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    from delegations.services.registrations.workbooks import SUPPORTED_SUFFIXES

    path = Path(urls[0].toLocalFile())
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return DroppedKind.REGISTRATIONS, path
    if suffix in EVENT_SUFFIXES:
        return DroppedKind.EVENT, path
    return None


class FileDrops(QObject):
    """Takes drops of one spreadsheet or event file on `window` (the main window)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self._accepts(dropped_file(event.mimeData())):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            dropped = dropped_file(event.mimeData())
            if not self._accepts(dropped):
                event.ignore()
                return True
            event.acceptProposedAction()
            self.open(*dropped)  # type: ignore[misc]
            return True
        return super().eventFilter(watched, event)

    def _accepts(self, dropped: tuple[DroppedKind, Path] | None) -> bool:
        """A file we open, and not at a locked desk (whose File menu is out of reach too)."""
        desk = getattr(self._window, "desk", None)
        return dropped is not None and not getattr(desk, "desk_mode", False)

    def open(self, kind: DroppedKind, path: Path) -> None:
        """Do what the drop of `path` means: preview its registrations or open the event."""
        window = self._window
        if kind is DroppedKind.EVENT:
            window.open_event_path(path)  # type: ignore[attr-defined]
            return
        from delegations.ui.dialogs.import_dialog import open_import_dialog

        window.activateWindow()  # the drag came from another app's window
        open_import_dialog(
            window, window.event_file, path,  # type: ignore[attr-defined]
            notify=lambda: window.data_changed.emit(DELEGATIONS),  # type: ignore[attr-defined]
            show_message=lambda text: window.statusBar().showMessage(text, STATUS_MESSAGE_MS),
        )  # fmt: skip


def install_file_drops(window: QMainWindow) -> FileDrops:
    return FileDrops(window)


__all__ = ["DroppedKind", "FileDrops", "dropped_file", "install_file_drops"]
