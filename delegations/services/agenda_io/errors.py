"""What the user is told when an agenda file cannot be written or read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from delegations.domain.errors import UserError

MAX_REPORTED_ERRORS = 20


class AgendaFileError(UserError):
    """An agenda file cannot be written or read; nothing was changed."""


class AgendaImportRefused(UserError):
    """The JSON file has bad values; `problems` lists each as `path: what is wrong`."""

    def __init__(self, path: Path, problems: Sequence[str], total: int) -> None:
        more = f"\n  … and {total - len(problems)} more" if total > len(problems) else ""
        super().__init__(
            f"{path} was not imported; nothing was changed. Correct these values:\n  "
            + "\n  ".join(problems)
            + more
        )
        self.problems = list(problems)
        self.total = total
