"""The main window's check-in desk commands: desk mode, exchanging journals, backups.

Kept out of `main_window` so that the window only registers them:

- View ▸ Desk mode (full screen): only the Check-in tab, no menus (so no editing and none of
  their shortcuts), full screen. Leaving it — the button on the tab, or closing the window —
  asks for the organiser PIN when one is set.
- File ▸ Exchange check-ins…: `ExchangeDialog`; a merge refreshes the desk.
- File ▸ Restore from backup…: closes the event, restores the chosen backup, reopens it.
- Automatic backups: `BackupPolicy.maybe_backup()` shortly after an event is opened, then
  checked every minute (it backs up when 10 minutes have passed and the file changed).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QMessageBox

from delegations.domain.errors import UserError

if TYPE_CHECKING:
    from delegations.services.backups import BackupInfo, BackupPolicy
    from delegations.ui.main_window import MainWindow
    from delegations.ui.tabs.checkin_tab import CheckInTab

log = logging.getLogger(__name__)

FIRST_BACKUP_MS = 3000
"""The backup "on open" waits this long, so that it never slows down start-up."""
BACKUP_CHECK_MS = 60_000


class DeskController(QObject):
    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings
        self._policy: BackupPolicy | None = None
        self._was_maximized = False
        self.desk_mode = False
        self.first_backup_timer = QTimer(self, singleShot=True, interval=FIRST_BACKUP_MS)
        self.first_backup_timer.timeout.connect(self.maybe_backup)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)

    # Menus ------------------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu, before: QAction) -> None:
        """File ▸ Exchange check-ins… and Restore from backup…, inserted before `before`."""
        self.exchange_action = QAction(self.tr("E&xchange check-ins…"), self.window)
        self.exchange_action.triggered.connect(self.exchange)
        self.restore_action = QAction(self.tr("Restore from &backup…"), self.window)
        self.restore_action.triggered.connect(self.restore)
        menu.insertAction(before, self.exchange_action)
        menu.insertAction(before, self.restore_action)
        menu.insertSeparator(before)

    def add_view_menu(self, menu_bar: QMenuBar, before: QAction | None = None) -> QMenu:
        """A View menu with Desk mode (F11), before the menu of `before` (e.g. Help)."""
        view_menu = QMenu(self.tr("&View"), self.window)
        self.desk_mode_action = QAction(self.tr("&Desk mode (full screen)"), self.window)
        self.desk_mode_action.setShortcut(QKeySequence("F11"))
        self.desk_mode_action.triggered.connect(self.enter_desk_mode)
        view_menu.addAction(self.desk_mode_action)
        if before is not None:
            menu_bar.insertMenu(before, view_menu)
        else:
            menu_bar.addMenu(view_menu)
        return view_menu

    # Desk mode --------------------------------------------------------------------------

    def checkin_tab(self) -> CheckInTab:
        return self.window.tab("checkin")  # type: ignore[return-value]

    def enter_desk_mode(self) -> None:
        """Full screen, the Check-in tab only, no menus."""
        if self.desk_mode:
            return
        from delegations.ui.main_window import TAB_NAMES

        window = self.window
        tab = window.show_tab("checkin")
        self._was_maximized = window.isMaximized()
        for number, name in enumerate(TAB_NAMES):
            window.tab_widget.setTabVisible(number, name == "checkin")
        window.tab_widget.tabBar().hide()
        window.menuBar().hide()
        window.statusBar().hide()
        self.desk_mode = True
        tab.set_desk_mode(True)  # type: ignore[attr-defined]
        tab.leave_desk_mode_requested.connect(self.leave_desk_mode)  # type: ignore[attr-defined]
        window.showFullScreen()

    def leave_desk_mode(self) -> bool:
        """Back to the normal window, if the organiser PIN (when set) is given."""
        if not self.desk_mode:
            return True
        tab = self.checkin_tab()
        if not tab.unlock():
            return False
        window = self.window
        tab.leave_desk_mode_requested.disconnect(self.leave_desk_mode)
        tab.set_desk_mode(False)
        self.desk_mode = False
        for number in range(window.tab_widget.count()):
            window.tab_widget.setTabVisible(number, True)
        window.tab_widget.tabBar().show()
        window.menuBar().show()
        window.statusBar().show()
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        return True

    # Exchange ---------------------------------------------------------------------------

    def exchange(self) -> None:
        from delegations.ui.dialogs.desk_settings import desk_name
        from delegations.ui.dialogs.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(self.window.event_file, desk_name(self._settings), self.window)
        dialog.merged.connect(self._on_merged)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _on_merged(self, _result: object) -> None:
        from delegations.ui.tabs.checkin_tab import CHECKINS

        self.window.data_changed.emit(CHECKINS)

    # Backups ----------------------------------------------------------------------------

    def event_file_changed(self) -> None:
        """A new event is open: back it up shortly, then keep checking."""
        self._policy = None
        self.first_backup_timer.start()
        self.backup_timer.start()

    def maybe_backup(self) -> BackupInfo | None:
        """Back up the open event if due; errors go to the status bar and the log."""
        from delegations.services.backups import BackupPolicy

        event_file = self.window.event_file
        if self._policy is None or self._policy.event_file is not event_file:
            self._policy = BackupPolicy(event_file)
        try:
            return self._policy.maybe_backup()
        except (UserError, OSError) as error:
            log.warning("automatic backup failed: %s", error)
            self.window.statusBar().showMessage(
                self.tr("Automatic backup failed: {error}").format(error=error), 15000
            )
            return None

    def restore(self) -> None:
        from delegations.services.backups import list_backups
        from delegations.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(list_backups(self.window.event_file.path), self.window)
        try:
            chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, backup: BackupInfo) -> bool:
        """Close the event, replace it by `backup`, open it again in the window."""
        from delegations.services import event as event_service
        from delegations.services.backups import restore_backup

        window = self.window
        tabs = getattr(window, "_tabs", {})
        if not all(tab.can_close() for tab in tabs.values()):
            return False
        path = window.event_file.path
        self.first_backup_timer.stop()
        self.backup_timer.stop()
        self._policy = None
        window.event_file.close()
        restored = True
        try:
            restore_backup(backup, path)
        except UserError as error:
            restored = False
            QMessageBox.warning(window, self.tr("Restore from backup"), str(error))
        try:
            event_file = event_service.open_event(path)
        except UserError as error:
            QMessageBox.critical(
                window, self.tr("Restore from backup"),
                self.tr("The event could not be opened again: {error}").format(error=error),
            )  # fmt: skip
            return False
        window.set_event_file(event_file)
        if restored:
            window.statusBar().showMessage(
                self.tr("Restored the backup of {time}.").format(
                    time=backup.taken_at.astimezone().strftime("%d %b %H:%M:%S")
                ),
                10000,
            )
        return restored
