"""Damaged inputs for every file the app reads, and the one check each must pass.

A `Corpus` holds a small real event and, made from it by the app itself, one good file of each
kind the app reads: a journal from another desk, an agenda exported as JSON, the registrations
as CSV and XLSX, a badge layout, and the event file itself. Hypothesis damages one (cut short,
bytes flipped, inserted, deleted or repeated, or — for JSON, CSV and XLSX — a value replaced by
another of any type) and `check` feeds it to the command that reads it, in this process
(`cli.main`, as the command line runs it), asserting:

- no exception leaves `main` (a traceback is what the user would read);
- the exit code is 0 (the damage left a file the app accepts) or 1 with the sentence on stderr
  (a list of the values to correct may follow it) and no traceback;
- on exit 1 the event's content is unchanged.

Used by tests/unit/test_fuzz_inputs.py (a few hundred inputs, seconds) and
tests/benchmarks/fuzz_inputs.py (10,000).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from delegations import cli
from delegations.domain.codes import make_code
from delegations.domain.errors import UserError
from delegations.printing.layouts import layouts_dir, load_layout

KINDS = ("journal", "agenda", "csv", "xlsx", "layout", "event")


@dataclass
class Outcome:
    kind: str
    code: int | None
    stderr: str
    traceback: str | None = None
    changed: bool = False

    def problem(self) -> str | None:
        """What is wrong with this outcome, or None."""
        if self.traceback:
            return f"{self.kind}: traceback\n{self.traceback}"
        if self.code not in (0, 1):
            return f"{self.kind}: exit {self.code}: {self.stderr}"
        lines = self.stderr.strip().splitlines()
        if self.code == 1 and not lines:
            return f"{self.kind}: exit 1 and nothing said"
        if "Traceback" in self.stderr:
            return f"{self.kind}: a traceback on stderr: {self.stderr}"
        if self.code == 1 and self.changed:
            return f"{self.kind}: refused ({self.stderr.strip()}) but the event changed"
        return None


def preload() -> None:
    """Import what the commands import, once, so that each forked run does not."""
    import importlib

    for module in ("delegations.services.event", "delegations.services.journal",
                   "delegations.services.backups", "delegations.services.agenda_exchange",
                   "delegations.services.agenda_io", "delegations.services.demo",
                   "delegations.services.checkin",
                   "delegations.services.registrations.importing",
                   "delegations.services.registrations.report",
                   "delegations.services.registrations.exporting", "openpyxl"):  # fmt: skip
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def run_cli(*args: str | Path) -> tuple[int | None, str, str | None]:
    """`delegations ARGS` as a process forked from this one (the modules are loaded already,
    so it costs milliseconds, and each run starts clean): exit code, stderr, and the
    traceback if an exception escaped `cli.main`."""
    with tempfile.TemporaryDirectory(prefix="fuzz-run-") as folder:
        stderr_path, trace_path = Path(folder) / "stderr", Path(folder) / "trace"
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child)
            _child(stderr_path, trace_path, [str(arg) for arg in args])
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        stderr = stderr_path.read_text(encoding="utf-8", errors="replace")
        trace = trace_path.read_text(encoding="utf-8") if trace_path.exists() else None
    if code < 0:
        trace = f"killed by signal {-code}\n{stderr}"
    return (None if trace else code), stderr, trace


def _child(stderr_path: Path, trace_path: Path, args: list[str]) -> None:
    code = 70
    try:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the child's own)
        sys.stderr = open(stderr_path, "w", encoding="utf-8")  # noqa: SIM115
        os.dup2(sys.stderr.fileno(), 2)
        code = cli.main(args)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:  # noqa: BLE001 (the finding)
        trace_path.write_text(traceback.format_exc(), encoding="utf-8")
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)


def content_digest(event: Path) -> str:
    """A digest of every row of every table (not the bytes: SQLite may rewrite its pages)."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"{event.as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


class Corpus:
    """A small event and one good file of each kind, made once in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.event = folder / "event.sqlite3"
        self.seeds: dict[str, bytes] = {}
        preload()
        self._make()
        self.digest = content_digest(self.event)

    def _make(self) -> None:
        folder, event = self.folder, self.event
        _ok(run_cli("--db", event, "demo"))
        _checkpoint(event)
        desk = folder / "desk-north.sqlite3"
        shutil.copyfile(event, desk)
        connection = sqlite3.connect(desk)
        (secret,) = connection.execute("SELECT signing_secret FROM event").fetchone()
        codes = [make_code(secret, delegate_id, version) for delegate_id, version in
                 connection.execute("SELECT id, badge_version FROM delegate LIMIT 5")]  # fmt: skip
        connection.close()
        for code in codes:
            _ok(run_cli("--db", desk, "checkin", code, "--desk", "North"))
        seeds = {
            "journal": ("journal.jsonl", ("--db", desk, "journal", "export")),
            "agenda": ("agenda.json", ("--db", event, "agenda", "export")),
            "csv": ("delegates.csv", ("--db", event, "export")),
            "xlsx": ("delegates.xlsx", ("--db", event, "export")),
        }
        for kind, (name, command) in seeds.items():
            _ok(run_cli(*command, folder / name))
            self.seeds[kind] = (folder / name).read_bytes()
        self.seeds["layout"] = (layouts_dir() / "a6.json").read_bytes()
        _checkpoint(event)
        self.seeds["event"] = event.read_bytes()

    def check(self, kind: str, damaged: bytes, work: Path) -> Outcome:
        """Feed `damaged` (a file of `kind`) to the app in a fresh copy of the event in `work`."""
        work.mkdir(parents=True, exist_ok=True)
        event = work / "event.sqlite3"
        for leftover in work.glob("event.sqlite3*"):
            leftover.unlink()
        if kind == "layout":
            return _check_layout(damaged, work)
        if kind == "event":
            event.write_bytes(damaged)
            code, stderr, trace = run_cli("--db", event, "event", "show")
            return Outcome(kind, code, stderr, trace)
        shutil.copyfile(self.event, event)
        name = {"journal": "in.jsonl", "agenda": "in.json", "csv": "in.csv", "xlsx": "in.xlsx"}
        source = work / name[kind]
        source.write_bytes(damaged)
        command = {
            "journal": ("journal", "merge", source),
            "agenda": ("agenda", "import", source),
            "csv": ("import", source),
            "xlsx": ("import", source),
        }[kind]
        code, stderr, trace = run_cli("--db", event, *command)
        changed = code == 1 and content_digest(event) != self.digest
        return Outcome(kind, code, stderr, trace, changed)


def _checkpoint(event: Path) -> None:
    """Fold the write-ahead log into the file, so that a copy of the file is the whole event."""
    connection = sqlite3.connect(event)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _ok(result: tuple[int | None, str, str | None]) -> None:
    code, stderr, trace = result
    if code != 0:
        raise RuntimeError(f"making the corpus failed ({code}): {stderr}{trace or ''}")


def _check_layout(damaged: bytes, work: Path) -> Outcome:
    """Layouts are read by `badges --layout`; the loader is called directly on a folder."""
    folders = work / "layouts"
    folders.mkdir(exist_ok=True)
    (folders / "fuzzed.json").write_bytes(damaged)
    shutil.copyfile(layouts_dir() / "a6.json", folders / "a6.json")  # for "elements_from"
    try:
        load_layout("fuzzed", folders)
    except UserError as error:
        return Outcome("layout", 1, f"delegations: {error}\n")
    except Exception:  # noqa: BLE001 (reported as the finding)
        return Outcome("layout", None, "", traceback.format_exc())
    return Outcome("layout", 0, "")


# Damage ------------------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=8,
)  # fmt: skip


@st.composite
def byte_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` cut short, or with bytes flipped, inserted, deleted or repeated."""
    size = len(data)
    at = draw(st.integers(0, max(size - 1, 0)))
    how = draw(st.sampled_from(("cut", "flip", "insert", "delete", "repeat", "zero")))
    if how == "cut":
        return data[:at]
    if how == "flip":
        flips = draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(1, 255)),
                              min_size=1, max_size=8))  # fmt: skip
        damaged = bytearray(data)
        for position, mask in flips:
            damaged[position] ^= mask
        return bytes(damaged)
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    length = draw(st.integers(1, max(1, min(4096, size - at))))
    if how == "delete":
        return data[:at] + data[at + length :]
    if how == "zero":
        return data[:at] + b"\0" * length + data[at + length :]
    return data[: at + length] + data[at : at + length] + data[at + length :]


