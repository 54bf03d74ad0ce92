"""Script runs, shaping, fitting and font coverage of the badge text."""

from __future__ import annotations

import unicodedata

import pytest

from delegations.printing import fonts
from delegations.printing.fonts import Script, shape_line, split_runs, uncovered_chars
from delegations.printing.text import fit_text


def test_runs_split_by_script_with_spaces_and_punctuation_joining_their_neighbours() -> None:
    runs = split_runs("Sok Chanthy (សុខ ចាន់ធី), 李明华 2025")
    assert [script for script, _ in runs] == [Script.LATIN, Script.KHMER, Script.HAN]
    assert runs[0][1] == "Sok Chanthy ("
    assert runs[1][1].startswith("សុខ ចាន់ធី")  # the inner space stays with the Khmer run
    assert "".join(text for _, text in runs) == "Sok Chanthy (សុខ ចាន់ធី), 李明华 2025"


def test_each_script_gets_its_own_bundled_font() -> None:
    line = shape_line("Nguyễn สมชาย ສົມພອນ အောင် សុខ 李")
    names = [run.font for run in line.runs]
    assert len(set(names)) == 6
    assert all(name.startswith("Dlg") for name in names)


def test_text_is_nfc_normalised_before_shaping() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert shape_line(decomposed).source == "Nguyễn Văn Đức"
    assert shape_line(decomposed).width == pytest.approx(shape_line("Nguyễn Văn Đức").width)


def test_complex_scripts_are_shaped_not_drawn_letter_by_letter() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # Khmer coeng + consonant forms a subscript: the shaped run is narrower than the
    # sum of the characters' own advances, and marks are positioned (not advanced).
    khmer = shape_line("ស្ត្រី", bold=True).runs[0]
    assert khmer.width < stringWidth("ស្ត្រី", khmer.font, 1.0)
    assert hasattr(khmer.text, "__shapeData__")
    thai = shape_line("ญี่ปุ่น").runs[0]
    assert any(d.x_advance == 0 for d in thai.text.__shapeData__)  # marks above and below
    # Stacked marks make a line taller than plain Latin.
    assert shape_line("ញ៉ាំ ស្ត្រី").descent < shape_line("Sok").descent


def test_a_long_name_shrinks_then_wraps_at_a_space_but_is_never_cut() -> None:
    short = fit_text("Li Minghua", 250, 70, 30, 13, 2, True)
    assert short.size == 30 and len(short.lines) == 1
    long = fit_text("Mohamad Khaled bin Nordin Abdullah Rahman", 250, 70, 30, 13, 2, True)
    assert len(long.lines) == 2
    assert " ".join(line.source for line in long.lines) == (
        "Mohamad Khaled bin Nordin Abdullah Rahman"
    )
    assert max(line.width for line in long.lines) * long.size <= 250 + 1e-6
    assert not long.below_minimum


def test_a_name_without_spaces_breaks_between_clusters_only_when_needed() -> None:
    thai = "ศาสตราจารย์พิเศษสมชายใจดีรักษาการแทนอธิการบดีมหาวิทยาลัย"
    fitted = fit_text(thai, 120, 60, 30, 12, 2, True)
    assert len(fitted.lines) == 2
    assert "".join(line.source for line in fitted.lines) == thai
    second = fitted.lines[1].source
    assert unicodedata.category(second[0]) not in ("Mn", "Mc")  # no orphaned vowel sign
    assert fit_text("สมชาย", 120, 60, 30, 12, 2, True).lines[0].source == "สมชาย"


def test_too_long_for_the_box_is_flagged_below_the_minimum_size() -> None:
    fitted = fit_text("Wolfeschlegelsteinhausenbergerdorff" * 3, 100, 30, 30, 13, 2, True)
    assert fitted.below_minimum
    assert max(line.width for line in fitted.lines) * fitted.size <= 100 + 1e-6


def test_uncovered_characters_are_found_from_the_font_cmaps() -> None:
    assert uncovered_chars("Sok Chanthy សុខ ចាន់ធី 李明华 Nguyễn Đức ສົມ") == ()
    assert uncovered_chars("Abebe ቢቂላ") == ("ቢ", "ቂ", "ላ")  # Ethiopic
    assert uncovered_chars("བཀྲ་ཤིས") != ()  # Tibetan


def test_fonts_are_registered_once() -> None:
    from reportlab.pdfbase import pdfmetrics

    name = fonts.font_name(Script.KHMER, True)
    font = pdfmetrics.getFont(name)
    assert fonts.font_name(Script.KHMER, True) == name
    assert pdfmetrics.getFont(name) is font


@pytest.mark.parametrize("bold", [False, True])
def test_latin_fonts_kern_nothing_against_a_space(bold: bool) -> None:
    # fit_text leaves out, unshaped, the splits of an ASCII name that cannot win: it takes a
    # part's width from the whole line's advances, which holds only while this does.
    space = shape_line(" ", bold).width
    for code in range(0x20, 0x7F):
        char = chr(code)
        alone = shape_line(char, bold).width
        assert shape_line(char + " ", bold).width == pytest.approx(alone + space, abs=1e-9)
        assert shape_line(" " + char, bold).width == pytest.approx(alone + space, abs=1e-9)


def test_a_part_of_an_ascii_line_is_as_wide_as_shaped_alone() -> None:
    text = "Dr. AVA Wolfe-Tyrell 1017"
    advances = fonts.ascii_advances(shape_line(text, True))
    assert advances is not None and len(advances) == len(text) + 1
    for index, char in enumerate(text):
        if char == " ":
            first, second = text[:index], text[index + 1 :]
            assert advances[index] == pytest.approx(shape_line(first, True).width)
            assert advances[-1] - advances[index + 1] == pytest.approx(
                shape_line(second, True).width
            )
    assert fonts.ascii_advances(shape_line("Nguyễn Văn")) is None
