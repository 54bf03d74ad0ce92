"""`delegations backups list|create|restore|second-folder`, a damaged event file on the command
line, and the backup a changing command makes first."""

from __future__ import annotations

import re
from pathlib import Path

from .helpers import RunCli, count_rows


def _backups(run_cli: RunCli, path: Path) -> list[str]:
    listed = run_cli("--db", path, "backups", "list")
    assert listed.returncode == 0, listed.stderr
    return [line for line in listed.stdout.splitlines() if re.match(r"^\s+\d+  ", line)]


def test_damaged_event_file_is_said_in_a_sentence_and_restored_from_its_backup(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "week.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    delegates = count_rows(path, "delegate")
    assert run_cli("--db", path, "backups", "create").returncode == 0
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy that stopped half way

    refused = run_cli("--db", path, "event", "show")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "is a damaged event file (cut short:" in refused.stderr
    assert "The newest good backup is from" in refused.stderr
    assert path.read_bytes() == data[: len(data) // 2]  # untouched

    restored = run_cli("--db", path, "backups", "restore")
    assert restored.returncode == 0, restored.stderr
    assert "The damaged file is kept, untouched, as" in restored.stdout
    assert count_rows(path, "delegate") == delegates
    (aside,) = tmp_path.glob("week damaged *.sqlite3")
    assert aside.read_bytes() == data[: len(data) // 2]
    assert run_cli("--db", path, "event", "show").returncode == 0


def test_restore_by_number_backs_up_the_current_state_and_to_writes_a_new_file(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "week.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    assert run_cli("--db", path, "backups", "create").returncode == 0
    assert run_cli("--db", path, "event", "set", "--venue", "Nanning").returncode == 0
    assert len(_backups(run_cli, path)) == 1  # the backup is seconds old: none before the set

    copy = tmp_path / "as it was.sqlite3"
    written = run_cli("--db", path, "backups", "restore", "1", "--to", copy)
    assert written.returncode == 0, written.stderr
    assert "Nanning" not in run_cli("--db", copy, "event", "show").stdout
    assert "Nanning" in run_cli("--db", path, "event", "show").stdout
    again = run_cli("--db", path, "backups", "restore", "1", "--to", copy)
    assert (again.returncode, again.stderr.count("\n")) == (1, 1)
    assert "already exists" in again.stderr

    assert run_cli("--db", path, "backups", "restore", "1").returncode == 0
    assert "Nanning" not in run_cli("--db", path, "event", "show").stdout
    assert len(_backups(run_cli, path)) == 2  # the state replaced was backed up first
    too_far = run_cli("--db", path, "backups", "restore", "9")
    assert too_far.returncode == 1
    assert "There are only 2 backups" in too_far.stderr


def test_a_changing_command_backs_up_first_when_the_newest_backup_is_old(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "week.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    assert _backups(run_cli, path) == []  # a new file: nothing to save yet
    assert run_cli("--db", path, "agenda", "check").returncode in (0, 3)  # reads only
    assert _backups(run_cli, path) == []
    assert run_cli("--db", path, "event", "set", "--venue", "Nanning").returncode == 0
    (first,) = _backups(run_cli, path)
    assert run_cli("--db", path, "event", "set", "--city", "Nanning").returncode == 0
    assert _backups(run_cli, path) == [first]  # the newest is younger than 10 minutes


def test_second_folder_set_per_computer_and_a_missing_stick_is_a_warning(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path, stick = tmp_path / "week.sqlite3", tmp_path / "stick"
    assert run_cli("--db", path, "event", "show").returncode == 0
    refused = run_cli("backups", "second-folder", stick)
    assert (refused.returncode, refused.stderr.count("\n")) == (1, 1)
    stick.mkdir()
    assert run_cli("backups", "second-folder", stick).returncode == 0
    made = run_cli("--db", path, "backups", "create")
    assert made.returncode == 0, made.stderr
    assert len(list(stick.glob("Delegations backups/*/week-*.sqlite3"))) == 1

    stick.rename(tmp_path / "unplugged")  # the stick is pulled out
    warned = run_cli("--db", path, "backups", "create")
    assert warned.returncode == 0
    assert "is not there (is the USB stick plugged in?)" in warned.stderr
    assert run_cli("backups", "second-folder", "--off").returncode == 0
    quiet = run_cli("--db", path, "backups", "create")
    assert quiet.stderr == ""
