"""The roster and desk reads on SQLite through SQLAlchemy Core now, against the plain sqlite3
path they had before (issue 18: "goes through SQLAlchemy Core … measured").

Run: python tests/benchmarks/bench_server_roster.py [--delegates 20000] [--runs 15]
         [--base 9370ec9] [--event FILE]

The base commit is cloned into a temporary folder and run by the same Python (its package
first on sys.path). One event file of N delegates is written by the base's `demo`; each side
reads its own copy of it (the current code may bring the schema up to date in place). Each
measurement runs in a fresh child process, alternating base and now, so that neither side
profits from the other's warm caches other than the file cache: the first screen of the
Delegations tab (`read_roster(first=200)`), the whole roster (`read_roster()`, what the tab
reads in the background) and the desk's index (`DeskIndex.load`), each twice in a row: the
first call of a process pays for what it imports on the way (the base's first SQLAlchemy use
is in the desk index, now's in the roster), the second is the read path alone. Wall time and
the process's CPU time are both shown: on a loaded machine the CPU time is the steadier one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

READS = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from delegations.services.event import open_event
from delegations.services import roster
from delegations.services.desk import DeskIndex
event_file = open_event(sys.argv[2])
times = {}
def timed(key, read):
    began, cpu = time.perf_counter(), time.process_time()
    value = read()
    times[key] = time.perf_counter() - began
    times[key + " cpu"] = time.process_time() - cpu
    return value
for call in ("1st", "2nd"):
    first = timed(f"first screen, {call}", lambda: roster.read_roster(event_file, first=200))
    whole = timed(f"whole roster, {call}", lambda: roster.read_roster(event_file))
    index = timed(f"desk index, {call}", lambda: DeskIndex.load(event_file))
assert len(first.delegates) >= 200 and len(whole.delegates) == len(index), "short read"
times["rows"] = len(whole.delegates)
print(json.dumps(times))
"""

MEASURED = tuple(
    f"{read}, {call}"
    for call in ("1st", "2nd")
    for read in ("first screen", "whole roster", "desk index")
)


def clone(commit: str, folder: Path) -> Path:
    tree = folder / "base"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(tree)], check=True)
    subprocess.run(["git", "-C", str(tree), "checkout", "-q", commit], check=True)
    return tree


def write_event(tree: Path, path: Path, delegates: int) -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from delegations.cli import main; "
        "sys.argv = ['delegations', '--db', sys.argv[2], 'demo', '--delegates', sys.argv[3]]; "
        "main()"
    )
    command = [sys.executable, "-c", code, str(tree), str(path), str(delegates)]
    subprocess.run(command, check=True, capture_output=True, cwd=tree)


def read_once(tree: Path, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", READS, str(tree), str(path)],
        check=False,
        capture_output=True,
        text=True,
        cwd=tree,
    )
    if done.returncode:
        sys.exit(f"reading {path} with {tree} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--base", default="9370ec9", help="the commit with plain sqlite3 reads")
    parser.add_argument("--event", type=Path, help="an event file (at the base's schema)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="h6roster") as temporary:
        folder = Path(temporary)
        base = clone(args.base, folder)
        source = folder / "event.sqlite3"
        if args.event:
            shutil.copyfile(args.event, source)
        else:
            write_event(base, source, args.delegates)
        sides = {"base": base, "now": ROOT}
        copies = {name: folder / f"{name}.sqlite3" for name in sides}
        for copy in copies.values():
            shutil.copyfile(source, copy)
        times: dict[str, dict[str, list[float]]] = {name: {} for name in sides}
        for name, tree in sides.items():  # warm-up: file cache, the schema brought up to date
            read_once(tree, copies[name])
        rows = 0
        for _ in range(args.runs):
            for name, tree in sides.items():
                result = read_once(tree, copies[name])
                rows = int(result["rows"])
                for key in MEASURED:
                    times[name].setdefault(key, []).append(result[key] * 1000)
                    cpu = times[name].setdefault(key + " cpu", [])
                    cpu.append(result[key + " cpu"] * 1000)
        print(f"{rows:,} delegates, {args.runs} processes per side, alternating; "
              f"base = {args.base} (plain sqlite3), now = working tree (SQLAlchemy Core)")  # fmt: skip
        for key in MEASURED:
            base, now = times["base"], times["now"]
            base_wall, now_wall = statistics.median(base[key]), statistics.median(now[key])
            base_cpu = statistics.median(base[key + " cpu"])
            now_cpu = statistics.median(now[key + " cpu"])
            print(
                f"{key:<18} wall: base {base_wall:7.1f} ms  now {now_wall:7.1f} ms "
                f"{100 * (now_wall / base_wall - 1):+4.0f} %   CPU: base {base_cpu:7.1f} ms  "
                f"now {now_cpu:7.1f} ms {100 * (now_cpu / base_cpu - 1):+4.0f} %  (medians)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
