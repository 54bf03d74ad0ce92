"""The agreement and ceremony forms of the Agreement signings window.

An agreement's parties are rows (name, institution or company, country, signatory); the
signatory and the witnesses are chosen from the event's delegates in a searchable list (type
any part of a name, delegation or organisation). A name typed that is not in the list goes to
the service as typed, which names the delegate or refuses it in one sentence; a refusal is
shown in the form, which stays open with nothing saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.names import fold
from delegations.domain.signings import AgreementKind, PartyKind
from delegations.services import signings
from delegations.ui.accessibility import named
from delegations.ui.agenda.dialogs import searchable_combo
from delegations.ui.dates import short_date, time_text
from delegations.ui.dialogs.form import FormDialog, Submit, country_items, fill_combo, select_data

# Marked for lupdate, translated when shown.
_KIND_LABELS = {
    AgreementKind.MOU: QT_TRANSLATE_NOOP("AgreementDialog", "Memorandum of Understanding"),
    AgreementKind.AGREEMENT: QT_TRANSLATE_NOOP("AgreementDialog", "Agreement"),
    AgreementKind.LETTER_OF_INTENT: QT_TRANSLATE_NOOP("AgreementDialog", "Letter of Intent"),
}
_PARTY_LABELS = {
    PartyKind.INSTITUTION: QT_TRANSLATE_NOOP("AgreementDialog", "Institution"),
    PartyKind.COMPANY: QT_TRANSLATE_NOOP("AgreementDialog", "Company"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("AgreementDialog", text)


# What a search matches: the label, then (after a NUL no one types) the label without accents
# and the name in its own script, so “pham” finds Phạm and 杨雪梅 finds Yang Xuemei.
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the delegate's delegation's country


class PeopleModel(QAbstractListModel):
    """The event's delegates for the signatory and witness boxes, shared by them all: plain
    lists read by `data`, not 20,000 item objects (half a second saved at that size)."""

    def __init__(self, people: Sequence[signings.Candidate], parent: QObject) -> None:
        super().__init__(parent)
        self._labels = [person.label for person in people]
        self._ids = [person.id for person in people]
        self._countries = [person.country for person in people]
        self._search = [f"{p.label}\0{fold(p.label)} {p.native_name}" for p in people]

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._labels)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[row]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        if role == _SEARCH_ROLE:
            return self._search[row]
        if role == _COUNTRY_ROLE:
            return self._countries[row]
        return None


def person_box(model: PeopleModel, placeholder: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)  # before the model: made editable after, it takes 1.6 s at 20,000
    box.setModel(model)
    searchable_combo(box, placeholder)
    completer = box.completer()
    completer.setCompletionRole(_SEARCH_ROLE)

    def show_label(text: str) -> None:  # the line edit got the search text: show the label
        box.lineEdit().setText(_label(text))
        box.lineEdit().setCursorPosition(0)  # the name, not the end of the organisation

    # Queued: the line edit writes the completion after the slots connected now have run.
    for signal in (completer.activated[str], completer.highlighted[str]):
        signal.connect(show_label, Qt.ConnectionType.QueuedConnection)
    box.setCurrentIndex(-1)
    # Sized by a length, not by measuring every one of 20,000 names (seconds).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    return box


def _label(text: str) -> str:
    return text.split("\0", 1)[0]


def chosen_person(box: QComboBox) -> int | str:
    """The delegate id of the item whose text is in the box, else the text as typed."""
    text = _label(box.currentText()).strip()
    index = box.findText(text) if text else -1
    return box.itemData(index) if index >= 0 else text


def show_person(box: QComboBox, person: int | str) -> None:
    index = box.findData(person) if isinstance(person, int) else -1
    box.setCurrentIndex(index)
    if index < 0:
        box.setEditText(str(person))
    box.lineEdit().setCursorPosition(0)  # the name, not the end of the organisation


class PartyRow(QObject):
    """One party's widgets in the parties grid."""

    def __init__(self, editor: PartiesEditor, model: PeopleModel) -> None:
        super().__init__(editor)
        self.name = QLineEdit(editor)
        self.name.setPlaceholderText(self.tr("Institution or company"))
        self.kind = QComboBox(editor)
        for kind, label in _PARTY_LABELS.items():
            self.kind.addItem(_translated(label), kind.value)
        self.country = QComboBox(editor)
        fill_combo(self.country, [(self.tr("Country not known"), ""), *country_items()])
        self.signatory = person_box(model, self.tr("Signatory: type to search"), editor)
        self.remove = QPushButton(self.tr("Remove"), editor)
        named(self.name, self.tr("Party"))
        named(self.kind, self.tr("Kind of party"))
        named(self.country, self.tr("Country of the party"))
        named(self.signatory, self.tr("Signatory"))
        named(self.remove, self.tr("Remove the party"))
        self.signatory.currentIndexChanged.connect(self._country_of_signatory)

    def _country_of_signatory(self, index: int) -> None:
        """A party whose country is not given yet takes its signatory's delegation's."""
        country = self.signatory.itemData(index, _COUNTRY_ROLE) if index >= 0 else None
        if country and not self.country.currentData() and self.country.findData(country) >= 0:
            select_data(self.country, country)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.kind, self.country, self.signatory, self.remove)

    def value(self) -> signings.PartyInput:
        return signings.PartyInput(
            self.name.text(), self.country.currentData() or "", chosen_person(self.signatory),
            self.kind.currentData(),
        )  # fmt: skip

    def set_value(self, party: signings.PartyInput) -> None:
        self.name.setText(party.name)
        self.name.setCursorPosition(0)
        select_data(self.kind, party.kind)
        if party.country and self.country.findData(party.country) < 0:
            self.country.addItem(party.country, party.country)
        select_data(self.country, party.country)
        blocked = self.signatory.blockSignals(True)  # a country not known stays so
        show_person(self.signatory, party.signatory)
        self.signatory.blockSignals(blocked)

    def is_blank(self) -> bool:
        return not self.name.text().strip() and not self.signatory.currentText().strip()


