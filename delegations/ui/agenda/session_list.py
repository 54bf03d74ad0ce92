"""The agenda as a list (all days, or one day), for keyboard work: its columns and search."""

from __future__ import annotations

from PySide6.QtCore import QObject

from delegations.domain.names import fold
from delegations.services.agenda import SessionRow
from delegations.ui.agenda.dialogs import kind_label
from delegations.ui.collation import collated
from delegations.ui.dates import short_date, time_range
from delegations.ui.models import Column, RowTableModel

DAY_COLUMN, TITLE_COLUMN = 0, 3


def _session_key(row: SessionRow) -> str:
    text = "\n".join((row.title_en, row.title_zh, row.room_name, row.kind, row.chair_name,
                      *row.speaker_names))  # fmt: skip
    return fold(text)


def _times(row: SessionRow) -> str:
    return time_range(row.start_time, row.end_time)


def _people(row: SessionRow) -> str:
    names = list(row.speaker_names)
    if row.chair_name and row.chair_name not in names:
        names.insert(0, row.chair_name)
    return ", ".join(names)


class SessionListModel(RowTableModel[SessionRow]):
    """One row per session, grouped by day (`FoldFilterProxy.set_group` shows one day)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Day"), lambda r: short_date(r.day),
                       sort_key=lambda r: (r.day, r.start_time), width=95),
                Column(self.tr("Time"), _times,
                       sort_key=lambda r: (r.start_time, r.end_time, r.day), width=105),
                Column(self.tr("Room"), lambda r: r.room_name, width=150),
                Column(self.tr("Title"),
                       lambda r: f"{r.title_en}\n{r.title_zh}" if r.title_zh else r.title_en,
                       sort_key=collated(lambda r: r.title_en), width=430,
                       tooltip=lambda r: f"{r.title_en}\n{r.title_zh}".strip()),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind), width=120),
                Column(self.tr("Speakers"), _people, width=260, tooltip=lambda r: "\n".join(
                    ([self.tr("Chair: {name}").format(name=r.chair_name)] if r.chair_name else [])
                    + list(r.speaker_names))),
            ],
            search_key=_session_key,
            group=lambda r: r.day.toordinal(),
            parent=parent,
        )  # fmt: skip
