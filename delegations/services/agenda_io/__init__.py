"""The agenda out to calendars and schedule apps, and the whole agenda to and from JSON.

- `.ics` (`ics`): one VEVENT per session in the event's time zone, with stable UIDs.
- `.xml` (`frab`): the frab / pretalx `schedule.xml` that conference schedule apps read.
- `.json` (`json_export`, `schema`, `reading`): the whole agenda (event settings, rooms,
  speakers with photos, sessions with their speakers); `import_agenda_json` reads it back,
  all or nothing, naming the JSON path of any value it refuses.

`writing.export_agenda` picks the format by the file's suffix and writes through the one
atomic writer.
"""

from __future__ import annotations

from delegations.services.agenda_io.errors import (
    MAX_REPORTED_ERRORS,
    AgendaFileError,
    AgendaImportRefused,
)
from delegations.services.agenda_io.frab import NO_ROOM, build_frab_xml
from delegations.services.agenda_io.ics import build_ics
from delegations.services.agenda_io.json_export import agenda_to_json, build_json
from delegations.services.agenda_io.reading import (
    ImportReport,
    import_agenda,
    import_agenda_json,
    read_agenda_file,
)
from delegations.services.agenda_io.schema import (
    JSON_FORMAT,
    JSON_VERSION,
    AgendaFile,
    parse_agenda_data,
)
from delegations.services.agenda_io.snapshot import session_uid
from delegations.services.agenda_io.writing import (
    AGENDA_SUFFIXES,
    ExportResult,
    check_agenda_export_path,
    export_agenda,
)

ParsedAgenda = AgendaFile  # the name callers knew a checked agenda file by

__all__ = [
    "AGENDA_SUFFIXES",
    "JSON_FORMAT",
    "JSON_VERSION",
    "MAX_REPORTED_ERRORS",
    "NO_ROOM",
    "AgendaFile",
    "AgendaFileError",
    "AgendaImportRefused",
    "ExportResult",
    "ImportReport",
    "ParsedAgenda",
    "agenda_to_json",
    "build_frab_xml",
    "build_ics",
    "build_json",
    "check_agenda_export_path",
    "export_agenda",
    "import_agenda",
    "import_agenda_json",
    "parse_agenda_data",
    "read_agenda_file",
    "session_uid",
]
