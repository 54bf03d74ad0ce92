"""Print from the Seating plans window: the session's seating chart (A3 or A4 landscape) or its
name plates (one folded A4 tent per seat at the table, optionally with the person's name).

The first page is previewed as the printer will get it (`pdf_output.first_page_png`);
"Save as PDF…" writes the file and opens it, "Print…" goes through the window's one printing
path (`ui.printing.print_pdf`: preview, the system's Print dialog, 100 %). Rendering runs in
the background (`JobDialog`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegations.services import seating
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import PagePreview
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog

CHART, PLATES = "chart", "plates"


@dataclass(frozen=True, slots=True)
class _Made:
    path: Path
    pages: int
    png: bytes | None = None


class SeatingPrintDialog(JobDialog):
    """Choose the chart or the plates, see the first page, save or print."""

    def __init__(
        self, event_file: EventFile, session_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._event_file, self._session_id, self._title = event_file, session_id, title
        self._folder = Path(tempfile.mkdtemp(prefix="delegations-seating-"))
        self._preview_number = 0
        self.setWindowTitle(self.tr("Print seating"))
        self.chart_radio = QRadioButton(self.tr("Seating &chart"), self)
        self.plates_radio = QRadioButton(self.tr("&Name plates (one per seat at the table)"), self)
        self.chart_radio.setChecked(True)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(self.tr("A3 landscape"), "a3")
        self.paper_box.addItem(self.tr("A4 landscape"), "a4")
        self.names_check = QCheckBox(self.tr("With the person's na&me"), self)
        self.preview = PagePreview(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.printer_button = QPushButton(self.tr("&Print…"), self)
        self._lay_out()
        for signal in (self.chart_radio.toggled, self.paper_box.currentIndexChanged,
                       self.names_check.toggled):  # fmt: skip
            signal.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.printer_button.clicked.connect(self.print_on_printer)
        self.finished.connect(lambda _result: shutil.rmtree(self._folder, ignore_errors=True))
        self._on_choice_changed()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.chart_radio)
        form.addRow(self.tr("P&aper:"), self.paper_box)
        form.addRow(self.plates_radio)
        form.addRow(self.names_check)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.printer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def what(self) -> str:
        return CHART if self.chart_radio.isChecked() else PLATES

    def suggested_name(self) -> str:
        if self.what() == CHART:
            return self.tr("Seating chart – {session}").format(session=self._title)
        return self.tr("Name plates – {session}").format(session=self._title)

    def _work(self, path: Path, *, preview: bool = False) -> Callable[[Any, Any], _Made]:
        """The rendering for the current choices, with plain values only (a worker runs it)."""
        event_file, session_id, what = self._event_file, self._session_id, self.what()
        paper, names = self.paper_box.currentData(), self.names_check.isChecked()

        def work(_progress: Any, _cancelled: Any) -> _Made:
            if what == CHART:
                printed = seating.print_seating_chart(event_file, session_id, path, paper=paper)
            else:
                printed = seating.print_name_plates(event_file, session_id, path,
                                                    with_names=names)  # fmt: skip
            png = pdf_output.first_page_png(printed.path.read_bytes()) if preview else None
            return _Made(printed.path, printed.pages, png)

        return work

    def _on_choice_changed(self) -> None:
        self.paper_box.setEnabled(self.what() == CHART)
        self.names_check.setEnabled(self.what() == PLATES)
        self._preview_number += 1
        number = self._preview_number
        self.preview.set_png(None, self.tr("Drawing the first page…"))

        def shown(made: _Made) -> None:
            if number == self._preview_number:  # not a preview of earlier choices
                self.preview.set_png(made.png, self.tr("No preview: PDFium is not installed."))
                self._show_message("")

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
        """Write the chosen document to `path` in the background, then open it."""
        self._set_printable(False)

        def done(made: _Made) -> None:
            self._set_printable(True)
            written = (self.tr("{what} (1 page) written to {path}") if made.pages == 1
                       else self.tr("{what} ({pages} pages) written to {path}"))  # fmt: skip
            self._show_message(written.format(what=self.suggested_name(), pages=made.pages,
                                              path=made.path))  # fmt: skip
            pdf_output.open_document(made.path)

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_write_error(error, self.print_to)

        self._run(self.tr("Printing…"), self._work(path), done, failed)

    def print_on_printer(self) -> None:
        """Render to a temporary PDF, then Print… it (preview, the system's dialog, 100 %)."""
        path = self._folder / "print.pdf"
        self._set_printable(False)

        def sent(name: str, _pages: int) -> None:
            self._show_message(self.tr("Sent to the printer {name}.").format(name=name))

        def rendered(made: _Made) -> None:
            printing.print_pdf(
                self, made.path, title=self.suggested_name(), on_printed=sent,
                on_error=self._on_error, finished=lambda: self._set_printable(True), run=self._run,
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_error(error)

        self._run(self.tr("Printing…"), self._work(path), rendered, failed)

    def _set_printable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.printer_button.setEnabled(on)
