"""Small flowables of the booklet: rules, stacks that move as one, ruled note lines, a
monogram where a speaker has no photo, and the photos themselves."""

from __future__ import annotations

import io
import logging

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image

from delegations.domain.errors import InvalidInput
from delegations.domain.photos import square_photo
from delegations.printing.booklet.flow import ShapedParagraph, Span
from delegations.printing.booklet.model import PersonRef
from delegations.printing.booklet.typography import BAND, NAVY, RULE

log = logging.getLogger(__name__)


def restyled(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """`style` with a few attributes changed."""
    return ParagraphStyle(style.name + "+", parent=style, **changes)


class Rule(Flowable):
    def __init__(
        self, width: float, color: str, thickness: float, space_before: float = 0,
        space_after: float = 0,
    ) -> None:  # fmt: skip
        super().__init__()
        self.rule_width, self.color, self.thickness = width, color, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return min(self.rule_width, availWidth), self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.rule_width, self.thickness / 2)


class Stack(Flowable):
    """Flowables one above the other that move as one (never split)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self.spaceBefore = parts[0].getSpaceBefore()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        gaps = sum(part.getSpaceAfter() for part in self.parts[:-1])
        self.width, self.height = availWidth, sum(h for _, h in self.sizes) + gaps
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_, height) in zip(self.parts, self.sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


class Lines(Flowable):
    """Ruled lines for notes."""

    def __init__(self, width: float, count: int, step: float) -> None:
        super().__init__()
        self.w, self.count, self.step = width, max(count, 1), step

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.count = max(1, min(self.count, int(availHeight // self.step)))
        return self.w, self.count * self.step

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(RULE))
        self.canv.setLineWidth(0.4)
        for row in range(self.count):
            y = row * self.step
            self.canv.line(0, y, self.w, y)


class Monogram(Flowable):
    """A square with the speaker's initials where there is no photo."""

    def __init__(self, person: PersonRef, size: float) -> None:
        super().__init__()
        self.person, self.size = person, size
        words = [w for w in person.name.split() if w[:1].isalpha()]
        self.initials = "".join(w[0] for w in words[:2]).upper() or (person.native[:1] or "?")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(colors.HexColor(BAND))
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        initials = ShapedParagraph([Span(self.initials, bold=True)], size=self.size * 0.34,
                                   color=NAVY, align="center")  # fmt: skip
        _, height = initials.wrap(self.size, self.size)
        initials.drawOn(canvas, 0, (self.size - height) / 2)


def photo_flowable(data: bytes | None, size: float) -> Flowable | None:
    if not data:
        return None
    return Image(io.BytesIO(data), width=size, height=size)


def print_photo(data: bytes | None, pixels: int = 320) -> bytes | None:
    """The photo as every photo is kept (`domain.photos`), small enough for print; None if
    unreadable, since a broken photo must not stop the booklet."""
    if not data:
        return None
    try:
        return square_photo(data, pixels)
    except InvalidInput:
        log.warning("a speaker's photo cannot be read; printed without it", exc_info=True)
        return None
