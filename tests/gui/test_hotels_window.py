"""The Hotels and rooming window (Travel ▸ Hotels and rooming…): the demo's hotels and rooming
lists; a guest vacated shows among those with no room and gets a room again (sharing); a room
over capacity is warned; a delegation placed; hotels, room types and blocks added and removed,
bad input refused in one sentence in the form with nothing saved; the rooming list exported
to .xlsx and printed to PDF."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from boxes import Button, MessageBoxes
from openpyxl import load_workbook
from pdf_reading import pdf_text
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from delegations.services import hotels
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.hotels.dialogs import AssignDialog
from delegations.ui.hotels.window import HotelsWindow


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    shutil.copy(demo_path, tmp_path / "demo.sqlite3")
    event_file = open_event(tmp_path / "demo.sqlite3")
    yield event_file
    event_file.close()


@pytest.fixture
def shown(qtbot: QtBot, demo_file: EventFile) -> HotelsWindow:
    window = HotelsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select_guest(window: HotelsWindow, name: str) -> None:
    tree = window.rooms_tree
    for r in range(tree.topLevelItemCount()):
        room = tree.topLevelItem(r)
        for g in range(room.childCount()):
            if room.child(g).text(1) == name:
                tree.setCurrentItem(room.child(g))
                return
    raise AssertionError(f"{name} is not in the rooming list")


def _stays(event_file: EventFile) -> dict[str, tuple[str, int]]:
    """Each guest's (hotel, room id), as the file says."""
    return {guest.name: (view.name, room.id)
            for view in hotels.read_rooming(event_file).hotels
            for room in view.rooms for guest in room.guests}  # fmt: skip


def test_the_demo_hotels_and_rooming_list(shown: HotelsWindow) -> None:
    assert [shown.hotel_list.item(r).text() for r in range(shown.hotel_list.count())] == [
        "Kempinski Hotel Guiyang", "Sheraton Guiyang Hotel",
    ]  # fmt: skip
    rows = shown.rows()
    assert rows[0] == ["2801 · Executive Suite (1/2)"]
    assert rows[1][1:3] == ["Dato Mohd Azmi bin Haji Ismail", "Brunei Darussalam"]
    assert rows[1][6:8] == ["20:25 CZ3427", "16:10 CZ3428"]  # the flights, for the hotel
    assert "74 rooms, 74 guests" in shown.details.text()
    assert shown.warnings_title.text() == "No warnings at this hotel"
    assert shown.roomless_title.text() == "Everyone who needs a room has one"
    assert not shown.vacate_button.isEnabled() and not shown.place_button.isEnabled()
    shown.tabs.setCurrentIndex(1)
    types = [shown.blocks_tree.topLevelItem(r).text(0)
             for r in range(shown.blocks_tree.topLevelItemCount())]  # fmt: skip
    assert types == ["Deluxe King (sleeps 2)", "Executive Suite (sleeps 2)"]
    night = shown.nights_tree.topLevelItem(0)
    assert [night.text(c) for c in range(4)] == ["Thu, 24 Jul", "Deluxe King", "65", "51"]


