"""`delegations signings` as a user runs it: the listing, the PDFs, additions and exit codes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pdf_reading import page_sizes, pdf_text

from .helpers import RunCli

FORWARD = "Phạm Quang Huy"


@pytest.fixture
def demo_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "event.sqlite3"
    assert run_cli("--db", db, "demo").returncode == 0
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_list_print_add_and_order(run_cli: RunCli, demo_db: Path, tmp_path: Path) -> None:
    listed = run_cli("--db", demo_db, "signings")
    assert listed.returncode == 0 and listed.stderr == ""
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("Ceremony 1: Launch of the China–ASEAN International Skills")
    assert lines[0].endswith("26 Jul 2025 11:30, Multifunction Hall")
    assert lines[1].startswith("   1. [1] Memorandum of Understanding on Joint Training of Tyre")
    assert "Forward Tire Company (Viet Nam)" in lines[1] and len(lines) == 7

    register = tmp_path / "register.pdf"
    result = run_cli("--db", demo_db, "signings", "--out", register)
    assert result.returncode == 0 and result.stdout.strip() == (
        f"Register of agreements written to {register}"
    )
    assert "轮胎制造技术人才联合培养合作备忘录" in pdf_text(register)
    assert page_sizes(register)[0][0] > page_sizes(register)[0][1]

    result = run_cli("--db", demo_db, "signings", "ceremony", "add", "--title", "Closing "
                     "signings", "--day", "2025-07-27", "--time", "16:00", "--place", "Huaxi Hall")  # fmt: skip
    assert result.returncode == 0 and result.stdout.strip() == "Ceremony 2: Closing signings added."
    for title in ("Rubber MoU", "Laboratory Agreement"):
        result = run_cli(
            "--db", demo_db, "signings", "add", "--title", title, "--title-zh", f"{title}中文",
            "--party", "Guizhou University", "CN", "Liu Xiaoyan",
            "--company", "Forward Tire Company", "Viet Nam", FORWARD, "--at-ceremony", "2",
        )  # fmt: skip
        assert result.returncode == 0 and result.stderr == "", result.stderr
    assert (
        run_cli("--db", demo_db, "signings", "order", "--ceremony", "2", "8", "7").returncode == 0
    )
    running = tmp_path / "running.pdf"
    result = run_cli("--db", demo_db, "signings", "--out", running, "--ceremony", "2")
    assert result.returncode == 0, result.stderr
    text = pdf_text(running)
    assert text.index("Laboratory Agreement中文") < text.index("Rubber MoU中文")
    assert "Huaxi Hall" in text and "right (host)" in text

    result = run_cli("--db", demo_db, "signings", "add", "--title", "Odd", "--party", "Guizhou "
                     "University", "VN", "Liu Xiaoyan", "--party", "Souphanouvong University",
                     "LA", "Keomany Manivone")  # fmt: skip
    assert result.returncode == 0
    assert result.stderr == (
        "delegations: warning: Prof. Liu Xiaoyan signs “Odd” for “Guizhou University” (Viet "
        "Nam) but is in the delegation of China.\n"
    )


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["add", "--title", "Alone", "--party", "Guizhou University", "CN", "Liu Xiaoyan"],
         "delegations: Parties: “Alone” needs two or more parties (only “Guizhou University” is "
         "named); add the other party with its signatory.\n"),
        (["add", "--title", "Two", "--party", "Guizhou University", "CN",
          "Liu Xiaoyan, Zhou Minghui", "--company", "Forward Tire Company", "VN", FORWARD],
         "delegations: Signatory: “Guizhou University” has two signatories (Prof. Liu Xiaoyan "
         "and Prof. Zhou Minghui); one person signs for each party.\n"),
        (["add", "--title", "Stranger", "--party", "Guizhou University", "CN", "no@where.org",
          "--company", "Forward Tire Company", "VN", FORWARD],
         "delegations: Signatory: “no@where.org” is not one of the event's delegates (give a "
         "delegate's id, e-mail or full name).\n"),
        (["--out", "x.pdf", "--ceremony", "9"],
         "delegations: There is no signing ceremony 9; `delegations signings` lists them with "
         "their numbers.\n"),
        (["--ceremony", "9"],
         "delegations: There is no signing ceremony 9; `delegations signings` lists them with "
         "their numbers.\n"),
        (["remove", "99"],
         "delegations: There is no agreement 99 in the register; `delegations signings` lists "
         "them with their numbers.\n"),
    ],
)  # fmt: skip
def test_bad_input_exit_1_one_sentence_nothing_written(
    run_cli: RunCli, demo_db: Path, tmp_path: Path, args: list[str], sentence: str
) -> None:
    before = _digest(demo_db)
    result = run_cli("--db", demo_db, "signings", *[str(tmp_path / a) if a == "x.pdf" else a
                                                    for a in args])  # fmt: skip
    assert (result.returncode, result.stderr, result.stdout) == (1, sentence, "")
    assert _digest(demo_db) == before and not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(run_cli: RunCli, demo_db: Path) -> None:
    assert run_cli("--db", demo_db, "signings", "add", "--party", "A", "CN").returncode == 2
    result = run_cli("--db", demo_db, "signings", "ceremony", "add", "--title", "T", "--day",
                     "26 July", "--time", "11:30")  # fmt: skip
    assert result.returncode == 2 and "is not a date like 2025-07-26" in result.stderr


def test_a_register_to_a_missing_folder_is_refused_and_no_folder_made(
    run_cli: RunCli, demo_db: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "KINGSTON"  # a USB stick pulled out: not recreated on the laptop
    refused = run_cli("--db", demo_db, "signings", "--out", stick / "register.pdf")
    assert refused.returncode == 1
    assert refused.stderr == (
        f"delegations: Cannot write {stick / 'register.pdf'}: the folder {stick} does not exist.\n"
    )
    assert not stick.exists()


def test_agenda_check_finds_a_ceremony_moved_onto_a_seminar(run_cli: RunCli, demo_db: Path) -> None:
    title = ("Launch of the China–ASEAN International Skills Talent Cultivation Programme and "
             "Signing of University–Enterprise Partnerships")  # fmt: skip
    place = ("--place", "Multifunction Hall", "--day", "2025-07-26")
    moved = run_cli("--db", demo_db, "signings", "ceremony", "edit", "1", "--title", title,
                    *place, "--time", "10:00")  # fmt: skip
    assert moved.returncode == 0 and moved.stdout == "Ceremony 1 saved.\n"
    assert moved.stderr.startswith("delegations: warning: signing room taken: Multifunction Hall")
    assert moved.stderr.count("delegations: warning: signatory or witness busy: ") == 3
    checked = run_cli("--db", demo_db, "agenda", "check")
    assert checked.returncode == 3 and checked.stdout.startswith("4 conflicts in the agenda:")
    assert (
        "\nsigning room taken: Multifunction Hall holds “Digital Intelligence Innovation Empowers "
        "International Industry–Education Integration 2025” (09:00–11:30) during the signing "
        f"ceremony “{title}” (Sat 26 July 10:00–10:40).\n  #14  Sat 26 Jul  09:00–11:30  "
    ) in checked.stdout
    assert checked.stdout.count("signatory or witness busy: ") == 3
    back = run_cli("--db", demo_db, "signings", "ceremony", "edit", "1", "--title", title,
                   *place, "--time", "11:30")  # fmt: skip
    assert back.returncode == 0 and back.stderr == ""
    cleared = run_cli("--db", demo_db, "agenda", "check")
    assert cleared.returncode == 0 and cleared.stdout.startswith("No conflicts in the agenda")
