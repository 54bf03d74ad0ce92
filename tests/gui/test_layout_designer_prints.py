"""A layout made in the designer prints exactly what its preview showed (issue 15): drag,
resize, a property change and an undo in the window, Save, then the badge from the print path
rasterised at the preview's resolution has the preview's pixels."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pages_text, render_pages
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from pytestqt.qtbot import QtBot
from test_layout_designer import DELEGATION, QR, at, drag, element, saved

from delegations.services import badges, layouts
from delegations.store import EventFile
from delegations.ui.badges.designer import LayoutDesigner
from delegations.ui.badges.designer_canvas import handle_rect
from delegations.ui.badges.layout_preview import LayoutPreview


@pytest.fixture
def designer(qtbot: QtBot, event_file: EventFile) -> Iterator[LayoutDesigner]:
    layouts.duplicate_layout(event_file, "a6", "mine")
    window = LayoutDesigner(event_file, "mine")
    window.resize(1300, 1000)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()


def _picture(preview: LayoutPreview) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    preview.picture_shown().toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def test_what_the_designer_previews_is_what_prints(
    qtbot: QtBot, designer: LayoutDesigner, event_file: EventFile, event_path: Path, tmp_path: Path
) -> None:
    canvas = designer.canvas
    canvas.ensureVisible(canvas.element_items[QR].rect())
    start = at(designer, 85, 114)  # inside the QR code: moved 20 mm left, onto the grid
    drag(qtbot, designer, start, start + QPoint(round(-20 * canvas.px_per_mm), 0))
    canvas.select(DELEGATION)  # resized: its right edge 10 mm further
    canvas.ensureVisible(canvas.element_items[DELEGATION].rect())
    device = canvas.mapFromScene(canvas.element_items[DELEGATION].rect()).boundingRect().toRectF()
    handle = handle_rect(device, "s").center().toPoint()
    drag(qtbot, designer, handle, handle + QPoint(0, round(4 * canvas.px_per_mm)))
    size = designer.properties.rows["size"]  # the delegation's name larger, then undone
    for value in ("16", "9"):
        size.lineEdit().selectAll()
        qtbot.keyClicks(size, value)
        qtbot.keyClick(size, Qt.Key.Key_Return)
    designer.undo_action.trigger()
    assert (element(designer, DELEGATION)["size"], element(designer, DELEGATION)["h"]) == (16, 16)
    moved_qr = dict(element(designer, QR))
    assert moved_qr["x"] == 51
    assert designer.save()
    assert saved(event_path)["elements"][QR] == moved_qr

    preview: LayoutPreview = designer.preview
    qtbot.waitUntil(lambda: preview.is_idle() and not preview.picture_shown().isNull())
    sample = preview.current_sample()
    assert sample is not None and sample.delegate_id is not None

    pdf = tmp_path / "printed.pdf"
    selection = badges.BadgeSelection(delegate_ids=[sample.delegate_id])
    pdf.write_bytes(badges.render_preview(event_file, selection, "mine"))
    assert sample.person in pages_text(pdf)[0]
    printed = next(render_pages(pdf, dpi=preview.shown_dpi, grayscale=False)).convert("RGB")
    shown = _picture(preview)
    assert shown.size == printed.size
    assert shown.tobytes() == printed.tobytes()
