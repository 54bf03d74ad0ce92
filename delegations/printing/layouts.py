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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from delegations.domain.errors import UserError
from delegations.paths import resources_dir
from delegations.printing.model import TEXT_FIELDS

MM = 72 / 25.4
DEFAULT_LAYOUT = "a6"
ELEMENT_TYPES = ("text", "band", "qr", "photo", "rule", "rect")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CUSTOM = "layout"  # the error type of our own sentences


class LayoutError(UserError):
    """A layout file is not valid; the message names the file and the key."""


def _refuse(message: str) -> PydanticCustomError:
    return PydanticCustomError(_CUSTOM, "{message}", {"message": message})


# Value types (lengths in millimetres) --------------------------------------------------------


def _one_of(allowed: Sequence[str], message: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in allowed:
            raise _refuse(message)
        return value

    return AfterValidator(check)


def _colour(value: str) -> str:
    if value != "role" and not _COLOR.match(value):
        raise _refuse("must be a colour like #1a237e or “role”")
    return value


def _field_names(value: Any) -> str | tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise _refuse(f"must be a field name or a list of them, not {json.dumps(value)}")
    for name in names:
        if name not in TEXT_FIELDS:
            raise _refuse(f"“{name}” is not one of {', '.join(TEXT_FIELDS)}")
    return value if isinstance(value, str) else tuple(names)


def _page(value: Any) -> tuple[float, float]:
    if not (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value)
    ):
        raise _refuse("must be [width, height] in millimetres")
    return float(value[0]), float(value[1])


Number = Annotated[float, Strict()]
Positive = Annotated[Number, Field(gt=0)]
Length = Annotated[Number, Field(ge=0)]
Count = Annotated[int, Strict(), Field(gt=0)]
Flag = Annotated[bool, Strict()]
Label = Annotated[str, Strict()]
Colour = Annotated[Label, AfterValidator(_colour)]
Align = Annotated[Label, _one_of(("left", "center", "right"), "must be left, center or right")]
VAlign = Annotated[Label, _one_of(("top", "middle", "bottom"), "must be top, middle or bottom")]
Condition = Annotated[
    Label,
    _one_of((*TEXT_FIELDS, "photo"), "must name a field such as “photo” or “native_name”"),
]
FieldNames = Annotated[str | tuple[str, ...], PlainValidator(_field_names)]
Page = Annotated[tuple[float, float], PlainValidator(_page)]


# The file -----------------------------------------------------------------------------------


class _Setting(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    comment: Any = None  # a note for whoever edits the file


class _Element(_Setting):
    """Where an element sits on the badge; `get` reads a setting the file may leave out."""

    x: Length
    y: Length
    when: Condition | None = None  # shown only when the badge has this field…
    unless: Condition | None = None  # …or only when it has not

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None)
        return default if value is None else value


class _Box(_Element):
    w: Positive
    h: Length


class _Lettering(_Box):
    size: Positive | None = None  # points
    min_size: Positive | None = None
    align: Align | None = None
    bold: Flag | None = None
    uppercase: Flag | None = None

    @field_validator("min_size")
    @classmethod
    def _not_above_size(cls, value: float | None, info: ValidationInfo) -> float | None:
        size = info.data.get("size")
        if value is not None and size is not None and value > size:
            raise _refuse("must not be larger than size")
        return value


class TextElement(_Lettering):
    type: Literal["text"]
    field: FieldNames
    size: Positive
    sep: Label | None = None
    lines: Count | None = None
    color: Colour | None = None
    valign: VAlign | None = None
    flag: Flag | None = None  # a name: the print preflight warns when it fits only too small
    family_name_caps: Flag | None = None  # the name with the family name in capitals

    @field_validator("family_name_caps")
    @classmethod
    def _only_on_the_name(cls, value: bool | None, info: ValidationInfo) -> bool | None:
        names = info.data.get("field") or ()
        if value is not None and "name" not in ([names] if isinstance(names, str) else names):
            raise _refuse("applies only to an element whose field is “name”")
        return value


class BandElement(_Lettering):
    """The role's colour band with the role's name."""

    type: Literal["band"]
    label: Flag | None = None


class QrElement(_Element):
    type: Literal["qr"]
    size: Positive  # a square, `size` mm a side
    border: Annotated[int, Strict(), Field(ge=0)] | None = None

    @property
    def w(self) -> float:
        return self.size

    @property
    def h(self) -> float:
        return self.size


class PhotoElement(_Box):
    type: Literal["photo"]


class RuleElement(_Box):
    type: Literal["rule"]
    h: Length = 0.0
    color: Colour | None = None
    width: Length | None = None  # points


class RectElement(_Box):
    type: Literal["rect"]
    color: Colour | None = None


Element = Annotated[
    TextElement | BandElement | QrElement | PhotoElement | RuleElement | RectElement,
    Field(discriminator="type"),
]


class BadgeSize(_Setting):
    width: Positive
    height: Positive


