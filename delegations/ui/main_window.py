"""The main window: three tabs over one event file, the File and Help menus, counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations import __version__
from delegations.domain.errors import UserError
from delegations.services import event as event_service
from delegations.services.event import (
    DamagedEventFile,
    EventFile,
    EventSettings,
    database_engine,
)
from delegations.services.roster import count_records
from delegations.services.server import ServerAddress, is_server_url
from delegations.ui.tabs.base import EVENT, EventTab

TAB_NAMES = ("delegations", "speakers", "agenda", "checkin")
MAX_RECENT = 8
_RECENT_KEY = "recentFiles"


def app_settings() -> QSettings:
    """The app's settings (recent files, window geometry), independent of QApplication names."""
    return QSettings("Delegations", "Delegations")


def recent_files(settings: QSettings) -> list[Path | str]:
    """Recent event files that still exist and venue servers (their addresses, never with a
    password), newest first."""
    value = settings.value(_RECENT_KEY, [])
    entries = [value] if isinstance(value, str) else list(value or [])
    kept: list[Path | str] = [
        entry if is_server_url(entry) else Path(entry)
        for entry in entries
        if is_server_url(entry) or Path(entry).is_file()
    ]
    return kept[:MAX_RECENT]


def remember_recent(settings: QSettings, path: Path | str) -> None:
    """`path`: an event file, or a server address as `EventFile.location` shows it."""
    entries = [str(path)] + [str(p) for p in recent_files(settings) if str(p) != str(path)]
    settings.setValue(_RECENT_KEY, entries[:MAX_RECENT])


def versions_text() -> str:
    """The versions shown in Help ▸ About (ReportLab read from metadata, not imported)."""
    from importlib import metadata  # ~60 ms of imports: not at start-up

    try:
        reportlab = metadata.version("reportlab")
    except metadata.PackageNotFoundError:
        reportlab = "not installed"
    return (
        f"Delegations {__version__}\n"
        f"Qt {qVersion()}\n"
        f"PySide6 {pyside_version}\n"
        f"{database_engine()}\n"
        f"ReportLab {reportlab}"
    )


