"""Title constructions of long real articles: who a title belongs to when several people and
titles share a sentence, company boards, and capitalised words that only look like names.

Each sentence is written for the project; each construction recurs across real news."""

import pytest

from govgraph.text import normalize
from tests.conftest import facts_of, labels, posts_of


def test_a_semicolon_ends_the_titles_before_a_name() -> None:
    facts = facts_of(
        "Dự hội nghị có ông Trần Văn Nam, Giám đốc Sở Y tế tỉnh Nghệ An; "
        "Phó Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh; Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý."
    )
    posts = posts_of(facts)
    assert ("Trần Văn Nam", "Giám đốc Sở Y tế tỉnh Nghệ An") in posts
    assert ("Lê Hồng Vinh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An") in posts
    assert ("Lê Hồng Vinh", "Giám đốc Sở Y tế tỉnh Nghệ An") not in posts


def test_titles_after_a_semicolon_that_lead_to_a_name_are_that_names() -> None:
    posts = posts_of(
        facts_of(
            "Dự lễ có Đại tướng Phan Văn Hòa, Ủy viên Bộ Chính trị; "
            "Ủy viên Trung ương Đảng, Phó Chủ tịch nước Lê Thị Mai cùng nhiều đại biểu."
        )
    )
    assert ("Phan Văn Hòa", "Ủy viên Bộ Chính trị") in posts
    assert ("Lê Thị Mai", "Ủy viên Trung ương Đảng") in posts
    assert ("Phan Văn Hòa", "Ủy viên Trung ương Đảng") not in posts
    assert ("Lê Thị Mai", "Ủy viên Bộ Chính trị") not in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại cuộc họp, Bí thư Tỉnh ủy Hà Nam, bà Lê Thị Hạnh yêu cầu khoanh vùng dập dịch.",
            ("Lê Thị Hạnh", "Bí thư Tỉnh ủy Hà Nam"),
        ),
        (
            "Chủ tịch UBND tỉnh An Giang, ông Trần Văn Bình chỉ đạo siết chặt biên giới.",
            ("Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh An Giang"),
        ),
        ("Bộ trưởng Quốc phòng Nga, ông Ivan Petrov, cho biết như vậy.", ("Ivan Petrov", "Bộ trưởng Bộ Quốc phòng Nga")),
    ],
)
def test_a_title_opening_the_clause_before_a_comma_and_a_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_title_after_a_preposition_is_not_the_next_names() -> None:
    text = "Sau nhiều chỉ trích nhằm vào Thủ tướng Thái Lan, ông Somchai Wong cho biết sẽ nộp phạt."
    assert not any(person == "Somchai Wong" for person, _ in posts_of(facts_of(text)))


def test_the_one_succeeded_held_the_post_before() -> None:
    facts = facts_of("Đại hội đã bầu ông Lê Minh An làm Chủ tịch Hội Nông dân Việt Nam, kế nhiệm ông Trần Quốc Việt.")
    assert ("Lê Minh An", "Chủ tịch Hội Nông dân Việt Nam") in posts_of(facts)
    assert ("Trần Quốc Việt", "Chủ tịch Hội Nông dân Việt Nam") in posts_of(facts, "formerlyHeld")


def test_the_one_succeeded_does_not_take_the_new_post() -> None:
    facts = facts_of("Năm 2018, ông kế nhiệm ông Trần Quốc Việt trở thành Chủ tịch Hội Nông dân Việt Nam.")
    assert not any(person == "Trần Quốc Việt" for person, _ in posts_of(facts))


