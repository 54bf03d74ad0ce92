"""The check-in card shows where the person sleeps and when they leave (issue 17)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from conftest import EVENT_START
from pytestqt.qtbot import QtBot

from delegations.domain.codes import make_code
from delegations.services import event as event_service
from delegations.services import hotels, travel
from delegations.store import EventFile
from delegations.ui.checkin.card import CardState
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow

DUC = "Nguyễn Văn Đức"


@pytest.fixture
def desk(window: MainWindow) -> Iterator[CheckInTab]:
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    yield tab


def _duc(event_file: EventFile) -> int:
    with event_file.read() as connection:
        return connection.execute(
            "SELECT id FROM delegate WHERE family_name = 'Nguyễn' AND given_name = 'Văn Đức'"
        ).fetchone()[0]


def _scan(qtbot: QtBot, tab: CheckInTab, event_file: EventFile, delegate_id: int) -> None:
    with event_file.session() as session:
        secret = event_service.get_event(session=session).signing_secret
    qtbot.keyClicks(tab.scan_edit, make_code(secret, delegate_id, 1))
    qtbot.keyClick(tab.scan_edit, "\r")


def test_the_card_shows_the_hotel_room_and_the_departure_flight(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    duc = _duc(event_file)
    hotels.add_hotel(event_file, hotels.HotelInput("Kempinski Guiyang"))
    hotels.set_room_type(event_file, "Kempinski Guiyang", "Twin", 2)
    hotels.assign_room(
        event_file,
        hotels.StayInput(duc, hotel="Kempinski Guiyang", room_type="Twin", room="1208"),
    )
    leaves = EVENT_START + dt.timedelta(days=3)
    travel.add_leg(
        event_file,
        travel.LegInput("departure", leaves, [duc], time="14:20", number="CZ3416", place="KWE"),
    )
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    _scan(qtbot, tab, event_file, duc)
    assert tab.card.state is CardState.ADMITTED
    lines = tab.card.stay.text().splitlines()
    assert lines[0] == "Hotel: Kempinski Guiyang, room 1208"
    assert lines[1].startswith("Leaves: CZ3416, ")
    assert lines[1].endswith(f"{leaves.day} {leaves:%b %Y} 14:20 (KWE)")
    assert tab.card.stay.isVisible()


def test_without_a_room_or_a_departure_the_card_says_nothing_of_them(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile
) -> None:
    _scan(qtbot, desk, event_file, _duc(event_file))
    assert desk.card.name.text() == DUC
    assert desk.card.stay.text() == ""
    assert not desk.card.stay.isVisible()
