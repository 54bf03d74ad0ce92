"""The base of every form dialog: rows with per-field error messages, submit on OK.

A dialog never touches the event file. It is given a `submit(data)` callable, `data` being
what `submitted()` hands over (a service's Create/Update model, or the values); when that
raises `InvalidInput`, the message appears under the field the error names and the dialog
stays open with nothing written (the service's transaction rolled back).

A message goes away as soon as its field is valid again: a row may carry a `check` (a pure
rule from `domain.rules` over the form's current values) that is re-run on every edit; a row
without one clears its message once its value differs from the refused one (only the service
can judge it, and it does on the next OK). A dialog opens with the keyboard in its first field,
so the first letters typed land there and Space types a space instead of pressing OK.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.countries import COUNTRY_NAMES
from delegations.domain.enums import NameOrder
from delegations.domain.errors import InvalidInput, UserError
from delegations.ui.accessibility import named
from delegations.ui.palette import error_style

Submit = Callable[[Any], None]  # takes what `FormDialog.submitted()` hands over
Check = Callable[[], None]  # raises InvalidInput while a row's current value is refused


class FieldForm:
    """A QFormLayout whose rows can show an error message under their field.

    Fields are registered under the names the services use in `InvalidInput.field`;
    errors for unregistered fields go to a banner above the form.
    """

    def __init__(self, owner: QWidget, form: QFormLayout, banner: QLabel) -> None:
        self._owner = owner
        self.form = form
        self._banner = banner
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet(error_style())
        self._banner.hide()
        self._fields: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self._aliases: dict[str, str] = {}
        self._rows: list[QWidget] = []
        self._checks: dict[str, Check] = {}
        self._refused: dict[str, object] = {}  # each shown error's field value when refused

    def add_row(
        self, label: str, widget: QWidget, field: str | None = None, *, check: Check | None = None
    ) -> QWidget:
        """Add a labelled row; `field` is the name the services use for it in errors.

        `check` re-judges the row after each edit while it shows an error (see the module).
        """
        error = QLabel(self._owner)
        error.setWordWrap(True)
        error.setStyleSheet(error_style())
        error.hide()
        cell = QWidget(self._owner)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label, self._owner)
        caption.setBuddy(widget)
        # The caption is not the field's sibling, so Qt would not find it: name the field, and
        # the inputs of a composite one (the date of an `OptionalDateEdit`).
        for part in (widget, *widget.findChildren(QAbstractSpinBox)):
            if not part.accessibleName():
                named(part, label)
        self.form.addRow(caption, cell)
        self._rows.append(widget)
        if field:
            self._fields[field] = (caption, widget, error)
            if check is not None:
                self._checks[field] = check
        changed = _changed_signal(widget)
        if changed is not None:
            changed.connect(self.revalidate)
        return widget

    def focus_first_field(self) -> bool:
        """Put the keyboard in the first row that takes it; False if none does."""
        for widget in self._rows:
            target = widget.focusProxy() or widget
            if target.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def revalidate(self, *_args: object) -> None:
        """Clear the message of every row that is valid now (see the module docstring)."""
        for field, (_caption, widget, error) in self._fields.items():
            if error.isHidden():
                continue
            check = self._checks.get(field)
            if check is None:
                if _value(widget) != self._refused.get(field):
                    self._clear_field(field)
                continue
            try:
                check()
            except InvalidInput as refusal:
                if self._aliases.get(refusal.field, refusal.field) == field:
                    continue  # still refused: the service's own words stay
            self._clear_field(field)

    def _clear_field(self, field: str) -> None:
        caption, _widget, error = self._fields[field]
        error.hide()
        caption.setStyleSheet("")

    def alias_field(self, service_field: str, form_field: str) -> None:
        """Show errors about `service_field` at the row registered as `form_field`."""
        self._aliases[service_field] = form_field

    @property
    def banner(self) -> QLabel:
        """The label for errors that name no row; place it above the form."""
        return self._banner

    def field_error(self, field: str) -> str:
        """The message shown at `field`, or ""."""
        entry = self._fields.get(self._aliases.get(field, field))
        if entry is None or entry[2].isHidden():
            return ""
        return entry[2].text()

    def banner_text(self) -> str:
        return "" if self._banner.isHidden() else self._banner.text()

    def show_banner(self, text: str) -> None:
        self._banner.setText(text)
        self._banner.show()

    def show_field_error(self, field: str, message: str) -> None:
        entry = self._fields.get(self._aliases.get(field, field))
        if entry is None:
            self.show_banner(f"{field}: {message}")
            return
        caption, widget, error = entry
        error.setText(f"{field}: {message}")
        error.show()
        self._refused[self._aliases.get(field, field)] = _value(widget)
        caption.setStyleSheet(error_style())
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def clear_errors(self) -> None:
        self._banner.hide()
        for field in self._fields:
            self._clear_field(field)

    def submit(self, submit: Callable[[], None]) -> bool:
        """Run `submit`; show a refusal at its field (or the banner) and return False."""
        self.clear_errors()
        try:
            submit()
        except InvalidInput as error:
            self.show_field_error(error.field, error.message)
            return False
        except UserError as error:
            self.show_banner(str(error))
            return False
        return True


class FormDialog(QDialog):
    """A form with OK/Cancel; subclasses set the title, add rows and implement `values()`."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._submit = submit
        layout = QVBoxLayout(self)
        banner = QLabel(self)
        layout.addWidget(banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.fields = FieldForm(self, self.form, banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # Building -------------------------------------------------------------------------------

    def add_row(
        self, label: str, widget: QWidget, field: str | None = None, *, check: Check | None = None
    ) -> Any:
        return self.fields.add_row(label, widget, field, check=check)

    def alias_field(self, service_field: str, form_field: str) -> None:
        self.fields.alias_field(service_field, form_field)

    def line_edit(self, text: str = "", *, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(320)
        return edit

    def text_edit(self, text: str = "", *, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    # Values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form's values by field name."""
        raise NotImplementedError

    def submitted(self) -> Any:
        """What OK hands to `submit`: the values, or a form's own model of them."""
        return self.values()

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the form from a record's plain values."""
        raise NotImplementedError

    def field_error(self, field: str) -> str:
        """The message shown at `field`, or "" (for tests and accessibility)."""
        return self.fields.field_error(field)

    def banner_text(self) -> str:
        return self.fields.banner_text()

    # Qt overrides ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not event.spontaneous():
            self.fields.focus_first_field()

    def accept(self) -> None:
        if self.fields.submit(lambda: self._submit(self.submitted())):
            super().accept()
            return
        # Make room for the message without squeezing the other rows.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box enables the date field."""

    changed = Signal()

    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.tr("Known"), self)
        self.edit = QDateEdit(QDate(default), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy")
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def date(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        return self.edit.date().toPython()  # type: ignore[return-value]

    def set_date(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))


def _changed_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a row's widget sends when the user changes its value."""
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]  # QSpinBox, QDoubleSpinBox
    if isinstance(widget, OptionalDateEdit):
        return widget.changed
    return None


def _value(widget: QWidget) -> object:
    """A row's value as the user sees it, to tell whether it changed since a refusal."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, OptionalDateEdit):
        return widget.date()
    return None


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], current: object = None) -> None:
    """Replace a combo's items with (text, data) pairs and select the one with `current`."""
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    select_data(combo, current)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def country_items(current: str = "") -> list[tuple[str, object]]:
    """The week's countries by name; a code outside the list is kept selectable."""
    items: list[tuple[str, object]] = [
        (f"{name} ({code})", code)
        for code, name in sorted(COUNTRY_NAMES.items(), key=lambda item: item[1])
    ]
    if current and current not in COUNTRY_NAMES:
        items.append((current, current))
    return items


def name_order_items(dialog: QWidget) -> list[tuple[str, object]]:
    return [
        (FormDialog.tr("Given name first (Western order)"), NameOrder.GIVEN_FIRST.value),
        (FormDialog.tr("Family name first"), NameOrder.FAMILY_FIRST.value),
    ]
