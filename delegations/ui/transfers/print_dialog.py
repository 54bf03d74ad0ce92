"""Print a day's transfer manifest from the Transfers window (`services.transfers.
write_manifest`): the first page previewed as the printer gets it (a preview is not a print:
nothing is recorded), "Save as PDF…" (then opened) or "Print…" through the window's one
printing path (`ui.printing.print_pdf`); a saved or printed copy is kept for the next one's
changes since the last print. "Only the changes" prints those alone. Rendering runs in the
background (`JobDialog`).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.transfers import Direction
from delegations.services import transfers
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import PagePreview
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog


@dataclass(frozen=True, slots=True)
class _Made:
    path: Path
    png: bytes | None = None


class ManifestPrintDialog(JobDialog):
    """The day's manifest in one direction, previewed; saved or printed.

    Signals:
        recorded(): a copy was saved or printed (the window shows no changes since then).
    """

    recorded = Signal()

    def __init__(self, event_file: EventFile, day: dt.date, direction: Direction,
                 heading: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._event_file, self._day, self._direction = event_file, day, direction
        self._heading = heading
        self._folder = Path(tempfile.mkdtemp(prefix="delegations-manifest-"))
        self._preview_number = 0
        self.setWindowTitle(self.tr("Print manifest"))
        self.what = QLabel(heading, self)
        self.changes_only = QCheckBox(self.tr("&Only the changes since the last print"), self)
        self.preview = PagePreview(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.printer_button = QPushButton(self.tr("&Print…"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.changes_only)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.printer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 720)
        self.changes_only.toggled.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.printer_button.clicked.connect(self.print_on_printer)
        self.finished.connect(lambda _result: shutil.rmtree(self._folder, ignore_errors=True))
        self._on_choice_changed()

    def suggested_name(self) -> str:
        return self.tr("Manifest – {what}").format(what=self._heading)

    def _work(self, path: Path, *, preview: bool = False,
              record: bool = True) -> Callable[[Any, Any], _Made]:  # fmt: skip
        """The rendering with plain values only (a worker runs it)."""
        event_file, day, direction = self._event_file, self._day, self._direction
        only = self.changes_only.isChecked()

        def work(progress: Any, cancelled: Any) -> _Made:
            written = transfers.write_manifest(
                event_file, day, path, direction=direction, changes_only=only,
                record=record and not preview, progress=progress, cancelled=cancelled,
            )  # fmt: skip
            png = pdf_output.first_page_png(written.path.read_bytes()) if preview else None
            return _Made(written.path, png)

        return work

    def _on_choice_changed(self) -> None:
        self._preview_number += 1
        number = self._preview_number
        self.preview.set_png(None, self.tr("Drawing the first page…"))
        self._set_printable(False)

        def shown(made: _Made) -> None:
            if number == self._preview_number:  # not a preview of an earlier choice
                self.preview.set_png(made.png, self.tr("No preview: PDFium is not installed."))
                self._show_message("")
                self._set_printable(True)

        def failed(error: BaseException) -> None:
            if number == self._preview_number:
                self.preview.set_png(None, "")
                self._on_error(error)

        path = self._folder / f"preview-{number}.pdf"
        self._run(self.tr("Drawing the preview…"), self._work(path, preview=True), shown, failed)

    def _on_save_clicked(self) -> None:
        suggestion = self._event_file.path.parent / f"{self.suggested_name()}.pdf"
        path = pdf_output.ask_save_path(
            self, self.tr("Save as PDF"), suggestion, self.tr("PDF document (*.pdf)")
        )
        if path is not None:
            self.print_to(path)

    def print_to(self, path: Path) -> None:
        """Write the manifest to `path` in the background (kept as printed), then open it."""
        self._set_printable(False)

        def done(made: _Made) -> None:
            self._set_printable(True)
            self._show_message(self.tr("{what} written to {path}").format(
                what=self.suggested_name(), path=made.path))  # fmt: skip
            self.recorded.emit()
            pdf_output.open_document(made.path)

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_write_error(error, self.print_to)

        self._run(self.tr("Printing…"), self._work(path), done, failed)

    def print_on_printer(self) -> None:
        """Render to a temporary PDF, then Print… it; kept as printed once the printer has it."""
        path = self._folder / "print.pdf"
        self._set_printable(False)

        def sent(name: str, _pages: int) -> None:
            try:
                transfers.record_print(self._event_file, self._day, direction=self._direction)
            except (OSError, UserError) as error:
                self._on_error(error)
                return
            self.recorded.emit()
            self._show_message(self.tr("Sent to the printer {name}.").format(name=name))

        def rendered(made: _Made) -> None:
            printing.print_pdf(
                self, made.path, title=self.suggested_name(), on_printed=sent,
                on_error=self._on_error, finished=lambda: self._set_printable(True), run=self._run,
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_error(error)

        self._run(self.tr("Printing…"), self._work(path, record=False), rendered, failed)

    def _set_printable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.printer_button.setEnabled(on)
