"""`delegations travel arrivals --day DATE` as a user runs it: expected, admitted, not yet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from delegations.domain.codes import make_code

from .helpers import RunCli


def test_arrivals_lists_who_is_not_yet_here_and_who_was_admitted(
    run_cli: RunCli, tmp_path: Path
) -> None:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    before = run_cli("--db", db, "travel", "arrivals", "--day", "2025-07-24")
    assert before.returncode == 0, before.stderr
    lines = before.stdout.splitlines()
    expected = int(lines[0].split(": ")[1].split()[0])
    assert lines[0] == (
        f"Expected on Thu 24 Jul 2025: {expected} people; admitted 0, not yet {expected}."
    )
    assert lines[1] == "Not yet arrived:" and "Admitted:" not in lines
    assert lines[2].startswith("  11:48  G2961  KQW") and lines[2].endswith("(China)")

    admitted = run_cli("--db", db, "checkin", _badge_code(db, "2025-07-24"), "--desk", "KQW")
    assert admitted.returncode == 0, admitted.stderr + admitted.stdout
    after = run_cli("--db", db, "travel", "arrivals", "--day", "2025-07-24").stdout.splitlines()
    assert after[0].endswith(f"admitted 1, not yet {expected - 1}.")
    assert after[-2] == "Admitted:" and after[-1] in lines[2:] and after[-1] not in after[:-2]
    name = after[-1].rsplit("  ", 1)[1].split(" (")[0]  # "Ms. Zhou Li (China)"
    assert admitted.stdout.startswith(f"Admitted: {name}")


def _badge_code(db: Path, day: str) -> str:
    """The badge code of someone on one of the day's arrival legs, as their badge carries it."""
    with sqlite3.connect(db) as connection:
        secret = connection.execute("SELECT signing_secret FROM event").fetchone()[0]
        delegate_id, version = connection.execute(
            "SELECT p.id, p.badge_version FROM delegate p JOIN delegateleg dl "
            "ON dl.delegate_id = p.id JOIN travelleg l ON l.id = dl.leg_id "
            "WHERE l.direction = 'arrival' AND l.day = ? ORDER BY p.id DESC LIMIT 1",
            (day,),
        ).fetchone()
    return make_code(secret, delegate_id, version)


def test_a_bad_day_is_one_sentence_and_exit_1(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    refused = run_cli("--db", db, "travel", "arrivals", "--day", "24 July")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "delegations: “24 July” is not a date; write it as 2025-07-25."
    )
    quiet = run_cli("--db", db, "travel", "arrivals", "--day", "2025-08-01")
    assert (quiet.returncode, quiet.stdout) == (0, "No arrival leg lands on Fri 1 Aug 2025.\n")
