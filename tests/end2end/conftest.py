"""The application as a user or a script meets it: a process with arguments, files and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from .helpers import RunCli


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """Environment for the app as a process: offscreen Qt and a private home and data folder."""
    home = tmp_path / "home"
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "DELEGATIONS_DB" and not key.startswith(("XDG_", "PYTEST_"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.fixture
def run_cli(app_env: dict[str, str], tmp_path: Path) -> RunCli:
    """Run `python -m delegations ARGS` and return the finished process (text output)."""

    def run(
        *args: str | Path, env: dict[str, str] | None = None, timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        command: Sequence[str] = [sys.executable, "-m", "delegations", *map(str, args)]
        return subprocess.run(
            command,
            env={**app_env, **(env or {})},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run
