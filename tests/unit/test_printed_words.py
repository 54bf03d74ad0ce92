"""Printed words: headings in English with Chinese beneath on everything printed, and the
booklet's Chinese edition (`booklet --lang zh_CN`), read back from the PDFs as a reader reads
them."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest
from pdf_reading import open_pdf, pages_text

from delegations.domain.errors import UserError
from delegations.printing import words
from delegations.printing.arrivals import ListLine, render_arrivals
from delegations.printing.receipt import ReceiptLine, render_receipt
from delegations.services import booklet, demo
from delegations.services.event import open_event

CHAPTERS = ["welcome", "contents", "details", "speakers", "delegations", "rooms", "index"]


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def outline(pdf: Path) -> list[str]:
    with open_pdf(pdf) as document:
        return [item.get_title() for item in document.get_toc()]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    event_file = open_event(tmp_path_factory.mktemp("words") / "demo.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session)
    yield event_file
    event_file.close()


@pytest.fixture(scope="module")
def editions(demo_file, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("editions")
    made = {}
    for edition in words.EDITIONS:
        out = folder / f"booklet-{edition}.pdf"
        booklet.print_booklet(demo_file, out, today=dt.date(2025, 7, 20), edition=edition)
        made[edition] = out
    return made


# The catalogue -------------------------------------------------------------------------------


def test_every_printed_word_has_chinese_and_the_same_blanks() -> None:
    for key, (english, chinese) in words.WORDS.items():
        assert english and re.search(r"[\u4e00-\u9fff]", chinese), key
        if key != "received":  # the Chinese counts the badges, the English names them
            blanks = {name for _, name, _, _ in string.Formatter().parse(english) if name}
            assert blanks == {n for _, n, _, _ in string.Formatter().parse(chinese) if n}, key


def test_mainland_terms() -> None:
    assert words.chinese("delegation") == "代表团"
    assert words.chinese("head_of_delegation") == "团长"
    assert words.chinese("errata") == "勘误表"
    assert words.chinese("custody_receipt") == "证件签收单"
    assert words.chinese("programme") == "日程"
    assert words.chinese("room") == "会场"


# The booklet -----------------------------------------------------------------------------------


def test_english_edition_chapters_have_chinese_beneath(editions: dict[str, Path]) -> None:
    pages = [lines_of(page) for page in pages_text(editions["en"])]
    for key in CHAPTERS:
        english, chinese = words.english(key), words.chinese(key)
        opening = [page for page in pages if page[:2] == [english, chinese]]
        assert opening, f"no page opens with {english!r} and {chinese!r} beneath"


def test_chinese_edition_has_chinese_headings_and_session_titles(
    editions: dict[str, Path],
    demo_file,  # noqa: ANN001
) -> None:
    with demo_file.session() as session:
        data = booklet.booklet_data(session=session)
    pages = [lines_of(page) for page in pages_text(editions["zh_CN"])]
    for key in CHAPTERS:
        chinese, english = words.chinese(key), words.english(key)
        assert any(page[:2] == [chinese, english] for page in pages), key
    first_day = data.days[0]
    day_page = next(page for page in pages if words.day_chinese(first_day) in page[:3])
    translated = [s for s in data.sessions if s.day == first_day and s.title_zh]
    assert translated
    for s in translated:  # the Chinese title first, the English one after it
        text = "\n".join(day_page)
        assert text.index(s.title_zh) < text.index(s.title_en), s.title_en
    toc = outline(editions["zh_CN"])
    assert words.chinese("details") in toc and words.english("details") not in toc
    cover = pages[0]
    assert cover.index(data.event.name_zh) < cover.index(words.chinese("programme_book"))


def test_an_edition_that_does_not_exist_is_refused_and_nothing_written(
    demo_file,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    out = tmp_path / "booklet.pdf"
    with pytest.raises(UserError, match="no 'fr' edition of the booklet: choose one of en, zh_CN"):
        booklet.print_booklet(demo_file, out, edition="fr")
    assert not out.exists()


# Door sheets, lists, receipts ----------------------------------------------------------------


def test_door_sheets_say_what_they_are_in_both_languages(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    outcome = booklet.print_door_sheets(demo_file, tmp_path / "doors.pdf")
    for page in pages_text(outcome.path):
        assert f"{words.english('door_sheet')} {words.chinese('door_sheet')}" in page
        assert re.search(r"\d+月\d+日 星期[一二三四五六日]", page)


def test_the_list_names_itself_in_the_other_language(tmp_path: Path) -> None:
    lines = [ListLine("Wang Haitao", "王海涛", "China", "Head of Delegation", "")]
    english = tmp_path / "en.pdf"
    render_arrivals(english, lines, title="Not yet arrived — 1 delegate")
    assert lines_of(pages_text(english)[0])[:2] == [
        "Not yet arrived — 1 delegate",
        "未报到人员名单",
    ]
    chinese = tmp_path / "zh.pdf"
    render_arrivals(chinese, lines, title="未报到 — 1 名代表")
    assert lines_of(pages_text(chinese)[0])[:2] == ["未报到 — 1 名代表", "Not yet arrived"]
    empty = tmp_path / "empty.pdf"
    render_arrivals(empty, [], title="Not yet arrived — 0 delegates")
    assert "Everyone has arrived. 全部人员均已报到。" in pages_text(empty)[0]


def test_the_custody_receipt_is_bilingual(tmp_path: Path) -> None:
    out = tmp_path / "receipt.pdf"
    render_receipt(
        out, [ReceiptLine("Chea Sreymom", "", "Delegate", "0012 v1")],
        event="China–ASEAN Week", delegation="Cambodia", collected_by="Ms. Chea Sreymom",
        when="26 Nov 2026 09:00", desk="Desk A",
    )  # fmt: skip
    text = pages_text(out)[0]
    top = lines_of(text)
    assert top[:2] == ["Badge custody receipt", "证件签收单"]
    for key in ("delegation", "collected_by", "date_and_time", "desk", "name", "badge"):
        assert words.english(key) in text and words.chinese(key) in text, key
    assert "Liaison officer (signature) 联络员（签字）" in text
    assert "本人已领取上列1张证件，并将逐一转交本人。" in text