def test_a_successor_named_after_the_noun_replaces_no_one() -> None:
    facts = facts_of("Ông Lê Văn Hưng, nguyên Chủ tịch Hội Nông dân Việt Nam, khen người kế nhiệm Trần Quốc Việt.")
    assert not any(person == "Trần Quốc Việt" for person, _ in posts_of(facts, "formerlyHeld"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Phạm Văn Long, Chủ tịch HĐQT Eximbank, trả lời cổ đông Eximbank.",
            ("Phạm Văn Long", "Chủ tịch Hội đồng quản trị Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
        ),
        (
            "Chủ tịch HĐQT tập đoàn Hòa Bình Trần Đình Khôi nói về Hòa Bình.",
            ("Trần Đình Khôi", "Chủ tịch Hội đồng quản trị Tập đoàn Hòa Bình"),
        ),
        ("Chủ tịch HĐQT Sunbank Yasuo Tanaka khai mạc đại hội Sunbank.", ("Yasuo Tanaka", "Chủ tịch Hội đồng quản trị Sunbank")),
        ("Bà Trần Thị Lan, Tổng Giám đốc NutiMilk chia sẻ kế hoạch của NutiMilk.", ("Trần Thị Lan", "Tổng Giám đốc NutiMilk")),
        (
            "Tổng Giám đốc Vietcapbank Nguyễn Thanh Sơn cho biết Vietcapbank tăng vốn.",
            ("Nguyễn Thanh Sơn", "Tổng Giám đốc Vietcapbank"),
        ),
    ],
)
def test_company_boards_and_brands_after_a_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_brand_written_once_may_be_a_typing_slip() -> None:
    facts = facts_of("Ông Lê Văn Khải được bổ nhiệm làm Chủ tịch HĐQT SaoBankthay cho ông Trần Hòa.")
    assert not any("SaoBankthay" in label for label in labels(facts, "org"))


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("CEO Zentrix Maria Holm cho biết doanh số tăng. Zentrix bán 2 triệu máy.", "Maria Holm", "CEO Zentrix"),
        ("Cố Chủ tịch Korvel Park Min-jae để lại cổ phần. Gia đình chưa bán cổ phiếu Korvel.", "Park Min-jae", "Chủ tịch Korvel"),
    ],
)
def test_a_brand_the_article_names_alone_is_the_company_before_a_foreign_name(text: str, person: str, post: str) -> None:
    facts = facts_of(text)
    assert person in labels(facts, "person")
    assert any(holder == person and label == post for holder, label in posts_of(facts) | posts_of(facts, "formerlyHeld"))


def test_a_first_name_written_again_with_its_surname_is_no_brand() -> None:
    facts = facts_of("Chủ tịch Florentino Perez phát biểu. Sau đó Florentino Perez rời phòng họp.")
    assert "Florentino Perez" in labels(facts, "person") and "Florentino" not in labels(facts, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Florentino Perez phát biểu trước báo giới.",  # a foreign person's name, no company
        "Giám đốc Marketing của hãng cho biết như vậy.",  # a function, no company
        "Giám đốc CDC Hà Tĩnh Lê Văn Bình cho biết.",  # the CDC of a province, no company "CDC"
    ],
)
def test_no_company_from_a_name_a_function_or_a_local_body(text: str) -> None:
    facts = facts_of(text)
    assert not {"Florentino", "Marketing", "CDC"} & labels(facts, "org")


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Bác sĩ Lê Văn Tâm, Trưởng khoa Tim mạch, Bệnh viện Bạch Mai cho biết.", "Tim"),
        ("Thứ trưởng Bộ GD&ĐT yêu cầu Đoàn Thanh tra làm việc khách quan.", "Đoàn Thanh"),
        ("Ông Lê Minh, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Lào, dự lễ.", "Cộng"),
        ("Thẩm phán Tòa hình sự TAND TP Hà Nội là ông Phan Văn Cương.", "Tòa"),
    ],
)
def test_a_word_cut_from_its_second_syllable_is_no_name(text: str, not_a_person: str) -> None:
    assert not_a_person not in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ông Hứa Ngọc Nghĩa là Trưởng Ban Kiểm soát nhiệm kỳ mới.", "Hứa Ngọc Nghĩa"),
        ("Tổng thống Séc Milos Zeman hạ nhiệt tình hình.", "Milos Zeman"),
        ("Cô giáo Nguyễn Mai Thu đón cháu tại cổng trường.", "Nguyễn Mai Thu"),
    ],
)
def test_names_glued_to_the_next_word_stay_names(text: str, person: str) -> None:
    assert person in labels(facts_of(text), "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Vũ Văn Minh - Chủ tịch xã Tân Lạc cho biết.", ("Vũ Văn Minh", "Chủ tịch Ủy ban nhân dân xã Tân Lạc")),
        ("Ông Lê Văn Tiến, Phó Chủ tịch phường Hòa Minh, nói.", ("Lê Văn Tiến", "Phó Chủ tịch Ủy ban nhân dân phường Hòa Minh")),
    ],
)
def test_the_chair_of_a_commune_or_ward_heads_its_peoples_committee(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_board_named_alone_keeps_the_chain_of_titles_going() -> None:
    text = "Ông Phạm Văn Sơn, Phó Chủ tịch HĐQT - Tổng Giám đốc SaoBank cho biết SaoBank tăng vốn."
    assert ("Phạm Văn Sơn", "Tổng Giám đốc SaoBank") in posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "head", "deputy"),
    [
        (
            "Ông Đỗ Văn Tâm, Phó Giám đốc, được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Bình Định.",
            "Giám đốc Sở Xây dựng tỉnh Bình Định",
            "Phó Giám đốc Sở Xây dựng tỉnh Bình Định",
        ),
        (
            "Bộ trưởng trao quyết định bổ nhiệm bà Lê Thu Hà, Phó Hiệu trưởng thường trực, giữ chức Hiệu trưởng "
            "Trường Đại học Thủy lợi.",
            "Hiệu trưởng Trường Đại học Thủy lợi",
            "Phó Hiệu trưởng Trường Đại học Thủy lợi",
        ),
    ],
)
def test_a_deputy_appointed_head_leaves_the_deputy_post_of_that_body(text: str, head: str, deputy: str) -> None:
    facts = facts_of(text)
    person = next(iter({p for p, post in posts_of(facts) if post == head}))
    assert (person, deputy) in posts_of(facts, "formerlyHeld")
    assert (person, deputy) not in posts_of(facts)


