"""The File menu's registrations and printing actions: Import registrations…, Export
delegates…, Save import template…, Print programme booklet…, Badge layouts….

Menu wiring, not a dialog: the dialogs are imported when an action is triggered, not at
start-up, and told what to refresh afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from delegations.ui.tabs.base import AGENDA, DELEGATIONS

STATUS_MESSAGE_MS = 10_000


class FileMenu(QObject):
    """The translation context of these File menu items (see `ui.language`)."""


@dataclass(frozen=True, slots=True)
class FileActions:
    import_action: QAction
    export_action: QAction
    template_action: QAction
    booklet_action: QAction
    layouts_action: QAction


def add_file_actions(window: QMainWindow, menu: QMenu, *, before: QAction) -> FileActions:
    """Add the actions to `menu` before `before`, in two groups with separators.

    `window` is the main window: it has `event_file` (the open event, read when an action is
    triggered, so a switched event is followed) and the `data_changed(str)` signal.
    """

    def show_message(text: str) -> None:
        window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def notify(what: str) -> None:
        window.data_changed.emit(what)  # type: ignore[attr-defined]

    def on_import() -> None:
        from delegations.ui.dialogs.import_dialog import choose_and_import

        choose_and_import(
            window, window.event_file,  # type: ignore[attr-defined]
            notify=lambda: notify(DELEGATIONS), show_message=show_message,
        )  # fmt: skip

    def on_export() -> None:
        from delegations.ui.dialogs.export import choose_and_export

        choose_and_export(window, window.event_file, show_message)  # type: ignore[attr-defined]

    def on_template() -> None:
        from delegations.ui.dialogs.export import choose_and_save_template

        choose_and_save_template(window, window.event_file, show_message)  # type: ignore[attr-defined]

    def on_booklet() -> None:
        from delegations.ui.dialogs.booklet_dialog import open_booklet_dialog

        open_booklet_dialog(
            window, window.event_file,  # type: ignore[attr-defined]
            notify=lambda: notify(AGENDA), show_message=show_message,
        )  # fmt: skip

    def on_layouts() -> None:
        from delegations.ui.badges.layouts_dialog import open_layouts_dialog

        open_layouts_dialog(window, window.event_file)  # type: ignore[attr-defined]

    def action(text: str, slot: object) -> QAction:
        created = QAction(text, window)
        created.triggered.connect(slot)
        menu.insertAction(before, created)
        return created

    actions = FileActions(
        action(FileMenu.tr("&Import registrations…"), on_import),
        action(FileMenu.tr("&Export delegates…"), on_export),
        action(FileMenu.tr("Save import &template…"), on_template),
        booklet_action=QAction(FileMenu.tr("Print &programme booklet…"), window),
        layouts_action=QAction(FileMenu.tr("Badge &layouts…"), window),
    )
    menu.insertSeparator(before)
    actions.booklet_action.triggered.connect(on_booklet)
    menu.insertAction(before, actions.booklet_action)
    actions.layouts_action.triggered.connect(on_layouts)
    menu.insertAction(before, actions.layouts_action)
    menu.insertSeparator(before)
    return actions
