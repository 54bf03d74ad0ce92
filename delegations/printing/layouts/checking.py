"""Layout data checked through `schema`, each refusal one sentence naming the file and key."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from delegations.domain.errors import UserError
from delegations.printing.layouts.layout import Layout
from delegations.printing.layouts.schema import ELEMENT_TYPES, LayoutFile


class LayoutError(UserError):
    """A layout file is not valid; the message names the file and the key."""


# Refusals as sentences ----------------------------------------------------------------------


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _extra_setting(error: ErrorDetails) -> str:
    where = error["loc"]
    if len(where) == 1:
        return (
            "is not a layout setting (format, title, badge, sheet, elements, back, elements_from)"
        )
    if where[0] in ("elements", "back"):
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
    if len(where) > 2 and where[0] in ("elements", "back"):
        del where[2]
    if error["type"].startswith("union_tag"):
        where.append("type")
    key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where)
    return key.lstrip(".") or "(top level)"


def _fail(source: str, key: str, message: str) -> LayoutError:
    return LayoutError(f"Badge layout {source}: “{key}” {message}.")


def _check_fit(layout: LayoutFile, source: str, elements: bool = True) -> None:
    """The badges fit on the page, and (with `elements`) each element on its badge."""
    _check_fold(layout, source)
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
    for side in ("elements", "back") if elements else ():
        for index, element in enumerate(getattr(layout, side)):
            if element.x + element.w > width + 0.01 or element.y + element.h > height + 0.01:
                raise _fail(
                    source,
                    f"{side}[{index}]",
                    f"reaches outside the {width:g} × {height:g} mm badge",
                )


def _check_fold(layout: LayoutFile, source: str) -> None:
    fold = layout.sheet.fold
    if fold is None:
        return
    halves = (2, 1) if fold == "side" else (1, 2)
    if (layout.sheet.columns, layout.sheet.rows) != halves or layout.sheet.repeat:
        columns, rows = halves
        raise _fail(
            source,
            "sheet.fold",
            f"“{fold}” needs {columns} column(s) and {rows} row(s), the two halves of one badge",
        )
    if not layout.back:
        raise _fail(source, "back", "must list the elements of the folded badge's back")


def parse_layout(
    data: Any,
    name: str,
    source: str,
    base: dict[str, Any] | None = None,
    *,
    elements_inside: bool = True,
) -> Layout:
    """Validate a layout's JSON data; `base` is the data of `elements_from`, if any.

    `elements_inside=False` lets elements reach outside the badge: the designer's checks
    (`design_checks`) say by how much instead of refusing the whole layout.

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
    _check_fit(layout, source, elements_inside)
    badge = layout.badge
    path = Path(source) if source.endswith(".json") else None
    return Layout(
        name,
        layout.title,
        badge.width,
        badge.height,
        layout.sheet,
        layout.elements,
        path,
        layout.back,
    )
