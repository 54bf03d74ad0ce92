"""The layer rule of DESIGN.md, checked on the real package rather than trusted."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_are_kept() -> None:
    """`lint-imports` checks the contracts in pyproject.toml: ui -> services -> store -> domain."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert summary, result.stdout
    assert (int(summary[1]), int(summary[2])) == (len(contracts), 0), result.stdout
    assert len(contracts) >= 3, "the layer rule, the Qt rule and the printing rule"


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    """`delegations --help` and small commands must not pay for Qt, ReportLab, openpyxl, Alembic."""
    code = (
        "import sys, delegations.cli as cli\n"
        "cli.build_parser()\n"
        "heavy = ('PySide6', 'shiboken6', 'reportlab', 'openpyxl', 'alembic', 'sqlmodel')\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )

    assert result.stdout.split() == []
