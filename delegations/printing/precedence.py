"""The order of precedence on A4: each delegation in its place with its head of delegation.

Receives plain `PrecedenceLine`s in order (the service applies the rule) and draws one row
per delegation: its place, name and country, the head's name in the person's own order with
the native name beside it (shaped, `printing.fonts`), position, and rank in English and
Chinese. The PDF is written to a temporary file beside `path` and renamed into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.files import replaced_atomically
from delegations.printing import fonts, words
from delegations.printing.layouts import MM
from delegations.printing.text import draw_cell

PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN = 15 * MM
ROW = 14 * MM
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
# Columns: (left edge, width) in points from the left margin.
_PLACE, _DELEGATION, _HEAD, _RANK = (
    (0, 10 * MM),
    (11 * MM, 50 * MM),
    (63 * MM, 73 * MM),
    (141 * MM, 39 * MM),
)
TITLE = ("Order of precedence", "礼宾顺序")


@dataclass(frozen=True, slots=True)
class PrecedenceLine:
    place: int
    delegation: str
    country: str  # the country's English name when it differs from the delegation's name
    head: str  # honorific and name in the person's order; "" = no head named
    head_native: str
    head_position: str
    rank: str
    rank_zh: str


def render_precedence(path: Path, lines: Sequence[PrecedenceLine], *, event: str, rule: str) -> int:
    """Draw the list into the PDF at `path`; returns the number of pages."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    width = PAGE_WIDTH - 2 * MARGIN
    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(f"{TITLE[0]} — {event}")
        canvas.setCreator("Delegations")
        pages = 0

        def new_page() -> float:
            nonlocal pages
            if pages:
                canvas.showPage()
            pages += 1
            top = PAGE_HEIGHT - MARGIN
            draw_cell(canvas, f"{TITLE[0]}  {TITLE[1]}", MARGIN, top - 6 * MM, width,
                      10 * MM, 16, TEXT, bold=True)  # fmt: skip
            draw_cell(canvas, event, MARGIN, top - 12 * MM, width, 6 * MM, 10, TEXT)
            draw_cell(canvas, rule, MARGIN, top - 17 * MM, width, 5 * MM, 8, GREY)
            y = top - 25 * MM
            for column, key in ((_DELEGATION, "delegation"), (_HEAD, "head_of_delegation")):
                _cell(canvas, words.both(key), column, y, 7.5, GREY, bold=True)
            _cell(canvas, "Rank  级别", _RANK, y, 7.5, GREY, bold=True)
            footer = words.both("page", page=pages)
            draw_cell(canvas, footer, PAGE_WIDTH - MARGIN - 40 * MM, MARGIN - 6 * MM, 40 * MM,
                      5 * MM, 8, GREY)  # fmt: skip
            return y - 2 * MM

        y = new_page()
        for line in lines:
            if y - ROW < MARGIN:
                y = new_page()
            top = y - 5 * MM
            _cell(canvas, str(line.place), _PLACE, top, 11, bold=True)
            _cell(canvas, line.delegation, _DELEGATION, top, 10.5, bold=True)
            _cell(canvas, line.country, _DELEGATION, top - 5 * MM, 8, GREY)
            head = "  ".join(part for part in (line.head, line.head_native) if part)
            _cell(canvas, head or "—", _HEAD, top, 10.5)
            _cell(canvas, line.head_position, _HEAD, top - 5 * MM, 8, GREY)
            _cell(canvas, line.rank, _RANK, top, 9)
            _cell(canvas, line.rank_zh, _RANK, top - 5 * MM, 9, GREY)
            y -= ROW
            canvas.setStrokeColor(HexColor(RULE))
            canvas.setLineWidth(0.3)
            canvas.line(MARGIN, y + 1 * MM, PAGE_WIDTH - MARGIN, y + 1 * MM)
        canvas.save()
    return pages


def _cell(canvas, text: str, column: tuple[float, float], y: float, size: float,  # noqa: ANN001
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    draw_cell(canvas, text, MARGIN + left, y, width, ROW / 2, size, color, bold)
