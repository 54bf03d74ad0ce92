"""File ▸ Exchange check-ins…: export this copy's journal to a file, merge another desk's.

Desks without a network exchange journals on a USB stick: each desk exports, every desk
merges the others' files. Merging is idempotent and commutative (`services.journal`), so
files may be merged in any order and more than once. A delegate admitted at two desks that
had not yet exchanged stays admitted once; such double admissions are listed here.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import journal as journal_service
from delegations.services.event import EventFile
from delegations.services.journal import DoubleAdmission, ExportResult, MergeResult
from delegations.ui.accessibility import named
from delegations.ui.dates import local_date_time
from delegations.ui.jobs import run_job
from delegations.ui.models import Column, RowTableModel

log = logging.getLogger(__name__)

JOURNAL_FILTER = "Check-in journal (*.jsonl);;All files (*)"


def _admissions_text(row: DoubleAdmission) -> str:
    return "; ".join(
        f"{local_date_time(a.at, seconds=True)} ({a.desk or 'unnamed'})" for a in row.admissions
    )


def double_admission_model(parent: QObject) -> RowTableModel[DoubleAdmission]:
    """Who was admitted at more than one desk, with the desks and the times."""
    return RowTableModel(
        [
            Column(ExchangeDialog.tr("Delegate"), lambda r: r.name, tooltip=lambda r: r.sentence()),
            Column(ExchangeDialog.tr("Delegation"), lambda r: r.delegation),
            Column(
                ExchangeDialog.tr("Desks"), lambda r: ", ".join(d or "(unnamed)" for d in r.desks)
            ),
            Column(ExchangeDialog.tr("Admitted at"), _admissions_text),
        ],
        parent=parent,
    )


def _safe(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-") or "desk"


class ExchangeDialog(QDialog):
    """Export this copy's check-ins, merge another desk's file, list double admissions.

    Signals:
        merged(object): a merge added entries (the `MergeResult`); the window refreshes.
    """

    merged = Signal(object)

    def __init__(self, event_file: EventFile, desk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._desk = desk
        self.last_export: ExportResult | None = None
        self.last_merge: MergeResult | None = None
        self.setWindowTitle(self.tr("Exchange check-ins"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)

        export_box = QGroupBox(self.tr("1. Give this desk's check-ins to the others"), self)
        export_layout = QVBoxLayout(export_box)
        text = QLabel(
            self.tr("Write a journal file (for example to a USB stick) that the other desks "
                    "merge. It is signed: an edited or truncated file is refused."),
            export_box,
        )  # fmt: skip
        text.setWordWrap(True)
        export_layout.addWidget(text)
        row = QHBoxLayout()
        self.only_this_desk = QCheckBox(
            self.tr("Only check-ins made at this desk ({desk})").format(desk=desk or "—"),
            export_box,
        )
        self.only_this_desk.setToolTip(
            self.tr("Off (recommended): everything this copy knows, including what it merged "
                    "from other desks, so that journals travel on.")
        )  # fmt: skip
        self.only_this_desk.setEnabled(bool(desk))
        self.export_button = QPushButton(self.tr("Export to a file…"), export_box)
        self.export_button.clicked.connect(self._on_export)
        row.addWidget(self.only_this_desk, 1)
        row.addWidget(self.export_button)
        export_layout.addLayout(row)
        layout.addWidget(export_box)

        merge_box = QGroupBox(self.tr("2. Take in another desk's check-ins"), self)
        merge_layout = QVBoxLayout(merge_box)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("Merging the same file twice, or files in any order, is safe."), merge_box
        )
        hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge a file…"), merge_box)
        self.merge_button.clicked.connect(self._on_merge)
        row.addWidget(hint, 1)
        row.addWidget(self.merge_button)
        merge_layout.addLayout(row)
        self.summary = QLabel(merge_box)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        merge_layout.addWidget(self.summary)
        layout.addWidget(merge_box)

        self.doubles_label = QLabel(self)
        layout.addWidget(self.doubles_label)
        self.doubles_model = double_admission_model(self)
        self.doubles_view = named(QTableView(self), self.tr("Double admissions"))
        self.doubles_view.setModel(self.doubles_model)
        self.doubles_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doubles_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubles_view.setAlternatingRowColors(True)
        self.doubles_view.verticalHeader().hide()
        header = self.doubles_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.doubles_view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_double_admissions()

    # Export -----------------------------------------------------------------------------

    def suggested_name(self) -> str:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        return f"checkins-{_safe(self._desk)}-{stamp}.jsonl"

    def _on_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export check-ins"),
            str(self._event_file.path.with_name(self.suggested_name())),
            self.tr(JOURNAL_FILTER),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the journal to `path` in a worker; the result shows in the dialog."""
        event_file = self._event_file
        desk = self._desk if self.only_this_desk.isChecked() and self._desk else None
        self.export_button.setEnabled(False)
        run_job(
            self, self.tr("Exporting check-ins…"),
            lambda _progress, _cancelled: journal_service.export_journal(event_file, path,
                                                                         desk=desk),
            on_done=self._on_exported, on_error=self._on_failed,
        )  # fmt: skip

    def _on_exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.last_export = result
        self.summary.setText(
            self.tr("Exported %Ln check-in entries to {path}.", "", result.entries).format(
                path=result.path
            )
        )

    # Merge ------------------------------------------------------------------------------

    def _on_merge(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Merge check-ins"), str(self._event_file.path.parent),
            self.tr(JOURNAL_FILTER),
        )  # fmt: skip
        if path:
            self.merge_file(Path(path))

    def merge_file(self, path: Path) -> None:
        """Merge `path` in a worker with progress and Cancel; the summary shows when done."""
        event_file = self._event_file
        self.merge_button.setEnabled(False)
        self.summary.setText(self.tr("Merging {name}…").format(name=path.name))
        run_job(
            self, self.tr("Merging check-ins…"),
            lambda progress, cancelled: journal_service.merge_journal(
                event_file, path, progress=progress, cancelled=cancelled),
            on_done=self._on_merged, on_error=self._on_failed,
        )  # fmt: skip

    def _on_merged(self, result: MergeResult) -> None:
        self.merge_button.setEnabled(True)
        self.last_merge = result
        desks = ", ".join(desk or self.tr("(unnamed)") for desk in result.desks)
        text = result.summary()
        if desks:
            text += " " + self.tr("Desks in the file: {desks}.").format(desks=desks)
        if result.double_admissions:
            text += "\n" + "\n".join(d.sentence() for d in result.double_admissions[:5])
        self.summary.setText(text)
        self.show_double_admissions()
        self.merged.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        if isinstance(error, UserError):
            self.summary.setText(str(error))
            return
        log.error("journal exchange failed", exc_info=error)
        QMessageBox.critical(
            self, self.tr("Exchange check-ins"),
            self.tr("Something went wrong: {error}\n\nThe details are in the log file.").format(
                error=error),
        )  # fmt: skip

    # Double admissions ------------------------------------------------------------------

    def show_double_admissions(self) -> None:
        doubles = journal_service.list_double_admissions(self._event_file)
        self.doubles_model.set_rows(doubles)
        self.doubles_label.setText(
            self.tr("No one was admitted twice.")
            if not doubles
            else self.tr("Admitted twice ({n}) — they count once; check these badges:").format(
                n=len(doubles)
            )
        )
