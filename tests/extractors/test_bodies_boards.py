"""Company boards named by the company's brand ("HĐQT Sacombank"), after the abbreviation of
the board ("Hội đồng quản trị (HĐQT) Tập đoàn X"), and written alone ("HĐQT", "HĐQT tập đoàn")."""

from __future__ import annotations

from tests.conftest import facts_of, labels, posts_of


def org_aliases(text: str) -> dict[str, set[str]]:
    facts = facts_of(text)
    return {e.label: e.aliases for e in facts.entities.values() if e.kind == "org" and e.mentions}


def test_board_of_a_brand_and_the_brand_inside_it() -> None:
    aliases = org_aliases("Ông Lê Văn Tâm, Chủ tịch HĐQT Minh Long, trả lời cổ đông. Minh Long đặt kế hoạch lãi.")
    assert "Hội đồng quản trị Minh Long" in aliases
    assert "Minh Long" in aliases


def test_brand_named_once_is_not_read() -> None:
    """A word glued to the next one ("NamBankthay") appears once; brands are named again."""
    assert org_aliases("Ông A làm Chủ tịch HĐQT NamBankthay cho ông B.") == {}


def test_person_after_the_board_is_no_brand() -> None:
    assert org_aliases("Chủ tịch HĐQT Nguyễn Văn Bình phát biểu. Nguyễn Văn Bình cảm ơn.") == {}


def test_board_named_after_its_abbreviation_in_brackets() -> None:
    aliases = org_aliases("Hội đồng quản trị (HĐQT) Tập đoàn Sông Hồng vừa ban hành nghị quyết.")
    assert "Hội đồng quản trị Tập đoàn Sông Hồng" in aliases
    assert "Tập đoàn Sông Hồng" in aliases


def test_bare_board_is_the_board_the_article_names_most() -> None:
    text = "HĐQT Sông Hồng họp bất thường. Ông A, thành viên HĐQT Sông Hồng, từ nhiệm. Sau đó, HĐQT bầu ông B làm Chủ tịch HĐQT."
    aliases = org_aliases(text)
    assert "HĐQT" in aliases["Hội đồng quản trị Sông Hồng"]


def test_bare_board_with_a_board_named_once_is_left_out() -> None:
    text = "Bà C là thành viên HĐQT Sông Hồng. Ông D, Chủ tịch HĐQT, nói về cổ tức."
    aliases = org_aliases(text)
    assert "HĐQT" not in aliases.get("Hội đồng quản trị Sông Hồng", set())


def test_board_with_the_common_noun_of_its_group() -> None:
    text = "Tập đoàn Sông Hồng công bố nhân sự. Tập đoàn Sông Hồng cho biết ông A làm Phó Chủ tịch HĐQT tập đoàn."
    aliases = org_aliases(text)
    assert "HĐQT tập đoàn" in aliases["Hội đồng quản trị Tập đoàn Sông Hồng"]


def test_board_with_a_group_named_in_lower_case_is_not_the_other_group() -> None:
    text = "Tập đoàn Sông Hồng công bố. Tập đoàn Sông Hồng họp. Chủ tịch HĐQT tập đoàn Biển Đông phát biểu."
    aliases = org_aliases(text)
    assert not any("HĐQT tập đoàn" in a for a in aliases.values())


def test_bare_board_mention_ends_with_the_board_word() -> None:
    facts = facts_of("HĐQT Sông Hồng họp. HĐQT Sông Hồng bầu ông A. Tại phiên họp, HĐQT trình cổ đông 14 tờ trình.")
    spans = {m.text for e in facts.entities.values() if e.kind == "org" for m in e.mentions}
    assert "HĐQT" in spans
    assert not any(s.startswith("HĐQT t") for s in spans)


def test_a_board_member_holds_a_post_in_the_board() -> None:
    posts = posts_of(facts_of("Ông Trịnh Quốc Bảo, Thành viên HĐQT Công ty Cổ phần Thép Sao Mai, cho biết kế hoạch năm."))
    assert ("Trịnh Quốc Bảo", "Thành viên Hội đồng quản trị Công ty Cổ phần Thép Sao Mai") in posts


def test_member_is_no_title_without_a_body_after_it() -> None:
    assert posts_of(facts_of("Thành viên đoàn gồm ông Lê Văn Nam và bà Mai Thu Trang.")) == set()


def test_a_company_named_with_its_legal_form_in_small_letters() -> None:
    aliases = org_aliases("Công ty cổ phần Đông Hải vừa báo lãi. Tổng công ty trách nhiệm hữu hạn Sông Lam cũng vậy.")
    assert {"Công ty cổ phần Đông Hải", "Tổng công ty trách nhiệm hữu hạn Sông Lam"} <= set(aliases)
    assert org_aliases("Công ty cổ phần hóa sau năm 2020.") == {}


def test_a_bare_board_is_that_of_the_one_company_the_headline_names() -> None:
    facts = facts_of(
        "Ông Lý Văn Hòa phát biểu tại đại hội cổ đông. Ông Lý Văn Hòa - Chủ tịch HĐQT cho biết lợi nhuận quý I tăng.",
        title="Tập đoàn Sông Lam đặt mục tiêu lãi 500 tỷ đồng",
    )
    assert ("Lý Văn Hòa", "Chủ tịch Hội đồng quản trị Tập đoàn Sông Lam") in posts_of(facts)
    assert "Hội đồng quản trị Tập đoàn Sông Lam" in labels(facts, "org")


def test_a_bare_board_before_a_title_that_names_a_company_is_not_the_headline_s() -> None:
    facts = facts_of(
        "Ông Vi Đức Cảnh từng là Chủ tịch HĐTV kiêm Giám đốc Công ty TNHH Dược phẩm Bình An.",
        title="Ngân hàng TMCP Sông Lam có tân Tổng Giám đốc",
    )
    assert "Hội đồng thành viên Ngân hàng TMCP Sông Lam" not in labels(facts, "org")


def test_a_director_heads_the_company_a_brand_named_twice_gives() -> None:
    facts = facts_of(
        "Ông Trần Quang Minh, Giám đốc Zalora Việt Nam, cho biết Zalora sẽ mở thêm kho hàng. "
        "Theo bà Đỗ Thu Hà, Phó Giám đốc của Savills Hotels Việt Nam, công suất phòng đang tăng."
    )
    posts = posts_of(facts)
    assert ("Trần Quang Minh", "Giám đốc Zalora Việt Nam") in posts
    assert any(person == "Đỗ Thu Hà" and post.startswith("Phó Giám đốc Savills Hotels") for person, post in posts)
    assert "Hotels" not in labels(facts, "person")


def test_a_director_of_a_function_heads_it_in_the_company_named_after() -> None:
    facts = facts_of(
        "Ông Park Min Jun - Giám đốc Tài chính của Hyosung cho biết Hyosung sẽ tăng vốn. "
        "Bà Vũ Thị Lan, Giám đốc Nhân sự Tập đoàn Masan, chia sẻ."
    )
    posts = posts_of(facts)
    assert ("Park Min Jun", "Giám đốc Tài chính Hyosung") in posts
    assert ("Vũ Thị Lan", "Giám đốc Nhân sự Tập đoàn Masan") in posts
