"""Badge rendering: one renderer that dispatches on the layout element's type.

The renderer draws one badge at the origin; `render_badges` places badges on pages with the
sheet's slot positions, adds crop marks and fold lines, and streams pages to the PDF. Text is
shaped per script (`printing.fonts`) and fitted (`printing.text`); the QR code is a vector path.
"""

from __future__ import annotations

import io
import logging
import string
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from delegations.printing import fonts
from delegations.printing.layouts import (
    MM,
    Element,
    ImageElement,
    Layout,
    LayoutError,
    Slot,
    back_slot_positions,
    folded_slots,
    slot_positions,
)
from delegations.printing.model import BadgeData, EventInfo
from delegations.printing.png_images import decoded_png_pixels, draw_png, png_pixels
from delegations.printing.qr import draw_qr
from delegations.printing.text import FittedText, TextObjects, draw_fitted, fit_text
from delegations.progress import Cancelled, Progress, never, no_progress

log = logging.getLogger(__name__)

TEXT_COLOR = "#1c1c1c"
CROP_GAP = 1.5 * MM  # crop marks stop this far from the badge
CROP_LENGTH = 5 * MM


@dataclass(frozen=True, slots=True)
class Issue:
    """A preflight finding: `kind` is "missing glyphs" or "below minimum size"; a finding
    about the whole run (the event not yet named) has no person and delegate_id 0."""

    delegate_id: int
    person: str
    kind: str
    detail: str

    def __str__(self) -> str:
        if not self.person:
            return self.detail
        return f"{self.person}: {self.kind} — {self.detail}"


@dataclass(slots=True)
class RenderResult:
    badges: int = 0
    pages: int = 0
    cancelled: bool = False
    small_text: list[Issue] = field(default_factory=list)


def _contrast_text(color: str) -> str:
    """Black or white, whichever reads better on the background `color` (#rrggbb)."""
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "#111111" if luminance > 0.6 else "#ffffff"


@lru_cache(maxsize=512)
def color(value: str):  # noqa: ANN201 (reportlab Color)
    """A ReportLab colour for #rrggbb, parsed once (parsing costs more than drawing)."""
    from reportlab.lib.colors import toColor

    return toColor(value)


def _color(value: str | None, badge: BadgeData, default: str = TEXT_COLOR):  # noqa: ANN202
    if value == "role":
        return color(badge.role_color)
    return color(value or default)


