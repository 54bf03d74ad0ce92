"""Checks while designing a badge layout: each rule fires on a crafted layout and not once
it is corrected; the bundled layouts' results; a QR code at the 0.5 mm limit decodes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdf_reading import decode_qr_codes

from delegations.domain.codes import make_code
from delegations.domain.errors import UserError
from delegations.printing.badges import render_badges
from delegations.printing.layouts import bundled_layout_data, layout_names, parse_layout
from delegations.printing.layouts.design_checks import qr_module
from delegations.printing.model import BadgeData, EventInfo
from delegations.services.layouts import DesignProblem, design_problems


def _layout(*elements: dict[str, Any], back: tuple = (), **sheet: Any) -> dict[str, Any]:
    """An A6 badge, one per A6 page unless `sheet` says otherwise."""
    return {
        "title": "Mine",
        "badge": {"width": 105, "height": 148},
        "sheet": {"page": [105, 148], **sheet},
        "elements": list(elements),
        "back": list(back),
    }


def _text(field: str = "name", **place: Any) -> dict[str, Any]:
    return {"type": "text", "field": field, "x": 10, "y": 40, "w": 85, "h": 20, "size": 20,
            "min_size": 10, **place}  # fmt: skip


def _messages(data: dict[str, Any]) -> list[str]:
    return [problem.message for problem in design_problems(data)]


def test_a_clean_layout_has_no_problems() -> None:
    assert design_problems(_layout(_text(), {"type": "qr", "x": 40, "y": 80, "size": 25})) == []


# Outside the badge ----------------------------------------------------------------------------


def test_an_element_past_the_badge_edge_says_which_edge_and_by_how_much() -> None:
    data = _layout(_text(x=30, w=77), back=[_text("country", y=140, h=10)])
    assert design_problems(data) == [
        DesignProblem("front", 0, "Text “name” (front, element 1) reaches 2.0 mm past the "
                      "badge's right edge."),
        DesignProblem("back", 0, "Text “country” (back, element 1) reaches 2.0 mm past the "
                      "badge's bottom edge."),
    ]  # fmt: skip
    assert _messages(_layout(_text(x=20, w=77), back=[_text("country", y=130, h=10)])) == []


# The printable area --------------------------------------------------------------------------


def test_an_element_at_the_paper_edge_of_a_one_up_page_is_flagged() -> None:
    logo = {"type": "image", "src": _PNG, "x": 1.5, "y": 10, "w": 20, "h": 10}
    assert _messages(_layout(_text(x=2, w=80), logo)) == [
        "Text “name” (front, element 1) is 2.0 mm from the paper's edge at the badge's left, "
        "where printers leave about 4 mm blank.",
        "Image (front, element 2) is 1.5 mm from the paper's edge at the badge's left, where "
        "printers leave about 4 mm blank.",
    ]
    logo["x"] = 4
    assert _messages(_layout(_text(x=4, w=80), logo)) == []


def test_on_a_sheet_with_margins_only_badges_near_the_paper_edge_count() -> None:
    near_left = _text(x=2, w=80)
    edge_to_edge = {"page": [210, 297], "columns": 2, "rows": 2, "margin_top": 0.5}
    assert len(_messages(_layout(near_left, **edge_to_edge))) == 1  # the left column's
    with_margins = {"page": [230, 297], "columns": 2, "rows": 2, "margin_left": 10}
    assert _messages(_layout(near_left, **with_margins)) == []


def test_a_badge_turned_upside_down_has_its_bottom_at_the_paper_top() -> None:
    """The tent card: the top row is turned 180°, so each badge's top edge is at the fold."""
    tent = {"page": [297, 210], "rows": 2, "row_rotation": [180, 0], "repeat": True}
    card = {"title": "Card", "badge": {"width": 297, "height": 105}, "elements": []}
    at_top = _text(x=20, y=1, w=250, h=10)
    assert _messages({**card, "sheet": tent, "elements": [at_top]}) == []
    at_bottom = _text(x=20, y=103, w=250, h=1)
    assert _messages({**card, "sheet": tent, "elements": [at_bottom]}) == [
        "Text “name” (front, element 1) is 1.0 mm from the paper's edge at the badge's "
        "bottom, where printers leave about 4 mm blank."
    ]


def test_the_back_of_a_duplex_badge_is_mirrored_on_the_reverse_page() -> None:
    """A badge at the paper's left edge has its back at the reverse page's right edge."""
    sheet = {"page": [148, 148]}
    front = _text(x=2, w=80)
    back = _text("country", x=2, w=80)
    assert [(p.side, p.index) for p in design_problems(_layout(front, back=[back], **sheet))] == [
        ("front", 0)
    ]
    back["x"] = 105 - 80 - 2
    problems = design_problems(_layout(_text(x=10, w=80), back=[back], **sheet))
    assert [(p.side, p.index) for p in problems] == [("back", 0)]
    assert "at the badge's right," in problems[0].message


