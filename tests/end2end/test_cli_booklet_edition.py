"""`booklet --lang zh_CN` as a user runs it: the Chinese edition, and a refused edition."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import pages_text

from .helpers import RunCli


def test_the_chinese_edition_and_an_unknown_one(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    out = tmp_path / "booklet-zh.pdf"
    result = run_cli("--db", db, "booklet", "--out", out, "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    pages = [page.split() for page in pages_text(out)]
    assert ["目录", "Contents"] in [page[:2] for page in pages]
    assert ["代表团", "Delegations"] in [page[:2] for page in pages]

    refused = tmp_path / "booklet-fr.pdf"
    result = run_cli("--db", db, "booklet", "--out", refused, "--lang", "fr")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "delegations: There is no 'fr' edition of the booklet: choose one of en, zh_CN."
    )
    assert not refused.exists() and "Traceback" not in result.stderr
