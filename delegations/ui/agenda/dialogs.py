"""The session form, and what the agenda's forms and the Speakers tab share: kind labels, a
searchable combo box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.domain import rules
from delegations.domain.enums import SessionKind, SpeakerRole
from delegations.domain.names import clean, fold
from delegations.ui.accessibility import named
from delegations.ui.dates import medium_date
from delegations.ui.dialogs.form import FormDialog, Submit, fill_combo, select_data

_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


# Session kinds and speaker roles as the window shows them ("site visit" -> "Site visit"),
# marked for lupdate and translated when shown (`kind_label`).
_KIND_LABELS = {
    SessionKind.OPENING: QT_TRANSLATE_NOOP("SessionDialog", "Opening ceremony"),
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("SessionDialog", "Plenary"),
    SessionKind.SEMINAR: QT_TRANSLATE_NOOP("SessionDialog", "Seminar"),
    SessionKind.WORKSHOP: QT_TRANSLATE_NOOP("SessionDialog", "Workshop"),
    SessionKind.SIGNING: QT_TRANSLATE_NOOP("SessionDialog", "Signing ceremony"),
    SessionKind.SITE_VISIT: QT_TRANSLATE_NOOP("SessionDialog", "Site visit"),
    SessionKind.BILATERAL: QT_TRANSLATE_NOOP("SessionDialog", "Bilateral meeting"),
    SessionKind.BREAK: QT_TRANSLATE_NOOP("SessionDialog", "Break or meal"),
    SpeakerRole.KEYNOTE: QT_TRANSLATE_NOOP("SessionDialog", "Keynote"),
    SpeakerRole.PANELLIST: QT_TRANSLATE_NOOP("SessionDialog", "Panellist"),
    SpeakerRole.MODERATOR: QT_TRANSLATE_NOOP("SessionDialog", "Moderator"),
    SpeakerRole.CHAIR: QT_TRANSLATE_NOOP("SessionDialog", "Chair"),
}


def kind_label(kind: str) -> str:
    """The label of a session kind or a speaker role, in the window's language."""
    label = _KIND_LABELS.get(kind)
    if label is None:
        return kind[:1].upper() + kind[1:]
    return QCoreApplication.translate("SessionDialog", label)


def day_label(day: dt.date) -> str:
    return medium_date(day)


