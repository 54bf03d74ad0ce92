"""File ▸ Order of precedence…: the order shown follows the choices, OK writes them and the
Delegations tab follows, Cancel writes nothing; a rank chosen in the delegate form moves the
member within the delegation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_language_pseudo import (  # noqa: F401  (fixtures)
    pseudo,
    pseudo_window,
    shown_texts,
    untranslated,
)
from test_mnemonics import clashes, widget_texts

from delegations.services import delegations, event, protocol
from delegations.ui.delegations.forms import DelegateDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs.protocol_dialog import ProtocolDialog
from delegations.ui.main_window import MainWindow
from delegations.ui.tabs.base import DELEGATIONS

ReadFile = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture
def with_china(window: MainWindow) -> MainWindow:
    """The small event under the ASEAN rule with the host's delegation added, as the window
    shows it."""
    protocol.set_precedence(window.event_file, rule="asean")
    delegations.create_delegation(
        window.event_file, delegations.DelegationCreate(name="China", country="CN")
    )
    window.data_changed.emit(DELEGATIONS)
    return window


def _open(window: MainWindow) -> ProtocolDialog:
    dialog = window.open_protocol_dialog()
    assert isinstance(dialog, ProtocolDialog)
    return dialog


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _shown(dialog: ProtocolDialog) -> list[str]:
    """The delegations as the dialog's list shows them ("2.  Thailand  —  —" -> Thailand)."""
    texts = (dialog.order.item(row).text() for row in range(dialog.order.count()))
    return [text.split(".  ", 1)[1].split("  —  ")[0] for text in texts]


def _tab_order(window: MainWindow) -> list[str]:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return [row.name for row in tab.delegation_model.rows() if row.id is not None]


def _file_order(event_path: Path) -> tuple[str, list[str]]:
    """The rule and the delegations in order, read back from the file by a second program."""
    event_file = event.open_event(event_path)
    try:
        precedence = protocol.read_precedence(event_file)
    finally:
        event_file.close()
    return precedence.settings.rule.value, [entry.delegation for entry in precedence.entries]


