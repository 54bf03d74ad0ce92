"""Benchmark: the transfer plan for 2,000 arrivals over three days, and one day's manifest
PDF (issue 17).

Run: .venv/bin/python tests/benchmarks/bench_transfers.py [--repeat R] [--interpreters I]

The demo event scaled to 2,000 delegates in a file on disk. Each delegation's members arrive
in parties of one to six on flights into KWE (terminals T1 and T2) or trains into Guiyang
North (KQW), 06:00 to 23:30 over the event's first three days, and leave in parties over its
last two: 2,000 arrivals and 2,000 departures. Measured in a fresh interpreter, as a user
meets them (the first call is cold: modules imported and fonts loaded on first use), each the
whole service call:

- `transfer_plan`: legs and people read from the file and every day planned, both directions.
  Target ≤ 500 ms.
- `write_manifest` for the busiest arrival day as a PDF: read, planned, drawn (each vehicle
  with its passengers, then the greeters' sign list) and written. Target ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAN_TARGET_MS = 500
MANIFEST_TARGET_MS = 1500
DELEGATES = 2000
FLIGHTS = ("VN5402", "FD578", "QV913", "MU5741", "CZ3416", "MH318", "SQ850", "GA892",
           "PR336", "8M711", "BI631", "CZ6058")  # fmt: skip
ORIGINS = ("HAN", "BKK", "VTE", "CAN", "KMG", "KUL", "SIN", "CGK", "MNL", "RGN", "BWN", "PNH")


def _event(folder: Path, seed: int = 17) -> tuple[Path, str]:
    """The event file and the busiest arrival day."""
    from delegations.services.demo import write_demo
    from delegations.services.event import open_event

    path = folder / "transfers.sqlite3"
    event_file = open_event(path)
    write_demo(event_file, delegates=DELEGATES - 100)  # the demo has ~100 of its own
    event_file.close()
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM delegateleg")
        connection.execute("DELETE FROM travelleg")
        first = dt.date.fromisoformat(
            connection.execute("SELECT start_date FROM event").fetchone()[0]
        )
        people = connection.execute(
            "SELECT id, delegation_id FROM delegate ORDER BY delegation_id, id LIMIT ?",
            (DELEGATES,),
        ).fetchall()
        busiest: dict[dt.date, int] = {}
        for direction, days in (("arrival", (0, 1, 2)), ("departure", (3, 4))):
            index = 0
            while index < len(people):
                party = people[index : index + rng.randint(1, 6)]
                index += len(party)
                day = first + dt.timedelta(days=rng.choice(days))
                time_ = dt.time(rng.randint(6, 23), rng.choice((0, 10, 25, 30, 45, 55)))
                train = rng.random() < 0.15
                leg = connection.execute(
                    "INSERT INTO travelleg (direction, mode, carrier, number, day, time, place, "
                    "terminal, other_end, via, notes, updated_at) "
                    "VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, '', '', '2025-07-01 00:00:00.000000')",
                    (direction, "train" if train else "flight",
                     f"G{rng.randint(1000, 2999)}" if train else rng.choice(FLIGHTS),
                     day.isoformat(), time_.isoformat(timespec="microseconds"),
                     "KQW" if train else "KWE", "" if train else rng.choice(("T1", "T2")),
                     rng.choice(ORIGINS)),
                ).lastrowid  # fmt: skip
                connection.executemany(
                    "INSERT INTO delegateleg (delegate_id, leg_id, needs) VALUES (?, ?, ?)",
                    [(id_, leg, "wheelchair" if rng.random() < 0.02 else "")
                     for id_, _delegation in party],
                )  # fmt: skip
                if direction == "arrival":
                    busiest[day] = busiest.get(day, 0) + len(party)
    connection.close()
    return path, max(busiest, key=busiest.__getitem__).isoformat()


def _child(path: Path, what: str, day: str, repeat: int) -> None:
    """In a fresh interpreter: the plan or the manifest `repeat` times; prints one line a run:
    wall ms, CPU ms, then vehicles, passengers (and pages for the manifest)."""
    from delegations.services import transfers
    from delegations.services.event import open_event

    event_file = open_event(path)
    out = path.with_name("manifest.pdf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        if what == "plan":
            plan = transfers.transfer_plan(event_file)
            counts = f"{len(plan.transfers)} {plan.passengers}"
        else:
            written = transfers.write_manifest(event_file, day, out, direction="arrivals")
            counts = f"{written.vehicles} {written.passengers} {written.pages}"
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{wall * 1000:.1f} {cpu * 1000:.1f} {counts}")


def _measure(path: Path, what: str, day: str, args: argparse.Namespace) -> tuple[list, list]:
    """Cold (first run of each interpreter) and warm (wall ms, CPU ms) pairs, and the counts."""
    cold, warm = [], []
    for _ in range(args.interpreters):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path), "--what", what, "--day", day,
             "--repeat", str(args.repeat)],
            capture_output=True, text=True, check=True,
        ).stdout.split("\n")  # fmt: skip
        runs = [line.split() for line in out if line.strip()]
        cold.append((float(runs[0][0]), float(runs[0][1])))
        warm += [(float(run[0]), float(run[1])) for run in runs[1:]]
    return cold, warm, runs[0][2:]


def _line(what: str, cold: list, warm: list, target: int) -> str:
    walls, cpus = [c[0] for c in cold], [c[1] for c in cold]
    text = (f"{what}, cold (first call in a fresh interpreter): median {statistics.median(walls):.0f} ms"
            f" wall / {statistics.median(cpus):.0f} ms CPU, max {max(walls):.0f} ms wall "
            f"(target ≤ {target} ms)")  # fmt: skip
    if warm:
        text += f"; warm median {statistics.median(w[0] for w in warm):.0f} ms wall"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per interpreter (3)")
    parser.add_argument("--interpreters", type=int, default=3, help="fresh interpreters (3)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--what", help=argparse.SUPPRESS)
    parser.add_argument("--day", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.what, args.day, args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("XDG_DATA_HOME", folder)
        made = time.perf_counter()
        path, day = _event(Path(folder))
        print(f"event with {DELEGATES} arrivals and departures made in "
              f"{time.perf_counter() - made:.1f} s; busiest arrival day {day}; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")  # fmt: skip
        ok = True
        for what, target in (("plan", PLAN_TARGET_MS), ("manifest", MANIFEST_TARGET_MS)):
            cold, warm, counts = _measure(path, what, day, args)
            if what == "plan":
                print(f"plan: {counts[1]} passengers in {counts[0]} vehicles over 5 days")
            else:
                print(f"manifest {day}, arrivals: {counts[1]} people, {counts[0]} vehicles, "
                      f"{counts[2]} pages")  # fmt: skip
            print(_line(what, cold, warm, target))
            ok = ok and max(c[0] for c in cold) <= target
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
