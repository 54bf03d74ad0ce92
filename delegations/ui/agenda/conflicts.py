"""The agenda's conflicts beside the grid: how many, in red or green, and one sentence each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from delegations.domain.conflicts import Conflict
from delegations.ui.accessibility import named
from delegations.ui.palette import DONE_GREEN, error_style, meaning_colour
from delegations.ui.widgets import heading

_MEETING_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsPanel(QWidget):
    """Signals:
    sessions_requested(list): a conflict was double-clicked; the ids of its sessions.
    meeting_requested(int): a conflict of a bilateral meeting alone (no session in it) was
        double-clicked; the meeting's request id.
    """

    sessions_requested = Signal(list)
    meeting_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.list = named(QListWidget(self), self.tr("Conflicts"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def show_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        count = len(conflicts)
        if count:
            self.title.setText(self.tr("%Ln conflict(s)", "", count))
            self.title.setStyleSheet(error_style())
        else:
            self.title.setText(self.tr("No conflicts"))
            self.title.setStyleSheet(f"color: {meaning_colour(DONE_GREEN).name()};")
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(f"⚠ {conflict.sentence}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, list(conflict.session_ids))
            if conflict.session_ids or conflict.bilateral_id is None:
                item.setToolTip(self.tr("Double-click to show the sessions"))
            else:
                item.setData(_MEETING_ROLE, conflict.bilateral_id)
                item.setToolTip(self.tr("Double-click to show the bilateral meeting"))

    def texts(self) -> list[str]:
        """The sentences shown, in order (for tests and screen readers)."""
        return [self.list.item(row).text()[2:] for row in range(self.list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        meeting = item.data(_MEETING_ROLE)
        if meeting is not None:
            self.meeting_requested.emit(meeting)
        else:
            self.sessions_requested.emit(item.data(Qt.ItemDataRole.UserRole))
