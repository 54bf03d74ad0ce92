"""The main window's Travel menu, after Agenda: Hotels and rooming… (and the transfers).

Each item opens its window, imported only when opened; a window that writes says so through
the main window's `data_changed`, and reads again when another part of the window wrote.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


class TravelMenu(QObject):
    """The translation context of the Travel menu (see `ui.language`)."""


class _Window(Protocol):
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)


def add_travel_menu(window: _Window) -> QMenu:
    """The Travel menu: Hotels and rooming…, Transfers and manifests…."""
    menu = window.menuBar().addMenu(TravelMenu.tr("&Travel"))
    menu.setObjectName("travelMenu")
    hotels = menu.addAction(TravelMenu.tr("&Hotels and rooming…"))
    hotels.setObjectName("hotelsAction")
    hotels.triggered.connect(lambda: open_hotels(window))  # type: ignore[arg-type]
    transfers = menu.addAction(TravelMenu.tr("&Transfers and manifests…"))
    transfers.setObjectName("transfersAction")
    transfers.triggered.connect(lambda: open_transfers(window))  # type: ignore[arg-type]
    return menu


def open_hotels(window: QWidget) -> QWidget:
    """The Hotels and rooming window for the main window's event file."""
    from delegations.ui.hotels.window import open_hotels_window

    return open_hotels_window(window, window.event_file)  # type: ignore[attr-defined]


def open_transfers(window: QWidget) -> QWidget:
    """The Transfers and manifests window for the main window's event file."""
    from delegations.ui.transfers.window import open_transfers_window

    return open_transfers_window(window, window.event_file)  # type: ignore[attr-defined]
