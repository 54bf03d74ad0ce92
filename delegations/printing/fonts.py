"""Bundled fonts, script runs and HarfBuzz shaping for ReportLab.

A string is normalised to NFC, split into runs of one script (Latin/Vietnamese, Khmer, Thai,
Lao, Myanmar, Han), each run gets the bundled font for its script and is shaped with
ReportLab's uharfbuzz support (`reportlab.pdfbase.ttfonts.shapeFragWord`). Spaces, digits and
punctuation join the run around them when its font has them.

Fonts are registered with ReportLab once, lazily, the first time a script is needed. Shaping
does not depend on the font size, so shaped runs are cached per (text, font) and measured in
em; the same cache serves the badge canvas and, later, platypus paragraphs.

This module is thread-safe for registration; shaping itself happens on whichever thread draws.
"""

from __future__ import annotations

import itertools
import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from delegations.paths import resources_dir


class Script(StrEnum):
    LATIN = "latin"
    KHMER = "khmer"
    THAI = "thai"
    LAO = "lao"
    MYANMAR = "myanmar"
    HAN = "han"


@dataclass(frozen=True, slots=True)
class FontFile:
    file: str
    subfont: int = 0


# Script -> (regular, bold). WenQuanYi Micro Hei has no bold: Han text is emboldened by stroke.
FONT_FILES: dict[Script, tuple[FontFile, FontFile]] = {
    Script.LATIN: (FontFile("NotoSans-Regular.ttf"), FontFile("NotoSans-Bold.ttf")),
    Script.KHMER: (FontFile("NotoSansKhmer-Regular.ttf"), FontFile("NotoSansKhmer-Bold.ttf")),
    Script.THAI: (FontFile("NotoSansThai-Regular.ttf"), FontFile("NotoSansThai-Bold.ttf")),
    Script.LAO: (FontFile("NotoSansLao-Regular.ttf"), FontFile("NotoSansLao-Bold.ttf")),
    Script.MYANMAR: (
        FontFile("NotoSansMyanmar-Regular.ttf"),
        FontFile("NotoSansMyanmar-Bold.ttf"),
    ),
    Script.HAN: (FontFile("wqy-microhei.ttc", 0), FontFile("wqy-microhei.ttc", 0)),
}
SYNTHETIC_BOLD = frozenset({Script.HAN})

# Code point ranges of the scripts with their own font (inclusive).
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0E00, 0x0E7F, Script.THAI),
    (0x0E80, 0x0EFF, Script.LAO),
    (0x1000, 0x109F, Script.MYANMAR),
    (0x1780, 0x17FF, Script.KHMER),
    (0x19E0, 0x19FF, Script.KHMER),
    (0x2E80, 0x2FDF, Script.HAN),
    (0x2FF0, 0x303F, Script.HAN),  # ideographic description, CJK symbols and punctuation
    (0x3040, 0x31FF, Script.HAN),  # kana, bopomofo, CJK strokes
    (0x3200, 0x4DBF, Script.HAN),  # enclosed CJK, compatibility, extension A
    (0x4E00, 0x9FFF, Script.HAN),
    (0xA9E0, 0xA9FF, Script.MYANMAR),
    (0xAA60, 0xAA7F, Script.MYANMAR),
    (0xAC00, 0xD7AF, Script.HAN),  # hangul syllables: the CJK font has them
    (0xF900, 0xFAFF, Script.HAN),
    (0xFE30, 0xFE4F, Script.HAN),
    (0xFF00, 0xFFEF, Script.HAN),  # full-width forms
    (0x20000, 0x3FFFF, Script.HAN),
)
# Characters that belong to no script: they take the script of the run around them.
_JOINERS = {0x200B, 0x200C, 0x200D, 0x2060, 0x00A0}


def script_of(char: str) -> Script | None:
    """The script whose font draws `char`, None for common characters (space, digits, …)."""
    code = ord(char)
    if code < 0x80:
        return Script.LATIN if char.isalpha() else None
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    if code in _JOINERS or 0xFE00 <= code <= 0xFE0F:
        return None
    category = unicodedata.category(char)
    if category[0] in "ZPSN" or category in ("Mn", "Me", "Cf"):
        return None  # common, or a combining mark inheriting its base's script
    return Script.LATIN


