"""The programme booklet as a reader sees it: text, contents, page order, imposition, fonts;
the errata sheet and the door sheets."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pdf_reading import fonts, image_sizes, pages_text, text_in_box
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import select

from delegations.domain.errors import NotFound, UserError
from delegations.domain.models import AgendaSession, Room, Speaker
from delegations.printing.booklet.flow import ShapedParagraph, Span
from delegations.printing.booklet.imposition import impose_saddle_stitch, saddle_stitch_order
from delegations.services import agenda, booklet, demo, programme
from delegations.services.event import open_event


def squash(text: str) -> str:
    """Without white space: wrapped titles and CJK line breaks compare equal."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path = tmp_path_factory.mktemp("booklet") / "demo.sqlite3"
    event_file = open_event(path)
    with event_file.session() as session:
        demo.create_demo_event(session=session)
    yield event_file
    event_file.close()


@pytest.fixture(scope="module")
def demo_booklet(demo_file, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN001, ANN201
    out = tmp_path_factory.mktemp("out") / "booklet.pdf"
    outcome = booklet.print_booklet(demo_file, out, today=dt.date(2025, 7, 20))
    return outcome, pages_text(out), pages_text(out, layout=True)


@pytest.fixture(scope="module")
def demo_data(demo_file):  # noqa: ANN001, ANN201
    with demo_file.session() as session:
        return booklet.booklet_data(session=session)


# Imposition ----------------------------------------------------------------------------------


def test_saddle_stitch_order_for_4_8_and_12_pages() -> None:
    assert saddle_stitch_order(4) == [(4, 1), (2, 3)]
    assert saddle_stitch_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert saddle_stitch_order(12) == [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]
    for pages in (4, 8, 12, 40):
        order = saddle_stitch_order(pages)
        assert sorted(p for side in order for p in side) == list(range(1, pages + 1))
        # each sheet's pages add up to n + 1 on both sides (the fold is in the middle)
        assert all(left + right == pages + 1 for left, right in order)


@pytest.mark.parametrize("pages", [0, 6, 10])
def test_saddle_stitch_refuses_a_page_count_that_cannot_be_folded(pages: int) -> None:
    with pytest.raises(ValueError, match="multiple of 4"):
        saddle_stitch_order(pages)


def _numbered_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 40)
        canvas.drawCentredString(A5[0] / 2, A5[1] / 2, f"Page{number:02d}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("pages", [4, 8, 12])
def test_imposed_sides_carry_the_right_pages_left_and_right(pages: int, tmp_path: Path) -> None:
    out = tmp_path / "imposed.pdf"
    with out.open("wb") as handle:
        sides = impose_saddle_stitch(_numbered_pdf(pages), handle)
    assert sides == pages // 2
    expected = saddle_stitch_order(pages)
    for side, (left, right) in enumerate(expected, start=1):
        # A4 landscape: 842 x 595 points, halves of 421 points
        halves = [text_in_box(out, side, (x, 0, 421, 595)).strip() for x in (0, 421)]
        assert halves == [f"Page{left:02d}", f"Page{right:02d}"], f"side {side}"


def test_imposed_booklet_puts_two_pages_on_each_a4_side(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    out = tmp_path / "imposed.pdf"
    outcome = booklet.print_booklet(demo_file, out, imposed=True)
    reader = PdfReader(out)
    assert len(reader.pages) == outcome.sheets == outcome.pages // 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    first = pages_text(out)[0]
    assert "China–ASEAN Education Cooperation Week 2025" in first  # cover on the right
    assert "Programme" in first


# The booklet --------------------------------------------------------------------------------


def test_page_count_is_a_multiple_of_four(demo_booklet) -> None:  # noqa: ANN001
    outcome, pages, _ = demo_booklet
    assert outcome.pages == len(pages)
    assert len(pages) % 4 == 0


def test_every_session_title_and_speaker_name_is_printed(demo_booklet, demo_data) -> None:  # noqa: ANN001
    text = squash("\n".join(demo_booklet[1]))
    assert demo_data.sessions
    for session in demo_data.sessions:
        assert squash(session.title_en) in text, session.title_en
        if session.title_zh:
            assert squash(session.title_zh) in text, session.title_zh
    for profile in demo_data.speakers:
        assert squash(profile.person.name) in text, profile.person.name
        native = profile.person.native
        if native and all("\u4e00" <= c <= "\u9fff" for c in native):
            assert squash(native) in text, native  # Chinese names extract; shaped Khmer may not


def test_contents_page_numbers_are_where_the_entries_start(demo_booklet) -> None:  # noqa: ANN001
    outcome, pages, layout_pages = demo_booklet
    contents = next(i for i, page in enumerate(pages) if page.lstrip().startswith("Contents\n目录"))
    entries = re.findall(r"^\s*(\S.*?\S)\s{2,}(\d+)\s*$", layout_pages[contents], re.MULTILINE)
    titles = [title for title, _ in entries]
    assert {"Programme", "Friday 25 July", "Session details", "Speakers", "Delegations",
            "Rooms and venue", "Index of speakers"} <= set(titles)  # fmt: skip
    for title, number in entries:
        page = pages[int(number) - 1]
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if title == "Programme":
            lines = [line.split()[0] for line in lines]  # "PROGRAMME 日程 7月24日 星期四"
        heading = "PROGRAMME" if title == "Programme" else title
        # the entry's heading is on that page, near its top (not a running head or mention)
        assert heading in lines[:4], f"{title!r} is not on page {number}: {lines[:4]}"
        # …and not at the top of the page before (it starts there)
        if int(number) - 2 != contents:
            assert title not in pages[int(number) - 2].splitlines()[:6]


def test_each_day_starts_on_a_right_hand_page(demo_booklet, demo_data) -> None:  # noqa: ANN001
    _, pages, _ = demo_booklet
    for day in demo_data.days:
        title = f"{day:%A} {day.day} {day:%B}"
        starts = [i + 1 for i, page in enumerate(pages) if title in page.splitlines()[:3]]
        assert starts, title
        assert starts[0] % 2 == 1, f"{title} starts on page {starts[0]}"


def test_running_heads_and_folios_but_none_on_the_cover(demo_booklet) -> None:  # noqa: ANN001
    _, pages, _ = demo_booklet
    cover = pages[0]
    assert not re.search(r"^\s*1\s*$", cover, re.MULTILINE)
    assert re.search(r"^\s*7\s*$", pages[6], re.MULTILINE)  # the folio of page 7
    continued = [p for p in pages if p.startswith("China–ASEAN Education Cooperation Week 2025\n")]
    assert continued  # left-hand pages carry the event's name as running head


def test_fonts_are_embedded(demo_booklet, tmp_path: Path, demo_file) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    booklet.print_booklet(demo_file, out)
    used = fonts(out)
    assert used
    for font in used:
        assert font.embedded, font
    assert any("NotoSans" in font.name for font in used)
    assert any("WenQuanYi" in font.name for font in used)
    assert any("Khmer" in font.name for font in used)


def test_outline_and_metadata(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    out = tmp_path / "b.pdf"
    booklet.print_booklet(demo_file, out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta.title == "China–ASEAN Education Cooperation Week 2025 — Programme"
    assert meta.author and meta.subject
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[:3] == ["Welcome", "Contents", "Programme"]
    assert "Index of speakers" in top


def test_a4_booklet(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    out = tmp_path / "a4.pdf"
    outcome = booklet.print_booklet(demo_file, out, paper="a4")
    reader = PdfReader(out)
    assert len(reader.pages) == outcome.pages and outcome.pages % 4 == 0
    assert round(float(reader.pages[3].mediabox.width)) == 595


def test_cover_states_the_published_programme_version(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "v.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session)
    out = tmp_path / "draft.pdf"
    booklet.print_booklet(event_file, out)
    assert "Draft" in pages_text(out)[0]
    with event_file.session() as session:
        programme.publish_version(session=session, note="first")
    booklet.print_booklet(event_file, out)
    assert re.search(r"Programme version 1, published \d+ \w{3} \d{4}", pages_text(out)[0])


def test_cancel_leaves_no_file(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "cancelled.pdf"
    calls = []
    outcome = booklet.print_booklet(
        demo_file, out, progress=lambda d, t: calls.append((d, t)), cancelled=lambda: bool(calls)
    )
    assert outcome.cancelled and outcome.path is None
    assert not out.exists()
    assert not list(tmp_path.iterdir())  # no temporary file left either


def test_progress_reaches_the_total(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    calls: list[tuple[int, int]] = []
    booklet.print_booklet(demo_file, tmp_path / "b.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_speaker_photo_is_printed_square(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    from PIL import Image

    image = Image.new("RGB", (300, 500), "#884422")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    with demo_file.session() as session:
        speaker = session.exec(select(Speaker)).first()
        speaker.photo = buffer.getvalue()
    out = tmp_path / "photo.pdf"
    booklet.print_booklet(demo_file, out)
    sizes = image_sizes(out)
    assert (300, 300) in sizes, sizes
    with demo_file.session() as session:
        session.exec(select(Speaker)).first().photo = None


def test_empty_agenda_is_refused(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "empty.sqlite3")
    with pytest.raises(UserError, match="no sessions"):
        booklet.print_booklet(event_file, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_missing_folder_is_refused(demo_file, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(UserError, match="does not exist"):
        booklet.print_booklet(demo_file, tmp_path / "nowhere" / "b.pdf")


# Shaped paragraphs ---------------------------------------------------------------------------


def test_shaped_paragraph_wraps_chinese_and_khmer_within_the_width() -> None:
    text = "2025数智创新赋能国际产教融合研讨会" * 3
    paragraph = ShapedParagraph([Span("Sok Sophal ", bold=True), Span("សុខ សុផល "), Span(text)])
    width, height = paragraph.wrap(120, 1000)
    assert len(paragraph._lines) > 3  # noqa: SLF001
    assert all(line.width <= 120.01 for line in paragraph._lines)  # noqa: SLF001
    assert height == pytest.approx(sum(line.height for line in paragraph._lines))  # noqa: SLF001
    joined = "".join(p.text for line in paragraph._lines for p in line.pieces)  # noqa: SLF001
    assert joined == squash("Sok Sophal សុខ សុផល " + text)


def test_latin_words_are_never_broken_inside() -> None:
    paragraph = ShapedParagraph(
        "Digital Intelligence Innovation Empowers International Cooperation"
    )
    paragraph.wrap(90, 1000)
    pieces = [p.text for line in paragraph._lines for p in line.pieces]  # noqa: SLF001
    assert pieces == [
        "Digital",
        "Intelligence",
        "Innovation",
        "Empowers",
        "International",
        "Cooperation",
    ]


# Errata and door sheets ------------------------------------------------------------------------


@pytest.fixture
def changed_event(tmp_path: Path):  # noqa: ANN201
    event_file = open_event(tmp_path / "changed.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session)
        programme.publish_version(session=session)
    with event_file.session() as session:
        lunch = session.exec(select(AgendaSession).where(AgendaSession.title_en == "Lunch")).first()
        room = session.exec(select(Room).where(Room.name == "Baihua Room")).one()
        agenda.update_session(
            session=session, session_id=lunch.id, session_in=agenda.SessionUpdate(room_id=room.id)
        )
    yield event_file
    event_file.close()


def test_errata_lists_the_changes_since_a_version(changed_event, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "errata.pdf"
    path, changes = booklet.print_errata(changed_event, out, since=1)
    assert changes == 1
    text = "\n".join(pages_text(path))
    assert "Errata since version 1" in text
    assert "Baihua Room" in text and "Lunch" in text


def test_errata_for_an_unknown_version_is_refused(changed_event, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(NotFound, match="no programme version 7"):
        booklet.print_errata(changed_event, tmp_path / "e.pdf", since=7)
    assert not (tmp_path / "e.pdf").exists()


def test_door_sheets_one_page_per_room_and_day(demo_file, demo_data, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "doors.pdf"
    outcome = booklet.print_door_sheets(demo_file, out)
    room_days = {(s.room, s.day) for s in demo_data.sessions if s.room}
    pages = pages_text(out)
    assert outcome.pages == len(pages) == len(room_days)
    for session in demo_data.sessions:
        if session.room:
            page = next(p for p in pages if p.lstrip().startswith(session.room)
                        and f"{session.day:%A} {session.day.day} {session.day:%B}" in p)  # fmt: skip
            assert squash(session.title_en) in squash(page)
