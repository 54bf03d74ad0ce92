"""Benchmark: the layout designer's preview refresh after a drag (issue 15: ≤ 150 ms on the demo).

    .venv/bin/python tests/benchmarks/bench_designer_preview.py [--drags 8] [--moves 30]

The demo event (`delegations --db X demo`) with the a6 layout duplicated into it, and a copy
of it with a large artwork behind everything (1,200 × 1,700 px photo-like PNG, cover, 40 %
opacity, as bench_layout_images.py makes it). In a real QApplication (offscreen unless
QT_QPA_PLATFORM says otherwise), a `LayoutPreview` of a designer's pane size gets a drag: 30
`show_layout` calls, the name element moved 0.5 mm each, one every 16 ms as mouse moves
arrive. The refresh is the time from the last move to its picture shown (the `rendered`
signal of that request); each drag uses the next sample person (Khmer, Thai, …). Also: one
render alone through the service at 150 dpi and at the pane's dpi, and the first (cold) one.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _run_until(done, timeout_ms: int = 30_000) -> None:  # noqa: ANN001
    """Run the Qt event loop (waiting in Qt, as the application does) until `done()`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer(interval=1)
    check.timeout.connect(lambda: done() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the preview did not finish")


def _moved(data: dict, name_index: int, mm: float) -> dict:
    moved = copy.copy(data)  # the preview copies what it is given; images are not copied
    moved["elements"] = list(data["elements"])
    element = dict(moved["elements"][name_index])
    element["x"] = round(element["x"] + mm, 2)
    moved["elements"][name_index] = element
    return moved


def _drag(preview, data: dict, name_index: int, offsets: list[float]) -> float:  # noqa: ANN001
    """Mouse moves every 16 ms from a timer; the ms from the last move to its picture."""
    from PySide6.QtCore import QTimer

    shown: list[float] = []
    moves = iter(offsets)
    timer = QTimer(interval=16)

    def move() -> None:
        offset = next(moves, None)
        if offset is None:
            timer.stop()
            return
        del shown[:]  # only the pictures after the last move count
        preview.show_layout(_moved(data, name_index, offset))

    timer.timeout.connect(move)
    preview.rendered.connect(shown.append)
    move()
    timer.start()
    _run_until(lambda: not timer.isActive() and _idle(preview) and bool(shown))
    preview.rendered.disconnect(shown.append)
    return shown[-1]


def _idle(preview) -> bool:  # noqa: ANN001
    return not preview._running and preview._pending is None  # noqa: SLF001


def _drags(preview, data: dict, drags: int, moves: int) -> tuple[list[float], list[int]]:  # noqa: ANN001
    name_index = next(i for i, e in enumerate(data["elements"]) if e.get("field") == "name")
    refreshes, renders = [], []
    for drag in range(drags):
        preview.step_sample(1)  # the next sample person
        _run_until(lambda: _idle(preview))
        started = preview.renders - preview.dropped
        # right, then back left (x may not be negative)
        offsets = [0.5 * m if drag % 2 == 0 else 0.5 * (moves - m) for m in range(1, moves + 1)]
        refreshes.append(_drag(preview, data, name_index, offsets))
        renders.append(preview.renders - preview.dropped - started)
    return refreshes, renders


def _render_alone(event, data: dict, key: str, dpi: float, runs: int = 7) -> float:  # noqa: ANN001
    from delegations.services import layouts

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        layouts.render_layout_sample(event, data, key, dpi=dpi)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drags", type=int, default=8)
    parser.add_argument("--moves", type=int, default=30)
    parser.add_argument("--width", type=int, default=460, help="the preview pane, px")
    parser.add_argument("--height", type=int, default=700)
    parser.add_argument("--fresh", type=float, help="LayoutPreview's FRESH_FOR, s (to tune it)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 (lives while the widgets do)
    from bench_layout_images import _artwork

    from delegations.services import layouts
    from delegations.services.event import open_event
    from delegations.ui.badges import layout_preview
    from delegations.ui.badges.layout_preview import LayoutPreview

    if args.fresh is not None:
        layout_preview.FRESH_FOR = args.fresh
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    path = folder / "demo.sqlite3"
    cli = [sys.executable, "-m", "delegations.cli", "--db", str(path), "demo"]
    subprocess.run(cli, check=True, capture_output=True)
    event = open_event(path)
    layouts.duplicate_layout(event, "a6", "mine")
    art = layouts.layout_json(event, "mine")
    art["elements"] = [
        {"type": "image", "src": _artwork(), "x": 0, "y": 0, "w": 105, "h": 148,
         "fit": "cover", "opacity": 0.4},
        *art["elements"],
    ]  # fmt: skip
    layouts.save_layout(event, "art", art)

    preview = LayoutPreview(event)
    preview.resize(args.width, args.height)
    preview.show()
    _run_until(lambda: preview.current_sample() is not None)
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores; "
          f"pane {args.width} × {args.height} px; {args.drags} drags of {args.moves} moves "
          "every 16 ms")  # fmt: skip
    for name in ("mine", "art"):
        data = layouts.layout_json(event, name)
        start = time.perf_counter()
        first: list[float] = []
        preview.rendered.connect(first.append)
        preview.show_layout(data)
        _run_until(first.__len__)
        preview.rendered.disconnect(first.append)
        cold = (time.perf_counter() - start) * 1000
        dpi = preview._shown_dpi  # noqa: SLF001
        key = preview.current_sample().key
        alone_150 = _render_alone(event, data, key, 150)
        alone_pane = _render_alone(event, data, key, dpi)
        refreshes, renders = _drags(preview, data, args.drags, args.moves)
        verdict = "met" if max(refreshes) <= 150 else "NOT met"
        print(f"{'a6' if name == 'mine' else 'a6 + artwork'}:")
        print(f"  first picture (cold) {cold:.0f} ms; one render alone (service) "
              f"{alone_150:.0f} ms at 150 dpi, {alone_pane:.0f} ms at the pane's {dpi:.0f} dpi")  # fmt: skip
        print(f"  refresh after a drag: median {statistics.median(refreshes):.0f} ms, worst "
              f"{max(refreshes):.0f} ms (target 150 ms: {verdict}); "
              f"pictures per drag {min(renders)}–{max(renders)} for {args.moves} moves")  # fmt: skip
        print("  each drag:", " ".join(f"{value:.0f}" for value in refreshes))
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
