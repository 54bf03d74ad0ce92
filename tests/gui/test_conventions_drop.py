"""Files dropped onto the window: a spreadsheet opens the import preview, an event file opens.

The drag events are real `QDragEnterEvent`/`QDropEvent`s carrying file URLs, delivered to the
window's QWindow at a point over the delegates table, as the platform delivers a drop: Qt
finds the widget under the point and passes the drop up to the window.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegations.services import event as event_service
from delegations.services.event_models import EventSettingsUpdate
from delegations.ui.dialogs.import_dialog import ImportDialog
from delegations.ui.main_window import MainWindow

TEMPLATE_FILLED = Path(__file__).parents[1] / "data" / "template-filled"


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def _drag_and_drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` over the delegates table and drop it; (drag accepted, drop accepted)."""
    table = window.tab("delegations").delegate_view.viewport()  # type: ignore[attr-defined]
    point = QPointF(table.mapTo(window, QPoint(20, 20)))
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = window.windowHandle()
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    return move.isAccepted(), drop.isAccepted()


def _import_dialogs(window: MainWindow) -> list[ImportDialog]:
    return [d for d in window.findChildren(ImportDialog) if d.isVisible()]


def test_dropping_a_spreadsheet_opens_the_import_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for suffix in (".xlsx", ".ods", ".csv", ".xls"):
        path = tmp_path / f"Ministry list{suffix}"
        shutil.copy(TEMPLATE_FILLED / f"registrations{suffix}", path)

        assert _drag_and_drop(window, _mime(path)) == (True, True)

        qtbot.waitUntil(lambda: len(_import_dialogs(window)) == 1)
        dialog = _import_dialogs(window)[0]
        qtbot.waitUntil(lambda d=dialog: d.preview is not None, timeout=10_000)
        assert dialog.preview_model.rowCount() > 0
        assert dialog.summary.text().startswith(f"Ministry list{suffix}: ")
        dialog.reject()
        qtbot.waitUntil(lambda: not _import_dialogs(window))


def test_dropping_an_event_file_opens_it_in_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = event_service.open_event(tmp_path / "Bangkok week.sqlite3")
    event_service.update_event_settings(other, EventSettingsUpdate(name="Bangkok Week"))
    other.close()

    assert _drag_and_drop(window, _mime(tmp_path / "Bangkok week.sqlite3")) == (True, True)

    assert window.windowTitle() == "Bangkok Week — Delegations"
    assert window.event_file.path == tmp_path / "Bangkok week.sqlite3"


def test_other_files_and_several_files_are_not_taken(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pdf = tmp_path / "programme.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    sheet = tmp_path / "list.csv"
    sheet.write_text("Given name,Family name\nAnh,Lê\n", encoding="utf-8")
    title = window.windowTitle()

    assert _drag_and_drop(window, _mime(pdf)) == (False, False)
    assert _drag_and_drop(window, _mime(sheet, sheet.with_name("other.csv"))) == (False, False)
    assert not _import_dialogs(window)
    assert window.windowTitle() == title


def test_a_locked_desk_takes_no_drop(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    shutil.copy(TEMPLATE_FILLED / "registrations.csv", sheet)
    window.desk.desk_mode = True  # as desk mode leaves it (its File menu out of reach too)
    try:
        assert _drag_and_drop(window, _mime(sheet)) == (False, False)
        assert not _import_dialogs(window)
    finally:
        window.desk.desk_mode = False