class Sheet(_Setting):
    """How badges sit on a page: a table of columns and rows with margins and gaps (mm)."""

    page: Page
    columns: Count = 1
    rows: Count = 1
    margin_left: Length = 0.0
    margin_top: Length = 0.0
    gap_x: Length = 0.0
    gap_y: Length = 0.0
    crop_marks: Flag = False
    repeat: Flag = False  # every slot shows the same badge (a folded table card)
    row_rotation: tuple[int, ...] = ()  # degrees per row: 0 or 180
    fold_lines: Flag = False

    @field_validator("row_rotation", mode="plain")
    @classmethod
    def _turns_per_row(cls, value: Any, info: ValidationInfo) -> tuple[int, ...]:
        rows = info.data.get("rows", 1)
        if (
            not isinstance(value, list)
            or len(value) > rows
            or any(isinstance(turn, bool) or turn not in (0, 180) for turn in value)
        ):
            raise _refuse("must list 0 or 180 for each row")
        return tuple(value)

    @property
    def page_width(self) -> float:
        return self.page[0]

    @property
    def page_height(self) -> float:
        return self.page[1]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


class LayoutFile(_Setting):
    """A layout file once `elements_from` is resolved."""

    title: Label
    badge: BadgeSize
    sheet: Sheet
    elements: tuple[Element, ...]


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


# Refusals as sentences ----------------------------------------------------------------------


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _extra_setting(error: ErrorDetails) -> str:
    where = error["loc"]
    if len(where) == 1:
        return "is not a layout setting (title, badge, sheet, elements, elements_from)"
    if where[0] == "elements":
        return f"is not a setting of a {where[2]} element"  # where[2]: the element's type
    return f"is not a {where[0]} setting"


def _unknown_type(error: ErrorDetails) -> str:
    return f"must be one of {', '.join(ELEMENT_TYPES)}, not {_value(error['input']['type'])}"


_SENTENCES: dict[str, Callable[[ErrorDetails], str]] = {
    "missing": lambda error: "is missing",
    "union_tag_not_found": lambda error: "is missing",
    "union_tag_invalid": _unknown_type,
    "extra_forbidden": _extra_setting,
    "model_type": lambda error: "must be an object",
    "model_attributes_type": lambda error: "must be an object",
    "tuple_type": lambda error: "must be a list",
    "float_type": lambda error: f"must be a number, not {_value(error['input'])}",
    "int_type": lambda error: f"must be a whole number, not {_value(error['input'])}",
    "bool_type": lambda error: f"must be true or false, not {_value(error['input'])}",
    "string_type": lambda error: f"must be text, not {_value(error['input'])}",
    "greater_than": lambda error: "must be more than 0",
    "greater_than_equal": lambda error: "must not be negative",
}


def _key(error: ErrorDetails) -> str:
    """The key in the file, e.g. `elements[3].size` (without the type pydantic puts in)."""
    where = list(error["loc"])
    if len(where) > 2 and where[0] == "elements":
        del where[2]
    if error["type"].startswith("union_tag"):
        where.append("type")
    key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where)
    return key.lstrip(".") or "(top level)"


def _fail(source: str, key: str, message: str) -> LayoutError:
    return LayoutError(f"Badge layout {source}: “{key}” {message}.")


def _check_fit(layout: LayoutFile, source: str) -> None:
    """The badges fit on the page, and each element on its badge."""
    sheet, width, height = layout.sheet, layout.badge.width, layout.badge.height
    used_w = sheet.margin_left + sheet.columns * width + (sheet.columns - 1) * sheet.gap_x
    used_h = sheet.margin_top + sheet.rows * height + (sheet.rows - 1) * sheet.gap_y
    if used_w > sheet.page_width + 0.01 or used_h > sheet.page_height + 0.01:
        raise _fail(
            source,
            "sheet",
            f"{sheet.columns} × {sheet.rows} badges of {width:g} × {height:g} mm do not fit on "
            f"a {sheet.page_width:g} × {sheet.page_height:g} mm page",
        )
    for index, element in enumerate(layout.elements):
        if element.x + element.w > width + 0.01 or element.y + element.h > height + 0.01:
            raise _fail(
                source, f"elements[{index}]", f"reaches outside the {width:g} × {height:g} mm badge"
            )


def parse_layout(data: Any, name: str, source: str, base: dict[str, Any] | None = None) -> Layout:
    """Validate a layout's JSON data; `base` is the data of `elements_from`, if any.

    Raises:
        LayoutError: the first refused value, named by its key in the file.
    """
    if not isinstance(data, dict):
        raise _fail(source, "(top level)", "must be an object")
    merged = dict(base or {})
    merged.update({key: value for key, value in data.items() if key != "elements_from"})
    try:
        layout = LayoutFile.model_validate(merged)
    except ValidationError as refused:
        error = refused.errors()[0]
        explain = _SENTENCES.get(error["type"])
        raise _fail(source, _key(error), explain(error) if explain else error["msg"]) from None
    _check_fit(layout, source)
    badge = layout.badge
    path = Path(source) if source.endswith(".json") else None
    return Layout(
        name, layout.title, badge.width, badge.height, layout.sheet, layout.elements, path
    )


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
