import unicodedata
from datetime import date

import pytest

from govgraph.document import Article, make_document
from govgraph.extractors import run
from govgraph.extractors.chunker import chunk_sentence
from govgraph.extractors.leaders import leaders
from tests.conftest import facts_of, labels, posts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title before the name, with the body
        ("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.", {("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao")}),
        # short form that implies the body
        ("Bộ trưởng Nội vụ Phạm Thị Thanh Trà phát biểu.", {("Phạm Thị Thanh Trà", "Bộ trưởng Bộ Nội vụ")}),
        # appositive chain after the name, honorific removed
        (
            "Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ dự hội nghị.",
            {("Phạm Minh Chính", "Ủy viên Bộ Chính trị"), ("Phạm Minh Chính", "Thủ tướng Chính phủ")},
        ),
        # apposition with a dash
        ("Ông Trần Văn Hiếu - Thứ trưởng Bộ Tài chính cho biết.", {("Trần Văn Hiếu", "Thứ trưởng Bộ Tài chính")}),
        # provincial body by abbreviation
        (
            "Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung phát biểu.",
            {("Nguyễn Đức Trung", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")},
        ),
        # bare title of the Prime Minister implies the Government
        ("Thủ tướng Phạm Minh Chính chủ trì.", {("Phạm Minh Chính", "Thủ tướng Chính phủ")}),
        # a post with no body
        ("Chủ tịch nước Lương Cường tiếp đoàn.", {("Lương Cường", "Chủ tịch nước")}),
        # a plural title before a list of names
        (
            "Dự họp có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Bùi Thanh Sơn.",
            {
                ("Trần Hồng Hà", "Phó Thủ tướng Chính phủ"),
                ("Lê Thành Long", "Phó Thủ tướng Chính phủ"),
                ("Bùi Thanh Sơn", "Phó Thủ tướng Chính phủ"),
            },
        ),
        # qualifier kept out of the body's name
        ("Ông Vương Đình Huệ, Chủ tịch Quốc hội khóa XV, phát biểu.", {("Vương Đình Huệ", "Chủ tịch Quốc hội")}),
        # appointment verb
        (
            "HĐND thành phố bầu ông Trần Sỹ Thanh giữ chức Chủ tịch UBND thành phố Hà Nội.",
            {("Trần Sỹ Thanh", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội")},
        ),
    ],
)
def test_posts(text: str, expected: set[tuple[str, str]]) -> None:
    assert posts_of(facts_of(text)) == expected


def test_title_chain_before_name() -> None:
    facts = facts_of("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu.")
    assert posts_of(facts) == {("Phạm Minh Chính", "Ủy viên Bộ Chính trị"), ("Phạm Minh Chính", "Thủ tướng Chính phủ")}


def test_role_and_body_stored_apart() -> None:
    facts = facts_of("Bộ trưởng Nội vụ Phạm Thị Thanh Trà phát biểu.")
    roles = labels(facts, "role")
    assert roles == {"Bộ trưởng"}
    assert "Bộ Nội vụ" in labels(facts, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn A, nguyên Bộ trưởng Bộ Tài chính, dự lễ.",
        "Trước đó, ông Nguyễn Văn A giữ chức Bộ trưởng Bộ Tài chính.",
        "Ông Nguyễn Văn A thôi giữ chức Bộ trưởng Bộ Tài chính.",
    ],
)
def test_ended_posts_are_never_current(text: str) -> None:
    facts = facts_of(text)
    assert posts_of(facts) == set()
    assert posts_of(facts, "formerlyHeld") == {("Nguyễn Văn A", "Bộ trưởng Bộ Tài chính")}


def test_replaced_person_loses_the_post() -> None:
    facts = facts_of("Ông Nguyễn Minh Vũ được bổ nhiệm giữ chức Thứ trưởng Bộ Ngoại giao thay ông Tô Anh Dũng.")
    assert posts_of(facts) == {("Nguyễn Minh Vũ", "Thứ trưởng Bộ Ngoại giao")}
    assert posts_of(facts, "formerlyHeld") == {("Tô Anh Dũng", "Thứ trưởng Bộ Ngoại giao")}
    assert posts_of(facts, "appointedTo") == {("Nguyễn Minh Vũ", "Thứ trưởng Bộ Ngoại giao")}


def test_nfd_and_old_tone_placement_give_the_same_person() -> None:
    nfc = facts_of("Phó Chủ tịch Uỷ ban nhân dân tỉnh Khánh Hoà Nguyễn Thị Thuỷ phát biểu.")
    nfd = facts_of(unicodedata.normalize("NFD", "Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa Nguyễn Thị Thủy phát biểu."))
    assert posts_of(nfc) == posts_of(nfd) == {("Nguyễn Thị Thủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa")}


def test_names_that_contain_places_stay_names() -> None:
    facts = facts_of("Dự có các ông Nguyễn Hòa Bình, Hồ Đức Phớc và Dương Anh Đức.")
    assert {"Nguyễn Hòa Bình", "Hồ Đức Phớc", "Dương Anh Đức"} <= labels(facts, "person")
    assert labels(facts, "place") == set()


def test_foreign_names_after_a_title() -> None:
    facts = facts_of("Thủ tướng Australia Anthony Albanese hội đàm với Thủ tướng Phạm Minh Chính.", published=date(2024, 3, 7))
    assert {"Anthony Albanese", "Phạm Minh Chính"} <= labels(facts, "person")
    assert ("Anthony Albanese", "Thủ tướng Chính phủ Australia") in posts_of(facts)
    assert ("Anthony Albanese", "Thủ tướng Chính phủ") not in posts_of(facts)


def test_short_name_joins_the_full_name() -> None:
    facts = facts_of("Ông Nguyễn Minh Hồng được bổ nhiệm. Phát biểu tại buổi lễ, ông Hồng cảm ơn Bộ trưởng.")
    assert labels(facts, "person") == {"Nguyễn Minh Hồng"}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("Tổng thống Namibia Hage Geingob đón đoàn.", "Hage Geingob", "Tổng thống Namibia"),
        ("Thủ tướng Samoa Fiamē Naomi Mataʻafa phát biểu.", "Fiamē Naomi Mataʻafa", "Thủ tướng Chính phủ Samoa"),
    ],
)
def test_every_member_state_names_a_foreign_post(text: str, person: str, post: str) -> None:
    assert (person, post) in posts_of(facts_of(text, published=date(2021, 5, 3)))


def test_one_word_name_before_the_full_name_joins_it() -> None:
    # a caption names the surname alone before the body text names the person in full
    text = "Thủ tướng Canada Trudeau phát biểu tại hội nghị.\nThủ tướng Canada Justin Trudeau cho biết sẽ thăm Hà Nội."
    facts = facts_of(text, published=date(2021, 5, 3))
    assert labels(facts, "person") == {"Justin Trudeau"}
    assert posts_of(facts) == {("Justin Trudeau", "Thủ tướng Chính phủ Canada")}


def test_name_in_use_first_joins_the_foreign_full_name() -> None:
    text = (
        "Người phát ngôn Hải quân Indonesia Budi Santoso cho biết tàu đã cập cảng. Ông Budi nói thêm rằng đoàn sẽ ở lại hai ngày."
    )
    facts = facts_of(text)
    assert labels(facts, "person") == {"Budi Santoso"}
    assert len(facts.entities["person/budi-santoso"].mentions) == 2


def test_honorific_tells_two_people_of_one_family_name_apart() -> None:
    text = "Bà Jill Biden đến thăm trường học. Tổng thống Biden phát biểu tại Nhà Trắng. Sau đó, ông Biden rời đi."
    facts = facts_of(text, published=date(2021, 5, 3))
    assert labels(facts, "person") == {"Biden", "Jill Biden"}
    assert ("Jill Biden", "Tổng thống Hoa Kỳ") not in posts_of(facts)


def test_a_surname_alone_shortens_no_vietnamese_name() -> None:
    facts = facts_of("Ông Trần Văn Nam phát biểu. Sau đó, ông Trần trao đổi với phóng viên.")
    assert labels(facts, "person") == {"Trần Văn Nam"}
    assert len(facts.entities["person/tran-van-nam"].mentions) == 1


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bà Đặng Thu Hà, Vụ trưởng Vụ Pháp chế, cho biết. Theo bà Thu Hà, dự thảo đã xong.", "Đặng Thu Hà"),
        ("Thủ môn Trần Văn Tiến bắt chính. Văn Tiến cản phá 3 quả phạt đền.", "Trần Văn Tiến"),
        ("Vận động viên Đỗ Thị Kim Oanh về nhất. Đỗ Kim Oanh nói cô rất vui.", "Đỗ Thị Kim Oanh"),
    ],
)
def test_a_name_without_family_or_middle_name_joins_the_full_name(text: str, person: str) -> None:
    assert labels(facts_of(text), "person") == {person}


def test_a_full_name_with_a_word_before_it_is_not_its_shortening() -> None:
    facts = facts_of("Ông Nguyễn Hữu Tài phát biểu. Sau đó, Lê Nguyễn Hữu Tài trình bày báo cáo.")
    assert labels(facts, "person") == {"Nguyễn Hữu Tài", "Lê Nguyễn Hữu Tài"}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("TS Lê Quang Vinh - Tiến sĩ Truyền thông đa phương tiện cho biết.", {"Lê Quang Vinh"}),
        ("Tại hội thảo, ThS. Bs. Hà Văn Khải, Trưởng khoa Sản, phát biểu.", {"Hà Văn Khải"}),
        ("Theo TS.BS Đới Minh Châu, bệnh nhân đã ổn định.", {"Đới Minh Châu"}),
    ],
)
def test_a_rank_before_a_word_cut_in_two_or_a_doctor_s_abbreviation(text: str, persons: set[str]) -> None:
    assert labels(facts_of(text), "person") == persons


def test_a_rank_before_a_service_is_no_name() -> None:
    assert "Hải" not in labels(facts_of("Đô đốc Hải quân Mark Tillman phát biểu tại hội nghị."), "person")


def test_no_person_without_a_name() -> None:
    facts = facts_of("Thủ tướng yêu cầu các bộ trưởng khẩn trương hoàn thành nhiệm vụ.")
    assert labels(facts, "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cùng dự có 3 Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long, Bùi Thanh Sơn.",
        "Chính phủ hiện có các Phó Thủ tướng là ông Trần Hồng Hà, ông Lê Thành Long và ông Bùi Thanh Sơn.",
    ],
)
def test_plural_titles_with_colon_number_or_copula(text: str) -> None:
    names = {"Trần Hồng Hà", "Lê Thành Long", "Bùi Thanh Sơn"}
    assert posts_of(facts_of(text)) == {(n, "Phó Thủ tướng Chính phủ") for n in names}


