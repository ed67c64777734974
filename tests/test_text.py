import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govgraph.text import fold, key, loose_key, modern_tone, normalize, search_key, slug


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Uỷ ban", "Ủy ban"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thuý", "thúy"),
        ("khoẻ", "khỏe"),
        ("hoàn thành", "hoàn thành"),  # a final consonant keeps the tone on the last vowel
        ("quý", "quý"),
        ("giữ", "giữ"),
        ("người", "người"),
        ("“Kỷ cương” – hiệu quả", '"Kỷ cương" - hiệu quả'),
    ],
)
def test_normalize_tone_and_punctuation(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_nfd_input_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Phạm Minh Chính, Ủy viên Bộ Chính trị")
    assert nfd != "Phạm Minh Chính, Ủy viên Bộ Chính trị"
    assert normalize(nfd) == "Phạm Minh Chính, Ủy viên Bộ Chính trị"


def test_zero_width_and_controls_removed() -> None:
    assert normalize("Bộ\u200b Nội\u00a0vụ\x07") == "Bộ Nội vụ "


def test_slug_and_fold() -> None:
    assert slug("Phạm Minh Chính") == "pham-minh-chinh"
    assert slug("Uỷ ban nhân dân TP.HCM") == slug("Ủy ban nhân dân TP.HCM") == "uy-ban-nhan-dan-tp-hcm"
    assert fold("Đặng Thị Ngọc Thịnh") == "Dang Thi Ngoc Thinh"
    assert key("  Bộ   NỘI vụ ") == "bộ nội vụ"


@given(st.text())
def test_normalize_is_idempotent_and_total(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.text(alphabet=st.characters(categories=["L", "M", "Zs"]), max_size=40))
def test_normalize_keeps_letters_count_of_words(text: str) -> None:
    # normalising never drops a word, and cuts one only where a small letter meets a capital
    before = unicodedata.normalize("NFC", text)
    cuts = sum(a.islower() and b.isupper() for a, b in pairwise(before))
    assert len(before.split()) <= len(normalize(text).split()) <= len(before.split()) + cuts


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("Phó Bí thư thường trựcĐảng ủy", "Phó Bí thư thường trực Đảng ủy"),
        ("Ban Thường vụThị ủy", "Ban Thường vụ Thị ủy"),
        ("ông Trần ThếNam", "ông Trần Thế Nam"),
        ("ĐàNẵng", "Đà Nẵng"),
        # a small word glued to the name before it
        ("ông Hà Văn Khuđược bầu", "ông Hà Văn Khu được bầu"),
        ("Thủ tướng Tom Olsenở Oslo", "Thủ tướng Tom Olsen ở Oslo"),
        # one syllable, or a foreign name, that merely ends like a small word
        ("Thuở nhỏ", "Thuở nhỏ"),
        ("Sancho", "Sancho"),
        # brands written in plain letters, and single letters, stay whole
        ("VietBank và LienVietPostBank", "VietBank và LienVietPostBank"),
        ("iPhone", "iPhone"),
        ("mARN", "mARN"),
        # a dash glued to the capitalised word after it; a minus sign and a small word keep theirs
        ("Chủ tịch Hội đồng trường -Ủy viên Ban Thường vụ", "Chủ tịch Hội đồng trường - Ủy viên Ban Thường vụ"),
        ("nhiệt độ -5 độ C", "nhiệt độ -5 độ C"),
        ("tiền tố -ing", "tiền tố -ing"),
    ],
)
def test_normalize_puts_back_a_lost_space(glued: str, expected: str) -> None:
    assert normalize(glued) == expected


@given(st.text())
def test_slug_is_ascii_iri_safe(text: str) -> None:
    value = slug(text)
    assert value and value.isascii() and all(c.isalnum() or c == "-" for c in value)


@pytest.mark.parametrize(
    "spelling",
    [
        "Nguyễn Hòa Bình",
        "Nguyễn Hoà Bình",
        "NGUYỄN HÒA BÌNH",
        "nguyen hoa binh",
        " Nguyen  Hoa\tBinh ",
        unicodedata.normalize("NFD", "Nguyễn Hòa Bình"),
    ],
)
def test_search_key_forgives_diacritics_case_tone_and_spacing(spelling: str) -> None:
    assert search_key(spelling) == "nguyen hoa binh"


def test_search_key_folds_d_bar() -> None:
    assert search_key("Đinh Tiến Dũng") == search_key("dinh tien dung")


def test_loose_key_ignores_how_the_parts_of_a_name_are_joined() -> None:
    assert loose_key("Văn hóa - Thể thao & Du lịch") == loose_key("văn hóa, thể thao và du lịch")
    assert loose_key("Lao động - Thương binh và Xã hội") == loose_key("Lao động, Thương binh và Xã hội")
    assert loose_key("COVID-19") != loose_key("COVID 19")  # a dash inside a word stays


@pytest.mark.parametrize(
    ("traditional", "modern"),
    [
        ("văn hóa", "văn hoá"),
        ("Hòa bình", "Hoà bình"),
        ("thủy lợi", "thuỷ lợi"),
        ("khỏe", "khoẻ"),
        ("quý", "quý"),
        ("hoàn", "hoàn"),
    ],
)
def test_modern_tone_moves_the_tone_of_a_closing_pair(traditional: str, modern: str) -> None:
    assert modern_tone(traditional) == modern
    assert normalize(modern) == traditional
