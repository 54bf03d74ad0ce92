"""The Speakers tab: the list on the left, the selected speaker's profile form on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.domain import rules
from delegations.domain.enums import NameOrder
from delegations.domain.errors import UserError
from delegations.domain.names import clean, full_name, initials
from delegations.domain.photos import square_photo
from delegations.services import speakers as service
from delegations.services.event import EventFile
from delegations.services.speakers import (
    SpeakerCreate,
    SpeakerRow,
    SpeakerUpdate,
)
from delegations.ui.accessibility import named
from delegations.ui.agenda.dialogs import searchable_combo
from delegations.ui.collation import collated
from delegations.ui.dialogs.form import (
    FieldForm,
    country_items,
    fill_combo,
    name_order_items,
    select_data,
)
from delegations.ui.models import ID_ROLE, Column, FoldFilterProxy, RowTableModel
from delegations.ui.speakers.add_to_session import AddToSessionDialog
from delegations.ui.speakers.sessions import SpeakerSessions
from delegations.ui.tabs.base import AGENDA, DELEGATES, DELEGATIONS, SPEAKERS, EventTab
from delegations.ui.widgets import (
    FittedTableView,
    PhotoView,
    ask_to_delete,
    configure_table,
    filter_edit,
    heading,
    show_error,
)

PHOTO_MAX_SIDE = 1200
"""Larger photos are scaled down before they are stored in the event file."""

_TEXT_FIELDS = ("honorific", "given_name", "family_name", "native_name", "position", "organisation")


def photo_bytes(path: Path) -> bytes | None:
    """The image at `path` as bytes to store, scaled down if huge; None if not an image."""
    data = path.read_bytes()
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) <= PHOTO_MAX_SIDE:
        return data
    image = image.scaled(
        PHOTO_MAX_SIDE,
        PHOTO_MAX_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 90)
    buffer.close()
    return bytes(array.data())


class SpeakersTab(EventTab):
    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(event_file, parent)
        self._current_id: int | None = None
        self._photo: bytes | None = None  # as shown: cropped to a square
        self._photo_source: bytes | None = None  # as chosen, stored by set_speaker_photo
        self._photo_changed = False
        self._delegates_loaded = False
        self._dirty = False
        self._loading = False

        # Left: the list.
        self.model: RowTableModel[SpeakerRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: f"{r.honorific} {r.name}" if r.honorific else r.name,
                       sort_key=collated(lambda r: r.name), width=190,
                       tooltip=lambda r: r.native_name),
                Column(self.tr("Sessions"), lambda r: str(r.session_count), numeric=True,
                       width=70),
                Column(self.tr("Organisation"), lambda r: r.organisation),
            ],
            parent=self,
        )  # fmt: skip
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = named(FittedTableView(self), self.tr("Speakers"))
        self.view.setModel(self.proxy)
        configure_table(self.view, self.model.columns)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._add_view_action(self.view, QKeySequence.StandardKey.Delete, self._on_delete)
        self.filter = filter_edit(self.tr("Filter speakers  (Ctrl+F)"))
        self.filter.setMinimumWidth(160)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.new_button = QPushButton(self.tr("New speaker"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self._on_new)
        self.delete_button.clicked.connect(self._on_delete)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_top = QHBoxLayout()
        left_top.addWidget(heading(self.tr("Speakers"), left))
        left_top.addStretch(1)
        left_layout.addLayout(left_top)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.view, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)

        # Right: the profile.
        self.form_title = heading("", self)
        self.photo = PhotoView(self)
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"), self)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), self)
        self.choose_photo_button.clicked.connect(self._on_choose_photo)
        self.remove_photo_button.clicked.connect(self._on_remove_photo)
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo)
        photo_column.addWidget(self.choose_photo_button)
        photo_column.addWidget(self.remove_photo_button)
        photo_column.addStretch(1)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        self.edits["honorific"].setPlaceholderText(self.tr("e.g. H.E., Dr, Prof."))
        self.name_order = QComboBox(self)
        fill_combo(self.name_order, name_order_items(self))
        self.country = QComboBox(self)
        self.delegate = QComboBox(self)
        searchable_combo(self.delegate, self.tr("Type part of a delegate's name"))
        self.delegate.setToolTip(
            self.tr("The speaker's own delegate record, if they are a delegate: their arrival "
                    "and departure are then checked against their sessions.")
        )  # fmt: skip
        self.bio = QPlainTextEdit(self)
        self.bio.setTabChangesFocus(True)
        self.bio.setPlaceholderText(self.tr("A short biography for the programme booklet."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fields = FieldForm(self, form, QLabel(self))
        self.fields.add_row(self.tr("Hono&rific:"), self.edits["honorific"])
        self.fields.add_row(
            self.tr("G&iven name:"), self.edits["given_name"], "Given name",
            check=lambda: rules.require_person_name(*(
                clean(self.edits[key].text()) for key in ("given_name", "family_name", "native_name")
            )),
        )  # fmt: skip
        self.fields.add_row(self.tr("Famil&y name:"), self.edits["family_name"])
        self.fields.add_row(self.tr("&Native script:"), self.edits["native_name"])
        self.fields.alias_field("Name", "Given name")
        self.fields.add_row(self.tr("Na&me order:"), self.name_order)
        self.fields.add_row(self.tr("&Position:"), self.edits["position"])
        self.fields.add_row(self.tr("&Organisation:"), self.edits["organisation"])
        self.fields.add_row(self.tr("Co&untry:"), self.country, "Country")
        self.fields.add_row(self.tr("De&legate record:"), self.delegate, "Delegate")
        top = QHBoxLayout()
        top.addLayout(photo_column)
        top.addSpacing(12)
        top.addLayout(form, 1)

        self.save_button = QPushButton(self.tr("Save"), self)  # Ctrl+S; Alt+S is the tab
        self.revert_button = QPushButton(self.tr("Revert"), self)  # Alt+V: View
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Save the speaker ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.save_button.clicked.connect(self._on_save)
        self.revert_button.clicked.connect(self._on_revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.speaker_sessions = SpeakerSessions(event_file, self._form_name, self)
        self.speaker_sessions.agenda_changed.connect(lambda: self.changed.emit(AGENDA))

        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.form_title)
        detail_layout.addWidget(self.fields.banner)
        detail_layout.addLayout(top)
        bio_label = QLabel(self.tr("&Biography:"), self)
        bio_label.setBuddy(self.bio)
        detail_layout.addWidget(bio_label)
        detail_layout.addWidget(self.bio, 1)
        detail_layout.addWidget(self.speaker_sessions, 1)
        detail_layout.addLayout(buttons)

        for edit in self.edits.values():
            edit.textEdited.connect(self._on_edited)
        self.bio.textChanged.connect(self._on_edited)
        self.name_order.currentIndexChanged.connect(self._on_edited)
        self.country.currentIndexChanged.connect(self._on_edited)
        self.delegate.currentIndexChanged.connect(self._on_edited)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.detail)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 810])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.reload()
        if self.proxy.rowCount():
            self.select_speaker(self.proxy.index(0, 0).data(ID_ROLE))
        else:
            self._show_speaker(None)

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self._current_id
        self.model.set_rows(service.load_speakers(self._event_file))
        if current is not None and self.model.row_of_id(current) >= 0:
            self._select_row_quietly(current)
        self._update_buttons()

    def refresh(self, what: str) -> None:
        if what in (DELEGATES, DELEGATIONS):
            self._delegates_loaded = False
            if self._current_id is not None and not self._dirty:
                self._show_speaker(self._current_id)
        if what in (SPEAKERS, AGENDA, "event"):
            self.reload()
            if self._current_id is not None:
                self._show_sessions(self._current_id)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def status_text(self) -> str:
        if not self.proxy.is_filtered():
            return ""
        return self.tr("Showing {shown} of %Ln speaker(s)", "", self.model.rowCount()).format(
            shown=self.locale().toString(self.proxy.rowCount())
        )

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if self._current_id is not None:
            self._select_row_quietly(self._current_id)
        self.status_changed.emit()

    # Selection ------------------------------------------------------------------------------

    def current_speaker_id(self) -> int | None:
        return self._current_id

    def select_speaker(self, speaker_id: int | None) -> None:
        """Select a speaker in the list and show the profile (asking to save edits first)."""
        if not self._maybe_save():
            return
        self._select_row_quietly(speaker_id)
        self._show_speaker(speaker_id)

    def _select_row_quietly(self, speaker_id: int | None) -> None:
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        source_row = self.model.row_of_id(speaker_id) if speaker_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(blocked)
        self.view.viewport().update()

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        speaker_id = current.data(ID_ROLE) if current.isValid() else None
        if speaker_id == self._current_id:
            return
        if not self._maybe_save():
            self._select_row_quietly(self._current_id)
            return
        self._show_speaker(speaker_id)

    def can_close(self) -> bool:
        return self._maybe_save()

    def _maybe_save(self) -> bool:
        """Before leaving a changed profile: save it or discard it. False: stay on it."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this speaker?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # The form -------------------------------------------------------------------------------

    def _show_speaker(self, speaker_id: int | None, *, new: bool = False) -> None:
        """Fill the form from the file (None and not new: nothing to show)."""
        values: dict[str, Any] = {}
        if speaker_id is not None:
            values = service.load_speaker(self._event_file, speaker_id).model_dump()
        self._loading = True
        self._current_id = speaker_id
        for name, edit in self.edits.items():
            edit.setText(values.get(name, ""))
        select_data(self.name_order, str(values.get("name_order") or NameOrder.GIVEN_FIRST.value))
        fill_combo(
            self.country,
            [(self.tr("(none)"), ""), *country_items(values.get("country", ""))],
            values.get("country", ""),
        )
        self.bio.setPlainText(values.get("bio", ""))
        self._fill_delegates(values.get("delegate_id"))
        self._photo = values.get("photo")
        self._photo_source = None
        self._photo_changed = False
        self._loading = False
        self._show_sessions(speaker_id)
        self.fields.clear_errors()
        self._set_dirty(False)
        self.detail.setEnabled(speaker_id is not None or new)
        if new:
            self.form_title.setText(self.tr("New speaker"))
        elif speaker_id is None:
            self.form_title.setText(self.tr("No speaker selected"))
        else:
            self.form_title.setText(self._form_name())
        self._show_photo()

    def _form_name(self) -> str:
        order = self.name_order.currentData() or NameOrder.GIVEN_FIRST.value
        name = full_name(
            self.edits["given_name"].text().strip(),
            self.edits["family_name"].text().strip(),
            order,
        )
        return name or self.edits["native_name"].text().strip()

    def _show_photo(self) -> None:
        self.photo.show_photo(
            self._photo, initials(self._form_name(), self.edits["native_name"].text())
        )
        self.remove_photo_button.setEnabled(self._photo is not None)

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values["name_order"] = NameOrder(self.name_order.currentData())
        values["country"] = self.country.currentData() or ""
        values["bio"] = self.bio.toPlainText()
        values["delegate_id"] = self.chosen_delegate_id()
        return values

    def field_error(self, field: str) -> str:
        return self.fields.field_error(field)

    def save(self) -> bool:
        """Write the form (a new speaker or the current one); False if refused."""
        values = self.form_values()
        if self._photo_changed:
            values["photo"] = self._photo_source  # cropped to a square by the service
        speaker_in = (
            SpeakerCreate(**values) if self._current_id is None else SpeakerUpdate(**values)
        )
        saved: list[int] = []

        def submit() -> None:
            record = service.save_speaker(self._event_file, speaker_in, speaker_id=self._current_id)
            saved.append(record.id)

        if not self.fields.submit(submit):
            return False
        self._current_id = saved[0]
        self._photo_changed = False
        self._photo_source = None
        self._set_dirty(False)
        self.form_title.setText(self._form_name())
        self.changed.emit(SPEAKERS)
        self._select_row_quietly(self._current_id)
        self._update_buttons()
        return True

    def _on_save(self) -> None:
        if self._dirty or self._current_id is None:
            self.save()

    def _on_revert(self) -> None:
        self._show_speaker(self._current_id, new=self._current_id is None)

    def new_speaker(self) -> None:
        """Clear the form for a new speaker (saved with Save)."""
        if not self._maybe_save():
            return
        self._select_row_quietly(None)
        self._show_speaker(None, new=True)
        self._update_buttons()
        self.edits["given_name"].setFocus()

    def _on_new(self) -> None:
        self.new_speaker()

    # Photo ----------------------------------------------------------------------------------

    def load_photo(self, path: Path) -> bool:
        """Put the image at `path` in the form (saved with Save); False if not an image."""
        try:
            data = photo_bytes(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Choose photo"),
                self.tr("{path} cannot be read: {reason}.").format(
                    path=path, reason=error.strerror
                ),
            )
            return False
        if data is None:
            QMessageBox.warning(
                self,
                self.tr("Choose photo"),
                self.tr(
                    "{path} is not an image Delegations can read; choose a JPEG or PNG."
                ).format(path=path),
            )
            return False
        try:
            self._photo = square_photo(data)  # what will be stored: a square
        except UserError as error:
            QMessageBox.warning(self, self.tr("Choose photo"), str(error))
            return False
        self._photo_source = data
        self._photo_changed = True
        self._show_photo()
        self._set_dirty(True)
        return True

    def _on_choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose photo"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)"),
        )
        if path:
            self.load_photo(Path(path))

    def _on_remove_photo(self) -> None:
        self._photo = None
        self._photo_source = None
        self._photo_changed = True
        self._show_photo()
        self._set_dirty(True)

    # Deleting -------------------------------------------------------------------------------

    def _on_delete(self) -> None:
        speaker_id = self._current_id
        if speaker_id is None:
            return
        name = self._form_name()
        if not ask_to_delete(
            self,
            self.tr("Delete speaker"),
            self.tr(
                "Delete the speaker “{name}”? They are also removed from their sessions."
            ).format(name=name),
        ):
            return
        self._set_dirty(False)
        try:
            service.delete_speaker(self._event_file, speaker_id)
        except UserError as error:
            show_error(self, self.tr("Delete speaker"), error)
            self.changed.emit(SPEAKERS)  # the speaker may have gone: show the file as it is
            return
        self.changed.emit(SPEAKERS)
        first = self.proxy.index(0, 0)
        self._show_speaker(None)
        if first.isValid():
            self.select_speaker(first.data(ID_ROLE))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._current_id is not None)

    # Delegate link --------------------------------------------------------------------------

    def _fill_delegates(self, delegate_id: int | None) -> None:
        """The delegate combo: (none) and every delegate, "Name — Delegation"."""
        blocked = self.delegate.blockSignals(True)
        if not self._delegates_loaded:
            rows = service.linkable_delegates(self._event_file)
            fill_combo(
                self.delegate,
                [(self.tr("(not a delegate)"), 0)]
                + [(f"{row.name} — {row.delegation_name}", row.id) for row in rows],
            )
            self._delegates_loaded = True
        select_data(self.delegate, delegate_id or 0)
        self.delegate.blockSignals(blocked)

    def chosen_delegate_id(self) -> int | None:
        index = self.delegate.findText(self.delegate.currentText())
        if index < 0:
            index = self.delegate.currentIndex()
        return self.delegate.itemData(index) or None if index >= 0 else None

    def link_delegate(self, delegate_id: int | None) -> None:
        """Choose the delegate record in the form (saved with Save)."""
        select_data(self.delegate, delegate_id or 0)

    # Sessions (see `ui.speakers.sessions`) ------------------------------------------------

    def _show_sessions(self, speaker_id: int | None) -> None:
        self.speaker_sessions.show_speaker(speaker_id)

    def session_titles(self) -> list[str]:
        """The titles in the speaker's session list (for tests and screen readers)."""
        return self.speaker_sessions.titles()

    def open_add_to_session_dialog(self) -> AddToSessionDialog | None:
        """Pick a session and a role for the current speaker; written at OK."""
        return self.speaker_sessions.open_add_dialog()