@pytest.mark.parametrize(
    "text",
    [
        "HĐND tỉnh bầu ông Nguyễn Văn Bình (SN 1965), Phó Chủ tịch UBND tỉnh Lạng Sơn, làm Chủ tịch.",
        "Ông Nguyễn Văn Bình, 58 tuổi, tân Phó Chủ tịch UBND tỉnh Lạng Sơn, phát biểu.",
    ],
)
def test_asides_between_name_and_title(text: str) -> None:
    assert ("Nguyễn Văn Bình", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn") in posts_of(facts_of(text))


def test_ending_towards_a_person() -> None:
    facts = facts_of("HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh Lạng Sơn, nhiệm kỳ 2021-2026, đối với ông Hồ Tiến Thiệu.")
    assert posts_of(facts, "formerlyHeld") == {("Hồ Tiến Thiệu", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")}
    assert posts_of(facts) == set()


def test_ending_towards_each_coordinated_person() -> None:
    text = (
        "Đại hội cổ đông miễn nhiệm chức vụ thành viên HĐQT Công ty CP Thép Miền Trung đối với ông Lý Văn Tâm và bà Đào Thị Hạnh."
    )
    body = "Thành viên Hội đồng quản trị Công ty CP Thép Miền Trung"
    assert posts_of(facts_of(text), "formerlyHeld") == {("Lý Văn Tâm", body), ("Đào Thị Hạnh", body)}


@pytest.mark.parametrize("cue", ["không còn đảm nhận chức", "không còn giữ chức"])
def test_no_longer_holding_a_post_ends_it(cue: str) -> None:
    facts = facts_of(f"Từ tháng này, bà Đào Thị Hạnh {cue} Tổng giám đốc Công ty CP Thép Miền Trung.")
    assert posts_of(facts, "formerlyHeld") == {("Đào Thị Hạnh", "Tổng Giám đốc Công ty CP Thép Miền Trung")}
    assert posts_of(facts) == set()


def test_explicit_ending_beats_an_apposition() -> None:
    facts = facts_of("Bộ Chính trị điều động ông Lê Văn Nam, Bí thư Tỉnh ủy Lạng Sơn, thôi giữ chức Bí thư Tỉnh ủy Lạng Sơn.")
    assert posts_of(facts) == set()
    assert posts_of(facts, "formerlyHeld") == {("Lê Văn Nam", "Bí thư Tỉnh ủy Lạng Sơn")}


def test_appointment_given_to_a_person() -> None:
    facts = facts_of("Thứ trưởng trao quyết định bổ nhiệm Vụ trưởng Vụ Hợp tác quốc tế cho ông Trần Văn Lâm.")
    assert ("Trần Văn Lâm", "Vụ trưởng Vụ Hợp tác quốc tế") in posts_of(facts, "appointedTo")


def test_promotion_ends_the_deputy_post() -> None:
    facts = facts_of("Quốc hội bầu ông Lê Minh Tâm, Phó Chủ nhiệm Văn phòng Quốc hội, giữ chức Chủ nhiệm Văn phòng Quốc hội.")
    assert posts_of(facts) == {("Lê Minh Tâm", "Chủ nhiệm Văn phòng Quốc hội")}
    assert posts_of(facts, "formerlyHeld") == {("Lê Minh Tâm", "Phó Chủ nhiệm Văn phòng Quốc hội")}


def test_earlier_appointment_still_holds() -> None:
    facts = facts_of("Trước đó, Bộ Chính trị đã phân công ông Lê Văn Nam giữ chức Phó Bí thư Tỉnh ủy Lạng Sơn.")
    assert posts_of(facts) == {("Lê Văn Nam", "Phó Bí thư Tỉnh ủy Lạng Sơn")}


def test_possessive_name_is_not_the_subject() -> None:
    facts = facts_of("Ông Lương Văn Nghị, người tiền nhiệm của ông Bình, nhận nhiệm vụ mới làm Đại sứ Việt Nam tại Úc.")
    assert posts_of(facts) == {("Lương Văn Nghị", "Đại sứ Việt Nam")}


def test_coordinated_names_share_the_appointment() -> None:
    facts = facts_of("Ông Nguyễn Văn Hùng và ông Trần Minh Tuấn được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.")
    assert posts_of(facts) == {(n, "Thứ trưởng Bộ Tài chính") for n in ("Nguyễn Văn Hùng", "Trần Minh Tuấn")}


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Nguyễn Văn Hùng tại buổi lễ. Ảnh: Lê Minh Phương",
        "Bộ trưởng Nguyễn Văn Hùng tại buổi lễ (ảnh: Lê Minh Phương).",
    ],
)
def test_photo_credit_is_no_person(text: str) -> None:
    assert labels(facts_of(text), "person") == {"Nguyễn Văn Hùng"}


def test_on_behalf_of_is_not_a_title() -> None:
    facts = facts_of("Thay mặt Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân trao quyết định.")
    assert posts_of(facts) == {("Võ Thị Ánh Xuân", "Phó Chủ tịch nước")}


def test_until_a_date_ends_the_post() -> None:
    facts = facts_of("Ông Nguyễn Văn Hùng, sinh năm 1965. Ông là Bí thư Tỉnh ủy Lạng Sơn (đến tháng 5-2024).")
    assert posts_of(facts, "formerlyHeld") == {("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Lạng Sơn")}


def test_enumeration_with_bodies_in_brackets() -> None:
    facts = facts_of(
        "Thủ tướng bổ nhiệm lại 3 Thứ trưởng gồm các ông Nguyễn Văn Hùng, Trần Minh Tuấn (Bộ Xây dựng) và ông Lê Văn Nam (Bộ Y tế)."
    )
    assert posts_of(facts) == {
        ("Nguyễn Văn Hùng", "Thứ trưởng Bộ Xây dựng"),
        ("Trần Minh Tuấn", "Thứ trưởng Bộ Xây dựng"),
        ("Lê Văn Nam", "Thứ trưởng Bộ Y tế"),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Công chúa kế vị Victoria thăm Hà Nội.", "Victoria"),
        ("Thủ tướng Phạm Minh Chính tiếp ông Scott Morrison tại Hà Nội.", "Scott Morrison"),
        ("Tổng thống Putin gửi điện mừng.", "Putin"),
    ],
)
def test_foreign_names(text: str, name: str) -> None:
    assert name in labels(facts_of(text), "person")


def test_foreign_minister_by_sector_and_country() -> None:
    facts = facts_of("Chủ tịch nước tiếp Bộ trưởng Ngoại giao Hàn Quốc Chung Eui-yong.")
    assert ("Chung Eui-yong", "Bộ trưởng Bộ Ngoại giao Hàn Quốc") in posts_of(facts)
    assert "Hàn Quốc Chung Eui-yong" not in labels(facts, "person")


def test_joining_a_committee_is_membership() -> None:
    facts = facts_of("Bộ Chính trị phân công ông Lê Văn Nam tham gia Ban Thường vụ Tỉnh ủy Lạng Sơn.")
    assert posts_of(facts) == {("Lê Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn")}


def test_head_of_the_provincial_delegation() -> None:
    facts = facts_of("Ông Hồ Tiến Thiệu, Bí thư Tỉnh ủy Lạng Sơn, Trưởng đoàn Đại biểu Quốc hội tỉnh phát biểu.")
    assert ("Hồ Tiến Thiệu", "Trưởng Đoàn đại biểu Quốc hội tỉnh Lạng Sơn") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Chủ tịch tỉnh Quảng Nam Lê Văn Dũng phát biểu.", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"),
        ("Chủ tịch Hà Nội Trần Sỹ Thanh phát biểu.", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
        ("Bí thư Hà Nội Bùi Thị Minh Hoài dự lễ.", "Bí thư Thành ủy Hà Nội"),
    ],
)
def test_short_forms_with_a_province(text: str, post: str) -> None:
    assert {p for _, p in posts_of(facts_of(text))} == {post}


