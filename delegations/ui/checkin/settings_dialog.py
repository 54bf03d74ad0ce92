"""Desk settings (this laptop's desk name and printer, the organiser PIN) and the PIN prompt.

The desk name is a setting of the laptop (QSettings), not of the event: every copy of the
event file carries the journal, and each entry names the desk that wrote it. The organiser PIN
is stored hashed in the event file (`services.pin`) so that it travels with the copies; each
change is one call to `services.pin`. The desk's printer, badge layout and "print on arrival"
are settings of the laptop too (`ui.printing`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import badges
from delegations.services import pin as pin_service
from delegations.services.event import EventFile
from delegations.ui import printing
from delegations.ui.palette import error_style

DESK_KEY = "checkin/deskName"
MAX_DESK_NAME = 40


def desk_name(settings: QSettings) -> str:
    """This laptop's desk name, "" until it has been named."""
    value = settings.value(DESK_KEY, "")
    return str(value or "").strip()


def set_desk_name(settings: QSettings, name: str) -> None:
    settings.setValue(DESK_KEY, " ".join(name.split())[:MAX_DESK_NAME])
    settings.sync()


def _pin_edit(parent: QWidget) -> QLineEdit:
    """A masked field for 4 to 12 digits; input methods off, so digits stay digits."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(pin_service.MAX_DIGITS)
    edit.setValidator(QRegularExpressionValidator(r"[0-9]{0,12}", edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return edit


class PinDialog(QDialog):
    """Asks for the organiser PIN (to leave desk mode)."""

    def __init__(self, parent: QWidget | None = None, *, prompt: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organiser PIN"))
        layout = QVBoxLayout(self)
        label = QLabel(prompt or self.tr("Enter the organiser PIN to leave desk mode."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.pin_edit = _pin_edit(self)
        font = self.pin_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.pin_edit.setFont(font)
        layout.addWidget(self.pin_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin_edit.setFocus()

    def pin(self) -> str:
        return self.pin_edit.text()


def ask_pin(parent: QWidget, prompt: str = "") -> str | None:
    """The PIN typed, or None if the user cancelled."""
    dialog = PinDialog(parent, prompt=prompt)
    try:
        return dialog.pin() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class NewPinDialog(QDialog):
    """Sets the organiser PIN before desk mode starts (desk mode is never entered unlocked)."""

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.setWindowTitle(self.tr("Organiser PIN"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("Desk mode locks this window on the check-in. Choose the organiser PIN "
                    "(4 to 12 digits) that will be needed to leave it."),
            self,
        )  # fmt: skip
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.new_pin = _pin_edit(self)
        self.repeat_pin = _pin_edit(self)
        form.addRow(self.tr("&New PIN:"), self.new_pin)
        form.addRow(self.tr("&Repeat it:"), self.repeat_pin)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(error_style())
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_pin.textChanged.connect(self.problem.hide)
        self.repeat_pin.textChanged.connect(self.problem.hide)
        self.new_pin.setFocus()

    def _on_ok(self) -> None:
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        if new != repeat:
            self._say(self.tr("The PIN and its repetition differ; type the same digits twice."))
            return
        try:
            pin_service.change_pin(self._event_file, current="", new=new)
        except UserError as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        self.new_pin.setFocus()


def ask_new_pin(event_file: EventFile, parent: QWidget) -> bool:
    """Set the organiser PIN (the user types it twice); False if they cancelled."""
    dialog = NewPinDialog(event_file, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class DeskSettingsDialog(QDialog):
    """Desk name (this laptop) and the organiser PIN (the event file)."""

    def __init__(
        self, event_file: EventFile, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._settings = settings
        self.setWindowTitle(self.tr("Desk settings"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)

        desk_box = QGroupBox(self.tr("This desk"), self)
        desk_form = QFormLayout(desk_box)
        self.name_edit = QLineEdit(desk_name(settings), desk_box)
        self.name_edit.setMaxLength(MAX_DESK_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. North entrance 1"))
        desk_form.addRow(self.tr("Desk &name:"), self.name_edit)
        hint = QLabel(
            self.tr("Every check-in made here is recorded with this name, so that the desks "
                    "can exchange and compare their journals."),
            desk_box,
        )  # fmt: skip
        hint.setWordWrap(True)
        desk_form.addRow(hint)
        layout.addWidget(desk_box)
        layout.addWidget(self._printing_box(settings))

        pin_box = QGroupBox(self.tr("Organiser PIN (leaving desk mode)"), self)
        pin_form = QFormLayout(pin_box)
        self.pin_status = QLabel(pin_box)
        pin_form.addRow(self.pin_status)
        self.current_pin = _pin_edit(pin_box)
        self.new_pin = _pin_edit(pin_box)
        self.repeat_pin = _pin_edit(pin_box)
        pin_form.addRow(self.tr("&Current PIN:"), self.current_pin)
        pin_form.addRow(self.tr("N&ew PIN:"), self.new_pin)
        pin_form.addRow(self.tr("&Repeat new PIN:"), self.repeat_pin)
        self.clear_button = QPushButton(self.tr("Remove the PIN"), pin_box)
        self.clear_button.clicked.connect(self._on_clear_pin)
        pin_form.addRow(self.clear_button)
        layout.addWidget(pin_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_pin_state()

    def _printing_box(self, settings: QSettings) -> QGroupBox:
        """The desk's printer (reprint lost, walk-in, print on arrival) and its badge layout."""
        box = QGroupBox(self.tr("Printing at this desk"), self)
        form = QFormLayout(box)
        self.printer_combo = QComboBox(box)
        self.printer_combo.addItem(self.tr("(none: badges are not printed here)"), "")
        self.printer_problem = QLabel(box)
        self.printer_problem.setWordWrap(True)
        try:
            names = printing.available_printers()
        except UserError as error:
            names = []
            self.printer_problem.setText(str(error))
        chosen = printing.desk_printer(settings)
        for name in sorted({*names, chosen} - {""}):
            self.printer_combo.addItem(name, name)
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(chosen)))
        form.addRow(self.tr("&Printer:"), self.printer_combo)
        if self.printer_problem.text():
            form.addRow(self.printer_problem)
        self.layout_combo = QComboBox(box)
        for badge_layout in badges.layouts(self._event_file):  # bundled, then the event's
            self.layout_combo.addItem(badge_layout.title, badge_layout.name)
        self.layout_combo.setCurrentIndex(
            max(0, self.layout_combo.findData(printing.desk_layout(settings)))
        )
        form.addRow(self.tr("Badge &layout:"), self.layout_combo)
        self.on_arrival_check = QCheckBox(
            self.tr("Print a badge when its holder is first &admitted"), box
        )
        self.on_arrival_check.setChecked(printing.prints_on_arrival(settings))
        form.addRow(self.on_arrival_check)
        return box

    def _show_pin_state(self) -> None:
        present = pin_service.pin_is_set(self._event_file)
        self.pin_status.setText(
            self.tr("A PIN is set: leaving desk mode asks for it.")
            if present
            else self.tr("No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.")
        )
        self.current_pin.setEnabled(present)
        self.clear_button.setEnabled(present)

    def _say_wrong_pin(self) -> None:
        QMessageBox.warning(
            self, self.tr("Organiser PIN"),
            self.tr("The current PIN is not right. Type the PIN that is set now, or ask the "
                    "organiser."),
        )  # fmt: skip
        self.current_pin.clear()
        self.current_pin.setFocus()

    def _on_clear_pin(self) -> None:
        try:
            pin_service.remove_pin(self._event_file, current=self.current_pin.text())
        except pin_service.WrongPin:
            self._say_wrong_pin()
            return
        self.current_pin.clear()
        self._show_pin_state()

    def save(self) -> bool:
        """Store the desk name and, if typed, the new PIN; False (with a message) if refused."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            QMessageBox.warning(
                self, self.tr("Desk settings"),
                self.tr("Give this desk a name (e.g. “North 1”); check-ins are recorded with it."),
            )  # fmt: skip
            self.name_edit.setFocus()
            return False
        if self.on_arrival_check.isChecked() and not self.printer_combo.currentData():
            QMessageBox.warning(
                self, self.tr("Desk settings"),
                self.tr("Choose this desk's printer to print badges when their holders arrive."),
            )  # fmt: skip
            self.printer_combo.setFocus()
            return False
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        if new or repeat:
            if new != repeat:
                QMessageBox.warning(
                    self, self.tr("Organiser PIN"),
                    self.tr("The new PIN and its repetition differ; type the same digits twice."),
                )  # fmt: skip
                self.repeat_pin.clear()
                return False
            try:
                pin_service.change_pin(self._event_file, current=self.current_pin.text(), new=new)
            except pin_service.WrongPin:
                self._say_wrong_pin()
                return False
            except UserError as error:
                QMessageBox.warning(self, self.tr("Organiser PIN"), str(error))
                return False
        set_desk_name(self._settings, name)
        printing.set_desk_printing(
            self._settings,
            printer=self.printer_combo.currentData(),
            layout=self.layout_combo.currentData(),
            on_arrival=self.on_arrival_check.isChecked(),
        )
        return True

    def _on_save(self) -> None:
        if self.save():
            self.accept()
