"""Handing a delegation's badges to its liaison officer: what is recorded, what is refused,
and the custody receipt a person signs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from handover_people import LATIN_NAMES, LIAISON_EMAIL, MEMBERS, build_handover_event
from pdf_reading import page_sizes, pages_text

from delegations.domain.errors import UserError
from delegations.services import handover
from delegations.services.event import open_event

A4 = (595.3, 841.9)


@pytest.fixture
def event(tmp_path: Path):  # noqa: ANN201
    ids = build_handover_event(tmp_path / "event.sqlite3")
    event_file = open_event(tmp_path / "event.sqlite3")
    yield event_file, ids
    event_file.close()


def test_candidates_list_every_badge_unissued_and_suggest_the_contact(event) -> None:  # noqa: ANN001
    event_file, ids = event
    candidates = handover.handover_candidates(event_file, ids["Cambodia"])
    assert candidates.delegation == "Cambodia"
    assert {b.native_name for b in candidates.badges} == {m[3] for m in MEMBERS}
    assert not any(b.issued or b.printed for b in candidates.badges)
    assert candidates.suggested_collector_id == ids["Chea"]


def test_hand_over_writes_a_receipt_with_every_name_the_collector_and_signatures(
    event,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    event_file, ids = event
    out = tmp_path / "receipt.pdf"
    done = handover.hand_over(event_file, ids["Cambodia"], ids["Chea"], desk="Desk A",
                              receipt=out, now=dt.datetime(2025, 9, 8, 1, 30, tzinfo=dt.UTC))  # fmt: skip
    assert done.receipt == out
    text = "\n".join(pages_text(out, layout=True))
    for name in LATIN_NAMES:
        assert name in text
    # Native names beside the Latin ones (Khmer and Myanmar shaping reorders their glyphs,
    # so a text extractor cannot read them back; the test of the fonts looks at those).
    for native in ("สมชาย ใจดี", "李明华", "ສົມພອນ ແກ້ວມະນີ"):
        assert native in text
    assert re.search(r"Collected by\s+Ms\. Chea Sreymom", text)
    assert "Liaison officer (signature)" in text and "Desk (signature)" in text
    assert "8 September 2025, 09:30 (Asia/Shanghai)" in text  # the event's local time
    assert "Desk A" in text and "I received the 6 badges" in text
    assert f"{ids['Li']:05d}-v1" in text
    assert [tuple(round(x, 1) for x in size) for size in page_sizes(out)] == [A4]


def test_a_second_hand_over_shows_the_badges_already_issued(event, tmp_path: Path) -> None:  # noqa: ANN001
    event_file, ids = event
    handover.hand_over(event_file, "Cambodia", LIAISON_EMAIL, [ids["Oum"], ids["Li"]])
    badges = {
        b.delegate_id: b for b in handover.handover_candidates(event_file, ids["Cambodia"]).badges
    }
    assert badges[ids["Oum"]].issued and badges[ids["Li"]].issued
    assert not badges[ids["Jaidee"]].issued
    assert handover.issued_delegate_ids(event_file) == {ids["Oum"], ids["Li"]}


def test_a_new_badge_version_is_not_issued_until_handed_over_again(event) -> None:  # noqa: ANN001
    event_file, ids = event
    handover.hand_over(event_file, ids["Cambodia"], ids["Chea"], [ids["Li"]])
    with event_file.read() as connection:  # a lost-badge reprint made version 2
        connection.execute("UPDATE delegate SET badge_version = 2 WHERE id = ?", (ids["Li"],))
        connection.commit()
    li = next(b for b in handover.handover_candidates(event_file, ids["Cambodia"]).badges
              if b.delegate_id == ids["Li"])  # fmt: skip
    assert (li.badge_version, li.issued_version, li.issued) == (2, 1, False)
    assert handover.issued_delegate_ids(event_file) == frozenset()


@pytest.mark.parametrize("collector", ["malee@moe.go.th", "nobody@example.org"])
def test_a_collector_from_elsewhere_is_refused_and_nothing_is_written(
    event,
    tmp_path: Path,
    collector: str,  # noqa: ANN001
) -> None:
    event_file, ids = event
    out = tmp_path / "receipt.pdf"
    with pytest.raises(UserError, match="not the e-mail of a member of Cambodia"):
        handover.hand_over(event_file, "Cambodia", collector, receipt=out)
    assert not out.exists()
    assert handover.issued_delegate_ids(event_file) == frozenset()


def test_an_unwritable_receipt_records_nothing(event, tmp_path: Path) -> None:  # noqa: ANN001
    event_file, ids = event
    with pytest.raises(UserError, match="does not exist"):
        handover.hand_over(event_file, ids["Cambodia"], ids["Chea"],
                           receipt=tmp_path / "missing" / "r.pdf")  # fmt: skip
    assert handover.issued_delegate_ids(event_file) == frozenset()


def test_the_receipt_can_be_written_again(event, tmp_path: Path) -> None:  # noqa: ANN001
    event_file, ids = event
    done = handover.hand_over(event_file, ids["Cambodia"], ids["Chea"], [ids["Oum"]])
    again = handover.custody_receipt(event_file, done.id, tmp_path / "again.pdf")
    text = "\n".join(pages_text(again.receipt))
    assert "Oum Romany" in text and "Li Minghua" not in text


def test_a_large_delegation_s_receipt_numbers_its_pages_and_signs_once(tmp_path: Path) -> None:
    from delegations.printing.receipt import ReceiptLine, render_receipt

    lines = [ReceiptLine(f"Delegate {n}", "สมชาย ใจดี", "Delegate", f"{n:05d}-v1")
             for n in range(1, 84)]  # fmt: skip
    out = tmp_path / "receipt.pdf"
    pages = render_receipt(out, lines, event="Week", delegation="Viet Nam",
                           collected_by="Nguyễn Văn Đức", when="8 September 2025, 09:30")  # fmt: skip
    texts = pages_text(out, layout=True)
    assert len(texts) == pages > 1
    assert all(f"page {n} of {pages}" in text for n, text in enumerate(texts, start=1))
    assert all(re.search(rf"\b{n} Delegate {n}\b", "\n".join(texts)) for n in range(1, 84))
    signed = [n for n, text in enumerate(texts, start=1) if "Liaison officer (signature)" in text]
    assert signed == [pages] and "I received the 83 badges" in texts[-1]


def test_handing_over_no_badge_is_refused(event) -> None:  # noqa: ANN001
    event_file, ids = event
    with pytest.raises(UserError, match="Choose at least one badge"):
        handover.hand_over(event_file, ids["Cambodia"], ids["Chea"], [])
    with pytest.raises(UserError, match="not of Cambodia"):
        handover.hand_over(event_file, ids["Cambodia"], ids["Chea"], [ids["Outsider"]])
    assert handover.issued_delegate_ids(event_file) == frozenset()
