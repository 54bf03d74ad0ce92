"""The agenda as an iCalendar file: one VEVENT per session in the event's time zone.

The room is the LOCATION, the speakers are in the DESCRIPTION, and each session keeps the
same UID from one export to the next; the VTIMEZONE is written for the event's days.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from delegations import __version__ as APP_VERSION
from delegations.services.agenda_io.snapshot import (
    kind_label,
    read_snapshot,
    session_details,
    session_uid,
    zoned,
)


def build_ics(*, session: Session) -> bytes:
    import icalendar

    agenda = read_snapshot(session)
    zone, event = agenda.zone, agenda.event
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Delegations//Delegations {APP_VERSION}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", event.name)
    calendar.add("x-wr-timezone", zone.key)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    days = [s.day for s in agenda.sessions] + [event.start_date, event.end_date]
    for agenda_session in agenda.sessions:
        item = icalendar.Event()
        item.add("uid", f"{session_uid(event, agenda_session.id)}@delegations")
        item.add("dtstamp", stamp)
        item.add("dtstart", zoned(agenda_session.day, agenda_session.start_time, zone))
        item.add("dtend", zoned(agenda_session.day, agenda_session.end_time, zone))
        item.add("summary", agenda_session.title_en)
        room = agenda.rooms.get(agenda_session.room_id) if agenda_session.room_id else None
        if room is not None:
            item.add("location", room.name)
        item.add("categories", [kind_label(agenda_session.kind)])
        lines = [agenda_session.title_zh] if agenda_session.title_zh else []
        lines += session_details(agenda, agenda_session)
        if agenda_session.description:
            lines += ["", agenda_session.description]
        if lines:
            item.add("description", "\n".join(lines))
        calendar.add_component(item)
    calendar.add_missing_timezones(
        first_date=min(days) - dt.timedelta(days=1), last_date=max(days) + dt.timedelta(days=2)
    )
    return calendar.to_ical()
