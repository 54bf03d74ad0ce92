"""The printed programme's palette, type sizes and paragraph styles (booklet, errata, doors).

One restrained palette: ink for text, a deep navy for headings and rules, a muted gold for
accents, greys for secondary text. Latin body text is Noto Sans through ReportLab's
`Paragraph`; names and titles in other scripts go through `flow.ShapedParagraph`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from delegations.printing.fonts import Script, font_name

INK = "#1d232b"
NAVY = "#1b365d"
GOLD = "#a07a2c"
GREY = "#5f6b7a"
LIGHT = "#8a94a3"
RULE = "#c8ced8"
BAND = "#eef1f6"
WHITE = "#ffffff"

__all__ = [
    "BAND", "GOLD", "GREY", "INK", "LIGHT", "NAVY", "RULE", "WHITE", "Paper", "Styles",
    "paper_for", "styles_for", "day_long", "day_zh", "regular", "bold",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Paper:
    """A page size with its margins (points) and the scale of its type."""

    name: str
    width: float
    height: float
    inner: float
    outer: float
    top: float
    bottom: float
    scale: float  # type sizes are multiplied by this

    @property
    def frame_width(self) -> float:
        return self.width - self.inner - self.outer

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


PAPERS = {
    "a5": Paper("a5", A5[0], A5[1], 17 * mm, 17 * mm, 21 * mm, 20 * mm, 1.0),
    "a4": Paper("a4", A4[0], A4[1], 24 * mm, 24 * mm, 26 * mm, 24 * mm, 1.22),
}


def paper_for(name: str) -> Paper:
    try:
        return PAPERS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {name!r}; choose a5 or a4") from None


def regular() -> str:
    return font_name(Script.LATIN, False)


def bold() -> str:
    return font_name(Script.LATIN, True)


def _register_family() -> None:
    from reportlab.lib.fonts import addMapping

    reg, bol = regular(), bold()
    addMapping(reg, 0, 0, reg)
    addMapping(reg, 1, 0, bol)
    addMapping(reg, 0, 1, reg)
    addMapping(reg, 1, 1, bol)


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    chapter: ParagraphStyle
    kicker: ParagraphStyle
    day: ParagraphStyle
    heading: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    toc_page: ParagraphStyle
    time: ParagraphStyle
    index: ParagraphStyle
    s: float  # the paper's type scale


@lru_cache(maxsize=4)
def styles_for(scale: float) -> Styles:
    _register_family()
    reg, bol = regular(), bold()

    def style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:  # noqa: ANN003
        kw.setdefault("textColor", INK)
        kw.setdefault("fontName", reg)
        return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **kw)

    return Styles(
        body=style("body", 8.8, 12.6, alignment=TA_JUSTIFY, spaceAfter=5 * scale),
        body_left=style("body_left", 8.8, 12.6, alignment=TA_LEFT, spaceAfter=4 * scale),
        small=style("small", 7.6, 10.2, textColor=GREY),
        meta=style("meta", 7.6, 10.4, textColor=GREY),
        label=style("label", 6.6, 8.6, textColor=GOLD, fontName=bol),
        chapter=style("chapter", 20, 24, textColor=NAVY, fontName=bol, spaceAfter=3 * scale),
        kicker=style("kicker", 7.2, 9, textColor=GOLD, fontName=bol, spaceAfter=2 * scale),
        day=style("day", 16, 19, textColor=NAVY, fontName=bol),
        heading=style("heading", 11, 14, textColor=NAVY, fontName=bol, spaceBefore=6 * scale,
                      spaceAfter=3 * scale),
        toc0=style("toc0", 9.6, 13, textColor=INK, fontName=bol),
        toc1=style("toc1", 8.6, 11.4, textColor=GREY, leftIndent=9 * scale),
        toc_page=style("toc_page", 9, 12, textColor=NAVY, alignment=TA_RIGHT),
        time=style("time", 8, 10.6, textColor=NAVY, fontName=bol),
        index=style("index", 7.8, 10.2, textColor=INK),
        s=scale,
    )  # fmt: skip


CENTER = TA_CENTER

_WEEKDAYS_ZH = "一二三四五六日"


def day_long(day: dt.date) -> str:
    """ "Friday 25 July" (the year is on the cover)."""
    return f"{day:%A} {day.day} {day:%B}"


def day_zh(day: dt.date) -> str:
    """ "7月25日 星期五"."""
    return f"{day.month}月{day.day}日 星期{_WEEKDAYS_ZH[day.weekday()]}"


def table_style(commands: list) -> object:
    """A `TableStyle` whose cells use the bundled Latin font (ReportLab sets a cell font on
    every table, Helvetica by default, which would otherwise be referenced unembedded)."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular()), *commands])
