"""Small widgets and helpers shared by the tabs and dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from delegations.ui.accessibility import named
from delegations.ui.models import Column
from delegations.ui.palette import is_dark


@lru_cache(maxsize=64)
def swatch(color: str) -> QColor:
    """The QColor for a role colour such as "#8e1b1b"; invalid colours show grey."""
    qcolor = QColor(color)
    return qcolor if qcolor.isValid() else QColor("#9e9e9e")


@lru_cache(maxsize=4)
def bold_font() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


def configure_table(
    view: QTableView, columns: Sequence[Column], *, row_lines: int = 1, sortable: bool = True
) -> None:
    """The look and behaviour every table shares: whole rows, fixed heights, sortable."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setTabKeyNavigation(False)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    line = view.fontMetrics().lineSpacing()
    vertical.setDefaultSectionSize(line * row_lines + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(40)
    view.setSortingEnabled(sortable)
    if isinstance(view, FittedTableView):
        view.set_nominal_widths([column.width or 120 for column in columns])
        return
    for number, column in enumerate(columns):
        if column.width:
            view.setColumnWidth(number, column.width)


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once `widget` has first been painted (work that can wait until the
    window is on screen, without slowing its first paint)."""
    _AfterFirstPaint(widget, callback)


class FittedTableView(QTableView):
    """A table whose columns share the visible width in proportion to their nominal widths.

    Columns keep at least 70 % of their nominal width (a scroll bar appears below that), and
    the user may still drag them; the next resize of the window fits them again.
    """

    MINIMUM_SHARE = 0.7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nominal: list[int] = []

    def set_nominal_widths(self, widths: Sequence[int]) -> None:
        self._nominal = list(widths)
        self.fit_columns()

    def fit_columns(self) -> None:
        if not self._nominal or self.model() is None:
            return
        visible = [
            (column, width)
            for column, width in enumerate(self._nominal)
            if not self.isColumnHidden(column)
        ]
        # The last section stretches; share the rest of the width among the others.
        *fixed, (last, last_width) = visible or [(0, 0)]
        if not fixed:
            return
        available = self.viewport().width()
        total = sum(width for _column, width in fixed) + last_width
        scale = max(available / total, self.MINIMUM_SHARE) if total else 1.0
        for column, width in fixed:
            self.setColumnWidth(column, int(width * scale))

    def setColumnHidden(self, column: int, hide: bool) -> None:  # noqa: N802 (Qt override)
        super().setColumnHidden(column, hide)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_columns()


def filter_edit(placeholder: str, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    named(edit, placeholder)  # a placeholder is no name for a screen reader
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(260)
    return edit


def ask_to_delete(parent: QWidget, title: str, question: str) -> bool:
    """Ask before deleting; No is the default so a stray Enter deletes nothing."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    """Tell the user a sentence about something they can fix."""
    QMessageBox.warning(parent, title, str(error))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class TwoLineDelegate(QStyledItemDelegate):
    """Draws "first\\nsecond" as a main line and a quieter second line (e.g. EN and ZH)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        first, _, second = str(text).partition("\n")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        quiet = QColor(main)
        if not selected:
            quiet.setAlphaF(0.62)
        rect = opt.rect.adjusted(4, 4, -4, -4)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(main)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if second:
            painter.setPen(quiet)
            bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.lineSpacing() * 2 + 10)


class GroupStartDelegate(QStyledItemDelegate):
    """Shows a cell's text only where it differs from the row above (e.g. the day of a
    session), so that rows read as groups with a heading in this column."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = index.row()
        if row > 0 and index.sibling(row - 1, index.column()).data() == index.data():
            option.text = ""
        else:
            option.font.setBold(True)


class PhotoView(QLabel):
    """A portrait: the photo scaled to fit, or the person's initials on a tinted card."""

    SIZE = QSize(150, 190)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self._initials = ""

    def initials(self) -> str:
        """The initials the placeholder shows; "" while a photo shows."""
        return self._initials

    def show_photo(self, data: bytes | None, initials: str) -> bool:
        """Show the image in `data` (any format Qt reads); False if it is not an image."""
        self._initials = ""
        if data:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self.setPixmap(
                    pixmap.scaled(
                        self.SIZE - QSize(4, 4),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                return True
        self._initials = initials
        self.setPixmap(self._placeholder(initials))
        return not data

    def _placeholder(self, initials: str) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        dark = is_dark(self.palette())
        pixmap.fill(QColor("#39424d" if dark else "#e3e9f0"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#9fb0c4" if dark else "#7b8da3"))
        painter.drawText(
            QRect(0, 0, self.SIZE.width(), self.SIZE.height()),
            int(Qt.AlignmentFlag.AlignCenter),
            initials or "?",
        )
        painter.end()
        return pixmap


def severity_icon(error: bool) -> QIcon:
    """The style's error or warning icon, for a problem listed beside what it is about."""
    style = QApplication.style()
    pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if error else \
        QStyle.StandardPixmap.SP_MessageBoxWarning  # fmt: skip
    return style.standardIcon(pixmap)
