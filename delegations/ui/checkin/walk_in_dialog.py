"""Walk-in…: the short form a desk fills for someone who is not registered.

Name, name in their own script, delegation and role — what the badge prints. The desk then
adds the person, prints the badge on its printer and admits them in one use case
(`services.walk_in`); the form itself holds only plain data.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.services.delegation_models import DelegateCreate
from delegations.services.walk_in import WalkInChoices
from delegations.ui.palette import error_style

DEFAULT_ROLE = "delegate"


class WalkInDialog(QDialog):
    """The walk-in form; `person()` is the new delegate once accepted."""

    def __init__(self, choices: WalkInChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(420)
        self.given_edit = QLineEdit(self)
        self.family_edit = QLineEdit(self)
        self.native_edit = QLineEdit(self)
        self.delegation_combo = QComboBox(self)
        for delegation_id, name in choices.delegations:
            self.delegation_combo.addItem(name, delegation_id)
        self.role_combo = QComboBox(self)
        for role in choices.roles:
            self.role_combo.addItem(role.name, role.id)
        default = next((i for i, r in enumerate(choices.roles) if r.code == DEFAULT_ROLE), 0)
        self.role_combo.setCurrentIndex(default)

        form = QFormLayout()
        form.addRow(self.tr("&Given name:"), self.given_edit)
        form.addRow(self.tr("&Family name:"), self.family_edit)
        form.addRow(self.tr("Name in &own script:"), self.native_edit)
        form.addRow(self.tr("&Delegation:"), self.delegation_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.message = QLabel(self)
        self.message.setStyleSheet(error_style())
        self.message.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Add, &print and admit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        for edit in (self.given_edit, self.family_edit, self.native_edit):
            edit.textChanged.connect(lambda _text: self.message.hide())

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Someone who is not registered: they are added to the delegation, their "
                    "badge prints on this desk's printer and they are checked in."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.given_edit.setFocus()

    def _names(self) -> tuple[str, str, str]:
        return tuple(  # type: ignore[return-value]
            " ".join(edit.text().split())
            for edit in (self.given_edit, self.family_edit, self.native_edit)
        )

    def _on_ok(self) -> None:
        if not any(self._names()):
            self.message.setText(self.tr("Type the person's name."))
            self.message.show()
            self.given_edit.setFocus()
            return
        if self.delegation_combo.currentIndex() < 0:
            self.message.setText(self.tr("The event has no delegation yet: add one first."))
            self.message.show()
            return
        self.accept()

    def person(self) -> DelegateCreate:
        given, family, native = self._names()
        return DelegateCreate(
            delegation_id=self.delegation_combo.currentData(),
            role_id=self.role_combo.currentData(),
            given_name=given,
            family_name=family,
            native_name=native,
        )


def ask_walk_in(parent: QWidget, choices: WalkInChoices) -> DelegateCreate | None:
    """The walk-in form; the new person, or None if cancelled."""
    dialog = WalkInDialog(choices, parent)
    try:
        return dialog.person() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
