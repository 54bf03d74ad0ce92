"""What the printing dialogs share: choosing an output file, opening it, previewing a PDF page.

The preview draws the real PDF page (the one the printer will get, with its shaped text and QR
codes) with PDFium (`pypdfium2`), so that it cannot drift from the output as a second drawing
of the layout in QPainter would. Without PDFium the dialogs show no picture and say why.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from delegations.domain.errors import UserError
from delegations.pdfium import lock as pdfium_lock
from delegations.ui.jobs import Job, run_job
from delegations.ui.palette import error_style

log = logging.getLogger(__name__)

PREVIEW_DPI = 110


def first_page_png(pdf: bytes, *, dpi: int = PREVIEW_DPI) -> bytes | None:
    """The first page of `pdf` as PNG bytes, or None when PDFium is not installed.

    Plain bytes in, plain bytes out: safe to call on a worker thread (PDFium under its lock).
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    with pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[0]
            try:
                bitmap = page.render(scale=dpi / 72)
                try:
                    image = bitmap.to_pil()
                    buffer = io.BytesIO()
                    image.save(buffer, "PNG")
                    return buffer.getvalue()
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def ask_save_path(parent: QWidget, title: str, suggestion: Path, file_filter: str) -> Path | None:
    """A Save dialog starting at `suggestion`; the chosen path with the suggestion's suffix."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggestion), file_filter)
    if not path:
        return None
    chosen = Path(path)
    if not chosen.suffix and suggestion.suffix:
        chosen = chosen.with_suffix(suggestion.suffix)
    return chosen


def open_document(path: Path) -> bool:
    """Open a finished file (a PDF) in the system's viewer; tests replace this function."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("no application opened %s", path)
    return opened


class JobDialog(QDialog):
    """A dialog that starts background jobs: errors show in its message line, and closing it
    cancels its jobs and frees it only once they have reported back (never under them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[Job] = set()
        self._closed = False
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Job:
        holder: list[Job] = []

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._jobs.discard(holder[0])
            if self._closed:
                if not self._jobs:
                    self.deleteLater()
                return
            handler(value)

        job = run_job(
            self, label, work,
            lambda result: finish(on_done, result),
            lambda error: finish(on_error or self._on_error, error),
        )  # fmt: skip
        holder.append(job)
        self._jobs.add(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._show_message(str(error), error=True)
            return
        log.error("background job failed", exc_info=error)
        self._show_message(
            self.tr("Something went wrong: {error}. The details are in the log file.")
            .format(error=error), error=True,
        )  # fmt: skip

    def _on_write_error(self, error: BaseException, write_again: Callable[[Path], object]) -> None:
        """A file that could not be written (a full stick, a PDF open in a viewer …) offers
        "Choose another place…" and writes there with `write_again`; other errors as ever."""
        from delegations.ui.save_elsewhere import offer_another_place

        if offer_another_place(
            self, self.windowTitle(), error, write_again, file_filter="PDF (*.pdf)"
        ):
            self._show_message(str(error), error=True)
            return
        self._on_error(error)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def done(self, result: int) -> None:
        for job in list(self._jobs):
            job.cancel()
        self._closed = True
        super().done(result)
        if not self._jobs:
            self.deleteLater()
