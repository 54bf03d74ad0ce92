"""Scanner bursts reach the desk's scan input wherever the keyboard focus is.

An application-wide event filter, active while the Check-in tab (or desk mode) shows in the
active window: it holds each typed character for a moment (`burst.BurstRecogniser`), and
when the characters turn out to be a scanner's burst it takes them — and the Enter or Tab that
ends them — away from the focused widget (a table, a button, the counters, a menu bar left in
keyboard mode after Esc, an open menu) and gives them to the scan input, after clearing a
half-typed name there; a menu the burst arrived over closes once the scan is submitted.
Characters a person types slowly are released to the widget they were going to.

Times are the key events' own timestamps (the window system's, in ms), so a busy event loop
that delivers a burst late still sees it as a burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from delegations.ui.checkin.burst import BURST_GAP_MS, HOLD_MS, BurstRecogniser, Routing

JOIN_MS = 1000
"""A burst cut by a longer stall (a loaded machine) goes on in the input for this long."""
_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
)  # fmt: skip
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)  # fmt: skip


@dataclass(frozen=True)
class HeldKey:
    """A copy of a key press (Qt deletes the original) and the widget it was going to."""

    event: QKeyEvent
    target: QWidget
    direct: bool = False
    """It went straight into the scan input (typed there, nothing held)."""


def copy_key(event: QKeyEvent) -> QKeyEvent:
    copied = QKeyEvent(
        event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
        event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
        event.isAutoRepeat(), event.count(),
    )  # fmt: skip
    copied.setTimestamp(event.timestamp())
    return copied


def key_time(event: QKeyEvent) -> float:
    """The key's time in ms: the window system's timestamp, or now if it has none."""
    return float(event.timestamp()) if event.timestamp() else time.monotonic() * 1000


class ScanRouter(QObject):
    """Routes scanner bursts to `scan_input` while `active()` says the desk shows.

    Args:
        scan_input: the desk's scan field.
        active: whether the desk is showing and ready for scans (checked for each key).
    """

    def __init__(self, scan_input: QLineEdit, active: Callable[[], bool]) -> None:
        super().__init__(scan_input)
        self._input = scan_input
        self._active = active
        self._recogniser: BurstRecogniser[HeldKey] = BurstRecogniser()
        self._replaying = False
        self._direct_text = ""
        self._close_menus_on_submit = False
        self._unfinished: tuple[str, float] | None = None  # a burst's text in the input; when
        self.on_release: Callable[[int, QWidget], None] | None = None  # the desk's trace
        scan_input.submitted.connect(self._on_submitted)
        self._hold_timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold_timer.timeout.connect(self._on_hold_expired)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        scan_input.destroyed.connect(lambda: app.removeEventFilter(self))

    def holding(self) -> bool:
        """Keys of a possible scan are held back for a moment."""
        return self._recogniser.holding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or not self._is_first_delivery(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if not self._serves(watched):
            return False
        return self._on_key(watched, event)

    def _serves(self, target: QWidget) -> bool:
        """Keys for a widget of the desk's own window (or a menu over it) while the desk
        shows, or while a burst that began there goes on."""
        window = target.window()
        own = window is self._input.window() or window.windowType() == Qt.WindowType.Popup
        busy = self._recogniser.holding or self._recogniser.in_burst
        return own and (busy or self._active())

    @staticmethod
    def _is_first_delivery(widget: QWidget) -> bool:
        """Qt offers a key to the focus widget (to an open menu first), then to each parent:
        act on the first only."""
        if not widget.isVisible():
            return True  # keys the X server sent to a menu just closed (its grab lingers)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return widget is (popup.focusWidget() or popup)
        focus = QApplication.focusWidget()
        if focus is not None:
            return widget is focus
        return widget is QApplication.activeWindow()

    def _on_key(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        if key in _END_KEYS and not event.modifiers() & _COMMAND_MODIFIERS:
            routing, ends_burst = self._recogniser.end_key(key_time(event))
            self._unfinished = None
            self._route(routing)
            if not (ends_burst or self._scan_waits_over_menu()) or target is self._input:
                return False
            self._deliver(self._input, event)
            return True
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _COMMAND_MODIFIERS:
            self._unfinished = None
            self._route(self._recogniser.other_key())
            return False
        at = key_time(event)
        if self._recogniser.starts_run(at):
            self._direct_text = ""
        # Typing into the scan input itself needs no holding while the input holds only
        # this run's characters: if they become a burst, they are where they belong.
        direct = target is self._input and self._input.text() == self._direct_text
        held = HeldKey(copy_key(event), target, direct)
        if direct:
            self._deliver(self._input, event)
            self._direct_text += text
        patient = target.window().windowType() == Qt.WindowType.Popup
        routing = self._recogniser.character(held, at, patient=patient)
        self._route(routing, at)
        if self._recogniser.in_burst:
            self._unfinished = (self._input.text(), at)
        if self._recogniser.holding:
            self._hold_timer.start(int(BURST_GAP_MS) if patient else HOLD_MS)
        if direct or (routing.scan and routing.scan[-1] is held) or self._recogniser.holding:
            return True
        # Part of a running burst: the input has the focus already, or it gets the key.
        if target is self._input:
            return False
        self._deliver(self._input, event)
        return True

    def _route(self, routing: Routing[HeldKey], at: float = 0.0) -> None:
        for held in routing.release:
            if not held.direct and isValid(held.target):
                self._deliver(held.target, held.event)
        if routing.release and self.on_release is not None:
            self.on_release(len(routing.release), routing.release[-1].target)
        if routing.burst_started:
            self._take_over((*routing.rescued, *routing.scan), at)
            return
        for held in routing.scan:
            if not held.direct:
                self._deliver(self._input, held.event)

    def _take_over(self, burst: tuple[HeldKey, ...], at: float) -> None:
        """A burst began: the scan input gets its keys instead of a half-typed name (unless
        they all went there already, or they go on a burst that a stall cut, `JOIN_MS`), and
        the focus; over an open menu, the menu stays open until the scan is submitted:
        closing it ends the menu's keyboard grab, and keys typed in that moment never reached
        the app (on Xvfb: 1–5 characters of a code lost in about one scan in twenty)."""
        if self._continues_unfinished(at):
            for held in burst:
                if not held.direct:
                    self._deliver(self._input, held.event)
        elif not all(held.direct for held in burst) or self._input.text() != self._direct_text:
            self._input.clear()
            for held in burst:
                self._deliver(self._input, held.event)
            self._direct_text = self._input.text()
        if QApplication.activePopupWidget() is not None:
            self._close_menus_on_submit = True
            return
        self._input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _continues_unfinished(self, at: float) -> bool:
        """The input still holds, unchanged and unsubmitted, the text of a burst that stopped
        less than `JOIN_MS` ago (a code is never split otherwise: a complete one is submitted
        by its Enter, or by the input after its pause)."""
        if self._unfinished is None:
            return False
        text, last_at = self._unfinished
        return bool(text) and self._input.text() == text and 0 <= at - last_at <= JOIN_MS

    def _scan_waits_over_menu(self) -> bool:
        """A burst went to the scan input over a menu still open: its Enter or Tab, however
        late (a loaded machine), submits the scan rather than the menu's current item."""
        return self._close_menus_on_submit and QApplication.activePopupWidget() is not None

    def _on_submitted(self, _text: str) -> None:
        """The scan reached the desk: close the menus it arrived over, focus the input."""
        self._unfinished = None
        if not self._close_menus_on_submit:
            return
        self._close_menus_on_submit = False
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self._input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _deliver(self, widget: QWidget, event: QKeyEvent) -> None:
        self._replaying = True
        try:
            QApplication.sendEvent(widget, copy_key(event))
        finally:
            self._replaying = False

    def _on_hold_expired(self) -> None:
        # A busy event loop may fire this timer with the burst's next keys still queued:
        # take them first, so that they, not the clock, decide (they may complete a burst).
        held = len(self._recogniser.held)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)
        if self._recogniser.holding and len(self._recogniser.held) == held:
            self._route(self._recogniser.expire())
