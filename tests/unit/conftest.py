"""Fixtures shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.services.demo import write_demo
from delegations.services.event import open_event


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, written once for the run: a test copies it before changing anything."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    event_file = open_event(path)
    write_demo(event_file)
    event_file.close()
    return path