# Registration --------------------------------------------------------------------------

_lock = threading.RLock()  # re-entered: a synthetic bold registers its regular face
_registered: dict[tuple[Script, bool], str] = {}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_name(script: Script, bold: bool = False) -> str:
    """The ReportLab name of the font for `script`, registering it on first use."""
    key = (script, bold)
    name = _registered.get(key)
    if name is not None:
        return name
    with _lock:
        name = _registered.get(key)
        if name is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            spec = FONT_FILES[script][1 if bold else 0]
            name = f"Dlg{script.value.title()}{'-Bold' if bold else ''}"
            if script in SYNTHETIC_BOLD and bold:
                name = font_name(script, False)  # same face; the renderer strokes it
            else:
                font = TTFont(name, str(fonts_dir() / spec.file), subfontIndex=spec.subfont)
                pdfmetrics.registerFont(font)
            _registered[key] = name
    return name


def register_all() -> None:
    """Register every bundled font (the preview and preflight need all of them)."""
    for script in Script:
        font_name(script, False)
        font_name(script, True)


@lru_cache(maxsize=32)
def _face(name: str):  # noqa: ANN202 (reportlab TTFontFace)
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face


def covers(name: str, char: str) -> bool:
    """Whether the registered font `name` has a glyph for `char`."""
    return ord(char) in _face(name).charToGlyph


@lru_cache(maxsize=32)
def vertical_metrics(name: str) -> tuple[float, float]:
    """(ascent, descent) of a font in em; descent is negative."""
    face = _face(name)
    return face.ascent / 1000.0, face.descent / 1000.0


@lru_cache(maxsize=20_000)
def uncovered_chars(text: str) -> tuple[str, ...]:
    """Characters of `text` that no bundled font can draw (spaces and joiners excepted)."""
    missing: list[str] = []
    if text.isascii():
        return ()
    for char in unicodedata.normalize("NFC", text):
        if char.isspace() or ord(char) in _JOINERS or unicodedata.category(char) == "Cf":
            continue
        script = script_of(char)
        candidates = [script] if script is not None else list(Script)
        if script is Script.LATIN:
            candidates.append(Script.HAN)  # the CJK font has many symbols Noto Sans lacks
        if not any(covers(font_name(s), char) for s in candidates) and char not in missing:
            missing.append(char)
    return tuple(missing)


# Runs and shaping ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """A run of one font, shaped: `text` is what ReportLab draws (a ShapedStr or a str)."""

    font: str
    text: str
    width: float  # advance in em: multiply by the font size for points
    ascent: float  # em above the baseline, ink of stacked marks included
    descent: float  # em, negative
    synthetic_bold: bool = False


@dataclass(frozen=True, slots=True)
class ShapedLine:
    source: str
    runs: tuple[Run, ...]
    width: float  # em
    ascent: float  # em: its tallest run's
    descent: float  # em: its deepest run's, negative


def split_runs(text: str) -> list[tuple[Script, str]]:
    """Split NFC text into (script, text) runs; common characters join their neighbours."""
    if text.isascii():  # letters are Latin, so everything else joins them (or is Latin anyway)
        return [(Script.LATIN, text)] if text else []
    scripts = [script_of(char) for char in text]
    resolved: list[Script] = []
    for index, char in enumerate(text):
        script = scripts[index]
        if script is None:
            previous = resolved[-1] if resolved else None
            following = next((s for s in scripts[index + 1 :] if s is not None), None)
            script = Script.LATIN
            if unicodedata.category(char) in ("Mn", "Me") or ord(char) in _JOINERS - {0xA0}:
                script = previous or following or Script.LATIN  # marks stay with their base
            else:
                for candidate in (previous, following):
                    if candidate is not None and covers(font_name(candidate), char):
                        script = candidate
                        break
        resolved.append(script)
    runs: list[tuple[Script, str]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or resolved[index] != resolved[start]:
            runs.append((resolved[start], text[start:index]))
            start = index
    return runs


# Latin: no ligatures, so that names stay searchable and extractable ("Griffin", not "Griﬃn").
_FEATURES: dict[Script, dict[str, bool]] = {Script.LATIN: {"kern": True, "liga": False}}


# Nominal (ascent, descent) in em per script: the space a line of that script takes even
# when its letters are short; the ink of stacked marks can only make a line taller.
_NOMINAL: dict[Script, tuple[float, float]] = {
    Script.LATIN: (0.78, -0.24),
    Script.KHMER: (0.80, -0.30),
    Script.THAI: (0.80, -0.25),
    Script.LAO: (0.80, -0.25),
    Script.MYANMAR: (0.78, -0.28),
    Script.HAN: (0.86, -0.12),
}


@lru_cache(maxsize=32)
def _hb_font(name: str):  # noqa: ANN202 (uharfbuzz Font)
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).hbFont(1000)


