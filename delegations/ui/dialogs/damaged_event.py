"""A damaged event file, at start-up or from File ▸ Open: say so, offer its newest good backup
or another file, so that a damaged default file never locks the user out.

The box only asks; `services.backups.recover` sets the damaged file aside (renamed beside it
with the date, its bytes untouched), puts the backup in its place and opens it.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from delegations.domain.errors import UserError
from delegations.services import backups
from delegations.services.event import EventFile, open_event
from delegations.ui.dates import local_date_time


class Choice(enum.Enum):
    RESTORE = enum.auto()
    ANOTHER_FILE = enum.auto()
    CANCEL = enum.auto()


class DamagedEventBox(QMessageBox):
    """The damaged file's sentence; Restore the backup (when there is one that passes the
    check), Open another file…, and Quit at start-up or Cancel in the window."""

    def __init__(
        self, report: backups.DamageReport, parent: QWidget | None = None, *, at_start: bool
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Damaged event file"))
        self.setText(report.sentence)
        self.setInformativeText(self._offer())
        # Standard buttons with our words: exec() then answers which one was pressed.
        buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
        if report.backup is not None:
            buttons |= QMessageBox.StandardButton.Yes
        self.setStandardButtons(buttons)
        self.restore_button = self.button(QMessageBox.StandardButton.Yes)
        if self.restore_button is not None:
            self.restore_button.setText(self.tr("&Restore the backup"))
        self.button(QMessageBox.StandardButton.Open).setText(self.tr("&Open another file…"))
        self.button(QMessageBox.StandardButton.Cancel).setText(
            self.tr("&Quit") if at_start else self.tr("Cancel")
        )
        self.setDefaultButton(
            QMessageBox.StandardButton.Yes
            if report.backup is not None
            else QMessageBox.StandardButton.Open
        )
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def _offer(self) -> str:
        backup = self.report.backup
        if backup is None:
            return self.tr("There is no backup of it that passes the check.")
        return self.tr(
            "The newest backup that passes the check is from {time}. Restoring it keeps the "
            "damaged file beside it, renamed with today's date; changes made after the backup "
            "are not in it."
        ).format(time=local_date_time(backup.taken_at, seconds=True))

    def ask(self) -> Choice:
        """Show the box modally; what the user chose."""
        answer = QMessageBox.StandardButton(self.exec())
        if answer == QMessageBox.StandardButton.Yes and self.report.backup is not None:
            return Choice.RESTORE
        if answer == QMessageBox.StandardButton.Open:
            return Choice.ANOTHER_FILE
        return Choice.CANCEL


def ask(damaged: backups.DamagedEventFile, parent: QWidget | None, *, at_start: bool) -> Choice:
    box = DamagedEventBox(backups.damage_report(damaged), parent, at_start=at_start)
    try:
        return box.ask()
    finally:
        box.deleteLater()


def recover_or_choose(
    damaged: backups.DamagedEventFile, parent: QWidget | None = None, *, at_start: bool = False
) -> EventFile | None:
    """Ask what to do with the damaged file; the event then open, or None (cancelled).

    Another file that is damaged too is asked about in turn; one refused otherwise is said
    and the question asked again.
    """
    while True:
        choice = ask(damaged, parent, at_start=at_start)
        if choice is Choice.CANCEL:
            return None
        try:
            if choice is Choice.RESTORE:
                report = backups.damage_report(damaged)
                assert report.backup is not None
                return backups.recover(damaged.path, report.backup)
            chosen = _choose_file(parent, damaged.path.parent)
            if chosen is not None:
                return open_event(chosen)
        except backups.DamagedEventFile as other:
            damaged = other
        except UserError as error:
            QMessageBox.warning(parent, DamagedEventBox.tr("Damaged event file"), str(error))


def _choose_file(parent: QWidget | None, folder: Path) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        DamagedEventBox.tr("Open event"),
        str(folder),
        DamagedEventBox.tr("Delegations event (*.sqlite3);;All files (*)"),
    )
    return Path(path) if path else None


def recover_at_start(damaged: backups.DamagedEventFile) -> EventFile | None:
    """Start-up on a damaged file (no window yet): the same question; None to quit.

    Offscreen nobody could answer: None, and the command line says the sentence.
    """
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    from delegations.ui.app import _application

    _application()
    assert QApplication.instance() is not None
    return recover_or_choose(damaged, None, at_start=True)
