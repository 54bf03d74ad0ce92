"""Export the agenda to a file whose suffix picks the format, through the one atomic writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from delegations.domain.models import AgendaSession
from delegations.files import write_atomically
from delegations.services.agenda_io.errors import AgendaFileError
from delegations.services.agenda_io.frab import build_frab_xml
from delegations.services.agenda_io.ics import build_ics
from delegations.services.agenda_io.json_export import build_json

_BUILDERS: dict[str, Callable[..., bytes]] = {
    ".ics": build_ics, ".xml": build_frab_xml, ".json": build_json,
}  # fmt: skip
AGENDA_SUFFIXES = tuple(_BUILDERS)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sessions: int


def check_agenda_export_path(path: Path) -> None:
    if Path(path).suffix.lower() not in AGENDA_SUFFIXES:
        raise AgendaFileError(
            f"{path}: give a file name ending in .ics (calendar), .xml (frab schedule) or "
            ".json (the whole agenda)."
        )


def _write_file(path: Path, data: bytes) -> Path:
    """Replace the file at `path` by `data` (the one atomic writer)."""
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise AgendaFileError(f"{path} is a folder; give a file name.")
    try:
        return write_atomically(path, data, make_folder=False)
    except OSError as error:
        raise AgendaFileError(f"Cannot write {path}: {error.strerror or error}.") from error


def export_agenda(*, session: Session, path: Path) -> ExportResult:
    """Write the agenda to `path` as .ics, .xml or .json, by its suffix."""
    check_agenda_export_path(path)
    data = _BUILDERS[Path(path).suffix.lower()](session=session)
    count = len(session.exec(select(AgendaSession.id)).all())
    return ExportResult(_write_file(path, data), count)
