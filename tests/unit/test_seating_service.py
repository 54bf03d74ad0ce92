"""Seating plans in an event file: layouts, quotas, swaps, replacements, the chart and plates."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_reading import _chars, open_pdf, page_count, page_sizes, pdf_text

from delegations.domain.errors import UserError
from delegations.domain.seating import Quota
from delegations.services import seating
from delegations.services.event import open_event
from delegations.store import EventFile

OPENING = 3  # the demo's Opening Ceremony, in the Main Conference Hall
DIALOGUE = 5  # the High-Level Dialogue, in the same hall
PRELIMINARY = 1  # the Senior Officials' meeting, in the Qianling Room (no layout)
ASEAN = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar",
         "Philippines", "Singapore", "Thailand", "Timor-Leste", "Viet Nam"]  # fmt: skip


@pytest.fixture
def event_file(demo_path: Path, tmp_path: Path) -> EventFile:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT session_id, seat, delegation_id, at_table, occupant_id FROM seatassignment "
            "UNION ALL SELECT session_id, delegation_id, at_table, behind, NULL FROM seatquota "
            "UNION ALL SELECT room_id, kind, parameters, NULL, NULL FROM roomlayout ORDER BY 1, 2"
        ).fetchall()


def _held(plan: seating.PlanView, name: str) -> list[str]:
    return [seat.label for seat in plan.seats if seat.delegation == name]


def test_the_demo_opening_ceremony_is_seated_round_a_hollow_square(event_file: EventFile) -> None:
    plan = seating.read_plan(event_file, OPENING)
    assert plan.room == "Main Conference Hall" and plan.spec.kind.value == "hollow-square"
    assert [d.name for d in plan.delegations] == [*ASEAN, "China"]  # precedence, host last
    assert all((d.quota, d.at_table, d.behind) == (Quota(2, 4), 2, 4) for d in plan.delegations)
    assert plan.warnings == ()
    assert _held(plan, "Brunei Darussalam")[:2] == ["T1", "T2"]  # first clockwise from chair
    assert _held(plan, "China")[:2] == ["T11", "T12"]  # the host faces the chair
    # the head of delegation sits at the table
    assert plan.seat("T1").occupant == "Dato Mohd Azmi bin Haji Ismail"


def test_quotas_seat_the_session_from_nothing_and_are_kept(event_file: EventFile) -> None:
    plan = seating.seat_session(event_file, DIALOGUE, everyone=Quota(1, 2),
                                quotas={"Viet Nam": Quota(2, 4)}, host_place="beside-chair")  # fmt: skip
    assert _held(plan, "China")[:1] == ["T1"]  # the host beside the chair
    assert len(_held(plan, "Viet Nam")) == 6
    assert sum(1 for seat in plan.seats if seat.delegation_id) == 11 * 3 + 6
    again = seating.read_plan(event_file, DIALOGUE)
    assert again.seats == plan.seats and again.host_place.value == "beside-chair"


def test_a_smaller_layout_seats_the_plans_again_and_warns_who_has_no_seat(
    event_file: EventFile,
) -> None:
    done = seating.set_room_layout(event_file, "main conference hall", "hollow-square",
                                   {"places": 12, "behind_rows": 1})  # fmt: skip
    assert (done.seats, done.replanned) == (48, 1)
    plan = seating.read_plan(event_file, OPENING)
    assert plan.warnings == (
        "The quotas ask for 72 seats and the room seats 48: 24 people of Brunei Darussalam, "
        "Cambodia, Indonesia, Lao PDR, Malaysia and 7 more have no seat.",
    )


def test_a_swap_is_saved_in_the_event_file(event_file: EventFile) -> None:
    before = seating.read_plan(event_file, OPENING)
    seating.swap_seats(event_file, OPENING, "t1", "T3")
    event_file.close()
    after = seating.read_plan(open_event(event_file.path), OPENING)
    assert after.seat("T1").delegation == "Cambodia" == before.seat("T3").delegation
    assert after.seat("T3").occupant == before.seat("T1").occupant
    assert after.warnings == ()  # the same seats per delegation


def test_a_replacement_moves_the_person_not_the_seat(event_file: EventFile) -> None:
    before = seating.read_plan(event_file, OPENING)
    deputy_seat = next(s for s in before.seats if s.delegation == "Viet Nam" and s.label[0] == "B")
    with event_file.read() as connection:
        email = connection.execute(
            "SELECT email FROM delegate WHERE id = ?", (deputy_seat.occupant_id,)
        ).fetchone()[0]
    head_seat = _held(before, "Viet Nam")[0]
    after = seating.replace_occupant(event_file, OPENING, head_seat, email)
    assert after.seat(head_seat).occupant == deputy_seat.occupant  # the deputy at the table
    assert after.seat(head_seat).delegation == "Viet Nam"  # the seat is still Viet Nam's
    left = after.seat(deputy_seat.label)
    assert left.delegation == "Viet Nam" and left.occupant == ""  # the place is kept, empty
    assert _held(after, "Viet Nam") == _held(before, "Viet Nam")


@pytest.mark.parametrize(
    ("call", "sentence"),
    [
        (lambda f: seating.read_plan(f, 999), "There is no session 999 in the agenda"),
        (lambda f: seating.seat_session(f, PRELIMINARY, everyone=Quota(1, 1)),
         "The room Qianling Room has no seat layout; set one first"),
        (lambda f: seating.seat_session(f, OPENING, quotas={"Atlantis": Quota(1, 1)}),
         "No delegation matches “Atlantis”"),
        (lambda f: seating.seat_session(f, OPENING, everyone=Quota(-1, 1)),
         "Quota: -1 seats at the table is not between 0 and 500."),
        (lambda f: seating.seat_session(f, OPENING, everyone=Quota(1, 1), host_place="top"),
         "Host place: “top” is not one of rule, in-order, beside-chair, opposite-chair."),
        (lambda f: seating.set_room_layout(f, "Nowhere", "theatre"), "There is no room “Nowhere”"),
        (lambda f: seating.swap_seats(f, OPENING, "T1", "Z99"), "There is no seat “Z99”"),
        (lambda f: seating.replace_occupant(f, OPENING, "T1", "nobody@example.org"),
         "No delegate has the e-mail nobody@example.org in this event."),
        (lambda f: seating.replace_occupant(f, OPENING, "T1", " "),
         "Occupant: give the e-mail of the member who takes the seat."),
        (lambda f: seating.print_seating_chart(f, OPENING, Path("/nonexistent/x.pdf")),
         "Cannot write /nonexistent/x.pdf: the folder /nonexistent does not exist."),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_writes_nothing(
    event_file: EventFile, call: Callable[[EventFile], object], sentence: str
) -> None:
    before = _rows(event_file.path)
    with pytest.raises(UserError) as refused:
        call(event_file)
    assert str(refused.value).startswith(sentence)
    assert "\n" not in str(refused.value)
    assert _rows(event_file.path) == before


def test_a_person_of_another_delegation_cannot_take_the_seat(event_file: EventFile) -> None:
    cambodian = seating.read_plan(event_file, OPENING).seat("T3").occupant_id
    before = _rows(event_file.path)
    with pytest.raises(UserError, match="is in the Cambodia delegation, not in Brunei"):
        seating.replace_occupant(event_file, OPENING, "T1", cambodian)
    assert _rows(event_file.path) == before


def test_the_chart_names_every_delegation_and_marks_the_chair(
    event_file: EventFile, tmp_path: Path
) -> None:
    printed = seating.print_seating_chart(event_file, OPENING, tmp_path / "chart.pdf")
    text = " ".join(pdf_text(printed.path).split())
    for name in [*ASEAN, "China"]:
        assert name in text
    assert "CHAIR" in text and "Opening Ceremony" in text and "开幕式" in text
    for label in ("T1", "T24", "A1", "B24"):
        assert f" {label} " in f" {text} "
    assert [round(side) for side in page_sizes(printed.path)[0]] == [1191, 842]  # A3 landscape
    a4 = seating.print_seating_chart(event_file, OPENING, tmp_path / "a4.pdf", paper="a4")
    assert [round(side) for side in page_sizes(a4.path)[0]] == [842, 595]


def test_every_text_on_the_plan_reads_at_arm_s_length(
    event_file: EventFile, tmp_path: Path
) -> None:
    """Seat labels, the chair's mark and the delegations' names beside the square: 8 pt at
    the least on A3 (the legend, right of x = 800 pt, may be smaller)."""
    printed = seating.print_seating_chart(event_file, OPENING, tmp_path / "chart.pdf")
    with open_pdf(printed.path) as document:
        textpage = document[0].get_textpage()
        chars = [c for c in _chars(textpage) if c.x < 800 and c.text.strip()]
        textpage.close()
    assert len(chars) > 300
    assert min(c.size for c in chars) >= 8


def test_a_large_theatre_chart_names_rows_and_delegations(
    event_file: EventFile, tmp_path: Path
) -> None:
    seating.set_room_layout(event_file, "Main Conference Hall", "theatre",
                            {"rows": 50, "seats_per_row": 30})  # fmt: skip
    plan = seating.seat_session(event_file, OPENING, everyone=Quota(2, 123))
    assert sum(1 for seat in plan.seats if seat.delegation_id) == 1500 and plan.warnings == ()
    text = pdf_text(seating.print_seating_chart(event_file, OPENING, tmp_path / "t.pdf").path)
    flat = " ".join(text.split())
    for name in [*ASEAN, "China"]:
        assert name in flat
    assert "A1–30, B1–30, C1–30, D1–30, E1–5" in flat  # Brunei's seats in the legend
    assert " BB " in flat  # the last row's letters at its ends


def test_name_plates_one_per_seat_at_the_table(event_file: EventFile, tmp_path: Path) -> None:
    printed = seating.print_name_plates(event_file, OPENING, tmp_path / "plates.pdf")
    assert printed.pages == 24 == page_count(printed.path)
    text = pdf_text(printed.path)
    assert "Brunei Darussalam" in text and "China" in text


@pytest.mark.parametrize(
    ("rule", "host_place", "china_first_seat"),
    [
        ("asean", "first", "T1"),  # beside the chair: the first place clockwise
        ("asean", "chair", "T1"),  # the place adjoining the chair's table
        ("asean", "last", "T11"),  # opposite the chair (place 6 of 12)
        ("manual", "first", "T23"),  # a hand-made order: where that order puts China (last)
    ],
)
def test_a_new_plan_seats_the_host_where_the_order_of_precedence_says(
    event_file: EventFile, rule: str, host_place: str, china_first_seat: str
) -> None:
    from delegations.services.protocol import set_precedence

    set_precedence(event_file, rule=rule, host_place=host_place)
    plan = seating.seat_session(event_file, DIALOGUE, everyone=Quota(1, 0))
    assert plan.host_place.value == "rule"
    assert _held(plan, "China") == [china_first_seat]


def test_the_plan_s_own_host_place_wins_over_the_order_of_precedence(
    event_file: EventFile,
) -> None:
    from delegations.services.protocol import set_precedence

    set_precedence(event_file, host_place="first")
    plan = seating.seat_session(event_file, DIALOGUE, everyone=Quota(1, 0),
                                host_place="opposite-chair")  # fmt: skip
    assert _held(plan, "China") == ["T11"] and _held(plan, "Brunei Darussalam") == ["T1"]
    again = seating.seat_session(event_file, DIALOGUE, host_place="rule")
    assert again.host_place_used.value == "beside-chair" and _held(again, "China") == ["T1"]


def test_a_free_seat_given_by_hand_may_exceed_the_quota_and_the_plan_says_so(
    event_file: EventFile,
) -> None:
    seating.set_room_layout(event_file, "Main Conference Hall", "hollow-square", {"places": 13})
    members = seating.delegation_members(event_file)
    viet_nam = next(d for d in seating.delegation_quotas(event_file, OPENING)
                    if d.name == "Viet Nam")  # fmt: skip
    seated = {s.occupant_id for s in seating.read_plan(event_file, OPENING).seats}
    spare = next(m for m in members[viet_nam.id] if m.id not in seated)
    seating.free_seat(event_file, OPENING, _held(seating.read_plan(event_file, OPENING),
                                                  "Viet Nam")[-1])  # fmt: skip
    plan = seating.give_seat(event_file, OPENING, "t25", "Viet Nam", spare.id)
    assert plan.seat("T25").delegation == "Viet Nam" and plan.seat("T25").at_table
    assert plan.seat("T25").occupant == spare.name
    assert plan.warnings == ("Viet Nam has 3 seats at the table, its quota is 2.",)
    event_file.close()
    saved = seating.read_plan(open_event(event_file.path), OPENING)
    assert saved.warnings == plan.warnings
    quotas = {d.name: (d.at_table, d.behind) for d in seating.delegation_quotas(
        open_event(event_file.path), OPENING)}  # fmt: skip
    assert quotas["Viet Nam"] == (3, 3) and quotas["China"] == (2, 4)


def test_a_seat_given_twice_or_to_a_stranger_is_refused(event_file: EventFile) -> None:
    seating.set_room_layout(event_file, "Main Conference Hall", "hollow-square", {"places": 13})
    cambodian = seating.read_plan(event_file, OPENING).seat("T3").occupant_id
    before = _rows(event_file.path)
    with pytest.raises(UserError) as taken:
        seating.give_seat(event_file, OPENING, "T1", "Viet Nam")
    assert str(taken.value) == "Seat T1 is Brunei Darussalam's already; free it first, or swap it."
    with pytest.raises(UserError, match="is in the Cambodia delegation, not in Viet Nam's"):
        seating.give_seat(event_file, OPENING, "T25", "Viet Nam", cambodian)
    with pytest.raises(UserError, match="No delegation matches “Atlantis”"):
        seating.give_seat(event_file, OPENING, "T25", "Atlantis")
    with pytest.raises(UserError, match="Seat T26 is free already."):
        seating.free_seat(event_file, OPENING, "T26")
    assert _rows(event_file.path) == before


def test_members_take_the_seats_in_the_order_every_list_uses(event_file: EventFile) -> None:
    """Head first, then rank, then the folded name ("an" before "Bui"; byte order would put
    "Bui" first): the same order as `protocol.delegates_in_precedence`."""
    from delegations.services.protocol import delegates_in_precedence

    viet_nam = next(d.id for d in seating.delegation_quotas(event_file, OPENING)
                    if d.name == "Viet Nam")  # fmt: skip
    with event_file.write_locked() as connection:
        members = [row[0] for row in connection.execute(
            "SELECT d.id FROM delegate d JOIN delegation g ON g.id = d.delegation_id "
            "WHERE d.delegation_id = ? AND d.id != g.head_id ORDER BY d.id", (viet_nam,))]  # fmt: skip
        connection.execute("UPDATE delegate SET rank_id = NULL WHERE delegation_id = ?",
                           (viet_nam,))  # fmt: skip
        for member, family in zip(members, ["Bui", "an", "Zhou", "Đỗ"], strict=False):
            connection.execute("UPDATE delegate SET family_name = ? WHERE id = ?",
                               (family, member))  # fmt: skip
    plan = seating.seat_session(event_file, OPENING, quotas={"Viet Nam": Quota(2, 4)})
    seated = [s.occupant_id for s in plan.seats if s.delegation == "Viet Nam" and s.occupant_id]
    with event_file.read() as connection:
        expected = delegates_in_precedence(session=connection, delegation_id=viet_nam)
    assert len(seated) >= 4 and seated == expected[: len(seated)]


def test_a_plan_following_the_rule_says_when_the_host_is_no_longer_where_it_puts_it(
    event_file: EventFile,
) -> None:
    from delegations.services.protocol import set_precedence

    assert seating.read_plan(event_file, OPENING).warnings == ()  # China last: opposite
    set_precedence(event_file, host_place="first")
    assert seating.read_plan(event_file, OPENING).warnings == (
        "The order of precedence seats the host, China, beside the chair, not where it sits in "
        "this plan: seat the session again, or give the plan its own host's place.",
    )
    plan = seating.seat_session(event_file, OPENING)
    assert plan.warnings == () and _held(plan, "China")[:2] == ["T1", "T2"]
    seating.swap_seats(event_file, OPENING, "T1", "T11")  # by hand: China away, then
    seating.swap_seats(event_file, OPENING, "T2", "T12")
    assert len(seating.read_plan(event_file, OPENING).warnings) == 1
    chosen = seating.seat_session(event_file, OPENING, host_place="in-order")  # its own place
    assert chosen.warnings == ()
