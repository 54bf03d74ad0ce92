"""Fitting shaped text into a box and drawing it on a ReportLab canvas.

`fit_text` shrinks a text to fit its box and may wrap it to more lines (at spaces first; in
scripts written without spaces — Thai, Khmer, Lao, Myanmar, Chinese — at a cluster boundary,
only when shrinking alone would go below the minimum size). Text is never cut: when even the
best fit is below the minimum size it is drawn at the size that fits and flagged.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from delegations.printing.fonts import Script, ShapedLine, ascii_advances, script_of, shape_line

# Two lines must give at least this much larger type to be preferred over one line.
WRAP_GAIN = 1.15
LINE_GAP = 0.14  # extra space between wrapped lines, in em


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[ShapedLine, ...]
    size: float
    below_minimum: bool

    def height(self) -> float:
        return block_height(self.lines, self.size)


def line_height(line: ShapedLine) -> float:
    """Height of one line in em, from the ascent and descent of the fonts it uses."""
    return line.ascent - line.descent


def block_height(lines: tuple[ShapedLine, ...], size: float) -> float:
    if not lines:
        return 0.0
    return (sum(line_height(line) for line in lines) + LINE_GAP * (len(lines) - 1)) * size


def _largest_size(lines: tuple[ShapedLine, ...], width: float, height: float) -> float:
    widest = max(line.width for line in lines)
    tall = block_height(lines, 1.0)
    by_width = width / widest if widest > 0 else float("inf")
    by_height = height / tall if tall > 0 else float("inf")
    return min(by_width, by_height)


_SPACED = (Script.LATIN, None)
_NO_BREAK_BEFORE = {"\u17d2", "\u1039", "\u103a", "\u200c", "\u200d", "\u0e3a"}


def _cluster_breaks(text: str) -> list[int]:
    """Indices where a line may break inside a word of a script written without spaces:
    before a base character that does not continue a cluster (no marks, no Khmer coeng or
    Myanmar virama stacking, no joiners). Latin words are never broken."""
    breaks = []
    for index in range(1, len(text)):
        char, previous = text[index], text[index - 1]
        if char.isspace() or previous.isspace():
            continue
        base = index - 1
        while base > 0 and unicodedata.category(text[base])[0] == "M":
            base -= 1  # a mark belongs to its base letter's script
        if script_of(char) in _SPACED or script_of(text[base]) in _SPACED:
            continue
        if unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf"):
            continue
        if char in _NO_BREAK_BEFORE or previous in _NO_BREAK_BEFORE:
            continue
        # Thai/Lao leading vowels (เ แ โ ใ ไ) attach to the following consonant.
        if "\u0e40" <= previous <= "\u0e44" or "\u0ec0" <= previous <= "\u0ec4":
            continue
        # Myanmar: a medial or the vowel sign E is written before/around but follows in text.
        if "\u103b" <= char <= "\u103e" or char == "\u1031" or char == "\u1084":
            continue
        if 0x3000 <= ord(char) <= 0x303F or 0xFF00 <= ord(char) <= 0xFF0F:
            continue  # no CJK punctuation at the start of a line
        breaks.append(index)
    return breaks


def cluster_breaks(text: str) -> list[int]:
    """Where a line may break inside `text` without a space (see `_cluster_breaks`)."""
    return _cluster_breaks(text)


def _splits(text: str, at_spaces: bool) -> list[tuple[str, str]]:
    if at_spaces:
        return [
            (text[:index].rstrip(), text[index + 1 :].lstrip())
            for index, char in enumerate(text)
            if char == " " and text[:index].strip() and text[index + 1 :].strip()
        ]
    return [(text[:index], text[index:]) for index in _cluster_breaks(text)]


@lru_cache(maxsize=20_000)
def fit_text(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    bold: bool = False,
) -> FittedText:
    """The largest size (≤ max_size) at which `text` fits `width` × `height` points.

    One line is preferred; two lines at spaces when they give clearly larger type; a break
    inside a word only when one line would go below `min_size`.
    """
    one = (shape_line(text, bold),)
    best = (one, min(max_size, _largest_size(one, width, height)))
    if best[1] >= max_size or max_lines < 2 or not text.strip():
        return FittedText(best[0], best[1], best[1] < min_size)
    advances = ascii_advances(one[0])
    for at_spaces in (True, False):
        if not at_spaces and best[1] >= min_size:
            break  # prefer shrinking to breaking a word
        for first, second in _splits(text, at_spaces):
            gain = 1.0 if len(best[0]) > 1 else WRAP_GAIN
            if at_spaces and advances is not None:
                widest = max(advances[len(first)], advances[-1] - advances[-1 - len(second)])
                if widest > 0 and min(max_size, width / widest) < best[1] * gain * (1 - 1e-9):
                    continue  # too wide to win: not worth shaping (a name has many splits)
            lines = (shape_line(first, bold), shape_line(second, bold))
            size = min(max_size, _largest_size(lines, width, height))
            if size > best[1] * gain:
                best = (lines, size)
    return FittedText(best[0], best[1], best[1] < min_size)


class TextObjects:
    """Lines already encoded as PDF text objects for one canvas, reused when the same line is
    drawn at the same place again: a badge run draws the event's name, the roles and the
    delegations hundreds of times, and ReportLab's encoding of shaped text costs more than
    the rest of a badge. One per canvas: the encoding refers to the document's font subsets.
    Also the fill colour operators, for a canvas that draws nothing transparent (badges).
    """

    LIMIT = 4_000  # entries; names are mostly drawn once, so the cache starts over when full

    def __init__(self) -> None:
        # (id of the line, x, y, size) -> (the line, kept so that its id is not reused; code)
        self._code: dict[tuple[int, float, float, float], tuple[ShapedLine, str]] = {}
        self._fills: dict[tuple[float, float, float], str] = {}

    def set_fill(self, canvas, color: object) -> None:  # noqa: ANN001
        """`canvas.setFillColor(color)` with an opaque RGB colour's operator formatted once:
        ReportLab formats the numbers on every call, a third of drawing a line drawn before.
        (It also resets the fill alpha, which nothing on this canvas changes.)"""
        from reportlab.lib.colors import Color
        from reportlab.lib.rl_accel import fp_str

        if type(color) is not Color or color.alpha != 1:
            canvas.setFillColor(color)
            return
        rgb = (color.red, color.green, color.blue)
        operator = self._fills.get(rgb)
        if operator is None:
            operator = self._fills[rgb] = f"{fp_str(rgb)} rg"
        canvas.addLiteral(operator)
        canvas._fillColorObj = color  # noqa: SLF001 (what setFillColor records)

    def code(self, canvas, line: ShapedLine, x: float, y: float, size: float) -> str:  # noqa: ANN001
        key = (id(line), x, y, size)
        known = self._code.get(key)
        if known is not None:
            return known[1]
        if len(self._code) >= self.LIMIT:
            self._code.clear()
        code = _text_object(canvas, line, x, y, size)
        self._code[key] = (line, code)
        return code


def _text_object(canvas, line: ShapedLine, x: float, y: float, size: float) -> str:  # noqa: ANN001
    """The PDF text object drawing `line` with its baseline starting at (x, y): one text
    object for the whole line, each run placed at its shaped position."""
    text = canvas.beginText(x, y)
    bold = False
    for run in line.runs:
        if run is not line.runs[0]:
            text.setTextOrigin(x, y)
        if run.synthetic_bold != bold:
            bold = run.synthetic_bold
            text.setTextRenderMode(2 if bold else 0)
        text.setFont(run.font, size)
        text.textOut(run.text)
        x += run.width * size
    if bold:
        text.setTextRenderMode(0)
    return text.getCode()


def draw_line(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    line: ShapedLine,
    x: float,
    y: float,
    size: float,
    align: str = "left",
    color: object | None = None,
    text_objects: TextObjects | None = None,
) -> None:
    """Draw one shaped line with its baseline at `y`; `x` is the left, centre or right edge.

    `color` is "#rrggbb" or a ReportLab colour; None keeps the canvas's fill colour.
    `text_objects` reuses what this canvas has drawn before.
    """
    if align == "center":
        x -= line.width * size / 2
    elif align == "right":
        x -= line.width * size
    if color is not None and text_objects is not None:
        text_objects.set_fill(canvas, color)
    elif color is not None:
        canvas.setFillColor(color)
    if any(run.synthetic_bold for run in line.runs):
        canvas.setStrokeColor(color if color is not None else canvas._fillColorObj)  # noqa: SLF001
        canvas.setLineWidth(size * 0.03)
        canvas.setLineJoin(1)
    if text_objects is None:
        canvas.addLiteral(_text_object(canvas, line, x, y, size))
    else:
        canvas.addLiteral(text_objects.code(canvas, line, x, y, size))


def draw_cell(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    size: float,
    color: str,
    bold: bool = False,
) -> None:
    """One line of a list's table cell, left-aligned at `x` on baseline `y`, shrunk (to 5 pt
    at the least) to fit `width`; nothing for an empty text."""
    if not text:
        return
    fitted = fit_text(text, width, height, size, 5.0, max_lines=1, bold=bold)
    draw_line(canvas, fitted.lines[0], x, y, fitted.size, "left", color)


def draw_fitted(  # noqa: PLR0913
    canvas,  # noqa: ANN001
    fitted: FittedText,
    x: float,
    y: float,
    width: float,
    height: float,
    align: str = "center",
    valign: str = "middle",
    color: object | None = None,
    text_objects: TextObjects | None = None,
) -> None:
    """Draw fitted text in the box whose bottom-left corner is (x, y) (see `draw_line`)."""
    size = fitted.size
    total = fitted.height()
    if valign == "top":
        top = y + height
    elif valign == "bottom":
        top = y + total
    else:
        top = y + (height + total) / 2
    anchor = {"left": x, "center": x + width / 2, "right": x + width}[align]
    for line in fitted.lines:
        baseline = top - line.ascent * size
        draw_line(canvas, line, anchor, baseline, size, align, color, text_objects)
        top -= (line_height(line) + LINE_GAP) * size
