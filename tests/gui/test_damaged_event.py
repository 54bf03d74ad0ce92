"""File ▸ Open on a damaged event file: one sentence, the newest good backup or another file."""

from __future__ import annotations

from pathlib import Path

from boxes import Button, MessageBoxes
from conftest import make_small_event

from delegations.services.backups import backup_now, damage_report
from delegations.services.event import event_name, open_event
from delegations.ui.dialogs.damaged_event import DamagedEventBox
from delegations.ui.main_window import MainWindow


def _damaged_with_backup(path: Path, *, backed_up: bool) -> bytes:
    event_file = make_small_event(path)
    if backed_up:
        backup_now(event_file)
    event_file.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return data[: len(data) // 2]


def test_open_damaged_event_restores_its_backup_and_keeps_the_damaged_file(
    window: MainWindow, message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    path = tmp_path / "other" / "week.sqlite3"
    path.parent.mkdir()
    damaged = _damaged_with_backup(path, backed_up=True)
    message_boxes.expect("warning", "week.sqlite3 is a damaged event file", answer=Button.Yes)

    assert window.open_event_path(path)
    assert window.event_file.path == path
    assert window.windowTitle().startswith(event_name(window.event_file))
    (aside,) = path.parent.glob("week damaged *.sqlite3")
    assert aside.read_bytes() == damaged


def test_damaged_event_without_backup_cancelled_leaves_all_as_it_was(
    window: MainWindow, message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    opened = window.event_file.path
    path = tmp_path / "other" / "week.sqlite3"
    path.parent.mkdir()
    damaged = _damaged_with_backup(path, backed_up=False)
    files = sorted(path.parent.iterdir())
    message_boxes.expect("warning", "is a damaged event file (cut short", answer=Button.Cancel)

    assert not window.open_event_path(path)
    assert window.event_file.path == opened
    assert path.read_bytes() == damaged
    assert sorted(path.parent.iterdir()) == files  # nothing set aside, nothing made


def test_the_box_offers_restore_only_when_a_backup_passes_the_check(qtbot, tmp_path: Path) -> None:
    from delegations.services.backups import DamagedEventFile

    for backed_up in (True, False):
        path = tmp_path / str(backed_up) / "week.sqlite3"
        path.parent.mkdir()
        _damaged_with_backup(path, backed_up=backed_up)
        try:
            open_event(path)
        except DamagedEventFile as error:
            box = DamagedEventBox(damage_report(error), at_start=True)
        qtbot.addWidget(box)
        assert (box.restore_button is not None) is backed_up
        assert box.button(Button.Cancel).text() == "&Quit"
        offer = "The newest backup that passes the check is from"
        assert (offer in box.informativeText()) is backed_up


def test_at_start_up_a_damaged_default_file_is_restored_before_any_window(
    message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    from delegations.services.backups import DamagedEventFile
    from delegations.ui.dialogs.damaged_event import recover_or_choose

    path = tmp_path / "event.sqlite3"
    damaged = _damaged_with_backup(path, backed_up=True)
    try:
        open_event(path)
    except DamagedEventFile as error:
        refused = error
    message_boxes.expect("warning", "event.sqlite3 is a damaged event file", answer=Button.Cancel)
    assert recover_or_choose(refused, None, at_start=True) is None  # Quit: nothing moved
    assert path.read_bytes() == damaged

    message_boxes.expect("warning", "event.sqlite3 is a damaged event file", answer=Button.Yes)
    recovered = recover_or_choose(refused, None, at_start=True)
    assert recovered is not None and recovered.path == path
    assert event_name(recovered)
    recovered.close()