class PartiesEditor(QWidget):
    """The agreement's parties, each with the one person who signs for it."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.rows: list[PartyRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for column, title in enumerate((self.tr("Party"), self.tr("Kind"), self.tr("Country"),
                                        self.tr("Signatory"))):  # fmt: skip
            self.grid.addWidget(QLabel(title, self), 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 3)
        layout.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add a &party"), self)
        self.add_button.clicked.connect(self.add_party)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def add_party(self) -> PartyRow:
        row = PartyRow(self, self._model)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows), column)
        row.remove.clicked.connect(lambda: self.remove_party(row))
        if len(self.rows) == 1:
            self.setFocusProxy(row.name)
        return row

    def remove_party(self, row: PartyRow) -> None:
        index = self.rows.index(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        row.deleteLater()
        self.rows.pop(index)
        for number, later in enumerate(self.rows[index:], start=index + 1):
            for column, widget in enumerate(later.widgets()):
                self.grid.addWidget(widget, number, column)
        self.setFocusProxy(self.rows[0].name if self.rows else self.add_button)

    def values(self) -> tuple[signings.PartyInput, ...]:
        return tuple(row.value() for row in self.rows if not row.is_blank())

    def set_values(self, parties: Sequence[signings.PartyInput]) -> None:
        while self.rows:
            self.remove_party(self.rows[-1])
        for party in parties:
            self.add_party().set_value(party)
        while len(self.rows) < 2:
            self.add_party()


class WitnessesEditor(QWidget):
    """The witnesses: chosen from the searchable list, added, removed."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.person = person_box(model, self.tr("Witness: type to search"), self)
        named(self.person, self.tr("Witness to add"))
        self.add_button = QPushButton(self.tr("&Add witness"), self)
        top.addWidget(self.person, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 10)
        named(self.list, self.tr("Witnesses"))
        self.remove_button = QPushButton(self.tr("Remo&ve witness"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_current)
        self.setFocusProxy(self.person)

    def add_chosen(self) -> None:
        person = chosen_person(self.person)
        if person != "":
            self._add(person, _label(self.person.currentText()).strip())
        self.person.setCurrentIndex(-1)
        self.person.clearEditText()

    def _add(self, person: int | str, label: str) -> None:
        if person in self.values():
            return
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, person)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def values(self) -> tuple[int | str, ...]:
        return tuple(self.list.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.list.count()))  # fmt: skip

    def set_values(self, people: Sequence[int | str]) -> None:
        self.list.clear()
        for person in people:
            index = self.person.findData(person)
            self._add(person, self.person.itemText(index) if index >= 0 else str(person))


