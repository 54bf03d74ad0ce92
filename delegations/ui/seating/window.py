"""The Seating plans window (Agenda ▸ Seating plans…): a session's plan drawn to scale, the
chair or the stage at the top, each seat in its delegation's colour with its label. Dragging
a seat onto another swaps them (`services.seating.swap_seats`, saved at once); the two seat
fields and Swap do the same from the keyboard. The plan's warnings are shown beneath it.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.seating import delegation_colour
from delegations.services import seating
from delegations.services.event import EventFile
from delegations.ui.accessibility import announce, named
from delegations.ui.palette import warning_style

SCALE = 60.0  # scene units (px at 100 %) per metre


def seat_side(plan: seating.PlanView) -> float:
    """A seat's side in scene units: 80 % of the distance between neighbouring seats (seats
    come in order along a row, round a table or along a place)."""
    seats = plan.seats
    gaps = [math.dist((a.x, a.y), (b.x, b.y)) for a, b in zip(seats, seats[1:], strict=False)]
    return min((gap for gap in gaps if gap > 0.05), default=0.55) * 0.8 * SCALE


class SeatItem(QGraphicsRectItem):
    """One seat: its delegation's colour, its label, who sits there in the tooltip."""

    def __init__(self, seat: seating.SeatView, number: int | None, side: float) -> None:
        super().__init__(QRectF(-side / 2, -side / 2, side, side))
        self.label = seat.label
        self.setPos(seat.x * SCALE, -seat.y * SCALE)  # the room's y grows towards the top
        chair = seat.tier.value == "chair"
        fill = "#1c1c1c" if chair else delegation_colour(number) if number else "#ffffff"
        self.setBrush(QBrush(QColor(fill)))
        self.setPen(QPen(QColor("#1c1c1c" if number or chair else "#9e9e9e"), 1))
        text = QGraphicsSimpleTextItem(seat.label, self)
        font = QFont()
        font.setPixelSize(max(6, int(side * 0.34)))
        font.setBold(True)
        text.setFont(font)
        text.setBrush(QBrush(QColor("#ffffff" if chair else "#1c1c1c")))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)
        who = seat.delegation or (
            QCoreApplication.translate("SeatingWindow", "Chair") if chair else ""
        )
        self.setToolTip(" — ".join(part for part in (seat.label, who, seat.occupant) if part))


