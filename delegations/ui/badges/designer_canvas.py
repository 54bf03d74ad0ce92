"""The layout designer's canvas: the badge at true size, mm rulers, a 1 mm grid, and each
element as a labelled box to select, drag and resize. It shows geometry only; the preview
beside it renders the badge.

Scene units are millimetres from the badge's top-left; the view scales them by the screen's
logical DPI (1 mm = dpi / 25.4 px at 100 %). The canvas never changes the layout: a finished
drag, resize or arrow-key move emits `geometry_edited` with the element's new box, and the
designer makes that one undo command.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

Box = tuple[float, float, float, float]  # x, y, w, h in mm

SNAP_MM = 1.5  # an edge or centre this close to another element's snaps onto it
MIN_MM = 1.0  # the smallest width (and height) a resize leaves
MARGIN_MM = 12.0  # canvas around the badge
HANDLE_PX = 8
DRAG_START_PX = 3  # less is a click; not the desktop's drag distance, which is ~2.5 mm
ZOOMS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
HANDLES = ("nw", "n", "ne", "e", "se", "s", "sw", "w")
_FILL = {  # a tint per type, so a box says what it is before its label is read
    "text": QColor(30, 136, 229, 40),
    "band": QColor(251, 140, 0, 60),
    "qr": QColor(33, 33, 33, 45),
    "photo": QColor(67, 160, 71, 50),
    "rule": QColor(117, 117, 117, 80),
    "rect": QColor(158, 158, 158, 50),
    "image": QColor(142, 36, 170, 45),
}


class DesignerWords(QObject):
    """The translation context of the canvas's labels (module-level words, see `ui.language`)."""


def field_label(field: str) -> str:
    """A badge field as the designer names it ("native_name" is "native name")."""
    labels = {
        "event": DesignerWords.tr("event name"),
        "event_zh": DesignerWords.tr("event name in Chinese"),
        "event_dates": DesignerWords.tr("event dates"),
        "event_venue": DesignerWords.tr("venue"),
        "honorific": DesignerWords.tr("honorific"),
        "name": DesignerWords.tr("name"),
        "native_name": DesignerWords.tr("name in own script"),
        "position": DesignerWords.tr("position"),
        "organisation": DesignerWords.tr("organisation"),
        "delegation": DesignerWords.tr("delegation"),
        "country": DesignerWords.tr("country"),
        "role": DesignerWords.tr("role"),
        "photo": DesignerWords.tr("photo"),
    }
    return labels.get(field, field)


def fields_label(field: str | Sequence[str]) -> str:
    """One field, or several printed together ("honorific + name")."""
    return " + ".join(field_label(name) for name in ([field] if isinstance(field, str) else field))


def element_box(element: dict[str, Any]) -> Box:
    """Where `element` sits, in mm; a QR code is a square of `size`."""
    x, y = float(element.get("x", 0)), float(element.get("y", 0))
    if element.get("type") == "qr":
        size = float(element.get("size", 0))
        return x, y, size, size
    return x, y, float(element.get("w", 0)), float(element.get("h", 0))


def element_label(element: dict[str, Any]) -> str:
    """What the box is, as its label says: the field, the free text, "QR", "photo"…"""
    kind = element.get("type")
    if kind == "text":
        text = element.get("text")
        label = str(text) if text is not None else fields_label(element.get("field") or ())
    else:
        names = {
            "band": DesignerWords.tr("role band"),
            "qr": DesignerWords.tr("QR"),
            "photo": DesignerWords.tr("photo"),
            "rule": DesignerWords.tr("rule"),
            "rect": DesignerWords.tr("rectangle"),
            "image": DesignerWords.tr("image"),
        }
        label = names.get(str(kind), str(kind))
    if element.get("when"):
        label += " " + DesignerWords.tr("(only with {field})").format(
            field=field_label(element["when"])
        )
    if element.get("unless"):
        label += " " + DesignerWords.tr("(only without {field})").format(
            field=field_label(element["unless"])
        )
    return label


# Snapping ------------------------------------------------------------------------------------


def snap_span(start: float, length: float, targets: Sequence[float]) -> float:
    """A moved box's new start on one axis: its start, centre or end onto the nearest
    target within SNAP_MM, else its start onto the 1 mm grid."""
    best: float | None = None
    for offset in (0.0, length / 2, length):
        for target in targets:
            distance = target - (start + offset)
            if abs(distance) <= SNAP_MM and (best is None or abs(distance) < abs(best)):
                best = distance
    return start + best if best is not None else float(round(start))


