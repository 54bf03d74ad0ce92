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
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delegations.domain.errors import UserError
from delegations.paths import resources_dir
from delegations.printing.model import TEXT_FIELDS

MM = 72 / 25.4
DEFAULT_LAYOUT = "a6"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class LayoutError(UserError):
    """A layout file is not valid; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Sheet:
    page_width: float  # mm
    page_height: float
    columns: int = 1
    rows: int = 1
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    crop_marks: bool = False
    repeat: bool = False  # every slot shows the same badge (a folded table card)
    row_rotation: tuple[int, ...] = ()  # degrees per row: 0 or 180
    fold_lines: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True, slots=True)
class Element:
    type: str
    x: float
    y: float
    w: float
    h: float
    options: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass(frozen=True, slots=True)
class Layout:
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
        return any(
            element.get("family_name_caps", False)
            for element in self.elements
            if element.type == "text" and "name" in _field_keys(element)
        )


def _field_keys(element: Element) -> list[str]:
    keys = element.get("field", [])
    return [keys] if isinstance(keys, str) else list(keys)


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


# Validation ----------------------------------------------------------------------------

_ELEMENT_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "text": {
        "field": (str, list),
        "sep": str,
        "size": (int, float),
        "min_size": (int, float),
        "lines": int,
        "bold": bool,
        "color": str,
        "align": str,
        "valign": str,
        "uppercase": bool,
        "flag": bool,
        "family_name_caps": bool,  # the name field with the family name in capitals
    },
    "band": {
        "size": (int, float),
        "min_size": (int, float),
        "align": str,
        "label": bool,
        "uppercase": bool,
        "bold": bool,
    },
    "qr": {"border": int},
    "photo": {},
    "rule": {"color": str, "width": (int, float)},
    "rect": {"color": str},
}
_COMMON_KEYS = {"type", "x", "y", "w", "h", "when", "unless", "comment"}
_NUMBER = (int, float)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, message: str) -> LayoutError:
        return LayoutError(f"Badge layout {self.source}: “{key}” {message}.")

    def get(
        self,
        data: dict,
        key: str,
        kind: type | tuple[type, ...],
        where: str,
        default: Any = ...,
        positive: bool = False,
    ) -> Any:
        path = f"{where}.{key}" if where else key
        if key not in data:
            if default is ...:
                raise self.fail(path, "is missing")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            names = " or ".join(
                k.__name__.replace("str", "text").replace("float", "number") for k in kinds
            )
            raise self.fail(path, f"must be {names}, not {json.dumps(value)}")
        if positive and value <= 0:
            raise self.fail(path, "must be more than 0")
        if kinds[0] in _NUMBER and not positive and value < 0:
            raise self.fail(path, "must not be negative")
        return value


def _check_element(check: _Checker, raw: Any, index: int, badge: tuple[float, float]) -> Element:
    where = f"elements[{index}]"
    if not isinstance(raw, dict):
        raise check.fail(where, "must be an object")
    kind = check.get(raw, "type", str, where)
    if kind not in _ELEMENT_KEYS:
        raise check.fail(
            f"{where}.type", f"must be one of {', '.join(_ELEMENT_KEYS)}, not “{kind}”"
        )
    allowed = _ELEMENT_KEYS[kind]
    for key in raw:
        if key not in allowed and key not in _COMMON_KEYS and not (kind == "qr" and key == "size"):
            raise check.fail(f"{where}.{key}", f"is not a setting of a {kind} element")
    x = check.get(raw, "x", _NUMBER, where)
    y = check.get(raw, "y", _NUMBER, where)
    if kind == "qr":
        w = h = check.get(raw, "size", _NUMBER, where, positive=True)
    else:
        w = check.get(raw, "w", _NUMBER, where, positive=True)
        h = check.get(raw, "h", _NUMBER, where, default=0.0 if kind == "rule" else ...)
    if x + w > badge[0] + 0.01 or y + h > badge[1] + 0.01:
        raise check.fail(where, f"reaches outside the {badge[0]:g} × {badge[1]:g} mm badge")
    options = {key: raw[key] for key in raw if key not in ("type", "x", "y", "w", "h", "size")}
    for key, kinds in allowed.items():
        if key in raw:
            check.get(raw, key, kinds, where, positive=key in ("size", "min_size", "lines"))
    if "size" in raw and kind != "qr":
        options["size"] = raw["size"]
    for key in ("when", "unless"):
        if key in raw and raw[key] not in (*TEXT_FIELDS, "photo"):
            raise check.fail(f"{where}.{key}", "must name a field such as “photo” or “native_name”")
    if kind == "text":
        fields = raw["field"] if "field" in raw else check.get(raw, "field", str, where)
        for name in [fields] if isinstance(fields, str) else fields:
            if name not in TEXT_FIELDS:
                raise check.fail(
                    f"{where}.field", f"“{name}” is not one of {', '.join(TEXT_FIELDS)}"
                )
        check.get(raw, "size", _NUMBER, where, positive=True)
        if "family_name_caps" in raw and "name" not in (
            [fields] if isinstance(fields, str) else fields
        ):
            raise check.fail(
                f"{where}.family_name_caps", "applies only to an element whose field is “name”"
            )
    for key in ("align",):
        if key in raw and raw[key] not in ("left", "center", "right"):
            raise check.fail(f"{where}.{key}", "must be left, center or right")
    if "valign" in raw and raw["valign"] not in ("top", "middle", "bottom"):
        raise check.fail(f"{where}.valign", "must be top, middle or bottom")
    if "color" in raw and raw["color"] != "role" and not _COLOR.match(raw["color"]):
        raise check.fail(f"{where}.color", "must be a colour like #1a237e or “role”")
    if "min_size" in raw and raw["min_size"] > raw.get("size", raw["min_size"]):
        raise check.fail(f"{where}.min_size", "must not be larger than size")
    return Element(kind, float(x), float(y), float(w), float(h), options)


def _check_sheet(check: _Checker, raw: Any, badge: tuple[float, float]) -> Sheet:
    if not isinstance(raw, dict):
        raise check.fail("sheet", "must be an object")
    page = check.get(raw, "page", list, "sheet")
    if len(page) != 2 or not all(isinstance(v, _NUMBER) and v > 0 for v in page):
        raise check.fail("sheet.page", "must be [width, height] in millimetres")
    known = {
        "page",
        "columns",
        "rows",
        "margin_left",
        "margin_top",
        "gap_x",
        "gap_y",
        "crop_marks",
        "repeat",
        "row_rotation",
        "fold_lines",
        "comment",
    }
    for key in raw:
        if key not in known:
            raise check.fail(f"sheet.{key}", "is not a sheet setting")
    rows = check.get(raw, "rows", int, "sheet", 1, positive=True)
    rotation = tuple(check.get(raw, "row_rotation", list, "sheet", []))
    if any(r not in (0, 180) for r in rotation) or len(rotation) > rows:
        raise check.fail("sheet.row_rotation", "must list 0 or 180 for each row")
    sheet = Sheet(
        page_width=float(page[0]),
        page_height=float(page[1]),
        columns=check.get(raw, "columns", int, "sheet", 1, positive=True),
        rows=rows,
        margin_left=float(check.get(raw, "margin_left", _NUMBER, "sheet", 0.0)),
        margin_top=float(check.get(raw, "margin_top", _NUMBER, "sheet", 0.0)),
        gap_x=float(check.get(raw, "gap_x", _NUMBER, "sheet", 0.0)),
        gap_y=float(check.get(raw, "gap_y", _NUMBER, "sheet", 0.0)),
        crop_marks=check.get(raw, "crop_marks", bool, "sheet", False),
        repeat=check.get(raw, "repeat", bool, "sheet", False),
        row_rotation=rotation,
        fold_lines=check.get(raw, "fold_lines", bool, "sheet", False),
    )
    used_w = sheet.margin_left + sheet.columns * badge[0] + (sheet.columns - 1) * sheet.gap_x
    used_h = sheet.margin_top + sheet.rows * badge[1] + (sheet.rows - 1) * sheet.gap_y
    if used_w > sheet.page_width + 0.01 or used_h > sheet.page_height + 0.01:
        raise check.fail(
            "sheet",
            f"{sheet.columns} × {sheet.rows} badges of {badge[0]:g} × "
            f"{badge[1]:g} mm do not fit on a {page[0]:g} × {page[1]:g} mm page",
        )
    return sheet


def parse_layout(data: Any, name: str, source: str, base: dict[str, Any] | None = None) -> Layout:
    """Validate a layout's JSON data; `base` is the data of `elements_from`, if any."""
    check = _Checker(source)
    if not isinstance(data, dict):
        raise check.fail("(top level)", "must be an object")
    known = {"title", "badge", "sheet", "elements", "elements_from", "comment"}
    for key in data:
        if key not in known:
            raise check.fail(
                key, "is not a layout setting (title, badge, sheet, elements, elements_from)"
            )
    title = check.get(data, "title", str, "")
    merged = dict(base or {})
    merged.update({k: v for k, v in data.items() if k != "elements_from"})
    raw_badge = check.get(merged, "badge", dict, "")
    badge = (
        float(check.get(raw_badge, "width", _NUMBER, "badge", positive=True)),
        float(check.get(raw_badge, "height", _NUMBER, "badge", positive=True)),
    )
    sheet = _check_sheet(check, check.get(merged, "sheet", dict, ""), badge)
    raw_elements = check.get(merged, "elements", list, "")
    elements = tuple(_check_element(check, raw, i, badge) for i, raw in enumerate(raw_elements))
    path = Path(source) if source.endswith(".json") else None
    return Layout(name, title, badge[0], badge[1], sheet, elements, path)


def layouts_dir() -> Path:
    return resources_dir() / "layouts"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise LayoutError(
            f"Badge layout {path.name} is not valid JSON: {error.msg} at line "
            f"{error.lineno}, column {error.colno}."
        ) from None


def load_layout(name: str, folder: Path | None = None) -> Layout:
    """Load and validate the layout `name` (file `name.json`)."""
    folder = folder or layouts_dir()
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
        base = {k: v for k, v in base.items() if k in ("badge", "elements")}
    return parse_layout(data, name, path.name, base)


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
