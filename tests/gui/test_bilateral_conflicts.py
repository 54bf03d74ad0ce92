"""The Agenda tab's conflicts panel lists a bilateral meeting's conflicts (they come with the
agenda's, from `agenda.check_conflicts`) and drops them once the meeting is moved away."""

from __future__ import annotations

import datetime as dt

from delegations.services import bilaterals
from delegations.store import EventFile
from delegations.ui.agenda.tab import AgendaTab
from delegations.ui.main_window import MainWindow

DAY = dt.date(2025, 7, 25)  # the fixture's Opening Ceremony, 09:00–10:00


def _bilateral_between_the_keynote_and_thailand(event_file: EventFile) -> int:
    with event_file.write_locked() as connection:
        connection.execute("INSERT INTO room (name, floor, sort_order) VALUES ('Room B', '', 9)")
        connection.execute(  # the keynote speaker Zhen Bai is the delegate Nguyễn Văn Đức
            "UPDATE speaker SET delegate_id = "
            "(SELECT id FROM delegate WHERE email = 'duc@example.edu.vn')"
        )
    bilaterals.set_bilateral_rooms(event_file, ["Room B"])
    request = bilaterals.add_request(event_file, bilaterals.RequestInput(
        "Viet Nam", "Thailand", participants=["duc@example.edu.vn"],
        windows=[f"{DAY} 09:00-16:00"],
    ))  # fmt: skip
    return request.id


def test_a_bilateral_in_a_speakers_session_is_listed_then_cleared(
    window: MainWindow, event_file: EventFile
) -> None:
    request_id = _bilateral_between_the_keynote_and_thailand(event_file)
    bilaterals.move_meeting(event_file, request_id, room="Room B", day=DAY, start="09:30")
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    tab.reload()
    assert tab.conflicts_panel.title.text() == "1 conflict"
    assert tab.conflict_texts() == [
        "Nguyễn Văn Đức is in the bilateral Viet Nam – Thailand (Fri 25 July 09:30–10:00) and "
        "in “Opening Ceremony” (09:00–10:00)."
    ]
    tab.conflicts_panel.list.itemDoubleClicked.emit(tab.conflicts_panel.list.item(0))
    assert len(tab.selected_session_ids()) == 1  # the Opening Ceremony

    bilaterals.move_meeting(event_file, request_id, room="Room B", day=DAY, start="10:00")
    tab.reload()
    assert tab.conflicts() == [] and tab.conflicts_panel.title.text() == "No conflicts"
