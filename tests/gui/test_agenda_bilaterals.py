"""Scheduled bilateral meetings on the agenda grid: drawn in their bilateral rooms' columns,
apart from the sessions; dragged to another time or bilateral room (written, undone, redone);
their conflicts marked on the block; a double-click asks for the bilaterals window."""

from __future__ import annotations

import datetime as dt

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from delegations.services import bilaterals
from delegations.store import EventFile
from delegations.ui.agenda.grid import PIXELS_PER_MINUTE, AgendaGrid
from delegations.ui.agenda.tab import GRID, AgendaTab
from delegations.ui.main_window import MainWindow

DAY = dt.date(2025, 7, 25)  # the fixture's Opening Ceremony, 09:00–10:00 in Main Hall


def _with_bilateral_rooms(event_file: EventFile, *, speaker_is_duc: bool = False) -> None:
    with event_file.write_locked() as connection:
        for order, name in enumerate(("Room B", "Room C"), start=8):
            connection.execute(
                "INSERT INTO room (name, floor, sort_order) VALUES (?, '', ?)", (name, order)
            )
        if speaker_is_duc:  # the keynote speaker Zhen Bai is the delegate Nguyễn Văn Đức
            connection.execute(
                "UPDATE speaker SET delegate_id = "
                "(SELECT id FROM delegate WHERE email = 'duc@example.edu.vn')"
            )
    bilaterals.set_bilateral_rooms(event_file, ["Room B", "Room C"])


def _meeting(event_file: EventFile, counterpart: str = "Thailand", start: str = "10:00") -> int:
    """A 30-minute bilateral of Viet Nam's rector, wished on DAY 09:00–12:00, in Room B."""
    request = bilaterals.add_request(event_file, bilaterals.RequestInput(
        "Viet Nam", counterpart if counterpart == "Thailand" else "",
        organisation="" if counterpart == "Thailand" else counterpart,
        participants=["duc@example.edu.vn"], windows=[f"{DAY} 09:00-12:00"], duration=30,
    ))  # fmt: skip
    bilaterals.move_meeting(event_file, request.id, room="Room B", day=DAY, start=start)
    return request.id


def _place(event_file: EventFile, request_id: int) -> tuple[str, dt.date | None, dt.time | None]:
    [view] = [v for v in bilaterals.list_bilaterals(event_file) if v.id == request_id]
    return view.room, view.day, view.start


def _agenda(window: MainWindow) -> AgendaTab:
    window.resize(1100, 700)
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    tab.reload()
    assert tab.current_day() == DAY and tab.mode() == GRID
    return tab


def _room_ids(grid: AgendaGrid) -> dict[str, int | None]:
    return {column.name: column.room_id for column in grid.columns}


