"""Desks on a venue server (issue 18): how soon another desk sees an admission, and a server
stopped under a desk that keeps admitting.

Run (as root, with a throwaway cluster of its own that the script stops and starts as the
user postgres; nothing else may use it):

    python tests/benchmarks/bench_venue_desk.py --data /tmp/h5pg/data --port 55495
        [--delegates 2000] [--seen 100] [--offline 300] [--stopped 60]

1. `--seen` admissions at desk North while desk South waits for the notification and polls:
   the time from North's answer to South's poll having it (target ≤ 1 s), and North's scan
   time on the server.
2. The server stopped (`pg_ctl stop -m fast`) for `--stopped` seconds while North admits
   `--offline` other delegates at an even pace; then started: the time until North is online
   with everything sent (target ≤ 5 s), and the server's journal checked: every offline
   admission there once (0 lost, 0 duplicated).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegations.store.server import EventServer

BIN = "/usr/lib/postgresql/15/bin"


def pg_ctl(data: str, port: int, action: str) -> None:
    socket_dir = Path(data).parent
    options = (
        f"-o '-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1'" if action == "start" else ""
    )
    command = f"{BIN}/pg_ctl -D {data} -l {data}/../bench.log -m fast -w {options} {action}"
    subprocess.run(["su", "postgres", "-c", command], check=True, capture_output=True)


def make_event(admin: str, delegates: int) -> str:
    """The demo event with `delegates` synthetic delegates in a fresh database."""
    import psycopg

    from delegations.services.demo import write_demo
    from delegations.services.event import open_event
    from delegations.store import open_event_file
    from delegations.store.copying import copy_event

    name = "h5_bench_venue"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    url = admin.rsplit("/", 1)[0] + "/" + name
    demo = open_event(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    write_demo(demo)
    server = open_event_file(url)
    copy_event(demo.engine, server.engine)
    if delegates:
        _add_delegates(server, delegates)
    server.close()
    demo.close()
    return url


def _add_delegates(server: EventServer, count: int) -> None:
    """`count` more delegates on the server, copies of the demo's under numbered names (one
    INSERT … SELECT: the demo's own --delegates writes SQLite-only SQL)."""
    from delegations.services.venue_desk import _table

    columns = [c.name for c in _table("delegate").columns if c.name not in ("id", "photo")]
    chosen = ", ".join(
        "d.given_name || ' ' || n" if name == "given_name" else f"d.{name}" for name in columns
    )
    with server.write_locked() as connection:
        base = connection.execute("SELECT count(*) FROM delegate").scalar_one()
        connection.execute(
            f"INSERT INTO delegate ({', '.join(columns)}) SELECT {chosen} "  # noqa: S608
            "FROM delegate AS d CROSS JOIN generate_series(1, ?) AS n "
            "WHERE d.id <> ALL (SELECT head_id FROM delegation WHERE head_id IS NOT NULL)",
            (count // base + 1,),
        )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--port", type=int, default=55495)
    parser.add_argument("--delegates", type=int, default=2000)
    parser.add_argument("--seen", type=int, default=100)
    parser.add_argument("--offline", type=int, default=300)
    parser.add_argument("--stopped", type=float, default=60)
    args = parser.parse_args()

    from delegations.domain.codes import make_code
    from delegations.services.checkin import Outcome
    from delegations.services.venue_desk import ONLINE, VenueDesk
    from delegations.store import open_event_file

    url = make_event(f"postgresql://postgres@127.0.0.1:{args.port}/postgres", args.delegates)
    server = open_event_file(url)
    folder = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    north = VenueDesk(server, "North", local_copy=folder / "north.sqlite3")
    north.refresh_local_copy()
    print(f"North started (local copy of {args.delegates:,}+ delegates): "
          f"{time.perf_counter() - started:.2f} s")  # fmt: skip
    south = VenueDesk(server, "South", local_copy=folder / "south.sqlite3")
    south.refresh_local_copy()
    with server.read() as connection:
        secret = connection.execute("SELECT signing_secret FROM event").scalar_one()
        versions = dict(
            connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").all()
        )
    ids = list(versions)
    code = {id_: make_code(secret, id_, version) for id_, version in versions.items()}

    # 1. Another desk sees it.
    seen_at: dict[int, float] = {}
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            south.wait_for_change(0.5)
            for entry in south.poll().entries:
                seen_at.setdefault(entry.delegate_id, time.perf_counter())

    watcher = threading.Thread(target=watch)
    watcher.start()
    time.sleep(0.5)
    answered_at: dict[int, float] = {}
    scans: list[float] = []
    for delegate_id in ids[: args.seen]:
        began = time.perf_counter()
        assert north.admit(code[delegate_id]).outcome == Outcome.ADMITTED
        answered_at[delegate_id] = time.perf_counter()
        scans.append(answered_at[delegate_id] - began)
        time.sleep(0.05)
    time.sleep(1.5)
    stop.set()
    watcher.join()
    delays = [seen_at[i] - answered_at[i] for i in answered_at if i in seen_at]
    print(f"seen by South: {len(delays)} of {len(answered_at)}; delay median "
          f"{statistics.median(delays) * 1000:.0f} ms, p99 {percentile(delays, 0.99) * 1000:.0f}"
          f" ms, max {max(delays) * 1000:.0f} ms")  # fmt: skip
    print(f"North's scan on the server: median {statistics.median(scans) * 1000:.1f} ms, "
          f"p99 {percentile(scans, 0.99) * 1000:.1f} ms")  # fmt: skip

    # 2. The server stopped under North.
    offline = ids[args.seen : args.seen + args.offline]
    pg_ctl(args.data, args.port, "stop")
    stopped_at = time.perf_counter()
    pace = args.stopped / max(1, len(offline))
    answers: list[float] = []
    for number, delegate_id in enumerate(offline):
        began = time.perf_counter()
        assert north.admit(code[delegate_id]).outcome == Outcome.ADMITTED
        answers.append(time.perf_counter() - began)
        if number % 10 == 0:
            north.poll()  # what the desk's worker does meanwhile
        time.sleep(max(0.0, stopped_at + pace * (number + 1) - time.perf_counter()))
    print(f"offline: {len(offline)} admitted in {time.perf_counter() - stopped_at:.0f} s, "
          f"status {north.status}, {north.unsent} to send; first answer "
          f"{answers[0] * 1000:.0f} ms, then median {statistics.median(answers[1:]) * 1000:.1f}"
          f" ms, max {max(answers[1:]) * 1000:.1f} ms")  # fmt: skip
    pg_ctl(args.data, args.port, "start")
    restarted = time.perf_counter()
    back = None
    while time.perf_counter() - restarted < 30:
        found = north.poll()
        if found.reconnected is not None:
            back = found.reconnected
            break
        time.sleep(0.5)
    assert back is not None and north.status == ONLINE
    print(f"back online {time.perf_counter() - restarted:.2f} s after the server started: "
          f"{back.sent} sent, {len(back.double_admissions)} admitted twice")  # fmt: skip
    with server.read() as connection:
        rows = connection.execute(
            "SELECT uuid, delegate_id FROM checkin WHERE desk = 'North'"
        ).all()
    by_delegate = [row[1] for row in rows]
    lost = set(offline) - set(by_delegate)
    twice = len(by_delegate) - len(set(by_delegate))
    print(f"server journal: {len(rows)} entries of North ({len(answered_at)} online + "
          f"{len(offline)} offline); lost {len(lost)}, duplicated {twice}, "
          f"uuids unique: {len({row[0] for row in rows}) == len(rows)}")  # fmt: skip
    north.close()
    south.close()
    server.close()


if __name__ == "__main__":
    main()
