"""The forms of the Hotels and rooming window: a hotel, a room type, a block, a person's room,
a delegation placed. Each OK is one service call (`submit`); bad input is one sentence in the
form, which stays open, and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import hotels
from delegations.ui.agenda.dialogs import searchable_combo
from delegations.ui.dates import short_date_format
from delegations.ui.palette import error_style

MAX_SLEEPS = 12  # as domain.hotels.MAX_SLEEPS: the service refuses more in one sentence


class FormDialog(QDialog):
    """A form whose OK calls `submit()`; a refusal shows in `error` and the form stays."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: object = None
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.submit()
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() else ""


def date_edit(day: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_date_format())
    return edit


def _day(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class HotelDialog(FormDialog):
    def __init__(self, submit: Callable[[hotels.HotelInput], int], parent: QWidget) -> None:
        super().__init__(self.tr("Add hotel"), parent)
        self._submit = submit
        self.name_edit = QLineEdit(self)
        self.name_zh_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("Name in &Chinese:"), self.name_zh_edit)
        self.form.addRow(self.tr("&Address:"), self.address_edit)
        self.form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> int:
        return self._submit(hotels.HotelInput(
            self.name_edit.text(), self.name_zh_edit.text(), self.address_edit.text(),
            self.phone_edit.text(), self.email_edit.text(),
        ))  # fmt: skip


class RoomTypeDialog(FormDialog):
    """A new room type, or how many an existing one sleeps (its name picked in the list)."""

    def __init__(
        self, types: Sequence[tuple[str, int]], submit: Callable[[str, int], int], parent: QWidget
    ) -> None:
        super().__init__(self.tr("Room type"), parent)
        self._submit = submit
        self._sleeps = dict(types)
        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.name_box.addItems([name for name, _sleeps in types])
        self.name_box.setCurrentText("")
        self.sleeps_box = QSpinBox(self)
        self.sleeps_box.setRange(1, MAX_SLEEPS)
        self.sleeps_box.setValue(2)
        self.form.addRow(self.tr("&Room type:"), self.name_box)
        self.form.addRow(self.tr("&Sleeps:"), self.sleeps_box)
        self.name_box.currentTextChanged.connect(self._on_name)

    def _on_name(self, name: str) -> None:
        if name in self._sleeps:
            self.sleeps_box.setValue(self._sleeps[name])

    def submit(self) -> int:
        return self._submit(self.name_box.currentText(), self.sleeps_box.value())


