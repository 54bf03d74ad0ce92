"""The desk's right-hand side: live counters and the not-yet-arrived list.

Admitted / expected overall, by delegation and by role; the not-yet-arrived list, which can
be filtered, exported (CSV) and printed (A4 PDF). Everything comes from the desk's
`DeskIndex` in memory, except which badges were issued (handed to a liaison officer), read
through `services.handover` when the list is refreshed: the list can show the people whose
badge is issued and who have not been admitted yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.services.arrivals import arriving_ids
from delegations.services.desk import (
    ArrivalRow,
    CountRow,
    DeskIndex,
    print_arrivals,
    write_arrivals_csv,
)
from delegations.services.handover import issued_delegate_ids
from delegations.ui.accessibility import named
from delegations.ui.jobs import run_job
from delegations.ui.models import Column, RowTableModel
from delegations.ui.palette import DONE_GREEN, meaning_colour

ARRIVALS_PAGE = 2


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    """The widget's font, `scale` times larger (at least 9 pt to start from)."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def _table(model: RowTableModel, parent: QWidget, *, stretch_first: bool) -> QTableView:
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
    if stretch_first:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(220)
    header.setHighlightSections(False)
    return view


def _waiting(row: CountRow) -> int:
    return row.expected - row.admitted


def count_model(first_title: str, parent: QWidget) -> RowTableModel[CountRow]:
    """Label, in, expected, waiting; a row with nobody waiting is green."""
    return RowTableModel(
        [
            Column(first_title, lambda r: r.label),
            Column(CountersPanel.tr("In"), lambda r: f"{r.admitted:,}", numeric=True),
            Column(CountersPanel.tr("Expected"), lambda r: f"{r.expected:,}", numeric=True),
            Column(CountersPanel.tr("Waiting"), lambda r: f"{_waiting(r):,}", numeric=True),
        ],
        foreground=lambda r: meaning_colour(DONE_GREEN) if _waiting(r) == 0 else None,
        parent=parent,
    )


def arrivals_model(
    parent: QWidget, issued: Callable[[int], bool] = lambda _id: False
) -> RowTableModel[ArrivalRow]:
    return RowTableModel(
        [
            Column(CountersPanel.tr("Name"), lambda r: f"{r.name}  {r.native_name}".strip()),
            Column(CountersPanel.tr("Delegation"), lambda r: r.delegation),
            Column(CountersPanel.tr("Role"), lambda r: r.role),
            Column(
                CountersPanel.tr("Badge"),
                lambda r: CountersPanel.tr("Issued") if issued(r.delegate_id) else "",
            ),
            Column(CountersPanel.tr("Notes"), lambda r: r.notes),
        ],
        parent=parent,
    )