def test_a_deputy_title_beside_another_bodys_appointment_is_left_alone() -> None:
    facts = facts_of("Ông Đỗ Văn Tâm, Phó Chủ tịch, được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Bình Định.")
    assert not posts_of(facts, "formerlyHeld")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Khải, Chủ tịch UBND TP Bảo Lộc cho biết sẽ kiểm tra.",
            ("Lê Văn Khải", "Chủ tịch Ủy ban nhân dân thành phố Bảo Lộc"),
        ),
        (
            "Ông Phạm Hữu Tài, Chủ tịch HĐND TX. Sơn Tây, chủ trì phiên họp.",
            ("Phạm Hữu Tài", "Chủ tịch Hội đồng nhân dân thị xã Sơn Tây"),
        ),
        (
            "PGS.TS Trần Minh Đức giữ chức Giám đốc ĐHQG TP.HCM.",
            ("Trần Minh Đức", "Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh"),
        ),
    ],
)
def test_bodies_of_towns_and_cities_written_short(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_province_written_short_keeps_the_provinces_own_body() -> None:
    facts = facts_of("Ông Trần Văn Lâm, Chủ tịch UBND TP Cần Thơ, phát biểu.")
    assert ("Trần Văn Lâm", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ") in posts_of(facts)
    assert "Ủy ban nhân dân thành phố Cần Thơ" in labels(facts, "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hồ Văn Lực, Quyền Chủ tịch UBND huyện Đức Trọng, kiểm tra công trình.",
            ("Hồ Văn Lực", "Quyền Chủ tịch Ủy ban nhân dân huyện Đức Trọng"),
        ),
        (
            "Quyền Giám đốc Sở Tư pháp tỉnh Hà Tĩnh Nguyễn Thị Hương trình bày báo cáo.",
            ("Nguyễn Thị Hương", "Quyền Giám đốc Sở Tư pháp tỉnh Hà Tĩnh"),
        ),
    ],
)
def test_an_acting_title_is_a_post_of_its_own(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_the_word_for_acting_alone_is_no_title() -> None:
    facts = facts_of("Quyền lợi của người lao động do Công đoàn Việt Nam bảo vệ, ông Lê Văn Tám cho biết.")
    assert not posts_of(facts)


def test_a_spokespersons_title_written_small_before_its_body() -> None:
    facts = facts_of("Theo người phát ngôn Bộ Y tế Trần Thị Lan, số ca mắc giảm. Người phát ngôn cho biết thêm như vậy.")
    assert ("Trần Thị Lan", "Người phát ngôn Bộ Y tế") in posts_of(facts)


def test_a_deputy_spokespersons_short_title() -> None:
    facts = facts_of("Phó Phát ngôn Bộ Công Thương Lê Văn Dũng trả lời báo chí.")
    assert any(person == "Lê Văn Dũng" and "Bộ Công Thương" in post for person, post in posts_of(facts))


def test_the_acting_word_at_the_end_of_another_word_is_no_title() -> None:
    facts = facts_of("Chính quyền Tổng thống Mỹ Joe Biden công bố biện pháp mới. Ông cho rằng chính quyền Thủ tướng Anh sai.")
    assert ("Joe Biden", "Tổng thống Hoa Kỳ") in posts_of(facts)
    assert not any(post.startswith("Quyền") for _, post in posts_of(facts))


def test_a_city_written_short_at_the_end_of_a_line_takes_no_word_of_the_next() -> None:
    facts = facts_of("Đoàn kiểm tra làm việc với UBND TP.\nDo vậy, ông Lê Văn Bình cho biết sẽ khắc phục.")
    assert not any("Do" in label for label in labels(facts, "org"))


def test_a_title_joined_by_kiem_shares_the_next_titles_body() -> None:
    facts = facts_of("Ông Lý Văn Hải đồng thời là Chủ tịch kiêm Tổng Giám đốc Tổng Công ty Xây dựng Sông Hồng.")
    posts = posts_of(facts)
    assert ("Lý Văn Hải", "Chủ tịch Tổng Công ty Xây dựng Sông Hồng") in posts
    assert ("Lý Văn Hải", "Tổng Giám đốc Tổng Công ty Xây dựng Sông Hồng") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Tạ Văn Hùng - Phó Tổng cục trưởng Tổng cục Thủy lợi cho biết mực nước đang giảm.",
            ("Tạ Văn Hùng", "Phó Tổng cục trưởng Tổng cục Thủy lợi"),
        ),
        (
            "Bà Lê Thị Hoa, Quyền Phó Cục trưởng Cục Thuế tỉnh Nghệ An, trả lời.",
            ("Lê Thị Hoa", "Quyền Phó Cục trưởng Cục Thuế tỉnh Nghệ An"),
        ),
    ],
)
def test_a_deputys_title_built_from_any_listed_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_listed_title_with_its_qualifier_is_read_whole_before_the_deputy_rule() -> None:
    facts = facts_of("Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh Vương Văn An kiểm tra chốt.")
    assert any(p == "Vương Văn An" and "Ủy ban nhân dân tỉnh Bắc Ninh" in post for p, post in posts_of(facts))


