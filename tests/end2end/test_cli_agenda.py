"""`delegations agenda check | export | import` and `demo --sessions` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .helpers import RunCli, count_rows


def _sql(path: Path, statement: str, *params: object) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


def test_check_is_clean_then_lists_a_conflict_with_exit_3(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "week.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    clean = run_cli("--db", db, "agenda", "check")
    assert clean.returncode == 0, clean.stderr
    assert "No conflicts" in clean.stdout

    # Someone books the Huaxi Hall's afternoon seminar into the Qianling Room's slot.
    _sql(
        db,
        "UPDATE agendasession SET room_id = (SELECT id FROM room WHERE name = 'Huaxi Hall') "
        "WHERE title_en = 'Forum on Vocational Education and Skills Development'",
    )
    found = run_cli("--db", db, "agenda", "check")
    assert found.returncode == 3, found.stderr
    assert "1 conflict in the agenda" in found.stdout
    assert "Huaxi Hall is booked twice on Fri 25 July" in found.stdout
    assert "Fri 25 Jul  14:00–15:30  Huaxi Hall  China–ASEAN University Presidents' Forum" in (
        found.stdout
    )
    assert "Forum on Vocational Education and Skills Development" in found.stdout


def test_demo_sessions_scale_with_few_conflicts(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "big.sqlite3"
    made = run_cli("--db", db, "demo", "--sessions", "271", "--seed", "3")  # + the demo's 29
    assert made.returncode == 0, made.stderr
    assert "12 rooms, 300 sessions" in made.stdout
    assert count_rows(db, "agendasession") == 300
    checked = run_cli("--db", db, "agenda", "check")
    assert checked.returncode == 3
    count = int(checked.stdout.split(" conflict")[0])
    assert 1 <= count <= 40, checked.stdout[:500]


def test_export_all_formats_and_import_json_into_a_new_event(
    run_cli: RunCli, tmp_path: Path
) -> None:
    db = tmp_path / "week.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    for name in ("agenda.ics", "agenda.xml", "agenda.json"):
        done = run_cli("--db", db, "agenda", "export", tmp_path / name)
        assert done.returncode == 0, done.stderr
        assert f"{count_rows(db, 'agendasession')} sessions written to" in done.stdout
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert b"<schedule>" in (tmp_path / "agenda.xml").read_bytes()

    fresh = tmp_path / "fresh.sqlite3"
    imported = run_cli("--db", fresh, "agenda", "import", tmp_path / "agenda.json")
    assert imported.returncode == 0, imported.stderr
    assert "29 sessions, 8 rooms" in imported.stdout
    assert count_rows(fresh, "agendasession") == count_rows(db, "agendasession")
    assert count_rows(fresh, "sessionspeaker") == count_rows(db, "sessionspeaker")


def test_bad_json_and_bad_suffix_are_refused_with_exit_1(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "week.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    assert run_cli("--db", db, "agenda", "export", tmp_path / "agenda.json").returncode == 0
    data = json.loads((tmp_path / "agenda.json").read_text())
    data["sessions"][3]["day"] = "25/07/2025"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False))
    before = db.read_bytes()

    refused = run_cli("--db", db, "agenda", "import", bad)
    assert refused.returncode == 1
    assert "$.sessions[3].day: “25/07/2025” is not a date like 2025-07-25." in refused.stderr
    assert "Traceback" not in refused.stderr
    assert db.read_bytes() == before

    wrong = run_cli("--db", db, "agenda", "export", tmp_path / "agenda.pdf")
    assert wrong.returncode == 1
    assert ".ics" in wrong.stderr and not (tmp_path / "agenda.pdf").exists()
