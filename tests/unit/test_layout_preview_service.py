"""The layout designer's preview (services.layouts): sample people of the real event, and one
badge rendered by the print path's renderer — the pixels the printed badge has."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from layout_material import designed
from pdf_reading import pages_text, render_pages
from PIL import Image

from delegations.domain.errors import UserError
from delegations.printing import fonts
from delegations.services import badges, layouts
from delegations.services.event import open_event
from delegations.store import EventFile


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> EventFile:
    """A copy of the demo event: a test may change it."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    return open_event(copy)


def _native_names(event: EventFile) -> dict[int, tuple[str, str]]:
    with event.read() as db:
        rows = db.execute("SELECT id, native_name, given_name || ' ' || family_name FROM delegate")
        return {id_: (native or "", name) for id_, native, name in rows}


SCRIPTS = {
    "km": fonts.Script.KHMER,
    "th": fonts.Script.THAI,
    "lo": fonts.Script.LAO,
    "my": fonts.Script.MYANMAR,
    "zh": fonts.Script.HAN,
}


def test_the_demo_samples_have_a_person_for_each_script_role_colour_and_the_longest_name(
    demo: EventFile,
) -> None:
    samples = {sample.key: sample for sample in layouts.preview_samples(demo)}
    names = _native_names(demo)
    for key, script in SCRIPTS.items():  # every script the demo's native names use
        native, _name = names[samples[key].delegate_id]
        assert {fonts.script_of(c) for c in native} - {None} == {script}, key
    with demo.read() as db:
        country_of = dict(db.execute("SELECT d.id, g.country FROM delegate d JOIN delegation g ON g.id = d.delegation_id").fetchall())  # fmt: skip
        roles = {code for (code,) in db.execute("SELECT r.code FROM delegate d JOIN role r ON r.id = d.role_id")}  # fmt: skip
        people = badges.badge_data(session=db, delegate_ids=list(names))
    assert country_of[samples["vi"].delegate_id] == "VN"  # a Latin name, with ư, ơ, đ…
    assert {key for key in samples if key.startswith("role:")} == {f"role:{c}" for c in roles}
    widest = max(people, key=lambda badge: fonts.text_width(badge.name, 1, bold=True))
    assert samples["longest"].person == widest.name
    assert "no-photo" in samples and "photo" not in samples  # nobody in the demo has a photo


def test_someone_with_a_photo_becomes_a_sample(demo: EventFile) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (60, 80), (90, 120, 200)).save(photo, "JPEG")
    with demo.write_locked() as db:
        db.execute("UPDATE delegate SET photo = ? WHERE id = 12", (photo.getvalue(),))
    samples = {sample.key: sample for sample in layouts.preview_samples(demo)}
    assert samples["photo"].delegate_id == 12


def test_an_event_with_nobody_previews_an_example_person(tmp_path: Path) -> None:
    empty = open_event(tmp_path / "empty.sqlite3")
    [sample] = layouts.preview_samples(empty)
    assert sample.delegate_id is None
    png = layouts.render_layout_sample(empty, layouts.layout_json(empty, "a6"), sample.key)
    assert Image.open(io.BytesIO(png)).size == (621, 875)  # 105 × 148 mm at 150 dpi, rounded up


def _pixels(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


@pytest.mark.parametrize("dpi", [150, 72])
def test_a_render_is_a_png_of_the_badge_at_the_dpi(demo: EventFile, dpi: int) -> None:
    png = layouts.render_layout_sample(demo, layouts.layout_json(demo, "cr80"), "th", dpi=dpi)
    assert png.startswith(b"\x89PNG")
    width, height = _pixels(png).size
    data = layouts.layout_json(demo, "cr80")["badge"]
    assert abs(width - data["width"] / 25.4 * dpi) <= 1
    assert abs(height - data["height"] / 25.4 * dpi) <= 1


@pytest.mark.parametrize(("side", "page"), [("front", 0), ("back", 1)])
def test_the_preview_is_the_printed_badge_pixel_for_pixel(
    demo: EventFile, tmp_path: Path, side: str, page: int
) -> None:
    """ "Prints exactly what the preview showed": the print path's page (a6 with artwork, a
    logo and a back printed duplex) rasterised at the same dpi has the same pixels."""
    data = designed()
    layouts.save_layout(demo, "mine", data)
    samples = {sample.key: sample for sample in layouts.preview_samples(demo)}
    for key in ("km", "my"):
        sample = samples[key]
        preview = _pixels(layouts.render_layout_sample(demo, data, key, side, dpi=100))
        pdf = tmp_path / f"{key}.pdf"
        selection = badges.BadgeSelection(delegate_ids=[sample.delegate_id])
        pdf.write_bytes(badges.render_preview(demo, selection, "mine"))
        if side == "front":
            assert sample.person in pages_text(pdf)[0]
        printed = list(render_pages(pdf, dpi=100, grayscale=False))[page].convert("RGB")
        assert preview.size == printed.size
        assert preview.tobytes() == printed.tobytes(), (key, side)


def test_an_invalid_layout_is_one_sentence_instead_of_a_picture(demo: EventFile) -> None:
    data = layouts.layout_json(demo, "a6")
    data["elements"][2]["size"] = -3
    with pytest.raises(UserError) as refused:
        layouts.render_layout_sample(demo, data, "longest")
    assert str(refused.value) == (
        "Badge layout “A6 portrait badge (105 × 148 mm), one per page”: "
        "“elements[2].size” must be more than 0."
    )


def test_an_element_dragged_past_the_edge_is_drawn_cut_off(demo: EventFile) -> None:
    data = layouts.layout_json(demo, "a6")
    data["elements"][-1]["y"] = 140  # the role band, 18 mm high, reaches 10 mm past the bottom
    image = _pixels(layouts.render_layout_sample(demo, data, "role:media", dpi=50))
    assert image.getpixel((3, image.height - 4)) == (0xEF, 0x6C, 0x00)


def test_an_unknown_sample_or_side_is_refused(demo: EventFile) -> None:
    data = layouts.layout_json(demo, "a6")
    with pytest.raises(UserError, match="no preview sample “nobody”; the samples are: longest"):
        layouts.render_layout_sample(demo, data, "nobody")
    with pytest.raises(UserError, match="not a “inside”"):
        layouts.render_layout_sample(demo, data, "km", "inside")


def test_a_render_superseded_by_a_newer_request_stops_before_rasterising(demo: EventFile) -> None:
    data = layouts.layout_json(demo, "a6")
    assert layouts.render_layout_sample(demo, data, "km", superseded=lambda: True) == b""
