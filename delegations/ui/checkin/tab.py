"""The Check-in tab: the desk that admits delegates by badge scan or by name.

Left: the desk bar (desk name, native typing, undo), the one big input and below it either
the search results (while typing a name) or the result card (after a scan). Right: the live
counters (admitted / expected, by delegation, by role) and the not-yet-arrived list, which
can be filtered, exported (CSV) and printed (A4 PDF).

Everything the desk reads comes from a `DeskIndex` held in memory (loaded in a worker for
large events); every admission goes through `services.checkin`, which commits before it
returns — the card turns green only after that. A timer picks up what other desks or
programs wrote to the file (`DeskIndex.refresh`).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    QSysInfo,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import checkin as checkin_service
from delegations.services import delegations as delegation_service
from delegations.services.checkin import CheckInResult, looks_like_code
from delegations.services.desk import (
    ArrivalRow,
    CountRow,
    DeskIndex,
    SearchHit,
    print_arrivals,
    write_arrivals_csv,
)
from delegations.services.event import EventFile
from delegations.ui.checkin_card import CardExtras, ResultCard, local_time
from delegations.ui.checkin_input import ScanEdit
from delegations.ui.dialogs.desk_settings import (
    DeskSettingsDialog,
    ask_pin,
    desk_name,
    has_pin,
    pin_is_right,
    set_desk_name,
)
from delegations.ui.jobs import run_job
from delegations.ui.tabs.base import DELEGATES, DELEGATIONS, EVENT, EventTab

log = logging.getLogger(__name__)

CHECKINS = "checkins"
"""`data_changed` argument: the journal changed (a merge, a restore)."""

REFRESH_MS = 5000
"""How often the desk looks for what other desks or programs wrote to the file."""
SEARCH_DELAY_MS = 120
"""Search after a short pause in typing, so that a scanner's keystrokes never wait for it."""
SYNC_LOAD_BELOW = 4 * 1024 * 1024
"""Event files smaller than this (bytes) load the desk index at once, without a worker."""
_HIT_ROLE = Qt.ItemDataRole.UserRole + 10
_ARRIVALS_PAGE = 2


def _scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


# Models -----------------------------------------------------------------------------------


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
        if role == _HIT_ROLE:
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
        hit = index.data(_HIT_ROLE)
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
        text_colour = opt.palette.highlightedText().color() if selected else QColor("#1d232a")
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
            painter.setPen(QColor("#455a64") if not selected else text_colour)
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


class TupleTableModel(QAbstractTableModel):
    """A small read-only table of tuples; `numeric` columns are right-aligned."""

    def __init__(
        self, headers: Sequence[str], numeric: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = numeric
        self.rows: list[tuple[Any, ...]] = []
        self.foreground: Callable[[tuple[Any, ...]], QColor | None] = lambda _row: None

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if len(rows) == len(self.rows) and rows:
            self.rows = list(rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self._headers) - 1)
            )
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def numeric_columns(self) -> set[int]:
        return set(self._numeric)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[column]
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
    header = view.horizontalHeader()
    if isinstance(model, TupleTableModel) and model.numeric_columns():
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(220)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return view


def _count_rows(rows: Sequence[CountRow]) -> list[tuple[Any, ...]]:
    return [
        (row.label, row.admitted, row.expected, row.expected - row.admitted)
        for row in rows
        if row.expected
    ]


# The tab ----------------------------------------------------------------------------------


