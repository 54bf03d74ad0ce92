import pytest

from delegations.domain.models import NameOrder
from delegations.domain.names import clean, fold, full_name, usual_name_order


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


# Name order when a registration list does not say ------------------------------------------


@pytest.mark.parametrize(
    ("country", "native", "given", "family", "printed"),
    [
        # Deputy Director of the Guizhou Provincial Department of Education.
        ("CN", "", "Zhen", "Bai", "Bai Zhen"),
        # Secretary of State, Cambodia's Ministry of Education, Youth and Sport.
        ("KH", "", "Romany", "Oum", "Oum Romany"),
        ("VN", "Nguyễn Thị Phương", "Thị Phương", "Nguyễn", "Nguyễn Thị Phương"),
        ("TH", "สมชาย ศรีสุข", "Somchai", "Srisuk", "Somchai Srisuk"),
        ("LA", "ສົມພອນ ພົມມະວົງ", "Somphone", "Phommavong", "Somphone Phommavong"),
        ("MY", "", "Farah binti Ahmad", "", "Farah binti Ahmad"),
        ("MY", "", "Farah", "binti Ahmad", "Farah binti Ahmad"),
        ("MM", "အောင်ကျော်", "Aung Kyaw", "", "Aung Kyaw"),
        ("PH", "", "Maria", "Santos", "Maria Santos"),
        ("JP", "山田花子", "Hanako", "Yamada", "Yamada Hanako"),
        ("KR", "김민준", "Min-jun", "Kim", "Kim Min-jun"),
        ("HU", "", "Katalin", "Novák", "Novák Katalin"),
        ("MN", "", "Elbegdorj", "Tsakhiagiin", "Tsakhiagiin Elbegdorj"),
        ("TW", "", "Ing-wen", "Tsai", "Tsai Ing-wen"),
        ("HK", "", "Tai Man", "Chan", "Chan Tai Man"),
        ("MO", "", "Hoi Sin", "Ho", "Ho Hoi Sin"),
        # Chinese Singaporeans and Malaysians keep the Chinese order; the Han name says so.
        ("SG", "李显龙", "Hsien Loong", "Lee", "Lee Hsien Loong"),
        ("SG", "", "Vivian", "Balakrishnan", "Vivian Balakrishnan"),
        # Codes in any case and with blanks, as spreadsheets hold them.
        (" vn ", "", "Văn Đức", "Trần", "Trần Văn Đức"),
    ],
)
def test_usual_name_order_follows_the_country(
    country: str, native: str, given: str, family: str, printed: str
) -> None:
    assert full_name(given, family, usual_name_order(country, native)) == printed


@pytest.mark.parametrize(
    ("native", "order"),
    [
        ("白真", NameOrder.FAMILY_FIRST),
        ("やまだ はなこ", NameOrder.FAMILY_FIRST),  # kana: a Japanese name
        ("김민준", NameOrder.FAMILY_FIRST),
        ("អ៊ុំ រ៉ូម៉ានី", NameOrder.FAMILY_FIRST),  # Oum Romany in Khmer
        ("Nguyễn Thị Phương", NameOrder.FAMILY_FIRST),  # letters only Vietnamese uses
        ("Nguye\u0302\u0303n Thi\u0323 Phu\u031bo\u031bng", NameOrder.FAMILY_FIRST),  # as NFD
        ("Цахиагийн Элбэгдорж", NameOrder.GIVEN_FIRST),  # Cyrillic is not only Mongolian
        ("สมชาย ศรีสุข", NameOrder.GIVEN_FIRST),
        ("ສົມພອນ ພົມມະວົງ", NameOrder.GIVEN_FIRST),
        ("အောင်ကျော်", NameOrder.GIVEN_FIRST),
        ("Farah binti Ahmad", NameOrder.GIVEN_FIRST),
        ("Novak Đoković", NameOrder.GIVEN_FIRST),  # đ alone is Serbian or Croatian too
        ("", NameOrder.GIVEN_FIRST),
    ],
)
def test_usual_name_order_without_a_country_reads_the_native_script(
    native: str, order: NameOrder
) -> None:
    assert usual_name_order(None, native) == order
    assert usual_name_order("", native) == order


def test_the_country_outweighs_the_script() -> None:
    # A Thai citizen of Chinese descent with a Chinese name writes the Thai way.
    assert usual_name_order("TH", "李明") == NameOrder.GIVEN_FIRST
    assert usual_name_order("CN", "Zhen Bai") == NameOrder.FAMILY_FIRST
