"""The Seating plans window: a seat dragged onto another swaps them in the event file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from delegations.services import seating
from delegations.services.demo import write_demo
from delegations.services.event import open_event
from delegations.store import EventFile
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
