"""`delegations event show|set` and `badges --delegation` as an organiser types them."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from .helpers import RunCli


def _event_row(path: Path) -> tuple:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT * FROM event").fetchone()
    finally:
        connection.close()


def test_event_set_then_show(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "ev.sqlite3"
    shown = run_cli("--db", path, "event", "show")
    assert shown.returncode == 0, shown.stderr
    assert "Name:         ev\n" in shown.stdout
    assert "Named:        no — still called after its file" in shown.stdout

    result = run_cli(
        "--db", path, "event", "set", "--name", "China–ASEAN Education Cooperation Week 2025",
        "--name-zh", "中国—东盟教育交流周", "--start", "2025-07-24", "--end", "2025-07-28",
        "--timezone", "Asia/Shanghai", "--venue", "Guiyang International Eco-Conference Center",
        "--city", "Guiyang",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = run_cli("--db", path, "event", "show")
    assert shown.stdout.splitlines() == [
        "Name:         China–ASEAN Education Cooperation Week 2025",
        "Chinese name: 中国—东盟教育交流周",
        "Start date:   2025-07-24",
        "End date:     2025-07-28",
        "Time zone:    Asia/Shanghai",
        "Venue:        Guiyang International Eco-Conference Center",
        "City:         Guiyang",
        "Named:        yes",
    ]
    # Only what is given changes.
    assert run_cli("--db", path, "event", "set", "--city", "Nanning").returncode == 0
    row = _event_row(path)
    assert "Nanning" in row and "China–ASEAN Education Cooperation Week 2025" in row


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--end", "2025-07-20"], "End date: 20 Jul 2025 is before the start date, 24 Jul 2025."),
        (["--start", "24/07/2025"], "Start date: “24/07/2025” is not a date like 2025-07-24."),
        (["--timezone", "Asia/Guiyang"], "Time zone: “Asia/Guiyang” is not a time zone name"),
        (["--name", "  ", "--city", "Hanoi"], "Name: the event needs a name"),
    ],
)
def test_bad_input_is_one_sentence_exit_1_and_nothing_written(
    run_cli: RunCli, tmp_path: Path, args: list[str], message: str
) -> None:
    path = tmp_path / "week.sqlite3"
    assert run_cli(
        "--db", path, "event", "set", "--name", "Week", "--start", "2025-07-24",
        "--end", "2025-07-28",
    ).returncode == 0  # fmt: skip
    before = _event_row(path)
    result = run_cli("--db", path, "event", "set", *args)
    assert result.returncode == 1
    assert result.stderr.startswith(f"delegations: {message}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert _event_row(path) == before


def test_event_set_without_a_setting_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("--db", tmp_path / "ev.sqlite3", "event", "set")
    assert result.returncode == 2
    assert "give at least one of --name" in result.stderr


def test_booklet_and_badges_warn_while_the_event_is_not_named(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "ev.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE event SET name = 'ev', details_confirmed = 0")
    connection.close()
    warning = (
        "The event is still called “ev” (its file name): set its name and dates in "
        "File ▸ Event settings… or with `delegations event set`."
    )
    badges = run_cli("--db", path, "badges", "--delegation", "SG", "--out", tmp_path / "b.pdf")
    assert badges.returncode == 0, badges.stderr
    assert f"Check before printing (1):\n  {warning}\n" in badges.stdout
    booklet = run_cli("--db", path, "booklet", "--out", tmp_path / "p.pdf")
    assert booklet.returncode == 0, booklet.stderr
    assert f"Check before printing (1):\n  {warning}\n" in booklet.stdout

    assert run_cli("--db", path, "event", "set", "--name", "Week").returncode == 0
    badges = run_cli("--db", path, "badges", "--delegation", "SG", "--out", tmp_path / "b.pdf")
    assert "still called" not in badges.stdout


# badges --delegation: the one resolver ---------------------------------------------------


@pytest.fixture
def demo(run_cli: RunCli, tmp_path: Path) -> Path:
    """The demo event plus a second Cambodian delegation, "Cambodia Youth Forum"."""
    path = tmp_path / "week.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    connection = sqlite3.connect(path)
    with connection:
        forum = connection.execute(
            "INSERT INTO delegation (country, name, institution, protocol_order, contact_name,"
            " contact_email, contact_phone, notes) VALUES ('KH', 'Cambodia Youth Forum', '', 99,"
            " '', '', '', '')"
        ).lastrowid
        connection.execute(
            "INSERT INTO delegate (delegation_id, honorific, given_name, family_name,"
            " native_name, name_order, position, organisation, email, phone, dietary,"
            " access_needs, notes, badge_version) VALUES (?, '', 'Dara', 'Chan', '',"
            " 'GIVEN_FIRST', '', '', '', '', '', '', '', 1)",
            (forum,),
        )
    connection.close()
    return path


def _members(path: Path, name: str) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM delegate d JOIN delegation g ON g.id = d.delegation_id"
            " WHERE g.name = ?",
            (name,),
        ).fetchone()[0]
    finally:
        connection.close()


def _badges_written(stdout: str) -> int:
    match = re.search(r"^(\d+) badges? \(\d+ pages?\) written to ", stdout, re.MULTILINE)
    assert match, stdout
    return int(match.group(1))


@pytest.mark.parametrize("text", ["老挝", "Laos", "Lao People's Democratic Republic", "LAO"])
def test_badges_for_laos_however_it_is_written(
    run_cli: RunCli, demo: Path, tmp_path: Path, text: str
) -> None:
    lao = _members(demo, "Lao PDR")
    assert lao > 0
    out = tmp_path / "x.pdf"
    result = run_cli("--db", demo, "badges", "--delegation", text, "--out", out)
    assert result.returncode == 0, result.stderr
    assert _badges_written(result.stdout) == lao
    assert out.read_bytes().startswith(b"%PDF")


def test_badges_for_cambodia_leave_out_the_youth_forum(
    run_cli: RunCli, demo: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "--db", demo, "badges", "--delegation", "Cambodia", "--out", tmp_path / "k.pdf"
    )
    assert result.returncode == 0, result.stderr
    assert _badges_written(result.stdout) == _members(demo, "Cambodia")
    forum = run_cli("--db", demo, "badges", "--delegation", "youth", "--out", tmp_path / "f.pdf")
    assert _badges_written(forum.stdout) == 1


def test_an_ambiguous_delegation_is_refused_listing_the_candidates(
    run_cli: RunCli, demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "c.pdf"
    result = run_cli("--db", demo, "badges", "--delegation", "Camb", "--out", out)
    assert result.returncode == 1
    assert result.stderr == (
        "delegations: “Camb” matches 2 delegations: Cambodia, Cambodia Youth Forum; "
        "give more of the name.\n"
    )
    assert not out.exists()
