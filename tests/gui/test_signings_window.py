"""The Agreement signings window: the register, a ceremony's running order changed by Move
up/down and saved in the event file, and Print writing the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pdf_text
from pytestqt.qtbot import QtBot

from delegations.services import signings
from delegations.services.demo import write_demo
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.signings.window import SigningsWindow


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[EventFile]:
    event_file = open_event(tmp_path / "demo.sqlite3")
    write_demo(event_file)
    yield event_file
    event_file.close()


@pytest.fixture
def signings_window(qtbot: QtBot, demo_file: EventFile) -> SigningsWindow:
    window = SigningsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rows(shown: SigningsWindow) -> list[list[str]]:
    tree = shown.tree
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]  # fmt: skip


def test_the_register_and_the_ceremony_are_listed(signings_window: SigningsWindow) -> None:
    rows = _rows(signings_window)
    assert len(rows) == 6 and not signings_window.up_button.isEnabled()
    assert rows[0][1:3] == [
        "Memorandum of Understanding on Joint Training of Tyre Manufacturing Technicians",
        "轮胎制造技术人才联合培养合作备忘录",
    ]
    assert "Forward Tire Company (Viet Nam)" in rows[0][3]
    assert rows[0][4] == "Ms. Yang Xuemei (right); Mr. Phạm Quang Huy (left)"
    signings_window.ceremony_box.setCurrentIndex(1)
    assert signings_window.up_button.isEnabled() and len(_rows(signings_window)) == 6


def test_move_down_saves_the_running_order(
    signings_window: SigningsWindow, demo_file: EventFile
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    first, second = (row[1] for row in _rows(signings_window)[:2])
    signings_window.tree.setCurrentItem(signings_window.tree.topLevelItem(0))
    signings_window.down_button.click()
    assert [row[1] for row in _rows(signings_window)[:2]] == [second, first]
    assert [row[0] for row in _rows(signings_window)[:2]] == ["1", "2"]
    assert (
        signings_window.tree.currentIndex().row() == 1
        and signings_window.status.text() == "Running order saved."
    )
    saved = signings.read_register(demo_file).ceremonies[0].agreements
    assert [a.title_en for a in saved[:2]] == [second, first]


def test_print_writes_the_running_order(
    signings_window: SigningsWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    out = tmp_path / "running.pdf"
    signings_window.print_to(out)
    qtbot.waitUntil(lambda: signings_window.status.text().startswith("Written to"), timeout=20000)
    text = pdf_text(out)
    assert "Running order of the signing ceremony" in text and "Forward Tire Company" in text


def test_the_agenda_menu_opens_agreement_signings(window) -> None:  # noqa: ANN001 (MainWindow)
    assert "Agreement si&gnings…" in [a.text() for a in window.agenda_menu.actions()]
    opened = window.open_signings()
    assert opened.windowTitle() == "Agreement signings" and opened.tree.topLevelItemCount() == 0
    opened.close()