class PlanView(QGraphicsView):
    """The plan; a seat dragged onto another asks for the two to be swapped."""

    swap_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QGraphicsScene(parent), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._dragged: SeatItem | None = None
        self._target: SeatItem | None = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms (a 1,500-seat hall shows whole at first); the wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.scale(factor, factor)
            return
        super().wheelEvent(event)

    def seat_item(self, label: str) -> SeatItem | None:
        return next((i for i in self.scene().items() if isinstance(i, SeatItem)
                     and i.label == label), None)  # fmt: skip

    def seat_at(self, point: QPoint) -> SeatItem | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, SeatItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        seat = self.seat_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or seat is None:
            super().mousePressEvent(event)
            return
        self._dragged = seat
        seat.setOpacity(0.5)
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragged is None:
            super().mouseMoveEvent(event)
            return
        target = self.seat_at(event.position().toPoint())
        if target is not self._target:
            self._mark(self._target, False)
            self._target = target if target is not self._dragged else None
            self._mark(self._target, True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._dragged = self._dragged, None
        if dragged is None:
            super().mouseReleaseEvent(event)
            return
        dragged.setOpacity(1.0)
        self._mark(self._target, False)
        self._target = None
        self.viewport().unsetCursor()
        target = self.seat_at(event.position().toPoint())
        if target is not None and target is not dragged:
            self.swap_requested.emit(dragged.label, target.label)

    @staticmethod
    def _mark(item: SeatItem | None, on: bool) -> None:
        if item is not None:
            item.setPen(QPen(QColor("#1565c0" if on else "#1c1c1c"), 4 if on else 1))


class SeatingWindow(QDialog):
    """A session's seating plan, for the sessions in rooms with a seat layout."""

    def __init__(
        self, event_file: EventFile, parent: QWidget | None = None, session_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.plan: seating.PlanView | None = None
        self.setWindowTitle(self.tr("Seating plans"))
        self.resize(1000, 760)
        self.session_box = QComboBox(self)
        named(self.session_box, self.tr("Session"))
        for entry in seating.seatable_sessions(event_file):
            text = f"{entry.day:%a %d %b} {entry.start:%H:%M} · {entry.room} · {entry.title}"
            self.session_box.addItem(text, entry.id)
        self.view = PlanView(self)
        named(self.view, self.tr("Seating plan"), self.tr("Drag a seat onto another to swap them"))
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(warning_style())
        self.first_seat, self.second_seat = QLineEdit(self), QLineEdit(self)
        named(self.first_seat, self.tr("Seat"))
        named(self.second_seat, self.tr("Swap with seat"))
        self.swap_button = QPushButton(self.tr("S&wap"), self)
        self.status = QLabel(self)
        self._lay_out()
        self.view.swap_requested.connect(self._swap)
        self.swap_button.clicked.connect(self._on_swap_clicked)
        self.session_box.currentIndexChanged.connect(self._load)
        if session_id is not None and self.session_box.findData(session_id) >= 0:
            self.session_box.setCurrentIndex(self.session_box.findData(session_id))
        self._load()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        session_label = QLabel(self.tr("&Session:"), self)
        session_label.setBuddy(self.session_box)
        top.addWidget(session_label)
        top.addWidget(self.session_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.warnings)
        swap = QHBoxLayout()
        for text, field in ((self.tr("S&eat:"), self.first_seat),
                            (self.tr("wit&h:"), self.second_seat)):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(field)
            swap.addWidget(label)
            swap.addWidget(field)
        swap.addWidget(self.swap_button)
        swap.addWidget(self.status, 1)
        layout.addLayout(swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def session_id(self) -> int | None:
        return self.session_box.currentData()

    def _load(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            self.warnings.setText(self.tr("No session is in a room with a seat layout yet "
                                          "(delegations seating layout)."))  # fmt: skip
            return
        try:
            self._show(seating.read_plan(self._event_file, session_id))
        except UserError as error:
            self.warnings.setText(str(error))

    def _show(self, plan: seating.PlanView) -> None:
        self.plan = plan
        numbers = {entry.id: n for n, entry in enumerate(plan.delegations, start=1)}
        scene = self.view.scene()
        scene.clear()
        for table in plan.tables:
            rect = QRectF((table.x - table.width / 2) * SCALE, -(table.y + table.depth / 2) * SCALE,
                          table.width * SCALE, table.depth * SCALE)  # fmt: skip
            pen, brush = QPen(QColor("#8a8a8a")), QBrush(QColor("#e9e4da"))
            (scene.addEllipse if table.round else scene.addRect)(rect, pen, brush)
        side = seat_side(plan)
        for seat in plan.seats:
            scene.addItem(SeatItem(seat, numbers.get(seat.delegation_id or -1), side))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.legend.setText("  ".join(
            f'<span style="background:{delegation_colour(n)}; color:#1c1c1c">&nbsp;{n}&nbsp;'
            f"</span>&nbsp;{html.escape(entry.name)}"
            for n, entry in enumerate(plan.delegations, start=1)
        ))  # fmt: skip
        self.warnings.setText("\n".join(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))

    def showEvent(self, event) -> None:  # noqa: ANN001 (QShowEvent)
        super().showEvent(event)
        self.view.fitInView(self.view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _on_swap_clicked(self) -> None:
        self._swap(self.first_seat.text(), self.second_seat.text())

    def _swap(self, first: str, second: str) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        try:
            plan = seating.swap_seats(self._event_file, session_id, first, second)
        except UserError as error:
            self.status.setText(str(error))
            announce(self.status, str(error))
            return
        self._show(plan)
        done = self.tr("Seats {first} and {second} swapped.").format(first=first, second=second)
        self.status.setText(done)
        announce(self.status, done)


def open_seating_window(parent: QWidget, event_file: EventFile) -> SeatingWindow:
    window = SeatingWindow(event_file, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
