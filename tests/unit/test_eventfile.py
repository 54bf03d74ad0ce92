"""The event file: created, migrated, and refused when it is not ours."""

import sqlite3
from pathlib import Path

import pytest

from delegations.services.event import get_event, list_roles, open_event
from delegations.store import EventFileError, open_event_file
from delegations.store.eventfile import known_revisions


def test_missing_path_becomes_an_empty_event_with_default_roles(event_path: Path) -> None:
    event_file = open_event(event_path)
    assert event_file.created
    with event_file.session() as session:
        assert get_event(session=session).name
        assert [role.name for role in list_roles(session=session)][0] == "Head of Delegation"
    event_file.close()
    assert not open_event(event_path).created


@pytest.mark.sqlite_only  # PRAGMAs of the SQLite file
def test_schema_is_at_the_newest_revision_with_wal_and_foreign_keys(event_path: Path) -> None:
    event_file = open_event(event_path)
    with event_file.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == known_revisions()[-1]


def test_migrations_from_empty_match_the_model(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    event_file = open_event_file(tmp_path / "fresh.sqlite3")
    with event_file.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def _snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Delegates list, draft 3\n")
    before = _snapshot(path)
    with pytest.raises(EventFileError, match="not a Delegations event file"):
        open_event(path)
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT)")
    connection.execute("INSERT INTO contact VALUES ('Somchai')")
    connection.commit()
    connection.close()
    before = _snapshot(path)
    with pytest.raises(EventFileError, match="not a Delegations event file"):
        open_event(path)
    assert _snapshot(path) == before


@pytest.mark.sqlite_only  # edits the file with sqlite3 after opening it
def test_file_from_a_newer_version_is_refused_and_left_untouched(event_path: Path) -> None:
    open_event(event_path).close()
    connection = sqlite3.connect(event_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _snapshot(event_path)
    with pytest.raises(EventFileError, match="newer version"):
        open_event(event_path)
    assert _snapshot(event_path) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match="folder"):
        open_event(tmp_path)


def test_failed_transaction_writes_nothing(event_path: Path) -> None:
    from delegations.services.delegations import (
        DelegationCreate,
        add_delegation,
        list_delegations,
    )

    event_file = open_event(event_path)
    with pytest.raises(RuntimeError), event_file.session() as session:
        add_delegation(session, DelegationCreate(name="Cambodia", country="KH"))
        raise RuntimeError("power cut")
    with event_file.session() as session:
        assert list_delegations(session=session) == []


def test_file_of_an_older_schema_is_upgraded_keeping_its_data(event_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from delegations.store.eventfile import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{event_path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, known_revisions()[0])
        connection.exec_driver_sql(
            "INSERT INTO event (name, name_zh, start_date, end_date, venue, city, time_zone,"
            " languages, welcome_text, signing_secret)"
            " VALUES ('Week 2025', '', '2025-07-24', '2025-07-28', '', '', 'Asia/Shanghai',"
            " 'en', '', 'secret')"
        )
    engine.dispose()

    event_file = open_event(event_path)
    with event_file.session() as session:
        assert get_event(session=session).name == "Week 2025"
        # 0004: named by someone (not after its file "event"), so no "still called" warning.
        assert get_event(session=session).details_confirmed
    with event_file.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == known_revisions()[-1]
