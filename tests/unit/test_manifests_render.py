"""The manifest PDF from plain rows (printing.manifests): a coach longer than a page goes on
with its heading repeated, every passenger printed once; a cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import page_count, pages_text

from delegations.printing.manifests import (
    Greeter,
    ManifestRow,
    ManifestRun,
    SignLine,
    render_manifest,
)


def _coach(code: str, count: int) -> ManifestRun:
    rows = tuple(
        ManifestRow(
            "10:05",
            "FD578 BKK",
            f"Passenger {code}-{i:02d}",
            "",
            "Thailand",
            f"+66 81 000 {i:04d}",
            "Sheraton Guiyang Hotel",
        )  # fmt: skip
        for i in range(count)
    )
    return ManifestRun(f"{code} · Coach, 40 seats · leaves 10:50", "KWE T2 to Sheraton",
                       "Meet: Gate 3  ·  Greeter: Ms Wang Li", rows)  # fmt: skip


def test_a_coach_longer_than_a_page_continues_and_prints_everyone_once(tmp_path: Path) -> None:
    out = tmp_path / "manifest.pdf"
    runs = [_coach("A1", 12), _coach("A2", 40), _coach("A3", 40)]
    seen: list[tuple[int, int]] = []
    signs = [Greeter("Ms Wang Li", (SignLine("10:05", "FD578 from BKK", "KWE T2", "Thailand",
                                             "泰国", 92, "", "A1, A2, A3"),))]  # fmt: skip
    pages = render_manifest(out, title="Arrivals — Thursday 24 July 2025", subtitle="",
                            runs=runs, greeters=signs, progress=lambda *p: seen.append(p))  # fmt: skip
    assert pages == page_count(out) >= 4
    text = "\n".join(pages_text(out))
    for run in runs:
        for row in run.rows:
            assert text.count(row.name) == 1, row.name
    assert "A2 · Coach, 40 seats · leaves 10:50 (continued)" in text
    assert text.count("Page ") == pages
    assert "泰国" in text and "Greeters' sign list" in text
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_a_cancelled_manifest_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "manifest.pdf"
    calls = iter((False, True))
    pages = render_manifest(out, title="Arrivals", subtitle="", runs=[_coach("A1", 5)] * 3,
                            cancelled=lambda: next(calls))  # fmt: skip
    assert pages is None
    assert list(tmp_path.iterdir()) == []
