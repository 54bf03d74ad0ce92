"""Benchmark: the agenda of issue 6 at scale — 300 sessions over 5 days and 12 rooms.

Run: .venv/bin/python tests/benchmarks/bench_agenda.py [--sessions N] [--repeat R]

Builds the demo event plus synthetic sessions up to N in a real event file, then times, each
in its own short session on that file as the GUI would run it:

- the full conflict check (`services.agenda.check_conflicts`), target ≤ 50 ms;
- the conflict rules alone on plain records (`domain.conflicts.find_conflicts`);
- snapshotting the agenda for a programme version and listing the changes since one;
- each export (.ics, .xml, .json) and the JSON import into an empty event.

The grid redraw (≤ 100 ms) and the Agenda tab opening (≤ 300 ms) are measured by the GUI's
own benchmark.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHECK_TARGET_MS = 50.0


def _median_ms(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    from delegations.domain.conflicts import ConflictKind
    from delegations.services import agenda, agenda_io, demo, demo_agenda, programme
    from delegations.services.event import open_event

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300, help="sessions in all")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "week.sqlite3"
        event_file = open_event(path)
        start = time.perf_counter()
        with event_file.session() as session:
            demo.create_demo_event(session=session)
            base = len(agenda.list_sessions(session=session))
            totals = demo_agenda.add_synthetic_sessions(
                session=session, count=max(0, args.sessions - base), seed=2025
            )
        build_s = time.perf_counter() - start
        with event_file.session() as session:
            days = len({row.day for row in agenda.list_sessions(session=session)})
        print(
            f"Agenda: {totals['sessions']} sessions over {days} days and {totals['rooms']} rooms, "
            f"{totals['speakers']} speakers (built in {build_s:.2f} s)"
        )

        def check() -> list:
            with event_file.session() as session:
                return agenda.check_conflicts(session=session)

        check()  # warm up imports and the connection pool
        check_ms, conflicts = _median_ms(check, args.repeat)
        by_kind = {kind: 0 for kind in ConflictKind}
        for conflict in conflicts:
            by_kind[conflict.kind] += 1
        verdict = "OK" if check_ms <= CHECK_TARGET_MS else "OVER TARGET"
        print(
            f"  full conflict check (service, real file): {check_ms:6.1f} ms   "
            f"target ≤ {CHECK_TARGET_MS:.0f} ms  {verdict}"
        )
        print(
            f"    {len(conflicts)} conflicts: "
            + ", ".join(f"{n} {kind}" for kind, n in by_kind.items())
        )

        with event_file.session() as session:
            programme.publish_version(session=session)

        def snapshot() -> object:
            with event_file.session() as session:
                return programme.snapshot_agenda(session=session)

        def changes() -> object:
            with event_file.session() as session:
                return programme.changes_since(session=session, number=1)

        print(f"  programme snapshot:                        {_median_ms(snapshot, 5)[0]:6.1f} ms")
        print(f"  changes since version 1:                   {_median_ms(changes, 5)[0]:6.1f} ms")

        for suffix in (".ics", ".xml", ".json"):
            out = Path(folder) / f"agenda{suffix}"

            def export(out: Path = out) -> object:
                with event_file.session() as session:
                    return agenda_io.export_agenda(session=session, path=out)

            ms, _ = _median_ms(export, 5)
            size = out.stat().st_size / 1024
            print(f"  export {suffix:<5} ({size:6.0f} KiB):                {ms:6.1f} ms")

        runs = iter(range(1000))

        def import_json() -> object:
            target = open_event(Path(folder) / f"import{next(runs)}.sqlite3")
            try:
                with target.session() as session:
                    return agenda_io.import_agenda_json(
                        session=session, path=Path(folder) / "agenda.json"
                    )
            finally:
                target.close()

        ms, _ = _median_ms(import_json, 3)
        print(f"  import .json into a new event file:        {ms:6.1f} ms (file creation included)")
        event_file.close()
    return 0 if check_ms <= CHECK_TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