def snap_edge(value: float, targets: Sequence[float]) -> float:
    """A resized edge: onto the nearest target within SNAP_MM, else onto the 1 mm grid."""
    near = [target for target in targets if abs(target - value) <= SNAP_MM]
    return min(near, key=lambda target: abs(target - value)) if near else float(round(value))


def shown_in_case(element: dict[str, Any], photo: bool | None) -> bool:
    """Whether `element` is on badges with a photo (True), without (False); None: all."""
    if photo is None:
        return True
    if element.get("when") == "photo":
        return photo
    if element.get("unless") == "photo":
        return not photo
    return True


def _tidy(box: Box) -> Box:
    """Tenths of a mm, never left of or above the badge (the layout refuses negatives)."""
    x, y, w, h = box
    return round(max(x, 0.0), 1), round(max(y, 0.0), 1), round(w, 1), round(h, 1)


# The elements ----------------------------------------------------------------------------------


class ElementItem(QGraphicsItem):
    """One element as a box with its label; the designer's selection gets handles."""

    def __init__(
        self, index: int, element: dict[str, Any], *, problem: bool, shown: bool = True
    ) -> None:
        super().__init__()
        self.index = index
        self.element = element
        self.box = element_box(element)
        self.problem = problem
        self.shown = shown  # False: not on badges of the case the canvas shows (faint, inert)
        self.selected = False
        self.setZValue(index)

    @property
    def kind(self) -> str:
        return str(self.element.get("type"))

    def rect(self) -> QRectF:
        return QRectF(*self.box)

    def set_box(self, box: Box) -> None:
        self.prepareGeometryChange()
        self.box = box
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect().adjusted(-4, -4, 4, 4)  # mm: room for handles and the label

    def handles(self) -> tuple[str, ...]:
        if self.kind == "qr":
            return ("nw", "ne", "se", "sw")
        if self.box[3] == 0:  # a rule drawn as a line: only its ends
            return ("e", "w")
        return HANDLES

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        device = painter.worldTransform().mapRect(self.rect())
        painter.save()
        painter.resetTransform()  # draw in screen pixels: crisp lines and a readable label
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if not self.shown and not self.selected:
            painter.setPen(QPen(QColor(0, 0, 0, 40), 1, Qt.PenStyle.DotLine))
            painter.drawRect(device)
            painter.restore()
            return
        painter.setBrush(_FILL.get(self.kind, QColor(0, 0, 0, 30)))
        pen = QPen(QColor(90, 90, 90), 1)
        if self.element.get("when") or self.element.get("unless"):
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.problem:
            pen = QPen(QColor(211, 47, 47), 2)
        if self.selected:
            pen = QPen(QApplication.palette().highlight().color(), 2)
        painter.setPen(pen)
        painter.drawRect(device)
        visible = device.intersected(QRectF(_widget.rect())) if _widget is not None else device
        tall_enough = visible.height() >= QFontMetrics(QApplication.font()).height()
        self._paint_label(painter, visible if tall_enough else device)  # scrolled: still labelled
        if self.selected:
            painter.setPen(QPen(QColor(33, 33, 33), 1))
            painter.setBrush(QColor(255, 255, 255))
            for name in self.handles():
                painter.drawRect(handle_rect(device, name))
        painter.restore()

    def _paint_label(self, painter: QPainter, device: QRectF) -> None:
        font = QApplication.font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        text = metrics.elidedText(
            element_label(self.element),
            Qt.TextElideMode.ElideRight,
            max(int(device.width()) - 6, 12),
        )
        painter.setPen(QColor(33, 33, 33) if not self.problem else QColor(183, 28, 28))
        if device.height() >= metrics.height():
            painter.drawText(device.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignLeft, text)
        else:  # a thin rule: the label just above it
            painter.drawText(QPointF(device.left() + 3, device.top() - 3), text)


def handle_rect(device: QRectF, name: str) -> QRectF:
    """The handle `name` ("nw", "n", … "w") of a box drawn at `device` (screen pixels)."""
    x = {"w": device.left(), "e": device.right()}.get(name[-1], device.center().x())
    y = {"n": device.top(), "s": device.bottom()}.get(name[0], device.center().y())
    half = HANDLE_PX / 2
    return QRectF(x - half, y - half, HANDLE_PX, HANDLE_PX)


