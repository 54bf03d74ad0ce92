"""File ▸ Print programme booklet…: the booklet (paper, imposition, version), the errata sheet
since a published version, or the door sheets; rendered in a worker, the PDF opened when done,
or (Print…) its pages drawn on a system printer at their own size and 100 % (`ui.printing`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegations.services import booklet
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.dates import medium_date
from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.pdf_output import JobDialog
from delegations.ui.palette import warning_style

BOOKLET, ERRATA, DOOR_SHEETS = range(3)
CURRENT, PUBLISH = "current", "publish"


@dataclass(frozen=True, slots=True)
class Printed:
    """What a print job made: the file (None when cancelled) and a sentence about it."""

    path: Path | None
    summary: str
    published: int | None = None  # the version number published before printing


@dataclass(frozen=True, slots=True)
class _Made:
    """What a worker made, put into words back on the GUI thread (where `tr` may run)."""

    kind: int
    path: Path | None  # None: cancelled
    count: int = 0  # changes (errata), door sheets or booklet pages
    sheets: int = 0  # A4 sides of an imposed booklet
    since: int | None = None  # errata: the version
    published: int | None = None  # the version number published before printing


class BookletDialog(JobDialog):
    """Choose what to print and how; Print to PDF… renders it in a worker.

    Signals:
        printed(object): a `Printed` for a completed run.
        published(int): a programme version was published before printing.
    """

    printed = Signal(object)
    published = Signal(int)

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.open_when_done = True
        self.result_printed: Printed | None = None
        self.setWindowTitle(self.tr("Print programme booklet"))
        self.setModal(True)
        choices = booklet.print_choices(event_file)
        self._versions = choices.versions
        self._version_label = choices.version_label
        self.preflight = list(choices.preflight)
        next_number = (self._versions[-1].number if self._versions else 0) + 1

        # What to print.
        what = QGroupBox(self.tr("What to print"), self)
        self.booklet_radio = QRadioButton(self.tr("Programme booklet"), what)
        self.errata_radio = QRadioButton(self.tr("Errata sheet (A4): changes since version"), what)
        self.errata_combo = QComboBox(what)
        for version in reversed(self._versions):
            self.errata_combo.addItem(
                self.tr("{number} — published {date}").format(
                    number=version.number,
                    date=medium_date(version.published_at.astimezone().date()),
                ),
                version.number,
            )
        self.errata_radio.setEnabled(bool(self._versions))
        self.errata_combo.setEnabled(bool(self._versions))
        if not self._versions:
            self.errata_radio.setToolTip(
                self.tr("Publish a programme version first; the errata list what changed since.")
            )
        self.doors_radio = QRadioButton(
            self.tr("Door sheets (A4): one page per room and day, for the doors"), what
        )
        self.what_group = QButtonGroup(self)
        for number, radio in enumerate((self.booklet_radio, self.errata_radio, self.doors_radio)):
            self.what_group.addButton(radio, number)
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.booklet_radio)
        errata_row = QHBoxLayout()
        errata_row.addWidget(self.errata_radio)
        errata_row.addWidget(self.errata_combo, 1)
        what_layout.addLayout(errata_row)
        what_layout.addWidget(self.doors_radio)

        # The booklet's options.
        self.options = QGroupBox(self.tr("Booklet"), self)
        self.a5_radio = QRadioButton(self.tr("A5 (148 × 210 mm)"), self.options)
        self.a4_radio = QRadioButton(self.tr("A4 (210 × 297 mm)"), self.options)
        self.paper_group = QButtonGroup(self)
        self.paper_group.addButton(self.a5_radio)
        self.paper_group.addButton(self.a4_radio)
        self.a5_radio.setChecked(True)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.a5_radio)
        paper_row.addWidget(self.a4_radio)
        paper_row.addStretch(1)
        self.imposed_check = QCheckBox(
            self.tr("Impose two pages per A4 landscape sheet, in saddle-stitch order"),
            self.options,
        )
        imposed_hint = QLabel(
            self.tr("Print double-sided, flipping on the short edge; fold the stack in the "
                    "middle and staple."),
            self.options,
        )  # fmt: skip
        imposed_hint.setWordWrap(True)
        imposed_hint.setContentsMargins(22, 0, 0, 0)
        imposed_hint.setStyleSheet("color: palette(placeholder-text);")
        self.version_combo = QComboBox(self.options)
        self.version_combo.addItem(self.tr("As it stands: {label}").format(
            label=self._version_label), CURRENT)  # fmt: skip
        self.version_combo.addItem(
            self.tr("Publish the current agenda as version {number} first").format(
                number=next_number
            ),
            PUBLISH,
        )
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The printed words are the event's two languages, whatever the window's (`printing.words`).
        self.edition_combo = QComboBox(self.options)
        self.edition_combo.addItem(self.tr("English, Chinese beneath"), "en")
        self.edition_combo.addItem(self.tr("Chinese, English beneath (中文版)"), "zh_CN")
        # Heads only by default: what protocol offices print (every member of 2,000 delegates
        # is ~160 A5 pages; services.booklet.DELEGATION_LISTS).
        self.lists_combo = QComboBox(self.options)
        self.lists_combo.addItem(self.tr("Heads of delegation only"), "heads")
        self.lists_combo.addItem(self.tr("All members"), "all")
        self.lists_combo.addItem(self.tr("None"), "none")
        self.note_edit = QLineEdit(self.options)
        self.note_edit.setPlaceholderText(self.tr("e.g. Final programme for printing"))
        self.note_label = QLabel(self.tr("Version note:"), self.options)
        form = QFormLayout(self.options)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Paper:"), paper_row)
        form.addRow("", self.imposed_check)
        form.addRow("", imposed_hint)
        form.addRow(self.tr("Version:"), self.version_combo)
        form.addRow(self.tr("Edition:"), self.edition_combo)
        form.addRow(self.tr("Delegation lists:"), self.lists_combo)
        form.addRow(self.note_label, self.note_edit)

        self.buttons = QDialogButtonBox(self)
        self.print_button: QPushButton = self.buttons.addButton(
            self.tr("Print to PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)
        self.printer_button: QPushButton = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.printer_button.clicked.connect(self._on_printer_clicked)
        self.buttons.rejected.connect(self.reject)

        # Before printing: e.g. the event still called after its file.
        self.preflight_label = QLabel("\n".join(self.preflight), self)
        self.preflight_label.setWordWrap(True)
        self.preflight_label.setStyleSheet(warning_style())
        self.preflight_label.setVisible(bool(self.preflight))

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.options)
        layout.addWidget(self.preflight_label)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.booklet_radio.setChecked(True)
        self.what_group.idToggled.connect(self._update_enabled)
        self.errata_combo.currentIndexChanged.connect(self._on_errata_combo)
        self.version_combo.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    # Choices --------------------------------------------------------------------------------

    def kind(self) -> int:
        return self.what_group.checkedId()

    def choose(self, kind: int) -> None:
        self.what_group.button(kind).setChecked(True)

    def paper(self) -> str:
        return "a4" if self.a4_radio.isChecked() else "a5"

    def set_paper(self, paper: str) -> None:
        (self.a4_radio if paper == "a4" else self.a5_radio).setChecked(True)

    def edition(self) -> str:
        """The booklet's edition: "en" (English first) or "zh_CN" (Chinese first)."""
        return self.edition_combo.currentData()

    def set_edition(self, edition: str) -> None:
        self.edition_combo.setCurrentIndex(self.edition_combo.findData(edition))

    def delegation_lists(self) -> str:
        """The delegations chapter: "heads", "all" or "none"."""
        return self.lists_combo.currentData()

    def set_delegation_lists(self, lists: str) -> None:
        self.lists_combo.setCurrentIndex(self.lists_combo.findData(lists))

    def errata_since(self) -> int | None:
        return self.errata_combo.currentData()

    def _on_errata_combo(self, *_args: object) -> None:
        if self.errata_radio.isEnabled():
            self.errata_radio.setChecked(True)

    def _update_enabled(self, *_args: object) -> None:
        is_booklet = self.kind() == BOOKLET
        self.options.setEnabled(is_booklet)
        publishing = self.version_combo.currentData() == PUBLISH
        self.note_edit.setVisible(publishing)
        self.note_label.setVisible(publishing)
        self._set_printable(not self.busy())

    def _set_printable(self, printable: bool) -> None:
        self.print_button.setEnabled(printable)
        self.printer_button.setEnabled(printable)

    def suggested_name(self) -> str:
        kind = self.kind()
        if kind == ERRATA:
            return self.tr("Errata since version {number}").format(number=self.errata_since())
        if kind == DOOR_SHEETS:
            return self.tr("Door sheets")
        name = self.tr("Programme booklet {paper}").format(paper=self.paper().upper())
        name += " 中文" if self.edition() == "zh_CN" else ""
        return name + (self.tr(" imposed") if self.imposed_check.isChecked() else "")

    # Printing -------------------------------------------------------------------------------

    def _on_print_clicked(self) -> None:
        suggestion = self._event_file.path.parent / f"{self.suggested_name()}.pdf"
        path = pdf_output.ask_save_path(
            self, self.tr("Print to PDF"), suggestion, self.tr("PDF document (*.pdf)")
        )
        if path is not None:
            self.print_to(path)

    def _on_printer_clicked(self) -> None:
        self.print_on_printer()

    def print_on_printer(self) -> None:
        """Render the chosen document in a worker, then Print… it (`printing.print_pdf`: the
        pages previewed, the system's Print dialog, each page at its own size and 100 %)."""
        folder = Path(tempfile.mkdtemp(prefix="delegations-"))
        title = self.suggested_name()

        def rendered(made: _Made) -> None:
            if made.path is None:
                shutil.rmtree(folder, ignore_errors=True)
                self._on_printed(Printed(None, "", made.published))
                return
            self._set_printable(False)

            def sent(name: str, _pages: int) -> None:
                summary = self.tr("Sent to the printer {name}.").format(name=name)
                self._on_printed(Printed(made.path, summary, made.published), on_printer=True)

            def finished() -> None:
                shutil.rmtree(folder, ignore_errors=True)
                self._set_printable(True)

            printing.print_pdf(
                self, made.path, title=title, on_printed=sent, on_error=self._on_error,
                finished=finished, run=self._run,
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._set_printable(True)
            self._on_error(error)

        self._set_printable(False)
        self._show_message("")
        self._run(self._label(), self._work(folder / "print.pdf"), rendered, failed)

    def print_to(self, path: Path) -> None:
        """Render the chosen document to `path` in a worker; open it when done."""
        self._start(self._work(path), self._on_done, write_again=self.print_to)

    def _start(
        self,
        work: Callable[[Any, Any], _Made],
        on_done: Callable[[_Made], None],
        *,
        write_again: Callable[[Path], object] | None = None,
    ) -> None:
        self._set_printable(False)
        self._show_message("")

        def failed(error: BaseException) -> None:
            self._set_printable(True)
            if write_again is None:
                self._on_error(error)
            else:
                self._on_write_error(error, write_again)

        self._run(self._label(), work, on_done, failed)

    def _label(self) -> str:
        return {
            BOOKLET: self.tr("Printing the programme booklet…"),
            ERRATA: self.tr("Printing the errata sheet…"),
            DOOR_SHEETS: self.tr("Printing the door sheets…"),
        }[self.kind()]

    def _work(self, path: Path) -> Callable[[Any, Any], _Made]:
        """The worker function for the current choices (plain values only)."""
        event_file, kind = self._event_file, self.kind()
        if kind == ERRATA:
            since = self.errata_since()
            assert since is not None

            def errata(progress: Any, cancelled: Any) -> _Made:
                out, changes = booklet.print_errata(
                    event_file, path, since=since, progress=progress, cancelled=cancelled
                )
                return _Made(kind, out if changes >= 0 else None, changes, since=since)

            return errata
        if kind == DOOR_SHEETS:

            def doors(progress: Any, cancelled: Any) -> _Made:
                outcome = booklet.print_door_sheets(
                    event_file, path, progress=progress, cancelled=cancelled
                )
                return _Made(kind, None if outcome.cancelled else outcome.path, outcome.pages)

            return doors
        paper, imposed = self.paper(), self.imposed_check.isChecked()
        edition, lists = self.edition(), self.delegation_lists()
        publishing = self.version_combo.currentData() == PUBLISH
        publish_note = self.note_edit.text() if publishing else None

        def booklet_work(progress: Any, cancelled: Any) -> _Made:
            outcome = booklet.print_booklet(
                event_file, path, paper=paper, imposed=imposed, progress=progress,
                cancelled=cancelled, publish_note=publish_note, edition=edition,
                delegation_lists=lists,
            )  # fmt: skip
            made = None if outcome.cancelled else outcome.path
            return _Made(kind, made, outcome.pages, outcome.sheets, published=outcome.published)

        return booklet_work

    def _summary(self, made: _Made) -> str:
        """One sentence about the file written, counts in the language's plural forms."""
        if made.kind == ERRATA:
            changes = self.tr("%Ln change(s)", "", made.count)
            return self.tr("Errata since version {number}: {changes} written to {path}").format(
                number=made.since, changes=changes, path=made.path
            )
        if made.kind == DOOR_SHEETS:
            sheets = self.tr("%Ln door sheet(s)", "", made.count)
            return self.tr("{pages} written to {path}").format(pages=sheets, path=made.path)
        pages = self.tr("%Ln page(s)", "", made.count)
        if made.sheets:
            pages = self.tr("{pages} on %Ln A4 side(s)", "", made.sheets).format(pages=pages)
        return self.tr("Programme booklet ({pages}) written to {path}").format(
            pages=pages, path=made.path
        )

    def _on_done(self, made: _Made) -> None:
        summary = "" if made.path is None else self._summary(made)
        self._on_printed(Printed(made.path, summary, made.published))

    def _on_printed(self, printed: Printed, *, on_printer: bool = False) -> None:
        self._set_printable(True)
        if printed.published is not None:
            self.published.emit(printed.published)
        if printed.path is None:
            self._show_message(self.tr("Printing cancelled; no file was written."))
            return
        self.result_printed = printed
        if on_printer:  # the temporary file is gone: nothing to open
            printed = Printed(None, printed.summary, printed.published)
        self.printed.emit(printed)
        if self.open_when_done and not on_printer:
            pdf_output.open_document(printed.path)
        self.accept()


def open_booklet_dialog(
    parent: QWidget,
    event_file: EventFile,
    *,
    notify: Callable[[], None],
    show_message: Callable[[str], None],
) -> BookletDialog:
    """File ▸ Print programme booklet…; a published version calls `notify()` (the agenda
    shows its version)."""
    dialog = BookletDialog(event_file, parent)
    dialog.published.connect(lambda _number: notify())
    dialog.printed.connect(lambda printed: show_message(printed.summary))
    dialog.open()
    return dialog
