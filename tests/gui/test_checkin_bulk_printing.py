"""Print on arrival for "Admit the whole delegation": the newly admitted's badges, one job.

Without CUPS a stand-in `lp` on PATH keeps each job's PDF (as tests/gui/test_desk_printing.py
does); the test marked `cups` prints to the real queue (cups-pdf) that `.ci/run` starts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from boxes import MessageBoxes
from pdf_reading import decode_qr_codes, page_sizes
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from delegations.domain.codes import make_code
from delegations.services import badges
from delegations.services import checkin as checkin_service
from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.services.delegation_models import DelegateCreate
from delegations.store import EventFile
from delegations.ui import printing
from delegations.ui.checkin.card import CardState
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow

DUC = "Nguyễn Văn Đức"
MM = 72 / 25.4
JOB_TIMEOUT_MS = 30_000


@pytest.fixture
def desk(window: MainWindow) -> Iterator[CheckInTab]:
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    yield tab


def _ids(event_file: EventFile) -> dict[str, int]:
    with event_file.session() as session:
        return {row.name: row.id for row in delegation_service.list_delegates(session=session)}


def _codes(event_file: EventFile, ids: list[int]) -> set[str]:
    with event_file.session() as session:
        secret = event_service.get_event(session=session).signing_secret
    return {make_code(secret, delegate_id, 1) for delegate_id in ids}


def _viet_nam_of_five(event_file: EventFile) -> tuple[int, dict[str, int]]:
    """Viet Nam (Đức, Hương and An, Bình, Chi Phạm), Đức admitted: its id and the ids by
    name (the new three by given name)."""
    head = checkin_service.admit_by_id(event_file, _ids(event_file)[DUC])
    assert head.delegation_id is not None
    for name in ("An", "Bình", "Chi"):
        delegation_service.create_delegate(
            event_file,
            DelegateCreate(delegation_id=head.delegation_id, given_name=name, family_name="Phạm"),
        )
    ids = _ids(event_file)
    for name in ("An", "Bình", "Chi"):
        [ids[name]] = [id_ for full, id_ in ids.items() if name in full.split()]
    return head.delegation_id, ids


def _admit_whole(desk: CheckInTab, delegation_id: int, message_boxes: MessageBoxes) -> None:
    desk.refresh_index()
    message_boxes.expect(
        "question", "Admit all 4 waiting members of Viet Nam?",
        answer=QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    desk.admit_delegation(delegation_id)
    assert desk.card.state is CardState.ADMITTED


def _printed(event_file: EventFile) -> list[int]:
    with closing(sqlite3.connect(event_file.path)) as db:
        return [row[0] for row in db.execute("SELECT delegate_id FROM badgeprint ORDER BY id")]


def test_the_whole_delegation_prints_the_badges_not_yet_printed_as_one_job(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings, queue: Path,
    message_boxes: MessageBoxes, tmp_path: Path,
) -> None:  # fmt: skip
    delegation_id, ids = _viet_nam_of_five(event_file)
    has_badge = ids["An"]  # printed before the event, handed out already
    badges.print_badges(
        event_file, tmp_path / "before.pdf", badges.BadgeSelection(delegate_ids=[has_badge])
    )
    printing.set_desk_printing(settings, printer="Desk", layout="cr80", on_arrival=True)

    _admit_whole(desk, delegation_id, message_boxes)

    qtbot.waitUntil(
        lambda: desk.desk_printing.busy == 0 and bool(_jobs(queue)), timeout=JOB_TIMEOUT_MS
    )
    [job] = _jobs(queue)
    newly = [ids["Trần Thị Hương"], ids["Bình"], ids["Chi"]]
    assert len(page_sizes(job)) == 3  # one card a page, one job
    for width, height in page_sizes(job):
        assert abs(width - 85.6 * MM) < 1 and abs(height - 54 * MM) < 1
    assert set(decode_qr_codes(job, dpi=200)) == _codes(event_file, newly)
    assert sorted(_printed(event_file)) == sorted([has_badge, *newly])  # Đức came earlier
    assert desk.card.state is CardState.ADMITTED  # the card still shows the admission


def test_without_print_on_arrival_the_whole_delegation_prints_nothing(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings, queue: Path,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    delegation_id, _ids_now = _viet_nam_of_five(event_file)
    printing.set_desk_printing(settings, printer="Desk", layout="cr80", on_arrival=False)
    _admit_whole(desk, delegation_id, message_boxes)
    qtbot.wait(300)
    assert desk.desk_printing.busy == 0 and _jobs(queue) == [] and _printed(event_file) == []


@pytest.mark.cups
def test_the_whole_delegation_arrives_on_the_real_cups_queue(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    from end2end.test_printing_cups import QUEUE, arrived, assert_page_sizes, cups_pdf_folder

    folder = cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.is_dir() else set()
    delegation_id, ids = _viet_nam_of_five(event_file)
    printing.set_desk_printing(settings, printer=QUEUE, layout="cr80", on_arrival=True)

    _admit_whole(desk, delegation_id, message_boxes)

    qtbot.waitUntil(lambda: desk.desk_printing.busy == 0, timeout=JOB_TIMEOUT_MS)
    pdf = arrived(before)
    assert_page_sizes(pdf, (85.6, 54), pages=4)
    newly = [ids[name] for name in ("Trần Thị Hương", "An", "Bình", "Chi")]
    assert set(decode_qr_codes(pdf, dpi=200)) == _codes(event_file, newly)


def _jobs(queue: Path) -> list[Path]:
    return sorted(queue.glob("job-*.pdf"))
