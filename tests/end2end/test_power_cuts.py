"""Power cuts: the command line killed (SIGKILL) at a random moment of a long operation.

Operations: import of 3,000 registrations, badges for every delegate to a PDF, a journal merge
of 1,500 admissions from another desk, a backup, a restore of the newest backup, and the
migration of an event file of the first schema. Each trial starts from the same files (a demo
event with 2,000 extra delegates and 200 admissions, its backup, the desk's journal), runs the
command and kills it after a random delay between 0 and the command's own duration (measured
by a run that is not killed). Then, as the next start of the app would find them:

- the event file passes SQLite's `integrity_check`;
- it holds the state before or after the operation (delegates, badge prints, admissions,
  content or schema version, as fits the operation), nothing in between;
- no admission that was in the event is lost;
- no output is half-written at its own name: the PDF is absent or whole (PDFium opens it and
  counts every page), every backup at its final name passes `integrity_check`.

SIGKILL stops the process, not the machine: what the process had written is in the page cache
and survives, as after a power cut once the fsyncs ran. The trials run in a temporary folder
(on /dev/shm when there is one, so that 500 of them take minutes, not an hour).

The suite runs two kills per operation; tests/benchmarks/bench_power_cuts.py runs 500.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

EXTRA_DELEGATES, BASE_ADMISSIONS, DESK_ADMISSIONS, IMPORT_ROWS = 2000, 200, 1500, 3000
ADMITTED_AT = dt.datetime(2025, 7, 24, 8, 0, tzinfo=dt.UTC)


# The world each trial starts from -----------------------------------------------------------


@dataclass
class World:
    """The files every trial copies: `pristine/` holds the event, the data folder (with the
    event's backup) and the inputs; a trial works in `work/`, always the same paths."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def pristine(self) -> Path:
        return self.root / "pristine"

    @property
    def work(self) -> Path:
        return self.root / "work"

    def event(self, base: Path | None = None) -> Path:
        return (base or self.work) / "event.sqlite3"

    def backups(self, base: Path | None = None) -> list[Path]:
        root = (base or self.work) / "home" / "data"
        return sorted(p for p in root.rglob("*.sqlite3") if "backups" in p.parts)

    def reset(self) -> None:
        if self.work.exists():
            shutil.rmtree(self.work)
        shutil.copytree(self.pristine, self.work)

    def run(self, *args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "delegations", *map(str, args)], env=self.env, cwd=self.work,
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip

    def start(self, *args: str | Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "delegations", *map(str, args)], env=self.env, cwd=self.work,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip


def make_world(root: Path) -> World:
    home = root / "work" / "home"
    world = World(root)
    world.env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DELEGATIONS_"))},
        "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen",
    }  # fmt: skip
    world.work.mkdir(parents=True)
    event = world.event()
    _ok(world.run("--db", event, "demo", "--delegates", EXTRA_DELEGATES))
    desk = world.work / "desk-north.sqlite3"
    shutil.copyfile(event, desk)  # the demo's last write was checkpointed on close
    _admit(event, range(BASE_ADMISSIONS), "Main")
    _admit(desk, range(BASE_ADMISSIONS, BASE_ADMISSIONS + DESK_ADMISSIONS), "North")
    _ok(world.run("--db", desk, "journal", "export", world.work / "north.jsonl"))
    desk.unlink()
    _ok(world.run("--db", event, "backups", "create"))
    _ok(world.run("--db", event, "event", "set", "--venue", "Moved after the backup"))
    _write_registrations(world.work / "registrations.csv")
    _make_old_event(world.work / "old.sqlite3")
    world.work.rename(world.pristine)
    return world


