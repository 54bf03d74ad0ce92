"""The Seating plans window: swaps by drag, a room's layout and a session's quotas set in it,
seats given by hand, refusals in a message box, the chart and plates printed from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from boxes import MessageBoxes
from pdf_reading import page_count, page_sizes, pdf_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from delegations.domain.seating import Quota
from delegations.services import seating
from delegations.services.demo import write_demo
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.dialogs import pdf_output
from delegations.ui.seating.window import SeatingWindow

OPENING = 3  # the demo's Opening Ceremony, seated round a hollow square
LEFT, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[EventFile]:
    event_file = open_event(tmp_path / "demo.sqlite3")
    write_demo(event_file)
    yield event_file
    event_file.close()


@pytest.fixture
def seating_window(qtbot: QtBot, demo_file: EventFile) -> SeatingWindow:
    window = SeatingWindow(demo_file, session_id=OPENING)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _centre(window: SeatingWindow, label: str) -> QPoint:
    item = window.view.seat_item(label)
    assert item is not None
    return window.view.mapFromScene(item.scenePos())


def test_dragging_a_seat_onto_another_swaps_them_in_the_event_file(
    qtbot: QtBot, seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    assert seating_window.plan.seat("T1").delegation == "Brunei Darussalam"
    start, end = _centre(seating_window, "T1"), _centre(seating_window, "T3")
    viewport = seating_window.view.viewport()
    qtbot.mousePress(viewport, LEFT, NO_KEYS, start)
    for step in (1, 2, 3, 4):
        qtbot.mouseMove(viewport, start + (end - start) * step / 4)
    qtbot.mouseRelease(viewport, LEFT, NO_KEYS, end)

    assert seating_window.status.text() == "Seats T1 and T3 swapped."
    demo_file.close()
    saved = seating.read_plan(open_event(demo_file.path), OPENING)
    assert saved.seat("T1").delegation == "Cambodia"
    assert saved.seat("T3").delegation == "Brunei Darussalam"
    assert seating_window.view.seat_item("T1").toolTip().startswith("T1 — Cambodia")


def test_a_seat_dropped_on_itself_or_the_floor_changes_nothing(
    qtbot: QtBot, seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    before = seating.read_plan(demo_file, OPENING).seats
    start = _centre(seating_window, "T1")
    viewport = seating_window.view.viewport()
    qtbot.mousePress(viewport, LEFT, NO_KEYS, start)
    qtbot.mouseRelease(viewport, LEFT, NO_KEYS, start)
    qtbot.mousePress(viewport, LEFT, NO_KEYS, start)
    qtbot.mouseMove(viewport, QPoint(5, 5))
    qtbot.mouseRelease(viewport, LEFT, NO_KEYS, QPoint(5, 5))
    assert seating.read_plan(demo_file, OPENING).seats == before
    assert seating_window.status.text() == ""


def test_the_keyboard_swaps_too_and_a_wrong_seat_is_one_sentence(
    qtbot: QtBot, seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    qtbot.keyClicks(seating_window.first_seat, "T2")
    qtbot.keyClicks(seating_window.second_seat, "Q9")
    seating_window.swap_button.click()
    assert seating_window.status.text().startswith("There is no seat “Q9” in this room's layout")
    seating_window.second_seat.setText("A3")
    seating_window.swap_button.click()
    assert seating.read_plan(demo_file, OPENING).seat("A3").delegation == "Brunei Darussalam"


def test_agenda_menu_opens_seating_plans(window) -> None:  # noqa: ANN001 (MainWindow)
    opened = window.open_seating_plans()
    assert opened.windowTitle() == "Seating plans"
    assert "No session is in a room with a seat layout" in opened.warnings.text()
    opened.close()


# Layout, quotas, seats by hand, printing -------------------------------------------------


def _action(menu: QMenu, *path: str) -> QAction:
    """The action reached through `path` (menu texts without their '&')."""
    for step in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and
                    a.text().replace("&", "") == step)  # fmt: skip
    return next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])


def test_a_room_layout_set_in_the_window_and_a_bad_count_refused_in_a_box(
    seating_window: SeatingWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    panel = seating_window.layout_panel
    assert panel.room_box.currentText() == "Main Conference Hall"
    assert panel.kind_box.currentText() == "Hollow square"
    panel.choose_kind("theatre")
    assert not panel.spins["places"].isVisibleTo(panel) and panel.spins["rows"].isVisibleTo(panel)
    panel.set_count("rows", 0)
    message_boxes.expect("warning", "Rows: 0 is not between 1 and 200.")
    panel.set_button.click()
    assert message_boxes.texts == ["Rows: 0 is not between 1 and 200."]
    assert seating.room_layout(demo_file, "Main Conference Hall").spec.kind.value == "hollow-square"

    panel.set_count("rows", 10)
    panel.set_count("seats_per_row", 20)
    panel.set_button.click()
    saved = seating.room_layout(demo_file, "Main Conference Hall")
    assert (saved.spec.kind.value, saved.seats) == ("theatre", 200)
    assert len(seating_window.plan.seats) == 200 and seating_window.plan.seat("J20")
    assert seating_window.status.text() == (
        "Layout of Main Conference Hall saved: 200 seats for delegations. Its plan was seated "
        "again."
    )


def test_a_room_given_a_layout_brings_its_sessions_into_the_window(window) -> None:  # noqa: ANN001
    opened = window.open_seating_plans()
    assert opened.session_id() is None and not opened.quota_panel.isEnabled()
    opened.layout_panel.choose_kind("u-shape")
    opened.layout_panel.set_count("places", 4)
    opened.layout_panel.set_button.click()
    assert opened.session_id() is not None and opened.quota_panel.isEnabled()
    assert opened.plan.spec.kind.value == "u-shape"
    opened.close()


def test_quotas_typed_in_the_table_seat_the_session_automatically(
    seating_window: SeatingWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    panel = seating_window.quota_panel
    names = [panel.model.item(row, 0).text() for row in range(panel.model.rowCount())]
    assert names[0] == "Brunei Darussalam" and names[-1] == "China"  # precedence, host last
    assert panel.host_box.currentText() == "As the order of precedence says (opposite the chair)"
    panel.set_quota("Viet Nam", "x", "1")
    message_boxes.expect("warning", "Viet Nam, seats at the table: “x” is not a whole number.")
    panel.seat_button.click()
    panel.set_quota("Viet Nam", "600", "1")
    message_boxes.expect("warning", "Quota of Viet Nam: 600 seats at the table is not between")
    panel.seat_button.click()
    assert [d.quota for d in seating.read_plan(demo_file, OPENING).delegations][-2] == Quota(2, 4)

    panel.set_quota("Viet Nam", "1", "1")
    panel.set_quota("China", "0", "0")
    panel.host_box.setCurrentIndex(panel.host_box.findText("Beside the chair"))
    panel.seat_button.click()
    saved = seating.read_plan(demo_file, OPENING)
    held = {d.name: (d.at_table, d.behind) for d in saved.delegations}
    assert held["Viet Nam"] == (1, 1) and held["China"] == (0, 0)
    assert saved.host_place.value == "beside-chair"
    assert seating_window.status.text() == "Seated automatically: 62 seats given."


def test_too_many_seats_asked_shows_the_over_capacity_warning(
    seating_window: SeatingWindow,
) -> None:
    panel = seating_window.quota_panel
    panel.everyone_table.setValue(7)
    panel.everyone_behind.setValue(0)
    panel.fill_button.click()
    panel.seat_button.click()
    assert seating_window.warnings.isVisibleTo(seating_window)
    assert seating_window.warnings.text().startswith(
        "The quotas ask for 84 seats and the room seats 72: 12 people of Brunei Darussalam"
    )


def test_a_free_seat_given_by_its_menu_may_exceed_the_quota_and_the_plan_warns(
    seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    seating_window.set_layout(1, "hollow-square", {"places": 13})  # a 13th place, free
    members = seating.delegation_members(demo_file)
    viet_nam = next(
        d for d in seating.delegation_quotas(demo_file, OPENING) if d.name == "Viet Nam"
    )
    seated = {s.occupant_id for s in seating_window.plan.seats}
    spare = next(m for m in members[viet_nam.id] if m.id not in seated)
    menu = seating_window.seat_menu("T25")
    _action(menu, "Give seat T25 to", "Viet Nam", spare.name).trigger()

    assert seating_window.view.seat_item("T25").toolTip() == f"T25 — Viet Nam — {spare.name}"
    assert seating_window.warnings.text() == "Viet Nam has 3 seats at the table, its quota is 2."
    assert seating.read_plan(demo_file, OPENING).seat("T25").occupant_id == spare.id
    model = seating_window.quota_panel.model
    row = seating_window.quota_panel.row_of("Viet Nam")
    assert model.item(row, 3).text() == "3 + 4"
    assert model.item(row, 3).toolTip() == "More seats than the quota"

    _action(seating_window.seat_menu("T25"), "Free seat T25").trigger()
    assert seating.read_plan(demo_file, OPENING).seat("T25").delegation_id is None
    assert (
        seating_window.warnings.text() == "" and seating_window.status.text() == "Seat T25 is free."
    )


def test_another_member_sits_in_a_seat_by_its_menu(
    seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    behind = seating_window.plan.seat("A1")  # Brunei's, behind the table
    head = seating_window.plan.seat("T1")
    _action(seating_window.seat_menu("T1"), "Seat in T1", behind.occupant).trigger()
    saved = seating.read_plan(demo_file, OPENING)
    assert saved.seat("T1").occupant == behind.occupant and saved.seat("A1").occupant == ""
    assert head.occupant not in {s.occupant for s in saved.seats}


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    paths: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", paths.append)
    return paths


def test_the_chart_and_the_plates_print_from_the_window(
    qtbot: QtBot, seating_window: SeatingWindow, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = seating_window.open_print_dialog()
    qtbot.waitUntil(lambda: not dialog.preview.image().isNull(), timeout=30_000)
    assert dialog.preview.image().width() > dialog.preview.image().height()  # landscape chart
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
    dialog.print_to(tmp_path / "chart.pdf")
    qtbot.waitUntil(lambda: opened == [tmp_path / "chart.pdf"], timeout=30_000)
    assert [round(side) for side in page_sizes(tmp_path / "chart.pdf")[0]] == [842, 595]
    assert "Opening Ceremony" in pdf_text(tmp_path / "chart.pdf")

    dialog.plates_radio.setChecked(True)
    dialog.names_check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    dialog.print_to(tmp_path / "plates.pdf")
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30_000)
    assert page_count(tmp_path / "plates.pdf") == 24
    text = pdf_text(tmp_path / "plates.pdf")
    assert "Brunei Darussalam" in text and "China" in text
    assert seating_window.plan.seat("T1").occupant in text  # the person's name, as asked
    assert dialog.message_text() == (
        f"Name plates – Opening Ceremony (24 pages) written to {tmp_path / 'plates.pdf'}"
    )
    dialog.close()


def test_alt_letters_reach_one_thing_in_each_tab_and_in_the_print_dialog(
    seating_window: SeatingWindow, opened: list[Path]
) -> None:
    from test_mnemonics import clashes, widget_texts

    for index in range(seating_window.tabs.count()):
        seating_window.tabs.setCurrentIndex(index)
        assert clashes(widget_texts(seating_window)) == []
    dialog = seating_window.open_print_dialog()
    assert clashes(widget_texts(dialog)) == []
    assert len(widget_texts(dialog)) >= 6 and opened == []
    dialog.close()


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[set[str]]:
    """test_language_pseudo's catalogue (every message as ‹source›), for this test only."""
    from test_language_pseudo import pseudo_catalogue

    qm, sources = pseudo_catalogue(tmp_path)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield sources
    qapp.removeTranslator(translator)