class SessionDialog(FormDialog):
    """Add or edit an agenda session.

    Args:
        days: the days to choose from (the event's days).
        rooms: (id, name) pairs.
        speakers: (id, name) pairs; the chair and the speakers are chosen among them.
    """

    def __init__(
        self,
        submit: Submit,
        *,
        days: Sequence[dt.date],
        rooms: Sequence[tuple[int, str]],
        speakers: Sequence[tuple[int, str]],
        new: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add session") if new else self.tr("Edit session"))
        self.title_en = self.add_row(
            self.tr("&Title (English):"), self.line_edit(), "Title",
            check=lambda: rules.require_text(clean(self.title_en.text()), "Title"),
        )  # fmt: skip
        self.title_zh = self.add_row(self.tr("Title (&Chinese):"), self.line_edit())
        self.kind = QComboBox(self)
        fill_combo(self.kind, [(kind_label(kind.value), kind.value) for kind in SessionKind])
        self.add_row(self.tr("&Kind:"), self.kind, "Kind")
        self.day = QComboBox(self)
        fill_combo(self.day, [(day_label(day), day.toordinal()) for day in days])
        self.add_row(self.tr("&Day:"), self.day, "Day")
        self.start = QTimeEdit(QTime(9, 0), self)
        self.end = QTimeEdit(QTime(10, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.start.timeChanged.connect(self._on_start_changed)
        self.add_row(self.tr("&Start:"), self.start, "Start")
        self.add_row(
            self.tr("&End:"), self.end, "End",
            check=lambda: rules.check_session_times(
                self.start.time().toPython(), self.end.time().toPython()
            ),
        )  # fmt: skip
        self.room = QComboBox(self)
        fill_combo(self.room, [(self.tr("(no room)"), 0), *((n, i) for i, n in rooms)])
        self.add_row(self.tr("&Room:"), self.room, "Room")
        self.chair = QComboBox(self)
        fill_combo(self.chair, [(self.tr("(no chair)"), 0), *((n, i) for i, n in speakers)])
        self.add_row(self.tr("C&hair:"), self.chair, "Chair")
        self._roles: dict[int, SpeakerRole] = {}
        self.speakers = named(QListWidget(self), self.tr("Speakers of the session"))
        self.speakers.setMinimumHeight(150)
        for speaker_id, name in speakers:
            item = QListWidgetItem(name, self.speakers)
            item.setData(Qt.ItemDataRole.UserRole, speaker_id)
            item.setData(_NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        # The speakers: tick them; the ticked ones are in programme order, each with a role.
        self.speaker_filter = QLineEdit(self)
        self.speaker_filter.setPlaceholderText(self.tr("Filter speakers"))
        named(self.speaker_filter, self.speaker_filter.placeholderText())
        self.speaker_filter.setClearButtonEnabled(True)
        self.speaker_filter.textChanged.connect(self._on_speaker_filter)
        self.speaker_role = QComboBox(self)
        fill_combo(self.speaker_role, [(kind_label(r.value), r.value) for r in SpeakerRole])
        self.speaker_role.setToolTip(self.tr("The role of the selected speaker in this session"))
        self.speaker_role.activated.connect(self._on_role_chosen)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.up_button.clicked.connect(lambda: self.move_current_speaker(-1))
        self.down_button.clicked.connect(lambda: self.move_current_speaker(1))
        self.speakers.currentItemChanged.connect(self._on_current_speaker)
        self.speakers.itemChanged.connect(self._on_speaker_item_changed)
        speaker_box = QWidget(self)
        box = QVBoxLayout(speaker_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.speaker_filter)
        box.addWidget(self.speakers)
        row = QHBoxLayout()
        row.addWidget(self.speaker_role, 1)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        box.addLayout(row)
        self.add_row(self.tr("S&peakers:"), speaker_box, "Speakers")
        self.description = self.add_row(self.tr("Descr&iption:"), self.text_edit(lines=3))
        self._on_current_speaker(None)
        self._previous_start = self.start.time()
        self.resize(580, self.sizeHint().height())

    # Speakers: filter, role, order ------------------------------------------------------------

    def _on_speaker_filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.speakers.count()):
            item = self.speakers.item(row)
            key = fold(item.data(_NAME_ROLE))
            item.setHidden(not all(word in key for word in words))

    def _on_current_speaker(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        checked = item is not None and item.checkState() == Qt.CheckState.Checked
        for widget in (self.speaker_role, self.up_button, self.down_button):
            widget.setEnabled(checked)
        if checked:
            speaker_id = item.data(Qt.ItemDataRole.UserRole)
            select_data(self.speaker_role, self._roles.get(speaker_id, SpeakerRole.PANELLIST))

    def _on_role_chosen(self, _index: int) -> None:
        item = self.speakers.currentItem()
        if item is not None and item.checkState() == Qt.CheckState.Checked:
            self._roles[item.data(Qt.ItemDataRole.UserRole)] = SpeakerRole(
                self.speaker_role.currentData()
            )
            self._label_speaker(item)

    def _on_speaker_item_changed(self, item: QListWidgetItem) -> None:
        self._label_speaker(item)
        if item is self.speakers.currentItem():
            self._on_current_speaker(item)

    def _label_speaker(self, item: QListWidgetItem) -> None:
        name = item.data(_NAME_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            role = self._roles.get(item.data(Qt.ItemDataRole.UserRole), SpeakerRole.PANELLIST)
            text = f"{name}   · {kind_label(str(role))}"
        else:
            text = name
        if item.text() != text:
            blocked = self.speakers.blockSignals(True)
            item.setText(text)
            self.speakers.blockSignals(blocked)

    def set_speaker_role(self, speaker_id: int, role: SpeakerRole) -> None:
        self._roles[speaker_id] = SpeakerRole(role)
        for row in range(self.speakers.count()):
            item = self.speakers.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == speaker_id:
                self._label_speaker(item)

    def move_current_speaker(self, step: int) -> None:
        """Move the selected ticked speaker up (-1) or down (+1) among the ticked ones."""
        row = self.speakers.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.speakers.count():
            return
        if self.speakers.item(target).checkState() != Qt.CheckState.Checked:
            return
        blocked = self.speakers.blockSignals(True)
        item = self.speakers.takeItem(row)
        self.speakers.insertItem(target, item)
        self.speakers.blockSignals(blocked)
        self.speakers.setCurrentRow(target)

    def _on_start_changed(self, start: QTime) -> None:
        """Moving the start moves the end with it, keeping the duration."""
        duration = self._previous_start.secsTo(self.end.time())
        self._previous_start = start
        if duration > 0:
            self.end.setTime(start.addSecs(duration))

    def values(self) -> dict[str, Any]:
        ordinal = self.day.currentData()
        return {
            "title_en": self.title_en.text(),
            "title_zh": self.title_zh.text(),
            "kind": SessionKind(self.kind.currentData()),
            "day": dt.date.fromordinal(ordinal) if ordinal else None,
            "start_time": self.start.time().toPython(),
            "end_time": self.end.time().toPython(),
            "room_id": self.room.currentData() or None,
            "chair_id": self.chair.currentData() or None,
            "description": self.description.toPlainText(),
            "speakers": self.chosen_speakers(),
        }

    def chosen_speakers(self) -> list[tuple[int, SpeakerRole]]:
        chosen = []
        for row in range(self.speakers.count()):
            item = self.speakers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                speaker_id = item.data(Qt.ItemDataRole.UserRole)
                chosen.append((speaker_id, self._roles.get(speaker_id, SpeakerRole.PANELLIST)))
        return chosen

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.title_en.setText(values.get("title_en", ""))
        self.title_zh.setText(values.get("title_zh", ""))
        select_data(self.kind, str(values.get("kind") or SessionKind.SEMINAR.value))
        day = values.get("day")
        if day is not None:
            if self.day.findData(day.toordinal()) < 0:
                self.day.addItem(day_label(day), day.toordinal())
            select_data(self.day, day.toordinal())
        for key, edit in (("start_time", self.start), ("end_time", self.end)):
            if values.get(key) is not None:
                edit.setTime(QTime(values[key]))
        self._previous_start = self.start.time()
        select_data(self.room, values.get("room_id") or 0)
        select_data(self.chair, values.get("chair_id") or 0)
        self.description.setPlainText(values.get("description", ""))
        speakers = list(values.get("speakers", ()))
        self._roles = dict(speakers)
        order = {speaker_id: position for position, (speaker_id, _) in enumerate(speakers)}
        # The session's speakers first, in their order; then everyone else.
        items = [self.speakers.takeItem(0) for _ in range(self.speakers.count())]
        items.sort(key=lambda item: order.get(item.data(Qt.ItemDataRole.UserRole), len(order)))
        blocked = self.speakers.blockSignals(True)
        for item in items:
            chosen = item.data(Qt.ItemDataRole.UserRole) in order
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.speakers.addItem(item)
            self._label_speaker(item)
        self.speakers.blockSignals(blocked)
        self._on_current_speaker(self.speakers.currentItem())


def searchable_combo(combo: QComboBox, placeholder: str = "") -> None:
    """Make a combo box searchable: type any part of an item to narrow the list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(16)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    if placeholder:
        combo.lineEdit().setPlaceholderText(placeholder)
