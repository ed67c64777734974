"""Provincial organs written without their province ("Công an tỉnh", "Sở Y tế"), read as the
organs of the province the article speaks of, and the limits of that reading."""

from __future__ import annotations

import pytest

from tests.conftest import facts_of, labels, posts_of


def org_aliases(text: str) -> dict[str, set[str]]:
    facts = facts_of(text)
    return {e.label: e.aliases for e in facts.entities.values() if e.kind == "org" and e.mentions}


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        (
            "UBND tỉnh Lạng Sơn yêu cầu Công an tỉnh tăng cường tuần tra trên các tuyến biên giới.",
            "Công an tỉnh Lạng Sơn",
            "Công an tỉnh",
        ),
        (
            "Tỉnh ủy Bắc Giang chỉ đạo Bộ Chỉ huy Quân sự tỉnh chuẩn bị khu cách ly cho công nhân.",
            "Bộ Chỉ huy Quân sự tỉnh Bắc Giang",
            "Bộ Chỉ huy Quân sự tỉnh",
        ),
        (
            "UBND tỉnh Kiên Giang giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh kiểm soát đường mòn, lối mở.",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        ),
        (
            "UBND TP Hải Phòng giao Công an thành phố xử phạt người không đeo khẩu trang.",
            "Công an thành phố Hải Phòng",
            "Công an thành phố",
        ),
    ],
)
def test_bare_provincial_organ_takes_the_article_province(text: str, name: str, written: str) -> None:
    aliases = org_aliases(text)
    assert name in aliases
    assert written in aliases[name]


def test_bare_department_takes_its_sector_and_the_article_province() -> None:
    aliases = org_aliases("UBND tỉnh Yên Bái giao Sở Y tế và Sở Giao thông vận tải lập chốt kiểm soát dịch.")
    assert "Sở Y tế" in aliases["Sở Y tế tỉnh Yên Bái"]
    assert "Sở Giao thông vận tải" in aliases["Sở Giao thông vận tải tỉnh Yên Bái"]


def test_department_by_the_abbreviation_of_its_sector() -> None:
    aliases = org_aliases("Sở GD&ĐT Hà Nội đề nghị các trường tăng cường khử khuẩn.")
    assert "Sở Giáo dục và Đào tạo thành phố Hà Nội" in aliases


def test_bare_department_without_a_province_in_the_article_is_left_out() -> None:
    assert org_aliases("Sở Y tế đề nghị người dân khai báo y tế.") == {}


def test_plural_department_is_every_province_s() -> None:
    aliases = org_aliases("UBND tỉnh Phú Yên họp. Bộ GD&ĐT đề nghị các Sở GD&ĐT chuẩn bị kỳ thi.")
    assert not any(name.startswith("Sở ") for name in aliases)


def test_tie_between_provinces_names_none() -> None:
    text = "Công văn gửi Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình. Sở Tư pháp phối hợp với Công an tỉnh rà soát."
    aliases = org_aliases(text)
    assert not any(name.startswith("Công an tỉnh ") for name in aliases)


def test_bare_organ_before_a_place_name_is_not_the_province_s() -> None:
    """ "Công an TP Vinh" is the police of a city inside a province, not the province's."""
    aliases = org_aliases("UBND tỉnh Nghệ An chỉ đạo. Công an TP Vinh phối hợp khám nghiệm hiện trường.")
    assert "Công an tỉnh Nghệ An" not in aliases
    assert "Công an thành phố Nghệ An" not in aliases


def test_general_corporation_with_a_capital_c() -> None:
    assert "Tổng Công ty Cảng biển Miền Trung" in org_aliases("Tổng Công ty Cảng biển Miền Trung đang quản lý dự án bến số 3.")


