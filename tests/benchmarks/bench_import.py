"""Benchmark: import registrations through the command line, whole commands.

Run: `python tests/benchmarks/bench_import.py [--rows N] [--part synthetic|roundtrip|all]
[--travel]`.
Prints the figures and whether each meets its target; exit 1 if one does not. Times are
wall-clock for the whole process, start-up included; memory is the peak resident set size.

- synthetic: a 20,000-row .xlsx in a messy layout (title rows, synonyms, text dates): dry run
  ≤ 5 s, import ≤ 8 s, re-import ≤ 8 s, each ≤ 400 MB.
- roundtrip (issue 10): the export of the demo event with 20,000 extra delegates (20,112) imported
  into an EMPTY event, side by side with a plain script that reads the same file with
  python-calamine and inserts its rows with sqlite3 in one transaction into the same schema:
  ratio ≤ 3×, peak ≤ 250 MB; the same list as .ods (LibreOffice's `soffice`, if installed, makes
  it) ≤ 6 s; delegates after the round trip: 0 of 20,112 lost.
- --travel (issue 17), instead of the parts: the synthetic list with travel columns (arrival
  and departure flight, ETA/ETD, airport, terminal, from, needs: a leg shared by about 25
  people) imported into a new event, against the same list without them, best of three each,
  alternating: ratio ≤ 1.3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

IMPORT_SECONDS, DRY_RUN_SECONDS, PEAK_MB = 8.0, 5.0, 400.0
TRAVEL_RATIO = 1.3
TRAVEL_HEADERS = ["Flight No.", "ETA", "Airport", "Terminal", "From", "Return flight", "ETD",
                  "Travel needs"]  # fmt: skip
ORIGINS = ["HAN via CAN", "VTE via KMG", "KTI via CAN", "BKK via KMG", "RGN via KMG",
           "KUL via CAN", "SIN via CAN", "CGK via CAN", "MNL via CAN", "BWN via CAN",
           "DIL via DPS CAN", "BXP"]  # fmt: skip
ROUNDTRIP_RATIO, ROUNDTRIP_PEAK_MB, ODS_SECONDS = 3.0, 250.0, 6.0
DEMO_EXTRA = 20_000
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
                  "out": result.stdout[:2000], "err": result.stderr[-2000:]}))
"""


def make_workbook(path: Path, rows: int, seed: int = 7, *, travel: bool = False) -> None:
    random = _random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Registrations")
    sheet.append(["China–ASEAN Education Cooperation Week — registrations"])
    sheet.append([])
    sheet.append(["No.", "Delegation", "Country/Region", "Title", "First Name", "Last Name",
                  "Name in native script", "Designation", "Organization", "Category", "E-mail",
                  "Mobile", "Arrival date", "Departure date", "Dietary", "Notes",
                  *(TRAVEL_HEADERS if travel else [])])  # fmt: skip
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
            *(_travel_cells(i, arrival) if travel else []),
        ])  # fmt: skip
    book.save(path)


def _travel_cells(i: int, arrival: dt.datetime) -> list[object]:
    """A flight (a train from Beijing) per country and arrival day, shared by ~25 people."""
    group, wave = i % len(COUNTRIES), i // 600 % 8
    train = ORIGINS[group] == "BXP"
    prefix, inbound = ("G", 2961 + 2 * wave) if train else ("CZ", 3401 + 2 * group + 40 * wave)
    departure = arrival + dt.timedelta(days=4)
    return [f"{prefix}{inbound}", f"{10 + group % 10}:{wave * 5:02d}", "KQW" if train else "KWE",
            "" if train else "T2", ORIGINS[group], f"{prefix}{inbound + 1}",
            f"{departure:%d/%m/%Y} 14:15", "wheelchair" if i % 97 == 0 else ""]  # fmt: skip


def _random(seed: int) -> random.Random:
    return random.Random(seed)


