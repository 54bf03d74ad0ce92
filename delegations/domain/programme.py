"""Programme versions: what changed between two snapshots of the agenda.

A snapshot is plain JSON data (see `services.programme.snapshot_agenda`):

    {"format": 1, "sessions": [{"id": 7, "day": "2025-07-25", "start": "09:00", "end": "10:00",
      "room": "Main Conference Hall", "kind": "plenary", "title_en": "…", "title_zh": "…",
      "chair": "Chen Zhiwei", "speakers": [{"name": "…", "role": "keynote"}, …],
      "description": "…", "interpretation": "en,zh"}, …]}

Sessions are matched by id, so a session that was moved and retitled is one session that
changed, not one cancelled and one added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

SNAPSHOT_FORMAT = 1


class ChangeKind(StrEnum):
    ADDED = "added"
    CANCELLED = "cancelled"
    MOVED_TIME = "moved in time"
    MOVED_ROOM = "moved to another room"
    RETITLED = "retitled"
    SPEAKERS_CHANGED = "speakers changed"


_KIND_ORDER = {kind: order for order, kind in enumerate(ChangeKind)}


@dataclass(frozen=True, slots=True)
class ProgrammeChange:
    """One line of an errata sheet.

    `day`, `start_time` and the titles are the session's as it now stands (as it stood, for a
    cancelled session); `before` and `after` are short texts of the old and new value ("" when
    there is none); `sentence` says the whole change in words.
    """

    kind: ChangeKind
    session_id: int
    day: dt.date
    start_time: dt.time
    title_en: str
    title_zh: str
    before: str
    after: str
    sentence: str


def _day(entry: Mapping[str, Any]) -> dt.date:
    return dt.date.fromisoformat(entry["day"])


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _when(entry: Mapping[str, Any]) -> str:
    day = _day(entry)
    return f"{day:%a} {day.day} {day:%B}, {entry['start']}–{entry['end']}"


def _where(entry: Mapping[str, Any]) -> str:
    return entry.get("room") or "no room"


def _speaker_label(speaker: Mapping[str, Any]) -> str:
    return f"{speaker['name']} ({speaker['role']})"


def _people(entry: Mapping[str, Any]) -> dict[str, str]:
    """Name -> role, the chair included as "chair"."""
    people = {speaker["name"]: speaker["role"] for speaker in entry.get("speakers", ())}
    if entry.get("chair"):
        people.setdefault(entry["chair"], "chair")
    return people


def _people_text(entry: Mapping[str, Any]) -> str:
    parts = []
    if entry.get("chair"):
        parts.append(f"chair: {entry['chair']}")
    parts.extend(_speaker_label(speaker) for speaker in entry.get("speakers", ()))
    return "; ".join(parts)


def _change(
    kind: ChangeKind, entry: Mapping[str, Any], before: str, after: str, sentence: str
) -> ProgrammeChange:
    return ProgrammeChange(
        kind=kind,
        session_id=int(entry["id"]),
        day=_day(entry),
        start_time=_time(entry["start"]),
        title_en=entry.get("title_en", ""),
        title_zh=entry.get("title_zh", ""),
        before=before,
        after=after,
        sentence=sentence,
    )


def _people_sentence(title: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str | None:
    old_people, new_people = _people(old), _people(new)
    joined = [f"{name} ({role})" for name, role in new_people.items() if name not in old_people]
    left = [name for name in old_people if name not in new_people]
    roles = [
        f"{name} is now {role} (was {old_people[name]})"
        for name, role in new_people.items()
        if name in old_people and old_people[name] != role
    ]
    if not (joined or left or roles):
        if [s["name"] for s in old.get("speakers", ())] != [
            s["name"] for s in new.get("speakers", ())
        ]:
            return (
                f"“{title}”: the speakers now speak in this order: "
                + ", ".join(s["name"] for s in new.get("speakers", ()))
                + "."
            )
        return None
    parts = []
    if joined:
        parts.append("joined: " + ", ".join(joined))
    if left:
        parts.append("no longer speaking: " + ", ".join(left))
    parts.extend(roles)
    return f"“{title}”: " + "; ".join(parts) + "."


def _session_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[ProgrammeChange]:
    title = new["title_en"]
    changes = []
    if (old["day"], old["start"], old["end"]) != (new["day"], new["start"], new["end"]):
        changes.append(_change(
            ChangeKind.MOVED_TIME, new, _when(old), _when(new),
            f"“{title}” moves from {_when(old)} to {_when(new)}.",
        ))  # fmt: skip
    if (old.get("room") or "") != (new.get("room") or ""):
        changes.append(_change(
            ChangeKind.MOVED_ROOM, new, _where(old), _where(new),
            f"“{title}” moves from {_where(old)} to {_where(new)}.",
        ))  # fmt: skip
    if old["title_en"] != new["title_en"]:
        changes.append(_change(
            ChangeKind.RETITLED, new, old["title_en"], new["title_en"],
            f"“{old['title_en']}” is now called “{new['title_en']}”.",
        ))  # fmt: skip
    if old.get("title_zh", "") != new.get("title_zh", ""):
        changes.append(_change(
            ChangeKind.RETITLED, new, old.get("title_zh", ""), new.get("title_zh", ""),
            f"The Chinese title of “{title}” is now “{new.get('title_zh', '')}” "
            f"(was “{old.get('title_zh', '')}”).",
        ))  # fmt: skip
    sentence = _people_sentence(title, old, new)
    if sentence is not None:
        changes.append(_change(
            ChangeKind.SPEAKERS_CHANGED, new, _people_text(old), _people_text(new), sentence,
        ))  # fmt: skip
    return changes


def diff_snapshots(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[ProgrammeChange]:
    """What changed from snapshot `old` to snapshot `new`, in programme order.

    Order: by the session's (new, or for a cancellation old) day and start time, then session,
    then the order of `ChangeKind`.
    """
    old_sessions = {int(entry["id"]): entry for entry in old.get("sessions", ())}
    new_sessions = {int(entry["id"]): entry for entry in new.get("sessions", ())}
    changes: list[ProgrammeChange] = []
    for session_id, entry in new_sessions.items():
        before = old_sessions.get(session_id)
        if before is None:
            changes.append(_change(
                ChangeKind.ADDED, entry, "", f"{_when(entry)}, {_where(entry)}",
                f"New: “{entry['title_en']}”, {_when(entry)}, {_where(entry)}.",
            ))  # fmt: skip
        else:
            changes.extend(_session_changes(before, entry))
    for session_id, entry in old_sessions.items():
        if session_id not in new_sessions:
            changes.append(_change(
                ChangeKind.CANCELLED, entry, f"{_when(entry)}, {_where(entry)}", "",
                f"Cancelled: “{entry['title_en']}” ({_when(entry)}, {_where(entry)}).",
            ))  # fmt: skip
    changes.sort(key=lambda c: (c.day, c.start_time, c.session_id, _KIND_ORDER[c.kind]))
    return changes


def session_count(snapshot: Mapping[str, Any]) -> int:
    sessions: Sequence[Any] = snapshot.get("sessions", ())
    return len(sessions)
