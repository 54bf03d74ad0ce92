"""Image and free-text elements and the back side, rendered and read back from the PDF."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from layout_material import data_uri, designed, text_centres
from pdf_reading import decode_qr_codes, page_count, page_sizes, pages_text, render_pages
from PIL import Image

from delegations.printing.badges import render_badge_groups, render_badges
from delegations.printing.layouts import (
    MM,
    LayoutError,
    load_layout,
    parse_layout,
    slot_positions,
)
from delegations.printing.model import BadgeData, EventInfo
from delegations.printing.png_images import png_pixels

EVENT = EventInfo("China–ASEAN Week", "中国—东盟周", "1–3 May 2026", "Nanning")


def _people(count: int, role: str = "Media") -> list[BadgeData]:
    return [
        BadgeData(i, f"Person{i:02d} Sample", delegation=f"Delegation {i}", role=role,
                  role_color="#c62828", qr_payload=f"CODE{i}")
        for i in range(1, count + 1)
    ]  # fmt: skip


def _refusal(data: dict) -> str:
    with pytest.raises(LayoutError) as refused:
        parse_layout(data, "mine", "mine.json")
    return str(refused.value)


def test_free_text_fills_its_placeholders(tmp_path: Path) -> None:
    layout = parse_layout(designed(), "mine", "mine.json")
    pdf = tmp_path / "badges.pdf"
    render_badges(pdf, layout, EVENT, _people(2), total=2)
    text = "\f".join(pages_text(pdf))
    assert "Delegation 1 · Media" in text and "Delegation 2 · Media" in text


def test_unknown_placeholders_and_bad_images_are_refused_naming_the_element() -> None:
    data = designed()
    data["elements"][-1]["text"] = "{delegation} · {hotel}"
    last = len(data["elements"]) - 1
    assert f"“elements[{last}].text” has the unknown placeholder {{hotel}}; use event" in (
        _refusal(data)
    )
    data = designed()
    data["elements"][-1] = {**data["elements"][-1], "field": "name"}
    assert "must have either “field” or “text”" in _refusal(data)
    data = designed()
    data["back"][1]["src"] = "data:image/png;base64," + base64.b64encode(b"GIF89a...").decode()
    assert _refusal(data) == "Badge layout mine.json: “back[1].src” is not a PNG image."
    data["back"][1]["src"] = "data:image/gif;base64,R0lGODlh"
    assert "is image/gif; an image must be PNG, JPEG or SVG" in _refusal(data)
    data["back"][1]["src"] = "logo.png"
    assert "must be an image as “data:image/png;base64,…”" in _refusal(data)
    data["back"][1]["src"] = "data:image/png;base64," + "A" * (14 * 2**20)
    assert "is an image larger than 10 MB" in _refusal(data)
    data = designed()
    data["elements"][0]["opacity"] = 1.5
    assert "“elements[0].opacity”" in _refusal(data)
    assert "newer version of Delegations" in _refusal(designed(format=2))
    assert "“elements[0].type” must be one of" in _refusal(
        designed(elements=[{"type": "video", "x": 0, "y": 0}])
    )


def test_images_are_drawn_once_per_document_whatever_the_number_of_badges(
    tmp_path: Path,
) -> None:
    layout = parse_layout(designed(), "mine", "mine.json")
    pdf = tmp_path / "badges.pdf"
    render_badges(pdf, layout, EVENT, _people(40), total=40)
    raw = pdf.read_bytes()
    # the artwork and the back's JPEG (the SVG logo is vector paths); each in one form
    assert raw.count(b"/Subtype /Image") == 2
    assert raw.count(b"/Subtype /Form") == 3
    assert page_count(pdf) == 80  # front and back of each A6 badge


def test_artwork_and_logo_show_on_the_badge(tmp_path: Path) -> None:
    layout = parse_layout(designed(), "mine", "mine.json")
    pdf = tmp_path / "badges.pdf"
    render_badges(pdf, layout, EVENT, _people(1), total=1)
    front, back = render_pages(pdf, dpi=72, grayscale=False)

    # the artwork (lavender at 40 %) behind everything: an empty area is tinted, not white
    def at(image, x_mm: float, y_mm: float) -> tuple[int, int, int]:  # noqa: ANN001
        return image.getpixel((round(x_mm * MM), round(y_mm * MM)))  # 72 dpi: 1 px a point

    empty_area = at(front, 50, 100)
    assert empty_area != (255, 255, 255) and empty_area[2] > empty_area[0]
    assert at(front, 12, 3)[2] > 100 > at(front, 12, 3)[0]  # the SVG logo's blue
    assert at(front, 5, 5)[0] > 200 > at(front, 5, 5)[2]  # its yellow dot
    photo = at(back, 12, 17)  # the back's red JPEG
    assert photo[0] > 150 > photo[1]


@pytest.mark.parametrize("base", ["a4-4up", "a4-8up"])
def test_each_back_lands_behind_its_front_on_sheets(tmp_path: Path, base: str) -> None:
    layout = parse_layout(designed(base), base, f"{base}.json")
    per_page = layout.sheet.per_page
    people = _people(per_page + 1)
    pdf = tmp_path / "badges.pdf"
    render_badges(pdf, layout, EVENT, people, total=len(people))
    assert page_count(pdf) == 4  # front, back, front, back
    # every code still reads at 150 dpi through the artwork and beside the logo
    assert sorted(decode_qr_codes(pdf)) == sorted(person.qr_payload for person in people)
    page_width = layout.sheet.page_width * MM
    badge_width, badge_height = layout.badge_width * MM, layout.badge_height * MM
    slots = slot_positions(layout)
    for number, person in enumerate(people):
        sheet, slot = divmod(number, per_page)
        [(front_x, front_y)] = text_centres(pdf, 2 * sheet, f"{person.delegation} · Media")
        [(back_x, back_y)] = text_centres(pdf, 2 * sheet + 1, f"BACK {person.name}")
        front_slot = slots[slot]
        assert front_slot.x < front_x < front_slot.x + badge_width
        # turned over about the vertical axis, the back's centre lies over the front's
        # (both texts are centred across the badge), in the same row
        assert back_x == pytest.approx(page_width - front_x, abs=1.0)
        for y in (front_y, back_y):
            assert front_slot.y < y < front_slot.y + badge_height


def test_one_run_with_two_layouts_groups_them_each_at_its_page_size(tmp_path: Path) -> None:
    a6, cr80 = load_layout("a6"), load_layout("cr80")
    pdf = tmp_path / "badges.pdf"
    result = render_badge_groups(
        pdf, [(a6, _people(2)), (cr80, _people(1, "Staff"))], EVENT, total=3
    )
    assert (result.badges, result.pages) == (3, 3)
    sizes = [(round(w / MM), round(h / MM)) for w, h in page_sizes(pdf)]
    assert sizes == [(105, 148), (105, 148), (86, 54)]


def _png(mode: str, colour: object, **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (40, 20), colour).save(buffer, "PNG", **options)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("mode", "colour", "options", "passed_through", "drawn"),
    [
        ("RGB", (20, 120, 40), {}, True, (20, 120, 40)),
        ("L", 90, {}, True, (90, 90, 90)),
        ("RGBA", (20, 120, 40, 0), {}, False, (255, 255, 255)),  # transparent: the page shows
        ("P", 3, {}, False, None),
        ("I;16", 30000, {}, False, None),  # 16 bits a pixel
    ],
)
def test_pngs_pass_through_unless_a_pdf_cannot_read_them_so(  # noqa: PLR0913
    tmp_path: Path, mode: str, colour: object, options: dict, passed_through: bool, drawn: object
) -> None:
    data = _png(mode, colour, **options)
    assert (png_pixels(data) is not None) is passed_through
    layout_data = designed()
    layout_data["elements"] = [
        {"type": "image", "src": data_uri("image/png", data), "x": 0, "y": 0, "w": 105,
         "h": 148, "fit": "stretch"},
    ]  # fmt: skip
    layout_data["back"] = []
    pdf = tmp_path / "png.pdf"
    render_badges(pdf, parse_layout(layout_data, "png", "png.json"), EVENT, _people(1), total=1)
    [page] = render_pages(pdf, dpi=72, grayscale=False)
    if drawn is not None:
        assert page.getpixel((150, 200)) == pytest.approx(drawn, abs=2)


def test_free_text_prints_the_family_name_in_capitals_when_asked(tmp_path: Path) -> None:
    data = designed()
    data["back"][0]["family_name_caps"] = True  # "BACK {name}"
    layout = parse_layout(data, "mine", "mine.json")
    person = BadgeData(1, "Somchai Srisuk", given_name="Somchai", family_name="Srisuk")
    pdf = tmp_path / "caps.pdf"
    render_badges(pdf, layout, EVENT, [person], total=1)
    assert pages_text(pdf)[1].startswith("BACK Somchai SRISUK")
    data["back"][0]["text"] = "{delegation}"
    assert "applies only to an element whose field is “name” or text has {name}" in _refusal(data)


def _first_and_last_char_x(pdf: Path, page: int, text: str) -> tuple[float, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        first, count = textpage.search(text, match_case=True).get_next()
        return textpage.get_charbox(first)[0], textpage.get_charbox(first + count - 1)[0]
    finally:
        document.close()


@pytest.mark.parametrize("fold", ["side", "top"])
def test_a_folded_badge_has_its_back_on_the_facing_half(tmp_path: Path, fold: str) -> None:
    page = [210, 148] if fold == "side" else [105, 296]
    columns, rows = (2, 1) if fold == "side" else (1, 2)
    data = designed(sheet={"page": page, "columns": columns, "rows": rows, "fold": fold})
    layout = parse_layout(data, "folded", "folded.json")
    pdf = tmp_path / "folded.pdf"
    result = render_badges(pdf, layout, EVENT, _people(2), total=2)
    assert (result.badges, result.pages) == (2, 2)  # no reverse pages: one side, folded
    [(front_x, front_y)] = text_centres(pdf, 1, "Delegation 2 · Media")
    [(back_x, back_y)] = text_centres(pdf, 1, "BACK Person02 Sample")
    first, last = _first_and_last_char_x(pdf, 1, "BACK Person02 Sample")
    if fold == "side":  # the front on the right half, the back upright on the left
        assert front_x > 105 * MM > back_x and first < last
    else:  # the front below the fold, the back above it, upside down
        assert front_y < 148 * MM < back_y and first > last
    data["sheet"]["columns"] = 1 if fold == "side" else 2
    with pytest.raises(LayoutError, match="“sheet.fold” “.+” needs"):
        parse_layout(data, "folded", "folded.json")
