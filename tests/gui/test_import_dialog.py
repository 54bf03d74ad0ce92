"""File ▸ Import registrations…, Export delegates…, Save import template…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from delegations.domain.models import Delegate
from delegations.services import event as event_service
from delegations.services.registrations.importing import import_file
from delegations.services.registrations.report import ImportReport
from delegations.store import EventFile
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs import export
from delegations.ui.dialogs.import_dialog import ImportDialog
from delegations.ui.main_window import MainWindow
from delegations.ui.models.import_preview import ERROR_BACKGROUND, ERROR_FOREGROUND

ReadFile = Callable[[Callable[[Any], Any]], Any]

# A ministry's list: a title row, a blank row, synonyms for the headers, mixed spellings.
# Line 4 is the header; the bad e-mail is on line 6.
MESSY_CSV = (
    "Delegates of the Lao PDR and Viet Nam;;;;\n"
    ";;;;\n"
    "\n"
    "First Name;Surname;Country/Region;E-mail;Designation\n"
    "Bounmy;Phommachanh;Lao PDR;bounmy@example.la;Director General\n"
    "Khamla;Sisavath;Laos;khamla@@example;Deputy Director\n"
    "Thi Lan;Pham;Vietnam;lan.pham@example.vn;Lecturer\n"
)
BAD_LINE = 6


@pytest.fixture
def messy_csv(tmp_path: Path) -> Path:
    path = tmp_path / "ministry list.csv"
    path.write_text(MESSY_CSV, encoding="utf-8-sig")
    return path


def _emails(read_file: ReadFile) -> set[str]:
    return set(read_file(lambda session: session.exec(select(Delegate.email)).all()))


def _open_preview(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, path: Path
) -> ImportDialog:
    dialog = ImportDialog(event_file, path, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def _header_column(dialog: ImportDialog, title: str) -> int:
    model = dialog.preview_model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title}")


def _preview_row(dialog: ImportDialog, line: int) -> int:
    model = dialog.preview_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == str(line):
            return row
    raise AssertionError(f"no row {line}")


def test_preview_highlights_the_bad_cell_and_names_its_row(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, messy_csv: Path
) -> None:
    dialog = _open_preview(qtbot, window, event_file, messy_csv)
    model = dialog.preview_model

    assert model.rowCount() == 3  # the title and blank rows are not data
    assert [model.index(row, 0).data() for row in range(3)] == ["5", "6", "7"]
    email = _header_column(dialog, "E-mail")
    bad = model.index(_preview_row(dialog, BAD_LINE), email)
    assert bad.data() == "khamla@@example"
    assert bad.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert bad.data(Qt.ItemDataRole.ForegroundRole).color() == ERROR_FOREGROUND
    assert "e-mail" in bad.data(Qt.ItemDataRole.ToolTipRole).casefold()
    good = model.index(_preview_row(dialog, 5), email)
    assert good.data(Qt.ItemDataRole.BackgroundRole) is None

    texts = dialog.problem_model.texts()
    assert texts and texts[0].startswith(f"Row {BAD_LINE} · E-mail “khamla@@example”")
    assert all(not text.startswith(("Row 5 ", "Row 7 ")) for text in texts)
    assert dialog.summary.text().startswith("ministry list.csv: 3 rows read · 2 to add · ")
    assert dialog.summary.text().endswith(
        "\n1 row has errors and will not be imported; correct it in the file and import it "
        "again to add it."
    )
    assert dialog.import_button.text() == "Import valid rows"
    assert dialog.import_button.isEnabled()

    # Choosing a problem shows its cell.
    dialog.problem_view.setCurrentIndex(dialog.problem_model.index(0))
    assert dialog.preview_view.currentIndex() == bad


def test_a_one_row_file_is_counted_in_the_singular(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path
) -> None:
    path = tmp_path / "one.csv"
    path.write_text("Country,Given name,Family name\nLA,Bounmy,Phan\n", encoding="utf-8")
    dialog = _open_preview(qtbot, window, event_file, path)
    assert dialog.summary.text().startswith("one.csv: 1 row read · 1 to add · 0 to update · ")


def test_import_valid_rows_adds_the_good_rows_only(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, messy_csv: Path,
    read_file: ReadFile,
) -> None:  # fmt: skip
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    before = tab.delegate_model.rowCount()
    changes: list[str] = []
    window.data_changed.connect(changes.append)
    dialog = _open_preview(qtbot, window, event_file, messy_csv)
    imported: list[ImportReport] = []
    dialog.imported.connect(imported.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)

    assert (imported[0].added, imported[0].refused) == (2, 1)
    emails = _emails(read_file)
    assert {"bounmy@example.la", "lan.pham@example.vn"} <= emails
    assert not any("khamla" in email for email in emails)
    assert not dialog.isVisible()
    # The window was not told (this dialog was opened directly); the menu test covers that.
    assert tab.delegate_model.rowCount() == before and not changes


def test_the_menu_imports_and_every_tab_refreshes(
    qtbot: QtBot, window: MainWindow, messy_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    before = tab.delegate_model.rowCount()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(messy_csv), "")
    )
    window.file_actions.import_action.trigger()
    dialog = next(d for d in window.findChildren(ImportDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.delegate_model.rowCount() == before + 2, timeout=10_000)
    assert "2 added" in window.statusBar().currentMessage()
    assert "Lao" in " ".join(row.name for row in tab.delegation_model.rows())


def test_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, messy_csv: Path,
    read_file: ReadFile,
) -> None:  # fmt: skip
    before = _emails(read_file)
    dialog = _open_preview(qtbot, window, event_file, messy_csv)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.report is None
    assert _emails(read_file) == before


def test_an_unreadable_file_is_refused_with_a_sentence(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    path = tmp_path / "notes.xls"
    path.write_bytes(b"not a workbook")
    dialog = ImportDialog(event_file, path, window)
    qtbot.addWidget(dialog)
    message_boxes.expect("warning", "save it as .xlsx")
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10_000)


def test_export_writes_a_file_that_imports_into_an_empty_event(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "delegates.xlsx"
    messages: list[str] = []
    export.export_delegates_to(window, event_file, out, messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith("3 delegates written to")
    assert out.is_file()

    empty = event_service.open_event(tmp_path / "empty.sqlite3")
    try:
        report = import_file(empty, out)
        assert (report.added, report.refused) == (3, 0)
        with empty.session() as session:
            names = {(d.given_name, d.family_name, d.native_name, d.email)
                     for d in session.exec(select(Delegate))}  # fmt: skip
    finally:
        empty.close()
    assert ("Văn Đức", "Nguyễn", "阮文德", "duc@example.edu.vn") in names


def test_save_import_template(qtbot: QtBot, window: MainWindow, event_file: EventFile,
                              tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "template.xlsx"
    messages: list[str] = []
    export.save_template_to(window, event_file, out, messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    from openpyxl import load_workbook

    workbook = load_workbook(out, read_only=True)
    try:
        header = next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True))
    finally:
        workbook.close()
    assert "Given name" in header and "Email" in header


def test_preview_lists_each_update_and_adds_namesakes_only_when_asked(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile,
) -> None:  # fmt: skip
    first = tmp_path / "first.csv"
    first.write_text("Delegation,Country,Name,Position\n"
                     "Guizhou Education,CN,Bai Zhen,\n", encoding="utf-8")  # fmt: skip
    import_file(event_file, first)
    second = tmp_path / "second.csv"
    second.write_text("Delegation,Name,Position,Email\n"
                      "Guizhou Education,Bai Zhen,Director-General,\n"
                      "Guizhou Education,BAI Zhen,Lecturer,\n", encoding="utf-8")  # fmt: skip
    dialog = _open_preview(qtbot, window, event_file, second)

    model = dialog.preview_model
    assert model.index(0, model.name_column).data() == "Bai Zhen"  # family name first (China)
    assert "Family name first" in model.index(0, model.name_column).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert (
        dialog.update_view.toPlainText() == "Row 2 · Bai Zhen\n  Position: “” → “Director-General”"
    )
    assert dialog.side_tabs.tabText(1) == "Updates (1)"
    [refusal] = dialog.problem_model.texts()
    assert refusal.startswith("Row 3 · Name “Bai Zhen”: the same name as row 2")

    dialog.add_namesakes.click()  # the second Bai Zhen is another person
    qtbot.waitUntil(lambda: dialog.job is None and dialog.add_namesakes.isEnabled(), timeout=10_000)
    assert "1 to add" in dialog.summary.text() and "1 to update" in dialog.summary.text()
    imported: list[ImportReport] = []
    dialog.imported.connect(imported.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)

    positions = read_file(lambda session: sorted(session.exec(
        select(Delegate.position).where(Delegate.organisation == "", Delegate.family_name == "Bai")
    ).all()))  # fmt: skip
    assert positions == ["Director-General", "Lecturer"]
