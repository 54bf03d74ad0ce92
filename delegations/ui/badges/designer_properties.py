"""The layout designer's properties panel: the selected element's place and settings.

Each edit emits `edited` with the keys it changes (None: the key removed, so the renderer's
default applies); the designer makes that one undo command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, QSignalBlocker, Signal
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.services import layouts
from delegations.ui.accessibility import named
from delegations.ui.badges.designer_canvas import element_box, field_label, fields_label
from delegations.ui.widgets import heading

DEFAULTS = {  # the renderer's defaults: a checkbox back at its default leaves the key out
    "text": {"bold": False, "uppercase": False},
    "band": {"bold": True, "uppercase": True, "label": True},
}


class ElementProperties(QWidget):
    """The selected element's settings; each edit emits the keys it changes (None: removed)."""

    edited = Signal(dict)
    replace_image = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, self.tr("Element properties"))
        self.element: dict[str, Any] = {}
        self.form = QFormLayout()
        self.title = heading(self.tr("No element selected"), self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.rows: dict[str, QWidget] = {}
        mm = self.tr(" mm")
        self._spin("x", self.tr("&x:"), 0, 1000, 0.1, mm, 1)
        self._spin("y", self.tr("&y:"), 0, 1000, 0.1, mm, 1)
        self._spin("w", self.tr("&Width:"), 0, 1000, 0.1, mm, 1)
        self._spin("h", self.tr("&Height:"), 0, 1000, 0.1, mm, 1)
        self._spin("size", self.tr("&Size:"), 0.1, 1000, 0.5, self.tr(" pt"), 1)
        self._spin("min_size", self.tr("&Minimum size:"), 0, 1000, 0.5, self.tr(" pt"), 1)
        self.rows["min_size"].setSpecialValueText(self.tr("(none)"))
        self._source_row()
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. {delegation} · {role}"))
        self.text.editingFinished.connect(self._on_text_edited)
        self._row("text", self.tr("&Text:"), self.text)
        lines = QSpinBox(self)
        lines.setRange(0, 20)
        lines.setSpecialValueText(self.tr("(no limit)"))
        lines.setKeyboardTracking(False)
        lines.valueChanged.connect(lambda n: self.edited.emit({"lines": n or None}))
        self._row("lines", self.tr("Li&nes:"), lines)
        self._colour_row()
        self._choice("align", self.tr("&Alignment:"), [
            (self.tr("Left"), "left"), (self.tr("Centre"), "center"), (self.tr("Right"), "right"),
        ], "center")  # fmt: skip
        self._check("bold", self.tr("&Bold"))
        self._check("uppercase", self.tr("&Uppercase"))
        self._check("label", self.tr("Print the role's &name"))
        conditions = [(self.tr("(always)"), None), (field_label("photo"), "photo")]
        conditions += [(field_label(field), field) for field in layouts.text_fields()]
        self._choice("when", self.tr("Only &if it has:"), conditions, None)
        self._choice("unless", self.tr("Only if it has n&ot:"), conditions, None)
        self._spin("opacity", self.tr("O&pacity:"), 0, 1, 0.05, "", 2)
        self._choice("fit", self.tr("&Fit:"), [
            (self.tr("Contain (all of it)"), "contain"), (self.tr("Cover (fills, cut off)"), "cover"),
            (self.tr("Stretch"), "stretch"),
        ], "contain")  # fmt: skip
        border = QSpinBox(self)
        border.setRange(0, 10)
        border.setSuffix(self.tr(" modules"))
        border.setKeyboardTracking(False)
        border.valueChanged.connect(lambda n: self.edited.emit({"border": n}))
        self._row("border", self.tr("&Quiet border:"), border)
        self._spin("width", self.tr("Line &thickness:"), 0.1, 20, 0.25, self.tr(" pt"), 2)
        replace = QPushButton(self.tr("&Replace image…"), self)
        replace.clicked.connect(self.replace_image)
        self._row("src", "", replace)
        self.show_element(None)

    # Rows ---------------------------------------------------------------------------------------

    def _row(self, key: str, label: str, editor: QWidget) -> None:
        named(editor, label or editor.property("text") or key)
        self.rows[key] = editor
        if label:
            self.form.addRow(label, editor)
        else:
            self.form.addRow(editor)

    def _spin(
        self, key: str, label: str, low: float, high: float, step: float, suffix: str, decimals: int
    ) -> None:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # one change when the value is typed, not per digit
        spin.valueChanged.connect(lambda value: self._on_number(key, value))
        self._row(key, label, spin)

    def _on_number(self, key: str, value: float) -> None:
        value = round(value, 2)
        if key == "min_size" and value == 0:
            self.edited.emit({key: None})
        elif key in ("w", "h") and self.element.get("type") == "qr":
            self.edited.emit({"size": value})
        else:
            self.edited.emit({key: value})

    def _choice(self, key: str, label: str, items: list[tuple[str, Any]], default: Any) -> None:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.setProperty("default", default)
        combo.activated.connect(lambda i: self.edited.emit({key: combo.itemData(i)}))
        self._row(key, label, combo)

    def _check(self, key: str, label: str) -> None:
        box = QCheckBox(label, self)
        box.toggled.connect(lambda on: self.edited.emit({key: on}))
        self._row(key, "", box)

    def _source_row(self) -> None:
        self.source = QComboBox(self)
        self.source.addItem(self.tr("A field"), "field")
        self.source.addItem(self.tr("Free text with {placeholders}"), "text")
        self.source.activated.connect(self._on_source_chosen)
        self._row("source", self.tr("&Kind of text:"), self.source)
        self.field = QComboBox(self)
        for name in layouts.text_fields():
            self.field.addItem(field_label(name), name)
        self.field.activated.connect(lambda i: self.edited.emit({"field": self.field.itemData(i)}))
        self._row("field", self.tr("&Field:"), self.field)

    def _colour_row(self) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.colour = QLineEdit(row)
        self.colour.setPlaceholderText(self.tr("default"))
        self.colour.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^(role|#[0-9a-fA-F]{0,6})?$"), row)
        )
        self.colour.setToolTip(self.tr("A colour like #1a237e, or “role” for the role's colour"))
        self.colour.editingFinished.connect(self._on_colour_typed)
        pick = QToolButton(row)
        pick.setText(self.tr("…"))
        named(pick, self.tr("Choose colour"))
        pick.clicked.connect(self._on_pick_colour)
        line.addWidget(self.colour, 1)
        line.addWidget(pick)
        self.rows["color"] = row
        self.form.addRow(self.tr("&Colour:"), row)
        named(self.colour, self.tr("Colour"))
        label = self.form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.colour)

    # Showing an element -----------------------------------------------------------------------

    def show_element(self, element: dict[str, Any] | None) -> None:
        """Fill the editors from `element` (None: nothing selected, the rows hidden)."""
        self.element = element or {}
        kind = self.element.get("type")
        if element is None:
            self.title.setText(self.tr("No element selected"))
        else:
            self.title.setText(self.tr("Selected: {kind}").format(kind=self._kind_name(kind)))
        for key, editor in self.rows.items():
            self.form.setRowVisible(editor, self._has_row(kind, key))
            with QSignalBlocker(editor):
                self._fill(key, editor)

    def _kind_name(self, kind: Any) -> str:
        names = {
            "text": self.tr("text"), "band": self.tr("role band"), "qr": self.tr("QR code"),
            "photo": self.tr("photo"), "rule": self.tr("rule"), "rect": self.tr("rectangle"),
            "image": self.tr("image"),
        }  # fmt: skip
        return names.get(kind, str(kind))

    @staticmethod
    def _has_row(kind: Any, key: str) -> bool:
        if kind is None:
            return False
        rows = {
            "text": {"source", "field", "text", "size", "min_size", "lines", "color", "align",
                     "bold", "uppercase"},
            "band": {"size", "min_size", "align", "bold", "uppercase", "label"},
            "qr": {"border"},
            "rule": {"color", "width"},
            "rect": {"color"},
            "image": {"opacity", "fit", "src"},
        }  # fmt: skip
        if key in ("x", "y", "w", "h", "when", "unless"):
            return True
        return key in rows.get(kind, set())

    def _fill(self, key: str, editor: QWidget) -> None:
        element = self.element
        x, y, w, h = element_box(element) if element else (0.0, 0.0, 0.0, 0.0)
        value = {"x": x, "y": y, "w": w, "h": h}.get(key, element.get(key))
        if isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.setValue(value if isinstance(value, int | float) else self._number_default(key))
        elif isinstance(editor, QCheckBox):
            default = DEFAULTS.get(str(element.get("type")), {}).get(key, False)
            editor.setChecked(bool(default if value is None else value))
        elif key == "source":
            editor.setCurrentIndex(1 if element.get("text") is not None else 0)
        elif key == "field":
            self._fill_field(element.get("field"))
        elif isinstance(editor, QComboBox):
            found = editor.findData(value if value is not None else editor.property("default"))
            editor.setCurrentIndex(max(found, 0))
        elif key == "text":
            self.text.setText(str(element.get("text") or ""))
        elif key == "color":
            with QSignalBlocker(self.colour):
                self.colour.setText(str(element.get("color") or ""))

    @staticmethod
    def _number_default(key: str) -> float:
        return {"opacity": 1.0, "border": 2, "width": 0.75}.get(key, 0)

    def _fill_field(self, field: Any) -> None:
        """Select the element's field; a list of fields ("honorific + name") gets its own item."""
        for index in range(self.field.count() - 1, -1, -1):
            if isinstance(self.field.itemData(index), list):
                self.field.removeItem(index)
        if isinstance(field, list | tuple):
            self.field.insertItem(0, fields_label(field), list(field))
            self.field.setCurrentIndex(0)
        else:
            self.field.setCurrentIndex(max(self.field.findData(field), 0))
        self.field.setEnabled(self.element.get("text") is None)
        self.text.setEnabled(self.element.get("text") is not None)

    # Edits ---------------------------------------------------------------------------------------

    def _on_source_chosen(self, index: int) -> None:
        if self.source.itemData(index) == "text" and self.element.get("text") is None:
            field = self.element.get("field") or "name"
            names = [field] if isinstance(field, str) else list(field)
            self.edited.emit({"field": None, "text": " ".join(f"{{{n}}}" for n in names)})
        elif self.source.itemData(index) == "field" and self.element.get("field") is None:
            self.edited.emit({"text": None, "field": "name"})

    def _on_text_edited(self) -> None:
        if self.element.get("text") is not None and self.text.text() != self.element.get("text"):
            self.edited.emit({"text": self.text.text()})

    def _on_colour_typed(self) -> None:
        text = self.colour.text().strip()
        complete = text in ("", "role") or len(text) == 7
        if complete and text != (self.element.get("color") or ""):
            self.edited.emit({"color": text or None})

    def _on_pick_colour(self) -> None:
        current = self.element.get("color")
        start = QColor(current) if current and current != "role" else QColor("#000000")
        colour = QColorDialog.getColor(start, self, self.tr("Element colour"))
        if colour.isValid():
            self.edited.emit({"color": colour.name()})
