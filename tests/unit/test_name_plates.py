"""Flags and name plates as the people at the table see them: each flag in its official
proportions and colours, each plate with the country's names in English, Chinese and its own
language, on both faces of a folded A4 tent card."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import astuple
from pathlib import Path

import pytest
from pdf_reading import page_count, page_sizes, pages_text, render_pages
from reportlab.pdfgen.canvas import Canvas

from delegations.__main__ import main
from delegations.domain.country_names import plate_names
from delegations.domain.errors import UserError
from delegations.printing import flags
from delegations.printing.fonts import uncovered_chars
from delegations.printing.name_plates import (
    FACE_HEIGHT,
    FLAG_HEIGHT,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Plate,
    english_size,
)
from delegations.services import demo
from delegations.services.event import open_event
from delegations.services.name_plates import PlateRequest, delegation_plates, print_name_plates

# The demo event in protocol order: ASEAN alphabetically, Timor-Leste, then China.
DEMO_ORDER = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", "CN"]

# Points of each flag (fraction of its width from the left, of its height from the top) and
# the colour there, as the flag laws give them (± 40 per channel for rendering).
RED_VN, YELLOW = (218, 37, 29), (255, 255, 0)
FLAG_POINTS: dict[str, list[tuple[float, float, tuple[int, int, int]]]] = {
    "VN": [(0.1, 0.5, RED_VN), (0.5, 0.5, YELLOW)],
    "CN": [(0.8, 0.7, (238, 28, 37)), (1 / 6, 0.25, YELLOW)],
    "TH": [(0.5, 0.5, (45, 42, 74)), (0.5, 0.07, (165, 25, 49)), (0.5, 0.25, (244, 245, 248))],
    "KH": [(0.1, 0.1, (3, 46, 161)), (0.1, 0.5, (224, 0, 37))],
    "LA": [(0.5, 0.5, (255, 255, 255)), (0.1, 0.5, (0, 40, 104)), (0.1, 0.1, (206, 17, 38))],
    "MM": [(0.05, 0.15, (254, 203, 0)), (0.05, 0.5, (52, 178, 51)), (0.05, 0.85, (234, 40, 57))],
    "ID": [(0.5, 0.25, (255, 0, 0)), (0.5, 0.75, (255, 255, 255))],
    "SG": [(0.9, 0.25, (239, 51, 64)), (0.5, 0.75, (255, 255, 255))],
    "MY": [(0.1, 0.75, (204, 0, 1)), (0.02, 0.05, (1, 0, 102))],
    "PH": [(0.9, 0.25, (0, 56, 168)), (0.9, 0.75, (206, 17, 38)), (0.3, 0.42, (255, 255, 255))],
    "BN": [(0.03, 0.05, (247, 224, 23)), (0.97, 0.95, (247, 224, 23))],
    "TL": [(0.9, 0.5, (220, 36, 31)), (0.03, 0.25, (0, 0, 0))],
}


def readable(text: str) -> str:
    """`text` without ReportLab's private-use codes: a shaped glyph that stands for no single
    character (a Khmer subscript, a Myanmar stacked form) has no character to extract; nor the
    spaces PDFium guesses between the pieces of an upside-down line."""
    return "".join(c for c in text if unicodedata.category(c) != "Co" and not c.isspace())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path = tmp_path_factory.mktemp("plates") / "demo.sqlite3"
    event_file = open_event(path)
    with event_file.session() as session:
        demo.create_demo_event(session=session)
    yield event_file
    event_file.close()


@pytest.fixture(scope="module")
def demo_plates(demo_file, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001
    out = tmp_path_factory.mktemp("out") / "plates.pdf"
    print_name_plates(demo_file, delegation_plates(demo_file), out)
    return out


# Flags ---------------------------------------------------------------------------------------


def test_the_bundled_flags_are_the_ones_with_official_proportions() -> None:
    files = {path.stem for path in flags.flags_dir().glob("*.svg")}
    assert files == set(flags.OFFICIAL_ASPECT)
    assert set(DEMO_ORDER) <= files
    assert (flags.flags_dir() / "COPYING").is_file()
    assert (
        "0f2ae1a950b35d406635cd5d0e3c1b1c837937c3" in (flags.flags_dir() / "README.md").read_text()
    )


@pytest.mark.parametrize("country", sorted(flags.OFFICIAL_ASPECT))
def test_every_flag_file_is_drawn_in_its_official_proportions(country: str) -> None:
    drawing = flags.flag_drawing(country)
    official = flags.flag_aspect(country)
    assert drawing.width / drawing.height == pytest.approx(official, rel=0.01)
    canvas = Canvas(io.BytesIO())
    assert flags.draw_flag(canvas, country, 0, 0, 100) == pytest.approx(100 * official)


def test_flag_aspects_as_the_flag_laws_give_them() -> None:
    assert flags.flag_aspect("VN") == 1.5
    assert flags.flag_aspect("MY") == 2.0
    assert flags.flag_aspect("KH") == 25 / 16
    assert flags.flag_aspect("US") == 1.9


def test_a_country_without_a_flag_draws_nothing() -> None:
    assert flags.draw_flag(Canvas(io.BytesIO()), "FR", 0, 0, 100) == 0.0
    with pytest.raises(KeyError):
        flags.flag_aspect("FR")


# Names ---------------------------------------------------------------------------------------


def test_plate_names_english_as_asean_writes_it_chinese_and_own_language() -> None:
    assert astuple(plate_names("VN")) == ("Viet Nam", "越南", "Việt Nam")
    assert astuple(plate_names("LA")) == ("Lao PDR", "老挝", "ສປປ ລາວ")
    assert astuple(plate_names("KH")) == ("Cambodia", "柬埔寨", "កម្ពុជា")
    assert astuple(plate_names("TH")) == ("Thailand", "泰国", "ประเทศไทย")
    assert astuple(plate_names("MM")) == ("Myanmar", "缅甸", "မြန်မာနိုင်ငံ")
    assert plate_names("BN").english == "Brunei Darussalam"
    assert astuple(plate_names("CN")) == ("China", "中国", "")  # not the Chinese name twice
    assert astuple(plate_names("ID")) == (
        "Indonesia",
        "印度尼西亚",
        "",
    )  # not the English name twice
    assert astuple(plate_names("KR")) == ("Republic of Korea", "韩国", "대한민국")


@pytest.mark.parametrize("country", sorted(flags.OFFICIAL_ASPECT))
def test_every_name_is_printable_with_the_bundled_fonts(country: str) -> None:
    names = plate_names(country)
    assert names.english and names.chinese
    assert uncovered_chars(names.english + names.chinese + names.own) == ()
    plate = Plate(country, names.english, names.chinese, names.own)
    assert english_size(plate) >= 54  # read across a hollow square; 60 and more for most
    if country in DEMO_ORDER:
        assert english_size(plate) >= 60


# The demo event's plates ---------------------------------------------------------------------


def test_one_folded_a4_plate_per_delegation_in_protocol_order(demo_plates: Path) -> None:
    assert page_count(demo_plates) == 12
    assert page_sizes(demo_plates)[0] == pytest.approx((PAGE_WIDTH, PAGE_HEIGHT), abs=0.5)
    texts = pages_text(demo_plates)
    for text, country in zip(texts, DEMO_ORDER, strict=False):
        names = plate_names(country)
        lines = text.splitlines()
        assert lines.count(names.english) == 2, country  # on both faces
        assert lines.count(names.chinese) == 2, country
        if names.own:
            rest = [line for line in lines if line not in (names.english, names.chinese)]
            own = [
                line for line in rest if readable(line) and set(readable(line)) <= set(names.own)
            ]
            assert len(own) == 2, (country, lines)
            assert names.own[0] in readable(own[0]) and len(readable(own[0])) >= 3


def test_thai_lao_and_vietnamese_names_read_back_exactly(demo_plates: Path) -> None:
    texts = pages_text(demo_plates)
    assert "ประเทศไทย" in texts[DEMO_ORDER.index("TH")].splitlines()
    assert "ສປປ ລາວ" in texts[DEMO_ORDER.index("LA")].splitlines()
    assert "Việt Nam" in texts[DEMO_ORDER.index("VN")].splitlines()


def _flag_box(country: str, dpi: int, back: bool) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the face's flag in the page's pixels."""
    scale = dpi / 72
    width, height = FLAG_HEIGHT * flags.flag_aspect(country), FLAG_HEIGHT
    bottom = (FACE_HEIGHT - FLAG_HEIGHT) / 2  # from the bottom of the front face
    if back:  # turned 180° about the page's centre
        return ((PAGE_WIDTH - MARGIN - width) * scale, bottom * scale, width * scale,
                height * scale)  # fmt: skip
    return (MARGIN * scale, (PAGE_HEIGHT - bottom - height) * scale, width * scale,
            height * scale)  # fmt: skip


