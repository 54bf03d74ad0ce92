"""`delegations seating` and `name-plates --session` as a user runs them: output, files, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import page_count, pdf_text

from .helpers import RunCli

OPENING = "3"  # the demo's Opening Ceremony, seated in the Main Conference Hall


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def test_layout_quotas_swap_chart_and_plates(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    listed = run_cli("--db", demo_db, "seating", "--session", OPENING)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0] == (
        "Session 3, Opening Ceremony: Main Conference Hall, hollow-square, 72 of 72 seats given"
    )
    assert (
        "12. China: quota 2 at the table + 4 behind; T11, T12, A11, A12, B11, B12" in listed.stdout
    )

    result = run_cli("--db", demo_db, "seating", "layout", "--room", "Main Conference Hall",
                     "--kind", "hollow-square", "--behind-rows", "1")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Main Conference Hall: hollow-square (places 12, table seats 2, behind rows 1, chair "
        "seats 3), 48 seats; 1 plan seated again"
    )
    result = run_cli("--db", demo_db, "seating", "quotas", "--session", OPENING, "--table", "2",
                     "--behind", "2", "--host-place", "beside-chair")  # fmt: skip
    assert result.returncode == 0 and result.stderr == ""
    assert (
        "  1. Brunei Darussalam: quota 2 at the table + 2 behind; T3, T4, A3, A4" in result.stdout
    )
    result = run_cli("--db", demo_db, "seating", "quotas", "--session", OPENING, "--table", "2",
                     "--behind", "9", "--delegation", "Viet Nam")  # fmt: skip
    assert result.returncode == 0
    assert result.stderr == (
        "delegations: warning: The quotas ask for 55 seats and the room seats 48: 7 people of "
        "Viet Nam have no seat.\n"
    )

    result = run_cli("--db", demo_db, "seating", "swap", "--session", OPENING, "T1", "T5")
    assert result.returncode == 0
    chart = tmp_path / "chart.pdf"
    result = run_cli(
        "--db", demo_db, "seating", "--session", OPENING, "--out", chart, "--paper", "a4"
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"Seating chart of session 3 written to {chart}"
    assert "Viet Nam" in pdf_text(chart)

    plates = tmp_path / "plates.pdf"
    result = run_cli("--db", demo_db, "name-plates", "--session", OPENING, "--out", plates)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"24 name plates of session 3 written to {plates}"
    assert page_count(plates) == 24


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (("seating", "--session", "99", "--out", "x.pdf"),
         "delegations: There is no session 99 in the agenda; `delegations agenda export` lists "
         "the sessions with their numbers."),
        (("seating", "--session", "1", "--out", "x.pdf"),
         "delegations: The room Qianling Room has no seat layout; set one first, e.g. "
         "`delegations seating layout --room \"Qianling Room\" --kind hollow-square`."),
        (("seating", "layout", "--room", "Main Conference Hall", "--kind", "pyramid"),
         "delegations: Layout: “pyramid” is not a layout kind; use one of hollow-square, "
         "u-shape, theatre, classroom, rounds, head-table."),
        (("seating", "quotas", "--session", "3", "--table", "1", "--delegation", "Atlantis"),
         "delegations: No delegation matches “Atlantis”"),
        (("seating", "swap", "--session", "3", "T1", "Q99"),
         "delegations: There is no seat “Q99” in this room's layout"),
        (("seating", "give", "--session", "3", "T1", "--delegation", "Viet Nam"),
         "delegations: Seat T1 is Brunei Darussalam's already; free it first, or swap it."),
        (("name-plates", "--session", "1", "--out", "x.pdf"),
         "delegations: The room Qianling Room has no seat layout"),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_exit_1_and_nothing_written(
    run_cli: RunCli, demo_db: Path, tmp_path: Path, arguments: tuple[str, ...], sentence: str
) -> None:
    before = demo_db.read_bytes()
    result = run_cli("--db", demo_db, *arguments)
    assert result.returncode == 1
    assert result.stderr.startswith(sentence) and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
    assert demo_db.read_bytes() == before


def test_seating_without_a_session_is_a_usage_error(run_cli: RunCli, demo_db: Path) -> None:
    result = run_cli("--db", demo_db, "seating")
    assert result.returncode == 2 and "give --session ID" in result.stderr
    assert run_cli("--db", demo_db, "seating", "--session", "3", "--paper", "a5").returncode == 2


def test_a_seat_freed_and_given_by_hand_beyond_the_quota_is_a_warning(
    run_cli: RunCli, demo_db: Path
) -> None:
    result = run_cli("--db", demo_db, "seating", "free", "--session", OPENING, "B12")
    assert result.returncode == 0
    assert (
        result.stderr == "delegations: warning: Seats are missing: 1 person of China has no seat.\n"
    )
    assert "12. China: quota 2 at the table + 4 behind; T11, T12, A11, A12, B11" in result.stdout
    result = run_cli("--db", demo_db, "seating", "give", "--session", OPENING, "B12",
                     "--delegation", "Viet Nam")  # fmt: skip
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "delegations: warning: Seats are missing: 1 person of China has no seat.",
        "delegations: warning: Viet Nam has 7 seats, its quota is 6.",
    ]
    assert "Viet Nam: quota 2 at the table + 4 behind;" in result.stdout
