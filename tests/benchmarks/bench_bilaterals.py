"""Benchmark: schedule 200 bilateral requests into 6 rooms over 4 days, conflicts checked
(issue 16).

Run: .venv/bin/python tests/benchmarks/bench_bilaterals.py [--repeat R]

The demo event in a file on disk; six of its rooms are set aside for bilaterals (their agenda
sessions stay and count as bookings) and 200 requests are added between random pairs of its
12 delegations: two participants a side (the head and a member, or two members), 30 or 45
minutes, one to three wished windows on the event's second to fifth day. Each run places them
all afresh (`schedule_all(again=True)`: one service call, one transaction, the conflicts of
the result checked) in a fresh interpreter; the first run of each is cold (modules imported on
first use) and is the figure against the target. Target: ≤ 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.0
ROOMS = ("Huaxi Hall", "Qianling Room", "Yangming Room", "Hongfeng Room", "Baihua Room",
         "Banquet Hall")  # fmt: skip
REQUESTS = 200


def _event(folder: Path, seed: int = 16) -> Path:
    from delegations.services import bilaterals
    from delegations.services.demo import write_demo
    from delegations.services.event import open_event

    path = folder / "bilaterals.sqlite3"
    event_file = open_event(path)
    write_demo(event_file)
    bilaterals.set_bilateral_rooms(event_file, ROOMS)
    rng = random.Random(seed)
    with event_file.read() as connection:
        first = dt.date.fromisoformat(
            connection.execute("SELECT start_date FROM event").fetchone()[0]
        )
        names = dict(connection.execute("SELECT id, name FROM delegation").fetchall())
        members: dict[int, list[int]] = {}
        for delegate_id, delegation_id in connection.execute(
            "SELECT id, delegation_id FROM delegate ORDER BY id"
        ):
            members.setdefault(delegation_id, []).append(delegate_id)
        heads = dict(connection.execute("SELECT id, head_id FROM delegation").fetchall())
    for _ in range(REQUESTS):
        own, other = rng.sample(sorted(names), 2)
        people = []
        for side in (own, other):
            pool = [m for m in members[side] if m != heads[side]][:8]
            first_person = heads[side] if rng.random() < 0.3 else rng.choice(pool)
            people += [first_person, rng.choice([m for m in pool if m != first_person])]
        windows = []
        for _w in range(rng.randint(1, 3)):
            day = first + dt.timedelta(days=rng.randint(1, 4))
            start = rng.choice((9, 10, 11, 14, 15, 16))
            windows.append(f"{day} {start:02d}:00-{start + rng.randint(1, 3):02d}:30")
        bilaterals.add_request(event_file, bilaterals.RequestInput(
            names[own], names[other], participants=people, windows=windows,
            duration=rng.choice((30, 30, 45)),
        ))  # fmt: skip
    return path


def _child(path: Path, repeat: int) -> None:
    """In a fresh interpreter: schedule everything afresh `repeat` times; prints ms, placed,
    unplaced and conflicts of each run."""
    from delegations.services import bilaterals
    from delegations.services.event import open_event

    event_file = open_event(path)
    for _ in range(repeat):
        start = time.perf_counter()
        report = bilaterals.schedule_all(event_file, again=True)
        took = (time.perf_counter() - start) * 1000
        print(f"{took:.1f} {len(report.placed)} {len(report.unplaced)} {len(report.conflicts)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per interpreter (5)")
    parser.add_argument("--interpreters", type=int, default=3, help="fresh interpreters (3)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("XDG_DATA_HOME", folder)
        made = time.perf_counter()
        path = _event(Path(folder))
        print(f"demo event + {REQUESTS} requests made in {time.perf_counter() - made:.1f} s")
        cold, warm = [], []
        for _ in range(args.interpreters):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path), "--repeat", str(args.repeat)],
                capture_output=True, text=True, check=True,
            ).stdout.split("\n")  # fmt: skip
            runs = [line.split() for line in out if line.strip()]
            cold.append(float(runs[0][0]))
            warm += [float(run[0]) for run in runs[1:]]
            placed, unplaced, conflicts = runs[0][1:]
        print(f"{int(placed) + int(unplaced)} requests ({REQUESTS} + the demo's), {len(ROOMS)} "
              f"rooms, 4 days: {placed} placed, {unplaced} not placed (reason given), "
              f"{conflicts} conflicts")  # fmt: skip
        print(f"schedule_all, cold (first call in a fresh interpreter): median "
              f"{statistics.median(cold):.0f} ms, max {max(cold):.0f} ms (target ≤ "
              f"{TARGET_S * 1000:.0f} ms)")  # fmt: skip
        if warm:
            print(f"schedule_all, warm: median {statistics.median(warm):.0f} ms")
        return 0 if max(cold) <= TARGET_S * 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
