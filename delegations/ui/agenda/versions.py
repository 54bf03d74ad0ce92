"""Programme versions: publish one with a note, see what changed since any earlier one, and
print the errata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.programme import ProgrammeChange
from delegations.services import programme
from delegations.services.event import EventFile
from delegations.services.programme import VersionRow
from delegations.ui.accessibility import named
from delegations.ui.dates import long_date, medium_date, time_text
from delegations.ui.dialogs.form import FormDialog, Submit
from delegations.ui.jobs import run_job


def version_label(version: VersionRow) -> str:
    local = version.published_at.astimezone()
    text = f"Version {version.number} — {medium_date(local.date())} {time_text(local.time())}"
    return f"{text} — {version.note}" if version.note else text


class PublishVersionDialog(FormDialog):
    """Publish the agenda as it stands as the next programme version, with a note."""

    def __init__(
        self,
        submit: Submit,
        *,
        next_number: int,
        last: VersionRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Publish programme version"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        text = self.tr(
            "The agenda as it stands becomes programme version {number}. Later changes are "
            "listed against it in Agenda ▸ Changes since a version…, the basis of an errata "
            "sheet."
        ).format(number=next_number)
        if last is not None:
            text += "\n" + self.tr("The last published: {label}.").format(label=version_label(last))
        intro.setText(text)
        self.layout().insertWidget(1, intro)
        self.note = self.add_row(
            self.tr("&Note:"),
            self.line_edit(placeholder=self.tr("e.g. sent to the printer, 12 July")),
            "Note",
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Publish"))
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"note": self.note.text()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.note.setText(values.get("note", ""))


class ChangesDialog(QDialog):
    """What changed since a chosen programme version, grouped by day.

    Args:
        versions: the published versions, oldest first.
        load: load(number) -> the changes since that version.
        print_errata: print_errata(number), or None when the app cannot print errata.
        print_on_printer: print_on_printer(number): the errata previewed and printed on a
            system printer (Print…), or None.
    """

    def __init__(
        self,
        *,
        versions: Sequence[VersionRow],
        load: Callable[[int], list[ProgrammeChange]],
        print_errata: Callable[[int], None] | None = None,
        print_on_printer: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes since a programme version"))
        self._print_on_printer = print_on_printer
        self._load = load
        self._print = print_errata
        self.version = QComboBox(self)
        for version in reversed(versions):  # the latest first
            self.version.addItem(version_label(version), version.number)
        self.version.currentIndexChanged.connect(self._on_version_changed)
        self.summary = QLabel(self)
        self.tree = named(QTreeWidget(self), self.tr("Changes since the version"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.errata_button = QPushButton(self.tr("Print errata…"), self)
        self.errata_button.setVisible(print_errata is not None)
        self.errata_button.clicked.connect(self._on_print)
        self.printer_button = QPushButton(self.tr("Print…"), self)
        self.printer_button.setToolTip(
            self.tr("Preview the errata sheet, then print it on one of the system's printers")
        )
        self.printer_button.setVisible(print_on_printer is not None)
        self.printer_button.clicked.connect(self._on_print_on_printer)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        choose = QHBoxLayout()
        caption = QLabel(self.tr("&Since:"), self)
        caption.setBuddy(self.version)
        choose.addWidget(caption)
        choose.addWidget(self.version, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errata_button)
        bottom.addWidget(self.printer_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.resize(760, 520)
        self._changes: list[ProgrammeChange] = []
        self._on_version_changed()

    def current_version(self) -> int | None:
        return self.version.currentData()

    def select_version(self, number: int) -> None:
        self.version.setCurrentIndex(self.version.findData(number))

    def changes(self) -> list[ProgrammeChange]:
        return list(self._changes)

    def sentences(self) -> list[str]:
        """The change sentences shown, in order (for tests and screen readers)."""
        result = []
        for top in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(top)
            result.extend(day.child(i).text(0) for i in range(day.childCount()))
        return result

    def _on_version_changed(self, *_args: object) -> None:
        number = self.current_version()
        self.tree.clear()
        self._changes = self._load(number) if number is not None else []
        if number is None:
            self.summary.setText(
                self.tr("No programme version has been published yet: use Agenda ▸ Publish "
                        "programme version… first.")
            )  # fmt: skip
        elif not self._changes:
            self.summary.setText(
                self.tr("Nothing has changed since version {number}.").format(number=number)
            )
        else:
            self.summary.setText(
                self.tr("%Ln change(s) since version {number}:", "", len(self._changes)).format(
                    number=number
                )
            )
        by_day: dict[dt.date, list[ProgrammeChange]] = {}
        for change in self._changes:
            by_day.setdefault(change.day, []).append(change)
        for day in sorted(by_day):
            item = QTreeWidgetItem(self.tree, [long_date(day)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for change in by_day[day]:
                child = QTreeWidgetItem(item, [change.sentence])
                child.setToolTip(0, change.sentence)
            item.setExpanded(True)
        self.errata_button.setEnabled(bool(self._changes))

    def _on_print(self) -> None:
        number = self.current_version()
        if number is not None and self._print is not None:
            self._print(number)

    def _on_print_on_printer(self) -> None:
        number = self.current_version()
        if number is not None and self._print_on_printer is not None:
            self._print_on_printer(number)


class ProgrammeVersions(QObject):
    """Agenda ▸ Publish programme version… and Changes since a version… (with Print errata…).

    Signals:
        published(int): a programme version was published; its number.
    """

    published = Signal(int)

    def __init__(self, event_file: EventFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._parent = parent

    def open_publish_dialog(self) -> PublishVersionDialog:
        """Ask for a note and publish the agenda as the next programme version."""
        versions = programme.versions(self._event_file)
        published: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            published.append(programme.publish_programme(self._event_file, values["note"]).number)

        dialog = PublishVersionDialog(
            submit,
            next_number=(versions[-1].number + 1) if versions else 1,
            last=versions[-1] if versions else None,
            parent=self._parent,
        )
        dialog.accepted.connect(lambda: self.published.emit(published[0]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_changes_dialog(self) -> ChangesDialog:
        """What changed since a published version (the latest first), with Print errata…."""
        dialog = ChangesDialog(
            versions=programme.versions(self._event_file),
            load=lambda number: programme.changes_since_version(self._event_file, number),
            print_errata=self.print_errata,
            print_on_printer=self.print_errata_on_printer,
            parent=self._parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_errata_on_printer(self, number: int) -> None:
        """The errata since version `number`, previewed and printed on a system printer."""
        import shutil
        import tempfile

        from delegations.services import booklet
        from delegations.ui import printing  # Qt's print support: loaded on first use
        from delegations.ui.widgets import show_error

        event_file, parent = self._event_file, self._parent
        folder = Path(tempfile.mkdtemp(prefix="delegations-"))

        def work(progress: Any, cancelled: Any) -> tuple[Path, int]:
            return booklet.print_errata(
                event_file, folder / "errata.pdf", since=number, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip

        def rendered(result: tuple[Path, int]) -> None:
            path, count = result
            if count < 0:  # cancelled
                shutil.rmtree(folder, ignore_errors=True)
                return
            printing.print_pdf(
                parent, path, title=self.tr("Errata since version {number}").format(number=number),
                on_printed=lambda _printer, _pages: None,
                finished=lambda: shutil.rmtree(folder, ignore_errors=True),
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            show_error(parent, self.tr("Print errata"), error)

        run_job(parent, self.tr("Printing errata…"), work, rendered, failed)

    def print_errata(self, number: int, out: Path | None = None) -> None:
        """The errata since version `number` as a PDF (asks where, unless `out` is given)."""
        if out is None:
            path, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Print errata"),
                str(self._event_file.path.with_name(f"errata since version {number}.pdf")),
                self.tr("PDF (*.pdf)"),
            )
            if not path:
                return
            out = Path(path)
        from delegations.services import booklet

        event_file = self._event_file

        def work(progress: Any, cancelled: Any) -> tuple[Path, int]:
            return booklet.print_errata(
                event_file, out, since=number, progress=progress, cancelled=cancelled
            )

        def done(result: tuple[Path, int]) -> None:
            path, count = result
            if count >= 0:
                QMessageBox.information(
                    self._parent,
                    self.tr("Print errata"),
                    self.tr("The errata (%Ln change(s)) are in {path}.", "", count).format(
                        path=path
                    ),
                )

        run_job(self._parent, self.tr("Printing errata…"), work, done)
