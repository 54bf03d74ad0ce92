"""Badge layouts… : the bundled layouts read-only, the event's own duplicated, given to a role,
exported to another event and deleted (not while a role prints with it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from boxes import Button, MessageBoxes
from conftest import make_small_event
from pytestqt.qtbot import QtBot

from delegations.services import layouts
from delegations.store import EventFile
from delegations.ui.badges.layouts_dialog import LayoutsDialog
from delegations.ui.main_window import MainWindow


@pytest.fixture
def manager(qtbot: QtBot, window: MainWindow) -> LayoutsDialog:
    """Opened from File ▸ Badge layouts…, as a user does."""
    window.file_actions.layouts_action.trigger()
    dialog = window.findChild(LayoutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _roles(event_file: EventFile, name: str) -> tuple[str, ...]:
    return next(e.roles for e in layouts.list_event_layouts(event_file) if e.name == name)


def test_bundled_layouts_are_read_only_and_duplicated_to_edit(
    manager: LayoutsDialog, event_file: EventFile, monkeypatch: Any
) -> None:
    assert manager.names()[:5] == ["a6", "a4-4up", "a4-8up", "cr80", "tent"]
    assert "bundled, read-only" in manager.row_text("cr80")[0]
    manager.select("cr80")
    assert not manager.edit_button.isEnabled() and not manager.delete_button.isEnabled()

    monkeypatch.setattr(
        "delegations.ui.badges.layouts_dialog.QInputDialog.getText",
        lambda *_args, **_kwargs: ("press", True),
    )
    manager.duplicate_button.click()

    assert manager.selected_name() == "press"
    title, badge, sheet, roles = manager.row_text("press")
    assert "this event's" in title and badge == "85.6 × 54 mm" and roles == "—"
    assert manager.edit_button.isEnabled() and manager.delete_button.isEnabled()
    assert layouts.layout_json(event_file, "press")["badge"] == {"width": 85.6, "height": 54}

    manager.duplicate("cr80", "press")  # the name is taken: one sentence, nothing changed
    assert manager.message.text() == "The event already has a layout “press”; choose another name."
    assert manager.names().count("press") == 1


def test_use_for_role_gives_the_role_the_layout(
    manager: LayoutsDialog, event_file: EventFile, monkeypatch: Any
) -> None:
    manager.duplicate("a6", "press")
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        offered.append(items)
        return "Media", True

    monkeypatch.setattr("delegations.ui.badges.layouts_dialog.QInputDialog.getItem", choose)
    manager.role_button.click()

    assert "Media" in offered[0] and "Staff" in offered[0]
    assert manager.row_text("press")[3] == "Media"
    assert _roles(event_file, "press") == ("Media",)
    assert manager.message.text().startswith("Media badges print with")


def test_export_then_import_into_another_event_gives_the_same_layout(
    manager: LayoutsDialog, event_file: EventFile, tmp_path: Path, qtbot: QtBot, monkeypatch: Any
) -> None:
    manager.duplicate("a4-4up", "sheet")
    out = tmp_path / "sheet.json"
    manager.select("sheet")
    monkeypatch.setattr(
        "delegations.ui.badges.layouts_dialog.QFileDialog.getSaveFileName",
        lambda *_args: (str(out.with_suffix("")), ""),  # the extension added
    )
    manager.export_button.click()
    assert out.is_file() and "written to" in manager.message.text()

    other_file = make_small_event(tmp_path / "other.sqlite3")
    other = LayoutsDialog(other_file)
    qtbot.addWidget(other)
    monkeypatch.setattr(
        "delegations.ui.badges.layouts_dialog.QFileDialog.getOpenFileName",
        lambda *_args: (str(out), ""),
    )
    other.import_button.click()

    assert "sheet" in other.names() and other.selected_name() == "sheet"
    assert layouts.layout_json(other_file, "sheet") == layouts.layout_json(event_file, "sheet")
    assert layouts.layout_json(other_file, "sheet") == json.loads(out.read_text("utf-8"))

    other.import_file(out)  # again: the name is taken now
    assert other.message.text() == "The event already has a layout “sheet”; choose another name."


def test_delete_is_refused_while_a_role_prints_with_the_layout(
    manager: LayoutsDialog, event_file: EventFile, message_boxes: MessageBoxes
) -> None:
    manager.duplicate("a6", "press")
    manager.use_for_role("press", "Media")
    message_boxes.expect("question", "Delete the layout", answer=Button.Yes)
    manager.select("press")
    manager.delete_button.click()

    assert manager.message.text() == (
        "Layout “press” prints the badges of Media; give that role another layout first."
    )
    assert "press" in manager.names()

    manager.use_for_role("a6", "Media")  # the default again
    message_boxes.expect("question", "Delete the layout", answer=Button.Yes)
    manager.select("press")
    manager.delete_button.click()
    assert "press" not in manager.names()
    assert "press" not in [e.name for e in layouts.list_event_layouts(event_file)]


def test_edit_of_a_bundled_layout_says_to_duplicate(manager: LayoutsDialog) -> None:
    manager.select("a6")
    manager.table.itemDoubleClicked.emit(manager.table.item(0, 0))
    assert manager.message.text() == (
        "“a6” is bundled and read-only: Duplicate to edit… makes the event's own copy."
    )


def test_edit_opens_the_designer_and_the_list_shows_what_it_saved(
    manager: LayoutsDialog, event_file: EventFile, qtbot: QtBot
) -> None:
    from delegations.ui.badges.designer import LayoutDesigner

    manager.duplicate("a6", "press")
    manager.edit_button.click()
    [designer] = manager.designers
    assert isinstance(designer, LayoutDesigner) and designer.isVisible()
    assert designer.layout_name == "press"

    designer.data["title"] = "Press, edited"
    assert designer.save()
    assert manager.row_text("press")[0].startswith("Press, edited (press, this event's)")
    designer.close()
