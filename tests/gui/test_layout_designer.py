"""The badge layout designer, driven as a user would: mouse drags on the canvas, keys, the
properties panel, undo and redo, Save, and what the event file holds afterwards — and what
prints: exactly what the preview showed."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from boxes import MessageBoxes
from pdf_reading import pages_text, render_pages
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from delegations.services import badges, event, layouts
from delegations.store import EventFile
from delegations.ui.accessibility import spoken_name
from delegations.ui.badges.designer import LayoutDesigner, open_designer
from delegations.ui.badges.designer_canvas import handle_rect
from delegations.ui.badges.layout_preview import LayoutPreview

Button = QMessageBox.StandardButton
MNEMONIC = re.compile(r"&(?!&)(\w)")
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# Elements of the bundled a6 layout the tests move (see resources/layouts/a6.json)
EVENT, DELEGATION, QR = 0, 13, 15


@pytest.fixture
def designer(qtbot: QtBot, event_file: EventFile) -> Iterator[LayoutDesigner]:
    layouts.duplicate_layout(event_file, "a6", "mine")
    window = LayoutDesigner(event_file, "mine")
    window.resize(1300, 1000)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.undo_stack.setClean()  # closed here, not by qtbot: what a test left unsaved
    window.close()  # must not ask
    window.deleteLater()


def element(designer: LayoutDesigner, index: int, side: str = "elements") -> dict[str, Any]:
    return designer.data[side][index]


def at(designer: LayoutDesigner, x: float, y: float) -> QPoint:
    """The viewport pixel showing the badge point (x, y) mm."""
    return designer.canvas.mapFromScene(QPointF(x, y))


def drag(qtbot: QtBot, designer: LayoutDesigner, start: QPoint, end: QPoint, keys=NO_KEYS) -> None:
    """Press, move in steps and release the left button on the canvas, as a hand does."""
    viewport = designer.canvas.viewport()
    qtbot.mousePress(viewport, LEFT, NO_KEYS, start)
    for step in (1, 2, 3, 4):
        qtbot.mouseMove(viewport, start + (end - start) * step / 4)
    qtbot.mouseRelease(viewport, LEFT, keys, end)


def mm_between(designer: LayoutDesigner, start: QPoint, end: QPoint) -> tuple[float, float]:
    a, b = designer.canvas.mapToScene(start), designer.canvas.mapToScene(end)
    return b.x() - a.x(), b.y() - a.y()


def saved(event_path: Path) -> dict[str, Any]:
    """The layout as another program opening the event file reads it."""
    reopened = event.open_event(event_path)
    try:
        return layouts.layout_json(reopened, "mine")
    finally:
        reopened.close()


def test_the_badge_is_shown_at_true_size(designer: LayoutDesigner) -> None:
    canvas = designer.canvas
    dpi = canvas.logicalDpiX()
    left, right = at(designer, 0, 0), at(designer, 105, 0)
    assert right.x() - left.x() == pytest.approx(105 * dpi / 25.4, abs=1)
    designer.zoom_in_action.trigger()
    assert canvas.zoom == 1.5
    assert designer.zoom_box.currentText() == "150%"
    designer.zoom_actual_action.trigger()
    assert canvas.zoom == 1.0
    assert spoken_name(canvas) == "Badge canvas"


def test_a_drag_moves_the_element_snapped_and_saves(
    qtbot: QtBot, designer: LayoutDesigner, event_path: Path
) -> None:
    designer.canvas.ensureVisible(designer.canvas.element_items[QR].rect())
    start = at(designer, 85, 114)  # inside the QR code (71, 100, 28 mm square)
    end = start + QPoint(
        round(-10.3 * designer.canvas.px_per_mm), round(3.9 * designer.canvas.px_per_mm)
    )

    drag(qtbot, designer, start, end)

    # x: 60.7 is near no other element's edge: onto the 1 mm grid; y: the QR code's centre
    # (117.9) snaps onto the country line's top (117.5), nearer than the grid
    qr = element(designer, QR)
    assert (qr["x"], qr["y"], qr["size"]) == (61, 103.5, 28)
    assert designer.undo_stack.count() == 1  # the whole drag is one command
    assert designer.isWindowModified()
    assert designer.canvas.selected == QR

    assert designer.save()
    assert not designer.isWindowModified()
    assert saved(event_path)["elements"][QR] == qr


def test_alt_drags_without_snapping(qtbot: QtBot, designer: LayoutDesigner) -> None:
    designer.canvas.ensureVisible(designer.canvas.element_items[QR].rect())
    start = at(designer, 85, 114)
    end = start + QPoint(
        round(-10.3 * designer.canvas.px_per_mm), round(3.9 * designer.canvas.px_per_mm)
    )
    dx, dy = mm_between(designer, start, end)

    drag(qtbot, designer, start, end, ALT)

    qr = element(designer, QR)
    assert qr["x"] == pytest.approx(71 + dx, abs=0.051)
    assert qr["y"] == pytest.approx(100 + dy, abs=0.051)
    assert qr["y"] != 103.5


def test_resize_snaps_the_edge_to_another_element(qtbot: QtBot, designer: LayoutDesigner) -> None:
    canvas = designer.canvas
    canvas.select(DELEGATION)  # 8, 105, 60 × 12 mm
    canvas.ensureVisible(canvas.element_items[DELEGATION].rect())
    device = canvas.mapFromScene(canvas.element_items[DELEGATION].rect()).boundingRect().toRectF()
    handle = handle_rect(device, "e").center().toPoint()
    end = handle + QPoint(round(2.2 * canvas.px_per_mm), 0)

    drag(qtbot, designer, handle, end)

    # the right edge at ~70.2 mm snaps to the QR code's left edge (71), not the grid (70)
    text = element(designer, DELEGATION)
    assert (text["x"], text["y"], text["w"], text["h"]) == (8, 105, 63, 12)
    assert designer.undo_stack.undoText() == "Resize element"


def test_a_qr_code_stays_square(qtbot: QtBot, designer: LayoutDesigner) -> None:
    canvas = designer.canvas
    canvas.select(QR)
    canvas.ensureVisible(canvas.element_items[QR].rect())
    device = canvas.mapFromScene(canvas.element_items[QR].rect()).boundingRect().toRectF()
    corner = handle_rect(device, "nw").center().toPoint()
    end = corner + QPoint(round(-4 * canvas.px_per_mm), round(-1 * canvas.px_per_mm))

    drag(qtbot, designer, corner, end, ALT)

    qr = element(designer, QR)
    assert "w" not in qr and "h" not in qr
    assert qr["size"] == pytest.approx(32, abs=0.3)  # the larger of the two: 4 mm wider
    assert qr["x"] + qr["size"] == pytest.approx(99, abs=0.051)  # the opposite corner stays
    assert qr["y"] + qr["size"] == pytest.approx(128, abs=0.051)


def test_tab_selects_and_arrows_move_by_1_and_shift_by_a_tenth(
    qtbot: QtBot, designer: LayoutDesigner
) -> None:
    canvas = designer.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == EVENT
    assert designer.properties.title.text() == "Selected: text"

    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, SHIFT)
    assert canvas.accessibleDescription() == "event name: x 9 mm, y 6.2 mm, 89 × 11 mm"

    assert (element(designer, EVENT)["x"], element(designer, EVENT)["y"]) == (9, 6.2)
    assert designer.properties.rows["x"].value() == 9
    assert designer.undo_stack.count() == 3
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab)
    assert canvas.selected is None  # before the first element: on to the previous control


def test_property_change_undo_and_redo(qtbot: QtBot, designer: LayoutDesigner) -> None:
    designer.canvas.select(EVENT)
    size = designer.properties.rows["size"]
    assert size.isVisible() and size.value() == 11
    size.lineEdit().selectAll()
    qtbot.keyClicks(size, "13.5")
    qtbot.keyClick(size, Qt.Key.Key_Return)
    assert element(designer, EVENT)["size"] == 13.5

    designer.properties.rows["bold"].click()  # bold → not bold: the default, the key goes
    assert "bold" not in element(designer, EVENT)

    designer.undo_action.trigger()
    assert element(designer, EVENT)["bold"] is True
    assert designer.properties.rows["bold"].isChecked()
    designer.undo_action.trigger()
    assert element(designer, EVENT)["size"] == 11
    assert size.value() == 11
    assert not designer.isWindowModified()

    designer.redo_action.trigger()
    assert element(designer, EVENT)["size"] == 13.5
    assert designer.canvas.selected == EVENT
    assert designer.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_free_text_and_field_choice(qtbot: QtBot, designer: LayoutDesigner) -> None:
    designer.canvas.select(DELEGATION)
    panel = designer.properties
    panel.source.setCurrentIndex(1)
    panel.source.activated.emit(1)
    assert element(designer, DELEGATION)["text"] == "{delegation}"
    assert "field" not in element(designer, DELEGATION)
    panel.text.setText("{delegation} · {role}")
    panel.text.editingFinished.emit()
    assert element(designer, DELEGATION)["text"] == "{delegation} · {role}"
    label = designer.canvas.element_items[DELEGATION]
    assert "{delegation} · {role}" in label.element["text"]


def test_add_and_delete_are_undoable(qtbot: QtBot, designer: LayoutDesigner) -> None:
    count = len(designer.data["elements"])
    designer.add_element("qr")
    assert len(designer.data["elements"]) == count + 1
    assert designer.canvas.selected == count
    qtbot.keyClick(designer.canvas, Qt.Key.Key_Delete)
    assert len(designer.data["elements"]) == count
    designer.undo_action.trigger()
    assert designer.data["elements"][-1]["type"] == "qr"


def test_the_back_side_is_edited_apart(qtbot: QtBot, designer: LayoutDesigner) -> None:
    designer.side_tabs.setCurrentIndex(1)
    assert designer.canvas.element_items == []
    designer.add_element("free")
    assert designer.data["back"][0]["text"] == "{delegation}"
    assert len(designer.data["elements"]) == 17
    designer.undo_action.trigger()
    assert designer.data.get("back", []) == []


def test_an_image_is_embedded(tmp_path: Path, designer: LayoutDesigner) -> None:
    logo = tmp_path / "logo.png"
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1a237e"))
    assert picture.save(str(logo))

    assert designer.add_image(logo)

    image = designer.data["elements"][-1]
    assert image["type"] == "image"
    assert image["src"].startswith("data:image/png;base64,")
    panel = designer.properties
    assert panel.rows["opacity"].isVisible() and not panel.rows["size"].isVisible()
    panel.rows["opacity"].setValue(0.25)
    fit = panel.rows["fit"]
    fit.setCurrentIndex(fit.findData("cover"))
    fit.activated.emit(fit.currentIndex())
    assert (image := designer.data["elements"][-1])["opacity"] == 0.25 and image["fit"] == "cover"
    assert designer.save()


def test_the_qr_code_size_from_the_panel(designer: LayoutDesigner) -> None:
    designer.canvas.select(QR)
    panel = designer.properties
    panel.rows["w"].setValue(30)
    assert element(designer, QR)["size"] == 30
    assert panel.rows["h"].value() == 30
    assert designer.canvas.element_items[QR].box == (71, 100, 30, 30)
    panel.rows["border"].setValue(4)
    assert element(designer, QR)["border"] == 4


def test_a_zoom_typed_in_the_box(qtbot: QtBot, designer: LayoutDesigner) -> None:
    box = designer.zoom_box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "200")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert designer.canvas.zoom == 2.0
    assert box.currentText() == "200%"


def test_a_file_that_is_not_an_image_is_refused_in_one_sentence(
    tmp_path: Path, designer: LayoutDesigner, message_boxes: MessageBoxes
) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    before = designer.data
    message_boxes.expect("warning", "notes.png is not a PNG, JPEG or SVG image.")

    assert not designer.add_image(text)

    assert designer.data == before
    assert designer.undo_stack.count() == 0


def test_a_refused_save_keeps_the_window_open(
    qtbot: QtBot, designer: LayoutDesigner, message_boxes: MessageBoxes, event_path: Path
) -> None:
    designer.canvas.select(EVENT)
    designer.properties.rows["min_size"].setValue(20)  # above its size (11): refused
    message_boxes.expect("warning", "must not be larger than size")

    assert not designer.save()

    assert designer.isVisible()
    assert designer.isWindowModified()
    assert saved(event_path)["elements"][EVENT]["min_size"] == 7


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, designer: LayoutDesigner, message_boxes: MessageBoxes, event_path: Path
) -> None:
    designer.canvas.select(QR)
    qtbot.keyClick(designer.canvas, Qt.Key.Key_Left)
    message_boxes.expect(
        "question", "Save the changes to the badge layout “mine”?", answer=Button.Cancel
    )
    assert not designer.close()
    assert designer.isVisible()

    message_boxes.expect("question", "Save the changes", answer=Button.Save)
    assert designer.close()
    assert saved(event_path)["elements"][QR]["x"] == 70


def test_open_designer_shows_a_window(qtbot: QtBot, event_file: EventFile, window: QWidget) -> None:
    layouts.duplicate_layout(event_file, "a4-4up", "four")
    designer = open_designer(event_file, "four", window)  # deleted once closed
    assert designer.isVisible()
    assert designer.isWindow()
    assert "four" in designer.windowTitle()
    designer.close()


def test_the_checks_name_the_element_and_select_it(qtbot: QtBot, designer: LayoutDesigner) -> None:
    if not hasattr(layouts, "design_problems"):
        pytest.skip("the design checks (services.layouts.design_problems) are not there yet")
    canvas = designer.canvas
    canvas.select(QR)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # 71 + 28 = 99 → 100 mm: within 4 mm of the edge
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)  # 105 mm: on the badge's edge
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    texts = [designer.checks.item(row).text() for row in range(designer.checks.count())]
    about_qr = [row for row, text in enumerate(texts) if "element 16" in text]
    assert about_qr, texts
    assert canvas.element_items[QR].problem  # drawn with a red outline
    assert not canvas.element_items[DELEGATION].problem

    canvas.select(None)
    designer.checks.itemClicked.emit(designer.checks.item(about_qr[0]))
    assert canvas.selected == QR


def test_the_preview_pane_says_when_it_is_missing(designer: LayoutDesigner) -> None:
    try:
        from delegations.ui.badges.layout_preview import LayoutPreview
    except ImportError:
        assert "preview is not available" in designer.preview.text()
    else:
        assert isinstance(designer.preview, LayoutPreview)
    assert spoken_name(designer.preview) == "Preview"


def test_one_photo_case_at_a_time(qtbot: QtBot, designer: LayoutDesigner) -> None:
    """a6 has a name block for badges with a photo and one for badges without: they overlap."""
    canvas = designer.canvas
    designer.case_box.setCurrentIndex(1)
    designer.case_box.activated.emit(1)  # badges with a photo
    shown = [item.index for item in canvas.element_items if item.shown]
    assert 9 in shown and 5 not in shown  # the photo, not the name drawn without one
    canvas.setFocus()
    for _ in range(5):  # 0, 1, 2, 3 (on every badge), then the photo
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == 9  # Tab skips the elements of the other case


def test_keyboard_shortcuts(qtbot: QtBot, designer: LayoutDesigner, event_path: Path) -> None:
    canvas = designer.canvas
    canvas.select(QR)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert element(designer, QR)["y"] == 99
    qtbot.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    assert element(designer, QR)["y"] == 100
    qtbot.keyClick(canvas, Qt.Key.Key_Z, CTRL | SHIFT)
    assert element(designer, QR)["y"] == 99
    qtbot.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(canvas, Qt.Key.Key_Y, CTRL)
    assert element(designer, QR)["y"] == 99
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, CTRL)
    assert canvas.zoom == 0.75
    qtbot.keyClick(canvas, Qt.Key.Key_0, CTRL)
    assert canvas.zoom == 1.0
    qtbot.keyClick(canvas, Qt.Key.Key_S, CTRL)
    assert not designer.isWindowModified()
    assert saved(event_path)["elements"][QR]["y"] == 99


@pytest.mark.parametrize("kind", ["text", "band", "qr", "photo", "rule", "rect", "image"])
def test_each_alt_letter_reaches_one_control(
    tmp_path: Path, designer: LayoutDesigner, kind: str
) -> None:
    if kind == "image":
        logo = tmp_path / "logo.png"
        QImage(10, 10, QImage.Format.Format_RGB32).save(str(logo))
        designer.add_image(logo)
    else:
        designer.add_element(kind)
    texts = [action.text() for action in designer.menuBar().actions()]
    for widget in designer.findChildren(QLabel) + designer.findChildren(QAbstractButton):
        if widget.isVisibleTo(designer) and not isinstance(widget, QToolButton):
            texts.append(widget.text())
    letters = [found.group(1).casefold() for t in texts if (found := MNEMONIC.search(t))]
    assert sorted(letters) == sorted(set(letters)), texts


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
