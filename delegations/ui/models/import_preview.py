"""The import preview's models: the file's rows with their bad cells tinted, and the problems
one line each (File ▸ Import registrations…, `ui.dialogs.import_dialog`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

from delegations.domain.enums import NameOrder
from delegations.domain.names import full_name
from delegations.services.registrations.importing import ImportPreview
from delegations.services.registrations.parsed import ParsedFile, ParsedRow, Problem
from delegations.ui.widgets import severity_icon

Index = QModelIndex | QPersistentModelIndex

ERROR_BACKGROUND = QColor("#fbe0de")
ERROR_FOREGROUND = QColor("#8c1d18")
WARNING_BACKGROUND = QColor("#fff3cd")
WARNING_FOREGROUND = QColor("#6b4f00")


class PreviewModel(QAbstractTableModel):
    """The file's rows as read: a "Row" column (the row number as Excel shows it), then every
    column of the file. Bad cells are tinted; their tooltip says what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parsed: ParsedFile | None = None
        self._headers: list[str] = []
        self._multi_sheet = False
        # Per sheet: file column index -> our column (after the row-number column(s)).
        self._column_maps: list[dict[int, int]] = []
        self._cell_problems: dict[tuple[int, int], list[Problem]] = {}
        self._row_problems: dict[int, list[Problem]] = {}
        self._row_of_key: dict[tuple[str, int], int] = {}
        self._unknown_headers: set[str] = set()

    @property
    def lead_columns(self) -> int:
        """Columns before the file's own: Row, Sheet when the workbook has several, and the
        name as it will be shown (in the person's order)."""
        return 3 if self._multi_sheet else 2

    @property
    def name_column(self) -> int:
        return self.lead_columns - 1

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        parsed = self._parsed = preview.parsed
        self._multi_sheet = len(parsed.sheets) > 1
        lead = self.lead_columns
        self._headers, self._column_maps = [], []
        position: dict[str, int] = {}
        self._unknown_headers = set()
        for sheet in parsed.sheets:
            column_map = {}
            for column in sheet.columns:
                key = column.header.strip().casefold()
                if key not in position:
                    position[key] = len(self._headers)
                    self._headers.append(column.header.strip())
                column_map[column.index] = lead + position[key]
                if column.field is None:
                    self._unknown_headers.add(column.header.strip())
            self._column_maps.append(column_map)
        sheet_index = {sheet.name: number for number, sheet in enumerate(parsed.sheets)}
        self._row_of_key = {
            (parsed.sheets[row.sheet_index].name, row.row): number
            for number, row in enumerate(parsed.rows)
        }
        self._cell_problems, self._row_problems = {}, {}
        for problem in preview.report.problems:
            number = self._row_of_key.get((problem.sheet, problem.row))
            if number is None:
                continue
            column_map = self._column_maps[sheet_index[problem.sheet]]
            if problem.column_index is not None and problem.column_index in column_map:
                key = (number, column_map[problem.column_index])
                self._cell_problems.setdefault(key, []).append(problem)
            else:
                self._row_problems.setdefault(number, []).append(problem)
        self.endResetModel()

    def row_for(self, problem: Problem) -> int:
        """The preview row of a problem's row, or -1 (a problem about the whole file)."""
        return self._row_of_key.get((problem.sheet, problem.row), -1)

    def column_for(self, problem: Problem) -> int:
        """The preview column of a problem's cell (the Row column for a whole-row problem)."""
        if self._parsed is None or problem.column_index is None:
            return 0
        names = [sheet.name for sheet in self._parsed.sheets]
        if problem.sheet not in names:
            return 0
        return self._column_maps[names.index(problem.sheet)].get(problem.column_index, 0)

    def problems_at(self, row: int, column: int) -> list[Problem]:
        """The problems shown at a cell (a whole-row problem shows at the Row column)."""
        if column < self.lead_columns:
            own = [p for (r, _c), ps in self._cell_problems.items() if r == row for p in ps]
            return [*self._row_problems.get(row, []), *own]
        return self._cell_problems.get((row, column), [])

    def row_has_error(self, row: int) -> bool:
        return any(problem.is_error for problem in self.problems_at(row, 0))

    # Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._parsed is None else len(self._parsed.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._parsed is None:
            return 0
        return self.lead_columns + len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        lead = self.lead_columns
        leads = [self.tr("Row"), *([self.tr("Sheet")] if self._multi_sheet else []),
                 self.tr("Name as shown")]  # fmt: skip
        title = leads[section] if section < lead else self._headers[section - lead]
        unknown = section >= lead and title in self._unknown_headers
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole and section == self.name_column:
            return self.tr("The name in the order it will be shown and printed.")
        if role == Qt.ItemDataRole.ToolTipRole and unknown:
            return self.tr("“{header}” is not a column the import knows; it is not imported.") \
                .format(header=title)  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and unknown:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._parsed is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        parsed_row = self._parsed.rows[row]
        if column == self.name_column:
            return self._name_data(parsed_row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(parsed_row.row)
            if column < self.lead_columns:
                return self._parsed.sheets[parsed_row.sheet_index].name
            return self._cell_text(parsed_row.sheet_index, parsed_row.cells, column)
        problems = self.problems_at(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not problems:
            return None
        error = any(problem.is_error for problem in problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND if error else WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ERROR_FOREGROUND if error else WARNING_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problem_text(problem, with_row=False) for problem in problems)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(error)
        return None

    def _name_data(self, parsed_row: ParsedRow, role: int) -> Any:
        values = parsed_row.values
        order = values.get("name_order", NameOrder.GIVEN_FIRST)
        if role == Qt.ItemDataRole.DisplayRole:
            return full_name(values.get("given_name", ""), values.get("family_name", ""), order)
        if role == Qt.ItemDataRole.ToolTipRole:
            first = (
                self.tr("Family name first") if order == NameOrder.FAMILY_FIRST
                else self.tr("Given name first")
            )  # fmt: skip
            reason = parsed_row.name_order_reason or self.tr("as the file says")
            return self.tr("{order}: {reason}. Change it later in the delegate's form, or for "
                           "the whole delegation.").format(order=first, reason=reason)  # fmt: skip
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_text(self, sheet_index: int, cells: tuple[str, ...], column: int) -> str:
        for file_index, ours in self._column_maps[sheet_index].items():
            if ours == column:
                return cells[file_index] if file_index < len(cells) else ""
        return ""


class ProblemListModel(QAbstractListModel):
    """The problems, errors first, one line each: "Row 12 · Email “bob@”: …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def texts(self) -> list[str]:
        return [problem_text(problem) for problem in self._problems]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem)
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(problem.is_error)
        return None


def problem_text(problem: Problem, *, with_row: bool = True) -> str:
    """A problem as the list shows it: where (row, sheet, column), the value, what is wrong."""
    where = []
    if with_row and problem.row:
        where.append(QApplication.translate("ImportDialog", "Row {row}").format(row=problem.row))
    if with_row and problem.sheet:
        where.append(problem.sheet)
    if problem.column:
        where.append(problem.column)
    text = " · ".join(where)
    if problem.value:
        text += f" “{problem.value}”"
    message = problem.message
    if not problem.is_error:
        message = QApplication.translate("ImportDialog", "warning: {message}").format(
            message=message
        )
    return f"{text}: {message}" if text else message
