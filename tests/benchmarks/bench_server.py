"""The venue server's figures (issue 18) against a real PostgreSQL server.

Run: python tests/benchmarks/bench_server.py [--delegates 20000] [--figures 1,2,3,4]
         [--short] [--url postgresql://postgres@host:port/postgres] [--event FILE]

Without --url the script makes its own throwaway cluster (initdb and pg_ctl from
/usr/lib/postgresql/15/bin, as user postgres when run as root; data in /tmp/h6pg<port>, socket
in /tmp/h6pg, TCP on 127.0.0.1) so that it can stop and start the server; with --url it uses
that server (where it may create databases) and skips the outage. The event is written by
`delegations demo --delegates N` to a file and pushed to one database (`push_event`); each
figure scans its own delegates' real signed codes, so they do not disturb one another.

1. Scan -> card: `checkin.admit` (and `VenueDesk.admit`) on the server, through the local
   socket and through loopback TCP, against the same on the SQLite file: p99 ≤ 20 ms.
2. Six desk processes admitting at once, 10,000 scans of overlapping codes (each code scanned
   by 3-4 desks at nearly the same moment): double admissions in the journal must be 0.
3. Another desk (a second process, `VenueDesk.wait_for_change` + `poll` as the desk's worker
   runs them) sees an admission: time from the admission to the poll that returns it, ≤ 1 s.
4. The server stopped for 60 s while a desk admits 300 people (--short: 5 s, 30 people);
   after the restart: 0 lost, 0 duplicated, all on the server ≤ 5 s after it is back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PG_BIN = Path("/usr/lib/postgresql/15/bin")
SOCKET_DIR = Path("/tmp/h6pg")
DATABASE = "h6_bench"
DESKS = 6
SCANS = 10_000


# Figures ----------------------------------------------------------------------------------


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def report(label: str, values_ms: list[float], target: float | None = None) -> bool:
    worst = p99(values_ms)
    ok = target is None or worst <= target
    verdict = "" if target is None else f"  target ≤ {target:g} ms  {'OK' if ok else 'MISSED'}"
    print(
        f"  {label:<46} n {len(values_ms):5}  p50 {statistics.median(values_ms):7.2f} ms  "
        f"p99 {worst:7.2f} ms  max {max(values_ms):7.1f} ms{verdict}",
        flush=True,
    )
    return ok


def verdict(label: str, ok: bool) -> bool:
    print(f"  {label}  {'OK' if ok else 'MISSED'}", flush=True)
    return ok


# The server -------------------------------------------------------------------------------


class Cluster:
    """A throwaway PostgreSQL cluster this script owns, so that it can stop and start it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.data = Path(f"/tmp/h6pg{port}")
        self.log = Path(f"/tmp/h6pg{port}.log")

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True)

    def _own(self, path: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(path, "postgres", "postgres")

    def create(self) -> None:
        self.remove()
        SOCKET_DIR.mkdir(exist_ok=True)
        self._own(SOCKET_DIR)
        self.data.mkdir()
        self._own(self.data)
        self.log.touch()
        self._own(self.log)
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -k {SOCKET_DIR} -c listen_addresses=127.0.0.1"
        try:
            self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o",
                      options, "-w", "start")  # fmt: skip
        except subprocess.CalledProcessError:
            last = self.log.read_text().strip().splitlines()[-3:]
            raise SystemExit(f"PostgreSQL did not start on port {self.port} (choose another "
                             "with --port): " + " / ".join(last)) from None  # fmt: skip

    def stop(self) -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.data, ignore_errors=True)
        self.log.unlink(missing_ok=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"


def database_url(admin_url: str, name: str, *, socket: bool = False) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(admin_url).set(database=name)
    if socket:
        url = url._replace(host=None, port=None).update_query_dict(  # set() keeps a None
            {"host": str(SOCKET_DIR), "port": str(make_url(admin_url).port)}
        )
    return url.render_as_string(hide_password=False)


def recreate_database(admin_url: str, name: str, *, drop_only: bool = False) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(
        admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
        isolation_level="AUTOCOMMIT",
    )
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if not drop_only:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()


# The event --------------------------------------------------------------------------------


def write_event(path: Path, delegates: int) -> None:
    command = [sys.executable, "-m", "delegations", "--db", str(path), "demo"]
    command += ["--delegates", str(delegates)]
    done = subprocess.run(command, check=False, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        sys.exit(f"delegations demo failed (give --event FILE):\n{done.stderr}")


def signed_codes(path: Path, seed: int = 7) -> list[tuple[int, str]]:
    """Every delegate's current badge code (id, code), shuffled: real signed codes."""
    from delegations.domain.codes import make_code

    with sqlite3.connect(path) as connection:
        secret = connection.execute("SELECT signing_secret FROM event").fetchone()[0]
        people = connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").fetchall()
    codes = [(id_, make_code(secret, id_, version)) for id_, version in people]
    random.Random(seed).shuffle(codes)
    return codes


class Codes:
    """Hands out delegates no earlier figure has scanned."""

    def __init__(self, codes: list[tuple[int, str]]) -> None:
        self._codes = codes
        self._next = 0

    def take(self, count: int) -> list[tuple[int, str]]:
        taken = self._codes[self._next : self._next + count]
        if len(taken) < count:
            sys.exit(f"the event has too few delegates for this run ({len(self._codes)})")
        self._next += count
        return taken


def journal_doubles(event_file: Any) -> tuple[int, int]:
    """(double admissions, entries) in the journal: an admission whose delegate's previous
    entry (in the journal's `(at, uuid)` order) is an admission too."""
    with event_file.read() as connection:
        rows = connection.execute(
            "SELECT delegate_id, action FROM checkin ORDER BY delegate_id, at, uuid"
        ).fetchall()
    doubles, previous = 0, (None, None)
    for delegate_id, action in rows:
        if action == "IN" and previous == (delegate_id, "IN"):
            doubles += 1
        previous = (delegate_id, action)
    return doubles, len(rows)


# 1. Scan -> card ----------------------------------------------------------------------------


def timed_admissions(admit: Any, codes: list[tuple[int, str]]) -> tuple[list[float], Counter]:
    """Each scan's wall time (ms); the outcomes, and the desk process's CPU time per scan in
    ms under "cpu" (steadier than wall time on a loaded machine)."""
    times, outcomes = [], Counter()
    cpu = time.process_time()
    for _id, code in codes:
        began = time.perf_counter()
        result = admit(code)
        times.append((time.perf_counter() - began) * 1000)
        outcomes[result.outcome.value] += 1
    outcomes["cpu"] = round((time.process_time() - cpu) * 1000 / max(len(codes), 1), 2)
    return times, outcomes


def statements_per_call(engine: Any, call: Any) -> int:
    """How many statements one `call` sends (the pool's ping, BEGIN and COMMIT not counted):
    each is a round trip to a server, whatever the load."""
    from sqlalchemy import event

    sent = []

    def count(*_args: Any) -> None:
        sent.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(sent)


def scan_to_card(targets: dict[str, str], codes: Codes, scans: int) -> bool:
    """`checkin.admit` with the desk's index (the GUI's call) on each target, then a rescan
    of a third of them (already checked in: the card again); `VenueDesk.admit` on the server."""
    from delegations.services import checkin
    from delegations.services.desk import DeskIndex
    from delegations.services.event import open_event

    print(f"1. scan -> card, {scans} admissions + {scans // 3} rescans per target", flush=True)
    ok = True
    for label, target in targets.items():
        event_file = open_event(target)
        began = time.perf_counter()
        index = DeskIndex.load(event_file)
        print(f"  {label}: DeskIndex.load {len(index):,} delegates "
              f"{(time.perf_counter() - began) * 1000:.0f} ms", flush=True)  # fmt: skip

        def admit(code: str, event_file: Any = event_file, index: Any = index) -> Any:
            return checkin.admit(event_file, code, desk="Bench", index=index)

        sample = codes.take(scans + 21)
        timed_admissions(admit, sample[:20])  # warm-up: connections, statement caches
        statements = statements_per_call(event_file.engine, partial(admit, sample[20][1]))
        times, outcomes = timed_admissions(admit, sample[21:])
        print(f"  {label}: {statements} statements per admission, CPU of the desk process "
              f"{outcomes.pop('cpu')} ms per admission", flush=True)  # fmt: skip
        ok &= outcomes == Counter({"admitted": scans})
        ok &= report(f"{label}: checkin.admit (admitted)", times, 20)
        times, outcomes = timed_admissions(admit, sample[21 : 21 + scans // 3])
        outcomes.pop("cpu")
        ok &= outcomes == Counter({"already checked in": scans // 3})
        ok &= report(f"{label}: checkin.admit (already in)", times, 20)
        if event_file.on_server:
            ok &= venue_scans(event_file, index, codes.take(scans + 20), label)
        event_file.close()
    return ok


def venue_scans(server: Any, index: Any, sample: list[tuple[int, str]], label: str) -> bool:
    from delegations.services.venue_desk import ONLINE, VenueDesk

    with tempfile.TemporaryDirectory(prefix="h6desk") as folder:
        desk = VenueDesk(server, "Bench venue", local_copy=Path(folder) / "copy.sqlite3")
        began = time.perf_counter()
        desk.refresh_local_copy()
        print(f"  {label}: VenueDesk.refresh_local_copy "
              f"{time.perf_counter() - began:.1f} s", flush=True)  # fmt: skip

        def admit(code: str) -> Any:
            return desk.admit(code, index=index)

        timed_admissions(admit, sample[:20])
        times, outcomes = timed_admissions(admit, sample[20:])
        outcomes.pop("cpu")
        online = desk.status == ONLINE and desk.last_reconnection is None
        print(f"  {label}: VenueDesk status after the scans {desk.status}, admitted on the "
              f"local copy {desk.unsent}", flush=True)  # fmt: skip
        desk.close()
    ok = report(f"{label}: VenueDesk.admit (admitted)", times, 20)
    return ok and online and outcomes == Counter({"admitted": len(sample) - 20})


# 2. Six desks at once -----------------------------------------------------------------------


def desk_process(url: str, desk: str, codes: list[str], start: Any, results: Any) -> None:
    from delegations.services import checkin
    from delegations.services.event import open_event

    event_file = open_event(url)
    with event_file.read() as connection:  # connected and warm before the start
        secret = connection.execute("SELECT signing_secret FROM event").scalar_one()

    class Secret:  # the desk's index as `admit` uses it: the secret in memory
        def __init__(self) -> None:
            self.secret = secret

        def note(self, delegate_id: int, status: Any) -> None:
            pass

    memory = Secret()
    start.wait()
    outcomes: Counter = Counter()
    times = []
    for code in codes:
        began = time.perf_counter()
        result = checkin.admit(event_file, code, desk=desk, index=memory)
        times.append((time.perf_counter() - began) * 1000)
        outcomes[result.outcome.value] += 1
    event_file.close()
    results.put((desk, dict(outcomes), times))


def concurrent_desks(url: str, codes: Codes) -> bool:
    """10,000 scans over 3,000 delegates: each code is scanned 3-4 times, by different desks
    at about the same moment (consecutive scans of the list are dealt to the desks in turn)."""
    from delegations.services.event import open_event

    people = codes.take(3_000)
    scans = [people[n * len(people) // SCANS][1] for n in range(SCANS)]
    print(f"2. {DESKS} desk processes, {SCANS:,} scans of {len(people):,} delegates "
          "(each code at 3-4 desks at once)", flush=True)  # fmt: skip
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(DESKS + 1), context.Queue()
    processes = [
        context.Process(
            target=desk_process, args=(url, f"Desk {k + 1}", scans[k::DESKS], start, results)
        )
        for k in range(DESKS)
    ]
    for process in processes:
        process.start()
    start.wait()
    began = time.perf_counter()
    finished = [results.get(timeout=600) for _ in processes]
    seconds = time.perf_counter() - began
    for process in processes:
        process.join()
    outcomes: Counter = Counter()
    times: list[float] = []
    for _desk, desk_outcomes, desk_times in finished:
        outcomes.update(desk_outcomes)
        times += desk_times
    print(f"  {SCANS:,} scans in {seconds:.1f} s ({SCANS / seconds:.0f}/s); "
          f"outcomes {dict(outcomes)}", flush=True)  # fmt: skip
    report("scan -> card under contention (6 desks)", times)
    event_file = open_event(url)
    doubles, entries = journal_doubles(event_file)
    with event_file.read() as connection:
        admitted = connection.execute(
            "SELECT count(DISTINCT delegate_id) FROM checkin WHERE desk LIKE 'Desk %'"
        ).scalar_one()
    event_file.close()
    ok = verdict(f"double admissions in the journal ({entries:,} entries): {doubles}, "
                 "target 0", doubles == 0)  # fmt: skip
    ok &= verdict(
        f"admitted {outcomes['admitted']:,} = delegates scanned {len(people):,} = "
        f"delegates with an entry {admitted:,}",
        outcomes["admitted"] == len(people) == admitted,
    )
    return ok


# 3. Another desk sees it ----------------------------------------------------------------------


def watching_desk(url: str, copy: str, ready: Any, done: Any, results: Any) -> None:
    """Another desk's worker: wait for the server's notice (or half a second), poll, and
    note when each admission made at desk "Seen" arrived here; until 3 s after the last."""
    from delegations.services.venue_desk import VenueDesk
    from delegations.store import open_event_file

    desk = VenueDesk(open_event_file(url), "Watcher", local_copy=Path(copy))
    desk.refresh_local_copy()
    desk.poll()
    ready.wait()
    seen: list[float] = []
    until = float("inf")
    while time.time() < until:
        if until == float("inf") and done.is_set():
            until = time.time() + 3
        desk.wait_for_change(0.5)
        found = desk.poll()
        now = time.time()
        seen += [
            now - entry.at.replace(tzinfo=dt.UTC).timestamp()
            for entry in found.entries
            if entry.desk == "Seen"
        ]
    desk.close()
    results.put(seen)


def another_desk_sees(url: str, codes: Codes, admissions: int) -> bool:
    from delegations.services import checkin
    from delegations.store import open_event_file

    print(f"3. another desk sees an admission: {admissions} admissions, one every 0.2-0.6 s",
          flush=True)  # fmt: skip
    context = multiprocessing.get_context("spawn")
    ready, done, results = context.Barrier(2), context.Event(), context.Queue()
    rng = random.Random(3)
    pauses = [rng.uniform(0.2, 0.6) for _ in range(admissions)]
    with tempfile.TemporaryDirectory(prefix="h6watch") as folder:
        watcher = context.Process(
            target=watching_desk,
            args=(url, str(Path(folder) / "copy.sqlite3"), ready, done, results),
        )
        watcher.start()
        server = open_event_file(url)
        try:
            ready.wait(timeout=300)
        except threading.BrokenBarrierError:
            watcher.join()
            return verdict("the watching desk failed to start (its error above)", False)
        for (_id, code), pause in zip(codes.take(admissions), pauses, strict=True):
            checkin.admit(server, code, desk="Seen")
            time.sleep(pause)
        done.set()
        seen = results.get(timeout=60)
        watcher.join()
        server.close()
    delays = [seconds * 1000 for seconds in seen]
    ok = verdict(f"admissions seen {len(delays)} of {admissions}", len(delays) == admissions)
    return ok & (bool(delays) and report("admission -> seen at another desk", delays, 1000))


# 4. The server stops under a desk -------------------------------------------------------------


def outage(cluster: Cluster, url: str, codes: Codes, seconds: float, people: int) -> bool:
    from delegations.services.desk import DeskIndex
    from delegations.services.venue_desk import ONLINE, VenueDesk
    from delegations.store import open_event_file

    print(f"4. the server stopped {seconds:g} s while a desk admits {people} people",
          flush=True)  # fmt: skip
    sample = codes.take(people)
    server = open_event_file(url)
    index = DeskIndex.load(server)
    with tempfile.TemporaryDirectory(prefix="h6outage") as folder:
        desk = VenueDesk(server, "Outage", local_copy=Path(folder) / "copy.sqlite3")
        desk.refresh_local_copy()
        stop = threading.Event()
        worker = threading.Thread(target=_desk_worker, args=(desk, stop), daemon=True)
        worker.start()
        cluster.stop()
        stopped = time.perf_counter()
        times, outcomes, slow = [], Counter(), []
        for n, (_id, code) in enumerate(sample):
            time.sleep(max(0.0, stopped + n * seconds / people - time.perf_counter()))
            began = time.perf_counter()
            outcomes[desk.admit(code, index=index).outcome.value] += 1
            times.append((time.perf_counter() - began) * 1000)
            if times[-1] > 100:
                slow.append(f"{times[-1]:.0f} ms at +{began - stopped:.1f} s")
        status_during = desk.status
        time.sleep(max(0.0, stopped + seconds - time.perf_counter()))
        cluster.start()
        back = time.perf_counter()
        caught_up = _wait_for_entries(url, {id_ for id_, _code in sample}, back + 60)
        took = time.perf_counter() - back
        time.sleep(1)
        stop.set()
        worker.join(timeout=10)
        status_after, reconnection = desk.status, desk.last_reconnection
        desk.close()
    server.close()
    report("scan -> card while the server is down", times)
    print(f"  scans over 100 ms: {', '.join(slow) or 'none'}", flush=True)
    print(f"  status while down: {status_during}; after: {status_after}; reconnection: "
          f"{reconnection}", flush=True)  # fmt: skip
    with open_event_file(url).read() as connection:
        counts = Counter(
            connection.execute(
                "SELECT delegate_id FROM checkin WHERE desk = 'Outage' AND action = 'IN'"
            ).scalars()
        )
    lost = people - len(counts)
    duplicated = sum(count - 1 for count in counts.values())
    ok = verdict(f"admitted offline {outcomes['admitted']} of {people}",
                 outcomes == Counter({"admitted": people}))  # fmt: skip
    ok &= verdict(f"lost {lost}, duplicated {duplicated}, targets 0", lost == duplicated == 0)
    ok &= verdict(f"all on the server {took:.2f} s after it was back, target ≤ 5 s",
                  caught_up and took <= 5)  # fmt: skip
    return ok & verdict("desk online again", status_after == ONLINE and status_during != ONLINE)


def _desk_worker(desk: Any, stop: threading.Event) -> None:
    """What the desk window's worker does: wait for a notice or half a second, poll."""
    while not stop.is_set():
        desk.wait_for_change(0.5)
        desk.poll()


def _wait_for_entries(url: str, delegates: set[int], deadline: float) -> bool:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from delegations.store.server import server_url

    engine = create_engine(server_url(url), pool_pre_ping=True)
    try:
        while time.perf_counter() < deadline:
            try:
                with engine.connect() as connection:
                    there = set(
                        connection.exec_driver_sql(
                            "SELECT delegate_id FROM checkin WHERE desk = 'Outage'"
                        ).scalars()
                    )
                if delegates <= there:
                    return True
            except OperationalError:
                pass  # still starting
            time.sleep(0.05)
        return False
    finally:
        engine.dispose()


# Running ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=20_000)
    parser.add_argument("--figures", default="1,2,3,4", help="which, e.g. 1,3")
    parser.add_argument("--scans", type=int, default=1000, help="figure 1's admissions")
    parser.add_argument("--short", action="store_true", help="outage of 5 s, 30 people")
    parser.add_argument("--url", help="an existing server's admin URL (no outage then)")
    parser.add_argument("--port", type=int, default=55496, help="the throwaway cluster's")
    parser.add_argument("--event", type=Path, help="an event file instead of a new demo")
    args = parser.parse_args()
    figures = {int(figure) for figure in args.figures.split(",")}
    print("$ python " + shlex.join(sys.argv), flush=True)
    print(f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)

    cluster = None if args.url else Cluster(args.port)
    ok = True
    with tempfile.TemporaryDirectory(prefix="h6server") as temporary:
        folder = Path(temporary)
        try:
            began = time.perf_counter()
            event = folder / "event.sqlite3"
            if args.event:
                shutil.copyfile(args.event, event)
            else:
                write_event(event, args.delegates)
            baseline = folder / "baseline.sqlite3"
            shutil.copyfile(event, baseline)
            if cluster is not None:
                cluster.create()
            admin_url = args.url or cluster.admin_url
            recreate_database(admin_url, DATABASE)
            url = database_url(admin_url, DATABASE)
            from delegations.services.event import open_event
            from delegations.services.server import push_event

            source = open_event(event)
            copied = push_event(source, url)
            source.close()
            print(f"event of {copied.rows['delegate']:,} delegates on {copied.target}; "
                  f"ready in {time.perf_counter() - began:.0f} s", flush=True)  # fmt: skip
            codes = Codes(signed_codes(event))
            if 1 in figures:
                targets = {"SQLite file": str(baseline), "server, loopback": url}
                if cluster is not None:
                    targets["server, socket"] = database_url(admin_url, DATABASE, socket=True)
                ok &= scan_to_card(targets, codes, args.scans)
            if 2 in figures:
                ok &= concurrent_desks(url, codes)
            if 3 in figures:
                ok &= another_desk_sees(url, codes, 100)
            if 4 in figures:
                if cluster is None:
                    print("4. skipped: the server is not this script's to stop (--url)")
                else:
                    seconds, people = (5, 30) if args.short else (60, 300)
                    ok &= outage(cluster, url, codes, seconds, people)
        finally:
            if cluster is not None:
                cluster.remove()
            elif args.url:
                recreate_database(args.url, DATABASE, drop_only=True)
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
