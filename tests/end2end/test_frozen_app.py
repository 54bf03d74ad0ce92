"""The PyInstaller one-folder build: it builds from build.spec and the frozen app works offscreen.

Everything here runs the bundle itself: its fonts, HarfBuzz, zxing-cpp and migrations, not the
source tree's. `DELEGATIONS_FROZEN_APP=dist/delegations/delegations pytest -m slow ...` tests
an existing build instead of building one (while iterating on these tests).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdf_reading import decode_qr_codes, fonts, page_count, pdf_text

from delegations.domain.codes import read_code

from .helpers import count_rows, png_size

ROOT = Path(__file__).resolve().parents[2]
BUILD_MINUTES = 20

# Not in the README's test command (`addopts` leaves out `slow`); run with `pytest -m slow`.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build dist/delegations once for this module and return the executable."""
    prebuilt = os.environ.get("DELEGATIONS_FROZEN_APP")
    if prebuilt:
        assert Path(prebuilt).is_file(), f"DELEGATIONS_FROZEN_APP={prebuilt} is not a file"
        return Path(prebuilt)
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
    executable: Path, *args: str | Path, home: Path, timeout: float = 120, **variables: str
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
        **variables,
    )
    return subprocess.run(
        [str(executable), *map(str, args)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_event(frozen_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, written by the bundle."""
    home = tmp_path_factory.mktemp("frozen-demo")
    event = home / "demo.sqlite3"
    result = _run_frozen(frozen_app, "--db", event, "demo", home=home)
    assert result.returncode == 0, result.stderr
    return event


def _query(event: Path, sql: str, *parameters: object) -> list[tuple]:
    connection = sqlite3.connect(f"{event.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def _delegates_of(event: Path, country: str) -> list[tuple[int, str, str]]:
    """(id, given name, native name) of a delegation's delegates."""
    return _query(
        event,
        "SELECT d.id, d.given_name, d.native_name FROM delegate d"
        " JOIN delegation g ON g.id = d.delegation_id WHERE g.country = ?",
        country,
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


@pytest.mark.slow
@pytest.mark.parametrize(("country", "script_font"), [("KH", "NotoSansKhmer"), ("CN", "WenQuanYi")])
def test_frozen_app_prints_a6_badges_whose_names_and_codes_read_back(
    frozen_app: Path, demo_event: Path, tmp_path: Path, country: str, script_font: str
) -> None:
    out = tmp_path / f"badges-{country}.pdf"
    people = _delegates_of(demo_event, country)
    (secret,) = _query(demo_event, "SELECT signing_secret FROM event")[0]

    result = _run_frozen(
        frozen_app, "--db", demo_event, "badges", "--layout", "a6", "--delegation", country,
        "--out", out, home=tmp_path,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert f"{len(people)} badges ({len(people)} pages) written to {out}" in result.stdout
    assert page_count(out) == len(people)
    used = fonts(out)
    assert any(script_font in font.name for font in used), used  # the bundled font drew them
    assert all(font.embedded and font.subset for font in used), used
    text = pdf_text(out)
    assert all(given in text for _id, given, _native in people)
    if country == "CN":  # Han text is extracted as written (shaped Khmer is not, by design)
        assert all(native in text for _id, _given, native in people)
    codes = decode_qr_codes(out)  # as a desk scanner reads the printed page
    assert sorted(read_code(secret, code).delegate_id for code in codes) == sorted(
        id_ for id_, _given, _native in people
    )


@pytest.mark.slow
def test_frozen_app_prints_the_booklet(frozen_app: Path, demo_event: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.pdf"
    (event_name,) = _query(demo_event, "SELECT name FROM event")[0]
    titles = [row[0] for row in _query(demo_event, "SELECT title_zh FROM agendasession")]

    result = _run_frozen(frozen_app, "--db", demo_event, "booklet", "--out", out, home=tmp_path)

    assert result.returncode == 0, result.stderr
    pages = page_count(out)
    assert pages >= 8 and pages % 4 == 0 and f"({pages} A5 pages)" in result.stdout
    text = " ".join(pdf_text(out).split())
    assert " ".join(event_name.split()) in text
    assert any(title and title in text for title in titles), "the Chinese session titles print"
    assert all(font.embedded for font in fonts(out))


@pytest.mark.slow
def test_frozen_app_opens_its_window_on_a_fresh_user_folder(
    frozen_app: Path, tmp_path: Path
) -> None:
    result = _run_frozen(frozen_app, home=tmp_path, DELEGATIONS_QUIT_AFTER_MS="4000")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = tmp_path / "data" / "Delegations"
    assert count_rows(data / "event.sqlite3", "delegate") >= 100, "first run opens the demo event"
    settings = (tmp_path / "config" / "Delegations" / "Delegations.conf").read_text("utf-8")
    assert "geometry=" in settings, "the window was shown and closed as a user closes it"
    log = (tmp_path / ".local/state/Delegations/log/delegations.log").read_text("utf-8")
    assert " ERROR " not in log and " CRITICAL " not in log, log
