"""Opening an event file and the event's own settings.

Opening is on the start-up path: this module imports SQLModel only inside the functions that
need a session, so opening an existing event and showing the first window stay light.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delegations.domain.errors import InvalidInput, UserError
from delegations.domain.names import clean
from delegations.domain.roles import DEFAULT_ROLES
from delegations.store import DamagedEventFile, EventFile, open_event_file, sql_connection
from delegations.store.stored import stored_date

# Re-exported for ui: the open event, the handle every use case takes, and the error opening
# a damaged one raises.
__all__ = ["DamagedEventFile", "EventFile"]

if TYPE_CHECKING:
    from sqlmodel import Session

    from delegations.domain.models import Event, Role
    from delegations.services.event_models import EventSettingsUpdate


def database_engine() -> str:
    """The database engine under the event file, as Help ▸ About names it."""
    return f"SQLite {sqlite3.sqlite_version}"


def open_event(path: Path | str) -> EventFile:
    """Open an event file; a new file becomes an empty event with the default roles.

    A new event is named after its file (its database on a server) and lasts one day, today,
    until someone sets its name and dates (`update_event_settings`); until then
    `details_confirmed` is false and the badge and booklet preflight say so
    (`unnamed_event_warning`).
    """
    event_file = open_event_file(path)
    with event_file.read() as connection:
        has_event = connection.execute("SELECT 1 FROM event LIMIT 1").fetchone() is not None
    if not has_event:
        with event_file.session() as session:
            _seed_empty_event(session, name=event_file.default_name)
    return event_file


def create_event(path: Path | str, settings: EventSettings) -> EventFile:
    """File ▸ New event…: a new event file at `path` with the given name, dates and place.

    The settings are checked before the file is made, so a refusal leaves nothing behind.

    Raises:
        InvalidInput: a setting is refused (the field is named); no file is created.
        EventFileError: `path` exists already, is a folder or cannot be written.
    """
    checked = check_event_settings(settings)
    path = Path(path)
    if path.exists():
        raise UserError(
            f"{path} already exists; choose a new name, or open it with File ▸ Open event…."
        )
    event_file = open_event(path)
    with event_file.session() as session:
        _write_settings(session, checked)
    return event_file


def event_name(event_file: EventFile) -> str:
    """The event's name, read without the ORM (the window title needs it at start-up)."""
    with event_file.read() as connection:
        return connection.execute("SELECT name FROM event LIMIT 1").fetchone()[0]


def _seed_empty_event(session: Session, *, name: str) -> None:
    from delegations.domain.models import Event, Role

    today = dt.date.today()
    session.add(Event(name=name or "New event", start_date=today, end_date=today))
    for order, spec in enumerate(DEFAULT_ROLES):
        session.add(Role(code=spec.code, name=spec.name, color=spec.color, sort_order=order))


def save_copy(event_file: EventFile, destination: Path | str) -> Path:
    """File ▸ Save a copy: a consistent copy of the open event; the open file stays open.

    Raises:
        EventFileError: the destination cannot be written or is the open file itself.
    """
    return event_file.backup_to(Path(destination))


def get_event(*, session: Session) -> Event:
    from sqlmodel import select

    from delegations.domain.models import Event

    return session.exec(select(Event)).one()


def list_roles(*, session: Session) -> list[Role]:
    from sqlmodel import select

    from delegations.domain.models import Role

    return list(session.exec(select(Role).order_by(Role.sort_order)))


def role_by_code(*, session: Session, code: str) -> Role:
    from sqlmodel import select

    from delegations.domain.models import Role

    return session.exec(select(Role).where(Role.code == code)).one()


# The event's settings -------------------------------------------------------------------

