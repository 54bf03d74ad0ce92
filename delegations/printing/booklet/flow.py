"""A platypus paragraph for text in several scripts, shaped with the badge work's fonts.

ReportLab's own `Paragraph` can shape (`style.shaping`), but it shapes a whole word with the
font of its first fragment and has no notion of a font per script; Chinese, Khmer, Thai, Lao
and Myanmar names need both, and need line breaks inside words of scripts written without
spaces. `ShapedParagraph` therefore lays out `Span`s itself on top of `printing.fonts`
(script runs, HarfBuzz shaping, cached per string) and draws each line with
`printing.text.draw_line` — the same code as the badges, not a second copy.

Lines break at spaces; a word of a script written without spaces (or a Latin word longer
than the line) breaks at a cluster boundary (`printing.text.cluster_breaks`). The flowable
splits across frames and pages between lines, so long biographies flow like any paragraph.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.platypus import Flowable, Paragraph

from delegations.printing.fonts import Script, shape_line, split_runs
from delegations.printing.text import cluster_breaks, draw_line


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text in one style; `size` scales the paragraph's size (1.0 = same)."""

    text: str
    bold: bool = False
    color: str | None = None  # "#rrggbb"; None = the paragraph's colour
    size: float = 1.0


@dataclass(frozen=True, slots=True)
class _Piece:
    span: int
    text: str
    x: float
    width: float
    space_before: bool  # joined to the previous piece of the same span by a space
    after_space: bool = False  # the source had a space before it (also at a line start)


@dataclass(frozen=True, slots=True)
class _Line:
    pieces: tuple[_Piece, ...]
    width: float
    ascent: float  # points above the baseline
    descent: float  # points below (negative)
    height: float  # the line's box: at least the leading
    baseline: float  # from the top of the box


def is_latin(text: str) -> bool:
    """Whether every character of `text` is drawn by the Latin font (no other script)."""
    if text.isascii():
        return True
    return all(
        script == Script.LATIN for script, _ in split_runs(unicodedata.normalize("NFC", text))
    )


@lru_cache(maxsize=256)
def _color(value: str):  # noqa: ANN202 (reportlab Color)
    """A ReportLab colour for "#rrggbb", parsed once (parsing costs more than drawing)."""
    from reportlab.lib.colors import toColor

    return toColor(value)


@lru_cache(maxsize=50_000)
def _width(text: str, bold: bool) -> float:
    return shape_line(text, bold).width


def _prefix_that_fits(text: str, bold: bool, size: float, room: float) -> int:
    """The longest prefix of `text` (ending at a break) that fits `room` points; 0 if none."""
    breaks = cluster_breaks(text)
    if not breaks and is_latin(text):
        breaks = list(range(1, len(text)))  # a Latin word longer than the line: any letter
    low, high, best = 0, len(breaks) - 1, 0
    while low <= high:
        middle = (low + high) // 2
        if _width(text[: breaks[middle]], bold) * size <= room:
            best = breaks[middle]
            low = middle + 1
        else:
            high = middle - 1
    return best


