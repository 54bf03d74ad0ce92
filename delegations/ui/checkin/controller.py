"""The main window's check-in desk commands: desk mode, exchanging journals, backups.

Kept out of `main_window` so that the window only registers them. The controller knows the
window through `DeskWindow` (what it uses of it), so it never imports the window back:

- View ▸ Desk mode (full screen): only the Check-in tab, no menus (so no editing and none of
  their shortcuts), full screen. Entering it with no organiser PIN set asks for one first;
  leaving it — the button on the tab, or closing the window — asks for the PIN.
- File ▸ Exchange check-ins…: `ExchangeDialog`; a merge refreshes the desk.
- File ▸ Restore from backup…: one call, `services.backups.restore_backup` (closes the event,
  restores the chosen backup, reopens it); the window then shows the reopened event.
- Automatic backups: `BackupPolicy.maybe_backup()` shortly after an event is opened, then
  checked every minute (it backs up when 10 minutes have passed and the file changed).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QSettings, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMenuBar, QMessageBox, QTabWidget

from delegations.domain.errors import UserError
from delegations.services import backups as backup_service
from delegations.services import pin as pin_service
from delegations.services.backups import BackupInfo, BackupPolicy
from delegations.services.event import EventFile
from delegations.ui.checkin import CHECKINS
from delegations.ui.dates import local_date_time
from delegations.ui.dialogs.backup_folder import CopyWarning, open_second_folder_dialog
from delegations.ui.tabs.base import EventTab

# The desk's tab and dialogs are imported when first used: the window builds this controller
# at start-up, and the tab brings badge printing (ReportLab layouts, pydantic) with it.
if TYPE_CHECKING:
    from delegations.ui.checkin.tab import CheckInTab

log = logging.getLogger(__name__)

FIRST_BACKUP_MS = 3000
"""The backup "on open" waits this long, so that it never slows down start-up."""
BACKUP_CHECK_MS = 60_000


@dataclass(frozen=True)
class DeskLaunch:
    """`delegations desk`: open on the check-in of desk `name` (None: the remembered name, or
    ask), in desk mode if `fullscreen`."""

    name: str | None = None
    fullscreen: bool = False


class DeskWindow(Protocol):
    """What the desk commands use of the main window."""

    data_changed: SignalInstance
    tab_widget: QTabWidget

    @property
    def event_file(self) -> EventFile: ...

    def show_tab(self, name: str) -> EventTab: ...

    def tab(self, name: str) -> EventTab: ...

    def tabs_can_close(self) -> bool: ...

    def set_event_file(self, event_file: EventFile) -> None: ...


class DeskController(QObject):
    def __init__(self, window: DeskWindow, settings: QSettings) -> None:
        self._main = cast(QMainWindow, window)  # the window is a QMainWindow too
        super().__init__(self._main)
        self.window = window
        self._settings = settings
        self._policy: BackupPolicy | None = None
        self._was_maximized = False
        self.desk_mode = False
        self.first_backup_timer = QTimer(self, singleShot=True, interval=FIRST_BACKUP_MS)
        self.first_backup_timer.timeout.connect(self.maybe_backup)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)
        self.copy_warning = CopyWarning(self._main)  # the second backup folder missing, full

    # Menus ------------------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu, before: QAction) -> None:
        """File ▸ Exchange check-ins… and Restore from backup…, inserted before `before`."""
        self.exchange_action = QAction(self.tr("E&xchange check-ins…"), self._main)
        self.exchange_action.triggered.connect(self.exchange)
        self.restore_action = QAction(self.tr("Restore from &backup…"), self._main)
        self.restore_action.triggered.connect(self.restore)
        self.second_folder_action = QAction(self.tr("Second backup &folder…"), self._main)
        self.second_folder_action.triggered.connect(lambda: open_second_folder_dialog(self._main))
        menu.insertAction(before, self.exchange_action)
        menu.insertAction(before, self.restore_action)
        menu.insertAction(before, self.second_folder_action)
        menu.insertSeparator(before)

    def add_view_menu(self, menu_bar: QMenuBar, before: QAction | None = None) -> QMenu:
        """A View menu with Desk mode (F11), before the menu of `before` (e.g. Help)."""
        view_menu = QMenu(self.tr("&View"), self._main)
        self.desk_mode_action = QAction(self.tr("&Desk mode (full screen)"), self._main)
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
        return cast("CheckInTab", self.window.tab("checkin"))

    def open_desk(self, launch: DeskLaunch) -> None:
        """Show the check-in of the desk `launch` names (remembered for the next time)."""
        tab = cast("CheckInTab", self.window.show_tab("checkin"))
        name = " ".join((launch.name or "").split())
        if name:
            tab.set_desk(name)
        if launch.fullscreen:
            self.enter_desk_mode()

    def enter_desk_mode(self) -> None:
        """Full screen, the Check-in tab only, no menus; with no organiser PIN set yet, it is
        asked for first (cancelled: no desk mode)."""
        if self.desk_mode:
            return
        from delegations.ui.checkin.settings_dialog import ask_new_pin

        window = self.window
        if not pin_service.pin_is_set(window.event_file) and not ask_new_pin(
            window.event_file, self._main
        ):
            return
        tab = cast("CheckInTab", window.show_tab("checkin"))
        main = self._main
        self._was_maximized = main.isMaximized()
        shown = window.tab_widget.currentIndex()
        for number in range(window.tab_widget.count()):
            window.tab_widget.setTabVisible(number, number == shown)
        window.tab_widget.tabBar().hide()
        main.menuBar().hide()
        main.statusBar().hide()
        self.desk_mode = True
        tab.set_desk_mode(True)
        tab.leave_desk_mode_requested.connect(self.leave_desk_mode)
        main.showFullScreen()

    def leave_desk_mode(self) -> bool:
        """Back to the normal window, if the organiser PIN (when set) is given."""
        if not self.desk_mode:
            return True
        tab = self.checkin_tab()
        if not tab.unlock():
            return False
        tabs, main = self.window.tab_widget, self._main
        tab.leave_desk_mode_requested.disconnect(self.leave_desk_mode)
        tab.set_desk_mode(False)
        self.desk_mode = False
        for number in range(tabs.count()):
            tabs.setTabVisible(number, True)
        tabs.tabBar().show()
        main.menuBar().show()
        main.statusBar().show()
        if self._was_maximized:
            main.showMaximized()
        else:
            main.showNormal()
        return True

    # Exchange ---------------------------------------------------------------------------

    def exchange(self) -> None:
        from delegations.ui.checkin.exchange_dialog import ExchangeDialog
        from delegations.ui.checkin.settings_dialog import desk_name

        dialog = ExchangeDialog(self.window.event_file, desk_name(self._settings), self._main)
        dialog.merged.connect(self.refresh_after_merge)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def refresh_after_merge(self, _result: object = None) -> None:
        """A merge added check-ins: every tab reads the journal again."""
        self.window.data_changed.emit(CHECKINS)

    # Backups ----------------------------------------------------------------------------

    def event_file_changed(self) -> None:
        """A new event is open: back it up shortly, then keep checking."""
        self._policy = None
        self.first_backup_timer.start()
        self.backup_timer.start()

    def maybe_backup(self) -> BackupInfo | None:
        """Back up the open event if due; errors go to the status bar and the log."""
        event_file = self.window.event_file
        if self._policy is None or self._policy.event_file is not event_file:
            self._policy = BackupPolicy(event_file)
        try:
            made = self._policy.maybe_backup()
        except (UserError, OSError) as error:
            log.warning("automatic backup failed: %s", error)
            self._main.statusBar().showMessage(
                self.tr("Automatic backup failed: {error}").format(error=error), 15000
            )
            return None
        if made is not None:
            self.copy_warning.show_problem(made.copy_problem)
        return made

    def restore(self) -> None:
        from delegations.ui.checkin.restore_dialog import RestoreDialog

        dialog = RestoreDialog(backup_service.list_backups(self.window.event_file.path), self._main)
        try:
            chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, backup: BackupInfo) -> bool:
        """Close the event, replace it by `backup`, open it again in the window."""
        window, main = self.window, self._main
        if not window.tabs_can_close():
            return False
        self.first_backup_timer.stop()
        self.backup_timer.stop()
        self._policy = None
        title = self.tr("Restore from backup")
        try:
            outcome = backup_service.restore_backup(window.event_file, backup)
        except UserError as error:
            QMessageBox.critical(
                main, title,
                self.tr("The event could not be opened again: {error}").format(error=error),
            )  # fmt: skip
            return False
        window.set_event_file(outcome.event_file)
        if not outcome.restored:
            QMessageBox.warning(main, title, outcome.problem)
            return False
        main.statusBar().showMessage(
            self.tr("Restored the backup of {time}.").format(
                time=local_date_time(backup.taken_at, seconds=True)
            ),
            10000,
        )
        return True
