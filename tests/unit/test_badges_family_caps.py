"""Badges that print the family name in capitals ("BAI Zhen"), as read back from the PDF."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pypdfium2
import pytest

from delegations.domain.names import family_caps_name
from delegations.printing.badges import render_badges
from delegations.printing.layouts import LayoutError, load_layout, parse_layout
from delegations.printing.model import BadgeData, EventInfo
from delegations.services import badges
from delegations.services.event import open_event

# country, delegation, given, family, native, order
PEOPLE = [
    ("CN", "China", "Zhen", "Bai", "", "family_first"),
    ("MY", "Malaysia", "Farah binti Ahmad", "", "", "given_first"),
    ("KH", "Cambodia", "Chanthy", "Sok", "សុខ ចាន់ធី", "family_first"),
    ("VN", "Viet Nam", "Văn Đức", "Nguyễn", "", "family_first"),
    ("TH", "Thailand", "Somchai", "Srisuk", "สมชาย ศรีสุข", "given_first"),
]


@pytest.fixture
def event_file(tmp_path: Path):  # noqa: ANN201
    from delegations.services import delegations as service

    event_file = open_event(tmp_path / "event.sqlite3")
    with event_file.session() as session:
        for order, (country, name, given, family, native, name_order) in enumerate(PEOPLE):
            delegation = service.add_delegation(
                session,
                service.DelegationCreate(
                    country=country,
                    name=name,
                    protocol_order=order,
                ),
            )
            service.add_delegate(
                session,
                service.DelegateCreate(
                    delegation_id=delegation.id,
                    given_name=given,
                    family_name=family,
                    native_name=native,
                    name_order=name_order,
                ),
            )
    yield event_file
    event_file.close()


def page_texts(pdf: Path | bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [
            unicodedata.normalize("NFC", document[i].get_textpage().get_text_range())
            for i in range(len(document))
        ]
    finally:
        document.close()


def test_family_name_caps_follow_each_persons_order() -> None:
    assert family_caps_name("Zhen", "Bai", "family_first") == "BAI Zhen"
    assert family_caps_name("Somchai", "Srisuk", "given_first") == "Somchai SRISUK"
    assert family_caps_name("Thị Phương", "Nguyễn", "family_first") == "NGUYỄN Thị Phương"
    # Malay names: the father's name after bin/binti, whether or not it was split off.
    assert family_caps_name("Farah binti Ahmad", "", "given_first") == "Farah binti AHMAD"
    assert family_caps_name("Farah", "binti Ahmad", "given_first") == "Farah binti AHMAD"
    assert family_caps_name("Kumar a/l Ramasamy", "", "given_first") == "Kumar a/l RAMASAMY"
    # No family name at all (Myanmar): nothing to capitalise.
    assert family_caps_name("Aung Kyaw", "", "given_first") == "Aung Kyaw"


def test_printed_badges_show_the_family_name_in_capitals(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "caps.pdf"
    badges.print_badges(event_file, out, layout_name="a6", family_caps=True)
    text = "\n".join(page_texts(out))
    for name in ("BAI Zhen", "Farah binti AHMAD", "SOK Chanthy", "NGUYỄN Văn Đức"):
        assert name in text
    assert "Somchai SRISUK" in text
    assert "Bai Zhen" not in text
    # The native-script names are never touched (shaped Thai marks come back reordered, so
    # only the part without above-base vowels is compared).
    assert "สมชาย" in text


def test_without_the_option_the_layout_decides(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "plain.pdf"
    badges.print_badges(event_file, out, layout_name="a6")
    text = "\n".join(page_texts(out))
    assert "Bai Zhen" in text
    assert "Farah binti Ahmad" in text
    assert "BAI" not in text
    preview = badges.render_preview(event_file, badges.BadgeSelection(), "cr80", family_caps=True)
    assert "BAI Zhen" in page_texts(preview)[0]


def test_table_tents_print_the_family_name_in_capitals_on_both_sides(
    event_file,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    out = tmp_path / "tent.pdf"
    badges.print_badges(
        event_file,
        out,
        badges.BadgeSelection(delegation="China"),
        layout_name="tent",
        family_caps=True,
    )
    (page,) = page_texts(out)
    assert page.count("BAI Zhen") == 2


def _layout(name_options: dict) -> dict:
    return {
        "title": "test",
        "badge": {"width": 100, "height": 50},
        "sheet": {"page": [100, 50]},
        "elements": [
            {"type": "text", "field": "name", "x": 0, "y": 0, "w": 100, "h": 20, "size": 20}
            | name_options,
            {"type": "text", "field": "native_name", "x": 0, "y": 20, "w": 100, "h": 20,
             "size": 14},
        ],
    }  # fmt: skip


def test_a_layout_can_ask_for_capitals_and_a_run_can_refuse_them(tmp_path: Path) -> None:
    layout = parse_layout(_layout({"family_name_caps": True}), "caps", "caps.json")
    assert layout.family_name_caps
    assert not load_layout("a6").family_name_caps
    bai = BadgeData(
        1, "Bai Zhen", native_name="白真", given_name="Zhen", family_name="Bai",
        name_order="family_first",
    )  # fmt: skip
    for family_caps, expected in ((None, "BAI Zhen"), (False, "Bai Zhen"), (True, "BAI Zhen")):
        out = tmp_path / f"{family_caps}.pdf"
        render_badges(out, layout, EventInfo("Week"), [bai], total=1, family_caps=family_caps)
        (text,) = page_texts(out)
        assert expected in text
        assert "白真" in text


def test_capitals_apply_only_to_the_name() -> None:
    data = _layout({})
    data["elements"][1]["family_name_caps"] = True
    with pytest.raises(LayoutError, match="family_name_caps.*name"):
        parse_layout(data, "bad", "bad.json")
    data = _layout({"family_name_caps": "yes"})
    with pytest.raises(LayoutError, match="must be"):
        parse_layout(json.loads(json.dumps(data)), "bad", "bad.json")
