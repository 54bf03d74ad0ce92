"""The Seating plans window (Agenda ▸ Seating plans…): a session's plan drawn to scale, the
chair or the stage at the top, each seat in its delegation's colour with its label. Dragging
a seat onto another swaps them (`services.seating.swap_seats`, saved at once); the two seat
fields and Swap do the same from the keyboard. A seat's context menu gives a free seat to a
delegation or one of its members, frees a seat, or seats another member in it; a delegation
dragged from the Quotas table onto a free seat gets it. The plan's
warnings (over capacity, over a quota) are shown beneath it.

Beside the plan: the Quotas panel (each delegation's seats at the table and behind, the
host's place, "Seat automatically") and the Room layout panel (a room's kind of layout and
its counts). Each button is one service call; a refusal is its one sentence in a message
box. Print… opens the chart and name plates dialog (`print_dialog`).
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
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
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.seating import delegation_colour
from delegations.services import seating
from delegations.services.event import EventFile
from delegations.ui.accessibility import announce, named
from delegations.ui.palette import warning_style
from delegations.ui.seating.layout_panel import LayoutPanel
from delegations.ui.seating.quota_panel import DELEGATION_MIME, QuotaPanel

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
        self.free = seat.delegation_id is None
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
    menu_requested = Signal(str, QPoint)  # a seat's label, where to show its menu (global)
    delegation_dropped = Signal(str, int)  # a free seat's label, the delegation dropped on it

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

    def _free_seat_under(self, event: QDropEvent) -> SeatItem | None:
        seat = self.seat_at(event.position().toPoint())
        return seat if seat is not None and seat.free else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(DELEGATION_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(DELEGATION_MIME):
            super().dragMoveEvent(event)
            return
        seat = self._free_seat_under(event)
        if seat is not self._target:
            self._mark(self._target, False)
            self._target = seat
            self._mark(seat, True)
        if seat is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._mark(self._target, False)
        self._target = None
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(DELEGATION_MIME):
            super().dropEvent(event)
            return
        self._mark(self._target, False)
        self._target = None
        seat = self._free_seat_under(event)
        if seat is None:
            event.ignore()
            return
        event.acceptProposedAction()
        delegation = int(bytes(event.mimeData().data(DELEGATION_MIME).data()).decode())
        self.delegation_dropped.emit(seat.label, delegation)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        seat = self.seat_at(event.pos())
        if seat is not None:
            self.menu_requested.emit(seat.label, event.globalPos())

    @staticmethod
    def _mark(item: SeatItem | None, on: bool) -> None:
        if item is not None:
            item.setPen(QPen(QColor("#1565c0" if on else "#1c1c1c"), 4 if on else 1))


class SeatingWindow(QDialog):
    """A session's seating plan, for the sessions in rooms with a seat layout; the room's
    layout and the session's quotas beside it."""

    def __init__(
        self, event_file: EventFile, parent: QWidget | None = None, session_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.plan: seating.PlanView | None = None
        self.setWindowTitle(self.tr("Seating plans"))
        self.resize(1280, 800)
        self.session_box = QComboBox(self)
        named(self.session_box, self.tr("Session"))
        self.view = PlanView(self)
        named(self.view, self.tr("Seating plan"), self.tr("Drag a seat onto another to swap them; "
                                                          "its context menu gives or frees it"))  # fmt: skip
        self.quota_panel = QuotaPanel(self)
        self.layout_panel = LayoutPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.quota_panel, self.tr("&Quotas"))
        self.tabs.addTab(self.layout_panel, self.tr("Room &layout"))
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(warning_style())
        self.first_seat, self.second_seat = QLineEdit(self), QLineEdit(self)
        named(self.first_seat, self.tr("Seat"))
        named(self.second_seat, self.tr("Swap with seat"))
        self.swap_button = QPushButton(self.tr("S&wap"), self)
        self.menu_button = QPushButton(self.tr("Give or &free…"), self)
        named(self.menu_button, self.tr("Give or free the seat typed"),
              self.tr("The seat's menu, as a right click on it opens"))  # fmt: skip
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.status = QLabel(self)
        self._lay_out()
        self.view.swap_requested.connect(self._swap)
        self.view.menu_requested.connect(self._on_menu_requested)
        self.view.delegation_dropped.connect(lambda label, d: self.give_seat(label, d, None))
        self.swap_button.clicked.connect(self._on_swap_clicked)
        self.menu_button.clicked.connect(self._on_menu_clicked)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.quota_panel.seat_requested.connect(self.seat_automatically)
        self.layout_panel.layout_requested.connect(self.set_layout)
        self._fill_sessions(session_id)
        self.session_box.currentIndexChanged.connect(lambda _index: self._load())
        self._load()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        session_label = QLabel(self.tr("&Session:"), self)
        session_label.setBuddy(self.session_box)
        top.addWidget(session_label)
        top.addWidget(self.session_box, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([880, 400])  # the plan gets the room; the panels what they need
        layout.addWidget(splitter, 1)
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
        swap.addWidget(self.menu_button)
        swap.addWidget(self.status, 1)
        layout.addLayout(swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_sessions(self, session_id: int | None) -> None:
        """The sessions in rooms with a layout; `session_id` chosen if it is one of them."""
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for entry in seating.seatable_sessions(self._event_file):
            text = f"{entry.day:%a %d %b} {entry.start:%H:%M} · {entry.room} · {entry.title}"
            self.session_box.addItem(text, entry.id)
        if session_id is not None and self.session_box.findData(session_id) >= 0:
            self.session_box.setCurrentIndex(self.session_box.findData(session_id))
        self.session_box.blockSignals(False)

    def session_id(self) -> int | None:
        return self.session_box.currentData()

    def _load(self, room: str | None = None) -> None:
        """Show the chosen session's plan; the Room layout panel on `room` (else the
        session's room)."""
        session_id = self.session_id()
        self.quota_panel.setEnabled(session_id is not None)
        self.print_button.setEnabled(session_id is not None)
        if session_id is None:
            self.layout_panel.set_rooms(seating.rooms(self._event_file), room)
            self.warnings.setText(self.tr("No session is in a room with a seat layout yet: "
                                          "give a room one in Room layout."))  # fmt: skip
            self.tabs.setCurrentWidget(self.layout_panel)
            return
        try:
            plan = seating.read_plan(self._event_file, session_id)
        except UserError as error:
            self.warnings.setText(str(error))
            return
        self.layout_panel.set_rooms(seating.rooms(self._event_file), room or plan.room)
        self._show(plan)

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
        self.quota_panel.show_quotas(
            seating.delegation_quotas(self._event_file, plan.session_id),
            plan.host_place, plan.host_place_rule,
        )  # fmt: skip

    def showEvent(self, event) -> None:  # noqa: ANN001 (QShowEvent)
        super().showEvent(event)
        self.view.fitInView(self.view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _refuse(self, title: str, error: UserError) -> None:
        """A refusal: its one sentence in a message box, and kept in the status line."""
        self.status.setText(str(error))
        QMessageBox.warning(self, title, str(error))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    # Layout and quotas ------------------------------------------------------------------

    def set_layout(self, room_id: int, kind: str, counts: dict) -> None:
        """Save the room's layout (one service call); its plans are seated again."""
        try:
            done = seating.set_room_layout(self._event_file, room_id, kind, counts)
        except UserError as error:
            self._refuse(self.tr("Room layout"), error)
            return
        current = self.session_id()
        self._fill_sessions(current)
        if current is None or self.session_box.findData(current) < 0:
            in_room = next((i for i in range(self.session_box.count())
                            if f" · {done.room} · " in self.session_box.itemText(i)), 0)  # fmt: skip
            self.session_box.setCurrentIndex(in_room)
        self._load(room=done.room)
        said = self.tr("Layout of {room} saved: {seats} seats for delegations.").format(
            room=done.room, seats=f"{done.seats:,}"
        )
        if done.replanned == 1:
            said += " " + self.tr("Its plan was seated again.")
        elif done.replanned:
            said += " " + self.tr("{count} plans were seated again.").format(count=done.replanned)
        self._say(said)

    def seat_automatically(self) -> None:
        """Seat the session from the quotas typed and the host's place (one service call)."""
        session_id = self.session_id()
        if session_id is None:
            return
        title = self.tr("Seat automatically")
        try:
            quotas = self.quota_panel.quotas()
            plan = seating.seat_session(self._event_file, session_id, quotas=quotas,
                                        host_place=self.quota_panel.host_place())  # fmt: skip
        except UserError as error:
            self._refuse(title, error)
            return
        self._show(plan)
        given = sum(1 for seat in plan.seats if seat.delegation_id is not None)
        self._say(self.tr("Seated automatically: {count} seats given.").format(count=given))

    # A seat's menu ----------------------------------------------------------------------

    def _on_menu_requested(self, label: str, where: QPoint) -> None:
        menu = self.seat_menu(label)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def _on_menu_clicked(self) -> None:
        menu = self.typed_seat_menu()
        if menu is not None:
            menu.exec(self.menu_button.mapToGlobal(QPoint(0, self.menu_button.height())))
            menu.deleteLater()

    def typed_seat_menu(self) -> QMenu | None:
        """The menu of the seat typed in the Seat field (the keyboard's way to it)."""
        typed = self.first_seat.text().strip()
        label = next((seat.label for seat in self.plan.seats
                      if seat.label.casefold() == typed.casefold()), None) if self.plan else None  # fmt: skip
        if label is None:
            self._say(self.tr("There is no seat “{seat}” in this plan.").format(seat=typed))
            return None
        return self.seat_menu(label)

    def seat_menu(self, label: str) -> QMenu | None:
        """The context menu of a seat: a free seat is given to a delegation (or one of its
        members); a given one is freed, or another member of its delegation sits there."""
        if self.plan is None:
            return None
        seat = self.plan.seat(label)
        menu = QMenu(self)
        members = seating.delegation_members(self._event_file)
        if seat.delegation_id is None:
            give = menu.addMenu(self.tr("&Give seat {seat} to").format(seat=label))
            for row in seating.delegation_quotas(self._event_file, self.plan.session_id):
                whom = give.addMenu(row.name)
                whom.addAction(self.tr("{delegation} (nobody named)").format(
                    delegation=row.name)).triggered.connect(
                    lambda _c=False, d=row.id: self.give_seat(label, d, None))  # fmt: skip
                for member in members.get(row.id, []):
                    whom.addAction(member.name).triggered.connect(
                        lambda _c=False, d=row.id, m=member.id: self.give_seat(label, d, m))  # fmt: skip
            return menu
        sit = menu.addMenu(self.tr("&Seat in {seat}").format(seat=label))
        for member in members.get(seat.delegation_id, []):
            action = sit.addAction(member.name)
            action.setEnabled(member.id != seat.occupant_id)
            action.triggered.connect(lambda _c=False, m=member.id: self.seat_member(label, m))
        menu.addAction(self.tr("&Free seat {seat}").format(seat=label)).triggered.connect(
            lambda: self.free_seat(label))  # fmt: skip
        return menu

    def give_seat(self, label: str, delegation_id: int, member_id: int | None) -> None:
        self._seat_change(
            lambda: seating.give_seat(self._event_file, self._session(), label, delegation_id,
                                      member_id),
            self.tr("Seat {seat} given.").format(seat=label),
        )  # fmt: skip

    def free_seat(self, label: str) -> None:
        self._seat_change(lambda: seating.free_seat(self._event_file, self._session(), label),
                          self.tr("Seat {seat} is free.").format(seat=label))  # fmt: skip

    def seat_member(self, label: str, member_id: int) -> None:
        self._seat_change(
            lambda: seating.replace_occupant(self._event_file, self._session(), label, member_id),
            self.tr("Another member sits in {seat}.").format(seat=label),
        )  # fmt: skip

    def _session(self) -> int:
        session_id = self.session_id()
        assert session_id is not None  # a seat's menu needs a plan
        return session_id

    def _seat_change(self, change, done: str) -> None:  # noqa: ANN001 (() -> PlanView)
        try:
            plan = change()
        except UserError as error:
            self._refuse(self.tr("Seating plan"), error)
            return
        self._show(plan)
        self._say(done)

    # Swap and print ---------------------------------------------------------------------

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
        self._say(self.tr("Seats {first} and {second} swapped.").format(first=first, second=second))

    def open_print_dialog(self):  # noqa: ANN201 (print_dialog.SeatingPrintDialog)
        """The chart and name plates dialog for the session shown."""
        from delegations.ui.seating.print_dialog import SeatingPrintDialog

        if self.plan is None:
            return None
        dialog = SeatingPrintDialog(self._event_file, self.plan.session_id, self.plan.title, self)
        dialog.show()
        return dialog


def open_seating_window(parent: QWidget, event_file: EventFile) -> SeatingWindow:
    window = SeatingWindow(event_file, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
