"""The event's rank list as the window shows it: in Chinese in a Chinese window."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from delegations.services.event import EventFile
from delegations.services.protocol import RankView, list_ranks


def rank_label(rank: RankView) -> str:
    """The rank's name in the window's language (English where no Chinese name is given)."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return rank.name_zh if chinese and rank.name_zh else rank.name


def rank_choices(event_file: EventFile) -> list[tuple[int, str]]:
    """(id, name) pairs, highest rank first, for a combo box."""
    with event_file.read() as connection:
        return [(rank.id, rank_label(rank)) for rank in list_ranks(session=connection)]
