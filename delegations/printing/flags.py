"""National flags on a ReportLab canvas, in each flag's official proportions.

The SVGs in `resources/flags/` (public domain, from fonttools/region-flags: see the README
there) are parsed with svglib once per flag and the drawing is reused. `OFFICIAL_ASPECT` is
what the countries' flag laws prescribe; a test checks every file against it, and drawing
scales the file to exactly that shape. A thin grey outline keeps a flag's white parts (Japan,
Indonesia, Singapore…) visible on white paper.
"""

from __future__ import annotations

import threading
import weakref
from functools import lru_cache
from pathlib import Path

from delegations.paths import resources_dir

# Width : height of each bundled flag, as officially prescribed.
OFFICIAL_ASPECT: dict[str, tuple[int, int]] = {
    "BN": (2, 1), "KH": (25, 16), "ID": (3, 2), "LA": (3, 2), "MY": (2, 1),
    "MM": (3, 2), "PH": (2, 1), "SG": (3, 2), "TH": (3, 2), "VN": (3, 2),
    "TL": (2, 1), "CN": (3, 2),
    "AU": (2, 1), "CA": (2, 1), "EU": (3, 2), "IN": (3, 2), "JP": (3, 2), "KR": (3, 2),
    "NZ": (2, 1), "RU": (3, 2), "GB": (2, 1), "US": (19, 10), "PG": (4, 3),
}  # fmt: skip
OUTLINE_GREY = 0.62  # grey level of the outline
OUTLINE_WIDTH = 0.5  # points

_parse_lock = threading.Lock()  # svglib's parser is not known to be thread-safe


def flags_dir() -> Path:
    return resources_dir() / "flags"


def has_flag(country: str) -> bool:
    """Whether a flag is bundled for the ISO 3166-1 alpha-2 code `country`."""
    return country in OFFICIAL_ASPECT


def flag_aspect(country: str) -> float:
    """Width / height of the country's flag.

    Raises:
        KeyError: no flag is bundled for `country` (see `has_flag`).
    """
    width, height = OFFICIAL_ASPECT[country]
    return width / height


@lru_cache(maxsize=64)
def flag_drawing(country: str):  # noqa: ANN201 (reportlab Drawing)
    """The parsed SVG of the country's flag, as svglib reads it (cached).

    Raises:
        KeyError: no flag is bundled for `country`.
    """
    if country not in OFFICIAL_ASPECT:
        raise KeyError(country)
    from svglib.svglib import svg2rlg

    with _parse_lock:
        drawing = svg2rlg(str(flags_dir() / f"{country}.svg"))
    if drawing is None:
        raise KeyError(country)
    return drawing


def draw_flag(canvas, country: str, x: float, y: float, height: float) -> float:  # noqa: ANN001
    """Draw the country's flag with its bottom-left corner at (x, y), `height` points high;
    returns its width. A country without a bundled flag draws nothing and returns 0."""
    if not has_flag(country):
        return 0.0
    drawing = flag_drawing(country)
    width = height * flag_aspect(country)
    form = _flag_form(canvas, country)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width / drawing.width, height / drawing.height)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeGray(OUTLINE_GREY)
    canvas.setLineWidth(OUTLINE_WIDTH)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.restoreState()
    return width


# Canvas -> the flags already stored in its document as form XObjects.
_forms: weakref.WeakKeyDictionary[object, set[str]] = weakref.WeakKeyDictionary()


def _flag_form(canvas, country: str) -> str:  # noqa: ANN001
    """The name of the form XObject holding the flag in the canvas's document, made on first
    use: a flag drawn on every plate is stored once (the Brunei crest alone is ~1,000 paths),
    and the drawing is turned into PDF once per document rather than per face."""
    name = f"DlgFlag{country}"
    made = _forms.setdefault(canvas, set())
    if name not in made:
        from reportlab.graphics import renderPDF

        drawing = flag_drawing(country)
        canvas.beginForm(name, 0, 0, drawing.width, drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
        made.add(name)
    return name
