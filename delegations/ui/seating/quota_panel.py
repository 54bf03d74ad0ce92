"""The Quotas panel of the Seating plans window: every delegation in the order of precedence
with its seats at the table and behind, the host's place, and "Seat automatically" (the
window makes it one service call: `services.seating.seat_session`). A delegation's name
dragged onto a free seat of the plan gives it that seat.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.seating import HostPlace, Quota
from delegations.services.seating import DelegationSeats
from delegations.ui.accessibility import named
from delegations.ui.palette import WARNING_AMBER, meaning_colour

NAME, AT_TABLE, BEHIND, HELD = range(4)
DELEGATION_MIME = "application/x-delegations-delegation"  # a delegation's id, dragged


class QuotaModel(QStandardItemModel):
    """The quota rows; a row dragged carries its delegation's id (onto a free seat)."""

    def mimeTypes(self) -> list[str]:
        return [DELEGATION_MIME]

    def mimeData(self, indexes: list) -> QMimeData:  # list[QModelIndex]
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        if rows:
            delegation = self.item(rows[0], NAME).data(Qt.ItemDataRole.UserRole)
            data.setData(DELEGATION_MIME, str(delegation).encode())
        return data


class QuotaPanel(QWidget):
    """A delegation's quota is typed in its row; "Give everyone" fills every row.

    Signals:
        seat_requested(): "Seat automatically" was pressed.
    """

    seat_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QuotaModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Delegation"),
                self.tr("At the table"),
                self.tr("Behind"),
                self.tr("Seats held"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setDragEnabled(True)  # a delegation's name onto a free seat of the plan
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        named(self.table, self.tr("Seat quotas"),
              self.tr("Seats at the table and behind for each delegation"))  # fmt: skip
        self.everyone_table, self.everyone_behind = QSpinBox(self), QSpinBox(self)
        for spin, value in ((self.everyone_table, 2), (self.everyone_behind, 4)):
            spin.setRange(0, 500)
            spin.setValue(value)
        named(self.everyone_table, self.tr("Everyone at the table"))
        named(self.everyone_behind, self.tr("Everyone behind"))
        self.fill_button = QPushButton(self.tr("&Give everyone"), self)
        self.host_box = QComboBox(self)
        named(self.host_box, self.tr("The host's place"))
        self.seat_button = QPushButton(self.tr("Seat &automatically"), self)
        self._lay_out()
        self.fill_button.clicked.connect(self._on_fill_clicked)
        self.seat_button.clicked.connect(self.seat_requested)
        self.host_box.currentTextChanged.connect(self.host_box.setToolTip)  # when it is cut

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        everyone = QHBoxLayout()
        everyone.addWidget(self.fill_button)
        everyone.addWidget(self.everyone_table)
        everyone.addWidget(QLabel(self.tr("at the table,"), self))
        everyone.addWidget(self.everyone_behind)
        everyone.addWidget(QLabel(self.tr("behind"), self))
        everyone.addStretch(1)
        layout.addLayout(everyone)
        form = QFormLayout()
        form.addRow(self.tr("The host's pla&ce:"), self.host_box)
        layout.addLayout(form)
        layout.addWidget(self.seat_button)

    def _place_names(self, rule_place: HostPlace) -> dict[HostPlace, str]:
        where = {
            HostPlace.IN_ORDER: self.tr("in order"),
            HostPlace.BESIDE_CHAIR: self.tr("beside the chair"),
            HostPlace.OPPOSITE_CHAIR: self.tr("opposite the chair"),
        }
        return {
            HostPlace.RULE: self.tr("As the order of precedence says ({where})").format(
                where=where.get(rule_place, "")
            ),
            HostPlace.IN_ORDER: self.tr("In order"),
            HostPlace.BESIDE_CHAIR: self.tr("Beside the chair"),
            HostPlace.OPPOSITE_CHAIR: self.tr("Opposite the chair"),
        }

    def show_quotas(
        self, rows: tuple[DelegationSeats, ...], host_place: HostPlace, rule_place: HostPlace
    ) -> None:
        """The delegations' quotas and seats held; the plan's host place (`rule_place`: where
        the order of precedence puts the host)."""
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            name = QStandardItem(row.name)
            name.setData(row.id, Qt.ItemDataRole.UserRole)
            held = QStandardItem(self.tr("{table} + {behind}").format(table=row.at_table,
                                                                       behind=row.behind))  # fmt: skip
            items = [name, QStandardItem(str(row.quota.at_table)),
                     QStandardItem(str(row.quota.behind)), held]  # fmt: skip
            for item in (name, held):
                item.setEditable(False)
            if row.at_table > row.quota.at_table or row.at_table + row.behind > row.quota.total:
                held.setForeground(meaning_colour(WARNING_AMBER))  # the warning says more
                held.setToolTip(self.tr("More seats than the quota"))
            for item in items[AT_TABLE:]:
                item.setDragEnabled(False)  # a drag from a number would start while editing
            for item in items[AT_TABLE:HELD]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.host_box.clear()
        for place, text in self._place_names(rule_place).items():
            self.host_box.addItem(text, place.value)
            self.host_box.setItemData(self.host_box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.host_box.setCurrentIndex(self.host_box.findData(host_place.value))

    def set_quota(self, delegation: str, at_table: str, behind: str) -> None:
        """Type a delegation's quota into its row (as a user would)."""
        row = self.row_of(delegation)
        self.model.item(row, AT_TABLE).setText(at_table)
        self.model.item(row, BEHIND).setText(behind)

    def row_of(self, delegation: str) -> int:
        return next(r for r in range(self.model.rowCount())
                    if self.model.item(r, NAME).text() == delegation)  # fmt: skip

    def host_place(self) -> str:
        return self.host_box.currentData()

    def quotas(self) -> dict[int, Quota]:
        """Each row's quota by delegation id.

        Raises:
            UserError: a cell that is not a whole number, in one sentence naming it.
        """
        quotas = {}
        for row in range(self.model.rowCount()):
            name = self.model.item(row, NAME)
            counts = []
            for column, what in ((AT_TABLE, self.tr("at the table")),
                                 (BEHIND, self.tr("behind"))):  # fmt: skip
                text = self.model.item(row, column).text().strip()
                try:
                    counts.append(int(text or "0"))
                except ValueError:
                    raise UserError(
                        self.tr("{delegation}, seats {what}: “{text}” is not a whole number.")
                        .format(delegation=name.text(), what=what, text=text)
                    ) from None  # fmt: skip
            quotas[name.data(Qt.ItemDataRole.UserRole)] = Quota(*counts)
        return quotas

    def _on_fill_clicked(self) -> None:
        for row in range(self.model.rowCount()):
            self.model.item(row, AT_TABLE).setText(str(self.everyone_table.value()))
            self.model.item(row, BEHIND).setText(str(self.everyone_behind.value()))
