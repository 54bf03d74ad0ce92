"""Printing from the window: QPrinter pages drawn from our PDF, and the desk's own printer.

One PDF, the one the preview shows, reaches the paper by one of two paths:

- **Print…** (a QPrintDialog, every system): the QPrinter gets the layout's page size with no
  margins; each PDF page is rendered by PDFium at the printer's resolution (at most
  `MAX_DPI`, so that an A4 page stays a few tens of MB) and drawn onto the whole page: 100 %,
  never fitted to other paper.
- **The desk's printer** (reprint lost, print on arrival, walk-in: no dialog at the desk). On
  CUPS systems the service sends the PDF itself with `lp` (`services.printers`): the printer
  gets vectors, not a raster, the exact media size a label or card printer needs, and the job
  is in the queue in about 0.15 s — the same path as `delegations badges --printer` and its
  test on a real queue. Windows has no CUPS, so there the desk prints through QPrinter too.

A layout with a back (its reverse on the page after each sheet) prints two-sided: `lp` gets
`sides=two-sided-long-edge` (short edge for a landscape page: the sheet turns about its vertical
axis, as the backs are drawn), QPrinter `setDuplex`; a printer with no duplex is named in a
warning before it prints (`ask_two_sided`).

Each desk chooses its printer once; it is remembered on that computer (QSettings), like the
desk's name. Rendering and painting run on a worker thread (Qt paints on QPrinter off the GUI
thread); only the QPrintDialog is on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QMarginsF,
    QObject,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from delegations.domain.enums import PrintReason
from delegations.domain.errors import UserError
from delegations.pdfium import lock as pdfium_lock
from delegations.services import badges, printers
from delegations.services import walk_in as walk_in_service
from delegations.services.badges import Deliver, PrintOutcome
from delegations.services.checkin import CheckInResult, Outcome
from delegations.services.delegation_models import DelegateCreate
from delegations.services.event import EventFile
from delegations.ui.jobs import Job, run_job

# Qt's print support is loaded by the first print, not at start-up (the desk imports this module).
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

MAX_DPI = 600
POINTS_PER_MM = 72 / 25.4
PRINTER_KEY = "checkin/printer"
LAYOUT_KEY = "checkin/badgeLayout"
ON_ARRIVAL_KEY = "checkin/printOnArrival"


# The desk's choices (this computer) --------------------------------------------------------


def desk_printer(settings: QSettings) -> str:
    """The printer this desk prints to, "" until one is chosen."""
    return str(settings.value(PRINTER_KEY, "") or "")


def desk_layout(settings: QSettings) -> str:
    """The badge layout the desk prints (its printer's paper)."""
    return str(settings.value(LAYOUT_KEY, "") or badges.DEFAULT_LAYOUT)


def prints_on_arrival(settings: QSettings) -> bool:
    """Whether a badge prints when its holder is first admitted."""
    return str(settings.value(ON_ARRIVAL_KEY, "false")).lower() == "true"


def set_desk_printing(settings: QSettings, *, printer: str, layout: str, on_arrival: bool) -> None:
    settings.setValue(PRINTER_KEY, printer)
    settings.setValue(LAYOUT_KEY, layout)
    settings.setValue(ON_ARRIVAL_KEY, "true" if on_arrival else "false")
    settings.sync()


def available_printers() -> list[str]:
    """The system's printers by name: the CUPS queues, or Windows' printers."""
    if printers.printing_supported():
        return [printer.name for printer in printers.list_printers()]
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


# QPrinter ---------------------------------------------------------------------------------


def set_page_size(printer: QPrinter, page_size_mm: tuple[float, float]) -> None:
    """The layout's page, edge to edge (no margins), in its own orientation."""
    width, height = page_size_mm
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter, "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )  # fmt: skip
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw every page of `pdf` on `printer` at 100 % (its top left on the paper's), on paper
    of the PDF's own page size (the layout's); the number of pages.

    Raises:
        UserError: the printer cannot be opened (gone, or refusing).
    """
    import pypdfium2 as pdfium

    with pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        width_pt, height_pt = document.get_page_size(0)
        set_page_size(printer, (width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM))
        painter = QPainter()
        if not painter.begin(printer):
            document.close()
            raise UserError(
                f"The printer “{printer.printerName() or printer.outputFileName()}” cannot be "
                "opened: check that it is on and connected, or choose another one."
            )
        try:
            dpi = printer.resolution()
            for index in range(len(document)):
                if index:
                    printer.newPage()
                _paint_page(painter, document[index], dpi)
            return len(document)
        finally:
            document.close()
        painter.end()


def _paint_page(painter: QPainter, page: object, dpi: int) -> None:
    width_pt, height_pt = page.get_size()  # type: ignore[attr-defined]
    bitmap = page.render(scale=min(dpi, MAX_DPI) / 72, prefer_bgrx=True)  # type: ignore[attr-defined]
    try:
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        )
        # In device pixels the page is exactly its size at the printer's resolution: 100 %.
        painter.drawImage(QRectF(0, 0, width_pt * dpi / 72, height_pt * dpi / 72), image)
    finally:
        bitmap.close()
        page.close()  # type: ignore[attr-defined]


def set_two_sided(printer: QPrinter, page_size_mm: tuple[float, float]) -> bool:
    """Ask `printer` for duplex, turning the sheet about its vertical axis as the backs are
    drawn (long edge of a portrait page, short edge of a landscape one); whether it can."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    width, height = page_size_mm
    duplex = QPrinter.DuplexMode
    mode = duplex.DuplexShortSide if width > height else duplex.DuplexLongSide
    printer.setDuplex(mode)
    supported = QPrinterInfo.printerInfo(printer.printerName()).supportedDuplexModes()
    return mode in supported


def warn_one_sided(parent: QWidget, printer: QPrinter) -> bool:
    """A printer without duplex: say so before printing; whether the user prints anyway."""
    answer = QMessageBox.warning(
        parent,
        PrintWords.tr("Two-sided printing"),
        PrintWords.tr("“{printer}” has no two-sided printing: the backs will come out as "
                      "separate pages.").format(printer=printer.printerName()),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Ok,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Ok


def ask_two_sided(
    parent: QWidget, printer: QPrinter | None, page_size_mm: tuple[float, float]
) -> QPrinter | None:
    """`printer` (chosen in the Print dialog) set to print two-sided, for a layout with a
    back on the next page; a printer that has no duplex is named in a warning first (None
    if the user then cancels)."""
    if printer is None or set_two_sided(printer, page_size_mm) or not printer.printerName():
        return printer
    return printer if warn_one_sided(parent, printer) else None


def ask_printer(parent: QWidget, page_size_mm: tuple[float, float]) -> QPrinter | None:
    """The system's Print dialog for a page of `page_size_mm`; the chosen printer, or None.

    The page size is the layout's again after the dialog: a badge is never fitted to paper
    chosen there (a label printer's driver may offer its default roll first).
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_page_size(printer, page_size_mm)
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    set_page_size(printer, page_size_mm)
    return printer


def named_printer(
    name: str, page_size_mm: tuple[float, float], *, two_sided: bool = False
) -> QPrinter:
    """A QPrinter for the system printer `name`, set to the page size (and duplex)."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    set_page_size(printer, page_size_mm)
    if two_sided:
        set_two_sided(printer, page_size_mm)
    return printer


def pdf_page_size_mm(pdf: Path) -> tuple[float, float]:
    """The first page's width and height in mm (the size the Print dialog opens on)."""
    import pypdfium2 as pdfium

    with pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            width_pt, height_pt = document.get_page_size(0)
        finally:
            document.close()
    return width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM


def confirm_preview(parent: QWidget, pdf: Path, title: str) -> bool:
    """The print preview of `pdf`; whether the user chose Print… there."""
    from delegations.ui.dialogs.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(pdf, title, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


RunJob = Callable[
    [str, Callable[..., Any], Callable[[Any], None], Callable[[BaseException], None] | None], Job
]


def print_pdf(  # noqa: PLR0913
    parent: QWidget,
    pdf: Path,
    *,
    title: str,
    on_printed: Callable[[str, int], None],
    on_error: Callable[[BaseException], None] | None = None,
    finished: Callable[[], None] = lambda: None,
    run: RunJob | None = None,
) -> Job | None:
    """Print… for a finished PDF, the one path every printout of the window takes: its pages
    previewed, the system's Print dialog, then the pages painted on the chosen printer in a
    worker (`run`, by default `run_job`), each at its own size and 100 %.

    `on_printed(printer, pages)` once the pages are sent; `finished()` in every case, last
    (e.g. to remove a temporary PDF). None when the user cancelled the preview or the dialog.
    """
    if not confirm_preview(parent, pdf, title):
        finished()
        return None
    printer = ask_printer(parent, pdf_page_size_mm(pdf))
    if printer is None:
        finished()
        return None
    name = printer.printerName() or printer.outputFileName()

    def done(pages: int) -> None:
        try:
            on_printed(name, pages)
        finally:
            finished()

    def failed(error: BaseException) -> None:
        try:
            if on_error is not None:
                on_error(error)
                return
            if not isinstance(error, UserError):
                log.error("printing %s failed", pdf, exc_info=error)
            QMessageBox.warning(parent, title, str(error))
        finally:
            finished()

    def work(_progress: object, _cancelled: object) -> int:
        return paint_pdf(printer, pdf)

    label = PrintWords.tr("Printing {title}…").format(title=title)
    if run is None:
        return run_job(parent, label, work, done, failed)
    return run(label, work, done, failed)


class PrintCancelled(UserError):
    """The preview or the Print dialog was cancelled: nothing was printed, nothing logged."""


class _PreviewAsker(QObject):
    """Runs the preview and the Print dialog on the GUI thread for a worker that waits."""

    asked = Signal(object)  # (pdf, answer): the chosen QPrinter, or None, goes into `answer`

    def __init__(self, parent: QWidget, title: str, *, two_sided: bool = False) -> None:
        super().__init__(parent)
        self._parent, self._title, self._two_sided = parent, title, two_sided
        self.asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def _ask(self, request: tuple[Path, list[QPrinter | None]]) -> None:
        pdf, answer = request
        # The print run's progress dialog waits with the worker: hidden, it cannot cover the
        # preview or take its clicks; it shows again for the pages being painted.
        quiet = _QuietProgress(self._parent.window())
        try:
            if confirm_preview(self._parent, pdf, self._title):
                size = pdf_page_size_mm(pdf)
                printer = ask_printer(self._parent, size)
                if self._two_sided:
                    printer = ask_two_sided(self._parent, printer, size)
                answer.append(printer)
        except Exception:
            log.exception("the print preview of %s failed", pdf)
        finally:
            quiet.end()


class _QuietProgress(QObject):
    """Keeps the progress dialogs of `window` hidden until `end()`, also one that a job
    opens meanwhile; `end()` shows them again."""

    def __init__(self, window: QWidget) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        super().__init__()
        self._window = window
        self._hidden = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self._kind = QProgressDialog
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, self._kind)
            and self._owns(watched)
        ):
            self._hidden.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False

    def _owns(self, widget: QWidget) -> bool:
        """Whether `widget` is a window opened by the window being kept quiet (or its child)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not self._window:
            parent = parent.parentWidget()
        return parent is not None

    def end(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(self)
        for dialog in self._hidden:
            if shiboken6.isValid(dialog):
                dialog.show()


class PreviewThenPrint:
    """Print… as a `badges.Deliver`: the worker that made the PDF waits while the GUI thread
    previews it and asks for a printer, then paints the pages there. Cancelling either dialog
    raises `PrintCancelled` inside the print run, so nothing is logged and no code revoked.

    Made on the GUI thread; called on the worker.
    """

    def __init__(self, parent: QWidget, title: str, *, two_sided: bool = False) -> None:
        self._asker = _PreviewAsker(parent, title, two_sided=two_sided)
        self.pages = 0
        self.printer_name = ""

    def __call__(self, pdf: Path) -> None:
        answer: list[QPrinter | None] = []
        self._asker.asked.emit((pdf, answer))  # returns once the user has answered
        printer = answer[0] if answer else None
        if printer is None:
            raise PrintCancelled(
                PrintWords.tr("Printing cancelled: nothing was printed or logged.")
            )
        self.printer_name = printer.printerName() or printer.outputFileName()
        self.pages = paint_pdf(printer, pdf)


class QPrinterSender:
    """Delivers a finished PDF to a QPrinter (a `badges.Deliver`); keeps the page count."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.pages = 0

    def __call__(self, pdf: Path) -> None:
        self.pages = paint_pdf(self.printer, pdf)


# The desk's printer ----------------------------------------------------------------------


def desk_deliver(event_file: EventFile, printer: str, layout_name: str, title: str) -> Deliver:
    """Where the desk's badges go: the CUPS queue `printer` (`lp`), or on Windows the
    system printer of that name through QPrinter (`layout_name`: bundled or the event's).

    Raises:
        UserError: the desk has no printer yet.
    """
    if not printer:
        raise UserError("This desk has no printer yet: choose one in Desk settings… (Printer).")
    if printers.printing_supported():
        return badges.CupsSender(printer, layout_name, title, event_file)
    return QPrinterSender(named_printer(printer, badges.page_size_mm(layout_name, event_file)))


def reprint_at_desk(
    event_file: EventFile,
    delegate_id: int,
    printer: str,
    *,
    layout_name: str,
    reason: PrintReason | None,
) -> PrintOutcome:
    """One badge to the desk's printer (a worker thread's work), logged once it is sent.

    Raises:
        UserError: no printer chosen, the printer refuses, or as `badges.reprint_badge`.
    """
    deliver = desk_deliver(event_file, printer, layout_name, f"Badge {delegate_id}")
    return badges.reprint_badge_to(
        event_file, delegate_id, deliver, reason=reason, layout_name=layout_name
    )


class PrintWords(QObject):
    """The translation context of this module's words outside a class (see `ui.language`)."""


def ask_reprint_reason(parent: QWidget, name: str) -> PrintReason | None:
    """Why `name` needs another badge: lost (new code), damaged (same code), or None."""
    box = QMessageBox(QMessageBox.Icon.Question, PrintWords.tr("Reprint badge"), "", parent=parent)
    box.setText(PrintWords.tr("Why does {name} need another badge?").format(name=name))
    box.setInformativeText(
        PrintWords.tr("A lost badge gets a new code: the lost one is refused from now on. A "
                      "damaged badge is printed again with the same code. Nobody is checked in "
                      "by this.")
    )  # fmt: skip
    lost = box.addButton(PrintWords.tr("&Lost: new code"), QMessageBox.ButtonRole.AcceptRole)
    damaged = box.addButton(PrintWords.tr("&Damaged: same code"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(lost)
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    return {lost: PrintReason.LOST, damaged: PrintReason.REPRINT}.get(clicked)


Report = Callable[..., None]  # report(headline, detail, refused=...): the desk's card


class DeskPrinting(QObject):
    """The desk's badges on demand, to its printer: reprint lost, print on arrival.

    Each print is one worker job calling one service (version, drawing, sending and log in one
    transaction); what happened shows on the desk's card through `report`.

    Signals:
        printed(object): a badge is on the printer (its `PrintOutcome`).
        walked_in(object): a walk-in was added, printed and admitted (`walk_in.WalkIn`).
    """

    printed = Signal(object)
    walked_in = Signal(object)

    def __init__(
        self, parent: QWidget, event_file: EventFile, settings: QSettings, report: Report
    ) -> None:
        super().__init__(parent)
        self._parent, self._event_file, self._settings = parent, event_file, settings
        self._report = report
        self.busy = 0  # print jobs not finished yet

    def reprint_lost(self, delegate_id: int, name: str) -> Job | None:
        """Ask why, then print the person's new (or same) badge; nobody is admitted."""
        if not self.ready_to_print():
            return None
        reason = ask_reprint_reason(self._parent, name)
        if reason is None:
            return None
        printer = desk_printer(self._settings)
        done = (
            self.tr("{name}: the new badge went to {printer}; the lost badge is refused from "
                    "now on. Not checked in by this.")
            if reason == PrintReason.LOST
            else self.tr("{name}: the badge went to {printer} again, same code. Not checked in "
                         "by this.")
        ).format(name=name, printer=printer)  # fmt: skip
        return self._print(
            delegate_id, reason, lambda _outcome: self._report(self.tr("🖨  BADGE PRINTED"), done)
        )

    def on_admitted(self, result: CheckInResult) -> Job | None:
        """With "print on arrival": the badge of someone just admitted who has none yet."""
        if (
            result.outcome is not Outcome.ADMITTED
            or result.delegate_id is None
            or not prints_on_arrival(self._settings)
            or not desk_printer(self._settings)
        ):
            return None
        return self._print(result.delegate_id, None, lambda _outcome: None, only_first=True)

    def on_delegation_admitted(self, admitted: tuple[int, ...]) -> Job | None:
        """With "print on arrival": the badges of those just admitted together ("Admit the
        whole delegation") who have none yet, as one print job."""
        if not admitted or not prints_on_arrival(self._settings):
            return None
        event_file, printer = self._event_file, desk_printer(self._settings)
        if not printer:
            return None
        layout_name = desk_layout(self._settings)
        selection = badges.BadgeSelection(delegate_ids=admitted, only_unprinted=True)

        def work(_progress: object, _cancelled: object) -> PrintOutcome | None:
            if not badges.count_badges(event_file, selection):
                return None
            title = f"{len(admitted)} badges on arrival"
            deliver = desk_deliver(event_file, printer, layout_name, title)
            return badges.print_badges_to(event_file, deliver, selection, layout_name=layout_name)

        def done(outcome: PrintOutcome | None) -> None:
            if outcome is not None:
                self.printed.emit(outcome)

        return self._start(work, done)

    def walk_in(self, person: DelegateCreate, *, desk: str) -> Job | None:
        """Add `person`, print their badge on the desk's printer, admit them at `desk`."""
        if not self.ready_to_print():
            return None
        event_file, printer = self._event_file, desk_printer(self._settings)
        layout_name = desk_layout(self._settings)

        def work(_progress: object, _cancelled: object) -> walk_in_service.WalkIn:
            deliver = desk_deliver(event_file, printer, layout_name, "Walk-in badge")
            return walk_in_service.walk_in(
                event_file, person, deliver, desk=desk, layout_name=layout_name
            )

        def done(walked_in: walk_in_service.WalkIn) -> None:
            self.printed.emit(walked_in.printed)
            self.walked_in.emit(walked_in)

        return self._start(work, done)

    def ready_to_print(self) -> bool:
        """Whether the desk has a printer; if not, the card says where to choose one."""
        if desk_printer(self._settings):
            return True
        self._report(
            self.tr("NO PRINTER"),
            self.tr("This desk has no printer yet: choose one in Desk settings… (Printer)."),
            refused=True,
        )
        return False

    def _print(
        self,
        delegate_id: int,
        reason: PrintReason | None,
        on_done: Callable[[PrintOutcome], None],
        *,
        only_first: bool = False,
    ) -> Job:
        event_file, printer = self._event_file, desk_printer(self._settings)
        layout_name = desk_layout(self._settings)

        def work(_progress: object, _cancelled: object) -> PrintOutcome | None:
            if only_first and badges.has_printed_badge(event_file, delegate_id):
                return None
            return reprint_at_desk(
                event_file, delegate_id, printer, layout_name=layout_name, reason=reason
            )

        def done(outcome: PrintOutcome | None) -> None:
            if outcome is not None:
                on_done(outcome)
                self.printed.emit(outcome)

        return self._start(work, done)

    def _start(self, work: Callable[..., object], on_done: Callable[[Any], None]) -> Job:
        def done(result: object) -> None:
            self.busy -= 1
            on_done(result)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            if not isinstance(error, UserError):
                log.error("printing a badge failed", exc_info=error)
            self._report(self.tr("BADGE NOT PRINTED"), str(error), refused=True)

        self.busy += 1
        return run_job(self._parent, self.tr("Printing a badge…"), work, done, failed)
