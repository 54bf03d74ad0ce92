"""The same order of delegations and members in everything that lists them: the roster (the
Delegations tab), the booklet's delegation lists, the export, the badges PDF, the check-in
desk's lists and the seating plan.

The demo event, made harder: China (the host) placed first, ranks given against the names'
order, and the Philippines' "de Leon" and "dela Cruz" that a byte-wise sort puts after "Reyes".
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pages_text

from delegations.domain.names import full_name
from delegations.services import badges, booklet, protocol, seating
from delegations.services.desk import DeskIndex
from delegations.services.event import open_event
from delegations.services.handover import handover_candidates
from delegations.services.registrations.exporting import export_registrations
from delegations.services.roster import list_delegates
from delegations.store import EventFile
from delegations.store.stored import stored_name_order

OPENING_CEREMONY = "Opening Ceremony"  # the demo's session with a seating plan


@pytest.fixture(scope="module")
def event(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventFile]:
    path = tmp_path_factory.mktemp("everywhere") / "week.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    protocol.set_precedence(event_file, host_place="first")
    with event_file.read() as connection:
        people = dict(
            connection.execute(
                "SELECT family_name || ' ' || given_name, id FROM delegate"
            ).fetchall()
        )
    # Ranks against the alphabet: Reyes (R) and Lương (L) move up behind their heads.
    protocol.set_delegate_rank(event_file, people["Reyes Jose Miguel"], "Minister")
    protocol.set_delegate_rank(event_file, people["Lương Thanh Dung"], "Director-General")
    protocol.set_delegate_rank(event_file, people["Hoàng Hữu Trung"], "Director")
    yield event_file
    event_file.close()


def _names(event_file: EventFile) -> dict[int, str]:
    """Each delegate's Latin name in the person's own order, as every list prints it."""
    with event_file.read() as connection:
        rows = connection.execute("SELECT id, given_name, family_name, name_order FROM delegate")
        return {id_: full_name(g, f, stored_name_order(o)) for id_, g, f, o in rows}


@pytest.fixture(scope="module")
def expected(event: EventFile) -> list[int]:
    """Everyone in the order of precedence as services.protocol gives it (domain rule)."""
    with event.read() as connection:
        return [
            delegate
            for delegation in protocol.delegations_in_precedence(session=connection)
            for delegate in protocol.delegates_in_precedence(
                session=connection, delegation_id=delegation
            )
        ]


def test_the_case_is_hard_enough(event: EventFile, expected: list[int]) -> None:
    names = _names(event)
    listed = [names[i] for i in expected]
    assert listed[0] == "Wang Haitao"  # China, the host, first
    philippines = listed[listed.index("Maria Cristina Santos") :][:5]
    assert philippines == [
        "Maria Cristina Santos", "Jose Miguel Reyes", "Paolo Bautista", "Rowena Cruz",
        "Rowena de Leon",
    ]  # fmt: skip
    viet_nam = listed[listed.index("Trần Thị Thu Hương") :][:3]
    assert viet_nam == ["Trần Thị Thu Hương", "Lương Thanh Dung", "Hoàng Hữu Trung"]


def test_roster_export_desk_and_badge_selection_follow_it(
    event: EventFile, expected: list[int], tmp_path: Path
) -> None:
    with event.read() as connection:
        assert [row.id for row in list_delegates(session=connection)] == expected
        selection = badges.BadgeSelection()
        assert badges.select_delegates(session=connection, selection=selection) == expected

    out = tmp_path / "delegates.csv"
    export_registrations(event, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = [(row["Given name"], row["Family name"]) for row in csv.DictReader(handle)]
    with event.read() as connection:
        people = {
            r[0]: (r[1], r[2])
            for r in connection.execute("SELECT id, given_name, family_name FROM delegate")
        }
    assert exported == [people[i] for i in expected]

    desk = DeskIndex.load(event)
    assert [row.delegate_id for row in desk.not_arrived()] == expected
    by_desk = [hit.person.id for d in _delegation_ids(event) for hit in desk.members(d)]
    assert by_desk == expected


def test_a_delegation_s_badge_hand_over_lists_them_in_it(
    event: EventFile, expected: list[int]
) -> None:
    for delegation in _delegation_ids(event):
        badges_listed = handover_candidates(event, delegation).badges
        members = set(_members_of(event, delegation))
        assert [b.delegate_id for b in badges_listed] == [i for i in expected if i in members]


def _delegation_ids(event: EventFile) -> list[int]:
    with event.read() as connection:
        return protocol.delegations_in_precedence(session=connection)


def _in_order(text: str, names: list[str]) -> list[str]:
    """The names not found in `text` after the one before them (empty: all in this order)."""
    flat, position, missing = " ".join(text.split()), 0, []
    for name in names:
        found = flat.find(name, position)
        if found < 0:
            missing.append(name)
        else:
            position = found + len(name)
    return missing


def test_the_booklet_lists_every_member_in_it(
    event: EventFile, expected: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "booklet.pdf"
    booklet.print_booklet(event, out, delegation_lists="all")
    text = "\n".join(pages_text(out))
    chapter = text[text.index("The delegations in protocol order") :]
    names = _names(event)
    assert _in_order(chapter, [names[i] for i in expected]) == []


def test_the_badges_pdf_prints_them_in_it(
    event: EventFile, expected: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    badges.print_badges(event, out, layout_name="a6", family_caps=False)  # a badge a page
    pages = [" ".join(page.split()) for page in pages_text(out)]
    names = _names(event)
    assert len(pages) == len(expected)
    assert [names[i] for i, page in zip(expected, pages, strict=True) if names[i] not in page] == []


def _session_id(event: EventFile) -> int:
    return next(s.id for s in seating.seatable_sessions(event) if s.title == OPENING_CEREMONY)


def test_the_seating_plan_places_the_delegations_in_it(
    event: EventFile, expected: list[int]
) -> None:
    plan = seating.seat_session(event, _session_id(event))
    order = _delegation_ids(event)
    assert [d.id for d in plan.delegations] == order
    # Around the table the delegations follow one another in that order (the host apart:
    # its seat is the one the rule or the plan gives it).
    host = order[0]
    at_table = [s.delegation_id for s in plan.seats if s.at_table and s.delegation_id != host]
    assert list(dict.fromkeys(at_table)) == order[1:]


def test_the_seating_plan_seats_each_delegation_s_members_in_it(
    event: EventFile, expected: list[int]
) -> None:
    plan = seating.seat_session(event, _session_id(event))
    seated: dict[int, list[int]] = {}
    for seat in plan.seats:  # at the table first, then the rows behind
        if seat.occupant_id is not None:
            seated.setdefault(seat.delegation_id, []).append(seat.occupant_id)
    for delegation, occupants in seated.items():
        members = [i for i in expected if i in set(_members_of(event, delegation))]
        assert occupants == members[: len(occupants)], delegation


def _members_of(event: EventFile, delegation_id: int) -> list[int]:
    with event.read() as connection:
        rows = connection.execute(
            "SELECT id FROM delegate WHERE delegation_id = ?", (delegation_id,)
        )
        return [row[0] for row in rows]


def test_a_shared_flight_lists_its_travellers_in_it(event: EventFile, expected: list[int]) -> None:
    from delegations.services import travel

    for leg in travel.list_legs(event):
        on_leg = [person.id for person in leg.travellers]
        assert on_leg == [i for i in expected if i in set(on_leg)], leg.number
