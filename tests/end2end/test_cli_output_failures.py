"""Outputs that cannot be written: one sentence, exit 1, nothing half-written, the old file kept.

Real conditions where the machine allows them: a full disk is a 64 KiB tmpfs when the tests run
as root (else the file-size limit, which the kernel reports the same way a FAT stick does for a
file over 4 GiB), a folder without permission is a 0555 folder (as root the command runs as
`nobody`), a path too long is a real 300-byte name, a vanished USB stick a deleted folder. A
target locked by another program is Windows behaviour: there `os.replace` raises
PermissionError, which the unit test below raises in its place.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations import files
from delegations.files import CannotWrite, cannot_write, write_atomically

from .helpers import RunCli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX mounts and permissions")

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def demo_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo event with 400 extra delegates, made once; tests copy it."""
    folder = tmp_path_factory.mktemp("event")
    path = folder / "event.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(path), "demo", "--delegates", "400"],
        capture_output=True, text=True, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def event(demo_event: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "event.sqlite3"
    shutil.copyfile(demo_event, copy)
    return copy


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 64 KiB disk (tmpfs), as root; skipped where mounting is not allowed."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _refused_in_one_sentence(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.root
@pytest.mark.parametrize(
    "command",
    [
        ("export", "{out}.xlsx"),
        ("export", "{out}.csv"),
        ("template", "{out}.xlsx"),
        ("badges", "--out", "{out}.pdf"),
        ("booklet", "--out", "{out}.pdf"),
    ],
)
def test_a_full_disk_is_one_sentence_and_the_old_file_stays(
    run_cli: RunCli, event: Path, full_folder: Path, command: tuple[str, ...]
) -> None:
    target = full_folder / "out"
    suffix = Path(command[-1]).suffix
    old = target.with_suffix(suffix)
    old.write_bytes(b"the old file")
    filler = full_folder / "filler"
    with filler.open("wb") as stream, pytest.raises(OSError, match="No space"):
        stream.write(b"\0" * 128 * 1024)  # fills the disk
        stream.flush()

    done = run_cli("--db", event, *(part.format(out=target) for part in command))

    _refused_in_one_sentence(done, f"Cannot write {old}", "the disk is full")
    assert old.read_bytes() == b"the old file"
    assert _leftovers(full_folder) == []


def test_a_file_size_limit_is_one_sentence_too(
    app_env: dict[str, str], event: Path, tmp_path: Path
) -> None:
    """Where the tests cannot mount a disk: the kernel's file-size limit (EFBIG)."""
    out = tmp_path / "delegates.xlsx"

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = event.stat().st_size + 4096  # the event file may still grow its journal
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(event), "badges", "--out", str(out)],
        env=app_env, capture_output=True, text=True, check=False, preexec_fn=limited,
    )  # fmt: skip

    _refused_in_one_sentence(done, f"Cannot write {out}", "too large for that disk")
    assert not out.exists() and _leftovers(tmp_path) == []


def test_a_folder_without_permission(app_env: dict[str, str], event: Path, tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o555)
    closed.chmod(0o555)
    # Root writes anywhere: as root the command runs without the capabilities that override
    # file permissions (still root, so it reads the project wherever it is installed).
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if IS_ROOT else []

    for command in (
        ["export", str(closed / "x.xlsx")],
        ["badges", "--out", str(closed / "b.pdf")],
    ):
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "delegations", "--db", str(event), *command],
            env=app_env, cwd=tmp_path, capture_output=True, text=True, check=False,
        )  # fmt: skip
        _refused_in_one_sentence(done, "you have no permission to write in", str(closed))
    assert list(closed.iterdir()) == []


def test_a_path_too_long(run_cli: RunCli, event: Path, tmp_path: Path) -> None:
    out = tmp_path / ("Lao PDR delegation badges " * 12 + ".pdf")  # 316 bytes: over NAME_MAX

    done = run_cli("--db", event, "badges", "--out", out)

    _refused_in_one_sentence(done, "the path is too long")
    assert list(tmp_path.glob("*.pdf")) == [] and _leftovers(tmp_path) == []


def test_a_name_just_under_the_limit_is_written(tmp_path: Path) -> None:
    """The temporary name beside it is longer: it must not refuse a name the system takes."""
    out = tmp_path / ("x" * 250 + ".pdf")
    write_atomically(out, b"%PDF")
    assert out.read_bytes() == b"%PDF"


def test_a_vanished_usb_stick(run_cli: RunCli, event: Path, tmp_path: Path) -> None:
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    stick.rmdir()  # pulled out after the folder was chosen

    done = run_cli("--db", event, "badges", "--out", stick / "badges.pdf")

    sentence = _refused_in_one_sentence(done, f"Cannot write {stick / 'badges.pdf'}")
    assert f"the folder {stick} is not there" in sentence or "does not exist" in sentence
    assert not stick.exists()


def test_a_target_open_in_another_program_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a PDF open in a viewer (PermissionError from os.replace)."""
    out = tmp_path / "badges.pdf"
    out.write_bytes(b"the PDF open in Acrobat")

    def locked(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied", str(target))

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(CannotWrite) as raised:
        write_atomically(out, b"%PDF new")

    assert raised.value.sentence() == (
        f"Cannot write {out}: badges.pdf is open in another program or read-only; "
        "close it there, or choose another name."
    )
    assert out.read_bytes() == b"the PDF open in Acrobat"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_a_service_sentence_still_leads_back_to_the_output() -> None:
    """The window finds the path to offer another place for, behind a service's own error."""
    failure = CannotWrite(errno.ENOSPC, "the disk is full", "/media/stick/badges.pdf")
    try:
        try:
            raise failure
        except OSError as error:
            raise RuntimeError("Cannot write badges") from error
    except RuntimeError as wrapped:
        assert cannot_write(wrapped) is failure
    assert cannot_write(ValueError("no")) is None


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_outputs_get_the_permissions_the_umask_gives(
    app_env: dict[str, str], event: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    out = tmp_path / "badges.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(event), "badges", "--out", str(out)],
        env=app_env, capture_output=True, text=True, check=False,
        preexec_fn=lambda: os.umask(umask),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
