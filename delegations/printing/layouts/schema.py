"""A badge layout file as pydantic models; every length is in millimetres.

Elements are a union told apart by their `type`. A value a model refuses on its own raises
a `layout` error whose message the loader puts after the key (see `checking`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    Strict,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from delegations.printing.model import TEXT_FIELDS

ELEMENT_TYPES = ("text", "band", "qr", "photo", "rule", "rect")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CUSTOM = "layout"  # the error type of our own sentences


def _refuse(message: str) -> PydanticCustomError:
    return PydanticCustomError(_CUSTOM, "{message}", {"message": message})


# Value types ----------------------------------------------------------------------------------------


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
    # defer_build: only LayoutFile's validator is built, at the first load, not one per model
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    comment: Any = None  # a note for whoever edits the file


class _Element(_Setting):
    """Where an element sits on the badge; `get` reads a setting the file may leave out."""

    x: Length
    y: Length
    when: Condition | None = None  # shown only when the badge has this field…
    unless: Condition | None = None  # …or only when it has not

    def get(self, key: str, default: Any = None) -> Any:
        # Read from the fields' dict: the renderer asks ~200 times a badge, often for a setting
        # this element type lacks, and pydantic's lookup of a missing attribute is slow.
        value = self.__dict__.get(key)
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