def test_fills_may_bleed_and_card_printers_print_edge_to_edge() -> None:
    fills = [
        {"type": "image", "src": _PNG, "x": 0, "y": 0, "w": 105, "h": 148, "opacity": 0.3},
        {"type": "rect", "x": 0, "y": 0, "w": 105, "h": 6, "color": "#1a237e"},
        {"type": "rule", "x": 0, "y": 146, "w": 105, "width": 2},
        {"type": "band", "x": 0, "y": 130, "w": 105, "h": 18, "size": 17},
    ]
    assert _messages(_layout(*fills)) == []
    thin_band = {"type": "band", "x": 0, "y": 144, "w": 105, "h": 4, "size": 8}
    assert _messages(_layout(thin_band)) == [
        "Role band (front, element 1) is 0.6 mm from the paper's edge at the badge's bottom, "
        "where printers leave about 4 mm blank."
    ]
    card = {"title": "Card", "badge": {"width": 85.6, "height": 54},
            "sheet": {"page": [85.6, 54]}, "elements": [_text(x=1, y=1, w=80, h=10)]}  # fmt: skip
    assert _messages(card) == []


# Text size ---------------------------------------------------------------------------------


def test_text_that_may_shrink_below_6_pt_is_flagged() -> None:
    no_minimum = {k: v for k, v in _text("country", y=70, size=5.5).items() if k != "min_size"}
    small = [_text(min_size=5), no_minimum,
             {"type": "band", "x": 0, "y": 120, "w": 105, "h": 10, "size": 9, "min_size": 4}]  # fmt: skip
    assert _messages(_layout(*small)) == [
        "Text “name” (front, element 1) may shrink to 5 pt; below 6 pt a badge is hard to read.",
        "Text “country” (front, element 2) is 5.5 pt; below 6 pt a badge is hard to read.",
        "Role band (front, element 3) may shrink to 4 pt; below 6 pt a badge is hard to read.",
    ]
    small[0]["min_size"], small[1]["size"] = 6, 6
    small[2]["label"] = False  # a band without its label has no text
    assert _messages(_layout(*small)) == []


# QR code ------------------------------------------------------------------------------------


def test_a_qr_code_with_modules_under_half_a_millimetre_is_flagged() -> None:
    qr = {"type": "qr", "x": 40, "y": 80, "size": 14}  # 25 modules + 2 × 2 of quiet zone
    assert _messages(_layout(qr)) == [
        "QR code (front, element 1) has modules of 0.48 mm, too small to scan from a 150 dpi "
        "print (at least 0.5 mm: make it 14.5 mm a side)."
    ]
    assert _messages(_layout({**qr, "size": 14.5})) == []
    assert _messages(_layout({**qr, "size": 13, "border": 0})) == []  # 0.52 mm, no quiet zone


def test_a_qr_code_just_above_the_limit_decodes_from_a_150_dpi_render(tmp_path: Path) -> None:
    qr = {"type": "qr", "x": 3.3, "y": 2.7, "size": 14.6}
    sheet = {"page": [210, 297], "columns": 5, "rows": 12, "margin_left": 20, "margin_top": 20}
    data = {**_layout(qr, **sheet), "badge": {"width": 21, "height": 20}}
    layout = parse_layout(data, "tiny", "tiny.json")
    assert design_problems(data) == [] and 0.5 < qr_module(layout.elements[0]) < 0.51
    people = [BadgeData(i, f"Person {i}", qr_payload=make_code("s3cret", i, 1))
              for i in range(1, 61)]  # fmt: skip
    pdf = tmp_path / "tiny.pdf"
    render_badges(pdf, layout, EventInfo("Week", "", "", ""), people, total=len(people))
    assert sorted(decode_qr_codes(pdf, dpi=150)) == sorted(p.qr_payload for p in people)


# Overlapping text ----------------------------------------------------------------------------


def test_overlapping_text_is_flagged_unless_the_two_never_show_together() -> None:
    name, country = _text(), _text("country", y=55)
    assert _messages(_layout(name, country)) == [
        "Text “country” (front, element 2) overlaps text “name” (element 1)."
    ]
    assert _messages(_layout(name, _text("country", y=60))) == []  # edges touch
    with_photo = _text("country", y=55, when="photo")
    assert _messages(_layout(_text(unless="photo"), with_photo)) == []
    assert len(_messages(_layout(_text(when="photo"), with_photo))) == 1
    on_band = {"type": "band", "x": 0, "y": 50, "w": 105, "h": 18, "size": 17}
    assert _messages(_layout(name, on_band)) == [
        "Role band (front, element 2) overlaps text “name” (element 1)."
    ]


# Bad input and the bundled layouts ------------------------------------------------------------


def test_an_invalid_layout_is_one_sentence() -> None:
    data = _layout(_text(size=0))
    with pytest.raises(UserError, match=r"^Badge layout “Mine”: “elements\[0\].size” must be"):
        design_problems(data)


def test_the_bundled_layouts_pass_the_checks() -> None:
    for name in layout_names():
        assert design_problems(bundled_layout_data(name)) == [], name


_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8"
    "DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
