"""A timing trace of the desk, for tests and benchmarks that drive the real window from outside.

Off unless `DELEGATIONS_DESK_TRACE` names a file. Then the desk appends one line per event:

    ready <monotonic ms>                       the desk's index is loaded and it takes scans
    focus <class name> <objectName>            the keyboard focus moved (what a click did)
    return <key timestamp ms> <monotonic ms>   the scan input got Enter/Return
    painted <monotonic ms> <card state>        the result card finished painting a new answer
    submitted <text>                           what the scan input acted on
    released <n> <class name>                  n held keys went to that widget: a person's typing
    admit <start ms> <end ms>                  the admission's service call (its commit included)
    busy <what> <start ms> <end ms>            other work of the desk (counters, refresh)
    window <state>                             the desk's window became fullscreen, maximized,
                                               minimized or normal (Qt's state: what it asked
                                               of the window manager)

On X11 a key's timestamp is the X server's time of the key, in milliseconds of the server's
monotonic clock (CLOCK_MONOTONIC, truncated to 32 bits), the clock Python's `time.monotonic`
reads: `painted - return` (mod 2**32) is the time from the moment the X server took the Return
key to the end of the card's paint — queueing in the app, the admission and its commit, the
layout and the paint included; not the compositor or the monitor.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

TRACE_VARIABLE = "DELEGATIONS_DESK_TRACE"


def now_ms() -> int:
    return int(time.monotonic() * 1000) & 0xFFFFFFFF


class DeskTrace(QObject):
    """Writes the trace lines for one desk (see the module docstring)."""

    def __init__(self, path: Path, scan_input: QWidget, card: QWidget) -> None:
        super().__init__(card)
        self._out: TextIO = path.open("a", encoding="utf-8", buffering=1)
        self._input = scan_input
        self._card = card
        self._answered = False
        scan_input.installEventFilter(self)
        self._window = scan_input.window()
        self._window.installEventFilter(self)
        submitted = getattr(scan_input, "submitted", None)
        if submitted is not None:
            submitted.connect(lambda text: self.write("submitted", text or "-"))
        card.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        card.destroyed.connect(self._out.close)

    def write(self, *fields: object) -> None:
        if not self._out.closed:
            self._out.write(" ".join(str(field) for field in fields) + "\n")

    @contextmanager
    def busy(self, what: str) -> Iterator[None]:
        """Note how long `what` kept the desk's event loop busy."""
        start = now_ms()
        try:
            yield
        finally:
            self.write("busy", what, start, now_ms())

    def answered(self) -> None:
        """A new answer is on the card: the next paint that ends is the one to time."""
        self._answered = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.write("return", event.timestamp(), now_ms())
        elif watched is self._window and event.type() == QEvent.Type.WindowStateChange:
            self.write("window", _state_name(self._window.windowState()))
        elif watched is self._card and event.type() == QEvent.Type.Paint and self._answered:
            self._answered = False
            self._card.event(event)  # paint now, then note the time
            self.write("painted", now_ms(), getattr(self._card, "state", ""))
            return True
        return False

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self.write("focus", type(new).__name__, new.objectName() or "-")


def _state_name(state: Qt.WindowState) -> str:
    for flag, name in (
        (Qt.WindowState.WindowFullScreen, "fullscreen"),
        (Qt.WindowState.WindowMaximized, "maximized"),
        (Qt.WindowState.WindowMinimized, "minimized"),
    ):
        if state & flag:
            return name
    return "normal"


def busy(trace: DeskTrace | None, what: str) -> AbstractContextManager[None]:
    """`trace.busy(what)`, or nothing without a trace."""
    return nullcontext() if trace is None else trace.busy(what)


def desk_trace(scan_input: QWidget, card: QWidget) -> DeskTrace | None:
    """The trace if `DELEGATIONS_DESK_TRACE` asks for one, else None."""
    path = os.environ.get(TRACE_VARIABLE)
    return DeskTrace(Path(path), scan_input, card) if path else None
