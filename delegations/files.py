"""The one atomic file writer: a crash, a cancel or a full disk never leaves half a file.

Every output (PDFs, spreadsheets, CSV, the agenda and journal files, screenshots, copies and
backups of the event) is written to a temporary file in the destination's folder, flushed and
fsynced, renamed over the destination (`os.replace`, atomic on one file system), and then the
folder itself is fsynced where the system allows it, so the new name survives a power cut or
a USB stick pulled right after. On any failure the temporary file is removed and an existing
destination is left exactly as it was.

The new file gets the permissions of any new file (0o666 less the umask, usually 0o644); a
file that is replaced keeps its own. `OSError`s propagate: each caller turns them into the
sentence its user reads.

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

__all__ = ["Abandon", "replaced_atomically", "write_atomically"]

# Folders that cannot be opened or fsynced (Windows, some network and FAT file systems) say
# so with one of these; the rename has happened, which is all such a system offers.
_NO_FOLDER_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF, errno.EACCES,
                   errno.EPERM, errno.EISDIR}  # fmt: skip


class Abandon(Exception):  # noqa: N818 (a signal, not an error)
    """Raised inside `replaced_atomically` to discard the temporary file; never escapes it."""


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
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _create_temporary(path)
    try:
        yield temporary
        _sync_file(temporary, _final_mode(path, temporary))
        os.replace(temporary, path)
    except Abandon:
        temporary.unlink(missing_ok=True)
        return
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _create_temporary(path: Path) -> Path:
    """An empty new file beside `path`, created with the mode a new file gets (umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
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
