"""The desk's search results: who matches the typed name, with their status.

`SearchResults` is the page shown while a name is typed: a line saying how many matched and
the list. `HitListModel` holds the `SearchHit`s of the desk index's search; `HitDelegate`
paints each as two lines (name and native name; delegation · role · organisation) with a
role stripe and a status badge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from delegations.services.desk import SearchHit, SearchResult
from delegations.ui.accessibility import named
from delegations.ui.checkin.card import local_time
from delegations.ui.checkin.counters import scaled_font

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
"""The row's `SearchHit`."""
_STEPS = {int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_Down): 1,
          int(Qt.Key.Key_PageUp): -5, int(Qt.Key.Key_PageDown): 5}  # fmt: skip


class HitListModel(QAbstractListModel):
    """The search results: `SearchHit`s (person and status)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = tuple(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.person.name} {hit.person.native_name}".strip()
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "checked in" if hit.status.checked_in else "not checked in"
            return f"{hit.person.name}, {hit.person.delegation}, {state}"
        return None


class HitDelegate(QStyledItemDelegate):
    """A search result: role stripe, name and native name, delegation · role, status."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        person, status = hit.person, hit.status
        rect = opt.rect.adjusted(0, 4, -10, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stripe = QColor(person.role_color or "#9e9e9e")
        painter.fillRect(QRect(rect.left() + 4, rect.top(), 8, rect.height()), stripe)
        palette = opt.palette
        text_colour = (palette.highlightedText() if selected else palette.text()).color()
        quiet = QColor(text_colour)
        quiet.setAlphaF(0.7)
        left = rect.left() + 22
        big = QFont(opt.font)
        big.setPointSizeF(opt.font.pointSizeF() * 1.35)
        big.setBold(True)
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 1.05)
        status_width = 240
        line = rect.height() // 2
        name_rect = QRect(left, rect.top(), rect.width() - status_width - 30, line)
        painter.setFont(big)
        painter.setPen(text_colour)
        title = f"{person.name}   {person.native_name}".strip()
        painter.drawText(
            name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                             name_rect.width()),
        )  # fmt: skip
        painter.setFont(small)
        painter.setPen(quiet)
        detail = " · ".join(p for p in (person.delegation, person.role, person.organisation) if p)
        detail_rect = QRect(left, rect.top() + line, name_rect.width(), line)
        painter.drawText(
            detail_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight,
                                             detail_rect.width()),
        )  # fmt: skip
        badge = QRect(rect.right() - status_width, rect.top() + 8, status_width, rect.height() - 16)
        if status.checked_in and status.at is not None:
            painter.setBrush(QColor("#d7f0dc"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("#145c28"))
            where = f" · {status.desk}" if status.desk else ""
            label = f"✔ In {local_time(status.at)}{where}"
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("#90a4ae"))
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(quiet)
            label = "Not checked in"
        painter.setFont(small)
        painter.drawText(
            badge, int(Qt.AlignmentFlag.AlignCenter),
            painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                             badge.width() - 12),
        )  # fmt: skip
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(400, int(option.fontMetrics.lineSpacing() * 3.4) + 12)


class SearchResults(QWidget):
    """How many matched, and the best of them; the first is chosen, arrows move the choice.

    Signals:
        activated(object): a double-clicked `SearchHit`.
    """

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_label = QLabel(self)
        self.results_label.setFont(scaled_font(self, 1.05))
        layout.addWidget(self.results_label)
        self.hit_model = HitListModel(self)
        self.results_view = named(QListView(self), self.tr("People found"))
        self.results_view.setModel(self.hit_model)
        self.results_view.setItemDelegate(HitDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setFont(scaled_font(self, 1.1))
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.doubleClicked.connect(self._on_double_clicked)
        layout.addWidget(self.results_view, 1)

    def show_result(self, text: str, result: SearchResult) -> None:
        self.hit_model.set_hits(result.hits)
        if result.hits:
            self.results_view.setCurrentIndex(self.hit_model.index(0))
        shown = len(result.hits)
        self.results_label.setText(
            self.tr("No one matches “{text}”.").format(text=text)
            if not shown
            else self.tr("{total} found — ↑ ↓ to choose, Enter to admit").format(
                total=f"{result.total:,}"
            )
            if shown == result.total
            else self.tr("Best {shown} of {total} found — keep typing to narrow").format(
                shown=shown, total=f"{result.total:,}"
            )
        )

    def step(self, key: int) -> None:
        """Move the choice for an arrow or page key (`Qt.Key` as int)."""
        count = self.hit_model.rowCount()
        if not count:
            return
        row = min(max(self.results_view.currentIndex().row() + _STEPS[key], 0), count - 1)
        index = self.hit_model.index(row)
        self.results_view.setCurrentIndex(index)
        self.results_view.scrollTo(index)

    def chosen(self) -> SearchHit | None:
        current = self.results_view.currentIndex()
        hit = current.data(HIT_ROLE) if current.isValid() else None
        return hit if isinstance(hit, SearchHit) else None

    def _on_double_clicked(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.activated.emit(hit)
