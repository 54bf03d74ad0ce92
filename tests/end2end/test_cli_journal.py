"""`delegations journal export|merge` and `checkin` between two desks' copies of an event."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from desk_people import build

from .helpers import RunCli, count_rows


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """Two desks' copies of one event and the badge codes of its delegates."""
    from delegations.domain.codes import make_code

    north = tmp_path / "north.sqlite3"
    event_file, ids = build(north)
    event_file.close()  # the WAL is folded in: the file alone is the whole event
    south = tmp_path / "south.sqlite3"
    shutil.copyfile(north, south)
    db = sqlite3.connect(north)
    try:
        (secret,) = db.execute("SELECT signing_secret FROM event").fetchone()
    finally:
        db.close()
    return north, south, [make_code(secret, id_, 1) for id_ in ids.values()]


def test_desks_exchange_journals_and_a_double_admission_is_reported(
    run_cli: RunCli, copies, tmp_path: Path
) -> None:
    north, south, codes = copies
    assert run_cli("--db", north, "checkin", codes[0], "--desk", "North").returncode == 0
    assert run_cli("--db", north, "checkin", codes[1], "--desk", "North").returncode == 0
    assert run_cli("--db", south, "checkin", codes[1], "--desk", "South").returncode == 0
    journal = tmp_path / "usb" / "north.jsonl"

    exported = run_cli("--db", north, "journal", "export", journal, "--desk", "North")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("2 journal entries written to")

    merged = run_cli("--db", south, "journal", "merge", journal)
    assert merged.returncode == 0, merged.stderr
    assert "2 new entries, 0 already here. 1 double admission:" in merged.stdout
    assert "Ms Trần Thị Lan (Viet Nam) was admitted" in merged.stdout
    assert "at desk North and" in merged.stdout and "at desk South." in merged.stdout
    assert count_rows(south, "checkin") == 3

    again = run_cli("--db", south, "journal", "merge", journal)
    assert again.returncode == 0 and "0 new entries, 2 already here" in again.stdout
    assert count_rows(south, "checkin") == 3
    already = run_cli("--db", south, "checkin", codes[0], "--desk", "South")
    assert already.returncode == 3 and "at desk North" in already.stdout


def test_damaged_and_foreign_journals_are_refused_with_a_sentence(
    run_cli: RunCli, copies, tmp_path: Path
) -> None:
    north, south, codes = copies
    for code in codes[:3]:
        assert run_cli("--db", north, "checkin", code).returncode == 0
    journal = tmp_path / "north.jsonl"
    assert run_cli("--db", north, "journal", "export", journal).returncode == 0
    lines = journal.read_bytes().splitlines(keepends=True)

    truncated = tmp_path / "truncated.jsonl"
    truncated.write_bytes(b"".join(lines[:-1]))
    result = run_cli("--db", south, "journal", "merge", truncated)
    assert result.returncode == 1
    assert "truncated: 3 entries announced, 2 present" in result.stderr
    assert "Traceback" not in result.stderr

    edited = tmp_path / "edited.jsonl"
    edited.write_bytes(b"".join(lines).replace(b'"in"]', b'"undo"]', 1))
    result = run_cli("--db", south, "journal", "merge", edited)
    assert result.returncode == 1 and "edited: the checksum does not match" in result.stderr

    other = tmp_path / "other.sqlite3"
    result = run_cli("--db", other, "journal", "merge", journal)
    assert result.returncode == 1 and "from another event" in result.stderr

    missing = run_cli("--db", south, "journal", "merge", tmp_path / "nowhere.jsonl")
    assert missing.returncode == 1 and "Cannot read" in missing.stderr
    assert count_rows(south, "checkin") == 0

    usage = run_cli("--db", south, "journal")
    assert usage.returncode == 2
