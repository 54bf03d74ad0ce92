"""File ▸ Event settings… and File ▸ New event…: the event's name, dates, time zone and place.

The same form serves both: for the open event it saves through
`services.event.update_event_settings`; for a new event it only checks the settings
(`check_event_settings`), and the window then asks where to save the new file and creates
it with them (`services.event.create_event`). A refusal shows under its field and the dialog
stays open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLabel, QWidget

from delegations.domain import rules
from delegations.domain.errors import InvalidInput
from delegations.domain.names import clean
from delegations.services import event as event_service
from delegations.services.event import EventFile, EventSettings
from delegations.services.event_models import EventSettingsUpdate
from delegations.ui.dialogs.form import FormDialog, Submit


def system_time_zone() -> str:
    """The computer's IANA time zone if zoneinfo knows it, else UTC."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return name if event_service.is_time_zone(name) else "UTC"


def suggested_file_name(name: str) -> str:
    """A file name for a new event from its name: "China–ASEAN Week 2025.sqlite3"."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip() or "event"
    return f"{stem}.sqlite3"


class EventSettingsDialog(FormDialog):
    """The event's name (English and Chinese), first and last day, time zone, venue, city."""

    def __init__(self, submit: Submit, *, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("New event") if new else self.tr("Event settings"))
        if new:
            intro = QLabel(
                self.tr("Name the event and give its dates; you choose where to save it next."),
                self,
            )
            intro.setWordWrap(True)
            self.layout().insertWidget(0, intro)
        self.name = self.add_row(
            self.tr("&Name:"),
            self.line_edit(placeholder=self.tr("e.g. China–ASEAN Education Cooperation Week 2025")),
            "Name",
            check=lambda: rules.require_text(clean(self.name.text()), "Name"),
        )
        self.name_zh = self.add_row(
            self.tr("&Chinese name:"),
            self.line_edit(placeholder=self.tr("e.g. 中国—东盟教育交流周")),
            "Chinese name",
        )
        self.start = self._date_edit()
        self.add_row(self.tr("&Start date:"), self.start, "Start date")
        self.end = self._date_edit()
        self.add_row(
            self.tr("&End date:"), self.end, "End date",
            check=lambda: rules.check_date_range(
                self.start.date().toPython(), self.end.date().toPython(), "Start date", "End date"
            ),
        )  # fmt: skip
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(event_service.time_zone_names())
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.lineEdit().setPlaceholderText(self.tr("e.g. Asia/Shanghai"))
        self.time_zone.setToolTip(
            self.tr("Agenda times are in this zone; type a city to find it, e.g. Bangkok.")
        )
        self.add_row(
            self.tr("&Time zone:"), self.time_zone, "Time zone", check=self._check_time_zone
        )
        self.venue = self.add_row(self.tr("&Venue:"), self.line_edit(), "Venue")
        self.city = self.add_row(self.tr("C&ity:"), self.line_edit(), "City")
        self.start.dateChanged.connect(self._on_start_changed)
        self._confirmed = True
        self.resize(560, self.sizeHint().height())

    def _check_time_zone(self) -> None:
        if not event_service.is_time_zone(self.time_zone.currentText().strip()):
            raise InvalidInput("Time zone", "not a time zone name.")

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        return edit

    def _on_start_changed(self, start: QDate) -> None:
        # Moving the start past the end moves the end along, as calendars do.
        if self.end.date() < start:
            self.end.setDate(start)

    # Values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "name_zh": self.name_zh.text(),
            "start": self.start.date().toPython(),
            "end": self.end.date().toPython(),
            "time_zone": self.time_zone.currentText().strip(),
            "venue": self.venue.text(),
            "city": self.city.text(),
        }

    def submitted(self) -> EventSettingsUpdate:
        return EventSettingsUpdate(**self.values())

    def set_values(self, values: Mapping[str, Any] | EventSettings) -> None:
        if isinstance(values, EventSettings):
            self._confirmed = values.details_confirmed
            values = {
                "name": values.name, "name_zh": values.name_zh, "start": values.start,
                "end": values.end, "time_zone": values.time_zone, "venue": values.venue,
                "city": values.city,
            }  # fmt: skip
        self.name.setText(values.get("name", ""))
        self.name_zh.setText(values.get("name_zh", ""))
        start = values.get("start") or dt.date.today()
        self.start.setDate(QDate(start))
        self.end.setDate(QDate(values.get("end") or start))
        self.time_zone.setEditText(values.get("time_zone") or "UTC")
        self.venue.setText(values.get("venue", ""))
        self.city.setText(values.get("city", ""))

    # Qt overrides ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._confirmed:
            self.name.selectAll()  # the file's name: typing replaces it


def open_event_settings(
    parent: QWidget, event_file: EventFile, *, saved: Callable[[EventSettings], None]
) -> EventSettingsDialog:
    """File ▸ Event settings…: edit the open event's settings; `saved` runs after a save."""
    result: list[EventSettings] = []

    def submit(changes: EventSettingsUpdate) -> None:
        result.append(event_service.update_event_settings(event_file, changes))

    dialog = EventSettingsDialog(submit, parent=parent)
    dialog.set_values(event_service.read_event_settings(event_file))
    dialog.accepted.connect(lambda: saved(result[-1]))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_new_event_dialog(
    parent: QWidget, *, chosen: Callable[[EventSettings], None]
) -> EventSettingsDialog:
    """File ▸ New event…, first step: name and dates, checked; `chosen` gets them."""
    result: list[EventSettings] = []

    def submit(settings: EventSettingsUpdate) -> None:
        result.append(event_service.check_event_settings(EventSettings(**settings.model_dump())))

    dialog = EventSettingsDialog(submit, new=True, parent=parent)
    today = dt.date.today()
    dialog.set_values({"start": today, "end": today, "time_zone": system_time_zone()})
    dialog.accepted.connect(lambda: chosen(result[-1]))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = [
    "EventSettingsDialog",
    "open_event_settings",
    "open_new_event_dialog",
    "suggested_file_name",
]
