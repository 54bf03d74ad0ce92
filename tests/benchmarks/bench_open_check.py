"""What checking an event file on opening costs at 20,000 delegates, beside a bare window.

Run: python tests/benchmarks/bench_open_check.py [--delegates 20000] [--runs 7]

Opening reads the file's header and runs SQLite's `quick_check` (damaged or foreign?) before
anything else. Measured: (a) that check alone, in-process, warm (the file in the page cache,
as it is right after the desktop launched the app); (b) a bare PySide6 window's start-up as a
process, as `bench_startup.py` measures it; (c) the same process opening the event through
`open_event` with and without the check (the check's share of a real start-up). Target: the
app's start-up stays within 3 × (b); the check is a small part of the margin.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import BARE  # the same bare window (this folder is on sys.path when run)

OPEN = """
import sys, time
start = time.perf_counter()
from delegations.store import eventfile
if sys.argv[2] == "without":
    eventfile._quick_check = lambda connection: ""
from delegations.services.event import open_event
open_event(sys.argv[1]).close()
print(time.perf_counter() - start)
"""


def _process_seconds(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def _open_seconds(event: Path, check: str) -> float:
    """Import and `open_event`, timed inside the process (the interpreter's start left out)."""
    done = subprocess.run(
        [sys.executable, "-c", OPEN, str(event), check], check=True, capture_output=True, text=True
    )
    return float(done.stdout)


def _check_ms(path: Path, runs: int) -> list[float]:
    from delegations.store.eventfile import check_event_file

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_event_file(path)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the bare window, without a screen
    with tempfile.TemporaryDirectory() as folder:
        event = Path(folder) / "event.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "delegations", "--db", str(event), "demo",
             "--delegates", str(args.delegates)],
            check=True, capture_output=True,
        )  # fmt: skip
        size = event.stat().st_size / 1e6
        check = _check_ms(event, args.runs)
        bare, with_check, without = [], [], []
        for _ in range(args.runs):  # interleaved, so the machine's load falls on each alike
            bare.append(_process_seconds(BARE))
            with_check.append(_open_seconds(event, "with"))
            without.append(_open_seconds(event, "without"))
    print(f"event file: {args.delegates:,} synthetic delegates, {size:.1f} MB")
    print(f"check on opening (header + quick_check), median of {args.runs}: "
          f"{statistics.median(check):.1f} ms (max {max(check):.1f} ms)")  # fmt: skip
    print(f"bare PySide6 window, whole process: {statistics.median(bare):.3f} s")
    print(f"import + open_event in a process, with the check: {statistics.median(with_check):.3f} s, "
          f"without: {statistics.median(without):.3f} s")  # fmt: skip
    print(
        f"the check is {statistics.median(check) / 1000 / statistics.median(bare):.1%} "
        "of the bare window's start-up"
    )


if __name__ == "__main__":
    main()