def test_one_body_for_two_titles() -> None:
    facts = facts_of("Ông Lê Văn Nam, Phó Chủ tịch Thường trực và ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Lạng Sơn, dự họp.")
    assert ("Trần Văn Bình", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn") in posts_of(facts)


def test_shared_body_in_a_title_chain() -> None:
    facts = facts_of("Bà Nguyễn Thị Hà, Phó Chủ tịch Thường trực và Phó Chủ tịch UBND tỉnh Lạng Sơn, dự họp.")
    assert posts_of(facts) == {
        ("Nguyễn Thị Hà", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Nguyễn Thị Hà", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    }


def test_retired_after_the_title_chain() -> None:
    facts = facts_of("Ông Nguyễn Văn Tâm thay ông Lê Văn Hòa, Thứ trưởng Bộ Y tế, đã nghỉ hưu theo chế độ.")
    assert posts_of(facts, "formerlyHeld") == {("Lê Văn Hòa", "Thứ trưởng Bộ Y tế")}
    assert posts_of(facts) == set()


def test_semicolon_ends_a_plural_list() -> None:
    facts = facts_of("Dự có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long; đồng chí Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính.")
    assert ("Nguyễn Văn Thắng", "Phó Thủ tướng Chính phủ") not in posts_of(facts)
    assert ("Nguyễn Văn Thắng", "Bộ trưởng Bộ Tài chính") in posts_of(facts)


# The cue words are data: a word added to a list of data/reference changes the reading
# (the fixture rebuilds the patterns from the changed list, and from the file afterwards).


def test_a_word_added_to_former_ends_the_post(reference_words) -> None:
    text = "Ông Nguyễn Văn A, vốn là Bộ trưởng Bộ Tài chính, dự lễ."
    assert posts_of(facts_of(text)) == {("Nguyễn Văn A", "Bộ trưởng Bộ Tài chính")}
    reference_words("cues", "former", "vốn là")
    facts = facts_of(text)
    assert posts_of(facts) == set()
    assert posts_of(facts, "formerlyHeld") == {("Nguyễn Văn A", "Bộ trưởng Bộ Tài chính")}


def test_a_word_added_to_ending_ends_the_post(reference_words) -> None:
    text = "Ông Nguyễn Văn A rời chức Bộ trưởng Bộ Tài chính."
    assert posts_of(facts_of(text), "formerlyHeld") == set()
    reference_words("cues", "ending", "rời chức")
    assert posts_of(facts_of(text), "formerlyHeld") == {("Nguyễn Văn A", "Bộ trưởng Bộ Tài chính")}


def test_a_word_added_to_appoint_gives_the_post(reference_words) -> None:
    text = "Ông Nguyễn Văn A nhậm chức Bộ trưởng Bộ Tài chính."
    assert posts_of(facts_of(text)) == set()
    reference_words("cues", "appoint", "nhậm chức")
    facts = facts_of(text)
    assert posts_of(facts) == posts_of(facts, "appointedTo") == {("Nguyễn Văn A", "Bộ trưởng Bộ Tài chính")}


def test_a_word_added_to_the_credit_words_hides_the_journalist(reference_words) -> None:
    text = "Bộ trưởng Nguyễn Văn Hùng tại buổi lễ. Hình: Lê Minh Phương"
    assert labels(facts_of(text), "person") == {"Nguyễn Văn Hùng", "Lê Minh Phương"}
    reference_words("names", "credit_words", "Hình")
    assert labels(facts_of(text), "person") == {"Nguyễn Văn Hùng"}


def test_a_qualifier_added_to_roles_json_keeps_the_title_chain_going(reference_words) -> None:
    text = "Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh Lạng Sơn chuyên trách, Thứ trưởng Bộ Y tế, dự họp."
    first = ("Nguyễn Văn A", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    assert posts_of(facts_of(text)) == {first}
    reference_words("roles", "qualifiers", "chuyên trách")
    assert posts_of(facts_of(text)) == {first, ("Nguyễn Văn A", "Thứ trưởng Bộ Y tế")}


def chunks_of(text: str) -> list[tuple[str, str]]:
    """The chunks of a one-sentence text, after the bodies and places it names are found."""
    doc = run(make_document(Article("t", text), tag=False), ["dates", "bodies", "places"])
    return [(c.kind, c.text) for c in chunk_sentence(doc, doc.sentences[0], {m.start: m for m in doc.mentions})]


def test_a_sentence_reads_as_chunks() -> None:
    text = "Ông Nguyễn Văn A, nguyên Bộ trưởng Bộ Tài chính, thôi giữ chức và được bổ nhiệm làm Chủ tịch UBND tỉnh Lạng Sơn."
    assert chunks_of(text) == [
        ("HON", "Ông"),
        ("CAPS", "Nguyễn Văn A"),
        ("SEP", ","),
        ("FORMER", "nguyên"),
        ("ROLE", "Bộ trưởng Bộ Tài chính"),
        ("SEP", ","),
        ("ENDING", "thôi giữ chức"),
        ("AND", "và"),
        ("APPOINT", "được bổ nhiệm làm"),
        ("ROLE", "Chủ tịch UBND tỉnh Lạng Sơn"),
        ("WORD", "."),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cố Thủ tướng Võ Văn Kiệt", "FORMER"),  # "the late", before a capital letter
        ("Ông A cố gắng hoàn thành", None),  # "to try"
        ("Thay mặt Chủ tịch nước", None),  # "on behalf of", not a replacement
        ("Ông A làm việc với đoàn", None),  # "to work", not "to serve as"
    ],
)
def test_cue_words_read_in_their_context(text: str, kind: str | None) -> None:
    cues = {"FORMER", "APPOINT", "REPLACE", "ENDING", "ELECT"}
    assert [k for k, _ in chunks_of(text + ".") if k in cues] == ([kind] if kind else [])


def test_a_small_word_inside_a_foreign_name() -> None:
    facts = facts_of("Chủ tịch Ủy ban châu Âu Ursula von der Leyen gặp Tổng thống Pháp.")
    assert ("Ursula von der Leyen", "Chủ tịch Ủy ban châu Âu") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted title set off by a dash, with or without an honorific
        (
            "Chủ tịch UBND tỉnh Yên Bái - Trần Huy Tuấn, đã ký công văn.",
            ("Trần Huy Tuấn", "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái"),
        ),
        (
            "Phó Chủ tịch UBND tỉnh Yên Bái - ông Vũ Thị Hiền Hạnh yêu cầu các huyện.",
            ("Vũ Thị Hiền Hạnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Yên Bái"),
        ),
        # a bare name set off by commas on both sides
        (
            "Tại buổi làm việc, Giám đốc Sở Y tế tỉnh Yên Bái, Trần Văn Cường, cho biết.",
            ("Trần Văn Cường", "Giám đốc Sở Y tế tỉnh Yên Bái"),
        ),
        # a title over a town named after its unit word
        ("Ông Lê Văn Tâm - Chủ tịch TP Hội An cho hay khách đông.", ("Lê Văn Tâm", "Chủ tịch Ủy ban nhân dân thành phố Hội An")),
    ],
)
def test_fronted_titles_and_towns(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_bare_name_after_a_comma_needs_a_comma_after_it() -> None:
    posts = posts_of(facts_of("Theo Giám đốc Sở Y tế tỉnh Yên Bái, Trần Văn Cường đã được đưa đi cách ly."))
    assert not any(person == "Trần Văn Cường" for person, _ in posts)


def test_a_town_s_name_ends_before_a_person_s() -> None:
    posts = posts_of(facts_of("Chủ tịch UBND xã Đạo Lý Nguyễn Văn Bình phát biểu."))
    assert ("Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân xã Đạo Lý") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier between the title and its body
        (
            "Ông Hà Văn Dũng, Phó Chủ tịch thường trực UBND tỉnh Bắc Kạn dự.",
            ("Hà Văn Dũng", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Bắc Kạn"),
        ),
        # the Youth Union at the centre and in a district
        (
            "Bà Lò Thị Na, Bí thư Thường trực BCH Trung ương Đoàn, phát biểu.",
            ("Lò Thị Na", "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ),
        ("Ông Vàng A Sử, Phó Bí thư Huyện đoàn Mường Lát, tham dự.", ("Vàng A Sử", "Phó Bí thư Huyện đoàn Mường Lát")),
    ],
)
def test_qualified_titles_and_youth_union_bodies(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chị Lò Thị Na phát biểu tại buổi gặp mặt.", "Lò Thị Na"),
        ("Sau buổi học, Thầy Đinh Công Bảo hướng dẫn học sinh.", "Đinh Công Bảo"),
        ("Chị Thu Hằng bán hàng ở chợ Đồng Xuân đã mười năm.", "Thu Hằng"),
    ],
)
def test_a_word_of_address_opening_a_clause_stays_out_of_the_name(text: str, name: str) -> None:
    assert name in labels(facts_of(text), "person")


def test_a_word_of_address_before_a_country_opens_no_name() -> None:
    assert labels(facts_of("Anh Quốc Bình đi du lịch."), "person") == set()


def test_a_given_name_like_a_word_of_address_stays_in_the_name() -> None:
    assert "Trần Tuấn Anh" in labels(facts_of("Ông Trần Tuấn Anh phát biểu."), "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Đỗ Văn Giang, Phó Giám đốc phụ trách Sở Y tế tỉnh Bình Phước, cho biết.",
            ("Đỗ Văn Giang", "Phó Giám đốc Sở Y tế tỉnh Bình Phước"),
        ),
        (
            "Theo ông Lý Văn Khánh, Trưởng Công an huyện Bù Đăng, vụ việc đang được điều tra.",
            ("Lý Văn Khánh", "Trưởng Công an huyện Bù Đăng"),
        ),
    ],
)
def test_a_deputy_in_charge_and_a_police_chief(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_bare_head_s_title_before_a_foreign_name_is_held_in_the_article_s_foreign_country() -> None:
    facts = facts_of("Canada siết chặt biên giới. Thủ tướng Alan Whitcombe cho biết quyết định có hiệu lực ngay.")
    assert ("Alan Whitcombe", "Thủ tướng Chính phủ Canada") in posts_of(facts)


def test_a_bare_head_s_title_before_a_foreign_name_is_never_the_home_government_s() -> None:
    facts = facts_of("Canada và Mexico họp bàn. Thủ tướng Alan Whitcombe phát biểu. Thủ tướng Phạm Minh Chính gửi điện.")
    posts = posts_of(facts)
    assert not any(person == "Alan Whitcombe" for person, _ in posts)  # two foreign countries: no body to give
    assert ("Phạm Minh Chính", "Thủ tướng Chính phủ") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known leader's country, though the article names another
        ("Phái đoàn Mỹ tới Geneva. Tổng thống Putin nói sẽ dự họp.", ("Putin", "Tổng thống Nga")),
        # two foreign countries named: the leader's own still known
        ("Canada và Mexico họp bàn. Thủ tướng Justin Trudeau phát biểu.", ("Justin Trudeau", "Thủ tướng Chính phủ Canada")),
        # a minister's bare title stands for the ministry the leader heads
        ("Bộ trưởng Shoigu thị sát cuộc tập trận.", ("Shoigu", "Bộ trưởng Bộ Quốc phòng Nga")),
        # one surname, two leaders: the title tells them apart
        ("Ngoại trưởng Clinton tới Hà Nội.", ("Clinton", "Ngoại trưởng Hoa Kỳ")),
        # the head of an international organisation
        ("Tổng Thư ký Guterres kêu gọi ngừng bắn.", ("Guterres", "Tổng Thư ký Liên Hợp Quốc")),
    ],
)
def test_a_known_foreign_leader_s_bare_title_is_held_where_they_serve(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign armed service by its country, in either case
        ("Tham mưu trưởng hải quân Peru Luis Vargas cho biết tàu đã cập cảng.", ("Luis Vargas", "Tham mưu trưởng Hải quân Peru")),
        ("Phó Tham mưu trưởng Quân khu 7 Hồ Văn Lực dự họp.", ("Hồ Văn Lực", "Phó Tham mưu trưởng Quân khu 7")),
        # a border post, its name running through lower-case words, and the next person after "và" and a rank
        (
            "Thiếu tá Lò Văn Pao, Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Tây Trang và Thượng tá Vi Văn Đức cùng tuần tra.",
            ("Lò Văn Pao", "Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Tây Trang"),
        ),
        # the provincial border command written as the force
        (
            "Đại tá Hà Văn Lâm - Phó Chỉ huy trưởng Bộ đội biên phòng tỉnh Lai Châu cho biết.",
            ("Hà Văn Lâm", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"),
        ),
    ],
)
def test_posts_in_the_armed_forces(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_every_leader_serves_a_known_country_or_body() -> None:
    index = leaders()  # raises on a country or body the reference files lack
    assert all(leader.country or leader.body for found in index.values() for leader in found)


def test_a_leader_s_name_under_a_title_they_never_held_gives_no_body() -> None:
    assert not any(person == "Putin" for person, _ in posts_of(facts_of("Thủ tướng Trudeau và Chủ tịch Putin gặp nhau.")))


def test_a_list_of_profiles_gives_each_name_the_titles_on_the_lines_after_it() -> None:
    text = (
        "Danh sách đại biểu tỉnh Hà Giang như sau.\n"
        "1. Ông Sùng Văn Lử (sinh năm 1972)\n"
        "Ủy viên Ban Thường vụ Tỉnh ủy\n"
        "Phó Chủ tịch UBND tỉnh Hà Giang\n"
        "- Bà Vàng Thị Mỷ\n"
        "Giám đốc Sở Y tế tỉnh Hà Giang, Tỉnh ủy viên"
    )
    posts = posts_of(facts_of(text))
    assert ("Sùng Văn Lử", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang") in posts
    assert ("Sùng Văn Lử", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang") in posts
    assert ("Vàng Thị Mỷ", "Giám đốc Sở Y tế tỉnh Hà Giang") in posts


def test_a_byline_after_the_last_paragraph_is_no_profile() -> None:
    facts = facts_of("Giám đốc Sở Y tế tỉnh Hà Giang kiểm tra công tác phòng dịch tại huyện Mèo Vạc.\nHoàng Lâm")
    assert "Hoàng Lâm" not in labels(facts, "person")


def test_a_title_right_after_a_name_with_its_comma_left_out() -> None:
    posts = posts_of(facts_of("Tại cuộc họp, ông Hà Văn Sơn Chủ tịch UBND huyện Mèo Vạc nhấn mạnh yêu cầu."))
    assert ("Hà Văn Sơn", "Chủ tịch Ủy ban nhân dân huyện Mèo Vạc") in posts


def test_an_envoy_s_bare_title_before_a_vietnamese_name_serves_the_home_country() -> None:
    facts = facts_of("Tại New Delhi, Đại sứ Đỗ Văn Khải cho biết cộng đồng người Việt tại Ấn Độ an toàn.")
    assert ("Đỗ Văn Khải", "Đại sứ Việt Nam") in posts_of(facts)


def test_a_foreign_head_s_country_named_only_far_away_is_not_given() -> None:
    text = "Đảo quốc ký thỏa thuận.\nPhilippines sẽ hỗ trợ đảo quốc này.\nThủ tướng Bob Loughman cảm ơn các đối tác."
    assert not any(person == "Bob Loughman" for person, _ in posts_of(facts_of(text)))


def test_a_brand_with_the_home_country_after_it_is_the_company_s_arm_there() -> None:
    text = "Zentrix Việt Nam mở văn phòng mới. Ông Hà Minh Tâm, Tổng Giám đốc Zentrix Việt Nam, cho biết Zentrix sẽ tuyển thêm."
    assert ("Hà Minh Tâm", "Tổng Giám đốc Zentrix Việt Nam") in posts_of(facts_of(text))


CAREER = (
    "Ông Đinh Văn Khải sinh năm 1968 tại Thái Bình. "
    "Từ năm 2010 đến năm 2015, ông là Phó Giám đốc Sở Nội vụ tỉnh Thái Bình. "
    "Trước đó, ông là Chánh Văn phòng UBND tỉnh Thái Bình. "
    "Từ năm 2016 đến nay, ông là Giám đốc Sở Nội vụ tỉnh Thái Bình. "
    "Ông hiện là Tỉnh ủy viên."
)


def test_a_pronoun_after_a_fronted_time_speaks_of_the_person_named_last() -> None:
    facts = facts_of(CAREER, published=date(2021, 5, 1))
    assert ("Đinh Văn Khải", "Giám đốc Sở Nội vụ tỉnh Thái Bình") in posts_of(facts)
    assert posts_of(facts, "formerlyHeld") == {
        ("Đinh Văn Khải", "Phó Giám đốc Sở Nội vụ tỉnh Thái Bình"),  # a span of years closed before the article
        ("Đinh Văn Khải", "Chánh Văn phòng UBND tỉnh Thái Bình"),  # "Trước đó, ông là …"
    }


def test_a_span_of_years_still_open_at_the_article_s_date_ends_nothing() -> None:
    facts = facts_of(
        "Từ năm 2019 đến năm 2021, ông Lại Văn Tư là Phó Chủ tịch UBND huyện Kiến Xương.", published=date(2021, 5, 1)
    )
    assert posts_of(facts, "formerlyHeld") == set()
    assert ("Lại Văn Tư", "Phó Chủ tịch Ủy ban nhân dân huyện Kiến Xương") in posts_of(facts)


def test_a_pronoun_after_a_fronted_clause_with_a_name_is_no_subject() -> None:
    facts = facts_of("Ông Hà Văn Tú dự họp. Khi ông Lò Văn Pha phát biểu, ông là Chủ tịch UBND xã Mường So.")
    assert not any(person == "Hà Văn Tú" for person, _ in posts_of(facts))


def test_a_mass_organisation_s_own_elected_organs_are_bodies_in_a_chain_of_titles() -> None:
    facts = facts_of(
        "Bà Lò Thị Sen, Ủy viên Ban chấp hành Tổng Liên đoàn lao động Việt Nam, "
        "Chủ tịch Liên đoàn Lao động tỉnh Sơn La, và ông Vi Văn Tư, Ủy viên Đoàn Chủ tịch Ủy ban "
        "Trung ương Mặt trận Tổ quốc Việt Nam, dự họp."
    )
    posts = posts_of(facts)
    assert ("Lò Thị Sen", "Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam") in posts
    assert ("Lò Thị Sen", "Chủ tịch Liên đoàn Lao động tỉnh Sơn La") in posts
    assert ("Vi Văn Tư", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lò Văn Sơn, Bí thư xã Pá Khoang, cho biết.", ("Lò Văn Sơn", "Bí thư Đảng ủy xã Pá Khoang")),
        ("Bà Lường Thị Lan - Phó Bí thư thị trấn Mường Tè phát biểu.", ("Lường Thị Lan", "Phó Bí thư Đảng ủy thị trấn Mường Tè")),
        ("Ông Hà Văn Tư, Bí thư huyện Mèo Vạc, dự họp.", ("Hà Văn Tư", "Bí thư Huyện ủy Mèo Vạc")),
    ],
)
def test_a_party_secretary_of_a_commune_or_district_named_by_the_unit(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_titles_in_what_a_person_says_are_not_theirs() -> None:
    text = "Ông Đinh Văn Sáu, Chủ tịch UBND huyện Mèo Vạc, cho biết, theo quyết định của Thủ tướng Chính phủ, dự án sẽ khởi công."
    assert posts_of(facts_of(text)) == {("Đinh Văn Sáu", "Chủ tịch Ủy ban nhân dân huyện Mèo Vạc")}


def test_a_foreign_name_with_a_title_set_off_after_it_is_a_person() -> None:
    facts = facts_of(
        "Martin Kessler, Giám đốc Quỹ Hòa bình Châu Âu, cho biết. Daily Mail, Giám đốc điều hành của tờ báo, không bình luận."
    )
    assert "Martin Kessler" in labels(facts, "person")
    assert "Daily Mail" not in labels(facts, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn đã làm việc với huyện Lý Nhân. Lý Nhân có 20 xã.", "Lý Nhân"),
        ("Em học tại trường của quận Nam Từ Liêm; Từ Liêm có nhiều trường.", "Từ Liêm"),
        ("Đơn vị bầu cử số 2 gồm các huyện Quốc Oai, Chương Mỹ và Thạch Thất.", "Thạch Thất"),
    ],
)
def test_a_district_named_with_its_kind_is_no_person(text: str, place: str) -> None:
    assert place not in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tuyến xe buýt Cầu Giấy - Hà Đông sẽ chạy thêm chuyến, Sở Giao thông vận tải Hà Nội cho biết.", "Hà Đông"),
        ("Một gia đình ở Lý Nhân, Hà Nam đã được đưa đi cách ly.", "Lý Nhân"),
        ("Tỉnh Thanh Hóa ghi nhận ca mắc ở Hà Trung 2, Nga Sơn 1.", "Hà Trung"),
        ("Tàu nước ngoài đi vào vùng biển quần đảo Hoàng Sa của Việt Nam.", "Hoàng Sa"),
    ],
)
def test_a_district_written_bare_beside_its_province_is_no_person(text: str, place: str) -> None:
    assert place not in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Diễn viên Thái Hòa đã về thăm quê Nghệ An.", "Thái Hòa"),
        ("Hôm qua, anh Hoàng Mai kể lại chuyện ở Hà Nội.", "Hoàng Mai"),
        ("Ông Hà Trung, Giám đốc Sở Tài chính Thanh Hóa, phát biểu.", "Hà Trung"),
        # no province of a district of that name: the name stays a person's
        ("Thủ môn Văn Lâm đã sang Nhật Bản thi đấu. Văn Lâm chơi tốt.", "Văn Lâm"),
    ],
)
def test_a_person_named_like_a_district_stays_a_person(text: str, person: str) -> None:
    assert person in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Các nhà khoa học ở Vũ Hán đã công bố kết quả mới.", "Vũ Hán"),
        ("Nhà máy mới đặt tại Giang Tô sẽ hoạt động từ tháng sau.", "Giang Tô"),
        ("Đế chế La Mã để lại nhiều công trình.", "La Mã"),
        ("Buổi sáng, nhiều người tập thể dục quanh Hồ Gươm.", "Hồ Gươm"),
    ],
)
def test_a_foreign_province_or_a_landmark_is_no_person(text: str, place: str) -> None:
    assert place not in labels(facts_of(text), "person")


