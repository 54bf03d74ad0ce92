import os
from pathlib import Path

import pytest

# Qt must never try to open a real display in tests, even where one exists.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


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