class MainWindow(QMainWindow):
    """The application window over one open event file.

    Signals:
        data_changed(str): a tab wrote to the event file; the argument says what changed.
            Every built tab and the status bar refresh from it.
    """

    data_changed = Signal(str)

    def __init__(
        self,
        event_file: EventFile,
        *,
        tab: str = "delegations",
        settings: QSettings | None = None,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`remember`: add the event files shown to File ▸ Open Recent (not for screenshots)."""
        super().__init__(parent)
        self._event_file = event_file
        self._settings = settings or app_settings()
        self._remember = remember
        self._remember_server = True  # File ▸ Connect…'s "Remember this server"
        self._tabs: dict[str, EventTab] = {}
        self.replacement: MainWindow | None = None  # the window reopened in another language
        self.setMinimumSize(800, 500)
        self.resize(1280, 800)

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        for name, title in zip(
            TAB_NAMES,
            (
                self.tr("&Delegations"),
                self.tr("&Speakers"),
                self.tr("A&genda"),  # Alt+A opens the Agenda menu
                self.tr("&Check-in"),
            ),
            strict=True,
        ):
            page = QWidget(self.tab_widget)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.tab_widget.addTab(page, title)
        self.setCentralWidget(self.tab_widget)

        self.counts_label = QLabel(self)
        self.filter_label = QLabel(self)
        self.statusBar().addWidget(self.filter_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_menus()

        self.data_changed.connect(self._on_data_changed)
        self.show_tab(tab)
        self.tab_widget.currentChanged.connect(self._on_tab_changed)
        self._after_event_file_changed()

    # Tabs -----------------------------------------------------------------------------------

    @property
    def event_file(self) -> EventFile:
        return self._event_file

    @property
    def settings(self) -> QSettings:
        return self._settings

    def reopened(self) -> MainWindow:
        """A new window like this one: same event, tab and geometry (View ▸ Language)."""
        window = MainWindow(
            self._event_file,
            tab=self.current_tab_name(),
            settings=self._settings,
            remember=self._remember,
        )
        window.restoreGeometry(self.saveGeometry())
        return window

    def tab(self, name: str) -> EventTab:
        """The tab called `name`, built on first use (so start-up builds only the visible one)."""
        if name not in self._tabs:
            factories: dict[str, Callable[[EventFile, QWidget], EventTab]] = {
                "delegations": _delegations_tab,
                "speakers": _speakers_tab,
                "agenda": _agenda_tab,
                "checkin": _checkin_tab,
            }
            page = self._pages[name]
            tab = factories[name](self._event_file, page)
            page.layout().addWidget(tab)
            tab.changed.connect(self.data_changed)
            tab.status_changed.connect(self._update_status)
            self._tabs[name] = tab
        return self._tabs[name]

    def tabs_can_close(self) -> bool:
        """Whether every built tab agrees to close (desk mode asks for its PIN)."""
        return all(tab.can_close() for tab in self._tabs.values())

    def current_tab_name(self) -> str:
        return TAB_NAMES[self.tab_widget.currentIndex()]

    def show_tab(self, name: str) -> EventTab:
        tab = self.tab(name)
        self.tab_widget.setCurrentIndex(TAB_NAMES.index(name))
        self._update_status()
        return tab

    def _on_tab_changed(self, index: int) -> None:
        self.tab(TAB_NAMES[index])
        self._update_status()

    def _on_data_changed(self, what: str) -> None:
        for tab in self._tabs.values():
            tab.refresh(what)
        self._update_counts()

    # Status bar -----------------------------------------------------------------------------

    def _update_counts(self) -> None:
        with self._event_file.read() as connection:
            counts = count_records(session=connection)
        delegations, delegates = counts["delegations"], counts["delegates"]
        speakers, sessions = counts["speakers"], counts["sessions"]
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%Ln delegation(s)", "", delegations),
                    self.tr("%Ln delegate(s)", "", delegates),
                    self.tr("%Ln speaker(s)", "", speakers),
                    self.tr("%Ln session(s)", "", sessions),
                )
            )
        )

    def _update_status(self) -> None:
        tab = self._tabs.get(self.current_tab_name())
        self.filter_label.setText(tab.status_text() if tab else "")

    def status_text(self) -> str:
        """What the status bar says, filter first (for tests and screen readers)."""
        return " | ".join(t for t in (self.filter_label.text(), self.counts_label.text()) if t)

    # Menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New event…"), self._on_new_event, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, self.tr("&Open event…"), self._on_open_event, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addMenu(self.recent_menu)
        self.connect_action = self._action(
            file_menu, self.tr("Connect to a &venue server…"), self.open_connect_dialog
        )
        file_menu.addSeparator()
        self.event_settings_action = self._action(
            file_menu, self.tr("Event &settings…"), self.open_event_settings
        )
        self.protocol_action = self._action(
            file_menu, self.tr("Order of prece&dence…"), self.open_protocol_dialog
        )
        self.save_copy_action = self._action(
            file_menu, self.tr("Save a &Copy…"), self._on_save_copy, QKeySequence.StandardKey.SaveAs
        )
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Ctrl+Q everywhere, also where the platform has no standard Quit key (Windows).
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            edit_menu, self.tr("&Find…"), self._on_find, QKeySequence.StandardKey.Find
        )
        from delegations.ui.agenda.menus import add_agenda_menu, add_undo_actions

        self.undo_group = add_undo_actions(self, edit_menu, before=self.find_action)
        self.agenda_menu = add_agenda_menu(self)
        self.agenda_menu.addSeparator()
        self.seating_action = self._action(
            self.agenda_menu, self.tr("&Seating plans…"), self.open_seating_plans
        )
        self.bilaterals_action = self._action(
            self.agenda_menu, self.tr("&Bilateral meetings…"), lambda: self.open_bilaterals()
        )
        self.signings_action = self._action(
            self.agenda_menu, self.tr("Agreement si&gnings…"), self.open_signings
        )
        from delegations.ui.travel_menu import add_travel_menu

        self.travel_menu = add_travel_menu(self)  # Hotels and rooming…

        from delegations.ui.file_menu import add_file_actions

        # Import registrations…, Export delegates…, Save import template…, Print booklet…
        self.file_actions = add_file_actions(self, file_menu, before=self.quit_action)

        from delegations.ui.checkin.controller import DeskController

        self.desk = DeskController(self, self._settings)  # check-in desk: exchange, backups
        self.desk.add_file_actions(file_menu, before=self.quit_action)
        view_menu = self.desk.add_view_menu(self.menuBar())
        from delegations.ui.language import add_language_menu

        self.language_menu = add_language_menu(self, view_menu)  # reopens the window in it

        from delegations.ui.drop import install_file_drops

        self.file_drops = install_file_drops(self)  # a spreadsheet or an event file dropped

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(help_menu, self.tr("&About Delegations"), self._on_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_seating_plans(self) -> QWidget:
        """The Seating plans window (imported when opened)."""
        from delegations.ui.seating.window import open_seating_window

        return open_seating_window(self, self._event_file)

    def open_bilaterals(self, request_id: int | None = None) -> QWidget:
        """The Bilateral meetings window (imported when opened), with `request_id`'s selected."""
        from delegations.ui.bilaterals.window import open_bilaterals_window

        return open_bilaterals_window(self, self._event_file, request_id)

    def open_signings(self) -> QWidget:
        """The Agreement signings window (imported when opened)."""
        from delegations.ui.signings.window import open_signings_window

        return open_signings_window(self, self._event_file)

    def _on_find(self) -> None:
        self.tab(self.current_tab_name()).focus_filter()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Delegations"),
            self.tr(
                "<h3>Delegations</h3><p>Delegates, badges, check-in and agenda for an "
                "international cooperation week.</p>"
            )
            + "<p>"
            + versions_text().replace("\n", "<br>")
            + "</p>",
        )

    # Event files ----------------------------------------------------------------------------

    def open_event_path(self, path: Path) -> bool:
        """Open the event at `path` in this window; a refusal is shown, not raised."""
        if not all(tab.can_close() for tab in self._tabs.values()):
            return False
        try:
            event_file = event_service.open_event(path)
        except DamagedEventFile as damaged:
            from delegations.ui.dialogs.damaged_event import recover_or_choose

            recovered = recover_or_choose(damaged, self)
            if recovered is None:
                return False
            event_file = recovered
        except UserError as error:
            QMessageBox.warning(self, self.tr("Open event"), str(error))
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Open event"),
                self.tr("{path} cannot be opened: {reason}.").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        self.set_event_file(event_file)
        return True

    def set_event_file(self, event_file: EventFile) -> None:
        """Show another event: the tabs are rebuilt over it; the old file is closed."""
        old, self._event_file = self._event_file, event_file
        current = self.current_tab_name()
        for tab in self._tabs.values():
            tab.release()
            tab.setParent(None)
            tab.deleteLater()
        self._tabs.clear()
        self.show_tab(current)
        self._after_event_file_changed()
        if old is not event_file:
            old.close()

    def _after_event_file_changed(self) -> None:
        self._update_title()
        on_server = self._event_file.on_server
        # A server event's `path` is the desk's offline copy, not what was opened.
        self.setWindowFilePath("" if on_server else str(self._event_file.path))
        offline_copy = self._event_file.offline_copy_of is not None  # reached by its server
        if self._remember and (self._remember_server or not on_server) and not offline_copy:
            remember_recent(self._settings, self._event_file.location)
        self._update_counts()
        self._update_status()
        self.desk.event_file_changed()

    def _update_title(self) -> None:
        name = event_service.event_name(self._event_file)
        if self._event_file.offline_copy_of is not None:
            self.setWindowTitle(
                self.tr("{event} — offline copy of {server} — Delegations").format(
                    event=name, server=self._event_file.offline_copy_of
                )
            )
        elif self._event_file.on_server:
            self.setWindowTitle(
                self.tr("{event} — {server} — Delegations").format(
                    event=name, server=self._event_file.location
                )
            )
        else:
            self.setWindowTitle(self.tr("{event} — Delegations").format(event=name))

    def open_event_settings(self) -> QDialog:
        """File ▸ Event settings…: name, dates, time zone and place of the open event."""
        from delegations.ui.dialogs.event_settings import open_event_settings

        return open_event_settings(self, self._event_file, saved=self._on_event_settings_saved)

    def open_protocol_dialog(self) -> QDialog:
        """File ▸ Order of precedence…: the rule, the resulting order and the rank list."""
        from delegations.ui.dialogs.protocol_dialog import open_protocol_dialog
        from delegations.ui.tabs.base import DELEGATIONS

        def notify() -> None:
            self.data_changed.emit(DELEGATIONS)
            self.statusBar().showMessage(self.tr("Order of precedence saved."), 8000)

        return open_protocol_dialog(self, self._event_file, notify=notify)

    def _on_event_settings_saved(self, _settings: object) -> None:
        self._update_title()
        self.data_changed.emit(EVENT)
        self.statusBar().showMessage(self.tr("Event settings saved."), 8000)

    def _file_filter(self) -> str:
        return self.tr("Delegations event (*.sqlite3);;All files (*)")

    def _start_folder(self) -> str:
        if self._event_file.on_server:  # its `path` is the offline copy in the data folder
            return str(Path.home())
        return str(self._event_file.path.parent)

    def _on_new_event(self) -> None:
        self.open_new_event_dialog()

    def open_new_event_dialog(self) -> QDialog:
        """File ▸ New event…: name and dates first, then where to save the new file."""
        from delegations.ui.dialogs.event_settings import open_new_event_dialog

        return open_new_event_dialog(self, chosen=self._on_new_event_settings)

    def _on_new_event_settings(self, settings: EventSettings) -> None:
        from delegations.ui.dialogs.event_settings import suggested_file_name

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New event"),
            str(Path(self._start_folder()) / suggested_file_name(settings.name)),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.new_event(Path(path), settings)

    def new_event(self, path: Path, settings: EventSettings | None = None) -> bool:
        """Create an event at `path` and switch to it; an existing file is refused.

        With `settings` (File ▸ New event…) the event gets its name and dates; without, it is
        named after its file until someone sets them.
        """
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("New event"),
                self.tr(
                    "{path} already exists. Choose a new name, or open it with File ▸ Open event…"
                ).format(path=path),
            )
            return False
        if settings is None:
            return self.open_event_path(path)
        if not all(tab.can_close() for tab in self._tabs.values()):
            return False
        try:
            event_file = event_service.create_event(path, settings)
        except UserError as error:
            QMessageBox.warning(self, self.tr("New event"), str(error))
            return False
        self.set_event_file(event_file)
        return True

    def _on_open_event(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open event"), self._start_folder(), self._file_filter()
        )
        if path:
            self.open_event_path(Path(path))

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        paths = recent_files(self._settings)
        self._settings.setValue(_RECENT_KEY, [str(p) for p in paths])
        for number, path in enumerate(paths, start=1):
            if isinstance(path, str):  # a venue server: the password is asked again
                action = self.recent_menu.addAction(f"&{number}  {path}")
                action.triggered.connect(lambda _c=False, a=path: self.open_connect_dialog(a))
            else:
                action = self.recent_menu.addAction(f"&{number}  {path.name}  —  {path.parent}")
                action.triggered.connect(lambda _checked=False, p=path: self.open_event_path(p))
            action.setData(str(path))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent events")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), self._on_clear_recent)

    def _on_clear_recent(self) -> None:
        self._settings.setValue(_RECENT_KEY, [self._event_file.location])

    def open_connect_dialog(self, address: str | None = None) -> QDialog | None:
        """File ▸ Connect to a venue server…, filled in from a remembered `address`."""
        from delegations.ui.dialogs.connect_server import open_connect_dialog

        known = None
        if address:
            try:
                known = ServerAddress.parse(address)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Connect to a venue server"), str(error))
                return None
        return open_connect_dialog(self, self._connect, known)

    def _connect(self, request) -> None:  # noqa: ANN001 (connect_server.ConnectRequest)
        """The dialog's OK: a refusal (cannot reach, wrong password) stays in the dialog."""
        from delegations.services.server import ServerUnreachable, connect
        from delegations.ui.dialogs.connect_server import offer_offline_copy

        if not all(tab.can_close() for tab in self._tabs.values()):
            raise UserError(self.tr("Finish or cancel the change in progress first."))
        try:
            event_file = connect(request.address)
        except ServerUnreachable:
            offline = offer_offline_copy(self, request.address.url())
            if offline is None:
                raise  # said in the dialog, which stays open
            event_file = offline
        self._remember_server = request.remember
        self.set_event_file(event_file)

    def _on_save_copy(self) -> None:
        event_file = self._event_file
        # A server event's `path` is the desk's offline copy: suggest the database's name.
        stem = event_file.default_name if event_file.on_server else event_file.path.stem
        suggestion = Path(self._start_folder()) / f"{stem} copy.sqlite3"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(suggestion), self._file_filter()
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, destination: Path) -> bool:
        """Write a consistent copy of the event to `destination` (the open file stays open)."""
        try:
            written = event_service.save_copy(self._event_file, destination)
        except UserError as error:
            from delegations.ui.save_elsewhere import offer_another_place

            title = self.tr("Save a copy")
            filters = self._file_filter()
            if not offer_another_place(self, title, error, self.save_copy, file_filter=filters):
                QMessageBox.warning(self, title, str(error))
            return False
        self.statusBar().showMessage(self.tr("Saved a copy to {path}").format(path=written), 8000)
        return True

    # Qt overrides ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(tab.can_close() for tab in self._tabs.values()):
            event.ignore()
            return
        for tab in self._tabs.values():
            tab.release()
        super().closeEvent(event)


def _delegations_tab(event_file: EventFile, parent: QWidget) -> EventTab:
    from delegations.ui.delegations.tab import DelegationsTab

    return DelegationsTab(event_file, parent)


def _speakers_tab(event_file: EventFile, parent: QWidget) -> EventTab:
    from delegations.ui.speakers.tab import SpeakersTab

    return SpeakersTab(event_file, parent)


def _agenda_tab(event_file: EventFile, parent: QWidget) -> EventTab:
    from delegations.ui.agenda.tab import AgendaTab

    return AgendaTab(event_file, parent, undo_group=getattr(parent.window(), "undo_group", None))


def _checkin_tab(event_file: EventFile, parent: QWidget) -> EventTab:
    from delegations.ui.checkin.tab import CheckInTab

    window = parent.window()
    return CheckInTab(event_file, parent, settings=getattr(window, "_settings", app_settings()))


__all__ = ["MainWindow", "TAB_NAMES", "app_settings", "versions_text"]
