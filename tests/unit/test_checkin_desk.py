"""The check-in desk's services on real event files: admit, undo, search, counters, PIN, backups."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from desk_people import build

from delegations.domain.codes import make_code
from delegations.domain.enums import PrintReason
from delegations.domain.errors import InvalidInput
from delegations.services import backups, badges, checkin, journal, pin, protocol
from delegations.services.checkin import Outcome, Refusal
from delegations.services.desk import DeskIndex, print_arrivals, write_arrivals_csv
from delegations.services.event import open_event
from delegations.store import EventFile, EventFileError
from delegations.store.backups import BackupPolicy, backup_now, list_backups, restore_backup

T0 = dt.datetime(2025, 7, 24, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[EventFile, dict[str, int], DeskIndex]]:
    event_file, ids = build(tmp_path / "week.sqlite3")
    yield event_file, ids, DeskIndex.load(event_file)
    event_file.close()


def code_of(index: DeskIndex, delegate_id: int) -> str:
    return make_code(index.secret, delegate_id, index.by_id[delegate_id].badge_version)


def journal_rows(event_file: EventFile) -> list[tuple[int, str, str]]:
    with event_file.read() as db:
        rows = db.execute("SELECT delegate_id, desk, action FROM checkin ORDER BY at").fetchall()
    return [tuple(row) for row in rows]


# Admission -----------------------------------------------------------------------------


def test_a_scan_is_committed_before_admit_returns_and_a_second_scan_is_already(desk) -> None:
    event_file, ids, index = desk
    code = code_of(index, ids["Nguyễn"])

    result = checkin.admit(event_file, code, desk="North", index=index)

    assert result.outcome == Outcome.ADMITTED and result.name == "H.E. Mr Nguyễn Văn Đức"
    assert result.notes == "Protocol: greet at the door" and result.is_head
    # Another connection (another process, or the file after a power cut) sees it at once.
    assert journal_rows(event_file) == [(ids["Nguyễn"], "North", "IN")]
    assert index.status(ids["Nguyễn"]).checked_in

    again = checkin.admit(event_file, code.lower(), desk="South", index=index)
    assert again.outcome == Outcome.ALREADY_IN
    assert again.desk == "North" and again.at == result.at
    assert "at desk North" in again.message
    assert index.answer(code).outcome == Outcome.ALREADY_IN
    assert len(journal_rows(event_file)) == 1


def test_forged_and_revoked_badges_are_refused_and_write_nothing(desk) -> None:
    event_file, ids, index = desk
    code = code_of(index, ids["Trần"])
    forged = code[:20] + ("A" if code[20] != "A" else "B") + code[21:]  # a MAC character
    assert checkin.admit(event_file, forged, index=index).outcome == Outcome.REFUSED
    assert checkin.admit(event_file, "hello", index=index).outcome == Outcome.REFUSED
    lost = event_file.path.parent / "lost.pdf"
    badges.reprint_badge(event_file, ids["Trần"], lost, reason=PrintReason.LOST)
    assert index.refresh(event_file)  # the reprint is noticed
    refused = checkin.admit(event_file, code, index=index)
    assert refused.outcome == Outcome.REFUSED and "reported lost" in refused.message
    assert index.answer(code).outcome == Outcome.REFUSED
    assert journal_rows(event_file) == []
    assert checkin.admit(event_file, code_of(index, ids["Trần"])).outcome == Outcome.ADMITTED


def test_one_admission_brings_everything_the_card_shows(desk) -> None:
    event_file, ids, index = desk
    photo = b"\xff\xd8 a square JPEG"
    with event_file.write_locked() as db:
        db.execute(
            "UPDATE delegate SET photo = ?, dietary = 'Halal', access_needs = 'Wheelchair' "
            "WHERE id = ?",
            (photo, ids["Nguyễn"]),
        )
    checkin.admit_by_id(event_file, ids["Trần"], desk="North")

    head = checkin.admit(event_file, code_of(index, ids["Nguyễn"]), desk="North")

    assert head.photo == photo
    assert (head.dietary, head.access_needs) == ("Halal", "Wheelchair")
    assert (head.members_here, head.members_total) == (2, 3)  # Trần was in already; the head now
    again = checkin.admit_by_id(event_file, ids["Nguyễn"], desk="South")
    assert again.outcome == Outcome.ALREADY_IN and (again.members_here, again.photo) == (2, photo)
    member = checkin.admit_by_id(event_file, ids["Lê"], desk="North")
    assert (member.members_here, member.members_total, member.photo) == (0, 0, None)


def test_a_refusal_says_why_as_a_code(desk) -> None:
    event_file, ids, index = desk
    code = code_of(index, ids["Trần"])
    forged = checkin.admit(event_file, code[:20] + ("A" if code[20] != "A" else "B") + code[21:])
    assert forged.refusal is Refusal.INVALID_CODE
    assert forged.refusal_detail == "the code's signature does not match this event"
    assert checkin.admit_by_id(event_file, 9999).refusal is Refusal.GONE
    with event_file.write_locked() as db:
        db.execute("UPDATE delegate SET badge_version = 3 WHERE id = ?", (ids["Trần"],))
    replaced = checkin.admit(event_file, code)
    assert replaced.refusal is Refusal.REPLACED
    assert (replaced.badge_version, replaced.current_version) == (1, 3)
    assert checkin.admit_by_id(event_file, ids["Trần"]).refusal is None


def test_undo_last_admission_undoes_this_desk_s_latest_still_standing(desk) -> None:
    event_file, ids, index = desk
    checkin.admit_by_id(event_file, ids["Lê"], desk="North", now=T0)
    checkin.admit_by_id(event_file, ids["Li"], desk="South", now=T0 + dt.timedelta(seconds=1))
    checkin.admit_by_id(event_file, ids["Trần"], desk="North", now=T0 + dt.timedelta(seconds=2))

    first = checkin.undo_last_admission(event_file, "North", index=index)
    second = checkin.undo_last_admission(event_file, "North", index=index)

    assert first == checkin.UndoneAdmission(ids["Trần"], "Ms Trần Thị Lan")
    assert second is not None and second.delegate_id == ids["Lê"]
    assert not index.status(ids["Lê"]).checked_in
    assert checkin.undo_last_admission(event_file, "North", index=index) is None
    assert [row[2] for row in journal_rows(event_file)] == ["IN", "IN", "IN", "UNDO", "UNDO"]


def test_undo_appends_an_entry_and_the_delegate_can_be_admitted_again(desk) -> None:
    event_file, ids, index = desk
    code = code_of(index, ids["Lê"])
    checkin.admit(event_file, code, desk="North", index=index, now=T0)
    with event_file.session() as session:
        assert checkin.last_admission(session=session, desk="North") == ids["Lê"]

    assert checkin.undo_admission(event_file, ids["Lê"], desk="North", index=index, now=T0)
    assert not index.status(ids["Lê"]).checked_in
    assert not checkin.undo_admission(event_file, ids["Lê"], desk="North", index=index)
    with event_file.session() as session:
        assert checkin.last_admission(session=session, desk="North") is None
    assert checkin.admit(event_file, code, desk="North", index=index).outcome == Outcome.ADMITTED
    assert [row[2] for row in journal_rows(event_file)] == ["IN", "UNDO", "IN"]


def test_admit_by_id_and_a_whole_delegation_from_its_head(desk) -> None:
    event_file, ids, index = desk
    assert checkin.admit_by_id(event_file, ids["Trần"], desk="N", index=index).outcome == (
        Outcome.ADMITTED
    )
    head = index.by_id[ids["Nguyễn"]]
    assert head.is_head
    result = checkin.admit_delegation(event_file, head.delegation_id, desk="N", index=index)
    assert sorted(result.admitted) == sorted([ids["Nguyễn"], ids["Lê"]])
    assert result.already_in == (ids["Trần"],)
    assert result.message == "Viet Nam: 2 admitted, 1 already checked in."
    assert all(hit.status.checked_in for hit in index.members(head.delegation_id))
    assert index.members(head.delegation_id)[0].person.id == ids["Nguyễn"]  # head first
    gone = checkin.admit_by_id(event_file, 9999, index=index)
    assert gone.outcome == Outcome.REFUSED


def test_status_is_the_last_entry_in_at_then_uuid_order(desk) -> None:
    event_file, ids, _index = desk
    delegate = ids["Li"]
    with event_file.write_locked() as db:  # two entries at the same instant
        at = checkin.db_time(T0)
        db.execute("INSERT INTO checkin VALUES ('b', ?, ?, 'X', 'UNDO')", (delegate, at))
        db.execute("INSERT INTO checkin VALUES ('a', ?, ?, 'Y', 'IN')", (delegate, at))
    with event_file.session() as session:
        status = checkin.status(session=session, delegate_id=delegate)
        assert (status.checked_in, status.desk, status.at) == (False, "X", T0)
        assert checkin.all_statuses(session=session)[delegate] == status
    assert DeskIndex.load(event_file).status(delegate) == status


def test_two_desks_on_one_file_cannot_both_admit(desk) -> None:
    """Desk B's index is stale; the write lock makes it read the truth before writing."""
    event_file, ids, index = desk
    other = open_event(event_file.path)
    other_index = DeskIndex.load(other)
    code = code_of(index, ids["Jaidee"])
    assert checkin.admit(event_file, code, desk="A", index=index).outcome == Outcome.ADMITTED
    assert other_index.answer(code).outcome == Outcome.ADMITTED  # stale: would admit
    assert checkin.admit(other, code, desk="B", index=other_index).outcome == Outcome.ALREADY_IN
    assert other_index.refresh(other) and other_index.status(ids["Jaidee"]).desk == "A"
    other.close()
    assert len(journal_rows(event_file)) == 1


