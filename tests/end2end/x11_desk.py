"""Driving the real desk window on an X server like venue staff and a USB scanner do.

The app runs as a process (`delegations --db F desk --name NAME`) on the X display in
`DISPLAY` (Xvfb in CI, started by `.ci/run`); `xdotool` clicks, opens menus and types — a
scanner is `xdotool type --delay 8 CODE` then `xdotool key Return`. The app writes a timing
trace (`DELEGATIONS_DESK_TRACE`, see `delegations.ui.checkin.trace`): where the focus went
(so each disturbance is checked to have happened) and, per answer, Return's X server time and
the end of the card's paint. Admissions are read from the event file afterwards.

Used by tests/end2end/test_desk_x11.py (marker `x11`) and tests/benchmarks/bench_desk_x11.py.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.codes import make_code

SCANNER_DELAY_MS = 8
"""Between a USB scanner's characters."""
PERSON_DELAY_MS = 150
"""Between a person's keystrokes."""
ANSWER_TIMEOUT_S = 10.0


class X11Unavailable(RuntimeError):
    """No X display or no xdotool: the x11 tests fail (they never skip)."""


def require_x11() -> str:
    """The X display to use; raises X11Unavailable with what to install or start."""
    display = os.environ.get("DISPLAY", "")
    if shutil.which("xdotool") is None:
        raise X11Unavailable("xdotool is not installed (apt-get install xdotool)")
    if not display:
        raise X11Unavailable("DISPLAY is not set: start Xvfb (Xvfb :99 &; export DISPLAY=:99)")
    probe = subprocess.run(["xdotool", "getmouselocation"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise X11Unavailable(f"no X server answers on {display}: {probe.stderr.strip()}")
    return display


def make_demo_event(path: Path, delegates: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(path), "demo",
         "--delegates", str(delegates)],
        check=True, capture_output=True,
    )  # fmt: skip


def badge_codes(path: Path) -> dict[int, str]:
    """Every delegate's current badge code, by delegate id."""
    with closing(sqlite3.connect(path)) as connection:
        secret = connection.execute("SELECT signing_secret FROM event").fetchone()[0]
        rows = connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").fetchall()
    return {delegate_id: make_code(secret, delegate_id, version) for delegate_id, version in rows}


def admitted_at_desk(path: Path, desk: str) -> set[int]:
    """Delegates whose latest journal entry is an admission at `desk`."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT delegate_id, action, desk FROM checkin ORDER BY at, uuid"
        ).fetchall()
    latest = {delegate_id: (action, where) for delegate_id, action, where in rows}
    return {delegate_id for delegate_id, state in latest.items() if state == ("IN", desk)}


def _xdotool(*arguments: str) -> str:
    done = subprocess.run(["xdotool", *arguments], capture_output=True, text=True, check=True)
    return done.stdout.strip()


@dataclass(frozen=True)
class Answer:
    """One Return → card painted, from the trace (milliseconds)."""

    latency_ms: int
    state: str


class DeskWindow:
    """The running app and what staff do to it."""

    def __init__(self, process: subprocess.Popen[bytes], trace: Path, window: str) -> None:
        self.process = process
        self.trace = trace
        self.window = window

    def lines(self) -> list[list[str]]:
        return [line.split() for line in self.trace.read_text(encoding="utf-8").splitlines()]

    def wait_for(self, condition: Callable[[list[list[str]]], bool], what: str) -> None:
        deadline = time.monotonic() + ANSWER_TIMEOUT_S
        while time.monotonic() < deadline:
            if condition(self.lines()):
                return
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app exited ({self.process.returncode}) waiting for {what}"
                )
            time.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}; trace ends {self.lines()[-5:]}")

    def focus(self) -> str:
        focus = [line[1] for line in self.lines() if line[0] == "focus"]
        return focus[-1] if focus else ""

    def wait_focus(self, widget_class: str) -> None:
        self.wait_for(lambda _lines: self.focus() == widget_class, f"focus on {widget_class}")

    def painted(self) -> int:
        return sum(1 for line in self.lines() if line[0] == "painted")

    # What staff and the scanner do ------------------------------------------------------------

    def scan(self, code: str, return_after_s: float = 0.0) -> Answer | None:
        """Type `code` like a USB scanner, then Return (`return_after_s` later, as on a loaded
        machine); the answer, or None if none came."""
        before = self.painted()
        _xdotool("type", "--delay", str(SCANNER_DELAY_MS), code)
        time.sleep(return_after_s)
        _xdotool("key", "Return")
        try:
            self.wait_for(lambda _lines: self.painted() > before, "the card's answer")
        except AssertionError:
            return None
        return self.last_answer()

    def last_answer(self) -> Answer:
        lines = self.lines()
        painted = max(n for n, line in enumerate(lines) if line[0] == "painted")
        returned = max(n for n, line in enumerate(lines[:painted]) if line[0] == "return")
        key_time = int(lines[returned][1])
        latency = (int(lines[painted][1]) - key_time) % 2**32
        return Answer(latency, lines[painted][2])

    def click_counters_table(self) -> None:
        """Click a row of the counters (the right-hand side's table)."""
        width, height = self.size()
        _xdotool(
            "mousemove", "--window", self.window, str(int(width * 0.82)), str(int(height * 0.56)),
            "click", "1",
        )  # fmt: skip
        self.wait_focus("QTableView")

    def open_menu(self) -> None:
        """Alt+F opens the File menu (and leaves it open)."""
        _xdotool("key", "alt+f")
        self.wait_focus("QMenuBar")
        time.sleep(0.3)  # the menu pops up

    def open_and_close_menu(self) -> None:
        """Alt+F opens the File menu; Esc closes it and leaves the menu bar in keyboard mode."""
        self.open_menu()
        _xdotool("key", "Escape")
        time.sleep(0.1)
        assert self.focus() == "QMenuBar"

    def type_half_a_name(self, text: str = "Ngu") -> None:
        _xdotool("type", "--delay", str(PERSON_DELAY_MS), text)
        time.sleep(0.25)  # a person stops to look at the list

    def size(self) -> tuple[int, int]:
        shape = dict(
            line.split("=", 1)
            for line in _xdotool("getwindowgeometry", "--shell", self.window).splitlines()
        )
        return int(shape["WIDTH"]), int(shape["HEIGHT"])


@contextmanager
def running_desk(
    event: Path, home: Path, desk: str = "X11", *, fullscreen: bool = False
) -> Iterator[DeskWindow]:
    """The app on `event`, opened straight on the check-in of `desk` (in desk mode, full
    screen, with `fullscreen`: the event needs an organiser PIN), focused and loaded."""
    display = require_x11()
    trace = home / "desk-trace.log"
    home.mkdir(parents=True, exist_ok=True)
    trace.write_text("", encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "DELEGATIONS_DB" and not key.startswith(("XDG_", "PYTEST_", "QT_"))
    }
    env.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"), DISPLAY=display, QT_QPA_PLATFORM="xcb",
        DELEGATIONS_DESK_TRACE=str(trace),
    )  # fmt: skip
    with (home / "desk-stderr.log").open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "delegations", "--db", str(event), "desk", "--name", desk,
             *(["--fullscreen"] if fullscreen else [])],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr,
        )  # fmt: skip
    try:
        window = _xdotool(
            "search", "--sync", "--onlyvisible", "--pid", str(process.pid), "--name", "Delegations"
        ).split()[0]
        desk_window = DeskWindow(process, trace, window)
        desk_window.wait_for(lambda lines: any(line[0] == "ready" for line in lines), "the desk")
        _xdotool("windowfocus", "--sync", window)
        desk_window.wait_focus("ScanEdit")
        yield desk_window
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
