"""The second backup folder in the window: set per computer, a lasting warning when missing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from delegations.services.backups import list_backups, second_folder
from delegations.ui.dialogs.backup_folder import SecondFolderDialog
from delegations.ui.main_window import MainWindow


def test_dialog_sets_and_clears_the_folder_for_the_command_line_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SecondFolderDialog()
    qtbot.addWidget(dialog)
    assert "No second folder" in dialog.current.text()
    assert not dialog.off_button.isEnabled()
    dialog.set_folder(str(tmp_path))
    assert second_folder() == tmp_path
    assert dialog.current.text() == f"Backups are also copied to {tmp_path}."
    (tmp_path / "gone").mkdir()
    dialog.set_folder(str(tmp_path / "gone"))
    (tmp_path / "gone").rmdir()
    reopened = SecondFolderDialog()
    qtbot.addWidget(reopened)
    assert "not there now (is the USB stick plugged in?)" in reopened.current.text()
    reopened.off_button.click()
    assert second_folder() is None


def test_missing_stick_shows_a_lasting_warning_until_a_copy_succeeds(
    window: MainWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = SecondFolderDialog(window)
    dialog.set_folder(str(stick))  # set while plugged in...
    dialog.deleteLater()
    stick.rename(tmp_path / "unplugged")  # ...then pulled out

    window.desk.first_backup_timer.stop()
    assert window.desk.maybe_backup() is not None
    warning = window.desk.copy_warning
    assert warning.isVisible()
    assert warning.text().startswith("⚠ The second backup folder")  # elided if narrow
    assert "is not there (is the USB stick plugged in?)" in warning.toolTip()
    assert len(list_backups(window.event_file.path)) == 1  # made all the same

    (tmp_path / "unplugged").rename(stick)
    window.desk.event_file_changed()  # a backup is due again
    window.desk.first_backup_timer.stop()
    assert window.desk.maybe_backup() is not None
    assert not warning.isVisible()
    assert len(list(stick.glob("Delegations backups/*/*.sqlite3"))) == 1
