"""The one atomic writer: whole files or none, the usual permissions, nothing left behind."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations import files
from delegations.files import Abandon, CannotWrite, replaced_atomically, write_atomically

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.fixture
def umask() -> Iterator[int]:
    """Run the test under umask 022 and put the caller's back afterwards."""
    previous = os.umask(0o022)
    try:
        yield 0o022
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_bytes_and_text_are_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "agenda.json"

    assert write_atomically(out, b'{"a": 1}') == out
    assert out.read_bytes() == b'{"a": 1}'

    write_atomically(out, "Hà Nội — 河内")
    assert out.read_text(encoding="utf-8") == "Hà Nội — 河内"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.json"]


@posix_only
def test_a_new_file_gets_the_usual_permissions_not_0600(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "badges.pdf"
    write_atomically(out, b"%PDF")
    assert _mode(out) == 0o666 & ~umask == 0o644

    os.umask(0o077)  # a user who keeps everything private gets a private file
    private = tmp_path / "private.csv"
    with replaced_atomically(private) as temporary:
        temporary.write_text("x")
    assert _mode(private) == 0o600


@posix_only
def test_a_replaced_file_keeps_its_own_permissions(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old")
    out.chmod(0o640)

    write_atomically(out, "new")

    assert out.read_text() == "new" and _mode(out) == 0o640


def test_a_writer_that_raises_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path,
) -> None:
    out = tmp_path / "booklet.pdf"
    out.write_bytes(b"the old booklet")

    with pytest.raises(RuntimeError, match="disk on fire"), replaced_atomically(out) as temp:
        with temp.open("wb") as stream:
            stream.write(b"half a new bookl")
        raise RuntimeError("disk on fire")

    assert out.read_bytes() == b"the old booklet"
    assert [p.name for p in tmp_path.iterdir()] == ["booklet.pdf"]


def test_a_failing_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "journal.jsonl"
    out.write_text("old")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(CannotWrite, match="the disk is full; free some space or choose another"):
        write_atomically(out, "new")

    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.jsonl"]


def test_abandon_discards_quietly_and_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "door-sheets.pdf"
    out.write_bytes(b"old")

    with replaced_atomically(out) as temporary:
        temporary.write_bytes(b"cancelled half")
        raise Abandon

    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["door-sheets.pdf"]


def test_the_file_and_its_folder_are_fsynced_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "copy.csv"
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle: int) -> None:
        calls.append("folder" if stat.S_ISDIR(os.fstat(handle).st_mode) else "file")
        real_fsync(handle)

    def replace(source: object, target: object) -> None:
        calls.append("rename")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    write_atomically(out, "data")

    expected = ["file", "rename"] if os.name == "nt" else ["file", "rename", "folder"]
    assert calls == expected and out.read_text() == "data"


def test_a_path_writer_such_as_sqlite_backup_gets_a_usable_temporary(tmp_path: Path) -> None:
    source = sqlite3.connect(":memory:")
    source.execute("CREATE TABLE event (name TEXT)")
    source.execute("INSERT INTO event VALUES ('ASEAN week')")
    source.commit()
    out = tmp_path / "backups" / "event.sqlite3"  # the folder is made when missing

    with replaced_atomically(out) as temporary:
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)
        finally:
            target.close()

    copy = sqlite3.connect(out)
    try:
        assert copy.execute("SELECT name FROM event").fetchall() == [("ASEAN week",)]
    finally:
        copy.close()
    assert [p.name for p in out.parent.iterdir()] == ["event.sqlite3"]


def test_a_missing_folder_is_an_error_when_not_asked_to_make_it(tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "agenda.ics"

    with pytest.raises(CannotWrite, match="the folder .*nowhere is not there"):
        write_atomically(out, b"BEGIN:VCALENDAR", make_folder=False)

    assert not (tmp_path / "nowhere").exists()
    write_atomically(out, b"BEGIN:VCALENDAR")  # by default the folder is made
    assert out.read_bytes() == b"BEGIN:VCALENDAR"


def test_a_folder_as_the_target_is_refused_and_cleaned_up(tmp_path: Path) -> None:
    folder = tmp_path / "out.pdf"
    folder.mkdir()

    with pytest.raises(OSError):  # noqa: PT011 (IsADirectoryError on POSIX, PermissionError on Windows)
        write_atomically(folder, b"%PDF")

    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"] and folder.is_dir()
