"""The event itself: name, dates, time zone and place; set once, checked, warned about."""

import datetime as dt
from pathlib import Path

import pytest

from delegations.domain.errors import InvalidInput, UserError
from delegations.services.event import (
    EventSettings,
    create_event,
    event_settings,
    open_event,
    unnamed_event_warning,
    update_event_settings,
)
from delegations.services.event_models import EventSettingsUpdate
from delegations.store import EventFile

START, END = dt.date(2025, 7, 24), dt.date(2025, 7, 28)


def _row(event_file: EventFile) -> tuple:
    with event_file.read() as db:
        return tuple(db.execute("SELECT * FROM event").fetchone())


def test_a_new_event_is_named_after_its_file_until_someone_names_it(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "ev.sqlite3")
    with event_file.read() as connection:
        settings = event_settings(session=connection)
        warning = unnamed_event_warning(session=connection)
    assert settings.name == "ev" and not settings.details_confirmed
    assert settings.start == settings.end == dt.date.today()
    assert warning == (
        "The event is still called “ev” (its file name): set its name and dates in "
        "File ▸ Event settings… or with `delegations event set`."
    )
    # Dates alone do not name the event.
    update_event_settings(event_file, EventSettingsUpdate(start=START, end=END))
    with event_file.read() as connection:
        assert unnamed_event_warning(session=connection) is not None
    saved = update_event_settings(
        event_file,
        EventSettingsUpdate(name="  China–ASEAN   Week 2025 ", time_zone="Asia/Shanghai"),
    )
    assert saved.name == "China–ASEAN Week 2025"
    with event_file.read() as connection:
        assert event_settings(session=connection) == EventSettings(
            name="China–ASEAN Week 2025", start=START, end=END, time_zone="Asia/Shanghai",
            details_confirmed=True,
        )  # fmt: skip
        assert unnamed_event_warning(session=connection) is None
    event_file.close()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "Name"),
        ({"start": END, "end": START}, "End date"),
        ({"time_zone": "Asia/Guiyang"}, "Time zone"),
        ({"time_zone": "../etc/passwd"}, "Time zone"),
        ({"end": dt.date(2026, 12, 31)}, "End date"),
    ],
)
def test_bad_settings_name_the_field_and_write_nothing(
    tmp_path: Path, changes: dict, field: str
) -> None:
    path = tmp_path / "week.sqlite3"
    event_file = create_event(path, EventSettings(name="Week", start=START, end=END))
    before = _row(event_file)
    with pytest.raises(InvalidInput) as refusal:
        update_event_settings(event_file, EventSettingsUpdate(**changes))
    assert refusal.value.field == field
    assert _row(event_file) == before
    event_file.close()


def test_dates_that_would_leave_sessions_outside_the_event_are_refused(tmp_path: Path) -> None:
    from delegations.services import agenda

    event_file = create_event(
        tmp_path / "week.sqlite3", EventSettings(name="Week", start=START, end=END)
    )
    with event_file.session() as session:
        agenda.create_session(
            session=session,
            session_in=agenda.SessionCreate(
                day=END, start_time=dt.time(9), end_time=dt.time(10), title_en="Close"
            ),
        )
    refused = pytest.raises(InvalidInput, match="sessions on 28 Jul 2025")
    with refused as refusal:
        update_event_settings(event_file, EventSettingsUpdate(end=dt.date(2025, 7, 27)))
    assert refusal.value.field == "End date"
    event_file.close()


def test_create_event_checks_before_making_the_file(tmp_path: Path) -> None:
    path = tmp_path / "week.sqlite3"
    with pytest.raises(InvalidInput, match="End date"):
        create_event(path, EventSettings(name="Week", start=END, end=START))
    assert not path.exists()
    event_file = create_event(
        path,
        EventSettings(name="Week 2025", name_zh="交流周", start=START, end=END,
                      time_zone="Asia/Bangkok", venue="Hall A", city="Bangkok"),
    )  # fmt: skip
    event_file.close()
    with pytest.raises(UserError, match="already exists"):
        create_event(path, EventSettings(name="Other", start=START, end=END))
    event_file = open_event(path)
    with event_file.read() as connection:
        settings = event_settings(session=connection)
    assert (settings.name, settings.name_zh, settings.city) == ("Week 2025", "交流周", "Bangkok")
    assert settings.details_confirmed
    event_file.close()


def test_the_demo_event_is_named(tmp_path: Path) -> None:
    from delegations.services.demo import create_demo_event

    event_file = open_event(tmp_path / "ev.sqlite3")
    with event_file.session() as session:
        create_demo_event(session=session)
        assert unnamed_event_warning(session=session) is None
    event_file.close()


def _file_at_revision(path: Path, revision: str, name: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from delegations.store.eventfile import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql(
            "INSERT INTO event (name, name_zh, start_date, end_date, venue, city, time_zone,"
            " languages, welcome_text, signing_secret, organiser_pin_hash)"
            " VALUES (?, '', '2025-07-24', '2025-07-28', '', '', 'UTC', 'en', '', 's', '')",
            (name,),
        )
    engine.dispose()


@pytest.mark.parametrize(
    ("file", "name", "confirmed"),
    [("week.sqlite3", "China–ASEAN Week", True), ("second_week.sqlite3", "second week", False),
     ("ev.sqlite3", "ev", False), ("x.sqlite3", "New event", False)],
)  # fmt: skip
def test_migration_0004_confirms_events_named_by_someone(
    tmp_path: Path, file: str, name: str, confirmed: bool
) -> None:
    path = tmp_path / file
    _file_at_revision(path, "0003", name)
    event_file = open_event(path)
    with event_file.read() as connection:
        settings = event_settings(session=connection)
    assert (settings.name, settings.details_confirmed) == (name, confirmed)
    event_file.close()


def test_badge_and_booklet_preflight_warn_until_the_event_is_named(tmp_path: Path) -> None:
    from delegations.services import badges, booklet
    from delegations.services.delegations import (
        DelegateCreate,
        DelegationCreate,
        create_delegate,
        create_delegation,
    )

    event_file = open_event(tmp_path / "ev.sqlite3")
    lao = create_delegation(event_file, DelegationCreate(name="Lao PDR", country="LA")).id
    create_delegate(event_file, DelegateCreate(delegation_id=lao, given_name="Somphone"))
    sentence = (
        "The event is still called “ev” (its file name): set its name and dates in "
        "File ▸ Event settings… or with `delegations event set`."
    )
    issues = badges.preflight_badges(event_file, badges.BadgeSelection())
    assert [str(issue) for issue in issues] == [sentence]
    assert booklet.preflight_booklet(event_file) == [sentence]
    update_event_settings(event_file, EventSettingsUpdate(name="Lao Week", start=START, end=END))
    assert badges.preflight_badges(event_file, badges.BadgeSelection()) == []
    assert booklet.preflight_booklet(event_file) == []
    event_file.close()
