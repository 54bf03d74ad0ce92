"""Colours that follow the system's light or dark palette, and text that stays readable on a
colour (WCAG 2 contrast: at least 4.5:1 for text).

The window takes the system's palette as it is (no style sheet paints a white background).
A widget that paints its own surface asks here for the colours of the palette it is shown
with; a colour that carries meaning (a role's badge colour, the check-in card's state) keeps
its hue in both, and the text on it is black or white, whichever reads better.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_TEXT_CONTRAST = 4.5
"""WCAG 2 level AA for normal text."""

_BLACK = QColor("#000000")
_WHITE = QColor("#ffffff")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""
    red, green, blue = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with `background` (always ≥ 4.58:1)."""
    on_white = contrast_ratio(background, _WHITE)
    return QColor(_WHITE) if on_white >= contrast_ratio(background, _BLACK) else QColor(_BLACK)


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette is a dark one: light text on a dark window."""
    palette = palette or current_palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return relative_luminance(window) < relative_luminance(text)


def mix(first: QColor, second: QColor, share_of_second: float) -> QColor:
    """`first` blended towards `second` by `share_of_second` (0..1)."""
    keep = 1 - share_of_second
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * share_of_second,
        first.greenF() * keep + second.greenF() * share_of_second,
        first.blueF() * keep + second.blueF() * share_of_second,
    )


def readable(colour: QColor, background: QColor) -> QColor:
    """`colour` as text on `background`: kept if it reaches 4.5:1, else moved towards black or
    white (whichever the background needs) until it does. Red stays red on a dark base."""
    if contrast_ratio(colour, background) >= MIN_TEXT_CONTRAST:
        return QColor(colour)
    target = text_on(background)
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= MIN_TEXT_CONTRAST:
            return candidate
    return target


# Text colours that carry meaning, as chosen for a light window.
ERROR_RED = QColor("#b3261e")
WARNING_AMBER = QColor("#8a5300")
DONE_GREEN = QColor("#1b7a36")


def meaning_colour(colour: QColor, palette: QPalette | None = None) -> QColor:
    """A meaning colour (error red, done green) readable on the palette's base and window."""
    palette = palette or current_palette()
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    key = (colour.rgba(), base.rgba(), window.rgba())
    found = _meaning_cache.get(key)
    if found is None:
        found = _meaning_cache[key] = readable(readable(colour, base), window)
    return QColor(found)


_meaning_cache: dict[tuple[int, int, int], QColor] = {}


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label that says what is wrong, readable in light and dark."""
    return f"color: {meaning_colour(ERROR_RED, palette).name()};"


def warning_style(palette: QPalette | None = None) -> str:
    return f"color: {meaning_colour(WARNING_AMBER, palette).name()};"


@dataclass(frozen=True, slots=True)
class BlockColours:
    """A coloured block with words on it (a session in the agenda grid)."""

    strong: QColor  # stripe and border: the kind's own colour in light and dark
    fill: QColor
    text: QColor
    quiet_text: QColor


def block_colours(
    strong: QColor,
    light_fill: QColor,
    light_text: QColor,
    light_quiet: QColor,
    palette: QPalette | None = None,
) -> BlockColours:
    """The light design's pastel block on a light palette; on a dark one, a dark tint of the
    kind's colour with the palette's text on it (both words at least 4.5:1)."""
    palette = palette or current_palette()
    if not is_dark(palette):
        return BlockColours(strong, light_fill, light_text, light_quiet)
    fill = mix(palette.color(QPalette.ColorRole.Base), strong, 0.3)
    text = readable(palette.color(QPalette.ColorRole.Text), fill)
    return BlockColours(
        readable(strong, palette.color(QPalette.ColorRole.Base)), fill, text,
        readable(mix(text, fill, 0.25), fill),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class SurfaceColours:
    """Colours of a surface a widget paints itself (the agenda grid, its headers and ruler)."""

    background: QColor
    shade: QColor  # every other column
    header: QColor
    line: QColor
    faint_line: QColor
    edge: QColor
    text: QColor
    quiet_text: QColor


_LIGHT_SURFACE = SurfaceColours(
    background=QColor("#ffffff"),
    shade=QColor("#f7f9fb"),
    header=QColor("#eef2f6"),
    line=QColor("#cfd6de"),
    faint_line=QColor("#e6eaee"),
    edge=QColor("#b8c2cc"),
    text=QColor("#1f2933"),
    quiet_text=QColor("#52606d"),
)


def surface_colours(palette: QPalette | None = None) -> SurfaceColours:
    """The light design's colours on a light palette; on a dark one, the same roles taken
    from the palette (its base, window and text), so the surface matches the rest."""
    palette = palette or current_palette()
    if not is_dark(palette):
        return _LIGHT_SURFACE
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    header = palette.color(QPalette.ColorRole.Window)
    return SurfaceColours(
        background=base,
        shade=mix(base, text, 0.04),
        header=header,
        line=mix(base, text, 0.22),
        faint_line=mix(base, text, 0.12),
        edge=mix(base, text, 0.32),
        text=readable(text, header),
        quiet_text=readable(mix(text, header, 0.3), header),
    )


__all__ = [
    "MIN_TEXT_CONTRAST",
    "BlockColours",
    "block_colours",
    "SurfaceColours",
    "contrast_ratio",
    "error_style",
    "is_dark",
    "meaning_colour",
    "readable",
    "relative_luminance",
    "surface_colours",
    "text_on",
    "warning_style",
]