# Search ----------------------------------------------------------------------------------


def names(index: DeskIndex, text: str) -> list[str]:
    return [hit.person.name for hit in index.search(text).hits]


def test_search_folds_case_and_diacritics_and_ranks_name_starts_first(desk) -> None:
    _event_file, _ids, index = desk
    found = names(index, "duc")
    assert found[0] == "H.E. Mr Nguyễn Văn Đức"  # a name starting "Đức"
    assert found[1] == "Ms Ducky Moreno"  # a name starting "Duc" too (by name)
    assert found[-1] == "Mr Lê Minh"  # only the organisation "Duc Tri College"
    assert names(index, "ĐỨC")[:1] == names(index, "Duc")[:1] == ["H.E. Mr Nguyễn Văn Đức"]
    assert names(index, "nguyen duc") == ["H.E. Mr Nguyễn Văn Đức"]
    assert names(index, "tran thi") == ["Ms Trần Thị Lan"]
    viet_nam = ["Mr Lê Minh", "H.E. Mr Nguyễn Văn Đức", "Ms Trần Thị Lan"]  # by delegation
    assert names(index, "viet nam") == names(index, "VIỆT NAM") == names(index, "Việt") == viet_nam


def test_search_finds_substrings_of_chinese_and_thai_names(desk) -> None:
    _event_file, _ids, index = desk
    assert names(index, "明华") == ["Prof. Li Minghua"]
    assert names(index, "ใจ") == ["Dr. Somchai Jaidee"]  # inside the family name ใจดี
    assert names(index, "ชาย") == ["Dr. Somchai Jaidee"]
    assert index.search("").total == 0 and index.search("zzzz").hits == ()


