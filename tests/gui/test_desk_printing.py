"""The desk's printer: "Reprint lost badge…" on the card and "print on arrival".

A stand-in `lp` on PATH receives the jobs (it keeps each PDF, as a CUPS queue with cups-pdf
would), so the desk's whole path runs here without CUPS; the real queue is tested in
tests/end2end/test_printing_cups.py (marker `cups`). Skipped on Windows, which has no `lp`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from pdf_reading import decode_qr_codes, page_sizes
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from delegations.domain.codes import make_code
from delegations.domain.enums import PrintReason
from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.store import EventFile
from delegations.ui import printing
from delegations.ui.checkin.card import CardState
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for CUPS's lp")

DUC = "Nguyễn Văn Đức"
MM = 72 / 25.4


@pytest.fixture
def desk(window: MainWindow, settings: QSettings) -> Iterator[CheckInTab]:
    printing.set_desk_printing(settings, printer="Desk", layout="a6", on_arrival=False)
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    yield tab


def _ids(event_file: EventFile) -> dict[str, int]:
    with event_file.session() as session:
        return {row.name: row.id for row in delegation_service.list_delegates(session=session)}


def _code(event_file: EventFile, name: str, version: int = 1) -> str:
    with event_file.session() as session:
        secret = event_service.get_event(session=session).signing_secret
    return make_code(secret, _ids(event_file)[name], version)


def _scan(qtbot: QtBot, tab: CheckInTab, code: str) -> None:
    qtbot.keyClicks(tab.scan_edit, code)
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)


def _jobs(queue: Path) -> list[Path]:
    return sorted(queue.glob("job-*.pdf"))


def test_reprint_lost_prints_a_new_code_and_does_not_admit(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, queue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    old_code = _code(event_file, DUC)
    _scan(qtbot, desk, old_code)  # Duc came in; the badge is lost later in the day
    assert desk.card.reprint_button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        printing, "ask_reprint_reason", lambda _parent, name: asked.append(name) or PrintReason.LOST
    )

    qtbot.mouseClick(desk.card.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.card.headline.text() == "🖨  BADGE PRINTED", timeout=20_000)

    assert asked == [DUC]
    assert "the lost badge is refused from now on" in desk.card.reason.text()
    [job] = _jobs(queue)
    [(width, height)] = page_sizes(job)
    assert abs(width - 105 * MM) < 1 and abs(height - 148 * MM) < 1
    assert decode_qr_codes(job, dpi=150) == [_code(event_file, DUC, version=2)]
    _scan(qtbot, desk, old_code)
    assert desk.card.state is CardState.REFUSED  # the lost badge
    with closing(sqlite3.connect(event_file.path)) as db:
        journal = db.execute("SELECT action FROM checkin").fetchall()
    assert journal == [("IN",)]  # admitted once, in the morning: the reprint admits nobody


def test_reprint_without_a_printer_says_where_to_choose_one(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings, queue: Path,
) -> None:  # fmt: skip
    printing.set_desk_printing(settings, printer="", layout="a6", on_arrival=False)
    desk.admit_person(_ids(event_file)[DUC])
    qtbot.mouseClick(desk.card.reprint_button, Qt.MouseButton.LeftButton)
    assert desk.card.state is CardState.REFUSED
    assert "choose one in Desk settings" in desk.card.reason.text()
    assert _jobs(queue) == []


def test_print_on_arrival_prints_the_first_badge_once(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings, queue: Path,
) -> None:  # fmt: skip
    printing.set_desk_printing(settings, printer="Desk", layout="cr80", on_arrival=True)
    _scan(qtbot, desk, _code(event_file, DUC))
    assert desk.card.state is CardState.ADMITTED
    qtbot.waitUntil(lambda: len(_jobs(queue)) == 1 and desk.desk_printing.busy == 0,
                    timeout=20_000)  # fmt: skip
    [(width, height)] = page_sizes(_jobs(queue)[0])
    assert abs(width - 85.6 * MM) < 1 and abs(height - 54 * MM) < 1
    assert desk.card.state is CardState.ADMITTED  # the card still shows the admission
    desk.undo_last()
    _scan(qtbot, desk, _code(event_file, DUC))  # admitted again: the badge exists already
    qtbot.waitUntil(lambda: desk.desk_printing.busy == 0, timeout=20_000)
    assert len(_jobs(queue)) == 1


def test_a_walk_in_is_added_printed_and_admitted_from_the_short_form(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, queue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from delegations.ui.checkin import tab as tab_module
    from delegations.ui.checkin.walk_in_dialog import WalkInDialog

    def fill_form(parent: QWidget, choices: Any) -> Any:
        form = WalkInDialog(choices, parent)
        assert form.focusWidget() in (None, form.given_edit)  # typing starts in the name
        qtbot.keyClicks(form.given_edit, "Dara")
        qtbot.keyClicks(form.family_edit, "Chea")
        form.delegation_combo.setCurrentIndex(form.delegation_combo.findText("Thailand"))
        assert form.role_combo.currentText() == "Delegate"
        form._on_ok()
        assert form.result() == QDialog.DialogCode.Accepted
        return form.person()

    monkeypatch.setattr(tab_module, "ask_walk_in", fill_form)
    desk.set_desk_mode(True)
    assert desk.bar.walk_in_button.isVisible()
    qtbot.mouseClick(desk.bar.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.card.name.text() == "Dara Chea", timeout=20_000)

    assert desk.card.state is CardState.ADMITTED
    assert desk.card.delegation.text() == "Thailand"
    [job] = _jobs(queue)
    assert decode_qr_codes(job, dpi=150) == [_code(event_file, "Dara Chea")]
    with closing(sqlite3.connect(event_file.path)) as db:
        logged = db.execute(
            "SELECT b.reason, c.desk FROM badgeprint b JOIN checkin c USING (delegate_id)"
        ).fetchall()
    assert logged == [("WALK_IN", "North")]
    desk.set_desk_mode(False)


def test_the_desk_settings_remember_the_printer(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from delegations.ui.checkin.settings_dialog import DeskSettingsDialog

    monkeypatch.setattr(printing, "available_printers", lambda: ["Desk", "Label-QL"])
    dialog = DeskSettingsDialog(event_file, settings, desk)
    qtbot.addWidget(dialog)
    assert dialog.printer_combo.currentData() == "Desk"  # the one chosen before
    dialog.printer_combo.setCurrentIndex(dialog.printer_combo.findData("Label-QL"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("cr80"))
    dialog.on_arrival_check.setChecked(True)
    assert dialog.save()
    assert (printing.desk_printer(settings), printing.desk_layout(settings)) == ("Label-QL", "cr80")
    assert printing.prints_on_arrival(settings)


def test_the_desk_prints_with_the_events_own_layout(
    qtbot: QtBot, desk: CheckInTab, event_file: EventFile, settings: QSettings, queue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from delegations.services import layouts
    from delegations.ui.checkin.settings_dialog import DeskSettingsDialog

    layouts.duplicate_layout(event_file, "cr80", "week-card", title="Week card")
    monkeypatch.setattr(printing, "available_printers", lambda: ["Desk"])
    dialog = DeskSettingsDialog(event_file, settings, desk)
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("week-card"))
    assert dialog.layout_combo.currentText() == "Week card"  # offered beside the bundled ones
    assert dialog.save()

    desk.admit_person(_ids(event_file)[DUC])
    monkeypatch.setattr(printing, "ask_reprint_reason", lambda *_args: PrintReason.LOST)
    qtbot.mouseClick(desk.card.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.card.headline.text() == "🖨  BADGE PRINTED", timeout=20_000)
    [job] = _jobs(queue)
    [(width, height)] = page_sizes(job)
    assert abs(width - 85.6 * MM) < 1 and abs(height - 54 * MM) < 1  # the card, not A6
