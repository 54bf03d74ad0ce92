"""The Hand over badges… dialog: a delegation's liaison officer collects its badges against a receipt.

On the Delegations tab, for the selected delegation. The dialog lists the delegation's badges
(printed or not, with their versions, those already issued and when), lets the desk choose
who collects (a member of the delegation, the contact suggested) and which badges, then
records the hand-over and writes the A4 custody receipt in one service call. The receipt can
then be opened in the system's PDF viewer, or printed (Print…: the same PDF, drawn at 100 %
on one of the system's printers, `ui.printing`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import handover as service
from delegations.ui.accessibility import named
from delegations.ui.dates import time_text
from delegations.ui.dialogs import pdf_output
from delegations.ui.jobs import run_job
from delegations.ui.tabs.base import DELEGATES
from delegations.ui.widgets import heading

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from delegations.services.event import EventFile

_CHOSEN, _NAME, _NATIVE, _ROLE, _BADGE, _PRINTED, _ISSUED = range(7)
A4_MM = (210.0, 297.0)  # the receipt's page


def _receipt_name(delegation: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in delegation)
    return f"Badge receipt - {' '.join(keep.split())}.pdf"


class HandoverDialog(QDialog):
    """Choose the collector and the badges; "Hand over" records and writes the receipt."""

    def __init__(
        self,
        event_file: EventFile,
        candidates: service.HandoverCandidates,
        *,
        folder: Path,
        notify: SignalInstance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._candidates = candidates
        self._notify = notify
        self.handover: service.Handover | None = None
        self.setWindowTitle(self.tr("Hand over badges — {delegation}").format(
            delegation=candidates.delegation))  # fmt: skip
        self.resize(860, 520)

        self.collector = QComboBox(self)
        self.desk = QLineEdit(self)
        self.desk.setPlaceholderText(self.tr("e.g. Accreditation desk 1"))
        self.receipt_path = QLineEdit(str(folder / _receipt_name(candidates.delegation)), self)
        browse = QPushButton(self.tr("Bro&wse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.receipt_path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Collected by:"), self.collector)
        form.addRow(self.tr("&Desk:"), self.desk)
        receipt_label = QLabel(self.tr("&Receipt:"), self)
        receipt_label.setBuddy(self.receipt_path)
        form.addRow(receipt_label, path_row)

        self.table = named(QTableWidget(0, 7, self), self.tr("Badges to hand over"))
        self.table.setHorizontalHeaderLabels([
            "", self.tr("Name"), self.tr("Native script"), self.tr("Role"), self.tr("Badge"),
            self.tr("Printed"), self.tr("Issued"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._update_state)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.hand_over_button = self.buttons.addButton(
            self.tr("&Hand over and write receipt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("&Open receipt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setToolTip(self.tr("Look at the receipt and print it from the viewer"))
        self.open_button.setEnabled(False)
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(self.tr("Print the receipt on one of the system's printers"))
        self.print_button.setEnabled(False)
        self.printed_pages: int | None = None
        self.hand_over_button.clicked.connect(self.hand_over)
        self.open_button.clicked.connect(self.open_receipt)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(candidates.delegation, self))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill_collectors()
        self._fill_badges(candidates.badges)
        self.collector.setFocus()

    # Filling ---------------------------------------------------------------------------

    def _fill_collectors(self) -> None:
        for badge in self._candidates.badges:
            label = f"{badge.name}  {badge.native_name}".strip()
            self.collector.addItem(f"{label}  ·  {badge.role}" if badge.role else label,
                                   badge.delegate_id)  # fmt: skip
        found = self.collector.findData(self._candidates.suggested_collector_id)
        self.collector.setCurrentIndex(max(found, 0))

    def _issued_text(self, badge: service.HandoverBadge) -> str:
        if badge.issued:
            return self.tr("Already issued")
        if badge.issued_version is not None:
            return self.tr("Version {v} issued; not this one").format(v=badge.issued_version)
        return ""

    def _fill_badges(self, badges: tuple[service.HandoverBadge, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(badges))
        for row, badge in enumerate(badges):
            chosen = QTableWidgetItem()
            chosen.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            # Badges already handed over are not handed again unless someone ticks them.
            chosen.setCheckState(Qt.CheckState.Unchecked if badge.issued else Qt.CheckState.Checked)
            chosen.setData(Qt.ItemDataRole.UserRole, badge.delegate_id)
            self.table.setItem(row, _CHOSEN, chosen)
            printed = self.tr("Yes") if badge.printed else self.tr("Not yet")
            texts = (badge.name, badge.native_name, badge.role, badge.badge_number, printed,
                     self._issued_text(badge))  # fmt: skip
            for column, text in enumerate(texts, start=_NAME):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self._update_state()

    def chosen_ids(self) -> list[int]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, _CHOSEN)).checkState() == Qt.CheckState.Checked
        ]

    def issued_texts(self) -> dict[str, str]:
        """What the Issued column says, by name (empty: not issued)."""
        return {
            self.table.item(row, _NAME).text(): self.table.item(row, _ISSUED).text()
            for row in range(self.table.rowCount())
        }

    def _update_state(self, *_args: object) -> None:
        badges = self._candidates.badges
        chosen = len(self.chosen_ids())
        unprinted = sum(not b.printed for b in badges)
        issued = sum(b.issued for b in badges)
        # Counts as "label: n", which reads right in every language without plural forms.
        parts = [self.tr("Chosen: {n}").format(n=chosen)]
        if issued:
            parts.append(self.tr("already issued: {n}").format(n=issued))
        if unprinted:
            parts.append(self.tr("not printed yet: {n}").format(n=unprinted))
        text = "  ·  ".join(parts)
        self.summary.setText(text)
        self.hand_over_button.setEnabled(chosen > 0 and self.collector.count() > 0)

    # Actions ---------------------------------------------------------------------------

    def _on_browse(self) -> None:
        chosen = pdf_output.ask_save_path(self, self.tr("Save the custody receipt"),
                                          Path(self.receipt_path.text()), self.tr("PDF (*.pdf)"))  # fmt: skip
        if chosen is not None:
            self.receipt_path.setText(str(chosen))

    def hand_over(self) -> None:
        """Record the hand-over and write the receipt in a worker; shows the outcome."""
        event_file, delegation = self._event_file, self._candidates.delegation_id
        collector, ids = self.collector.currentData(), self.chosen_ids()
        desk, out = self.desk.text(), Path(self.receipt_path.text().strip())
        self.hand_over_button.setEnabled(False)
        self.message.setText(self.tr("Writing the receipt…"))
        run_job(
            self, self.tr("Writing the custody receipt…"),
            lambda _progress, _cancelled: service.hand_over(
                event_file, delegation, collector, ids, desk, receipt=out),
            on_done=self._on_handed_over, on_error=self._on_refused,
        )  # fmt: skip

    def _on_handed_over(self, done: service.Handover) -> None:
        self.handover = done
        self.message.setText(
            self.tr("Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.")
            .format(collector=done.collected_by, time=time_text(done.local_time.time()),
                    n=len(done.badges), path=done.receipt)
        )  # fmt: skip
        self.open_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.open_button.setDefault(True)
        if self._notify is not None:
            self._notify(DELEGATES)
        self.reload()

    def _on_refused(self, error: BaseException) -> None:
        self.message.setText(str(error) if isinstance(error, UserError) else repr(error))
        self._update_state()

    def reload(self) -> None:
        """Read the badges again (what is issued now)."""
        try:
            self._candidates = service.handover_candidates(
                self._event_file, self._candidates.delegation_id
            )
        except UserError as error:
            self.message.setText(str(error))
            return
        self._fill_badges(self._candidates.badges)

    def open_receipt(self) -> None:
        if self.handover is not None and self.handover.receipt is not None:
            pdf_output.open_document(self.handover.receipt)

    def _on_print_clicked(self) -> None:
        from delegations.ui import printing  # Qt's print support: loaded on first use

        if self.handover is None or self.handover.receipt is None:
            return

        def printed(name: str, pages: int) -> None:
            self.printed_pages = pages
            self.message.setText(self.tr("Receipt sent to {printer}.").format(printer=name))

        printing.print_pdf(
            self, self.handover.receipt, title=self.tr("Custody receipt"),
            on_printed=printed, on_error=self._on_refused,
        )  # fmt: skip

    def print_on(self, printer: QPrinter) -> None:
        """Draw the receipt, the PDF that Open receipt shows, on `printer` at 100 %."""
        from delegations.ui import printing

        if self.handover is None or self.handover.receipt is None:
            return
        receipt, name = self.handover.receipt, printer.printerName() or printer.outputFileName()

        def printed(pages: int) -> None:
            self.printed_pages = pages
            self.message.setText(self.tr("Receipt sent to {printer}.").format(printer=name))

        run_job(
            self, self.tr("Printing the custody receipt…"),
            lambda _progress, _cancelled: printing.paint_pdf(printer, receipt),
            on_done=printed, on_error=self._on_refused,
        )  # fmt: skip
