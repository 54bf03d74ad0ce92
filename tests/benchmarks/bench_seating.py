"""Benchmark: seat a 1,500-seat plenary for 12 delegations with quotas, then print its
seating chart and every name plate (issue 16).

Run: .venv/bin/python tests/benchmarks/bench_seating.py [--repeat R]

The demo event (12 delegations) in a file on disk; its Multifunction Hall becomes a theatre of
50 rows of 30 seats (1,500) and the High-Level Dialogue is seated with 2 seats at the front
("at the table": they get name plates) and 123 behind for every delegation: 1,500 seats. Each
run seats the session from nothing (no plan) with one service call (`seat_session`, quotas
written in the same transaction), in fresh interpreters: the first call of each is cold (the
layout's seats made, modules imported on first use) and is the figure against the target.
Then the chart (A3) and the 24 name plates are printed.
Targets: seating ≤ 100 ms; chart and plates ≤ 2 s.
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

SEATING_TARGET_S = 0.100
PRINT_TARGET_S = 2.0
ROOM, TITLE = "Multifunction Hall", "High-Level Dialogue"


def _event(folder: Path):  # noqa: ANN202 (store.EventFile)
    from delegations.services.demo import write_demo
    from delegations.services.event import open_event
    from delegations.services.seating import set_room_layout

    event_file = open_event(folder / "plenary.sqlite3")
    write_demo(event_file)
    set_room_layout(event_file, ROOM, "theatre", {"rows": 50, "seats_per_row": 30})
    with event_file.write_locked() as connection:
        room = connection.execute("SELECT id FROM room WHERE name = ?", (ROOM,)).fetchone()[0]
        session = connection.execute(
            "SELECT id FROM agendasession WHERE title_en LIKE ? ORDER BY id", (TITLE + "%",)
        ).fetchone()[0]
        connection.execute("UPDATE agendasession SET room_id = ? WHERE id = ?", (room, session))
    return event_file, session


def _from_nothing(event_file, session: int) -> None:  # noqa: ANN001
    with event_file.write_locked() as connection:
        connection.execute("DELETE FROM seatingplan WHERE session_id = ?", (session,))


def _child(path: Path, session: int, repeat: int) -> None:
    """In a fresh interpreter (the heap of a command, not of the benchmark's demo writing):
    seat the session from nothing `repeat` times; the first run is cold (layout seats made,
    modules imported on first use). Prints the times in ms."""
    from delegations.domain.seating import Quota
    from delegations.services import seating
    from delegations.services.event import open_event

    event_file = open_event(path)
    times = []
    for _ in range(repeat):
        _from_nothing(event_file, session)
        start = time.perf_counter()
        plan = seating.seat_session(event_file, session, everyone=Quota(2, 123))
        times.append(time.perf_counter() - start)
    given = sum(1 for seat in plan.seats if seat.delegation_id is not None)
    assert given == 1500 and not plan.warnings, (given, plan.warnings)
    print(" ".join(f"{t * 1000:.1f}" for t in times))


def _seat_in_fresh_processes(path: Path, session: int, processes: int, repeat: int) -> tuple:
    cold, warm = [], []
    for _ in range(processes):
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path), str(session), str(repeat)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        times = [float(t) for t in done.stdout.split()]
        cold.append(times[0])
        warm += times[1:]
    return cold, warm


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="processes, and runs in each")
    args = parser.parse_args()
    from delegations.services import seating

    with tempfile.TemporaryDirectory() as folder:
        event_file, session = _event(Path(folder))
        cold, warm = _seat_in_fresh_processes(event_file.path, session, args.repeat, args.repeat)
        prints = []
        for _ in range(max(1, args.repeat // 2)):
            start = time.perf_counter()
            chart = seating.print_seating_chart(event_file, session, Path(folder) / "chart.pdf")
            plates = seating.print_name_plates(event_file, session, Path(folder) / "plates.pdf")
            prints.append(time.perf_counter() - start)
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"1,500 seats, 12 delegations (2 + 123 each); load average {load}")
        print(f"seat_session from nothing, {args.repeat} fresh processes: first call median "
              f"{statistics.median(cold):.0f} ms (worst {max(cold):.0f}), later calls median "
              f"{statistics.median(warm):.0f} ms (worst {max(warm):.0f}); target "
              f"{SEATING_TARGET_S * 1000:.0f} ms")  # fmt: skip
        print(f"chart ({chart.path.stat().st_size // 1024} kB) + {plates.pages} name plates: "
              f"first {prints[0]:.2f} s, median {statistics.median(prints):.2f} s "
              f"(target {PRINT_TARGET_S:.0f} s)")  # fmt: skip
        event_file.close()
    ok = statistics.median(cold) <= SEATING_TARGET_S * 1000
    return 0 if ok and statistics.median(prints) <= PRINT_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
