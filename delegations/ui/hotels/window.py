"""The Hotels and rooming window (Travel ▸ Hotels and rooming…): the hotels, each one's room
types and blocks, rooms taken night by night, its rooming list and its warnings, and who has
no room yet. Each action is one call of `services.hotels`:

- Add hotel… / Remove hotel (`add_hotel` / `remove_hotel`);
- Room type… (`set_room_type`), Add block… (`add_block`), Remove blocks (`remove_blocks`);
- Room… (`assign_room`: a new room, a number, sharing someone's room, own dates, requests),
  Vacate (`vacate`), Own arrangements (`vacate(own_arrangements=True)`: needs no room),
  Place delegation… (`place_delegation`);
- Print… (the rooming list, previewed) and Export .xlsx… (`write_rooming`); Read room
  numbers… (`read_room_numbers`: the .xlsx the hotel sends back with its Room column filled).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import hotels
from delegations.services.event import EventFile, read_event_settings
from delegations.ui.accessibility import announce
from delegations.ui.dates import short_date
from delegations.ui.dialogs.pdf_output import JobDialog
from delegations.ui.hotels.dialogs import (
    AssignDialog,
    BlockDialog,
    FormDialog,
    HotelDialog,
    PlaceDialog,
    RoomTypeDialog,
)
from delegations.ui.hotels.print_dialog import RoomingPrintDialog
from delegations.ui.widgets import ask_to_delete, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
HOTELS = "hotels"  # what `changed` says


class HotelsWindow(JobDialog):
    """Signals:
    changed(str): this window wrote to the event file (`HOTELS`); `refresh(what)` reads it
        again when something else did.
    """

    changed = Signal(str)

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._own_change = False
        self.rooming: hotels.Rooming | None = None
        self.setWindowTitle(self.tr("Hotels and rooming"))
        self.resize(1200, 700)
        self.hotel_list = QListWidget(self)
        self.add_hotel_button = QPushButton(self.tr("&Add hotel…"), self)
        self.remove_hotel_button = QPushButton(self.tr("Re&move hotel"), self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.rooms_tree = QTreeWidget(self)
        self.rooms_tree.setAlternatingRowColors(True)
        self.rooms_tree.setHeaderLabels([
            self.tr("Room"), self.tr("Guest"), self.tr("Delegation"), self.tr("Check-in"),
            self.tr("Check-out"), self.tr("Nights"), self.tr("Arrives"), self.tr("Leaves"),
            self.tr("Requests"),
        ])  # fmt: skip
        self.blocks_tree = QTreeWidget(self)
        self.blocks_tree.setHeaderLabels([self.tr("Room type"), self.tr("Blocks")])
        self.nights_tree = QTreeWidget(self)
        self.nights_tree.setRootIsDecorated(False)
        self.nights_tree.setHeaderLabels(
            [self.tr("Night"), self.tr("Room type"), self.tr("Held"), self.tr("Taken")]
        )
        self.warnings_title = QLabel(self)
        self.warnings_list = QListWidget(self)
        self.warnings_list.setWordWrap(True)
        self.roomless_title = QLabel(self)
        self.roomless_list = QListWidget(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.room_type_button = QPushButton(self.tr("Room &type…"), self)
        self.block_button = QPushButton(self.tr("Add &block…"), self)
        self.remove_blocks_button = QPushButton(self.tr("Remove bloc&ks"), self)
        self.assign_button = QPushButton(self.tr("&Room…"), self)
        self.assign_button.setToolTip(self.tr("Give the selected person a room at this hotel."))
        self.vacate_button = QPushButton(self.tr("&Vacate"), self)
        self.place_button = QPushButton(self.tr("Place &delegation…"), self)
        self.own_button = QPushButton(self.tr("Own arran&gements"), self)
        self.own_button.setToolTip(self.tr(
            "The selected person with no room needs none: they stay elsewhere."
        ))  # fmt: skip
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.export_button = QPushButton(self.tr("E&xport .xlsx…"), self)
        self.numbers_button = QPushButton(self.tr("Read room n&umbers…"), self)
        self.numbers_button.setToolTip(self.tr(
            "Read the exported .xlsx back once the hotel has filled in its Room column."
        ))  # fmt: skip
        self._lay_out()
        self._connect()
        self.reload()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        hotels_label = QLabel(self.tr("&Hotels:"), self)
        hotels_label.setBuddy(self.hotel_list)
        column.addWidget(hotels_label)
        column.addWidget(self.hotel_list, 1)
        column.addWidget(self.add_hotel_button)
        column.addWidget(self.remove_hotel_button)
        blocks = QWidget(self)
        blocks_layout = QVBoxLayout(blocks)
        pair = QHBoxLayout()
        pair.addWidget(self.blocks_tree, 1)
        pair.addWidget(self.nights_tree, 1)
        blocks_layout.addLayout(pair, 1)
        block_buttons = QHBoxLayout()
        for button in (self.room_type_button, self.block_button, self.remove_blocks_button):
            block_buttons.addWidget(button)
        block_buttons.addStretch(1)
        blocks_layout.addLayout(block_buttons)
        self.tabs.addTab(self.rooms_tree, self.tr("Rooming &list"))
        self.tabs.addTab(blocks, self.tr("Room types and bl&ocks"))
        lists = QWidget(self)
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for title, shown in ((self.warnings_title, self.warnings_list),
                             (self.roomless_title, self.roomless_list)):  # fmt: skip
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(shown)
            lists_layout.addLayout(box, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        inner = QSplitter(Qt.Orientation.Vertical, self)
        inner.addWidget(self.tabs)
        inner.addWidget(lists)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 1)
        right_layout.addWidget(inner, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 960])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.vacate_button, self.place_button,
                       self.own_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.numbers_button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _connect(self) -> None:
        self.hotel_list.currentRowChanged.connect(lambda _row: self._show())
        self.rooms_tree.currentItemChanged.connect(lambda *_: self._enable())
        self.roomless_list.currentItemChanged.connect(lambda *_: self._enable())
        self.roomless_list.itemDoubleClicked.connect(lambda _item: self.assign())
        self.rooms_tree.itemDoubleClicked.connect(lambda *_: self.assign())
        self.blocks_tree.currentItemChanged.connect(lambda *_: self._enable())
        self.add_hotel_button.clicked.connect(self.add_hotel)
        self.remove_hotel_button.clicked.connect(self.remove_hotel)
        self.room_type_button.clicked.connect(self.set_room_type)
        self.block_button.clicked.connect(self.add_block)
        self.remove_blocks_button.clicked.connect(self.remove_blocks)
        self.assign_button.clicked.connect(self.assign)
        self.vacate_button.clicked.connect(self.vacate)
        self.place_button.clicked.connect(self.place)
        self.own_button.clicked.connect(self.own_arrangements)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.numbers_button.clicked.connect(self._on_numbers_clicked)

    # Reading and showing -------------------------------------------------------------------

    def reload(self, hotel: str | None = None) -> None:
        """Read the rooming again; keep the hotel shown (or show `hotel`)."""
        hotel = self.hotel_name() if hotel is None else hotel
        self.rooming = hotels.read_rooming(self._event_file)
        self.hotel_list.blockSignals(True)
        self.hotel_list.clear()
        for view in self.rooming.hotels:
            item = QListWidgetItem(view.name, self.hotel_list)
            item.setToolTip(view.name_zh)
        names = [view.name for view in self.rooming.hotels]
        self.hotel_list.setCurrentRow(names.index(hotel) if hotel in names else 0)
        self.hotel_list.blockSignals(False)
        self._show()

    def refresh(self, what: str) -> None:
        """Another part of the window changed the event file: read it again."""
        if not self._own_change:
            self.reload()

    def _wrote(self) -> None:
        self._own_change = True
        try:
            self.changed.emit(HOTELS)
        finally:
            self._own_change = False

    def hotel(self) -> hotels.HotelView | None:
        row = self.hotel_list.currentRow()
        if self.rooming is None or not 0 <= row < len(self.rooming.hotels):
            return None
        return self.rooming.hotels[row]

    def hotel_name(self) -> str:
        view = self.hotel()
        return view.name if view else ""

    def _show(self) -> None:
        view = self.hotel()
        self.details.setText(self._details(view) if view else self.tr(
            "No hotel yet: Add hotel… enters one, then its room types and blocks."
        ))  # fmt: skip
        self._show_rooms(view)
        self._show_blocks(view)
        self._show_warnings(view)
        self._show_roomless()
        self._enable()

    def _details(self, view: hotels.HotelView) -> str:
        parts = [f"<b>{_escaped(view.name)}</b>"]
        parts += [_escaped(text) for text in (view.name_zh, view.address, view.phone, view.email)
                  if text]  # fmt: skip
        rooms = sum(1 for room in view.rooms if room.guests)
        parts.append(self.tr("{rooms} rooms, {guests} guests").format(rooms=rooms,
                                                                     guests=view.guests))  # fmt: skip
        return " · ".join(parts)

    def _show_rooms(self, view: hotels.HotelView | None) -> None:
        selected, current = self.selected_guest(), None
        _empty(self.rooms_tree)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        no_number, own_dates = self.tr("(no number)"), self.tr("Own dates, not the travel's")
        dates: dict[dt.date, str] = {}  # a few days, each drawn once (6,400 calls took 0.2 s)

        def day(each: dt.date) -> str:
            return dates.get(each) or dates.setdefault(each, short_date(each))

        items = []
        for room in view.rooms if view else ():
            item = QTreeWidgetItem(
                [
                    f"{room.number or no_number} · {room.room_type} ({len(room.guests)}/{room.sleeps})"
                ]
            )
            if len(room.guests) > room.sleeps:  # on some night at least: the warning says which
                item.setIcon(0, warning)
            items.append(item)
            for guest in room.guests:
                child = QTreeWidgetItem(item, [
                    "", guest.name, guest.delegation, day(guest.check_in), day(guest.check_out),
                    str(guest.nights), guest.arrives, guest.leaves, guest.requests,
                ])  # fmt: skip
                child.setData(0, ID_ROLE, guest.delegate_id)
                if not guest.dates_from_travel:
                    child.setToolTip(3, own_dates)
                if guest.delegate_id == selected:
                    current = child
        self.rooms_tree.addTopLevelItems(items)
        if current is not None:
            self.rooms_tree.setCurrentItem(current)
        self.rooms_tree.expandAll()
        for column in range(self.rooms_tree.columnCount()):
            self.rooms_tree.resizeColumnToContents(column)

    def _show_blocks(self, view: hotels.HotelView | None) -> None:
        _empty(self.blocks_tree)
        _empty(self.nights_tree)
        if view is None:
            return
        for name, sleeps in view.room_types:
            item = QTreeWidgetItem([self.tr("{type} (sleeps {sleeps})").format(
                type=name, sleeps=sleeps)])  # fmt: skip
            item.setData(0, ID_ROLE, name)
            self.blocks_tree.addTopLevelItem(item)
            for block in view.blocks:
                if block.room_type == name:
                    QTreeWidgetItem(item, ["", self.tr("{rooms} rooms, {start} – {end}").format(
                        rooms=block.rooms, start=short_date(block.check_in),
                        end=short_date(block.check_out))])  # fmt: skip
        self.blocks_tree.expandAll()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for night in view.nights:
            item = QTreeWidgetItem([short_date(night.night), night.room_type, str(night.blocked),
                                    str(night.taken)])  # fmt: skip
            if night.taken > night.blocked:
                item.setIcon(3, warning)
            self.nights_tree.addTopLevelItem(item)
        for tree in (self.blocks_tree, self.nights_tree):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)

    def _show_warnings(self, view: hotels.HotelView | None) -> None:
        sentences = view.warnings if view else ()
        self.warnings_title.setText(
            self.tr("Warnings: {count}").format(count=len(sentences))
            if sentences else self.tr("No warnings at this hotel")
        )  # fmt: skip
        self.warnings_list.clear()
        self.warnings_list.addItems(list(sentences))

    def _show_roomless(self) -> None:
        roomless = self.rooming.roomless if self.rooming else ()
        self.roomless_title.setText(
            self.tr("No room: {count}").format(count=len(roomless))
            if roomless else self.tr("Everyone who needs a room has one")
        )  # fmt: skip
        self.roomless_list.clear()
        for guest in roomless:
            item = QListWidgetItem(self.tr("{name} ({delegation}), {start} – {end}").format(
                name=guest.name, delegation=guest.delegation,
                start=short_date(guest.check_in), end=short_date(guest.check_out),
            ), self.roomless_list)  # fmt: skip
            item.setData(ID_ROLE, guest.id)

    def rows(self) -> list[list[str]]:
        """The rooming list as shown: a room's line, then its guests' lines."""
        tree, rows = self.rooms_tree, []
        for r in range(tree.topLevelItemCount()):
            room = tree.topLevelItem(r)
            rows.append([room.text(0)])
            for g in range(room.childCount()):
                child = room.child(g)
                rows.append([child.text(c) for c in range(tree.columnCount())])
        return rows

    def warning_texts(self) -> list[str]:
        return [self.warnings_list.item(r).text() for r in range(self.warnings_list.count())]

    def roomless_ids(self) -> list[int]:
        return [self.roomless_list.item(r).data(ID_ROLE) for r in range(self.roomless_list.count())]

    def selected_guest(self) -> int | None:
        item = self.rooms_tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def selected_roomless(self) -> int | None:
        item = self.roomless_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def selected_room_type(self) -> str | None:
        item = self.blocks_tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.data(0, ID_ROLE)

    def _enable(self) -> None:
        view = self.hotel()
        typed = bool(view and view.room_types)
        for button in (self.remove_hotel_button, self.room_type_button, self.print_button,
                       self.export_button, self.numbers_button):  # fmt: skip
            button.setEnabled(view is not None)
        self.block_button.setEnabled(typed)
        self.remove_blocks_button.setEnabled(typed and self.selected_room_type() is not None)
        self.assign_button.setEnabled(typed)
        self.place_button.setEnabled(typed and bool(self.rooming and self.rooming.roomless))
        self.vacate_button.setEnabled(self.selected_guest() is not None)
        self.own_button.setEnabled(self.selected_roomless() is not None)

    # Hotels, room types, blocks -------------------------------------------------------------

    def _open(self, dialog: FormDialog, after: object) -> FormDialog:
        dialog.accepted.connect(after)
        dialog.open()
        return dialog

    def add_hotel(self) -> FormDialog:
        dialog = HotelDialog(lambda given: hotels.add_hotel(self._event_file, given), self)

        def added() -> None:
            name = " ".join(dialog.name_edit.text().split())
            self._after(self.tr("Hotel {hotel} added.").format(hotel=name), hotel=name)

        return self._open(dialog, added)

    def remove_hotel(self) -> None:
        view = self.hotel()
        if view is None or not ask_to_delete(self, self.tr("Remove hotel"), self.tr(
            "Remove {hotel} with its room types, blocks and rooms? Its {count} guests will "
            "have no room."
        ).format(hotel=view.name, count=view.guests)):  # fmt: skip
            return
        if self._call(self.tr("Remove hotel"), hotels.remove_hotel, view.name)[0]:
            self._after(self.tr("Hotel {hotel} removed.").format(hotel=view.name), hotel="")

    def set_room_type(self) -> FormDialog | None:
        view = self.hotel()
        if view is None:
            return None
        dialog = RoomTypeDialog(view.room_types, lambda name, sleeps: hotels.set_room_type(
            self._event_file, view.name, name, sleeps), self)  # fmt: skip
        return self._open(dialog, lambda: self._after(self.tr("Room type saved.")))

    def add_block(self) -> FormDialog | None:
        view = self.hotel()
        if view is None or not view.room_types:
            return None
        settings = read_event_settings(self._event_file)
        first = settings.start - dt.timedelta(days=1)
        dialog = BlockDialog(
            [name for name, _sleeps in view.room_types], first, settings.end,
            lambda room_type, check_in, check_out, rooms: hotels.add_block(
                self._event_file, view.name, room_type, check_in, check_out, rooms),
            self,
        )  # fmt: skip
        if self.selected_room_type():
            dialog.type_box.setCurrentText(self.selected_room_type())
        return self._open(dialog, lambda: self._after(self.tr("Block added.")))

    def remove_blocks(self) -> None:
        view, room_type = self.hotel(), self.selected_room_type()
        if view is None or room_type is None or not ask_to_delete(
            self, self.tr("Remove blocks"),
            self.tr("Remove every block of {type} at {hotel}?").format(type=room_type,
                                                                       hotel=view.name),
        ):  # fmt: skip
            return
        done, count = self._call(
            self.tr("Remove blocks"), hotels.remove_blocks, view.name, room_type
        )
        if done:
            self._after(self.tr("Blocks removed: {count}.").format(count=count))

    # Rooming --------------------------------------------------------------------------------

    def _people(self) -> list[tuple[int, str, dt.date, dt.date]]:
        """Who can be given a room here: those with none, then the guests of every hotel."""
        assert self.rooming is not None
        people = [(g.id, g.name, g.check_in, g.check_out) for g in self.rooming.roomless]
        for view in self.rooming.hotels:
            for room in view.rooms:
                people += [(g.delegate_id, g.name, g.check_in, g.check_out) for g in room.guests]
        return people

    def assign(self) -> FormDialog | None:
        """Room… for the selected person (one with no room, else a guest)."""
        view = self.hotel()
        if view is None or not view.room_types:
            return None
        person = self.selected_roomless() if self.roomless_list.hasFocus() else None
        person = person or self.selected_guest() or self.selected_roomless()
        dialog = AssignDialog(self._people(), view, lambda given: hotels.assign_room(
            self._event_file, given), self, person=person)  # fmt: skip

        def saved() -> None:
            name = dialog.person_box.currentText()
            self._after(self.tr("{name} has a room at {hotel}.").format(name=name,
                                                                        hotel=view.name))  # fmt: skip

        return self._open(dialog, saved)

    def vacate(self) -> None:
        person = self.selected_guest()
        if person is None:
            return
        name = self.rooms_tree.currentItem().text(1)
        if self._call(self.tr("Vacate"), hotels.vacate, person)[0]:
            self._after(self.tr("{name} has no room now.").format(name=name))

    def own_arrangements(self) -> None:
        """The selected person with no room needs none (no longer warned)."""
        person = self.selected_roomless()
        if person is None or self.rooming is None:
            return
        name = next(guest.name for guest in self.rooming.roomless if guest.id == person)
        if self._call(self.tr("Own arrangements"), self._own, person)[0]:
            self._after(self.tr("{name} needs no room.").format(name=name))

    @staticmethod
    def _own(event_file: EventFile, person: int) -> None:
        hotels.vacate(event_file, person, own_arrangements=True)

    def place(self) -> FormDialog | None:
        view = self.hotel()
        if view is None or self.rooming is None:
            return None
        waiting = list(dict.fromkeys(g.delegation for g in self.rooming.roomless))
        chosen = next((g.delegation for g in self.rooming.roomless
                       if g.id == self.selected_roomless()), "")  # fmt: skip
        dialog = PlaceDialog(waiting, view, lambda delegation, room_type, per_room:
                             hotels.place_delegation(self._event_file, delegation, view.name,
                                                     room_type, per_room),
                             self, delegation=chosen)  # fmt: skip

        def placed() -> None:
            guests, rooms = dialog.result_value  # type: ignore[misc]
            self._after(self.tr("{delegation}: {guests} placed in {rooms} rooms.").format(
                delegation=dialog.delegation_box.currentText(), guests=guests, rooms=rooms))  # fmt: skip

        return self._open(dialog, placed)

    # Printing and export --------------------------------------------------------------------

    def open_print_dialog(self) -> RoomingPrintDialog | None:
        if self.rooming is None or self.hotel() is None:
            return None
        names = [view.name for view in self.rooming.hotels]
        dialog = RoomingPrintDialog(self._event_file, names, self.hotel_name(), self)
        dialog.open()  # a JobDialog frees itself once closed and its jobs are done
        return dialog

    def _on_export_clicked(self) -> None:
        hotel = self.hotel_name()
        suggestion = self._event_file.path.parent / self.tr("Rooming list – {hotel}.xlsx").format(
            hotel=hotel)  # fmt: skip
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export rooming list"), str(suggestion),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """The shown hotel's rooming list as an .xlsx for its reservations desk."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        done, written = self._call(self.tr("Export rooming list"), hotels.write_rooming,
                                   self.hotel_name(), path)  # fmt: skip
        if not done:
            return None
        self._say(self.tr("Rooming list written to {path}").format(path=written))
        return written  # type: ignore[return-value]

    def _on_numbers_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Read room numbers"), str(self._event_file.path.parent),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.read_numbers(Path(path))

    def read_numbers(self, path: Path) -> int | None:
        """The room numbers the hotel wrote into its rooming list; all or nothing."""
        done, count = self._call(self.tr("Read room numbers"), hotels.read_room_numbers,
                                 self.hotel_name(), path)  # fmt: skip
        if not done:
            return None
        self._after(self.tr("Room numbers entered or changed: {count}.").format(count=count))
        return count  # type: ignore[return-value]

    # Helpers ----------------------------------------------------------------------------------

    def _call(self, title: str, action: object, *args: object) -> tuple[bool, object]:
        """One service call: (done, its value); a refusal is said in a message box."""
        try:
            return True, action(self._event_file, *args)  # type: ignore[operator]
        except (UserError, OSError) as error:
            show_error(self, title, error)
            return False, None

    def _after(self, text: str, *, hotel: str | None = None) -> None:
        self.reload(hotel)
        self._wrote()
        self._say(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)


def _empty(tree: QTreeWidget) -> None:
    """Take every row out: 10 ms for 6,400 rows, where `clear()` takes about a second."""
    tree.setCurrentItem(None)
    tree.invisibleRootItem().takeChildren()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_hotels_window(parent: QWidget, event_file: EventFile) -> HotelsWindow:
    window = HotelsWindow(event_file, parent)  # frees itself when closed (JobDialog)
    data_changed = getattr(parent, "data_changed", None)  # the main window's, if it is one
    if data_changed is not None:
        window.changed.connect(data_changed)
        data_changed.connect(window.refresh)
    window.show()
    return window
