"""A badge layout file as pydantic models; every length is in millimetres.

Elements are a union told apart by their `type`. A value a model refuses on its own raises
a `layout` error whose message the loader puts after the key (see `checking`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    PrivateAttr,
    Strict,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from delegations.printing.model import TEXT_FIELDS

ELEMENT_TYPES = ("text", "band", "qr", "photo", "rule", "rect", "image")
FORMAT = 1  # the layout format this version reads and writes ("format" in the file)
MAX_IMAGE_BYTES = 10 * 1024 * 1024
IMAGE_TYPES = {  # media type -> how the decoded bytes begin (SVG: somewhere in the text)
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
    "image/svg+xml": b"<svg",
}
_DATA_URI = re.compile(r"^data:([a-z0-9.+/-]+);base64,(.*)$", re.DOTALL)
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


def _placeholders(value: str) -> str:
    """Free text whose {placeholders} each name a field: "{delegation} · {role}"."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
    except ValueError:
        raise _refuse("has a { or } without its pair (write {{ or }} for the sign)") from None
    for name in names:
        if name not in TEXT_FIELDS:
            raise _refuse(f"has the unknown placeholder {{{name}}}; use {', '.join(TEXT_FIELDS)}")
    return value


# The same image is decoded again and again while a layout is designed (each preview parses
# the layout anew, then draws its images): its last few decodings are kept.
@lru_cache(maxsize=4)
def decode_image(value: str) -> tuple[str, bytes]:
    """The media type and bytes of an image given as a data URI (`data:image/png;base64,…`).

    Raises:
        PydanticCustomError: not such a URI, another media type, too large, or bytes that
            are not the image the media type says.
    """
    found = _DATA_URI.match(value) if isinstance(value, str) else None
    if not found:
        raise _refuse("must be an image as “data:image/png;base64,…” (PNG, JPEG or SVG)")
    media, payload = found.groups()
    if media not in IMAGE_TYPES:
        raise _refuse(f"is {media}; an image must be PNG, JPEG or SVG")
    if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
        raise _refuse(f"is an image larger than {MAX_IMAGE_BYTES // 2**20} MB")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _refuse("is not valid base64") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise _refuse(f"is an image larger than {MAX_IMAGE_BYTES // 2**20} MB")
    magic = IMAGE_TYPES[media]
    found_magic = magic in data[:4096] if media == "image/svg+xml" else data.startswith(magic)
    if not found_magic:
        raise _refuse(f"is not a {media.split('/')[1].split('+')[0].upper()} image")
    return media, data


def _image(value: Any) -> str:
    decode_image(value)
    return value


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
Template = Annotated[Label, AfterValidator(_placeholders)]
ImageData = Annotated[Label, AfterValidator(_image)]
Opacity = Annotated[Number, Field(ge=0, le=1)]
Fit = Annotated[
    Label,
    _one_of(("contain", "cover", "stretch"), "must be contain, cover or stretch"),
]
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
    """A field (or fields joined by `sep`), or free `text` with {placeholders}."""

    type: Literal["text"]
    field: FieldNames | None = None
    text: Template | None = None
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
        names = [names] if isinstance(names, str) else list(names)
        if (
            value is not None
            and "name" not in names
            and "{name}" not in (info.data.get("text") or "")
        ):
            raise _refuse("applies only to an element whose field is “name” or text has {name}")
        return value

    @model_validator(mode="after")
    def _field_or_text(self) -> TextElement:
        if (self.field is None) == (self.text is None):
            raise _refuse("must have either “field” or “text”")
        return self


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


class ImageElement(_Box):
    """A logo, partner strip or artwork: PNG, JPEG or SVG embedded as a data URI."""

    type: Literal["image"]
    src: ImageData
    opacity: Opacity | None = None  # 0 (invisible) to 1
    fit: Fit | None = None  # contain (default): all of it; cover: fills the box, cut off
    _decoded: tuple[str, bytes] | None = PrivateAttr(default=None)

    def image(self) -> tuple[str, bytes]:
        """Media type and bytes, decoded once."""
        if self._decoded is None:
            self._decoded = decode_image(self.src)
        return self._decoded


Element = Annotated[
    TextElement | BandElement | QrElement | PhotoElement | RuleElement | RectElement | ImageElement,
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
    # a badge folded in two: its back printed on the facing half of the same side, "side"
    # (2 columns: the back on the left) or "top" (2 rows: the back on top, upside down)
    fold: Annotated[Label, _one_of(("side", "top"), "must be side or top")] | None = None

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

    format: Annotated[int, Strict()] = FORMAT
    title: Label
    badge: BadgeSize
    sheet: Sheet
    elements: tuple[Element, ...]
    back: tuple[Element, ...] = ()  # the reverse, printed on the next page for duplex

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: int) -> int:
        if value > FORMAT:
            raise _refuse(
                f"is {value}: the layout comes from a newer version of Delegations "
                f"(this one reads format {FORMAT})"
            )
        return value