class ShapedParagraph(Flowable):
    """A paragraph of `Span`s in any of the bundled scripts.

    Args:
        spans: the text, in order; spaces inside spans are the break opportunities.
        size: font size in points (each span may scale it).
        leading: distance between baselines; lines with tall scripts grow to fit.
        color: default text colour.
        align: "left", "center" or "right".
    """

    def __init__(  # noqa: PLR0913
        self,
        spans: Sequence[Span] | str,
        size: float = 9.0,
        leading: float | None = None,
        color: str = "#1f1f1f",
        align: str = "left",
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        if isinstance(spans, str):
            spans = (Span(spans),)
        self.spans = tuple(
            Span(unicodedata.normalize("NFC", s.text), s.bold, s.color, s.size) for s in spans
        )
        self.size = size
        self.leading = leading if leading is not None else size * 1.3
        self.color = color
        self.align = align
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._layout_width: float | None = None
        self._lines: tuple[_Line, ...] = ()

    # Layout ------------------------------------------------------------------------------

    def _tokens(self) -> list[tuple[int, str, bool]]:
        tokens: list[tuple[int, str, bool]] = []
        pending_space = False
        for index, span in enumerate(self.spans):
            parts = span.text.split(" ")
            for number, part in enumerate(parts):
                if number > 0:
                    pending_space = True
                if part:
                    tokens.append((index, part, pending_space and bool(tokens)))
                    pending_space = False
        return tokens

    def _layout(self, avail: float) -> tuple[_Line, ...]:
        rows: list[list[_Piece]] = []
        current: list[_Piece] = []
        x = 0.0

        def finish() -> None:
            nonlocal current, x
            if current:
                rows.append(current)
            current, x = [], 0.0

        tokens = self._tokens()
        for number, (index, word, space_before) in enumerate(tokens):
            after_space = space_before
            span = self.spans[index]
            glued = tokens[number + 1 : number + 2]
            if glued and not glued[0][2] and current:
                # "7" + "," must not be parted: measure the glued group as one word.
                follow = _width(glued[0][1], self.spans[glued[0][0]].bold) * self.size
                gap = _width(" ", span.bold) * self.size if space_before else 0.0
                own = _width(word, span.bold) * self.size * span.size
                if x + gap + own <= avail + 0.01 < x + gap + own + follow and space_before:
                    finish()
                    space_before = False
            size = self.size * span.size
            width = _width(word, span.bold) * size
            gap = _width(" ", span.bold) * size if (space_before and current) else 0.0
            if x + gap + width <= avail + 0.01:
                current.append(
                    _Piece(index, word, x + gap, width, space_before and bool(current), after_space)
                )
                x += gap + width
                continue
            rest = word
            while rest:
                gap = _width(" ", span.bold) * size if (space_before and current) else 0.0
                rest_width = _width(rest, span.bold) * size
                if x + gap + rest_width <= avail + 0.01:
                    current.append(_Piece(index, rest, x + gap, rest_width, gap > 0, after_space))
                    x += gap + rest_width
                    break
                breakable = bool(cluster_breaks(rest))
                cut = _prefix_that_fits(rest, span.bold, size, avail - x - gap)
                if current and (cut == 0 or not breakable):
                    finish()  # try the word at the start of the next line
                    space_before = False
                    continue
                if cut == 0:  # not even one cluster fits an empty line: place it anyway
                    cut = next(iter(cluster_breaks(rest)), len(rest))
                piece = rest[:cut]
                piece_width = _width(piece, span.bold) * size
                current.append(_Piece(index, piece, x + gap, piece_width, gap > 0, after_space))
                x += gap + piece_width
                rest = rest[cut:]
                space_before = after_space = False
                if rest:
                    finish()
        finish()
        return tuple(self._line(row, avail) for row in rows)

    def _line(self, pieces: list[_Piece], avail: float) -> _Line:
        ascent = descent = 0.0
        for piece in pieces:
            span = self.spans[piece.span]
            shaped = shape_line(piece.text, span.bold)
            size = self.size * span.size
            ascent = max(ascent, shaped.ascent * size)
            descent = min(descent, shaped.descent * size)
        width = pieces[-1].x + pieces[-1].width if pieces else 0.0
        natural = ascent - descent
        height = max(self.leading, natural + 0.12 * self.size)
        baseline = (height - natural) / 2 + ascent
        shift = {"center": (avail - width) / 2, "right": avail - width}.get(self.align, 0.0)
        if shift:
            pieces = [
                _Piece(p.span, p.text, p.x + shift, p.width, p.space_before, p.after_space)
                for p in pieces
            ]
        return _Line(tuple(pieces), width, ascent, descent, height, baseline)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._layout_width != availWidth:
            self._lines = self._layout(availWidth)
            self._layout_width = availWidth
        self.width = availWidth
        self.height = sum(line.height for line in self._lines)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for line in self._lines:
            if used + line.height > availHeight + 0.01:
                break
            used += line.height
            count += 1
        if count == len(self._lines):
            return [self]
        if count < 2 or len(self._lines) - count < 2:
            return []  # no orphan or widow lines; a short paragraph moves whole
        first, second = self._clone(self._lines[:count]), self._clone(self._lines[count:])
        first.spaceAfter = 0.0
        second.spaceBefore = 0.0
        return [first, second]

    def _clone(self, lines: tuple[_Line, ...]) -> ShapedParagraph:
        copy = ShapedParagraph(
            self.spans, self.size, self.leading, self.color, self.align,
            self.spaceBefore, self.spaceAfter, bool(self.keepWithNext),
        )  # fmt: skip
        # The part holds only its own text, so that it lays out right at any other width.
        copy.spans = tuple(
            Span((" " if piece.after_space and n else "") + piece.text, span.bold, span.color,
                 span.size)
            for n, piece in enumerate(p for line in lines for p in line.pieces)
            for span in (self.spans[piece.span],)
        )  # fmt: skip
        copy._lines = tuple(
            _Line(
                tuple(
                    _Piece(n, p.text, p.x, p.width, p.space_before, p.after_space)
                    for n, p in enumerate(line.pieces, start=sum(len(before.pieces) for before in lines[:i]))
                ),
                line.width, line.ascent, line.descent, line.height, line.baseline,
            )
            for i, line in enumerate(lines)
        )  # fmt: skip
        copy._layout_width = self._layout_width
        return copy

    # Drawing -----------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        if getattr(canvas, "dry_run", False):
            return  # a layout pass that only measures (see printing.booklet.document)
        top = self.height
        for line in self._lines:
            baseline = top - line.baseline
            self._draw_line(canvas, line, baseline)
            top -= line.height

    def _draw_line(self, canvas, line: _Line, baseline: float) -> None:  # noqa: ANN001
        groups: list[list[_Piece]] = []
        for piece in line.pieces:
            if groups and groups[-1][-1].span == piece.span and piece.space_before:
                groups[-1].append(piece)
            else:
                groups.append([piece])
        for group in groups:
            span = self.spans[group[0].span]
            text = " ".join(p.text for p in group)
            draw_line(
                canvas,
                shape_line(text, span.bold),
                group[0].x,
                baseline,
                self.size * span.size,
                color=_color(span.color or self.color),
            )

    def plain_text(self) -> str:
        return "".join(span.text for span in self.spans)

    def __repr__(self) -> str:
        return f"ShapedParagraph({self.plain_text()[:40]!r})"


def para(
    text: str,
    style,  # noqa: ANN001 (ParagraphStyle)
    *,
    bold: bool = False,
    color: str | None = None,
    markup: str | None = None,
) -> Flowable:
    """Body text: a ReportLab `Paragraph` when the text is all Latin script (justification,
    links), else a `ShapedParagraph` so that Chinese or Khmer in a description still prints.

    `markup` is the Paragraph markup to use for Latin text (already escaped); `text` is the
    plain text used to decide and for the shaped fallback.
    """
    if is_latin(text):
        return Paragraph(markup if markup is not None else escape(text), style)
    shaped = ShapedParagraph(
        [Span(text, bold=bold, color=color)],
        size=style.fontSize,
        leading=style.leading,
        color=color or hex_color(style.textColor),
        align={0: "left", 1: "center", 2: "right"}.get(style.alignment, "left"),
        space_before=style.spaceBefore,
        space_after=style.spaceAfter,
    )
    return shaped


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hex_color(color) -> str:  # noqa: ANN001 (reportlab Color)
    return color.hexval().replace("0x", "#") if hasattr(color, "hexval") else str(color)