def test_a_foreign_body_named_by_its_building_is_no_part_of_the_next_name() -> None:
    facts = facts_of("Người phát ngôn Lầu Năm Góc Mark Allen cho biết Mỹ sẽ hỗ trợ tìm kiếm.")
    assert ("Mark Allen", "Người phát ngôn Bộ Quốc phòng Hoa Kỳ") in posts_of(facts)
    assert "Mark Allen" in labels(facts, "person")


def test_kiem_between_a_party_title_and_a_state_post_shares_no_body() -> None:
    facts = facts_of("Từ năm 2019, ông Trịnh Văn Lộc là Bí thư kiêm Chủ tịch UBND tỉnh Yên Bái.")
    posts = posts_of(facts)
    assert ("Trịnh Văn Lộc", "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái") in posts
    assert ("Trịnh Văn Lộc", "Bí thư Ủy ban nhân dân tỉnh Yên Bái") not in posts


def test_a_hamlet_named_after_its_word_is_a_place_not_a_person() -> None:
    facts = facts_of("UBND tỉnh lập vùng cách ly y tế đối với thôn Quan Hòa, xã Đạo Lý và ấp Tân Phú.")
    assert not labels(facts, "person")


def test_a_school_written_small_before_its_level_is_named_with_its_head() -> None:
    facts = facts_of("Em Lan học trường THPT Lê Quý Đôn, còn anh trai học trường ĐH Bách khoa Đà Nẵng.")
    assert {"Trường THPT Lê Quý Đôn", "Trường Đại học Bách khoa Đà Nẵng"} <= labels(facts, "org")
    assert "Lê Quý Đôn" not in labels(facts, "person")


@pytest.mark.parametrize(
    "text",
    ["Thị trường BĐS Sầm Sơn sôi động trở lại.", "Nhiều trường ĐH đã công bố phương án tuyển sinh."],
)
def test_no_school_from_another_word_or_a_level_without_a_name(text: str) -> None:
    assert not labels(facts_of(text), "org")


