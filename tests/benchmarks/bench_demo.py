"""Benchmark: write the demo event with 20,000 synthetic delegates into a fresh file.

Run: .venv/bin/python tests/benchmarks/bench_demo.py [--delegates N] [--repeat R]

Times the service call alone (open + create_demo_event + commit) and the whole command line
as a user runs it (`python -m delegations --db F demo --delegates N`, interpreter start-up
included), and compares both with the 20 s target of issue 2.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 20.0
ROOT = Path(__file__).resolve().parents[2]


def _via_service(path: Path, delegates: int) -> tuple[float, dict[str, int]]:
    from delegations.services.demo import create_demo_event
    from delegations.services.event import open_event

    start = time.perf_counter()
    event_file = open_event(path)
    with event_file.session() as session:
        counts = create_demo_event(session=session, delegates=delegates, seed=2025)
    elapsed = time.perf_counter() - start
    event_file.close()
    return elapsed, counts


def _via_cli(path: Path, delegates: int) -> float:
    command = [sys.executable, "-m", "delegations", "--db", str(path), "demo"]
    command += ["--delegates", str(delegates)]
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    service_times, cli_times = [], []
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.repeat):
            seconds, counts = _via_service(Path(folder) / f"service{run}.sqlite3", args.delegates)
            service_times.append(seconds)
            cli_times.append(_via_cli(Path(folder) / f"cli{run}.sqlite3", args.delegates))

    print(f"demo --delegates {args.delegates} into a fresh file ({args.repeat} runs each)")
    print("  wrote: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    ok = True
    for label, times in (("service call", service_times), ("CLI subprocess", cli_times)):
        best, median = min(times), statistics.median(times)
        verdict = "ok" if median < TARGET_S else "TOO SLOW"
        ok = ok and median < TARGET_S
        print(
            f"  {label:<15} best {best:6.2f} s   median {median:6.2f} s   "
            f"target < {TARGET_S:.0f} s: {verdict} ({median / TARGET_S:.0%} of target)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
