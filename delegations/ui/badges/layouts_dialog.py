"""Badge layouts… : the bundled layouts (read-only starting points) and the event's own.

Each row says what the layout is (its title, the badge and the sheet it prints on) and which
roles print with it. The actions are one service call each (`services.layouts`): Duplicate
to edit… (a bundled layout is never changed in place), Edit… (the designer, for the event's
own), Use for role…, Export…, Import… and Delete. A refusal is one sentence in the dialog's
message line; nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import event as event_service
from delegations.services import layouts as layout_service
from delegations.services.event import EventFile
from delegations.services.layouts import LayoutEntry
from delegations.ui.accessibility import named
from delegations.ui.palette import error_style
from delegations.ui.widgets import heading

LAYOUT_FILTER_EXTENSION = ".json"


class LayoutsDialog(QDialog):
    """The event's badge layouts and the bundled ones, with what can be done to each.

    Signals:
        changed(): a layout was added, changed, deleted or given to a role.
    """

    changed = Signal()
    TITLE, BADGE, SHEET, ROLES = range(4)

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self._entries: list[LayoutEntry] = []
        self.designers: list[QWidget] = []  # the designer windows opened from here
        self.setWindowTitle(self.tr("Badge layouts"))

        intro = QLabel(
            self.tr("The bundled layouts are starting points: duplicate one to make it the "
                    "event's own, then edit it. The event's layouts travel with the event file."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.table = named(QTableWidget(0, 4, self), self.tr("Badge layouts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layout"), self.tr("Badge"), self.tr("Printed on"), self.tr("Used for")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (self.BADGE, self.SHEET, self.ROLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_edit())

        self.duplicate_button = self._button(self.tr("&Duplicate to edit…"), self._on_duplicate)
        self.edit_button = self._button(self.tr("&Edit…"), self._on_edit)
        self.role_button = self._button(self.tr("&Use for role…"), self._on_use_for_role)
        self.export_button = self._button(self.tr("E&xport…"), self._on_export)
        self.import_button = self._button(self.tr("&Import…"), self._on_import)
        self.delete_button = self._button(self.tr("De&lete"), self._on_delete)
        side = QVBoxLayout()
        for button in (self.duplicate_button, self.edit_button, self.role_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.export_button)
        side.addWidget(self.import_button)
        side.addSpacing(12)
        side.addWidget(self.delete_button)
        side.addStretch(1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Badge layouts"), self))
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # The list -------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the layouts again; `select` (a name) or the selected one stays selected."""
        select = select or self.selected_name()
        self._entries = layout_service.list_event_layouts(self._event_file)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(self._row_texts(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.name)
                if entry.bundled:
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(self.tr("Bundled with Delegations: read-only, duplicate it "
                                            "to edit."))  # fmt: skip
                self.table.setItem(row, column, item)
            if not entry.bundled:
                font = QFont(self.table.font())
                font.setBold(True)
                self.table.item(row, self.TITLE).setFont(font)
        names = [entry.name for entry in self._entries]
        self.table.selectRow(names.index(select) if select in names else 0)
        self._update_enabled()

    def _row_texts(self, entry: LayoutEntry) -> list[str]:
        layout, sheet = entry.layout, entry.layout.sheet
        kind = self.tr("bundled, read-only") if entry.bundled else self.tr("this event's")
        title = self.tr("{title} ({name}, {kind})").format(
            title=layout.title, name=entry.name, kind=kind
        )
        if layout.back:
            title += " · " + self.tr("two-sided")
        badge = self.tr("{width:g} × {height:g} mm").format(
            width=layout.badge_width, height=layout.badge_height
        )
        sheet_text = (
            self.tr("%n per page", "", sheet.per_page)
            + " · "
            + self.tr("{width:g} × {height:g} mm").format(
                width=sheet.page_width, height=sheet.page_height
            )
        )
        return [title, badge, sheet_text, ", ".join(entry.roles) or "—"]

    def names(self) -> list[str]:
        return [entry.name for entry in self._entries]

    def row_text(self, name: str) -> list[str]:
        """What the row of the layout `name` says, column by column (for tests)."""
        row = self.names().index(name)
        return [self.table.item(row, column).text() for column in range(self.table.columnCount())]

    def selected_entry(self) -> LayoutEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def selected_name(self) -> str | None:
        entry = self.selected_entry()
        return entry.name if entry is not None else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.names().index(name))

    def _update_enabled(self) -> None:
        entry = self.selected_entry()
        own = entry is not None and not entry.bundled
        for button in (self.duplicate_button, self.role_button, self.export_button):
            button.setEnabled(entry is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.edit_button.setToolTip(
            "" if own else self.tr("A bundled layout is read-only: duplicate it to edit.")
        )

    # Actions --------------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], str]) -> bool:
        """Run one service call; its sentence (done or refused) in the message line."""
        try:
            done = action()
        except UserError as error:
            self._show_message(str(error), error=True)
            return False
        self._show_message(done)
        return True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setVisible(bool(text))

    def duplicate(self, name: str, new_name: str) -> bool:
        def action() -> str:
            layout = layout_service.duplicate_layout(self._event_file, name, new_name)
            self.refresh(select=layout.name)
            self.changed.emit()
            return self.tr("“{name}” is the event's own now: Edit… changes it.").format(
                name=layout.name
            )

        return self._attempt(action)

    def use_for_role(self, name: str, role: str) -> bool:
        def action() -> str:
            role_name, layout = layout_service.assign_layout(self._event_file, role, name)
            self.refresh(select=layout.name)
            self.changed.emit()
            return self.tr("{role} badges print with “{layout}”.").format(
                role=role_name, layout=layout.title
            )

        return self._attempt(action)

    def export(self, name: str, path: Path) -> bool:
        def action() -> str:
            out = layout_service.export_layout(self._event_file, name, path)
            return self.tr("“{name}” written to {path}.").format(name=name, path=out)

        return self._attempt(action)

    def import_file(self, path: Path) -> bool:
        def action() -> str:
            layout = layout_service.import_layout(self._event_file, path)
            self.refresh(select=layout.name)
            self.changed.emit()
            return self.tr("“{name}” imported into the event.").format(name=layout.name)

        return self._attempt(action)

    def delete(self, name: str) -> bool:
        def action() -> str:
            layout_service.delete_layout(self._event_file, name)
            self.refresh()
            self.changed.emit()
            return self.tr("“{name}” deleted from the event.").format(name=name)

        return self._attempt(action)

    def edit(self, name: str) -> QWidget | None:
        """The designer for the event's layout `name`; None (said why) if it cannot open."""
        try:
            from delegations.ui.badges.designer import open_designer
        except ImportError:
            self._show_message(
                self.tr("The layout designer is not part of this version of Delegations yet."),
                error=True,
            )
            return None
        try:
            designer = open_designer(self._event_file, name, self)
        except UserError as error:
            self._show_message(str(error), error=True)
            return None
        self.designers.append(designer)
        # The list shows what the designer saved, and the print dialog reads it again.
        designer.saved.connect(lambda _name: (self.refresh(), self.changed.emit()))
        designer.finished.connect(lambda _result: self.refresh())
        return designer

    # Buttons: ask, then act ----------------------------------------------------------------

    def _on_duplicate(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        new_name, ok = QInputDialog.getText(
            self,
            self.tr("Duplicate to edit"),
            self.tr("Name of the copy (letters, digits, - and _):"),
            text=self._free_name(f"{entry.name}-event"),
        )
        if ok and new_name.strip():
            self.duplicate(entry.name, new_name.strip())

    def _free_name(self, wanted: str) -> str:
        names, number, name = set(self.names()), 2, wanted
        while name in names:
            name, number = f"{wanted}-{number}", number + 1
        return name

    def _on_edit(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.bundled:
            self._show_message(
                self.tr("“{name}” is bundled and read-only: Duplicate to edit… makes the "
                        "event's own copy.").format(name=entry.name),
                error=True,
            )  # fmt: skip
            return
        self.edit(entry.name)

    def _on_use_for_role(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        roles = [role.name for role in event_service.role_choices(self._event_file)]
        role, ok = QInputDialog.getItem(
            self,
            self.tr("Use for role"),
            self.tr("Print the badges of this role with “{layout}”:").format(
                layout=entry.layout.title
            ),
            roles,
            0,
            False,
        )
        if ok and role:
            self.use_for_role(entry.name, role)

    def _on_export(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        suggestion = self._event_file.path.parent / f"{entry.name}{LAYOUT_FILTER_EXTENSION}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export badge layout"), str(suggestion), self._file_filter()
        )
        if path:
            chosen = Path(path)
            if not chosen.suffix:
                chosen = chosen.with_suffix(LAYOUT_FILTER_EXTENSION)
            self.export(entry.name, chosen)

    def _on_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import badge layout"),
            str(self._event_file.path.parent),
            self._file_filter(),
        )
        if path:
            self.import_file(Path(path))

    def _on_delete(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.bundled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete layout"),
            self.tr("Delete the layout “{title}” from the event?").format(title=entry.layout.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(entry.name)

    def _file_filter(self) -> str:
        return self.tr("Badge layout (*.json);;All files (*)")


def open_layouts_dialog(parent: QWidget, event_file: EventFile) -> LayoutsDialog:
    """Badge layouts… as a window-modal dialog (non-blocking)."""
    dialog = LayoutsDialog(event_file, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