@st.composite
def json_damage(draw: st.DrawFn, data: bytes, *, lines: bool = False) -> bytes:
    """One value somewhere in the JSON (or one JSON line) replaced by a value of any type."""
    documents = data.decode().splitlines() if lines else [data.decode()]
    which = draw(st.integers(0, len(documents) - 1))
    document = json.loads(documents[which])
    documents[which] = json.dumps(_replace_somewhere(draw, document), ensure_ascii=False)
    return ("\n".join(documents) + ("\n" if lines else "")).encode()


def _replace_somewhere(draw: st.DrawFn, value: Any) -> Any:
    if isinstance(value, dict) and value and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(value)))
        if draw(st.integers(0, 5)) == 0:
            return {k: v for k, v in value.items() if k != key}  # a key missing
        return {**value, key: _replace_somewhere(draw, value[key])}
    if isinstance(value, list) and value and draw(st.integers(0, 3)):
        index = draw(st.integers(0, len(value) - 1))
        if draw(st.integers(0, 5)) == 0:
            return value[:index] + value[index + 1 :]
        return [*value[:index], _replace_somewhere(draw, value[index]), *value[index + 1 :]]
    return draw(_json_values)


_cell_text = st.text(max_size=60) | st.sampled_from(
    ["", "=1/0", "=HYPERLINK(\"x\")", "2025-02-30", "99999999999999999999", "-1", "nan", "\ufeff",
     "\x00", "Nguyễn\u200bVăn", "𠀀" * 300, "a" * 5000, "1e400", "\r\n"]
)  # fmt: skip


