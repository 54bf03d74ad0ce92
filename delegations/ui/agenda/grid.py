"""The day view of the agenda: a time grid with the rooms as columns and sessions as blocks.

A `QGraphicsScene` holds one block item per session of the day; the view keeps the room
headers and the time ruler fixed in its margins while the grid scrolls. Blocks are dragged
to move a session in time or to another room, and their bottom edge is dragged to change the
end; both snap to five minutes. The grid only reports what the user asked for
(`AgendaGrid.session_dropped`, `edit_requested`); the tab writes it and then shows the file
as it is with `AgendaGrid.set_day`, which updates the blocks in place.

Scheduled bilateral meetings are drawn in their rooms' columns as hatched blocks with a
dashed outline (`MeetingBlock`): not sessions, so they are neither edited in the session form
nor selected with them. Dragged, they keep their length and stay in the bilateral rooms'
columns (`AgendaGrid.meeting_dropped`); double-clicked, they ask for the bilaterals window
(`meeting_requested`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from delegations.domain.conflicts import Conflict
from delegations.services.agenda import SessionRow
from delegations.services.bilaterals import BilateralView
from delegations.ui.dates import hour_text, time_range
from delegations.ui.palette import BlockColours, block_colours, surface_colours

SNAP_MINUTES = 5
PIXELS_PER_MINUTE = 1.2  # 72 px an hour: a 30-minute session shows two lines of text
MIN_COLUMN_WIDTH = 150.0
RULER_WIDTH = 58
HEADER_HEIGHT = 44
EDGE_GRIP = 7.0  # px at the bottom of a block that resize instead of move
DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR = 8, 19

CONFLICT_RED = QColor("#d32f2f")
_TEXT = QColor("#1f2933")
_QUIET = QColor("#52606d")

# Session kind -> (stripe and border, fill). Deliberately not red: red means a conflict.
KIND_COLOURS: dict[str, tuple[str, str]] = {
    "opening ceremony": ("#9a6b00", "#fbf0cf"),
    "plenary": ("#1f5fa8", "#e2ecf9"),
    "seminar": ("#2e7d32", "#e4f3e5"),
    "workshop": ("#c25e00", "#fdebd7"),
    "signing ceremony": ("#6a1b9a", "#f0e4f7"),
    "site visit": ("#00796b", "#dcf2ef"),
    "bilateral meeting": ("#5d4037", "#efe8e5"),
    "break or meal": ("#757575", "#f0f0f0"),
}
_DEFAULT_COLOURS = ("#455a64", "#eceff1")


def kind_colours(kind: str) -> tuple[QColor, QColor]:
    strong, fill = KIND_COLOURS.get(kind, _DEFAULT_COLOURS)
    return QColor(strong), QColor(fill)


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


def snap(minutes: float) -> int:
    return int(round(minutes / SNAP_MINUTES)) * SNAP_MINUTES


@dataclass(frozen=True, slots=True)
class RoomColumn:
    """A column of the grid: a room (or None for sessions without a room)."""

    room_id: int | None
    name: str
    detail: str = ""  # e.g. "300 seats · Floor 2"


class SessionBlock(QGraphicsItem):
    """One session on the grid. Drag to move, drag the bottom edge to resize."""

    def __init__(self, grid: AgendaGrid, row: SessionRow) -> None:
        super().__init__()
        self._grid = grid
        self.row = row
        self.conflicts: list[Conflict] = []
        self._rect = QRectF()
        self._drag: tuple[str, QPointF, QPointF, QRectF] | None = None  # mode, press, pos, rect
        self._dragging = False
        self.preview: tuple[int, int] | None = None  # start, end minutes while dragging
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # Repaints after an edit redraw only the blocks that changed.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(self._tooltip())
        self.setAcceptHoverEvents(True)

    @property
    def session_id(self) -> int:
        return self.row.id

    @property
    def room_id(self) -> int | None:
        return self.row.room_id

    def span(self) -> tuple[int, int]:
        """Start and end in minutes of the day (for the layout)."""
        return _minutes(self.row.start_time), _minutes(self.row.end_time)

    def set_geometry(self, pos: QPointF, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        if pos != self.pos():
            self.setPos(pos)

    def set_content(self, row: SessionRow, conflicts: list[Conflict]) -> None:
        """Show `row` with `conflicts`; nothing is redrawn when neither changed."""
        if row == self.row and conflicts == self.conflicts and self.preview is None:
            return
        self.row = row
        self.preview = None
        self.conflicts = conflicts
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        row = self.row
        lines = [f"<b>{_escape(row.title_en)}</b>"]
        if row.title_zh:
            lines.append(_escape(row.title_zh))
        lines.append(f"{time_range(row.start_time, row.end_time)}  ·  {_escape(row.room_name)}")
        if row.chair_name:
            lines.append(AgendaGrid.tr("Chair: {name}").format(name=_escape(row.chair_name)))
        if row.speaker_names:
            lines.append(_escape(", ".join(row.speaker_names)))
        for conflict in self.conflicts:
            lines.append(f"<span style='color:#c62828'>⚠ {_escape(conflict.sentence)}</span>")
        return "<br>".join(lines)

    # Painting -------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect.adjusted(2, 1, -2, -1)
        colours = self._colours()
        strong, fill = colours.strong, colours.fill
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        if self._dragging:
            fill = QColor(fill)
            fill.setAlpha(215)
        painter.fillPath(path, fill)
        # The kind stripe on the left.
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), strong)
        painter.restore()
        if self.conflicts:
            painter.setPen(QPen(CONFLICT_RED, 2.2))
        elif selected:
            painter.setPen(QPen(QColor("#0b57d0"), 2.2))
        else:
            border = QColor(strong)
            border.setAlpha(110)
            painter.setPen(QPen(border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if selected and self.conflicts:
            painter.setPen(QPen(QColor("#0b57d0"), 1.2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)

        text_rect = rect.adjusted(9, 3, -6, -2)
        if self.conflicts:
            text_rect.setRight(text_rect.right() - 18)
        self._paint_text(painter, text_rect)
        if self.conflicts:
            _paint_badge(painter, rect, self._grid.small_bold_font, len(self.conflicts))
        if rect.height() > 16 and not self._dragging:
            # The grip: two short lines at the bottom edge, a hint that it can be dragged.
            grip_colour = QColor(strong)
            grip_colour.setAlpha(120)
            grip = QPen(grip_colour, 1)
            painter.setPen(grip)
            centre = rect.center().x()
            for offset in (3.5, 1.5):
                y = rect.bottom() - offset
                painter.drawLine(QPointF(centre - 7, y), QPointF(centre + 7, y))

    def _colours(self) -> BlockColours:
        strong, fill = kind_colours(self.row.kind)
        return block_colours(strong, fill, _TEXT, _QUIET, self._grid.palette())

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        row = self.row
        grid = self._grid
        colours = self._colours()
        text_colour, quiet = colours.text, colours.quiet_text
        start, end = self.preview or (_minutes(row.start_time), _minutes(row.end_time))
        time_text = time_range(_time(start), _time(end))
        lines: list[tuple[QFont, QColor, str]] = [
            (grid.small_bold_font, quiet if not self._dragging else CONFLICT_RED, time_text),
        ]
        people = list(row.speaker_names)
        if row.chair_name and row.chair_name not in people:
            people.insert(0, row.chair_name)
        rest: list[tuple[QFont, QColor, str]] = []
        if row.title_zh:
            rest.append((grid.text_font, text_colour, row.title_zh))
        if people:
            rest.append((grid.small_font, quiet, ", ".join(people)))
        # The English title takes a second line when the block is tall enough for it all.
        needed = sum(grid.line_height(font) + 1 for font, _c, _t in (*lines, *rest))
        spare = rect.height() - needed - grid.line_height(grid.title_font)
        title_lines = 2 if spare >= grid.line_height(grid.title_font) else 1
        title_metrics = grid.metrics(grid.title_font)
        for text in _wrap(row.title_en, title_metrics, rect.width(), title_lines):
            lines.append((grid.title_font, text_colour, text))
        lines.extend(rest)
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, 0, 2))
        y = rect.top()
        if rect.height() < grid.line_height(grid.small_bold_font) * 2.2:
            # A short block: time and title on one line.
            painter.setFont(grid.small_bold_font)
            painter.setPen(text_colour)
            metrics = grid.metrics(grid.small_bold_font)
            text = metrics.elidedText(f"{time_text}  {row.title_en}",
                                      Qt.TextElideMode.ElideRight, rect.width())  # fmt: skip
            painter.drawText(QPointF(rect.left(), y + metrics.ascent()), text)
            painter.restore()
            return
        for font, colour, text in lines:
            metrics = grid.metrics(font)
            if y + metrics.height() > rect.bottom() + 2:
                break
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QPointF(rect.left(), y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )
            y += metrics.lineSpacing() + 1
        painter.restore()

    # Mouse ----------------------------------------------------------------------------------

    def _on_edge(self, pos: QPointF) -> bool:
        return pos.y() >= self._rect.bottom() - EDGE_GRIP and self._rect.height() > 12

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = (
            Qt.CursorShape.SizeVerCursor
            if self._on_edge(event.pos())
            else Qt.CursorShape.OpenHandCursor
        )
        self.setCursor(QCursor(shape))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        mode = "resize" if self._on_edge(event.pos()) else "move"
        self._drag = (mode, event.scenePos(), self.pos(), QRectF(self._rect))
        self._dragging = False
        if not self.isSelected():
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.scene():
                self.scene().clearSelection()
            self.setSelected(True)
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setSelected(False)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        mode, press, start_pos, start_rect = self._drag
        delta = event.scenePos() - press
        if not self._dragging:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            self.setZValue(10)
            self.setCursor(
                QCursor(
                    Qt.CursorShape.SizeVerCursor
                    if mode == "resize"
                    else Qt.CursorShape.ClosedHandCursor
                )
            )
        grid = self._grid
        start = _minutes(self.row.start_time)
        end = _minutes(self.row.end_time)
        if mode == "resize":
            end = max(start + SNAP_MINUTES, snap(end + delta.y() / PIXELS_PER_MINUTE))
            end = min(end, 24 * 60 - SNAP_MINUTES)
            height = (end - start) * PIXELS_PER_MINUTE
            self.set_geometry(start_pos, QRectF(0, 0, start_rect.width(), height))
        else:
            duration = end - start
            start = snap(start + delta.y() / PIXELS_PER_MINUTE)
            start = max(0, min(start, 24 * 60 - SNAP_MINUTES - duration))
            end = start + duration
            column = grid.column_at(event.scenePos().x())
            self.set_geometry(
                QPointF(grid.column_x(column), grid.y_of(start)),
                QRectF(0, 0, grid.column_width, start_rect.height()),
            )
        self.preview = (start, end)
        self.update()
        grid.ensure_visible_while_dragging(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, dragging, preview = self._drag, self._dragging, self.preview
        self._drag = None
        self._dragging = False
        self.setZValue(0)
        self.unsetCursor()
        self.update()
        if drag is None or not dragging or preview is None:
            return
        mode = drag[0]
        column = self._grid.column_at(event.scenePos().x()) if mode == "move" else None
        room_id = self._grid.columns[column].room_id if column is not None else self.row.room_id
        self._grid.request_move(self.row.id, _time(preview[0]), _time(preview[1]), room_id)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._grid.edit_requested.emit(self.row.id)
            event.accept()


class MeetingBlock(QGraphicsItem):
    """A scheduled bilateral meeting on the grid: hatched, with a dashed outline, so it is not
    taken for a session. Drag to move it (its length is fixed); it stays in the bilateral
    rooms' columns."""

    def __init__(self, grid: AgendaGrid, meeting: BilateralView) -> None:
        super().__init__()
        self._grid = grid
        self.meeting = meeting
        self.conflicts: list[Conflict] = []
        self._rect = QRectF()
        self._press: QPointF | None = None  # where the mouse was pressed (scene)
        self._dragging = False
        self.preview: tuple[int, int | None] | None = None  # start minute, room id
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        self.setToolTip(self._tooltip())

    @property
    def request_id(self) -> int:
        return self.meeting.id

    @property
    def room_id(self) -> int | None:
        return self.meeting.room_id

    def span(self) -> tuple[int, int]:
        start, end = self.meeting.start, self.meeting.end
        assert start is not None and end is not None  # only scheduled meetings are drawn
        return _minutes(start), _minutes(end)

    def set_geometry(self, pos: QPointF, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        if pos != self.pos():
            self.setPos(pos)

    def set_content(self, meeting: BilateralView, conflicts: list[Conflict]) -> None:
        if meeting == self.meeting and conflicts == self.conflicts and self.preview is None:
            return
        self.meeting, self.conflicts, self.preview = meeting, conflicts, None
        self.setToolTip(self._tooltip())
        self.update()

    def time_text(self) -> str:
        start, end = self.span()
        if self.preview is not None:
            start, end = self.preview[0], self.preview[0] + end - start
        return time_range(_time(start), _time(end))

    def _tooltip(self) -> str:
        meeting = self.meeting
        lines = [
            "<b>" + AgendaGrid.tr("Bilateral meeting: {title}").format(
                title=_escape(meeting.title)) + "</b>",
            f"{self.time_text()}  ·  {_escape(meeting.room)}",
        ]  # fmt: skip
        if meeting.participants:
            lines.append(_escape(", ".join(p.name for p in meeting.participants)))
        if meeting.languages:
            lines.append(AgendaGrid.tr("Language: {languages}").format(
                languages=_escape(meeting.languages)))  # fmt: skip
        for conflict in self.conflicts:
            lines.append(f"<span style='color:#c62828'>⚠ {_escape(conflict.sentence)}</span>")
        lines.append(AgendaGrid.tr("Drag to move it; double-click for the bilateral meetings."))
        return "<br>".join(lines)

    def _colours(self) -> BlockColours:
        strong, fill = kind_colours("bilateral meeting")
        return block_colours(strong, fill, _TEXT, _QUIET, self._grid.palette())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect.adjusted(3, 1, -3, -1)
        colours = self._colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        painter.fillPath(path, colours.fill)
        hatch = QColor(colours.strong)
        hatch.setAlpha(40 if not self._dragging else 70)
        painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        if self.conflicts:
            painter.setPen(QPen(CONFLICT_RED, 2.2))
        else:
            painter.setPen(QPen(colours.strong, 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        text_rect = rect.adjusted(7, 3, -6, -2)
        if self.conflicts:
            text_rect.setRight(text_rect.right() - 18)
            _paint_badge(painter, rect, self._grid.small_bold_font, len(self.conflicts))
        self._paint_text(painter, text_rect, colours)

    def _paint_text(self, painter: QPainter, rect: QRectF, colours: BlockColours) -> None:
        grid = self._grid
        heading = AgendaGrid.tr("{time} · Bilateral").format(time=self.time_text())
        lines: list[tuple[QFont, QColor, str]] = [
            (grid.small_bold_font, colours.quiet_text if not self._dragging else CONFLICT_RED,
             heading),
            (grid.title_font, colours.text, self.meeting.title),
        ]  # fmt: skip
        if self.meeting.participants:
            names = ", ".join(p.name for p in self.meeting.participants)
            lines.append((grid.small_font, colours.quiet_text, names))
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, 0, 2))
        if rect.height() < grid.line_height(grid.small_bold_font) * 2.2:
            lines = [(grid.small_bold_font, colours.text, f"{heading}  {self.meeting.title}")]
        y = rect.top()
        for font, colour, text in lines:
            metrics = grid.metrics(font)
            if y > rect.top() and y + metrics.height() > rect.bottom() + 2:
                break
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QPointF(rect.left(), y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )
            y += metrics.lineSpacing() + 1
        painter.restore()

    # Mouse ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.scenePos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if not self._dragging:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            self.setZValue(10)
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
        grid = self._grid
        start, end = self.span()
        start = snap(start + delta.y() / PIXELS_PER_MINUTE)
        start = max(0, min(start, 24 * 60 - SNAP_MINUTES - (end - start)))
        column = grid.meeting_column_at(event.scenePos().x(), self.room_id)
        self.set_geometry(
            QPointF(grid.column_x(column), grid.y_of(start)),
            QRectF(0, 0, grid.column_width, self._rect.height()),
        )
        self.preview = (start, grid.columns[column].room_id)
        self.update()
        grid.ensure_visible_while_dragging(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        dragging, preview = self._dragging, self.preview
        self._press = None
        self._dragging = False
        self.setZValue(0)
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        self.update()
        if not dragging or preview is None:
            return
        start, room_id = preview
        if (start, room_id) == (self.span()[0], self.room_id):
            self.preview = None
            self._grid.relayout()
            return
        self._grid.meeting_dropped.emit(self.request_id, _time(start), room_id)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._grid.meeting_requested.emit(self.request_id)
            event.accept()


def _paint_badge(painter: QPainter, rect: QRectF, font: QFont, count: int) -> None:
    """The red conflict badge in a block's top right corner."""
    badge = QRectF(rect.right() - 19, rect.top() + 3, 16, 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CONFLICT_RED)
    painter.drawEllipse(badge)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    label = "!" if count == 1 else str(min(count, 9))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """`text` in up to `max_lines` lines of `width`, word-wrapped; the last line elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words[0]
        taken = 1
        for word in words[1:]:
            if metrics.horizontalAdvance(f"{line} {word}") > width:
                break
            line = f"{line} {word}"
            taken += 1
        if metrics.horizontalAdvance(line) > width:
            break  # one long word: let the last line elide it
        lines.append(line)
        words = words[taken:]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Margin(QWidget):
    """The fixed room headers (top) or time ruler (left) beside the scrolling grid."""

    def __init__(self, grid: AgendaGrid, top: bool) -> None:
        super().__init__(grid)
        self._grid = grid
        self._top = top

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._top:
            self._grid.paint_headers(painter, self)
        else:
            self._grid.paint_ruler(painter, self)
        painter.end()


class AgendaGrid(QGraphicsView):
    """One day of the agenda as a time grid.

    Signals:
        session_dropped(int, object, object, object): a block was dragged: session id, new
            start and end (`datetime.time`) and room id (None = no room). Queued, so the
            receiver may rebuild the grid.
        edit_requested(int): a block was double-clicked.
        selection_changed(): the selected blocks changed.
        meeting_dropped(int, object, object): a bilateral meeting was dragged: request id, new
            start (`datetime.time`) and room id. Queued like `session_dropped`.
        meeting_requested(int): a bilateral meeting was double-clicked; its request id.
    """

    session_dropped = Signal(int, object, object, object)
    edit_requested = Signal(int)
    selection_changed = Signal()
    meeting_dropped = Signal(int, object, object)
    meeting_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self.selection_changed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportMargins(RULER_WIDTH, HEADER_HEIGHT, 0, 0)
        self.setMouseTracking(True)
        self._header = _Margin(self, top=True)
        self._ruler = _Margin(self, top=False)
        self.horizontalScrollBar().valueChanged.connect(self._header.update)
        self.verticalScrollBar().valueChanged.connect(self._ruler.update)

        base = QFont(self.font())
        self.text_font = QFont(base)
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(base.pointSizeF() * 0.88)
        self.small_bold_font = QFont(self.small_font)
        self.small_bold_font.setBold(True)
        self._metrics: dict[str, QFontMetricsF] = {}

        self.columns: list[RoomColumn] = []
        self.column_width = MIN_COLUMN_WIDTH
        self.first_minute = DEFAULT_FIRST_HOUR * 60
        self.last_minute = DEFAULT_LAST_HOUR * 60
        self.day: dt.date | None = None
        self._blocks: dict[int, SessionBlock] = {}
        self._meetings: dict[int, MeetingBlock] = {}  # by request id
        self.bilateral_room_ids: frozenset[int] = frozenset()
        self._frame: object = None  # what the background shows: day, columns, hours
        self.paint_count = 0  # for the benchmark: repaints of the viewport

    # Fonts ----------------------------------------------------------------------------------

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = font.key()
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font)
        return self._metrics[key]

    def line_height(self, font: QFont) -> float:
        return self.metrics(font).lineSpacing()

    # Content --------------------------------------------------------------------------------

    def set_day(
        self,
        day: dt.date | None,
        rooms: Sequence[RoomColumn],
        rows: Sequence[SessionRow],
        conflicts: Mapping[int, list[Conflict]],
        meetings: Sequence[BilateralView] = (),
        meeting_conflicts: Mapping[int, list[Conflict]] | None = None,
        bilateral_room_ids: frozenset[int] = frozenset(),
    ) -> None:
        """Show `rows` (the day's sessions) in columns `rooms`, and the day's scheduled
        bilateral `meetings` in theirs (conflicts by request id); blocks are updated in place."""
        self.day = day
        self.bilateral_room_ids = bilateral_room_ids
        columns = list(rooms)
        room_ids = {c.room_id for c in rooms}
        meetings = [m for m in meetings if m.room_id in room_ids and m.start and m.end]
        if any(row.room_id is None or row.room_id not in room_ids for row in rows):
            columns.append(RoomColumn(None, self.tr("No room")))
        self.columns = columns
        starts = [_minutes(row.start_time) for row in rows]
        starts += [_minutes(m.start) for m in meetings if m.start]
        ends = [_minutes(row.end_time) for row in rows]
        ends += [_minutes(m.end) for m in meetings if m.end]
        first = min(starts, default=DEFAULT_FIRST_HOUR * 60)
        last = max(ends, default=DEFAULT_LAST_HOUR * 60)
        self.first_minute = min(DEFAULT_FIRST_HOUR * 60, first // 60 * 60)
        self.last_minute = max(DEFAULT_LAST_HOUR * 60, -(-last // 60) * 60)

        wanted = {row.id: row for row in rows}
        scene = self.scene()
        blocked = scene.blockSignals(True)
        for session_id in [i for i in self._blocks if i not in wanted]:
            scene.removeItem(self._blocks.pop(session_id))
        for row in rows:
            block = self._blocks.get(row.id)
            if block is None:
                block = SessionBlock(self, row)
                self._blocks[row.id] = block
                scene.addItem(block)
            block.set_content(row, conflicts.get(row.id, []))
        self._set_meetings(meetings, meeting_conflicts or {})
        scene.blockSignals(blocked)
        frame = (day, [(c.room_id, c.name, c.detail) for c in columns], self.first_minute,
                 self.last_minute)  # fmt: skip
        self._layout(full=frame != self._frame)
        self._frame = frame
        self.selection_changed.emit()

    def _set_meetings(
        self, meetings: Sequence[BilateralView], conflicts: Mapping[int, list[Conflict]]
    ) -> None:
        wanted = {meeting.id for meeting in meetings}
        for request_id in [i for i in self._meetings if i not in wanted]:
            self.scene().removeItem(self._meetings.pop(request_id))
        for meeting in meetings:
            block = self._meetings.get(meeting.id)
            if block is None:
                block = MeetingBlock(self, meeting)
                self._meetings[meeting.id] = block
                self.scene().addItem(block)
            block.set_content(meeting, conflicts.get(meeting.id, []))

    def blocks(self) -> dict[int, SessionBlock]:
        return dict(self._blocks)

    def meeting_blocks(self) -> dict[int, MeetingBlock]:
        """The bilateral meetings shown, by request id."""
        return dict(self._meetings)

    def meeting_block(self, request_id: int) -> MeetingBlock | None:
        return self._meetings.get(request_id)

    def relayout(self) -> None:
        """Put every block back in its place (after a drag that changed nothing)."""
        self._layout(full=False)

    def block(self, session_id: int) -> SessionBlock | None:
        return self._blocks.get(session_id)

    def _layout(self, *, full: bool = True) -> None:
        """Place the blocks; overlapping sessions in one room share the column side by side."""
        count = max(len(self.columns), 1)
        self.column_width = max(MIN_COLUMN_WIDTH, self.viewport().width() / count)
        index_of = {column.room_id: i for i, column in enumerate(self.columns)}
        by_column: dict[int, list[_Block]] = {}
        for block in (*self._blocks.values(), *self._meetings.values()):
            column = index_of.get(block.room_id, len(self.columns) - 1)
            by_column.setdefault(column, []).append(block)
        for column, blocks in by_column.items():
            for cluster in _clusters(blocks):
                lanes: list[int] = []  # end minute of each lane
                placed: list[tuple[_Block, int]] = []
                for block in cluster:
                    start, end = block.span()
                    lane = next((i for i, last in enumerate(lanes) if last <= start), len(lanes))
                    if lane == len(lanes):
                        lanes.append(0)
                    lanes[lane] = end
                    placed.append((block, lane))
                width = self.column_width / len(lanes)
                for block, lane in placed:
                    start, end = block.span()
                    block.set_geometry(
                        QPointF(self.column_x(column) + lane * width, self.y_of(start)),
                        QRectF(0, 0, width, max((end - start) * PIXELS_PER_MINUTE, 10)),
                    )
        height = (self.last_minute - self.first_minute) * PIXELS_PER_MINUTE
        rect = QRectF(0, 0, self.column_width * count, height)
        if full or rect != self.sceneRect():
            self.scene().setSceneRect(rect)
            self.resetCachedContent()
            self.viewport().update()
            self._header.update()
            self._ruler.update()

    # Geometry -------------------------------------------------------------------------------

    def column_x(self, column: int) -> float:
        return column * self.column_width

    def column_at(self, x: float) -> int:
        return max(0, min(int(x // self.column_width), len(self.columns) - 1))

    def meeting_column_at(self, x: float, room_id: int | None) -> int:
        """The column under `x` if it is a bilateral room's, else the nearest such column
        (the meeting's own room when none is marked)."""
        allowed = [i for i, c in enumerate(self.columns) if c.room_id in self.bilateral_room_ids]
        if not allowed:
            allowed = [i for i, c in enumerate(self.columns) if c.room_id == room_id] or [0]
        column = self.column_at(x)
        return min(allowed, key=lambda i: (abs(i - column), i))

    def meeting_centre(self, request_id: int) -> QPointF:
        """The centre of a meeting's block in viewport coordinates (for tests)."""
        block = self._meetings[request_id]
        return QPointF(self.mapFromScene(block.sceneBoundingRect().center()))

    def y_of(self, minutes: int) -> float:
        return (minutes - self.first_minute) * PIXELS_PER_MINUTE

    def minutes_at(self, y: float) -> int:
        return int(self.first_minute + y / PIXELS_PER_MINUTE)

    def block_centre(self, session_id: int) -> QPointF:
        """The centre of a block in viewport coordinates (for tests and the benchmark)."""
        block = self._blocks[session_id]
        return QPointF(self.mapFromScene(block.sceneBoundingRect().center()))

    def column_centre_x(self, room_id: int | None) -> float:
        """The x of a room's column centre in viewport coordinates."""
        column = next(i for i, c in enumerate(self.columns) if c.room_id == room_id)
        scene_x = self.column_x(column) + self.column_width / 2
        return float(self.mapFromScene(QPointF(scene_x, 0)).x())

    def viewport_y(self, minutes: int) -> float:
        return float(self.mapFromScene(QPointF(0, self.y_of(minutes))).y())

    def scroll_to_minutes(self, minutes: int) -> None:
        self.verticalScrollBar().setValue(int(self.y_of(minutes)))

    def ensure_visible_while_dragging(self, scene_pos: QPointF) -> None:
        self.ensureVisible(QRectF(scene_pos, scene_pos), 20, 20)

    # Selection ------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return sorted(
            item.session_id for item in self.scene().selectedItems()
            if isinstance(item, SessionBlock)
        )  # fmt: skip

    def select_ids(self, session_ids: Sequence[int], *, centre: bool = False) -> None:
        scene = self.scene()
        blocked = scene.blockSignals(True)
        scene.clearSelection()
        for session_id in session_ids:
            block = self._blocks.get(session_id)
            if block is not None:
                block.setSelected(True)
                if centre:
                    self.ensureVisible(block, 40, 40)
        scene.blockSignals(blocked)
        self.viewport().update()

    def request_move(
        self, session_id: int, start: dt.time, end: dt.time, room_id: int | None
    ) -> None:
        self.session_dropped.emit(session_id, start, end, room_id)

    # Painting -------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        colours = surface_colours(self.palette())
        painter.fillRect(rect, colours.background)
        height = self.sceneRect().height()
        for column in range(len(self.columns)):
            if column % 2:
                painter.fillRect(
                    QRectF(self.column_x(column), 0, self.column_width, height), colours.shade
                )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        width = self.sceneRect().width()
        for minutes in range(self.first_minute, self.last_minute + 1, 30):
            y = self.y_of(minutes)
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            if minutes % 60:
                painter.setPen(QPen(colours.faint_line, 1, Qt.PenStyle.DashLine))
            else:
                painter.setPen(QPen(colours.line, 1))
            painter.drawLine(QPointF(0, y), QPointF(width, y))
        painter.setPen(QPen(colours.line, 1))
        for column in range(1, len(self.columns) + 1):
            x = self.column_x(column)
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def paint_headers(self, painter: QPainter, widget: QWidget) -> None:
        colours = surface_colours(self.palette())
        painter.fillRect(widget.rect(), colours.header)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        offset = -self.horizontalScrollBar().value()
        bold = self.title_font
        small = self.small_font
        for index, column in enumerate(self.columns):
            left = offset + self.column_x(index)
            cell = QRectF(left, 0, self.column_width, widget.height())
            if cell.right() < 0 or cell.left() > widget.width():
                continue
            painter.setPen(QPen(colours.line, 1))
            painter.drawLine(cell.topRight(), cell.bottomRight())
            text = cell.adjusted(8, 5, -6, -4)
            painter.setFont(bold)
            painter.setPen(colours.text if column.room_id is not None else colours.quiet_text)
            metrics = self.metrics(bold)
            painter.drawText(
                QPointF(text.left(), text.top() + metrics.ascent()),
                metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, text.width()),
            )
            if column.detail:
                painter.setFont(small)
                painter.setPen(colours.quiet_text)
                small_metrics = self.metrics(small)
                painter.drawText(
                    QPointF(text.left(), text.top() + metrics.lineSpacing()
                            + small_metrics.ascent()),
                    small_metrics.elidedText(column.detail, Qt.TextElideMode.ElideRight,
                                             text.width()),
                )  # fmt: skip
        painter.setPen(QPen(colours.edge, 1))
        painter.drawLine(0, widget.height() - 1, widget.width(), widget.height() - 1)

    def paint_ruler(self, painter: QPainter, widget: QWidget) -> None:
        colours = surface_colours(self.palette())
        painter.fillRect(widget.rect(), colours.header)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        offset = -self.verticalScrollBar().value()
        font = self.small_bold_font
        metrics = self.metrics(font)
        painter.setFont(font)
        for minutes in range(self.first_minute, self.last_minute + 1, 60):
            y = offset + self.y_of(minutes)
            if y < -20 or y > widget.height() + 20:
                continue
            painter.setPen(QPen(colours.line, 1))
            painter.drawLine(QPointF(widget.width() - 8, y), QPointF(widget.width(), y))
            painter.setPen(colours.quiet_text)
            label = hour_text(minutes // 60)
            painter.drawText(
                QRectF(0, y + 2, widget.width() - 8, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.setPen(QPen(colours.edge, 1))
        painter.drawLine(widget.width() - 1, 0, widget.width() - 1, widget.height())

    # Qt overrides ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self._header.setGeometry(rect.left(), rect.top() - HEADER_HEIGHT, rect.width(),
                                 HEADER_HEIGHT)  # fmt: skip
        self._ruler.setGeometry(rect.left() - RULER_WIDTH, rect.top(), RULER_WIDTH,
                                rect.height())  # fmt: skip
        if self.columns:
            old = self.column_width
            count = len(self.columns)
            if max(MIN_COLUMN_WIDTH, self.viewport().width() / count) != old:
                self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.paint_count += 1


_Block = SessionBlock | MeetingBlock


def _order(block: _Block) -> tuple[int, int, int, int]:
    """Sessions before meetings at the same time, each by id."""
    start, end = block.span()
    if isinstance(block, SessionBlock):
        return start, end, 0, block.session_id
    return start, end, 1, block.request_id


def _clusters(blocks: list[_Block]) -> list[list[_Block]]:
    """Blocks of one column grouped into runs that overlap in time, in start order."""
    clusters: list[list[_Block]] = []
    last = -1
    for block in sorted(blocks, key=_order):
        start, end = block.span()
        if clusters and start < last:
            clusters[-1].append(block)
            last = max(last, end)
        else:
            clusters.append([block])
            last = end
    return clusters


__all__ = ["AgendaGrid", "MeetingBlock", "RoomColumn", "SessionBlock", "kind_colours", "snap"]
