"""The desk picks up what another program wrote, its file read in a worker (5 s timer)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegations.services import checkin as checkin_service
from delegations.services import delegations as delegation_service
from delegations.store import EventFile
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow


def test_another_programs_admission_reaches_the_counters_at_the_next_tick(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    desk = window.show_tab("checkin")
    assert isinstance(desk, CheckInTab)
    desk.set_desk("North")
    assert desk.counters.total_label.text() == "0 of 3 checked in"
    with event_file.session() as session:
        someone = delegation_service.list_delegates(session=session)[0].id
    checkin_service.admit_by_id(event_file, someone, desk="South")  # no desk index: elsewhere

    desk._on_refresh_timer()  # what the timer runs every 5 s
    qtbot.waitUntil(lambda: desk.counters.total_label.text() == "1 of 3 checked in", timeout=3000)
    assert desk.index is not None and desk.index.status(someone).desk == "South"
    desk._on_refresh_timer()  # nothing new: nothing changes
    qtbot.wait(200)
    assert desk.counters.total_label.text() == "1 of 3 checked in"