class BadgeRenderer:
    """Draws badges of one layout on one canvas; reuses fitted and encoded text across badges
    (event name, roles, delegations…).

    `family_caps` True or False prints the family name in capitals ("BAI Zhen") on every
    name element, or on none, whatever the layout says; None follows the layout.
    `decoded_images` stores PNG images decoded (the same pixels, drawn sooner by a PDF reader,
    but larger): for the layout designer's preview, which draws the page at once.
    """

    def __init__(
        self,
        layout: Layout,
        event: EventInfo,
        *,
        family_caps: bool | None = None,
        decoded_images: bool = False,
    ) -> None:
        self.layout = layout
        self.event = event
        self.family_caps = family_caps
        self.decoded_images = decoded_images
        self.text_objects = TextObjects()
        self.width = layout.badge_width * MM
        self.height = layout.badge_height * MM
        self._draw = {
            "text": self._text,
            "band": self._band,
            "qr": self._qr,
            "photo": self._photo,
            "rule": self._rule,
            "rect": self._rect,
            "image": self._image,
        }
        self._forms: dict[int, str] = {}  # id(image element) -> its form XObject's name

    # Geometry -------------------------------------------------------------------------

    def _box(self, element: Element) -> tuple[float, float, float, float]:
        """Element box in points, bottom-left origin: (x, y, w, h)."""
        return (
            element.x * MM,
            self.height - (element.y + element.h) * MM,
            element.w * MM,
            element.h * MM,
        )

    def _visible(self, element: Element, badge: BadgeData) -> bool:
        def present(key: str) -> bool:
            if key == "photo":
                return bool(badge.photo)
            return bool(badge.field(key, self.event).strip())

        when, unless = element.get("when"), element.get("unless")
        return (when is None or present(when)) and (unless is None or not present(unless))

    def element_text(self, element: Element, badge: BadgeData) -> str:
        template = element.get("text")
        if template is not None:
            return self._filled(template, element, badge)
        keys = element.get("field")
        keys = [keys] if isinstance(keys, str) else keys
        caps = self.family_caps
        if caps is None:
            caps = bool(element.get("family_name_caps", False))
        parts = [
            badge.name_with_family_caps()
            if caps and key == "name"
            else badge.field(key, self.event)
            for key in keys
        ]
        parts = [part.strip() for part in parts]
        text = element.get("sep", " ").join(part for part in parts if part)
        return text.upper() if element.get("uppercase") else text

    def _field_value(self, key: str, element: Element, badge: BadgeData) -> str:
        caps = self.family_caps
        if caps is None:
            caps = bool(element.get("family_name_caps", False))
        if caps and key == "name":
            return badge.name_with_family_caps().strip()
        return badge.field(key, self.event).strip()

    def _filled(self, template: str, element: Element, badge: BadgeData) -> str:
        """Free text with its {placeholders} filled; the schema allows only known fields."""
        parts = []
        for literal, key, _spec, _conversion in string.Formatter().parse(template):
            parts.append(literal)
            if key is not None:
                parts.append(self._field_value(key, element, badge))
        text = "".join(parts).strip()
        return text.upper() if element.get("uppercase") else text

    def fit(self, element: Element, text: str) -> FittedText:
        size = float(element.get("size"))
        return fit_text(
            text,
            element.w * MM,
            element.h * MM,
            size,
            float(element.get("min_size", size)),
            int(element.get("lines", 1)),
            bool(element.get("bold", False)),
        )

    def _band_label(self, element: Element, badge: BadgeData) -> tuple[str, FittedText | None]:
        label = badge.role.upper() if element.get("uppercase", True) else badge.role
        if not element.get("label", True) or not label:
            return label, None
        padding = min(4 * MM, element.w * MM * 0.06)
        size = float(element.get("size", 14))
        fitted = fit_text(
            label,
            element.w * MM - 2 * padding,
            element.h * MM * 0.8,
            size,
            float(element.get("min_size", min(size, 6))),
            1,
            bool(element.get("bold", True)),
        )
        return label, fitted

    # Checks ---------------------------------------------------------------------------

    def small_text(self, badge: BadgeData) -> list[Issue]:
        """Flagged text elements (names) whose best fit is below their minimum size."""
        issues = []
        for element in self.layout.elements:
            if (
                element.type != "text"
                or not element.get("flag")
                or not self._visible(element, badge)
            ):
                continue
            text = self.element_text(element, badge)
            if not text:
                continue
            fitted = self.fit(element, text)
            if fitted.below_minimum:
                issues.append(
                    Issue(
                        badge.delegate_id,
                        badge.name or badge.native_name,
                        "below minimum size",
                        f"“{text}” fits only at {fitted.size:.1f} pt (minimum "
                        f"{element.get('min_size')} pt) on layout {self.layout.name}",
                    )
                )
        return issues

    # Drawing ---------------------------------------------------------------------------

    def draw(self, canvas, badge: BadgeData, *, back: bool = False) -> None:  # noqa: ANN001
        """Draw one badge (its `back` side) with its bottom-left corner at the canvas origin."""
        for element in self.layout.back if back else self.layout.elements:
            if self._visible(element, badge):
                self._draw[element.type](canvas, element, badge)

    def _text(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        text = self.element_text(element, badge)
        if not text:
            return
        x, y, w, h = self._box(element)
        draw_fitted(
            canvas,
            self.fit(element, text),
            x,
            y,
            w,
            h,
            element.get("align", "center"),
            element.get("valign", "middle"),
            _color(element.get("color"), badge),
            self.text_objects,
        )

    def _band(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        x, y, w, h = self._box(element)
        canvas.setFillColor(color(badge.role_color))
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        _label, fitted = self._band_label(element, badge)
        if fitted is not None:
            draw_fitted(
                canvas,
                fitted,
                x,
                y,
                w,
                h,
                element.get("align", "center"),
                "middle",
                color(_contrast_text(badge.role_color)),
                self.text_objects,
            )

    def _qr(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        if badge.qr_payload:
            x, y, w, _h = self._box(element)
            draw_qr(canvas, badge.qr_payload, x, y, w, int(element.get("border", 2)))

    def _photo(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        if not badge.photo:
            return
        from reportlab.lib.utils import ImageReader

        x, y, w, h = self._box(element)
        try:
            image = ImageReader(io.BytesIO(badge.photo))
            canvas.drawImage(image, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")
        except Exception:  # a broken photo must not stop a print run of hundreds
            log.warning(
                "photo of delegate %s cannot be read; badge printed without it",
                badge.delegate_id,
                exc_info=True,
            )

    def _rule(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        x, y, w, _h = self._box(element)
        canvas.setStrokeColor(_color(element.get("color"), badge, "#9e9e9e"))
        canvas.setLineWidth(float(element.get("width", 0.75)))
        canvas.line(x, y, x + w, y)

    def _rect(self, canvas, element: Element, badge: BadgeData) -> None:  # noqa: ANN001
        x, y, w, h = self._box(element)
        canvas.setFillColor(_color(element.get("color"), badge, "#eeeeee"))
        canvas.rect(x, y, w, h, stroke=0, fill=1)

    def _image(self, canvas, element: ImageElement, badge: BadgeData) -> None:  # noqa: ANN001
        """The image as a form XObject, drawn into the PDF once and placed on every badge."""
        name = self._forms.get(id(element))
        if name is None:
            name = f"BadgeImage{len(self._forms)}x{id(self):x}"
            x, y, w, h = self._box(element)
            canvas.beginForm(name, x, y, x + w, y + h)  # the box clips a "cover" image
            try:
                _draw_image(canvas, element, (x, y, w, h), decoded=self.decoded_images)
            finally:
                canvas.endForm()
            self._forms[id(element)] = name
        canvas.saveState()
        opacity = float(element.get("opacity", 1.0))
        if opacity < 1:
            canvas.setFillAlpha(opacity)
            canvas.setStrokeAlpha(opacity)
        canvas.doForm(name)
        canvas.restoreState()


def _placed(
    size: tuple[float, float], box: tuple[float, float, float, float], fit: str
) -> tuple[float, float, float, float]:
    """Where an image of `size` goes in `box` (x, y, w, h): whole, filling, or stretched."""
    x, y, w, h = box
    if fit == "stretch" or size[0] <= 0 or size[1] <= 0:
        return box
    pick = max if fit == "cover" else min
    scale = pick(w / size[0], h / size[1])
    width, height = size[0] * scale, size[1] * scale
    return x + (w - width) / 2, y + (h - height) / 2, width, height


def _draw_image(
    canvas,  # noqa: ANN001 (reportlab Canvas)
    element: ImageElement,
    box: tuple[float, float, float, float],
    *,
    decoded: bool = False,
) -> None:
    media, data = element.image()
    fit = element.get("fit", "contain")
    if media == "image/svg+xml":
        from reportlab.graphics import renderPDF

        drawing = _svg_drawing(data)
        x, y, w, h = _placed((drawing.width, drawing.height), box, fit)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(w / drawing.width, h / drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
        return
    read_pixels = decoded_png_pixels if decoded else png_pixels
    pixels = read_pixels(data) if media == "image/png" else None
    if pixels is not None:  # the PNG's own compressed pixels, not decoded and recompressed
        draw_png(canvas, pixels, *_placed((pixels.width, pixels.height), box, fit))
        return
    from reportlab.lib.utils import ImageReader

    image = ImageReader(io.BytesIO(data))
    x, y, w, h = _placed(image.getSize(), box, fit)
    canvas.drawImage(image, x, y, w, h, mask="auto")


def check_images(layout: Layout, source: str) -> None:
    """Draw each image of the layout once, off the page: an image the schema let through but
    that cannot be drawn (a damaged PNG, an SVG svglib cannot read) is refused here, before
    the layout is stored, not in the middle of a print run.

    Raises:
        LayoutError: naming the element, e.g. “back[1]”.
    """
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    for side, elements in (("elements", layout.elements), ("back", layout.back)):
        for index, element in enumerate(elements):
            if element.type != "image":
                continue
            try:
                _draw_image(canvas, element, (0, 0, element.w * MM, element.h * MM))
            except Exception as error:  # noqa: BLE001 (any reader's failure: one sentence)
                raise LayoutError(
                    f"Badge layout {source}: “{side}[{index}]” is an image that cannot be "
                    f"drawn ({str(error).strip() or type(error).__name__})."
                ) from None


def _svg_drawing(data: bytes):  # noqa: ANN202 (reportlab Drawing)
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(io.BytesIO(data))
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise ValueError("the SVG image has no size")
    return drawing


# Preflight ------------------------------------------------------------------------------

NAME_FIELDS = ("honorific", "name", "native_name")


def preflight(
    layout: Layout,
    event: EventInfo,
    badges: Iterable[BadgeData],
    *,
    family_caps: bool | None = None,
) -> list[Issue]:
    """Names no bundled font can draw, and names that only fit below their minimum size."""
    renderer = BadgeRenderer(layout, event, family_caps=family_caps)
    issues: list[Issue] = []
    for badge in badges:
        missing: list[str] = []
        for key in NAME_FIELDS:
            missing.extend(
                c for c in fonts.uncovered_chars(getattr(badge, key)) if c not in missing
            )
        if missing:
            listed = " ".join(f"{c} (U+{ord(c):04X})" for c in missing[:8])
            issues.append(
                Issue(
                    badge.delegate_id,
                    badge.name or badge.native_name,
                    "missing glyphs",
                    f"no bundled font has {listed}",
                )
            )
        issues.extend(renderer.small_text(badge))
    return issues


# Pages ---------------------------------------------------------------------------------


def _draw_marks(canvas, layout: Layout, slots: list[Slot]) -> None:  # noqa: ANN001
    """Crop marks at every cut line, in the page margins, and dashed fold lines."""
    sheet = layout.sheet
    width, height = layout.badge_width * MM, layout.badge_height * MM
    page_w, page_h = sheet.page_width * MM, sheet.page_height * MM
    canvas.saveState()
    if sheet.crop_marks:
        xs = sorted({round(s.x, 2) for s in slots} | {round(s.x + width, 2) for s in slots})
        ys = sorted({round(s.y, 2) for s in slots} | {round(s.y + height, 2) for s in slots})
        left, right = xs[0], page_w - xs[-1]
        bottom, top = ys[0], page_h - ys[-1]
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(0.3)

        def extent(margin: float) -> float:
            # In a wide margin the mark stops short of the badge; edge-to-edge sheets get a
            # short mark on the cut line itself, which the cut removes.
            return margin - CROP_GAP if margin > CROP_GAP + 2 * MM else CROP_LENGTH

        for x in xs:
            canvas.line(x, page_h, x, page_h - extent(top))
            canvas.line(x, 0, x, extent(bottom))
        for y in ys:
            canvas.line(0, y, extent(left), y)
            canvas.line(page_w, y, page_w - extent(right), y)
    if sheet.fold_lines and sheet.rows > 1:
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.setDash(4, 3)
        for row in range(1, sheet.rows):
            y = slots[row * sheet.columns].y + height
            canvas.line(0, y, page_w, y)
    canvas.restoreState()


def _pages(layout: Layout, badges: Iterable[BadgeData]) -> Iterator[list[BadgeData]]:
    per_page = layout.sheet.per_page
    if layout.sheet.repeat:
        for badge in badges:
            yield [badge] * per_page
        return
    page: list[BadgeData] = []
    for badge in badges:
        page.append(badge)
        if len(page) == per_page:
            yield page
            page = []
    if page:
        yield page


def render_badges(
    target: str | Path | BinaryIO,
    layout: Layout,
    event: EventInfo,
    badges: Iterable[BadgeData],
    *,
    total: int,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
    family_caps: bool | None = None,
) -> RenderResult:
    """Draw `badges` (streamed: an iterator is consumed page by page) into the PDF `target`.

    `progress(done, total)` is called at most every 100 ms and at the end; `cancelled()` is
    polled before each page and stops the run (the caller discards the file). `family_caps`
    overrides the layout's "family_name_caps" (see `BadgeRenderer`).
    """
    return render_badge_groups(
        target,
        [(layout, badges)],
        event,
        total=total,
        progress=progress,
        cancelled=cancelled,
        family_caps=family_caps,
    )


def render_badge_groups(
    target: str | Path | BinaryIO,
    groups: Sequence[tuple[Layout, Iterable[BadgeData]]],
    event: EventInfo,
    *,
    total: int,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
    family_caps: bool | None = None,
) -> RenderResult:
    """Badges of several layouts in one PDF (one role's layout each): the groups in turn,
    each page at its layout's page size. A layout with a back side prints each sheet's
    reverse on the page after it (duplex), each back behind its front (`back_slot_positions`).
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # binary streams: smaller files, and no pure-Python ASCII85 pass
    latin = fonts.font_name(fonts.Script.LATIN)
    canvas = Canvas(
        target if isinstance(target, str) or hasattr(target, "write") else str(target),
        pagesize=_page_size(groups[0][0]) if groups else (105 * MM, 148 * MM),
        pageCompression=1,
        initialFontName=latin,
        initialFontSize=10,
    )
    canvas.setTitle(f"Badges — {event.name}")
    canvas.setCreator("Delegations")
    result = RenderResult()
    report = _Reporter(progress, total)
    for layout, badges in groups:
        renderer = BadgeRenderer(layout, event, family_caps=family_caps)
        if not _render_group(canvas, renderer, badges, result, report, cancelled):
            result.cancelled = True
            return result
    if result.pages == 0:
        canvas.showPage()  # an empty but valid PDF
    canvas.save()
    progress(result.badges, total)
    return result


def _page_size(layout: Layout) -> tuple[float, float]:
    return layout.sheet.page_width * MM, layout.sheet.page_height * MM


@dataclass(slots=True)
class _Reporter:
    """Calls `progress` at most every 100 ms."""

    progress: Progress
    total: int
    last: float = 0.0

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.1:
            self.progress(done, self.total)
            self.last = now


def _render_group(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    renderer: BadgeRenderer,
    badges: Iterable[BadgeData],
    result: RenderResult,
    report: _Reporter,
    cancelled: Cancelled,
) -> bool:
    """One layout's pages; False when cancelled."""
    layout = renderer.layout
    if layout.sheet.fold is not None:
        return _render_folded(canvas, renderer, badges, result, report, cancelled)
    sides = [(slot_positions(layout), False)]
    if layout.duplex:
        sides.append((back_slot_positions(layout), True))
    for page in _pages(layout, badges):
        if cancelled():
            return False
        for slots, back in sides:
            canvas.setPageSize(_page_size(layout))
            _draw_page(canvas, renderer, slots, page, back=back)
            _draw_marks(canvas, layout, slots)
            canvas.showPage()
            result.pages += 1
        result.small_text.extend(
            renderer.small_text(page[0])
            if layout.sheet.repeat
            else [issue for badge in page for issue in renderer.small_text(badge)]
        )
        result.badges += 1 if layout.sheet.repeat else len(page)
        report(result.badges)
    return True


def _render_folded(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    renderer: BadgeRenderer,
    badges: Iterable[BadgeData],
    result: RenderResult,
    report: _Reporter,
    cancelled: Cancelled,
) -> bool:
    """A folded badge a page: the front on one half, the back on the facing half."""
    layout = renderer.layout
    front, back = folded_slots(layout)
    for badge in badges:
        if cancelled():
            return False
        canvas.setPageSize(_page_size(layout))
        _draw_page(canvas, renderer, [front], [badge], back=False)
        _draw_page(canvas, renderer, [back], [badge], back=True)
        _draw_fold(canvas, layout, front)
        canvas.showPage()
        result.pages += 1
        result.badges += 1
        result.small_text.extend(renderer.small_text(badge))
        report(result.badges)
    return True


def _draw_fold(canvas, layout: Layout, front: Slot) -> None:  # noqa: ANN001
    """The dashed fold line between the halves."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    canvas.setDash(4, 3)
    if layout.sheet.fold == "side":
        canvas.line(front.x, 0, front.x, layout.sheet.page_height * MM)
    else:
        top = front.y + layout.badge_height * MM
        canvas.line(0, top, layout.sheet.page_width * MM, top)
    canvas.restoreState()


def _draw_page(
    canvas,  # noqa: ANN001 (reportlab Canvas)
    renderer: BadgeRenderer,
    slots: list[Slot],
    page: list[BadgeData],
    *,
    back: bool,
) -> None:
    width, height = renderer.width, renderer.height
    for slot, badge in zip(slots, page, strict=False):
        canvas.saveState()
        if slot.rotation == 180:
            canvas.translate(slot.x + width, slot.y + height)
            canvas.rotate(180)
        else:
            canvas.translate(slot.x, slot.y)
        renderer.draw(canvas, badge, back=back)
        canvas.restoreState()
