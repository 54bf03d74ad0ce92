"""The Travel dialog: one delegate's arrival and departure legs, shared with members of their
delegation who travel with them. Save is one service call (both directions in one
transaction); a bad entry is one sentence at the foot of the form and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.travel import Direction, Mode
from delegations.services import delegate_travel as service
from delegations.services.event import EventFile
from delegations.services.travel import LegInput, LegView
from delegations.ui.dates import medium_date, short_date_format, time_text


def _leg_text(leg: LegView) -> str:
    """ "CZ3416 · Thu, 24 Jul 2025 14:20 · KWE — Mr. Lê Văn An, Ms. Trần Thị Mai"."""
    when = medium_date(leg.day) + (f" {time_text(leg.time)}" if leg.time else "")
    names = ", ".join(t.name for t in leg.travellers[:3])
    more = f" +{len(leg.travellers) - 3}" if len(leg.travellers) > 3 else ""
    what = " · ".join(p for p in (leg.number or leg.mode.value, when, leg.place) if p)
    return f"{what} — {names}{more}"


class LegBox(QGroupBox):
    """One direction's leg: checked when the delegate has one."""

    def __init__(
        self, direction: Direction, travel: service.DelegateTravel, default_day: dt.date,
        parent: QWidget,
    ) -> None:  # fmt: skip
        title = self.tr("Arrival") if direction is Direction.ARRIVAL else self.tr("Departure")
        super().__init__(title, parent)
        self.direction = direction
        self._travel = travel
        self._own = travel.leg(direction)
        self._default_day = default_day
        self.setCheckable(True)
        self.setChecked(self._own is not None)

        self.same_as = QComboBox(self)
        self.same_as.addItem(self.tr("Own leg"), None)
        self._joinable = [leg for leg in travel.others if leg.direction is direction]
        for leg in self._joinable:
            self.same_as.addItem(_leg_text(leg), leg.id)
        self.same_as.setEnabled(bool(self._joinable))
        self.same_as.currentIndexChanged.connect(self._on_same_as)
        self.mode = QComboBox(self)
        for mode, text in ((Mode.FLIGHT, self.tr("Flight")), (Mode.TRAIN, self.tr("Train")),
                           (Mode.CAR, self.tr("Car"))):  # fmt: skip
            self.mode.addItem(text, mode.value)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("CZ3416")
        self.carrier = QLineEdit(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(short_date_format(self.locale()))
        self.time = QLineEdit(self)
        self.time.setPlaceholderText("14:20")
        self.time.setMaximumWidth(90)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText("KWE")
        completer = QCompleter(list(service.place_labels()), self.place)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place.setCompleter(completer)
        self.terminal = QLineEdit(self)
        self.terminal.setMaximumWidth(90)
        self.other_end = QLineEdit(self)
        self.needs = QLineEdit(self)
        self.needs.setPlaceholderText("wheelchair, vip-lane, luggage")
        self.members = QListWidget(self)
        self.members.setMaximumHeight(110)
        for member in travel.members:
            item = QListWidgetItem(member.name, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        form = QFormLayout(self)
        count = travel.leg_count(direction)
        if count > 1:  # a connection or a return trip recorded as two legs: one is shown
            first = direction is Direction.ARRIVAL
            self.more = QLabel(
                self.tr("One of %n legs: the first, the others are kept.", "", count)
                if first
                else self.tr("One of %n legs: the last, the others are kept.", "", count),
                self,
            )
            form.addRow(self.more)
        form.addRow(self.tr("Same as"), self.same_as)
        line = QHBoxLayout()
        line.addWidget(self.mode)
        line.addWidget(self.number, 1)
        line.addWidget(QLabel(self.tr("Carrier"), self))
        line.addWidget(self.carrier, 1)
        form.addRow(self.tr("Travels by"), line)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        form.addRow(self.tr("Day and time"), when)
        where = QHBoxLayout()
        where.addWidget(self.place, 1)
        where.addWidget(QLabel(self.tr("Terminal"), self))
        where.addWidget(self.terminal)
        form.addRow(self.tr("Airport or station"), where)
        arriving = direction is Direction.ARRIVAL
        form.addRow(self.tr("From") if arriving else self.tr("To"), self.other_end)
        form.addRow(self.tr("Needs"), self.needs)
        form.addRow(self.tr("Also on this leg"), self.members)
        self._show(self._own)

    # Showing ----------------------------------------------------------------------------

    def _show(self, leg: LegView | None) -> None:
        """Fill the fields from a leg (None: empty, on the default day)."""
        self._shown = leg
        self.mode.setCurrentIndex(max(0, self.mode.findData(leg.mode.value if leg else "flight")))
        self.number.setText(leg.number if leg else "")
        self.carrier.setText(leg.carrier if leg else "")
        day = leg.day if leg else self._default_day
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.time.setText(leg.time.strftime("%H:%M") if leg and leg.time else "")
        self.place.setText(leg.place if leg else "")
        self.terminal.setText(leg.terminal if leg else "")
        self.other_end.setText(leg.other_end if leg else "")
        on_leg = {t.id: t for t in leg.travellers} if leg else {}
        own = on_leg.get(self._travel.delegate_id)
        self.needs.setText(own.needs if own else "")
        for row in range(self.members.count()):
            item = self.members.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in on_leg
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_same_as(self, index: int) -> None:
        if index > 0:
            self.setChecked(True)
        self._show(self._joinable[index - 1] if index > 0 else self._own)

    def join(self, leg_id: int) -> None:
        """Travel on another member's leg ("the same flight as…")."""
        self.same_as.setCurrentIndex(max(0, self.same_as.findData(leg_id)))

    def check_member(self, delegate_id: int) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == delegate_id:
                item.setCheckState(Qt.CheckState.Checked)

    # Saving -----------------------------------------------------------------------------

    def choice(self) -> service.LegChoice:
        if not self.isChecked():
            return service.LegChoice(self.direction, None, previous=self._own_id)
        shown = self._shown
        me = self._travel.delegate_id
        members = {self.members.item(row).data(Qt.ItemDataRole.UserRole): self.members.item(row)
                   for row in range(self.members.count())}  # fmt: skip
        # Travellers of other delegations on a shared leg stay on it; of this delegation,
        # those ticked.
        outside = [
            t for t in (shown.travellers if shown else ()) if t.id not in members and t.id != me
        ]
        ticked = [id_ for id_, item in members.items()
                  if item.checkState() == Qt.CheckState.Checked]  # fmt: skip
        needs: dict[int | str, str] = {t.id: t.needs for t in (shown.travellers if shown else ())}
        needs[me] = self.needs.text()
        date = self.day.date()
        place = self.place.text().strip()
        leg = LegInput(
            direction=self.direction.value,
            day=dt.date(date.year(), date.month(), date.day()),
            travellers=[me, *ticked, *(t.id for t in outside)],
            time=self.time.text().strip() or None,
            number=self.number.text(),
            mode=self.mode.currentData(),
            carrier=self.carrier.text(),
            place=place.split()[0] if place else "",
            terminal=self.terminal.text(),
            other_end=self.other_end.text(),
            notes=shown.notes if shown else "",
            via=shown.via if shown else "",
            needs=needs,
        )
        return service.LegChoice(
            self.direction, leg, shown.id if shown else None, previous=self._own_id
        )

    @property
    def _own_id(self) -> int | None:
        return self._own.id if self._own else None


class TravelDialog(QDialog):
    """Edit a delegate's travel; `accepted` once saved."""

    def __init__(
        self, event_file: EventFile, delegate_id: int, *, also: list[int] | tuple[int, ...] = (),
        default_day: dt.date | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._event_file = event_file
        self._delegate_id = delegate_id
        self.travel = service.read_delegate_travel(event_file, delegate_id)
        self.setWindowTitle(self.tr("Travel: {name}").format(name=self.travel.name))
        day = default_day or dt.date.today()
        self.arrival = LegBox(Direction.ARRIVAL, self.travel, day, self)
        self.departure = LegBox(Direction.DEPARTURE, self.travel, day, self)
        for box in (self.arrival, self.departure):
            for member in also:  # the members selected with this delegate in the tab
                box.check_member(member)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3121f; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{self.travel.name}</b> · {self.travel.delegation}", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(self.arrival)
        layout.addWidget(self.departure)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def save(self) -> None:
        """One service call for both legs; a refusal is shown and the dialog stays open."""
        try:
            choices = [self.arrival.choice(), self.departure.choice()]
            service.save_delegate_travel(self._event_file, self._delegate_id, choices)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
