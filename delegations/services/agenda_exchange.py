"""Agenda ▸ Export agenda… and Import agenda… as use cases, one transaction each.

The formats themselves live in `agenda_io`; these open the event file around them so that the
window and the command line make the same single call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from delegations.services import agenda_io
from delegations.services.agenda_io import AgendaFile, ExportResult, ImportReport

if TYPE_CHECKING:
    from delegations.store import EventFile


def export_agenda_file(event_file: EventFile, path: Path) -> ExportResult:
    """Write the agenda to `path` as .ics, .xml (frab) or .json, by its suffix.

    Raises:
        AgendaFileError: the suffix is none of those, or the file cannot be written.
    """
    with event_file.session() as session:
        return agenda_io.export_agenda(session=session, path=path)


def import_agenda_file(event_file: EventFile, parsed: AgendaFile) -> ImportReport:
    """Replace the whole agenda (rooms, speakers, sessions) with a checked agenda file.

    Raises:
        AgendaImportRefused: the file does not fit this event; nothing is written.
    """
    with event_file.session() as session:
        return agenda_io.import_agenda(session=session, parsed=parsed)
