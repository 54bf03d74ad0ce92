"""The bilaterals window's dialogs: a request (new or edited), a meeting's move, and printing.

Each dialog collects plain values and hands them to one service call (`submit`); a refusal
(`UserError`) is shown as its one sentence in a message box and the dialog stays open with
what the user typed, nothing saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.bilaterals import DEFAULT_DURATION, Window
from delegations.domain.errors import UserError
from delegations.services import bilaterals
from delegations.services.event import EventFile
from delegations.ui.dialogs.document_dialog import DocumentDialog, Render

ID_ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_text(day: dt.date) -> str:
    return f"{day:%a %-d %b %Y}"


class _Submitting(QDialog):
    """OK calls `submit` (one service call); a UserError is shown and the dialog stays."""

    def __init__(self, submit: Callable[[Any], object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: object = None

    def values(self) -> Any:  # noqa: ANN401 (each dialog its own)
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()


@dataclass(frozen=True, slots=True)
class RequestValues:
    delegation_id: int
    counterpart_id: int | None  # None: the organisation
    organisation: str
    participants: tuple[int, ...]
    windows: tuple[Window, ...]
    duration: int
    languages: str
    interpretation: str
    notes: str


class RequestDialog(_Submitting):
    """A bilateral request: the two sides (a delegation and a delegation or an organisation),
    participants ticked among both sides' delegates (none: the heads), wished times,
    languages, interpretation, duration and notes."""

    def __init__(
        self,
        event_file: EventFile,
        board: bilaterals.Board,
        submit: Callable[[RequestValues], object],
        parent: QWidget | None = None,
        *,
        editing: bilaterals.BilateralView | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._event_file, self._board, self._editing = event_file, board, editing
        self.setWindowTitle(self.tr("Edit bilateral request") if editing
                            else self.tr("New bilateral request"))  # fmt: skip
        self.delegation_box = QComboBox(self)
        self.counterpart_box = QComboBox(self)
        for id_, name in board.delegations:
            self.delegation_box.addItem(name, id_)
            self.counterpart_box.addItem(name, id_)
        self.with_delegation = QRadioButton(self.tr("a &delegation:"), self)
        self.with_organisation = QRadioButton(self.tr("an or&ganisation:"), self)
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setPlaceholderText(self.tr("e.g. ASEAN Secretariat"))
        group = QButtonGroup(self)
        group.addButton(self.with_delegation)
        group.addButton(self.with_organisation)
        self.with_delegation.setChecked(True)
        self.participants_list = QListWidget(self)
        self.participants_list.setToolTip(
            self.tr("Tick who takes part; none ticked: the heads of delegation.")
        )
        self.windows_list = QListWidget(self)
        self.windows_list.setMaximumHeight(110)
        self.window_day = QDateEdit(self)
        self.window_day.setDisplayFormat("ddd d MMM yyyy")
        self.window_from = QTimeEdit(QTime(9, 0), self)
        self.window_to = QTimeEdit(QTime(12, 0), self)
        for edit in (self.window_from, self.window_to):
            edit.setDisplayFormat("HH:mm")
        if board.days:  # a wished time lies within the event's days
            self.window_day.setDateRange(_qdate(board.days[0]), _qdate(board.days[-1]))
            self.window_day.setDate(_qdate(board.days[0]))
        self.add_window_button = QPushButton(self.tr("&Add time"), self)
        self.remove_window_button = QPushButton(self.tr("Re&move time"), self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(5, bilaterals.MAX_DURATION)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(DEFAULT_DURATION)
        self.languages_edit = QLineEdit(self)
        self.languages_edit.setPlaceholderText(self.tr("e.g. en, zh"))
        self.languages_edit.setToolTip(self.tr("Language codes, separated by commas."))
        self.interpretation_edit = QLineEdit(self)
        self.notes_edit = QLineEdit(self)
        self._lay_out()
        self.delegation_box.currentIndexChanged.connect(self._fill_participants)
        self.counterpart_box.currentIndexChanged.connect(self._fill_participants)
        self.with_delegation.toggled.connect(self._on_side_changed)
        self.add_window_button.clicked.connect(self.add_window)
        self.remove_window_button.clicked.connect(self._on_remove_window)
        if editing is not None:
            self._show_request(editing)
        elif self.counterpart_box.count() > 1:
            self.counterpart_box.setCurrentIndex(1)
        self._on_side_changed()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("D&elegation:"), self.delegation_box)
        other = QHBoxLayout()
        other.addWidget(self.with_delegation)
        other.addWidget(self.counterpart_box, 1)
        other.addWidget(self.with_organisation)
        other.addWidget(self.organisation_edit, 1)
        form.addRow(self.tr("Meets:"), other)
        participants = QLabel(self.tr("&Participants:"), self)
        participants.setBuddy(self.participants_list)
        form.addRow(participants, self.participants_list)
        self.participants_list.setMinimumHeight(220)
        wished = QVBoxLayout()
        wished.addWidget(self.windows_list)
        adding = QHBoxLayout()
        for widget in (self.window_day, self.window_from, QLabel("–", self), self.window_to,
                       self.add_window_button, self.remove_window_button):  # fmt: skip
            adding.addWidget(widget)
        adding.addStretch(1)
        wished.addLayout(adding)
        windows = QLabel(self.tr("&Wished times:"), self)
        windows.setBuddy(self.windows_list)
        form.addRow(windows, wished)
        form.addRow(self.tr("D&uration:"), self.duration_spin)
        form.addRow(self.tr("&Languages:"), self.languages_edit)
        form.addRow(self.tr("&Interpretation:"), self.interpretation_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def _show_request(self, view: bilaterals.BilateralView) -> None:
        self.delegation_box.setCurrentIndex(self.delegation_box.findData(view.delegation_id))
        if view.counterpart_id is None:
            self.with_organisation.setChecked(True)
            self.organisation_edit.setText(view.counterpart)
        else:
            self.counterpart_box.setCurrentIndex(self.counterpart_box.findData(view.counterpart_id))
        self._fill_participants()
        chosen = {p.id for p in view.participants}
        for row in range(self.participants_list.count()):
            item = self.participants_list.item(row)
            checked = item.data(ID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for window in view.windows:
            self._add_window_item(window)
        self.duration_spin.setValue(view.duration)
        self.languages_edit.setText(view.languages)
        self.interpretation_edit.setText(view.interpretation)
        self.notes_edit.setText(view.notes)

    def _on_side_changed(self) -> None:
        self.counterpart_box.setEnabled(self.with_delegation.isChecked())
        self.organisation_edit.setEnabled(self.with_organisation.isChecked())
        self._fill_participants()

    def _sides(self) -> list[int]:
        sides = [self.delegation_box.currentData()]
        if self.with_delegation.isChecked():
            sides.append(self.counterpart_box.currentData())
        return [side for side in sides if side is not None]

    def _fill_participants(self) -> None:
        ticked = set(self.participant_ids())
        self.participants_list.clear()
        for person, is_head in bilaterals.delegation_members(self._event_file, self._sides()):
            text = f"{person.delegation}: {person.name}"
            if is_head:
                text += self.tr(" (head of delegation)")
            item = QListWidgetItem(text, self.participants_list)
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def participant_ids(self) -> list[int]:
        items = (self.participants_list.item(r) for r in range(self.participants_list.count()))
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def tick(self, *names: str) -> None:
        """Tick the participants whose line contains each of `names` (for tests and scripts)."""
        for row in range(self.participants_list.count()):
            item = self.participants_list.item(row)
            if any(name in item.text() for name in names):
                item.setCheckState(Qt.CheckState.Checked)

    def add_window(self) -> None:
        """Add the day and times shown below the list as a wished time."""
        day = self.window_day.date().toPython()
        start, end = self.window_from.time().toPython(), self.window_to.time().toPython()
        if end <= start:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The wished time {day} {start}–{end} ends before it starts."
            ).format(day=_day_text(day), start=f"{start:%H:%M}", end=f"{end:%H:%M}"))  # fmt: skip
            return
        self._add_window_item(Window(day, start, end))

    def _add_window_item(self, window: Window) -> None:
        if window in self.windows():
            return
        text = f"{_day_text(window.day)}  {window.start:%H:%M}–{window.end:%H:%M}"
        item = QListWidgetItem(text, self.windows_list)
        item.setData(ID_ROLE, window)

    def _on_remove_window(self) -> None:
        row = self.windows_list.currentRow()
        if row >= 0:
            self.windows_list.takeItem(row)

    def windows(self) -> list[Window]:
        return [self.windows_list.item(r).data(ID_ROLE) for r in range(self.windows_list.count())]

    def values(self) -> RequestValues:
        organisation = self.with_organisation.isChecked()
        return RequestValues(
            self.delegation_box.currentData(),
            None if organisation else self.counterpart_box.currentData(),
            self.organisation_edit.text().strip() if organisation else "",
            tuple(self.participant_ids()),
            tuple(self.windows()),
            self.duration_spin.value(),
            self.languages_edit.text(),
            self.interpretation_edit.text(),
            self.notes_edit.text(),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class MoveValues:
    room: str
    day: dt.date
    start: dt.time


class MoveDialog(_Submitting):
    """Place a meeting by hand: a bilateral room, a day of the event and a start time."""

    def __init__(
        self,
        view: bilaterals.BilateralView,
        board: bilaterals.Board,
        submit: Callable[[MoveValues], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Move the bilateral {title}").format(title=view.title))
        self.room_box = QComboBox(self)
        self.room_box.addItems(board.rooms)
        self.day_box = QComboBox(self)
        days = list(board.days)
        if view.day is not None and view.day not in days:
            days = sorted({*days, view.day})
        for day in days:
            self.day_box.addItem(_day_text(day), day)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat("HH:mm")
        wished = QLabel(", ".join(
            f"{_day_text(w.day)} {w.start:%H:%M}–{w.end:%H:%M}" for w in view.windows
        ) or self.tr("none"), self)  # fmt: skip
        wished.setWordWrap(True)
        first = view.windows[0] if view.windows else None
        room, day = view.room or "", view.day or (first.day if first else None)
        start = view.start or (first.start if first else dt.time(9))
        if room:
            self.room_box.setCurrentText(room)
        if day in days:  # by position: findData does not compare dates
            self.day_box.setCurrentIndex(days.index(day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Room:"), self.room_box)
        form.addRow(self.tr("&Day:"), self.day_box)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("Wished times:"), wished)
        form.addRow(
            self.tr("Duration:"),
            QLabel(self.tr("{minutes} min").format(minutes=view.duration), self),
        )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def values(self) -> MoveValues:
        return MoveValues(
            self.room_box.currentText(),
            self.day_box.currentData(),
            self.start_edit.time().toPython().replace(second=0, microsecond=0),
        )


SCHEDULE, DOOR_SHEET = "schedule", "door sheet"


class BilateralsPrintDialog(DocumentDialog):
    """A delegation's bilateral schedule (or every delegation's) or a room's door sheet for a
    day: the first page previewed as printed, "Save as PDF…" (then opened) or "Print…"."""

    def __init__(
        self,
        event_file: EventFile,
        board: bilaterals.Board,
        parent: QWidget | None = None,
        *,
        delegation_id: int | None = None,
        room: str = "",
        day: dt.date | None = None,
    ) -> None:
        super().__init__(event_file, parent)
        self.setWindowTitle(self.tr("Print bilaterals"))
        self.schedule_radio = QRadioButton(self.tr("A &delegation's schedule"), self)
        self.door_radio = QRadioButton(self.tr("A room's door s&heet"), self)
        self.delegation_box = QComboBox(self)
        self.delegation_box.addItem(self.tr("Every delegation with a meeting"), None)
        for id_, name in board.delegations:
            self.delegation_box.addItem(name, id_)
        self.delegation_box.setCurrentIndex(max(self.delegation_box.findData(delegation_id), 0))
        self.room_box = QComboBox(self)
        self.room_box.addItems(board.rooms)
        if room:
            self.room_box.setCurrentText(room)
        self.day_box = QComboBox(self)
        for each in board.days:
            self.day_box.addItem(_day_text(each), each)
        if day in board.days:  # by position: findData does not compare dates
            self.day_box.setCurrentIndex(board.days.index(day))
        (self.door_radio if room and delegation_id is None else self.schedule_radio).setChecked(
            True
        )
        self.door_radio.setEnabled(bool(board.rooms and board.days))
        form = QFormLayout()
        form.addRow(self.schedule_radio)
        form.addRow(self.tr("D&elegation:"), self.delegation_box)
        form.addRow(self.door_radio)
        form.addRow(self.tr("&Room:"), self.room_box)
        form.addRow(self.tr("D&ay:"), self.day_box)
        self._lay_out(form, height=680)
        for signal in (self.schedule_radio.toggled, self.delegation_box.currentIndexChanged,
                       self.room_box.currentIndexChanged, self.day_box.currentIndexChanged):  # fmt: skip
            signal.connect(self.refresh_preview)
        self.refresh_preview()

    def what(self) -> str:
        return SCHEDULE if self.schedule_radio.isChecked() else DOOR_SHEET

    def suggested_name(self) -> str:
        if self.what() == SCHEDULE:
            if self.delegation_box.currentData() is None:
                return self.tr("Bilateral schedules")
            return self.tr("Bilateral schedule – {delegation}").format(
                delegation=self.delegation_box.currentText()
            )
        day = self.day_box.currentData()
        return self.tr("Door sheet – {room} – {day}").format(
            room=self.room_box.currentText(), day=day.isoformat() if day else ""
        )

    def update_choices(self) -> None:
        schedule = self.what() == SCHEDULE
        self.delegation_box.setEnabled(schedule)
        self.room_box.setEnabled(not schedule)
        self.day_box.setEnabled(not schedule)

    def renderer(self, *, keep: bool = True) -> Render:
        event_file, what = self._event_file, self.what()
        delegation = (
            self.delegation_box.currentText() if self.delegation_box.currentData() else None
        )
        room, day = self.room_box.currentText(), self.day_box.currentData()

        def render(path: Path) -> bilaterals.Printed:
            if what == SCHEDULE:
                return bilaterals.print_delegation_schedule(event_file, delegation, path)
            return bilaterals.print_room_door_sheet(event_file, room, day, path)

        return render
