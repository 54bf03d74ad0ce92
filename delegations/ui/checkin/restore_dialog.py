"""File ▸ Restore from backup…: pick one of the automatic backups of the open event file.

The dialog only chooses; `services.backups.restore_backup` closes the event, restores (first
backing up the current file, so a restore can itself be undone) and opens the file again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.services.backups import BackupInfo
from delegations.ui.accessibility import named
from delegations.ui.dates import local_date_time
from delegations.ui.models import Column, RowTableModel


def file_size(size: int) -> str:
    """ "2.4 MB", "380 kB"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} kB"


def backup_model(backups: list[BackupInfo], parent: QObject) -> RowTableModel[BackupInfo]:
    """The backups as listed: when taken (local time), size, file name."""
    model: RowTableModel[BackupInfo] = RowTableModel(
        [
            Column(RestoreDialog.tr("Taken"),
                   lambda b: local_date_time(b.taken_at, seconds=True),
                   sort_key=lambda b: b.taken_at,
                   tooltip=lambda b: str(b.path)),
            Column(RestoreDialog.tr("Size"), lambda b: file_size(b.size), numeric=True),
            Column(RestoreDialog.tr("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
        ],
        parent=parent,
    )  # fmt: skip
    model.set_rows(backups)
    return model


class RestoreDialog(QDialog):
    """Lists the backups, newest first; `chosen()` is the one to restore after `exec()`."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Backups are made when the event is opened and every 10 minutes while it "
                    "changes; the last 20 are kept. Restoring replaces the event with the "
                    "backup; the current state is backed up first, so you can go back.")
            if backups
            else self.tr("There are no backups of this event yet. One is made shortly after "
                         "the event is opened."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = backup_model(backups, self)
        self.view = named(QTableView(self), self.tr("Backups"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_restore)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self._on_restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if backups:
            self.view.selectRow(0)

    def chosen(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace the event with the backup of {time}? Changes made since then are "
                    "set aside in a new backup.").format(
                time=local_date_time(backup.taken_at, seconds=True)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