def test_the_window_and_its_print_dialog_show_only_translated_words(
    qtbot: QtBot, demo_file: EventFile, opened: list[Path], pseudo: set[str]
) -> None:
    from test_language_pseudo import shown_texts, untranslated

    sources = pseudo
    window = SeatingWindow(demo_file, session_id=OPENING)
    qtbot.addWidget(window)
    window.show()
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        texts += shown_texts(window)
    menu = window.seat_menu("T1")
    texts += [("menu", a.text()) for a in menu.actions()]
    dialog = window.open_print_dialog()
    dialog.plates_radio.setChecked(True)
    texts += shown_texts(dialog)
    assert window.quota_panel.seat_button.text() == "‹Seat &automatically›"
    assert untranslated(texts, sources) == []
    dialog.close()


def test_the_keyboard_reaches_a_seat_s_menu_through_the_seat_field(
    qtbot: QtBot, seating_window: SeatingWindow
) -> None:
    seating_window.set_layout(1, "hollow-square", {"places": 13})
    qtbot.keyClicks(seating_window.first_seat, "t25")
    menu = seating_window.typed_seat_menu()
    assert [a.text() for a in menu.actions()] == ["&Give seat T25 to"]
    seating_window.first_seat.setText("Q9")
    assert seating_window.typed_seat_menu() is None
    assert seating_window.status.text() == "There is no seat “Q9” in this plan."


