"""Unexpected errors: logged with their traceback, and shown in one dialog that says what
happened, where the log is, and copies the details for a bug report.

PySide hands an exception raised in a slot or a Qt override to `sys.excepthook` and carries
on; Python's default hook prints it to a terminal nobody sees. `install_error_hook` replaces
it (and `threading.excepthook`, for workers): the app keeps running, the user is told once.
While the dialog is open, further errors only add to its details (a slot failing on every
repaint must not stack a hundred dialogs).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.paths import log_path

log = logging.getLogger("delegations.ui")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def error_details(info: ExcInfo) -> str:
    """The text "Copy details" puts on the clipboard: versions, then the traceback."""
    from delegations.ui.main_window import versions_text

    trace = "".join(traceback.format_exception(*info))
    return f"{versions_text()}\nPython {sys.version.split()[0]}, {sys.platform}\n\n{trace}"


class UnexpectedErrorDialog(QDialog):
    """What went wrong in one sentence, the log file's path, Copy details and Close."""

    def __init__(self, info: ExcInfo, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.log_file = log_file
        self._details: list[str] = []

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.where.setOpenExternalLinks(False)
        self.where.linkActivated.connect(self._on_open_log_folder)
        self.where.setText(
            self.tr(
                "The details are in the log file <a href='folder'>{path}</a>; please attach it "
                "(or paste the details) to your report."
            ).format(path=_html(str(log_file)))
        )
        self.details_view = QPlainTextEdit(self)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setAccessibleDescription(
            self.tr("Copies what went wrong, with the versions, for a bug report")
        )
        self.show_button = QPushButton(self.tr("Show &details"), self)
        self.show_button.setCheckable(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self.details_view.setVisible)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.message)
        words.addWidget(self.where)
        top.addLayout(words, 1)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.add(info)
        self.resize(520, self.sizeHint().height())

    def add(self, info: ExcInfo) -> None:
        """Another error while the dialog is open: its details join the first one's."""
        self._details.append(error_details(info))
        if len(self._details) == 1:
            self.message.setText(
                self.tr(
                    "Something went wrong that is not your doing: {error}\n\nYour event file "
                    "is safe: every change is saved as you make it. You can go on working."
                ).format(error=_summary(info[1]))
            )
        else:
            self.message.setText(
                self.tr("Errors in all: {count}. The last: {error}").format(
                    count=self.locale().toString(len(self._details)), error=_summary(info[1])
                )
            )
        self.details_view.setPlainText("\n\n".join(self._details))

    def details(self) -> str:
        return "\n\n".join(self._details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self.copy_button, self._on_copied_shown)

    def _on_copied_shown(self) -> None:
        self.copy_button.setText(self.tr("&Copy details"))

    def _on_open_log_folder(self, _link: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def _summary(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ErrorReporter(QObject):
    """Logs every uncaught exception and shows it in one `UnexpectedErrorDialog`.

    A worker thread's exception comes back through a queued signal, so the dialog is always
    made on the GUI thread.
    """

    _raised = Signal(object)

    def __init__(self, window: Callable[[], QWidget | None], log_file: Path | None = None) -> None:
        super().__init__()
        self._window = window
        self._log_file = log_file or log_path()
        self.dialog: UnexpectedErrorDialog | None = None
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> ErrorReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        _installed.append(self)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if self in _installed:
            _installed.remove(self)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            QGuiApplication.quit()
            return
        if not isinstance(error, UserError):
            log.error("unexpected error", exc_info=(kind, error, trace))
        if threading.current_thread() is threading.main_thread():
            self._show((kind, error, trace))
        else:
            self._raised.emit((kind, error, trace))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, info: ExcInfo) -> None:
        self.show(info)

    def show(self, info: ExcInfo, parent: QWidget | None = None) -> None:
        """Show an error already logged: in the open dialog if there is one."""
        parent = parent or self._window()
        if isinstance(info[1], UserError):
            # A refusal that escaped its handler still reads as the sentence it is.
            QMessageBox.warning(parent, "Delegations", str(info[1]))
            return
        if self.dialog is not None:
            self.dialog.add(info)
            return
        self.dialog = UnexpectedErrorDialog(info, self._log_file, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()  # not exec(): the failing slot returns and the app goes on

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None


_installed: list[ErrorReporter] = []


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """An error a handler caught and logged (a background job's): the same one dialog, with
    the traceback from where it was raised."""
    info: ExcInfo = (type(error), error, error.__traceback__)
    if _installed:
        _installed[-1].show(info, parent)
        return
    dialog = UnexpectedErrorDialog(info, log_path(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_fatal(error: BaseException) -> UnexpectedErrorDialog:
    """A bug before the window exists (building it): the dialog, alone, says so and where
    the log is; the app then stops (a desktop launch has no terminal for a traceback)."""
    dialog = UnexpectedErrorDialog((type(error), error, error.__traceback__), log_path())
    dialog.message.setText(
        UnexpectedErrorDialog.tr(
            "Delegations could not open its window: {error}\n\nYour event file is safe. "
            "Please send the details to whoever looks after Delegations."
        ).format(error=_summary(error))
    )
    _fatal[:] = [dialog]  # no parent keeps it: offscreen it stays open until the app ends
    dialog.open()
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":  # nobody could see or close it
        dialog.exec()
    return dialog


_fatal: list[UnexpectedErrorDialog] = []


def install_error_hook(window: Callable[[], QWidget | None]) -> ErrorReporter:
    """Report uncaught exceptions over `window()` until `uninstall()`."""
    return ErrorReporter(window).install()


__all__ = [
    "ErrorReporter",
    "UnexpectedErrorDialog",
    "error_details",
    "install_error_hook",
    "show_fatal",
    "show_unexpected",
]