@st.composite
def csv_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """Some cells (header cells too) replaced by odd text; a row shortened or lengthened."""
    import csv

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    for _ in range(draw(st.integers(1, 6))):
        row = draw(st.integers(0, len(rows) - 1))
        if rows[row] and draw(st.booleans()):
            column = draw(st.integers(0, len(rows[row]) - 1))
            rows[row][column] = draw(_cell_text)
        elif draw(st.booleans()):
            rows[row] = rows[row][: draw(st.integers(0, len(rows[row])))]
        else:
            rows[row] = rows[row] + draw(st.lists(_cell_text, min_size=1, max_size=3))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8", errors="surrogatepass")


_xlsx_values = _cell_text | st.integers(-(2**63), 2**63) | st.floats(allow_nan=False,
    allow_infinity=False) | st.booleans() | st.dates() | st.datetimes()  # fmt: skip


@st.composite
def xlsx_damage(draw: st.DrawFn, data: bytes) -> bytes:
    """Cells of the workbook (the header too) replaced by values of any type Excel holds."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.active
    for _ in range(draw(st.integers(1, 6))):
        row = draw(st.integers(1, sheet.max_row + 1))
        column = draw(st.integers(1, sheet.max_column + 1))
        value = draw(_xlsx_values)
        if isinstance(value, str):  # openpyxl refuses control characters in cells
            value = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
        sheet.cell(row=row, column=column, value=value)
    if draw(st.integers(0, 9)) == 0:
        sheet.delete_rows(1)  # no header
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def damage(kind: str, seed: bytes) -> st.SearchStrategy[bytes]:
    """Damage of any sort a file of `kind` may meet."""
    structured = {
        "journal": json_damage(seed, lines=True),
        "agenda": json_damage(seed),
        "layout": json_damage(seed),
        "csv": csv_damage(seed),
        "xlsx": xlsx_damage(seed),
    }.get(kind)
    if structured is None:
        return byte_damage(seed)
    return st.one_of(byte_damage(seed), structured)
