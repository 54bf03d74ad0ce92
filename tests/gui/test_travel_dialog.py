"""The Delegations tab's Travel… dialog: a delegate's arrival and departure legs, shared with
members of the delegation (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EVENT_START
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from delegations.services import travel
from delegations.store import EventFile
from delegations.store.stored import stored_date
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.main_window import MainWindow
from delegations.ui.travel.dialog import LegBox, TravelDialog


def _ids(event_file: EventFile) -> dict[str, int]:
    with event_file.read() as connection:
        rows = connection.execute("SELECT family_name, id FROM delegate")
        return dict(rows.fetchall())


def _open(window: MainWindow, *delegate_ids: int) -> TravelDialog:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    tab.select_delegates(list(delegate_ids))
    assert tab.travel_actions.button.isEnabled()
    tab.travel_actions.button.click()
    dialog = tab.travel_actions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(box: LegBox, *, number: str, day: dt.date, time: str, place: str) -> None:
    box.setChecked(True)
    box.number.setText(number)
    box.day.setDate(QDate(day.year, day.month, day.day))
    box.time.setText(time)
    box.place.setText(place)


# The completer's popup, shown offscreen.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints|grabbing)")
def test_an_arrival_flight_for_two_members_is_one_leg_and_sets_the_arrival_date(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    ids = _ids(event_file)
    dialog = _open(window, ids["Nguyễn"], ids["Trần"])  # both selected: both ticked
    assert not dialog.arrival.isChecked() and not dialog.departure.isChecked()
    ticked = dialog.arrival.members.item(0)
    assert ticked.text() == "Trần Thị Hương"
    assert ticked.checkState() == Qt.CheckState.Checked
    day = EVENT_START - dt.timedelta(days=1)
    # The airport completes from the list; the code before the name is stored.
    _fill(dialog.arrival, number="vn 5436", day=day, time="1420", place="")
    qtbot.keyClicks(dialog.arrival.place, "longdong")
    popup = dialog.arrival.place.completer().popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data().startswith("KWE ")
    dialog.arrival.place.setText(popup.model().index(0, 0).data())
    dialog.arrival.terminal.setText("t2")
    dialog.arrival.other_end.setText("HAN")
    dialog.arrival.needs.setText("wheelchair")
    dialog.save_button.click()
    assert not dialog.isVisible()
    [leg] = travel.list_legs(event_file)
    assert (leg.number, leg.day, leg.time, leg.place, leg.terminal, leg.other_end) == (
        "VN5436", day, dt.time(14, 20), "KWE", "T2", "HAN",
    )  # fmt: skip
    assert {t.name: t.needs for t in leg.travellers} == {
        "Nguyễn Văn Đức": "wheelchair", "Trần Thị Hương": "",
    }  # fmt: skip
    with event_file.read() as connection:
        arrivals = {stored_date(row[0]) for row in connection.execute(
            "SELECT arrival FROM delegate WHERE id IN (?, ?)", (ids["Nguyễn"], ids["Trần"]))}  # fmt: skip
    assert arrivals == {day}


def test_an_unknown_airport_is_one_sentence_in_the_form_and_nothing_is_saved(
    window: MainWindow, event_file: EventFile
) -> None:
    dialog = _open(window, _ids(event_file)["Nguyễn"])
    _fill(dialog.arrival, number="CZ3416", day=EVENT_START, time="09:05", place="KWE")
    _fill(dialog.departure, number="CZ3415", day=EVENT_START, time="18:00", place="XYZ")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Departure: “XYZ” is not an airport or station code we know (such as KWE)."
    )
    assert travel.list_legs(event_file) == []  # the good arrival is not saved either
    dialog.departure.time.setText("25:00")
    dialog.departure.place.setText("KWE")
    dialog.save_button.click()
    assert dialog.error.text().startswith("Departure: ")
    assert travel.list_legs(event_file) == []


def test_the_same_flight_as_another_member_joins_their_leg(
    window: MainWindow, event_file: EventFile
) -> None:
    ids = _ids(event_file)
    leaves = EVENT_START + dt.timedelta(days=4)
    theirs = travel.add_leg(event_file, travel.LegInput(
        "departure", leaves, [ids["Trần"]], time="16:40", number="CZ3415", place="KWE",
    ))  # fmt: skip
    dialog = _open(window, ids["Nguyễn"])
    assert dialog.departure.same_as.count() == 2  # own leg, Trần's
    assert "CZ3415" in dialog.departure.same_as.itemText(1)
    dialog.departure.join(theirs.id)
    assert dialog.departure.isChecked()
    assert dialog.departure.number.text() == "CZ3415"
    assert dialog.departure.members.item(0).checkState() == Qt.CheckState.Checked
    dialog.save_button.click()
    assert not dialog.isVisible()
    [leg] = travel.list_legs(event_file)
    assert leg.id == theirs.id
    assert {t.name for t in leg.travellers} == {"Nguyễn Văn Đức", "Trần Thị Hương"}


def test_unticking_a_direction_takes_the_delegate_off_the_leg_and_keeps_the_others(
    window: MainWindow, event_file: EventFile
) -> None:
    ids = _ids(event_file)
    shared = travel.add_leg(event_file, travel.LegInput(
        "arrival", EVENT_START, [ids["Nguyễn"], ids["Trần"]], time="09:05", number="VN5436",
        place="KWE",
    ))  # fmt: skip
    dialog = _open(window, ids["Nguyễn"])
    assert dialog.arrival.isChecked() and dialog.arrival.number.text() == "VN5436"
    dialog.arrival.setChecked(False)
    dialog.save_button.click()
    [leg] = travel.list_legs(event_file)
    assert leg.id == shared.id
    assert [t.name for t in leg.travellers] == ["Trần Thị Hương"]


def test_a_traveller_of_another_delegation_on_the_leg_stays_on_it(
    window: MainWindow, event_file: EventFile
) -> None:
    ids = _ids(event_file)
    shared = travel.add_leg(event_file, travel.LegInput(
        "arrival", EVENT_START, [ids["Nguyễn"], ids["Jaidee"]], time="09:05", number="TG614",
        place="KWE", needs={ids["Jaidee"]: "vip-lane"},
    ))  # fmt: skip
    dialog = _open(window, ids["Nguyễn"])
    assert [
        dialog.arrival.members.item(i).text() for i in range(dialog.arrival.members.count())
    ] == ["Trần Thị Hương"]
    dialog.arrival.time.setText("10:15")
    dialog.save_button.click()
    [leg] = travel.list_legs(event_file)
    assert (leg.id, leg.time) == (shared.id, dt.time(10, 15))
    assert {t.name: t.needs for t in leg.travellers} == {
        "Nguyễn Văn Đức": "", "Somchai Jaidee": "vip-lane",
    }  # fmt: skip


def test_with_two_arrival_legs_the_first_is_edited_and_the_other_kept(
    window: MainWindow, event_file: EventFile
) -> None:
    duc = _ids(event_file)["Nguyễn"]
    first = travel.add_leg(event_file, travel.LegInput(
        "arrival", EVENT_START, [duc], time="09:05", number="VN5436", place="KWE",
    ))  # fmt: skip
    second = travel.add_leg(event_file, travel.LegInput(
        "arrival", EVENT_START + dt.timedelta(days=2), [duc], number="CZ3416", place="KWE",
    ))  # fmt: skip
    dialog = _open(window, duc)
    assert dialog.arrival.more.text() == "One of 2 legs: the first, the others are kept."
    assert dialog.arrival.number.text() == "VN5436"
    dialog.arrival.setChecked(False)
    dialog.save_button.click()
    assert [leg.id for leg in travel.list_legs(event_file)] == [second.id]
    assert first.id != second.id
