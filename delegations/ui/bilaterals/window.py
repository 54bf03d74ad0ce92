"""The Bilateral meetings window (Agenda ▸ Bilateral meetings…): every request and meeting
with its conflicts, and the actions on them, each one service call (`services.bilaterals`):

- New request… / Edit… (`add_request` / `edit_request`), Cancel request (`cancel_request`);
- Schedule (`schedule_all`: the open requests placed; those that fit nowhere say why);
- Move… (`move_meeting`: placed even when it breaks a rule; its conflicts shown at once);
- Print… a delegation's schedule or a room's door sheet (`BilateralsPrintDialog`).

Conflicts are the agenda's (`agenda check` lists the same): a meeting with any is marked in
its row, and the panel below lists their sentences; double-clicking one selects its meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.bilaterals import BilateralStatus
from delegations.domain.errors import UserError
from delegations.services import bilaterals
from delegations.services.event import EventFile
from delegations.ui.accessibility import announce
from delegations.ui.bilaterals.dialogs import (
    BilateralsPrintDialog,
    MoveDialog,
    MoveValues,
    RequestDialog,
    RequestValues,
)
from delegations.ui.dialogs.pdf_output import JobDialog
from delegations.ui.palette import warning_style

ID_ROLE = Qt.ItemDataRole.UserRole
BILATERALS = "bilaterals"  # what `changed` says; the Agenda tab redraws its meetings on it
TITLE_COLUMN, CONFLICTS_COLUMN = 1, 5


class BilateralsWindow(JobDialog):
    """Signals:
    changed(str): this window wrote to the event file (`BILATERALS`); `refresh(what)` reads
        it again when something else did (a meeting dragged in the agenda grid, a session).
    """

    changed = Signal(str)

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._own_change = False
        self.board: bilaterals.Board | None = None
        self.setWindowTitle(self.tr("Bilateral meetings"))
        self.resize(1200, 640)
        self.delegation_box = QComboBox(self)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([
            self.tr("No."), self.tr("Meeting"), self.tr("Status"), self.tr("When"),
            self.tr("Room"), self.tr("Conflicts"), self.tr("Duration"), self.tr("Wished times"),
            self.tr("Participants"), self.tr("Languages"),
        ])  # fmt: skip
        self.conflicts_title = QLabel(self)
        self.conflicts_list = QListWidget(self)
        self.conflicts_list.setWordWrap(True)
        self.notes = QLabel(self)  # what Schedule could not place, and why
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(warning_style())
        self.notes.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel re&quest"), self)
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.schedule_button = QPushButton(self.tr("&Schedule"), self)
        self.schedule_button.setToolTip(self.tr(
            "Place every open request in the bilateral rooms, inside its wished times."
        ))  # fmt: skip
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self._lay_out()
        self.delegation_box.currentIndexChanged.connect(self._show)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.conflicts_list.itemDoubleClicked.connect(self._on_conflict_double_clicked)
        self.new_button.clicked.connect(self.new_request)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.schedule_button.clicked.connect(self.schedule)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.reload()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("S&how:"), self)
        label.setBuddy(self.delegation_box)
        top.addWidget(label)
        top.addWidget(self.delegation_box, 1)
        layout.addLayout(top)
        below = QWidget(self)
        panel = QVBoxLayout(below)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.conflicts_title)
        panel.addWidget(self.conflicts_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.cancel_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    # Reading and showing -------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the requests, meetings and conflicts again; keep (or make) the selection."""
        select = self.selected_id() if select is None else select
        self.board = bilaterals.read_board(self._event_file)
        shown = self.delegation_box.currentData()
        self.delegation_box.blockSignals(True)
        self.delegation_box.clear()
        self.delegation_box.addItem(self.tr("Every delegation"), None)
        for id_, name in self.board.delegations:
            self.delegation_box.addItem(name, id_)
        self.delegation_box.setCurrentIndex(max(self.delegation_box.findData(shown), 0))
        self.delegation_box.blockSignals(False)
        self._show(select=select)

    def refresh(self, what: str) -> None:
        """Another part of the window changed the event file: read it again (a few ms)."""
        if not self._own_change:
            self.reload()

    def _wrote(self) -> None:
        self._own_change = True
        try:
            self.changed.emit(BILATERALS)
        finally:
            self._own_change = False

    def shown_meetings(self) -> list[bilaterals.BilateralView]:
        if self.board is None:
            return []
        delegation_id = self.delegation_box.currentData()
        return [m for m in self.board.meetings
                if delegation_id is None or delegation_id in (m.delegation_id, m.counterpart_id)]  # fmt: skip

    def _status_text(self, view: bilaterals.BilateralView) -> str:
        return {
            BilateralStatus.REQUESTED: self.tr("requested"),
            BilateralStatus.SCHEDULED: self.tr("scheduled"),
            BilateralStatus.CANCELLED: self.tr("cancelled"),
        }.get(BilateralStatus(view.status), view.status)

    def _show(self, *_args: object, select: int | None = None) -> None:
        select = self.selected_id() if select is None else select
        assert self.board is not None
        self.tree.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for view in self.shown_meetings():
            conflicts = self.board.conflicts_of(view.id)
            item = QTreeWidgetItem([
                str(view.id), view.title, self._status_text(view), view.when, view.room,
                str(len(conflicts)) if conflicts else "",
                self.tr("{minutes} min").format(minutes=view.duration),
                "; ".join(f"{w.day:%a %-d %b} {w.start:%H:%M}–{w.end:%H:%M}" for w in view.windows),
                ", ".join(p.name for p in view.participants), view.languages,
            ])  # fmt: skip
            item.setData(0, ID_ROLE, view.id)
            if conflicts:
                sentences = "\n".join(c.sentence for c in conflicts)
                for column in (TITLE_COLUMN, CONFLICTS_COLUMN):
                    item.setIcon(column, warning)
                    item.setToolTip(column, sentences)
            if view.status == BilateralStatus.CANCELLED:
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if view.id == select:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._show_conflicts()
        self._enable()

    def _show_conflicts(self) -> None:
        assert self.board is not None
        shown = {m.id for m in self.shown_meetings()}
        conflicts = [c for c in self.board.conflicts if c.bilateral_id in shown]
        self.conflicts_title.setText(
            self.tr("Conflicts: {count}").format(count=len(conflicts))
            if conflicts
            else self.tr("No conflicts")
        )
        self.conflicts_list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(conflict.sentence, self.conflicts_list)
            item.setData(ID_ROLE, conflict.bilateral_id)

    def conflict_texts(self) -> list[str]:
        return [self.conflicts_list.item(r).text() for r in range(self.conflicts_list.count())]

    def rows(self) -> list[dict[str, str]]:
        """The rows as shown, each a column's header → its text."""
        tree, header = self.tree, self.tree.headerItem()
        names = [header.text(c) for c in range(tree.columnCount())]
        return [{name: tree.topLevelItem(r).text(c) for c, name in enumerate(names)}
                for r in range(tree.topLevelItemCount())]  # fmt: skip

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def selected(self) -> bilaterals.BilateralView | None:
        chosen = self.selected_id()
        return next((m for m in self.shown_meetings() if m.id == chosen), None)

    def select(self, request_id: int) -> bool:
        """Select a request's row (showing every delegation if it is filtered out)."""
        if self.board is not None and request_id not in {m.id for m in self.shown_meetings()}:
            self.delegation_box.setCurrentIndex(0)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, ID_ROLE) == request_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _enable(self) -> None:
        view = self.selected()
        open_ = view is not None and view.status != BilateralStatus.CANCELLED
        self.edit_button.setEnabled(view is not None)
        self.cancel_button.setEnabled(open_)
        self.new_button.setEnabled(bool(self.board and self.board.delegations))
        rooms = bool(self.board and self.board.rooms)
        self.move_button.setEnabled(open_ and rooms)
        self.schedule_button.setEnabled(rooms)
        if not rooms:
            self.schedule_button.setToolTip(self.tr(
                "No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them."
            ))  # fmt: skip

    def _on_conflict_double_clicked(self, item: QListWidgetItem) -> None:
        self.select(item.data(ID_ROLE))

    # Actions ----------------------------------------------------------------------------------

    def new_request(self) -> RequestDialog:
        """Open the New bilateral request dialog (modeless; OK saves it)."""
        assert self.board is not None
        dialog = RequestDialog(self._event_file, self.board, self._add, self)
        dialog.accepted.connect(lambda: self._after_request(dialog.result_value, edited=False))
        dialog.open()
        return dialog

    def _add(self, values: RequestValues) -> bilaterals.BilateralView:
        names = dict(self.board.delegations) if self.board else {}
        return bilaterals.add_request(self._event_file, bilaterals.RequestInput(
            names.get(values.delegation_id, ""),
            names.get(values.counterpart_id, "") if values.counterpart_id is not None else "",
            values.organisation, values.participants, values.windows, values.duration,
            values.languages, values.interpretation, values.notes,
        ))  # fmt: skip

    def edit_selected(self) -> RequestDialog | None:
        view = self.selected()
        if view is None or self.board is None:
            return None

        names = dict(self.board.delegations)

        def edit(values: RequestValues) -> bilaterals.BilateralView:
            counterpart = values.counterpart_id
            return bilaterals.edit_request(
                self._event_file, view.id, participants=values.participants,
                windows=values.windows, duration=values.duration, languages=values.languages,
                interpretation=values.interpretation, notes=values.notes,
                delegation=names.get(values.delegation_id, ""),
                counterpart=names.get(counterpart, "") if counterpart is not None else "",
                organisation=values.organisation,
            )  # fmt: skip

        dialog = RequestDialog(self._event_file, self.board, edit, self, editing=view)
        dialog.accepted.connect(lambda: self._after_request(dialog.result_value, edited=True))
        dialog.open()
        return dialog

    def _after_request(self, view: bilaterals.BilateralView, *, edited: bool) -> None:
        self.reload(select=view.id)
        self._wrote()
        if edited:
            self._say(
                self.tr("Bilateral {id} ({title}) saved.").format(id=view.id, title=view.title)
            )
        else:
            self._say(self.tr("Bilateral {id} requested: {title}.").format(
                id=view.id, title=view.title))  # fmt: skip

    def cancel_selected(self) -> None:
        view = self.selected()
        if view is None or view.status == BilateralStatus.CANCELLED:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel request"),
            self.tr("Cancel the bilateral {title}? A scheduled meeting gives its room and time "
                    "back.").format(title=view.title),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            cancelled = bilaterals.cancel_request(self._event_file, view.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cancel request"), str(error))
            return
        self.reload(select=cancelled.id)
        self._wrote()
        self._say(self.tr("Bilateral {id} ({title}) cancelled.").format(
            id=cancelled.id, title=cancelled.title))  # fmt: skip

    def move_selected(self) -> MoveDialog | None:
        view = self.selected()
        if view is None or self.board is None or view.status == BilateralStatus.CANCELLED:
            return None

        def move(values: MoveValues) -> bilaterals.Moved:
            return bilaterals.move_meeting(self._event_file, view.id, room=values.room,
                                           day=values.day, start=values.start)  # fmt: skip

        dialog = MoveDialog(view, self.board, move, self)
        dialog.accepted.connect(lambda: self._after_move(dialog.result_value))
        dialog.open()
        return dialog

    def _after_move(self, moved: bilaterals.Moved) -> None:
        self.reload(select=moved.meeting.id)
        self._wrote()
        meeting = moved.meeting
        text = self.tr("{title} now {when} in {room}.").format(
            title=meeting.title, when=meeting.when, room=meeting.room)  # fmt: skip
        if moved.conflicts:
            text += " " + self.tr("Conflicts: {sentences}").format(
                sentences=" ".join(c.sentence for c in moved.conflicts))  # fmt: skip
        self._say(text)

    def schedule(self) -> bilaterals.ScheduleReport | None:
        """Place every open request (Schedule); say how many were placed, and why others were not."""
        try:
            report = bilaterals.schedule_all(self._event_file)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Schedule"), str(error))
            return None
        self.reload()
        self._wrote()
        self._say(self.tr("Placed: {placed}; not placed: {unplaced}.").format(
            placed=len(report.placed), unplaced=len(report.unplaced)))  # fmt: skip
        reasons = [reason for _view, reason in report.unplaced]
        self.notes.setText("\n".join(reasons))
        self.notes.setVisible(bool(reasons))
        return report

    def open_print_dialog(self) -> BilateralsPrintDialog | None:
        if self.board is None:
            return None
        view, shown = self.selected(), self.delegation_box.currentData()
        dialog = BilateralsPrintDialog(
            self._event_file, self.board, self, delegation_id=shown,
            room=view.room if view and shown is None else "",
            day=view.day if view else None,
        )  # fmt: skip
        dialog.open()  # a JobDialog frees itself once closed and its jobs are done
        return dialog

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)


def open_bilaterals_window(
    parent: QWidget, event_file: EventFile, request_id: int | None = None
) -> BilateralsWindow:
    window = BilateralsWindow(event_file, parent)  # frees itself when closed (JobDialog)
    data_changed = getattr(parent, "data_changed", None)  # the main window's, if it is one
    if data_changed is not None:
        window.changed.connect(data_changed)
        data_changed.connect(window.refresh)
    window.show()
    if request_id is not None:
        window.select(request_id)
    return window