class AgreementDialog(FormDialog):
    """Add or edit an agreement: titles, kind, parties with their signatories, witnesses and
    the ceremony it is signed at. OK saves it in one service call (`submit`)."""

    def __init__(
        self,
        submit: Submit,
        choices: signings.Choices,
        ceremonies: Sequence[signings.CeremonyView],
        *,
        new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("New agreement") if new else self.tr("Edit agreement"))
        model = PeopleModel(choices.people, self)
        self.title_en = self.add_row(self.tr("Title in &English:"), self.line_edit(), "Title")
        self.title_zh = self.add_row(self.tr("Title in &Chinese:"), self.line_edit())
        self.kind = QComboBox(self)
        for kind, label in _KIND_LABELS.items():
            self.kind.addItem(_translated(label), kind.value)
        self.add_row(self.tr("&Kind:"), self.kind, "Kind")
        self.parties = PartiesEditor(model, self)
        self.add_row(self.tr("Parties and &signatories:"), self.parties, "Parties")
        for field in ("Party", "Signatory", "Country"):
            self.alias_field(field, "Parties")
        self.witnesses = WitnessesEditor(model, self)
        self.add_row(self.tr("&Witnesses:"), self.witnesses, "Witness")
        self.ceremony = QComboBox(self)
        self.ceremony.addItem(self.tr("Not at a ceremony yet"), None)
        for ceremony in ceremonies:
            self.ceremony.addItem(ceremony_label(ceremony), ceremony.id)
        self.add_row(self.tr("Signed at the ce&remony:"), self.ceremony)
        self.parties.set_values(())
        self.resize(1000, self.sizeHint().height())

    def values(self) -> dict:
        return {"title_en": self.title_en.text(), "title_zh": self.title_zh.text(),
                "kind": self.kind.currentData(), "parties": self.parties.values(),
                "witnesses": self.witnesses.values(),
                "ceremony_id": self.ceremony.currentData()}  # fmt: skip

    def submitted(self) -> signings.AgreementInput:
        values = self.values()
        return signings.AgreementInput(
            values["title_en"], values["parties"], values["title_zh"], values["kind"],
            values["witnesses"], values["ceremony_id"],
        )  # fmt: skip

    def set_values(self, given: signings.AgreementInput) -> None:  # type: ignore[override]
        self.title_en.setText(given.title_en)
        self.title_zh.setText(given.title_zh)
        select_data(self.kind, given.kind)
        self.parties.set_values(given.parties)
        self.witnesses.set_values(given.witnesses)
        select_data(self.ceremony, given.ceremony_id)


def ceremony_label(ceremony: signings.CeremonyView) -> str:
    """“Sun, 27 Jul 16:30 — Closing signings”, the date and time as the language writes them."""
    return f"{short_date(ceremony.day)} {time_text(ceremony.start)} — {ceremony.title_en}"


class CeremonyDialog(FormDialog):
    """Add or edit a signing ceremony: its titles, day, time and place (a room or any place)."""

    def __init__(
        self, submit: Submit, choices: signings.Choices, *, new: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("New signing ceremony") if new
                            else self.tr("Edit signing ceremony"))  # fmt: skip
        self.title_en = self.add_row(self.tr("Title in &English:"), self.line_edit(), "Title")
        self.title_zh = self.add_row(self.tr("Title in &Chinese:"), self.line_edit())
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        if choices.first_day is not None:
            self.day.setDate(QDate(choices.first_day))
        self.add_row(self.tr("&Day:"), self.day, "Day")
        self.start = QTimeEdit(QTime(10, 0), self)
        self.start.setDisplayFormat("HH:mm")
        self.add_row(self.tr("&Time:"), self.start, "Time")
        self.place = QComboBox(self)
        self.place.addItems(list(choices.rooms))
        searchable_combo(self.place, self.tr("A room, or any place"))
        self.place.setCurrentIndex(-1)
        self.add_row(self.tr("&Place:"), self.place, "Place")

    def values(self) -> dict:
        return {"title_en": self.title_en.text(), "title_zh": self.title_zh.text(),
                "day": self.day.date().toPython(), "start": self.start.time().toPython(),
                "place": self.place.currentText()}  # fmt: skip

    def submitted(self) -> signings.CeremonyInput:
        values = self.values()
        return signings.CeremonyInput(values["title_en"], values["day"], values["start"],
                                      values["place"], values["title_zh"])  # fmt: skip

    def set_values(self, ceremony: signings.CeremonyView) -> None:  # type: ignore[override]
        self.title_en.setText(ceremony.title_en)
        self.title_zh.setText(ceremony.title_zh)
        self.day.setDate(QDate(ceremony.day))
        self.start.setTime(QTime(ceremony.start.hour, ceremony.start.minute))
        self.place.setEditText(ceremony.place)
