"""Print… from the window: pages drawn on a QPrinter from the PDF the preview shows.

The QPrinter writes a PDF here (Qt's own PDF printer) so that the paper's size and what is on
it can be read back; the real system queue is tested through CUPS in
tests/end2end/test_printing_cups.py (marker `cups`).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pdf_reading import decode_qr_codes, page_sizes, pages_text, render_pages
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from delegations.domain.models import BadgePrint, PrintReason
from delegations.services import badges
from delegations.store import EventFile
from delegations.ui import jobs, printing
from delegations.ui.badges.dialogs import BadgesDialog
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.booklet_dialog import DOOR_SHEETS, BookletDialog
from delegations.ui.dialogs.print_preview import PrintPreviewDialog
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]
MM = 72 / 25.4


def pdf_printer(path: Path, page_size_mm: tuple[float, float]) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printing.set_page_size(printer, page_size_mm)
    return printer


def finished_pages(pdf: Path) -> int:
    """The pages of a PDF Qt's printer has finished writing; -1 before."""
    try:
        return len(page_sizes(pdf))
    except Exception:  # noqa: BLE001 (not there yet, or half written)
        return -1


def assert_pages(pdf: Path, size_mm: tuple[float, float], pages: int) -> None:
    sizes = page_sizes(pdf)
    assert len(sizes) == pages
    for width, height in sizes:
        assert abs(width - size_mm[0] * MM) <= 1 and abs(height - size_mm[1] * MM) <= 1


def test_print_on_a_printer_draws_each_badge_at_full_size_and_logs_it(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile, monkeypatch: Any,
) -> None:  # fmt: skip
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    tab = window.show_tab("delegations")
    dialog = tab.badge_actions.open_badges_dialog()
    assert isinstance(dialog, BadgesDialog)
    dialog.set_layout("a6")
    qtbot.waitUntil(lambda: dialog.last_preview is not None and not dialog.busy(), timeout=15_000)
    count = dialog.last_preview.count
    assert dialog.printer_button.isEnabled() and dialog.printer_button.text() == "Print…"

    paper = tmp_path / "paper.pdf"
    dialog.print_on(pdf_printer(paper, badges.page_size_mm("a6")))
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)

    assert_pages(paper, (105, 148), count)  # the layout's page at 100 %
    assert len(decode_qr_codes(paper, dpi=150)) == count
    assert opened == []  # nothing to open: it went to the printer
    logged = read_file(lambda s: s.exec(select(BadgePrint.reason)).all())
    assert logged == [PrintReason.FIRST] * count


def test_a_landscape_card_stays_landscape(tmp_path: Path, qtbot: QtBot) -> None:
    source = tmp_path / "card.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(source), pagesize=(85.6 * MM, 54 * MM))
    canvas.rect(0, 0, 85.6 * MM, 54 * MM, fill=1)
    canvas.showPage()
    canvas.save()
    paper = tmp_path / "paper.pdf"
    printer = pdf_printer(paper, (85.6, 54))
    assert printing.paint_pdf(printer, source) == 1
    assert_pages(paper, (85.6, 54), 1)
    [page] = render_pages(paper, dpi=72)
    width, height = page.size  # 100 %: the black card covers the paper to its corners
    corners = [(1, 1), (width - 2, 1), (1, height - 2), (width - 2, height - 2)]
    assert all(page.getpixel(corner) < 40 for corner in corners)


