"""A read-only table model over plain service rows, and the proxy that filters it.

The rows are plain tuples or frozen dataclasses from the services. Filtering never calls back
into Python per row: the proxy folds the filter text once, matches it against the folded
`search_key` of every row in one list comprehension, and maps only the rows a view paints.
Sorting is done by the source model in Python (one `list.sort` with a key, by default the
QCollator key of the cell text), so the proxy never calls `data()` n log n times either.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from delegations.domain.names import fold
from delegations.ui.collation import Collated, collated, collation_ranks, collator

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
        sort_key: key for sorting by this column; default: the cell text in the window's
            language's order (`ui.collation`).
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
    """Rows (usually with an `id`); optionally a folded `search_key` and a group id for the proxy."""

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
        self._keys: list[str] | None = None  # folded lazily: start-up does not need them
        self._groups: list[object] = []
        self._ranks: dict[tuple[int, str], list[int]] = {}  # of `_original`, per column
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
        self._ranks.clear()
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
        """The folded search key of every row, in row order (computed on first use)."""
        if self._keys is None:
            self._keys = [self._search_key(row) for row in self._rows]
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
            return getattr(row, "id", None)
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

    def _collation_ranks(self, column: int, key: Collated[R]) -> list[int]:
        """The rows' ranks in the language's order of `key`'s text, kept until the rows or the
        language change (the other direction, or back to a column, sorts integers)."""
        cache_key = (column, collator().locale().bcp47Name())
        ranks = self._ranks.get(cache_key)
        if ranks is None:
            ranks = collation_ranks([key.text(row) for row in self._original])
            self._ranks[cache_key] = ranks
        return ranks

    def _arrange(self) -> None:
        rows = list(self._original)
        if 0 <= self._sort_column < len(self._columns):
            column = self._columns[self._sort_column]
            key = column.sort_key or collated(column.text)
            reverse = self._sort_order == Qt.SortOrder.DescendingOrder
            if isinstance(key, Collated):
                ranks = self._collation_ranks(self._sort_column, key)
                order = sorted(range(len(rows)), key=ranks.__getitem__, reverse=reverse)
                rows = [rows[index] for index in order]
            else:
                rows.sort(key=key, reverse=reverse)
        self._rows = rows
        self._keys = None
        group = self._group
        self._groups = [group(row) for row in rows] if group else []


class FoldFilterProxy(QAbstractProxyModel):
    """Shows the rows of a `RowTableModel` that match a text (any part of the folded key) and
    a group. Several words must all occur, in any order: "nguyen duc" finds "Nguyễn Văn Đức".

    Unlike `QSortFilterProxyModel`, it never asks Python about each source row: a filter
    change computes the list of matching rows in one comprehension and resets the view,
    which then maps only the rows it paints. 20,000 rows filter in a few milliseconds.
    """

    _NO_GROUP = object()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._group: object = self._NO_GROUP
        self._source_rows: list[int] = []  # proxy row -> source row
        self._proxy_rows: dict[int, int] | None = None  # source row -> proxy row, lazily

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
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._source_connections(old):
                signal.disconnect(slot)
        super().setSourceModel(model)
        for signal, slot in self._source_connections(model):
            signal.connect(slot)
        self._update_rows()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._source_rows)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid():
            return QModelIndex()
        return self.sourceModel().index(self._source_rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._proxy_rows is None:
            self._proxy_rows = {source: proxy for proxy, source in enumerate(self._source_rows)}
        row = self._proxy_rows.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    # data() and headerData() call the source's Python methods directly, without the round
    # trip through QAbstractProxyModel's C++ versions and back into Python.
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.sourceModel().data(self.mapToSource(index), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        source = self.sourceModel()
        if orientation == Qt.Orientation.Horizontal and source is not None:
            return source.headerData(section, orientation, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source's job (in Python, once); the proxy follows."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    # Internals ------------------------------------------------------------------------------

    def _source_connections(self, model: QAbstractTableModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._on_source_reset),
            (model.layoutAboutToBeChanged, self.beginResetModel),
            (model.layoutChanged, self._on_source_reset),
            (model.dataChanged, self._on_source_data_changed),
        ]

    def _on_source_reset(self, *_args: object) -> None:
        self._update_rows()
        self.endResetModel()

    def _on_source_data_changed(self, *_args: object) -> None:
        if self._source_rows:
            last = self.index(len(self._source_rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._update_rows()
        self.endResetModel()

    def _update_rows(self) -> None:
        source = self.sourceModel()
        accepted = self._compute() if source is not None else []
        self._source_rows = [row for row, ok in enumerate(accepted) if ok]
        self._proxy_rows = None

    def _compute(self) -> list[bool]:
        source: RowTableModel = self.sourceModel()  # type: ignore[assignment]
        words, group = self._words, self._group
        if not words:
            if group is self._NO_GROUP:
                return [True] * source.rowCount()
            return [g == group for g in source.group_ids()]
        keys = source.search_keys()
        if group is not self._NO_GROUP:
            groups = source.group_ids()
            if len(words) == 1:
                word = words[0]
                return [g == group and word in k for g, k in zip(groups, keys, strict=True)]
            return [
                g == group and all(w in k for w in words) for g, k in zip(groups, keys, strict=True)
            ]
        if len(words) == 1:
            word = words[0]
            return [word in k for k in keys]
        return [all(w in k for w in words) for k in keys]
