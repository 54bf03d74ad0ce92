"""The one atomic file writer: a crash, a cancel or a full disk never leaves half a file.

Every output (PDFs, spreadsheets, CSV, the agenda and journal files, screenshots, copies and
backups of the event) is written to a temporary file in the destination's folder, flushed and
fsynced, renamed over the destination (`os.replace`, atomic on one file system), and then the
folder itself is fsynced where the system allows it, so the new name survives a power cut or
a USB stick pulled right after. On any failure the temporary file is removed and an existing
destination is left exactly as it was.

The new file gets the permissions of any new file (0o666 less the umask, usually 0o644); a
file that is replaced keeps its own. A failure to write the output raises `CannotWrite`, an
`OSError` whose `strerror` is a plain reason with the way out ("the disk is full; free some
space or choose another place"), so that a caller's "Cannot write {path}: {strerror}." is one
sentence for a full disk, a folder without permission, a target open in another program, a
path too long or a vanished USB stick. `cannot_write(error)` finds it behind a caller's error.

Two forms:

- `write_atomically(path, data)` for data already in memory (bytes or text);
- `with replaced_atomically(path) as temporary:` for writers that want a path of their own
  (ReportLab, openpyxl, SQLite's backup, Qt's image writer, a stream opened on it). Raise
  `Abandon` inside the block to give up quietly (a cancel): nothing is written, and the
  exception does not leave the block.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

__all__ = ["Abandon", "CannotWrite", "cannot_write", "replaced_atomically", "write_atomically"]

# Folders that cannot be opened or fsynced (Windows, some network and FAT file systems) say
# so with one of these; the rename has happened, which is all such a system offers.
_NO_FOLDER_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF, errno.EACCES,
                   errno.EPERM, errno.EISDIR}  # fmt: skip


class Abandon(Exception):  # noqa: N818 (a signal, not an error)
    """Raised inside `replaced_atomically` to discard the temporary file; never escapes it."""


class CannotWrite(OSError):
    """An output could not be written; `strerror` says why and what to do, `filename` where."""

    @property
    def path(self) -> Path:
        return Path(self.filename)

    def sentence(self) -> str:
        return f"Cannot write {self.filename}: {self.strerror}."


def cannot_write(error: BaseException | None) -> CannotWrite | None:
    """The `CannotWrite` that `error` is or was raised from (a service's sentence wraps it)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, CannotWrite):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def write_atomically(
    path: Path | str, data: bytes | str, *, encoding: str = "utf-8", make_folder: bool = True
) -> Path:
    """Replace `path` by `data` (text is encoded with `encoding`); returns `path`.

    `make_folder` creates a missing destination folder first.

    Raises:
        OSError: the file or its folder cannot be written; `path` is unchanged.
    """
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    with (
        replaced_atomically(path, make_folder=make_folder) as temporary,
        temporary.open("wb") as stream,
    ):
        stream.write(payload)
    return path


@contextlib.contextmanager
def replaced_atomically(path: Path | str, *, make_folder: bool = True) -> Iterator[Path]:
    """A temporary path beside `path`, moved onto `path` when the block ends normally.

    The block writes the temporary file (and closes it). The temporary file is removed when
    the block raises; `Abandon` is swallowed, anything else propagates. `make_folder` creates
    a missing destination folder first.

    Raises:
        OSError: the temporary file cannot be created, synced or renamed; `path` is unchanged.
    """
    path = Path(path)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _create_temporary(path)
    except OSError as error:
        raise _explained(error, path, stage="create") from error
    try:
        yield temporary
        _sync_file(temporary, _final_mode(path, temporary))
        _replace(temporary, path)
    except Abandon:
        temporary.unlink(missing_ok=True)
        return
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and _is_about_output(error, path, temporary):
            raise _explained(error, path, stage="write") from error
        raise
    try:
        _sync_folder(path.parent)
    except OSError as error:
        raise _explained(error, path, stage="write") from error


def _replace(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except PermissionError as error:
        # The folder took the temporary file, so it is the target that refuses: on Windows a
        # file open in a viewer (a PDF in Acrobat) cannot be replaced, or it is read-only.
        raise _explained(error, path, stage="replace") from error


# The disk itself failing: whoever raised it, the output cannot be finished.
_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS,
                errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", errno.EIO)}  # fmt: skip
# Windows: "the file is being used by another process", "...has locked a portion of the file".
_WINDOWS_LOCKED = {32, 33}
_WINDOWS_PATH_TOO_LONG = {206}
_WINDOWS_MAX_PATH = 259


def _is_about_output(error: OSError, path: Path, temporary: Path) -> bool:
    """Whether an error raised while writing concerns the output, not some file it reads."""
    if isinstance(error, CannotWrite) or error.errno in _DISK_ERRNOS:
        return True
    named = error.filename
    return isinstance(named, (str, os.PathLike)) and Path(named) in (path, temporary)


def _explained(error: OSError, path: Path, *, stage: str) -> CannotWrite:
    """`error` as a `CannotWrite` whose reason a user can act on."""
    if isinstance(error, CannotWrite):
        return error
    return CannotWrite(error.errno, _reason(error, path, stage), str(path))


def _reason(error: OSError, path: Path, stage: str) -> str:  # noqa: PLR0911 (one per cause)
    folder = path.parent
    code = error.errno
    winerror = getattr(error, "winerror", None)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full; free some space or choose another place"
    if code == errno.EFBIG:
        return "the file is too large for that disk; choose another place"
    if code == errno.EROFS:
        return "that disk is read-only; choose another place"
    if code in (errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", -1)):
        return f"the disk holding {folder} stopped answering (removed?); choose another place"
    if winerror in _WINDOWS_LOCKED or (stage == "replace" and code in (errno.EACCES, errno.EPERM)):
        return (
            f"{path.name} is open in another program or read-only; close it there, "
            "or choose another name"
        )
    if (
        code == errno.ENAMETOOLONG
        or winerror in _WINDOWS_PATH_TOO_LONG
        or (os.name == "nt" and len(str(path)) > _WINDOWS_MAX_PATH)
    ):
        return "the path is too long; choose a shorter name or a folder nearer the top"
    if code in (errno.ENOENT, errno.ENOTDIR) or not folder.is_dir():
        return f"the folder {folder} is not there (a USB stick removed?); choose another place"
    if code in (errno.EACCES, errno.EPERM):
        return f"you have no permission to write in {folder}; choose another place"
    if code == errno.EISDIR:
        return f"{path} is a folder; choose a file name"
    return f"{error.strerror or error}; choose another place"


def _create_temporary(path: Path) -> Path:
    """An empty new file beside `path`, created with the mode a new file gets (umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        # Shortened so that a name near the system's limit (255) still gets a temporary one.
        temporary = path.with_name(f".{path.name[:200]}.{secrets.token_hex(4)}.part")
        try:
            handle = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        return temporary
    raise FileExistsError(errno.EEXIST, "No free temporary name", str(path.parent))


def _final_mode(path: Path, temporary: Path) -> int:
    """The replaced file's permissions, else those the temporary file was created with."""
    for candidate in (path, temporary):
        with contextlib.suppress(OSError):
            return candidate.stat().st_mode & 0o777
    return 0o644


def _sync_file(temporary: Path, mode: int) -> None:
    with temporary.open("rb+") as stream:
        os.fsync(stream.fileno())
    # A writer may have recreated the file by its path; set the mode after the last write.
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable: fsync the folder where the system lets us open one."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        if error.errno in _NO_FOLDER_SYNC:
            return
        raise
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno not in _NO_FOLDER_SYNC:
            raise
    finally:
        os.close(handle)