def test_vacate_then_share_a_room(
    shown: HotelsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    _select_guest(shown, "Dr. Goh Wei Ming")
    shown.vacate_button.click()
    assert "Dr. Goh Wei Ming" not in _stays(demo_file)
    assert shown.roomless_title.text() == "No room: 1"
    assert shown.roomless_list.item(0).text().startswith("Dr. Goh Wei Ming (Brunei Darussalam)")
    assert shown.place_button.isEnabled()
    shown.roomless_list.setCurrentRow(0)
    dialog = shown.assign()
    assert isinstance(dialog, AssignDialog)
    assert dialog.person_box.currentText() == "Dr. Goh Wei Ming"
    dialog.share_radio.setChecked(True)
    dialog.share_box.setCurrentText("Dr. Siti Aminah binti Othman")
    dialog.requests_edit.setText("Quiet floor")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    stays = _stays(demo_file)
    assert stays["Dr. Goh Wei Ming"] == stays["Dr. Siti Aminah binti Othman"]
    assert shown.roomless_title.text() == "Everyone who needs a room has one"
    assert shown.status.text() == "Dr. Goh Wei Ming has a room at Kempinski Hotel Guiyang."
    shared = [row for row in shown.rows() if row[1:2] == ["Dr. Goh Wei Ming"]]
    assert shared[0][8] == "Quiet floor"


def test_a_third_guest_in_a_twin_room_is_warned(shown: HotelsWindow) -> None:
    for name in ("Dr. Goh Wei Ming", "Awang Khairul Anuar bin Ali"):
        _select_guest(shown, name)
        dialog = shown.assign()
        assert isinstance(dialog, AssignDialog)
        dialog.share_radio.setChecked(True)
        dialog.share_box.setCurrentText("Dr. Siti Aminah binti Othman")
        dialog.accept()
        assert dialog.error_text() == ""
    assert shown.warnings_title.text() == "Warnings: 1"
    [warning] = shown.warning_texts()
    assert "has 3 guests" in warning and "it sleeps 2" in warning


def test_place_a_delegation(shown: HotelsWindow, demo_file: EventFile) -> None:
    for name in ("Dr. Goh Wei Ming", "Awang Khairul Anuar bin Ali"):
        _select_guest(shown, name)
        shown.vacate_button.click()
    assert len(shown.roomless_ids()) == 2
    shown.hotel_list.setCurrentRow(1)  # the Sheraton
    dialog = shown.place()
    assert dialog is not None
    assert dialog.delegation_box.currentText() == "Brunei Darussalam"
    dialog.type_box.setCurrentText("Deluxe Twin")
    dialog.per_room_box.setValue(3)
    dialog.accept()
    assert dialog.error_text() == "Per room: a Deluxe Twin room sleeps 2, not 3."
    assert len(shown.roomless_ids()) == 2  # nothing saved
    dialog.per_room_box.setValue(1)
    dialog.accept()
    assert dialog.error_text() == ""
    assert shown.status.text() == "Brunei Darussalam: 2 placed in 2 rooms."
    assert _stays(demo_file)["Dr. Goh Wei Ming"][0] == "Sheraton Guiyang Hotel"
    assert shown.roomless_ids() == []


def test_hotel_room_type_and_block(
    shown: HotelsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    dialog = shown.add_hotel()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_text() == "Hotel: a hotel needs a name."
    dialog.name_edit.setText("  Kempinski   hotel guiyang ")
    dialog.accept()
    assert dialog.error_text() == "Hotel: there is already a hotel “Kempinski Hotel Guiyang”."
    dialog.name_edit.setText("Guiyang  Park Hotel")
    dialog.address_edit.setText("Zhonghua North Road")
    dialog.accept()
    assert not dialog.isVisible()
    assert shown.hotel_name() == "Guiyang Park Hotel"
    assert not shown.block_button.isEnabled()  # no room type yet
    types = shown.set_room_type()
    types.name_box.setCurrentText("Twin")
    types.sleeps_box.setValue(2)
    types.accept()
    block = shown.add_block()
    block.check_in_edit.setDate(QDate(2025, 7, 24))
    block.check_out_edit.setDate(QDate(2025, 7, 27))
    block.rooms_box.setValue(0)
    block.accept()
    assert block.error_text() == "Rooms: a block holds one room or more, not 0."
    block.rooms_box.setValue(8)
    block.check_out_edit.setDate(QDate(2025, 7, 24))
    block.accept()
    assert "not after its check-in" in block.error_text()
    assert hotels.read_rooming(demo_file).hotel("Guiyang Park Hotel").blocks == ()
    block.check_out_edit.setDate(QDate(2025, 7, 27))
    block.accept()
    assert block.error_text() == ""
    twin = shown.blocks_tree.topLevelItem(0)
    assert twin.text(0) == "Twin (sleeps 2)"
    assert twin.child(0).text(1) == "8 rooms, Thu, 24 Jul – Sun, 27 Jul"
    assert shown.nights_tree.topLevelItemCount() == 3
    shown.blocks_tree.setCurrentItem(twin)
    message_boxes.expect("question", "Remove every block of Twin", answer=Button.Yes)
    shown.remove_blocks_button.click()
    assert hotels.read_rooming(demo_file).hotel("Guiyang Park Hotel").blocks == ()
    message_boxes.expect("question", "Remove Guiyang Park Hotel", answer=Button.Yes)
    shown.remove_hotel_button.click()
    assert [view.name for view in hotels.read_rooming(demo_file).hotels] == [
        "Kempinski Hotel Guiyang", "Sheraton Guiyang Hotel",
    ]  # fmt: skip
    assert shown.status.text() == "Hotel Guiyang Park Hotel removed."


def test_export_xlsx(shown: HotelsWindow, tmp_path: Path) -> None:
    shown.hotel_list.setCurrentRow(1)
    written = shown.export_to(tmp_path / "Sheraton rooming")
    assert written == tmp_path / "Sheraton rooming.xlsx"
    cells = [str(c) for row in load_workbook(written).active.iter_rows(values_only=True)
             for c in row if c]  # fmt: skip
    assert any("Sheraton Guiyang Hotel" in c for c in cells)
    guests = [row[1] for row in shown.rows() if len(row) > 1]
    assert guests and all(any(guest in c for c in cells) for guest in guests)


def test_print_previews_and_writes_the_pdf(
    shown: HotelsWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegations.ui.dialogs import pdf_output

    opened: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", opened.append)
    dialog = shown.open_print_dialog()
    assert dialog is not None and dialog.hotel_box.currentText() == "Kempinski Hotel Guiyang"
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert dialog.message_text() == ""
    out = tmp_path / "rooming.pdf"
    dialog.print_to(out)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [out]
    text = pdf_text(out)
    assert "Kempinski Hotel Guiyang" in text and "Dato Mohd Azmi bin Haji Ismail" in text
    assert dialog.message_text() == f"Rooming list – Kempinski Hotel Guiyang written to {out}"
    dialog.close()


def test_the_travel_menu_opens_the_window(window, qtbot: QtBot) -> None:  # noqa: ANN001
    menu = window.travel_menu
    assert menu.title() == "&Travel"
    [action] = [a for a in menu.actions() if a.text() == "&Hotels and rooming…"]
    action.trigger()
    [opened] = window.findChildren(HotelsWindow)
    assert opened.isVisible() and opened.hotel_list.count() == 0
    hotels.add_hotel(window.event_file, hotels.HotelInput("Guiyang Park Hotel"))
    window.data_changed.emit("delegates")  # another part of the window wrote: read again
    assert opened.hotel_name() == "Guiyang Park Hotel"
    seen: list[str] = []
    window.data_changed.connect(seen.append)
    opened.set_room_type().accept()  # refused (no name): says nothing
    types = opened.set_room_type()
    types.name_box.setCurrentText("Twin")
    types.accept()
    assert seen == ["hotels"]  # the main window hears of the window's own change
    opened.close()


def test_mnemonics_are_unique_in_the_window_and_its_forms(shown: HotelsWindow) -> None:
    from test_mnemonics import clashes, widget_texts

    for tab in range(shown.tabs.count()):
        shown.tabs.setCurrentIndex(tab)
        assert clashes(widget_texts(shown)) == []
    shown.roomless_list.setCurrentRow(-1)
    shown.tabs.setCurrentIndex(1)
    shown.blocks_tree.setCurrentItem(shown.blocks_tree.topLevelItem(0))
    for dialog in (shown.add_hotel(), shown.set_room_type(), shown.add_block(), shown.assign(),
                   shown.place(), shown.open_print_dialog()):  # fmt: skip
        assert dialog is not None and clashes(widget_texts(dialog)) == [], type(dialog).__name__
        dialog.close()


def test_a_room_mate_typed_who_is_not_in_the_list_is_refused(
    shown: HotelsWindow, demo_file: EventFile
) -> None:
    before = _stays(demo_file)
    _select_guest(shown, "Dr. Goh Wei Ming")
    dialog = shown.assign()
    assert isinstance(dialog, AssignDialog)
    dialog.share_radio.setChecked(True)
    dialog.share_box.setEditText("Dr. Siti Aminah")
    dialog.accept()
    assert dialog.error_text() == "Share with: no one in the list is named “Dr. Siti Aminah”."
    assert _stays(demo_file) == before
    dialog.share_box.setEditText("Dr.  Siti Aminah binti Othman ")  # typed whole: taken
    dialog.accept()
    assert dialog.error_text() == "" and not dialog.isVisible()
    stays = _stays(demo_file)
    assert stays["Dr. Goh Wei Ming"] == stays["Dr. Siti Aminah binti Othman"]


def test_room_numbers_read_back_from_the_hotels_xlsx(
    shown: HotelsWindow, demo_file: EventFile, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    shown.hotel_list.setCurrentRow(1)  # the Sheraton
    path = shown.export_to(tmp_path / "sheraton.xlsx")
    assert path is not None
    workbook = load_workbook(path)
    sheet = workbook["Rooming list"]
    view = hotels.read_rooming(demo_file).hotel("Sheraton Guiyang Hotel")
    given: dict[int, int] = {}
    lines = [room.id for room in view.rooms for _guest in room.guests]
    for row, room_id in enumerate(lines, start=4):
        sheet.cell(row, 1).value = given.setdefault(room_id, 1501 + len(given))
    workbook.save(path)
    assert shown.read_numbers(path) == len(view.rooms)
    assert shown.status.text() == f"Room numbers entered or changed: {len(view.rooms)}."
    assert shown.rows()[0][0].startswith("1501 · Deluxe Twin")
    sheet.cell(4, 1).value = 1502  # one number for two rooms: refused, nothing changed
    workbook.save(path)
    message_boxes.expect("warning", "room 1502 is given to two rooms (rows 4 and 5)")
    assert shown.read_numbers(path) is None
    assert shown.rows()[0][0].startswith("1501 · Deluxe Twin")


def test_own_arrangements_takes_a_person_off_the_no_room_list(
    shown: HotelsWindow, demo_file: EventFile
) -> None:
    _select_guest(shown, "Dr. Goh Wei Ming")
    shown.vacate_button.click()
    assert not shown.own_button.isEnabled()  # nobody chosen in the No room list yet
    shown.roomless_list.setCurrentRow(0)
    shown.own_button.click()
    assert shown.roomless_ids() == [] and shown.status.text() == "Dr. Goh Wei Ming needs no room."
    rooming = hotels.read_rooming(demo_file)
    assert rooming.roomless == () and "Dr. Goh Wei Ming" not in _stays(demo_file)
