"""Name order for the whole delegation…: family name first, given name first, or by country.

On the context menu of the Delegations tab's delegation list. The dialog shows, for each
choice, how many members change and whose names (before → after); the change is one service
call, and it can be undone with Edit ▸ Undo (Ctrl+Z) while the tab is shown: its undo stack
joins the window's undo group (or, without a window, the tab gets its own Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.countries import country_name
from delegations.domain.enums import NameOrder
from delegations.domain.errors import UserError
from delegations.ui.tabs.base import DELEGATES
from delegations.ui.widgets import heading, show_error

if TYPE_CHECKING:
    from delegations.services.delegations import NameOrderChange
    from delegations.services.event import EventFile
    from delegations.services.roster import DelegationRow


class DelegationListTab(Protocol):
    """What the action uses of the Delegations tab (a QWidget): its delegation list."""

    changed: SignalInstance
    delegation_view: QTableView

    def selected_delegation(self) -> DelegationRow | None: ...
    def tr(self, text: str) -> str: ...
    def window(self) -> QWidget: ...
    def installEventFilter(self, watcher: QObject) -> None: ...  # noqa: N802 (Qt's name)
    def addAction(self, action: QAction) -> None: ...  # noqa: N802
    def removeAction(self, action: QAction) -> None: ...  # noqa: N802


# The dialog's choices: an order for everyone, or None for each member's usual order.
BY_COUNTRY = None
CHOICES: tuple[NameOrder | None, ...] = (NameOrder.FAMILY_FIRST, NameOrder.GIVEN_FIRST, BY_COUNTRY)
_SHOWN_NAMES = 4
STATUS_MESSAGE_MS = 10_000


def _service():  # noqa: ANN202 (the module; loaded on first use, it imports SQLModel)
    from delegations.services import delegations

    return delegations


class NameOrderDialog(QDialog):
    """Choose the name order of a whole delegation, seeing what each choice changes.

    Args:
        changes: for each of `CHOICES`, the members it would change.
        members: how many members the delegation has.
    """

    def __init__(
        self,
        *,
        delegation: str,
        country: str,
        members: int,
        changes: dict[NameOrder | None, list[NameOrderChange]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._changes = changes
        self._members = members
        self._delegation = delegation
        self.setWindowTitle(self.tr("Name order for the whole delegation"))

        question = QLabel(
            self.tr("In which order are the names of {delegation} written?").format(
                delegation=delegation
            ),
            self,
        )
        question.setWordWrap(True)
        country_text = country_name(country) or country
        self.radios = {
            NameOrder.FAMILY_FIRST: QRadioButton(
                self.tr("Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)"), self
            ),
            NameOrder.GIVEN_FIRST: QRadioButton(
                self.tr("Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)"), self
            ),
            BY_COUNTRY: QRadioButton(
                self.tr("By country: as people in {country} usually write their names").format(
                    country=country_text
                ),
                self,
            ),
        }
        self.group = QButtonGroup(self)
        for number, choice in enumerate(CHOICES):
            self.group.addButton(self.radios[choice], number)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(self)
        self.change_button: QPushButton = self.buttons.addButton(
            self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(delegation, self))
        layout.addWidget(question)
        for choice in CHOICES:
            layout.addWidget(self.radios[choice])
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.group.idToggled.connect(self._update)
        self.radios[BY_COUNTRY].setChecked(True)
        self._update()

    def choice(self) -> NameOrder | None:
        return CHOICES[self.group.checkedId()]

    def choose(self, choice: NameOrder | None) -> None:
        self.radios[choice].setChecked(True)

    def changes(self) -> list[NameOrderChange]:
        return self._changes.get(self.choice(), [])

    def _update(self, *_args: object) -> None:
        changes = self.changes()
        count = len(changes)
        self.change_button.setEnabled(count > 0)
        self.change_button.setText(self.tr("Change %Ln name(s)", "", count))
        if not count:
            self.summary.setText(self.tr("Every member's name is already in this order."))
            return
        shown = [f"{c.before} → {c.after}" for c in changes[:_SHOWN_NAMES]]
        more = count - len(shown)
        if more:
            shown.append(self.tr("and {more:,} more").format(more=more))
        # "1 of 12 members changes:", "3 of 12 members change:", "1 of 1 member changes:"
        of_members = self.tr("of %Ln member(s)", "", self._members)
        text = self.tr("%Ln {of_members} change(s):", "", count).format(of_members=of_members)
        self.summary.setText(text + "\n" + "\n".join(shown))


class _NameOrderCommand(QUndoCommand):
    """Undo and redo of one delegation's name order change (the first write is done)."""

    def __init__(
        self,
        actions: NameOrderActions,
        text: str,
        changes: Sequence[NameOrderChange],
    ) -> None:
        super().__init__(text)
        self._actions = actions
        self._changes = list(changes)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was written before the command was pushed
            self._first = False
            return
        self._actions.apply(self.text(), self._changes, undo=False)

    def undo(self) -> None:
        self._actions.apply(self.text(), self._changes, undo=True)


