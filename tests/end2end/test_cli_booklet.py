"""`booklet`, `errata` and `door-sheets` as a user runs them: files, messages, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import fonts, page_sizes, pdf_text

from .helpers import RunCli


def pdf_pages(pdf: Path) -> tuple[int, tuple[float, float]]:
    """The number of pages and the size of the first, in points."""
    sizes = page_sizes(pdf)
    assert sizes, f"{pdf} has no pages"
    return len(sizes), sizes[0]


def embedded_fonts_only(pdf: Path) -> bool:
    used = fonts(pdf)
    return bool(used) and all(font.embedded for font in used)


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def test_booklet_a5_and_imposed(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.pdf"
    result = run_cli("--db", demo_db, "booklet", "--out", out)
    assert result.returncode == 0, result.stderr
    pages, size = pdf_pages(out)
    assert pages % 4 == 0
    assert size == pytest.approx((419.53, 595.28), abs=0.01)  # A5 portrait, in points
    assert f"({pages} A5 pages)" in result.stdout and str(out) in result.stdout
    assert embedded_fonts_only(out)

    imposed = tmp_path / "imposed.pdf"
    result = run_cli("--db", demo_db, "booklet", "--out", imposed, "--imposed")
    assert result.returncode == 0, result.stderr
    sides, size = pdf_pages(imposed)
    assert sides == pages // 2
    assert size == pytest.approx((841.89, 595.28), abs=0.01)  # A4 landscape
    assert f"imposed on {sides} A4 sides" in result.stdout


def test_booklet_a4(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a4.pdf"
    result = run_cli("--db", demo_db, "booklet", "--out", out, "--paper", "a4")
    assert result.returncode == 0, result.stderr
    pages, size = pdf_pages(out)
    assert pages % 4 == 0 and size == pytest.approx((595.28, 841.89), abs=0.01)  # A4


def test_booklet_refuses_bad_input(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", demo_db, "booklet", "--out", tmp_path / "missing" / "b.pdf")
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("--db", demo_db, "booklet", "--out", tmp_path / "b.pdf", "--paper", "a3")
    assert result.returncode == 2  # usage
    empty = tmp_path / "empty.sqlite3"
    result = run_cli("--db", empty, "booklet", "--out", tmp_path / "b.pdf")
    assert result.returncode == 1 and "no sessions" in result.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_errata_and_door_sheets(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    errata = tmp_path / "errata.pdf"
    result = run_cli("--db", demo_db, "errata", "--since", "1", "--out", errata)
    assert result.returncode == 1
    assert "no programme version 1" in result.stderr and "Traceback" not in result.stderr
    assert not errata.exists()

    from delegations.services import programme
    from delegations.services.event import open_event

    event_file = open_event(demo_db)
    with event_file.session() as session:
        programme.publish_version(session=session)
    event_file.close()
    result = run_cli("--db", demo_db, "errata", "--since", "1", "--out", errata)
    assert result.returncode == 0, result.stderr
    assert "(0 changes)" in result.stdout
    text = pdf_text(errata)
    assert "Errata since version 1" in text and "No changes since version 1" in text
    assert embedded_fonts_only(errata)

    doors = tmp_path / "doors.pdf"
    result = run_cli("--db", demo_db, "door-sheets", "--out", doors)
    assert result.returncode == 0, result.stderr
    pages, size = pdf_pages(doors)
    assert pages > 8 and size == pytest.approx((595.28, 841.89), abs=0.01)  # A4 portrait
    assert f"({pages} pages)" in result.stdout
    assert embedded_fonts_only(doors)
