"""`delegations badges --family-caps`: the family name in capitals, read back from the PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2
from badge_people import build_badge_event

from .helpers import RunCli


def pdf_text(pdf: Path) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return unicodedata.normalize(
            "NFC",
            "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document))),
        )
    finally:
        document.close()


def test_family_caps_on_the_command_line(run_cli: RunCli, tmp_path: Path) -> None:
    event = tmp_path / "week.sqlite3"
    build_badge_event(event)
    caps, plain = tmp_path / "caps.pdf", tmp_path / "plain.pdf"

    result = run_cli("--db", event, "badges", "--out", caps, "--layout", "cr80", "--family-caps")
    assert result.returncode == 0, result.stderr
    text = pdf_text(caps)
    for name in ("SOK Chanthy", "Somchai JAIDEE", "LI Minghua", "NGUYỄN Văn Đức"):
        assert name in text
    assert "李明华" in text

    result = run_cli("--db", event, "badges", "--out", plain, "--no-family-caps")
    assert result.returncode == 0, result.stderr
    text = pdf_text(plain)
    assert "Sok Chanthy" in text
    assert "SOK" not in text

    result = run_cli("--db", event, "badges", "--help")
    assert "--family-caps" in result.stdout
