"""Print badges… (whose badges, which layout, a picture of the first page, preflight) and
Reprint badge… (one person, the reason asked first).

Everything slow runs in `run_job` workers, each job a few service calls that own their
transactions: the preview job runs the preflight and renders the first page (the real PDF
page, drawn with PDFium, see `pdf_output`); the print job writes the PDF and logs `BadgePrint`
(`print_badges`; one person's reprint is `reprint_badge`, version, drawing and log in one
transaction). Print… sends the same PDF to a system printer through QPrinter (`ui.printing`:
the layout's page size, 100 %), logged once the pages are on the printer. The dialogs keep only
plain data (ids, names, the chosen layout) and, while printing, the QPrinter.

The layouts offered are the bundled ones, then the event's own; Print badges… offers first
"Each person's role layout" (layout None: the services group people by their role's layout).
A run whose layouts all have a back prints two-sided: the printer is asked for duplex.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.models import PrintReason
from delegations.progress import Cancelled, Progress
from delegations.services import badges
from delegations.services import layouts as layout_service
from delegations.services.badges import BadgeSelection, Deliver, Issue, PrintOutcome
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.accessibility import named
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog
from delegations.ui.jobs import Job
from delegations.ui.palette import is_dark
from delegations.ui.widgets import heading, severity_icon

BADGES = "badges"  # what `printed` tells the main window's data_changed

Work = Callable[[Progress, Cancelled], PrintOutcome]  # a print run, for the worker thread


@dataclass(frozen=True, slots=True)
class DelegationChoice:
    """A delegation the dialog offers, with the ids of its members (from the tab's rows)."""

    id: int
    name: str
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class BadgePreview:
    """The preview job's result: plain data only."""

    count: int
    pages: int
    png: bytes | None  # the first page; None when nothing to print or no PDFium
    issues: list[Issue] = field(default_factory=list)
    two_sided: bool = False  # every layout of the run has a back, on the next page


def _page_count(layout: object, count: int) -> int:
    """The pages `count` badges take on `layout` (a repeated or folded badge: one a page;
    a back: each sheet twice)."""
    sheet = layout.sheet  # type: ignore[attr-defined]
    per_page = 1 if sheet.repeat or sheet.fold is not None else max(sheet.per_page, 1)
    return math.ceil(count / per_page) * (2 if layout.duplex else 1)  # type: ignore[attr-defined]


def make_preview(
    event_file: EventFile,
    selection: BadgeSelection,
    layout_name: str | None,
    family_caps: bool | None = None,
) -> BadgePreview:
    """Count, preflight and draw the first page of a selection (on a worker thread);
    `layout_name` None: each person's role's layout."""
    plan = badges.layout_counts(event_file, selection, layout_name)
    count = sum(n for _layout, n in plan)
    pages = sum(_page_count(layout, n) for layout, n in plan)
    two_sided = bool(plan) and all(layout.duplex for layout, _n in plan)
    if not count:
        return BadgePreview(0, 0, None, two_sided=two_sided)
    issues = badges.preflight_badges(event_file, selection, layout_name, family_caps=family_caps)
    pdf = badges.render_preview(event_file, selection, layout_name, family_caps=family_caps)
    return BadgePreview(count, pages, pdf_output.first_page_png(pdf), issues, two_sided)


class PagePreview(QLabel):
    """A page drawn as an image, scaled to the space it has, on a quiet grey desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(260, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # The grey desk the page lies on: lighter than the window in light, darker in dark.
        desk, words = ("#2b2e33", "#c9ccd1") if is_dark() else ("#d9dbde", "#4a4a4a")
        self.setStyleSheet(f"PagePreview {{ background: {desk}; color: {words}; }}")
        self.setWordWrap(True)

    def set_png(self, png: bytes | None, message: str = "") -> None:
        self._image = QImage.fromData(png, "PNG") if png else QImage()
        if self._image.isNull():
            self.setPixmap(QPixmap())
            self.setText(message)
        else:
            self.setText("")
            self._fit()

    def image(self) -> QImage:
        return self._image

    def _fit(self) -> None:
        if self._image.isNull():
            return
        room = self.contentsRect().size() - QSize(24, 24)
        scaled = self._image.scaled(
            room.expandedTo(QSize(16, 16)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class _PrintDialog(JobDialog):
    """What both dialogs share: a layout choice, Print… → PDF, opening it when done.

    Signals:
        printed(object): the `PrintOutcome` of a finished print run (the PDF exists).
    """

    printed = Signal(object)
    offers_role_layouts = False  # "Each person's role layout" first in the layout choice

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.open_when_done = True  # open the PDF in the system viewer when printed
        self.outcome: PrintOutcome | None = None
        self.setModal(True)

        self.layout_combo = QComboBox(self)
        self._family_caps_defaults: dict[str, bool] = {}
        self._two_sided: dict[str, bool] = {}
        self.fill_layouts()
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Follows the chosen layout's setting; ticking it or not decides for this run.
        self.family_caps_check = QCheckBox(self.tr("Family name in capitals"), self)
        self.family_caps_check.setToolTip(
            self.tr("Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that "
                    "nobody can mistake which part of a name it is.")
        )  # fmt: skip
        self.layout_combo.currentIndexChanged.connect(self._follow_layout_family_caps)
        self._follow_layout_family_caps()
        self.buttons = QDialogButtonBox(self)
        self.print_button: QPushButton = self.buttons.addButton(
            self.tr("Print to PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)
        self.printer_button: QPushButton = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.printer_button.setToolTip(
            self.tr("Print on a system printer, at the layout's page size and 100 % scale.")
        )
        self.close_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.print_button.clicked.connect(self._on_print_clicked)
        self.printer_button.clicked.connect(self._on_printer_clicked)
        self.close_button.clicked.connect(self.reject)

    def _set_printable(self, printable: bool) -> None:
        self.print_button.setEnabled(printable)
        self.printer_button.setEnabled(printable)

    def fill_layouts(self) -> None:
        """The layout choice: the bundled layouts, then the event's own (read again after
        the layouts were managed); the chosen one stays chosen if it still exists."""
        combo, chosen = self.layout_combo, self.layout_combo.currentData()
        had_choice = combo.count() > 0
        combo.blockSignals(True)
        combo.clear()
        if self.offers_role_layouts:
            combo.addItem(self.tr("Each person's role layout"), None)
            combo.setItemData(
                0,
                self.tr("Each person gets the layout of their role (Badge layouts… ▸ Use for "
                        "role…), the default layout if their role has none."),
                Qt.ItemDataRole.ToolTipRole,
            )  # fmt: skip
            combo.insertSeparator(combo.count())
        own_started = False
        for entry in layout_service.list_event_layouts(self._event_file):
            if not entry.bundled and not own_started:
                combo.insertSeparator(combo.count())  # the event's own after the bundled
                own_started = True
            combo.addItem(entry.layout.title, entry.name)
            self._family_caps_defaults[entry.name] = entry.layout.family_name_caps
            self._two_sided[entry.name] = entry.layout.duplex
        index = combo.findData(chosen) if had_choice else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if had_choice and combo.currentData() != chosen:
            combo.currentIndexChanged.emit(combo.currentIndex())

    # Choices --------------------------------------------------------------------------------

    def layout_name(self) -> str | None:
        """The chosen layout's name; None: each person's role's layout."""
        return self.layout_combo.currentData()

    def set_layout(self, name: str | None) -> None:
        index = self.layout_combo.findData(name)
        if index < 0:
            raise ValueError(name)
        self.layout_combo.setCurrentIndex(index)

    def layout_titles(self) -> list[str]:
        """The layout choice as the user reads it (the separators left out)."""
        combo = self.layout_combo
        return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]

    def prints_two_sided(self) -> bool:
        """Whether the chosen layout (or every role layout of the run) has a back."""
        name = self.layout_name()
        if name is None:
            preview = getattr(self, "last_preview", None)
            return preview is not None and preview.two_sided
        return self._two_sided.get(name, False)

    def family_caps(self) -> bool | None:
        """Whether the family name prints in capitals ("BAI Zhen") in this run; None (the
        box partly ticked, for role layouts): as each layout says."""
        if self.family_caps_check.checkState() == Qt.CheckState.PartiallyChecked:
            return None
        return self.family_caps_check.isChecked()

    def _follow_layout_family_caps(self, *_args: object) -> None:
        name = self.layout_combo.currentData()
        self.family_caps_check.setTristate(name is None)
        if name is None:
            # Partly ticked: each role's layout decides; a click decides for everyone.
            self.family_caps_check.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.family_caps_check.setChecked(self._family_caps_defaults.get(name, False))

    def selection(self) -> BadgeSelection:
        raise NotImplementedError

    def reason(self) -> PrintReason | None:
        return None

    def suggested_name(self) -> str:
        return self.tr("Badges")

    # Printing -------------------------------------------------------------------------------

    def _on_print_clicked(self) -> None:
        suggestion = self._event_file.path.parent / f"{self.suggested_name()}.pdf"
        path = pdf_output.ask_save_path(
            self, self.tr("Print badges to PDF"), suggestion, self.tr("PDF document (*.pdf)")
        )
        if path is not None:
            self.print_to(path)

    def _on_printer_clicked(self) -> None:
        self.print_with_preview()

    def print_with_preview(self) -> Job:
        """Print…: the badges made in a worker, previewed, then on the printer chosen in the
        Print dialog (`printing.PreviewThenPrint`); logged only once they are on it."""
        two_sided = self.prints_two_sided()
        deliver = printing.PreviewThenPrint(self, self.suggested_name(), two_sided=two_sided)
        return self._start(self.print_work(Path(), deliver))

    def print_work(self, path: Path, deliver: Deliver | None = None) -> Work:
        """The print run for the current choices, as plain data for the worker thread: to
        `path`, or (with `deliver`) to a printer."""
        event_file, selection = self._event_file, self.selection()
        layout_name, reason = self.layout_name(), self.reason()
        family_caps = self.family_caps()

        def work(progress: Progress, cancelled: Cancelled) -> PrintOutcome:
            options = {
                "layout_name": layout_name, "reason": reason, "family_caps": family_caps,
                "progress": progress, "cancelled": cancelled,
            }  # fmt: skip
            if deliver is not None:
                return badges.print_badges_to(event_file, deliver, selection, **options)
            return badges.print_badges(event_file, path, selection, **options)

        return work

    def print_on(self, printer: QPrinter) -> Job:
        """Send the chosen badges to `printer` in a worker (pages drawn from the PDF at 100 %);
        log them once they are on the printer."""
        return self._start(self.print_work(Path(), printing.QPrinterSender(printer)))

    def print_to(self, path: Path) -> Job:
        """Render the chosen badges to `path` in a worker; log them; open the PDF when done."""
        return self._start(self.print_work(path), write_again=self.print_to)

    def _start(self, work: Work, *, write_again: Callable[[Path], object] | None = None) -> Job:
        self._set_printable(False)
        self._show_message("")

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            if write_again is None:
                self._on_error(error)
            else:
                self._on_write_error(error, write_again)

        return self._run(self.tr("Printing badges…"), work, self._on_printed, failed)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self._set_printable(True)
        if outcome.cancelled:
            self._show_message(self.tr("Printing cancelled; no file was written, nothing logged."))
            return
        self.outcome = outcome
        self.printed.emit(outcome)
        if self.open_when_done and outcome.path is not None:
            pdf_output.open_document(outcome.path)
        self.accept()


