"""The event's rooms: the rooms manager (Agenda ▸ Rooms…) and the form of one room."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import agenda as service
from delegations.services.agenda import RoomCreate, RoomUpdate
from delegations.services.event import EventFile
from delegations.ui.accessibility import named
from delegations.ui.dialogs.form import FormDialog, Submit
from delegations.ui.widgets import ask_to_delete, show_error


class RoomDialog(FormDialog):
    def __init__(self, submit: Submit, *, new: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add room") if new else self.tr("Edit room"))
        self.name = self.add_row(self.tr("&Name:"), self.line_edit(), "Name")
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("unknown"))
        self.add_row(self.tr("&Capacity:"), self.capacity, "Capacity")
        self.floor = self.add_row(self.tr("&Floor:"), self.line_edit())
        self.sort_order = QSpinBox(self)
        self.sort_order.setRange(0, 999)
        self.add_row(self.tr("&Order:"), self.sort_order)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "capacity": self.capacity.value() or None,
            "floor": self.floor.text(),
            "sort_order": self.sort_order.value(),
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.capacity.setValue(values.get("capacity") or 0)
        self.floor.setText(values.get("floor", ""))
        self.sort_order.setValue(values.get("sort_order", 0))


class RoomsDialog(QDialog):
    """The event's rooms: add, edit, delete, each one service call.

    Signals:
        rooms_changed(): a room was added, changed or deleted (or a refusal showed that the
            rooms are not what the list showed).
    """

    rooms_changed = Signal()

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rooms"))
        self._event_file = event_file
        self._values: dict[int, dict[str, Any]] = {}
        layout = QHBoxLayout(self)
        self.list = named(QListWidget(self), self.tr("Rooms"))
        self.list.setMinimumSize(300, 260)
        self.list.itemActivated.connect(self._on_edit)
        layout.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(close)
        layout.addLayout(side)
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        self._values.clear()
        for room in service.load_rooms(self._event_file):
            label = room.name
            if room.capacity:
                label += "  ({seats})".format(seats=self.tr("%Ln seat(s)", "", room.capacity))
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            self._values[room.id] = room.model_dump(exclude={"id"})
            if room.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_changed(self.list.currentRow())

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _on_current_changed(self, row: int) -> None:
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)

    def room_dialog(self, room_id: int | None = None) -> RoomDialog:
        """The form for a new room (or `room_id`), opened; the list refreshes when it is saved."""
        created: list[int | None] = [room_id]

        def submit(values: dict[str, Any]) -> None:
            model = RoomCreate if room_id is None else RoomUpdate
            service.save_room(self._event_file, model(**values), room_id=room_id)
            self.rooms_changed.emit()

        dialog = RoomDialog(submit, new=room_id is None, parent=self)
        if room_id is not None:
            dialog.set_values(self._values[room_id])
        dialog.accepted.connect(lambda: self.reload(select=created[0]))
        dialog.open()
        return dialog

    def _on_add(self) -> None:
        self.room_dialog()

    def _on_edit(self, *_args: object) -> None:
        room_id = self._current_id()
        if room_id is not None:
            self.room_dialog(room_id)

    def _on_delete(self) -> None:
        room_id = self._current_id()
        if room_id is None:
            return
        title = self.tr("Delete room")
        question = self.tr(
            "Delete the room “{name}”? Its sessions stay in the agenda without a room."
        ).format(name=self.list.currentItem().text())
        if not ask_to_delete(self, title, question):
            return
        try:
            service.delete_room(self._event_file, room_id)
        except UserError as error:
            show_error(self, title, error)
        self.rooms_changed.emit()
        self.reload()
