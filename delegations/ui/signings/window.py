"""The Agreement signings window (Agenda ▸ Agreement signings…): the register of agreements,
or a ceremony's running order, which Move up / Move down change at once
(`services.signings.set_running_order`); Print… writes the register or the running order with
its signing tables as a PDF in the background.

New / Edit / Remove agreement and New / Edit / Remove ceremony each save with one service
call; the forms (`dialogs`) show a refusal as one sentence and stay open, nothing saved.
Under the list: the shown agreements' warnings and the ceremonies' conflicts in the agenda
(as `agenda check` finds them: a room or a signatory taken at the time, someone away).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import signings
from delegations.services.event import EventFile
from delegations.ui.accessibility import announce
from delegations.ui.jobs import run_job
from delegations.ui.palette import warning_style
from delegations.ui.signings.dialogs import AgreementDialog, CeremonyDialog, ceremony_label
from delegations.ui.widgets import ask_to_delete


class SigningsWindow(QDialog):
    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.register: signings.Register | None = None
        self.conflicts: list = []  # the ceremonies' conflicts in the agenda
        self.setWindowTitle(self.tr("Agreement signings"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Show:"), self)
        self.ceremony_box = QComboBox(self)
        label.setBuddy(self.ceremony_box)
        top.addWidget(label)
        top.addWidget(self.ceremony_box, 1)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([
            self.tr("No."), self.tr("Agreement"), self.tr("Chinese title"), self.tr("Parties"),
            self.tr("Signatories (seat)"), self.tr("Witnesses"),
        ])  # fmt: skip
        layout.addWidget(self.tree, 1)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(warning_style())
        layout.addWidget(self.warnings)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        edits = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New agreement…"), self)
        self.edit_button = QPushButton(self.tr("&Edit agreement…"), self)
        self.remove_button = QPushButton(self.tr("&Remove agreement"), self)
        self.new_ceremony_button = QPushButton(self.tr("New &ceremony…"), self)
        self.edit_ceremony_button = QPushButton(self.tr("Edit cere&mony…"), self)
        self.remove_ceremony_button = QPushButton(self.tr("Remo&ve ceremony"), self)
        for button in (self.new_button, self.edit_button, self.remove_button):
            edits.addWidget(button)
        edits.addStretch(1)
        for button in (self.new_ceremony_button, self.edit_ceremony_button,
                       self.remove_ceremony_button):  # fmt: skip
            edits.addWidget(button)
        layout.addLayout(edits)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.new_button.clicked.connect(lambda: self.open_agreement_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_agreement_dialog(self.selected_id()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.itemDoubleClicked.connect(
            lambda *_: self.open_agreement_dialog(self.selected_id())
        )
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.new_ceremony_button.clicked.connect(lambda: self.open_ceremony_dialog(None))
        self.edit_ceremony_button.clicked.connect(
            lambda: self.open_ceremony_dialog(self.ceremony_id())
        )
        self.remove_ceremony_button.clicked.connect(self.remove_ceremony)
        self.ceremony_box.currentIndexChanged.connect(self._show)
        self._load()

    def ceremony_id(self) -> int | None:
        return self.ceremony_box.currentData()

    def _load(self, keep: int | None = None) -> None:
        self.register = signings.read_register(self._event_file)
        self.conflicts = signings.signing_conflicts(self._event_file)
        self.ceremony_box.blockSignals(True)
        self.ceremony_box.clear()
        self.ceremony_box.addItem(self.tr("Register of agreements (all)"), None)
        for ceremony in self.register.ceremonies:
            self.ceremony_box.addItem(ceremony_label(ceremony), ceremony.id)
        index = self.ceremony_box.findData(keep) if keep is not None else 0
        self.ceremony_box.setCurrentIndex(max(index, 0))
        self.ceremony_box.blockSignals(False)
        self._show()

    def shown_agreements(self) -> list[signings.AgreementView]:
        if self.register is None:
            return []
        chosen = self.ceremony_id()
        if chosen is None:
            return self.register.agreements()
        ceremony = next(c for c in self.register.ceremonies if c.id == chosen)
        return list(ceremony.agreements)

    def _show(self) -> None:
        self.tree.clear()
        shown = self.shown_agreements()
        for n, agreement in enumerate(shown, start=1):
            seats = {p.name: agreement.layout.place_of(i).label
                     for i, p in enumerate(agreement.parties)}  # fmt: skip
            item = QTreeWidgetItem([
                str(agreement.number or n), agreement.title_en, agreement.title_zh,
                "; ".join(f"{p.name} ({p.country_name})" if p.country_name else p.name
                          for p in agreement.parties),
                "; ".join(f"{p.signatory or '—'} ({seats[p.name]})" for p in agreement.parties),
                ", ".join(w.name for w in agreement.witnesses),
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, agreement.id)
            item.setToolTip(1, agreement.kind_names[0])
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        warnings = [w for agreement in shown for w in agreement.warnings]
        chosen = self.ceremony_id()
        warnings += [c.sentence for c in self.conflicts if chosen in (None, c.ceremony_id)]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._enable()

    def _enable(self) -> None:
        in_order = self.ceremony_id() is not None
        chosen = self.selected_id() is not None
        self.up_button.setEnabled(in_order)
        self.down_button.setEnabled(in_order)
        self.edit_ceremony_button.setEnabled(in_order)
        self.remove_ceremony_button.setEnabled(in_order)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _agreement(self, agreement_id: int) -> signings.AgreementView | None:
        every = self.register.agreements() if self.register is not None else []
        return next((a for a in every if a.id == agreement_id), None)

    def _select(self, agreement_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == agreement_id:
                self.tree.setCurrentItem(item)

    # Agreements and ceremonies ----------------------------------------------------------------

    def open_agreement_dialog(self, agreement_id: int | None) -> AgreementDialog | None:
        """The agreement form, new (in the ceremony shown, if one is) or filled with the
        agreement's values; OK saves it with one service call."""
        current = self._agreement(agreement_id) if agreement_id is not None else None
        if agreement_id is not None and current is None:
            return None
        saved: list[signings.Saved] = []

        def submit(given: signings.AgreementInput) -> None:
            if current is None:
                saved.append(signings.add_agreement(self._event_file, given))
            else:
                saved.append(signings.update_agreement(self._event_file, current.id, given))

        ceremonies = self.register.ceremonies if self.register is not None else ()
        dialog = AgreementDialog(submit, signings.signing_choices(self._event_file), ceremonies,
                                 new=current is None, parent=self)  # fmt: skip
        if current is not None:
            dialog.set_values(signings.agreement_input(current))
        else:
            dialog.ceremony.setCurrentIndex(max(dialog.ceremony.findData(self.ceremony_id()), 0))

        def on_accepted() -> None:
            self._load(keep=self.ceremony_id())
            self._select(saved[-1].id)
            self._say(self.tr("Agreement saved.") + "".join(f"\n{w}" for w in saved[-1].warnings))

        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        agreement = self._agreement(self.selected_id() or 0)
        if agreement is None or not ask_to_delete(
            self, self.tr("Remove agreement"),
            self.tr("Remove “{title}” from the register?").format(title=agreement.title_en),
        ):  # fmt: skip
            return
        try:
            signings.remove_agreement(self._event_file, agreement.id)
        except UserError as error:
            self._say(str(error))
            return
        self._load(keep=self.ceremony_id())
        self._say(self.tr("Agreement removed."))

    def open_ceremony_dialog(self, ceremony_id: int | None) -> CeremonyDialog | None:
        """The ceremony form, new or filled with the ceremony shown; OK saves it."""
        ceremonies = self.register.ceremonies if self.register is not None else ()
        current = next((c for c in ceremonies if c.id == ceremony_id), None)
        if ceremony_id is not None and current is None:
            return None
        saved: list[int] = []

        def submit(given: signings.CeremonyInput) -> None:
            if current is None:
                saved.append(signings.add_ceremony(self._event_file, given))
            else:
                signings.update_ceremony(self._event_file, current.id, given)
                saved.append(current.id)

        dialog = CeremonyDialog(submit, signings.signing_choices(self._event_file),
                                new=current is None, parent=self)  # fmt: skip
        if current is not None:
            dialog.set_values(current)

        def on_accepted() -> None:
            self._load(keep=saved[-1])
            self._say(self.tr("Ceremony saved."))

        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_ceremony(self) -> None:
        ceremony_id = self.ceremony_id()
        ceremonies = self.register.ceremonies if self.register is not None else ()
        current = next((c for c in ceremonies if c.id == ceremony_id), None)
        if current is None or not ask_to_delete(
            self, self.tr("Remove ceremony"),
            self.tr("Remove the ceremony “{title}”? Its agreements stay in the register, at no "
                    "ceremony.").format(title=current.title_en),
        ):  # fmt: skip
            return
        try:
            signings.remove_ceremony(self._event_file, current.id)
        except UserError as error:
            self._say(str(error))
            return
        self._load()
        self._say(self.tr("Ceremony removed."))

    def move_selected(self, step: int) -> None:
        """Move the selected agreement `step` places in the ceremony's running order."""
        ceremony_id, row = self.ceremony_id(), self.tree.currentIndex().row()
        order = [a.id for a in self.shown_agreements()]
        if ceremony_id is None or not 0 <= row < len(order) or not 0 <= row + step < len(order):
            return
        order[row], order[row + step] = order[row + step], order[row]
        try:
            signings.set_running_order(self._event_file, ceremony_id, order)
        except UserError as error:
            self._say(str(error))
            return
        self._load(keep=ceremony_id)
        self.tree.setCurrentItem(self.tree.topLevelItem(row + step))
        self._say(self.tr("Running order saved."))

    def _on_print_clicked(self) -> None:
        suggested = "register.pdf" if self.ceremony_id() is None else "running-order.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print to PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> None:
        """Write the register (or the chosen ceremony's running order) to `path` in the
        background."""
        ceremony_id, event_file = self.ceremony_id(), self._event_file

        def work(_progress, _cancelled) -> Path:  # noqa: ANN001
            if ceremony_id is None:
                return signings.print_register(event_file, path)
            return signings.print_ceremony(event_file, ceremony_id, path)

        def done(written: Path) -> None:
            self._say(self.tr("Written to {path}.").format(path=written))

        run_job(self, self.tr("Printing…"), work, done)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)


def open_signings_window(parent: QWidget, event_file: EventFile) -> SigningsWindow:
    window = SigningsWindow(event_file, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
