"""The desk's not-yet-arrived list narrowed to who arrives today (their arrival leg lands
today), with the admissions taken off as they come in."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from delegations.services import checkin, travel
from delegations.store import EventFile
from delegations.ui.main_window import MainWindow


def test_arriving_today_lists_the_days_travellers_not_yet_admitted(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    travel.add_leg(event_file, travel.LegInput(
        "arrival", dt.date.today(), ["duc@example.edu.vn"], time="14:35", number="CZ3415",
        place="KWE",
    ))  # fmt: skip
    counters = window.show_tab("checkin").counters
    counters.side_tabs.setCurrentIndex(2)
    everyone = [row.name for row in counters.arrival_rows()]
    assert len(everyone) == 3

    counters.arrival_day.setCurrentIndex(counters.arrival_day.findText("Arriving today"))
    [row] = counters.arrival_rows()
    assert "Nguyễn Văn Đức" in row.name
    assert counters.arrivals_count.text() == "1 shown"

    checkin.admit_by_id(event_file, row.delegate_id, desk="KWE", index=counters.index)
    counters.update_arrivals()
    assert counters.arrival_rows() == [] and counters.arrivals_count.text() == "0 shown"

    counters.arrival_day.setCurrentIndex(counters.arrival_day.findText("Arriving any day"))
    assert len(counters.arrival_rows()) == 2