def test_a_surname_like_word_opening_an_organisation_s_name_is_no_person() -> None:
    assert "La Liga" not in labels(facts_of("La Liga vừa công bố lịch thi đấu mùa giải mới."), "person")


def test_a_monk_named_after_his_title_of_address() -> None:
    assert "Thích Minh Đạo" in labels(facts_of("Hòa thượng Thích Minh Đạo chủ trì buổi lễ."), "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch Cuba Miguel Diaz-Canel tiếp đoàn đại biểu.", ("Miguel Diaz-Canel", "Chủ tịch Cuba")),
        ("Phó Chủ tịch Trung Quốc Vương Kỳ Sơn dự lễ khai mạc.", ("Vương Kỳ Sơn", "Phó Chủ tịch Trung Quốc")),
    ],
)
def test_a_province_head_s_title_before_a_foreign_country_is_its_head_of_state(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_bare_head_of_school_title_takes_the_one_school_of_the_article() -> None:
    text = "Trường Đại học Tây Bắc công bố quyết định nhân sự. Phó Hiệu trưởng Trần Văn Hai phát biểu."
    roles = [m for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert [r.value["body"].name for r in roles] == ["Trường Đại học Tây Bắc"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Bệnh viện Đa khoa tỉnh Hòa Bình khai trương khoa mới. Ông Đinh Văn Tám, Giám đốc bệnh viện cho biết khoa có 40 giường.",
            "Bệnh viện Đa khoa tỉnh Hòa Bình",
        ),
        ("Hội Nông dân tỉnh Lào Cai tổ chức đại hội. Bà Lù Thị Mai được bầu làm Chủ tịch Hội.", "Hội Nông dân tỉnh Lào Cai"),
        (
            "Ngân hàng TMCP Công Thương Việt Nam họp cổ đông. Ông Lê Văn Năm, Tổng giám đốc ngân hàng này, trả lời cổ đông.",
            "Ngân hàng TMCP Công Thương Việt Nam",
        ),
    ],
)
def test_a_head_noun_alone_after_a_title_is_the_article_s_one_such_body(text: str, body: str) -> None:
    roles = [m for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert [r.value["body"].name for r in roles if r.value["body"]] == [body]


@pytest.mark.parametrize(
    "text",
    [
        # two hospitals: which one is not said
        "Bệnh viện Bạch Mai và Bệnh viện K ký kết hợp tác. Ông Trần Văn Tư, Giám đốc Bệnh viện cho biết.",
        # the head starts a name written small: not the article's other centre
        "Trung tâm Y tế huyện Yên Mô họp. Bà Lê Thị Năm, Giám đốc Trung tâm bảo tồn di tích của tỉnh cho biết.",
    ],
)
def test_a_head_noun_after_a_title_names_no_body_when_it_is_unsure(text: str) -> None:
    roles = [m for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert [r.value["body"] for r in roles] == [None]


def test_a_party_committee_member_s_title_ends_the_name_before_it() -> None:
    text = "Hội đồng trường gồm PGS. Nguyễn Văn Điền Đảng ủy viên, Phó Hiệu trưởng nhà trường."
    assert "Nguyễn Văn Điền" in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Mikhail Petrov, giám đốc Viện Nghiên cứu Kinh tế Moscow, lạm phát sẽ giảm.",
            ("Mikhail Petrov", "Giám đốc Viện Nghiên cứu Kinh tế Moscow"),
        ),
        ("Ông Lò Văn Sáu - chủ tịch Hiệp hội Du lịch Mộc Châu cho biết.", ("Lò Văn Sáu", "Chủ tịch Hiệp hội Du lịch Mộc Châu")),
    ],
)
def test_a_title_written_small_beside_a_name_before_a_body(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_title_written_small_with_no_body_after_it_is_no_title() -> None:
    assert posts_of(facts_of("Ông Lò Văn Sáu, giám đốc của một công ty nhỏ, cho biết.")) == set()


def test_a_title_s_body_given_after_cua() -> None:
    text = "Ông Nguyễn Văn Hải là Tổng Giám đốc của Techcombank từ năm 2019."
    roles = [m for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert [r.value["body"].name for r in roles] == ["Ngân hàng TMCP Kỹ thương Việt Nam"]


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Ông Trần Văn Sáu, Giám đốc điều hành Thế Giới Số, cho biết.", "Trần Văn Sáu", "Thế Giới Số"),
        ("Bà Lê Thị Bảy, Phó Giám đốc Marketing, cho biết.", "Lê Thị Bảy", "Marketing"),
    ],
)
def test_a_name_after_a_title_set_off_after_a_person_is_no_second_person(text: str, person: str, absent: str) -> None:
    people = labels(facts_of(text), "person")
    assert person in people
    assert absent not in people


def test_a_foreign_leader_after_a_full_title_is_still_a_person() -> None:
    text = "Ông Kurt Campbell, điều phối viên của Tổng thống Mỹ Joe Biden, phát biểu."
    assert "Joe Biden" in labels(facts_of(text), "person")


def test_a_party_committee_member_sits_on_the_committee_of_the_next_title_s_school() -> None:
    text = "Trường Đại học Tây Bắc công bố hội đồng: PGS. Lò Văn Điền, Đảng ủy viên, Phó Hiệu trưởng."
    roles = {m.value["title"]: m.value["body"] for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"}
    assert roles["Đảng ủy viên"].name == "Đảng ủy Trường Đại học Tây Bắc"


def test_a_dismissal_from_a_named_position_ends_the_post() -> None:
    text = "Đại hội đã miễn nhiệm chức danh Chủ tịch HĐQT Eximbank đối với ông Yamada Taro."
    ended = {(r.head.text, r.value.get("ended")) for r in run(make_document(Article("t", text))).relations if r.kind == "holds"}
    assert ended == {("Yamada Taro", True)}


def test_a_name_with_a_rare_surname_in_a_candidate_list() -> None:
    text = "Đơn vị bầu cử số 8 có các ứng cử viên gồm Khuất Văn Long (sinh năm 1970); Lê Thị Hoa."
    assert "Khuất Văn Long" in labels(facts_of(text), "person")


def test_a_profile_line_may_open_with_a_past_title() -> None:
    text = (
        "Hội đồng quản lý quỹ gồm các thành viên sau.\n"
        "Ông Hà Quang Vinh\n"
        "Nguyên Thứ trưởng Bộ Tài chính\n"
        "Bà Mai Thị Lan\n"
        "Giám đốc Kho bạc Nhà nước tỉnh Yên Bái"
    )
    facts = facts_of(text)
    assert ("Hà Quang Vinh", "Thứ trưởng Bộ Tài chính") in posts_of(facts, "formerlyHeld")
    assert ("Mai Thị Lan", "Giám đốc Kho bạc Nhà nước tỉnh Yên Bái") in posts_of(facts)


def test_a_bare_party_committee_at_a_profile_line_s_end_is_the_next_line_s_body_s() -> None:
    text = (
        "Trường Đại học Hồng Đức công bố hội đồng trường.\n"
        "TS. Lưu Văn Khải\n"
        "Phó Bí thư Đảng ủy\n"
        "Phó Hiệu trưởng Trường Đại học Hồng Đức"
    )
    roles = {m.value["title"]: m.value["body"] for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"}
    assert roles["Phó Bí thư"].name == "Đảng ủy Trường Đại học Hồng Đức"


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        (
            "Ông Vi Văn Tám, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn.",
            {"Ban Thường vụ Đảng ủy Bệnh viện Đa khoa tỉnh Lạng Sơn"},
        ),
        # written small, and at a profile line's end after its comma
        (
            "Trường Đại học Tân Trào công bố hội đồng.\nPGS. Hứa Văn Minh\nỦy viên Ban thường vụ Đảng ủy,\nPhó Hiệu trưởng",
            {"Ban Thường vụ Đảng ủy Trường Đại học Tân Trào"},
        ),
        # a chain of bare organs all belong to the last title's body
        (
            "Bà Hứa Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Hiệu trưởng Trường Đại học Tân Trào.",
            {"Ban Thường vụ Đảng ủy Trường Đại học Tân Trào", "Ủy ban Kiểm tra Đảng ủy Trường Đại học Tân Trào"},
        ),
    ],
)
def test_a_bare_organ_of_a_party_committee_is_that_of_the_next_title_s_body(text: str, organs: set[str]) -> None:
    roles = [m.value["body"] for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"]
    assert organs <= {b.name for b in roles if b is not None}


def test_a_bare_rector_s_title_takes_the_school_of_the_headline_when_several_are_named() -> None:
    text = "PGS Đoàn Văn Quý tốt nghiệp Trường Đại học Xây dựng. Ông được bổ nhiệm làm Hiệu trưởng từ năm 2020."
    article = Article("t", text, "Tân Hiệu trưởng Trường Đại học Thủy lợi nhận quyết định")
    roles = [m for m in run(make_document(article)).mentions if m.label == "ROLE" and m.value["title"] == "Hiệu trưởng"]
    assert [r.value["body"] and r.value["body"].name for r in roles] == ["Trường Đại học Thủy lợi"] * 2


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        # the appointment is the fronted clause's; what the subject did before it is over
        (
            "Trước khi được bổ nhiệm Vụ trưởng Vụ Pháp chế, ông Đào Văn Khải đã đảm nhận cương vị Phó Vụ trưởng Vụ Tổng hợp.",
            {("Đào Văn Khải", "Phó Vụ trưởng Vụ Tổng hợp", True)},
        ),
        # a career list marked as past: "Trước đó", "từng kinh qua"
        (
            "Trước đó, ông Lục Văn Hào kinh qua các chức vụ Phó Giám đốc Sở Tư pháp tỉnh Cao Bằng.",
            {("Lục Văn Hào", "Phó Giám đốc Sở Tư pháp tỉnh Cao Bằng", True)},
        ),
        (
            "Ông Lục Văn Hào từng kinh qua các chức vụ Phó Giám đốc Sở Tư pháp tỉnh Cao Bằng.",
            {("Lục Văn Hào", "Phó Giám đốc Sở Tư pháp tỉnh Cao Bằng", True)},
        ),
    ],
)
def test_posts_held_before_a_career_step_are_over(text: str, ended: set[tuple[str, str, bool]]) -> None:
    doc = run(make_document(Article("t", text, published=date(2021, 5, 1))))
    assert {(r.head.text, r.tail.text, r.value["ended"]) for r in doc.relations if r.kind == "holds"} == ended