class NameOrderActions(QObject):
    """The "Name order for the whole delegation…" action of a Delegations tab, with undo."""

    def __init__(self, tab: DelegationListTab, event_file: EventFile) -> None:
        super().__init__(tab.delegation_view)
        self._tab = tab
        self._event_file = event_file
        self._group: QUndoGroup | None = None
        self.undo_stack = QUndoStack(self)
        self.action = QAction(self.tr("Name order for the whole delegation…"), self)
        self.action.setToolTip(
            self.tr("Family name first, given name first, or as usual in the delegation's country")
        )
        self.action.triggered.connect(self.open_dialog)
        view = tab.delegation_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu)
        self._own_keys: list[QAction] = []
        tab.installEventFilter(self)

    # Undo: the window's Edit ▸ Undo while the tab is shown ----------------------------------

    def _window_group(self) -> QUndoGroup | None:
        group = getattr(self._tab.window(), "undo_group", None)
        return group if isinstance(group, QUndoGroup) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._tab and not event.spontaneous():
            if event.type() == QEvent.Type.Show:
                self._join_window_group()
                if self._group is not None:
                    self.undo_stack.setActive(True)
            elif (
                event.type() == QEvent.Type.Hide
                and self._group is not None
                and self._group.activeStack() is self.undo_stack
            ):
                self._group.setActiveStack(None)
        return False

    def _join_window_group(self) -> None:
        if self._group is not None:
            return
        group = self._window_group()
        if group is not None:
            self._group = group
            group.addStack(self.undo_stack)
            for action in self._own_keys:
                self._tab.removeAction(action)
            self._own_keys.clear()
        elif not self._own_keys:
            # No window (a tab on its own): Ctrl+Z and Ctrl+Shift+Z of its own.
            for action, keys in (
                (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
                (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
            ):
                action.setShortcuts(QKeySequence.keyBindings(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self._tab.addAction(action)
                self._own_keys.append(action)

    # The action -----------------------------------------------------------------------------

    def _on_context_menu(self, position: QPoint) -> None:
        index = self._tab.delegation_view.indexAt(position)
        if not index.isValid():
            return
        self._tab.delegation_view.selectRow(index.row())
        self.action.setEnabled(self._tab.selected_delegation() is not None)
        menu = QMenu(self._tab.delegation_view)
        menu.addAction(self.action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._tab.delegation_view.viewport().mapToGlobal(position))

    def open_dialog(self) -> NameOrderDialog | None:
        """Ask for the selected delegation's name order; the change is made when accepted."""
        tab = self._tab
        row = tab.selected_delegation()
        if row is None:
            return None
        try:
            changes = _service().name_order_changes(self._event_file, row.id, CHOICES)
        except UserError as error:
            show_error(tab.delegation_view, self.action.text(), error)
            return None
        dialog = NameOrderDialog(
            delegation=row.name,
            country=row.country,
            members=row.member_count,
            changes=changes,
            parent=tab.delegation_view,
        )
        dialog.accepted.connect(lambda: self.change(row.id, row.name, dialog.choice()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change(self, delegation_id: int, name: str, order: NameOrder | None) -> int:
        """Set the order (None: by country) in one service call; undoable. Returns the count."""
        try:
            changes = _service().set_delegation_name_order(self._event_file, delegation_id, order)
        except UserError as error:
            show_error(self._tab.delegation_view, self.action.text(), error)
            self._tab.changed.emit(DELEGATES)
            return 0
        if changes:
            text = self.tr("Name order of {delegation}").format(delegation=name)
            self.undo_stack.push(_NameOrderCommand(self, text, changes))
            self._tab.changed.emit(DELEGATES)
            done = self.tr("Changed the name order of %Ln member(s) of {delegation}.", "",
                           len(changes))  # fmt: skip
            self._status(done.format(delegation=name))
        return len(changes)

    def apply(self, title: str, changes: Sequence[NameOrderChange], *, undo: bool) -> None:
        """Undo or redo `changes` in one transaction, then show the file as it is."""
        try:
            _service().apply_name_order_changes(self._event_file, changes, undo=undo)
        except UserError as error:
            show_error(self._tab.delegation_view, title, error)
        self._tab.changed.emit(DELEGATES)

    def _status(self, text: str) -> None:
        """A message in the window's status bar, saying how to undo."""
        window = self._tab.window()
        if isinstance(window, QMainWindow):
            hint = self.tr("Undo with Ctrl+Z.")
            window.statusBar().showMessage(f"{text} {hint}", STATUS_MESSAGE_MS)


def install_name_order_actions(tab: DelegationListTab, event_file: EventFile) -> NameOrderActions:
    return NameOrderActions(tab, event_file)
