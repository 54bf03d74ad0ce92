"""A walk-in at the desk: added, badge printed (logged as walk-in), admitted — or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from badge_people import build_badge_event
from pdf_reading import decode_qr_codes

from delegations.services import checkin
from delegations.services.delegation_models import DelegateCreate
from delegations.services.event import open_event
from delegations.services.printers import PrintingError
from delegations.services.walk_in import walk_in


def _rows(path: Path, sql: str) -> list[tuple]:
    event_file = open_event(path)
    try:
        with event_file.read() as db:
            return [tuple(row) for row in db.execute(sql)]
    finally:
        event_file.close()


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return path


def _person(event: Path) -> DelegateCreate:
    [(delegation_id,)] = _rows(event, "SELECT id FROM delegation WHERE country = 'KH'")
    [(role_id,)] = _rows(event, "SELECT id FROM role WHERE name = 'Delegate'")
    return DelegateCreate(
        delegation_id=delegation_id, role_id=role_id, given_name="Dara", family_name="Chea",
        native_name="ជា ដារា",
    )  # fmt: skip


def test_a_walk_in_is_added_printed_and_admitted(event: Path, tmp_path: Path) -> None:
    printed: list[Path] = []

    def printer(pdf: Path) -> None:
        printed.append(shutil.copy(pdf, tmp_path / f"job-{len(printed)}.pdf"))

    event_file = open_event(event)
    done = walk_in(event_file, _person(event), printer, desk="North", layout_name="a6")

    assert done.admission.outcome is checkin.Outcome.ADMITTED
    assert done.admission.name == "Dara Chea"
    assert _rows(
        event, f"SELECT reason FROM badgeprint WHERE delegate_id = {done.delegate_id}"
    ) == [("WALK_IN",)]
    [code] = decode_qr_codes(Path(printed[0]), dpi=150)
    again = checkin.admit(event_file, code, desk="South")  # the printed badge is theirs
    assert again.outcome is checkin.Outcome.ALREADY_IN and again.desk == "North"


def test_a_badge_that_cannot_print_adds_and_admits_nobody(event: Path) -> None:
    def printer(_pdf: Path) -> None:
        raise PrintingError("The printer “Desk” refused: out of paper.")

    before = _rows(event, "SELECT count(*) FROM delegate")
    with pytest.raises(PrintingError, match="out of paper"):
        walk_in(open_event(event), _person(event), printer, desk="North")
    assert _rows(event, "SELECT count(*) FROM delegate") == before
    assert _rows(event, "SELECT count(*) FROM checkin") == [(0,)]
    assert _rows(event, "SELECT count(*) FROM badgeprint") == [(0,)]