def test_a_company_executive_sharing_a_board_s_body_is_the_company_s() -> None:
    text = "Bà Đàm Thị Huệ, Phó Tổng giám đốc kiêm Thành viên HĐQT Vietcombank, phát biểu."
    roles = {m.value["title"]: m.value["body"].name for m in run(make_document(Article("t", text))).mentions if m.label == "ROLE"}
    assert roles["Phó Tổng Giám đốc"] == "Ngân hàng TMCP Ngoại thương Việt Nam"
    assert roles["Thành viên"] == "Hội đồng quản trị Ngân hàng TMCP Ngoại thương Việt Nam"


def test_a_post_held_now_outweighs_the_same_post_in_a_career_list() -> None:
    text = (
        "Ông Mã Văn Tùng giữ chức Phó Chủ tịch HĐQT Vietcombank. Ông Tùng trải qua các vị trí như "
        "Giám đốc Sở Tài chính tỉnh Lạng Sơn, Phó Chủ tịch HĐQT Vietcombank."
    )
    facts = facts_of(text, published=date(2021, 5, 1))
    assert ("Mã Văn Tùng", "Phó Chủ tịch Hội đồng quản trị Ngân hàng TMCP Ngoại thương Việt Nam") in posts_of(facts)
    # a career summary ends no post the text does not mark ended, nor tells it held now
    assert not any(post == "Giám đốc Sở Tài chính tỉnh Lạng Sơn" for _, post in posts_of(facts) | posts_of(facts, "formerlyHeld"))


@pytest.mark.parametrize(
    ("text", "held", "ended"),
    [
        # the list's deputy post led to its head post in the same body: the deputy post is over
        (
            "Ông Lò Văn Sáng trải qua nhiều vị trí như Phó Giám đốc Công ty Điện lực Sơn La, Giám đốc Công ty Điện lực Sơn La.",
            set(),
            {"Phó Giám đốc Công ty Điện lực Sơn La"},
        ),
        # the last step is held "cho đến nay"
        (
            "Ông Lò Văn Sáng trải qua nhiều vị trí như Giám đốc Sở Công Thương tỉnh Sơn La rồi Phó Chủ tịch UBND tỉnh Sơn La cho đến nay.",
            {"Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La"},
            set(),
        ),
        # a span of years closed before the article's year ends a step
        (
            "Từ năm 2013 đến nay, ông Lò Văn Sáng trải qua các vị trí như Giám đốc Sở Công Thương tỉnh Sơn La, Phó Chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2016-2020.",
            set(),
            {"Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La"},
        ),
        # retirement ends what the career told
        (
            "Ông Lò Văn Sáng trải qua nhiều vị trí như Giám đốc Sở Công Thương tỉnh Sơn La. Năm 2018, ông nghỉ hưu.",
            set(),
            {"Giám đốc Sở Công Thương tỉnh Sơn La"},
        ),
    ],
)
def test_a_career_summary_tells_only_what_its_text_marks(text: str, held: set[str], ended: set[str]) -> None:
    facts = facts_of("Sáng 5/3, " + text[0].lower() + text[1:], published=date(2021, 5, 1))
    assert {post for name, post in posts_of(facts) if name == "Lò Văn Sáng"} == held
    assert {post for name, post in posts_of(facts, "formerlyHeld") if name == "Lò Văn Sáng"} == ended


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat on a council, written small
        (
            "Bà Lò Thị Vân, đại biểu HĐND tỉnh Sơn La, phát biểu.",
            {("Lò Thị Vân", "đại biểu HĐND tỉnh Sơn La")},
        ),
        # a ministry's envoy to a meeting holds no seat
        ("Đại biểu Bộ Y tế Hà Văn Tư đề nghị bổ sung.", set()),
    ],
)
def test_a_delegate_s_title_names_a_council_or_the_assembly_only(text: str, expected: set[tuple[str, str]]) -> None:
    doc = run(make_document(Article("t", text)))
    assert {(r.head.text, r.tail.text) for r in doc.relations if r.kind == "holds"} == expected


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Nhà hàng ở số 12 phố Đào Duy Từ vừa mở cửa.", None, "Đào Duy Từ"),
        ("Đoạn đường Lò Văn Giá bị ngập sâu sau mưa.", None, "Lò Văn Giá"),
        ("Công viên Lê Thị Riêng đông người dịp nghỉ lễ.", None, "Lê Thị Riêng"),
        # a footballer, and a person after a title that reads a city bare
        ("Cầu thủ Hà Đức Chinh ghi bàn.", "Hà Đức Chinh", None),
        ("Chủ tịch HĐND thành phố Hà Văn Khiêm chủ trì kỳ họp.", "Hà Văn Khiêm", None),
    ],
)
def test_a_street_or_park_named_after_a_person_is_no_person(text: str, person: str | None, absent: str | None) -> None:
    persons = labels(facts_of(text), "person")
    assert person is None or person in persons
    assert absent is None or absent not in persons


def test_a_chief_executive_written_ceo() -> None:
    doc = run(make_document(Article("t", "Ông Hồ Văn Lực, CEO VPBank, cho biết lãi suất sẽ giảm.")))
    posts = {(r.head.text, r.tail.value["body"].name) for r in doc.relations if r.kind == "holds" and r.tail.value["body"]}
    assert posts == {("Hồ Văn Lực", "Ngân hàng TMCP Việt Nam Thịnh Vượng")}


def test_a_company_after_a_title_set_off_by_a_dash_is_no_second_person() -> None:
    persons = labels(facts_of("Theo ông Lý Văn Tài - Chủ tịch Phú Hưng Gia, giá thép tăng."), "person")
    assert "Lý Văn Tài" in persons and "Phú Hưng Gia" not in persons


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tỷ phú Lars Windhorst vừa bán cổ phần.", "Lars Windhorst"),
        ("Theo nhà phân tích Ingrid Solberg, giá dầu sẽ giảm.", "Ingrid Solberg"),
        ("Magnus Lindqvist, 52 tuổi, bị bắt tại sân bay.", "Magnus Lindqvist"),
        ("Tiền đạo Rafael Bastos ghi hai bàn.", "Rafael Bastos"),
    ],
)
def test_a_foreign_name_after_an_occupation_or_before_an_age_is_a_person(text: str, person: str) -> None:
    assert person in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tiền vệ Man Utd ghi bàn ở phút cuối.", "Man Utd"),
        ("Nam diễn viên Michael B. Jordan đóng vai chính.", "Michael B"),
    ],
)
def test_no_foreign_person_from_a_club_or_a_name_cut_at_its_initial(text: str, absent: str) -> None:
    assert absent not in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Bộ trưởng Năng lượng Na Uy Terje Aasland thăm nhà máy.", "Bộ trưởng Bộ Năng lượng Na Uy"),
        ("Phó Thủ tướng thứ nhất Nga Denis Manturov phát biểu.", "Phó Thủ tướng thứ nhất Chính phủ Nga"),
        ("Ông Andrés Pérez được bầu làm Phó Chủ tịch thứ nhất Hội đồng Nhà nước.", "Phó Chủ tịch thứ nhất Hội đồng Nhà nước"),
    ],
)
def test_a_foreign_minister_of_any_sector_and_a_first_deputy(text: str, post: str) -> None:
    assert any(label == post for _, label in posts_of(facts_of(text)))


def test_a_home_minister_needs_a_sector_the_state_has() -> None:
    facts = facts_of("Bộ trưởng Năng lượng Việt Nam Trần Văn Hùng phát biểu.")
    assert not any("Bộ Năng lượng" in name for name in labels(facts, "org"))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Bà Lê Thu Hà, CEO của Zalora, cho biết doanh thu tăng.", ("Lê Thu Hà", "CEO Zalora")),
        ("Ông Kevin Moore, Phó Chủ tịch của Nordic Lights, phát biểu.", ("Kevin Moore", "Phó Chủ tịch Nordic Lights")),
        ("CEO của Spotify Daniel Ek đồng ý.", ("Daniel Ek", "CEO Spotify")),
    ],
)
def test_a_business_title_names_its_company_after_cua(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(facts_of(text))


def test_no_company_after_cua_from_a_place() -> None:
    facts = facts_of("Ông Lê Văn Hải, Chủ tịch của Hà Nam, dự lễ.")
    assert "Hà Nam" not in labels(facts, "org")


def test_a_predecessor_formerly_held_the_post_his_successor_was_given() -> None:
    facts = facts_of(
        "Ông Trần Quốc Toản được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Bến Tre. "
        "Ông Huỳnh Văn Tư, người tiền nhiệm của ông Toản, đã nghỉ công tác từ tháng trước."
    )
    assert ("Huỳnh Văn Tư", "Giám đốc Sở Xây dựng tỉnh Bến Tre") in posts_of(facts, "formerlyHeld")
    assert ("Trần Quốc Toản", "Giám đốc Sở Xây dựng tỉnh Bến Tre") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "predecessor", "post"),
    [
        (
            "Ông Trần Quốc Toản được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Bến Tre. "
            "Người tiền nhiệm của ông Toản, ông Huỳnh Văn Tư, được điều động công tác khác.",
            "Huỳnh Văn Tư",
            "Giám đốc Sở Xây dựng tỉnh Bến Tre",
        ),
        (
            "Thủ tướng Canada Mark Lindqvist kế thừa nhiều khó khăn từ người tiền nhiệm Paul Everett để lại.",
            "Paul Everett",
            "Thủ tướng Chính phủ Canada",
        ),
    ],
)
def test_a_predecessor_named_after_the_words(text: str, predecessor: str, post: str) -> None:
    facts = facts_of(text, published=date(2021, 5, 3))
    assert (predecessor, post) in posts_of(facts, "formerlyHeld")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Hùng, trợ lý của Bộ trưởng Bộ Tài chính, cho biết.",
        "Ông Lê Văn Hùng thua năm 2016, những người ủng hộ của cựu Bộ trưởng Bộ Tài chính đều buồn.",
        "Ông Lê Văn Hùng, Phó Vụ trưởng Văn phòng Quốc hội, Thư ký nguyên Phó Chủ tịch Quốc hội, phát biểu.",
    ],
)
def test_a_title_after_cua_or_an_aide_s_title_is_someone_else_s(text: str) -> None:
    facts = facts_of(text)
    assert posts_of(facts, "formerlyHeld") == set()
    assert posts_of(facts) <= {("Lê Văn Hùng", "Phó Vụ trưởng Văn phòng Quốc hội")}


