"""Published programme versions and the changes since one (the basis of an errata sheet)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from delegations.domain.errors import NotFound
from delegations.domain.models import (
    AgendaSession,
    NameOrder,
    ProgrammeVersion,
    Room,
    SessionSpeaker,
    Speaker,
)
from delegations.domain.names import clean, display_name
from delegations.domain.programme import (
    SNAPSHOT_FORMAT,
    ChangeKind,
    ProgrammeChange,
    diff_snapshots,
    session_count,
)

if TYPE_CHECKING:
    from delegations.store import EventFile

__all__ = [
    "ChangeKind",
    "ProgrammeChange",
    "VersionRow",
    "changes_since",
    "changes_since_version",
    "diff_versions",
    "get_snapshot",
    "latest_version_number",
    "list_versions",
    "publish_programme",
    "publish_version",
    "snapshot_agenda",
    "versions",
]


@dataclass(frozen=True, slots=True)
class VersionRow:
    number: int
    published_at: dt.datetime  # UTC, aware
    note: str
    session_count: int


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M") if not value.second else value.isoformat()


def snapshot_agenda(*, session: Session) -> dict[str, Any]:
    """The agenda as it stands, as the JSON data a version stores (see `domain.programme`)."""
    names = {
        speaker.id: display_name(
            speaker.honorific, speaker.given_name, speaker.family_name,
            speaker.name_order or NameOrder.GIVEN_FIRST,
        ) or speaker.native_name
        for speaker in session.exec(select(Speaker))
    }  # fmt: skip
    rooms = dict(session.exec(select(Room.id, Room.name)).all())
    speakers: dict[int, list[dict[str, Any]]] = {}
    for session_id, speaker_id, role in session.exec(
        select(SessionSpeaker.session_id, SessionSpeaker.speaker_id, SessionSpeaker.role).order_by(
            SessionSpeaker.session_id, SessionSpeaker.position
        )
    ):
        speakers.setdefault(session_id, []).append(
            {"id": speaker_id, "name": names.get(speaker_id, ""), "role": str(role)}
        )
    sessions = [
        {
            "id": s.id,
            "day": s.day.isoformat(),
            "start": _hhmm(s.start_time),
            "end": _hhmm(s.end_time),
            "room": rooms.get(s.room_id, "") if s.room_id is not None else "",
            "kind": str(s.kind),
            "title_en": s.title_en,
            "title_zh": s.title_zh,
            "chair": names.get(s.chair_id, "") if s.chair_id is not None else "",
            "speakers": speakers.get(s.id, []),
            "description": s.description,
            "interpretation": s.interpretation,
        }
        for s in session.exec(
            select(AgendaSession).order_by(
                AgendaSession.day, AgendaSession.start_time, col(AgendaSession.id)
            )
        )
    ]
    return {"format": SNAPSHOT_FORMAT, "sessions": sessions}


def publish_version(*, session: Session, note: str = "") -> VersionRow:
    """Snapshot the agenda as the next programme version (1, 2, …), dated now (UTC)."""
    last = session.exec(select(func.max(ProgrammeVersion.number))).one()
    version = ProgrammeVersion(
        number=(last or 0) + 1,
        note=clean(note),
        snapshot=json.dumps(snapshot_agenda(session=session), ensure_ascii=False),
    )
    session.add(version)
    session.flush()
    return _row(version)


def publish_programme(event_file: EventFile, note: str = "") -> VersionRow:
    """Agenda ▸ Publish programme version…: the agenda as it stands becomes the next version."""
    with event_file.session() as session:
        return publish_version(session=session, note=note)


def versions(event_file: EventFile) -> list[VersionRow]:
    """Published versions, oldest first."""
    with event_file.session() as session:
        return list_versions(session=session)


def changes_since_version(event_file: EventFile, number: int) -> list[ProgrammeChange]:
    """What changed in the agenda since programme version `number` was published.

    Raises:
        NotFound: there is no such version.
    """
    with event_file.session() as session:
        return changes_since(session=session, number=number)


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite keeps no zone: what we wrote was UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _row(version: ProgrammeVersion) -> VersionRow:
    return VersionRow(
        number=version.number,
        published_at=_aware(version.published_at),
        note=version.note,
        session_count=session_count(json.loads(version.snapshot)),
    )


def list_versions(*, session: Session) -> list[VersionRow]:
    """Published versions, oldest first."""
    query = select(ProgrammeVersion).order_by(ProgrammeVersion.number)
    return [_row(version) for version in session.exec(query)]


def latest_version_number(*, session: Session) -> int | None:
    return session.exec(select(func.max(ProgrammeVersion.number))).one()


def get_snapshot(*, session: Session, number: int) -> dict[str, Any]:
    """The agenda as published in version `number`.

    Raises:
        NotFound: there is no such version.
    """
    version = session.exec(
        select(ProgrammeVersion).where(ProgrammeVersion.number == number)
    ).first()
    if version is None:
        last = latest_version_number(session=session)
        known = f"the latest is version {last}" if last else "none has been published yet"
        raise NotFound(f"There is no programme version {number}; {known}.")
    return json.loads(version.snapshot)


def changes_since(*, session: Session, number: int) -> list[ProgrammeChange]:
    """What changed in the agenda since programme version `number` was published."""
    return diff_snapshots(
        get_snapshot(session=session, number=number), snapshot_agenda(session=session)
    )


def diff_versions(*, session: Session, a: int, b: int) -> list[ProgrammeChange]:
    """What changed from programme version `a` to version `b`."""
    return diff_snapshots(
        get_snapshot(session=session, number=a), get_snapshot(session=session, number=b)
    )
