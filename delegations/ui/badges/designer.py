"""The badge layout designer: one event layout's front and back on a true-size canvas, a
properties panel for the selected element, the live preview and the design checks.

The window edits the layout's JSON dict (`services.layouts.layout_json`) and stores it whole
with `save_layout`; it never reads the printing package. Every change is one `QUndoCommand`
holding the data before and after (a copy of the small dicts; image data URIs are shared
strings, not copied), so undo and redo are a swap and a repaint of the canvas, the panel,
the preview (`LayoutPreview`, which coalesces bursts) and the checks (`design_problems`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.errors import UserError
from delegations.services import layouts
from delegations.services.event import EventFile
from delegations.ui.accessibility import announce, named
from delegations.ui.badges.designer_canvas import (
    ZOOMS,
    DesignCanvas,
    Ruler,
    element_box,
    element_label,
)
from delegations.ui.badges.designer_properties import DEFAULTS, ElementProperties
from delegations.ui.widgets import heading

SIDES = {"front": "elements", "back": "back"}  # the side and its list in the layout JSON


def _new_element(kind: str, badge: tuple[float, float]) -> dict[str, Any]:
    """A new element of `kind` near the badge's top-left, at a size that shows what it is."""
    width, height = badge
    x, y = round(width * 0.1), round(height * 0.1)
    return {
        "text": {"type": "text", "field": "name", "x": x, "y": y, "w": 40, "h": 10, "size": 14,
                 "min_size": 8, "lines": 1},
        "free": {"type": "text", "text": "{delegation}", "x": x, "y": y, "w": 40, "h": 8,
                 "size": 10, "min_size": 6, "lines": 1},
        "band": {"type": "band", "x": 0, "y": round(height - 15), "w": width, "h": 15,
                 "size": 14, "min_size": 8},
        "qr": {"type": "qr", "x": x, "y": y, "size": 25},
        "photo": {"type": "photo", "x": x, "y": y, "w": 29, "h": 33, "when": "photo"},
        "rule": {"type": "rule", "x": x, "y": y, "w": 40, "color": "role", "width": 1.5},
        "rect": {"type": "rect", "x": x, "y": y, "w": 30, "h": 20, "color": "#eeeeee"},
    }[kind]  # fmt: skip


class _Edit(QUndoCommand):
    """One change to the layout: the data, side and selection before and after."""

    def __init__(
        self, designer: LayoutDesigner, text: str, after: dict[str, Any], selected: int | None
    ) -> None:
        super().__init__(text)
        self._designer = designer
        self._before = (copy.deepcopy(designer.data), designer.side, designer.selected)
        self._after = (after, designer.side, selected)

    def redo(self) -> None:
        self._designer.apply(*self._after)

    def undo(self) -> None:
        self._designer.apply(*self._before)