def _press(qtbot: QtBot, dialog: ProtocolDialog, which: QDialogButtonBox.StandardButton) -> None:
    (box,) = dialog.findChildren(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


OK, CANCEL = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel


def test_host_last_or_first_changes_the_order_shown_and_after_ok_the_tab(
    qtbot: QtBot, with_china: MainWindow, event_path: Path
) -> None:
    dialog = _open(with_china)
    _choose(dialog.rule, "asean")
    _choose(dialog.host, "CN")
    _choose(dialog.host_place, "last")
    assert _shown(dialog) == ["Thailand", "Viet Nam", "China"]
    _choose(dialog.host_place, "chair")
    assert _shown(dialog) == ["China", "Thailand", "Viet Nam"]
    assert dialog.order.item(0).text().endswith("(at the chair)")
    _choose(dialog.host_place, "first")
    assert _shown(dialog) == ["China", "Thailand", "Viet Nam"]
    assert not dialog.order.item(0).text().endswith("(at the chair)")

    _press(qtbot, dialog, OK)

    assert not dialog.isVisible()
    assert _tab_order(with_china) == ["China", "Thailand", "Viet Nam"]
    assert _file_order(event_path) == ("asean", ["China", "Thailand", "Viet Nam"])


def test_a_move_up_makes_the_order_hand_made_and_ok_keeps_it(
    qtbot: QtBot, with_china: MainWindow, event_path: Path
) -> None:
    dialog = _open(with_china)
    _choose(dialog.host, "CN")
    _choose(dialog.host_place, "last")
    assert _shown(dialog) == ["Thailand", "Viet Nam", "China"]
    dialog.order.setCurrentRow(2)
    dialog.order.setFocus()
    qtbot.keyClick(dialog.order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _shown(dialog) == ["Thailand", "China", "Viet Nam"]
    assert dialog.rule.currentData() == "manual"
    assert not dialog.host.isEnabled()  # the host's place no longer decides
    dialog.move_up_button.click()  # China is still selected
    assert _shown(dialog) == ["China", "Thailand", "Viet Nam"]

    _press(qtbot, dialog, OK)

    assert _tab_order(with_china) == ["China", "Thailand", "Viet Nam"]
    assert _file_order(event_path) == ("manual", ["China", "Thailand", "Viet Nam"])


def test_cancel_changes_nothing(qtbot: QtBot, with_china: MainWindow, event_path: Path) -> None:
    with with_china.event_file.read() as connection:
        ranks_before = protocol.list_ranks(session=connection)
    order_before = _file_order(event_path)
    dialog = _open(with_china)
    _choose(dialog.host, "CN")
    _choose(dialog.host_place, "last")
    dialog.order.setCurrentRow(0)
    dialog.move_down_button.click()
    assert _shown(dialog) == ["Viet Nam", "Thailand", "China"]
    dialog.tabs.setCurrentIndex(1)
    dialog.ranks.item(0, 0).setText("Prime Minister")
    dialog.ranks.setCurrentCell(1, 0)
    dialog.remove_rank_button.click()
    assert _shown(dialog) != order_before[1]

    _press(qtbot, dialog, CANCEL)

    assert _file_order(event_path) == order_before
    assert _tab_order(with_china) == order_before[1]
    with with_china.event_file.read() as connection:
        assert protocol.list_ranks(session=connection) == ranks_before


def test_the_rank_list_is_edited_and_a_rank_in_use_removed_with_a_sentence(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    with window.event_file.read() as connection:
        minister = protocol.list_ranks(session=connection)[0]
    protocol.set_delegate_rank(window.event_file, 1, "Minister")
    dialog = _open(window)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.ranks.item(0, 0).text() == minister.name
    dialog.ranks.setCurrentCell(0, 0)
    dialog.remove_rank_button.click()
    assert dialog.message.text() == (
        "Delegates with the rank “Minister” (1) will have no rank after OK."
    )
    dialog.add_rank_button.click()
    row = dialog.ranks.rowCount() - 1
    dialog.ranks.item(row, 0).setText("Rector")
    dialog.ranks.item(row, 1).setText("校长")
    dialog.ranks.setCurrentCell(row, 0)
    dialog.ranks.setFocus()
    qtbot.keyClick(dialog.ranks, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    _press(qtbot, dialog, OK)

    with window.event_file.read() as connection:
        names = [(r.name, r.name_zh) for r in protocol.list_ranks(session=connection)]
        holder = connection.execute("SELECT rank_id FROM delegate WHERE id = 1").fetchone()
    assert "Minister" not in [name for name, _zh in names]
    assert names[-2] == ("Rector", "校长")
    assert holder == (None,)


def test_an_empty_rank_name_is_one_sentence_and_the_dialog_stays(
    qtbot: QtBot, window: MainWindow, event_path: Path
) -> None:
    before = _file_order(event_path)
    dialog = _open(window)
    dialog.tabs.setCurrentIndex(1)
    dialog.add_rank_button.click()
    _press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert "every rank needs a name in English" in dialog.message.text()
    assert _file_order(event_path) == before


def test_a_rank_chosen_in_the_delegate_form_is_saved_and_moves_the_member(
    qtbot: QtBot, window: MainWindow, read_file: ReadFile
) -> None:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    viet_nam = next(row.id for row in tab.delegation_model.rows() if row.name == "Viet Nam")
    delegations.create_delegate(
        window.event_file,
        delegations.DelegateCreate(delegation_id=viet_nam, given_name="Anh", family_name="Bùi"),
    )
    window.data_changed.emit(DELEGATIONS)
    tab.select_delegation(viet_nam)

    def members() -> list[str]:
        proxy = tab.delegate_proxy
        return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]

    assert members() == ["Nguyễn Văn Đức", "Anh Bùi", "Trần Thị Hương"]  # head, then by name
    huong = next(row.id for row in tab.delegate_model.rows() if row.name == "Trần Thị Hương")
    dialog = tab.open_delegate_dialog(huong)
    assert isinstance(dialog, DelegateDialog)
    assert dialog.rank.currentText() == "(none)"
    _choose(dialog.rank, next(dialog.rank.itemData(i) for i in range(dialog.rank.count())
                              if dialog.rank.itemText(i) == "Vice-Minister"))  # fmt: skip
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: members() == ["Nguyễn Văn Đức", "Trần Thị Hương", "Anh Bùi"])
    rank = read_file(
        lambda session: protocol.sql_connection(session)
        .execute("SELECT k.name FROM delegate d JOIN rank k ON k.id = d.rank_id WHERE d.id = ?",
                 (huong,)).fetchone()
    )  # fmt: skip
    assert rank == ("Vice-Minister",)
    again = tab.open_delegate_dialog(huong)
    assert again.rank.currentText() == "Vice-Minister"
    again.reject()


def test_a_chinese_window_offers_the_ranks_in_chinese(window: MainWindow) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    dialog = tab.open_delegate_dialog(1)
    assert [dialog.rank.itemText(i) for i in range(1, 4)] == ["部长", "副部长", "国务秘书"]
    dialog.reject()


def test_each_alt_letter_reaches_one_thing_and_every_field_is_named(window: MainWindow) -> None:
    dialog = _open(window)
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert clashes(widget_texts(dialog)) == []
    for field in (dialog.rule, dialog.host, dialog.host_place, dialog.partners,
                  dialog.partner_place, dialog.order, dialog.ranks):  # fmt: skip
        assert field.accessibleName()
    dialog.reject()


def test_every_word_of_the_dialog_goes_through_a_translation(
    pseudo_window: MainWindow,  # noqa: F811  (the fixture imported above)
    pseudo: set[str],  # noqa: F811
) -> None:
    dialog = _open(pseudo_window)
    texts = []
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        texts += list(shown_texts(dialog))
    for combo in dialog.findChildren(QComboBox):
        texts += [("combo item", combo.itemText(i)) for i in range(combo.count())]
    assert untranslated(texts, pseudo) == []
    assert dialog.windowTitle() == "‹Order of precedence›"
    dialog.reject()
