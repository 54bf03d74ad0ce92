"""The PyInstaller one-folder build: it builds from build.spec and the frozen app works offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import count_rows, png_size

ROOT = Path(__file__).resolve().parents[2]
BUILD_MINUTES = 20

# Not in the README's test command (`addopts` leaves out `slow`); run with `pytest -m slow`.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build dist/delegations once for this module and return the executable."""
    if sys.platform.startswith("linux"):
        assert shutil.which("objdump"), (
            "PyInstaller reads the binaries with objdump: install binutils (sudo apt install binutils)"
        )
    build = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            str(ROOT / "build.spec"),
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_MINUTES * 60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    executable = (
        build / "dist" / "delegations" / ("delegations.exe" if os.name == "nt" else "delegations")
    )
    assert executable.is_file()
    size = sum(
        path.stat().st_size
        for path in executable.parent.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    print(f"\nfrozen build: {time.perf_counter() - started:.0f} s, {size / 2**20:.0f} MiB")
    return executable


def _run_frozen(
    executable: Path, *args: str | Path, home: Path
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "DELEGATIONS_DB" and not key.startswith(("XDG_", "PYTHON"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [str(executable), *map(str, args)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_frozen_app_writes_the_demo_event_and_a_screenshot(
    frozen_app: Path, tmp_path: Path
) -> None:
    event, shot = tmp_path / "e.sqlite3", tmp_path / "shot.png"

    demo = _run_frozen(frozen_app, "--db", event, "demo", home=tmp_path)
    screenshot = _run_frozen(frozen_app, "--db", event, "screenshot", shot, home=tmp_path)

    assert demo.returncode == 0, demo.stderr
    assert count_rows(event, "delegation") >= 12, "the bundled migrations built the schema"
    assert screenshot.returncode == 0, screenshot.stderr
    assert png_size(shot) == (1280, 800)


@pytest.mark.slow
def test_frozen_app_refuses_a_foreign_file_with_a_sentence(
    frozen_app: Path, tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not an event\n", encoding="utf-8")

    result = _run_frozen(frozen_app, "--db", path, "demo", home=tmp_path)

    assert result.returncode == 1
    assert result.stderr.startswith("delegations: ") and "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "not an event\n"