def test_search_is_limited_and_reports_the_total(desk) -> None:
    _event_file, _ids, index = desk
    result = index.search("u", limit=2)
    assert len(result.hits) == 2 and result.total > 2


def test_typing_on_finds_what_a_fresh_search_finds(desk) -> None:
    event_file, _ids, index = desk

    def names(result) -> list[str]:
        return [hit.person.name for hit in result.hits]

    fresh = DeskIndex.load(event_file)
    for text in ("d", "du", "duc", "duc t", "u", "n", "ng", "nguyen d", "li", "lim", "l"):
        typed = index.search(text, limit=3)
        expected = fresh.search(text, limit=3)
        assert (names(typed), typed.total) == (names(expected), expected.total), text
        fresh = DeskIndex.load(event_file)  # no earlier search to narrow from


def test_looks_like_code_tells_a_scan_from_a_name() -> None:
    code = make_code("secret", 7, 1)
    assert checkin.looks_like_code(code) and checkin.looks_like_code(code.lower())
    assert not checkin.looks_like_code("Nguyen Van Duc")


# Counters and the not-yet-arrived list ------------------------------------------------------


def test_counters_and_the_not_yet_arrived_list(desk, tmp_path: Path) -> None:
    event_file, ids, index = desk
    checkin.admit_by_id(event_file, ids["Nguyễn"], index=index)
    checkin.admit_by_id(event_file, ids["Li"], index=index)
    counters = index.counters()
    assert (counters.admitted, counters.expected) == (2, 6)
    by_delegation = {row.label: (row.admitted, row.expected) for row in counters.by_delegation}
    assert by_delegation == {"Viet Nam": (1, 3), "China": (1, 1), "Thailand": (0, 2)}
    by_role = {row.label: (row.admitted, row.expected) for row in counters.by_role}
    assert by_role["Head of Delegation"] == (1, 1) and by_role["Delegate"] == (0, 2)

    missing = index.not_arrived()
    # In the order of precedence: Viet Nam, then Thailand; within one, by family name.
    assert [row.name for row in missing] == [
        "Mr Lê Minh", "Ms Trần Thị Lan", "Dr. Somchai Jaidee", "Ms Ducky Moreno",
    ]  # fmt: skip
    viet_nam = index.by_id[ids["Lê"]].delegation_id
    assert len(index.not_arrived(delegation_id=viet_nam)) == 2
    media = index.by_id[ids["Moreno"]].role_id
    assert [row.name for row in index.not_arrived(role_id=media)] == ["Ms Ducky Moreno"]
    assert [row.name for row in index.not_arrived(text="tran")] == ["Ms Trần Thị Lan"]

    path = tmp_path / "missing.csv"
    assert write_arrivals_csv(path, missing) == 4
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert rows[2]["Native name"] == "สมชาย ใจดี" and rows[0]["Delegation"] == "Viet Nam"

    pdf = tmp_path / "missing.pdf"
    assert print_arrivals(pdf, missing, title="Not yet arrived") == 1
    assert pdf.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".missing*"))


