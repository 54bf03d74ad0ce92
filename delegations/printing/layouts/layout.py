"""A checked layout as the renderer reads it, and where its badges sit on a page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from delegations.printing.layouts.schema import Element, Sheet

MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class Layout:
    """A checked layout as the renderer reads it."""

    name: str
    title: str
    badge_width: float  # mm
    badge_height: float
    sheet: Sheet
    elements: tuple[Element, ...]
    source: Path | None = None
    back: tuple[Element, ...] = ()  # the reverse side; empty: printed one-sided

    @property
    def duplex(self) -> bool:
        """Whether the back prints on the reverse page (not on a folded badge's other half)."""
        return bool(self.back) and self.sheet.fold is None

    @property
    def family_name_caps(self) -> bool:
        """Whether the layout prints the family name in capitals (its default for a run)."""
        return any(element.get("family_name_caps", False) for element in self.elements)


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one badge goes on the page, in points: bottom-left corner and rotation."""

    x: float
    y: float
    rotation: int = 0


def back_slot_positions(layout: Layout) -> list[Slot]:
    """Where the back of each front slot's badge goes on the reverse page.

    The sheet is turned over about its vertical axis (long-edge duplex on portrait pages):
    a badge's left edge on the front lies over page_width - its right edge on the back, the
    same height, turned the same way.
    """
    page_width = layout.sheet.page_width * MM
    width = layout.badge_width * MM
    return [
        Slot(page_width - slot.x - width, slot.y, slot.rotation) for slot in slot_positions(layout)
    ]


def folded_slots(layout: Layout) -> tuple[Slot, Slot]:
    """A folded badge's front and back halves on its page: side fold, the back on the left
    (upright once folded behind); top fold, the back on top, upside down (the badge is turned
    over about its vertical axis to read it)."""
    first, second = slot_positions(layout)
    if layout.sheet.fold == "top":
        return second, Slot(first.x, first.y, 180)
    return second, first


def slot_positions(layout: Layout) -> list[Slot]:
    """Badge positions on a page, row by row from the top-left (the one sheet formula)."""
    sheet = layout.sheet
    slots = []
    for row in range(sheet.rows):
        rotation = sheet.row_rotation[row] if row < len(sheet.row_rotation) else 0
        for column in range(sheet.columns):
            left = sheet.margin_left + column * (layout.badge_width + sheet.gap_x)
            top = sheet.margin_top + row * (layout.badge_height + sheet.gap_y)
            bottom = sheet.page_height - top - layout.badge_height
            slots.append(Slot(left * MM, bottom * MM, rotation))
    return slots
