"""The machinery of `pytest --engine postgresql` (tests/postgres_mode.py) on the real server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from postgres_mode import PostgresEvents, ServerDatabases, server_address

from delegations.services import event as event_service
from delegations.services.demo import create_demo_event
from delegations.store.copying import row_counts
from delegations.store.eventfile import open_event_file

pytestmark = pytest.mark.postgres


def _counts(event_file) -> dict[str, int]:  # noqa: ANN001
    with event_file.engine.connect() as connection:
        return row_counts(connection)


def test_each_path_is_a_database_of_its_own_holding_the_file_found_there(
    demo_path: Path, tmp_path: Path
) -> None:
    events = PostgresEvents(ServerDatabases(server_address()), tmp_path, open_event_file)
    north, south = tmp_path / "north.sqlite3", tmp_path / "south.sqlite3"
    shutil.copyfile(demo_path, north)
    shutil.copyfile(demo_path, south)
    demo = open_event_file(demo_path)
    try:
        on_north, on_south = events.open_event_file(north), events.open_event_file(south)
        assert on_north.on_server and on_north.url.database != on_south.url.database
        assert _counts(on_north) == _counts(demo)
        with on_north.write_locked() as connection:
            connection.execute("UPDATE event SET name = ?", ("North desk",))
        with events.open_event_file(north).read() as connection:  # the same path again
            assert connection.execute("SELECT name FROM event").scalar() == "North desk"
        with on_south.read() as connection:
            assert connection.execute("SELECT name FROM event").scalar() != "North desk"
    finally:
        demo.close()
        events.end_session()


def test_an_event_closed_where_no_file_is_becomes_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fixture may write an event and let each test byte-copy its file, as on SQLite."""
    events = PostgresEvents(ServerDatabases(server_address()), tmp_path, open_event_file)
    monkeypatch.setattr(event_service, "open_event_file", events.open_event_file)
    path = tmp_path / "master.sqlite3"
    try:
        server = event_service.open_event(path)
        assert server.on_server and server.created
        assert path.stat().st_size == 0  # the path is taken, as by a new SQLite file
        with server.session() as session:
            create_demo_event(session=session)
        written = _counts(server)
        server.close()
        copied_out = open_event_file(path)
        assert _counts(copied_out) == written
        copied_out.close()
    finally:
        events.end_session()
