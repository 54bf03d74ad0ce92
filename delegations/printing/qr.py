"""QR codes drawn as vector paths: one rectangle per run of dark modules in a row.

No bitmap per badge: the path is a few hundred bytes of PDF, sharp at any printer resolution.
All rectangles go into one path filled at once, so renderers show no seams between them.

Encoding is segno, pure Python: about 0.7 ms per code. A print run of hundreds of badges
encodes its codes in worker processes ahead of the drawing (`QrPrefetch`), so on a machine
with two cores the codes cost the drawing nothing; a small run encodes them in-process.
"""

from __future__ import annotations

import os
import re
import sys
from collections import deque
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

MAX_VERSION = 4
# A fixed mask pattern: every mask is valid QR, and choosing the "best" one is most of
# segno's time (≈10 ms per code in pure Python). Badge codes are HMAC output, which is
# uniformly random, so no mask helps readability more than another in practice.
MASK = 2
_DARK = bytes(i & 1 for i in range(256))  # segno's module values -> 1 dark, 0 light
_RUN = re.compile(rb"\x01+")


class QrRuns(NamedTuple):
    """A code's dark modules: `size` modules per side, `runs` packed three bytes per run:
    (row, first column, length) — small, so it crosses a process boundary cheaply."""

    size: int
    runs: bytes


def encode(payload: str) -> QrRuns:
    """Encode `payload` as a QR code at level M (mask fixed) and list its dark runs.

    Raises:
        ValueError: the payload needs a QR code larger than version 4 at level M.
    """
    import segno

    code = segno.make(payload, error="m", micro=False, boost_error=False, mask=MASK)
    if code.version > MAX_VERSION:
        raise ValueError(f"badge code needs QR version {code.version}; at most 4 fits a badge")
    runs = bytearray()
    for row, modules in enumerate(code.matrix):
        for match in _RUN.finditer(bytes(modules).translate(_DARK)):
            runs += bytes((row, match.start(), match.end() - match.start()))
    return QrRuns(len(code.matrix), bytes(runs))


def encode_many(payloads: Sequence[str]) -> list[QrRuns]:
    """`encode` for a batch (what a worker process runs)."""
    return [encode(payload) for payload in payloads]


@lru_cache(maxsize=256)
def qr_runs(payload: str) -> QrRuns:
    """`encode`, cached (previews and tent cards draw the same code more than once)."""
    return encode(payload)


@lru_cache(maxsize=16)
def _grid(
    count: int, x: float, y: float, size: float, border: int
) -> tuple[list[str], list[str], list[str], str]:
    """Module coordinates formatted once per geometry: column x, row y, run width, module."""
    module = size / (count + 2 * border)
    left = x + border * module
    top = y + size - border * module
    xs = [f"{left + column * module:.2f}" for column in range(count)]
    ys = [f"{top - (row + 1) * module:.2f}" for row in range(count)]
    widths = [f"{length * module:.2f}" for length in range(count + 1)]
    return xs, ys, widths, f"{module:.2f}"


def qr_path_operators(code: str | QrRuns, x: float, y: float, size: float, border: int = 2) -> str:
    """PDF path operators drawing the code in the square (x, y, size) with a quiet `border`.

    `code` is the payload or its encoded `QrRuns`.
    """
    if isinstance(code, str):
        code = qr_runs(code)
    xs, ys, widths, module = _grid(code.size, x, y, size, border)
    runs = code.runs
    parts = [
        f"{xs[runs[i + 1]]} {ys[runs[i]]} {widths[runs[i + 2]]} {module} re"
        for i in range(0, len(runs), 3)
    ]
    parts.append("f")
    return "\n".join(parts)


def draw_qr(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    code: str | QrRuns,
    x: float,
    y: float,
    size: float,
    border: int = 2,
) -> None:
    """Draw the QR code (payload or `QrRuns`) on a ReportLab canvas, dark modules in black."""
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(qr_path_operators(code, x, y, size, border))
    canvas.restoreState()


# Encoding ahead of the drawing ---------------------------------------------------------


def _spare_cores() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(4, cores - 1))


class QrPrefetch:
    """Encodes the codes of a print run in worker processes while the caller draws.

    `payloads` are in drawing order; `runs(payload)` returns a code's `QrRuns`, waiting for
    its batch when a worker has it in hand, encoding the batch itself when no worker has
    started it yet (the drawing never waits for a worker to start up). Runs smaller than
    `min_count`, frozen builds and single-core machines encode in-process. Use as a context
    manager: the workers stop when the block ends.
    """

    def __init__(self, payloads: Sequence[str], *, batch: int = 50, min_count: int = 200) -> None:
        self._pending: deque[tuple[tuple[str, ...], object]] = deque()
        self._ready: dict[str, QrRuns] = {}
        self._pool = None
        workers = _spare_cores()
        if len(payloads) < min_count or not workers or getattr(sys, "frozen", False):
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn")
            )
            for start in range(0, len(payloads), batch):
                part = tuple(payloads[start : start + batch])
                self._pending.append((part, self._pool.submit(encode_many, part)))
        except OSError:  # no processes here (sandbox, limits): encode in-process
            self.close()

    def runs(self, payload: str) -> QrRuns:
        ready = self._ready.get(payload)
        if ready is not None:
            return ready
        while self._pending and payload not in self._ready:
            part, future = self._pending.popleft()
            if future.cancel():  # no worker has it yet: encode it here
                self._ready.update(zip(part, encode_many(part), strict=True))
            else:
                self._ready.update(zip(part, future.result(), strict=True))
        ready = self._ready.get(payload)
        return ready if ready is not None else qr_runs(payload)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()
        self._ready.clear()

    def __enter__(self) -> QrPrefetch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