class BadgesDialog(_PrintDialog):
    """Print badges…: all / selected / one delegation, optionally only those not yet printed."""

    ALL, SELECTED, DELEGATION = range(3)
    offers_role_layouts = True

    def __init__(
        self,
        event_file: EventFile,
        *,
        delegations: Sequence[DelegationChoice] = (),
        selected_ids: Sequence[int] = (),
        delegation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(event_file, parent)
        self.setWindowTitle(self.tr("Print badges"))
        self._selected_ids = tuple(selected_ids)
        self._delegations = list(delegations)
        self.last_preview: BadgePreview | None = None
        self._generation = 0

        # Whose badges.
        who = QGroupBox(self.tr("Whose badges"), self)
        self.all_radio = QRadioButton(self.tr("All delegates"), who)
        self.selected_radio = QRadioButton(
            self.tr("Selected delegates ({count:,})").format(count=len(self._selected_ids)), who
        )
        self.selected_radio.setEnabled(bool(self._selected_ids))
        if not self._selected_ids:
            self.selected_radio.setToolTip(
                self.tr("Select delegates in the table first to print only theirs.")
            )
        self.delegation_radio = QRadioButton(self.tr("One delegation:"), who)
        self.delegation_combo = QComboBox(who)
        for choice in self._delegations:
            self.delegation_combo.addItem(
                self.tr("{name} ({count:,})").format(name=choice.name,
                                                     count=len(choice.member_ids)),
                choice.id,
            )  # fmt: skip
        self.delegation_radio.setEnabled(bool(self._delegations))
        self.unprinted_check = QCheckBox(
            self.tr("Only people whose badge has not been printed yet"), who
        )
        self.who_group = QButtonGroup(self)
        for number, radio in enumerate(
            (self.all_radio, self.selected_radio, self.delegation_radio)
        ):
            self.who_group.addButton(radio, number)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.all_radio)
        who_layout.addWidget(self.selected_radio)
        delegation_row = QHBoxLayout()
        delegation_row.addWidget(self.delegation_radio)
        delegation_row.addWidget(self.delegation_combo, 1)
        who_layout.addLayout(delegation_row)
        who_layout.addSpacing(4)
        who_layout.addWidget(self.unprinted_check)

        layout_box = QGroupBox(self.tr("Layout"), self)
        layout_form = QFormLayout(layout_box)
        self.layouts_button = QPushButton(self.tr("Layouts…"), layout_box)
        self.layouts_button.setToolTip(
            self.tr("Badge layouts: duplicate one to edit, use one for a role, export, import.")
        )
        self.layouts_button.clicked.connect(self.open_layouts)
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.layout_combo, 1)
        layout_row.addWidget(self.layouts_button)
        layout_form.addRow(layout_row)
        layout_form.addRow(self.family_caps_check)

        # Preflight.
        self.preflight_heading = heading(self.tr("Check before printing"), self)
        self.preflight_list = named(QListWidget(self), self.preflight_heading.text())
        self.preflight_list.setWordWrap(True)
        self.preflight_list.setMinimumHeight(90)
        self.preflight_ok = QLabel(self)
        self.preflight_ok.setWordWrap(True)
        self.preflight_ok.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(layout_box)
        left.addSpacing(6)
        left.addWidget(self.preflight_heading)
        left.addWidget(self.preflight_list, 1)
        left.addWidget(self.preflight_ok, 1)

        # Preview.
        self.preview = PagePreview(self)
        self.preview.set_png(None, self.tr("Preparing the preview…"))
        self.preview_caption = QLabel(self)
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("First page"), self))
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_caption)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 640)

        # Defaults: the selection if there is one, else the delegation shown, else everyone.
        if len(self._selected_ids) > 1:
            self.selected_radio.setChecked(True)
        elif delegation_id is not None and self.delegation_combo.findData(delegation_id) >= 0:
            self.delegation_radio.setChecked(True)
            self.delegation_combo.setCurrentIndex(self.delegation_combo.findData(delegation_id))
        else:
            self.all_radio.setChecked(True)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.who_group.idToggled.connect(self._on_choice_changed)
        self.delegation_combo.currentIndexChanged.connect(self._on_delegation_combo)
        self.unprinted_check.toggled.connect(self._on_choice_changed)
        self.layout_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.family_caps_check.toggled.connect(self._on_choice_changed)
        self._update_enabled()
        self.refresh_preview()

    # Choices --------------------------------------------------------------------------------

    def choose(self, which: int, *, delegation_id: int | None = None) -> None:
        """Pick ALL, SELECTED or DELEGATION (with `delegation_id`), as a user would."""
        if delegation_id is not None:
            self.delegation_combo.setCurrentIndex(self.delegation_combo.findData(delegation_id))
        button = self.who_group.button(which)
        button.setChecked(True)

    def selection(self) -> BadgeSelection:
        which = self.who_group.checkedId()
        only = self.unprinted_check.isChecked()
        if which == self.SELECTED:
            return BadgeSelection(delegate_ids=list(self._selected_ids), only_unprinted=only)
        if which == self.DELEGATION:
            delegation_id = self.delegation_combo.currentData()
            choice = next(c for c in self._delegations if c.id == delegation_id)
            return BadgeSelection(delegate_ids=list(choice.member_ids), only_unprinted=only)
        return BadgeSelection(only_unprinted=only)

    def suggested_name(self) -> str:
        which = self.who_group.checkedId()
        if which == self.DELEGATION:
            part = next(c.name for c in self._delegations
                        if c.id == self.delegation_combo.currentData())  # fmt: skip
        elif which == self.SELECTED:
            part = self.tr("selected")
        else:
            part = self.tr("all")
        if self.unprinted_check.isChecked():
            part += " " + self.tr("not yet printed")
        layout = self.layout_name() or self.tr("by role")
        name = self.tr("Badges {part} {layout}").format(part=part, layout=layout)
        return "".join(ch if ch not in '\\/:*?"<>|' else " " for ch in name)

    def open_layouts(self) -> QWidget:
        """Badge layouts… (the manager); the layout choice is read again when it closes."""
        from delegations.ui.badges.layouts_dialog import open_layouts_dialog

        manager = open_layouts_dialog(self, self._event_file)
        manager.finished.connect(self._on_layouts_managed)
        return manager

    def _on_layouts_managed(self, *_args: object) -> None:
        self.fill_layouts()
        self._on_choice_changed()  # a role's layout may have changed

    def _on_delegation_combo(self, *_args: object) -> None:
        if not self.delegation_radio.isChecked():
            self.delegation_radio.setChecked(True)  # toggling schedules the preview
        else:
            self._on_choice_changed()

    def _on_choice_changed(self, *_args: object) -> None:
        self._update_enabled()
        self._preview_timer.start()

    def _update_enabled(self) -> None:
        self.delegation_combo.setEnabled(bool(self._delegations))

    # Preview --------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Count, preflight and draw the first page in a worker; only the latest one shows."""
        self._generation += 1
        generation = self._generation
        event_file, selection, layout_name = self._event_file, self.selection(), self.layout_name()
        family_caps = self.family_caps()
        self._set_printable(False)
        self.preview_caption.setText(self.tr("Preparing the preview…"))

        def done(preview: BadgePreview) -> None:
            if generation == self._generation:
                self._show_preview(preview)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.preview.set_png(None, self.tr("No preview."))
                self.preview_caption.setText("")
                self._on_error(error)

        self._run(
            self.tr("Preparing the preview…"),
            lambda _progress, _cancelled: make_preview(
                event_file, selection, layout_name, family_caps
            ),
            done,
            failed,
        )

    def _show_preview(self, preview: BadgePreview) -> None:
        self.last_preview = preview
        if not preview.count:
            self.preview.set_png(None, self.tr("No badges to print for this choice."))
            self.preview_caption.setText("")
        else:
            self.preview.set_png(
                preview.png,
                self.tr("The preview needs PDFium (the pypdfium2 package); printing works "
                        "without it."),
            )  # fmt: skip
            caption = self.tr("{badges} on {pages}").format(
                badges=self.tr("%Ln badge(s)", "", preview.count),
                pages=self.tr("%Ln page(s)", "", preview.pages),
            )
            if preview.two_sided:
                caption = self.tr("{caption}, printed two-sided (each back on the reverse)").format(
                    caption=caption
                )
            self.preview_caption.setText(caption)
        self._set_printable(preview.count > 0)
        self.preflight_list.clear()
        for issue in preview.issues:
            item = QListWidgetItem(severity_icon(issue.kind == "missing glyphs"), str(issue))
            item.setData(Qt.ItemDataRole.UserRole, issue.delegate_id)
            self.preflight_list.addItem(item)
        has_issues = bool(preview.issues)
        self.preflight_heading.setText(
            self.tr("Check before printing ({count:,})").format(count=len(preview.issues))
            if has_issues else self.tr("Check before printing")
        )  # fmt: skip
        self.preflight_list.setVisible(has_issues)
        self.preflight_ok.setVisible(not has_issues)
        self.preflight_ok.setText(
            self.tr("Every name has a font for all its characters and fits at a readable size.")
            if preview.count
            else ""
        )

    def preflight_texts(self) -> list[str]:
        return [self.preflight_list.item(i).text() for i in range(self.preflight_list.count())]


