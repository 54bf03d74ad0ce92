"""Reading what the app wrote, with the standard library only (no Qt in the test process)."""

from __future__ import annotations

import sqlite3
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

# run_cli(*args, env=None, timeout=180): `python -m delegations ARGS` as a finished process.
RunCli = Callable[..., subprocess.CompletedProcess[str]]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; fails the test if it is not a PNG."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    length, chunk_type = struct.unpack(">I4s", data[8:16])
    assert chunk_type == b"IHDR" and length == 13, f"{path} has no IHDR header"
    width, height = struct.unpack(">II", data[16:24])
    assert data.endswith(b"IEND\xaeB`\x82"), f"{path} is truncated (no IEND chunk)"
    return width, height


def count_rows(path: Path, table: str) -> int:
    """Rows in a table of an event file, read with the standard library only."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()
