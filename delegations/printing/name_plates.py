"""Name plates: folded A4 tent cards for the seats at a table, one plate a page.

A4 landscape folded along its long middle; the lower half is the front and the upper half
the back, drawn upside down so that both faces read upright once the card stands folded
(as the bundled `tent` badge layout does with its `row_rotation`). Each face shows the flag
in its official proportions on the left and, beside it, the country's name in English (large
enough to read across a hollow square), in Chinese and in its own language, then optionally
the person's name. Text is shaped (Khmer, Thai, Lao, Myanmar) and shrinks to fit its line,
never below its minimum size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm

from delegations.printing.flags import draw_flag, flag_aspect, has_flag
from delegations.printing.text import draw_fitted, fit_text

PAGE_WIDTH, PAGE_HEIGHT = 297 * mm, 210 * mm  # A4 landscape
FACE_HEIGHT = PAGE_HEIGHT / 2
MARGIN = 10 * mm
FLAG_HEIGHT = 32 * mm
FLAG_GAP = 8 * mm
LINE_GAP = 2 * mm


@dataclass(frozen=True, slots=True)
class Plate:
    country: str  # ISO 3166-1 alpha-2: which flag
    english: str
    chinese: str = ""
    own: str = ""  # the country's own language; "" for none
    person: str = ""


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of a face: its box height and type sizes in points."""

    height: float
    max_size: float
    min_size: float
    bold: bool
    color: str
    max_lines: int = 1


ENGLISH = _Line(92, 72, 40, True, "#111111", max_lines=2)
CHINESE = _Line(50, 40, 24, True, "#222222")
OWN = _Line(64, 42, 20, True, "#333333")
PERSON = _Line(40, 28, 16, False, "#1a237e")


def _face_lines(plate: Plate) -> list[tuple[str, _Line]]:
    lines = [(plate.english, ENGLISH), (plate.chinese, CHINESE), (plate.own, OWN)]
    lines.append((plate.person, PERSON))
    return [(text, line) for text, line in lines if text]


def english_size(plate: Plate) -> float:
    """The size the English name is printed at (a test and a report read it)."""
    width = _text_width(plate)
    return fit_text(plate.english, width, ENGLISH.height, ENGLISH.max_size,
                    ENGLISH.min_size, ENGLISH.max_lines, True).size  # fmt: skip


def _text_width(plate: Plate) -> float:
    flag_width = FLAG_HEIGHT * flag_aspect(plate.country) if has_flag(plate.country) else 0.0
    gap = FLAG_GAP if flag_width else 0.0
    return PAGE_WIDTH - 2 * MARGIN - flag_width - gap


def draw_face(canvas, plate: Plate) -> None:  # noqa: ANN001 (reportlab Canvas)
    """One face in the box (0, 0)–(PAGE_WIDTH, FACE_HEIGHT), the fold along its top edge."""
    flag_y = (FACE_HEIGHT - FLAG_HEIGHT) / 2
    flag_width = draw_flag(canvas, plate.country, MARGIN, flag_y, FLAG_HEIGHT)
    left = MARGIN + (flag_width + FLAG_GAP if flag_width else 0.0)
    width = PAGE_WIDTH - MARGIN - left
    lines = _face_lines(plate)
    total = sum(line.height for _, line in lines) + LINE_GAP * (len(lines) - 1)
    top = (FACE_HEIGHT + total) / 2
    for text, line in lines:
        fitted = fit_text(text, width, line.height, line.max_size, line.min_size,
                          line.max_lines, line.bold)  # fmt: skip
        bottom = top - line.height
        draw_fitted(canvas, fitted, left, bottom, width, line.height, "center", "middle",
                    line.color)  # fmt: skip
        top = bottom - LINE_GAP


def _draw_fold(canvas) -> None:  # noqa: ANN001
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.4)
    canvas.setDash(4, 3)
    canvas.line(0, FACE_HEIGHT, PAGE_WIDTH, FACE_HEIGHT)
    canvas.restoreState()


def draw_plate_page(canvas, plate: Plate) -> None:  # noqa: ANN001
    """Both faces of one plate on the current page: the front below the fold, upright; the
    back above it, turned 180°."""
    draw_face(canvas, plate)
    canvas.saveState()
    canvas.translate(PAGE_WIDTH, PAGE_HEIGHT)
    canvas.rotate(180)
    draw_face(canvas, plate)
    canvas.restoreState()
    _draw_fold(canvas)


def render_name_plates(handle: BinaryIO, plates: Iterable[Plate]) -> int:
    """Write the plates to `handle` as a PDF, one a page; returns the number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(handle, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    canvas.setTitle("Name plates")
    pages = 0
    for plate in plates:
        draw_plate_page(canvas, plate)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