def test_the_longest_level_of_school_is_read() -> None:
    facts = facts_of("Trước cổng trường Trung học cơ sở Lê Lợi có nhiều phụ huynh chờ đón con.")
    assert "Trường Trung học cơ sở Lê Lợi" in labels(facts, "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Phú - Giám đốc Sở GD-ĐT tỉnh Quảng Trị cho biết.",
            ("Lê Văn Phú", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Trị"),
        ),
        (
            "Ông Hà Văn Thành - Tổng cục trưởng Tổng cục giáo dục nghề nghiệp dự lễ.",
            ("Hà Văn Thành", "Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp"),
        ),
    ],
)
def test_sectors_abbreviated_with_a_hyphen_and_general_departments(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


@pytest.mark.parametrize(
    "name",
    [
        "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Giang",
        "Trung tâm Phòng cháy, Chữa cháy và Cứu nạn, Cứu hộ",
        "Trung tâm Văn hóa -Thể thao Quận 3",
    ],
)
def test_a_body_name_runs_through_set_phrases_and_joined_dashes(name: str) -> None:
    facts = facts_of(f"Sáng nay, {name} đã họp khẩn với các đơn vị.")
    first = normalize(name).split(",")[0]  # a dash glued to the next word gets its space back
    assert any(label.startswith(first) and label.endswith(name.split()[-1]) for label in labels(facts, "org"))


def test_a_dash_with_spaces_still_ends_a_body_name() -> None:
    facts = facts_of("Theo Tập đoàn Hòa Bình - ông Lê Văn Tâm cho biết giá thép tăng.")
    assert not any("Lê Văn Tâm" in label for label in labels(facts, "org"))


def test_a_concept_named_after_a_body_is_no_body() -> None:
    assert not labels(facts_of("Các địa phương đẩy mạnh xây dựng Chính phủ điện tử, hướng tới Chính phủ số."), "org")
    assert "Chính phủ" in labels(facts_of("Theo Nghị quyết của Chính phủ số 58/NQ-CP, các bộ phải báo cáo."), "org")


def test_the_home_country_after_a_ministry_belongs_to_the_title() -> None:
    posts = posts_of(facts_of("Chủ trì họp báo, Phó Phát ngôn Bộ Ngoại giao Việt Nam Lê Thành Trung khẳng định lập trường."))
    assert posts == {("Lê Thành Trung", "Phó Phát ngôn Bộ Ngoại giao")}


def test_former_ends_only_the_title_it_stands_before() -> None:
    facts = facts_of(
        "Phát biểu tại đại hội, ông Lạc Văn Đông, nguyên Thứ trưởng Bộ Nội vụ, Chủ tịch Hội Luật gia tỉnh Hà Nam, đề nghị."
    )
    assert posts_of(facts) == {("Lạc Văn Đông", "Chủ tịch Hội Luật gia tỉnh Hà Nam")}
    assert posts_of(facts, "formerlyHeld") == {("Lạc Văn Đông", "Thứ trưởng Bộ Nội vụ")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo ông Hà Văn Dũng, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập, năm nay được mùa.",
            {("Hà Văn Dũng", "Bí thư Đảng ủy xã Tân Lập"), ("Hà Văn Dũng", "Chủ tịch Ủy ban nhân dân xã Tân Lập")},
        ),
        (
            "PGS Lưu Văn Tâm, Phó Bí thư Đảng ủy, Quyền Giám đốc Học viện Báo chí và Tuyên truyền đã dự.",
            {
                ("Lưu Văn Tâm", "Phó Bí thư Đảng ủy Học viện Báo chí và Tuyên truyền"),
                ("Lưu Văn Tâm", "Quyền Giám đốc Học viện Báo chí và Tuyên truyền"),
            },
        ),
        (
            "Ông Lò Văn Hà, Bí thư Đảng ủy kiêm Chủ tịch HĐND phường Tân Mai, phát biểu.",
            {("Lò Văn Hà", "Bí thư Đảng ủy phường Tân Mai"), ("Lò Văn Hà", "Chủ tịch Hội đồng nhân dân phường Tân Mai")},
        ),
        # a district's Party committee has a name of its own ("Huyện ủy"): no body is made up
        (
            "Bà Lê Thị Hồng, Phó Bí thư Đảng ủy, Chủ tịch UBND huyện Mộc Châu, dự họp.",
            {("Lê Thị Hồng", "Chủ tịch Ủy ban nhân dân huyện Mộc Châu")},
        ),
    ],
)
def test_a_bare_party_committee_belongs_to_the_next_titles_body(text: str, expected: set[tuple[str, str]]) -> None:
    assert posts_of(facts_of(text)) == expected


