"""Damaged event files, backups kept per event, the second folder, backups before changes.

Real event files throughout: the demo event written by the app, then cut short (a copy that
stopped half way) or with pages overwritten (a disk that wrote garbage).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from delegations.services import backups
from delegations.services.demo import write_demo
from delegations.services.event import open_event
from delegations.store import DamagedEventFile, EventFileError
from delegations.store.backups import (
    backup_now,
    backups_dir,
    event_key,
    list_backups,
    set_second_folder,
)
from delegations.store.eventfile import known_revisions

# Backups are copies of the SQLite event file, and damage is damage to its pages.
pytestmark = pytest.mark.sqlite_only


def _demo_event(path: Path) -> Path:
    event_file = open_event(path)
    write_demo(event_file)
    event_file.close()
    return path


def _delegates(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT count(*) FROM delegate").fetchone()[0]


def _cut_short(path: Path) -> None:
    """Keep the first half of the file: a copy to a USB stick that stopped half way."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt_pages(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, keeping its size."""
    with closing(sqlite3.connect(path)) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute("PRAGMA journal_mode = DELETE")  # everything in the file, no WAL
    with path.open("r+b") as file:
        for page in range(pages // 3, pages // 3 + 4):
            file.seek(page * page_size)
            file.write(bytes((page * 37 + i) % 251 for i in range(page_size)))


@pytest.mark.parametrize("damage", [_cut_short, _corrupt_pages], ids=["cut short", "pages"])
def test_damaged_event_is_told_apart_and_replaced_by_its_newest_good_backup(
    tmp_path: Path, damage
) -> None:
    path = _demo_event(tmp_path / "event.sqlite3")
    delegates = _delegates(path)
    event_file = open_event(path)
    older, newer = backup_now(event_file), backup_now(event_file)
    event_file.close()
    newer.path.write_bytes(b"SQLite format 3\x00" + bytes(200))  # the newest one is bad too
    damage(path)
    damaged_bytes = path.read_bytes()

    with pytest.raises(DamagedEventFile, match="is a damaged event file") as refused:
        open_event(path)
    assert path.read_bytes() == damaged_bytes  # untouched by the check
    report = backups.damage_report(refused.value)
    assert report.backup == older  # the newest that passes the check

    recovered = backups.recover(path, report.backup)
    assert _delegates(recovered.path) == delegates
    recovered.close()
    (aside,) = tmp_path.glob("event damaged *.sqlite3")
    assert aside.read_bytes() == damaged_bytes
    assert dt.date.today().isoformat() in aside.name


def test_foreign_database_is_not_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE contact (name TEXT)")
    with pytest.raises(EventFileError, match="not a Delegations event file") as refused:
        open_event(path)
    assert not isinstance(refused.value, DamagedEventFile)


def test_two_events_with_the_same_file_name_keep_separate_backups(tmp_path: Path) -> None:
    first = open_event(tmp_path / "a" / "event.sqlite3")
    second = open_event(tmp_path / "b" / "event.sqlite3")
    for _ in range(21):
        backup_now(first)
    backup_now(second)
    assert len(list_backups(first.path)) == 20
    assert len(list_backups(second.path)) == 1  # not rotated away by the first event's
    assert event_key(first.path) != event_key(second.path)


def test_backups_made_before_keys_are_still_listed(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "event.sqlite3")
    backups_dir().mkdir(parents=True)
    old = backups_dir() / "event-20250723-080000-000000.sqlite3"
    event_file.backup_to(old)
    listed = list_backups(event_file.path)
    assert [info.path for info in listed] == [old]
    assert backup_now(event_file).path.parent.name == event_key(event_file.path)
    assert len(list_backups(event_file.path)) == 2


def test_damaged_file_whose_event_cannot_be_read_still_finds_its_backups(
    tmp_path: Path,
) -> None:
    path = _demo_event(tmp_path / "week.sqlite3")
    event_file = open_event(path)
    made = backup_now(event_file)
    event_file.close()
    path.write_bytes(path.read_bytes()[:4096])  # only the first page is left
    assert event_key(path) is None
    assert [info.path for info in list_backups(path)] == [made.path]


def test_second_folder_gets_a_copy_and_says_when_it_is_missing(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    set_second_folder(stick)
    event_file = open_event(tmp_path / "event.sqlite3")
    made = backup_now(event_file)
    assert made.copy_problem == ""
    (copy,) = stick.glob("Delegations backups/*/*.sqlite3")
    assert copy.read_bytes() == made.path.read_bytes()

    stick.rename(tmp_path / "unplugged")
    missing = backup_now(event_file)
    assert missing.path.exists()  # the backup is made all the same
    assert "is not there (is the USB stick plugged in?)" in missing.copy_problem


@pytest.fixture
def full_stick(tmp_path: Path):  # noqa: ANN201 (Iterator[Path])
    """A 64 kB file system (tmpfs), too small for a backup: a full USB stick. Needs root."""
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield stick
    finally:
        subprocess.run(["umount", str(stick)], check=True)


@pytest.mark.root
def test_second_folder_full_is_said_as_such_and_nothing_half_written(
    tmp_path: Path, full_stick: Path
) -> None:
    path = _demo_event(tmp_path / "event.sqlite3")
    event_file = open_event(path)
    set_second_folder(full_stick)
    made = backup_now(event_file)
    assert made.path.exists()
    assert made.copy_problem.startswith(f"The second backup folder {full_stick} is full;")
    assert list(full_stick.glob("Delegations backups/*/*.sqlite3*")) == []
    assert [p.name for p in full_stick.glob("**/.*")] == []  # no temporary file left


def test_backups_on_the_second_folder_are_listed_on_a_new_laptop(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    set_second_folder(stick)
    event_file = open_event(tmp_path / "event.sqlite3")
    made = backup_now(event_file)
    assert list_backups(event_file.path) == [made]  # the copy on the stick is not listed twice
    shutil.rmtree(backups_dir())  # this laptop's backups are gone
    (copy,) = list_backups(event_file.path)
    assert copy.path.parent.parent == stick / "Delegations backups"
    assert copy.taken_at == made.taken_at


def test_backup_before_change_only_when_the_newest_is_older_than_the_interval(
    tmp_path: Path,
) -> None:
    event_file = open_event(tmp_path / "event.sqlite3")
    assert backups.backup_before_change(event_file) is not None  # none yet
    assert backups.backup_before_change(event_file) is None  # one seconds ago
    assert backups.backup_before_change(event_file, interval=0) is not None
    assert len(list_backups(event_file.path)) == 2


def test_migrating_an_older_event_file_backs_it_up_first(event_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from delegations.store.eventfile import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{event_path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, known_revisions()[-2])
        connection.exec_driver_sql(
            "INSERT INTO event (name, name_zh, start_date, end_date, venue, city, time_zone,"
            " languages, welcome_text, signing_secret, organiser_pin_hash,"
            " details_confirmed) VALUES ('Week 2025', '', '2025-07-24', '2025-07-28', '', '',"
            " 'Asia/Shanghai', 'en', '', 'secret', '', 1)"
        )
    engine.dispose()

    open_event(event_path).close()
    (backup,) = list_backups(event_path)
    with closing(sqlite3.connect(backup.path)) as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == known_revisions()[-2]  # the file as it was before the migration


def test_a_file_locked_by_another_program_is_not_called_damaged(tmp_path: Path) -> None:
    path = _demo_event(tmp_path / "event.sqlite3")
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode = DELETE")
        other.execute("BEGIN EXCLUSIVE")  # another program writing, readers locked out
        with pytest.raises(EventFileError, match="cannot be read now") as refused:
            open_event(path)
        other.execute("ROLLBACK")
    assert not isinstance(refused.value, DamagedEventFile)
    open_event(path).close()


def test_a_new_event_at_an_old_events_path_does_not_list_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite3"
    old = open_event(path)
    backup_now(old)
    old.close()
    path.unlink()
    new = open_event(path)  # another event, same path
    assert list_backups(new.path) == []
