import pytest

from delegations.domain.models import NameOrder
from delegations.domain.names import clean, fold, full_name


@pytest.mark.parametrize(
    ("name", "query"),
    [("Nguyễn Văn Đức", "duc"), ("ĐẶNG Thị Hương", "dang thi huong"), ("José Ramos-Horta", "jose")],
)
def test_fold_ignores_case_and_diacritics(name: str, query: str) -> None:
    assert fold(query) in fold(name)


def test_fold_keeps_the_vowel_signs_of_complex_scripts() -> None:
    # Dropping these marks would make different Thai and Khmer names look alike.
    assert fold("สมชาย") == "สมชาย"
    assert fold("សុខា") == "សុខា"
    assert fold("มี") != fold("ม")


def test_clean_trims_and_normalises() -> None:
    assert clean("  Nguye\u0302\u0303n \t Văn  ") == "Nguyễn Văn"


def test_full_name_follows_the_persons_order() -> None:
    assert full_name("Zhicheng", "Li", NameOrder.FAMILY_FIRST) == "Li Zhicheng"
    assert full_name("Somchai", "Jaidee", NameOrder.GIVEN_FIRST) == "Somchai Jaidee"
    assert full_name("Aung", "", NameOrder.GIVEN_FIRST) == "Aung"