def test_and_before_a_second_head_noun_ends_the_first_name() -> None:
    aliases = org_aliases("Tham dự có đại diện Tổng Công ty Khí Việt Nam và Ban Quản lý dự án Nhiệt điện Thái Bình.")
    assert "Tổng Công ty Khí Việt Nam" in aliases
    assert not any(" và Ban" in name for name in aliases)


def test_and_before_a_numbered_document_ends_the_name() -> None:
    aliases = org_aliases("Theo hướng dẫn của Ban Chỉ đạo Quốc gia và Quyết định số 12/QĐ-UBND của UBND tỉnh Hà Nam.")
    assert "Ban Chỉ đạo Quốc gia" in aliases
    assert not any("Quyết định" in name for name in aliases)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ca bệnh được chuyển tới Bệnh viện Bệnh nhiệt đới tỉnh Bình Định điều trị.", "Bệnh viện Bệnh nhiệt đới tỉnh Bình Định"),
        ("Sinh viên Trường ĐH Ngoại ngữ tin học TP.HCM dự lễ.", "Trường Đại học Ngoại ngữ tin học TP.HCM"),
    ],
)
def test_lower_case_nouns_before_the_province_stay_in_the_name(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_lower_case_verb_before_a_province_ends_the_name() -> None:
    aliases = org_aliases("Viện Vệ sinh dịch tễ Trung ương đề nghị tỉnh Hà Nam truy vết các ca tiếp xúc.")
    assert "Viện Vệ sinh dịch tễ Trung ương" in aliases
    assert not any("đề nghị" in name for name in aliases)


def test_person_after_a_bare_local_organ_is_not_its_name() -> None:
    aliases = org_aliases("UBND tỉnh Tiền Giang họp. Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Bình phát biểu.")
    assert not any("Trần" in name for name in aliases)


@pytest.mark.parametrize(
    ("text", "body", "not_person"),
    [
        ("Cán bộ UBND xã Lê Văn Tám đến từng hộ dân phát khẩu trang.", "Ủy ban nhân dân xã Lê Văn Tám", "Lê Văn Tám"),
        ("Công an phường Trần Thái Tông phối hợp phân luồng giao thông.", "Công an phường Trần Thái Tông", "Thái Tông"),
        (
            "Anh Minh trú phường Hoàng Văn Thụ, còn đại diện UBND phường Hoàng Văn Thụ cho biết.",
            "Ủy ban nhân dân phường Hoàng Văn Thụ",
            "Hoàng Văn Thụ",
        ),
    ],
)
def test_a_ward_or_commune_named_after_a_person(text: str, body: str, not_person: str) -> None:
    facts = facts_of(text)
    assert body in labels(facts, "org")
    assert not_person not in labels(facts, "person")


def test_a_title_before_a_bare_commune_reads_the_person_after_it() -> None:
    facts = facts_of("Chủ tịch UBND xã Nguyễn Văn Hòa cho biết xã đã lập chốt kiểm dịch.")
    assert "Nguyễn Văn Hòa" in labels(facts, "person")
    assert not any("Nguyễn" in name for name in labels(facts, "org"))


def test_bare_organ_before_a_town_named_like_a_surname_is_not_the_province_s() -> None:
    aliases = org_aliases("UBND tỉnh Bình Phước họp. Công an TP Đồng Xoài trích xuất camera.")
    assert not any(name.startswith("Công an") and "Bình Phước" in name for name in aliases)


def test_person_after_a_bare_organ_keeps_the_organ() -> None:
    aliases = org_aliases("UBND tỉnh Nghệ An họp. Giám đốc Công an tỉnh Nguyễn Đức Hải báo cáo.")
    assert "Công an tỉnh Nghệ An" in aliases


def test_fatherland_front_committee_of_a_province_in_its_written_forms() -> None:
    text = "Lãnh đạo UB MTTQ Việt Nam TP Hải Phòng cho biết. Sau đó, UB MTTQ Hải Phòng công bố danh sách."
    aliases = org_aliases(text)
    assert {"UB MTTQ Việt Nam TP Hải Phòng", "UB MTTQ Hải Phòng"} <= aliases[
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng"
    ]
    assert "Mặt trận Tổ quốc Việt Nam" in aliases


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("Chủ tịch UBND TP Quảng Ngãi ký quyết định.", "Ủy ban nhân dân thành phố Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        ("Công an thành phố Điện Biên Phủ xác minh vụ việc.", "Công an thành phố Điện Biên Phủ", "Công an tỉnh Điện Biên"),
    ],
)
def test_organ_of_a_city_named_like_its_province_is_the_city_s(text: str, name: str, not_name: str) -> None:
    aliases = org_aliases(text)
    assert name in aliases
    assert not_name not in aliases