def test_former_carries_over_a_title_that_shares_the_next_ones_body() -> None:
    facts = facts_of("Ông Phan Văn Nam, nguyên Chủ tịch HĐQT, Giám đốc Công ty cổ phần Sao Mai, bị bắt.")
    assert posts_of(facts) == set()
    assert ("Phan Văn Nam", "Giám đốc Công ty cổ phần Sao Mai") in posts_of(facts, "formerlyHeld")


def test_a_party_committee_before_a_council_is_the_governed_bodys() -> None:
    posts = posts_of(facts_of("PGS Huỳnh Văn Minh, Bí thư Đảng ủy, Chủ tịch Hội đồng Đại học Huế khẳng định."))
    assert ("Huỳnh Văn Minh", "Bí thư Đảng ủy Đại học Huế") in posts


def test_a_school_named_after_a_person_inside_a_council() -> None:
    posts = posts_of(facts_of("Bà Lê Thu Hà, thành viên Hội đồng trường ĐH Tôn Đức Thắng, được bầu lại."))
    assert posts == {("Lê Thu Hà", "Thành viên Hội đồng trường Đại học Tôn Đức Thắng")}


def test_former_does_not_carry_over_a_title_that_needs_no_body() -> None:
    facts = facts_of("Bà Trần Thị Hoa, nguyên Phó Chủ tịch nước, Chủ tịch Hội Nông dân Việt Nam, phát biểu.")
    assert posts_of(facts) == {("Trần Thị Hoa", "Chủ tịch Hội Nông dân Việt Nam")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Về phía khách mời có Thứ trưởng Bộ Khoa học và Công nghệ (KH&CN) Lê Văn Hồi cùng đại diện các đơn vị.",
            ("Lê Văn Hồi", "Thứ trưởng Bộ Khoa học và Công nghệ"),
        ),
        (
            "Ông Lê Văn Phúc, Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Nam Định, chủ trì phiên họp.",
            ("Lê Văn Phúc", "Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Nam Định"),
        ),
        (
            "Thượng tướng Lê Văn An - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đến làm việc tại tỉnh.",
            ("Lê Văn An", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"),
        ),
    ],
)
def test_titles_through_an_abbreviation_a_steering_committee_and_the_army(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))


def test_a_verb_after_a_steering_committee_ends_its_name() -> None:
    posts = posts_of(facts_of("Ông Lê Văn Phúc - Trưởng Ban Chỉ đạo Cải cách tư pháp Trung ương chủ trì phiên họp."))
    assert posts == {("Lê Văn Phúc", "Trưởng Ban Chỉ đạo Cải cách tư pháp Trung ương")}


def test_a_bare_ministers_title_takes_the_one_ministry_the_article_names() -> None:
    text = "Bộ Công an tổ chức hội nghị trực tuyến. Phát biểu, Thứ trưởng Lê Duy Ngọc nhấn mạnh yêu cầu."
    assert posts_of(facts_of(text)) == {("Lê Duy Ngọc", "Thứ trưởng Bộ Công an")}
    # two ministries, or a foreign one: no guess
    assert posts_of(facts_of("Bộ Y tế và Bộ Công an họp. Thứ trưởng Lê Duy Ngọc phát biểu.")) == set()
    assert posts_of(facts_of("Bộ Quốc phòng Anh cho biết. Bộ trưởng Hartwell sẽ công bố chi tiết.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lý Văn Hào, Phó Chủ tịch HĐQT - Tổng Giám đốc Công ty CP Thép Sông Đà, cho biết.",
        "Ông Lý Văn Hào, Phó Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Thép Sông Đà, cho biết.",
    ],
)
def test_a_board_named_alone_is_that_of_the_company_the_next_title_names(text: str) -> None:
    assert ("Lý Văn Hào", "Phó Chủ tịch Hội đồng quản trị Công ty CP Thép Sông Đà") in posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lò Văn Quý, Giám đốc Viettel Sơn La, cho biết.", ("Lò Văn Quý", "Giám đốc Viettel Sơn La")),
        (
            "Zentrix ra mắt sản phẩm mới. Bà Hà Thu Trang, Tổng Giám đốc Zentrix tại Việt Nam, Lào và Campuchia, cho biết.",
            ("Hà Thu Trang", "Tổng Giám đốc Zentrix Việt Nam"),
        ),
    ],
)
def test_a_company_s_arm_named_after_its_brand(text: str, expected: tuple[str, str]) -> None:
    assert expected in posts_of(facts_of(text))
