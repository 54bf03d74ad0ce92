"""The Delegations tab: delegations on the left, their members (or everyone) on the right."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.services import event as event_service
from delegations.services import roster
from delegations.services.event import EventFile
from delegations.services.roster import DelegateRow, DelegationRow
from delegations.ui.accessibility import named
from delegations.ui.collation import collated, sorted_names
from delegations.ui.delegations.badge_actions import install_badge_actions
from delegations.ui.delegations.handover import install_handover_actions
from delegations.ui.delegations.name_order import install_name_order_actions
from delegations.ui.jobs import read_in_background
from delegations.ui.models import ID_ROLE, Column, FoldFilterProxy, RowTableModel
from delegations.ui.tabs.base import DELEGATES, DELEGATIONS, EventTab
from delegations.ui.travel.actions import install_travel_actions
from delegations.ui.widgets import (
    FittedTableView,
    after_first_paint,
    ask_to_delete,
    bold_font,
    configure_table,
    filter_edit,
    heading,
    swatch,
)

if TYPE_CHECKING:
    from delegations.services.delegations import (
        DelegateCreate,
        DelegateUpdate,
        DelegationCreate,
        DelegationUpdate,
    )
    from delegations.ui.delegations.forms import DelegateDialog, DelegationDialog


FIRST_SCREEN = 200
"""Delegates shown at start-up before the rest are read: more than any screen holds."""


def _service() -> ModuleType:
    """The write side, which imports SQLModel: loaded on first edit, not at start-up."""
    from delegations.services import delegations

    return delegations


@dataclass(frozen=True, slots=True)
class _DelegationItem:
    """A row of the delegation list; `id` None is "All delegations"."""

    id: int | None
    name: str
    country: str
    member_count: int
    head_name: str
    search_key: str = ""


class DelegationsTab(EventTab):
    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(event_file, parent)
        self._head_ids: frozenset[int] = frozenset()
        self._delegations: list[DelegationRow] = []
        self._delegate_count = 0

        # Left: the delegations.
        self.delegation_model: RowTableModel[_DelegationItem] = RowTableModel(
            [
                Column(self.tr("Delegation"), lambda r: r.name, width=150,
                       tooltip=lambda r: r.country and f"{r.name} ({r.country})"),
                Column(self.tr("Members"), lambda r: f"{r.member_count:,}", numeric=True,
                       width=72),
                Column(self.tr("Head"), lambda r: r.head_name),
            ],
            font=lambda r: bold_font() if r.id is None else None,
            parent=self,
        )  # fmt: skip
        self.delegation_view = named(FittedTableView(self), self.tr("Delegations"))
        self.delegation_view.setModel(self.delegation_model)
        configure_table(self.delegation_view, self.delegation_model.columns, sortable=False)
        self.delegation_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.delegation_view.selectionModel().selectionChanged.connect(self._on_delegation_selected)
        self.delegation_view.activated.connect(self._on_edit_delegation)
        self._add_view_action(
            self.delegation_view, QKeySequence.StandardKey.Delete, self._on_delete_delegation
        )
        self.add_delegation_button = QPushButton(self.tr("Add…"), self)
        self.edit_delegation_button = QPushButton(self.tr("Edit…"), self)
        self.delete_delegation_button = QPushButton(self.tr("Delete"), self)
        self.add_delegation_button.setToolTip(self.tr("Add a delegation"))
        self.add_delegation_button.clicked.connect(self._on_add_delegation)
        self.edit_delegation_button.clicked.connect(self._on_edit_delegation)
        self.delete_delegation_button.clicked.connect(self._on_delete_delegation)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Delegations"), left))
        left_layout.addWidget(self.delegation_view, 1)
        left_buttons = QHBoxLayout()
        for button in (
            self.add_delegation_button,
            self.edit_delegation_button,
            self.delete_delegation_button,
        ):
            left_buttons.addWidget(button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)

        # Right: the delegates.
        self.delegate_model: RowTableModel[DelegateRow] = RowTableModel(
            [
                Column(self.tr("Role"), lambda r: r.role_name,
                       decoration=lambda r: swatch(r.role_color) if r.role_color else None,
                       width=165),
                Column(self.tr("Name"), lambda r: f"{r.honorific} {r.name}" if r.honorific else r.name,
                       sort_key=collated(lambda r: r.name), width=210),
                Column(self.tr("Native script"), lambda r: r.native_name, width=140),
                Column(self.tr("Delegation"), lambda r: r.delegation_name, width=140),
                Column(self.tr("Position"), lambda r: r.position, width=190),
                Column(self.tr("Organisation"), lambda r: r.organisation, width=230),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            group=lambda r: r.delegation_id,
            font=lambda r: bold_font() if r.id in self._head_ids else None,
            parent=self,
        )  # fmt: skip
        self.delegate_proxy = FoldFilterProxy(self)
        self.delegate_proxy.setSourceModel(self.delegate_model)
        self.delegate_view = named(FittedTableView(self), self.tr("Delegates"))
        self.delegate_view.setModel(self.delegate_proxy)
        configure_table(self.delegate_view, self.delegate_model.columns)
        self.delegate_view.activated.connect(self._on_edit_delegate)
        self.delegate_view.selectionModel().selectionChanged.connect(self._on_delegates_selected)
        self._add_view_action(
            self.delegate_view, QKeySequence.StandardKey.Delete, self._on_delete_delegates
        )
        self.title = heading("", self)
        self.filter = filter_edit(self.tr("Filter by name, organisation or e-mail  (Ctrl+F)"))
        self.filter.setMinimumWidth(340)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.add_delegate_button = QPushButton(self.tr("Add delegate…"), self)
        self.edit_delegate_button = QPushButton(self.tr("Edit…"), self)
        self.delete_delegate_button = QPushButton(self.tr("Delete"), self)
        self.add_delegate_button.clicked.connect(self._on_add_delegate)
        self.edit_delegate_button.clicked.connect(self._on_edit_delegate)
        self.delete_delegate_button.clicked.connect(self._on_delete_delegates)
        # "Print badges…" button; "Reprint badge…" on the delegates' context menu.
        self.badge_actions = install_badge_actions(self, event_file)
        # "Name order for the whole delegation…" on the delegations' context menu (undoable).
        self.name_order_actions = install_name_order_actions(self, event_file)
        # "Hand over badges…": the selected delegation's badges to its liaison officer.
        self.handover_actions = install_handover_actions(self, event_file, self)
        # "Travel…": the selected delegate's arrival and departure legs (issue 17).
        self.travel_actions = install_travel_actions(self, event_file, self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.filter)
        right_layout.addLayout(top)
        right_layout.addWidget(self.delegate_view, 1)
        right_layout.addWidget(self.empty_hint)
        right_buttons = QHBoxLayout()
        for button in (
            self.add_delegate_button,
            self.edit_delegate_button,
            self.delete_delegate_button,
            self.travel_actions.button,
        ):
            right_buttons.addWidget(button)
        right_buttons.addSpacing(12)
        right_buttons.addWidget(self.badge_actions.print_button)
        right_buttons.addWidget(self.handover_actions.button)
        right_buttons.addStretch(1)
        self.count_label = QLabel(self)
        right_buttons.addWidget(self.count_label)
        right_layout.addLayout(right_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 920])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Start-up shows the first screen of delegates and reads the rest (20,000 rows take
        # longer than the whole window) on the reader thread once that screen is painted.
        self._reading_rest = False
        first_screen = roster.read_roster(event_file, first=FIRST_SCREEN)
        self._show(first_screen)
        if len(first_screen.delegates) < first_screen.delegate_count:
            self._reading_rest = True
            after_first_paint(self.delegate_view.viewport(), self._read_rest)
        self.select_delegation(None)

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read delegations and delegates again, keeping the selection where it was."""
        self._reading_rest = False  # this read is newer than the one at start-up
        self._show(roster.read_roster(self._event_file))

    def is_reading(self) -> bool:
        """Whether only the first screen of delegates is shown yet (see `__init__`)."""
        return self._reading_rest

    def _read_rest(self) -> None:
        if self._reading_rest:
            event_file = self._event_file
            read_in_background(self, lambda: roster.read_roster(event_file), self._on_rest_read)

    def _on_rest_read(self, current: roster.Roster) -> None:
        if self._reading_rest:
            self._reading_rest = False
            self._show(current)

    def _show(self, current: roster.Roster) -> None:
        """Show a roster, keeping the selection where it was."""
        selected_delegation = self.selected_delegation_id()
        selected_delegates = self.selected_delegate_ids()
        self._delegations, delegates = current.delegations, current.delegates
        self._head_ids = frozenset(d.head_id for d in self._delegations if d.head_id)
        self._delegate_count = current.delegate_count
        items = [_DelegationItem(None, self.tr("All delegations"), "", self._delegate_count, "")]
        items += [
            _DelegationItem(d.id, d.name, d.country, d.member_count, d.head_name)
            for d in self._delegations
        ]
        blocker = self.delegation_view.selectionModel().blockSignals(True)
        self.delegation_model.set_rows(items)
        self.delegation_view.selectionModel().blockSignals(blocker)
        self.delegate_model.set_rows(delegates)
        self.select_delegation(selected_delegation)
        self.select_delegates(selected_delegates)
        # Fold the search keys once the window is on screen, before anyone types a filter.
        QTimer.singleShot(250, self.delegate_model.search_keys)

    def refresh(self, what: str) -> None:
        if what in (DELEGATIONS, DELEGATES, "event"):
            self.reload()

    # Selection ------------------------------------------------------------------------------

    def selected_delegation_id(self) -> int | None:
        indexes = self.delegation_view.selectionModel().selectedRows()
        return indexes[0].data(ID_ROLE) if indexes else None

    def select_delegation(self, delegation_id: int | None) -> None:
        """Select a delegation in the list (None: All delegations)."""
        row = self.delegation_model.row_of_id(delegation_id)
        self.delegation_view.selectRow(max(row, 0))
        self._apply_delegation(self.selected_delegation_id())

    def selected_delegation(self) -> DelegationRow | None:
        """The selected delegation's row; None for "All delegations"."""
        delegation_id = self.selected_delegation_id()
        return next((d for d in self._delegations if d.id == delegation_id), None)

    def selected_delegate_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.delegate_view.selectionModel().selectedRows()]

    def select_delegates(self, delegate_ids: list[int]) -> None:
        wanted = set(delegate_ids)
        selection = QItemSelection()
        first: QModelIndex | None = None
        if wanted:
            for row in range(self.delegate_proxy.rowCount()):
                index = self.delegate_proxy.index(row, 0)
                if index.data(ID_ROLE) in wanted:
                    selection.select(index, index)
                    first = first or index
        model = self.delegate_view.selectionModel()
        model.select(
            selection,
            model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows,
        )
        if first is not None:
            self.delegate_view.scrollTo(first)
        self._update_buttons()

    def _on_delegation_selected(self, *_args: object) -> None:
        self._apply_delegation(self.selected_delegation_id())

    def _apply_delegation(self, delegation_id: int | None) -> None:
        self.delegate_proxy.set_group(delegation_id)
        self.delegate_view.setColumnHidden(3, delegation_id is not None)
        row = next((d for d in self._delegations if d.id == delegation_id), None)
        if row is None:
            self.title.setText(self.tr("All delegates"))
        elif row.head_name:
            self.title.setText(
                self.tr("{name} · head: {head}").format(name=row.name, head=row.head_name)
            )
        else:
            self.title.setText(row.name)
        self._after_filter()

    def _on_delegates_selected(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_delegation = self.selected_delegation_id() is not None
        self.edit_delegation_button.setEnabled(has_delegation)
        self.delete_delegation_button.setEnabled(has_delegation)
        self.handover_actions.set_enabled(has_delegation)
        count = len(self.delegate_view.selectionModel().selectedRows())
        self.edit_delegate_button.setEnabled(count == 1)
        self.delete_delegate_button.setEnabled(count > 0)
        self.travel_actions.set_selection(count)
        self.add_delegate_button.setEnabled(bool(self._delegations))

    # Filtering ------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _on_filter_changed(self, text: str) -> None:
        self.delegate_proxy.set_filter_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        shown = self.delegate_proxy.rowCount()
        total = self.delegate_model.rowCount()
        if self.is_reading():
            self.count_label.setText(self.tr("Reading %Ln delegate(s)…", "", self._delegate_count))
            self.empty_hint.hide()
            self._update_buttons()
            self.status_changed.emit()
            return
        if shown == total:
            text = self.tr("%Ln delegate(s)", "", total)
        else:
            text = self.tr("{shown} of %Ln delegate(s)", "", total).format(
                shown=self.locale().toString(shown)
            )
        self.count_label.setText(text)
        if not self._delegations:
            self.empty_hint.setText(
                self.tr("No delegations yet. Add one with “Add…” below the list on the left.")
            )
        elif shown == 0 and self.filter.text():
            self.empty_hint.setText(
                self.tr("Nobody matches “{text}”.").format(text=self.filter.text())
            )
        elif shown == 0:
            self.empty_hint.setText(self.tr("No delegates yet. Add one with “Add delegate…”."))
        self.empty_hint.setVisible(shown == 0)
        self._update_buttons()
        self.status_changed.emit()

    def status_text(self) -> str:
        shown = self.delegate_proxy.rowCount()
        total = self.delegate_model.rowCount()
        if shown == total or self.is_reading():
            return ""
        return self.tr("Showing {shown} of %Ln delegate(s)", "", total).format(
            shown=self.locale().toString(shown)
        )

    # Delegates ------------------------------------------------------------------------------

    def open_delegate_dialog(self, delegate_id: int | None = None) -> DelegateDialog:
        """Open the form for a new delegate (or `delegate_id`); saving writes and refreshes."""
        # The forms are imported when first opened: they bring pydantic, which start-up can do
        # without, as it can without the ranks (services.protocol).
        from delegations.ui.delegations.forms import DelegateDialog
        from delegations.ui.delegations.ranks import rank_choices

        roles = [(role.id, role.name) for role in event_service.role_choices(self._event_file)]
        start = event_service.read_event_settings(self._event_file).start
        saved: list[int] = []

        def submit(data: DelegateCreate | DelegateUpdate) -> None:
            if delegate_id is None:
                saved.append(_service().create_delegate(self._event_file, data).id)
            else:
                saved.append(_service().update_delegate(self._event_file, delegate_id, data).id)

        dialog = DelegateDialog(
            submit,
            delegations=[(d.id, d.name) for d in self._delegations],
            roles=roles,
            event_start=start,
            new=delegate_id is None,
            countries={d.id: d.country for d in self._delegations},
            ranks=rank_choices(self._event_file),
            parent=self,
        )
        if delegate_id is None:
            dialog.set_values(
                {
                    "delegation_id": self.selected_delegation_id() or self._delegations[0].id,
                    "role_id": next((i for i, name in roles if name == "Delegate"), None),
                }
            )
        else:
            delegate = _service().get_delegate(self._event_file, delegate_id)
            dialog.set_values(delegate.model_dump(exclude={"photo"}))

        def on_accepted() -> None:
            self.changed.emit(DELEGATES)
            self.select_delegates(saved)

        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_add_delegate(self) -> None:
        if self._delegations:
            self.open_delegate_dialog()

    def _on_edit_delegate(self, *_args: object) -> None:
        ids = self.selected_delegate_ids()
        if len(ids) == 1:
            self.open_delegate_dialog(ids[0])

    def _on_delete_delegates(self) -> None:
        ids = self.selected_delegate_ids()
        if not ids:
            return
        if len(ids) == 1:
            index = self.delegate_view.selectionModel().selectedRows(1)[0]
            question = self.tr("Delete the delegate “{name}”? This cannot be undone.").format(
                name=index.data()
            )
        else:
            question = self.tr("Delete %Ln delegate(s)? This cannot be undone.", "", len(ids))
        if not ask_to_delete(self, self.tr("Delete delegates"), question):
            return

        self._call(
            self.tr("Delete delegates"),
            lambda: _service().delete_delegates(self._event_file, ids),
            DELEGATES,
        )

    # Delegations ----------------------------------------------------------------------------

    def open_delegation_dialog(self, delegation_id: int | None = None) -> DelegationDialog:
        """Open the form for a new delegation (or `delegation_id`)."""
        from delegations.services.protocol import order_set_by_rule
        from delegations.ui.delegations.forms import DelegationDialog

        start = event_service.read_event_settings(self._event_file).start
        saved: list[int] = []

        def submit(data: DelegationCreate | DelegationUpdate) -> None:
            if delegation_id is None:
                saved.append(_service().create_delegation(self._event_file, data).id)
            else:
                view = _service().update_delegation(self._event_file, delegation_id, data)
                saved.append(view.id)

        members: list[tuple[int, str]] = []
        if delegation_id is not None:
            members = [
                (row.id, row.name)
                for row in self.delegate_model.rows()
                if row.delegation_id == delegation_id
            ]
            members = sorted_names(members, lambda member: member[1])
        dialog = DelegationDialog(
            submit,
            members=members,
            event_start=start,
            new=delegation_id is None,
            order_set_by_rule=order_set_by_rule(self._event_file),
            parent=self,
        )
        if delegation_id is None:
            dialog.set_values({"protocol_order": len(self._delegations) + 1})
        else:
            dialog.set_values(
                _service().get_delegation(self._event_file, delegation_id).model_dump()
            )

        def on_accepted() -> None:
            self.changed.emit(DELEGATIONS)
            if saved:
                self.select_delegation(saved[0])

        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_add_delegation(self) -> None:
        self.open_delegation_dialog()

    def _on_edit_delegation(self, *_args: object) -> None:
        delegation_id = self.selected_delegation_id()
        if delegation_id is not None:
            self.open_delegation_dialog(delegation_id)

    def _on_delete_delegation(self) -> None:
        row = self.selected_delegation()
        if row is None:
            return
        if row.member_count:
            question = self.tr(
                "Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.",
                "",
                row.member_count,
            ).format(name=row.name)
        else:
            question = self.tr("Delete the delegation “{name}”?").format(name=row.name)
        if ask_to_delete(self, self.tr("Delete delegation"), question):
            self._call(
                self.tr("Delete delegation"),
                lambda: _service().delete_delegation(self._event_file, row.id),
                DELEGATIONS,
            )
