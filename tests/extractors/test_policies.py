import pytest

from tests.conftest import facts_of


def policies(text: str) -> dict[str, dict]:
    facts = facts_of(text)
    out = {}
    for key, entity in facts.entities.items():
        if entity.kind == "policy":
            issuer = next((facts.entities[o].label for s, r, o in facts.links if s == key and r == "issuer"), None)
            out[entity.label] = {**entity.data, "issuer": issuer}
    return out


@pytest.mark.parametrize(
    ("text", "label", "kind", "number", "issuer"),
    [
        (
            "Thực hiện Nghị quyết số 39-NQ/TW về nhân sự.",
            "Nghị quyết 39-NQ/TW",
            "Nghị quyết",
            "39-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
        ),
        ("Theo 123/2021/NĐ-CP, các bộ phải báo cáo.", "Nghị định 123/2021/NĐ-CP", "Nghị định", "123/2021/NĐ-CP", "Chính phủ"),
        ("Thủ tướng ký Quyết định số 312/QĐ-TTg.", "Quyết định 312/QĐ-TTg", "Quyết định", "312/QĐ-TTg", "Chính phủ"),
        ("Bộ trưởng trao Quyết định 314 cho ông A.", "Quyết định số 314", "Quyết định", "314", None),
        ("Luật số 39/2005/QH11 hết hiệu lực.", "Luật 39/2005/QH11", "Luật", "39/2005/QH11", "Quốc hội"),
        ("Kết luận số 71-KL/TW của Bộ Chính trị nêu rõ.", "Kết luận 71-KL/TW", "Kết luận", "71-KL/TW", "Bộ Chính trị"),
    ],
)
def test_numbered_documents(text: str, label: str, kind: str, number: str, issuer: str | None) -> None:
    found = policies(text)
    assert label in found
    assert (found[label]["type"], found[label]["number"], found[label]["issuer"]) == (kind, number, issuer)


def test_lists_of_numbers() -> None:
    assert {"Nghị quyết số 18", "Nghị quyết số 19"} <= set(policies("Triển khai các Nghị quyết số 18, 19 của Trung ương."))


def test_issuer_and_date_from_the_text() -> None:
    found = policies("Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai.")
    entry = found["Nghị quyết 18-NQ/TW"]
    assert entry["date"] == "2022-06-16"
    assert entry["subject"] == "đất đai"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quốc hội thông qua Luật Quốc phòng (sửa đổi) với đa số phiếu.", "Luật Quốc phòng (sửa đổi)"),
        ("Toàn ngành quán triệt Nghị quyết Đại hội XIII của Đảng.", "Nghị quyết Đại hội XIII"),
        ("Bộ Nội vụ triển khai Chương trình tổng thể cải cách hành chính.", "Chương trình tổng thể cải cách hành chính"),
        ("Tòa án áp dụng Bộ luật Hình sự năm 2015.", "Bộ luật Hình sự năm 2015"),
    ],
)
def test_named_instruments(text: str, name: str) -> None:
    assert name in policies(text)


def test_a_long_name_is_never_cut_inside_a_word() -> None:
    found = policies("UBND huyện lập Đề án đầu tư xây dựng nâng cấp hệ thống đê biển nam đối với vùng bãi ngang.")
    assert list(found) == ["Đề án đầu tư xây dựng nâng cấp hệ thống đê biển nam"]


def test_same_document_cited_twice_is_one_node() -> None:
    found = policies("Nghị quyết số 57-NQ/TW là đột phá. Nghị quyết 57 được triển khai rộng rãi.")
    assert list(found) == ["Nghị quyết 57-NQ/TW"]


def test_generic_mentions_are_not_policies() -> None:
    assert policies("Các nghị quyết, quyết định của Chính phủ được ban hành kịp thời.") == {}


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("Thủ tướng ký Công điện số 1 về ứng phó bão.", "Công điện số 1", "Công điện"),
        ("Thực hiện Nghị quyết 57 về khoa học.", "Nghị quyết số 57", "Nghị quyết"),
        ("Luật Quốc phòng số 39/2005/QH11 hết hiệu lực.", "Luật 39/2005/QH11", "Luật"),
    ],
)
def test_more_ways_to_cite(text: str, label: str, kind: str) -> None:
    found = policies(text)
    assert label in found and found[label]["type"] == kind


def test_a_document_described_as_it_is_issued() -> None:
    found = policies("Chính phủ vừa ban hành nghị định quy định số lượng Phó Chủ tịch UBND các cấp.")
    assert "Nghị định quy định số lượng Phó Chủ tịch UBND" in found


def test_a_kind_added_to_the_named_kinds_is_found(reference_words) -> None:
    text = "Bộ Nội vụ ban hành Quy chế làm việc mới của Bộ Nội vụ."
    assert "Quy chế làm việc mới" not in policies(text)
    reference_words("documents", "named_types", "Quy chế")
    assert "Quy chế làm việc mới" in policies(text)


def test_a_word_added_to_the_name_stops_ends_a_name(reference_words) -> None:
    text = "Bộ Nội vụ triển khai Chương trình tổng thể cải cách hành chính."
    reference_words("documents", "name_stops", "hành")
    assert "Chương trình tổng thể cải cách" in policies(text)


def test_a_code_letter_added_to_the_data_is_read_in_numbers(reference_words) -> None:
    text = "Thực hiện Nghị quyết số 12/NQ-CƯ về nhân sự."
    assert "Nghị quyết 12/NQ-CƯ" not in policies(text)
    reference_words("documents", "code_letters", "Ư")
    assert "Nghị quyết 12/NQ-CƯ" in policies(text)
