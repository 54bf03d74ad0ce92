"""`delegations bilaterals` as a user runs it: listing, requests, scheduling, moves with
`agenda check`, PDFs, exit codes and one-sentence refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_reading import page_count, pdf_text

from .helpers import RunCli, count_rows


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("delegations"), stderr
    # one sentence (the shared delegation resolver adds the list of delegations after it)
    assert not re.search(r"\.\s+[A-Z]", lines[0].split(". Delegations: ")[0]), stderr
    return lines[0]


def test_list_request_schedule_move_and_print(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    listed = run_cli("--db", demo_db, "bilaterals")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 7 and all("\tscheduled\t" in line for line in lines)
    assert lines[0].startswith(
        "#2\tscheduled\tFri 25 Jul 10:00–10:30  Hongfeng Room\tChina – Thailand"
    )

    made = run_cli("--db", demo_db, "bilaterals", "request", "--delegation", "Viet Nam",
                   "--with", "Indonesia", "--window", "2025-07-27 15:00-17:00",
                   "--duration", "45", "--languages", "en")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == (
        "Bilateral 8 requested: Viet Nam – Indonesia, 45 min, 2 participants."
    )
    scheduled = run_cli("--db", demo_db, "bilaterals", "schedule")
    assert scheduled.returncode == 0, scheduled.stderr
    assert scheduled.stdout.splitlines()[0] == "1 bilateral placed, 0 not placed."
    assert "#8  Sun 27 Jul 15:00–15:45" in scheduled.stdout

    moved = run_cli("--db", demo_db, "bilaterals", "move", "2", "--room", "Baihua Room",
                    "--day", "2025-07-25", "--start", "09:30")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == (
        "Bilateral 2 (China – Thailand) now Fri 25 Jul 09:30–10:00 in Baihua Room."
    )
    assert "warning: bilateral participant busy: Dr. Wang Haitao" in moved.stderr
    check = run_cli("--db", demo_db, "agenda", "check")
    assert check.returncode == 3, check.stdout
    assert "bilateral participant busy: Dr. Wang Haitao is in the bilateral China – Thailand" in (
        check.stdout
    )
    unwished = run_cli("--db", demo_db, "bilaterals", "move", "2", "--room", "Baihua",
                       "--day", "2025-07-25", "--start", "17:30")  # fmt: skip
    assert (
        "warning: bilateral outside its wished times: The bilateral China – Thailand is placed "
        "on Fri 25 July 17:30–18:00, outside the times it was wished for (Fri 25 July "
        "10:00–12:30)."
    ) in unwished.stderr
    assert run_cli("--db", demo_db, "agenda", "check").returncode == 3
    cleared = run_cli("--db", demo_db, "bilaterals", "move", "2", "--room", "Baihua",
                      "--day", "2025-07-25", "--start", "10:00")  # fmt: skip
    assert cleared.returncode == 0 and cleared.stderr == ""
    assert run_cli("--db", demo_db, "agenda", "check").returncode == 0

    pdf = tmp_path / "china.pdf"
    printed = run_cli("--db", demo_db, "bilaterals", "--out", pdf, "--delegation", "China")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == (
        f"Bilateral schedule of China (3 meetings, 1 page) written to {pdf}"
    )
    text = pdf_text(pdf)
    order = [text.index(f"with {name}") for name in ("Thailand", "Viet Nam", "Lao PDR")]
    assert order == sorted(order)  # the meeting moved back to 10:00, then 12:00 and 14:00

    door = tmp_path / "door.pdf"
    result = run_cli("--db", demo_db, "bilaterals", "--out", door, "--room", "Hongfeng Room",
                     "--day", "2025-07-25")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert page_count(door) == 1 and "China – Viet Nam" in pdf_text(door)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("request", "--delegation", "Atlantis", "--with", "Thailand", "--window",
          "2025-07-25 09:00-12:00"), "No delegation matches “Atlantis”"),
        (("request", "--delegation", "China", "--with", "Thailand", "--window", "09:00-12:00"),
         "has no day"),
        (("move", "1", "--room", "Main Conference Hall", "--day", "2025-07-25", "--start",
          "09:00"), "Main Conference Hall is not a room for bilaterals"),
        (("move", "99", "--room", "Baihua Room", "--day", "2025-07-25", "--start", "09:00"),
         "There is no bilateral 99"),
        (("rooms", "Nowhere"), "There is no room “Nowhere”"),
        (("edit", "7", "--with", "Myanmar"), "two different sides, not one delegation twice"),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_exit_1_nothing_written(
    run_cli: RunCli, demo_db: Path, args: tuple[str, ...], words: str
) -> None:
    before = run_cli("--db", demo_db, "bilaterals").stdout
    result = run_cli("--db", demo_db, "bilaterals", *args)
    assert result.returncode == 1, result.stdout
    assert words in _one_sentence(result.stderr)
    assert run_cli("--db", demo_db, "bilaterals").stdout == before
    assert count_rows(demo_db, "bilateralroom") == 2


def test_edit_changes_a_requests_other_side(run_cli: RunCli, demo_db: Path) -> None:
    edited = run_cli("--db", demo_db, "bilaterals", "edit", "7", "--organisation", "SEAMEO")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.strip() == "Bilateral 7 (Myanmar – SEAMEO) changed."
    listed = run_cli("--db", demo_db, "bilaterals", "--delegation", "Myanmar").stdout
    assert "Myanmar – SEAMEO\tDr. Aung Kyaw Htun\n" in listed


def test_a_door_sheet_without_its_day_is_a_usage_error(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_db, "bilaterals", "--out", tmp_path / "x.pdf", "--room",
                     "Hongfeng Room")  # fmt: skip
    assert result.returncode == 2
    assert "needs both --room NAME and --day DATE" in _one_sentence(result.stderr)
    assert not (tmp_path / "x.pdf").exists()