# The canvas -----------------------------------------------------------------------------------


@dataclass
class _Drag:
    index: int
    handle: str | None  # None: a move; else the resize handle held
    start: QPointF  # where the press was, in mm
    press: QPoint  # and in pixels, for the drag distance
    box: Box  # the element's box before the drag
    moved: bool = False


class DesignCanvas(QGraphicsView):
    """The badge and its elements for one side; mouse and keyboard edit the geometry."""

    geometry_edited = Signal(int, tuple)  # index, the new box (x, y, w, h) in mm
    selection_changed = Signal(object)  # index or None
    delete_requested = Signal(int)
    view_changed = Signal()  # zoom or scroll: the rulers repaint
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)  # the rulers line up with the viewport
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.px_per_mm = self.logicalDpiX() / 25.4
        self.zoom = 1.0
        self.badge = (0.0, 0.0)
        self.element_items: list[ElementItem] = []
        self.selected: int | None = None
        self._drag: _Drag | None = None
        self.photo_case: bool | None = None  # show the badge with a photo, without, or all
        self.set_zoom(1.0)

    # Content -----------------------------------------------------------------------------------

    def set_layout(
        self,
        badge: tuple[float, float],
        elements: Sequence[dict[str, Any]],
        problems: set[int],
        selected: int | None,
    ) -> None:
        """Show `elements` on a badge of `badge` (width, height mm); `problems`: red outlines."""
        self._drag = None
        scene = self.scene()
        scene.clear()
        self.badge = badge
        self.element_items = []
        for index, element in enumerate(elements):
            shown = shown_in_case(element, self.photo_case)
            item = ElementItem(index, element, problem=index in problems, shown=shown)
            scene.addItem(item)
            self.element_items.append(item)
        width, height = badge
        scene.setSceneRect(
            QRectF(-MARGIN_MM, -MARGIN_MM, width + 2 * MARGIN_MM, height + 2 * MARGIN_MM)
        )
        self._select(selected if selected is not None and selected < len(elements) else None)
        self.view_changed.emit()

    def select(self, index: int | None) -> None:
        """Select element `index` (None: nothing) and tell the designer."""
        self._select(index)
        if index is not None:
            self.ensureVisible(self.element_items[index].rect(), 10, 10)
        self.selection_changed.emit(self.selected)

    def _select(self, index: int | None) -> None:
        self.selected = index
        for item in self.element_items:
            item.selected = item.index == index
            item.update()
        self.view_changed.emit()

    def selected_box(self) -> Box | None:
        return None if self.selected is None else self.element_items[self.selected].box

    # Zoom --------------------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """`zoom` 1.0 shows the badge at its true size on this screen."""
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        scale = self.px_per_mm * self.zoom
        self.setTransform(QTransform.fromScale(scale, scale))
        self.zoom_changed.emit(self.zoom)
        self.view_changed.emit()

    def zoom_step(self, steps: int) -> None:
        if steps > 0:
            self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.zoom_step(1 if event.angleDelta().y() > 0 else -1)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt override)
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.view_changed.emit()

    # The badge behind the elements: paper, grid ------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, self.palette().dark())
        width, height = self.badge
        paper = QRectF(0, 0, width, height)
        painter.fillRect(paper, QColor(255, 255, 255))
        spacing = self.px_per_mm * self.zoom
        for step, alpha in ((1, 22), (5, 45), (10, 80)):
            if step == 1 and spacing < 4:
                continue  # too dense to help
            pen = QPen(QColor(0, 90, 160, alpha), 0)  # cosmetic: one pixel at any zoom
            painter.setPen(pen)
            for mm in range(0, int(width) + 1, step):
                painter.drawLine(QPointF(mm, 0), QPointF(mm, height))
            for mm in range(0, int(height) + 1, step):
                painter.drawLine(QPointF(0, mm), QPointF(width, mm))
        painter.setPen(QPen(QColor(0, 0, 0), 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(paper)

    # Mouse ---------------------------------------------------------------------------------------

    def _item_at(self, pos: QPoint) -> ElementItem | None:
        """The topmost element under `pos` (thin rules: within a few pixels)."""
        tolerance = 3 / (self.px_per_mm * self.zoom)
        point = self.mapToScene(pos)
        for item in reversed(self.element_items):
            if item.shown and item.rect().adjusted(
                -tolerance, -tolerance, tolerance, tolerance
            ).contains(point):
                return item
        return None

    def _handle_at(self, pos: QPoint) -> str | None:
        if self.selected is None:
            return None
        item = self.element_items[self.selected]
        device = self.mapFromScene(item.rect()).boundingRect().toRectF()
        for name in item.handles():
            if handle_rect(device, name).adjusted(-2, -2, 2, 2).contains(QPointF(pos)):
                return name
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        handle = self._handle_at(pos)
        item = self.element_items[self.selected] if handle else self._item_at(pos)
        if item is None:
            self.select(None)
            return
        if item.index != self.selected:
            self.select(item.index)
        self._drag = _Drag(item.index, handle, self.mapToScene(pos), pos, item.box)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._show_cursor(pos)
            return
        if not drag.moved:
            if (pos - drag.press).manhattanLength() < DRAG_START_PX:
                return
            drag.moved = True
        self.element_items[drag.index].set_box(self._dragged_box(drag, pos, event.modifiers()))
        self.view_changed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        if not drag.moved and (pos - drag.press).manhattanLength() < DRAG_START_PX:
            return
        box = self._dragged_box(drag, pos, event.modifiers())
        if box != drag.box:
            self.geometry_edited.emit(drag.index, box)  # one undo command for the whole drag
        else:
            self.element_items[drag.index].set_box(drag.box)

    def _show_cursor(self, pos: QPoint) -> None:
        handle = self._handle_at(pos)
        shapes = {
            "n": Qt.CursorShape.SizeVerCursor,
            "s": Qt.CursorShape.SizeVerCursor,
            "e": Qt.CursorShape.SizeHorCursor,
            "w": Qt.CursorShape.SizeHorCursor,
            "nw": Qt.CursorShape.SizeFDiagCursor,
            "se": Qt.CursorShape.SizeFDiagCursor,
            "ne": Qt.CursorShape.SizeBDiagCursor,
            "sw": Qt.CursorShape.SizeBDiagCursor,
        }
        if handle:
            self.viewport().setCursor(shapes[handle])
        elif self._item_at(pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.viewport().unsetCursor()

    def _targets(self, index: int) -> tuple[list[float], list[float]]:
        """The x and y lines an element snaps to: the badge's edges and centre, and every
        other element's edges and centre."""
        width, height = self.badge
        xs, ys = [0.0, width / 2, width], [0.0, height / 2, height]
        for item in self.element_items:
            if item.index != index and item.shown:
                x, y, w, h = item.box
                xs += [x, x + w / 2, x + w]
                ys += [y, y + h / 2, y + h]
        return xs, ys

    def _dragged_box(self, drag: _Drag, pos: QPoint, modifiers: Qt.KeyboardModifier) -> Box:
        now = self.mapToScene(pos)
        dx, dy = now.x() - drag.start.x(), now.y() - drag.start.y()
        snapping = not modifiers & Qt.KeyboardModifier.AltModifier
        xs, ys = self._targets(drag.index)
        x, y, w, h = drag.box
        if drag.handle is None:
            x, y = x + dx, y + dy
            if snapping:
                x, y = snap_span(x, w, xs), snap_span(y, h, ys)
            return _tidy((x, y, w, h))
        return _tidy(self._resized(drag, dx, dy, xs, ys, snapping))

    def _resized(
        self, drag: _Drag, dx: float, dy: float, xs: list[float], ys: list[float], snapping: bool
    ) -> Box:
        x, y, w, h = drag.box
        left, top, right, bottom = x, y, x + w, y + h
        handle = drag.handle or ""

        def moved(value: float, delta: float, targets: list[float]) -> float:
            return snap_edge(value + delta, targets) if snapping else value + delta

        if handle.endswith("w"):
            left = min(moved(left, dx, xs), right - MIN_MM)
        if handle.endswith("e"):
            right = max(moved(right, dx, xs), left + MIN_MM)
        if handle.startswith("n"):
            top = min(moved(top, dy, ys), bottom - (MIN_MM if h else 0))
        if handle.startswith("s"):
            bottom = max(moved(bottom, dy, ys), top + (MIN_MM if h else 0))
        if self.element_items[drag.index].kind != "qr":
            return left, top, right - left, bottom - top
        size = max(right - left, bottom - top)  # a QR code stays square
        left = right - size if "w" in handle else left
        top = bottom - size if "n" in handle else top
        return left, top, size, size

    # Keyboard ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab go through the elements, then on to the next control."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            tab = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not others
            if tab and self._cycle(forward=key == Qt.Key.Key_Tab):
                return True
        return super().event(event)

    def _cycle(self, *, forward: bool) -> bool:
        shown = [item.index for item in self.element_items if item.shown]
        if self.selected is None:
            following = shown if forward else shown[::-1]
        elif forward:
            following = [index for index in shown if index > self.selected]
        else:
            following = [index for index in reversed(shown) if index < self.selected]
        if following:
            self.select(following[0])
            return True
        self.select(None)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = event.key()
        if self.selected is not None and key in steps:
            fine = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            step = 0.1 if fine else 1.0
            x, y, w, h = self.element_items[self.selected].box
            sx, sy = steps[Qt.Key(key)]
            self.geometry_edited.emit(self.selected, _tidy((x + sx * step, y + sy * step, w, h)))
            return
        if self.selected is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.selected)
            return
        if key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
            return
        super().keyPressEvent(event)


# Rulers ----------------------------------------------------------------------------------------


class Ruler(QWidget):
    """Millimetres along the top (horizontal) or left of the canvas, the selection marked."""

    def __init__(self, canvas: DesignCanvas, orientation: Qt.Orientation) -> None:
        super().__init__(canvas.parentWidget())
        self.canvas = canvas
        self.orientation = orientation
        metrics = QFontMetrics(self.font())
        if orientation == Qt.Orientation.Horizontal:
            self.setFixedHeight(metrics.height() + 8)
        else:
            self.setFixedWidth(metrics.horizontalAdvance("0000") + 6)
        canvas.view_changed.connect(self.update)

    def _position(self, mm: float) -> float:
        """Where `mm` is on this ruler, in pixels (the ruler lines up with the viewport)."""
        horizontal = self.orientation == Qt.Orientation.Horizontal
        point = self.canvas.mapFromScene(QPointF(mm, 0) if horizontal else QPointF(0, mm))
        return point.x() if horizontal else point.y()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        horizontal = self.orientation == Qt.Orientation.Horizontal
        depth = self.height() if horizontal else self.width()
        self._paint_selection(painter, depth, horizontal)
        spacing = self.canvas.px_per_mm * self.canvas.zoom
        metrics = QFontMetrics(self.font())
        label_every = 10 if spacing * 10 >= metrics.horizontalAdvance("000") + 6 else 50
        length = self.width() if horizontal else self.height()
        first = math.floor(self._mm_at(0))
        last = math.ceil(self._mm_at(length))
        painter.setPen(palette.windowText().color())
        for mm in range(first, last + 1):
            if mm % 5 and spacing < 3:
                continue
            tick = depth * (0.5 if mm % 10 == 0 else 0.3 if mm % 5 == 0 else 0.15)
            at = self._position(mm)
            if horizontal:
                painter.drawLine(QPointF(at, depth), QPointF(at, depth - tick))
            else:
                painter.drawLine(QPointF(depth, at), QPointF(depth - tick, at))
            if mm % label_every == 0:
                text = str(mm)
                if horizontal:
                    painter.drawText(QPointF(at + 2, metrics.ascent() + 1), text)
                else:
                    painter.drawText(QPointF(2, at + metrics.ascent() + 1), text)
        painter.drawLine(*self._edge(depth, horizontal))
        painter.end()

    def _mm_at(self, pixel: float) -> float:
        horizontal = self.orientation == Qt.Orientation.Horizontal
        scene = self.canvas.mapToScene(
            QPoint(int(pixel), 0) if horizontal else QPoint(0, int(pixel))
        )
        return scene.x() if horizontal else scene.y()

    def _edge(self, depth: int, horizontal: bool) -> tuple[QPointF, QPointF]:
        if horizontal:
            return QPointF(0, depth - 1), QPointF(self.width(), depth - 1)
        return QPointF(depth - 1, 0), QPointF(depth - 1, self.height())

    def _paint_selection(self, painter: QPainter, depth: int, horizontal: bool) -> None:
        box = self.canvas.selected_box()
        if box is None:
            return
        x, y, w, h = box
        start, end = (x, x + w) if horizontal else (y, y + h)
        a, b = self._position(start), self._position(end)
        colour = QColor(self.palette().highlight().color())
        colour.setAlpha(70)
        band = (
            QRectF(a, 0, max(b - a, 1), depth) if horizontal else QRectF(0, a, depth, max(b - a, 1))
        )
        painter.fillRect(band, colour)
