"""The agenda's time grid: drag and resize with the mouse, undo and redo, live conflicts,
programme versions, export and import — each checked in the event file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boxes import MessageBoxes
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from delegations.domain.conflicts import ConflictKind
from delegations.domain.enums import SpeakerRole
from delegations.services import agenda as agenda_service
from delegations.services import speakers as speaker_service
from delegations.ui.agenda.grid import PIXELS_PER_MINUTE
from delegations.ui.agenda.tab import GRID, LIST, AgendaTab
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]
DAY = dt.date(2025, 7, 25)  # the day of the fixture's "Opening Ceremony", 09:00–10:00


def _agenda(window: MainWindow) -> AgendaTab:
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    assert tab.current_day() == DAY and tab.mode() == GRID
    return tab


def _ids(read_file: ReadFile) -> dict[str, int]:
    return read_file(
        lambda s: {row.title_en: row.id for row in agenda_service.list_sessions(session=s)}
    )


def _session(read_file: ReadFile, session_id: int) -> Any:
    return read_file(lambda s: agenda_service.get_session(session=s, session_id=session_id))


def _add_room_and_session(
    tab: AgendaTab, *, start: int, end: int, speaker: bool = False, room: str = "Huaxi Hall"
) -> int:
    """A second room and a session in it on DAY (start/end in hours); returns its id."""
    with tab._event_file.session() as session:  # noqa: SLF001 — test set-up
        rooms = {r.name: r.id for r in agenda_service.list_rooms(session=session)}
        room_id = (
            rooms.get(room)
            or agenda_service.create_room(
                session=session, room_in=agenda_service.RoomCreate(name=room)
            ).id
        )
        record = agenda_service.create_session(
            session=session, session_in=agenda_service.SessionCreate(
                day=DAY, start_time=dt.time(start), end_time=dt.time(end),
                room_id=room_id, title_en="Digital Skills Seminar",
            ),
        )  # fmt: skip
        if speaker:
            speaker_id = speaker_service.list_speakers(session=session)[0].id
            agenda_service.set_session_speakers(
                session=session, session_id=record.id, speakers=[(speaker_id, SpeakerRole.KEYNOTE)]
            )
        new_id = record.id
    tab.reload()
    return new_id


def _drag(grid: Any, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release on the grid's viewport, then let the drop arrive."""
    viewport = grid.viewport()
    a, b = start.toPoint(), end.toPoint()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 5):
        point = a + (b - a) * step / 4
        QTest.mouseMove(viewport, QPoint(int(point.x()), int(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QApplication.processEvents()  # the drop is queued


def _undo(window: MainWindow) -> None:
    window.undo_group.undo()


def test_drag_a_block_later_and_undo_redo(window: MainWindow, read_file: ReadFile) -> None:
    tab = _agenda(window)
    opening = _ids(read_file)["Opening Ceremony"]
    grid = tab.grid
    start = grid.block_centre(opening)
    _drag(grid, start, start + QPointF(0, 60 * PIXELS_PER_MINUTE + 2))  # an hour, snapped

    record = _session(read_file, opening)
    assert (record.start_time, record.end_time) == (dt.time(10), dt.time(11))
    assert grid.block(opening).row.start_time == dt.time(10)  # the grid shows the file
    assert window.undo_group.undoText() == "Move “Opening Ceremony”"

    _undo(window)
    record = _session(read_file, opening)
    assert (record.start_time, record.end_time) == (dt.time(9), dt.time(10))
    window.undo_group.redo()
    assert _session(read_file, opening).start_time == dt.time(10)


def test_ctrl_z_on_the_grid_undoes_the_move(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    tab = _agenda(window)
    opening = _ids(read_file)["Opening Ceremony"]
    start = tab.grid.block_centre(opening)
    _drag(tab.grid, start, start + QPointF(0, 30 * PIXELS_PER_MINUTE))
    assert _session(read_file, opening).start_time == dt.time(9, 30)
    window.activateWindow()
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _session(read_file, opening).start_time == dt.time(9)
    qtbot.keyClick(
        tab.grid,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _session(read_file, opening).start_time == dt.time(9, 30)


def test_drag_across_columns_changes_the_room(window: MainWindow, read_file: ReadFile) -> None:
    tab = _agenda(window)
    other = _add_room_and_session(tab, start=14, end=15)
    opening = _ids(read_file)["Opening Ceremony"]
    rooms = read_file(lambda s: {r.name: r.id for r in agenda_service.list_rooms(session=s)})
    grid = tab.grid
    start = grid.block_centre(opening)
    target = QPointF(grid.column_centre_x(rooms["Huaxi Hall"]), start.y() + 15 * PIXELS_PER_MINUTE)
    _drag(grid, start, target)

    record = _session(read_file, opening)
    assert record.room_id == rooms["Huaxi Hall"]
    assert (record.start_time, record.end_time) == (dt.time(9, 15), dt.time(10, 15))
    assert window.undo_group.undoText() == "Move “Opening Ceremony” to Huaxi Hall"
    assert _session(read_file, other).room_id == rooms["Huaxi Hall"]  # untouched

    _undo(window)
    record = _session(read_file, opening)
    assert (record.room_id, record.start_time) == (rooms["Main Hall"], dt.time(9))


def test_dragging_the_bottom_edge_changes_the_end(window: MainWindow, read_file: ReadFile) -> None:
    tab = _agenda(window)
    opening = _ids(read_file)["Opening Ceremony"]
    grid = tab.grid
    block = grid.block(opening)
    bottom = grid.mapFromScene(block.sceneBoundingRect().bottomLeft() + QPointF(40, -4))
    _drag(grid, QPointF(bottom), QPointF(bottom) + QPointF(0, 45 * PIXELS_PER_MINUTE + 1))

    record = _session(read_file, opening)
    assert (record.start_time, record.end_time) == (dt.time(9), dt.time(10, 45))
    assert window.undo_group.undoText() == "Change the end of “Opening Ceremony”"
    _undo(window)
    assert _session(read_file, opening).end_time == dt.time(10)


def test_a_room_booked_twice_is_marked_and_cleared(window: MainWindow, read_file: ReadFile) -> None:
    tab = _agenda(window)
    other = _add_room_and_session(tab, start=11, end=12)
    opening = _ids(read_file)["Opening Ceremony"]
    assert tab.conflicts() == [] and tab.conflicts_panel.title.text() == "No conflicts"
    rooms = read_file(lambda s: {r.name: r.id for r in agenda_service.list_rooms(session=s)})
    grid = tab.grid
    start = grid.block_centre(other)
    target = QPointF(grid.column_centre_x(rooms["Main Hall"]), grid.viewport_y(9 * 60 + 30) + 5)
    _drag(grid, start, target)

    assert _session(read_file, other).room_id == rooms["Main Hall"]
    kinds = [c.kind for c in tab.conflicts()]
    assert kinds == [ConflictKind.ROOM_DOUBLE_BOOKED]
    assert "Main Hall is booked twice" in tab.conflict_texts()[0]
    assert tab.conflicts_panel.title.text() == "1 conflict"
    for session_id in (opening, other):
        block = grid.block(session_id)
        assert [c.kind for c in block.conflicts] == [ConflictKind.ROOM_DOUBLE_BOOKED]
        assert "booked twice" in block.toolTip()

    # Double-clicking the conflict selects both sessions.
    tab.grid.select_ids([])
    item = tab.conflicts_panel.list.item(0)
    tab.conflicts_panel.list.itemDoubleClicked.emit(item)
    assert tab.selected_session_ids() == sorted([opening, other])

    _undo(window)  # back to Huaxi Hall: fixed
    assert tab.conflicts() == [] and tab.conflicts_panel.list.count() == 0
    assert grid.block(opening).conflicts == [] and grid.block(other).conflicts == []


def test_a_speaker_in_two_sessions_at_once_is_marked_and_cleared(
    window: MainWindow, read_file: ReadFile
) -> None:
    tab = _agenda(window)
    other = _add_room_and_session(tab, start=11, end=12, speaker=True)
    assert tab.conflicts() == []
    grid = tab.grid
    start = grid.block_centre(other)
    _drag(grid, start, start - QPointF(0, 90 * PIXELS_PER_MINUTE))  # 09:30–10:30

    assert _session(read_file, other).start_time == dt.time(9, 30)
    assert [c.kind for c in tab.conflicts()] == [ConflictKind.PERSON_DOUBLE_BOOKED]
    assert "Zhen Bai is in two sessions at once" in tab.conflict_texts()[0]
    assert grid.block(other).conflicts and grid.block(other).isSelected()

    start = grid.block_centre(other)
    _drag(grid, start, start + QPointF(0, 30 * PIXELS_PER_MINUTE))  # 10:00–11:00: back to back
    assert _session(read_file, other).start_time == dt.time(10)
    assert tab.conflicts() == [] and grid.block(other).conflicts == []


def test_over_capacity_and_outside_the_stay_show_in_the_list(
    window: MainWindow, read_file: ReadFile
) -> None:
    tab = _agenda(window)
    opening = _ids(read_file)["Opening Ceremony"]
    with tab._event_file.session() as session:  # noqa: SLF001 — test set-up
        agenda_service.update_session(
            session=session,
            session_id=opening,
            session_in=agenda_service.SessionUpdate(expected_attendance=500),
        )
    window.data_changed.emit("agenda")
    assert [c.kind for c in tab.conflicts()] == [ConflictKind.OVER_CAPACITY]
    assert "holds 300" in tab.grid.block(opening).toolTip()


def test_add_edit_and_delete_are_undone(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile, message_boxes: MessageBoxes
) -> None:
    tab = _agenda(window)
    dialog = tab.open_session_dialog()
    qtbot.keyClicks(dialog.title_en, "Signing of Memoranda")
    dialog.room.setCurrentIndex(dialog.room.findText("Main Hall"))
    dialog.speakers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    new_id = _ids(read_file)["Signing of Memoranda"]
    assert window.undo_group.undoText() == "Add “Signing of Memoranda”"
    assert tab.grid.block(new_id) is not None

    _undo(window)
    assert "Signing of Memoranda" not in _ids(read_file)
    assert tab.grid.block(new_id) is None
    window.undo_group.redo()
    assert _ids(read_file)["Signing of Memoranda"] == new_id  # the same id again

    # Edit through the form (double-click on the block opens it).
    opening = _ids(read_file)["Opening Ceremony"]
    tab.grid.edit_requested.emit(opening)
    QApplication.processEvents()
    edit = tab.findChildren(type(dialog))[-1]
    assert edit.isVisible() and edit.title_en.text() == "Opening Ceremony"
    edit.title_en.setText("Opening Ceremony of the Week")
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _session(read_file, opening).title_en == "Opening Ceremony of the Week"
    _undo(window)
    assert _session(read_file, opening).title_en == "Opening Ceremony"

    # Delete, then undo: back with its speakers and its id.
    tab.select_sessions([opening])
    message_boxes.expect(
        "question", "Delete the session “Opening Ceremony”?", answer=QMessageBox.StandardButton.Yes
    )
    tab.delete_button.click()
    assert opening not in _ids(read_file).values()
    _undo(window)
    assert _ids(read_file)["Opening Ceremony"] == opening
    rows = read_file(lambda s: agenda_service.list_sessions(session=s, day=DAY))
    assert [r.speaker_names for r in rows if r.id == opening] == [("Zhen Bai",)]


def test_the_list_is_a_second_view_of_the_same_sessions(window: MainWindow) -> None:
    tab = _agenda(window)
    opening = next(iter(tab.grid.blocks()))
    tab.grid.select_ids([opening])
    tab.list_button.click()
    assert tab.mode() == LIST and tab.current_day() == DAY
    assert tab.selected_session_ids() == [opening]
    tab.show_day(None)  # all days: always the list
    assert tab.mode() == LIST
    tab.grid_button.click()
    assert tab.mode() == GRID and tab.current_day() == DAY


def test_publish_a_version_then_the_changes_view_lists_the_edit(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    tab = _agenda(window)
    publish = tab.open_publish_dialog()
    qtbot.keyClicks(publish.note, "sent to the printer")
    publish.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Published programme version 1." in window.statusBar().currentMessage()

    opening = _ids(read_file)["Opening Ceremony"]
    start = tab.grid.block_centre(opening)
    _drag(tab.grid, start, start + QPointF(0, 60 * PIXELS_PER_MINUTE))

    changes = tab.open_changes_dialog()
    assert changes.current_version() == 1
    assert "sent to the printer" in changes.version.currentText()
    sentences = changes.sentences()
    assert changes.summary.text() == "1 change since version 1:"
    assert len(sentences) == 1
    assert "Opening Ceremony" in sentences[0] and "10:00" in sentences[0]
    assert changes.tree.topLevelItem(0).text(0) == "Friday, 25 July 2025"
    assert changes.errata_button.isVisible() and changes.errata_button.isEnabled()
    changes.reject()


def test_export_then_import_the_agenda(
    window: MainWindow, read_file: ReadFile, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    tab = _agenda(window)
    out = tmp_path / "agenda.json"
    message_boxes.expect("information", f"1 session written to {out}.")
    assert tab.export_agenda(out)
    assert out.is_file()
    for suffix in (".ics", ".xml"):
        message_boxes.expect("information", f"written to {tmp_path / f'agenda{suffix}'}.")
        assert tab.export_agenda(tmp_path / f"agenda{suffix}")

    opening = _ids(read_file)["Opening Ceremony"]
    tab.delete_sessions([opening])
    assert _ids(read_file) == {}
    message_boxes.expect(
        "question",
        "Replace the whole agenda — 0 sessions, their rooms and speakers — with the 1 session "
        "in agenda.json?",
        answer=QMessageBox.StandardButton.Yes,
    )
    message_boxes.expect(
        "information",
        "Imported 1 session, 1 room and 1 speaker.",
    )
    assert tab.import_agenda(out)
    assert _ids(read_file) == {"Opening Ceremony": opening}
    assert tab.grid.block(opening) is not None
    assert not tab.undo_stack.canUndo()  # an import replaces everything: no undo past it


def test_an_import_that_is_refused_says_why(
    window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    tab = _agenda(window)
    bad = tmp_path / "agenda.json"
    bad.write_text("{not json", encoding="utf-8")
    message_boxes.expect("warning", "agenda.json is not valid JSON")
    assert not tab.import_agenda(bad)
