"""The main window's agenda menu items: Edit ▸ Undo/Redo (the agenda's undo stack) and the
Agenda menu (programme versions, export and import, rooms).

Each Agenda item shows the Agenda tab and calls it; the undo group follows the tab: its stack
is active while the tab is shown (see `AgendaTab.showEvent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QMenuBar

if TYPE_CHECKING:
    from delegations.ui.agenda.tab import AgendaTab
    from delegations.ui.tabs.base import EventTab


class AgendaMenu(QObject):
    """The translation context of the Agenda menu and its Undo/Redo (see `ui.language`)."""


class _Window(Protocol):
    def show_tab(self, name: str) -> EventTab: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def tr(self, text: str) -> str: ...


def add_undo_actions(window: QMenuBar | object, menu: QMenu, before: QAction) -> QUndoGroup:
    """Undo and Redo at the top of `menu` (before `before`), for the agenda's edits."""
    group = QUndoGroup(window)  # type: ignore[arg-type]
    undo = group.createUndoAction(group, AgendaMenu.tr("&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo = group.createRedoAction(group, AgendaMenu.tr("&Redo"))
    keys = [QKeySequence("Ctrl+Shift+Z")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
    redo.setShortcuts(keys)
    menu.insertAction(before, undo)
    menu.insertAction(before, redo)
    menu.insertSeparator(before)
    group.setObjectName("agendaUndoGroup")
    return group


def add_agenda_menu(window: _Window) -> QMenu:
    """The Agenda menu, after Edit."""
    menu = window.menuBar().addMenu(AgendaMenu.tr("&Agenda"))

    def agenda() -> AgendaTab:
        return window.show_tab("agenda")  # type: ignore[return-value]

    menu.addAction(
        AgendaMenu.tr("&Publish programme version…"), lambda: agenda().open_publish_dialog()
    )
    menu.addAction(
        AgendaMenu.tr("&Changes since a version…"), lambda: agenda().open_changes_dialog()
    )
    menu.addSeparator()
    menu.addAction(AgendaMenu.tr("&Export agenda…"), lambda: agenda().export_agenda())
    menu.addAction(AgendaMenu.tr("&Import agenda…"), lambda: agenda().import_agenda())
    menu.addSeparator()
    menu.addAction(AgendaMenu.tr("&Rooms…"), lambda: agenda().open_rooms_dialog())
    return menu