def _drag_to(window: SeatingWindow, mime: QMimeData, label: str) -> tuple[bool, bool]:
    """Drag `mime` over the seat `label` and drop it there, as Qt delivers a drag and drop:
    (whether the move was accepted, whether the drop was)."""
    viewport = window.view.viewport()
    point = QPointF(_centre(window, label))
    copy = Qt.DropAction.CopyAction
    QApplication.sendEvent(viewport, QDragEnterEvent(point.toPoint(), copy, mime, LEFT, NO_KEYS))
    move = QDragMoveEvent(point.toPoint(), copy, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point, copy, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted(), drop.isAccepted()


def test_a_delegation_dragged_from_the_quotas_onto_a_free_seat_gets_it(
    seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    seating_window.set_layout(1, "hollow-square", {"places": 13})
    panel = seating_window.quota_panel
    mime = panel.model.mimeData([panel.model.index(panel.row_of("Thailand"), 0)])
    assert _drag_to(seating_window, mime, "T1") == (False, False)  # Brunei's seat
    assert seating.read_plan(demo_file, OPENING).seat("T1").delegation == "Brunei Darussalam"

    assert _drag_to(seating_window, mime, "T26") == (True, True)
    assert seating.read_plan(demo_file, OPENING).seat("T26").delegation == "Thailand"
    assert seating_window.status.text() == "Seat T26 given."
    assert seating_window.warnings.text() == "Thailand has 3 seats at the table, its quota is 2."


def test_print_sends_the_chart_to_a_printer_after_the_preview_at_its_size(
    qtbot: QtBot, seating_window: SeatingWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_printing import PrintDesk, assert_pages

    from delegations.ui import printing

    desk = PrintDesk(tmp_path / "paper.pdf")  # looks at the real preview, picks a PDF printer
    monkeypatch.setattr(printing, "confirm_preview", desk.confirm_preview)
    monkeypatch.setattr(printing, "ask_printer", desk.ask_printer)
    dialog = seating_window.open_print_dialog()  # the chart, A3 landscape
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    qtbot.mouseClick(dialog.printer_button, LEFT)
    qtbot.waitUntil(lambda: dialog.message_text().startswith("Sent to the printer"), timeout=60_000)
    [(pages, _caption, drawn)] = desk.previews
    assert (pages, drawn) == (1, 1)
    assert [round(mm) for mm in desk.asked_mm[0]] == [420, 297]
    assert_pages(desk.paper, (420, 297), 1)
    dialog.close()


def test_another_room_s_layout_keeps_the_session_shown_and_the_panel_on_that_room(
    seating_window: SeatingWindow, demo_file: EventFile
) -> None:
    panel = seating_window.layout_panel
    panel.room_box.setCurrentIndex(panel.room_box.findText("Qianling Room (no layout)"))
    panel.choose_kind("classroom")
    panel.set_count("rows", 5)
    panel.set_count("seats_per_row", 10)
    panel.set_button.click()
    assert panel.room_box.currentText() == "Qianling Room"
    assert panel.kind_box.currentText() == "Classroom"
    assert seating_window.session_id() == OPENING
    rooms = {seating_window.session_box.itemText(i).split(" · ")[1]
             for i in range(seating_window.session_box.count())}  # fmt: skip
    assert "Qianling Room" in rooms
    assert seating.room_layout(demo_file, "Qianling Room").seats == 50
