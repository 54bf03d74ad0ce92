"""The Agenda tab: a day's time grid (rooms as columns) or the list, with live conflicts.

Every edit — drag in the grid, the session form, add, delete — is a command on the tab's
`QUndoStack` (see `ui.agenda.commands`) that writes through one service call. After each write
the tab reads the agenda again and checks it for conflicts, which are shown on the blocks and
in the list beside the grid. Scheduled bilateral meetings (`services.bilaterals`) are read with
it and drawn in their rooms' columns; a drag moves one with `MoveMeetingCommand`, on the same
undo stack; they are edited in the bilaterals window, not here. The Agenda menu's programme versions (`versions`), export and
import (`exchange`) and rooms (`rooms`) have their own modules; the tab opens them.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.bilaterals import BilateralStatus
from delegations.domain.conflicts import Conflict, conflicts_by_session
from delegations.domain.errors import UserError
from delegations.domain.names import fold
from delegations.services import agenda as service
from delegations.services import bilaterals as bilateral_service
from delegations.services import speakers as speaker_service
from delegations.services.agenda import SessionCreate
from delegations.services.agenda_undo import SessionState, add_session, session_states
from delegations.services.bilaterals import BilateralView
from delegations.services.event import EventFile
from delegations.ui.accessibility import named
from delegations.ui.agenda.commands import (
    AddSessionCommand,
    AgendaCommand,
    DeleteSessionsCommand,
    EditSessionCommand,
    MoveMeetingCommand,
    push_done,
)
from delegations.ui.agenda.conflicts import ConflictsPanel
from delegations.ui.agenda.dialogs import SessionDialog
from delegations.ui.agenda.exchange import AgendaExchange
from delegations.ui.agenda.grid import AgendaGrid, RoomColumn
from delegations.ui.agenda.rooms import RoomsDialog
from delegations.ui.agenda.session_list import DAY_COLUMN, TITLE_COLUMN, SessionListModel
from delegations.ui.agenda.versions import ChangesDialog, ProgrammeVersions, PublishVersionDialog
from delegations.ui.dates import long_date, short_date
from delegations.ui.models import ID_ROLE, FoldFilterProxy
from delegations.ui.tabs.base import AGENDA, ROOMS, SPEAKERS, EventTab
from delegations.ui.widgets import (
    FittedTableView,
    GroupStartDelegate,
    TwoLineDelegate,
    ask_to_delete,
    configure_table,
    filter_edit,
    show_error,
)

GRID, LIST = "grid", "list"
BILATERALS = "bilaterals"  # what the bilaterals window says when it changed a meeting
PROGRAMME = "programme"  # what `changed` says after a programme version is published


class AgendaTab(EventTab):
    """The agenda of the event: days, the grid or the list, conflicts, rooms.

    Args:
        undo_group: the window's undo group (Edit ▸ Undo/Redo); the tab's stack is active in
            it while the tab is shown. Without one, the tab has its own Ctrl+Z / Ctrl+Shift+Z.
    """

    def __init__(
        self,
        event_file: EventFile,
        parent: QWidget | None = None,
        *,
        undo_group: QUndoGroup | None = None,
    ) -> None:
        super().__init__(event_file, parent)
        self._days: list[dt.date] = []
        self._rooms: list[RoomColumn] = []
        self._conflicts: list[Conflict] = []
        self._conflicts_by_session: dict[int, list[Conflict]] = {}
        self._meetings: list[BilateralView] = []  # scheduled bilateral meetings
        self._conflicts_by_meeting: dict[int, list[Conflict]] = {}
        self._bilateral_room_ids: frozenset[int] = frozenset()
        self._loaded = False
        self._mode = GRID
        self._own_change = False
        self._syncing = False

        self.versions = ProgrammeVersions(event_file, self)
        self.versions.published.connect(self._on_published)
        self.exchange = AgendaExchange(event_file, self)
        self.exchange.imported.connect(self._on_imported)

        self.undo_stack = QUndoStack(self)
        self._undo_group = undo_group
        if undo_group is not None:
            undo_group.addStack(self.undo_stack)
        else:
            for action, keys in (
                (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
                (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
            ):
                action.setShortcuts(QKeySequence.keyBindings(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)

        self.day_bar = QTabBar(self)
        self.day_bar.setExpanding(False)
        self.day_bar.setDrawBase(False)
        self.day_bar.currentChanged.connect(self._on_day_changed)

        # The list (keyboard work, all days).
        self.model = SessionListModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = named(FittedTableView(self), self.tr("Sessions"))
        self.view.setModel(self.proxy)
        configure_table(self.view, self.model.columns, row_lines=2)
        self.view.setItemDelegateForColumn(TITLE_COLUMN, TwoLineDelegate(self.view))
        self.view.setItemDelegateForColumn(DAY_COLUMN, GroupStartDelegate(self.view))
        self.view.activated.connect(self._on_edit)
        self.view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self._add_view_action(self.view, QKeySequence.StandardKey.Delete, self._on_delete)

        # The grid (one day).
        self.grid = named(
            AgendaGrid(self), self.tr("Agenda grid"),
            self.tr("Sessions by room and time; the List view has them for the keyboard"),
        )  # fmt: skip
        self.grid.session_dropped.connect(
            self._on_session_dropped, Qt.ConnectionType.QueuedConnection
        )
        self.grid.edit_requested.connect(self._on_grid_edit, Qt.ConnectionType.QueuedConnection)
        self.grid.selection_changed.connect(self._on_grid_selection_changed)
        self.grid.meeting_dropped.connect(
            self._on_meeting_dropped, Qt.ConnectionType.QueuedConnection
        )
        self.grid.meeting_requested.connect(
            self._on_meeting_requested, Qt.ConnectionType.QueuedConnection
        )
        self._add_view_action(self.grid, QKeySequence.StandardKey.Delete, self._on_delete)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.view)

        # Conflicts beside the grid.
        self.conflicts_panel = ConflictsPanel(self)
        self.conflicts_panel.sessions_requested.connect(self._on_conflict_activated)
        self.conflicts_panel.meeting_requested.connect(self.show_meeting)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.conflicts_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 280])

        # The bar above: days, grid/list, filter.
        self.grid_button = QToolButton(self)
        self.grid_button.setText(self.tr("Day grid"))
        self.grid_button.setToolTip(self.tr("One day as a time grid, rooms as columns"))
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("List"))
        self.list_button.setToolTip(self.tr("The sessions as a list, for keyboard work"))
        self.view_buttons = QButtonGroup(self)
        for button in (self.grid_button, self.list_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.view_buttons.addButton(button)
        self.grid_button.setChecked(True)
        self.grid_button.clicked.connect(lambda: self.set_mode(GRID))
        self.list_button.clicked.connect(lambda: self.set_mode(LIST))

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
        top.addWidget(self.grid_button)
        top.addWidget(self.list_button)
        top.addSpacing(8)
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
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        self.reload()

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the agenda and its conflicts again and show them."""
        shown_day = self.current_day()
        selected = self.selected_session_ids()

        overview = service.agenda_overview(self._event_file)
        rows, self._conflicts = overview.sessions, overview.conflicts
        self._read_meetings({room.name: room.id for room in overview.rooms})
        self._rooms = [
            RoomColumn(room.id, room.name, self._room_detail(
                room.capacity, room.floor, bilaterals=room.id in self._bilateral_room_ids))
            for room in overview.rooms
        ]  # fmt: skip
        self._conflicts_by_session = conflicts_by_session(self._conflicts)
        self._conflicts_by_meeting = {}
        for conflict in self._conflicts:
            if conflict.bilateral_id is not None:
                self._conflicts_by_meeting.setdefault(conflict.bilateral_id, []).append(conflict)
        self.model.set_rows(rows)
        days = sorted(set(overview.event_days) | {row.day for row in rows}
                      | {m.day for m in self._meetings if m.day})  # fmt: skip
        counts: dict[dt.date, int] = {}
        for row in rows:
            counts[row.day] = counts.get(row.day, 0) + 1
        self._fill_day_bar(days, counts)
        if not self._loaded:
            shown_day = self._default_day(counts)
            self._loaded = True
        elif shown_day not in self._days:
            shown_day = None
        self.show_day(shown_day)
        self.conflicts_panel.show_conflicts(self._conflicts)
        self.select_sessions(selected)

    def _read_meetings(self, room_ids: dict[str, int]) -> None:
        """The scheduled bilateral meetings and the rooms set aside for them."""
        self._bilateral_room_ids = frozenset(
            room_ids[name]
            for name in bilateral_service.bilateral_rooms(self._event_file)
            if name in room_ids
        )
        self._meetings = [
            meeting
            for meeting in bilateral_service.list_bilaterals(self._event_file)
            if meeting.status == BilateralStatus.SCHEDULED and meeting.room_id is not None
            and meeting.day and meeting.start and meeting.end
        ]  # fmt: skip

    def _room_detail(self, capacity: int | None, floor: str, *, bilaterals: bool = False) -> str:
        parts = []
        if bilaterals:
            parts.append(self.tr("Bilaterals"))
        if capacity:
            parts.append(self.tr("%Ln seat(s)", "", capacity))
        if floor:
            parts.append(self.tr("Floor {floor}").format(floor=floor))
        return " · ".join(parts)

    def _fill_day_bar(self, days: list[dt.date], counts: dict[dt.date, int]) -> None:
        blocked = self.day_bar.blockSignals(True)
        if days != self._days or self.day_bar.count() != len(days) + 1:
            self._days = days
            while self.day_bar.count():
                self.day_bar.removeTab(0)
            self.day_bar.addTab(self.tr("All days"))
            self.day_bar.setTabToolTip(0, self.tr("The whole programme, day by day"))
            for day in days:
                self.day_bar.addTab(short_date(day))
        for index, day in enumerate(days, start=1):
            self.day_bar.setTabToolTip(
                index,
                self.tr("{day}: %Ln session(s)", "", counts.get(day, 0)).format(day=long_date(day)),
            )
        self.day_bar.blockSignals(blocked)

    def _default_day(self, counts: dict[dt.date, int]) -> dt.date | None:
        """Today while the event is on; otherwise the first day with sessions."""
        today = dt.date.today()
        if today in self._days:
            return today
        return next((day for day in self._days if counts.get(day)), self._days[0] if
                    self._days else None)  # fmt: skip

    def refresh(self, what: str) -> None:
        if self._own_change:
            return  # this tab wrote it and shows it already
        if what in (AGENDA, SPEAKERS, ROOMS, "event", BILATERALS):
            self.reload()

    # Days, views and selection --------------------------------------------------------------

    def days(self) -> list[dt.date]:
        return list(self._days)

    def current_day(self) -> dt.date | None:
        """The day shown; None when all days are shown (in the list)."""
        index = self.day_bar.currentIndex() - 1
        return self._days[index] if 0 <= index < len(self._days) else None

    def mode(self) -> str:
        """GRID or LIST: what is shown (all days are always a list)."""
        return GRID if self.stack.currentWidget() is self.grid else LIST

    def set_mode(self, mode: str) -> None:
        """Show the day grid or the list; the grid needs a day, so it picks one if needed."""
        selected = self.selected_session_ids()
        self._mode = mode
        day = self.current_day()
        if mode == GRID and day is None and self._days:
            rows = self.model.rows()
            day = next((r.day for r in rows if r.id in selected), None) or self._default_day(
                {r.day: 1 for r in rows}
            )
        self.show_day(day)
        self.select_sessions(selected)

    def show_day(self, day: dt.date | None) -> None:
        """Show one day's sessions, or every day's (None, in the list)."""
        if day is not None and day not in self._days:
            day = None
        blocked = self.day_bar.blockSignals(True)
        self.day_bar.setCurrentIndex(0 if day is None else self._days.index(day) + 1)
        self.day_bar.blockSignals(blocked)
        self.proxy.set_group(day.toordinal() if day else None)
        self.view.setColumnHidden(DAY_COLUMN, day is not None)
        grid = day is not None and self._mode == GRID
        self.stack.setCurrentWidget(self.grid if grid else self.view)
        for button, checked in ((self.grid_button, grid), (self.list_button, not grid)):
            button.setChecked(checked)
        self._after_filter()

    def _update_grid(self) -> None:
        day = self.current_day()
        if day is None:
            return
        rows = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]  # fmt: skip
        self.grid.set_day(
            day, self._rooms, rows, self._conflicts_by_session,
            self.meetings_shown(day), self._conflicts_by_meeting, self._bilateral_room_ids,
        )  # fmt: skip

    def meetings_shown(self, day: dt.date) -> list[BilateralView]:
        """The day's scheduled bilateral meetings that the filter lets through."""
        words = self.proxy.filter_text_words()
        meetings = [m for m in self._meetings if m.day == day]
        if not words:
            return meetings
        return [m for m in meetings if all(word in _meeting_text(m) for word in words)]

    def _on_day_changed(self, index: int) -> None:
        self.show_day(self._days[index - 1] if 1 <= index <= len(self._days) else None)

    def selected_session_ids(self) -> list[int]:
        if self.mode() == GRID:
            return self.grid.selected_ids()
        return [index.data(ID_ROLE) for index in self.view.selectionModel().selectedRows()]

    def select_sessions(self, session_ids: Sequence[int], *, centre: bool = False) -> None:
        """Select sessions in the list and on the grid (those shown)."""
        self._syncing = True
        try:
            self.view.clearSelection()
            selection = self.view.selectionModel()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) in session_ids:
                    selection.select(
                        index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                    )
                    self.view.scrollTo(index)
            self.grid.select_ids(session_ids, centre=centre)
        finally:
            self._syncing = False
        self._update_buttons()

    def _on_list_selection_changed(self, *_args: object) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.grid.select_ids(
                    [index.data(ID_ROLE) for index in self.view.selectionModel().selectedRows()]
                )
            finally:
                self._syncing = False
        self._update_buttons()

    def _on_grid_selection_changed(self) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                ids = set(self.grid.selected_ids())
                self.view.clearSelection()
                selection = self.view.selectionModel()
                for row in range(self.proxy.rowCount()):
                    index = self.proxy.index(row, 0)
                    if index.data(ID_ROLE) in ids:
                        selection.select(
                            index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                        )
            finally:
                self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_session_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.add_button.setEnabled(bool(self._days))

    # Conflicts ------------------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """The agenda's conflicts as last checked (after every edit)."""
        return list(self._conflicts)

    def conflict_texts(self) -> list[str]:
        return self.conflicts_panel.texts()

    def _on_conflict_activated(self, session_ids: list[int]) -> None:
        self.show_sessions(session_ids, clear_filter=True)
        (self.grid if self.mode() == GRID else self.view).setFocus()

    def show_sessions(self, session_ids: Sequence[int], *, clear_filter: bool = False) -> None:
        """Go to the day of the first session and select the sessions there."""
        rows = {row.id: row for row in self.model.rows()}
        first = rows.get(session_ids[0]) if session_ids else None
        if first is None:
            return
        if clear_filter and self.filter.text():
            self.filter.clear()
        if self.mode() == GRID or self.current_day() is not None:
            self.show_day(first.day)
        self.select_sessions(list(session_ids), centre=True)

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
            self.count_label.setText(self.tr("%Ln session(s)", "", shown))
        else:
            self.count_label.setText(self.tr("%Ln session(s) this day", "", shown))
        if shown == 0:
            if self.filter.text():
                hint = self.tr("Nothing matches “{text}”.").format(text=self.filter.text())
            elif self.current_day() is not None:
                hint = self.tr("No sessions on this day yet. Add one with “Add session…”.")
            else:
                hint = self.tr("No sessions yet. Add one with “Add session…”.")
            self.empty_hint.setText(hint)
        self.empty_hint.setVisible(shown == 0)
        self._update_grid()
        self._update_buttons()
        self.status_changed.emit()

    def status_text(self) -> str:
        if not self.proxy.filter_text_words():
            return ""
        day = self.current_day()
        total = sum(1 for row in self.model.rows() if day is None or row.day == day)
        return self.tr("Showing {shown} of %Ln session(s)", "", total).format(
            shown=self.locale().toString(self.proxy.rowCount())
        )

    # Undoable writes (the commands' editor) -------------------------------------------------

    def agenda_written(self, select: Sequence[int]) -> None:
        self._own_change = True
        try:
            self.changed.emit(AGENDA)
        finally:
            self._own_change = False
        self.reload()
        if not select:
            return
        shown = {row.id for row in self.model.rows() if row.day == self.current_day()}
        if self.current_day() is None or all(i in shown for i in select):
            self.select_sessions(select, centre=True)
        else:
            self.show_sessions(select)

    def command_failed(self, title: str, error: UserError) -> None:
        show_error(self, title, error)

    def _state(self, session_id: int) -> SessionState:
        [state] = session_states(self._event_file, [session_id])
        return state

    def move_session(
        self,
        session_id: int,
        start: dt.time,
        end: dt.time,
        room_id: int | None,
        *,
        day: dt.date | None = None,
    ) -> bool:
        """Move/resize a session as one undoable command; False if refused (and shown)."""
        try:
            before = self._state(session_id)
        except UserError as error:
            show_error(self, self.tr("Move session"), error)
            self.reload()
            return False
        changes: dict[str, Any] = {"start_time": start, "end_time": end, "room_id": room_id}
        if day is not None:
            changes["day"] = day
        fields = before.fields.model_copy(update=changes)
        if fields == before.fields:
            self.reload()
            return False
        title = before.fields.title_en
        if fields.room_id != before.fields.room_id:
            room = next((r.name for r in self._rooms if r.room_id == room_id), self.tr("no room"))
            text = self.tr("Move “{title}” to {room}").format(title=title, room=room)
        elif fields.start_time != before.fields.start_time:
            text = self.tr("Move “{title}”").format(title=title)
        else:
            text = self.tr("Change the end of “{title}”").format(title=title)
        after = SessionState(session_id, fields, before.speakers)
        command = EditSessionCommand(self, self._event_file, text, before, after)
        return self._push(command, [session_id])

    def _push(self, command: AgendaCommand, select: Sequence[int]) -> bool:
        try:
            command.apply()
        except UserError as error:
            show_error(self, command.text(), error)
            self.agenda_written(())
            return False
        push_done(self.undo_stack, command)
        self.agenda_written(select)
        return True

    def _on_session_dropped(
        self, session_id: int, start: dt.time, end: dt.time, room_id: int | None
    ) -> None:
        self.move_session(session_id, start, end, room_id)

    # Bilateral meetings ---------------------------------------------------------------------

    def meetings(self) -> list[BilateralView]:
        """The scheduled bilateral meetings, as last read."""
        return list(self._meetings)

    def move_meeting(
        self, request_id: int, start: dt.time, room_id: int, *, day: dt.date | None = None
    ) -> bool:
        """Move a bilateral meeting as one undoable command (one call of
        `services.bilaterals.move_meeting`); False if refused (and shown)."""
        meeting = next((m for m in self._meetings if m.id == request_id), None)
        room = next((r.name for r in self._rooms if r.room_id == room_id), None)
        if meeting is None or room is None or meeting.day is None or meeting.start is None:
            self.reload()
            return False
        before = (meeting.room, meeting.day, meeting.start)
        after = (room, day or meeting.day, start)
        if after == before:
            self.reload()
            return False
        if room != meeting.room:
            text = self.tr("Move the bilateral “{title}” to {room}").format(
                title=meeting.title, room=room)  # fmt: skip
        else:
            text = self.tr("Move the bilateral “{title}”").format(title=meeting.title)
        command = MoveMeetingCommand(self, self._event_file, text, request_id, before, after)
        return self._push(command, [])

    def _on_meeting_dropped(self, request_id: int, start: dt.time, room_id: int) -> None:
        self.move_meeting(request_id, start, room_id)

    def show_meeting(self, request_id: int) -> None:
        """Go to a meeting's day on the grid and bring its block into view."""
        meeting = next((m for m in self._meetings if m.id == request_id), None)
        if meeting is None:
            return
        if self.filter.text():
            self.filter.clear()
        self._mode = GRID
        self.show_day(meeting.day)
        block = self.grid.meeting_block(request_id)
        if block is not None:
            self.grid.ensureVisible(block, 40, 40)

    def _on_meeting_requested(self, request_id: int) -> None:
        """Open the bilaterals window on the meeting when the main window has one; else say
        where meetings are edited."""
        opener = getattr(self.window(), "open_bilaterals", None)
        if callable(opener):
            opened = opener(request_id) if inspect.signature(opener).parameters else opener()
            if isinstance(opened, QDialog):  # what was changed there shows once it closes
                opened.finished.connect(self._on_bilaterals_closed)
            return
        meeting = next((m for m in self._meetings if m.id == request_id), None)
        title = meeting.title if meeting else str(request_id)
        QMessageBox.information(
            self, self.tr("Bilateral meeting"),
            self.tr("“{title}” is a bilateral meeting, not a session: drag it to move it; "
                    "its participants and wished times are edited with "
                    "“delegations bilaterals”.").format(title=title),
        )  # fmt: skip

    def _on_bilaterals_closed(self, _result: int) -> None:
        self.reload()

    # Editing --------------------------------------------------------------------------------

    def open_session_dialog(self, session_id: int | None = None) -> SessionDialog:
        """Open the form for a new session (on the shown day) or for `session_id`."""

        rooms = [(room.id, room.name) for room in service.load_rooms(self._event_file)]
        speakers = [
            (row.id, f"{row.name} — {row.organisation}" if row.organisation else row.name)
            for row in speaker_service.load_speakers(self._event_file)
        ]
        before = self._state(session_id) if session_id is not None else None
        saved: list[int] = []

        def submit(form: dict[str, Any]) -> None:
            chosen = tuple(form.pop("speakers"))
            if before is None:
                state = add_session(self._event_file, SessionCreate(**form), chosen)
                text = self.tr("Add “{title}”").format(title=state.fields.title_en)
                push_done(self.undo_stack, AddSessionCommand(self, self._event_file, text, state))
                saved.append(state.session_id)
            else:
                after = SessionState(
                    before.session_id, before.fields.model_copy(update=form), chosen
                )
                text = self.tr("Edit “{title}”").format(title=after.fields.title_en)
                command = EditSessionCommand(self, self._event_file, text, before, after)
                command.apply()
                push_done(self.undo_stack, command)
                saved.append(before.session_id)

        dialog = SessionDialog(
            submit,
            days=self._days,
            rooms=rooms,
            speakers=speakers,
            new=session_id is None,
            parent=self,
        )
        if before is None:
            dialog.set_values({"day": self.current_day() or (self._days[0] if self._days
                                                            else None)})  # fmt: skip
        else:
            dialog.set_values({**before.fields.model_dump(), "speakers": list(before.speakers)})

        def on_accepted() -> None:
            day = dialog.values()["day"]
            self.agenda_written(())
            if self.current_day() is not None:
                self.show_day(day)
            self.select_sessions(saved, centre=True)

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

    def _on_grid_edit(self, session_id: int) -> None:
        if self.grid.block(session_id) is not None:
            self.open_session_dialog(session_id)

    def delete_sessions(self, session_ids: Sequence[int]) -> bool:
        """Delete sessions as one undoable command (no question asked)."""
        try:
            states = session_states(self._event_file, session_ids)
        except UserError as error:
            show_error(self, self.tr("Delete sessions"), error)
            self.reload()
            return False
        if len(states) == 1:
            text = self.tr("Delete “{title}”").format(title=states[0].fields.title_en)
        else:
            text = self.tr("Delete %Ln session(s)", "", len(states))
        return self._push(DeleteSessionsCommand(self, self._event_file, text, states), [])

    def _on_delete(self) -> None:
        ids = self.selected_session_ids()
        if not ids:
            return
        titles = {row.id: row.title_en for row in self.model.rows()}
        if len(ids) == 1:
            question = self.tr("Delete the session “{title}”?").format(title=titles.get(ids[0]))
        else:
            question = self.tr("Delete %Ln session(s)?", "", len(ids))
        question += "\n" + self.tr("Edit ▸ Undo brings it back.")
        if not ask_to_delete(self, self.tr("Delete sessions"), question):
            return
        self.delete_sessions(ids)

    # Undo group -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._undo_group is not None and not event.spontaneous():
            self.undo_stack.setActive(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if (
            self._undo_group is not None
            and not event.spontaneous()
            and self._undo_group.activeStack() is self.undo_stack
        ):
            self._undo_group.setActiveStack(None)

    # The Agenda menu ----------------------------------------------------------------------

    def open_publish_dialog(self) -> PublishVersionDialog:
        return self.versions.open_publish_dialog()

    def open_changes_dialog(self) -> ChangesDialog:
        return self.versions.open_changes_dialog()

    def _on_published(self, number: int) -> None:
        self.changed.emit(PROGRAMME)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Published programme version {number}.").format(number=number), 8000
            )

    def export_agenda(self, path: Path | None = None) -> bool:
        """Write the agenda to .ics, .xml (frab) or .json; asks for the file if not given."""
        return self.exchange.export_agenda(path)

    def import_agenda(self, path: Path | None = None) -> bool:
        """Replace the agenda with an exported .json file, after asking; refusals are shown."""
        return self.exchange.import_agenda(self.model.rowCount(), path)

    def _on_imported(self) -> None:
        self.undo_stack.clear()
        for what in (ROOMS, SPEAKERS, AGENDA):
            self.changed.emit(what)

    def open_rooms_dialog(self) -> RoomsDialog:
        dialog = RoomsDialog(self._event_file, self)
        dialog.rooms_changed.connect(lambda: self.changed.emit(ROOMS))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_rooms(self) -> None:
        self.open_rooms_dialog()


def _meeting_text(meeting: BilateralView) -> str:
    """What the filter looks in: the title, the room and the participants."""
    names = " ".join(p.name for p in meeting.participants)
    return fold(f"{meeting.title} {meeting.room} {names}")