def test_organ_of_a_centrally_run_city_is_the_province_s() -> None:
    assert "Ủy ban nhân dân thành phố Đà Nẵng" in org_aliases("UBND TP Đà Nẵng ban hành kế hoạch.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người bệnh được Trung tâm y tế huyện Mường Tè đưa đi cách ly.", "Trung tâm Y tế huyện Mường Tè"),
        ("Cục thi hành án dân sự tỉnh Kon Tum đã tổ chức cưỡng chế.", "Cục thi hành án dân sự tỉnh Kon Tum"),
        ("Trạm y tế xã Tân Lập tiêm cho 200 người.", "Trạm y tế xã Tân Lập"),
        ("Bệnh viện đa khoa TP Sầm Sơn tiếp nhận ca bệnh.", "Bệnh viện đa khoa TP Sầm Sơn"),
        ("Phòng Tài nguyên và Môi trường huyện Tiên Yên kiểm tra hiện trường.", "Phòng Tài nguyên và Môi trường huyện Tiên Yên"),
        ("Hội cựu chiến binh phường 7 trao quà.", "Hội cựu chiến binh phường 7"),
    ],
)
def test_local_body_named_by_its_field_in_small_letters(text: str, name: str) -> None:
    assert name in org_aliases(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị cán bộ chủ chốt tỉnh Lạng Sơn diễn ra sáng nay.",  # "Hội nghị" is another word
        "Phòng chống dịch huyện Văn Lâm được siết chặt.",  # "Phòng chống" too
        "Sở dĩ tỉnh Lạng Sơn làm tốt là nhờ người dân.",
        "Trung tâm y tế các huyện Lộc Bình, Cao Lộc được huy động.",  # a determiner: no one body
        "Sở Y tế và Thành phố Hà Nội cùng rà soát.",  # "và" before a unit joins two parties
    ],
)
def test_field_words_that_are_no_body_s_name(text: str) -> None:
    assert not any(name.endswith(("Lạng Sơn", "Văn Lâm", "Lộc Bình", "Thành phố Hà Nội")) for name in org_aliases(text))


def test_title_over_a_local_body_named_by_its_field() -> None:
    facts = facts_of("Ông Hà Văn Sĩ, Phó Trưởng phòng Nội vụ huyện Bắc Mê, cho biết hồ sơ đã đủ.")
    assert ("Hà Văn Sĩ", "Phó Trưởng phòng Nội vụ huyện Bắc Mê") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "person", "post", "body"),
    [
        (
            "TS Lưu Văn Định, Trưởng phòng Đào tạo, Trường ĐH Lâm nghiệp cho biết.",
            "Lưu Văn Định",
            "Trưởng phòng Đào tạo Trường Đại học Lâm nghiệp",  # the unit of the school named after it
            "Phòng Đào tạo",
        ),
        (
            "BS Hà Minh Khôi, Phó Trưởng khoa Ngoại thần kinh, Bệnh viện Hữu nghị cho biết.",
            "Hà Minh Khôi",
            "Phó Trưởng khoa Ngoại thần kinh Bệnh viện Hữu nghị",
            "Khoa Ngoại thần kinh",
        ),
    ],
)
def test_a_unit_named_after_a_title_that_ends_with_its_head(text: str, person: str, post: str, body: str) -> None:
    facts = facts_of(text)
    assert (person, post) in posts_of(facts)
    assert body in labels(facts, "org")


