"""Layouts stored in the event: duplicate to edit, export and import between events, a layout
per role in one print run; read back from the event file and the PDFs."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from badge_people import build_badge_event
from layout_material import data_uri, designed, raster
from pdf_reading import decode_qr_codes, page_sizes, pages_text, render_pages

from delegations.domain.errors import UserError
from delegations.printing.layouts import MM
from delegations.services import badges, layouts
from delegations.services.event import open_event
from delegations.store import EventFile


@pytest.fixture
def event(tmp_path: Path) -> EventFile:
    path = tmp_path / "week.sqlite3"
    build_badge_event(path)
    return open_event(path)


def _stored(event: EventFile) -> list[str]:
    with event.read() as db:
        return [row[0] for row in db.execute("SELECT name FROM eventlayout ORDER BY name")]


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_duplicate_is_stored_in_the_event_and_listed_beside_the_bundled(
    event: EventFile,
) -> None:
    layouts.duplicate_layout(event, "a4-4up", "week-4up")
    reopened = open_event(event.path)  # another laptop opening the same file
    entries = {entry.name: entry for entry in layouts.list_event_layouts(reopened)}
    assert entries["week-4up"].bundled is False and entries["a4-4up"].bundled is True
    assert entries["week-4up"].layout.elements == entries["a4-4up"].layout.elements
    assert entries["week-4up"].layout.title.endswith("(copy of a4-4up)")
    for taken, sentence in (
        ("a6", "“a6” is a bundled layout"),
        ("week-4up", "already has a layout “week-4up”"),
        ("my layout", "cannot name a layout"),
    ):
        with pytest.raises(UserError, match=sentence):
            layouts.duplicate_layout(event, "a6", taken)
    assert _stored(event) == ["week-4up"]


def test_export_then_import_into_another_event_prints_the_same_badges(
    event: EventFile, tmp_path: Path
) -> None:
    layouts.save_layout(event, "week", designed())
    exported = layouts.export_layout(event, "week", tmp_path / "week.json")
    assert json.loads(exported.read_text(encoding="utf-8"))["elements"][0]["src"].startswith(
        "data:image/png;base64,"
    )
    other_path = tmp_path / "other.sqlite3"
    build_badge_event(other_path)
    other = open_event(other_path)
    layouts.import_layout(other, exported)
    layouts.import_layout(event, exported, name="week-again")  # same people, same codes
    first, again, elsewhere = (tmp_path / f"{n}.pdf" for n in ("first", "again", "elsewhere"))
    badges.print_badges(event, first, layout_name="week")
    badges.print_badges(event, again, layout_name="week-again")
    badges.print_badges(other, elsewhere, layout_name="week")
    assert len(list(render_pages(first))) == 12  # six people, front and back
    assert [page.tobytes() for page in render_pages(first, 50)] == [
        page.tobytes() for page in render_pages(again, 50)
    ]
    # the other event's people are the same but its codes are signed with its own secret
    assert pages_text(elsewhere) == pages_text(first)
    # every designed badge's code still reads at 150 dpi through the artwork
    assert len(decode_qr_codes(elsewhere)) == 6


def test_bad_layout_files_are_refused_in_one_sentence_and_nothing_is_stored(
    event: EventFile, tmp_path: Path
) -> None:
    unknown = designed()
    unknown["back"][0]["text"] = "Wi-Fi: {wifi}"
    not_png = designed()
    not_png["elements"][0]["src"] = raster("JPEG").replace("image/jpeg", "image/png")
    broken_svg = designed()
    broken_svg["back"][1]["src"] = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0i"  # "<svg xmlns=""
    cut_png = designed()
    whole = base64.b64decode(raster().split(",", 1)[1])
    cut_png["back"][1]["src"] = data_uri("image/png", whole[: len(whole) // 2])
    cases = {
        "cut-png.json": (cut_png, "“back[1]” is an image that cannot be drawn"),
        "not-json.json": ('{"title": ', "is not valid JSON: Expecting value at line 1"),
        "unknown.json": (unknown, "“back[0].text” has the unknown placeholder {wifi}"),
        "newer.json": (designed(format=2), "comes from a newer version of Delegations"),
        "not-png.json": (not_png, "“elements[0].src” is not a PNG image."),
        "svg.json": (broken_svg, "“back[1]” is an image that cannot be drawn"),
        "video.json": (designed(elements=[{"type": "video", "x": 0, "y": 0}]), "must be one"),
    }
    for file_name, (content, sentence) in cases.items():
        path = tmp_path / file_name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            _write(path, content)
        with pytest.raises(UserError) as refused:
            layouts.import_layout(event, path)
        message = str(refused.value)
        assert sentence in message, message
        assert message.count(". ") == 0 and "\n" not in message  # one sentence
    assert _stored(event) == []


def test_each_role_gets_its_layout_in_one_print_run(event: EventFile, tmp_path: Path) -> None:
    layouts.save_layout(event, "delegates", designed())
    assert layouts.assign_layout(event, "delegate", "delegates")[0] == "Delegate"
    layouts.assign_layout(event, "VIP", "cr80")
    pdf = tmp_path / "run.pdf"
    outcome = badges.print_badges(event, pdf, layout_name=None)
    # in protocol order: Cambodia (HoD, a6), Thailand (speaker, a6), Lao (delegate, two
    # sides), Myanmar (observer, a6), China (VIP, cr80), Viet Nam (delegate, two sides)
    assert (outcome.badges, outcome.pages) == (6, 8)
    sizes = [(round(w / MM), round(h / MM)) for w, h in page_sizes(pdf)]
    assert sizes == [(105, 148)] * 7 + [(86, 54)]
    texts = pages_text(pdf)
    assert "Lao PDR · Delegate" in texts[3] and texts[4].startswith("BACK Somphone")
    assert "Viet Nam · Delegate" in texts[5] and "BACK" in texts[6]
    with event.read() as db:
        logged = dict(
            db.execute("SELECT d.family_name, p.layout FROM badgeprint p JOIN delegate d"
                       " ON d.id = p.delegate_id").fetchall()
        )  # fmt: skip
    assert logged == {
        "Sok": "a6", "Jaidee": "a6", "Min": "a6", "Keomany": "delegates", "Nguyễn": "delegates",
        "Li": "cr80",
    }  # fmt: skip
    listed = {entry.name: entry.roles for entry in layouts.list_event_layouts(event)}
    assert listed["delegates"] == ("Delegate",) and listed["cr80"] == ("VIP",)
    layouts.assign_layout(event, "VIP", "a6")  # back to the default
    with event.read() as connection:
        assert list(layouts.role_layouts(session=connection).values()) == ["delegates"]


def test_an_edited_layout_saved_again_prints_the_change(event: EventFile, tmp_path: Path) -> None:
    layouts.duplicate_layout(event, "a6", "week")
    data = layouts.layout_json(event, "week")
    data["elements"].append(
        {"type": "text", "text": "Wi-Fi: ASEAN-2025", "x": 5, "y": 5, "w": 60, "h": 6, "size": 9}
    )
    layouts.save_layout(event, "week", data)
    assert [layout.name for layout in badges.layouts(event)][-1] == "week"
    pdf = tmp_path / "week.pdf"
    badges.print_badges(event, pdf, layout_name="week")
    assert all("Wi-Fi: ASEAN-2025" in page for page in pages_text(pdf))
    with pytest.raises(UserError, match="“a6” is a bundled layout"):
        layouts.save_layout(event, "a6", data)
    data["elements"][-1]["x"] = 80  # 80 + 60 mm: past the badge's right edge
    with pytest.raises(UserError, match=r"“elements\[\d+\]” reaches outside the 105 × 148 mm"):
        layouts.save_layout(event, "week", data)
    assert "Wi-Fi" in json.dumps(layouts.layout_json(event, "week"))  # the stored one stays
