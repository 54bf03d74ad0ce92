"""Telling a scanner from a person by the rhythm of the keys (pure timing, no Qt).

A USB QR scanner is a keyboard that types very fast: its characters arrive about 8 ms apart
(measured under Xvfb with `xdotool type --delay 8`: 8–12 ms, rarely 30 ms on a loaded
machine), then Enter or Tab, or nothing. A person types 80–300 ms apart; even a fast typist's
rolled keys rarely come closer than 40 ms four times in a row. So:

- every printable key is first **held**; if `min_length` characters arrive each within
  `gap_ms` of the one before, they are a **burst** and go (held ones included) to the scan
  input; the burst then goes on while keys keep coming within `burst_gap_ms` (looser, so that a
  hiccup of a busy machine does not cut a code in two) and ends with its Enter/Tab;
- held keys that do not become a burst (a gap, another key, or the hold timing out) are
  **released** to where they were going, in order: a person's typing arrives a few tens of
  milliseconds late, never lost or reordered;
- a loaded machine can hold a scanner back for more than `gap_ms` before its burst is
  recognised (measured with xdotool at a load of 7 on 2 cores: the code's first key released
  to a table, the burst then read without it). So a burst also takes the keys released just
  before it whose gaps stay within `burst_gap_ms` (**rescued**: given to the scan input too).

The items held are opaque to this module (the desk holds copies of key events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

Item = TypeVar("Item")

GAP_MS = 40.0
"""Characters closer than this (each to the one before) may be a scanner."""
MIN_LENGTH = 4
"""This many close characters make a burst (badge codes have 26)."""
BURST_GAP_MS = 150.0
"""Once a burst has started, it goes on while characters keep coming this close."""
HOLD_MS = 60
"""A held character is released to its widget when nothing follows within this time."""


@dataclass(frozen=True)
class Routing(Generic[Item]):
    """Where keys go now: `release` back to their widget (first), `scan` to the scan input."""

    release: tuple[Item, ...] = ()
    scan: tuple[Item, ...] = ()
    burst_started: bool = False
    rescued: tuple[Item, ...] = ()
    """Released earlier, they began the burst that starts now (in order, before `scan`)."""


@dataclass
class BurstRecogniser(Generic[Item]):
    """Decides, key by key, whether characters belong to a scanner burst.

    Times are milliseconds on any one clock (the key events' timestamps).
    """

    gap_ms: float = GAP_MS
    min_length: int = MIN_LENGTH
    burst_gap_ms: float = BURST_GAP_MS
    held: list[Item] = field(default_factory=list)
    in_burst: bool = False
    last_at: float | None = None
    released_in_run: list[Item] = field(default_factory=list)
    """Released since the last gap wider than `burst_gap_ms`: a burst starting now rescues them."""

    @property
    def holding(self) -> bool:
        return bool(self.held)

    def starts_run(self, at: float) -> bool:
        """Whether a character at `at` would start a new run: none of the keys before it can
        be part of a burst with it (a gap wider than `burst_gap_ms`, or an end or other key)."""
        return self.last_at is None or at - self.last_at > self.burst_gap_ms

    def character(self, item: Item, at: float, *, patient: bool = False) -> Routing[Item]:
        """A printable key arrived at `at`. `patient`: for a widget where a person's key acts
        at once (an open menu runs the item of its letter), keys up to `burst_gap_ms` apart
        are held together, so that a scanner stalled by a busy machine is not taken for one.
        """
        gap = None if self.last_at is None else at - self.last_at
        close = self.burst_gap_ms if patient else self.gap_ms
        if self.in_burst:
            if gap is not None and gap <= self.burst_gap_ms:
                self.last_at = at
                return Routing(scan=(item,))
            self.in_burst = False
        released = self._release() if gap is not None and gap > close else ()
        if gap is None or gap > self.burst_gap_ms:
            self.released_in_run = []  # what was released belongs to the run before the gap
        else:
            self.released_in_run += released
        self.held.append(item)
        self.last_at = at
        if len(self.held) < self.min_length:
            return Routing(release=released)
        scan, self.held = tuple(self.held), []
        rescued, self.released_in_run = tuple(self.released_in_run), []
        self.in_burst = True
        return Routing(release=released, scan=scan, burst_started=True, rescued=rescued)

    def end_key(self, at: float) -> tuple[Routing[Item], bool]:
        """Enter or Tab at `at`: what is released, and whether the key ends a burst (its own
        key then goes to the scan input too)."""
        ends_burst = (
            self.in_burst and self.last_at is not None and at - self.last_at <= self.burst_gap_ms
        )
        routing: Routing[Item] = Routing(release=self._release())
        self._forget_run()
        return routing, ends_burst

    def other_key(self) -> Routing[Item]:
        """Any other key (arrows, Escape, a shortcut): held keys go first; no burst any more."""
        routing: Routing[Item] = Routing(release=self._release())
        self._forget_run()
        return routing

    def expire(self) -> Routing[Item]:
        """Nothing came for `HOLD_MS`: held keys go to their widget."""
        released = self._release()
        self.released_in_run += released
        return Routing(release=released)

    def _forget_run(self) -> None:
        self.in_burst = False
        self.last_at = None
        self.released_in_run = []

    def _release(self) -> tuple[Item, ...]:
        released, self.held = tuple(self.held), []
        return released
