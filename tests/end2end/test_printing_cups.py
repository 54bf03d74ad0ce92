"""Badges printed to a real CUPS queue whose backend is cups-pdf: what arrives is a PDF.

Needs CUPS running with a cups-pdf queue (`.ci/run` installs and starts them; the queue is
$DELEGATIONS_CUPS_QUEUE, default "Delegations-PDF"). Marked `cups`, outside the README's run.
A missing CUPS or queue here fails: these tests exist to print.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from badge_people import build_badge_event
from pdf_reading import decode_qr_codes, page_sizes

from delegations.domain.enums import PrintReason

from .helpers import RunCli, count_rows

pytestmark = pytest.mark.cups

QUEUE = os.environ.get("DELEGATIONS_CUPS_QUEUE", "Delegations-PDF")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
MM = 72 / 25.4
ARRIVAL_TIMEOUT_S = 60


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes this user's jobs: its `Out` setting, ${HOME} and ${USER} filled."""
    assert shutil.which("lpstat"), "CUPS is not installed (no lpstat): see .ci/run"
    queues = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, check=False)
    assert QUEUE in queues.stdout.split(), (
        f"no CUPS queue {QUEUE}: {queues.stderr or 'see .ci/run'}"
    )
    assert CUPS_PDF_CONF.is_file(), "cups-pdf is not installed: see .ci/run"
    match = re.search(r"^Out\s+(\S+)", CUPS_PDF_CONF.read_text(), re.MULTILINE)
    user = pwd.getpwuid(os.getuid())
    out = match.group(1) if match else "/var/spool/cups-pdf/${USER}"
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture
def arrivals() -> set[Path]:
    """The PDFs cups-pdf had written before the test."""
    folder = cups_pdf_folder()
    return set(folder.glob("*.pdf")) if folder.is_dir() else set()


def arrived(before: set[Path]) -> Path:
    """The one PDF cups-pdf writes after `before`, once it is complete."""
    folder, deadline = cups_pdf_folder(), time.monotonic() + ARRIVAL_TIMEOUT_S
    while time.monotonic() < deadline:
        new = set(folder.glob("*.pdf")) - before if folder.is_dir() else set()
        if new and not _jobs_pending():
            assert len(new) == 1, f"expected one printed file, found {sorted(new)}"
            return new.pop()
        time.sleep(0.2)
    raise AssertionError(f"nothing arrived in {folder} within {ARRIVAL_TIMEOUT_S} s")


def _jobs_pending() -> bool:
    return bool(subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True).stdout)


def assert_page_sizes(pdf: Path, size_mm: tuple[float, float], pages: int) -> None:
    """`pages` pages of `size_mm`, to the whole point cups-pdf's Ghostscript rounds to."""
    sizes = page_sizes(pdf)
    assert len(sizes) == pages
    for width, height in sizes:
        assert abs(width - size_mm[0] * MM) <= 1 and abs(height - size_mm[1] * MM) <= 1, (
            f"a page of {width / MM:.1f} × {height / MM:.1f} mm, not {size_mm[0]} × {size_mm[1]}"
        )


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return path


def test_printers_lists_the_queue(run_cli: RunCli) -> None:
    result = run_cli("printers")
    assert result.returncode == 0, result.stderr
    assert QUEUE in [line.split()[0] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("layout", "pages", "size_mm"),
    [("a6", 6, (105, 148)), ("cr80", 6, (85.6, 54)), ("a4-4up", 2, (210, 297))],
)
def test_badges_arrive_at_the_layout_page_size(  # noqa: PLR0913
    run_cli: RunCli,
    event: Path,
    arrivals: set[Path],
    layout: str,
    pages: int,
    size_mm: tuple[float, float],
) -> None:
    result = run_cli("--db", event, "badges", "--printer", QUEUE, "--layout", layout)
    assert result.returncode == 0, result.stderr
    assert f"6 badges ({pages} page{'s' if pages > 1 else ''}) sent to {QUEUE}" in result.stdout
    printed = arrived(arrivals)
    assert_page_sizes(printed, size_mm, pages)  # 100 %: not fitted onto another paper
    assert count_rows(event, "badgeprint") == 6
    assert len(decode_qr_codes(printed, dpi=150)) == 6


def test_an_unknown_printer_is_refused_and_nothing_is_logged(run_cli: RunCli, event: Path) -> None:
    result = run_cli("--db", event, "badges", "--printer", "No-Such-Printer")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "delegations: There is no printer called “No-Such-Printer”: "
        "`delegations printers` lists them."
    )
    assert count_rows(event, "badgeprint") == 0


def test_a_lost_badge_reprinted_to_the_printer_carries_the_new_code(
    event: Path, arrivals: set[Path]
) -> None:
    from delegations.services import badges, checkin
    from delegations.services.event import open_event

    event_file = open_event(event)
    with event_file.read() as connection:
        [delegate_id, *_] = badges.select_delegates(
            session=connection, selection=badges.BadgeSelection()
        )
    outcome = badges.reprint_badge_to_printer(
        event_file, delegate_id, QUEUE, reason=PrintReason.LOST
    )
    assert outcome.job is not None and outcome.job.job_id.startswith(QUEUE)
    printed = arrived(arrivals)
    assert_page_sizes(printed, (105, 148), 1)
    [code] = decode_qr_codes(printed, dpi=150)
    assert checkin.admit(event_file, code, desk="North").outcome == checkin.Outcome.ADMITTED
