"""The Agenda tab: one day at a time (a tab per day), sessions in time order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.names import fold
from delegations.services import agenda as service
from delegations.services import speakers as speaker_service
from delegations.services.agenda import SessionRow
from delegations.store import EventFile
from delegations.ui.dialogs.agenda import RoomsDialog, SessionDialog, kind_label
from delegations.ui.models import ID_ROLE, Column, FoldFilterProxy, RowTableModel
from delegations.ui.tabs.base import (
    AGENDA,
    ROOMS,
    SPEAKERS,
    EventInfo,
    EventTab,
    read_event_info,
)
from delegations.ui.widgets import (
    FittedTableView,
    GroupStartDelegate,
    TwoLineDelegate,
    ask_to_delete,
    configure_table,
    filter_edit,
)

_DAY_COLUMN, _TITLE_COLUMN = 0, 3


def _session_key(row: SessionRow) -> str:
    text = "\n".join((row.title_en, row.title_zh, row.room_name, row.kind, row.chair_name,
                      *row.speaker_names))  # fmt: skip
    return fold(text)


def _times(row: SessionRow) -> str:
    return f"{row.start_time:%H:%M} – {row.end_time:%H:%M}"


def _people(row: SessionRow) -> str:
    names = list(row.speaker_names)
    if row.chair_name and row.chair_name not in names:
        names.insert(0, row.chair_name)
    return ", ".join(names)


class AgendaTab(EventTab):
    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(event_file, parent)
        self._info: EventInfo | None = None
        self._days: list[dt.date] = []
        self._loaded = False

        self.day_bar = QTabBar(self)
        self.day_bar.setExpanding(False)
        self.day_bar.setDrawBase(False)
        self.day_bar.currentChanged.connect(self._on_day_changed)
        self.model: RowTableModel[SessionRow] = RowTableModel(
            [
                Column(self.tr("Day"), lambda r: f"{r.day:%a} {r.day.day} {r.day:%b}",
                       sort_key=lambda r: (r.day, r.start_time), width=95),
                Column(self.tr("Time"), _times,
                       sort_key=lambda r: (r.start_time, r.end_time, r.day), width=105),
                Column(self.tr("Room"), lambda r: r.room_name, width=150),
                Column(self.tr("Title"),
                       lambda r: f"{r.title_en}\n{r.title_zh}" if r.title_zh else r.title_en,
                       sort_key=lambda r: r.title_en.casefold(), width=430,
                       tooltip=lambda r: f"{r.title_en}\n{r.title_zh}".strip()),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind), width=120),
                Column(self.tr("Speakers"), _people, width=260, tooltip=lambda r: "\n".join(
                    ([self.tr("Chair: {name}").format(name=r.chair_name)] if r.chair_name else [])
                    + list(r.speaker_names))),
            ],
            search_key=_session_key,
            group=lambda r: r.day.toordinal(),
            parent=self,
        )  # fmt: skip
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = FittedTableView(self)
        self.view.setModel(self.proxy)
        configure_table(self.view, self.model.columns, row_lines=2)
        self.view.setItemDelegateForColumn(_TITLE_COLUMN, TwoLineDelegate(self.view))
        self.view.setItemDelegateForColumn(_DAY_COLUMN, GroupStartDelegate(self.view))
        self.view.activated.connect(self._on_edit)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._add_view_action(self.view, QKeySequence.StandardKey.Delete, self._on_delete)

        self.filter = filter_edit(self.tr("Filter by title, room or speaker  (Ctrl+F)"))
        self.filter.textChanged.connect(self._on_filter_changed)
        self.add_button = QPushButton(self.tr("Add session…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.rooms_button = QPushButton(self.tr("Rooms…"), self)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.rooms_button.clicked.connect(self._on_rooms)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()
        self.count_label = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.day_bar, 1)
        top.addWidget(self.filter)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(18)
        buttons.addWidget(self.rooms_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        self.reload()

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        shown_day = self.current_day()
        selected = self.selected_session_ids()

        def read(session: Any) -> tuple[EventInfo, list[SessionRow]]:
            return read_event_info(session), service.list_sessions(session=session)

        self._info, rows = self._read(read)
        self.model.set_rows(rows)
        self._days = sorted(set(self._info.days()) | {row.day for row in rows})
        counts: dict[dt.date, int] = {}
        for row in rows:
            counts[row.day] = counts.get(row.day, 0) + 1
        blocked = self.day_bar.blockSignals(True)
        while self.day_bar.count():
            self.day_bar.removeTab(0)
        self.day_bar.addTab(self.tr("All days"))
        self.day_bar.setTabToolTip(0, self.tr("The whole programme, day by day"))
        for day in self._days:
            index = self.day_bar.addTab(f"{day:%a} {day.day} {day:%b}")
            self.day_bar.setTabToolTip(
                index,
                self.tr("{day}: {count} sessions").format(
                    day=f"{day:%A} {day.day} {day:%B %Y}", count=counts.get(day, 0)
                ),
            )
        self.day_bar.blockSignals(blocked)
        if not self._loaded:
            shown_day = self._default_day()
            self._loaded = True
        elif shown_day not in self._days:
            shown_day = None
        self.show_day(shown_day)
        self.select_sessions(selected)

    def _default_day(self) -> dt.date | None:
        """Today while the event is on; otherwise the whole programme."""
        today = dt.date.today()
        return today if today in self._days else None

    def refresh(self, what: str) -> None:
        if what in (AGENDA, SPEAKERS, ROOMS, "event"):
            self.reload()

    # Days and selection ---------------------------------------------------------------------

    def days(self) -> list[dt.date]:
        return list(self._days)

    def current_day(self) -> dt.date | None:
        """The day shown; None when all days are shown."""
        index = self.day_bar.currentIndex() - 1
        return self._days[index] if 0 <= index < len(self._days) else None

    def show_day(self, day: dt.date | None) -> None:
        """Show one day's sessions, or every day's (None)."""
        if day is not None and day not in self._days:
            day = None
        blocked = self.day_bar.blockSignals(True)
        self.day_bar.setCurrentIndex(0 if day is None else self._days.index(day) + 1)
        self.day_bar.blockSignals(blocked)
        self.proxy.set_group(day.toordinal() if day else None)
        self.view.setColumnHidden(_DAY_COLUMN, day is not None)
        self._after_filter()

    def _on_day_changed(self, index: int) -> None:
        self.show_day(self._days[index - 1] if 1 <= index <= len(self._days) else None)

    def selected_session_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.view.selectionModel().selectedRows()]

    def select_sessions(self, session_ids: list[int]) -> None:
        self.view.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) in session_ids:
                self.view.selectionModel().select(
                    index,
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        self._update_buttons()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.add_button.setEnabled(bool(self._days))

    # Filtering ------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        shown = self.proxy.rowCount()
        if self.current_day() is None:
            label = self.tr("1 session") if shown == 1 else self.tr("{count} sessions")
        else:
            label = (
                self.tr("1 session this day")
                if shown == 1
                else self.tr("{count} sessions this day")
            )
        self.count_label.setText(label.format(count=shown))
        if shown == 0:
            self.empty_hint.setText(
                self.tr("Nothing matches “{text}”.").format(text=self.filter.text())
                if self.filter.text()
                else self.tr("No sessions yet. Add one with “Add session…”.")
            )
        self.empty_hint.setVisible(shown == 0)
        self._update_buttons()
        self.status_changed.emit()

    def status_text(self) -> str:
        if not self.proxy.filter_text_words():
            return ""
        day = self.current_day()
        total = sum(1 for row in self.model.rows() if day is None or row.day == day)
        return self.tr("Showing {shown} of {total} sessions").format(
            shown=self.proxy.rowCount(), total=total
        )

    # Editing --------------------------------------------------------------------------------

    def open_session_dialog(self, session_id: int | None = None) -> SessionDialog:
        """Open the form for a new session (on the shown day) or for `session_id`."""

        def read(session: Any) -> tuple[list[tuple[int, str]], list[tuple[int, str]], Any]:
            rooms = [(room.id, room.name) for room in service.list_rooms(session=session)]
            speakers = [
                (row.id, f"{row.name} — {row.organisation}" if row.organisation else row.name)
                for row in speaker_service.list_speakers(session=session)
            ]
            values: dict[str, Any] = {}
            if session_id is not None:
                record = service.get_session(session=session, session_id=session_id)
                values = record.model_dump()
                values["speakers"] = [
                    (speaker.id, role)
                    for speaker, role in service.session_speakers(
                        session=session, session_id=session_id
                    )
                ]
            return rooms, speakers, values

        rooms, speakers, values = self._read(read)
        saved: list[int] = []

        def submit(form: dict[str, Any]) -> None:
            chosen = form.pop("speakers")
            with self._event_file.session() as session:
                if session_id is None:
                    new_id = service.create_session(session=session, **form).id
                else:
                    service.update_session(session=session, session_id=session_id, **form)
                    new_id = session_id
                service.set_session_speakers(session=session, session_id=new_id, speakers=chosen)
            saved.append(new_id)

        dialog = SessionDialog(
            submit,
            days=self._days,
            rooms=rooms,
            speakers=speakers,
            new=session_id is None,
            parent=self,
        )
        if session_id is None:
            dialog.set_values({"day": self.current_day()})
        else:
            dialog.set_values(values)

        def on_accepted() -> None:
            day = dialog.values()["day"]
            self.changed.emit(AGENDA)
            if self.current_day() is not None:
                self.show_day(day)
            self.select_sessions(saved)

        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_add(self) -> None:
        if self._days:
            self.open_session_dialog()

    def _on_edit(self, *_args: object) -> None:
        ids = self.selected_session_ids()
        if len(ids) == 1:
            self.open_session_dialog(ids[0])

    def _on_delete(self) -> None:
        ids = self.selected_session_ids()
        if not ids:
            return
        if len(ids) == 1:
            index = self.view.selectionModel().selectedRows(_TITLE_COLUMN)[0]
            title = index.data().split("\n")[0]
            question = self.tr("Delete the session “{title}”?").format(title=title)
        else:
            question = self.tr("Delete {count} sessions?").format(count=len(ids))
        if not ask_to_delete(self, self.tr("Delete sessions"), question):
            return

        def write(session: Any) -> None:
            for session_id in ids:
                service.delete_session(session=session, session_id=session_id)

        self._write(self.tr("Delete sessions"), write, AGENDA)

    # Rooms ----------------------------------------------------------------------------------

    def open_rooms_dialog(self) -> RoomsDialog:
        def load() -> list[tuple[int, str, dict[str, Any]]]:
            def read(session: Any) -> list[tuple[int, str, dict[str, Any]]]:
                result = []
                for room in service.list_rooms(session=session):
                    label = room.name
                    if room.capacity:
                        label += self.tr("  ({count} seats)").format(count=room.capacity)
                    result.append((room.id, label, room.model_dump(exclude={"id"})))
                return result

            return self._read(read)

        def save(room_id: int | None, values: dict[str, Any]) -> None:
            with self._event_file.session() as session:
                if room_id is None:
                    service.create_room(session=session, **values)
                else:
                    service.update_room(session=session, room_id=room_id, **values)
            self.changed.emit(ROOMS)

        def delete(room_id: int, label: str) -> bool:
            if not ask_to_delete(
                dialog,
                self.tr("Delete room"),
                self.tr(
                    "Delete the room “{name}”? Its sessions stay in the agenda without a room."
                ).format(name=label),
            ):
                return False
            return self._write(
                self.tr("Delete room"),
                lambda s: service.delete_room(session=s, room_id=room_id),
                ROOMS,
            )

        dialog = RoomsDialog(load=load, save=save, delete=delete, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_rooms(self) -> None:
        self.open_rooms_dialog()
