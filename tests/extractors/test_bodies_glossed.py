"""Short names an article glosses in brackets after a body, used again later."""

from __future__ import annotations

from tests.conftest import facts_of, labels, posts_of


def test_a_short_name_glossed_inside_a_name_stands_for_it_before_the_province() -> None:
    facts = facts_of(
        "Ông Lê Quang Vinh, Giám đốc Kho bạc Nhà nước (KBNN) tỉnh Quảng Ngãi, chủ trì. "
        "Bà Hồ Thị Lan, Phó Giám đốc KBNN tỉnh Quảng Ngãi, báo cáo."
    )
    assert ("Hồ Thị Lan", "Phó Giám đốc Kho bạc Nhà nước tỉnh Quảng Ngãi") in posts_of(facts)


def test_a_short_name_glossed_after_a_body_names_it_later() -> None:
    facts = facts_of(
        "Liên đoàn Bóng chuyền Việt Nam (VFV) vừa công bố danh sách. Chủ tịch VFV Trần Đức Phấn cho biết đội sẽ tập trung."
    )
    assert ("Trần Đức Phấn", "Chủ tịch Liên đoàn Bóng chuyền Việt Nam") in posts_of(facts)
    assert "VFV" not in labels(facts, "org")


def test_a_short_name_glossed_for_two_bodies_or_a_numeral_is_no_gloss() -> None:
    facts = facts_of(
        "Trung tâm Dịch vụ việc làm (TTDV) tỉnh An Giang và Trung tâm Dịch vụ đấu giá (TTDV) phối hợp. "
        "Giám đốc TTDV Nguyễn Văn Nam cho biết."
    )
    assert not any(person == "Nguyễn Văn Nam" and post.startswith("Giám đốc Trung tâm") for person, post in posts_of(facts))
