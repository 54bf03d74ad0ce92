"""Agenda ▸ Export agenda… and Import agenda…: choose the file, ask, call the service, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from delegations.domain.errors import UserError
from delegations.services import agenda_io
from delegations.services.agenda_exchange import export_agenda_file, import_agenda_file
from delegations.services.event import EventFile
from delegations.ui.widgets import show_error


class AgendaExchange(QObject):
    """The agenda to and from files, with the Agenda tab as the parent of every box.

    Signals:
        imported(): the agenda was replaced by an imported one (rooms and speakers too).
    """

    imported = Signal()

    def __init__(self, event_file: EventFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._parent = parent

    def export_agenda(self, path: Path | None = None) -> bool:
        """Write the agenda to .ics, .xml (frab) or .json; asks for the file if not given."""
        if path is None:
            path = self._ask_export_path()
            if path is None:
                return False
        try:
            result = export_agenda_file(self._event_file, path)
        except UserError as error:
            show_error(self._parent, self.tr("Export agenda"), error)
            return False
        QMessageBox.information(
            self._parent,
            self.tr("Export agenda"),
            self.tr("%Ln session(s) written to {path}.", "", result.sessions).format(
                path=result.path
            ),
        )
        return True

    def _ask_export_path(self) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export agenda"),
            str(self._event_file.path.with_name("agenda.ics")),
            ";;".join(
                (
                    self.tr("Calendar (*.ics)"),
                    self.tr("Schedule for conference apps, frab XML (*.xml)"),
                    self.tr("The whole agenda, JSON (*.json)"),
                )
            ),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(chosen[chosen.rfind("*.") + 1 : -1])

    def import_agenda(self, current_sessions: int, path: Path | None = None) -> bool:
        """Replace the agenda with an exported .json file, after asking; refusals are shown."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("Import agenda"),
                str(self._event_file.path.parent),
                self.tr("Agenda exported as JSON (*.json)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            parsed = agenda_io.read_agenda_file(path)
        except UserError as error:
            show_error(self._parent, self.tr("Import agenda"), error)
            return False
        answer = QMessageBox.question(
            self._parent,
            self.tr("Import agenda"),
            self.tr(
                "Replace the whole agenda — {current}, their rooms and speakers — with the "
                "{count} in {name}?\n\nThis cannot be undone with Undo; publish a programme "
                "version or save a copy of the event first if you may want the current agenda "
                "back."
            ).format(
                current=self.sessions(current_sessions),
                count=self.sessions(len(parsed.sessions)),
                name=path.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            report = import_agenda_file(self._event_file, parsed)
        except UserError as error:
            show_error(self._parent, self.tr("Import agenda"), error)
            return False
        self.imported.emit()
        message = self.tr("Imported {sessions}, {rooms} and {speakers}.").format(
            sessions=self.sessions(report.sessions),
            rooms=self.tr("%Ln room(s)", "", report.rooms),
            speakers=self.tr("%Ln speaker(s)", "", report.speakers),
        )
        if report.unlinked:
            message += "\n" + self.tr("Not linked to a delegate of this event: {names}.").format(
                names=", ".join(report.unlinked)
            )
        QMessageBox.information(self._parent, self.tr("Import agenda"), message)
        return True

    def sessions(self, count: int) -> str:
        """ "1 session", "2 sessions"."""
        return self.tr("%Ln session(s)", "", count)
