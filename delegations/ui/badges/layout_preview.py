"""The layout designer's live preview: the badge being designed, drawn for a real person of
the event by the print path's renderer (`services.layouts.render_layout_sample`).

Rendering runs off the GUI thread (`read_in_background`). A drag asks for a picture at every
mouse move; while one render runs only the newest request is kept and rendered next, so the
picture follows the mouse a render behind and ends on the last position. The picture is
rendered at the size it is shown (up to 150 dpi) and kept at the badge's aspect ratio.
"""

from __future__ import annotations

import copy
import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import layouts
from delegations.services.event import EventFile
from delegations.services.layouts import PreviewSample
from delegations.ui.jobs import read_in_background
from delegations.ui.palette import error_style

log = logging.getLogger(__name__)

MAX_DPI = 150
MIN_DPI = 36
# While newer requests wait, a render is dropped before its rasterising unless no picture
# has been shown for this long: a drag still shows several pictures a second, and the
# picture after it comes sooner (the last move need not wait for a stale render).
FRESH_FOR = 0.12  # s


class _Progress:
    """What the worker reads while it renders (plain attributes, never a Qt object)."""

    newer_waiting = False
    last_shown = 0.0

    def superseded(self) -> bool:
        return self.newer_waiting and time.perf_counter() - self.last_shown < FRESH_FOR


@dataclass(frozen=True, slots=True)
class _Request:
    data: dict[str, Any]
    side: str
    asked: float  # time.perf_counter() of the show_layout() call