def test_a_rank_given_or_the_rank_list_reordered_reorders_the_desk_s_lists(desk) -> None:
    event_file, ids, index = desk
    viet_nam = index.by_id[ids["Lê"]].delegation_id

    def members() -> list[str]:
        return [hit.person.name for hit in index.members(viet_nam)]

    assert members() == ["H.E. Mr Nguyễn Văn Đức", "Mr Lê Minh", "Ms Trần Thị Lan"]
    protocol.set_delegate_rank(event_file, ids["Trần"], "Minister")
    protocol.set_delegate_rank(event_file, ids["Lê"], "Director")
    assert index.refresh(event_file)  # another window gave the ranks
    assert members() == ["H.E. Mr Nguyễn Văn Đức", "Ms Trần Thị Lan", "Mr Lê Minh"]
    # The rank list reordered (Director above Minister): only the rank table changed.
    with event_file.read() as connection:
        ranks = protocol.list_ranks(session=connection)
    director = next(r for r in ranks if r.name == "Director")
    reordered = [director, *(r for r in ranks if r is not director)]
    protocol.save_ranks(
        event_file, [protocol.RankInput(r.name, r.name_zh, r.id) for r in reordered]
    )
    assert index.refresh(event_file)
    assert members() == ["H.E. Mr Nguyễn Văn Đức", "Mr Lê Minh", "Ms Trần Thị Lan"]
    assert [row.name for row in index.not_arrived(delegation_id=viet_nam)] == members()


