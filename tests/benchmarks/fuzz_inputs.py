"""Fuzzing: 10,000 damaged inputs over every file the app reads; target 0 tracebacks.

Run: `python tests/benchmarks/fuzz_inputs.py [--inputs 10000] [--kinds journal,agenda,...]`.

Event files, journals, agenda JSON, badge layouts and registration CSV/XLSX, each damaged by
Hypothesis (tests/fuzz_damage.py: cut short, bytes flipped/inserted/deleted/repeated, values
of any type in JSON, odd cells in CSV and XLSX), fed to the command that reads it in a forked
process. Counts: tracebacks, refusals without the sentence, refusals that changed the event
(targets 0), and inputs accepted (the damage left a valid file). Findings go to
fuzz-findings.txt in the working folder; exit 1 if any.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fuzz_damage import KINDS, Corpus, Outcome, damage  # noqa: E402


def fuzz_kind(corpus: Corpus, kind: str, inputs: int, work: Path) -> list[Outcome]:
    outcomes: list[Outcome] = []

    @settings(max_examples=inputs, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(data=st.data())
    def feed(data: st.DataObject) -> None:
        damaged = data.draw(damage(kind, corpus.seeds[kind]))
        outcomes.append(corpus.check(kind, damaged, work / kind))

    feed()
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="in all, shared by the kinds")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--minutes", type=float, default=0, help="stop after a round past this")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    findings = Path("fuzz-findings.txt")
    problems: list[str] = []
    codes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    started = time.perf_counter()
    per_round = max(1, min(50, args.inputs // len(kinds)))
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        corpus = Corpus(Path(folder) / "corpus")
        done = 0
        while done < args.inputs:
            for kind in kinds:  # in rounds, so that a time limit leaves every kind fuzzed
                outcomes = fuzz_kind(corpus, kind, per_round, Path(folder) / "work")
                codes[kind].update("traceback" if o.traceback else f"exit {o.code}"
                                   for o in outcomes)  # fmt: skip
                problems += [p for o in outcomes if (p := o.problem())]
                done += len(outcomes)
            elapsed = time.perf_counter() - started
            print(f"{done:>6} inputs, {len(problems)} problems, {elapsed:.0f} s", flush=True)
            if args.minutes and elapsed > args.minutes * 60:
                break
    for kind in kinds:
        print(f"{kind:<8} {sum(codes[kind].values()):>6} inputs  {dict(codes[kind])}")
    total = time.perf_counter() - started
    tracebacks = sum(p.split("\n", 1)[0].endswith("traceback") for p in problems)
    print(f"\n{done} inputs; problems: {len(problems)} (tracebacks: {tracebacks}); {total:.0f} s")
    findings.write_text("\n\n".join(problems), encoding="utf-8")
    if problems:
        print(f"findings written to {findings.resolve()}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
