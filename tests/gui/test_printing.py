"""Print… from the badge dialogs: pages drawn on a QPrinter from the PDF the preview shows.

The QPrinter writes a PDF here (Qt's own PDF printer) so that the paper's size and what is on
it can be read back; the real system queue is tested through CUPS in
tests/end2end/test_printing_cups.py (marker `cups`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pdf_reading import decode_qr_codes, page_sizes, render_pages
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlmodel import select

from delegations.domain.models import BadgePrint, PrintReason
from delegations.services import badges
from delegations.store import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import BadgesDialog
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.booklet_dialog import BookletDialog
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]
MM = 72 / 25.4


def pdf_printer(path: Path, page_size_mm: tuple[float, float]) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printing.set_page_size(printer, page_size_mm)
    return printer


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


def test_the_booklet_prints_on_a_printer_at_its_own_page_size(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    window.file_actions.booklet_action.trigger()
    [dialog] = [d for d in window.findChildren(BookletDialog) if d.isVisible()]
    dialog.set_paper("a5")
    paper = tmp_path / "paper.pdf"
    dialog.print_on(pdf_printer(paper, (210, 297)))  # A4 in the print dialog: the A5 wins
    qtbot.waitUntil(lambda: dialog.result_printed is not None, timeout=30_000)

    assert dialog.result_printed.summary == f"Sent to the printer {paper}."
    sizes = page_sizes(paper)
    assert sizes and all(abs(w - 148 * MM) <= 1 and abs(h - 210 * MM) <= 1 for w, h in sizes)
    assert opened == []