@pytest.mark.parametrize(
    ("text", "post", "relation"),
    [
        ("Ông Lê Văn Định - GĐ Bệnh viện Đa khoa tỉnh Nghệ An cho biết.", "Giám đốc Bệnh viện Đa khoa tỉnh Nghệ An", "holds"),
        (
            "Bà Trần Thu Hà, Phó TGĐ Tổng công ty Điện lực miền Bắc, phát biểu.",
            "Phó Tổng Giám đốc Tổng công ty Điện lực miền Bắc",
            "holds",
        ),
        ("PGS Lê Văn Định - Nguyên Phó GĐ Bệnh viện Bạch Mai, cho biết.", "Phó Giám đốc Bệnh viện Bạch Mai", "formerlyHeld"),
        ("Bác sĩ Lê Thu Hà - Phó khoa Nhi, Bệnh viện Bạch Mai cho biết.", "Phó Trưởng khoa Nhi Bệnh viện Bạch Mai", "holds"),
        ("Bà Lê Thu Hà - Kế toán trưởng Công ty CP Sông Đà 9 - cho biết.", "Kế toán trưởng Công ty CP Sông Đà 9", "holds"),
        (
            "Ông Kenji Sato - Trưởng đại diện Văn phòng Tổ chức JICA tại Hà Nội cho biết.",
            "Trưởng đại diện Văn phòng Tổ chức JICA",
            "holds",
        ),
    ],
)
def test_a_short_or_rare_title_names_the_post(text: str, post: str, relation: str) -> None:
    assert post in {label for _, label in posts_of(facts_of(text), relation)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Người phát ngôn của Bộ Y tế Lê Minh Châu cho biết số ca mắc giảm.", ("Lê Minh Châu", "Người phát ngôn Bộ Y tế")),
        (
            "Người phát ngôn của Hải quân Indonesia, Đại tá Rudi Hartono, nói với báo giới.",
            ("Rudi Hartono", "Người phát ngôn Hải quân Indonesia"),
        ),
    ],
)
def test_a_title_names_its_body_after_cua(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(facts_of(text))


def test_a_foreign_name_after_the_country_of_a_title_s_body_is_a_person() -> None:
    facts = facts_of("Chủ tịch Liên đoàn Nông dân Campuchia Sok Vanna cho biết giá lúa tăng.")
    assert labels(facts, "person") == {"Sok Vanna"}
    assert "Liên đoàn Nông dân Campuchia" in labels(facts, "org")
    assert ("Sok Vanna", "Chủ tịch Liên đoàn Nông dân Campuchia") in posts_of(facts)


def test_a_foreign_name_with_a_middle_initial() -> None:
    facts = facts_of(
        "Thiếu tướng Robert K. Miller, Phó Tư lệnh Bộ Chỉ huy Không gian Mỹ, cho biết. Ông Nguyễn Văn A. Ông Trần B đồng ý."
    )
    assert ("Robert K. Miller", "Phó Tư lệnh Bộ Chỉ huy Không gian Mỹ") in posts_of(facts)
    assert "Nguyễn Văn A" in labels(facts, "person")


def test_a_minister_by_sector_before_a_foreign_name_is_the_foreign_country_s() -> None:
    facts = facts_of(
        "Canada siết chặt biên giới. Bộ trưởng Y tế Patty Hajdu cho biết Canada sẽ kéo dài lệnh cấm. "
        "Tại Hà Nội, Bộ trưởng Y tế Nguyễn Thanh Long chủ trì cuộc họp."
    )
    posts = posts_of(facts)
    assert ("Patty Hajdu", "Bộ trưởng Bộ Y tế Canada") in posts
    assert ("Nguyễn Thanh Long", "Bộ trưởng Bộ Y tế") in posts
    assert ("Patty Hajdu", "Bộ trưởng Bộ Y tế") not in posts


def test_a_foreign_name_holds_no_home_body_a_bare_title_implies() -> None:
    facts = facts_of("Thống đốc Whitmer nói bang Michigan sẽ mở cửa. Thống đốc Lê Minh Hưng chủ trì hội nghị ngân hàng.")
    posts = posts_of(facts)
    assert not any(person == "Whitmer" and "Ngân hàng Nhà nước" in post for person, post in posts)
    assert ("Lê Minh Hưng", "Thống đốc Ngân hàng Nhà nước Việt Nam") in posts


def test_a_bare_title_after_a_titled_name_opens_the_next_clause() -> None:
    facts = facts_of(
        "Bộ trưởng Bộ Xây dựng Trần Văn Khải báo cáo. Nghe ý kiến của Bộ trưởng Khải, Thủ tướng yêu cầu đẩy nhanh tiến độ."
    )
    posts = posts_of(facts)
    assert ("Trần Văn Khải", "Bộ trưởng Bộ Xây dựng") in posts
    assert not any(person == "Trần Văn Khải" and post.startswith("Thủ tướng") for person, post in posts)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ông Lê Văn Cường được bổ nhiệm Phó Hiệu trưởng Trường Đại học Mở Hà Nội.", "Phó Hiệu trưởng Trường Đại học Mở Hà Nội"),
        ("Ông Lê Văn Cường vừa được bổ nhiệm lại Giám đốc Sở Y tế tỉnh Nghệ An.", "Giám đốc Sở Y tế tỉnh Nghệ An"),
        ("Ông Lê Văn Cường được bổ nhiệm chức vụ Phó Chánh Thanh tra Bộ Tư pháp.", "Phó Chánh Thanh tra Bộ Tư pháp"),
    ],
)
def test_appointed_straight_to_a_title(text: str, post: str) -> None:
    assert ("Lê Văn Cường", post) in posts_of(facts_of(text))


def test_a_description_of_the_person_between_the_name_and_the_title() -> None:
    facts = facts_of(
        "TS Lê Minh Khoa, chuyên gia thủy sản, Viện trưởng Viện Nghiên cứu Hải sản, cho rằng sản lượng sẽ tăng. "
        "Anh Trần Văn Tư, tài xế xe ôm, cho biết giá xăng tăng."
    )
    posts = posts_of(facts)
    assert ("Lê Minh Khoa", "Viện trưởng Viện Nghiên cứu Hải sản") in posts
    assert not any(person == "Trần Văn Tư" for person, _ in posts)


def test_the_body_of_a_bare_title_named_after_the_name_with_cua() -> None:
    facts = facts_of(
        "Giám đốc điều hành Hans Keller của Novatek xác nhận đơn hàng. Novatek sẽ mở nhà máy. "
        "Thủ tướng Lý Hiển Long của Singapore đã tới Hà Nội."
    )
    posts = posts_of(facts)
    assert ("Hans Keller", "Giám đốc điều hành Novatek") in posts
    assert ("Lý Hiển Long", "Thủ tướng Chính phủ Singapore") in posts
    assert ("Lý Hiển Long", "Thủ tướng Chính phủ") not in posts


def test_a_company_named_in_vietnamese_syllables_after_a_business_title() -> None:
    facts = facts_of(
        "Ông Lê Hoàng Nam, Tổng giám đốc Thành Công, trả lời cổ đông. Năm nay Thành Công lãi lớn. "
        "Ông Trần Văn Hải, Giám đốc Nguyễn Hoàng, cho biết. Nguyễn Hoàng sẽ mở rộng."
    )
    posts = posts_of(facts)
    assert ("Lê Hoàng Nam", "Tổng Giám đốc Thành Công") in posts
    assert not any(post.endswith("Nguyễn Hoàng") for _, post in posts)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Tổng giám đốc WHO Tedros Adhanom Ghebreyesus kêu gọi các nước chia sẻ vắc xin.", "Tổng Giám đốc Tổ chức Y tế Thế giới"),
        ("Chủ tịch IOC Thomas Bach khẳng định thế vận hội vẫn diễn ra.", "Chủ tịch Ủy ban Olympic Quốc tế"),
    ],
)
def test_a_short_acronym_between_a_title_and_a_foreign_name(text: str, post: str) -> None:
    assert any(p == post for _, p in posts_of(facts_of(text)))


def test_a_short_acronym_before_a_capitalised_word_without_a_title_is_no_body() -> None:
    facts = facts_of("Ứng dụng VOV Bacsi24 ra mắt người dùng. Cỡ giày US 10 (EU 43) là lớn.")
    assert not labels(facts, "org")


def test_a_short_acronym_before_a_small_vietnamese_word() -> None:
    assert "Liên minh châu Âu" in labels(facts_of("Theo EU ước tính, số quân đã tăng."), "org")


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Ông Hồ Văn Tâm, nguyên phó giám đốc Sở Y tế tỉnh Quảng Trị, phát biểu.",
            "Hồ Văn Tâm",
            "Phó Giám đốc Sở Y tế tỉnh Quảng Trị",
        ),
        ("Ông Hồ Văn Tâm - cựu chủ tịch xã Hải Lăng, cho biết.", "Hồ Văn Tâm", "Chủ tịch Ủy ban nhân dân xã Hải Lăng"),
        ("Cựu thủ tướng Nhật Bản Abe Shinzo phát biểu tại hội nghị.", "Abe Shinzo", "Thủ tướng Chính phủ Nhật Bản"),
    ],
)
def test_a_title_written_small_after_nguyen_or_cuu_is_former(text: str, person: str, post: str) -> None:
    facts = facts_of(text)
    assert (person, post) in posts_of(facts, "formerlyHeld")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Văn Hà đã từ chức Chủ tịch UBND tỉnh Quảng Bình.",
        "Chủ tịch UBND tỉnh Quảng Bình Trần Văn Hà đã từ chức.",
        "Ông Trần Văn Hà, Chủ tịch UBND tỉnh Quảng Bình, vừa từ chức.",
    ],
)
def test_resigning_ends_the_post(text: str) -> None:
    facts = facts_of(text)
    assert ("Trần Văn Hà", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình") in posts_of(facts, "formerlyHeld")
    assert not posts_of(facts)


def test_a_bracket_with_its_own_subject_speaks_of_someone_else() -> None:
    facts = facts_of(
        "Hai Chủ tịch Lê Văn Nam và Jorge Mendes (Mendes đã thôi giữ chức Chủ tịch Sporting) phản đối. Sporting thua trận."
    )
    assert not any(person == "Lê Văn Nam" for person, _ in posts_of(facts, "formerlyHeld"))


def test_a_span_of_years_ended_before_the_article_ends_the_post() -> None:
    facts = facts_of(
        "Ngày 3/5/2021, ông Đặng Văn Thành, Giám đốc Sở Y tế tỉnh Hà Tĩnh giai đoạn 2010-2015, phát biểu. "
        "Bà Lê Thị Hoa, Giám đốc Sở Tư pháp tỉnh Hà Tĩnh từ năm 2019 đến nay, dự họp."
    )
    assert ("Đặng Văn Thành", "Giám đốc Sở Y tế tỉnh Hà Tĩnh") in posts_of(facts, "formerlyHeld")
    assert ("Lê Thị Hoa", "Giám đốc Sở Tư pháp tỉnh Hà Tĩnh") in posts_of(facts)


def test_a_post_marked_former_stays_former_when_named_again_plainly() -> None:
    facts = facts_of(
        "Ông Đỗ Minh Tuấn, nguyên Bộ trưởng Bộ Xây dựng, nay giữ chức Phó Trưởng ban Kinh tế Trung ương. "
        "Ông Tuấn giữ chức Bộ trưởng Bộ Xây dựng từ tháng 4/2016."
    )
    assert ("Đỗ Minh Tuấn", "Bộ trưởng Bộ Xây dựng") in posts_of(facts, "formerlyHeld")
    assert ("Đỗ Minh Tuấn", "Bộ trưởng Bộ Xây dựng") not in posts_of(facts)


def test_a_quotation_that_holds_the_name_ends_its_clause() -> None:
    facts = facts_of('"Tôi đã gặp Thủ tướng Lý Hiển Long nhiều lần", cựu Tổng thống Mỹ nói với báo chí.')
    assert not any(person == "Lý Hiển Long" for person, _ in posts_of(facts, "formerlyHeld"))


def test_a_nickname_in_quotes_keeps_the_clause() -> None:
    facts = facts_of('Ông Nguyễn Đức Thịnh, còn được gọi là "bầu" Thịnh, từng là Chủ tịch HĐQT Công ty CP Tập đoàn Sao Mai.')
    assert ("Nguyễn Đức Thịnh", "Chủ tịch Hội đồng quản trị Công ty CP Tập đoàn Sao Mai") in posts_of(facts, "formerlyHeld")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Hà Văn Lâm thay ông Đào Minh Quân giữ chức Chủ tịch UBND tỉnh Yên Bái.",
        "Ông Hà Văn Lâm kế nhiệm ông Đào Minh Quân làm Chủ tịch UBND tỉnh Yên Bái.",
        "Ông Hà Văn Lâm sinh năm 1970. Năm 2020, ông kế nhiệm ông Đào Minh Quân làm Chủ tịch UBND tỉnh Yên Bái.",
    ],
)
def test_the_person_replaced_before_the_title_held_it_before(text: str) -> None:
    facts = facts_of(text)
    assert ("Hà Văn Lâm", "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái") in posts_of(facts)
    assert ("Đào Minh Quân", "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái") in posts_of(facts, "formerlyHeld")


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2015, ông Lý Văn Tú, khi đó là Giám đốc Sở Xây dựng tỉnh Lạng Sơn, đã ký quyết định.",
        "Ông Lý Văn Tú, khi còn là Giám đốc Sở Xây dựng tỉnh Lạng Sơn, đã ký quyết định.",
        "Năm 2015, ông Lý Văn Tú, vào thời điểm đó là Giám đốc Sở Xây dựng tỉnh Lạng Sơn, đã ký quyết định.",
    ],
)
def test_a_post_held_at_the_time_told_of_is_former(text: str) -> None:
    assert ("Lý Văn Tú", "Giám đốc Sở Xây dựng tỉnh Lạng Sơn") in posts_of(facts_of(text), "formerlyHeld")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lý Văn Tú từng đảm nhận chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn.",
        "Ông Lý Văn Tú từng được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Lạng Sơn.",
        "Ông Lý Văn Tú từng nắm giữ chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn.",
    ],
)
def test_tung_before_any_verb_of_holding_is_former(text: str) -> None:
    facts = facts_of(text)
    assert ("Lý Văn Tú", "Giám đốc Sở Xây dựng tỉnh Lạng Sơn") in posts_of(facts, "formerlyHeld")
    assert not posts_of(facts)


