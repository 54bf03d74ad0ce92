"""`delegations hotels` as a user runs it: the listing, adding a hotel and its block, rooming
people, `hotels check` exit codes, the rooming list as PDF and .xlsx, and refusals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pdf_reading import page_sizes, pdf_text

from .helpers import RunCli


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_list_check_and_rooming_lists(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    listed = run_cli("--db", demo_db, "hotels")
    assert listed.returncode == 0 and listed.stderr == ""
    lines = listed.stdout.splitlines()
    assert lines[0] == "Kempinski Hotel Guiyang  贵阳凯宾斯基大酒店: 74 rooms, 74 people"
    assert "    Sat 26 Jul  Deluxe Twin            23 taken /   24 held" in lines

    checked = run_cli("--db", demo_db, "hotels", "check")
    assert (checked.returncode, checked.stdout) == (0, "No problems in the rooming.\n")

    pdf = tmp_path / "kempinski.pdf"
    made = run_cli("--db", demo_db, "hotels", "rooming", "--hotel", "kempinski", "--out", pdf)
    assert made.returncode == 0 and made.stdout == f"Rooming list written to {pdf}\n"
    assert len(page_sizes(pdf)) == 4 and "H.E. Oum Romany" in pdf_text(pdf)
    xlsx = tmp_path / "sheraton.xlsx"
    made = run_cli("--db", demo_db, "hotels", "rooming", "--hotel", "Sheraton", "--out", xlsx)
    assert made.returncode == 0 and xlsx.read_bytes()[:2] == b"PK"


def test_rooming_people_and_the_check_exit_codes(run_cli: RunCli, demo_db: Path) -> None:
    steps = [
        ("add", "Guiyang Park Hotel", "--name-zh", "贵阳柏顿酒店"),
        ("room-type", "Twin", "--hotel", "park", "--sleeps", "2"),
        ("block", "--hotel", "park", "--type", "twin", "--check-in", "2025-07-24",
         "--check-out", "2025-07-27", "--rooms", "1"),
        ("assign", "Oum Romany", "--hotel", "park", "--type", "twin", "--room", "301"),
    ]  # fmt: skip
    for step in steps:
        done = run_cli("--db", demo_db, "hotels", *step)
        assert done.returncode == 0, done.stderr
    # Her travel has her until 28 July: the night of the 27th is beyond the block.
    checked = run_cli("--db", demo_db, "hotels", "check")
    assert checked.returncode == 3
    assert checked.stdout.splitlines() == [
        "1 problem in the rooming:",
        "  outside-block: Guiyang Park Hotel, Twin: 1 room is taken on the night of 27 July "
        "(H.E. Oum Romany) but no block holds any.",
    ]
    shared = run_cli("--db", demo_db, "hotels", "assign", "Kim Bunthoeun", "--share-with",
                     "Oum Romany")  # fmt: skip
    assert (shared.returncode, shared.stdout) == (0, "Roomed.\n")
    # Still one room beyond the block, warned at once; two in a twin is not over capacity.
    assert shared.stderr.splitlines() == [
        "delegations: warning: Guiyang Park Hotel, Twin: 1 room is taken on the night of 27 July "
        "(H.E. Oum Romany, Mr. Kim Bunthoeun) but no block holds any."
    ]
    vacated = run_cli("--db", demo_db, "hotels", "vacate", "Oum Romany")
    assert vacated.returncode == 0
    checked = run_cli("--db", demo_db, "hotels", "check")
    assert checked.returncode == 3
    assert "  no-room: H.E. Oum Romany (Cambodia) has no room for 4 nights from 24 July." in (
        checked.stdout.splitlines()
    )
    travel = run_cli("--db", demo_db, "travel", "check")  # the hotels add "no room" to it
    assert travel.returncode == 3
    assert "  no-room: H.E. Oum Romany (Cambodia) has no room for 4 nights from 24 July." in (
        travel.stdout.splitlines()
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rooming", "--hotel", "Hilton", "--out", "x.pdf"), "There is no hotel “Hilton”"),
        (("rooming", "--hotel", "Sheraton", "--out", "x.docx"), "written as .pdf or .xlsx"),
        (
            ("assign", "Oum Romany", "--hotel", "Sheraton", "--type", "Penthouse"),
            "There is no room type at this hotel “Penthouse”",
        ),
        (
            (
                "block",
                "--hotel",
                "Sheraton",
                "--type",
                "Deluxe Twin",
                "--check-in",
                "2025-07-28",
                "--check-out",
                "2025-07-24",
                "--rooms",
                "3",
            ),
            "which is not after its check-in",
        ),
        (
            ("place", "--delegation", "Atlantis", "--hotel", "Sheraton", "--type", "Deluxe Twin"),
            "Atlantis",
        ),
    ],
)
def test_bad_input_is_one_sentence_exit_1_and_nothing_written(
    run_cli: RunCli, demo_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    before = _digest(demo_db)
    refused = run_cli("--db", demo_db, "hotels", *args)
    assert refused.returncode == 1 and message in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert _digest(demo_db) == before