class ReprintDialog(_PrintDialog):
    """Reprint badge…: one person; the reason (reprint or lost) is asked before printing."""

    def __init__(
        self,
        event_file: EventFile,
        *,
        delegate_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(event_file, parent)
        self._delegate_id = delegate_id
        self._name = name
        self.setWindowTitle(self.tr("Reprint badge"))
        never_printed = not badges.has_printed_badge(event_file, delegate_id)
        self.never_printed = never_printed

        title = heading(name, self)
        question = QLabel(self)
        question.setWordWrap(True)
        self.reprint_radio = QRadioButton(self.tr("Reprint the same badge"), self)
        reprint_hint = self._hint(
            self.tr("It was damaged, misprinted or left behind. The code on the old badge stays "
                    "valid.")
        )  # fmt: skip
        self.lost_radio = QRadioButton(self.tr("The badge was lost — print a new one"), self)
        lost_hint = self._hint(
            self.tr("The new badge gets a new code; the lost badge will be refused at check-in.")
        )
        self.reason_group = QButtonGroup(self)
        self.reason_group.addButton(self.reprint_radio)
        self.reason_group.addButton(self.lost_radio)
        self.reason_group.buttonToggled.connect(self._update_enabled)

        form = QFormLayout()
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow("", self.family_caps_check)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(question)
        layout.addSpacing(6)
        if never_printed:
            question.setText(
                self.tr("No badge has been printed for this person yet; this will be their "
                        "first badge.")
            )  # fmt: skip
            for widget in (self.reprint_radio, reprint_hint, self.lost_radio, lost_hint):
                widget.hide()
        else:
            question.setText(self.tr("Why is the badge printed again?"))
        for widget in (self.reprint_radio, reprint_hint, self.lost_radio, lost_hint):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_enabled()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 4)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _update_enabled(self, *_args: object) -> None:
        chosen = self.never_printed or self.reason_group.checkedButton() is not None
        self._set_printable(chosen and not self.busy())

    def choose_reason(self, reason: PrintReason) -> None:
        (self.lost_radio if reason == PrintReason.LOST else self.reprint_radio).setChecked(True)

    def reason(self) -> PrintReason | None:
        if self.never_printed:
            return None  # logged as "first"
        if self.lost_radio.isChecked():
            return PrintReason.LOST
        if self.reprint_radio.isChecked():
            return PrintReason.REPRINT
        raise ValueError("choose a reason first")

    def selection(self) -> BadgeSelection:
        return BadgeSelection(delegate_ids=[self._delegate_id])

    def suggested_name(self) -> str:
        name = self.tr("Badge {name} {layout}").format(name=self._name, layout=self.layout_name())
        return "".join(ch if ch not in '\\/:*?"<>|' else " " for ch in name)

    def print_work(self, path: Path, deliver: Deliver | None = None) -> Work:
        """One badge: its version, drawing and log in one transaction (`reprint_badge`)."""
        event_file, delegate_id = self._event_file, self._delegate_id
        layout_name, reason = self.layout_name(), self.reason()
        family_caps = self.family_caps()

        def work(_progress: Progress, _cancelled: Cancelled) -> PrintOutcome:
            options = {"reason": reason, "layout_name": layout_name, "family_caps": family_caps}
            if deliver is not None:
                return badges.reprint_badge_to(event_file, delegate_id, deliver, **options)
            return badges.reprint_badge(event_file, delegate_id, path, **options)

        return work


# Opening from the Delegations tab ---------------------------------------------------------


def open_badges_dialog(
    parent: QWidget,
    event_file: EventFile,
    *,
    delegations: Sequence[DelegationChoice],
    selected_ids: Sequence[int],
    delegation_id: int | None,
    notify: Callable[[str], None],
) -> BadgesDialog:
    dialog = BadgesDialog(
        event_file, delegations=delegations, selected_ids=selected_ids,
        delegation_id=delegation_id, parent=parent,
    )  # fmt: skip
    dialog.printed.connect(lambda _outcome: notify(BADGES))
    dialog.open()
    return dialog


def open_reprint_dialog(
    parent: QWidget,
    event_file: EventFile,
    *,
    delegate_id: int,
    name: str,
    notify: Callable[[str], None],
) -> ReprintDialog:
    dialog = ReprintDialog(event_file, delegate_id=delegate_id, name=name, parent=parent)
    dialog.printed.connect(lambda _outcome: notify(BADGES))
    dialog.open()
    return dialog
