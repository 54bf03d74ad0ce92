"""Import an agenda JSON file: read and check it whole, then replace the event's agenda."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, delete, select

from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Event,
    Room,
    SessionSpeaker,
    Speaker,
)
from delegations.domain.names import fold, full_name
from delegations.services.agenda_io.errors import (
    MAX_REPORTED_ERRORS,
    AgendaFileError,
    AgendaImportRefused,
)
from delegations.services.agenda_io.schema import (
    AgendaFile,
    DelegateRef,
    SpeakerEntry,
    parse_agenda_data,
)
from delegations.store import sql_connection


@dataclass(frozen=True, slots=True)
class ImportReport:
    rooms: int
    speakers: int
    sessions: int
    replaced_sessions: int  # sessions the agenda had before the import
    unlinked: tuple[str, ...] = field(default=())  # speakers whose delegate is not in this event


def read_agenda_file(path: Path) -> AgendaFile:
    """Read and check an agenda JSON file.

    Raises:
        AgendaFileError: the file cannot be read or is not JSON.
        AgendaImportRefused: values are wrong; each is named by its JSON path.
    """
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise AgendaFileError(f"{path}: only an agenda exported as .json can be imported.")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AgendaFileError(f"{path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AgendaFileError(f"Cannot read {path}: {error}.") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AgendaFileError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from error
    agenda, problems = parse_agenda_data(data)
    if agenda is None:
        raise AgendaImportRefused(path, problems[:MAX_REPORTED_ERRORS], len(problems))
    return agenda


class _DelegateFinder:
    """Finds a speaker's delegate in this event by e-mail, else by a name only one person has."""

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], list[int]] = {}
        for id_, email, given, family in session.exec(
            select(Delegate.id, Delegate.email, Delegate.given_name, Delegate.family_name)
        ):
            if email:
                self.by_email.setdefault(email.casefold(), id_)
            self.by_name.setdefault((fold(given), fold(family)), []).append(id_)

    def find(self, ref: DelegateRef) -> int | None:
        if ref.email and ref.email.casefold() in self.by_email:
            return self.by_email[ref.email.casefold()]
        matches = self.by_name.get((fold(ref.given_name), fold(ref.family_name)), [])
        return matches[0] if len(matches) == 1 else None


def _speaker_name(entry: SpeakerEntry) -> str:
    return full_name(entry.given_name, entry.family_name, entry.name_order) or entry.native_name


def _add_speakers(
    session: Session, speakers: list[SpeakerEntry], finder: _DelegateFinder
) -> list[str]:
    """Adds the speakers; returns the names of those whose delegate this event lacks."""
    unlinked = []
    for entry in speakers:
        delegate_id = finder.find(entry.delegate) if entry.delegate else None
        if entry.delegate and delegate_id is None:
            unlinked.append(_speaker_name(entry))
        session.add(Speaker(**entry.model_dump(exclude={"delegate"}), delegate_id=delegate_id))
    return unlinked


def import_agenda(*, session: Session, parsed: AgendaFile) -> ImportReport:
    """Replace the event's agenda (rooms, speakers, sessions) and its agenda settings.

    Ids are kept, so programme versions published before still match their sessions. A
    speaker's link to a delegate is found again by e-mail, else by name; when this event has
    no such delegate the speaker is imported without the link (listed in the report).
    """
    replaced = len(session.exec(select(AgendaSession.id)).all())
    finder = _DelegateFinder(session)
    for table in (SessionSpeaker, AgendaSession, Speaker, Room):
        session.exec(delete(table))
    event = session.exec(select(Event)).one()
    for key, value in parsed.event.model_dump().items():
        setattr(event, key, value)

    session.add_all(Room(**room.model_dump()) for room in parsed.rooms)
    unlinked = _add_speakers(session, parsed.speakers, finder)
    session.flush()
    session.add_all(
        AgendaSession(**entry.model_dump(exclude={"speakers"})) for entry in parsed.sessions
    )
    session.flush()
    session.add_all(
        SessionSpeaker(
            session_id=entry.id, speaker_id=link.speaker_id, position=position, role=link.role
        )
        for entry in parsed.sessions
        for position, link in enumerate(entry.speakers)
    )
    session.flush()
    _ids_continue_after_imported(session)
    return ImportReport(
        rooms=len(parsed.rooms),
        speakers=len(parsed.speakers),
        sessions=len(parsed.sessions),
        replaced_sessions=replaced,
        unlinked=tuple(unlinked),
    )


def _ids_continue_after_imported(session: Session) -> None:
    """PostgreSQL: the next room, speaker and session take ids after those imported, and
    never one used before (programme versions name sessions by id). SQLite's AUTOINCREMENT
    counters do both by themselves; a PostgreSQL sequence ignores ids given explicitly."""
    connection = sql_connection(session)
    if not connection.on_postgresql:
        return
    for table in ("room", "speaker", "agendasession"):
        sequence = f"pg_get_serial_sequence('{table}', 'id')"
        connection.execute(
            f"SELECT setval({sequence}, max(id)) FROM {table} HAVING max(id) >"  # noqa: S608
            f" coalesce(pg_sequence_last_value(CAST({sequence} AS regclass)), 0)"
        )


def import_agenda_json(*, session: Session, path: Path) -> ImportReport:
    """Read an agenda JSON file and replace the event's agenda with it (all or nothing)."""
    return import_agenda(session=session, parsed=read_agenda_file(path))
