"""The desk's top bar (desk name, settings, native typing, undo, leave desk mode) and the page
that asks a new desk for its name before the first check-in."""

from __future__ import annotations

from PySide6.QtCore import QSysInfo, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.ui.accessibility import named, plain_label
from delegations.ui.checkin.counters import scaled_font
from delegations.ui.checkin.settings_dialog import MAX_DESK_NAME


class DeskBar(QWidget):
    """The row above the input. Its buttons never take the focus from the scan field.

    Signals:
        settings_requested(), undo_requested(), leave_requested(), walk_in_requested():
            the buttons.
    """

    settings_requested = Signal()
    walk_in_requested = Signal()
    undo_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.desk_label = QLabel(self)
        self.desk_label.setFont(scaled_font(self, 1.3, bold=True))
        self.settings_button = QPushButton(self.tr("Desk settings…"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        self.native_button = QToolButton(self)
        self.native_button.setText(self.tr("中 / ไทย typing"))
        self.native_button.setCheckable(True)
        self.native_button.setToolTip(
            self.tr("Switch the input method on to type a name in Chinese, Thai or another "
                    "script. It switches itself off after the next admission, so that the "
                    "scanner's codes stay intact.")
        )  # fmt: skip
        self.undo_button = QPushButton(self.tr("↶ Undo (Ctrl+Z)"), self)
        self.undo_button.setToolTip(self.tr("Undo the last admission made at this desk"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"), self)
        self.walk_in_button.setToolTip(
            self.tr("Someone not registered: add them, print their badge, check them in")
        )
        self.walk_in_button.clicked.connect(self.walk_in_requested)
        self.leave_button = QPushButton(self.tr("Leave desk mode…"), self)
        self.leave_button.clicked.connect(self.leave_requested)
        self.leave_button.hide()
        for button in (self.settings_button, self.native_button, self.walk_in_button,
                       self.undo_button, self.leave_button):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # They never take the focus (a scan must reach the scan field), so keys reach them;
        # a scanner types no Ctrl combinations. Undo's Ctrl+Z is the tab's own action.
        for button, keys in ((self.settings_button, "Ctrl+,"),
                             (self.walk_in_button, "Ctrl+Shift+N"),
                             (self.native_button, "Ctrl+Shift+I")):  # fmt: skip
            button.setShortcut(QKeySequence(keys))
            shown = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip() or plain_label(button.text())} ({shown})")
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.desk_label)
        bar.addWidget(self.settings_button)
        bar.addStretch(1)
        bar.addWidget(self.native_button)
        bar.addWidget(self.walk_in_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.leave_button)

    def show_desk_name(self, name: str) -> None:
        self.desk_label.setText(
            self.tr("Desk: {name}").format(name=name) if name else self.tr("Desk not named")
        )

    def set_desk_mode(self, on: bool) -> None:
        """In desk mode: "Leave desk mode…" instead of the settings."""
        self.leave_button.setVisible(on)
        self.settings_button.setVisible(not on)


class SetupPage(QWidget):
    """The "Name this desk" page, shown until the laptop's desk has a name.

    Signals:
        named(str): the name given (spaces collapsed, never empty).
    """

    named = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Name this desk"), self)
        title.setFont(scaled_font(self, 2.2, bold=True))
        layout.addWidget(title)
        hint = QLabel(
            self.tr("Each check-in is recorded with the desk's name, so that desks can "
                    "exchange their journals. Use a short name staff will recognise, "
                    "such as “North 1”."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setFont(scaled_font(self, 1.2))
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.name_edit = named(QLineEdit(self), self.tr("Desk name"))
        self.name_edit.setFont(scaled_font(self, 1.8))
        self.name_edit.setMaxLength(MAX_DESK_NAME)
        self.name_edit.setText(QSysInfo.machineHostName()[:MAX_DESK_NAME])
        self.name_edit.returnPressed.connect(self._on_done)
        start = QPushButton(self.tr("Start checking in"), self)
        start.setFont(scaled_font(self, 1.4, bold=True))
        start.clicked.connect(self._on_done)
        row.addWidget(self.name_edit, 1)
        row.addWidget(start)
        layout.addLayout(row)
        layout.addStretch(2)

    def _on_done(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name:
            self.named.emit(name)
        else:
            self.name_edit.setFocus()