class CountersPanel(QWidget):
    """Total, by delegation, by role, and the not-yet-arrived list of the desk's index."""

    def __init__(
        self, desk: Callable[[], str], event_path: Callable[[], Path], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._event_path = event_path
        self.index: DeskIndex | None = None
        self._arrival_rows: list[ArrivalRow] = []
        self._issued: frozenset[int] = frozenset()
        self._arrivals_dirty = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.total_label = QLabel(self)
        self.total_label.setFont(scaled_font(self, 1.9, bold=True))
        self.total_bar = QProgressBar(self)
        self.total_bar.setTextVisible(True)
        self.total_bar.setMinimumHeight(22)
        layout.addWidget(self.total_label)
        layout.addWidget(self.total_bar)

        self.side_tabs = QTabWidget(self)
        self.delegation_counts = count_model(self.tr("Delegation"), self)
        self.role_counts = count_model(self.tr("Role"), self)
        self.delegation_view = _table(self.delegation_counts, self.side_tabs, stretch_first=True)
        self.role_view = _table(self.role_counts, self.side_tabs, stretch_first=True)
        named(self.delegation_view, self.tr("Check-ins by delegation"))
        named(self.role_view, self.tr("Check-ins by role"))
        self.side_tabs.addTab(self.delegation_view, self.tr("By delegation"))
        self.side_tabs.addTab(self.role_view, self.tr("By role"))
        self.side_tabs.addTab(self._build_arrivals(self.side_tabs), self.tr("Not yet arrived"))
        layout.addWidget(self.side_tabs, 1)

        self._arrivals_timer = QTimer(self, singleShot=True, interval=1000)
        self._arrivals_timer.timeout.connect(self.update_arrivals)
        self.side_tabs.currentChanged.connect(self._on_side_tab_changed)

    def _build_arrivals(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.arrival_delegation = QComboBox(page)
        self.arrival_role = QComboBox(page)
        self.arrival_badge = QComboBox(page)
        self.arrival_badge.setToolTip(self.tr("Badges handed to a liaison officer are issued"))
        for text, issued in ((self.tr("Badge issued or not"), None),
                             (self.tr("Badge issued"), True),
                             (self.tr("Badge not issued"), False)):  # fmt: skip
            self.arrival_badge.addItem(text, issued)
        self.arrival_day = QComboBox(page)
        self.arrival_day.setToolTip(self.tr("Travellers on an arrival flight or train today"))
        self.arrival_day.addItem(self.tr("Arriving any day"), None)
        self.arrival_day.addItem(self.tr("Arriving today"), True)
        self.arrival_text = QLineEdit(page)
        self.arrival_text.setPlaceholderText(self.tr("Filter by name…"))
        self.arrival_text.setClearButtonEnabled(True)
        self._arrival_filters = (
            self.arrival_delegation, self.arrival_role, self.arrival_badge, self.arrival_day
        )  # fmt: skip
        for combo in self._arrival_filters:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.update_arrivals)
        self.arrival_text.textChanged.connect(self.update_arrivals)
        filters.addWidget(self.arrival_delegation)
        filters.addWidget(self.arrival_role)
        filters.addWidget(self.arrival_badge)
        filters.addWidget(self.arrival_day)
        filters.addStretch(1)
        layout.addLayout(filters)
        layout.addWidget(self.arrival_text)  # a line of its own: four filters fill the row
        self.arrivals_model = arrivals_model(self, lambda id_: id_ in self._issued)
        self.arrivals_view = _table(self.arrivals_model, page, stretch_first=False)
        named(self.arrivals_view, self.tr("Not yet arrived"))
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
        self.printer_arrivals_button = QPushButton(self.tr("Print…"), page)
        self.printer_arrivals_button.setToolTip(
            self.tr("Preview the list, then print it on one of the system's printers (A4, 100 %)")
        )
        self.printer_arrivals_button.clicked.connect(self.print_arrivals_on_printer)
        buttons.addWidget(self.printer_arrivals_button)
        layout.addLayout(buttons)
        return page

    # Counters -------------------------------------------------------------------------

    def set_index(self, index: DeskIndex) -> None:
        self.index = index
        self.fill_filter_combos()
        self.update_counters()

    def update_counters(self) -> None:
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
        self.delegation_counts.set_rows(_expected(counters.by_delegation))
        self.role_counts.set_rows(_expected(counters.by_role))
        # The full list takes ~0.1 s at 20,000 delegates: only while it is shown, and at most
        # about once a second during a rush of scans.
        self._arrivals_dirty = True
        if self.side_tabs.currentIndex() == ARRIVALS_PAGE and not self._arrivals_timer.isActive():
            self._arrivals_timer.start()
        self._show_arrivals_count(counters.expected - counters.admitted)

    def _show_arrivals_count(self, count: int) -> None:
        self.side_tabs.setTabText(
            ARRIVALS_PAGE, self.tr("Not yet arrived ({n})").format(n=f"{count:,}")
        )

    def _on_side_tab_changed(self, page: int) -> None:
        if page == ARRIVALS_PAGE and self._arrivals_dirty:
            self.update_arrivals()

    def fill_filter_combos(self) -> None:
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

    # The not-yet-arrived list ----------------------------------------------------------

    def update_arrivals(self) -> None:
        if self.index is None:
            return
        rows = self.index.not_arrived(
            delegation_id=self.arrival_delegation.currentData(),
            role_id=self.arrival_role.currentData(),
            text=self.arrival_text.text(),
        )
        self._issued = issued_delegate_ids(self._event_path())
        wanted = self.arrival_badge.currentData()
        if wanted is not None:
            rows = [row for row in rows if (row.delegate_id in self._issued) == wanted]
        if self.arrival_day.currentData():
            today = arriving_ids(self._event_path(), dt.date.today())
            rows = [row for row in rows if row.delegate_id in today]
        self._arrival_rows = rows
        self._arrivals_dirty = False
        self.arrivals_model.set_rows(rows)
        self.arrivals_count.setText(self.tr("{n} shown").format(n=f"{len(rows):,}"))

    def arrival_rows(self) -> list[ArrivalRow]:
        """The list as filtered now."""
        if self._arrivals_dirty:
            self.update_arrivals()
        return list(self._arrival_rows)

    def _list_subtitle(self) -> str:
        parts = [
            combo.currentText()
            for combo in self._arrival_filters
            if combo.currentData() is not None
        ]
        if self.arrival_text.text().strip():
            parts.append(f"“{self.arrival_text.text().strip()}”")
        stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return " · ".join([*parts, self.tr("as of {time}").format(time=stamp),
                           self.tr("desk {desk}").format(desk=self._desk())])  # fmt: skip

    def _on_export_arrivals(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the not-yet-arrived list"),
            str(self._event_path().with_name("not-yet-arrived.csv")),
            self.tr("CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_arrivals(Path(path))

    def export_arrivals(self, path: Path) -> int | None:
        """Write the list as filtered to a CSV file; the number of names, None if refused."""
        try:
            count = write_arrivals_csv(path, self.arrival_rows())
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Export"),
                self.tr("Cannot write {path}: {reason}.").format(
                    path=path, reason=error.strerror or error),
            )  # fmt: skip
            return None
        self._say(self.tr("Wrote %Ln name(s) to {path}", "", count).format(path=path))
        return count

    def _on_print_arrivals(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print the not-yet-arrived list"),
            str(self._event_path().with_name("not-yet-arrived.pdf")),
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.print_arrivals(Path(path))

    def print_arrivals(
        self, path: Path, on_done: Callable[[int], None] | None = None, *, say: bool = True
    ) -> None:
        """Write the A4 paper list in a worker; `on_done(pages)` afterwards."""
        rows = self.arrival_rows()
        title = self.tr("Not yet arrived — {count} delegates").format(count=f"{len(rows):,}")
        subtitle = self._list_subtitle()

        def done(pages: int) -> None:
            if say:
                self._say(self.tr("Wrote {pages} pages to {path}").format(pages=pages, path=path))
            if on_done is not None:
                on_done(pages)

        run_job(
            self, self.tr("Printing the not-yet-arrived list…"),
            lambda _progress, _cancelled: print_arrivals(path, rows, title=title,
                                                         subtitle=subtitle),
            on_done=done,
        )  # fmt: skip

    def print_arrivals_on_printer(self) -> None:
        """The list as filtered, previewed and printed on a system printer (`ui.printing`)."""
        import shutil
        import tempfile

        from delegations.ui import printing  # Qt's print support: loaded on first use

        folder = Path(tempfile.mkdtemp(prefix="delegations-"))
        pdf = folder / "not-yet-arrived.pdf"

        def sent(printer: str, pages: int) -> None:
            self._say(self.tr("Sent %Ln page(s) to {printer}", "", pages).format(printer=printer))

        def rendered(_pages: int) -> None:
            printing.print_pdf(
                self, pdf, title=self.tr("Not yet arrived"), on_printed=sent,
                finished=lambda: shutil.rmtree(folder, ignore_errors=True),
            )  # fmt: skip

        self.print_arrivals(pdf, on_done=rendered, say=False)

    def _say(self, text: str) -> None:
        status_bar = getattr(self.window(), "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)


def _expected(rows: Sequence[CountRow]) -> list[CountRow]:
    """The rows of delegations and roles someone is expected in."""
    return [row for row in rows if row.expected]
