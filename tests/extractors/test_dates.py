from datetime import date

import pytest

from tests.conftest import make_doc

PUBLISHED = date(2024, 10, 26)


def dates_of(text: str, published: date | None = PUBLISHED) -> list[str]:
    return [m.value["date"] for m in make_doc(text, published=published).of("DATE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 12/01/2022, hội nghị diễn ra.", "2022-01-12"),
        ("Sáng 30/12, hội nghị khai mạc.", "2023-12-30"),  # two months after publication: last year
        ("Sáng 16/11, hội nghị sẽ khai mạc.", "2024-11-16"),  # soon after publication: this year
        ("Ngày 25.10, Bộ Nội vụ họp.", "2024-10-25"),
        ("Chiều 5-4, đoàn đến.", "2024-04-05"),
        ("Ngày 12 tháng 1 năm 2022, lễ ký diễn ra.", "2022-01-12"),
        ("Sáng nay, hội nghị khai mạc.", "2024-10-26"),
        ("Chiều hôm qua, đoàn đến.", "2024-10-25"),
        ("Sáng thứ Hai, đoàn đến.", "2024-10-21"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert dates_of(text) == [expected]


def test_range_has_an_end() -> None:
    doc = make_doc("Hội nghị diễn ra từ 6-8/5/2019 tại Hà Nội.", published=PUBLISHED)
    (mention,) = doc.of("DATE")
    assert (mention.value["date"], mention.value["until"]) == ("2019-05-06", "2019-05-08")


def test_relative_dates_need_a_publication_date() -> None:
    assert dates_of("Sáng nay, hội nghị khai mạc.", published=None) == []


def test_document_numbers_are_not_dates() -> None:
    assert dates_of("Theo Nghị định số 123/2021/NĐ-CP và Quyết định 1460/2021/QĐ-TTg.") == []


def test_a_part_of_the_day_added_to_the_data_opens_a_date(reference_words) -> None:
    text = "Khuya 30/9, đoàn đến."
    assert dates_of(text) == []
    reference_words("dates", "parts_of_day", "khuya")
    assert dates_of(text) == ["2024-09-30"]
