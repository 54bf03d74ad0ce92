"""Checks while designing a badge layout: what a valid layout would print badly.

Each rule looks at both sides (the front `elements` and the `back`):

- an element reaching past the badge's edge;
- an element in the strip along the paper's edge that desktop printers cannot print
  (`PRINTER_MARGIN`, 4 mm: what laser and inkjet printers commonly leave blank). Where each
  badge sits on the page comes from the sheet (`slot_positions`), so on a sheet with margins
  only the badges near the paper's edge are concerned. Fills may bleed (rectangles, lines,
  a band's colour, artwork covering the whole badge): losing their outer millimetres is
  expected; a band's label is checked. Card-sized pages (CR80) go to card printers, which
  print edge to edge;
- text (and a band's label) that may shrink below `MIN_TEXT_SIZE`, 6 pt;
- a QR code whose modules are smaller than `MIN_QR_MODULE`, 0.5 mm (three dots of a 150 dpi
  print), counted on the code the badges carry (`make_code`: 26 characters, the same QR
  version for every badge) with the quiet zone the element asks for, as `draw_qr` divides it;
- text boxes that overlap, unless one is shown `when` a field is there and the other
  `unless` it is.

Messages name the element as the designer sees it and count elements from 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from delegations.domain.codes import make_code
from delegations.printing.layouts.layout import (
    MM,
    Layout,
    Slot,
    back_slot_positions,
    folded_slots,
    slot_positions,
)
from delegations.printing.layouts.schema import Element
from delegations.printing.qr import encode

PRINTER_MARGIN = 4.0  # mm along the paper's edge that a desktop printer leaves blank
MIN_TEXT_SIZE = 6.0  # points
MIN_QR_MODULE = 0.5  # mm: three dots at 150 dpi (0.17 mm a dot)
EDGE_TO_EDGE_PAGES = {(85.6, 54.0), (54.0, 85.6)}  # CR80 cards: card printers print it all
MM_PER_POINT = 25.4 / 72
_EPSILON = 0.01  # mm: rounding in a file is not a problem
_EDGES = ("left", "top", "right", "bottom")
_FILLS = ("rect", "rule")
_NOUNS = {
    "band": "role band",
    "qr": "QR code",
    "photo": "photo",
    "rule": "line",
    "rect": "rectangle",
    "image": "image",
}

Box = tuple[float, float, float, float]  # left, top, right, bottom in mm on the badge


@dataclass(frozen=True, slots=True)
class DesignProblem:
    side: str  # "front" or "back"
    index: int  # the element's index in that side's list
    message: str  # one sentence naming the element


def layout_problems(layout: Layout) -> list[DesignProblem]:
    """What would print badly on either side of `layout`, element by element."""
    problems = []
    for side, elements in (("front", layout.elements), ("back", layout.back)):
        paper = _paper_gaps(layout, side)
        for index, element in enumerate(elements):
            name = _capital(f"{describe(element)} ({side}, element {index + 1})")
            for message in _element_problems(layout, elements, index, paper):
                problems.append(DesignProblem(side, index, f"{name} {message}."))
    return problems


def _element_problems(
    layout: Layout, elements: tuple[Element, ...], index: int, paper: dict[str, float] | None
) -> Iterator[str]:
    element = elements[index]
    outside = list(_outside_badge(layout, element))
    yield from outside
    if not outside and paper is not None:
        yield from _unprintable(layout, element, paper)
    yield from _small_text(element)
    yield from _small_qr(element)
    yield from _overlaps(elements, index)


def describe(element: Element) -> str:
    """The element as the designer sees it: text “name”, role band, QR code…"""
    if element.type != "text":
        return _NOUNS[element.type]
    shown = element.text if element.text is not None else element.field
    if not isinstance(shown, str):
        shown = ", ".join(shown)
    return f"text “{shown if len(shown) <= 30 else shown[:29] + '…'}”"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# The badge and the paper --------------------------------------------------------------------


def _box(element: Element) -> Box:
    return element.x, element.y, element.x + element.w, element.y + element.h


def _inside_distances(layout: Layout, box: Box) -> dict[str, float]:
    """How far the box stays inside each of the badge's edges (negative: past it)."""
    left, top, right, bottom = box
    return dict(
        zip(
            _EDGES,
            (left, top, layout.badge_width - right, layout.badge_height - bottom),
            strict=True,
        )
    )


def _outside_badge(layout: Layout, element: Element) -> Iterator[str]:
    for edge, inside in _inside_distances(layout, _box(element)).items():
        if inside < -_EPSILON:
            yield f"reaches {-inside:.1f} mm past the badge's {edge} edge"


def _slots(layout: Layout, side: str) -> list[Slot]:
    if layout.sheet.fold is not None:
        return [folded_slots(layout)[0 if side == "front" else 1]]
    return slot_positions(layout) if side == "front" else back_slot_positions(layout)


