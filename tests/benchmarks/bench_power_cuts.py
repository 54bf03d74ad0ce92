"""Benchmark: 500 random SIGKILLs over import, badges, journal merge, backup, restore, migration.

Run: `python tests/benchmarks/bench_power_cuts.py [--kills 500] [--seed N]`.

The trials of tests/end2end/test_power_cuts.py (see its docstring for the world and the
checks), the operations taken in turn, each killed after a random delay between 0 and its own
measured duration, until `--kills` kills have landed mid-operation (a run that finished before
its delay ran out is checked too, but not counted as a kill). Prints per operation: kills, runs that finished before the kill, and the
findings; targets: 0 event files failing integrity_check, 0 states between before and after,
0 half-written outputs, 0 admissions lost. Exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import collections
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "end2end"))
from test_power_cuts import OPERATIONS, cut, make_world, reference, scratch_root  # noqa: E402

KINDS = ("integrity", "state", "half-written", "admissions lost")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    chance = random.Random(seed)
    root = scratch_root()
    started = time.perf_counter()
    try:
        world = make_world(root)
        references = {op.name: reference(world, op) for op in OPERATIONS}
        for name, ref in references.items():
            print(f"{name:<10} uncut run {ref.seconds:5.2f} s", flush=True)
        found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        examples: list[str] = []
        number = landed = 0
        while landed < args.kills:
            operation = OPERATIONS[number % len(OPERATIONS)]
            number += 1
            ref = references[operation.name]
            trial = cut(world, operation, ref, chance.uniform(0, ref.seconds))
            tally = found[operation.name]
            tally["kills"] += not trial.finished
            tally["finished first"] += trial.finished
            landed += not trial.finished
            for problem in trial.problems:
                kind = next((k for k in KINDS if problem.startswith(k)), "other")
                tally[kind] += 1
                examples.append(f"{operation.name} after {trial.delay:.2f} s: {problem}")
                print(f"  {examples[-1]}", flush=True)
            if not trial.finished and landed % 50 == 0:
                print(f"{landed} kills ({number} runs), {len(examples)} findings", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"\nseed {seed}; {landed} kills in {number} runs, {elapsed:.0f} s")
    totals: collections.Counter[str] = collections.Counter()
    for name, tally in found.items():
        totals.update(tally)
        shown = ", ".join(f"{kind} {tally[kind]}" for kind in KINDS)
        print(f"{name:<10} kills {tally['kills']:>4}  finished first {tally['finished first']:>3}"
              f"  {shown}")  # fmt: skip
    missed = {kind: totals[kind] for kind in (*KINDS, "other") if totals[kind]}
    print("\ntargets (all 0):", ", ".join(f"{kind} {totals[kind]}" for kind in KINDS))
    for example in examples[:20]:
        print(" ", example)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
