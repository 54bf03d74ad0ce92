"""The covers: the front cover (title, "Programme", dates and venue on a navy panel), the
inside cover's colophon (edition, printing date, time zone) and the back cover."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from delegations.printing.booklet.flow import ShapedParagraph, Span
from delegations.printing.booklet.model import Booklet
from delegations.printing.booklet.typography import (
    GOLD,
    GREY,
    LIGHT,
    NAVY,
    WHITE,
    Paper,
    Styles,
    styles_for,
)
from delegations.printing.words import Words


def draw_cover(canvas, booklet: Booklet, paper: Paper, st: Styles) -> None:  # noqa: ANN001
    event = booklet.event
    s = paper.scale
    width, height = paper.width, paper.height
    left, frame_width = paper.inner, paper.frame_width
    canvas.saveState()
    # The navy panel at the foot of the page, bled off the edges.
    panel = height * 0.30
    canvas.setFillColor(colors.HexColor(NAVY))
    canvas.rect(0, 0, width, panel, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor(GOLD))
    canvas.rect(0, panel, width, 1.6 * s, stroke=0, fill=1)

    y = height - paper.top - 6 * mm
    canvas.setStrokeColor(colors.HexColor(GOLD))
    canvas.setLineWidth(1.2)
    canvas.line(left, y, left + 16 * mm, y)
    y -= 10 * mm

    name, name_beneath = Words(booklet.edition).title(event.name, event.name_zh)
    title = ShapedParagraph([Span(name, bold=True)], size=23 * s, leading=27 * s, color=NAVY)
    title.wrap(frame_width, height)
    title.drawOn(canvas, left, y - title.height)
    y -= title.height + 5 * mm
    if name_beneath:
        title_zh = ShapedParagraph([Span(name_beneath)], size=15 * s, leading=20 * s, color=NAVY)
        title_zh.wrap(frame_width, height)
        title_zh.drawOn(canvas, left, y - title_zh.height)
        y -= title_zh.height + 8 * mm

    # "Programme" in the quiet space above the panel, the other language beneath.
    words = Words(booklet.edition)
    word = ShapedParagraph([Span(words("programme_book"))], size=26 * s, color=GOLD)
    word.wrap(frame_width, height)
    word_zh = ShapedParagraph([Span(words.beneath("programme_book"))], size=13 * s, color=GOLD)
    word_zh.wrap(frame_width, height)
    base = panel + 12 * mm
    word_zh.drawOn(canvas, left, base)
    word.drawOn(canvas, left, base + word_zh.height + 1 * mm)

    # Dates, venue and the programme version in the panel.
    y = panel - 14 * mm
    for text, size, color, bold in (
        (event.dates, 13 * s, WHITE, True),
        (event.venue, 9 * s, "#d9e1ec", False),
        (event.city, 9 * s, "#d9e1ec", False),
    ):
        if not text:
            continue
        line = ShapedParagraph([Span(text, bold=bold)], size=size, color=color)
        line.wrap(frame_width, height)
        line.drawOn(canvas, left, y - line.height)
        y -= line.height + 1.2 * mm
    version = ShapedParagraph([Span(event.version)], size=7.4 * s, color="#c9a45c")
    version.wrap(frame_width, height)
    version.drawOn(canvas, left, paper.bottom * 0.75)
    canvas.restoreState()


def draw_back(canvas, booklet: Booklet, paper: Paper, st: Styles) -> None:  # noqa: ANN001
    event = booklet.event
    canvas.saveState()
    lines = [Span(event.name, bold=True, color=NAVY)]
    block = ShapedParagraph(lines, size=8 * st.s, align="center")
    block.wrap(paper.frame_width, 100)
    block.drawOn(canvas, paper.inner, paper.bottom + 14 * mm)
    small = ShapedParagraph(
        [Span(" · ".join(p for p in (event.dates, event.venue) if p))],
        size=7 * st.s, color=GREY, align="center",
    )  # fmt: skip
    small.wrap(paper.frame_width, 100)
    small.drawOn(canvas, paper.inner, paper.bottom + 8 * mm)
    canvas.setStrokeColor(colors.HexColor(GOLD))
    canvas.setLineWidth(0.8)
    mid = paper.width / 2
    canvas.line(mid - 8 * mm, paper.bottom + 21 * mm, mid + 8 * mm, paper.bottom + 21 * mm)
    canvas.restoreState()


class Colophon(Flowable):
    """The inside cover: the edition, at the foot of page 2."""

    quiet_page = True

    def __init__(self, booklet: Booklet, paper: Paper) -> None:
        super().__init__()
        self.booklet, self.paper = booklet, paper

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.avail = availWidth
        return availWidth, availHeight - 1

    def draw(self) -> None:
        event, st = self.booklet.event, styles_for(self.paper.scale)
        words = Words(self.booklet.edition)
        printed = event.printed_on
        date = (f"{printed.year}年{printed.month}月{printed.day}日" if words.chinese_first
                else f"{printed:%-d %B %Y}") if printed else ""  # fmt: skip
        y = 0.0
        lines = [
            (event.version, GREY),
            (words("printed_on", date=date) if printed else "", GREY),
            (words("all_local_time", zone=event.time_zone) if event.time_zone else "", GREY),
            (words("may_change"), LIGHT),
        ]
        for text, color in reversed([line for line in lines if line[0]]):
            p = ShapedParagraph([Span(text)], size=7 * st.s, color=color)
            _, height = p.wrap(self.avail, 100)
            p.drawOn(self.canv, 0, y)
            y += height
        y += 4
        p = ShapedParagraph([Span(event.name, bold=True)], size=8 * st.s, color=NAVY)
        _, height = p.wrap(self.avail, 100)
        p.drawOn(self.canv, 0, y)
        self.canv.setStrokeColor(colors.HexColor(GOLD))
        self.canv.setLineWidth(0.8)
        self.canv.line(0, y + height + 5, 12 * mm, y + height + 5)
