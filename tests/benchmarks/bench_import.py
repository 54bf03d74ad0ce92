"""Benchmark: import a 20,000-row .xlsx through the command line, and a dry run of it.

Run: `python tests/benchmarks/bench_import.py [--rows N]`. Prints the figures and whether
each meets its target (import ≤ 8 s and ≤ 400 MB peak memory; dry run ≤ 5 s); exit 1 if not.
Times are wall-clock for the whole `delegations import` process, start-up included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

IMPORT_SECONDS, DRY_RUN_SECONDS, PEAK_MB = 8.0, 5.0, 400.0
COUNTRIES = ["Viet Nam", "Lao PDR", "KHM", "Thailand", "Myanmar", "Malaysia", "SG",
             "Indonesia", "Philippines", "Brunei", "Timor-Leste", "中国"]  # fmt: skip
ROLES = ["HoD", "Delegate", "Member", "Speaker", "Observer", "Press", "Staff", "VIP"]
GIVEN = ["Văn Đức", "Thị Lan", "Sokha", "Somchai", "Aung", "Siti", "Wei", "Maria", "Dara"]
FAMILY = ["Nguyễn", "Trần", "Chan", "Phommachanh", "Kyaw", "Rahman", "Zhang", "Santos", "Keo"]

# Runs the CLI as a child and reports its wall time and peak resident memory.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "code": result.returncode,
                  "out": result.stdout[-2000:], "err": result.stderr[-2000:]}))
"""


def make_workbook(path: Path, rows: int, seed: int = 7) -> None:
    random = _random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Registrations")
    sheet.append(["China–ASEAN Education Cooperation Week — registrations"])
    sheet.append([])
    sheet.append(["No.", "Delegation", "Country/Region", "Title", "First Name", "Last Name",
                  "Name in native script", "Designation", "Organization", "Category", "E-mail",
                  "Mobile", "Arrival date", "Departure date", "Dietary", "Notes"])  # fmt: skip
    start = dt.datetime(2025, 7, 22)
    for i in range(rows):
        country = COUNTRIES[i % len(COUNTRIES)]
        arrival = start + dt.timedelta(days=random.randrange(3))
        sheet.append([
            i + 1, "", country, random.choice(["Mr", "Ms", "Dr", "Prof."]),
            f"{random.choice(GIVEN)} {i}", random.choice(FAMILY), "", "Director of Planning",
            f"Ministry of Education {i % 40}", random.choice(ROLES), f"person{i}@example.org",
            f"+84 24 {i:07d}", arrival, (arrival + dt.timedelta(days=4)).strftime("%d/%m/%Y"),
            random.choice(["", "", "Vegetarian", "Halal"]), "",
        ])  # fmt: skip
    book.save(path)


def _random(seed: int) -> random.Random:
    return random.Random(seed)


def measure(*args: str | Path) -> dict:
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "delegations", *map(str, args)]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "registrations.xlsx"
        started = time.perf_counter()
        make_workbook(source, args.rows)
        print(f"workbook: {args.rows} rows, {source.stat().st_size / 1e6:.1f} MB, "
              f"written in {time.perf_counter() - started:.1f} s")  # fmt: skip
        dry = measure("--db", Path(folder) / "dry.sqlite3", "import", source, "--dry-run")
        full = measure("--db", Path(folder) / "event.sqlite3", "import", source)
        again = measure("--db", Path(folder) / "event.sqlite3", "import", source)
    checks = [
        ("dry run", dry["seconds"], DRY_RUN_SECONDS, "s"),
        ("dry run peak memory", dry["peak_mb"], PEAK_MB, "MB"),
        ("import into a new event", full["seconds"], IMPORT_SECONDS, "s"),
        ("import peak memory", full["peak_mb"], PEAK_MB, "MB"),
        ("re-import (all unchanged)", again["seconds"], IMPORT_SECONDS, "s"),
        ("re-import peak memory", again["peak_mb"], PEAK_MB, "MB"),
    ]
    ok = all(run["code"] == 0 for run in (dry, full, again))
    for run in (dry, full, again):
        print(run["out"].splitlines()[0] if run["out"] else run["err"])
    for label, value, target, unit in checks:
        passed = value <= target
        ok &= passed
        print(f"{label:28} {value:8.2f} {unit:2}  target ≤ {target:g} {unit}  "
              f"{'ok' if passed else 'TOO SLOW' if unit == 's' else 'TOO BIG'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
