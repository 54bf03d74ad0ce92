"""`delegations layouts` duplicate, export, import and assign, then `badges` per role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from badge_people import build_badge_event
from layout_material import designed
from pdf_reading import page_count, pages_text

from .helpers import RunCli, count_rows


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return path


def test_layouts_move_between_events_and_print_per_role(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    design = tmp_path / "design.json"
    design.write_text(json.dumps(designed(title="Week with logo")), encoding="utf-8")
    imported = run_cli("--db", event, "layouts", "import", design, "--name", "week")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Layout week stored in the event: Week with logo\n"
    duplicated = run_cli("--db", event, "layouts", "duplicate", "cr80", "cards")
    assert duplicated.returncode == 0, duplicated.stderr
    assigned = run_cli("--db", event, "layouts", "assign", "Speaker", "week")
    assert assigned.stdout == "Speaker badges print with layout week\n"

    listed = run_cli("--db", event, "layouts").stdout.splitlines()
    assert [line.split()[:2] for line in listed][-3:] == [
        ["tent", "bundled"], ["cards", "event"], ["week", "event"],
    ]  # fmt: skip
    assert listed[-1].endswith("two-sided; roles: Speaker")

    pdf = tmp_path / "badges.pdf"
    printed = run_cli("--db", event, "badges", "--out", pdf)
    assert printed.returncode == 0, printed.stderr
    assert "6 badges (7 pages) written to" in printed.stdout  # the speaker's has a back
    # grouped per layout: the five a6 badges first, then the speaker's front and back
    texts = pages_text(pdf)
    assert "Thailand · Speaker" in texts[5] and texts[6].startswith("BACK Somchai Jaidee")

    # to another event: the exported file holds the images; same pages printed there
    exported = tmp_path / "week-export.json"
    assert run_cli("--db", event, "layouts", "export", "week", exported).returncode == 0
    other = tmp_path / "other.sqlite3"
    build_badge_event(other)
    assert run_cli("--db", other, "layouts", "import", exported).returncode == 0
    there = tmp_path / "there.pdf"
    run_cli("--db", other, "badges", "--out", there, "--layout", "week-export")
    assert page_count(there) == 12


def test_a_bad_layout_file_is_one_sentence_and_stores_nothing(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    bad = designed()
    bad["elements"][-1]["text"] = "{delegation} · {seat}"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = run_cli("--db", event, "layouts", "import", path)
    assert result.returncode == 1
    last = len(bad["elements"]) - 1
    assert result.stderr.startswith(
        f"delegations: Badge layout bad.json: “elements[{last}].text” has the unknown "
        "placeholder {seat}; use event,"
    )
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    path.write_text('{"title": "cut', encoding="utf-8")
    cut = run_cli("--db", event, "layouts", "import", path)
    assert cut.returncode == 1
    assert cut.stderr == (
        "delegations: Badge layout bad.json is not valid JSON: Unterminated string starting "
        "at at line 1, column 11.\n"
    )
    assert count_rows(event, "eventlayout") == 0
    unknown_role = run_cli("--db", event, "layouts", "assign", "Chef", "a6")
    assert unknown_role.returncode == 1 and "There is no role “Chef”" in unknown_role.stderr


def test_layouts_check_lists_the_problems_and_exits_3(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    clean = run_cli("--db", event, "layouts", "check", "tent")
    assert (clean.returncode, clean.stdout) == (0, "Layout tent: no problems found.\n")

    design = tmp_path / "design.json"
    design.write_text(json.dumps(designed(title="Week with logo")), encoding="utf-8")
    assert run_cli("--db", event, "layouts", "import", design, "--name", "week").returncode == 0
    checked = run_cli("--db", event, "layouts", "check", "week")
    assert checked.returncode == 3 and checked.stderr == ""
    blank = "where printers leave about 4 mm blank."
    assert checked.stdout.splitlines() == [
        f"Image (front, element 19) is 2.0 mm from the paper's edge at the badge's left and top, {blank}",
        "Text “{delegation} · {role}” (front, element 20) is 2.0 mm from the paper's edge at the "
        f"badge's left and right, {blank}",
        "Text “{delegation} · {role}” (front, element 20) overlaps role band (element 18).",
        f"Text “BACK {{name}}” (back, element 1) reaches the paper's edge at the badge's left, top and right, {blank}",
        "Text “BACK {name}” (back, element 1) may shrink to 4 pt; below 6 pt a badge is hard to read.",
        f"Image (back, element 2) is 2.0 mm from the paper's edge at the badge's left, {blank}",
    ]  # fmt: skip

    unknown = run_cli("--db", event, "layouts", "check", "nope")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert unknown.stderr == (
        "delegations: There is no badge layout “nope”; the layouts are: a6, a4-4up, a4-8up, "
        "cr80, tent, week.\n"
    )
