"""`delegations import big.xlsx --dry-run | head`: a reader that goes away early is no error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl


def _workbook(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Delegates")
    sheet.append(["Given name", "Family name", "Country", "Email", "Shoe size"])
    for i in range(rows):
        # Each row's unknown country is reported on its own line: plenty of output.
        sheet.append([f"Given{i}", f"Family{i}", "Atlantis", f"p{i}@example.org", 42])
    book.save(path)
    return path


def _run_with_closed_stdout(
    app_env: dict[str, str], tmp_path: Path, *args: str | Path, read_lines: int
) -> tuple[int, str, list[bytes]]:
    """Run the CLI with stdout a real pipe whose reader takes `read_lines` lines and closes it."""
    command = [sys.executable, "-m", "delegations", *map(str, args)]
    process = subprocess.Popen(
        command, env=app_env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    lines = [process.stdout.readline() for _ in range(read_lines)]
    process.stdout.close()  # like `head` exiting
    stderr = process.stderr.read().decode("utf-8", errors="replace")
    process.stderr.close()
    return process.wait(timeout=180), stderr, lines


def test_dry_run_into_a_closed_pipe_ends_quietly(app_env: dict[str, str], tmp_path: Path) -> None:
    source = _workbook(tmp_path / "big.xlsx", 3000)
    event = tmp_path / "event.sqlite3"

    code, stderr, lines = _run_with_closed_stdout(
        app_env, tmp_path, "--db", event, "import", source, "--dry-run", read_lines=2
    )

    assert lines[0].startswith(b"big.xlsx")  # the reader did get the beginning
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr
    assert code == 1


def test_output_closed_before_the_first_line_ends_quietly(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    source = _workbook(tmp_path / "small.xlsx", 3)
    code, stderr, _lines = _run_with_closed_stdout(
        app_env, tmp_path, "--db", tmp_path / "event.sqlite3", "import", source, "--dry-run",
        read_lines=0,
    )  # fmt: skip
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert code == 1
