"""The Check-in tab on a venue server (real PostgreSQL): another desk's admission reaches its
counters within a second, and when the server stops answering the desk says so, goes on
admitting, and says what it sent once the server is back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tcp_relay import Relay

from delegations.domain.codes import make_code
from delegations.services import checkin as checkin_service
from delegations.services.checkin import Outcome
from delegations.services.demo import write_demo
from delegations.services.event import open_event
from delegations.store import open_event_file
from delegations.store.copying import copy_event
from delegations.store.server import EventServer
from delegations.ui.checkin.tab import CheckInTab

pytestmark = pytest.mark.postgres


@pytest.fixture
def relay(postgres_url: str, tmp_path: Path) -> Iterator[tuple[EventServer, Relay]]:
    """The demo event on the test server, and a relay in front of it for the desk."""
    demo = open_event(tmp_path / "demo.sqlite3")
    write_demo(demo)
    server = open_event_file(postgres_url)
    assert isinstance(server, EventServer)
    copy_event(demo.engine, server.engine)
    demo.close()
    relay = Relay((server.url.host or "127.0.0.1", server.url.port or 5432))
    yield server, relay
    relay.cut()
    server.close()


def test_desk_on_a_server_sees_others_and_works_on_when_it_drops(
    qtbot: QtBot, relay: tuple[EventServer, Relay], tmp_path: Path
) -> None:
    server, cable = relay
    through = open_event_file(server.url.set(port=cable.port).render_as_string(False))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = CheckInTab(through, settings=settings)
    qtbot.addWidget(desk)
    desk.set_desk("North")
    desk.show()
    assert desk.venue_status.isVisible()
    assert desk.venue_status.text() == "Venue server: connecting…"  # its copy being made
    qtbot.waitUntil(
        lambda: desk.index is not None and desk.venue_status.text() == "Venue server: online",
        timeout=20000,
    )
    total = len(desk.index)
    assert desk.counters.total_label.text() == f"0 of {total} checked in"
    with server.read() as connection:
        secret = connection.execute("SELECT signing_secret FROM event").scalar_one()
        ids = list(connection.execute("SELECT id FROM delegate ORDER BY id").scalars())

    checkin_service.admit_by_id(server, ids[0], desk="South")  # another desk
    admitted = time.perf_counter()
    qtbot.waitUntil(
        lambda: desk.counters.total_label.text() == f"1 of {total} checked in", timeout=1000
    )
    assert time.perf_counter() - admitted < 1.0
    assert desk.index.status(ids[0]).desk == "South"

    cable.cut()
    result = desk.scan(make_code(secret, ids[1], 1))
    assert result is not None and result.outcome == Outcome.ADMITTED
    assert desk.card.isVisible()
    qtbot.waitUntil(lambda: desk.venue_status.text().startswith("Offline"), timeout=3000)
    assert desk.venue_status.text() == "Offline — admitting on this laptop; 1 admission to send"
    qtbot.waitUntil(
        lambda: desk.counters.total_label.text() == f"2 of {total} checked in", timeout=3000
    )

    cable.restore()
    qtbot.waitUntil(lambda: desk.venue_status.text().startswith("Back online"), timeout=5000)
    assert desk.venue_status.text() == "Back online — 1 sent, 0 admitted twice"
    with server.read() as connection:
        north = connection.execute("SELECT delegate_id FROM checkin WHERE desk = 'North'").all()
    assert [row[0] for row in north] == [ids[1]]
    assert desk.counters.total_label.text() == f"2 of {total} checked in"
    checkin_service.admit_by_id(server, ids[2], desk="South")  # online again: seen again
    qtbot.waitUntil(
        lambda: desk.counters.total_label.text() == f"3 of {total} checked in", timeout=1000
    )
    desk.release()
    through.close()
