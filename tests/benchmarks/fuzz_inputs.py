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
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    findings = Path("fuzz-findings.txt")
    problems: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        corpus = Corpus(Path(folder) / "corpus")
        for kind in kinds:
            kind_started = time.perf_counter()
            outcomes = fuzz_kind(corpus, kind, args.inputs // len(kinds), Path(folder) / "work")
            codes = collections.Counter(
                "traceback" if o.traceback else f"exit {o.code}" for o in outcomes
            )
            found = [p for o in outcomes if (p := o.problem())]
            problems += found
            seconds = time.perf_counter() - kind_started
            print(f"{kind:<8} {len(outcomes):>6} inputs  {dict(codes)}  problems {len(found)}  "
                  f"{seconds / max(len(outcomes), 1) * 1000:.0f} ms each", flush=True)  # fmt: skip
    total = time.perf_counter() - started
    tracebacks = sum(p.split("\n", 1)[0].endswith("traceback") for p in problems)
    print(f"\nproblems: {len(problems)} (tracebacks: {tracebacks}); {total:.0f} s in all")
    findings.write_text("\n\n".join(problems), encoding="utf-8")
    if problems:
        print(f"findings written to {findings.resolve()}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
