"""Journals between desks on real event files: export, merge, refusals, and merge's algebra."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_people import build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegations.services import checkin, journal
from delegations.services.checkin import Outcome
from delegations.services.desk import DeskIndex
from delegations.services.event import open_event
from delegations.services.journal import JournalError
from delegations.store import EventFile

T0 = dt.datetime(2025, 7, 24, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """One event file; each desk gets a byte copy of it, as desks do before the event."""
    path = tmp_path_factory.mktemp("master") / "week.sqlite3"
    event_file, ids = build(path)
    event_file.close()
    return path, ids


def copy_of(master: Path, folder: Path, name: str) -> EventFile:
    target = folder / f"{name}.sqlite3"
    shutil.copyfile(master, target)
    return open_event(target)


@pytest.fixture
def desks(master, tmp_path: Path) -> Iterator[tuple[EventFile, EventFile, dict[str, int]]]:
    path, ids = master
    north, south = copy_of(path, tmp_path, "north"), copy_of(path, tmp_path, "south")
    yield north, south, ids
    north.close()
    south.close()


def admitted(event_file: EventFile) -> set[int]:
    with event_file.session() as session:
        return {i for i, s in checkin.all_statuses(session=session).items() if s.checked_in}


def rows(event_file: EventFile) -> list[tuple]:
    with event_file.read() as db:
        # The journal's own columns (on PostgreSQL, changed_in is each server's transaction id).
        query = "SELECT uuid, delegate_id, at, desk, action FROM checkin ORDER BY uuid"
        return [tuple(row) for row in db.execute(query)]


def test_export_then_merge_into_another_copy_is_idempotent(desks, tmp_path: Path) -> None:
    north, south, ids = desks
    checkin.admit_by_id(north, ids["Nguyễn"], desk="North", now=T0)
    checkin.admit_by_id(north, ids["Li"], desk="North", now=T0)
    checkin.undo_admission(north, ids["Li"], desk="North", now=T0 + dt.timedelta(seconds=5))
    checkin.admit_by_id(south, ids["Jaidee"], desk="South", now=T0)
    file = tmp_path / "north.jsonl"

    exported = journal.export_journal(north, file)
    assert exported.entries == 3

    merged = journal.merge_journal(south, file)
    assert (merged.entries, merged.added, merged.desks) == (3, 3, ("North",))
    assert admitted(south) == {ids["Nguyễn"], ids["Jaidee"]}
    again = journal.merge_journal(south, file)
    assert (again.added, again.already_present) == (0, 3)
    assert len(rows(south)) == 4
    assert merged.double_admissions == ()

    south_file = tmp_path / "south.jsonl"
    assert journal.export_journal(south, south_file, desk="South").entries == 1
    journal.merge_journal(north, south_file)
    assert rows(north) == rows(south)  # both desks now hold the same journal


def test_a_double_admission_stays_one_admission_and_is_reported(desks, tmp_path: Path) -> None:
    north, south, ids = desks
    checkin.admit_by_id(north, ids["Li"], desk="North", now=T0)
    checkin.admit_by_id(south, ids["Li"], desk="South", now=T0 + dt.timedelta(minutes=2))
    journal.export_journal(south, tmp_path / "s.jsonl")

    merged = journal.merge_journal(north, tmp_path / "s.jsonl")

    (double,) = merged.double_admissions
    assert double.delegate_id == ids["Li"] and double.desks == ("North", "South")
    assert [a.at for a in double.admissions] == [T0, T0 + dt.timedelta(minutes=2)]
    assert double.sentence() == (
        "Prof. Li Minghua (China) was admitted 2025-07-24 08:00:00 UTC at desk North and "
        "2025-07-24 08:02:00 UTC at desk South."
    )
    assert admitted(north) == {ids["Li"]}
    index = DeskIndex.load(north)
    assert index.counters().admitted == 1
    with north.session() as session:
        assert journal.double_admissions(session=session) == [double]
    # One undo after the merge makes the delegate not admitted, on every desk alike.
    assert checkin.undo_admission(north, ids["Li"], desk="North")
    assert admitted(north) == set()


def refused(event_file: EventFile, path: Path, match: str) -> None:
    before, data = rows(event_file), path.read_bytes()
    with pytest.raises(JournalError, match=match) as caught:
        journal.merge_journal(event_file, path)
    assert "Nothing was merged" in str(caught.value)
    assert rows(event_file) == before and path.read_bytes() == data


def test_truncated_edited_and_foreign_journals_are_refused_whole(
    desks, tmp_path: Path, master
) -> None:
    north, south, ids = desks
    for name in ("Nguyễn", "Trần", "Lê", "Li"):
        checkin.admit_by_id(north, ids[name], desk="North")
    file = tmp_path / "north.jsonl"
    journal.export_journal(north, file)
    lines = file.read_bytes().splitlines(keepends=True)

    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(b"".join(lines[:3]))
    refused(south, cut, "truncated: 4 entries announced, 2 present")
    cut.write_bytes(b"".join(lines[:3]) + lines[3][:20])
    refused(south, cut, "truncated: 4 entries announced, 2 present and one cut off")

    edited = tmp_path / "edited.jsonl"
    edited.write_bytes(b"".join(lines).replace(b'"North"', b'"Sud"', 1))
    refused(south, edited, "edited: the checksum does not match")
    edited.write_bytes(b"".join([*lines, lines[-1]]))
    refused(south, edited, "edited: 4 entries announced, 5 present")

    other = open_event(tmp_path / "other.sqlite3")
    refused(other, file, "from another event: it is from “week”.*this file is “other”")
    other.close()

    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    refused(south, empty, "the file is empty")
    notes = tmp_path / "notes.jsonl"
    notes.write_text("hello\n", encoding="utf-8")
    refused(south, notes, "not a Delegations check-in journal")
    assert rows(south) == []


def test_a_journal_naming_an_unknown_delegate_is_refused_whole(desks, tmp_path: Path) -> None:
    north, south, ids = desks
    checkin.admit_by_id(north, ids["Li"], desk="North")
    from delegations.services import delegations as svc

    china = svc.get_delegate(north, ids["Li"]).delegation_id
    with north.session() as session:
        newcomer = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=china,
                given_name="Wei",
                family_name="Zhang",
            ),
        ).id
    checkin.admit_by_id(north, newcomer, desk="North")
    journal.export_journal(north, tmp_path / "n.jsonl")
    refused(south, tmp_path / "n.jsonl", "names 1 delegate this copy does not have")


# The algebra of merging: any split, any order, any repetition ---------------------------

Op = tuple[int, int, bool, int]  # desk, delegate (index), admit (else undo), seconds


@st.composite
def histories(draw: st.DrawFn) -> tuple[int, list[Op], list[int]]:
    desks = draw(st.integers(2, 3))
    ops = draw(
        st.lists(
            st.tuples(
                st.integers(0, desks - 1),
                st.integers(0, 5),
                st.booleans(),
                st.integers(0, 30),  # repeated instants are likely: uuid breaks the tie
            ),
            max_size=25,
        )
    )
    order = draw(st.lists(st.integers(0, desks - 1), min_size=desks, max_size=desks * 3))
    return desks, ops, order


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=histories())
def test_any_split_merged_in_any_order_and_repeated_gives_the_same_admitted_set(
    master, history
) -> None:
    path, ids = master
    people = sorted(ids.values())
    desks_count, ops, order = history
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        desks = [copy_of(path, folder, f"desk{n}") for n in range(desks_count)]
        for desk, person, admit, seconds in ops:
            at = T0 + dt.timedelta(seconds=seconds)
            if admit:
                result = checkin.admit_by_id(desks[desk], people[person], desk=f"D{desk}", now=at)
                assert result.outcome in (Outcome.ADMITTED, Outcome.ALREADY_IN)
            else:
                checkin.undo_admission(desks[desk], people[person], desk=f"D{desk}", now=at)
        files = []
        for n, desk_file in enumerate(desks):
            files.append(journal.export_journal(desk_file, folder / f"d{n}.jsonl").path)

        # The expected result: the union of every desk's entries, last per delegate by (at, uuid).
        union: dict[str, tuple] = {}
        for desk_file in desks:
            for row in rows(desk_file):
                union[row[0]] = row
        last: dict[int, str] = {}
        for row in sorted(union.values(), key=lambda r: (r[2], r[0])):
            last[row[1]] = row[4]
        expected = {delegate for delegate, action in last.items() if action == "IN"}

        hub = copy_of(path, folder, "hub")  # merges in the drawn order, with repeats
        for n in [*order, *range(desks_count)]:
            journal.merge_journal(hub, files[n])
        assert admitted(hub) == expected
        for n, desk_file in enumerate(desks):  # every desk merges the others, in reverse
            for m in reversed(range(desks_count)):
                if m != n:
                    journal.merge_journal(desk_file, files[m])
            assert admitted(desk_file) == expected
            assert rows(desk_file) == rows(hub)
            assert DeskIndex.load(desk_file).counters().admitted == len(expected)
        for event_file in [*desks, hub]:
            event_file.close()
