import os
from collections.abc import Iterator
from pathlib import Path

import postgres_mode
import pytest

# Qt must never try to open a real display in tests, even where one exists.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="where the tests' events live: SQLite files (default), or a database each on the "
        f"PostgreSQL server ${postgres_mode.URL_VARIABLE} names (tests/postgres_mode.py)",
    )


def on_postgresql(config: pytest.Config) -> bool:
    return config.getoption("--engine") == "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    if on_postgresql(config) and not os.environ.get(postgres_mode.URL_VARIABLE):
        raise pytest.UsageError(f"--engine postgresql: {postgres_mode.MISSING_SERVER}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, the tests that can only work on an SQLite file are left out."""
    if not on_postgresql(config):
        return
    kept = [item for item in items if item.get_closest_marker("sqlite_only") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") is not None:
        postgres_mode.server_address()  # fails the test, with the reason, when not given


@pytest.fixture(scope="session", autouse=True)
def _engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[postgres_mode.PostgresEvents | None]:
    """With --engine postgresql, every event a test opens is a database on the test server."""
    if not on_postgresql(request.config):
        yield None
        return
    with postgres_mode.postgres_events(tmp_path_factory.mktemp("postgres")) as events:
        yield events


@pytest.fixture(autouse=True)
def _engine_per_test(_engine: postgres_mode.PostgresEvents | None) -> Iterator[None]:
    """The databases a test opened are dropped when it ends."""
    if _engine is None:
        yield
        return
    _engine.test_paths = []
    try:
        yield
    finally:
        _engine.end_test()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """An empty database of its own on the test server (tests marked `postgres`)."""
    databases = postgres_mode.ServerDatabases(postgres_mode.server_address())
    name = databases.create()
    try:
        yield databases.url(name)
    finally:
        databases.drop_all()


@pytest.fixture(autouse=True)
def _private_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the user's real data folder (default event, log, recent files) out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DELEGATIONS_DB", raising=False)


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "event.sqlite3"


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, written once for the run: a test copies it before changing anything."""
    from delegations.services.demo import write_demo
    from delegations.services.event import open_event

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    event_file = open_event(path)
    write_demo(event_file)
    event_file.close()
    return path
