"""The Room layout panel of the Seating plans window: a room, its layout's kind and counts as
`delegations seating layout` takes them. "Set layout" asks the window to save them (one
service call, which refuses a count out of range: the spin boxes leave the limits to it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.seating import LayoutKind, LayoutSpec
from delegations.services.seating import RoomChoice
from delegations.ui.accessibility import named

PARAMETERS = ("places", "table_seats", "behind_rows", "chair_seats", "rows", "seats_per_row",
              "aisle_every", "tables", "seats_per_table")  # fmt: skip


class LayoutPanel(QWidget):
    """Choose a room, then its layout's kind and counts (only the kind's own are shown).

    Signals:
        layout_requested(int, str, dict): the room's id, the kind and its counts.
    """

    layout_requested = Signal(int, str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rooms: list[RoomChoice] = []
        self.room_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        for kind, text in self._kind_names().items():
            self.kind_box.addItem(text, kind.value)
        self.spins: dict[str, QSpinBox] = {}
        for name in PARAMETERS:
            spin = QSpinBox(self)
            spin.setRange(-999, 99_999)  # the service says what is out of range, in one sentence
            self.spins[name] = spin
        self.set_button = QPushButton(self.tr("Set la&yout"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self._form = QFormLayout()
        self._lay_out()
        self.room_box.currentIndexChanged.connect(self._on_room_changed)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.set_button.clicked.connect(self._on_set_clicked)

    def _kind_names(self) -> dict[LayoutKind, str]:
        return {
            LayoutKind.HOLLOW_SQUARE: self.tr("Hollow square"),
            LayoutKind.U_SHAPE: self.tr("U-shape"),
            LayoutKind.THEATRE: self.tr("Theatre rows"),
            LayoutKind.CLASSROOM: self.tr("Classroom"),
            LayoutKind.ROUNDS: self.tr("Round tables"),
            LayoutKind.HEAD_TABLE: self.tr("Head table and rows"),
        }

    def _parameter_names(self) -> dict[str, str]:
        return {
            "places": self.tr("Delegation places:"),
            "table_seats": self.tr("Seats at the table per place:"),
            "behind_rows": self.tr("Rows behind each place:"),
            "chair_seats": self.tr("Seats at the chair:"),
            "rows": self.tr("Rows:"),
            "seats_per_row": self.tr("Seats per row:"),
            "aisle_every": self.tr("Aisle every (seats, 0 = centre):"),
            "tables": self.tr("Round tables:"),
            "seats_per_table": self.tr("Seats per table:"),
        }

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        self._form.addRow(self.tr("&Room:"), self.room_box)
        self._form.addRow(self.tr("&Kind:"), self.kind_box)
        named(self.room_box, self.tr("Room"))
        named(self.kind_box, self.tr("Kind of layout"))
        for name, text in self._parameter_names().items():
            self._form.addRow(text, self.spins[name])
            named(self.spins[name], text.rstrip(":"))
        layout.addLayout(self._form)
        layout.addWidget(self.set_button)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def set_rooms(self, rooms: list[RoomChoice], current: str | None = None) -> None:
        """Fill the room list (rooms with no layout say so) and choose `current` by name."""
        self._rooms = rooms
        self.room_box.blockSignals(True)
        self.room_box.clear()
        for room in rooms:
            text = room.name if room.spec else self.tr("{room} (no layout)").format(room=room.name)
            self.room_box.addItem(text, room.id)
        index = next((i for i, room in enumerate(rooms) if room.name == current), 0)
        self.room_box.setCurrentIndex(index)
        self.room_box.blockSignals(False)
        self._on_room_changed()

    def room_id(self) -> int | None:
        return self.room_box.currentData()

    def kind(self) -> str:
        return self.kind_box.currentData()

    def counts(self) -> dict[str, int]:
        """The counts the chosen kind takes, as typed."""
        names = LayoutSpec(LayoutKind(self.kind())).parameters()
        return {name: self.spins[name].value() for name in names}

    def set_count(self, name: str, value: int) -> None:
        self.spins[name].setValue(value)

    def choose_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def _on_room_changed(self) -> None:
        room = next((r for r in self._rooms if r.id == self.room_id()), None)
        spec = room.spec if room and room.spec else LayoutSpec(LayoutKind.HOLLOW_SQUARE)
        defaults = LayoutSpec(spec.kind)
        for name, spin in self.spins.items():
            spin.setValue(getattr(spec, name, getattr(defaults, name)))
        self.kind_box.blockSignals(True)
        self.choose_kind(spec.kind.value)
        self.kind_box.blockSignals(False)
        self._on_kind_changed()
        self.set_button.setEnabled(room is not None)

    def _on_kind_changed(self) -> None:
        taken = LayoutSpec(LayoutKind(self.kind())).parameters()
        for name, spin in self.spins.items():
            self._form.setRowVisible(spin, name in taken)

    def _on_set_clicked(self) -> None:
        room_id = self.room_id()
        if room_id is not None:
            self.layout_requested.emit(room_id, self.kind(), self.counts())