def test_a_unit_head_alone_starts_no_body() -> None:
    aliases = org_aliases("Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ khuyến cáo người dân. Phòng Họp A đã kín chỗ.")
    assert "Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ" in aliases
    assert not any(name.startswith("Phòng") for name in aliases)


def test_a_plural_or_every_level_makes_a_name_a_kind_of_body() -> None:
    aliases = org_aliases(
        "Bộ yêu cầu các Ban Quản lý di tích thực hiện nghiêm. Ban Chỉ đạo phòng chống dịch các cấp trực 24/24 giờ. "
        "Học sinh các trường THCS Lê Lợi, THCS Quang Trung được nghỉ."
    )
    assert not any(name.startswith(("Ban Quản lý di tích", "Ban Chỉ đạo")) for name in aliases)
    assert any(name.endswith("THCS Lê Lợi") for name in aliases)


def test_a_name_never_ends_inside_a_word() -> None:
    aliases = org_aliases("Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin Việt Nam tổ chức hội thảo.")
    assert "Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin Việt Nam" in aliases


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ông Lê Văn Tâm - Giám đốc Sở Văn hóa - Thể thao & Du lịch (VH-TT&DL) tỉnh Quảng Nam cho biết.",
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam",
        ),
        (
            "Bà Trần Thu Hà, Phó Giám đốc Sở Văn hóa thể thao và du lịch Ninh Bình, cho biết.",
            "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
        ),
        (
            "Ông Đỗ Minh Quân - Giám đốc Sở Tài nguyên & Môi trường tỉnh Bắc Ninh chia sẻ.",
            "Giám đốc Sở Tài nguyên và Môi trường tỉnh Bắc Ninh",
        ),
        (
            "Ông Phạm Văn Hải, Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Hòa Bình, phát biểu.",
            "Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình",
        ),
    ],
)
def test_a_department_whose_sector_parts_are_joined_otherwise(text: str, post: str) -> None:
    facts = facts_of(text)
    assert post in {p for _, p in posts_of(facts)}


def test_a_ministry_named_with_an_ampersand_is_the_listed_ministry() -> None:
    facts = facts_of("Bộ trưởng Bộ Khoa học & Công nghệ Nguyễn Văn Minh cho biết.")
    assert ("Nguyễn Văn Minh", "Bộ trưởng Bộ Khoa học và Công nghệ") in posts_of(facts)


def test_the_long_name_of_a_province_s_party_committee_written_bare() -> None:
    facts = facts_of(
        "Bà Lò Thị Mai, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Nội vụ tỉnh Điện Biên, phát biểu. "
        "Ban Chấp hành Đảng bộ huyện Mường Ảng họp."
    )
    assert ("Lò Thị Mai", "Ủy viên Tỉnh ủy Điện Biên") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ông Hà Văn Lộc, Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn, dự hội nghị.",
            "Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn",
        ),
        (
            "Bà Phan Thị Hoa, Phó Bí thư Đảng ủy khối doanh nghiệp TP Đà Nẵng, phát biểu.",
            "Phó Bí thư Đảng ủy Khối doanh nghiệp TP Đà Nẵng",
        ),
    ],
)
def test_the_party_committee_of_a_province_s_bloc_of_bodies(text: str, post: str) -> None:
    assert post in {p for _, p in posts_of(facts_of(text))}


def test_a_department_before_every_province_is_no_one_province_s() -> None:
    aliases = org_aliases(
        "UBND TP Cần Thơ họp về du lịch. Theo số liệu của Sở Du lịch các tỉnh, thành phố, lượng khách tăng mạnh."
    )
    assert not any(name.startswith("Sở Du lịch") for name in aliases)
