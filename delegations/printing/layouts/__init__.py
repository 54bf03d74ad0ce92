"""Badge layouts as data: `resources/layouts/*.json`, validated on load.

A layout is a badge size, a sheet (how badges sit on a page: a small table of page size,
columns, rows, margins and gaps) and a list of elements placed on the badge in millimetres
from the badge's top-left corner. The renderer never knows which sheet it is on: slot
positions come from one formula, `slot_positions`.

    {
      "title": "A6 portrait, one per page",
      "badge": {"width": 105, "height": 148},
      "sheet": {"page": [105, 148], "columns": 1, "rows": 1},
      "elements": [{"type": "text", "field": "name", "x": 8, "y": 40, "w": 89, "h": 24,
                    "size": 30, "min_size": 14, "lines": 2, "bold": true}, ...]
    }

A text element showing `name` may say `"family_name_caps": true` to print the family name in
capitals ("BAI Zhen", "Somchai SRISUK"), the UN practice that makes the name order
unmistakable; the print dialog and `badges --family-caps` override it for a run.

`"elements_from": "a6"` reuses another layout's badge and elements (4-up sheets of A6).

The file is read through pydantic models (`LayoutFile`; elements are a union told apart by
their `type`); a refused value is named by its path in the file, e.g.
`Badge layout mine.json: “elements[2].size” must be more than 0.`
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from delegations.paths import resources_dir
from delegations.printing.layouts.checking import LayoutError, parse_layout
from delegations.printing.layouts.layout import (
    MM,
    Layout,
    Slot,
    back_slot_positions,
    folded_slots,
    slot_positions,
)
from delegations.printing.layouts.schema import (
    ELEMENT_TYPES,
    FORMAT,
    BadgeSize,
    Element,
    ImageElement,
    LayoutFile,
    Sheet,
)

DEFAULT_LAYOUT = "a6"

__all__ = [
    "DEFAULT_LAYOUT",
    "ELEMENT_TYPES",
    "FORMAT",
    "MM",
    "BadgeSize",
    "Element",
    "ImageElement",
    "Layout",
    "LayoutError",
    "LayoutFile",
    "Sheet",
    "Slot",
    "back_slot_positions",
    "folded_slots",
    "bundled_layout_data",
    "layout_names",
    "layouts_dir",
    "list_layouts",
    "load_layout",
    "parse_layout",
    "slot_positions",
]


def layouts_dir() -> Path:
    return resources_dir() / "layouts"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise LayoutError(
            f"Badge layout {path.name} is not UTF-8 text (byte {error.start + 1})."
        ) from None
    except json.JSONDecodeError as error:
        raise LayoutError(
            f"Badge layout {path.name} is not valid JSON: {error.msg} at line "
            f"{error.lineno}, column {error.colno}."
        ) from None


def load_layout(name: str, folder: Path | None = None) -> Layout:
    """Load and validate the layout `name` (file `name.json`)."""
    folder = folder or layouts_dir()
    data, base = _layout_json(name, folder)
    return parse_layout(data, name, f"{name}.json", base)


def bundled_layout_data(name: str, folder: Path | None = None) -> dict[str, Any]:
    """The layout's JSON with `elements_from` resolved: a copy stands on its own."""
    folder = folder or layouts_dir()
    data, base = _layout_json(name, folder)
    parse_layout(data, name, f"{name}.json", base)  # refuse an invalid file here too
    merged = dict(base or {})
    merged.update({key: value for key, value in data.items() if key != "elements_from"})
    return merged


def _layout_json(name: str, folder: Path) -> tuple[Any, dict[str, Any] | None]:
    path = folder / f"{name}.json"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.is_file():
        known = ", ".join(layout_names(folder)) or "none"
        raise LayoutError(f"There is no badge layout “{name}”; the layouts are: {known}.")
    data = _read_json(path)
    base = None
    if isinstance(data, dict) and "elements_from" in data:
        parent = data["elements_from"]
        parent_path = folder / f"{parent}.json"
        if not isinstance(parent, str) or parent == name or not parent_path.is_file():
            raise LayoutError(
                f"Badge layout {path.name}: “elements_from” must name another "
                f"layout, not {json.dumps(parent)}."
            )
        base = _read_json(parent_path)
        if not isinstance(base, dict):
            raise LayoutError(f"Badge layout {parent_path.name} must be a JSON object.")
        base = {k: v for k, v in base.items() if k in ("badge", "elements", "back")}
    return data, base


def layout_names(folder: Path | None = None) -> list[str]:
    folder = folder or layouts_dir()
    names = sorted(path.stem for path in folder.glob("*.json"))
    if DEFAULT_LAYOUT in names:
        names.remove(DEFAULT_LAYOUT)
        names.insert(0, DEFAULT_LAYOUT)
    return names


def list_layouts(folder: Path | None = None) -> list[Layout]:
    """All layouts, the default first; raises LayoutError on the first invalid one."""
    return [load_layout(name, folder) for name in layout_names(folder)]
