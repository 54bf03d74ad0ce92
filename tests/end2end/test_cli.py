"""The command line as a subprocess: exit codes, messages and what ends up in the files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .helpers import RunCli, count_rows, png_size

COUNTRIES = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", "CN"}


def _delegate_names(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT given_name, family_name FROM delegate ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def _assert_refused(result, path: Path, before: bytes, *, says: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("delegations: "), message
    assert says in message, message
    assert str(path) in message, "the message should name the file"
    assert path.read_bytes() == before, "a refused file must be left byte for byte as it was"


def test_help_lists_the_commands(run_cli: RunCli) -> None:
    result = run_cli("--help")

    assert result.returncode == 0, result.stderr
    assert "usage: delegations" in result.stdout
    for command in ("demo", "screenshot", "--db"):
        assert command in result.stdout


def test_demo_writes_the_twelve_delegations_and_the_synthetic_delegates(
    run_cli: RunCli, tmp_path: Path
) -> None:
    plain, scaled = tmp_path / "plain.sqlite3", tmp_path / "scaled.sqlite3"

    assert run_cli("--db", plain, "demo").returncode == 0
    result = run_cli("--db", scaled, "demo", "--delegates", "50")

    assert result.returncode == 0, result.stderr
    assert str(scaled) in result.stdout
    connection = sqlite3.connect(f"{scaled.as_uri()}?mode=ro", uri=True)
    try:
        countries = {row[0] for row in connection.execute("SELECT country FROM delegation")}
        heads = connection.execute(
            "SELECT count(*) FROM delegation WHERE head_id IS NOT NULL"
        ).fetchone()[0]
        event_names = [row[0] for row in connection.execute("SELECT name FROM event")]
    finally:
        connection.close()
    assert countries >= COUNTRIES
    assert heads >= len(COUNTRIES), "every delegation has a head"
    assert len(event_names) == 1 and "ASEAN" in event_names[0]
    assert count_rows(scaled, "delegate") == count_rows(plain, "delegate") + 50
    assert count_rows(scaled, "speaker") >= 3
    assert count_rows(scaled, "agendasession") > 0


def test_demo_is_the_same_for_the_same_seed(run_cli: RunCli, tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"

    for path in (first, second):
        result = run_cli("--db", path, "demo", "--delegates", "30", "--seed", "7")
        assert result.returncode == 0, result.stderr

    assert _delegate_names(first) == _delegate_names(second)


def test_a_text_file_is_refused_and_left_untouched(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Guest list draft: Bai Zhen, Oum Romany, Li Zhicheng\n", encoding="utf-8")
    before = path.read_bytes()

    result = run_cli("--db", path, "demo")

    _assert_refused(result, path, before, says="not a Delegations event file")


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "inventory.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE chairs (id INTEGER PRIMARY KEY, room TEXT)")
    connection.execute("INSERT INTO chairs (room) VALUES ('Hall A')")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    result = run_cli("--db", path, "demo")

    _assert_refused(result, path, before, says="not a Delegations event file")
    assert not path.with_name(path.name + "-wal").exists()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "future.sqlite3"
    assert run_cli("--db", path, "demo").returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    result = run_cli("--db", path, "demo", "--delegates", "5")

    _assert_refused(result, path, before, says="newer version")


def test_a_new_path_becomes_an_empty_event(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "Jakarta workshop.sqlite3"

    result = run_cli("--db", path, "screenshot", tmp_path / "empty.png", "--size", "640x480")

    assert result.returncode == 0, result.stderr
    assert count_rows(path, "event") == 1
    assert count_rows(path, "delegation") == 0
    assert count_rows(path, "role") > 0, "a new event has the default accreditation categories"
    assert png_size(tmp_path / "empty.png") == (640, 480)


@pytest.fixture
def demo_file(run_cli: RunCli, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    result = run_cli("--db", path, "demo", "--delegates", "200")
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("tab", ["delegations", "speakers", "agenda"])
def test_screenshot_writes_a_png_of_the_asked_size(
    run_cli: RunCli, demo_file: Path, tmp_path: Path, tab: str
) -> None:
    out = tmp_path / "shots" / f"{tab}.png"
    out.parent.mkdir()

    result = run_cli("--db", demo_file, "screenshot", out, "--tab", tab, "--size", "800x600")

    assert result.returncode == 0, result.stderr
    assert png_size(out) == (800, 600)
    assert out.stat().st_size > 5_000, "a rendered window, not an empty image"


@pytest.mark.parametrize("size", ["800", "800x", "wide", "100x100", "0x600"])
def test_a_bad_size_is_a_usage_error(run_cli: RunCli, tmp_path: Path, size: str) -> None:
    out = tmp_path / "shot.png"
    path = tmp_path / "event.sqlite3"

    result = run_cli("--db", path, "screenshot", out, "--size", size)

    assert result.returncode == 2
    assert "usage:" in result.stderr and "--size" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not path.exists(), "a usage error touches no file"


def test_delegations_db_in_the_environment_picks_the_event_file(
    run_cli: RunCli, app_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "from-env.sqlite3"

    result = run_cli("demo", env={"DELEGATIONS_DB": str(path)})

    assert result.returncode == 0, result.stderr
    assert count_rows(path, "delegation") >= len(COUNTRIES)
    default = Path(app_env["XDG_DATA_HOME"]) / "Delegations" / "event.sqlite3"
    assert not default.exists(), "with DELEGATIONS_DB set the default event file is not made"


def test_first_run_without_db_creates_the_demo_event_in_the_user_data_folder(
    run_cli: RunCli, app_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "first-run.png"

    result = run_cli("screenshot", out)

    assert result.returncode == 0, result.stderr
    data = Path(app_env["XDG_DATA_HOME"]) / "Delegations"
    assert count_rows(data / "event.sqlite3", "delegation") >= len(COUNTRIES)
    logs = Path(app_env["HOME"]) / ".local" / "state" / "Delegations" / "log"  # platformdirs
    assert (logs / "delegations.log").exists()
    assert png_size(out) == (1280, 800)
