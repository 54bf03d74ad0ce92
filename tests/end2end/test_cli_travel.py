"""`delegations travel` as a user runs it: listing, adding and removing legs, `travel check`
with its exit codes, and one-sentence refusals that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import RunCli


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def test_check_is_clean_then_lists_problems_with_exit_3(run_cli: RunCli, demo_db: Path) -> None:
    clean = run_cli("--db", demo_db, "travel", "check")
    assert (clean.returncode, clean.stdout) == (0, "No problems in the travel.\n")
    listed = run_cli("--db", demo_db, "travel", "list", "--day", "2025-07-24",
                     "--direction", "arrivals")  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.splitlines()[0]
    assert "arrival" in first and "11:48" in first and "G2961" in first and "from BXP" in first
    added = run_cli("--db", demo_db, "travel", "add", "arrival", "1", "--day", "2025-07-26",
                    "--time", "9:05 am", "--number", "CZ3415", "--place", "KWE")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Leg ") and "Sat 26 Jul 09:05" in added.stdout
    leg_id = added.stdout.split()[1]
    edited = run_cli("--db", demo_db, "travel", "edit", leg_id, "--time", "10:40",
                     "--terminal", "t1")  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.startswith(f"Leg {leg_id} now: arrival")
    assert "Sat 26 Jul 10:40" in edited.stdout and "CZ3415    KWE T1" in edited.stdout
    problems = run_cli("--db", demo_db, "travel", "check")
    assert problems.returncode == 3
    assert "overlapping-legs:" in problems.stdout and "arrives twice" in problems.stdout


def test_bad_input_is_one_sentence_exit_1_and_nothing_written(
    run_cli: RunCli, demo_db: Path
) -> None:
    before = run_cli("--db", demo_db, "travel", "list").stdout
    refused = run_cli("--db", demo_db, "travel", "add", "arrival", "1", "--day", "2025-07-24",
                      "--time", "14:35", "--number", "CZ3415", "--place", "QQQ")  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "delegations: “QQQ” is not an airport or station code we know (such as KWE)."
    ]
    assert run_cli("--db", demo_db, "travel", "list").stdout == before
