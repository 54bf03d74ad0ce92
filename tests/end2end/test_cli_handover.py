"""`delegations handover` as a desk operator uses it: the receipt and what is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handover_people import LATIN_NAMES, LIAISON_EMAIL, build_handover_event
from pdf_reading import pages_text

from .helpers import RunCli, count_rows


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "week.sqlite3"
    build_handover_event(path)
    return path


def test_handover_writes_the_receipt_and_records_who_collected(
    run_cli: RunCli, event: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "receipt.pdf"
    result = run_cli("--db", event, "handover", "--delegation", "KH",
                     "--collected-by", LIAISON_EMAIL.upper(), "--out", pdf, "--desk", "Desk A")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "6 badges of Cambodia handed to Ms. Chea Sreymom" in result.stdout
    text = "\n".join(pages_text(pdf, layout=True))
    assert all(name in text for name in LATIN_NAMES)
    assert re.search(r"Collected by\s+Ms\. Chea Sreymom", text)
    assert "Liaison officer (signature)" in text and "Desk (signature)" in text
    assert (count_rows(event, "badgehandover"), count_rows(event, "handedbadge")) == (1, 6)


@pytest.mark.parametrize(
    ("delegation", "collector", "says"),
    [
        ("Cambodia", "malee@moe.go.th", "not the e-mail of a member of Cambodia"),
        ("Atlantis", LIAISON_EMAIL, "Atlantis"),
    ],
)
def test_bad_input_is_one_sentence_exit_1_and_nothing_written(  # noqa: PLR0913
    run_cli: RunCli, event: Path, tmp_path: Path, delegation: str, collector: str, says: str
) -> None:
    pdf = tmp_path / "receipt.pdf"
    result = run_cli("--db", event, "handover", "--delegation", delegation,
                     "--collected-by", collector, "--out", pdf)  # fmt: skip
    assert result.returncode == 1
    assert says in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not pdf.exists()
    assert count_rows(event, "badgehandover") == 0