def _ok(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr


def _admit(event: Path, people: range, desk: str) -> None:
    """Admissions written the way the desk writes them (services.checkin), at event times."""
    from delegations.domain.codes import make_code
    from delegations.services import checkin
    from delegations.services.event import open_event

    connection = sqlite3.connect(event)
    (secret,) = connection.execute("SELECT signing_secret FROM event").fetchone()
    badges = connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").fetchall()
    connection.close()
    event_file = open_event(event)
    try:
        for number in people:
            delegate_id, version = badges[number]
            when = ADMITTED_AT + dt.timedelta(seconds=number)
            result = checkin.admit(event_file, make_code(secret, delegate_id, version),
                                   desk=desk, now=when)  # fmt: skip
            assert result.outcome == checkin.Outcome.ADMITTED, result.message
    finally:
        event_file.close()


def _write_registrations(path: Path) -> None:
    countries = ["Viet Nam", "Lao PDR", "Cambodia", "Thailand", "Myanmar", "Malaysia", "China"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Given name", "Family name", "Country", "Role", "Email"])
        for number in range(IMPORT_ROWS):
            writer.writerow([f"Given{number}", f"Family{number}", countries[number % 7],
                             "Delegate", f"p{number}@import.example"])  # fmt: skip


def _make_old_event(path: Path) -> None:
    """An event file of the first schema revision, as an early version wrote it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from delegations.store.eventfile import MIGRATIONS_DIR, known_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, known_revisions()[0])
        connection.exec_driver_sql(
            "INSERT INTO event (name, name_zh, start_date, end_date, venue, city, time_zone,"
            " languages, welcome_text, signing_secret) VALUES ('Week 2025', '', '2025-07-24',"
            " '2025-07-28', '', '', 'Asia/Shanghai', 'en', '', 'secret')"
        )
    engine.dispose()


# What the files hold --------------------------------------------------------------------------


def integrity(path: Path) -> str:
    """SQLite's verdict, after the recovery any next open does (the write-ahead log replayed)."""
    try:
        connection = sqlite3.connect(path)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)


def scalar(path: Path, query: str) -> object:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchone()[0]
    except sqlite3.OperationalError as error:
        return str(error)
    finally:
        connection.close()


def admissions(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT uuid FROM checkin")}
    finally:
        connection.close()


def digest(path: Path) -> str:
    """Every row of every table but the migration stamp (SQLite may rewrite its pages)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    hashed = hashlib.sha256()
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        for table in tables:
            hashed.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                hashed.update(repr(row).encode())
    finally:
        connection.close()
    return hashed.hexdigest()


def pdf_pages(path: Path) -> int | None:
    """Pages of a whole PDF; None when PDFium cannot open it (half-written)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path.read_bytes())
    except pdfium.PdfiumError:
        return None
    try:
        return len(document)
    finally:
        document.close()


# Operations -----------------------------------------------------------------------------------


@dataclass
class Operation:
    name: str
    args: Callable[[World], list[str | Path]]
    measure: Callable[[World], object]  # the state before or after, for the event involved
    event: Callable[[World], Path]


def _event(world: World) -> Path:
    return world.event()


OPERATIONS = [
    Operation("import", lambda w: ["--db", w.event(), "import", w.work / "registrations.csv"],
              lambda w: scalar(w.event(), "SELECT count(*) FROM delegate"), _event),
    Operation("badges", lambda w: ["--db", w.event(), "badges", "--out", w.work / "badges.pdf"],
              lambda w: scalar(w.event(), "SELECT count(*) FROM badgeprint"), _event),
    Operation("merge", lambda w: ["--db", w.event(), "journal", "merge", w.work / "north.jsonl"],
              lambda w: len(admissions(w.event())), _event),
    Operation("backup", lambda w: ["--db", w.event(), "backups", "create"],
              lambda w: digest(w.event()), _event),
    Operation("restore", lambda w: ["--db", w.event(), "backups", "restore"],
              lambda w: digest(w.event()), _event),
    Operation("migration", lambda w: ["--db", w.work / "old.sqlite3", "event", "show"],
              lambda w: scalar(w.work / "old.sqlite3", "SELECT version_num FROM alembic_version"),
              lambda w: w.work / "old.sqlite3"),
]  # fmt: skip


@dataclass
class Reference:
    """An operation run to its end: how long it took, and the state before and after."""

    seconds: float
    before: object
    after: object
    admitted: set[str]


def reference(world: World, operation: Operation) -> Reference:
    world.reset()
    event = operation.event(world)
    before = operation.measure(world)
    admitted = admissions(event) if operation.name != "migration" else set()
    started = time.perf_counter()
    _ok(world.run(*operation.args(world)))
    seconds = time.perf_counter() - started
    after = operation.measure(world)
    assert after != before or operation.name == "backup", f"{operation.name} changed nothing"
    return Reference(seconds, before, after, admitted)


@dataclass
class Trial:
    operation: str
    delay: float
    finished: bool
    problems: list[str]


def cut(world: World, operation: Operation, ref: Reference, delay: float) -> Trial:
    """Run `operation`, SIGKILL it after `delay` seconds, and check what it left."""
    world.reset()
    process = world.start(*operation.args(world))
    try:
        process.wait(timeout=delay)
        finished = True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        finished = False
    return Trial(operation.name, delay, finished, check(world, operation, ref))


def check(world: World, operation: Operation, ref: Reference) -> list[str]:
    event = operation.event(world)
    problems = []
    verdict = integrity(event)
    if verdict != "ok":
        return [f"integrity: {verdict}"]
    state = operation.measure(world)
    if state not in (ref.before, ref.after):
        problems.append(f"state: {state!r}, neither before {ref.before!r} nor after {ref.after!r}")
    lost = ref.admitted - admissions(event) if ref.admitted else set()
    if lost:
        problems.append(f"admissions lost: {len(lost)}")
    problems += half_written(world)
    return problems


def half_written(world: World) -> list[str]:
    """Outputs at their own names that are not whole (temporary .part files do not count)."""
    problems = []
    pdf = world.work / "badges.pdf"
    if pdf.exists() and pdf_pages(pdf) is None:
        problems.append(f"half-written: {pdf.name} ({pdf.stat().st_size} bytes)")
    for backup in world.backups():
        if not backup.name.startswith(".") and (verdict := integrity(backup)) != "ok":
            problems.append(f"half-written backup: {backup.name}: {verdict}")
    return problems


def scratch_root() -> Path:
    """A folder for the trials: in memory (/dev/shm) where there is one."""
    import tempfile

    shm = Path("/dev/shm")
    return Path(tempfile.mkdtemp(prefix="power-cuts-", dir=shm if shm.is_dir() else None))


# The short version ----------------------------------------------------------------------------

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


@pytest.fixture(scope="module")
def world() -> World:
    root = scratch_root()
    try:
        yield make_world(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[o.name for o in OPERATIONS])
def test_a_killed_command_leaves_the_state_before_or_after(
    world: World, operation: Operation
) -> None:
    ref = reference(world, operation)
    assert check(world, operation, ref) == []  # the finished run passes the same checks
    chance = random.Random(f"{operation.name}-{time.time()}")
    for delay in (ref.seconds * 0.6, chance.uniform(0, ref.seconds)):
        trial = cut(world, operation, ref, delay)
        assert trial.problems == [], f"killed after {delay:.2f} s: {trial.problems}"


def test_the_checks_see_a_half_written_pdf_and_backup(world: World) -> None:
    """The checks can fail: a PDF cut short and a backup cut short at their own names."""
    world.reset()
    assert half_written(world) == []
    backup = world.backups()[0]
    backup.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    _ok(world.run("--db", world.event(), "badges", "--out", world.work / "badges.pdf"))
    pdf = world.work / "badges.pdf"
    pdf.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])

    found = half_written(world)

    assert len(found) == 2 and found[0].startswith("half-written: badges.pdf"), found
    assert found[1].startswith(f"half-written backup: {backup.name}")
