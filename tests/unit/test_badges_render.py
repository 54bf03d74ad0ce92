"""Badge PDFs as a reader and a scanner see them: text, fonts, QR codes; the print service."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import pytest
from badge_people import LATIN_NAMES, build_badge_event
from pdf_reading import decode_qr_codes, fonts, pdf_text
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import select

from delegations.domain.codes import make_code, read_code
from delegations.domain.errors import UserError
from delegations.domain.models import BadgePrint, Delegate, Event, PrintReason
from delegations.printing.badges import preflight, render_badges
from delegations.printing.layouts import layout_names, load_layout
from delegations.printing.model import BadgeData, EventInfo
from delegations.printing.qr import draw_qr
from delegations.services import badges
from delegations.services.event import open_event


@pytest.fixture
def event_file(tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "event.sqlite3"
    build_badge_event(path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


@pytest.mark.parametrize("layout", ["a6", "a4-4up", "a4-8up", "cr80"])
def test_every_badge_code_decodes_from_a_150_dpi_page(
    event_file,
    tmp_path: Path,
    layout: str,  # noqa: ANN001
) -> None:
    out = tmp_path / f"{layout}.pdf"
    outcome = badges.print_badges(event_file, out, layout_name=layout)
    assert outcome.badges == 6
    codes = decode_qr_codes(out, dpi=150)  # as a desk scanner reads a print
    with event_file.session() as session:
        secret = session.exec(select(Event.signing_secret)).one()
        delegate_ids = set(session.exec(select(Delegate.id)))
    assert sorted(read_code(secret, code).delegate_id for code in codes) == sorted(delegate_ids)


def test_names_are_extractable_and_fonts_subset_and_embedded(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "badges.pdf"
    badges.print_badges(event_file, out)
    text = pdf_text(out)
    for name in [*LATIN_NAMES, "李明华", "China–ASEAN Education Cooperation Week 2025"]:
        assert name in text
    used = fonts(out)
    assert len(used) >= 6  # Latin regular and bold, Khmer, Thai, Lao, Myanmar, Han
    for font in used:
        assert font.embedded and font.subset, font
    for script in ("NotoSans-", "Khmer", "Thai", "Lao", "Myanmar", "WenQuanYi"):
        assert any(script in font.name for font in used), (script, used)
    assert out.stat().st_size < 400_000


def test_print_run_logs_each_badge_and_a_lost_badge_gets_a_new_version(
    event_file,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    out = tmp_path / "b.pdf"
    first = badges.print_badges(event_file, out, badges.BadgeSelection(delegation="kh"))
    assert first.badges == 1
    again = badges.print_badges(
        event_file,
        out,
        badges.BadgeSelection(delegation="Cambodia"),
        reason=PrintReason.LOST,
        layout_name="cr80",
    )
    assert again.badges == 1
    with event_file.session() as session:
        prints = session.exec(select(BadgePrint).order_by(BadgePrint.id)).all()
        delegate = session.get(Delegate, prints[0].delegate_id)
        assert [(p.reason, p.layout, p.badge_version) for p in prints] == [
            (PrintReason.FIRST, "a6", 1),
            (PrintReason.LOST, "cr80", 2),
        ]
        assert delegate.badge_version == 2
    # Only the five others are unprinted now.
    rest = badges.print_badges(event_file, out, badges.BadgeSelection(only_unprinted=True))
    assert rest.badges == 5
    with pytest.raises(UserError, match="No delegation matches “Atlantis”"):
        badges.print_badges(event_file, out, badges.BadgeSelection(delegation="Atlantis"))


def test_a_cancelled_run_writes_no_file_and_logs_nothing(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "cancelled.pdf"
    calls = []
    outcome = badges.print_badges(
        event_file, out, cancelled=lambda: len(calls) > 0 or bool(calls.append(1))
    )
    assert outcome.cancelled and outcome.path is None
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    with event_file.session() as session:
        assert session.exec(select(BadgePrint)).all() == []


def test_progress_reaches_the_total(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    seen: list[tuple[int, int]] = []
    badges.print_badges(event_file, tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (6, 6)


def test_preflight_lists_uncovered_scripts_and_names_below_the_minimum_size() -> None:
    event = EventInfo("Week")
    people = [
        BadgeData(1, "Abebe Bikila", native_name="አበበ ቢቂላ"),  # Ethiopic: no bundled font
        BadgeData(2, "Tenzin Gyatso", native_name="བསྟན་འཛིན་རྒྱ་མཚོ"),  # Tibetan
        BadgeData(3, "Wolfeschlegelsteinhausenbergerdorff" * 2),
        BadgeData(4, "Sok Chanthy", native_name="សុខ ចាន់ធី"),
    ]
    issues = preflight(load_layout("a6"), event, people)
    assert [(i.delegate_id, i.kind) for i in issues] == [
        (1, "missing glyphs"), (2, "missing glyphs"), (3, "below minimum size"),
    ]  # fmt: skip
    assert "U+12A0" in issues[0].detail


def test_every_layout_renders_every_script(tmp_path: Path) -> None:
    event = EventInfo("China–ASEAN Education Cooperation Week", "中国—东盟教育交流周")
    people = [
        BadgeData(i + 1, name, native_name=native, role="Delegate", role_color="#1565c0",
                  qr_payload=f"CODE{i}")
        for i, (name, native) in enumerate([
            ("Sok Chanthy", "សុខ ចាន់ធី"), ("Somchai Jaidee", "สมชาย ใจดี"),
            ("Somphone Keomany", "ສົມພອນ ແກ້ວມະນີ"), ("Aung Kyaw Min", "အောင်ကျော်မင်း"),
            ("Li Minghua", "李明华"), ("Nguyễn Văn Đức", ""),
        ])
    ]  # fmt: skip
    for name in layout_names():
        layout = load_layout(name)
        result = render_badges(tmp_path / f"{name}.pdf", layout, event, people, total=6)
        per_page = 1 if layout.sheet.repeat else layout.sheet.per_page
        assert result.pages == -(-6 // per_page)
        assert result.small_text == []
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only  # how SQLite stores the values (typeof): text, not a timestamp
def test_the_print_log_is_written_as_the_orm_writes_it(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    """The log is plain SQL (no SQLAlchemy on the print path): enum names, UTC as text."""

    badges.print_badges(event_file, tmp_path / "b.pdf", badges.BadgeSelection(delegation="kh"))
    with event_file.session() as session:
        session.add(BadgePrint(delegate_id=1, layout="orm", reason=PrintReason.REPRINT))
    with event_file.read() as connection:
        ours, orm = connection.execute(
            "SELECT printed_at, reason, typeof(printed_at) FROM badgeprint ORDER BY id"
        ).fetchall()
    assert ours[1:] == ("FIRST", "text") and orm[1:] == ("REPRINT", "text")
    assert len(ours[0]) == len(orm[0]) == len("2025-09-08 10:00:00.000000")


def test_the_orm_reads_the_print_log_back(event_file, tmp_path: Path) -> None:  # noqa: ANN001
    """On either engine: the plain-SQL log is what the ORM reads (reason, time in UTC)."""
    import datetime as dt

    badges.print_badges(event_file, tmp_path / "b.pdf", badges.BadgeSelection(delegation="kh"))
    with event_file.session() as session:
        logged = session.exec(select(BadgePrint).order_by(BadgePrint.id)).first()
        assert logged.reason == PrintReason.FIRST
        assert abs(dt.datetime.now(dt.UTC) - logged.printed_at) < dt.timedelta(minutes=1)


def test_qr_codes_of_every_size_decode_from_a_printed_page(tmp_path: Path) -> None:
    """Badge codes and texts filling QR versions 1–4, drawn as on a badge, one per page."""
    rng = random.Random(11)
    badge_codes = [make_code("0f" * 32, i, rng.randint(1, 255)) for i in range(1, 200, 40)]
    characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    texts = ["".join(rng.choices(characters, k=n)) for n in (1, 10, 25, 26, 47, 61, 90)]
    payloads = [*badge_codes, *texts, "https://example.org/ü"]
    out = tmp_path / "codes.pdf"
    canvas = Canvas(str(out), pagesize=(60 * mm, 60 * mm))
    for payload in payloads:
        draw_qr(canvas, payload, 5 * mm, 5 * mm, 50 * mm)
        canvas.showPage()
    canvas.save()

    assert decode_qr_codes(out, dpi=150) == payloads


def test_a_code_larger_than_version_4_is_refused() -> None:
    with pytest.raises(ValueError, match="at most QR version 4"):
        draw_qr(Canvas(os.devnull), "A" * 91, 0, 0, 100)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_pdf_gets_the_umask_permissions_and_a_cancel_keeps_the_old_one(
    event_file,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    out = tmp_path / "badges.pdf"
    previous = os.umask(0o022)
    try:
        badges.print_badges(event_file, out)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # a print server can read it, not 0600
    printed = out.read_bytes()

    outcome = badges.print_badges(event_file, out, cancelled=lambda: True)

    assert outcome.cancelled and out.read_bytes() == printed
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary
