"""Opening an event file and the event's own settings.

Opening is on the start-up path: this module imports SQLModel only inside the functions that
need a session, so opening an existing event and showing the first window stay light.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from delegations.domain.roles import DEFAULT_ROLES
from delegations.store import EventFile, open_event_file

if TYPE_CHECKING:
    from sqlmodel import Session

    from delegations.domain.models import Event, Role


def open_event(path: Path | str) -> EventFile:
    """Open an event file; a new file becomes an empty event with the default roles."""
    event_file = open_event_file(path)
    with event_file.read() as connection:
        has_event = connection.execute("SELECT 1 FROM event LIMIT 1").fetchone() is not None
    if not has_event:
        with event_file.session() as session:
            _seed_empty_event(session, name=event_file.path.stem.replace("_", " "))
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
