"""A layout with a back on a real CUPS queue: the job asks for two-sided printing.

What CUPS holds of each job is read back over IPP (`ipptool`, Get-Jobs: job-id, job-state,
sides), and what arrives through cups-pdf is counted (a back doubles the pages). Two queues:
$DELEGATIONS_CUPS_QUEUE (cups-pdf's own PPD: no duplex) and Delegations-PDF-Duplex, the same
backend with a PPD that offers Duplex (made here if missing, as `.ci/run` makes the first one).
Marked `cups`.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from boxes import Button, MessageBoxes
from end2end.test_printing_cups import QUEUE, arrived, assert_page_sizes, cups_pdf_folder
from layout_material import designed
from pytestqt.qtbot import QtBot

from delegations.services import badges
from delegations.services import layouts as layout_service
from delegations.store import EventFile
from delegations.ui import printing
from delegations.ui.badges.dialogs import BadgesDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs import pdf_output
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.cups

DUPLEX_QUEUE = "Delegations-PDF-Duplex"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
DUPLEX_OPTION = """
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short Edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
"""
GET_JOBS = """{
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword which-jobs all
  ATTR keyword requested-attributes job-id,job-state,sides
  STATUS successful-ok
  DISPLAY job-id
  DISPLAY job-state
  DISPLAY sides
}
"""


def queue_jobs(queue: str, folder: Path) -> dict[int, tuple[str, str]]:
    """Every job CUPS keeps for `queue`: job-id -> (job-state, sides), over IPP."""
    assert shutil.which("ipptool"), "ipptool (cups-ipp-utils) is not installed"
    test = folder / "get-jobs.test"
    test.write_text(GET_JOBS, encoding="utf-8")
    done = subprocess.run(
        ["ipptool", "-c", f"ipp://localhost/printers/{queue}", str(test)],
        capture_output=True, text=True, check=True, timeout=30,
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(done.stdout)))[1:]  # after the header
    return {int(row[0]): (row[1], row[2] if len(row) > 2 else "") for row in rows if row}


def finished_job(queue: str, folder: Path, before: set[int]) -> tuple[str, str]:
    """The one job of `queue` that came after `before`, once CUPS has finished it."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = {i: job for i, job in queue_jobs(queue, folder).items() if i not in before}
        if new and all(state in ("completed", "aborted", "canceled") for state, _ in new.values()):
            assert len(new) == 1, f"expected one job, found {new}"
            return new.popitem()[1]
        time.sleep(0.2)
    raise AssertionError(f"no job of {queue} finished within 60 s")


@pytest.fixture(scope="module")
def duplex_queue(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A cups-pdf queue whose PPD offers two-sided printing (QPrinter asks only such)."""
    cups_pdf_folder()  # CUPS, cups-pdf and the first queue are there
    queues = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, check=False)
    if DUPLEX_QUEUE not in queues.stdout.split():
        ppd = tmp_path_factory.mktemp("ppd") / "duplex.ppd"
        ppd.write_text(CUPS_PDF_PPD.read_text(encoding="latin-1") + DUPLEX_OPTION, "latin-1")
        subprocess.run(
            ["lpadmin", "-p", DUPLEX_QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    return DUPLEX_QUEUE


@pytest.fixture
def two_sided(event_file: EventFile) -> str:
    """An A6 layout of the event with a back (BACK {name}, a picture)."""
    layout_service.save_layout(event_file, "two-sided", designed(title="Two-sided A6"))
    return "two-sided"


def test_lp_asks_for_the_long_edge_of_a_portrait_page(
    event_file: EventFile, two_sided: str, tmp_path: Path
) -> None:
    before_files = set(cups_pdf_folder().glob("*.pdf"))
    before_jobs = set(queue_jobs(QUEUE, tmp_path))
    outcome = badges.print_badges_to_printer(event_file, QUEUE, layout_name=two_sided)

    assert outcome.job is not None and outcome.pages == 6  # three fronts, three backs
    assert finished_job(QUEUE, tmp_path, before_jobs) == ("completed", "two-sided-long-edge")
    assert_page_sizes(arrived(before_files), (105, 148), 6)


def test_lp_asks_for_the_short_edge_of_a_landscape_card(
    event_file: EventFile, tmp_path: Path
) -> None:
    layout_service.save_layout(event_file, "card-back", designed("cr80", title="Card"))
    before_files = set(cups_pdf_folder().glob("*.pdf"))
    before_jobs = set(queue_jobs(QUEUE, tmp_path))
    badges.print_badges_to_printer(event_file, QUEUE, layout_name="card-back")

    assert finished_job(QUEUE, tmp_path, before_jobs) == ("completed", "two-sided-short-edge")
    assert_page_sizes(arrived(before_files), (85.6, 54), 6)


def test_lp_leaves_a_one_sided_layout_one_sided(event_file: EventFile, tmp_path: Path) -> None:
    before_files = set(cups_pdf_folder().glob("*.pdf"))
    before_jobs = set(queue_jobs(QUEUE, tmp_path))
    badges.print_badges_to_printer(event_file, QUEUE, layout_name="a6")
    _state, sides = finished_job(QUEUE, tmp_path, before_jobs)
    assert sides in ("one-sided", "")  # CUPS's default: nothing asked
    arrived(before_files)


def _open_dialog(window: MainWindow, qtbot: QtBot, layout: str) -> BadgesDialog:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    dialog = tab.badge_actions.open_badges_dialog()
    dialog.set_layout(layout)
    qtbot.waitUntil(lambda: "two-sided" in dialog.preview_caption.text(), timeout=20_000)
    return dialog


def _print_to(monkeypatch: Any, queue: str) -> None:
    """The preview accepted and `queue` chosen in the Print dialog, as a user would."""
    monkeypatch.setattr(pdf_output, "open_document", lambda _path: None)
    monkeypatch.setattr(printing, "confirm_preview", lambda *_args: True)
    monkeypatch.setattr(
        printing, "ask_printer", lambda _p, size: printing.named_printer(queue, size)
    )


def test_print_dialog_asks_a_duplex_printer_for_two_sides(  # noqa: PLR0913
    qtbot: QtBot, window: MainWindow, two_sided: str, duplex_queue: str, tmp_path: Path,
    monkeypatch: Any,
) -> None:  # fmt: skip
    dialog = _open_dialog(window, qtbot, two_sided)
    assert dialog.preview_caption.text() == (
        "3 badges on 6 pages, printed two-sided (each back on the reverse)"
    )
    before_jobs = set(queue_jobs(duplex_queue, tmp_path))
    _print_to(monkeypatch, duplex_queue)
    dialog.print_with_preview()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)

    assert finished_job(duplex_queue, tmp_path, before_jobs) == (
        "completed", "two-sided-long-edge",
    )  # fmt: skip


def test_print_dialog_warns_when_the_printer_has_no_duplex(  # noqa: PLR0913
    qtbot: QtBot, window: MainWindow, two_sided: str, tmp_path: Path,
    monkeypatch: Any, message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    dialog = _open_dialog(window, qtbot, two_sided)
    before_files = set(cups_pdf_folder().glob("*.pdf"))
    before_jobs = set(queue_jobs(QUEUE, tmp_path))
    message_boxes.expect(
        "warning",
        f"“{QUEUE}” has no two-sided printing: the backs will come out as separate pages.",
        answer=Button.Ok,
    )
    _print_to(monkeypatch, QUEUE)
    dialog.print_with_preview()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)

    _state, sides = finished_job(QUEUE, tmp_path, before_jobs)
    assert sides in ("one-sided", "")
    assert_page_sizes(arrived(before_files), (105, 148), 6)  # the backs as pages of their own
