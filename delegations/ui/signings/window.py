"""The Agreement signings window (Agenda ▸ Agreement signings…): the register of agreements,
or a ceremony's running order, which Move up / Move down change at once
(`services.signings.set_running_order`); Print… writes the register or the running order with
its signing tables as a PDF in the background.
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


class SigningsWindow(QDialog):
    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.register: signings.Register | None = None
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
        self.ceremony_box.currentIndexChanged.connect(self._show)
        self._load()

    def ceremony_id(self) -> int | None:
        return self.ceremony_box.currentData()

    def _load(self, keep: int | None = None) -> None:
        self.register = signings.read_register(self._event_file)
        self.ceremony_box.blockSignals(True)
        self.ceremony_box.clear()
        self.ceremony_box.addItem(self.tr("Register of agreements (all)"), None)
        for ceremony in self.register.ceremonies:
            self.ceremony_box.addItem(
                f"{ceremony.day:%d %b} {ceremony.start:%H:%M} — {ceremony.title_en}", ceremony.id
            )
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
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        in_order = self.ceremony_id() is not None
        self.up_button.setEnabled(in_order)
        self.down_button.setEnabled(in_order)

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
