"""A speaker's sessions on the Speakers tab: the list, Add to session… and Remove from session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import agenda as agenda_service
from delegations.services import speakers as service
from delegations.services.event import EventFile
from delegations.ui.accessibility import named
from delegations.ui.agenda.dialogs import kind_label
from delegations.ui.dates import short_date, time_range, time_text
from delegations.ui.speakers.add_to_session import AddToSessionDialog
from delegations.ui.widgets import show_error


class SpeakerSessions(QWidget):
    """The sessions a speaker speaks at or chairs, in time order.

    Args:
        speaker_name: the speaker's name as the form shows it now (for the dialog's title).

    Signals:
        agenda_changed(): the speaker was added to a session or taken off one.
    """

    agenda_changed = Signal()

    def __init__(
        self, event_file: EventFile, speaker_name: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._speaker_name = speaker_name
        self._speaker_id: int | None = None
        self.tree = named(QTreeWidget(self), self.tr("The speaker's sessions"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Day"), self.tr("Time"), self.tr("Room"), self.tr("Session"), self.tr("Role")]
        )
        for column, width in enumerate((90, 95, 130, 300)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.title = QLabel(self)
        self.add_button = QPushButton(self.tr("Add to session…"), self)
        self.remove_button = QPushButton(self.tr("Remove from session"), self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self._on_remove)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

    def show_speaker(self, speaker_id: int | None) -> None:
        """List the sessions of `speaker_id` (None: an empty list, nothing to add to)."""
        self._speaker_id = speaker_id
        rows = (
            []
            if speaker_id is None
            else service.load_speaker_sessions(self._event_file, speaker_id)
        )
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(
                self.tree,
                [
                    short_date(row.day),
                    time_range(row.start_time, row.end_time),
                    row.room_name,
                    f"{row.title_en}  {row.title_zh}".strip(),
                    kind_label(row.role),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.session_id)
            item.setToolTip(3, f"{row.title_en}\n{row.title_zh}".strip())
        self.title.setText(
            self.tr("<b>Sessions</b> — {count}").format(count=len(rows))
            if rows
            else self.tr("<b>Sessions</b> — none yet")
        )
        self._update_buttons()

    def titles(self) -> list[str]:
        """The titles in the list (for tests and screen readers)."""
        return [self.tree.topLevelItem(i).text(3) for i in range(self.tree.topLevelItemCount())]

    def _session_ids(self) -> set[int]:
        return {
            self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.tree.topLevelItemCount())
        }

    def open_add_dialog(self) -> AddToSessionDialog | None:
        """Pick a session and a role for the speaker; written at OK."""
        speaker_id = self._speaker_id
        if speaker_id is None:
            return None
        taken = self._session_ids()
        choices = [
            (row.id, f"{short_date(row.day)} {time_text(row.start_time)} · "
                     f"{row.room_name or self.tr('no room')} · {row.title_en}")
            for row in agenda_service.load_sessions(self._event_file) if row.id not in taken
        ]  # fmt: skip

        def submit(values: dict[str, Any]) -> None:
            agenda_service.assign_speaker(
                self._event_file, values["session_id"], speaker_id, values["role"]
            )

        dialog = AddToSessionDialog(
            submit, speaker_name=self._speaker_name(), sessions=choices, parent=self
        )
        dialog.accepted.connect(self.agenda_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_remove(self) -> None:
        items = self.tree.selectedItems()
        if self._speaker_id is None or not items:
            return
        session_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        try:
            agenda_service.unassign_speaker(self._event_file, session_id, self._speaker_id)
        except UserError as error:
            show_error(self, self.tr("Remove from session"), error)
        self.agenda_changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._speaker_id is not None)
        self.remove_button.setEnabled(
            self._speaker_id is not None and bool(self.tree.selectedItems())
        )
