"""The preview before Print…: every page of the PDF the printer will get, drawn by PDFium.

Pages are rendered when they scroll into view (a 20,000-badge run stays quick to open) from the
very file that is then painted on the printer (`ui.printing.paint_pdf`), so the preview cannot
drift from the paper. The document is closed when the dialog closes, before any worker paints
from it: PDFium is not used from two threads at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.pdfium import lock as pdfium_lock

THUMBNAIL_DPI = 48
POINTS_PER_MM = 72 / 25.4
Index = QModelIndex | QPersistentModelIndex


class PdfPagesModel(QAbstractListModel):
    """The pages of a PDF as pictures, each rendered the first time a view asks for it."""

    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        import pypdfium2 as pdfium

        super().__init__(parent)
        with pdfium_lock:
            self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(pdf)
            self.sizes_pt = [self._document.get_page_size(i) for i in range(len(self._document))]
        self._pixmaps: dict[int, QPixmap] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sizes_pt)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        return None

    def pixmap(self, row: int) -> QPixmap:
        if row not in self._pixmaps:
            self._pixmaps[row] = self._render(row)
        return self._pixmaps[row]

    def rendered_pages(self) -> int:
        return len(self._pixmaps)

    def _render(self, row: int) -> QPixmap:
        if self._document is None:
            return QPixmap()
        with pdfium_lock:
            page = self._document[row]
            try:
                bitmap = page.render(scale=THUMBNAIL_DPI / 72, prefer_bgrx=True)
                try:
                    image = QImage(
                        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                        QImage.Format.Format_RGB32,
                    )  # fmt: skip
                    return QPixmap.fromImage(image.copy())  # the copy outlives PDFium's buffer
                finally:
                    bitmap.close()
            finally:
                page.close()

    def largest_size(self) -> QSize:
        width = max((w for w, _h in self.sizes_pt), default=0)
        height = max((h for _w, h in self.sizes_pt), default=0)
        return QSize(round(width * THUMBNAIL_DPI / 72), round(height * THUMBNAIL_DPI / 72))

    def close(self) -> None:
        if self._document is not None:
            with pdfium_lock:
                self._document.close()
            self._document = None


class PrintPreviewDialog(QDialog):
    """Print preview: the pages, their count and paper size; Print… or Cancel."""

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.pages = PdfPagesModel(pdf, self)
        self.view = QListView(self)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)  # only the pages in sight are rendered
        self.view.setSpacing(8)
        # Paper on a grey desk, as print previews show it: white pages keep their edges.
        self.view.setStyleSheet("QListView { background: #80858d; color: white; }")
        self.view.setIconSize(self.pages.largest_size())
        self.view.setModel(self.pages)
        self.caption = QLabel(self.describe(), self)
        self.caption.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button: QPushButton = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.buttons)
        self.resize(900, 680)
        self.print_button.setFocus()

    def page_count(self) -> int:
        return self.pages.rowCount()

    def describe(self) -> str:
        """The count and paper of the pages, e.g. "12 pages, 148 × 210 mm, printed at 100 %"."""
        sizes = {
            (round(w / POINTS_PER_MM), round(h / POINTS_PER_MM)) for w, h in self.pages.sizes_pt
        }
        paper = ", ".join(f"{w} × {h} mm" for w, h in sorted(sizes))
        return self.tr(
            "%Ln page(s), {paper}, printed at 100 % on paper of the same size.", "",
            self.page_count(),
        ).format(paper=paper)  # fmt: skip

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