# The plain baseline: read the file with python-calamine, insert its rows with sqlite3 in one
# transaction into the event file's own tables. No checks, no matching: the floor of the job.
_PLAIN = """
import sqlite3, sys
from python_calamine import CalamineWorkbook

path, database = sys.argv[1:3]
workbook = CalamineWorkbook.from_path(path)
rows = workbook.get_sheet_by_index(0).to_python()
column = {header: index for index, header in enumerate(rows[0])}
c = lambda row, name: row[column[name]]
connection = sqlite3.connect(database)
roles = {name: id for id, name in connection.execute("SELECT id, name FROM role")}
orders = {"Family name first": "FAMILY_FIRST"}
with connection:
    delegations = {}
    for row in rows[1:]:
        name = c(row, "Delegation")
        if name not in delegations:
            delegations[name] = connection.execute(
                "INSERT INTO delegation (country, name, institution, protocol_order, contact_name,"
                " contact_email, contact_phone, notes) VALUES (?, ?, '', ?, '', '', '', '')",
                (c(row, "Country"), name, len(delegations)),
            ).lastrowid
    connection.executemany(
        "INSERT INTO delegate (delegation_id, role_id, honorific, given_name, family_name,"
        " native_name, name_order, position, organisation, email, phone, dietary, access_needs,"
        " arrival, departure, notes, badge_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (
            (delegations[c(r, "Delegation")], roles.get(c(r, "Role")), c(r, "Title"),
             c(r, "Given name"), c(r, "Family name"), c(r, "Name in native script"),
             orders.get(c(r, "Name order"), "GIVEN_FIRST"), c(r, "Position"),
             c(r, "Organisation"), c(r, "Email"), str(c(r, "Phone")), c(r, "Dietary"),
             c(r, "Access needs"), str(c(r, "Arrival")) or None, str(c(r, "Departure")) or None,
             c(r, "Notes"))
            for r in rows[1:]
        ),
    )
print(len(rows) - 1)
"""


def measure(*args: str | Path) -> dict:
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "delegations", *map(str, args)]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def measure_plain(source: Path, database: Path) -> dict:
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-c", _PLAIN, str(source),
               str(database)]  # fmt: skip
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def count_delegates(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM delegate").fetchone()[0]


def _cli(*args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "delegations", *map(str, args)], check=True,
                   capture_output=True, text=True)  # fmt: skip


def _empty_event(path: Path) -> Path:
    _cli("--db", path, "event", "show")  # a --db path that does not exist becomes an empty event
    return path


def _make_ods(source: Path, folder: Path) -> Path | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo-profile",
         "--convert-to", "ods", "--outdir", folder, source],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    return folder / f"{source.stem}.ods"