class CheckInTab(EventTab):
    """The check-in desk over the open event.

    Signals:
        leave_desk_mode_requested(): the "Leave desk mode" button (the window asks the PIN).
        answered(object): a scan or admission was answered (the `CheckInResult`); for the
            benchmark and for tests.
    """

    leave_desk_mode_requested = Signal()
    answered = Signal(object)

    def __init__(
        self,
        event_file: EventFile,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(event_file, parent)
        if settings is None:
            from delegations.ui.main_window import app_settings

            settings = app_settings()
        self._settings = settings
        self.index: DeskIndex | None = None
        self.desk_mode = False
        self.last_answer_ms = 0.0
        self._loading = False

        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._counters_timer = QTimer(self, singleShot=True, interval=150)
        self._counters_timer.timeout.connect(self._update_counters)
        self._arrivals_timer = QTimer(self, singleShot=True, interval=1000)
        self._arrivals_timer.timeout.connect(self._update_arrivals)
        self.side_tabs.currentChanged.connect(self._on_side_tab_changed)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        self._refresh_timer.start()

        self._show_desk_name()
        self._load_index()

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter)

        left = QWidget(splitter)
        left.setMinimumWidth(480)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(10)
        left_layout.addLayout(self._build_desk_bar(left))

        self.pages = QStackedWidget(left)
        self.pages.addWidget(self._build_setup_page())
        self.pages.addWidget(self._build_desk_page())
        left_layout.addWidget(self.pages, 1)
        splitter.addWidget(left)

        right = QWidget(splitter)
        splitter.addWidget(self._build_counters(right))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])

        self.undo_action = QAction(self.tr("Undo the last admission"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)

    def _build_desk_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.desk_label = QLabel(parent)
        self.desk_label.setFont(_scaled_font(self, 1.3, bold=True))
        self.settings_button = QPushButton(self.tr("Desk settings…"), parent)
        self.settings_button.clicked.connect(self.open_settings)
        self.native_button = QToolButton(parent)
        self.native_button.setText(self.tr("中 / ไทย typing"))
        self.native_button.setCheckable(True)
        self.native_button.setToolTip(
            self.tr("Switch the input method on to type a name in Chinese, Thai or another "
                    "script. It switches itself off after the next admission, so that the "
                    "scanner's codes stay intact.")
        )  # fmt: skip
        self.undo_button = QPushButton(self.tr("↶ Undo (Ctrl+Z)"), parent)
        self.undo_button.setToolTip(self.tr("Undo the last admission made at this desk"))
        self.undo_button.clicked.connect(self.undo_last)
        self.leave_button = QPushButton(self.tr("Leave desk mode…"), parent)
        self.leave_button.clicked.connect(self.leave_desk_mode_requested)
        self.leave_button.hide()
        for button in (self.settings_button, self.native_button, self.undo_button,
                       self.leave_button):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.desk_label)
        bar.addWidget(self.settings_button)
        bar.addStretch(1)
        bar.addWidget(self.native_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.leave_button)
        return bar

    def _build_setup_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Name this desk"), page)
        title.setFont(_scaled_font(self, 2.2, bold=True))
        layout.addWidget(title)
        hint = QLabel(
            self.tr("Each check-in is recorded with the desk's name, so that desks can "
                    "exchange their journals. Use a short name staff will recognise, "
                    "such as “North 1”."),
            page,
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setFont(_scaled_font(self, 1.2))
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.setup_edit = QLineEdit(page)
        self.setup_edit.setFont(_scaled_font(self, 1.8))
        self.setup_edit.setMaxLength(40)
        self.setup_edit.setText(QSysInfo.machineHostName()[:40])
        self.setup_edit.returnPressed.connect(self._on_setup_done)
        start = QPushButton(self.tr("Start checking in"), page)
        start.setFont(_scaled_font(self, 1.4, bold=True))
        start.clicked.connect(self._on_setup_done)
        row.addWidget(self.setup_edit, 1)
        row.addWidget(start)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_desk_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.scan_edit = ScanEdit(page)
        self.scan_edit.setFont(_scaled_font(self, 2.4))
        self.scan_edit.setMinimumHeight(self.scan_edit.fontMetrics().height() + 24)
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge — or type a name"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_edit.setAccessibleName(self.tr("Badge code or name"))
        self.scan_edit.submitted.connect(self._on_submitted)
        self.scan_edit.navigate.connect(self._on_navigate)
        self.scan_edit.textEdited.connect(self._on_text_edited)
        self.scan_edit.textChanged.connect(self._on_text_changed)
        self.scan_edit.native_typing_changed.connect(self.native_button.setChecked)
        self.native_button.toggled.connect(self._on_native_toggled)
        layout.addWidget(self.scan_edit)

        self.results_label = QLabel(page)
        self.results_label.setFont(_scaled_font(self, 1.05))
        layout.addWidget(self.results_label)

        self.view_stack = QStackedWidget(page)
        self.card = ResultCard(self.view_stack)
        self.card.admit_delegation_requested.connect(self.admit_delegation)
        self.view_stack.addWidget(self.card)
        self.hit_model = HitListModel(self)
        self.results_view = QListView(self.view_stack)
        self.results_view.setModel(self.hit_model)
        self.results_view.setItemDelegate(HitDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setFont(_scaled_font(self, 1.1))
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.doubleClicked.connect(self._on_hit_activated)
        self.view_stack.addWidget(self.results_view)
        layout.addWidget(self.view_stack, 1)
        self.results_label.hide()
        return page

    def _build_counters(self, parent: QWidget) -> QWidget:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(6, 0, 0, 0)
        self.total_label = QLabel(parent)
        self.total_label.setFont(_scaled_font(self, 1.9, bold=True))
        self.total_bar = QProgressBar(parent)
        self.total_bar.setTextVisible(True)
        self.total_bar.setMinimumHeight(22)
        layout.addWidget(self.total_label)
        layout.addWidget(self.total_bar)

        self.side_tabs = QTabWidget(parent)
        headers = [self.tr("Delegation"), self.tr("In"), self.tr("Expected"), self.tr("Waiting")]
        self.delegation_counts = TupleTableModel(headers, {1, 2, 3}, self)
        self.role_counts = TupleTableModel([self.tr("Role"), *headers[1:]], {1, 2, 3}, self)
        done = QColor("#1b7a36")
        for model in (self.delegation_counts, self.role_counts):
            model.foreground = lambda row, done=done: done if row[3] == 0 else None
        self.delegation_view = _table(self.delegation_counts, self.side_tabs)
        self.role_view = _table(self.role_counts, self.side_tabs)
        self.side_tabs.addTab(self.delegation_view, self.tr("By delegation"))
        self.side_tabs.addTab(self.role_view, self.tr("By role"))
        self.side_tabs.addTab(self._build_arrivals(self.side_tabs), self.tr("Not yet arrived"))
        layout.addWidget(self.side_tabs, 1)
        return parent

    def _build_arrivals(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.arrival_delegation = QComboBox(page)
        self.arrival_role = QComboBox(page)
        self.arrival_text = QLineEdit(page)
        self.arrival_text.setPlaceholderText(self.tr("Filter by name…"))
        self.arrival_text.setClearButtonEnabled(True)
        for combo in (self.arrival_delegation, self.arrival_role):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._update_arrivals)
        self.arrival_text.textChanged.connect(self._update_arrivals)
        filters.addWidget(self.arrival_delegation)
        filters.addWidget(self.arrival_role)
        filters.addWidget(self.arrival_text, 1)
        layout.addLayout(filters)
        self.arrivals_model = TupleTableModel(
            [self.tr("Name"), self.tr("Delegation"), self.tr("Role"), self.tr("Notes")], set(), self
        )
        self.arrivals_view = _table(self.arrivals_model, page)
        layout.addWidget(self.arrivals_view, 1)
        buttons = QHBoxLayout()
        self.arrivals_count = QLabel(page)
        self.export_arrivals_button = QPushButton(self.tr("Export CSV…"), page)
        self.export_arrivals_button.clicked.connect(self._on_export_arrivals)
        self.print_arrivals_button = QPushButton(self.tr("Print list (PDF)…"), page)
        self.print_arrivals_button.clicked.connect(self._on_print_arrivals)
        buttons.addWidget(self.arrivals_count, 1)
        buttons.addWidget(self.export_arrivals_button)
        buttons.addWidget(self.print_arrivals_button)
        layout.addLayout(buttons)
        self._arrival_rows: list[ArrivalRow] = []
        self._arrivals_dirty = True
        return page

    # Desk name --------------------------------------------------------------------------

    @property
    def desk(self) -> str:
        return desk_name(self._settings)

    def set_desk(self, name: str) -> None:
        set_desk_name(self._settings, name)
        self._show_desk_name()

    def _show_desk_name(self) -> None:
        name = self.desk
        self.desk_label.setText(
            self.tr("Desk: {name}").format(name=name) if name else self.tr("Desk not named")
        )
        self.pages.setCurrentIndex(1 if name else 0)
        self._focus_input()

    def _on_setup_done(self) -> None:
        name = " ".join(self.setup_edit.text().split())
        if not name:
            self.setup_edit.setFocus()
            return
        self.set_desk(name)

    def open_settings(self) -> None:
        dialog = DeskSettingsDialog(self._event_file, self._settings, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self._show_desk_name()

    def _focus_input(self) -> None:
        if self.pages.currentIndex() == 1:
            self.scan_edit.setFocus()
        else:
            self.setup_edit.setFocus()

    # Loading and refreshing the index ---------------------------------------------------

    def _load_index(self) -> None:
        try:
            small = self._event_file.path.stat().st_size < SYNC_LOAD_BELOW
        except OSError:
            small = True
        if small:
            self._on_index_loaded(DeskIndex.load(self._event_file))
            return
        self._loading = True
        self.scan_edit.setEnabled(False)
        self.scan_edit.setPlaceholderText(self.tr("Loading the delegates…"))
        event_file = self._event_file
        run_job(
            self,
            self.tr("Loading the check-in desk…"),
            lambda _progress, _cancelled: DeskIndex.load(event_file),
            on_done=self._on_index_loaded,
        )

    def _on_index_loaded(self, index: DeskIndex) -> None:
        self._loading = False
        self.index = index
        self.scan_edit.setEnabled(True)
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge — or type a name"))
        self._fill_filter_combos()
        self._update_counters()
        self._focus_input()

    def _on_refresh_timer(self) -> None:
        self.refresh_index()

    def refresh_index(self) -> bool:
        """Pick up what others wrote to the file; True if anything changed."""
        if self.index is None or self._loading:
            return False
        try:
            changed = self.index.refresh(self._event_file)
        except Exception:  # a locked or vanished file: try again at the next tick
            log.warning("desk index refresh failed", exc_info=True)
            return False
        if changed:
            self._fill_filter_combos()
            self._schedule_counters()
            if self.view_stack.currentIndex() == 1:
                self._run_search()
        return changed

    def refresh(self, what: str) -> None:
        if what in (CHECKINS, DELEGATES, DELEGATIONS, EVENT):
            self.refresh_index()

    # Typing and searching ---------------------------------------------------------------

    def _on_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._show_card()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.scan_edit.text().strip()
        if self.index is None or not text or looks_like_code(text):
            return
        result = self.index.search(text)
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
        self.results_label.show()
        self.view_stack.setCurrentIndex(1)

    def _show_card(self) -> None:
        self.view_stack.setCurrentIndex(0)
        self.results_label.hide()

    def _on_navigate(self, key: int) -> None:
        if self.view_stack.currentIndex() != 1 or not self.hit_model.rowCount():
            return
        row = self.results_view.currentIndex().row()
        step = {int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_Down): 1,
                int(Qt.Key.Key_PageUp): -5, int(Qt.Key.Key_PageDown): 5}[key]  # fmt: skip
        row = min(max(row + step, 0), self.hit_model.rowCount() - 1)
        index = self.hit_model.index(row)
        self.results_view.setCurrentIndex(index)
        self.results_view.scrollTo(index)

    def _on_native_toggled(self, on: bool) -> None:
        self.scan_edit.set_native_typing(on)
        self.scan_edit.setFocus()

    def _on_hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(_HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.admit_person(hit.person.id)

    # Admitting --------------------------------------------------------------------------

    def _on_submitted(self, text: str) -> None:
        if self.index is None:
            return
        if looks_like_code(text):
            self.scan(text)
            return
        if self._search_timer.isActive() or self.view_stack.currentIndex() != 1:
            self._run_search()
        current = self.results_view.currentIndex()
        hit = current.data(_HIT_ROLE) if current.isValid() else None
        if isinstance(hit, SearchHit):
            self.admit_person(hit.person.id)
        else:
            self._finish_input()
            self.card.show_info(
                self.tr("NOT FOUND"),
                self.tr("“{text}” is not a badge of this event and matches no delegate.").format(
                    text=text[:60]
                ),
                refused=True,
            )
            self._show_card()

    def scan(self, code: str) -> CheckInResult | None:
        """Admit the holder of badge `code` (committed before the card turns green)."""
        started = time.perf_counter()
        result = self._guarded(
            lambda: checkin_service.admit(self._event_file, code, desk=self.desk, index=self.index)
        )
        self._answer(result, started)
        return result

    def admit_person(self, delegate_id: int) -> CheckInResult | None:
        """Admit a delegate picked by name (no badge)."""
        started = time.perf_counter()
        result = self._guarded(
            lambda: checkin_service.admit_by_id(
                self._event_file, delegate_id, desk=self.desk, index=self.index
            )
        )
        self._answer(result, started)
        return result

    def _guarded(self, admit: Callable[[], CheckInResult]) -> CheckInResult | None:
        try:
            return admit()
        except UserError as error:
            self.card.show_info(self.tr("NOT RECORDED"), str(error), refused=True)
        except Exception as error:  # never green unless committed: say so, loudly
            log.error("admission failed", exc_info=True)
            self.card.show_info(
                self.tr("NOT RECORDED"),
                self.tr("The check-in could not be saved ({error}). Try again; if it keeps "
                        "failing, use the paper list.").format(error=error),
                refused=True,
            )  # fmt: skip
        self._finish_input()
        self._show_card()
        return None

    def _answer(self, result: CheckInResult | None, started: float) -> None:
        if result is None:
            return
        self.card.show_result(result, self._extras(result))
        self._finish_input()
        self._show_card()
        self.last_answer_ms = (time.perf_counter() - started) * 1000
        self._schedule_counters()
        self.answered.emit(result)

    def _extras(self, result: CheckInResult) -> CardExtras:
        if result.delegate_id is None:
            return CardExtras()
        photo, dietary = None, ""
        try:
            with self._event_file.session() as session:
                delegate = delegation_service.get_delegate(
                    session=session, delegate_id=result.delegate_id
                )
                photo, dietary = delegate.photo, delegate.dietary
        except Exception:  # the card without a photo is still the answer
            log.warning("could not read the delegate's photo", exc_info=True)
        here = total = 0
        if result.is_head and result.delegation_id is not None and self.index is not None:
            members = self.index.members(result.delegation_id)
            total = len(members)
            here = sum(1 for member in members if member.status.checked_in)
        return CardExtras(photo, dietary, here, total)

    def _finish_input(self) -> None:
        self.scan_edit.clear()
        self.scan_edit.set_native_typing(False)
        self.scan_edit.setFocus()

    def admit_delegation(self, delegation_id: int) -> None:
        """Admit every member of the delegation not yet in (the head's card button)."""
        try:
            admission = checkin_service.admit_delegation(
                self._event_file, delegation_id, desk=self.desk, index=self.index
            )
        except UserError as error:
            self.card.show_info(self.tr("NOT RECORDED"), str(error), refused=True)
            return
        names = []
        if self.index is not None:
            names = [self.index.by_id[i].name for i in admission.admitted if i in self.index.by_id]
        self.card.show_success(
            self.tr("✔  {n} ADMITTED").format(n=len(admission.admitted)),
            self.tr("{delegation}: {admitted} admitted now, {already} already checked in.")
            .format(delegation=admission.delegation, admitted=len(admission.admitted),
                    already=len(admission.already_in))
            + ("\n" + "\n".join(names[:12]) if names else ""),
        )  # fmt: skip
        self._finish_input()
        self._show_card()
        self._schedule_counters()

    def undo_last(self) -> None:
        """Undo the most recent admission made at this desk that still stands."""
        desk = self.desk
        try:
            with self._event_file.session() as session:
                delegate_id = checkin_service.last_admission(session=session, desk=desk)
            undone = delegate_id is not None and checkin_service.undo_admission(
                self._event_file, delegate_id, desk=desk, index=self.index
            )
        except UserError as error:
            self.card.show_info(self.tr("NOT UNDONE"), str(error), refused=True)
            return
        if not undone or delegate_id is None:
            self.card.show_info(
                self.tr("Nothing to undo"),
                self.tr("No admission made at this desk is still standing."),
            )
        else:
            person = self.index.by_id.get(delegate_id) if self.index else None
            name = person.name if person else self.tr("Delegate {id}").format(id=delegate_id)
            self.card.show_info(
                self.tr("↶  ADMISSION UNDONE"),
                self.tr("{name} is no longer checked in.").format(name=name),
            )
        self._finish_input()
        self._show_card()
        self._schedule_counters()

    # Counters and the not-yet-arrived list ----------------------------------------------

    def _schedule_counters(self) -> None:
        self._counters_timer.start()

    def _update_counters(self) -> None:
        if self.index is None:
            return
        counters = self.index.counters()
        self.total_label.setText(
            self.tr("{admitted} of {expected} checked in").format(
                admitted=f"{counters.admitted:,}", expected=f"{counters.expected:,}"
            )
        )
        self.total_bar.setMaximum(max(counters.expected, 1))
        self.total_bar.setValue(counters.admitted)
        self.total_bar.setFormat(
            f"{(100 * counters.admitted / counters.expected) if counters.expected else 0:.0f} %"
        )
        self.delegation_counts.set_rows(_count_rows(counters.by_delegation))
        self.role_counts.set_rows(_count_rows(counters.by_role))
        # The full list takes ~0.1 s at 20,000 delegates: only while it is shown, and at most
        # about once a second during a rush of scans.
        self._arrivals_dirty = True
        if self.side_tabs.currentIndex() == _ARRIVALS_PAGE and not self._arrivals_timer.isActive():
            self._arrivals_timer.start()
        self._show_arrivals_count(counters.expected - counters.admitted)

    def _show_arrivals_count(self, count: int) -> None:
        self.side_tabs.setTabText(
            _ARRIVALS_PAGE, self.tr("Not yet arrived ({n})").format(n=f"{count:,}")
        )

    def _on_side_tab_changed(self, page: int) -> None:
        if page == _ARRIVALS_PAGE and self._arrivals_dirty:
            self._update_arrivals()

    def _fill_filter_combos(self) -> None:
        if self.index is None:
            return
        counters = self.index.counters()
        for combo, rows, everyone in (
            (self.arrival_delegation, counters.by_delegation, self.tr("All delegations")),
            (self.arrival_role, counters.by_role, self.tr("All roles")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for row in rows:
                if row.expected and row.key is not None:
                    combo.addItem(row.label, row.key)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _update_arrivals(self) -> None:
        if self.index is None:
            return
        rows = self.index.not_arrived(
            delegation_id=self.arrival_delegation.currentData(),
            role_id=self.arrival_role.currentData(),
            text=self.arrival_text.text(),
        )
        self._arrival_rows = rows
        self._arrivals_dirty = False
        self.arrivals_model.set_rows(
            [
                (f"{row.name}  {row.native_name}".strip(), row.delegation, row.role, row.notes)
                for row in rows
            ]
        )
        self.arrivals_count.setText(self.tr("{n} shown").format(n=f"{len(rows):,}"))

    def arrival_rows(self) -> list[ArrivalRow]:
        if self._arrivals_dirty:
            self._update_arrivals()
        return list(self._arrival_rows)

    def _list_subtitle(self) -> str:
        parts = [
            combo.currentText()
            for combo in (self.arrival_delegation, self.arrival_role)
            if combo.currentData() is not None
        ]
        if self.arrival_text.text().strip():
            parts.append(f"“{self.arrival_text.text().strip()}”")
        stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return " · ".join([*parts, self.tr("as of {time}").format(time=stamp),
                           self.tr("desk {desk}").format(desk=self.desk)])  # fmt: skip

    def _on_export_arrivals(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the not-yet-arrived list"),
            str(self._event_file.path.with_name("not-yet-arrived.csv")),
            self.tr("CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_arrivals(Path(path))

    def export_arrivals(self, path: Path) -> int | None:
        if self._arrivals_dirty:
            self._update_arrivals()
        try:
            count = write_arrivals_csv(path, self._arrival_rows)
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Export"),
                self.tr("Cannot write {path}: {reason}.").format(
                    path=path, reason=error.strerror or error),
            )  # fmt: skip
            return None
        self._say(self.tr("Wrote {n} names to {path}").format(n=count, path=path))
        return count

    def _on_print_arrivals(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print the not-yet-arrived list"),
            str(self._event_file.path.with_name("not-yet-arrived.pdf")),
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.print_arrivals(Path(path))

    def print_arrivals(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the A4 paper list in a worker; `on_done(pages)` afterwards."""
        if self._arrivals_dirty:
            self._update_arrivals()
        rows = list(self._arrival_rows)
        title = self.tr("Not yet arrived — {count} delegates").format(count=f"{len(rows):,}")
        subtitle = self._list_subtitle()

        def done(pages: int) -> None:
            self._say(self.tr("Wrote {pages} pages to {path}").format(pages=pages, path=path))
            if on_done is not None:
                on_done(pages)

        run_job(
            self, self.tr("Printing the not-yet-arrived list…"),
            lambda _progress, _cancelled: print_arrivals(path, rows, title=title,
                                                         subtitle=subtitle),
            on_done=done,
        )  # fmt: skip

    def _say(self, text: str) -> None:
        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)

    # Desk mode ----------------------------------------------------------------------------

    def set_desk_mode(self, on: bool) -> None:
        """Desk mode: no settings, a "Leave desk mode" button that asks for the PIN."""
        self.desk_mode = on
        self.leave_button.setVisible(on)
        self.settings_button.setVisible(not on)
        self._focus_input()

    def unlock(self) -> bool:
        """Ask for the organiser PIN if one is set; True if it is right (or none is set)."""
        if not has_pin(self._event_file):
            return True
        pin = ask_pin(self)
        if pin is None:
            self._focus_input()
            return False
        if pin_is_right(self._event_file, pin):
            return True
        QMessageBox.warning(
            self, self.tr("Organiser PIN"),
            self.tr("That PIN is not right; desk mode stays on. Ask the organiser."),
        )  # fmt: skip
        self._focus_input()
        return False

    # EventTab ----------------------------------------------------------------------------

    def can_close(self) -> bool:
        return not self.desk_mode or self.unlock()

    def focus_filter(self) -> None:
        self._focus_input()

    def status_text(self) -> str:
        name = self.desk
        return self.tr("Check-in desk {desk}").format(desk=name) if name else ""

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_input)