class LayoutDesigner(QMainWindow):
    """A non-modal window editing the event layout `layout_name`."""

    saved = Signal(str)  # the layout's name, after each save
    finished = Signal(int)  # closed (as QDialog.finished: whoever lists layouts refreshes)

    def __init__(
        self, event_file: EventFile, layout_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.event_file = event_file
        self.layout_name = layout_name
        self.data: dict[str, Any] = layouts.layout_json(event_file, layout_name)
        self.side = "front"
        self.selected: int | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setWindowTitle(
            self.tr("Badge layout “{name}” — {title}[*]").format(
                name=layout_name, title=self.data.get("title", "")
            )
        )
        self.canvas = DesignCanvas(self)
        named(
            self.canvas,
            self.tr("Badge canvas"),
            self.tr(
                "Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; "
                "Delete removes it."
            ),
        )
        self.properties = ElementProperties(self)
        self.checks = named(QListWidget(self), self.tr("Design checks"))
        self.preview = self._make_preview()
        self._build_actions()
        self._build_window()
        self.canvas.geometry_edited.connect(self._on_geometry_edited)
        self.canvas.selection_changed.connect(self._on_selection_changed)
        self.canvas.delete_requested.connect(self._on_delete)
        self.properties.edited.connect(self._on_properties_edited)
        self.properties.replace_image.connect(self._on_replace_image)
        self.checks.itemActivated.connect(self._on_check_chosen)
        self.checks.itemClicked.connect(self._on_check_chosen)
        self.resize(1200, 800)
        self.refresh()
        self.canvas.setFocus()

    # Building --------------------------------------------------------------------------------

    def _make_preview(self) -> QWidget:
        try:
            from delegations.ui.badges.layout_preview import LayoutPreview
        except ImportError:
            missing = QLabel(
                self.tr("The live preview is not available in this version of Delegations."), self
            )
            missing.setWordWrap(True)
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return named(missing, self.tr("Preview"))
        return named(LayoutPreview(self.event_file, self), self.tr("Preview"))

    def _action(
        self, text: str, slot: Callable[[], Any], *keys: QKeySequence | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.close_action = self._action(self.tr("&Close"), self.close, QKeySequence("Ctrl+W"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_action = self._action(
            self.tr("&Delete element"), lambda: self._on_delete(self.selected)
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), lambda: self.canvas.zoom_step(1), QKeySequence("Ctrl++"),
            QKeySequence("Ctrl+="),
        )  # fmt: skip
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), lambda: self.canvas.zoom_step(-1), QKeySequence("Ctrl+-")
        )
        self.zoom_actual_action = self._action(
            self.tr("&Actual size (100 %)"), lambda: self.canvas.set_zoom(1.0),
            QKeySequence("Ctrl+0"),
        )  # fmt: skip
        self.add_menu = QMenu(self.tr("&Add element"), self)
        kinds = [
            ("text", self.tr("&Text field")),
            ("free", self.tr("&Free text")),
            ("band", self.tr("Role &band")),
            ("qr", self.tr("&QR code")),
            ("photo", self.tr("&Photo")),
            ("rule", self.tr("&Rule")),
            ("rect", self.tr("Re&ctangle")),
        ]
        for kind, text in kinds:
            self.add_menu.addAction(text, lambda kind=kind: self.add_element(kind))
        self.add_menu.addAction(self.tr("&Image…"), self._on_add_image)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        menus = self.menuBar()
        layout_menu = menus.addMenu(self.tr("&Layout"))
        layout_menu.addActions([self.save_action, self.close_action])
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addMenu(self.add_menu)
        edit_menu.addAction(self.delete_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_actual_action])

    def _build_window(self) -> None:
        bar = self.addToolBar(self.tr("Designer"))
        bar.setObjectName("designerToolBar")
        bar.addActions([self.save_action, self.undo_action, self.redo_action])
        add = QToolButton(self)
        add.setText(self.tr("Add element"))
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(named(add, self.tr("Add element")))
        bar.addAction(self.delete_action)
        bar.addSeparator()
        self.side_tabs = QTabBar(self)
        self.side_tabs.addTab(self.tr("Front"))
        self.side_tabs.addTab(self.tr("Back"))
        self.side_tabs.currentChanged.connect(self._on_side_changed)
        bar.addWidget(named(self.side_tabs, self.tr("Side")))
        self.case_box = QComboBox(self)
        self.case_box.addItem(self.tr("All elements"), None)
        self.case_box.addItem(self.tr("Badges with a photo"), True)
        self.case_box.addItem(self.tr("Badges without a photo"), False)
        self.case_box.setToolTip(
            self.tr("Elements shown only with (or without) a photo overlap; show one case")
        )
        self.case_box.activated.connect(self._on_case_chosen)
        case_label = QLabel(self.tr("&Display:"), self)
        case_label.setBuddy(self.case_box)
        bar.addWidget(case_label)
        bar.addWidget(named(self.case_box, self.tr("Display")))
        bar.addSeparator()
        self.zoom_box = QComboBox(self)
        self.zoom_box.setEditable(True)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.zoom_box.lineEdit().editingFinished.connect(self._on_zoom_typed)
        self.zoom_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoom_box.activated.connect(self._on_zoom_chosen)
        self.canvas.zoom_changed.connect(self._on_zoom_changed)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self.zoom_box)
        bar.addWidget(zoom_label)
        bar.addWidget(named(self.zoom_box, self.tr("Zoom")))
        self._on_zoom_changed(self.canvas.zoom)

        board = QWidget(self)
        grid = QGridLayout(board)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        unit = QLabel(self.tr("mm"), board)
        unit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(unit, 0, 0)
        grid.addWidget(Ruler(self.canvas, Qt.Orientation.Horizontal), 0, 1)
        grid.addWidget(Ruler(self.canvas, Qt.Orientation.Vertical), 1, 0)
        grid.addWidget(self.canvas, 1, 1)
        canvas_and_checks = QSplitter(Qt.Orientation.Vertical, self)
        canvas_and_checks.addWidget(board)
        checks_box = QWidget(self)
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.setContentsMargins(4, 4, 4, 0)
        checks_layout.addWidget(heading(self.tr("Checks"), checks_box))
        checks_layout.addWidget(self.checks)
        canvas_and_checks.addWidget(checks_box)
        canvas_and_checks.setStretchFactor(0, 5)
        canvas_and_checks.setStretchFactor(1, 1)
        canvas_and_checks.setSizes([700, 120])
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.properties)
        side.addWidget(self.preview)
        side.setStretchFactor(0, 2)
        side.setStretchFactor(1, 3)
        side.setSizes([340, 460])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(canvas_and_checks)
        main.addWidget(side)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([780, 520])
        self.setCentralWidget(main)

    # The layout -------------------------------------------------------------------------------

    @property
    def elements(self) -> list[dict[str, Any]]:
        """The elements of the side being edited."""
        return list(self.data.get(SIDES[self.side], []))

    def badge_size(self) -> tuple[float, float]:
        badge = self.data.get("badge", {})
        return float(badge.get("width", 0)), float(badge.get("height", 0))

    def apply(self, data: dict[str, Any], side: str, selected: int | None) -> None:
        """Show `data` (an undo command's copy: never changed afterwards) on `side`."""
        self.data = copy.deepcopy(data)
        self.side = side
        self.selected = selected
        self.refresh()

    def refresh(self) -> None:
        """Canvas, panel, preview and checks from `data`, after any change."""
        with QSignalBlocker(self.side_tabs):
            self.side_tabs.setCurrentIndex(list(SIDES).index(self.side))
        problems = self._show_checks()
        self.canvas.set_layout(self.badge_size(), self.elements, problems, self.selected)
        self._show_selection()
        show_layout = getattr(self.preview, "show_layout", None)
        if show_layout is not None:
            show_layout(copy.deepcopy(self.data), self.side)

    def _show_selection(self) -> None:
        element = None if self.selected is None else self.elements[self.selected]
        self.properties.show_element(element)
        self.delete_action.setEnabled(element is not None)
        if element is not None:  # what a screen reader says after Tab, a drag or an arrow
            x, y, w, h = element_box(element)
            announce(
                self.canvas,
                self.tr("{label}: x {x} mm, y {y} mm, {w} × {h} mm").format(
                    label=element_label(element), x=f"{x:g}", y=f"{y:g}", w=f"{w:g}", h=f"{h:g}"
                ),
            )

    def _show_checks(self) -> set[int]:
        """Fill the checks list; the indexes of this side's elements with a problem."""
        self.checks.clear()
        try:
            from delegations.services.layouts import design_problems
        except ImportError:
            self._add_check(self.tr("The design checks are not available in this version."))
            return set()
        try:
            problems = design_problems(self.data)
        except UserError as error:
            self._add_check(str(error))
            return set()
        for problem in problems:
            self._add_check(problem.message, (problem.side, problem.index))
        if not problems:
            self._add_check(self.tr("No problems found."))
        return {p.index for p in problems if p.side == self.side}

    def _add_check(self, message: str, where: tuple[str, int] | None = None) -> None:
        item = QListWidgetItem(message, self.checks)
        item.setData(Qt.ItemDataRole.UserRole, where)

    def _edit(self, text: str, change: Callable[[list[dict[str, Any]]], int | None]) -> None:
        """Push the undo command `text`: `change` edits a copy of this side's elements and
        returns the element to select."""
        after = copy.deepcopy(self.data)
        elements = after.setdefault(SIDES[self.side], [])
        selected = change(elements)
        if after == self.data:
            return
        self.undo_stack.push(_Edit(self, text, after, selected))

    # Edits ------------------------------------------------------------------------------------

    def _on_geometry_edited(self, index: int, box: tuple[float, float, float, float]) -> None:
        x, y, w, h = box
        before = element_box(self.elements[index])

        def place(elements: list[dict[str, Any]]) -> int:
            element = elements[index]
            element["x"], element["y"] = x, y
            if element["type"] == "qr":
                element["size"] = w
            else:
                element["w"] = w
                if "h" in element or h:
                    element["h"] = h
            return index

        moved = before[2:] == (w, h)
        self._edit(self.tr("Move element") if moved else self.tr("Resize element"), place)

    def _on_properties_edited(self, changes: dict[str, Any]) -> None:
        if self.selected is None:
            return
        index = self.selected

        def change(elements: list[dict[str, Any]]) -> int:
            element = elements[index]
            for key, value in changes.items():
                default = DEFAULTS.get(element["type"], {}).get(key)
                if value is None or (default is not None and value == default):
                    element.pop(key, None)
                else:
                    element[key] = value
            return index

        self._edit(self.tr("Change {keys}").format(keys=", ".join(changes)), change)

    def add_element(self, kind: str, element: dict[str, Any] | None = None) -> None:
        """Add a new element of `kind` (or `element`) on top of this side, selected."""
        new = element or _new_element(kind, self.badge_size())

        def add(elements: list[dict[str, Any]]) -> int:
            elements.append(new)
            return len(elements) - 1

        self._edit(self.tr("Add element"), add)
        self.canvas.setFocus()

    def _on_delete(self, index: int | None) -> None:
        if index is None:
            return

        def delete(elements: list[dict[str, Any]]) -> None:
            del elements[index]

        self._edit(self.tr("Delete element"), delete)

    def _on_add_image(self) -> None:
        path = self._choose_image()
        if path is None:
            return
        uri = self._image_uri(path)
        if uri is not None:
            x, y = round(self.badge_size()[0] * 0.1), round(self.badge_size()[1] * 0.1)
            image = {"type": "image", "x": x, "y": y, "w": 30, "h": 30, "src": uri}
            self.add_element("image", image)

    def _on_replace_image(self) -> None:
        path = self._choose_image()
        uri = None if path is None else self._image_uri(path)
        if uri is not None:
            self._on_properties_edited({"src": uri})

    def _choose_image(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"),
        )
        return Path(name) if name else None

    def _image_uri(self, path: Path) -> str | None:
        """The image file as a data URI; None (the user told why) if it cannot be one."""
        try:
            return layouts.image_data_uri(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Add image"), str(error))
            return None

    def add_image(self, path: Path) -> bool:
        """Add the image file `path` as a new element (what Add element ▸ Image… does once a
        file is chosen); False, with one sentence to the user, if it cannot be used."""
        uri = self._image_uri(path)
        if uri is None:
            return False
        x, y = round(self.badge_size()[0] * 0.1), round(self.badge_size()[1] * 0.1)
        self.add_element("image", {"type": "image", "x": x, "y": y, "w": 30, "h": 30, "src": uri})
        return True

    # Selection, side, zoom ----------------------------------------------------------------------

    def _on_selection_changed(self, index: int | None) -> None:
        self.selected = index
        self._show_selection()

    def select(self, side: str, index: int | None) -> None:
        """Show `side` with element `index` selected."""
        self.side = side
        self.selected = index
        self.refresh()

    def _on_side_changed(self, tab: int) -> None:
        self.select(list(SIDES)[tab], None)

    def _on_check_chosen(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where:
            side, index = where
            self.select(side, index)
            self.canvas.setFocus()

    def _on_case_chosen(self, index: int) -> None:
        self.canvas.photo_case = self.case_box.itemData(index)
        self.refresh()

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_box.setEditText(f"{zoom:.0%}")

    def _on_zoom_chosen(self, index: int) -> None:
        zoom = self.zoom_box.itemData(index)
        if isinstance(zoom, float) and self.zoom_box.currentText() == self.zoom_box.itemText(index):
            self.canvas.set_zoom(zoom)
        else:
            self._on_zoom_typed()

    def _on_zoom_typed(self) -> None:
        text = self.zoom_box.currentText().strip().rstrip("%").strip()
        try:
            self.canvas.set_zoom(float(text) / 100)
        except ValueError:
            self._on_zoom_changed(self.canvas.zoom)

    # Saving and closing ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the layout in the event; False (the user told why, window open) if refused."""
        try:
            layouts.save_layout(self.event_file, self.layout_name, self.data)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Save layout"), str(error))
            return False
        self.undo_stack.setClean()
        self.saved.emit(self.layout_name)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.undo_stack.isClean():
            event.accept()
            self.finished.emit(0)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the badge layout “{name}”?").format(name=self.layout_name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard or (
            answer == QMessageBox.StandardButton.Save and self.save()
        ):
            event.accept()
            self.finished.emit(0)
        else:
            event.ignore()


def open_designer(event_file: EventFile, layout_name: str, parent: QWidget) -> LayoutDesigner:
    """Opens an event layout (a bundled one must be duplicated first: the manager does that)."""
    designer = LayoutDesigner(event_file, layout_name, parent)
    designer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    designer.show()
    designer.activateWindow()
    return designer
