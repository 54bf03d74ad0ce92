"""Badge layouts as data: validation messages and sheet positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegations.printing.layouts import (
    MM,
    LayoutError,
    layout_names,
    list_layouts,
    load_layout,
    slot_positions,
)


def test_bundled_layouts_are_valid_and_the_default_comes_first() -> None:
    assert layout_names() == ["a6", "a4-4up", "a4-8up", "cr80", "tent"]
    assert all(layout.elements for layout in list_layouts())


def _slots_mm(name: str) -> list[tuple[float, float, int]]:
    return [
        (round(s.x / MM, 2), round(s.y / MM, 2), s.rotation)
        for s in slot_positions(load_layout(name))
    ]


def test_sheet_positions_of_every_layout() -> None:
    # Bottom-left corners in mm from the page's bottom-left, row by row from the top.
    assert _slots_mm("a6") == [(0, 0, 0)]
    assert _slots_mm("cr80") == [(0, 0, 0)]
    assert _slots_mm("a4-4up") == [(0, 148.5, 0), (105, 148.5, 0), (0, 0.5, 0), (105, 0.5, 0)]
    assert _slots_mm("a4-8up") == [
        (15, 208.5, 0), (105, 208.5, 0), (15, 148.5, 0), (105, 148.5, 0),
        (15, 88.5, 0), (105, 88.5, 0), (15, 28.5, 0), (105, 28.5, 0),
    ]  # fmt: skip
    # The table card: the top half upside down, so both sides read upright once folded.
    assert _slots_mm("tent") == [(0, 105, 180), (0, 0, 0)]
    assert load_layout("tent").sheet.repeat


def test_a4_4up_reuses_the_a6_badge() -> None:
    a6, four = load_layout("a6"), load_layout("a4-4up")
    assert four.elements == a6.elements
    assert (four.badge_width, four.badge_height) == (105, 148)
    assert four.sheet.crop_marks


def _write(folder: Path, name: str, data: object) -> None:
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


GOOD = {
    "title": "Test",
    "badge": {"width": 100, "height": 60},
    "sheet": {"page": [100, 60]},
    "elements": [{"type": "text", "field": "name", "x": 5, "y": 5, "w": 90, "h": 20, "size": 20}],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("badge"), "“badge” is missing"),
        (lambda d: d["elements"][0].update(size="big"), "“elements[0].size” must be"),
        (lambda d: d["elements"][0].update(field="nickname"), "“nickname” is not one of"),
        (lambda d: d["elements"][0].update(type="sticker"), "must be one of text"),
        (lambda d: d["elements"][0].update(w=200), "reaches outside the 100 × 60 mm badge"),
        (lambda d: d["elements"][0].update(colour="#fff"), "“elements[0].colour” is not a setting"),
        (lambda d: d["elements"][0].update(color="red"), "must be a colour like"),
        (lambda d: d["sheet"].update(columns=2), "do not fit on a 100 × 60 mm page"),
        (lambda d: d.update(sheets=1), "“sheets” is not a layout setting"),
        (lambda d: d["elements"][0].pop("type"), "“elements[0].type” is missing"),
        (lambda d: d["elements"][0].update(size=True), "“elements[0].size” must be a number, not true"),
        (lambda d: d["elements"][0].update(size=0), "“elements[0].size” must be more than 0"),
        (lambda d: d["elements"][0].update(x=-1), "“elements[0].x” must not be negative"),
        (lambda d: d["elements"][0].update(min_size=30), "“elements[0].min_size” must not be larger than size"),
        (lambda d: d["elements"][0].update(lines=1.5), "“elements[0].lines” must be a whole number, not 1.5"),
        (lambda d: d["elements"][0].update(valign="centre"), "“elements[0].valign” must be top, middle or bottom"),
        (lambda d: d["elements"][0].update(when="nickname"), "“elements[0].when” must name a field"),
        (lambda d: d["elements"].append({"type": "qr", "x": 0, "y": 0, "w": 20, "size": 20}),
         "“elements[1].w” is not a setting of a qr element"),
        (lambda d: d["elements"].append({"type": "photo", "x": 0, "y": 0, "w": 20}),
         "“elements[1].h” is missing"),
        (lambda d: d["elements"].append("qr"), "“elements[1]” must be an object"),
        (lambda d: d["sheet"].update(page=[100]), "“sheet.page” must be [width, height] in millimetres"),
        (lambda d: d["sheet"].update(row_rotation=[90]), "“sheet.row_rotation” must list 0 or 180"),
        (lambda d: d["sheet"].update(cut=True), "“sheet.cut” is not a sheet setting"),
        (lambda d: d["badge"].update(width="100mm"), "“badge.width” must be a number, not \"100mm\""),
    ],
)  # fmt: skip
def test_invalid_layouts_are_refused_naming_the_file_and_the_key(
    tmp_path: Path,
    change,
    message: str,  # noqa: ANN001
) -> None:
    data = json.loads(json.dumps(GOOD))
    change(data)
    _write(tmp_path, "mine", data)
    with pytest.raises(LayoutError) as error:
        load_layout("mine", tmp_path)
    assert "mine.json" in str(error.value)
    assert message in str(error.value)


def test_a_rule_needs_no_height_and_a_qr_code_is_a_square(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GOOD))
    data["elements"] += [
        {"type": "rule", "x": 5, "y": 30, "w": 90, "color": "role"},
        {"type": "qr", "x": 70, "y": 30, "size": 25, "comment": "bottom right"},
    ]
    _write(tmp_path, "mine", data)
    text, rule, qr = load_layout("mine", tmp_path).elements
    assert (rule.type, rule.h, rule.get("width", 0.75), rule.get("color")) == (
        "rule",
        0,
        0.75,
        "role",
    )
    assert (qr.type, qr.w, qr.h, qr.get("border", 2)) == ("qr", 25, 25, 2)
    assert (text.get("field"), text.get("min_size", text.size)) == ("name", 20)


def test_broken_json_and_unknown_names_get_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"title": ', encoding="utf-8")
    with pytest.raises(LayoutError, match=r"broken.json is not valid JSON: .* line 1"):
        load_layout("broken", tmp_path)
    _write(tmp_path, "good", GOOD)
    with pytest.raises(LayoutError, match="no badge layout “nope”; the layouts are: broken, good"):
        load_layout("nope", tmp_path)
    assert load_layout("good", tmp_path).title == "Test"
