"""Print a hotel's rooming list from the Hotels and rooming window (`services.hotels.
write_rooming`): the first page previewed as the printer gets it, "Save as PDF…" (then opened)
or "Print…" through the window's one printing path (`ui.printing.print_pdf`). Rendering runs in
the background (`JobDialog`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.services import hotels
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import PagePreview
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog


@dataclass(frozen=True, slots=True)
class _Made:
    path: Path
    png: bytes | None = None


class RoomingPrintDialog(JobDialog):
    """Choose the hotel, see the first page of its rooming list, save or print."""

    def __init__(
        self, event_file: EventFile, names: Sequence[str], hotel: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._event_file = event_file
        self._folder = Path(tempfile.mkdtemp(prefix="delegations-rooming-"))
        self._preview_number = 0
        self.setWindowTitle(self.tr("Print rooming list"))
        self.hotel_box = QComboBox(self)
        self.hotel_box.addItems(list(names))
        self.hotel_box.setCurrentText(hotel)
        self.preview = PagePreview(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.printer_button = QPushButton(self.tr("&Print…"), self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Hotel:"), self.hotel_box)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.printer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 680)
        self.hotel_box.currentIndexChanged.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.printer_button.clicked.connect(self.print_on_printer)
        self.finished.connect(lambda _result: shutil.rmtree(self._folder, ignore_errors=True))
        self._on_choice_changed()

    def suggested_name(self) -> str:
        return self.tr("Rooming list – {hotel}").format(hotel=self.hotel_box.currentText())

    def _work(self, path: Path, *, preview: bool = False) -> Callable[[Any, Any], _Made]:
        """The rendering for the chosen hotel, with plain values only (a worker runs it)."""
        event_file, hotel = self._event_file, self.hotel_box.currentText()

        def work(_progress: Any, _cancelled: Any) -> _Made:
            written = hotels.write_rooming(event_file, hotel, path)
            png = pdf_output.first_page_png(written.read_bytes()) if preview else None
            return _Made(written, png)

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
        """Write the rooming list to `path` in the background, then open it."""
        self._set_printable(False)

        def done(made: _Made) -> None:
            self._set_printable(True)
            self._show_message(self.tr("{what} written to {path}").format(
                what=self.suggested_name(), path=made.path))  # fmt: skip
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
