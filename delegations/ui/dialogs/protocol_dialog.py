"""File ▸ Order of precedence…: the event's rule, its live result, and the rank list.

The order shown is what `delegations protocol` prints and follows every choice as it is
made (worked out by `domain.precedence`, nothing written). OK writes everything through one
service call (`services.protocol.save_protocol`); Cancel leaves the event as it was. A move
in the list makes the order hand-made, starting from the order shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.countries import english_country_name
from delegations.domain.errors import UserError
from delegations.domain.precedence import (
    ASEAN_MEMBER_STATES,
    DelegationToOrder,
    Place,
    PrecedenceRule,
    PrecedenceSettings,
    is_organisation,
    order_delegations,
)
from delegations.services.event import EventFile
from delegations.services.protocol import (
    PrecedenceEntry,
    ProtocolChoices,
    RankInput,
    RankView,
    list_ranks,
    rank_use_counts,
    read_precedence,
    save_protocol,
)
from delegations.ui.accessibility import named
from delegations.ui.delegations.ranks import rank_label

_ID_ROLE = Qt.ItemDataRole.UserRole


class ProtocolDialog(QDialog):
    """The rule (ASEAN order or hand-made), host and dialogue partners with their places, the
    resulting order, and the rank list.

    Signals:
        saved(): OK wrote the choices; the delegations' order may have changed.
    """

    saved = Signal()

    def __init__(self, event_file: EventFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_file = event_file
        self.setWindowTitle(self.tr("Order of precedence"))
        precedence = read_precedence(event_file)
        with event_file.read() as connection:
            ranks = list_ranks(session=connection)
            self._rank_uses = rank_use_counts(session=connection)
        self._entries = {entry.delegation_id: entry for entry in precedence.entries}
        self._stored_order = [entry.delegation_id for entry in precedence.entries]
        self._hand_made = list(self._stored_order)
        self._stored_ranks = [RankInput(r.name, r.name_zh, r.id) for r in ranks]
        settings = precedence.settings

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._order_page(settings), self.tr("Order of &precedence"))
        self.tabs.addTab(self._ranks_page(), self.tr("Ran&ks"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._fill_ranks(self._stored_ranks)
        self._update_order()
        self.resize(860, 560)

    # The order ------------------------------------------------------------------------------

    def _order_page(self, settings: PrecedenceSettings) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.rule = QComboBox(page)
        self.rule.addItem(self.tr("ASEAN order (member states alphabetically)"), "asean")
        self.rule.addItem(self.tr("Hand-made order"), "manual")
        self.rule.setToolTip(
            self.tr("ASEAN Charter, Art. 31: the member states in the alphabetical order of "
                    "their English names; the host and dialogue partners where you place them.")
        )  # fmt: skip
        self._select(self.rule, settings.rule.value)
        form.addRow(self._label(self.tr("R&ule:"), self.rule), self.rule)

        countries = self._countries(settings)
        self.host = QComboBox(page)
        self.host.addItem(self.tr("(none)"), "")
        for code in countries:
            self.host.addItem(english_country_name(code), code)
        self._select(self.host, settings.host_country)
        form.addRow(self._label(self.tr("&Host country:"), self.host), self.host)
        self.host_place = self._place_combo(page, settings.host_place)
        form.addRow(self._label(self.tr("Host's p&lace:"), self.host_place), self.host_place)

        self.partners = QListWidget(page)
        for code in countries:
            if code in ASEAN_MEMBER_STATES:
                continue
            item = QListWidgetItem(english_country_name(code), self.partners)
            item.setData(_ID_ROLE, code)
            checked = code in settings.partner_countries
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.partners.setMaximumHeight(110)
        named(self.partners, self.tr("Dialogue partners"))
        form.addRow(self._label(self.tr("&Dialogue partners:"), self.partners), self.partners)
        self.partner_place = self._place_combo(page, settings.partner_place)
        form.addRow(
            self._label(self.tr("Partners' pla&ce:"), self.partner_place), self.partner_place
        )

        self.order = QListWidget(page)
        self.order.setAlternatingRowColors(True)
        named(self.order, self.tr("The resulting order"),
              self.tr("Alt+Up and Alt+Down move the selected delegation."))  # fmt: skip
        self.move_up_button = QPushButton(self.tr("Move up"), page)
        self.move_down_button = QPushButton(self.tr("Move down"), page)
        self.move_up_button.setToolTip(self.tr("Alt+Up; the order becomes hand-made"))
        self.move_down_button.setToolTip(self.tr("Alt+Down; the order becomes hand-made"))
        self.move_up_button.clicked.connect(lambda: self.move_delegation(-1))
        self.move_down_button.clicked.connect(lambda: self.move_delegation(1))
        self._order_keys = _MoveKeys(self.order, self.move_delegation)

        right = QVBoxLayout()
        right.addWidget(self._label(self.tr("The &resulting order:"), self.order))
        right.addWidget(self.order, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.move_up_button)
        moves.addWidget(self.move_down_button)
        moves.addStretch(1)
        right.addLayout(moves)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout(page)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.rule.currentIndexChanged.connect(self._on_rule_changed)
        for combo in (self.host, self.host_place, self.partner_place):
            combo.currentIndexChanged.connect(self._update_order)
        self.partners.itemChanged.connect(self._update_order)
        return page

    def _countries(self, settings: PrecedenceSettings) -> list[str]:
        """The event's countries (not organisations) and those the rule names, by name."""
        codes = {entry.country for entry in self._entries.values()}
        codes |= {settings.host_country, *settings.partner_countries}
        codes = {code for code in codes if code and not is_organisation(code)}
        return sorted(codes, key=english_country_name)

    def _place_combo(self, parent: QWidget, place: Place) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(self.tr("First"), Place.FIRST.value)
        combo.addItem(self.tr("Last"), Place.LAST.value)
        combo.addItem(self.tr("At the chair (listed first)"), Place.CHAIR.value)
        self._select(combo, place.value)
        return combo

    def settings(self) -> PrecedenceSettings:
        """The rule as chosen in the dialog (not yet saved)."""
        return PrecedenceSettings(
            rule=PrecedenceRule(self.rule.currentData()),
            host_country=self.host.currentData(),
            host_place=Place(self.host_place.currentData()),
            partner_countries=tuple(self._checked_partners()),
            partner_place=Place(self.partner_place.currentData()),
        )

    def _checked_partners(self) -> list[str]:
        items = (self.partners.item(row) for row in range(self.partners.count()))
        return [i.data(_ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def shown_order(self) -> list[int]:
        """The delegations' ids as the list shows them."""
        return [self.order.item(row).data(_ID_ROLE) for row in range(self.order.count())]

    def _on_rule_changed(self) -> None:
        if self.rule.currentData() == PrecedenceRule.MANUAL.value:
            self._hand_made = self.shown_order()  # hand-made starts from what was shown
        self._update_order()

    def _update_order(self, *_args: object) -> None:
        settings = self.settings()
        manual = settings.rule is PrecedenceRule.MANUAL
        for widget in (self.host, self.host_place, self.partners, self.partner_place):
            widget.setEnabled(not manual)
        if manual:
            ids = self._hand_made
        else:
            delegations = [
                DelegationToOrder(e.delegation_id, e.country, e.delegation, place)
                for place, e in enumerate(self._entries.values(), start=1)
            ]
            ids = order_delegations(delegations, settings, english_country_name)
        selected = self.order.currentItem().data(_ID_ROLE) if self.order.currentItem() else None
        chair = "" if manual or settings.host_place is not Place.CHAIR else settings.host_country
        self.order.clear()
        for place, delegation_id in enumerate(ids, start=1):
            entry = self._entries[delegation_id]
            line = self._line(place, entry)
            if chair and entry.country == chair:
                line = self.tr("{delegation}  (at the chair)").format(delegation=line)
            item = QListWidgetItem(line, self.order)
            item.setData(_ID_ROLE, delegation_id)
            if delegation_id == selected:
                self.order.setCurrentItem(item)

    def _line(self, place: int, entry: PrecedenceEntry) -> str:
        """A line as `delegations protocol` prints it: place, delegation, head (rank)."""
        head = " ".join(part for part in (entry.head_honorific, entry.head_name) if part)
        rank = rank_label(RankView(0, entry.head_rank, entry.head_rank_zh, 0))
        if head and rank:
            head += f" ({rank})"
        return f"{place}.  {entry.delegation}  —  {head or '—'}"

    def move_delegation(self, step: int) -> None:
        """Move the selected delegation up (-1) or down (1); the order becomes hand-made."""
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        order = self.shown_order()
        order[row], order[target] = order[target], order[row]
        self._hand_made = order
        blocked = self.rule.blockSignals(True)
        self._select(self.rule, PrecedenceRule.MANUAL.value)
        self.rule.blockSignals(blocked)
        self._update_order()
        self.order.setCurrentRow(target)

    # The ranks ------------------------------------------------------------------------------

    def _ranks_page(self) -> QWidget:
        page = QWidget(self)
        self.ranks = QTableWidget(0, 2, page)
        self.ranks.setHorizontalHeaderLabels(
            [self.tr("Name in English"), self.tr("Name in Chinese")]
        )
        self.ranks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ranks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        named(self.ranks, self.tr("Ranks, highest first"),
              self.tr("Alt+Up and Alt+Down move the selected rank."))  # fmt: skip
        self._rank_keys = _MoveKeys(self.ranks, self.move_rank)
        self.add_rank_button = QPushButton(self.tr("&Add rank"), page)
        self.remove_rank_button = QPushButton(self.tr("R&emove"), page)
        self.rank_up_button = QPushButton(self.tr("Move up"), page)
        self.rank_down_button = QPushButton(self.tr("Move down"), page)
        self.add_rank_button.clicked.connect(self.add_rank)
        self.remove_rank_button.clicked.connect(self.remove_rank)
        self.rank_up_button.clicked.connect(lambda: self.move_rank(-1))
        self.rank_down_button.clicked.connect(lambda: self.move_rank(1))
        hint = QLabel(
            self.tr("Highest first. Within a delegation the head comes first, then members "
                    "by rank, then by name."),
            page,
        )  # fmt: skip
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_rank_button, self.remove_rank_button, self.rank_up_button,
                       self.rank_down_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.ranks, 1)
        layout.addLayout(buttons)
        return page

    def _fill_ranks(self, ranks: Sequence[RankInput]) -> None:
        self.ranks.setRowCount(0)
        for rank in ranks:
            self._append_rank(rank)

    def _append_rank(self, rank: RankInput) -> int:
        row = self.ranks.rowCount()
        self.ranks.insertRow(row)
        english = QTableWidgetItem(rank.name)
        english.setData(_ID_ROLE, rank.id)
        self.ranks.setItem(row, 0, english)
        self.ranks.setItem(row, 1, QTableWidgetItem(rank.name_zh))
        return row

    def edited_ranks(self) -> list[RankInput]:
        """The rank list as edited, highest first."""
        ranks = []
        for row in range(self.ranks.rowCount()):
            english, chinese = self.ranks.item(row, 0), self.ranks.item(row, 1)
            ranks.append(
                RankInput(english.text(), chinese.text() if chinese else "", english.data(_ID_ROLE))
            )
        return ranks

    def add_rank(self) -> None:
        """A new, empty rank at the end, its English name being edited."""
        row = self._append_rank(RankInput(""))
        self.ranks.setCurrentCell(row, 0)
        self.ranks.editItem(self.ranks.item(row, 0))

    def remove_rank(self) -> None:
        """Remove the selected rank; its holders, if any, are told they will have none."""
        row = self.ranks.currentRow()
        if row < 0:
            return
        item = self.ranks.item(row, 0)
        name, rank_id = item.text(), item.data(_ID_ROLE)
        holders = self._rank_uses.get(rank_id, 0) if rank_id is not None else 0
        self.ranks.removeRow(row)
        if holders:
            self.message.setText(
                self.tr("Delegates with the rank “{rank}” ({count}) will have no rank after OK.")
                .format(rank=name, count=self.locale().toString(holders))
            )  # fmt: skip

    def move_rank(self, step: int) -> None:
        row = self.ranks.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ranks.rowCount():
            return
        ranks = self.edited_ranks()
        ranks[row], ranks[target] = ranks[target], ranks[row]
        self._fill_ranks(ranks)
        self.ranks.setCurrentCell(target, max(self.ranks.currentColumn(), 0))

    # OK -------------------------------------------------------------------------------------

    def choices(self) -> ProtocolChoices:
        settings = self.settings()
        manual = settings.rule is PrecedenceRule.MANUAL
        ranks = self.edited_ranks()
        return ProtocolChoices(
            rule=settings.rule.value,
            host=settings.host_country,
            host_place=settings.host_place.value,
            partners=settings.partner_countries,
            partner_place=settings.partner_place.value,
            hand_made=tuple(self.shown_order()) if manual else None,
            ranks=None if ranks == self._stored_ranks else tuple(ranks),
        )

    def apply(self) -> None:
        """OK: everything in one service call; a refusal is shown and the dialog stays."""
        try:
            save_protocol(self._event_file, self.choices())
        except UserError as error:
            self.message.setText(str(error))
            return
        self.saved.emit()
        self.accept()

    # Helpers --------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        named(buddy, text)
        return label

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)


class _MoveKeys(QObject):
    """Alt+Up / Alt+Down on a list move its selected row (`move(-1)`, `move(1)`): a key of
    that list only, as the order and the rank list each have theirs."""

    _STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}

    def __init__(self, view: QWidget, move: Callable[[int], None]) -> None:
        super().__init__(view)
        self._move = move
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event = event if isinstance(event, QKeyEvent) else None
            alt = Qt.KeyboardModifier.AltModifier
            if key_event and key_event.modifiers() == alt and key_event.key() in self._STEPS:
                if event.type() == QEvent.Type.KeyPress:
                    self._move(self._STEPS[Qt.Key(key_event.key())])
                event.accept()
                return True
        return super().eventFilter(watched, event)


def open_protocol_dialog(
    parent: QWidget, event_file: EventFile, *, notify: Callable[[], None]
) -> ProtocolDialog:
    """File ▸ Order of precedence…; after OK `notify()` (the lists follow the new order)."""
    dialog = ProtocolDialog(event_file, parent)
    dialog.saved.connect(notify)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