def _ink_extents(text: str, name: str, features: dict[str, bool]) -> tuple[float, float]:
    """(top, bottom) of the shaped glyphs' ink in em, from HarfBuzz glyph extents."""
    import uharfbuzz

    font = _hb_font(name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, features)
    scale = 1.0 / font.face.upem
    top, bottom = 0.0, 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        extents = font.get_glyph_extents(info.codepoint)
        if extents is None or extents.height == 0:
            continue
        glyph_top = position.y_offset + extents.y_bearing
        top = max(top, glyph_top * scale)
        bottom = min(bottom, (glyph_top + extents.height) * scale)
    return top, bottom


@lru_cache(maxsize=20_000)
def shape_run(text: str, script: Script, bold: bool) -> Run:
    """Shape one run of one script with HarfBuzz; the result is cached (size independent)."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

    name = font_name(script, bold)
    features = _FEATURES.get(script, {})
    # A "frag word" is [its width, (style, text)…]; shapeFragWord reads only the fragments.
    word = [0.0, (ABag(fontName=name, fontSize=1000.0), text)]
    shaped = shapeFragWord(word, features=features, force=False)
    drawn = shaped[1][1] if len(shaped) == 2 else text
    if isinstance(drawn, ShapedStr):
        width = sum(data.x_advance for data in drawn.__shapeData__) / 1000.0
    else:
        drawn = text
        width = pdfmetrics.stringWidth(text, name, 1.0)
    top, bottom = _ink_extents(text, name, features)
    nominal_top, nominal_bottom = _NOMINAL[script]
    return Run(
        name,
        drawn,
        width,
        max(top, nominal_top),
        min(bottom, nominal_bottom),
        bold and script in SYNTHETIC_BOLD,
    )


@lru_cache(maxsize=20_000)
def shape_line(text: str, bold: bool = False) -> ShapedLine:
    """Shape a single line of text (NFC, split into script runs, each shaped)."""
    text = unicodedata.normalize("NFC", text)
    runs = tuple(shape_run(part, script, bold) for script, part in split_runs(text))
    return ShapedLine(
        text,
        runs,
        sum(run.width for run in runs),
        max((run.ascent for run in runs), default=0.0),
        min((run.descent for run in runs), default=0.0),
    )


def ascii_advances(line: ShapedLine) -> list[float] | None:
    """The advance in em before each character of an ASCII line as shaped (one value more
    than characters); None for any other line.

    The bundled Latin fonts kern nothing against a space (a test checks it), so a part of the
    line that ends at a space or starts after one is exactly as wide shaped on its own.
    """
    if not line.source.isascii() or len(line.runs) != 1:
        return None
    from reportlab.pdfbase import pdfmetrics

    run = line.runs[0]
    data = getattr(run.text, "__shapeData__", None)
    if data is None:  # HarfBuzz changed nothing: the font's own advances
        per_char = [pdfmetrics.stringWidth(char, run.font, 1000.0) for char in line.source]
    else:
        per_char = [0.0] * len(line.source)
        for glyph in data:
            per_char[glyph.cluster] += glyph.x_advance
    return [advance / 1000.0 for advance in itertools.accumulate(per_char, initial=0.0)]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The shaped width of `text` in points at `size`."""
    return shape_line(text, bold).width * size