def test_refresh_picks_up_another_copy_s_entries(desk) -> None:
    event_file, ids, index = desk
    assert not index.refresh(event_file)
    with event_file.session() as session:
        checkin.check_in(session=session, code=code_of(index, ids["Moreno"]), desk="Z")
    assert index.refresh(event_file)
    assert index.status(ids["Moreno"]).desk == "Z"
    assert index.counters().admitted == 1


def test_counters_kept_as_statuses_change_match_a_fresh_count(desk) -> None:
    event_file, ids, index = desk
    first, second, third = list(ids.values())[:3]
    for delegate_id in (first, second, third):
        checkin.admit(event_file, code_of(index, delegate_id), desk="A", index=index)
    checkin.admit(event_file, code_of(index, first), desk="A", index=index)  # already in
    checkin.undo_last_admission(event_file, "A", index=index)  # the third goes out
    with event_file.session() as session:  # another program undoes the second
        checkin.undo_check_in(session=session, delegate_id=second, desk="Z")
    assert index.refresh(event_file)
    assert index.counters() == DeskIndex.load(event_file).counters()
    assert index.counters().admitted == 1


# Organiser PIN ---------------------------------------------------------------------------


def test_the_organiser_pin_is_stored_hashed_and_verified(desk) -> None:
    event_file, _ids, _index = desk
    with event_file.session() as session:
        assert not pin.has_pin(session=session)
        assert pin.verify_pin(session=session, pin="")  # no PIN: leaving desk mode is free
        pin.set_pin(session=session, pin="482916")
    with event_file.read() as db:
        (stored,) = db.execute("SELECT organiser_pin_hash FROM event").fetchone()
    assert stored.startswith("scrypt$") and "482916" not in stored
    assert pin.hash_pin("482916") != stored  # salted
    with event_file.session() as session:
        assert pin.has_pin(session=session)
        assert pin.verify_pin(session=session, pin="482916")
        assert not pin.verify_pin(session=session, pin="482917")
        assert not pin.verify_pin(session=session, pin="")
        with pytest.raises(InvalidInput, match="4 to 12 digits"):
            pin.set_pin(session=session, pin="12a4")
    with event_file.session() as session:
        assert pin.verify_pin(session=session, pin="482916")  # the refused change kept it
        pin.clear_pin(session=session)
    with event_file.session() as session:
        assert not pin.has_pin(session=session)


# Backups ---------------------------------------------------------------------------------


def test_the_desk_changes_the_pin_in_one_call_that_needs_the_current_one(desk) -> None:
    event_file, _ids, _index = desk
    assert not pin.pin_is_set(event_file) and pin.pin_unlocks(event_file, "")
    pin.change_pin(event_file, current="", new="2468")
    assert pin.pin_is_set(event_file) and pin.pin_unlocks(event_file, "2468")
    with pytest.raises(pin.WrongPin):
        pin.change_pin(event_file, current="1111", new="1357")
    with pytest.raises(pin.WrongPin):
        pin.remove_pin(event_file, current="")
    with pytest.raises(InvalidInput):
        pin.change_pin(event_file, current="2468", new="12")
    assert pin.pin_unlocks(event_file, "2468") and not pin.pin_unlocks(event_file, "1357")
    pin.remove_pin(event_file, current="2468")
    assert not pin.pin_is_set(event_file)


