"""Organs of a school written with the bare word "trường" ("Hội đồng trường", "Công đoàn
Trường"), and the Party committee over a school's unit."""

from __future__ import annotations

import pytest

from govgraph.document import Article, make_document
from govgraph.extractors import run
from tests.conftest import facts_of, labels


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Trường Đại học Tây Nguyên công bố nhân sự mới. Hội đồng trường đã bầu ông Y Nam làm Hiệu trưởng.",
            "Hội đồng trường Đại học Tây Nguyên",
        ),
        (
            "Trường THPT Chu Văn An tổ chức hội trại. Ông Lê Văn Tư, Chủ tịch Công đoàn Trường phát biểu.",
            "Công đoàn trường THPT Chu Văn An",
        ),
    ],
)
def test_an_organ_with_the_bare_word_truong_is_the_one_school_s(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


def test_an_organ_with_the_bare_word_truong_names_no_school_where_none_or_several_are_named() -> None:
    orgs = labels(facts_of("Luật quy định Hội đồng trường có quyền quyết định nhân sự của trường."), "org")
    assert not any(name.startswith("Hội đồng trường") for name in orgs)
    orgs = labels(facts_of("Trường Đại học Vinh và Trường Đại học Huế ký hợp tác. Hội đồng trường đã họp."), "org")
    assert not any(name.startswith("Hội đồng trường") for name in orgs)


def test_a_party_committee_member_over_a_school_s_unit_sits_on_the_school_s_committee() -> None:
    text = "Trường Đại học Vinh công bố hội đồng: ThS. Lê Thị Năm, Đảng ủy viên, Trưởng phòng Tài chính - Kế toán."
    roles = [m for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert [r.value["body"].name for r in roles] == ["Đảng ủy Trường Đại học Vinh", "Phòng Tài chính - Kế toán"]
