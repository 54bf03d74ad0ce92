"""`delegations travel manifest` as a user runs it on the demo event: the day's arrivals as a
PDF and its departures as a workbook, with greeters and vehicle sizes from the command line,
and bad input refused in one sentence with exit 1 and no file written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import page_count, pages_text

from .helpers import RunCli


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def test_the_days_arrivals_manifest_with_greeters(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "arrivals.pdf"
    done = run_cli("--db", demo_db, "travel", "manifest", "--day", "2025-07-24",
                   "--direction", "arrivals", "--out", out,
                   "--greeter", "KWE T2=Ms Wang Li", "--greeter", "KQW=Mr Zhao Lei")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(f"written to {out}\n") and " people in " in done.stdout
    text = "\n".join(pages_text(out))
    # the Chinese delegation's high-speed train into Guiyang North, its greeter and its sign
    assert "G2961 BXP" in text and "Greeter: Mr Zhao Lei" in text
    assert "Greeters' sign list" in text and "Ms Wang Li" in text and "越南" in text
    assert page_count(out) >= 2


def test_departures_as_a_workbook_with_other_vehicle_sizes(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "departures.xlsx"
    done = run_cli("--db", demo_db, "travel", "manifest", "--day", "2025-07-28",
                   "--direction", "departures", "--out", out, "--vehicles", "car=4,minibus=15",
                   "--lead", "150")  # fmt: skip
    assert done.returncode == 0, done.stderr
    workbook = load_workbook(out, read_only=True)
    rows = list(workbook["Manifest"].iter_rows(values_only=True))
    workbook.close()  # a read-only workbook keeps its file open until closed
    kinds = {row[1] for row in rows[1:]}
    assert kinds <= {"car", "minibus"} and "minibus" in kinds
    assert f"{len(rows) - 1} people in " in done.stdout


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (("--day", "24/07/2025"), "delegations: The day “24/07/2025” is not a date; write it "
                                  "as 2025-07-24.\n"),
        (("--day", "2025-07-24", "--greeter", "Ms Wang"),
         "delegations: The greeting officer “Ms Wang” is not PLACE=TEXT (e.g. KWE T2=Ms Wang "
         "Li).\n"),
        (("--day", "2025-07-24", "--window", "-1"),
         "delegations: The transfer window must be 0 to 720 minutes, not -1.\n"),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_exit_1_and_no_file(
    run_cli: RunCli, demo_db: Path, tmp_path: Path, arguments: tuple, sentence: str
) -> None:
    out = tmp_path / "manifest.pdf"
    refused = run_cli("--db", demo_db, "travel", "manifest", *arguments, "--out", out)
    assert (refused.returncode, refused.stderr) == (1, sentence)
    assert not out.exists()


def test_changes_since_the_last_print_alone(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    manifest = ("--db", demo_db, "travel", "manifest", "--day", "2025-07-24",
                "--direction", "arrivals")  # fmt: skip
    never = run_cli(*manifest, "--changes", "--out", tmp_path / "none.pdf")
    assert never.returncode == 1 and "was never printed" in never.stderr
    assert run_cli(*manifest, "--out", tmp_path / "first.pdf").returncode == 0
    listed = run_cli("--db", demo_db, "travel", "list", "--day", "2025-07-24",
                     "--direction", "arrivals").stdout  # fmt: skip
    g2961 = next(line.split()[0][1:] for line in listed.splitlines() if "G2961" in line)
    assert run_cli("--db", demo_db, "travel", "edit", g2961, "--time", "16:48").returncode == 0
    out = tmp_path / "changes.pdf"
    done = run_cli(*manifest, "--changes", "--out", out)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Arrivals: ") and "changes since the print of" in lines[0]
    assert lines[-1] == f"Written to {out}"
    moved = [line for line in lines if "(was G2961 11:48)" in line]
    assert moved and all(line.startswith("  Changed: ") for line in moved)
    (page,) = pages_text(out)
    assert "Changes since the last print" in page and "(was G2961 11:48)" in page
    again = run_cli(*manifest, "--changes", "--out", tmp_path / "again.pdf")
    assert again.stdout.splitlines()[0].startswith("Arrivals: 0 changes since the print of")


def test_saved_settings_are_used_and_the_options_override_them(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    saved = run_cli("--db", demo_db, "travel", "settings", "--greeter", "kqw=Mr Zhao Lei",
                    "--greeter", "KWE T2=Ms Wang Li", "--window", "45")  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.splitlines()[1] == "  window 45 min; vehicles car=3,van=7,coach=40"
    assert "greeters: KQW=Mr Zhao Lei; KWE T2=Ms Wang Li" in saved.stdout
    refused = run_cli("--db", demo_db, "travel", "settings", "--window", "9999")
    assert (refused.returncode, refused.stderr) == (
        1, "delegations: The transfer window must be 0 to 720 minutes, not 9999.\n")  # fmt: skip
    assert "window 45 min" in run_cli("--db", demo_db, "travel", "settings").stdout
    out = tmp_path / "arrivals.pdf"
    done = run_cli("--db", demo_db, "travel", "manifest", "--day", "2025-07-24",
                   "--direction", "arrivals", "--out", out, "--greeter", "KQW=Ms Li Na")  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "\n".join(pages_text(out))
    assert "Greeter: Ms Li Na" in text and "Greeter: Ms Wang Li" in text  # given, and saved
    assert "Mr Zhao Lei" not in text
