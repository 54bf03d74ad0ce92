"""Benchmark: rooming at scale (issue 17) — the rooming with its warnings, one person roomed,
and a hotel's rooming list as PDF and .xlsx.

Run: .venv/bin/python tests/benchmarks/bench_rooming.py [--delegates N]

The demo event with N synthetic delegates (default 2,000) in a file on disk; a third hotel
with a block as large as the event takes every delegation's members who have no room, two to
a twin among people with the same dates (`place_delegation`, one call per delegation). Then
each step is timed whole, as the command line runs it (wall and CPU seconds; the machine may
be shared, so CPU time is the steadier figure): `read_rooming` (every hotel, every warning),
`assign_room` (one person into a new room: one transaction, the hotel's warnings after it),
and `write_rooming` of the large hotel to PDF and to .xlsx.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HOTEL = "Guiyang Conference Hotel"


def _event(folder: Path, delegates: int):  # noqa: ANN202 (store.EventFile)
    from delegations.services import hotels
    from delegations.services.demo import write_demo
    from delegations.services.event import open_event

    event_file = open_event(folder / "rooming.sqlite3")
    write_demo(event_file, delegates=delegates)
    hotels.add_hotel(event_file, hotels.HotelInput(HOTEL))
    hotels.set_room_type(event_file, HOTEL, "Twin", 2)
    hotels.add_block(event_file, HOTEL, "Twin", dt.date(2025, 7, 24), dt.date(2025, 7, 28),
                     delegates)  # fmt: skip
    with event_file.read() as connection:
        names = [name for (name,) in connection.execute("SELECT name FROM delegation")]
    for name in names:
        hotels.place_delegation(event_file, name, HOTEL, "Twin", per_room=2)
    return event_file


def _timed(label: str, step: Callable[[], object]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    print(f"{label:<32} {time.perf_counter() - wall:6.2f} s wall  "
          f"{time.process_time() - cpu:6.2f} s CPU  {result}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=2000)
    args = parser.parse_args()
    from delegations.services import hotels

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        event_file = _event(Path(folder), args.delegates)
        print(f"event with {args.delegates} synthetic delegates roomed in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip

        def rooming() -> str:
            found = hotels.read_rooming(event_file)
            guests = sum(hotel.guests for hotel in found.hotels)
            return f"{guests} guests, {len(found.warnings)} warnings"

        _timed("read_rooming", rooming)
        _timed("assign_room (one person)", lambda: hotels.assign_room(
            event_file, hotels.StayInput("Oum Romany", HOTEL, "Twin")).warnings)  # fmt: skip
        _timed("rooming list PDF", lambda: hotels.write_rooming(
            event_file, HOTEL, Path(folder) / "rooming.pdf").stat().st_size)  # fmt: skip
        _timed("rooming list .xlsx", lambda: hotels.write_rooming(
            event_file, HOTEL, Path(folder) / "rooming.xlsx").stat().st_size)  # fmt: skip


if __name__ == "__main__":
    main()
