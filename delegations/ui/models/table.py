"""A read-only table model over plain service rows, and the proxy that filters it.

The rows are frozen dataclasses from the services. Filtering never calls back into the model
per row: the proxy folds the filter text once, matches it against the precomputed folded
`search_key` of every row in one list comprehension, and `filterAcceptsRow` only looks the
answer up. Sorting is done by the source model in Python (one `list.sort` with a key), so the
proxy never calls `data()` n log n times either.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from delegations.domain.names import fold

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's record id (or None), for any column."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its (translated) title and how a row shows in it.

    Attributes:
        title: header text.
        text: the cell text.
        sort_key: key for sorting by this column; default: the case-folded cell text.
        decoration: an icon, pixmap or colour (a colour is drawn as a swatch).
        numeric: right-aligned.
        width: initial width in pixels (0: leave to the view).
        tooltip: text shown on hover; default: none.
    """

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    decoration: Callable[[R], Any] | None = None
    numeric: bool = False
    width: int = 0
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows with an `id`; optionally a folded `search_key` and a group id for the proxy."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        search_key: Callable[[R], str] = operator.attrgetter("search_key"),
        group: Callable[[R], object] | None = None,
        font: Callable[[R], Any] | None = None,
        foreground: Callable[[R], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._search_key = search_key
        self._group = group
        self._font = font
        self._foreground = foreground
        self._original: list[R] = []
        self._rows: list[R] = []
        self._keys: list[str] = []
        self._groups: list[object] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Our API --------------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace all rows (a model reset), keeping the current sort column."""
        self.beginResetModel()
        self._original = list(rows)
        self._arrange()
        self.endResetModel()

    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, record_id: object) -> int:
        """The row showing the record `record_id`, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == record_id:  # type: ignore[attr-defined]
                return number
        return -1

    def search_keys(self) -> list[str]:
        return self._keys

    def group_ids(self) -> list[object]:
        return self._groups

    # Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self._columns[section]
            if role == _DISPLAY:
                return column.title
            if role == _ALIGNMENT:
                return _RIGHT if column.numeric else _LEFT
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return self._columns[index.column()].text(row)
        if role == _DECORATION:
            decoration = self._columns[index.column()].decoration
            return decoration(row) if decoration else None
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[index.column()].numeric else _LEFT
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        if role == _FONT:
            return self._font(row) if self._font else None
        if role == _FOREGROUND:
            return self._foreground(row) if self._foreground else None
        if role == _TOOLTIP:
            tooltip = self._columns[index.column()].tooltip
            return tooltip(row) if tooltip else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row; column -1 restores the services' order."""
        self.layoutAboutToBeChanged.emit()
        before = {id(row): number for number, row in enumerate(self._rows)}
        self._sort_column, self._sort_order = column, order
        self._arrange()
        after = {id(row): number for number, row in enumerate(self._rows)}
        old_rows = [0] * len(self._rows)
        for key, number in before.items():
            old_rows[after[key]] = number
        moves = {old: new for new, old in enumerate(old_rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moves[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    # Internals ------------------------------------------------------------------------------

    def _arrange(self) -> None:
        rows = list(self._original)
        if 0 <= self._sort_column < len(self._columns):
            column = self._columns[self._sort_column]
            key = column.sort_key or (lambda row, text=column.text: text(row).casefold())
            rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self._keys = [self._search_key(row) for row in rows]
        group = self._group
        self._groups = [group(row) for row in rows] if group else []


class FoldFilterProxy(QSortFilterProxyModel):
    """Filters a `RowTableModel` by text (any part of the folded key) and by group.

    Several words must all occur, in any order: "nguyen duc" finds "Nguyễn Văn Đức".
    """

    _NO_GROUP = object()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._group: object = self._NO_GROUP
        self._accepted: list[bool] | None = None

    # Our API --------------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self._refilter()

    def filter_text_words(self) -> tuple[str, ...]:
        return self._words

    def set_group(self, group: object) -> None:
        """Show only rows of this group; `None` shows every group."""
        group = self._NO_GROUP if group is None else group
        if group is not self._group and group != self._group:
            self._group = group
            self._refilter()

    def is_filtered(self) -> bool:
        return bool(self._words) or self._group is not self._NO_GROUP

    def source_row_count(self) -> int:
        source = self.sourceModel()
        return source.rowCount() if source is not None else 0

    # Qt overrides ---------------------------------------------------------------------------

    def setSourceModel(self, model: RowTableModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            for signal in self._invalidating_signals(old):
                signal.disconnect(self._forget)
        super().setSourceModel(model)
        for signal in self._invalidating_signals(model):
            signal.connect(self._forget)
        self._accepted = None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        if accepted is None:
            accepted = self._accepted = self._compute()
        return accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source's job (in Python, once); the proxy keeps its order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    # Internals ------------------------------------------------------------------------------

    @staticmethod
    def _invalidating_signals(model: QAbstractTableModel) -> list[Any]:
        return [
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
        ]

    def _forget(self, *_args: object) -> None:
        self._accepted = None

    def _refilter(self) -> None:
        self._accepted = None
        # invalidate() rebuilds the mapping in one pass; the incremental row filter update
        # would emit one insert signal per gap, which is slower for 20,000 rows.
        self.invalidate()

    def _compute(self) -> list[bool]:
        source: RowTableModel = self.sourceModel()  # type: ignore[assignment]
        keys = source.search_keys()
        words, group = self._words, self._group
        if group is not self._NO_GROUP:
            groups = source.group_ids()
            if not words:
                return [g == group for g in groups]
            if len(words) == 1:
                word = words[0]
                return [g == group and word in k for g, k in zip(groups, keys, strict=True)]
            return [
                g == group and all(w in k for w in words) for g, k in zip(groups, keys, strict=True)
            ]
        if not words:
            return [True] * len(keys)
        if len(words) == 1:
            word = words[0]
            return [word in k for k in keys]
        return [all(w in k for w in words) for k in keys]