def test_joining_two_organs_of_one_committee_named_once() -> None:
    facts = facts_of(
        "Bộ Chính trị điều động ông Lê Văn Tâm, Bộ trưởng Bộ Nội vụ, tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, "
        "giữ chức Bí thư Tỉnh ủy Hà Giang."
    )
    posts = posts_of(facts)
    assert ("Lê Văn Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang") in posts
    assert any(person == "Lê Văn Tâm" and post.startswith("Ủy viên") and "Chấp hành" in post for person, post in posts)


def test_a_pronoun_subject_of_a_passive_appointment() -> None:
    facts = facts_of(
        "Ông Hoàng Văn Minh sinh năm 1968. Ngày 4/11, ông được Bộ Chính trị điều động, chỉ định giữ chức Bí thư Tỉnh ủy Cao Bằng."
    )
    assert ("Hoàng Văn Minh", "Bí thư Tỉnh ủy Cao Bằng") in posts_of(facts)


def test_the_one_who_appoints_in_a_passive_is_not_appointed() -> None:
    facts = facts_of("Ông Lê Văn Tùng được Bộ trưởng Trần Hồng Hà bổ nhiệm làm Cục trưởng Cục Biến đổi khí hậu.")
    posts = posts_of(facts)
    assert ("Lê Văn Tùng", "Cục trưởng Cục Biến đổi khí hậu") in posts
    assert not any(person == "Trần Hồng Hà" and "Cục" in post for person, post in posts)


def test_an_appointment_with_no_title_ends_at_a_semicolon() -> None:
    facts = facts_of(
        "Tổng thống chúc mừng Thủ tướng Lê Văn Hòa được bổ nhiệm vào cương vị mới; chúc mừng Việt Nam đảm nhận vai trò "
        "Chủ tịch ASEAN 2020."
    )
    assert not any(person == "Lê Văn Hòa" and ("ASEAN" in post or "Đông Nam Á" in post) for person, post in posts_of(facts))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phó Chủ tịch UBND tỉnh Hà Tĩnh hiện nay là ông Lê Ngọc Châu.", ["Lê Ngọc Châu"]),
        (
            "Tại đây có 3 ứng viên là đại biểu Quốc hội đương nhiệm, là các ông Lê Văn Tám, Nguyễn Văn Bảy và bà Trần Thị Hoa.",
            ["Lê Văn Tám", "Nguyễn Văn Bảy", "Trần Thị Hoa"],
        ),
        (
            "Ngoài ông Lê Quang Tùng còn 2 ứng viên cũng là đại biểu Quốc hội, là ông Hoàng Văn Nam - Phó Hiệu trưởng "
            "Trường Đại học Vinh, Ủy viên Ủy ban Kinh tế của Quốc hội và ông Trần Anh Tú - nguyên Giám đốc Bệnh viện "
            "Bạch Mai (tự ứng cử).",
            ["Lê Quang Tùng", "Hoàng Văn Nam", "Trần Anh Tú"],
        ),
    ],
)
def test_a_title_that_la_identifies_with_the_names_after_it(text: str, names: list[str]) -> None:
    posts = posts_of(facts_of(text))
    for name in names:
        assert any(person == name and post.startswith(("Phó Chủ tịch Ủy ban", "Đại biểu Quốc hội")) for person, post in posts)


def test_a_title_identified_then_was_held_then() -> None:
    facts = facts_of("Chủ tịch UBND tỉnh Nghệ An thời điểm đó là ông Nguyễn Văn Hùng.")
    assert ("Nguyễn Văn Hùng", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An") in posts_of(facts, "formerlyHeld")
    assert not posts_of(facts)


def test_a_title_owned_by_a_word_before_it_is_not_the_named_persons() -> None:
    facts = facts_of("Vợ của Chủ tịch UBND tỉnh Hà Nam là bà Lê Thị Lan.")
    assert not any(person == "Lê Thị Lan" for person, _ in posts_of(facts))


def test_a_board_named_alone_is_the_one_the_sentence_named_before() -> None:
    facts = facts_of(
        "Hội đồng quản trị (HĐQT) Tập đoàn Hòa Sen vừa bổ nhiệm ông Lê Văn Thắng - Thành viên HĐQT, Phó Tổng Giám đốc - "
        "giữ chức vụ Tổng Giám đốc tập đoàn này."
    )
    assert ("Lê Văn Thắng", "Thành viên Hội đồng quản trị Tập đoàn Hòa Sen") in posts_of(facts)


def test_a_party_member_over_a_school_s_own_institute_sits_on_the_school_s_committee() -> None:
    facts = facts_of(
        "Hội đồng trường Đại học Vinh gồm các thành viên sau.\nPGS. Trần Văn Hải\nĐảng ủy viên, Viện trưởng Viện Điện tử"
    )
    assert ("Trần Văn Hải", "Viện trưởng Viện Điện tử") in posts_of(facts)
    bodies = {e.label for e in facts.entities.values() if e.kind == "org"}  # the committee is named by the title only
    assert "Đảng ủy Đại học Vinh" in bodies
    assert "Đảng ủy Viện Điện tử" not in bodies


def test_a_rotating_chair_is_a_post_of_its_own_in_the_company() -> None:
    facts = facts_of("Ông Lý Minh Quân, Chủ tịch luân phiên của Huawei, cho biết doanh thu tăng.")
    assert ("Lý Minh Quân", "Chủ tịch luân phiên Huawei") in posts_of(facts)  # not the board's chair


def test_but_with_no_subject_of_its_own_goes_on_with_the_clause_s() -> None:
    facts = facts_of(
        "Ông Lê Văn Hòa làm Bí thư Tỉnh ủy Lào Cai từ năm 2015, nhưng đã thôi chức Chủ tịch UBND tỉnh Lào Cai từ năm 2018."
    )
    assert ("Lê Văn Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai") in posts_of(facts, "formerlyHeld")
    assert ("Lê Văn Hòa", "Bí thư Tỉnh ủy Lào Cai") in posts_of(facts)


def test_a_bare_steering_committee_after_its_head_s_title_is_the_article_s_one() -> None:
    facts = facts_of(
        "Ban Chỉ đạo quốc gia phòng chống dịch Covid-19 họp sáng nay. Phó Thủ tướng Lê Văn Đam, Trưởng Ban Chỉ đạo "
        "đã yêu cầu các bộ rà soát."
    )
    assert any(person == "Lê Văn Đam" and post.startswith("Trưởng Ban Chỉ đạo quốc gia") for person, post in posts_of(facts))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ông Lê Văn Tám, Bí thư Ban cán sự Đảng, Bộ trưởng Bộ Tư pháp, phát biểu.",
            "Bí thư Ban cán sự Đảng Bộ Tư pháp",
        ),
        ("Ông Lê Văn Tám, Bí thư Đảng ủy Quân sự tỉnh Cà Mau, giới thiệu.", "Bí thư Đảng ủy Quân sự tỉnh Cà Mau"),
    ],
)
def test_party_organs_of_a_ministry_and_of_a_province_s_military(text: str, post: str) -> None:
    assert ("Lê Văn Tám", post) in posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("PGS Lê Văn Tám, Trưởng khoa Nhi, Bệnh viện Bạch Mai, cho biết.", "Trưởng khoa Nhi Bệnh viện Bạch Mai"),
        (
            "Ông Lê Văn Tám, Trưởng phòng Đào tạo - Trường ĐH Dược Hà Nội, cho biết.",
            "Trưởng phòng Đào tạo Trường Đại học Dược Hà Nội",
        ),
        (
            "Ông Lê Văn Tám, Giám đốc Trung tâm Tuyển sinh thuộc Trường Cao đẳng nghề Nghệ An, cho biết.",
            "Giám đốc Trung tâm Tuyển sinh Trường Cao đẳng nghề Nghệ An",
        ),
        # a ministry's department, so that one ministry's "Vụ Pháp chế" is not another's
        ("Ông Lê Văn Tám, Vụ trưởng Vụ Pháp chế Bộ Nội vụ, cho biết.", "Vụ trưởng Vụ Pháp chế Bộ Nội vụ"),
        ("Ông Lê Văn Tám, Phó Cục trưởng Cục Văn thư, Bộ Nội vụ cho biết.", "Phó Cục trưởng Cục Văn thư Bộ Nội vụ"),
        (
            "Ông Lê Văn Tám, Vụ trưởng Vụ Giáo dục thường xuyên (Bộ GD&ĐT), cho biết.",
            "Vụ trưởng Vụ Giáo dục thường xuyên Bộ Giáo dục và Đào tạo",
        ),
        ("PGS Lê Văn Tám, Trưởng khoa Nhi (Bệnh viện Bạch Mai) cho biết.", "Trưởng khoa Nhi Bệnh viện Bạch Mai"),
        # a unit of a department
        (
            "Ông Lê Văn Tám, Đội trưởng Đội Quản lý thị trường số 3, Cục Quản lý thị trường Hà Nội, cho biết.",
            "Đội trưởng Đội Quản lý thị trường số 3 Cục Quản lý thị trường Hà Nội",
        ),
    ],
)
def test_a_unit_named_by_its_field_belongs_to_the_body_named_after_it(text: str, post: str) -> None:
    assert ("Lê Văn Tám", post) in posts_of(facts_of(text))


def test_two_units_in_a_row_stay_apart() -> None:
    posts = posts_of(facts_of("Ông Lê Văn Tám, Trưởng khoa Nội, Khoa Ngoại phối hợp điều trị."))
    assert not any("Khoa Ngoại" in post for _, post in posts)
    posts = posts_of(facts_of("Ông Lê Văn Tám, Vụ trưởng Vụ Pháp chế, Vụ Tổ chức cán bộ phối hợp soạn thảo."))
    assert not any("Vụ Tổ chức" in post for _, post in posts)


def test_a_local_body_before_another_body_is_no_unit_of_it() -> None:
    posts = posts_of(
        facts_of("Ông Lê Văn Tám, Giám đốc Trung tâm Y tế huyện Yên Thành, Bệnh viện Đa khoa tỉnh Nghệ An và Sở Y tế họp.")
    )
    assert not any("Bệnh viện" in post for _, post in posts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Học sinh trường THPT chuyên Lê Quý Đôn đạt giải nhất.", "Trường THPT chuyên Lê Quý Đôn"),
        ("Cô giáo Trường THPT chuyên Trần Phú được khen thưởng.", "Trường THPT chuyên Trần Phú"),
        ("Người bệnh được chuyển về bệnh viện Lê Văn Thịnh điều trị.", None),
        ("Đoàn khảo sát đã đến TP Phan Thiết, tỉnh Bình Thuận.", None),
        ("Tiểu thương ở chợ Phạm Văn Hai phản ánh giá tăng.", None),
    ],
)
def test_a_place_or_school_named_after_a_person_is_no_person(text: str, body: str | None) -> None:
    facts = facts_of(text)
    assert labels(facts, "person") == set()
    assert body is None or body in labels(facts, "org")


def test_a_person_after_a_bare_city_organ_is_still_read() -> None:
    facts = facts_of("Chủ tịch UBND TP Lê Văn Thành phát biểu tại hội nghị.")
    assert "Lê Văn Thành" in labels(facts, "person")


