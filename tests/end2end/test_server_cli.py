"""`delegations server push / pull / init / user` as a script runs them, against the real
PostgreSQL server of the test run ($DELEGATIONS_TEST_POSTGRES)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from delegations.domain.codes import make_code

from .helpers import RunCli, count_rows

pytestmark = pytest.mark.postgres

PASSWORD = "w4lk-in desk pass"


def event_tables(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        ).fetchall()
    finally:
        connection.close()
    return sorted(name for (name,) in rows)


def counts(path: Path) -> dict[str, int]:
    return {table: count_rows(path, table) for table in event_tables(path)}


def server_count(url: str, table: str) -> int:
    with psycopg.connect(url) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_path, path)
    return path


def test_push_then_pull_gives_every_row_back(
    run_cli: RunCli, demo: Path, postgres_url: str
) -> None:
    pushed = run_cli("--db", demo, "server", "push", "--to", postgres_url)
    assert pushed.returncode == 0, pushed.stderr
    total = sum(counts(demo).values())
    assert f"{total} rows" in pushed.stdout
    assert server_count(postgres_url, "delegate") == count_rows(demo, "delegate")

    # Both spellings of the file to write: --db after `pull`, and the global --db.
    after = demo.with_name("pulled.sqlite3")
    pulled = run_cli("server", "pull", "--from", postgres_url, "--db", after)
    before = demo.with_name("pulled-global.sqlite3")
    pulled_global = run_cli("--db", before, "server", "pull", "--from", postgres_url)

    assert pulled.returncode == 0, pulled.stderr
    assert pulled_global.returncode == 0, pulled_global.stderr
    assert counts(after) == counts(demo)
    assert counts(before) == counts(demo)
    assert not [p.name for p in demo.parent.iterdir() if p.name.endswith(".part")]


def test_a_database_holding_an_event_is_refused_and_left_as_it_was(
    run_cli: RunCli, demo: Path, postgres_url: str
) -> None:
    assert run_cli("--db", demo, "server", "push", "--to", postgres_url).returncode == 0
    other = demo.with_name("new.sqlite3")
    assert run_cli("--db", other, "event", "show").returncode == 0  # a new, empty event
    delegates = count_rows(demo, "delegate")

    refused = run_cli("--db", other, "server", "push", "--to", postgres_url)

    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "holds an event already" in refused.stderr and "--replace" in refused.stderr
    assert server_count(postgres_url, "delegate") == delegates

    replaced = run_cli("--db", other, "server", "push", "--to", postgres_url, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert server_count(postgres_url, "delegate") == 0


def test_pull_refuses_an_existing_file_and_leaves_it_as_it_was(
    run_cli: RunCli, demo: Path, postgres_url: str
) -> None:
    assert run_cli("--db", demo, "server", "push", "--to", postgres_url).returncode == 0
    existing = demo.with_name("mine.sqlite3")
    assert run_cli("--db", existing, "event", "show").returncode == 0
    content = existing.read_bytes()

    refused = run_cli("server", "pull", "--from", postgres_url, "--db", existing)

    assert refused.returncode == 1
    assert "exists already" in refused.stderr and "--replace" in refused.stderr
    assert existing.read_bytes() == content

    replaced = run_cli("server", "pull", "--from", postgres_url, "--db", existing, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert counts(existing) == counts(demo)


def test_pull_from_a_database_without_an_event_is_refused(
    run_cli: RunCli, tmp_path: Path, postgres_url: str
) -> None:
    target = tmp_path / "copy.sqlite3"
    refused = run_cli("server", "pull", "--from", postgres_url, "--db", target)
    assert refused.returncode == 1
    assert "holds no event" in refused.stderr
    assert not target.exists()


def test_pull_needs_a_file_and_push_an_existing_one(
    run_cli: RunCli, tmp_path: Path, postgres_url: str
) -> None:
    no_file = run_cli("server", "pull", "--from", postgres_url)
    typo = run_cli("--db", tmp_path / "typo.sqlite3", "server", "push", "--to", postgres_url)
    twice = run_cli("--db", "a.sqlite3", "server", "pull", "--from", postgres_url, "--db", "b")

    assert (no_file.returncode, typo.returncode, twice.returncode) == (1, 1, 1)
    assert "--db FILE" in no_file.stderr
    assert "does not exist" in typo.stderr and not (tmp_path / "typo.sqlite3").exists()
    assert "given twice" in twice.stderr


@pytest.fixture
def roles(postgres_url: str, tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """This test's own group roles and login name (roles are cluster-wide), dropped after."""
    prefix = f"e{os.getpid()}_{tmp_path.name[-10:].replace('-', '_').lower()}"
    names = (f"{prefix}_desk", f"{prefix}_org", f"{prefix}_d1")
    yield names
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        for name in reversed(names):
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                connection.execute(f'DROP OWNED BY "{name}"')
                connection.execute(f'DROP ROLE "{name}"')


def test_a_desk_login_made_by_init_and_user_admits_and_is_refused_the_agenda(
    run_cli: RunCli, demo: Path, postgres_url: str, roles: tuple[str, str, str], tmp_path: Path
) -> None:
    desk_role, organiser_role, login = roles
    group = ("--desk-role", desk_role, "--organiser-role", organiser_role)
    assert run_cli("--db", demo, "server", "push", "--to", postgres_url).returncode == 0
    made = run_cli("--db", postgres_url, "server", "init", *group)
    assert made.returncode == 0, made.stderr
    assert f"made now: {desk_role}, {organiser_role}" in made.stdout
    added = run_cli(
        "server", "user", login, "--role", "desk", "--db", postgres_url, *group,
        env={"DELEGATIONS_NEW_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    desk_url = make_url(postgres_url).set(username=login, password=PASSWORD)
    desk = desk_url.render_as_string(hide_password=False)
    connection = sqlite3.connect(demo)
    (secret,) = connection.execute("SELECT signing_secret FROM event").fetchone()
    delegate_id, version = connection.execute(
        "SELECT id, badge_version FROM delegate ORDER BY id LIMIT 1"
    ).fetchone()
    connection.close()

    admitted = run_cli("--db", desk, "checkin", make_code(secret, delegate_id, version))
    exported = run_cli("--db", desk, "agenda", "export", tmp_path / "agenda.json")
    refused = run_cli("--db", desk, "agenda", "import", tmp_path / "agenda.json")
    not_replaced = run_cli("--db", demo, "server", "push", "--to", desk, "--replace")

    assert admitted.returncode == 0, admitted.stderr
    assert exported.returncode == 0, exported.stderr
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert f"the login {login} may not change" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not_replaced.returncode == 1
    assert f"the login {login} may not change" in not_replaced.stderr
    assert "Traceback" not in not_replaced.stderr
    assert server_count(postgres_url, "checkin") == count_rows(demo, "checkin") + 1
    # The password was given in the address: it is in no output, log or settings file.
    outputs = [p.stdout + p.stderr for p in (added, admitted, exported, refused, not_replaced)]
    assert not [text for text in outputs if PASSWORD in text]
    home = tmp_path / "home"
    written = [p for p in home.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    assert written == []
    assert any(home.rglob("delegations.log"))
