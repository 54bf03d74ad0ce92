"""The initials a check-in card shows where there is no photo: the person's, never a title's."""

from __future__ import annotations

import pytest

from delegations.domain.names import initials, without_titles


@pytest.mark.parametrize(
    ("name", "native", "expected"),
    [
        # Titles before the name are not initials.
        ("H.E. Oum Romany", "", "OR"),
        ("HE Oum Romany", "", "OR"),
        ("H.E. Dr Oum Romany", "", "OR"),
        ("Prof. Dr. Somchai Jaidee", "", "SJ"),
        ("Assoc. Prof. Siriporn Wongsuwan", "", "SW"),
        ("Dato' Sri Mohd Amin", "", "MA"),
        ("Tan Sri Abdul Rahman", "", "AR"),
        ("Yang Berhormat Nurul Huda", "", "NH"),
        ("Hon. Kim Lee", "", "KL"),
        ("Pehin Datu Seri Ahmad Yusof", "", "AY"),
        ("Khun Somchai Jaidee", "", "SJ"),
        ("Bapak Joko Widodo", "", "JW"),
        ("Ông Nguyễn Văn Đức", "", "NĐ"),
        ("U Kyaw Win", "", "KW"),
        ("Daw Aung San Suu Kyi", "", "AK"),
        # Names that look like titles but are names.
        ("He Jiankun", "", "HJ"),
        ("Tan Wei Ming", "", "TM"),
        ("Yang Li", "", "YL"),
        ("U Thant", "", "T"),  # the last word always stays
        ("Sri Mulyani Indrawati", "", "SI"),
        # Patronymic links are not initials; diacritics are kept.
        ("Farah binti Ahmad", "", "FA"),
        ("Kumar a/l Ramasamy", "", "KR"),
        ("Dr đặng thị hương", "", "ĐH"),
        ("Somchai", "", "S"),
        ("", "", ""),
    ],
)
def test_latin_names_give_the_first_and_last_words_initials(
    name: str, native: str, expected: str
) -> None:
    assert initials(name, native) == expected


@pytest.mark.parametrize(
    ("name", "native", "expected"),
    [
        ("Bai Zhen", "白真", "白"),  # the family name character
        ("H.E. Wang Yi", "王毅", "王"),
        ("Ouyang Xiu", "欧阳修", "欧阳"),  # a two-character family name
        ("Sima Guang", "司馬光", "司馬"),
        ("Nguyễn Văn Đức", "阮文德", "阮"),
        ("Tanaka Taro", "田中 太郎", "田中"),  # Japanese, written with a space
        ("Kim Min-jun", "김민준", "김"),  # Korean
        ("Namgung Min", "남궁민", "남궁"),
    ],
)
def test_chinese_japanese_and_korean_names_give_the_family_name(
    name: str, native: str, expected: str
) -> None:
    assert initials(name, native) == expected


@pytest.mark.parametrize(
    ("native", "expected"),
    [
        ("สมชาย ใจดี", "สจ"),  # Thai: ใ is a vowel written first, จ is the initial
        ("ເພັດ ໄຊຍະວົງ", "ພຊ"),  # Lao: the same for ເ and ໄ
        ("អ៊ុំ រ៉ូម៉ានី", "អរ"),  # Khmer
        ("ကျော် ဝင်း", "ကဝ"),  # Myanmar
    ],
)
def test_with_no_latin_name_the_native_scripts_first_letters(native: str, expected: str) -> None:
    assert initials("", native) == expected


def test_a_latin_name_wins_over_a_native_name_in_a_script_of_letters() -> None:
    assert initials("Somchai Jaidee", "สมชาย ใจดี") == "SJ"


def test_titles_are_taken_off_the_front_only() -> None:
    assert without_titles("H.E. Dr Oum Romany") == ["Oum", "Romany"]
    assert without_titles("Romany Dr") == ["Romany", "Dr"]
