"""Print a day's transfer manifest from the Transfers window (`services.transfers.
write_manifest`), previewed, saved or printed as every document dialog does (`DocumentDialog`).
A preview is not a print: nothing is recorded; a saved copy, or one the printer has, is kept
for the next one's changes since the last print. "Only the changes" prints those alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from delegations.domain.transfers import Direction
from delegations.services import transfers
from delegations.services.event import EventFile
from delegations.ui.dialogs.document_dialog import DocumentDialog, Render


class ManifestPrintDialog(DocumentDialog):
    """The day's manifest in one direction, previewed; saved or printed.

    Signals:
        recorded(): a copy was saved or printed (the window shows no changes since then).
    """

    recorded = Signal()

    def __init__(self, event_file: EventFile, day: dt.date, direction: Direction,
                 heading: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(event_file, parent)
        self._day, self._direction, self._heading = day, direction, heading
        self.setWindowTitle(self.tr("Print manifest"))
        self.what = QLabel(heading, self)
        self.changes_only = QCheckBox(self.tr("&Only the changes since the last print"), self)
        form = QFormLayout()
        form.addRow(self.what)
        form.addRow(self.changes_only)
        self._lay_out(form, height=720)
        self.changes_only.toggled.connect(self.refresh_preview)
        self.refresh_preview()

    def suggested_name(self) -> str:
        return self.tr("Manifest – {what}").format(what=self._heading)

    def renderer(self, *, keep: bool = True) -> Render:
        event_file, day, direction = self._event_file, self._day, self._direction
        only = self.changes_only.isChecked()

        def render(path: Path) -> transfers.ManifestWritten:
            return transfers.write_manifest(
                event_file, day, path, direction=direction, changes_only=only, record=keep
            )

        return render

    def kept(self, *, by_printer: bool) -> None:
        if by_printer:
            transfers.record_print(self._event_file, self._day, direction=self._direction)
        self.recorded.emit()
