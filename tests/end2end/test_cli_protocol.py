"""`delegations protocol` and `booklet --lists` as a user runs them: output, files, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_text

from .helpers import RunCli

ASEAN = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar",
         "Philippines", "Singapore", "Thailand", "Timor-Leste", "Viet Nam"]  # fmt: skip


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def _order(stdout: str) -> list[str]:
    return [line.split("\t")[1] for line in stdout.splitlines() if "\t" in line]


def test_protocol_prints_sets_and_writes_the_list(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_db, "protocol")
    assert result.returncode == 0, result.stderr
    assert _order(result.stdout) == [*ASEAN, "China"]  # China hosts, last (the demo)
    assert result.stdout.splitlines()[0] == "1\tBrunei Darussalam\tDato Mohd Azmi bin Haji Ismail"

    out = tmp_path / "precedence.pdf"
    result = run_cli("--db", demo_db, "protocol", "--host-place", "chair", "--out", out)
    assert result.returncode == 0, result.stderr
    assert _order(result.stdout) == ["China", *ASEAN]
    assert f"(12 delegations) written to {out}" in result.stdout
    text = pdf_text(out)
    assert "Order of precedence" in text and "礼宾顺序" in text
    assert "Dr. Wang Haitao 王海涛" in " ".join(text.split())  # the head, native name shaped
    positions = [text.index(name) for name in ["China", *ASEAN[:3]]]
    assert positions == sorted(positions)
    # Set once, kept: the next listing (any list) follows.
    assert _order(run_cli("--db", demo_db, "protocol").stdout)[0] == "China"


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        (("--host-place", "middle"), "must be first, last or chair, not “middle”"),
        (("--host", "Narnia"), "“Narnia” is not a country"),
        (("--rule", "alphabetical"), "must be asean or manual"),
    ],
)
def test_protocol_refuses_bad_input_and_changes_nothing(
    run_cli: RunCli, demo_db: Path, options: tuple[str, ...], sentence: str
) -> None:
    result = run_cli("--db", demo_db, "protocol", *options, "--partners", "Japan")
    assert result.returncode == 1
    assert sentence in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    listed = run_cli("--db", demo_db, "protocol")
    assert _order(listed.stdout) == [*ASEAN, "China"]


def test_booklet_lists_choice(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    pages = {}
    for lists in ("heads", "all", "none"):
        out = tmp_path / f"{lists}.pdf"
        result = run_cli("--db", demo_db, "booklet", "--out", out, "--lists", lists)
        assert result.returncode == 0, result.stderr
        pages[lists] = int(result.stdout.split("(")[1].split()[0])
        text = pdf_text(out)
        assert ("with their heads of delegation" in text) is (lists == "heads")
        assert ("each with its head of delegation first" in text) is (lists == "all")
    assert pages["none"] <= pages["heads"] < pages["all"]
    bad = tmp_path / "bad.pdf"
    result = run_cli("--db", demo_db, "booklet", "--out", bad, "--lists", "some")
    assert result.returncode == 1 and "choose heads, all or none" in result.stderr
    assert not bad.exists()


def test_a_rank_given_on_the_command_line_is_listed_and_printed(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    email = "khamphan.phommachanh@moes.la.example"  # the demo's head of the Lao delegation
    result = run_cli("--db", demo_db, "protocol", "--set-rank", email, "副部长")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Khamphan Phommachanh: rank 副部长."
    listed = run_cli("--db", demo_db, "protocol").stdout
    assert "4\tLao PDR\tH.E. Khamphan Phommachanh (Vice-Minister)" in listed.splitlines()
    out = tmp_path / "precedence.pdf"
    assert run_cli("--db", demo_db, "protocol", "--out", out).returncode == 0
    assert "Vice-Minister 副部长" in " ".join(pdf_text(out).split())
    refused = run_cli("--db", demo_db, "protocol", "--set-rank", email, "Emperor")
    assert refused.returncode == 1 and "“Emperor” is not in the rank list" in refused.stderr
    assert "(Vice-Minister)" in run_cli("--db", demo_db, "protocol").stdout