@pytest.mark.sqlite_only  # backups are copies of the SQLite file
def test_restore_backup_is_one_call_that_reopens_the_event(desk) -> None:
    event_file, ids, _index = desk
    before = backup_now(event_file)
    checkin.admit_by_id(event_file, ids["Li"])

    outcome = backups.restore_backup(event_file, before)

    assert outcome.restored and outcome.problem == ""
    assert DeskIndex.load(outcome.event_file).counters().admitted == 0
    assert len(backups.list_backups(event_file.path)) == 2  # the state replaced is kept
    outcome.event_file.close()


def test_a_refused_restore_reopens_the_event_unchanged(desk, tmp_path: Path) -> None:
    event_file, ids, _index = desk
    checkin.admit_by_id(event_file, ids["Li"])
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    info = backups.BackupInfo(damaged, dt.datetime.now(dt.UTC), damaged.stat().st_size)

    outcome = backups.restore_backup(event_file, info)

    assert not outcome.restored and "damaged.sqlite3" in outcome.problem
    assert DeskIndex.load(outcome.event_file).counters().admitted == 1
    assert journal.list_double_admissions(outcome.event_file) == []
    outcome.event_file.close()


@pytest.mark.sqlite_only  # backups are copies of the SQLite file
def test_backups_keep_the_last_twenty_and_list_newest_first(desk, tmp_path: Path) -> None:
    event_file, _ids, _index = desk
    folder = tmp_path / "backups"
    made = [backup_now(event_file, folder=folder).path for _ in range(23)]
    listed = list_backups(event_file.path, folder=folder)
    assert [info.path for info in listed] == made[::-1][:20]
    assert len(list(folder.glob("*/*.sqlite3"))) == 20  # one folder per event
    with closing(sqlite3.connect(listed[0].path)) as db, db:
        assert db.execute("SELECT count(*) FROM delegate").fetchone() == (6,)


@pytest.mark.sqlite_only  # backups are copies of the SQLite file
def test_backup_policy_backs_up_on_open_then_every_interval_while_changing(
    desk, tmp_path: Path
) -> None:
    event_file, ids, index = desk
    now = [0.0]
    policy = BackupPolicy(event_file, folder=tmp_path / "b", interval=600, clock=lambda: now[0])
    assert policy.maybe_backup() is not None  # on open
    now[0] = 100.0
    checkin.admit_by_id(event_file, ids["Li"], index=index)
    assert policy.maybe_backup() is None  # changed, but not 10 minutes yet
    now[0] = 700.0
    latest = policy.maybe_backup()
    assert latest is not None
    with closing(sqlite3.connect(latest.path)) as db, db:
        assert db.execute("SELECT count(*) FROM checkin").fetchone() == (1,)
    now[0] = 1400.0
    assert policy.maybe_backup() is None  # nothing changed since
    assert len(list_backups(event_file.path, folder=tmp_path / "b")) == 2


@pytest.mark.sqlite_only  # backups are copies of the SQLite file
def test_restore_replaces_the_closed_file_and_backs_up_the_current_one(
    desk, tmp_path: Path
) -> None:
    event_file, ids, index = desk
    folder = tmp_path / "backups"
    before = backup_now(event_file, folder=folder)
    checkin.admit_by_id(event_file, ids["Li"], index=index)
    event_file.close()

    restore_backup(before, event_file.path, folder=folder)

    with closing(sqlite3.connect(event_file.path)) as db, db:  # the file, not reopened
        assert db.execute("SELECT count(*) FROM checkin").fetchone() == (0,)
    assert not Path(f"{event_file.path}-wal").exists()
    backups = list_backups(event_file.path, folder=folder)
    assert len(backups) == 2  # the one restored and the state just replaced
    with closing(sqlite3.connect(backups[0].path)) as db, db:
        assert db.execute("SELECT count(*) FROM checkin").fetchone() == (1,)
    reopened = open_event(event_file.path)
    assert DeskIndex.load(reopened).counters().admitted == 0
    reopened.close()

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    with pytest.raises(EventFileError, match="damaged.sqlite3"):
        restore_backup(damaged, event_file.path, folder=folder)
