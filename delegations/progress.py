"""The progress and cancel callables that every long piece of work takes.

A long service (PDFs, imports, merges) takes `progress(done, total)` and `cancelled() -> bool`
so that the same call serves a Qt worker with a progress dialog and Cancel, and the command
line, which passes nothing and gets the no-op defaults below.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Cancelled", "Progress", "never", "no_progress"]

Progress = Callable[[int, int], None]
"""`progress(done, total)`: report how far the work has come."""

Cancelled = Callable[[], bool]
"""`cancelled()`: True once the user has asked the work to stop."""


def no_progress(_done: int, _total: int) -> None:
    """The default `progress`: nobody is watching."""


def never() -> bool:
    """The default `cancelled`: nobody can cancel."""
    return False