def _drag(grid: AgendaGrid, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release on the grid's viewport, then let the drop arrive."""
    viewport = grid.viewport()
    a, b = start.toPoint(), end.toPoint()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 5):
        point = a + (b - a) * step / 4
        QTest.mouseMove(viewport, QPoint(int(point.x()), int(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QApplication.processEvents()  # the drop is queued


def test_a_meeting_is_drawn_in_its_bilateral_room_apart_from_the_sessions(
    window: MainWindow, event_file: EventFile
) -> None:
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    tab = _agenda(window)
    grid = tab.grid

    block = grid.meeting_block(request_id)
    assert block is not None and block.meeting.title == "Viet Nam – Thailand"
    assert block.time_text() == "10:00–10:30"
    assert "Bilateral meeting: Viet Nam – Thailand" in block.toolTip()
    rooms = _room_ids(grid)
    column = grid.column_at(block.sceneBoundingRect().center().x())
    assert grid.columns[column].room_id == rooms["Room B"]
    assert grid.columns[column].detail == "Bilaterals"
    assert block.sceneBoundingRect().top() < grid.y_of(10 * 60) + 3  # starts at 10:00
    # Not a session: not in the list, not selectable, not opened in the session form.
    assert len(grid.blocks()) == 1 and tab.model.rowCount() == 1
    centre = grid.meeting_centre(request_id).toPoint()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.selected_session_ids() == [] and not tab.edit_button.isEnabled()
    # The filter finds it by its participants; other words hide it.
    tab.filter.setText("nguyen")
    assert grid.meeting_block(request_id) is not None
    tab.filter.setText("seminar")
    assert grid.meeting_block(request_id) is None
    tab.filter.clear()
    # Another day does not show it.
    tab.show_day(DAY + dt.timedelta(days=1))
    assert grid.meeting_blocks() == {}


def test_drag_a_meeting_to_another_bilateral_room_and_time_then_undo_redo(
    window: MainWindow, event_file: EventFile
) -> None:
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    tab = _agenda(window)
    grid = tab.grid
    rooms = _room_ids(grid)
    start = grid.meeting_centre(request_id)
    target = QPointF(grid.column_centre_x(rooms["Room C"]), start.y() + 45 * PIXELS_PER_MINUTE)
    _drag(grid, start, target)

    assert _place(event_file, request_id) == ("Room C", DAY, dt.time(10, 45))
    block = grid.meeting_block(request_id)
    assert block is not None and block.time_text() == "10:45–11:15"  # the grid shows the file
    assert window.undo_group.undoText() == "Move the bilateral “Viet Nam – Thailand” to Room C"
    assert tab.model.rowCount() == 1  # no session made or changed

    window.undo_group.undo()
    assert _place(event_file, request_id) == ("Room B", DAY, dt.time(10))
    window.undo_group.redo()
    assert _place(event_file, request_id) == ("Room C", DAY, dt.time(10, 45))


def test_a_meeting_dropped_on_a_session_room_stays_in_a_bilateral_room(
    window: MainWindow, event_file: EventFile
) -> None:
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    tab = _agenda(window)
    grid = tab.grid
    start = grid.meeting_centre(request_id)
    main_hall = grid.column_centre_x(_room_ids(grid)["Main Hall"])
    _drag(grid, start, QPointF(main_hall, start.y() + 60 * PIXELS_PER_MINUTE))

    assert _place(event_file, request_id) == ("Room B", DAY, dt.time(11))
    assert window.undo_group.undoText() == "Move the bilateral “Viet Nam – Thailand”"


def test_a_meeting_in_its_participants_session_is_marked_then_cleared_by_a_drag(
    window: MainWindow, event_file: EventFile
) -> None:
    _with_bilateral_rooms(event_file, speaker_is_duc=True)
    request_id = _meeting(event_file, start="09:30")
    tab = _agenda(window)
    grid = tab.grid
    block = grid.meeting_block(request_id)
    assert block is not None
    busy = [c.sentence for c in block.conflicts if "Opening Ceremony" in c.sentence]
    assert busy == [
        "Nguyễn Văn Đức is in the bilateral Viet Nam – Thailand (Fri 25 July 09:30–10:00) and "
        "in “Opening Ceremony” (09:00–10:00)."
    ]
    assert busy[0] in block.toolTip()

    start = grid.meeting_centre(request_id)
    _drag(grid, start, start + QPointF(0, 30 * PIXELS_PER_MINUTE))
    assert _place(event_file, request_id) == ("Room B", DAY, dt.time(10))
    block = grid.meeting_block(request_id)
    assert block is not None and block.conflicts == []
    assert tab.conflicts() == [] and tab.conflicts_panel.title.text() == "No conflicts"


def test_a_conflict_between_two_meetings_shows_the_meeting_when_double_clicked(
    window: MainWindow, event_file: EventFile
) -> None:
    _with_bilateral_rooms(event_file)
    first = _meeting(event_file)
    second = _meeting(event_file, "UNESCO", start="10:30")  # the same rector, no turnover
    tab = _agenda(window)
    tab.show_day(DAY + dt.timedelta(days=1))
    meeting_only = [
        row for row, conflict in enumerate(tab.conflicts())
        if not conflict.session_ids and conflict.bilateral_id in (first, second)
    ]  # fmt: skip
    assert meeting_only, tab.conflict_texts()
    panel = tab.conflicts_panel
    panel.list.itemDoubleClicked.emit(panel.list.item(meeting_only[0]))
    assert tab.current_day() == DAY and tab.mode() == GRID
    assert set(tab.grid.meeting_blocks()) == {first, second}


def test_without_a_bilaterals_window_double_click_says_where_meetings_are_edited(
    window: MainWindow,
    event_file: EventFile,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    tab = _agenda(window)
    monkeypatch.delattr(MainWindow, "open_bilaterals", raising=False)
    message_boxes.expect("information", "“Viet Nam – Thailand” is a bilateral meeting")
    centre = tab.grid.meeting_centre(request_id).toPoint()
    QTest.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QApplication.processEvents()


def test_double_click_opens_the_bilaterals_window_when_there_is_one(
    window: MainWindow, event_file: EventFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_bilateral_rooms(event_file)
    request_id = _meeting(event_file)
    tab = _agenda(window)
    opened: list[int] = []
    bilaterals_window = QDialog(window)

    def open_bilaterals(request_id: int) -> QDialog:
        opened.append(request_id)
        bilaterals_window.show()
        return bilaterals_window

    monkeypatch.setattr(window, "open_bilaterals", open_bilaterals, raising=False)
    centre = tab.grid.meeting_centre(request_id).toPoint()
    QTest.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QApplication.processEvents()
    assert opened == [request_id]
    assert window.undo_group.undoText() == ""  # nothing written
    # Moved in that window: the grid shows it once the window is closed.
    bilaterals.move_meeting(event_file, request_id, room="Room C", day=DAY, start="11:00")
    bilaterals_window.done(0)
    block = tab.grid.meeting_block(request_id)
    assert block is not None and block.time_text() == "11:00–11:30"
    assert block.room_id == _room_ids(tab.grid)["Room C"]