@dataclass
class PrintDesk:
    """Stands in for the user at Print…: looks at the real preview, then picks Qt's PDF printer."""

    paper: Path
    previews: list[tuple[int, str, int]] = field(default_factory=list)  # pages, caption, drawn
    asked_mm: list[tuple[float, float]] = field(default_factory=list)
    cancel_preview: bool = False
    linger_s: float = 0.0  # how long the user looks at the preview
    progress_over_preview: list[bool] = field(default_factory=list)

    def confirm_preview(self, parent: QWidget, pdf: Path, title: str) -> bool:
        dialog = PrintPreviewDialog(pdf, title, parent)
        dialog.show()
        QApplication.processEvents()
        until = time.monotonic() + self.linger_s
        while time.monotonic() < until:
            QApplication.processEvents()
            time.sleep(0.01)
        shown = [
            d.isVisible() for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog)
        ]
        self.progress_over_preview.append(any(shown))
        drawn = dialog.pages.rendered_pages()
        self.previews.append((dialog.page_count(), dialog.caption.text(), drawn))
        dialog.reject() if self.cancel_preview else dialog.accept()
        return not self.cancel_preview

    def ask_printer(self, _parent: QWidget, page_size_mm: tuple[float, float]) -> QPrinter:
        self.asked_mm.append(page_size_mm)
        return pdf_printer(self.paper, (210, 297))  # A4 in the print dialog: the PDF's page wins


@pytest.fixture
def print_desk(tmp_path: Path, monkeypatch: Any) -> PrintDesk:
    desk = PrintDesk(tmp_path / "paper.pdf")
    monkeypatch.setattr(printing, "confirm_preview", desk.confirm_preview)
    monkeypatch.setattr(printing, "ask_printer", desk.ask_printer)
    return desk