def roundtrip(folder: Path) -> tuple[bool, list[tuple[str, float, float, str]]]:
    """The demo's export imported into an empty event, against the plain calamine+sqlite3 script."""
    demo, source = folder / "demo.sqlite3", folder / "demo-export.xlsx"
    started = time.perf_counter()
    _cli("--db", demo, "demo", "--delegates", DEMO_EXTRA)
    _cli("--db", demo, "export", source)
    total = count_delegates(demo)
    print(f"demo export: {total:,} delegates, {source.stat().st_size / 1e6:.1f} MB, "
          f"made in {time.perf_counter() - started:.0f} s")  # fmt: skip
    plains, imports = [], []
    for attempt in range(3):  # best of three, alternating, so both see the same machine
        plain_db = _empty_event(folder / f"plain{attempt}.sqlite3")
        plains.append(measure_plain(source, plain_db))
        imports.append(measure("--db", _empty_event(folder / f"import{attempt}.sqlite3"),
                               "import", source))  # fmt: skip
    plain = min(plains, key=lambda run: run["seconds"])
    full = min(imports, key=lambda run: run["seconds"])
    ok = plain["code"] == 0 and all(run["code"] == 0 for run in imports)
    kept = count_delegates(folder / f"import{imports.index(full)}.sqlite3")
    ratio = full["seconds"] / plain["seconds"]
    print(full["out"].splitlines()[0] if full["out"] else full["err"])
    print(f"plain calamine + sqlite3 script: {plain['seconds']:.2f} s, {plain['peak_mb']:.0f} MB "
          f"({count_delegates(folder / f'plain{plains.index(plain)}.sqlite3'):,} rows)")  # fmt: skip
    print(f"delegations import:              {full['seconds']:.2f} s, {full['peak_mb']:.0f} MB")
    checks = [
        ("import / plain script", ratio, ROUNDTRIP_RATIO, "×"),
        ("import peak memory", full["peak_mb"], ROUNDTRIP_PEAK_MB, "MB"),
        ("delegates lost", float(total - kept), 0.0, ""),
    ]
    started = time.perf_counter()
    ods = _make_ods(source, folder)
    if ods is None:
        print("same list as .ods: soffice (LibreOffice) not found; skipped")
    else:
        print(f"same list as .ods: {ods.stat().st_size / 1e6:.1f} MB, made by LibreOffice in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip
        ods_run = measure("--db", _empty_event(folder / "ods.sqlite3"), "import", ods)
        ok &= ods_run["code"] == 0
        print(ods_run["out"].splitlines()[0] if ods_run["out"] else ods_run["err"])
        checks.append(("import of the .ods", ods_run["seconds"], ODS_SECONDS, "s"))
        checks.append(("  its peak memory", ods_run["peak_mb"], ROUNDTRIP_PEAK_MB, "MB"))
        lost = total - count_delegates(folder / "ods.sqlite3")
        checks.append(("  delegates lost (.ods)", float(lost), 0.0, ""))
    print(f"round trip: {kept:,} of {total:,} delegates back ({total - kept:,} lost)")
    return ok, checks


def report(checks: list[tuple[str, float, float, str]]) -> bool:
    ok = True
    for label, value, target, unit in checks:
        passed = value <= target
        ok &= passed
        verdict = (
            "ok"
            if passed
            else {"s": "TOO SLOW", "×": "TOO SLOW", "MB": "TOO BIG"}.get(unit, "TOO MANY")
        )
        print(f"{label:28} {value:8.2f} {unit:2}  target ≤ {target:g} {unit}  {verdict}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--part", choices=("synthetic", "roundtrip", "all"), default="all")
    parser.add_argument("--travel", action="store_true", help="with vs without travel columns")
    args = parser.parse_args()
    if args.travel:
        return 0 if travel_columns(args.rows) else 1
    ok = True
    if args.part in ("roundtrip", "all"):
        with tempfile.TemporaryDirectory() as folder:
            done, checks = roundtrip(Path(folder))
        ok &= done & report(checks)
    if args.part in ("synthetic", "all"):
        ok &= synthetic(args.rows)
    return 0 if ok else 1


def synthetic(rows: int) -> bool:
    args = argparse.Namespace(rows=rows)
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
    return report(checks) and ok


def travel_columns(rows: int) -> bool:
    """The same list imported into new events, without and with travel columns."""
    with tempfile.TemporaryDirectory() as folder:
        plain, travel = Path(folder) / "plain.xlsx", Path(folder) / "travel.xlsx"
        make_workbook(plain, rows)
        make_workbook(travel, rows, travel=True)
        runs: dict[str, list[dict]] = {"plain": [], "travel": []}
        for attempt in range(3):
            for name, source in (("plain", plain), ("travel", travel)):
                database = Path(folder) / f"{name}{attempt}.sqlite3"
                runs[name].append(measure("--db", database, "import", source))
        with sqlite3.connect(Path(folder) / "travel0.sqlite3") as connection:
            legs, links = (connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                           for table in ("travelleg", "delegateleg"))  # fmt: skip
    best = {name: min(results, key=lambda run: run["seconds"]) for name, results in runs.items()}
    for name, run in best.items():
        first = run["out"].splitlines()[0] if run["out"] else run["err"]
        print(f"{name:6}: {run['seconds']:.2f} s, {run['peak_mb']:.0f} MB  {first}")
    print(f"travel: {legs:,} legs, {links:,} delegates on them")
    ok = all(run["code"] == 0 for results in runs.values() for run in results)
    ratio = best["travel"]["seconds"] / best["plain"]["seconds"]
    return report([("with travel / without", ratio, TRAVEL_RATIO, "×"),
                   ("with travel, peak memory", best["travel"]["peak_mb"], PEAK_MB, "MB")]) and ok  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
