"""Desks admitting at once on a PostgreSQL server: double admissions and scan -> card times.

Run: python tests/benchmarks/bench_admissions_server.py --server postgresql://postgres@127.0.0.1:55432/postgres
     [--desks 6] [--delegations 40] [--members 42]

Makes a database of its own on the server (dropped at the end), `delegations` × `members`
delegates, then `desks` processes (spawned, each with its own connection, as desk laptops)
scan every badge in their own order at the same moment, admitting whole delegations now and
then: desks × delegates scans in all (6 × 1,680 ≈ 10,000). Target (issue 18): 0 double
admissions; scan -> card p99 ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _database(server: str, verb: str) -> str:
    """Create or drop the benchmark's own database on `server`; its address."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(server).set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as db:
        if verb == "drop":
            db.execute("DROP DATABASE IF EXISTS bench_admissions WITH (FORCE)")
        else:
            db.execute("DROP DATABASE IF EXISTS bench_admissions WITH (FORCE)")
            db.execute("CREATE DATABASE bench_admissions")
    return admin.set(database="bench_admissions").render_as_string(hide_password=False)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="an account that may create databases")
    parser.add_argument("--desks", type=int, default=6)
    parser.add_argument("--delegations", type=int, default=40)
    parser.add_argument("--members", type=int, default=42)
    args = parser.parse_args()

    from admission_desks import badge_codes, build_delegates, scan_all

    url = _database(args.server, "create")
    try:
        began = time.perf_counter()
        members = build_delegates(url, args.delegations, args.members)
        everyone = [id_ for ids in members.values() for id_ in ids]
        codes = badge_codes(url, everyone)
        print(f"{len(everyone):,} delegates built in {time.perf_counter() - began:.1f} s")
        context = multiprocessing.get_context("spawn")
        start = context.Manager().Barrier(args.desks)
        began = time.perf_counter()
        with ProcessPoolExecutor(args.desks, mp_context=context) as pool:
            desks = [
                pool.submit(scan_all, url, f"Desk {n}", codes, list(members), start, n)
                for n in range(args.desks)
            ]
            results = [desk.result() for desk in desks]
        seconds = time.perf_counter() - began
    finally:
        _database(args.server, "drop")
    admissions = Counter(id_ for result in results for id_ in result["admitted"])
    doubles = sum(count - 1 for count in admissions.values() if count > 1)
    missed = len(set(everyone) - set(admissions))
    times = sorted(t * 1000 for result in results for t in result["times"])
    p99 = statistics.quantiles(times, n=100, method="inclusive")[98]
    print(
        f"{args.desks} desks, {len(times):,} scans in {seconds:.1f} s: {doubles} double "
        f"admissions, {missed} never admitted (target 0 and 0)"
    )
    print(
        f"scan -> card (checkin.admit) p50 {statistics.median(times):.2f} ms, p99 {p99:.2f} ms, "
        f"max {times[-1]:.1f} ms (target p99 ≤ 20 ms)"
    )
    return 0 if doubles == 0 and missed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
