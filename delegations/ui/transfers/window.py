"""The Transfers and manifests window (Travel ▸ Transfers and manifests…): a day and a
direction, the vehicles' runs with their passengers, what changed since the day's manifest
was last printed, and the event's transfer settings. Each action is one call of
`services.transfers`:

- the plan (`transfer_plan`) and the changes (`manifest_changes`), read again on a change;
- Save settings (`save_settings`: refused whole in one sentence under the form);
- Print… (the manifest previewed, saved or printed: `write_manifest`, `record_print`) and
  Export .xlsx… (`write_manifest`, kept as printed).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.domain.transfers import MAX_LEAD, MAX_WINDOW, Direction, Transfer
from delegations.services import transfers
from delegations.services.event import EventFile, read_event_settings
from delegations.ui.accessibility import announce
from delegations.ui.dates import short_date
from delegations.ui.dialogs.pdf_output import JobDialog
from delegations.ui.transfers.print_dialog import ManifestPrintDialog
from delegations.ui.widgets import show_error

TRANSFERS = "transfers"  # what `changed` says
ERROR_STYLE = "color: #b00020;"


class TransfersWindow(JobDialog):
    """Signals:
    changed(str): this window wrote to the event file (`TRANSFERS`); `refresh(what)` reads
        it again when something else did.
    """

    changed = Signal(str)

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._own_change = False
        self.plan: transfers.TransferPlan | None = None
        self.setWindowTitle(self.tr("Transfers and manifests"))
        self.resize(1200, 720)
        self.day_box = QComboBox(self)
        self.direction_box = QComboBox(self)
        self.direction_box.setAccessibleName(self.tr("Direction"))
        self.direction_box.addItem(self.tr("Arrivals"), Direction.ARRIVAL)
        self.direction_box.addItem(self.tr("Departures"), Direction.DEPARTURE)
        self.summary = QLabel(self)
        self.runs_tree = QTreeWidget(self)
        self.runs_tree.setAlternatingRowColors(True)
        self.runs_tree.setAccessibleName(self.tr("Vehicles and passengers"))
        self.runs_tree.setHeaderLabels([
            self.tr("Vehicle or passenger"), self.tr("Time"), self.tr("Flight or train"),
            self.tr("Delegation"), self.tr("Hotel"), self.tr("Meeting point"),
            self.tr("Greeter"), self.tr("Needs"),
        ])  # fmt: skip
        for column, width in enumerate((230, 50, 90, 110, 170, 170, 110)):
            self.runs_tree.setColumnWidth(column, width)
        self.changes_title = QLabel(self)
        self.changes_list = QListWidget(self)
        self.changes_list.setWordWrap(True)
        self.changes_list.setAccessibleName(self.tr("Changes since the last print"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.export_button = QPushButton(self.tr("E&xport .xlsx…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._make_settings_form()
        self._lay_out()
        self._connect()
        self.reload()

    def _make_settings_form(self) -> None:
        self.window_spin = self._minutes(MAX_WINDOW)
        self.vehicles_edit = QLineEdit(self)
        self.vehicles_edit.setPlaceholderText("car=3,van=7,coach=40")
        self.flight_lead_spin = self._minutes(MAX_LEAD)
        self.train_lead_spin = self._minutes(MAX_LEAD)
        self.car_lead_spin = self._minutes(MAX_LEAD)
        self.meeting_points_edit = QPlainTextEdit(self)
        self.meeting_points_edit.setPlaceholderText("KWE T2=Gate 3\nKWE VIP=VIP lounge")
        self.greeters_edit = QPlainTextEdit(self)
        self.greeters_edit.setPlaceholderText("KWE T2=Ms Wang Li\nKQW=Mr Zhao Lei")
        self.save_settings_button = QPushButton(self.tr("&Save settings"), self)
        self.settings_error = QLabel(self)
        self.settings_error.setWordWrap(True)
        self.settings_error.setStyleSheet(ERROR_STYLE)

    def _minutes(self, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, maximum)
        spin.setSuffix(self.tr(" min"))
        return spin

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Day:"), self, buddy=self.day_box))
        top.addWidget(self.day_box)
        top.addWidget(self.direction_box)
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.runs_tree, 5)
        left_layout.addWidget(self.changes_title)
        left_layout.addWidget(self.changes_list, 1)
        settings = QGroupBox(self.tr("Settings"), self)
        form = QFormLayout(settings)
        form.addRow(self.tr("&Window (minutes):"), self.window_spin)
        form.addRow(self.tr("&Vehicles (kind=seats):"), self.vehicles_edit)
        form.addRow(self.tr("Pick-up before a &flight:"), self.flight_lead_spin)
        form.addRow(self.tr("Pick-up before a &train:"), self.train_lead_spin)
        form.addRow(self.tr("Pick-up before a &car:"), self.car_lead_spin)
        form.addRow(self.tr("&Meeting points:"), self.meeting_points_edit)
        form.addRow(self.tr("&Greeters:"), self.greeters_edit)
        form.addRow(self.settings_error)
        form.addRow(self.save_settings_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(settings)
        splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.day_box.currentIndexChanged.connect(self._show)
        self.direction_box.currentIndexChanged.connect(self._show)
        self.save_settings_button.clicked.connect(self.save_settings)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.export_button.clicked.connect(self._on_export_clicked)

    # Reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the plan and the settings again; keep the day and direction shown."""
        day = self.day()
        self.plan = transfers.transfer_plan(self._event_file)
        self._show_settings(transfers.saved_settings_text(self._event_file))
        event = read_event_settings(self._event_file)
        days = {event.start + dt.timedelta(days=n) for n in range(event.days)}
        days |= {t.day for t in self.plan.transfers}
        days |= {leg.day for leg, _reason in self.plan.unplanned}
        self.day_box.blockSignals(True)
        self.day_box.clear()
        ordered = sorted(days)
        for each in ordered:
            self.day_box.addItem(short_date(each), each)
        if day not in days:
            plan, direction = self.plan, self.direction()
            day = max(ordered, key=lambda d: len(plan.on(d, direction)), default=None)
        self.day_box.setCurrentIndex(ordered.index(day) if day in days else -1)
        self.day_box.blockSignals(False)
        self._show()

    def refresh(self, what: str) -> None:
        """Another part of the window changed the event file: read it again."""
        if not self._own_change:
            self.reload()

    def _wrote(self) -> None:
        self._own_change = True
        try:
            self.changed.emit(TRANSFERS)
        finally:
            self._own_change = False

    def day(self) -> dt.date | None:
        return self.day_box.currentData()

    def direction(self) -> Direction:
        return Direction(self.direction_box.currentData())

    def shown_runs(self) -> tuple[Transfer, ...]:
        day = self.day()
        if self.plan is None or day is None:
            return ()
        return self.plan.on(day, self.direction())

    def _show(self) -> None:
        runs = self.shown_runs()
        self.runs_tree.clear()
        for run in runs:
            self._add_run(run)
        people = sum(len(run.passengers) for run in runs)
        self.summary.setText(self.tr("{vehicles} vehicles, {people} people").format(
            vehicles=len(runs), people=people))  # fmt: skip
        self._show_changes()
        has_day = self.day() is not None
        self.print_button.setEnabled(has_day)
        self.export_button.setEnabled(has_day)

    def _add_run(self, run: Transfer) -> None:
        place = " ".join(p for p in (run.place, run.terminal) if p)
        where = run.hotel if run.direction is Direction.DEPARTURE else ", ".join(run.hotels)
        item = QTreeWidgetItem(self.runs_tree, [
            f"{run.code} · {run.vehicle.kind} ({len(run.passengers)}/{run.vehicle.seats})",
            f"{run.at:%H:%M}", place, "", where, run.meeting_point, run.greeter,
            ", ".join(run.needs),
        ])  # fmt: skip
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for passenger in run.passengers:
            traveller, leg = passenger.traveller, passenger.leg
            QTreeWidgetItem(item, [
                traveller.name, f"{passenger.at:%H:%M}", leg.label, traveller.delegation,
                traveller.hotel, "", "", ", ".join(traveller.needs),
            ])  # fmt: skip
        item.setExpanded(True)

    def _show_changes(self) -> None:
        self.changes_list.clear()
        day = self.day()
        if day is None:
            self.changes_title.setText("")
            return
        (block,) = transfers.manifest_changes(self._event_file, day, direction=self.direction(),
                                              plan=self.plan)  # fmt: skip
        if block.printed_at is None:
            self.changes_title.setText(self.tr("Not printed yet."))
            return
        when = block.printed_at.astimezone().strftime("%d %b %Y %H:%M")
        self.changes_title.setText(self.tr("Changes since the print of {when}: {count}").format(
            when=when, count=len(block.changes)))  # fmt: skip
        for change in block.changes:
            self.changes_list.addItem(change.sentence)

    def change_texts(self) -> list[str]:
        return [self.changes_list.item(i).text() for i in range(self.changes_list.count())]

    # Settings ---------------------------------------------------------------------------------

    def _show_settings(self, text: transfers.SettingsText) -> None:
        self.window_spin.setValue(text.window)
        self.vehicles_edit.setText(text.vehicles)
        self.flight_lead_spin.setValue(text.flight_lead)
        self.train_lead_spin.setValue(text.train_lead)
        self.car_lead_spin.setValue(text.car_lead)
        self.meeting_points_edit.setPlainText(text.meeting_points)
        self.greeters_edit.setPlainText(text.greeters)
        self.settings_error.setText("")

    def settings_text(self) -> transfers.SettingsText:
        return transfers.SettingsText(
            self.window_spin.value(), self.vehicles_edit.text(), self.flight_lead_spin.value(),
            self.train_lead_spin.value(), self.car_lead_spin.value(),
            self.meeting_points_edit.toPlainText(), self.greeters_edit.toPlainText(),
        )  # fmt: skip

    def save_settings(self) -> bool:
        """Save the form's settings and plan again; a refusal is one sentence under the form
        and nothing is saved."""
        try:
            transfers.save_settings(self._event_file, self.settings_text())
        except (UserError, OSError) as error:
            self.settings_error.setText(str(error))
            announce(self.settings_error, str(error))
            return False
        self.reload()
        self._wrote()
        self._say(self.tr("Transfer settings saved."))
        return True

    # Printing and export ----------------------------------------------------------------------

    def heading(self) -> str:
        day = self.day()
        return f"{self.direction_box.currentText()} {short_date(day)}" if day else ""

    def open_print_dialog(self) -> ManifestPrintDialog | None:
        day = self.day()
        if day is None:
            return None
        dialog = ManifestPrintDialog(self._event_file, day, self.direction(), self.heading(),
                                     self)  # fmt: skip
        dialog.recorded.connect(self.reload)
        dialog.open()  # a JobDialog frees itself once closed and its jobs are done
        return dialog

    def _on_export_clicked(self) -> None:
        suggestion = self._event_file.path.parent / self.tr("Manifest – {what}.xlsx").format(
            what=self.heading())  # fmt: skip
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export manifest"), str(suggestion), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """The day's manifest in the shown direction as an .xlsx (kept as printed)."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            written = transfers.write_manifest(self._event_file, self.day(), path,
                                               direction=self.direction())  # fmt: skip
        except (UserError, OSError) as error:
            show_error(self, self.tr("Export manifest"), error)
            return None
        self.reload()
        self._say(self.tr("Manifest written to {path}").format(path=written.path))
        return written.path

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)


def open_transfers_window(parent: QWidget, event_file: EventFile) -> TransfersWindow:
    window = TransfersWindow(event_file, parent)  # frees itself when closed (JobDialog)
    data_changed = getattr(parent, "data_changed", None)  # the main window's, if it is one
    if data_changed is not None:
        window.changed.connect(data_changed)
        data_changed.connect(window.refresh)
    window.show()
    return window