class LayoutPreview(QWidget):
    """The badge as it prints, for one sample person at a time (Previous / Next sample)."""

    rendered = Signal(float)  # ms from show_layout() to the picture shown

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._samples: list[PreviewSample] | None = None  # None until read
        self._index = 0
        self._last: _Request | None = None  # the newest layout asked for
        self._pending: _Request | None = None  # asked for while a render runs
        self._running = False
        self._progress = _Progress()
        self._pixmap = QPixmap()
        self._shown_dpi = 0.0
        self.renders = 0  # renders started (a burst of requests starts few)
        self.dropped = 0  # of which dropped before rasterising, for a newer request

        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(120, 160)
        self.error = QLabel(self)
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        self.sample_label = QLabel(self.tr("Reading the event's people…"), self)
        self.sample_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(self.tr("◀ Previous sample"), self)
        self.next_button = QPushButton(self.tr("Next sample ▶"), self)
        self.previous_button.setToolTip(self.tr("Page Up"))
        self.next_button.setToolTip(self.tr("Page Down"))
        self.previous_button.clicked.connect(lambda: self.step_sample(-1))
        self.next_button.clicked.connect(lambda: self.step_sample(1))
        self._enable_buttons()

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.sample_label, 1)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout(self)
        column.addWidget(self.picture, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        read_in_background(self, lambda: layouts.preview_samples(event_file), self._on_samples)

    # What the designer calls -------------------------------------------------------------

    def show_layout(self, data: dict[str, Any], side: str = "front") -> None:
        """Draw `data` (the layout's JSON, copied now: the designer may change it next) for
        the current sample; returns at once."""
        self._last = _Request(copy.deepcopy(data), side, time.perf_counter())
        self._ask(self._last)

    def current_sample(self) -> PreviewSample | None:
        return self._samples[self._index] if self._samples else None

    def step_sample(self, step: int) -> None:
        """The previous (-1) or next (1) sample person, drawn with the last layout."""
        if not self._samples:
            return
        self._index = (self._index + step) % len(self._samples)
        self._show_sample_label()
        if self._last is not None:
            self._last = _Request(self._last.data, self._last.side, time.perf_counter())
            self._ask(self._last)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        steps = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        if event.key() in steps:
            self.step_sample(steps[event.key()])
            return
        super().keyPressEvent(event)

    # Samples -----------------------------------------------------------------------------

    def _on_samples(self, samples: list[PreviewSample]) -> None:
        self._samples = samples
        self._index = 0
        self._enable_buttons()
        self._show_sample_label()
        if self._pending is not None and not self._running:
            self._start()

    def _enable_buttons(self) -> None:
        several = bool(self._samples) and len(self._samples) > 1
        self.previous_button.setEnabled(several)
        self.next_button.setEnabled(several)

    def sample_text(self, sample: PreviewSample) -> str:
        """The sample's label in the user's language."""
        labels = {
            "longest": self.tr("Longest name"),
            "km": self.tr("Khmer name"),
            "th": self.tr("Thai name"),
            "lo": self.tr("Lao name"),
            "my": self.tr("Myanmar name"),
            "zh": self.tr("Chinese name"),
            "vi": self.tr("Vietnamese name"),
            "photo": self.tr("With a photo"),
            "no-photo": self.tr("Without a photo"),
            "no-role": self.tr("No role"),
            "example": self.tr("An example person (the event has nobody yet)"),
        }
        if sample.key.startswith("role:"):
            label = self.tr("Role colour: {role}").format(role=sample.role)
        else:
            label = labels.get(sample.key, sample.label)
        if sample.delegate_id is None or not sample.person:
            return label
        return self.tr("{sample} — {person}").format(sample=label, person=sample.person)

    def _show_sample_label(self) -> None:
        sample = self.current_sample()
        if sample is None:
            self.sample_label.setText(self.tr("No sample"))
            return
        count = len(self._samples or [])
        self.sample_label.setText(
            self.tr("{sample} ({number} of {count})").format(
                sample=self.sample_text(sample), number=self._index + 1, count=count
            )
        )

    # Rendering ---------------------------------------------------------------------------

    def _ask(self, request: _Request) -> None:
        self._pending = request
        self._progress.newer_waiting = self._running
        if not self._running and self._samples is not None:
            self._start()

    def _start(self) -> None:
        request, self._pending = self._pending, None
        sample = self.current_sample()
        if request is None or sample is None:
            return
        self._running = True
        self._progress.newer_waiting = False
        self.renders += 1
        event_file, key, dpi = self._event_file, sample.key, self._dpi(request.data)
        superseded = self._progress.superseded

        def render() -> tuple[bytes | None, BaseException | None]:
            try:
                return layouts.render_layout_sample(
                    event_file, request.data, key, request.side, dpi, superseded=superseded
                ), None
            except Exception as error:  # noqa: BLE001 (shown in the preview, not raised)
                return None, error

        read_in_background(self, render, lambda result: self._on_rendered(request, dpi, *result))

    def _on_rendered(
        self, request: _Request, dpi: float, png: bytes | None, error: BaseException | None
    ) -> None:
        self._running = False
        if png is None:
            self._show_error(error)
        elif not png:  # dropped for a newer request
            self.dropped += 1
        else:
            self._progress.last_shown = time.perf_counter()
            self._pixmap.loadFromData(png, "PNG")
            self._shown_dpi = dpi
            self.error.hide()
            self.picture.show()
            self._scale_picture()
            self.rendered.emit((time.perf_counter() - request.asked) * 1000)
        if self._pending is not None:
            self._start()

    def _show_error(self, error: BaseException | None) -> None:
        """One line instead of the picture: the invalid layout's sentence."""
        if isinstance(error, UserError):
            text = str(error)
        else:
            log.error("the layout preview failed", exc_info=error)
            text = self.tr("Something went wrong: {error}. The details are in the log file.")
            text = text.format(error=error)
        self._pixmap = QPixmap()
        self.picture.clear()
        self.picture.hide()
        self.error.setText(text)
        self.error.show()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _dpi(self, data: dict[str, Any]) -> float:
        """The resolution at which the badge fills the picture's area (at most 150 dpi)."""
        try:
            width, height = float(data["badge"]["width"]), float(data["badge"]["height"])
        except (KeyError, TypeError, ValueError):
            return MAX_DPI
        if width <= 0 or height <= 0:
            return MAX_DPI
        area = self.picture.size() * self.devicePixelRatioF()
        fits = min(area.width() / width, area.height() / height) * 25.4
        return max(MIN_DPI, min(MAX_DPI, fits))

    def picture_shown(self) -> QPixmap:
        """The picture as rendered (not scaled), null while there is none."""
        return self._pixmap

    def is_idle(self) -> bool:
        """No render running and none waiting: the picture shows the last request."""
        return not self._running and self._pending is None

    @property
    def shown_dpi(self) -> float:
        """The resolution the picture shown was rendered at."""
        return self._shown_dpi

    def _scale_picture(self) -> None:
        if self._pixmap.isNull():
            return
        ratio = self.devicePixelRatioF()
        scaled = self._pixmap.scaled(
            self.picture.size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.picture.setPixmap(scaled)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._scale_picture()
        last = self._last
        grown = last is not None and self._dpi(last.data) > self._shown_dpi * 1.25
        if grown and not self._pixmap.isNull():  # drawn again, sharp
            self._ask(_Request(last.data, last.side, time.perf_counter()))
