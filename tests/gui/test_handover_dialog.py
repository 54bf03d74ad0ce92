"""Hand over badges… on the Delegations tab: the liaison officer collects, the desk prints
the custody receipt, and a second hand-over shows what was already issued."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from handover_people import LATIN_NAMES, build_handover_event
from pdf_reading import page_sizes, pages_text, render_pages
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.delegations.handover_dialog import A4_MM, HandoverDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs import pdf_output
from delegations.ui.main_window import MainWindow
from delegations.ui.printing import set_page_size


@pytest.fixture
def event_file(event_path: Path) -> Iterator[EventFile]:
    build_handover_event(event_path)
    event_file = open_event(event_path)
    yield event_file
    event_file.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The PDFs the dialog would open in the system viewer."""
    paths: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", paths.append)
    return paths


def _open_dialog(qtbot: QtBot, window: MainWindow, delegation: str) -> HandoverDialog:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    tab.select_delegation(next(r.id for r in tab.delegation_model.rows() if r.name == delegation))
    button = tab.handover_actions.button
    assert button.isEnabled() and button.text() == "Hand over badges…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.handover_actions.dialog
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _hand_over(qtbot: QtBot, dialog: HandoverDialog) -> None:
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.handover is not None, timeout=20_000)


def test_the_liaison_officer_collects_every_badge_and_the_receipt_has_every_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = _open_dialog(qtbot, window, "Cambodia")
    assert dialog.focusWidget() is dialog.collector  # typing starts in the first field
    assert dialog.collector.currentText().startswith("Ms. Chea Sreymom")  # the contact
    assert len(dialog.chosen_ids()) == 6
    assert dialog.table.item(0, 5).text() == "Not yet"  # printed or not, all are listed
    assert not any(dialog.issued_texts().values())
    dialog.desk.setText("Desk A")
    dialog.receipt_path.setText(str(tmp_path / "receipt.pdf"))
    _hand_over(qtbot, dialog)

    assert "handed to Ms. Chea Sreymom" in dialog.message.text()
    text = "\n".join(pages_text(tmp_path / "receipt.pdf", layout=True))
    assert all(name in text for name in LATIN_NAMES)
    assert re.search(r"Collected by\s+Ms\. Chea Sreymom", text)
    assert "Liaison officer (signature)" in text and "Desk (signature)" in text
    assert set(dialog.issued_texts().values()) == {"Already issued"}
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "receipt.pdf"]

    # Print…: the same receipt on a printer (Qt's PDF printer here), A4 at 100 %.
    assert dialog.print_button.isEnabled()
    paper = tmp_path / "paper.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(paper))
    set_page_size(printer, A4_MM)
    dialog.print_on(printer)
    qtbot.waitUntil(lambda: dialog.printed_pages == 1, timeout=20_000)
    ((width, height),) = page_sizes(paper)
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1
    assert next(render_pages(paper, dpi=50)).getextrema()[0] < 100  # ink on the paper
    assert "Receipt sent to" in dialog.message.text()


def test_a_second_hand_over_shows_the_badges_already_issued(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first = _open_dialog(qtbot, window, "Cambodia")
    first.receipt_path.setText(str(tmp_path / "first.pdf"))
    for row in range(2, first.table.rowCount()):  # only the first two badges today
        first.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    handed = set(first.chosen_ids())
    _hand_over(qtbot, first)
    first.close()

    second = _open_dialog(qtbot, window, "Cambodia")
    issued = second.issued_texts()
    assert sum(text == "Already issued" for text in issued.values()) == 2
    assert set(second.chosen_ids()).isdisjoint(handed)  # the rest is offered, not those
    assert len(second.chosen_ids()) == 4


def test_a_refused_hand_over_says_why_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window, "Cambodia")
    dialog.receipt_path.setText("/no/such/folder/receipt.pdf")
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.message.text(), timeout=10_000)
    assert dialog.handover is None and dialog.hand_over_button.isEnabled()


def test_the_not_yet_arrived_list_shows_who_holds_an_issued_badge(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    from delegations.services import checkin, handover

    cambodia = handover.handover_candidates(event_file, 1)
    ids = {b.name: b.delegate_id for b in cambodia.badges}
    handover.hand_over(event_file, "Cambodia", ids["Ms. Chea Sreymom"],
                       [ids["H.E. Oum Romany"], ids["Prof. Li Minghua"]])  # fmt: skip
    checkin.admit_by_id(event_file, ids["Prof. Li Minghua"], desk="North")
    desk = window.show_tab("checkin")
    counters = desk.counters
    counters.side_tabs.setCurrentIndex(2)
    counters.arrival_badge.setCurrentIndex(counters.arrival_badge.findText("Badge issued"))
    # Issued but not admitted: the head of delegation; Li Minghua is in already.
    assert [row.name for row in counters.arrival_rows()] == ["H.E. Oum Romany"]
    assert counters.arrivals_model.index(0, 3).data() == "Issued"
    counters.arrival_badge.setCurrentIndex(counters.arrival_badge.findText("Badge not issued"))
    assert len(counters.arrival_rows()) == 5  # four of Cambodia and the Thai delegate
