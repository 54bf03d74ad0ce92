"""The not-yet-arrived list on A4: the check-in desk's fallback paper list.

Receives plain `ListLine`s (already filtered and ordered by the service) and draws them in a
table with a tick box per line, a heading per delegation, and a page header and footer. Names
in every script are shaped (`printing.fonts`) and shrunk to their column (`printing.text`).
The PDF is written to a temporary file beside `path` and renamed into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.files import replaced_atomically
from delegations.printing import fonts, words
from delegations.printing.layouts import MM
from delegations.printing.text import draw_cell, draw_line, fit_text

PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN = 15 * MM
ROW = 7.5 * MM
HEADING = 9 * MM
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
# Columns: (left edge, width) in points from the left margin.
_NAME, _NATIVE, _ROLE, _NOTES = (
    (8 * MM, 62 * MM),
    (72 * MM, 42 * MM),
    (116 * MM, 26 * MM),
    (144 * MM, 36 * MM),
)


@dataclass(frozen=True, slots=True)
class ListLine:
    name: str
    native_name: str
    delegation: str
    role: str
    notes: str


def _cell(canvas, text: str, column: tuple[float, float], y: float, size: float,  # noqa: ANN001
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    draw_cell(canvas, text, MARGIN + left, y, width, ROW, size, color, bold)


def render_arrivals(
    path: Path, lines: Sequence[ListLine], *, title: str, subtitle: str = ""
) -> int:
    """Draw the list into the PDF at `path`; returns the number of pages.

    `title` (the window's words, e.g. "Not yet arrived — 12 delegates") heads each page with
    the list's name in the other working language beneath: Chinese under a Latin title,
    English under a Chinese one.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    beneath = (words.english if _has_chinese(title) else words.chinese)("not_yet_arrived")
    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(title)
        canvas.setCreator("Delegations")
        pages = 0
        y = 0.0
        current: str | None = None

        def new_page() -> float:
            nonlocal pages
            if pages:
                canvas.showPage()
            pages += 1
            top = PAGE_HEIGHT - MARGIN
            draw_line(canvas, fit_text(title, PAGE_WIDTH - 2 * MARGIN, 10 * MM, 14, 8,
                                       max_lines=1, bold=True).lines[0],
                      MARGIN, top - 5 * MM, 14, "left", TEXT)  # fmt: skip
            _cell(canvas, beneath, (0, PAGE_WIDTH - 2 * MARGIN), top - 11 * MM, 11)
            if subtitle:
                _cell(canvas, subtitle, (0, PAGE_WIDTH - 2 * MARGIN), top - 16.5 * MM, 9, GREY)
            count = len(lines)
            footer = (f"{words.both('page', page=pages)}  ·  "
                      f"{words.english('not_yet_arrived_count', count=count)}  "
                      f"{words.chinese('not_yet_arrived_count', count=count)}")  # fmt: skip
            draw_line(canvas, fonts.shape_line(footer), PAGE_WIDTH - MARGIN, MARGIN - 6 * MM,
                      8, "right", GREY)  # fmt: skip
            return top - 23 * MM

        y = new_page()
        for line in lines:
            needs_heading = line.delegation != current
            space = ROW + (HEADING if needs_heading else 0)
            if y - space < MARGIN:
                y = new_page()
                needs_heading = True
            if needs_heading:
                current = line.delegation
                y -= HEADING
                _cell(canvas, line.delegation, (0, PAGE_WIDTH - 2 * MARGIN), y + 2 * MM, 11,
                      bold=True)  # fmt: skip
            y -= ROW
            baseline = y + 2.2 * MM
            canvas.setStrokeColor(HexColor(TEXT))
            canvas.setLineWidth(0.6)
            canvas.rect(MARGIN, y + 1.2 * MM, 4 * MM, 4 * MM, stroke=1, fill=0)
            _cell(canvas, line.name, _NAME, baseline, 10)
            _cell(canvas, line.native_name, _NATIVE, baseline, 10)
            _cell(canvas, line.role, _ROLE, baseline, 8, GREY)
            _cell(canvas, line.notes, _NOTES, baseline, 8, GREY)
            canvas.setStrokeColor(HexColor(RULE))
            canvas.setLineWidth(0.3)
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        if not lines:
            _cell(canvas, words.both("everyone_arrived"), _NAME, y - ROW, 11)
        canvas.save()
    return pages


def _has_chinese(text: str) -> bool:
    return any(script is fonts.Script.HAN for script, _run in fonts.split_runs(text))
