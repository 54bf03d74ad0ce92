"""The layout designer's live preview widget: renders off the GUI thread, coalesces a drag's
burst of requests, cycles through sample people, says why an invalid layout has no picture."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from badge_people import build_badge_event
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from delegations.services import layouts
from delegations.services.event import EventFile, open_event
from delegations.ui.badges.layout_preview import LayoutPreview


@pytest.fixture
def event(tmp_path: Path) -> EventFile:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return open_event(path)


@pytest.fixture
def preview(qtbot: QtBot, event: EventFile) -> LayoutPreview:
    widget = LayoutPreview(event)
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitUntil(lambda: widget.current_sample() is not None)
    return widget


def _name_moved(data: dict, mm: float) -> dict:
    moved = copy.deepcopy(data)
    name = next(e for e in moved["elements"] if e.get("field") == "name")
    name["x"] += mm
    return moved


def test_a_layout_is_shown_as_the_badge_at_its_aspect_ratio(
    qtbot: QtBot, preview: LayoutPreview, event: EventFile
) -> None:
    data = layouts.layout_json(event, "a6")
    with qtbot.waitSignal(preview.rendered, timeout=20_000) as shown:
        preview.show_layout(data)
    assert 0 < shown.args[0] < 20_000
    picture = preview.picture_shown()
    assert not picture.isNull()
    assert picture.width() / picture.height() == pytest.approx(105 / 148, abs=0.01)
    assert preview.picture.pixmap().height() <= preview.picture.height()  # scaled to fit
    assert preview.error_text() == ""


def test_a_burst_of_requests_renders_a_few_times_and_ends_with_the_last(
    qtbot: QtBot, preview: LayoutPreview, event: EventFile
) -> None:
    data = layouts.layout_json(event, "a6")
    times: list[float] = []
    preview.rendered.connect(times.append)
    burst = [_name_moved(data, 0.5 * step) for step in range(1, 21)]
    for moved in burst:  # as a drag's mouse moves arrive, faster than a render
        preview.show_layout(moved)
    qtbot.waitUntil(lambda: not preview._running and preview._pending is None, timeout=20_000)
    assert preview.renders == 2  # the first, then the newest of those asked meanwhile
    assert 1 <= len(times) == preview.renders - preview.dropped
    sample = preview.current_sample()
    assert sample is not None
    expected = QImage.fromData(
        layouts.render_layout_sample(event, burst[-1], sample.key, dpi=preview._shown_dpi)
    )
    assert preview.picture_shown().toImage() == expected.convertToFormat(
        preview.picture_shown().toImage().format()
    )


def test_next_and_previous_sample_change_the_person_and_the_label(
    qtbot: QtBot, preview: LayoutPreview, event: EventFile
) -> None:
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.show_layout(layouts.layout_json(event, "a6"))
    first_label, first_picture = preview.sample_label.text(), preview.picture_shown().toImage()
    assert first_label.startswith("Longest name — ") and "(1 of " in first_label
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.sample_label.text().startswith("Khmer name — Sok Chanthy (2 of ")
    assert preview.picture_shown().toImage() != first_picture
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.sample_label.text().startswith("Thai name — Somchai Jaidee (3 of ")
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)  # wraps round to the last sample
    assert preview.sample_label.text().startswith("Role colour: ")
    qtbot.waitUntil(lambda: not preview._running and preview._pending is None, timeout=20_000)


def test_an_invalid_layout_shows_its_sentence_instead_of_a_picture(
    qtbot: QtBot, preview: LayoutPreview, event: EventFile
) -> None:
    data = layouts.layout_json(event, "a6")
    broken = copy.deepcopy(data)
    broken["elements"][0]["color"] = "blue-ish"
    preview.show_layout(broken)
    qtbot.waitUntil(lambda: preview.error_text() != "", timeout=20_000)
    assert preview.error_text().startswith("Badge layout “A6 portrait badge")
    assert "“elements[0].color”" in preview.error_text()
    assert preview.picture.isHidden() and preview.picture_shown().isNull()
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        preview.show_layout(data)
    assert preview.error_text() == "" and not preview.picture.isHidden()
