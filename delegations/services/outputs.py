"""Where a service is asked to write a file: refused before any work is done when it cannot be."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from delegations.domain.errors import UserError
from delegations.files import CannotWrite


def checked_output(out: Path | str) -> Path:
    """`out` as a path, once its folder is there and it is not itself a folder.

    Raises:
        UserError: one sentence. A missing folder (a USB stick pulled out) is caused by a
            `CannotWrite`, for which the window offers "Choose another place…".
    """
    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} is a folder; give the name of the file to write.")
    if not out.parent.is_dir():
        missing = CannotWrite(errno.ENOENT, f"the folder {out.parent} does not exist", str(out))
        raise UserError(missing.sentence()) from missing
    return out


@contextmanager
def writing(out: Path | str) -> Iterator[Path]:
    """`checked_output(out)` for the block that writes it; a failure to write (a full disk,
    a file open elsewhere) becomes one sentence naming the file, caused by the system's error.

    Raises:
        UserError: as `checked_output`, or the block could not write the file.
    """
    path = checked_output(out)
    try:
        yield path
    except OSError as error:
        raise UserError(f"Cannot write {path}: {error.strerror or error}.") from error
