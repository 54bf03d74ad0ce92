"""File ▸ Second backup folder…: a folder (a USB stick) each backup is also copied to, set for
this computer; and the status bar's warning when the last copy could not be made.

The setting is the one `delegations backups second-folder` reads and writes (a small file in
the user data folder), so the window and the command line of one computer agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.services import backups


class SecondFolderDialog(QDialog):
    """Shows the folder set; Choose folder… sets one, Copy nowhere else clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Second backup folder"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each backup of the event is also copied to this folder, for example on a USB "
                "stick, so that a lost or broken laptop does not take the backups with it. "
                "The folder is set for this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.off_button = QPushButton(self.tr("Copy &nowhere else"))
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.off_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose)
        self.off_button.clicked.connect(self._on_off)
        layout.addWidget(buttons)
        self._show_current()

    def _show_current(self) -> None:
        folder = backups.second_folder()
        self.off_button.setEnabled(folder is not None)
        if folder is None:
            self.current.setText(
                self.tr("No second folder: backups are kept on this computer only.")
            )
        elif not folder.is_dir():
            self.current.setText(
                self.tr("{folder} — not there now (is the USB stick plugged in?)").format(
                    folder=folder
                )
            )
        else:
            self.current.setText(
                self.tr("Backups are also copied to {folder}.").format(folder=folder)
            )

    def set_folder(self, folder: str | None) -> None:
        backups.set_second_folder(folder)
        self._show_current()

    def _on_choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        if folder:
            self.set_folder(folder)

    def _on_off(self) -> None:
        self.set_folder(None)


def open_second_folder_dialog(parent: QWidget) -> SecondFolderDialog:
    dialog = SecondFolderDialog(parent)
    dialog.setModal(True)
    dialog.open()
    return dialog


class CopyWarning(QLabel):
    """A lasting status-bar warning while backups cannot be copied to the second folder:
    shown by a backup whose copy failed, cleared by the next one that copies."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        # The sentence is long: it may be cut in a narrow window (the tooltip has it whole)
        # rather than widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._sentence = ""
        self.hide()
        window.statusBar().addPermanentWidget(self, 1)

    def show_problem(self, problem: str) -> None:
        """`problem` is the backup's `copy_problem`: "" clears the warning."""
        if not problem:
            self.clear()
            self.hide()
            return
        self._sentence = f"⚠ {problem}"
        self.setToolTip(problem)
        self._elide()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self._sentence, Qt.TextElideMode.ElideRight, self.width())
        )