def test_each_plate_shows_its_flag_on_both_faces(demo_plates: Path) -> None:
    dpi = 50
    for page, country in zip(render_pages(demo_plates, dpi, grayscale=False), DEMO_ORDER,
                             strict=False):  # fmt: skip
        page = page.convert("RGB")
        for back in (False, True):
            left, top, width, height = _flag_box(country, dpi, back)
            for fx, fy, expected in FLAG_POINTS[country]:
                if back:
                    fx, fy = 1 - fx, 1 - fy
                pixel = page.getpixel((int(left + fx * width), int(top + fy * height)))
                assert all(abs(a - b) <= 40 for a, b in zip(pixel, expected, strict=True)), (
                    country, back, (fx, fy), pixel, expected)  # fmt: skip


def test_names_of_people_when_asked(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    plates = delegation_plates(demo_file, ["Viet Nam", "th"], with_names=True)
    assert [plate.country for plate in plates] == ["VN", "TH"]
    out = print_name_plates(demo_file, plates, tmp_path / "two.pdf")
    first = pages_text(out)[0].splitlines()
    assert plates[0].person and first.count(plates[0].person) == 2


# Bad input -----------------------------------------------------------------------------------


def test_a_plate_for_a_delegation_not_in_the_event_writes_nothing(
    demo_file, tmp_path: Path
) -> None:  # noqa: ANN001
    out = tmp_path / "plates.pdf"
    with pytest.raises(UserError, match="no delegation 999"):
        print_name_plates(demo_file, [PlateRequest("VN", 999)], out)
    with pytest.raises(UserError, match="no name plates"):
        print_name_plates(demo_file, [], out)
    assert not out.exists()


def test_the_command_refuses_an_unknown_delegation_in_one_sentence(
    demo_file,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # noqa: ANN001
) -> None:
    out = tmp_path / "plates.pdf"
    db = str(demo_file.path)
    assert main(["--db", db, "name-plates", "--delegation", "Narnia", "--out", str(out)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("delegations: No delegation matches “Narnia”")
    assert error.count("\n") == 0
    assert not out.exists()
    assert main(["--db", db, "name-plates", "--delegation", "KH", "--out", str(out)]) == 0
    assert "Name plates (1 page) written to" in capsys.readouterr().out
    assert page_count(out) == 1
