"""The custody receipt of a badge hand-over, on A4.

A delegation's liaison officer collects its badges against ID and signs this page: the event,
the delegation, when and at which desk, who collected, one line per badge (the Latin name
with the native-script name beside it, role, badge number and version) and a signature line
for the officer and one for the desk. Names in every script are shaped (`printing.fonts`) and
shrunk to their column (`printing.text`). The PDF goes through the one atomic writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.files import replaced_atomically
from delegations.printing import fonts, words
from delegations.printing.layouts import MM
from delegations.printing.text import draw_cell, draw_line

PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN = 18 * MM
WIDTH = PAGE_WIDTH - 2 * MARGIN
ROW = 8 * MM
SIGNATURES = 56 * MM  # the room the declaration and the two signature blocks take
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
TITLE = words.english("custody_receipt")
TITLE_TOP = 27 * MM  # the title, its Chinese beneath and the event, above the facts
FACT = 8.5 * MM  # a fact's line: its label in English, the Chinese beneath
# Columns: (left edge, width) in points from the left margin.
_NUMBER, _NAME, _NATIVE, _ROLE, _BADGE = (
    (0, 8 * MM),
    (9 * MM, 62 * MM),
    (73 * MM, 44 * MM),
    (119 * MM, 25 * MM),
    (146 * MM, 28 * MM),
)


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    native_name: str
    role: str
    badge: str  # number and version, as the dialog shows it


def _cell(canvas, text: str, column: tuple[float, float], y: float, size: float,  # noqa: ANN001
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    draw_cell(canvas, text, MARGIN + left, y, width, ROW, size, color, bold)


def _rule(canvas, y: float, color: str, width: float = 0.3,  # noqa: ANN001
          left: float = MARGIN, right: float = PAGE_WIDTH - MARGIN) -> None:  # fmt: skip
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor(color))
    canvas.setLineWidth(width)
    canvas.line(left, y, right, y)


def _header(canvas, facts: Sequence[tuple[str, str]], event: str, top: float) -> float:  # noqa: ANN001
    """Title (Chinese beneath), event and the hand-over's facts, each label in English with
    Chinese beneath; returns where the table starts."""
    _cell(canvas, TITLE, (0, WIDTH), top - 7 * MM, 18, bold=True)
    _cell(canvas, words.chinese("custody_receipt"), (0, WIDTH), top - 13.5 * MM, 12)
    _cell(canvas, event, (0, WIDTH), top - 20 * MM, 11, GREY)
    y = top - TITLE_TOP
    for key, value in facts:
        _cell(canvas, words.english(key), (0, 34 * MM), y, 10, GREY)
        _cell(canvas, words.chinese(key), (0, 34 * MM), y - 3.8 * MM, 8, GREY)
        _cell(canvas, value, (36 * MM, WIDTH - 36 * MM), y, 11, bold=key == "collected_by")
        y -= FACT
    y -= 2 * MM
    for key, column in (("", _NUMBER), ("name", _NAME), ("native_script", _NATIVE),
                        ("role", _ROLE), ("badge", _BADGE)):  # fmt: skip
        _cell(canvas, words.english(key) if key else "#", column, y, 9, GREY, bold=True)
        if key:
            _cell(canvas, words.chinese(key), column, y - 3.5 * MM, 7.5, GREY)
    _rule(canvas, y - 5 * MM, TEXT, 0.6)
    return y - 5 * MM


def _signatures(canvas, y: float, count: int, collected_by: str) -> None:  # noqa: ANN001
    badges = f"{count} badge" + ("" if count == 1 else "s")
    _cell(canvas, words.english("received", badges=badges), (0, WIDTH), y - 7 * MM, 10)
    _cell(canvas, words.chinese("received", count=count), (0, WIDTH), y - 12 * MM, 9)
    half = (WIDTH - 12 * MM) / 2
    line_y = y - 30 * MM
    for left, caption, name in (
        (0, words.both("liaison_signature"), collected_by),
        (half + 12 * MM, words.both("desk_signature"), f"{words.both('name')}:"),
    ):
        _rule(canvas, line_y, TEXT, 0.8, MARGIN + left, MARGIN + left + half)
        _cell(canvas, caption, (left, half), line_y - 5 * MM, 9, GREY)
        _cell(canvas, name, (left, half), line_y - 11 * MM, 10)
    _cell(canvas, words.english("id_checked"), (0, 60 * MM), line_y - 18 * MM, 9, GREY)
    _cell(canvas, words.chinese("id_checked"), (0, 60 * MM), line_y - 22 * MM, 8, GREY)
    _rule(canvas, line_y - 21 * MM, TEXT, 0.5, MARGIN + 60 * MM, MARGIN + half)


def render_receipt(  # noqa: PLR0913
    path: Path,
    lines: Sequence[ReceiptLine],
    *,
    event: str,
    event_zh: str = "",
    delegation: str,
    collected_by: str,
    collected_by_native: str = "",
    when: str,
    desk: str = "",
) -> int:
    """Draw the receipt into the PDF at `path`; returns the number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    collector = f"{collected_by}  {collected_by_native}".strip()
    facts = [("delegation", delegation), ("collected_by", collector), ("date_and_time", when)]
    if desk:
        facts.append(("desk", desk))
    heading = f"{event}  {event_zh}".strip()
    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(f"{TITLE}: {delegation}")
        canvas.setCreator("Delegations")
        pages = _paginate(len(lines), _table_top(len(facts)))
        for page, rows in enumerate(pages, start=1):
            if page > 1:
                canvas.showPage()
            footer = f"{delegation}  ·  page {page} of {len(pages)}  ·  第 {page}/{len(pages)} 页"
            draw_line(canvas, fonts.shape_line(footer), PAGE_WIDTH - MARGIN, MARGIN - 8 * MM,
                      8, "right", GREY)  # fmt: skip
            y = _header(canvas, facts, heading, PAGE_HEIGHT - MARGIN)
            for number in rows:
                y -= ROW
                _row(canvas, number + 1, lines[number], y)
        _signatures(canvas, y, len(lines), collector)
        canvas.save()
    return len(pages)


def _table_top(facts: int) -> float:
    """Where the first row starts under the header (see `_header`)."""
    return PAGE_HEIGHT - MARGIN - TITLE_TOP - facts * FACT - 7 * MM


def _paginate(count: int, table_top: float) -> list[range]:
    """The rows of each page: as many as fit, and the signatures under the last row, which
    never stand alone on a page (one row at least goes with them)."""
    per_page = max(int((table_top - MARGIN) // ROW), 1)
    with_signatures = max(int((table_top - MARGIN - SIGNATURES) // ROW), 1)
    pages, start = [], 0
    while count - start > with_signatures:
        take = min(per_page, count - start - 1)
        pages.append(range(start, start + take))
        start += take
    pages.append(range(start, count))
    return pages


def _row(canvas, number: int, line: ReceiptLine, y: float) -> None:  # noqa: ANN001
    baseline = y + 2.5 * MM
    _cell(canvas, str(number), _NUMBER, baseline, 9, GREY)
    _cell(canvas, line.name, _NAME, baseline, 10.5)
    _cell(canvas, line.native_name, _NATIVE, baseline, 10.5)
    _cell(canvas, line.role, _ROLE, baseline, 8.5, GREY)
    _cell(canvas, line.badge, _BADGE, baseline, 9)
    _rule(canvas, y, RULE)
