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
