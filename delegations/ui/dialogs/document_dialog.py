"""A print dialog for one document made from the choices above its preview (a seating chart,
a door sheet, a rooming list …).

The first page is previewed as the printer will get it (`pdf_output.first_page_png`);
"Save as PDF…" writes the file and opens it, "Print…" goes through the window's one printing
path (`ui.printing.print_pdf`: preview, the system's Print dialog, 100 %). Rendering runs in
the background (`JobDialog`); a preview of earlier choices that arrives late is dropped.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from delegations.domain.errors import UserError
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import PagePreview
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog


class Printed(Protocol):
    """What a service's print function returns."""

    @property
    def path(self) -> Path: ...

    @property
    def pages(self) -> int: ...


Render = Callable[[Path], Printed | Path]  # a bare path: the number of pages is not told


@dataclass(frozen=True, slots=True)
class _Made:
    path: Path
    pages: int | None
    png: bytes | None = None


class DocumentDialog(JobDialog):
    """Subclasses build their choices, call `_lay_out(form)`, connect their choices to
    `refresh_preview` and call it once; they give `suggested_name` and `renderer`."""

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._folder = Path(tempfile.mkdtemp(prefix="delegations-print-"))
        self._preview_number = 0
        self.preview = PagePreview(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.printer_button = QPushButton(self.tr("&Print…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.printer_button.clicked.connect(self.print_on_printer)
        self.finished.connect(lambda _result: shutil.rmtree(self._folder, ignore_errors=True))

    def suggested_name(self) -> str:
        """The document's name for the file and the printer queue."""
        raise NotImplementedError

    def renderer(self, *, keep: bool = True) -> Render:
        """The rendering for the current choices, holding plain values only (a worker runs it);
        `keep` is False for a preview or a copy not yet sent to the printer."""
        raise NotImplementedError

    def kept(self, *, by_printer: bool) -> None:
        """A copy was saved (rendered with `keep`), or the printer has one (rendered without):
        the transfer manifest remembers what it printed."""

    def update_choices(self) -> None:
        """Enable the choices that apply to what is chosen (called before each preview)."""

    def _lay_out(self, form: QFormLayout, *, height: int = 640) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.printer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, height)

    def _work(self, path: Path, *, preview: bool, keep: bool) -> Callable[[Any, Any], _Made]:
        render = self.renderer(keep=keep)

        def work(_progress: Any, _cancelled: Any) -> _Made:
            printed = render(path)
            written, pages = (printed, None) if isinstance(printed, Path) else (
                printed.path, printed.pages)  # fmt: skip
            png = pdf_output.first_page_png(written.read_bytes()) if preview else None
            return _Made(written, pages, png)

        return work

    def refresh_preview(self) -> None:
        self.update_choices()
        self._preview_number += 1
        number = self._preview_number
        self.preview.set_png(None, self.tr("Drawing the first page…"))

        def shown(made: _Made) -> None:
            if number == self._preview_number:  # not a preview of earlier choices
                self.preview.set_png(made.png, self.tr("No preview: PDFium is not installed."))
                self._show_message("")
                self._set_printable(True)

        def failed(error: BaseException) -> None:
            if number == self._preview_number:
                self.preview.set_png(None, "")
                self._set_printable(False)
                self._on_error(error)

        path = self._folder / f"preview-{number}.pdf"
        self._run(
            self.tr("Drawing the preview…"),
            self._work(path, preview=True, keep=False),
            shown,
            failed,
        )

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
            if made.pages is None:
                written = self.tr("{what} written to {path}")
            elif made.pages == 1:
                written = self.tr("{what} (1 page) written to {path}")
            else:
                written = self.tr("{what} ({pages} pages) written to {path}")
            self._show_message(written.format(what=self.suggested_name(), pages=made.pages,
                                              path=made.path))  # fmt: skip
            self.kept(by_printer=False)
            pdf_output.open_document(made.path)

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_write_error(error, self.print_to)

        self._run(self.tr("Printing…"), self._work(path, preview=False, keep=True), done, failed)

    def print_on_printer(self) -> None:
        """Render to a temporary PDF, then Print… it (preview, the system's dialog, 100 %)."""
        path = self._folder / "print.pdf"
        self._set_printable(False)

        def sent(name: str, _pages: int) -> None:
            try:
                self.kept(by_printer=True)
            except (OSError, UserError) as error:
                self._on_error(error)
                return
            self._show_message(self.tr("Sent to the printer {name}.").format(name=name))

        def rendered(made: _Made) -> None:
            printing.print_pdf(
                self, made.path, title=self.suggested_name(), on_printed=sent,
                on_error=self._on_error, finished=lambda: self._set_printable(True), run=self._run,
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            self._on_error(error)

        work = self._work(path, preview=False, keep=False)  # kept once the printer has it
        self._run(self.tr("Printing…"), work, rendered, failed)

    def _set_printable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.printer_button.setEnabled(on)