# The fields as forms and sentences name them (`InvalidInput.field`).
FIELD_LABELS = {
    "name": "Name", "name_zh": "Chinese name", "start": "Start date", "end": "End date",
    "time_zone": "Time zone", "venue": "Venue", "city": "City",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventSettings:
    """The event as File ▸ Event settings… and `delegations event` show and set it.

    `details_confirmed` is false while the event still has the name its file gave it (a new
    event): nobody has set its name and dates yet.
    """

    name: str
    start: dt.date
    end: dt.date
    name_zh: str = ""
    time_zone: str = "UTC"
    venue: str = ""
    city: str = ""
    details_confirmed: bool = True

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def event_settings(*, session: Any) -> EventSettings:
    """The event's settings; `session` is an `EventFile.read()` connection or an ORM session."""
    row = (
        sql_connection(session)
        .execute(
            "SELECT name, name_zh, start_date, end_date, time_zone, venue, city,"
            " details_confirmed FROM event"
        )
        .fetchone()
    )
    name, name_zh, start, end, time_zone, venue, city, confirmed = row
    return EventSettings(
        name=name, start=stored_date(start), end=stored_date(end), name_zh=name_zh,
        time_zone=time_zone, venue=venue, city=city, details_confirmed=bool(confirmed),
    )  # fmt: skip


def is_time_zone(name: str) -> bool:
    """True for an IANA time zone name (Asia/Shanghai, UTC), as zoneinfo knows them."""
    import zoneinfo

    return name in zoneinfo.available_timezones() or name == "UTC"


def time_zone_names() -> list[str]:
    """Every IANA time zone name, sorted (for the settings dialog's choice)."""
    import zoneinfo

    return sorted(zoneinfo.available_timezones() | {"UTC"})


def check_event_settings(settings: EventSettings) -> EventSettings:
    """The settings cleaned (trimmed, NFC) and checked; they are confirmed by being set.

    Raises:
        InvalidInput: an empty name, an end before the start, or an unknown time zone.
    """
    texts = {key: clean(getattr(settings, key)) for key in
             ("name", "name_zh", "time_zone", "venue", "city")}  # fmt: skip
    if not texts["name"]:
        raise InvalidInput("Name", "the event needs a name, e.g. China–ASEAN Week 2025.")
    for key, label in (("start", "Start date"), ("end", "End date")):
        if not isinstance(getattr(settings, key), dt.date):
            raise InvalidInput(label, "give a date like 2025-07-24.")
    if settings.end < settings.start:
        raise InvalidInput(
            "End date",
            f"{settings.end:%d %b %Y} is before the start date, {settings.start:%d %b %Y}.",
        )
    if settings.days > 366:
        raise InvalidInput("End date", "an event lasts at most a year; check the year.")
    if not is_time_zone(texts["time_zone"]):
        raise InvalidInput(
            "Time zone",
            f"“{texts['time_zone']}” is not a time zone name like Asia/Shanghai or Asia/Bangkok.",
        )
    return replace(settings, **texts, details_confirmed=True)


def update_event_settings(event_file: EventFile, changes: EventSettingsUpdate) -> EventSettings:
    """Change some of the event's settings in one transaction; returns them all.

    Setting the name (even to the same text) confirms the event's details: the preflight
    stops warning that the event is still called after its file.

    Raises:
        InvalidInput: a value is refused; nothing is written.
    """
    from delegations.store.transactions import immediate_session

    fields = changes.model_dump(exclude_unset=True)
    with immediate_session(event_file.engine) as session:
        current = event_settings(session=session)
        checked = check_event_settings(replace(current, **fields))
        if "name" not in fields:
            checked = replace(checked, details_confirmed=current.details_confirmed)
        _check_agenda_days(session, checked)
        _write_settings(session, checked)
    return checked


def read_event_settings(event_file: EventFile) -> EventSettings:
    """The event's settings, read on their own (the settings dialog, the forms' dates)."""
    with event_file.read() as connection:
        return event_settings(session=connection)


@dataclass(frozen=True, slots=True)
class RoleChoice:
    """One of the event's accreditation categories, as forms offer it."""

    id: int
    code: str
    name: str
    color: str


def role_choices(event_file: EventFile) -> list[RoleChoice]:
    """The event's roles in their order (for the delegate form's choice)."""
    with event_file.read() as connection:
        rows = connection.execute("SELECT id, code, name, color FROM role ORDER BY sort_order")
        return [RoleChoice(*row) for row in rows]


def _check_agenda_days(session: Session, settings: EventSettings) -> None:
    """Refuse dates that would leave agenda sessions outside the event."""
    from sqlalchemy import func
    from sqlmodel import select

    from delegations.domain.models import AgendaSession

    first, last = session.exec(
        select(func.min(AgendaSession.day), func.max(AgendaSession.day))
    ).one()
    if first is not None and stored_date(first) < settings.start:
        raise InvalidInput(
            "Start date",
            f"the agenda has sessions on {stored_date(first):%d %b %Y}, before this date; "
            "move them first or choose an earlier start.",
        )
    if last is not None and stored_date(last) > settings.end:
        raise InvalidInput(
            "End date",
            f"the agenda has sessions on {stored_date(last):%d %b %Y}, after this date; "
            "move them first or choose a later end.",
        )


def _write_settings(session: Session, settings: EventSettings) -> None:
    event = get_event(session=session)
    event.name, event.name_zh = settings.name, settings.name_zh
    event.start_date, event.end_date = settings.start, settings.end
    event.time_zone, event.venue, event.city = settings.time_zone, settings.venue, settings.city
    event.details_confirmed = settings.details_confirmed
    session.add(event)
    session.flush()


def unnamed_event_warning(*, session: Any) -> str | None:
    """The preflight's sentence while the event still has the name its file gave it."""
    settings = event_settings(session=session)
    if settings.details_confirmed:
        return None
    return (
        f"The event is still called “{settings.name}” (its file name): set its name and dates "
        "in File ▸ Event settings… or with `delegations event set`."
    )
