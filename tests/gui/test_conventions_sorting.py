"""Names in the tables sort in the dictionary order of the window's language (QCollator).

The expected orders are not computed with a collator (that would test ICU against itself); they
are written out by hand from the published rules of each language's dictionaries:

- Thai: the Royal Institute Dictionary (พจนานุกรม ฉบับราชบัณฑิตยสถาน พ.ศ. 2554, "คำชี้แจง:
  การเรียงลำดับคำ") files a word under its first consonant in alphabet order ก ข ฃ ค … ฮ; the
  vowels written before the consonant (เ แ โ ใ ไ) do not count for that; under one consonant,
  a word with no vowel sign comes first, then the vowels in the order ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ.
  So เพ็ญศรี and ไพโรจน์ sit under พ (code-point order puts them after every other name),
  and สมชาย (ส, no vowel) comes before สุดา (ส + ุ).
- Vietnamese: the 29-letter alphabet of the Ministry of Education and Training (a ă â b c d
  đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), which every Vietnamese dictionary follows
  (e.g. Hoàng Phê, Từ điển tiếng Việt): Đ after D, Â after Ă after A, Ư after U, Ơ after Ô
  after O. Code-point order puts Đặng and Ưng after Vũ.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from delegations.domain.models import NameOrder
from delegations.services import delegations, event
from delegations.store import EventFile
from delegations.ui.collation import sorted_names
from delegations.ui.main_window import MainWindow
from delegations.ui.models import Column, RowTableModel

THAI_NATIVE_NAMES = [
    "ชัยวัฒน์ ทองดี",
    "บุญมี ศรีสุข",
    "ประเสริฐ วงศ์ใหญ่",
    "เพ็ญศรี แก้วมณี",
    "ไพโรจน์ สุขใจ",
    "วิไล รัตนพันธ์",
    "สมชาย ใจดี",
    "สมศักดิ์ มีสุข",
    "สุดา พรหมมา",
]

VIETNAMESE_FAMILY_NAMES = [
    "Anh",
    "Âu",
    "Bùi",
    "Dương",
    "Đặng",
    "Đỗ",
    "Hồ",
    "Lê",
    "Ngô",
    "Nguyễn",
    "Ông",
    "Phạm",
    "Trần",
    "Uông",
    "Ưng",
    "Vũ",
]


@pytest.fixture
def ui_language() -> Iterator[None]:
    """Restore the window's default locale after a test that sets it."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _add_people(event_file: EventFile) -> None:
    """The Thai names as native script, the Vietnamese as family names, in shuffled order."""
    thai = list(THAI_NATIVE_NAMES)
    vietnamese = list(VIETNAMESE_FAMILY_NAMES)
    random.Random(14).shuffle(thai)
    random.Random(15).shuffle(vietnamese)
    with event_file.session() as session:
        role = event.role_by_code(session=session, code="delegate").id
        home = delegations.add_delegation(
            session, delegations.DelegationCreate(name="Sorting", country="TH", protocol_order=3)
        )
        for number, native in enumerate(thai):
            delegations.add_delegate(session, delegations.DelegateCreate(
                delegation_id=home.id, role_id=role, given_name=f"T{number}",
                family_name="Thai", native_name=native,
            ))  # fmt: skip
        for family in vietnamese:
            delegations.add_delegate(session, delegations.DelegateCreate(
                delegation_id=home.id, role_id=role, given_name="Văn", family_name=family,
                name_order=NameOrder.FAMILY_FIRST,
            ))  # fmt: skip


def _column_texts(window: MainWindow, title: str, delegation: str = "Sorting") -> list[str]:
    """Click the column's header (ascending) and read the column top to bottom."""
    tab = window.show_tab("delegations")
    tab.select_delegation(next(d.id for d in tab._delegations if d.name == delegation))
    view = tab.delegate_view
    model = view.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_thai_names_sort_in_the_royal_institute_dictionary_order(
    qtbot: QtBot, window: MainWindow, ui_language: None
) -> None:
    _add_people(window.event_file)
    QLocale.setDefault(QLocale("th_TH"))
    window.data_changed.emit("delegates")
    shown = [text for text in _column_texts(window, "Native script") if text]
    assert shown == THAI_NATIVE_NAMES
    assert shown != sorted(THAI_NATIVE_NAMES)  # code points would put เ and ไ last


def test_vietnamese_names_sort_in_the_alphabet_order_of_the_dictionaries(
    qtbot: QtBot, window: MainWindow, ui_language: None
) -> None:
    _add_people(window.event_file)
    QLocale.setDefault(QLocale("vi_VN"))
    window.data_changed.emit("delegates")
    family_names = [
        name.removesuffix(" Văn").strip()
        for name in _column_texts(window, "Name")
        if name.endswith(" Văn")
    ]
    assert family_names == VIETNAMESE_FAMILY_NAMES
    assert family_names != sorted(VIETNAMESE_FAMILY_NAMES)


def test_numbers_in_names_sort_by_value_and_case_does_not_split_the_list(
    ui_language: None,
) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    rooms = ["Room 10", "room 3", "Room 2", "Annex"]
    assert sorted_names(rooms) == ["Annex", "Room 2", "room 3", "Room 10"]


def test_a_table_sorts_both_ways_and_follows_a_language_switch(ui_language: None) -> None:
    model: RowTableModel[str] = RowTableModel(
        [Column("Name", lambda name: name)], search_key=lambda name: name
    )
    model.set_rows(["Ưng", "Vũ", "Uông", "Anh", "anh"])

    def shown() -> list[str]:
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    QLocale.setDefault(QLocale("vi_VN"))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown() == ["Anh", "anh", "Uông", "Ưng", "Vũ"]  # "Anh"/"anh" tie: kept in order
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Vũ", "Ưng", "Uông", "Anh", "anh"]
    QLocale.setDefault(QLocale("en_GB"))  # English sorts Ư with U (a U with a hook)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown() == ["Anh", "anh", "Ưng", "Uông", "Vũ"]
