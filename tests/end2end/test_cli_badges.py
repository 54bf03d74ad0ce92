"""`delegations badges`, `layouts` and `checkin` as a script or a desk operator uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from badge_people import LATIN_NAMES, build_badge_event
from pdf_reading import decode_qr_codes, pdf_text

from .helpers import RunCli


def scan(pdf: Path) -> list[str]:
    """The QR codes of a PDF as a 150 dpi scan shows them, page order."""
    return decode_qr_codes(pdf, dpi=150)


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return path


def test_layouts_are_listed(run_cli: RunCli, event: Path) -> None:
    result = run_cli("--db", event, "layouts")
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["a6", "a4-4up", "a4-8up", "cr80", "tent"]
    assert "(default)" in result.stdout.splitlines()[0]


def test_badges_print_scan_and_admit_exactly_once(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "badges.pdf"
    result = run_cli("--db", event, "badges", "--out", pdf, "--layout", "a4-4up")
    assert result.returncode == 0, result.stderr
    assert "6 badges (2 pages) written to" in result.stdout
    text = pdf_text(pdf)
    assert all(name in text for name in [*LATIN_NAMES, "李明华"])
    codes = scan(pdf)
    assert len(codes) == 6

    admitted = run_cli("--db", event, "checkin", codes[0], "--desk", "North")
    assert admitted.returncode == 0, admitted.stderr
    assert admitted.stdout.startswith("Admitted: ")
    again = run_cli("--db", event, "checkin", codes[0].lower(), "--desk", "South")
    assert again.returncode == 3
    assert "already checked in" in again.stdout and "at desk North" in again.stdout
    with sqlite3.connect(event) as db:
        rows = db.execute("SELECT delegate_id, desk, action FROM checkin").fetchall()
    assert len(rows) == 1 and rows[0][1:] == ("North", "IN")
    assert run_cli("--db", event, "checkin", codes[1]).returncode == 0


def test_forged_and_unknown_codes_are_refused(run_cli: RunCli, event: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    assert run_cli("--db", event, "badges", "--out", pdf, "--delegation", "VN").returncode == 0
    (code,) = scan(pdf)
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    for bad in (forged, "NOTABADGE", "A" * 26):
        result = run_cli("--db", event, "checkin", bad)
        assert result.returncode == 4, (bad, result.stdout, result.stderr)
        assert result.stderr.startswith("Refused")
    with sqlite3.connect(event) as db:
        assert db.execute("SELECT count(*) FROM checkin").fetchone() == (0,)


def test_a_lost_badge_is_revoked_by_its_reprint(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert (
        run_cli(
            "--db", event, "badges", "--out", first, "--delegation", "myanmar", "--layout", "cr80"
        ).returncode
        == 0
    )
    (old,) = scan(first)
    result = run_cli(
        "--db",
        event,
        "badges",
        "--out",
        second,
        "--delegation",
        "Myanmar",
        "--reason",
        "lost",
        "--layout",
        "cr80",
    )
    assert result.returncode == 0, result.stderr
    (new,) = scan(second)
    assert new != old
    refused = run_cli("--db", event, "checkin", old)
    assert refused.returncode == 4 and "reported lost" in refused.stderr
    assert run_cli("--db", event, "checkin", new).returncode == 0
    with sqlite3.connect(event) as db:
        logged = db.execute("SELECT reason, layout, badge_version FROM badgeprint ORDER BY id")
        assert logged.fetchall() == [("FIRST", "cr80", 1), ("LOST", "cr80", 2)]


def test_only_unprinted_and_refusals(run_cli: RunCli, event: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    assert run_cli("--db", event, "badges", "--out", out, "--delegation", "th").returncode == 0
    rest = run_cli("--db", event, "badges", "--out", out, "--only-unprinted")
    assert rest.returncode == 0 and "5 badges" in rest.stdout
    none_left = run_cli("--db", event, "badges", "--out", out, "--only-unprinted")
    assert none_left.returncode == 1 and "no badges to print" in none_left.stderr
    unknown = run_cli("--db", event, "badges", "--out", out, "--layout", "poster")
    assert unknown.returncode == 1 and "no badge layout “poster”" in unknown.stderr