class BlockDialog(FormDialog):
    """Rooms the hotel holds each night, from check-in to the night before check-out."""

    def __init__(
        self, types: Sequence[str], first: dt.date, last: dt.date,
        submit: Callable[[str, dt.date, dt.date, int], int], parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Add block"), parent)
        self._submit = submit
        self.type_box = QComboBox(self)
        self.type_box.addItems(list(types))
        self.check_in_edit = date_edit(first, self)
        self.check_out_edit = date_edit(last, self)
        self.rooms_box = QSpinBox(self)
        self.rooms_box.setRange(0, 9999)
        self.rooms_box.setValue(10)
        self.form.addRow(self.tr("&Room type:"), self.type_box)
        self.form.addRow(self.tr("Check-&in:"), self.check_in_edit)
        self.form.addRow(self.tr("Check-&out:"), self.check_out_edit)
        self.form.addRow(self.tr("Roo&ms:"), self.rooms_box)

    def submit(self) -> int:
        return self._submit(self.type_box.currentText(), _day(self.check_in_edit),
                            _day(self.check_out_edit), self.rooms_box.value())  # fmt: skip


class AssignDialog(FormDialog):
    """A person's room at the hotel: a new room of a type (the hotel's number if known), or
    the room of someone staying there; their own dates, else the travel's; requests."""

    def __init__(
        self,
        people: Sequence[tuple[int, str, dt.date, dt.date]],  # id, name, travel in and out
        hotel: hotels.HotelView,
        submit: Callable[[hotels.StayInput], hotels.Saved],
        parent: QWidget,
        *,
        person: int | None = None,
    ) -> None:
        super().__init__(self.tr("Room at {hotel}").format(hotel=hotel.name), parent)
        self._submit, self._hotel, self._people = submit, hotel, list(people)
        self.person_box = QComboBox(self)
        for id_, name, _in, _out in people:
            self.person_box.addItem(name, id_)
        self.person_box.setCurrentIndex(max(self.person_box.findData(person), 0))
        searchable_combo(self.person_box)
        self.new_radio = QRadioButton(self.tr("A &new room"), self)
        self.type_box = QComboBox(self)
        self.type_box.addItems([name for name, _sleeps in hotel.room_types])
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("the hotel's number, if known"))
        self.share_radio = QRadioButton(self.tr("&Share the room of"), self)
        self.share_box = QComboBox(self)
        for room in hotel.rooms:
            for guest in room.guests:
                self.share_box.addItem(guest.name, guest.delegate_id)
        self.share_radio.setEnabled(self.share_box.count() > 0)
        searchable_combo(self.share_box)
        self.new_radio.setChecked(True)
        self.own_dates = QCheckBox(self.tr("Own &dates (else the travel's)"), self)
        self.check_in_edit = date_edit(dt.date.today(), self)
        self.check_out_edit = date_edit(dt.date.today(), self)
        self.requests_edit = QLineEdit(self)
        self.form.addRow(self.tr("&Guest:"), self.person_box)
        self.form.addRow(self.new_radio)
        self.form.addRow(self.tr("&Room type:"), self.type_box)
        self.form.addRow(self.tr("Room n&umber:"), self.number_edit)
        self.form.addRow(self.share_radio, self.share_box)
        self.form.addRow(self.own_dates)
        self.form.addRow(self.tr("Check-&in:"), self.check_in_edit)
        self.form.addRow(self.tr("Check-&out:"), self.check_out_edit)
        self.form.addRow(self.tr("Re&quests:"), self.requests_edit)
        self.person_box.currentIndexChanged.connect(self._on_person)
        self.new_radio.toggled.connect(self._enable)
        self.own_dates.toggled.connect(self._enable)
        self._on_person()
        self.resize(480, self.sizeHint().height())

    def _on_person(self) -> None:
        index = self.person_box.currentIndex()
        if 0 <= index < len(self._people):
            _id, _name, check_in, check_out = self._people[index]
            self.check_in_edit.setDate(QDate(check_in.year, check_in.month, check_in.day))
            self.check_out_edit.setDate(QDate(check_out.year, check_out.month, check_out.day))
        self._enable()

    def _enable(self) -> None:
        new = self.new_radio.isChecked()
        self.type_box.setEnabled(new)
        self.number_edit.setEnabled(new)
        self.share_box.setEnabled(not new)
        own = self.own_dates.isChecked()
        self.check_in_edit.setEnabled(own)
        self.check_out_edit.setEnabled(own)

    def submit(self) -> hotels.Saved:
        new, own = self.new_radio.isChecked(), self.own_dates.isChecked()
        person = self._chosen(self.person_box, self.tr("Guest"))
        return self._submit(hotels.StayInput(
            person=person,
            hotel=self._hotel.name if new else "",
            room_type=self.type_box.currentText() if new else "",
            room=self.number_edit.text().strip() if new else "",
            share_with=self._chosen(self.share_box, self.tr("Share with")) if not new else "",
            check_in=_day(self.check_in_edit) if own else None,
            check_out=_day(self.check_out_edit) if own else None,
            requests=self.requests_edit.text(),
        ))  # fmt: skip

    def _chosen(self, box: QComboBox, field: str) -> int:
        """The id of the person whose name the searchable box shows (typed or picked)."""
        text = " ".join(box.currentText().split())
        index = box.currentIndex()
        if box.itemText(index) != text:  # typed, not picked: the first of that name
            index = box.findText(text)
        if index < 0:
            raise UserError(self.tr("{field}: no one in the list is named “{name}”.").format(
                field=field, name=text))  # fmt: skip
        return box.itemData(index)


class PlaceDialog(FormDialog):
    """Every member of a delegation who has no room gets one of the type, so many to a room."""

    def __init__(
        self, delegations: Sequence[str], hotel: hotels.HotelView,
        submit: Callable[[str, str, int], tuple[int, int]], parent: QWidget,
        *, delegation: str = "",
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Place a delegation at {hotel}").format(hotel=hotel.name), parent)
        self._submit = submit
        self.delegation_box = QComboBox(self)
        self.delegation_box.addItems(list(delegations))
        if delegation:
            self.delegation_box.setCurrentText(delegation)
        self.type_box = QComboBox(self)
        self.type_box.addItems([name for name, _sleeps in hotel.room_types])
        self.per_room_box = QSpinBox(self)
        self.per_room_box.setRange(1, MAX_SLEEPS)
        self.form.addRow(self.tr("&Delegation:"), self.delegation_box)
        self.form.addRow(self.tr("&Room type:"), self.type_box)
        self.form.addRow(self.tr("&Per room:"), self.per_room_box)

    def submit(self) -> tuple[int, int]:
        return self._submit(self.delegation_box.currentText(), self.type_box.currentText(),
                            self.per_room_box.value())  # fmt: skip
