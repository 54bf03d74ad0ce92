"""The Transfers and manifests window (Travel ▸ Transfers and manifests…) on the demo: the
busiest day's arrival runs with their passengers, departures; the settings saved (the runs
follow) or refused in one sentence under the form with nothing saved; the manifest exported
and printed, then what changed since that print listed; a preview is not a print."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pdf_text
from pytestqt.qtbot import QtBot

from delegations.domain.transfers import Direction
from delegations.services import transfers
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.transfers.window import TransfersWindow


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    shutil.copy(demo_path, tmp_path / "demo.sqlite3")
    event_file = open_event(tmp_path / "demo.sqlite3")
    yield event_file
    event_file.close()


@pytest.fixture
def shown(qtbot: QtBot, demo_file: EventFile) -> TransfersWindow:
    window = TransfersWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _runs(window: TransfersWindow) -> list[tuple[str, list[str]]]:
    tree = window.runs_tree
    return [(tree.topLevelItem(r).text(0),
             [tree.topLevelItem(r).child(c).text(0) for c in range(tree.topLevelItem(r).childCount())])
            for r in range(tree.topLevelItemCount())]  # fmt: skip


def _move_leg(event_file: EventFile, number: str, time: str) -> None:
    with event_file.write_locked() as connection:
        connection.execute("UPDATE travelleg SET time = ? WHERE number = ?", (time, number))


def test_the_busiest_days_arrivals_then_departures(shown: TransfersWindow) -> None:
    assert shown.day() == dt.date(2025, 7, 24) and shown.direction() is Direction.ARRIVAL
    runs = _runs(shown)
    assert runs and all(passengers for _title, passengers in runs)
    assert runs[0][0].startswith("A1 · ")
    people = sum(len(passengers) for _title, passengers in runs)
    assert shown.summary.text() == f"{len(runs)} vehicles, {people} people"
    assert any("Dr. Wang Haitao" in names for _title, names in runs)  # the G2961 train
    shown.direction_box.setCurrentIndex(1)
    days = [shown.day_box.itemData(i) for i in range(shown.day_box.count())]
    shown.day_box.setCurrentIndex(days.index(dt.date(2025, 7, 28)))
    departures = _runs(shown)
    assert departures and all(title.startswith("D") for title, _names in departures)
    assert shown.changes_title.text() == "Not printed yet."


def test_settings_saved_and_the_runs_follow(shown: TransfersWindow, demo_file: EventFile) -> None:
    shown.vehicles_edit.setText("car=3, minibus=12")
    shown.window_spin.setValue(20)
    shown.greeters_edit.setPlainText("KWE T2=Ms Wang Li")
    assert shown.save_settings()
    assert transfers.saved_settings_text(demo_file).vehicles == "car=3,minibus=12"
    assert shown.vehicles_edit.text() == "car=3,minibus=12"  # as saved, read again
    kinds = {title.split(" · ")[1].split(" (")[0] for title, _names in _runs(shown)}
    assert kinds <= {"car", "minibus"} and "minibus" in kinds
    greeters = {shown.runs_tree.topLevelItem(r).text(6)
                for r in range(shown.runs_tree.topLevelItemCount())}  # fmt: skip
    assert "Ms Wang Li" in greeters
    assert shown.status.text() == "Transfer settings saved."


def test_bad_settings_are_one_sentence_under_the_form(
    shown: TransfersWindow, demo_file: EventFile
) -> None:
    before = _runs(shown)
    shown.vehicles_edit.setText("car=3,bus")
    assert not shown.save_settings()
    assert shown.settings_error.text() == (
        "The vehicle “bus” is not NAME=SEATS with at least one seat (e.g. car=3,van=7,coach=40)."
    )
    shown.vehicles_edit.setText("car=3")
    shown.meeting_points_edit.setPlainText("Gate 3")
    assert not shown.save_settings()
    assert shown.settings_error.text().startswith("The meeting point “Gate 3” is not PLACE=TEXT")
    assert transfers.saved_settings_text(demo_file) == transfers.SettingsText()
    assert _runs(shown) == before


def test_export_then_the_changes_since_are_listed(
    shown: TransfersWindow, demo_file: EventFile, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    written = shown.export_to(tmp_path / "arrivals")
    assert written == tmp_path / "arrivals.xlsx"
    book = load_workbook(written, read_only=True)
    names = {row[12] for row in book["Manifest"].iter_rows(min_row=2, values_only=True)}
    book.close()
    assert names == {n for _title, passengers in _runs(shown) for n in passengers}
    assert shown.changes_title.text().endswith(": 0") and shown.change_texts() == []
    _move_leg(demo_file, "G2961", "16:48")  # another window moves the train
    shown.refresh("travel")
    assert shown.changes_title.text().startswith("Changes since the print of ")
    texts = shown.change_texts()
    assert texts and all("(was G2961 11:48)" in t for t in texts if "G2961" in t)
    assert any(t.startswith("Changed: Dr. Wang Haitao (China)") for t in texts)


def test_a_preview_is_not_a_print_and_a_saved_pdf_is(
    shown: TransfersWindow, demo_file: EventFile, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from delegations.ui.dialogs import pdf_output

    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    dialog = shown.open_print_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert dialog.message_text() == ""
    assert shown.changes_title.text() == "Not printed yet."  # previewed, not printed
    out = tmp_path / "arrivals.pdf"
    with qtbot.waitSignal(dialog.recorded, timeout=20000):
        dialog.print_to(out)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert "Arrivals — Thursday 24 July 2025" in pdf_text(out)
    assert shown.changes_title.text().endswith(": 0")
    _move_leg(demo_file, "G2961", "16:48")
    dialog.changes_only.setChecked(True)  # the preview of the changes alone
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    changes = tmp_path / "changes.pdf"
    with qtbot.waitSignal(dialog.recorded, timeout=20000):
        dialog.print_to(changes)
    text = pdf_text(changes)
    assert "Changes since the last print" in text and "(was G2961 11:48)" in text
    dialog.close()


def test_the_travel_menu_opens_the_window(window, qtbot: QtBot) -> None:  # noqa: ANN001
    [action] = [a for a in window.travel_menu.actions()
                if a.text() == "&Transfers and manifests…"]  # fmt: skip
    action.trigger()
    opened = window.findChildren(TransfersWindow)
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()


def test_every_field_button_and_list_has_a_name(shown: TransfersWindow, qtbot: QtBot) -> None:
    from test_conventions_accessibility import unnamed

    assert unnamed(shown) == []
    dialog = shown.open_print_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert unnamed(dialog) == []
    dialog.close()