def _paper_gaps(layout: Layout, side: str) -> dict[str, float] | None:
    """The least distance from each of the badge's edges to the paper's edge, over the page's
    badges (None: a page printed edge to edge)."""
    sheet = layout.sheet
    if (sheet.page_width, sheet.page_height) in EDGE_TO_EDGE_PAGES:
        return None
    gaps = dict.fromkeys(_EDGES, float("inf"))
    for slot in _slots(layout, side):
        left, bottom = slot.x / MM, slot.y / MM
        right = sheet.page_width - left - layout.badge_width
        top = sheet.page_height - bottom - layout.badge_height
        if slot.rotation == 180:  # the badge's left edge faces the paper's right edge…
            left, top, right, bottom = right, bottom, left, top
        for edge, gap in zip(_EDGES, (left, top, right, bottom), strict=True):
            gaps[edge] = min(gaps[edge], gap)
    return gaps


def _printed_box(layout: Layout, element: Element) -> Box | None:
    """Where the element puts ink that matters (None: a fill that may bleed)."""
    if element.type == "band":
        return _label_box(element)
    if element.type in _FILLS or (element.type == "image" and _covers_badge(layout, element)):
        return None
    return _box(element)


def _covers_badge(layout: Layout, element: Element) -> bool:
    """Artwork behind everything: the whole badge."""
    return all(inside <= _EPSILON for inside in _inside_distances(layout, _box(element)).values())


def _unprintable(layout: Layout, element: Element, paper: dict[str, float]) -> Iterator[str]:
    """One sentence for all the edges where the element is too near the paper's edge."""
    box = _printed_box(layout, element)
    if box is None:
        return
    to_paper = {
        edge: paper[edge] + inside for edge, inside in _inside_distances(layout, box).items()
    }
    near = [edge for edge, gap in to_paper.items() if gap < PRINTER_MARGIN - _EPSILON]
    if near:
        closest = max(min(to_paper[edge] for edge in near), 0)
        how = f"is {closest:.1f} mm from" if closest >= 0.05 else "reaches"
        yield (
            f"{how} the paper's edge at the badge's {_listed(near)}, where printers "
            f"leave about {PRINTER_MARGIN:g} mm blank"
        )


def _listed(words: list[str]) -> str:
    """left; left and top; left, top and right."""
    return " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 1 else words)


# Lettering ----------------------------------------------------------------------------------


def _label_box(element: Element) -> Box | None:
    """A band's label: one line centred in the band, inside the renderer's side padding."""
    if not element.get("label", True):
        return None
    padding = min(4.0, element.w * 0.06)
    height = min(element.h * 0.8, float(element.get("size", 14)) * MM_PER_POINT)
    middle = element.y + element.h / 2
    return (
        element.x + padding,
        middle - height / 2,
        element.x + element.w - padding,
        middle + height / 2,
    )


def _lettering_box(element: Element) -> Box | None:
    if element.type == "text":
        return _box(element)
    return _label_box(element) if element.type == "band" else None


def _minimum_size(element: Element) -> float | None:
    """The smallest size the renderer may fit the element's text at (None: no text)."""
    if element.type == "text":
        return float(element.get("min_size", element.size))
    if element.type == "band" and element.get("label", True):
        size = float(element.get("size", 14))
        return float(element.get("min_size", min(size, MIN_TEXT_SIZE)))
    return None


def _small_text(element: Element) -> Iterator[str]:
    smallest = _minimum_size(element)
    if smallest is not None and smallest < MIN_TEXT_SIZE:
        how = "is" if smallest == float(element.get("size", 14)) else "may shrink to"
        yield f"{how} {smallest:g} pt; below {MIN_TEXT_SIZE:g} pt a badge is hard to read"


def _never_together(first: Element, second: Element) -> bool:
    """One is shown only when a field is there, the other only when it is not."""
    return (first.when is not None and first.when == second.unless) or (
        first.unless is not None and first.unless == second.when
    )


def _overlaps(elements: tuple[Element, ...], index: int) -> Iterator[str]:
    box = _lettering_box(elements[index])
    if box is None:
        return
    for earlier, other in enumerate(elements[:index]):
        other_box = _lettering_box(other)
        if other_box is None or _never_together(elements[index], other):
            continue
        width = min(box[2], other_box[2]) - max(box[0], other_box[0])
        height = min(box[3], other_box[3]) - max(box[1], other_box[1])
        if width > _EPSILON and height > _EPSILON:
            yield f"overlaps {describe(other)} (element {earlier + 1})"


# QR code ------------------------------------------------------------------------------------


@cache
def badge_code_modules() -> int:
    """Modules a side of the QR code a badge carries (every badge code has 26 characters)."""
    return encode(make_code("design check", 1, 1)).size


def qr_module(element: Element) -> float:
    """A module's side in mm, as `draw_qr` divides the square among code and quiet zone."""
    return element.size / (badge_code_modules() + 2 * int(element.get("border", 2)))


def _small_qr(element: Element) -> Iterator[str]:
    if element.type != "qr":
        return
    module = qr_module(element)
    if module < MIN_QR_MODULE:
        needed = MIN_QR_MODULE * element.size / module
        yield (
            f"has modules of {module:.2f} mm, too small to scan from a 150 dpi print "
            f"(at least {MIN_QR_MODULE:g} mm: make it {needed:.1f} mm a side)"
        )