def test_the_booklet_is_previewed_then_prints_at_its_own_page_size(
    qtbot: QtBot, window: MainWindow, print_desk: PrintDesk, monkeypatch: Any
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    window.file_actions.booklet_action.trigger()
    [dialog] = [d for d in window.findChildren(BookletDialog) if d.isVisible()]
    dialog.set_paper("a5")
    qtbot.mouseClick(dialog.printer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_printed is not None, timeout=30_000)

    assert dialog.result_printed.summary == f"Sent to the printer {print_desk.paper}."
    [(pages, caption, drawn)] = print_desk.previews
    assert caption.startswith(f"{pages} page") and "148 × 210 mm, printed at 100 %" in caption
    assert 0 < drawn <= pages
    assert [round(w) for w in print_desk.asked_mm[0]] == [148, 210]
    assert_pages(print_desk.paper, (148, 210), pages)  # what the preview showed, at 100 %
    assert opened == []
    # The temporary PDF is removed once the printing job has finished (just after "Sent").
    qtbot.waitUntil(lambda: not list(Path(tempfile.gettempdir()).glob("delegations-*/print.pdf")))


def test_door_sheets_cancelled_in_the_preview_print_nothing(
    qtbot: QtBot, window: MainWindow, print_desk: PrintDesk
) -> None:
    print_desk.cancel_preview = True
    window.file_actions.booklet_action.trigger()
    [dialog] = [d for d in window.findChildren(BookletDialog) if d.isVisible()]
    dialog.choose(DOOR_SHEETS)
    dialog.print_on_printer()
    qtbot.waitUntil(lambda: bool(print_desk.previews) and dialog.printer_button.isEnabled())
    [(pages, caption, _drawn)] = print_desk.previews
    assert pages > 0 and "210 × 297 mm" in caption
    assert not print_desk.paper.exists() and print_desk.asked_mm == []
    assert dialog.isVisible() and dialog.result_printed is None


def test_the_not_yet_arrived_list_prints_from_the_check_in(
    qtbot: QtBot, window: MainWindow, print_desk: PrintDesk
) -> None:
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    counters = tab.counters
    assert counters.printer_arrivals_button.text() == "Print…"
    expected = counters.arrival_rows()
    assert expected
    qtbot.mouseClick(counters.printer_arrivals_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_desk.paper.exists() and window.statusBar().currentMessage()
                    .startswith("Sent"), timeout=30_000)  # fmt: skip

    [(pages, _caption, _drawn)] = print_desk.previews
    assert_pages(print_desk.paper, (210, 297), pages)
    assert next(render_pages(print_desk.paper, dpi=50)).getextrema()[0] < 100  # ink on it
    sent = f"Sent {pages} page{'s' if pages != 1 else ''} to {print_desk.paper}"
    assert window.statusBar().currentMessage() == sent


def test_the_preview_draws_only_the_pages_in_sight(qtbot: QtBot, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "badges.pdf"
    canvas = Canvas(str(source), pagesize=(105 * MM, 148 * MM))
    for number in range(2000):
        canvas.drawString(20, 20, f"Page {number + 1}")
        canvas.showPage()
    canvas.save()
    dialog = PrintPreviewDialog(source, "Badges")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == 2000
    assert dialog.caption.text().startswith(("2,000 page", "2000 page"))
    assert "105 × 148 mm, printed at 100 %" in dialog.caption.text()
    assert 0 < dialog.pages.rendered_pages() < 100
    dialog.reject()


def test_the_chinese_edition_chosen_in_the_dialog_has_chinese_headings(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    window.file_actions.booklet_action.trigger()
    [dialog] = [d for d in window.findChildren(BookletDialog) if d.isVisible()]
    dialog.set_edition("zh_CN")
    assert dialog.suggested_name() == "Programme booklet A5 中文"
    dialog.print_to(tmp_path / "booklet.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)

    pages = [page.split() for page in pages_text(tmp_path / "booklet.pdf")]
    assert any(page[:2] == ["目录", "Contents"] for page in pages)
    assert any(page[:3] == ["会议详情", "Session", "details"] for page in pages)


def test_errata_print_from_the_changes_view(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, print_desk: PrintDesk
) -> None:
    from delegations.services import programme

    programme.publish_programme(event_file, "sent to the printer")
    tab = window.show_tab("agenda")
    changes = tab.open_changes_dialog()
    assert changes.printer_button.text() == "Print…"
    qtbot.mouseClick(changes.printer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(print_desk.previews), timeout=30_000)
    [(pages, caption, _drawn)] = print_desk.previews
    assert "210 × 297 mm" in caption
    qtbot.waitUntil(lambda: finished_pages(print_desk.paper) == pages, timeout=30_000)
    assert_pages(print_desk.paper, (210, 297), pages)
    changes.reject()


def test_badges_are_previewed_then_printed_and_logged(
    qtbot: QtBot, window: MainWindow, print_desk: PrintDesk, read_file: ReadFile, monkeypatch: Any
) -> None:
    monkeypatch.setattr(pdf_output, "open_document", lambda _path: None)
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 0)  # the run's progress dialog opens at once
    print_desk.linger_s = 0.5
    dialog = window.show_tab("delegations").badge_actions.open_badges_dialog()
    dialog.set_layout("a6")
    qtbot.waitUntil(lambda: dialog.last_preview is not None and not dialog.busy(), timeout=15_000)
    count = dialog.last_preview.count
    qtbot.mouseClick(dialog.printer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)

    [(pages, caption, _drawn)] = print_desk.previews
    assert pages == count and "105 × 148 mm" in caption
    assert print_desk.progress_over_preview == [False]  # nothing covers the preview
    assert_pages(print_desk.paper, (105, 148), count)
    logged = read_file(lambda s: s.exec(select(BadgePrint.reason)).all())
    assert logged == [PrintReason.FIRST] * count


def test_badges_cancelled_in_the_preview_are_neither_printed_nor_logged(
    qtbot: QtBot, window: MainWindow, print_desk: PrintDesk, read_file: ReadFile
) -> None:
    print_desk.cancel_preview = True
    dialog = window.show_tab("delegations").badge_actions.open_badges_dialog()
    qtbot.waitUntil(lambda: dialog.last_preview is not None and not dialog.busy(), timeout=15_000)
    qtbot.mouseClick(dialog.printer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_text() != "", timeout=30_000)

    assert dialog.message_text() == "Printing cancelled: nothing was printed or logged."
    assert len(print_desk.previews) == 1 and not print_desk.paper.exists()
    assert read_file(lambda s: s.exec(select(BadgePrint)).all()) == []
    assert dialog.isVisible() and dialog.printer_button.isEnabled()
