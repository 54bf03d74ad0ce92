"""File ▸ Import registrations…: read a workbook in a worker, preview it, import the valid rows.

The dialog opens at once and reads the file in a background job (progress and Cancel):
`preview_import` reads it (the file's own problems) and dry-runs it against the event
(problems that depend on the event, such as a person already updated by another row). The
preview shows every row with its bad cells highlighted and the problems beside it; "Import
valid rows" runs `apply_import` in a second job, in its own transaction. Nothing is written
before that, and a cancelled import writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services.event import EventFile
from delegations.services.registrations.importing import (
    ImportOptions,
    ImportPreview,
    apply_import,
    preview_import,
    replan_import,
)
from delegations.services.registrations.parsed import (
    ImportCancelled,
)
from delegations.services.registrations.report import ImportReport, PlannedUpdate
from delegations.services.registrations.workbooks import SUPPORTED_SUFFIXES
from delegations.ui.accessibility import named
from delegations.ui.jobs import Job, run_job
from delegations.ui.models.import_preview import PreviewModel, ProblemListModel
from delegations.ui.widgets import heading

log = logging.getLogger(__name__)
# The dialog -----------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Preview of one registrations file; "Import valid rows" writes, Cancel writes nothing.

    Signals:
        imported(object): the `ImportReport` of a completed import.
    """

    imported = Signal(object)

    def __init__(self, event_file: EventFile, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._path = Path(path)
        self._preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import registrations — {file}").format(file=self._path.name))
        self.setModal(True)
        self.setSizeGripEnabled(True)

        self.summary = QLabel(self.tr("Reading {file}…").format(file=self._path.name), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_model = PreviewModel(self)
        self.preview_view = named(QTableView(self), self.tr("Rows read from the file"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.preview_view.verticalHeader().hide()
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = self.preview_view.fontMetrics().lineSpacing()
        self.preview_view.verticalHeader().setDefaultSectionSize(line + 8)
        self.preview_view.horizontalHeader().setHighlightSections(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)

        self.problem_model = ProblemListModel(self)
        self.problem_view = named(QListView(self), self.tr("Problems found"))
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.setUniformItemSizes(False)
        self.problem_view.setSpacing(2)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.selectionModel().currentChanged.connect(self._on_problem_current)
        self.problem_heading = heading(self.tr("Problems"), self)
        self.problem_heading.hide()  # the tab says it
        self.no_problems = QLabel(self.tr("No problems found."), self)
        self.no_problems.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_problems.hide()

        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(heading(self.tr("Rows in the file"), preview_box))
        preview_layout.addWidget(self.preview_view, 1)
        problem_box = QWidget(self)
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.setContentsMargins(0, 0, 0, 0)
        problem_layout.addWidget(self.problem_heading)
        problem_layout.addWidget(self.problem_view, 1)
        problem_layout.addWidget(self.no_problems, 1)
        # Who would be updated, field by field: an update is the easy mistake to miss.
        self.update_view = QPlainTextEdit(self)
        self.update_view.setReadOnly(True)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(problem_box, self.tr("Problems"))
        self.side_tabs.addTab(self.update_view, self.tr("Updates"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(preview_box)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("Import valid rows"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self.reject)

        self.add_namesakes = QCheckBox(self.tr("&Add namesakes as other people"), self)
        self.add_namesakes.setToolTip(self.tr(
            "A row whose name matches someone in the same delegation, with no e-mail to tell "
            "them apart, is refused. Tick this to add such rows as new people instead."
        ))  # fmt: skip
        self.add_namesakes.setEnabled(False)
        self.add_namesakes.toggled.connect(self._on_add_namesakes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_namesakes)
        bottom.addWidget(self.buttons, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1120, 640)

    # Reading --------------------------------------------------------------------------------

    def start(self) -> Job:
        """Read the file in a worker; the preview fills when it is done."""
        event_file, path = self._event_file, self._path
        self.job = run_job(
            self,
            self.tr("Reading {file}…").format(file=path.name),
            lambda progress, cancelled: preview_import(
                event_file, path, progress=progress, cancelled=cancelled
            ),
            self._on_read,
            self._on_read_failed,
        )
        return self.job

    @property
    def preview(self) -> ImportPreview | None:
        return self._preview

    def _on_read(self, preview: ImportPreview) -> None:
        self.job = None
        if self._close_when_done:
            self.reject()
            return
        self._preview = preview
        self.preview_model.set_preview(preview)
        self.problem_model.set_problems(preview.report.problems)
        self._fit_columns()
        report = preview.report
        self.update_view.setPlainText("\n\n".join(map(self._update_text, report.changes)))
        self.side_tabs.setTabText(
            1, self.tr("Updates ({count:,})").format(count=len(report.changes))
        )
        self.add_namesakes.setEnabled(True)
        bad_rows = len({(p.sheet, p.row) for p in report.errors if p.row})
        self.summary.setText(self._summary(report, bad_rows))
        count = len(report.problems)
        self.problem_heading.setText(
            self.tr("Problems ({count:,})").format(count=count) if count else self.tr("Problems")
        )
        self.side_tabs.setTabText(0, self.problem_heading.text())
        self.problem_view.setVisible(bool(count))
        self.no_problems.setVisible(not count)
        writes = report.added + report.updated
        self.import_button.setText(self.tr("Import valid rows") if bad_rows else self.tr("Import"))
        self.import_button.setEnabled(writes > 0)
        self.import_button.setDefault(writes > 0)
        if not writes:
            self.cancel_button.setText(self.tr("Close"))

    def _update_text(self, change: PlannedUpdate) -> str:
        fields = "\n".join(
            self.tr("  {field}: “{old}” → “{new}”").format(field=c.field, old=c.old, new=c.new)
            for c in change.changes
        )  # fmt: skip
        return (
            self.tr("Row {row} · {name}").format(row=change.row, name=change.name) + "\n" + fields
        )

    def _on_add_namesakes(self, checked: bool) -> None:
        """Plan the same rows again, with namesakes added or refused."""
        if self._preview is None or self.job is not None:
            return
        parsed, event_file = self._preview.parsed, self._event_file
        options = ImportOptions(add_namesakes=checked)
        self.add_namesakes.setEnabled(False)
        self.import_button.setEnabled(False)
        self.job = run_job(
            self,
            self.tr("Checking {file}…").format(file=self._path.name),
            lambda progress, cancelled: replan_import(
                event_file, parsed, options, progress=progress, cancelled=cancelled
            ),
            self._on_read,
            self._on_replan_failed,
        )

    def _on_replan_failed(self, error: BaseException) -> None:
        if self._close_when_done or not isinstance(error, ImportCancelled):
            self._on_read_failed(error)
            return
        self.job = None  # cancelled: the preview as it was stays
        self.add_namesakes.blockSignals(True)
        self.add_namesakes.setChecked(not self.add_namesakes.isChecked())
        self.add_namesakes.blockSignals(False)
        self.add_namesakes.setEnabled(True)
        self.import_button.setEnabled(bool(self._preview and (
            self._preview.report.added or self._preview.report.updated)))  # fmt: skip

    def _summary(self, report: ImportReport, bad_rows: int) -> str:
        parts = [
            self.tr("%Ln row(s) read", "", report.rows),
            self.tr("{count:,} to add").format(count=report.added),
            self.tr("{count:,} to update").format(count=report.updated),
            self.tr("{count:,} unchanged").format(count=report.unchanged),
        ]
        text = self.tr("{file}: ").format(file=self._path.name) + " · ".join(parts) + "."
        if report.delegations_created:
            text += " " + self.tr("New delegations: {names}.").format(
                names=", ".join(report.delegations_created)
            )
        if bad_rows:
            text += "\n" + self.tr(
                "%Ln row(s) have errors and will not be imported; correct them in the file and "
                "import it again to add them.", "", bad_rows,
            )  # fmt: skip
        elif not (report.added or report.updated):
            text += "\n" + self.tr("Nothing to import: the event already has these delegates.")
        return text

    def _fit_columns(self) -> None:
        view = self.preview_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 60), 260))

    def _on_read_failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, ImportCancelled):
            self.reject()
            return
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Import registrations"), str(error))
        else:
            log.error("reading %s failed", self._path, exc_info=error)
            QMessageBox.critical(
                self,
                self.tr("Unexpected error"),
                self.tr("Something went wrong: {error}\n\nThe details are in the log file.")
                .format(error=error),
            )  # fmt: skip
        self.reject()

    def _on_problem_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        problem = self.problem_model.problem_at(current.row())
        row = self.preview_model.row_for(problem)
        if row < 0:
            return
        index = self.preview_model.index(row, self.preview_model.column_for(problem))
        self.preview_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.preview_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # Importing ------------------------------------------------------------------------------

    def _on_import(self) -> None:
        if self._preview is None or self.job is not None:
            return
        parsed, event_file = self._preview.parsed, self._event_file
        options = ImportOptions(skip_invalid=True, add_namesakes=self.add_namesakes.isChecked())
        self.import_button.setEnabled(False)
        self.job = run_job(
            self,
            self.tr("Importing {file}…").format(file=self._path.name),
            lambda progress, cancelled: apply_import(
                event_file, parsed, options, progress=progress, cancelled=cancelled
            ),
            self._on_imported,
            self._on_import_failed,
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self.imported.emit(report)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self.job = None
        if self._close_when_done:
            self.reject()
            return
        self.import_button.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled; nothing was written."))
            return
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Import registrations"), str(error))
            return
        log.error("importing %s failed", self._path, exc_info=error)
        QMessageBox.critical(
            self,
            self.tr("Unexpected error"),
            self.tr("Something went wrong: {error}\n\nNothing was written; the details are in "
                    "the log file.").format(error=error),
        )  # fmt: skip

    def reject(self) -> None:
        if self.job is not None:
            # A read or import in progress stops first (nothing is written); its handler
            # closes the dialog, so that the job never outlives the widgets it reports to.
            self._close_when_done = True
            self.job.cancel()
            return
        super().reject()


def import_summary(report: ImportReport) -> str:
    """The status-bar sentence after an import."""
    return QApplication.translate(
        "ImportDialog",
        "Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, "
        "{refused:,} refused.",
    ).format(file=report.file, added=report.added, updated=report.updated,
             unchanged=report.unchanged, refused=report.refused)  # fmt: skip


def open_import_dialog(
    parent: QWidget,
    event_file: EventFile,
    path: Path,
    *,
    notify: Callable[[], None],
    show_message: Callable[[str], None],
) -> ImportDialog:
    """Open the preview for `path` and start reading it; an import calls `notify()` (so that
    every tab refreshes) and `show_message` with the summary."""
    dialog = ImportDialog(event_file, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_imported(report: ImportReport) -> None:
        notify()
        show_message(import_summary(report))

    dialog.imported.connect(on_imported)
    dialog.open()
    dialog.start()
    return dialog


def choose_and_import(
    parent: QWidget,
    event_file: EventFile,
    *,
    notify: Callable[[], None],
    show_message: Callable[[str], None],
) -> ImportDialog | None:
    """File ▸ Import registrations…: choose a file, then preview it."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        ImportDialog.tr("Import registrations"),
        str(event_file.path.parent),
        ImportDialog.tr("Registrations ({patterns});;All files (*)").format(
            patterns=" ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        ),
    )
    if not path:
        return None
    return open_import_dialog(
        parent, event_file, Path(path), notify=notify, show_message=show_message
    )