@pytest.mark.parametrize(
    ("text", "ended", "held"),
    [
        (  # confirmed in the post: the acting title is over
            "Sáng 5/3, ông Đặng Văn Khải, Quyền Giám đốc Sở Y tế tỉnh Hà Nam, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hà Nam.",
            {("Đặng Văn Khải", "Quyền Giám đốc Sở Y tế tỉnh Hà Nam")},
            {("Đặng Văn Khải", "Giám đốc Sở Y tế tỉnh Hà Nam")},
        ),
        (  # a capital "Quyền" after "giữ chức" is the title's, not the end of "chức quyền"
            "Sáng 5/3, ông Đặng Văn Khải được bổ nhiệm giữ chức Quyền Giám đốc Sở Y tế tỉnh Hà Nam.",
            set(),
            {("Đặng Văn Khải", "Quyền Giám đốc Sở Y tế tỉnh Hà Nam")},
        ),
        (  # "giao quyền": the acting post is given, not the head's
            "Sáng 5/3, ông Đặng Văn Khải được giao quyền Giám đốc Sở Y tế tỉnh Hà Nam.",
            set(),
            {("Đặng Văn Khải", "Quyền Giám đốc Sở Y tế tỉnh Hà Nam")},
        ),
    ],
)
def test_an_acting_head_confirmed_leaves_the_acting_post(text: str, ended: set, held: set) -> None:
    facts = facts_of(text)
    assert posts_of(facts, "formerlyHeld") == ended
    assert posts_of(facts) == held


def test_an_acting_post_is_not_passed_to_the_predecessor() -> None:
    facts = facts_of(
        "Sáng 5/3, ông Lê Minh Tuấn được bổ nhiệm làm Quyền Vụ trưởng Vụ Pháp chế, Người phát ngôn Bộ Công Thương. "
        "Ông Phan Đức Lộc, người tiền nhiệm của ông Tuấn, nhận nhiệm vụ mới."
    )
    assert posts_of(facts, "formerlyHeld") == {("Phan Đức Lộc", "Người phát ngôn Bộ Công Thương")}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Sáng 5/3, bà Hạ Lan ủng hộ cựu ngoại trưởng Maria Solberg trong cuộc bầu cử ở Na Uy.",
            "Maria Solberg",
            "Ngoại trưởng Na Uy",
        ),
        (
            "Sáng 5/3, ông Prayut và cựu thủ tướng Somchai được cho là vẫn có ảnh hưởng ở Thái Lan.",
            "Somchai",
            "Thủ tướng Chính phủ Thái Lan",
        ),
    ],
)
def test_a_small_head_s_title_after_former_before_a_name(text: str, person: str, post: str) -> None:
    assert (person, post) in posts_of(facts_of(text), "formerlyHeld")


def test_a_small_head_s_title_after_former_before_a_country_s_name_gives_no_person() -> None:
    facts = facts_of("Sáng 5/3, du khách thăm nơi ở của cựu tổng thống Trung Hoa Dân Quốc ở Nam Kinh.")
    assert labels(facts, "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, ông Võ Thanh Bình giữ chức Tổng cục trưởng Tổng cục Thủy lợi. Ông nghỉ hưu từ cuối năm 2012.",
        "Sáng 5/3, ông Võ Thanh Bình, Tổng cục trưởng Tổng cục Thủy lợi, ký quyết định. Ông Võ Thanh Bình đã chính thức nghỉ hưu từ ngày 1/1/2021.",
        "Sáng 5/3, ông Võ Thanh Bình, Tổng cục trưởng Tổng cục Thủy lợi, ký quyết định, trong khi ông Bình về hưu từ ngày 1/1/2021.",
    ],
)
def test_a_retirement_told_later_ends_the_posts_told_before(text: str) -> None:
    facts = facts_of(text)
    assert posts_of(facts, "formerlyHeld") == {("Võ Thanh Bình", "Tổng cục trưởng Tổng cục Thủy lợi")}
    assert posts_of(facts) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, ông Võ Thanh Bình, Tổng cục trưởng Tổng cục Thủy lợi, cho biết ông sẽ nghỉ hưu vào cuối năm.",
        "Sáng 5/3, ông Võ Thanh Bình, Tổng cục trưởng Tổng cục Thủy lợi, ký quyết định. Ông Võ Thanh Bình sẽ nghỉ hưu từ năm sau.",
    ],
)
def test_a_retirement_to_come_ends_nothing(text: str) -> None:
    facts = facts_of(text)
    assert posts_of(facts, "formerlyHeld") == set()
    assert posts_of(facts) == {("Võ Thanh Bình", "Tổng cục trưởng Tổng cục Thủy lợi")}


def test_posts_told_after_a_retirement_stay_held() -> None:
    facts = facts_of(
        "Sáng 5/3, ông Võ Thanh Bình, Tổng cục trưởng Tổng cục Thủy lợi, ký quyết định. "
        "Ông Võ Thanh Bình nghỉ hưu từ năm 2021. Ông Võ Thanh Bình là Chủ tịch Hội Thủy lợi Việt Nam."
    )
    assert posts_of(facts) == {("Võ Thanh Bình", "Chủ tịch Hội Thủy lợi Việt Nam")}


@pytest.mark.parametrize(
    ("text", "giver", "taker", "post"),
    [
        (
            "Sáng 5/3, ông Kenji Watanabe nhường lại vị trí Chủ tịch HĐQT Eximbank cho ông Hồ Quang Minh.",
            "Kenji Watanabe",
            "Hồ Quang Minh",
            "Chủ tịch Hội đồng quản trị Ngân hàng TMCP Xuất Nhập khẩu Việt Nam",
        ),
        (
            "Sáng 5/3, sau khi chuyển giao nhiệm vụ Tổng Giám đốc Tập đoàn Hòa Phát cho ông Hồ Quang Minh, "
            "ông Lý Văn Tài giữ chức vụ Phó Chủ tịch HĐQT Tập đoàn Hòa Phát.",
            "Lý Văn Tài",
            "Hồ Quang Minh",
            "Tổng Giám đốc Tập đoàn Hòa Phát",
        ),
    ],
)
def test_a_post_handed_over_ends_the_giver_s_and_is_the_taker_s(text: str, giver: str, taker: str, post: str) -> None:
    facts = facts_of(text)
    assert (giver, post) in posts_of(facts, "formerlyHeld")
    assert (taker, post) in posts_of(facts)
    assert (taker, post) not in posts_of(facts, "formerlyHeld")


def test_nguyen_before_one_title_of_a_clause_ends_that_title_only() -> None:
    facts = facts_of(
        "Sáng 5/3, theo PGS.TS Trần Văn Bình - Nguyên Trưởng khoa nội tiết Bệnh viện Chợ Rẫy, Nguyên Giám đốc "
        "Bệnh viện Nhân dân Gia Định, Chủ tịch Hội Nội tiết Thành phố Hồ Chí Minh cho biết như vậy."
    )
    assert ("Trần Văn Bình", "Giám đốc Bệnh viện Nhân dân Gia Định") in posts_of(facts, "formerlyHeld")
    assert ("Trần Văn Bình", "Chủ tịch Hội Nội tiết Thành phố Hồ Chí Minh") in posts_of(facts)


def test_a_deputy_named_former_who_becomes_head_holds_the_head_s_post() -> None:
    facts = facts_of(
        "Sáng 5/3, Hội đồng trường đã bầu PGS.TS Lê Thị Hạnh nguyên Phó Hiệu trưởng trở thành Hiệu trưởng Trường Đại học Mở Hà Nội."
    )
    assert posts_of(facts) == {("Lê Thị Hạnh", "Hiệu trưởng Trường Đại học Mở Hà Nội")}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, ông Somchai Wongsawat - Thống đốc tỉnh Chiang Rai, Thái Lan, cho biết như vậy.",
        "Sáng 5/3, dinh thự được xây cho Thống đốc Nam Kỳ ở Sài Gòn.",
    ],
)
def test_a_governor_of_a_place_is_not_the_central_bank_s(text: str) -> None:
    facts = facts_of(text)
    assert not any("Ngân hàng Nhà nước" in post for _, post in posts_of(facts) | posts_of(facts, "formerlyHeld"))
    assert "Nam Kỳ" not in labels(facts, "person")


def test_a_bare_governor_still_heads_the_central_bank() -> None:
    facts = facts_of("Sáng 5/3, Thống đốc Lê Minh Hưng phát biểu tại hội nghị.")
    assert posts_of(facts) == {("Lê Minh Hưng", "Thống đốc Ngân hàng Nhà nước Việt Nam")}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, giá dầu có thể tăng mạnh nếu ông Kevin Marsh lên làm Tổng thống Mỹ.",
        "Sáng 5/3, theo ông Đỗ Minh Quang, giá vàng dù ai làm Tổng thống Mỹ cũng sẽ tăng trở lại.",
        "Sáng 5/3, giả sử bà Lê Thu Trang trở thành Giám đốc Sở Y tế tỉnh Hà Nam, ngành y tế sẽ đổi mới.",
    ],
)
def test_a_post_taken_in_a_supposition_is_no_one_s(text: str) -> None:
    facts = facts_of(text)
    assert posts_of(facts) == set()
    assert posts_of(facts, "appointedTo") == set()


@pytest.mark.parametrize(
    ("text", "held", "ended"),
    [
        # the head's post reported given now is no longer the other holder's
        (
            "Sáng 5/3, Công ty Điện lực Sơn La công bố quyết định bổ nhiệm ông Lò Văn Sáng giữ chức Giám đốc Công ty "
            "Điện lực Sơn La. Ông Hà Văn Tú, Giám đốc Công ty Điện lực Sơn La, trao quyết định.",
            {("Lò Văn Sáng", "Giám đốc Công ty Điện lực Sơn La")},
            {("Hà Văn Tú", "Giám đốc Công ty Điện lực Sơn La")},
        ),
        # a deputy's post has several holders at once
        (
            "Sáng 5/3, Công ty Điện lực Sơn La công bố quyết định bổ nhiệm ông Lò Văn Sáng giữ chức Phó Giám đốc Công ty "
            "Điện lực Sơn La. Ông Hà Văn Tú, Phó Giám đốc Công ty Điện lực Sơn La, trao quyết định.",
            {("Lò Văn Sáng", "Phó Giám đốc Công ty Điện lực Sơn La"), ("Hà Văn Tú", "Phó Giám đốc Công ty Điện lực Sơn La")},
            set(),
        ),
    ],
)
def test_a_head_s_post_given_now_ends_it_for_its_other_holder(
    text: str, held: set[tuple[str, str]], ended: set[tuple[str, str]]
) -> None:
    facts = facts_of(text, published=date(2021, 5, 1))
    assert posts_of(facts) == held
    assert posts_of(facts, "formerlyHeld") == ended


def test_an_appointment_told_as_before_the_news_is_superseded_by_the_news() -> None:
    text = (
        "Sáng 5/3, HĐQT Ngân hàng TMCP Sài Gòn Thương Tín bầu ông Lâm Văn Đức giữ chức Chủ tịch HĐQT Ngân hàng TMCP "
        "Sài Gòn Thương Tín. Trước đó, vào tháng 1/2021, ông Tạ Văn Bình được bổ nhiệm làm Chủ tịch HĐQT Ngân hàng "
        "TMCP Sài Gòn Thương Tín. Ông Bình gắn bó với ngân hàng từ năm 2011 với các vị trí Phó Chủ tịch HĐQT Ngân hàng "
        "TMCP Sài Gòn Thương Tín."
    )
    facts = facts_of(text, published=date(2021, 5, 1))
    chair = "Chủ tịch Hội đồng quản trị Ngân hàng TMCP Sài Gòn Thương Tín"
    assert posts_of(facts) == {("Lâm Văn Đức", chair)}
    # the earlier chair's post, and the deputy's post his career list gives in the same board, are over
    assert posts_of(facts, "formerlyHeld") == {("Tạ Văn Bình", chair), ("Tạ Văn Bình", "Phó " + chair)}


def test_a_head_s_post_in_a_career_summary_leaves_a_deputy_s_post_held_now() -> None:
    text = (
        "Sáng 5/3, ông Lò Văn Tùng, Phó Giám đốc Công ty Điện lực Sơn La, phát biểu. Ông Tùng trải qua nhiều vị trí "
        "như Giám đốc Công ty Điện lực Sơn La, Trưởng phòng Kỹ thuật Công ty Điện lực Lai Châu."
    )
    facts = facts_of(text, published=date(2021, 5, 1))
    assert ("Lò Văn Tùng", "Phó Giám đốc Công ty Điện lực Sơn La") in posts_of(facts)
