from datetime import date

import pytest

from tests.conftest import facts_of, labels, posts_of


def org_aliases(text: str) -> dict[str, set[str]]:
    facts = facts_of(text)
    return {e.label: e.aliases for e in facts.entities.values() if e.kind == "org" and e.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ Nội vụ tổ chức hội nghị.", "Bộ Nội vụ"),
        ("UBND tỉnh Nghệ An ban hành kế hoạch.", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("HĐND TP Hà Nội họp.", "Hội đồng nhân dân thành phố Hà Nội"),
        ("UBND TP.HCM ban hành kế hoạch.", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("Tỉnh ủy Quảng Ninh họp.", "Tỉnh ủy Quảng Ninh"),
        ("Sở Y tế tỉnh Phú Thọ cho biết.", "Sở Y tế tỉnh Phú Thọ"),
        ("Ban Cán sự đảng Kiểm toán Nhà nước họp.", "Ban Cán sự Đảng Kiểm toán Nhà nước"),
        ("Đại diện Bộ Ngoại giao Hàn Quốc cho biết.", "Bộ Ngoại giao Hàn Quốc"),
        ("Ủy ban Thường vụ Quốc hội họp phiên thứ 40.", "Ủy ban Thường vụ Quốc hội"),
        ("Bộ KH&CN chủ trì.", "Bộ Khoa học và Công nghệ"),
        ("Vụ Tổ chức cán bộ được giao nhiệm vụ.", "Vụ Tổ chức cán bộ"),
        ("Ban Chỉ đạo phòng thủ dân sự Quốc gia họp.", "Ban Chỉ đạo phòng thủ dân sự Quốc gia"),
    ],
)
def test_body_names(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_abbreviations_share_one_identity() -> None:
    a = facts_of("UBND TP.HCM họp.")
    b = facts_of("Ủy ban nhân dân Thành phố Hồ Chí Minh họp.")
    c = facts_of("UBND TP Hồ Chí Minh họp.")
    keys = [{k for k, e in f.entities.items() if e.kind == "org" and e.mentions} for f in (a, b, c)]
    assert keys[0] == keys[1] == keys[2] == {"org/uy-ban-nhan-dan-thanh-pho-ho-chi-minh"}


def test_bare_local_body_takes_the_province_of_the_article() -> None:
    aliases = org_aliases("HĐND tỉnh Phú Thọ khai mạc kỳ họp. Tại kỳ họp, HĐND tỉnh đã bầu Chủ tịch UBND tỉnh.")
    assert "HĐND tỉnh" in aliases["Hội đồng nhân dân tỉnh Phú Thọ"]
    assert "Ủy ban nhân dân tỉnh Phú Thọ" in aliases


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Tối 4/5, hai đội gặp nhau ở bán kết UEFA Champions League.", set()),
        ("Đội tuyển Việt Nam chuẩn bị cho AFF Cup 2020 và vòng loại FIFA World Cup.", set()),
        # the body named as itself, next to its competition
        (
            "Sáng 5/3, UEFA công bố thể thức mới của UEFA Champions League.",
            {"Liên đoàn Bóng đá châu Âu"},
        ),
    ],
)
def test_a_competition_named_after_its_body_is_no_mention_of_the_body(text: str, bodies: set[str]) -> None:
    assert labels(facts_of(text), "org") == bodies


def test_building_is_not_a_body() -> None:
    facts = facts_of("Hội đàm diễn ra tại Nhà Quốc hội Australia.")
    assert labels(facts, "org") == set()
    assert "Nhà Quốc hội Australia" in labels(facts, "place")


def test_generic_plural_is_no_body() -> None:
    assert labels(facts_of("Các bộ, ngành và địa phương cần phối hợp."), "org") == set()


def test_parent_named_inside_a_longer_name() -> None:
    names = set(org_aliases("Ủy ban Thường vụ Quốc hội họp."))
    assert names == {"Ủy ban Thường vụ Quốc hội", "Quốc hội"}


def test_party_committee_is_not_the_party() -> None:
    assert "Đảng Cộng sản Việt Nam" not in org_aliases("Đảng ủy xã họp. Đảng bộ tỉnh phát triển.")


def test_news_agency_credit_is_no_body() -> None:
    assert org_aliases("Thủ tướng phát biểu. (TTXVN) Ảnh: Lê Minh/TTXVN") == {}


def test_bare_standing_committee_of_the_party_committee_named() -> None:
    names = org_aliases("Ông A tham gia Ban Thường vụ Đảng ủy và giữ chức Phó Bí thư Đảng ủy Quốc hội.")
    assert "Ban Thường vụ Đảng ủy Quốc hội" in names


def test_bare_foreign_chamber_takes_the_article_country() -> None:
    assert "Thượng viện Australia" in org_aliases("Đoàn thăm Australia. Chủ tịch Thượng viện tiếp đoàn.")


def test_renamed_body_keeps_its_successor() -> None:
    from govgraph.reference import load_reference

    ref = load_reference()
    assert ref.find_body("Bộ Thông tin và Truyền thông").successor == "bo-khoa-hoc-va-cong-nghe"
    assert ref.find_body("Bộ Kế hoạch và Đầu tư").former


def test_body_of_a_merged_province_records_its_successor() -> None:
    facts = facts_of("UBND tỉnh Hà Giang ban hành kế hoạch.")
    (org,) = [e for e in facts.entities.values() if e.kind == "org" and e.mentions]
    assert org.label == "Ủy ban nhân dân tỉnh Hà Giang"
    assert org.data["body"].successor == "uy-ban-nhan-dan-tinh-tuyen-quang"


def test_provincial_court_and_procuracy() -> None:
    names = org_aliases("TAND tỉnh Nghệ An và Viện Kiểm sát nhân dân tỉnh Nghệ An phối hợp.")
    assert {"Tòa án nhân dân tỉnh Nghệ An", "Viện Kiểm sát nhân dân tỉnh Nghệ An"} <= set(names)


def test_board_of_a_company_is_a_body_inside_it() -> None:
    names = org_aliases("Ông A giữ chức Ủy viên HĐQT Tập đoàn Điện lực Việt Nam.")
    assert "Hội đồng quản trị Tập đoàn Điện lực Việt Nam" in names
    assert "Tập đoàn Điện lực Việt Nam" in names


@pytest.fixture()
def reread_patterns():
    """Compile the body patterns again from the loaded tables, before and after a test changes them."""
    from govgraph.extractors.bodies_rules import patterns
    from govgraph.reference import _province_rows

    def forget() -> None:
        patterns.cache_clear()
        _province_rows.cache_clear()

    forget()
    yield forget
    forget()


def test_a_head_noun_added_to_the_data_starts_names(reread_patterns) -> None:
    from govgraph import lexicon

    text = "Ông A làm việc với Bảo tàng Lịch sử Quốc gia."
    assert org_aliases(text) == {}
    heads = lexicon.table("heads")["heads"]
    heads["Bảo tàng"] = "caps"
    try:
        reread_patterns()
        assert "Bảo tàng Lịch sử Quốc gia" in org_aliases(text)
    finally:
        del heads["Bảo tàng"]


def test_a_local_organ_added_to_the_table_is_found_in_provinces_and_districts(reread_patterns) -> None:
    from govgraph.reference import load_reference

    text = "Thanh tra tỉnh Nghệ An phối hợp với Thanh tra huyện Nghi Lộc."
    assert org_aliases(text) == {}
    organs = load_reference().local["organs"]
    row = {
        "key": "inspectorate",
        "forms": ["Thanh tra"],
        "name": "Thanh tra",
        "abbr": "TT",
        "kind": "Agency",
        "province": {"name": "{name} {place}", "aliases": ["{abbr} {short} {bare}"], "parent": "thanh-tra-chinh-phu"},
    }
    organs.append(row)
    try:
        reread_patterns()
        facts = facts_of(text)
        bodies = {e.label: e.data["body"] for e in facts.entities.values() if e.kind == "org" and e.mentions}
        assert bodies["Thanh tra tỉnh Nghệ An"].parent == "thanh-tra-chinh-phu"
        assert bodies["Thanh tra tỉnh Nghệ An"].aliases == ("TT tỉnh Nghệ An",)
        assert bodies["Thanh tra huyện Nghi Lộc"].aliases == ("TT huyện Nghi Lộc",)
    finally:
        organs.remove(row)


@pytest.mark.parametrize(
    ("kind", "province", "name", "aliases", "parent"),
    [
        (
            "ubnd",
            "Đắk Lắk",
            "Ủy ban nhân dân tỉnh Đắk Lắk",
            ("UBND tỉnh Đắk Lắk",) * 2 + ("UBND Đắk Lắk", "UBND Đắc Lắc", "UBND Daklak"),
            None,
        ),
        (
            "party",
            "Hà Nội",
            "Thành ủy Hà Nội",
            ("Ban Chấp hành Đảng bộ thành phố Hà Nội", "Thành ủy Hà Nội"),
            "ban-chap-hanh-trung-uong-dang",
        ),
        ("standing", "Quảng Ninh", "Ban Thường vụ Tỉnh ủy Quảng Ninh", (), "tinh-uy-quang-ninh"),
        (
            "court",
            "TP.HCM",
            "Tòa án nhân dân Thành phố Hồ Chí Minh",
            ("TAND Thành phố Hồ Chí Minh", "TAND TP Hồ Chí Minh"),
            "toa-an-nhan-dan-toi-cao",
        ),
    ],
)
def test_province_bodies_are_filled_in_from_their_templates(kind, province, name, aliases, parent) -> None:
    from govgraph.reference import load_reference, local_body

    body = local_body(kind, load_reference().province(province))
    assert (body.name, body.aliases, body.parent) == (name, aliases, parent)


def test_a_department_needs_its_sector() -> None:
    from govgraph.reference import load_reference, local_body

    prov = load_reference().province("Phú Thọ")
    assert local_body("department", prov, "Y tế").name == "Sở Y tế tỉnh Phú Thọ"
    with pytest.raises(ValueError, match="department"):
        local_body("department", prov)


def test_state_of_a_foreign_country_is_no_body() -> None:
    """ "Nhà nước" is the state, not an organ; the council named after it is one."""
    names = org_aliases("Đảng và Nhà nước Trung Quốc coi trọng quan hệ. Ông là Phó Chủ tịch Hội đồng Nhà nước Cuba.")
    assert "Nhà nước Trung Quốc" not in names
    assert "Hội đồng Nhà nước Cuba" in names


def test_foreign_communist_party_written_in_lower_case() -> None:
    names = org_aliases("Đại hội đảng Cộng sản Cuba lần thứ 8 bế mạc.")
    assert "Đảng Cộng sản Cuba" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Công dân cần hỗ trợ liên hệ Đại sứ quán Việt Nam tại Nhật Bản.", "Đại sứ quán Việt Nam tại Nhật Bản"),
        ("Đại sứ quán Việt Nam ở Thái Lan đã làm việc với cảnh sát.", "Đại sứ quán Việt Nam tại Thái Lan"),
        ("Đại sứ quán Đức tại Việt Nam tổ chức hội thảo.", "Đại sứ quán Đức tại Việt Nam"),
        ("Anh đến Đại sứ quán Việt Nam làm hộ chiếu.", "Đại sứ quán Việt Nam"),
    ],
)
def test_an_embassy_is_named_with_its_state_and_its_host(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_a_home_body_written_bare_in_a_foreign_story_is_that_country_s() -> None:
    text = (
        "Ấn Độ ghi nhận thêm 300.000 ca nhiễm. Các bệnh viện ở Ấn Độ quá tải.\n"
        "Chính phủ của Thủ tướng Modi bị chỉ trích vì chậm trễ."
    )
    assert "Chính phủ Ấn Độ" in org_aliases(text)
    assert "Chính phủ" not in org_aliases(text)


@pytest.mark.parametrize(
    "text",
    [
        # the home country named
        "Ấn Độ ghi nhận thêm ca nhiễm. Ấn Độ cần oxy. Chính phủ Việt Nam gửi hàng. Chính phủ cũng gửi thuốc.",
        # a home body named in full: a home story
        "Bộ GD&ĐT và Bộ Tài chính họp về sách giáo khoa của Đức. Đức in sách rẻ hơn.",
    ],
)
def test_a_home_body_written_bare_stays_the_home_body_in_a_home_story(text: str) -> None:
    names = org_aliases(text)
    assert not any(name.endswith(("Ấn Độ", "Đức")) for name in names)


def test_a_law_named_after_a_body_names_no_body() -> None:
    assert labels(facts_of("Quốc hội thảo luận dự án Luật Cảnh sát biển Việt Nam."), "org") == {"Quốc hội"}
    assert "Quân đội nhân dân Việt Nam" in labels(facts_of("Quân đội nhân dân Việt Nam tham gia diễn tập."), "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các nhà khoa học từ Đại học Tokyo- nơi có nhiều giải Nobel gửi thư.", {"Đại học Tokyo"}),
        ("Đại diện Đại học Cambridge-Đại học Oxford tới dự.", {"Đại học Cambridge", "Đại học Oxford"}),
        ("Trung tâm Văn hóa- Thể thao Quận 3 tổ chức giải.", {"Trung tâm Văn hóa- Thể thao Quận 3"}),
        ("Liveshow diễn ra tại SVĐ Quân khu 7 ngày 25/4.", set()),
        ("Ban Quản lý đánh giá cao. Công ty Cổ phần đã báo lãi.", set()),
    ],
)
def test_where_a_name_ends_at_a_dash_a_venue_or_a_bare_head(text: str, expected: set[str]) -> None:
    assert labels(facts_of(text), "org") == expected


def test_a_club_named_after_a_body_is_no_body() -> None:
    assert labels(facts_of("Cô chuyển từ CLB Ngân hàng Công Thương sang đội khác."), "org") == set()


def test_the_national_steering_committees_by_their_written_forms() -> None:
    text = "Tại cuộc họp Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19, Bộ Y tế báo cáo."
    assert labels(facts_of(text), "org") == {"Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", "Bộ Y tế"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO khuyến cáo các nước tăng cường xét nghiệm.", "Tổ chức Y tế Thế giới"),
        ("IMF hạ dự báo tăng trưởng.", "Quỹ Tiền tệ Quốc tế"),
        ("Viettel và EVN ký thỏa thuận hợp tác.", "Tập đoàn Điện lực Việt Nam"),
        ("Cổ phiếu SHB tăng mạnh trên sàn HNX.", "Sở Giao dịch Chứng khoán Hà Nội"),
    ],
)
def test_a_reference_body_by_its_short_acronym_or_brand(text: str, expected: str) -> None:
    assert expected in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("BTC giải đấu đã họp khẩn.", "Bộ Tài chính"),  # also a Ban Tổ chức
        ("Người dân tải ứng dụng VOV Bacsi24 để khám bệnh.", "Đài Tiếng nói Việt Nam"),  # an application
        ("Phó Tổng giám đốc Viettel Telecom cho biết.", "Tập đoàn Công nghiệp - Viễn thông Quân đội"),  # a company of the brand
    ],
)
def test_an_acronym_or_brand_that_starts_another_name_is_not_the_body(text: str, absent: str) -> None:
    assert absent not in labels(facts_of(text), "org")


def test_a_unit_named_after_a_company_s_brand_keeps_the_brand_and_the_company() -> None:
    orgs = labels(facts_of("Theo Trung tâm Không gian mạng Viettel, số vụ lừa đảo tăng."), "org")
    assert {"Trung tâm Không gian mạng Viettel", "Tập đoàn Công nghiệp - Viễn thông Quân đội"} <= orgs


def test_a_bank_named_once_by_its_brand_after_a_title() -> None:
    posts = posts_of(facts_of("Tổng Giám đốc Vietcombank Lưu Trung Khánh cho biết lãi suất sẽ giảm."))
    assert ("Lưu Trung Khánh", "Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Viện Thổ nhưỡng Quốc gia, trẻ cần ngủ đủ giấc.", "Viện Thổ nhưỡng Quốc gia"),
        ("Tại Bệnh viện Hữu Nghị, các ca bệnh được theo dõi.", "Bệnh viện Hữu Nghị"),
    ],
)
def test_a_word_opening_the_sentence_is_not_part_of_the_body_s_name(text: str, expected: str) -> None:
    assert expected in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cơn bão làm tốc mái Trường mầm non Hoa Sen.", "Trường mầm non Hoa Sen"),
        ("Cô là giáo viên trường tiểu học Lê Lợi.", "Trường tiểu học Lê Lợi"),
    ],
)
def test_a_school_with_its_level_written_small(text: str, expected: str) -> None:
    facts = facts_of(text)
    assert expected in labels(facts, "org")
    assert "Lê Lợi" not in labels(facts, "person")


def test_a_kind_of_school_with_a_country_is_no_school() -> None:
    assert not labels(facts_of("Anh học ở một trường đại học Hoa Kỳ."), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Chiến thắng giúp đội bóng phố Núi hơn đội xếp thứ 2 là Viettel tới 5 điểm.",
            "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        ),
        (
            "Do mất tiền đạo chủ lực, Viettel đã để đối thủ chia điểm sau trận hòa 1-1.",
            "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        ),
        ("Bộ 3 camera hỗ trợ chụp macro.", "Bộ 3"),
        ("Du khách xem Hội Đu ở bản Mường.", "Hội Đu"),
        ("Nepal phong tỏa thủ đô. Chính phủ nước này yêu cầu người dân ở nhà.", "Chính phủ"),
        ("Hãng giới thiệu hai mẫu Nokia G10 và G20.", "Nhóm G20"),
    ],
)
def test_a_club_a_count_and_a_product_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Tâm làm Viện trưởng Viện Nghiên cứu Văn hóa, Giáo dục và Môi trường.",
            "Viện Nghiên cứu Văn hóa, Giáo dục và Môi trường",
        ),
        ("Tổng cục Phát thanh, Điện ảnh và Truyền hình ra thông báo mới.", "Tổng cục Phát thanh, Điện ảnh và Truyền hình"),
        ("Bộ phim được Ủy ban Quốc gia về Phê bình Điện ảnh chọn.", "Ủy ban Quốc gia về Phê bình Điện ảnh"),
        ("Ông Đỗ Văn Hậu, Phó Trưởng Ban Chỉ đạo Nhà nước về Du lịch, phát biểu.", "Ban Chỉ đạo Nhà nước về Du lịch"),
    ],
)
def test_a_name_runs_through_listed_fields_and_a_national_committee_s_field(text: str, expected: str) -> None:
    assert expected in org_aliases(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Lãnh đạo các Sở Y tế, Giáo dục và Đào tạo dự họp.", "Sở Y tế, Giáo dục và Đào tạo"),
        ("Đại diện Viện Pasteur, TPHCM và Bệnh viện Chợ Rẫy tham dự.", "Viện Pasteur, TPHCM và Bệnh viện Chợ Rẫy"),
    ],
)
def test_a_list_of_bodies_is_no_listed_name(text: str, absent: str) -> None:
    assert not any(absent in name for name in org_aliases(text))


def test_a_national_body_s_own_organ_in_a_province() -> None:
    names = org_aliases("Ông Phan Văn Lộc, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định, dự lễ.")
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định" in names
    assert "Giáo hội Phật giáo Việt Nam" in names


def test_a_university_of_the_reference_data_with_the_school_s_own_word() -> None:
    posts = posts_of(facts_of("Ông Trần Văn Hòa, Hiệu trưởng Trường ĐH Kinh tế quốc dân, phát biểu."))
    assert ("Trần Văn Hòa", "Hiệu trưởng Đại học Kinh tế Quốc dân") in posts


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Ông Lưu Kỳ, Ban tuyên giáo Trung ương Trung Quốc, cho biết.",
            "Ban Tuyên giáo Trung ương Trung Quốc",
            "Ban Tuyên giáo Trung ương",
        ),
        (
            "Ủy ban Kiểm tra Trung ương Trung Quốc mở cuộc điều tra.",
            "Ủy ban Kiểm tra Trung ương Trung Quốc",
            "Ủy ban Kiểm tra Trung ương",
        ),
    ],
)
def test_a_home_body_s_name_before_a_foreign_country_is_that_country_s_body(text: str, expected: str, absent: str) -> None:
    names = org_aliases(text)
    assert expected in names
    assert absent not in names


def test_an_acronym_after_a_word_of_another_name_is_part_of_that_name() -> None:
    names = org_aliases("Công ty SANYO HA ASEAN tài trợ giải Hanoi Marathon ASEAN 2022.")
    assert "Hiệp hội các quốc gia Đông Nam Á" not in names
    assert "Công ty SANYO HA ASEAN" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Sáu, Giám đốc Cảng hàng không Phù Cát, cho biết.", "Cảng hàng không Phù Cát"),
        ("Chuyến bay hạ cánh xuống Cảng HKQT Cam Ranh.", "Cảng hàng không quốc tế Cam Ranh"),
        (
            "Bà Lê Thị Mai, Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình, cho biết.",
            "Chi cục Thi hành án dân sự quận Ba Đình",
        ),
        ("Ông Trần Văn Ba, Giám đốc Cảng vụ Hàng hải Quảng Ninh, cho biết.", "Cảng vụ Hàng hải Quảng Ninh"),
        ("Quỹ Khuyến học Việt Nam trao 100 suất học bổng.", "Quỹ Khuyến học Việt Nam"),
        ("Trạm Y tế xã Hòa Bình tiêm vắc xin cho người dân.", "Trạm Y tế xã Hòa Bình"),
    ],
)
def test_ports_branches_funds_and_health_stations_are_bodies(text: str, expected: str) -> None:
    assert expected in org_aliases(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Lễ trao giải diễn ra tại Trung tâm Hội nghị tỉnh Bình Định.", "Trung tâm Hội nghị tỉnh Bình Định"),
        ("Bà Lê Thị Nga, Vụ Trưởng Vụ Pháp chế, phát biểu.", "Vụ Trưởng Vụ Pháp chế"),
        ("Sở phối hợp với các Viện, Trường Đại học trên địa bàn.", "Trường Đại học"),
        ("Đại học Huế đang phấn đấu trở thành Đại học Quốc gia.", "Đại học Quốc gia"),
        ("Giá dầu giảm mạnh trong tuần.\nTheo Minh An\nVOV", "Đài Tiếng nói Việt Nam"),
    ],
)
def test_venues_titles_kinds_of_school_and_credits_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in org_aliases(text)


def test_a_department_after_a_title_written_with_capitals() -> None:
    posts = posts_of(facts_of("Bà Lê Thị Nga, Vụ Trưởng Vụ Pháp chế Bộ Tư pháp, phát biểu."))
    assert any(person == "Lê Thị Nga" and "Vụ Pháp chế" in post for person, post in posts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông được đưa vào Bệnh viện St. Mary ở London.", "Bệnh viện St. Mary"),
        (
            "Lễ ra mắt Trung tâm Điều hành Đô thị Thông minh tỉnh Bình Định ngày 24/12/2020.",
            "Trung tâm Điều hành Đô thị Thông minh tỉnh Bình Định",
        ),
        (
            "Chương trình do Trường Cao đẳng Sư phạm Quảng Trị và Nhà Văn hóa Thiếu nhi tổ chức.",
            "Trường Cao đẳng Sư phạm Quảng Trị",
        ),
    ],
)
def test_where_a_name_ends_at_an_abbreviation_a_date_or_a_building(text: str, expected: str) -> None:
    assert expected in org_aliases(text)


@pytest.mark.parametrize(
    "text",
    ["Hội đồng Thẩm định đã chấm điểm các hồ sơ.", "Thành phố cho phép Trung tâm Y tế mua thêm khẩu trang."],
)
def test_a_panel_or_a_centre_named_by_its_field_alone_is_no_body(text: str) -> None:
    assert org_aliases(text) == {}


def test_a_province_after_a_short_name_in_brackets_belongs_to_the_name() -> None:
    posts = posts_of(facts_of("Ông Lê Văn Mười, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Giang, cho biết."))
    assert any("Trung tâm Kiểm soát bệnh tật" in title and "Hà Giang" in title for _, title in posts)
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Hà Giang" in org_aliases(
        "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Giang cảnh báo."
    )


def test_a_province_s_department_with_its_short_name_in_brackets() -> None:
    text = "Ông Lê Văn Bảy, Giám đốc Sở Tài nguyên và Môi trường (TN-MT) tỉnh Yên Bái, làm việc với UBND tỉnh Lào Cai."
    names = org_aliases(text)
    assert "Sở Tài nguyên và Môi trường tỉnh Yên Bái" in names
    assert "Sở Tài nguyên và Môi trường tỉnh Lào Cai" not in names


def test_a_ministry_s_head_before_a_foreign_word_is_a_set_of_something() -> None:
    assert org_aliases("Bộ Hanbok này do bà ngoại cô thiết kế.") == {}


def test_the_body_a_party_committee_belongs_to_is_named_too() -> None:
    names = org_aliases("Ông Lê Văn Tư, Phó Bí thư Đảng ủy Bộ Tư pháp, phát biểu.")
    assert {"Đảng ủy Bộ Tư pháp", "Bộ Tư pháp"} <= set(names)


@pytest.mark.parametrize("text", ["Đảng Cộng hòa kiểm soát Thượng viện Mỹ.", "Ông là thành viên Đảng Báo đen ở Chicago."])
def test_another_party_s_name_is_not_the_party(text: str) -> None:
    assert "Đảng Cộng sản Việt Nam" not in org_aliases(text)


def test_the_party_before_a_word_written_small_is_still_the_party() -> None:
    assert "Đảng Cộng sản Việt Nam" in org_aliases("Người đứng đầu Đảng ứng cử đại biểu Quốc hội tại Hà Nội.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Công ty nhận vốn từ Hallbrook Capital Group năm ngoái.", "Hallbrook Capital Group"),
        ("Quỹ đầu tư Hallbrook Capital Group vừa rót vốn vào công ty.", "Quỹ đầu tư Hallbrook Capital Group"),
        ("Ông Lê Hòa có bằng thạc sĩ của Norwell School of Public Policy.", "Norwell School of Public Policy"),
        ("Theo báo cáo của Ostrava Institute of Applied Economics, giá tăng.", "Ostrava Institute of Applied Economics"),
        ("Bà Mai học tại Kirkwood University từ năm 2015.", "Kirkwood University"),
        ("Khoản vay do Hallbrook Group Corp thu xếp.", "Hallbrook Group Corp"),
        ("Hãng Skyline Airways mở đường bay mới tới Đà Nẵng.", "Skyline Airways"),
        ("Theo Norwell Electronics, doanh thu quý I tăng 8%.", "Norwell Electronics"),
        ("Ông Trần Văn Bảy, Phó Tổng giám đốc Lotus Telecom, cho biết.", "Lotus Telecom"),
    ],
)
def test_a_body_named_in_english_by_its_head_noun(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kind of school, not one school
        ("Em Lan vừa tốt nghiệp High School ở Mỹ.", "High School"),
        # the end of a name read with its Vietnamese head noun is no second body
        ("Ông Hà là Chủ tịch Tập đoàn Thanh Bình Group.", "Thanh Bình Group"),
        ("Ông Hà là Chủ tịch Tập đoàn Hallbrook Group.", "Hallbrook Group"),
    ],
)
def test_no_body_from_a_kind_of_school_or_the_end_of_a_name(text: str, absent: str) -> None:
    assert absent not in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the article's one ward
        (
            "Ông Lường Văn Khoa, Bí thư Đảng ủy phường Chiềng Lề, họp tại hội trường UBND phường.",
            "Ủy ban nhân dân phường Chiềng Lề",
            None,
        ),
        # two wards named: the bare organ is left unread
        (
            "Phường Chiềng Lề và phường Tô Hiệu sáp nhập; UBND phường sẽ bàn giao hồ sơ.",
            None,
            "Ủy ban nhân dân phường Chiềng Lề",
        ),
    ],
)
def test_a_bare_organ_of_a_unit_is_the_one_unit_the_article_names(text: str, present: str | None, absent: str | None) -> None:
    orgs = labels(facts_of(text), "org")
    assert present is None or present in orgs
    assert absent is None or absent not in orgs


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Điện Biên dự lễ.",
            {"Tỉnh ủy Điện Biên", "Hội đồng nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên"},
        ),
        ("Đại diện HĐND-UBND huyện Mường Nhé dự họp.", {"Hội đồng nhân dân huyện Mường Nhé", "Ủy ban nhân dân huyện Mường Nhé"}),
        ("Đề nghị Huyện ủy, UBND huyện Tủa Chùa xử lý.", {"Huyện ủy Tủa Chùa", "Ủy ban nhân dân huyện Tủa Chùa"}),
        (
            "UBND tỉnh Hà Giang họp. Đây là việc Tỉnh ủy - HĐND - UBND tỉnh giao cho ngành.",
            {"Tỉnh ủy Hà Giang", "Hội đồng nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang"},
        ),
    ],
)
def test_organs_listed_before_a_named_one_share_its_province_or_unit(text: str, bodies: set[str]) -> None:
    assert bodies <= labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chiều qua, Phòng Cảnh sát kinh tế Công an tỉnh Sơn La bắt giữ một xe tải.", "Phòng Cảnh sát kinh tế"),
        ("Bệnh nhân được chuyển tới Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Yên Bái.", "Khoa Hồi sức tích cực"),
        ("Sinh viên Khoa Ngữ văn và Khoa Lịch sử cùng tham gia.", "Khoa Lịch sử"),
        # two fields paired by a dash, written small in a name in sentence case
        ("Ông Lò Văn Páo làm việc tại Phòng Nghiên cứu kinh tế - xã hội của tỉnh.", "Phòng Nghiên cứu kinh tế - xã hội"),
        # one "và" joins two fields; a second one lists another thing
        ("Tài liệu có tại Khoa Báo chí và Truyền thông và Thư viện trường.", "Khoa Báo chí và Truyền thông"),
        # a district written short ends the name
        ("Bà Lò Thị Hoa, chuyên viên Phòng GD&ĐT Q.5, cho biết.", "Phòng GD&ĐT"),
        ("Đội Quản lý thị trường số 3 đã lập biên bản vi phạm.", "Đội Quản lý thị trường số 3"),
    ],
)
def test_a_unit_named_with_a_capital_needs_no_title_before_it(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Luật Phòng, chống tham nhũng có hiệu lực từ năm 2019.", "Phòng"),
        ("Bộ phim Phòng Giam Số 9 ra rạp tuần này.", "Phòng Giam Số 9"),
        ("Dự án được triển khai trên địa bàn thành phố Hải Phòng.\nKhoa Nam", "Khoa Nam"),
        ("Tài liệu có tại Khoa Báo chí và Truyền thông và Thư viện trường.", "Khoa Báo chí và Truyền thông và Thư viện trường"),
        ("Bà Lò Thị Hoa, chuyên viên Phòng GD&ĐT Q.5, cho biết.", "Phòng GD&ĐT Q"),
        ("Đội Hải Phòng giành chiến thắng trên sân nhà.", "Đội Hải Phòng"),
    ],
)
def test_no_unit_from_a_verb_a_byline_or_a_list(text: str, absent: str) -> None:
    assert absent not in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Theo hãng tin Interfax, cuộc đàm phán kéo dài hai ngày.", "Interfax"),
        ("Ông cho biết tập đoàn Siemens Energy sẽ mở nhà máy mới.", "Siemens Energy"),
        ("Hợp đồng được ký với công ty Minh Khang từ năm ngoái.", "Công ty Minh Khang"),
        # a place after the own name ends it
        ("Lãnh đạo hãng Bosch Việt Nam đến thăm trường.", "Bosch"),
    ],
)
def test_an_own_name_after_a_kind_noun_written_small_names_the_body(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Nhiều công ty Hàn Quốc đầu tư vào tỉnh.", "Hàn Quốc"),
        ("Sinh viên làm cho công ty PR- quảng cáo lớn.", "PR"),
        ("Hợp đồng với công ty TNHH Đức Anh đã hết hạn.", "TNHH Đức Anh"),
        ("Cổ phiếu của tập đoàn Than tăng mạnh.", "Công ty Than"),
        ("Chủ tịch HĐQT tập đoàn Hòa Phát Trần Đình Long mua thêm cổ phiếu.", "Hòa Phát Trần Đình"),
    ],
)
def test_no_own_name_from_a_place_a_legal_form_or_a_person(text: str, absent: str) -> None:
    assert not any(absent in name for name in labels(facts_of(text), "org"))


def test_a_team_leader_s_title_names_only_a_unit_after_it() -> None:
    facts = facts_of(
        "Ông Vi Văn Sơn, Đội trưởng Đội Cảnh sát giao thông số 2, cho biết. Đội trưởng Arsenal Martin Odegaard ghi bàn."
    )
    assert ("Vi Văn Sơn", "Đội trưởng Đội Cảnh sát giao thông số 2") in posts_of(facts)
    assert not any(person.startswith("Arsenal") or "Odegaard" in person for person, _ in posts_of(facts))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ông Lê Văn Tám, Giám đốc Công ty TNHH KPTVN sở hữu thương hiệu Blue Star, cho biết.", "Công ty TNHH KPTVN"),
        ("Công ty VNB vinh dự nhận giải thưởng của Bộ Công Thương.", "Công ty VNB"),
    ],
)
def test_words_written_small_after_an_acronym_are_no_part_of_the_name(text: str, body: str) -> None:
    orgs = labels(facts_of(text), "org")
    assert body in orgs
    assert not any(name.startswith(body + " ") for name in orgs)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bệnh nhân được chuyển lên Bệnh viện đa khoa Kon Tum điều trị.", "Bệnh viện đa khoa Kon Tum"),
        ("Cục quản lý thị trường Lạng Sơn vừa thu giữ 2 tấn hàng.", "Cục quản lý thị trường Lạng Sơn"),
        ("Ông là chuyên gia của Viện nghiên cứu năng lượng Fraunhofer.", "Viện nghiên cứu năng lượng Fraunhofer"),
        # the proper name ends the name: words written small after it are not in it
        ("Theo Trung tâm dự báo khí tượng Nhật Bản hôm qua, bão đã suy yếu.", "Trung tâm dự báo khí tượng Nhật Bản"),
    ],
)
def test_a_name_in_sentence_case_runs_to_its_proper_name(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Vụ việc Lê Văn Luyện gây chấn động dư luận.", "Vụ việc"),
        ("Ban đầu Tập đoàn Hòa Phát chỉ sản xuất thép.", "Ban đầu"),
        ("Cục cũng yêu cầu Công ty Bình Minh báo cáo.", "Cục cũng"),
        ("Bệnh viện tiếp nhận Nguyễn Văn Nam lúc 10 giờ.", "Bệnh viện tiếp nhận"),
    ],
)
def test_no_name_in_sentence_case_from_an_incident_a_verb_or_a_person(text: str, absent: str) -> None:
    assert not any(name.startswith(absent) for name in labels(facts_of(text), "org"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bà Hoàng Thu Trang, Phó Giám đốc Học viện Quản trị và điều hành, phát biểu.", "Học viện Quản trị và điều hành"),
        (
            "Trung tâm Kiểm soát và phòng ngừa dịch bệnh Hàn Quốc vừa cảnh báo.",
            "Trung tâm Kiểm soát và phòng ngừa dịch bệnh Hàn Quốc",
        ),
        ("Ông Đặng Văn Tú, nguyên Viện trưởng Viện Nghiên cứu biển và hải đảo, nhận định.", "Viện Nghiên cứu biển và hải đảo"),
    ],
)
def test_a_last_field_written_small_after_and_stays_in_the_name(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_and_after_a_proper_name_goes_on_the_sentence() -> None:
    aliases = org_aliases(
        "Anh Minh tốt nghiệp Đại học Y Hà Nội và về công tác tại tỉnh. Bệnh viện Đa khoa Cẩm Phả và đề nghị của Sở được xem xét."
    )
    assert "Đại học Y Hà Nội" in aliases
    assert not any(" và " in name for name in aliases)


def test_an_ampersand_between_words_is_the_name_s_and() -> None:
    aliases = org_aliases(
        "Trường Đại học Kinh doanh & Công nghệ Hà Nội ký kết với Công ty TNHH Ernst & Young Việt Nam và Tập đoàn T&T Group."
    )
    assert "Trường Đại học Kinh doanh và Công nghệ Hà Nội" in aliases
    assert {"Công ty TNHH Ernst & Young Việt Nam", "Tập đoàn T&T Group"} <= set(aliases)


def test_nouns_written_small_then_trung_uong_close_a_national_body_s_name() -> None:
    aliases = org_aliases(
        "Bệnh nhân được chuyển tới Bệnh viện Bệnh phổi Trung ương điều trị. Ban Thanh niên trường học Trung ương Đoàn họp."
    )
    assert "Bệnh viện Bệnh phổi Trung ương" in aliases
    assert not any(name.endswith("Trung ương") and name.startswith("Ban Thanh niên") for name in aliases)


def test_the_inspectorate_of_a_ministry_or_department_is_a_body_inside_it() -> None:
    aliases = org_aliases(
        "Thanh tra Bộ Công Thương công bố kết luận. Ông Lê Minh Tâm, Chánh Thanh tra Sở Xây dựng tỉnh Hải Dương, cho biết."
    )
    assert {"Thanh tra Bộ Công Thương", "Bộ Công Thương", "Thanh tra Sở Xây dựng tỉnh Hải Dương"} <= set(aliases)


def test_a_degree_before_a_name_ends_the_body_before_it() -> None:
    facts = facts_of("Hiệu trưởng Trường Đại học Thủy lợi PGS.TS Nguyễn Trung Việt phát biểu khai mạc.")
    assert ("Nguyễn Trung Việt", "Hiệu trưởng Trường Đại học Thủy lợi") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nhóm kỹ sư của Trung tâm Nghiên cứu Chất bán dẫn giới thiệu sản phẩm mới.", "Trung tâm Nghiên cứu Chất bán dẫn"),
        ("Công ty đã rót thêm 2 tỷ USD vào Quỹ Tầm nhìn của mình.", "Quỹ Tầm nhìn"),
        ("Theo Hội Nhân chủng học Việt Nam, mẫu xương có niên đại lâu đời.", "Hội Nhân chủng học Việt Nam"),
        ("Ông Lê Văn Sơn, Trưởng Khoa Quản trị kinh doanh, phát biểu.", "Khoa Quản trị kinh doanh"),
        ("Sinh viên Trường ĐH Giao thông vận tải dự kiến nhập học sớm.", "Trường Đại học Giao thông vận tải"),
        ("Bà Hà Thu Lan là Giám đốc Công ty CP Đầu tư phát triển Hòa Bình.", "Công ty CP Đầu tư phát triển Hòa Bình"),
    ],
)
def test_a_word_or_compound_field_is_never_cut_by_the_name(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_no_word_is_joined_across_a_proper_name_or_after_a_festival_head() -> None:
    aliases = org_aliases("Học sinh Trường THPT Lê Văn An vui mừng. Làng mở Hội Vật, Hội Bài chòi và Hội thi kéo co.")
    assert "Trường THPT Lê Văn An" in aliases
    assert not any(name.startswith("Hội Bài") for name in aliases)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thông tin từ Cục Đăng ký, thống kê và chứng thực cho biết số hồ sơ đã tăng.", "Cục Đăng ký, thống kê và chứng thực"),
        (
            "Ông Lê Hữu Tâm, Viện trưởng Viện Nghiên cứu xã hội, kinh tế và môi trường, phát biểu.",
            "Viện Nghiên cứu xã hội, kinh tế và môi trường",
        ),
    ],
)
def test_the_field_after_and_closes_a_list_of_fields_in_any_case(text: str, name: str) -> None:
    assert name in org_aliases(text)


def test_one_head_again_after_and_starts_a_second_body() -> None:
    aliases = org_aliases("Các bác sĩ Khoa Răng hàm mặt và Khoa Ung bướu vừa phẫu thuật cho bệnh nhân.")
    assert {"Khoa Răng hàm mặt", "Khoa Ung bướu"} <= set(aliases)


def test_a_dash_glued_between_two_fields_joins_a_listed_ministry() -> None:
    facts = facts_of("Thứ trưởng Bộ Lao động-Thương binh và Xã hội Nguyễn Bá Hoan đánh giá cao kết quả.")
    assert ("Nguyễn Bá Hoan", "Thứ trưởng Bộ Lao động - Thương binh và Xã hội") in posts_of(facts)


def test_an_association_of_the_people_of_a_trade() -> None:
    aliases = org_aliases("Theo Hiệp hội các nhà sản xuất thép Việt Nam, giá thép tăng. Hội các nhà báo trẻ Hà Nội họp.")
    assert {"Hiệp hội các nhà sản xuất thép Việt Nam", "Hội các nhà báo trẻ Hà Nội"} <= set(aliases)


def test_a_festival_head_and_one_syllable_before_and_is_no_body() -> None:
    aliases = org_aliases("Mối quan hệ giữa Hội Nhi và Lâm Phong gây chú ý. Hội Khoa học và Kỹ thuật tỉnh Nghệ An họp.")
    assert not any(name.startswith("Hội Nhi") for name in aliases)
    assert "Hội Khoa học và Kỹ thuật tỉnh Nghệ An" in aliases


def test_a_company_head_before_a_listed_brand_is_that_company() -> None:
    aliases = org_aliases("Ngân hàng Vietcombank giảm lãi suất. Khách hàng của Vietcombank vui. Công ty FPT tuyển dụng.")
    assert "Ngân hàng Vietcombank" not in aliases
    assert "Công ty FPT" not in aliases


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("PGS.TS Lê Văn Cơ, Phó Giám đốc BV Bạch Mai, cho biết.", "Phó Giám đốc Bệnh viện Bạch Mai"),
        ("Ông Lê Văn Tám, Giám đốc BVĐK tỉnh Nghệ An, cho biết.", "Giám đốc Bệnh viện Đa khoa tỉnh Nghệ An"),
    ],
)
def test_a_hospital_written_short_is_the_hospital(text: str, post: str) -> None:
    assert any(holder.startswith("Lê Văn") and got == post for holder, got in posts_of(facts_of(text)))


def test_a_listed_international_body_by_its_acronym_before_a_foreign_name() -> None:
    facts = facts_of("Ngoài Agnelli, chủ tịch UEFA Jan Novak cũng chỉ trích dữ dội.")
    assert ("Jan Novak", "Chủ tịch Liên đoàn Bóng đá châu Âu") in posts_of(facts)
    assert not any(label.startswith("Ngoài") for label in labels(facts, "person"))


@pytest.mark.parametrize(
    "name",
    [
        "Viện nghiên cứu Hòa bình Stockholm",
        "Viện nghiên cứu Đo lường và Đánh giá Y tế",
        "Ban quản lý Khu kinh tế Vân Đồn",
        "Viện khoa học Thủy sản và Môi trường",
    ],
)
def test_a_name_in_sentence_case_names_its_field_with_a_capital(name: str) -> None:
    assert name in org_aliases(f"Theo {name}, số liệu năm nay tăng mạnh.")


def test_a_field_in_sentence_case_takes_no_small_word_after_it() -> None:
    aliases = org_aliases("Viện thổ nhưỡng Quốc gia khuyến nghị người dân ăn nhiều rau.")
    assert "Viện thổ nhưỡng Quốc gia" in aliases


def test_a_monument_is_no_body() -> None:
    assert not org_aliases("Du khách ghé thăm Đài tưởng niệm Quốc gia Vermillion Cliffs ở Mỹ.")


@pytest.mark.parametrize(
    "name",
    [
        "Trường Trung cấp nghề Bắc Hà Tĩnh",
        "Học viện An ninh nhân dân",
        "Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An",
        "Trường Phổ thông quốc tế Việt Úc",
    ],
)
def test_a_school_s_or_hospital_s_kind_written_small_stays_in_its_name(name: str) -> None:
    assert name in org_aliases(f"Theo {name}, số người đăng ký năm nay tăng.")


def test_a_club_whose_name_holds_a_city_is_read_whole() -> None:
    facts = facts_of("Ông Florentino Perez, Chủ tịch Real Madrid, khẳng định giải đấu sẽ diễn ra.")
    assert ("Florentino Perez", "Chủ tịch Real Madrid") in posts_of(facts)


def test_a_board_alone_before_other_companies_is_not_the_article_s() -> None:
    facts = facts_of("Tập đoàn Hòa Sen họp cổ đông. Ông Lê Văn Việt hiện làm Chủ tịch HĐQT khá nhiều công ty khác.")
    assert not any(person == "Lê Văn Việt" for person, _ in posts_of(facts))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ông Lê Văn Tám, Viện trưởng Viện Vệ sinh dịch tễ Trung ương, cho biết.", "Viện trưởng Viện Vệ sinh dịch tễ Trung ương"),
        ("Ông Lê Văn Tám, Cục trưởng Cục Hàng không Việt Nam, cho biết.", "Cục trưởng Cục Hàng không Việt Nam"),
        ("Ông Lê Văn Tám, Trưởng Ban Cơ yếu Chính phủ, cho biết.", "Trưởng Ban Cơ yếu Chính phủ"),
    ],
)
def test_a_ministry_s_departments_and_institutes_are_listed(text: str, post: str) -> None:
    assert ("Lê Văn Tám", post) in posts_of(facts_of(text))


def test_a_listed_department_s_name_inside_a_foreign_one_is_not_it() -> None:
    aliases = org_aliases("Theo Cục Hàng không Dân dụng Singapore, số chuyến bay giảm.")
    assert "Cục Hàng không Việt Nam" not in aliases


def test_a_province_s_party_organisation() -> None:
    assert "Đảng bộ tỉnh Nghệ An" in org_aliases("Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX thành công tốt đẹp.")


@pytest.mark.parametrize(
    ("text", "post", "relation"),
    [
        ("Bà Lê Thị Thu, Phó Chủ tịch UBND Quận 5, cho biết kế hoạch đã xong.", "Phó Chủ tịch Ủy ban nhân dân quận 5", "holds"),
        ("Ông Hà Văn Tâm, Chủ tịch UBND Thị xã Mường Lay, phát biểu.", "Chủ tịch Ủy ban nhân dân thị xã Mường Lay", "holds"),
        (
            "Ông Phan Văn Lực, nguyên Chủ tịch UBND Huyện Cần Giờ, dự lễ.",
            "Chủ tịch Ủy ban nhân dân huyện Cần Giờ",
            "formerlyHeld",
        ),
    ],
)
def test_a_unit_word_written_with_a_capital_still_names_the_unit(text: str, post: str, relation: str) -> None:
    assert {p for _, p in posts_of(facts_of(text, published=date(2021, 5, 3)), relation)} == {post}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ông Lê Văn Tám, Chủ tịch Hội Luật gia TP Hồ Chí Minh, phát biểu.", "Hội Luật gia TP Hồ Chí Minh"),
        (
            "Bà Ngô Thị Hoa, nguyên Chủ tịch Hội Nhà báo thành phố Hồ Chí Minh, dự lễ.",
            "Hội Nhà báo thành phố Hồ Chí Minh",
        ),
    ],
)
def test_a_city_named_after_a_person_ends_a_body_name(text: str, body: str) -> None:
    facts = facts_of(text)
    assert body in labels(facts, "org")
    assert "Hồ Chí Minh" not in labels(facts, "person")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Bà Đỗ Thị Lan, Trưởng khoa Chẩn đoán hình ảnh can thiệp, Bệnh viện Bạch Mai cho biết.",
            "Trưởng khoa Chẩn đoán hình ảnh can thiệp Bệnh viện Bạch Mai",
        ),
        (
            "Ông Vũ Văn Hải, Giám đốc Trung tâm Phục hồi chức năng và vật lý trị liệu, Bệnh viện Đa khoa tỉnh Nam Định phát biểu.",
            "Giám đốc Trung tâm Phục hồi chức năng và vật lý trị liệu Bệnh viện Đa khoa tỉnh Nam Định",
        ),
    ],
)
def test_a_unit_named_in_sentence_case_runs_to_the_comma_before_its_parent(text: str, post: str) -> None:
    assert post in {label for _, label in posts_of(facts_of(text))}


def test_a_unit_in_sentence_case_stops_at_a_verb() -> None:
    facts = facts_of("Trưởng khoa Hồi sức cho biết, Bệnh viện Bạch Mai đã tiếp nhận ca bệnh.")
    assert not any("cho biết" in label for label in labels(facts, "org"))


def test_a_council_named_in_full_does_not_run_over_a_verb_of_speech() -> None:
    facts = facts_of("Ông Lê Văn Tâm, Chủ tịch Hội đồng Đại học Vinh khẳng định, Đại học Vinh sẽ đổi mới.")
    assert not any("khẳng định" in label for label in labels(facts, "org"))
    assert ("Lê Văn Tâm", "Chủ tịch Hội đồng Đại học Vinh") in posts_of(facts)


def test_a_form_of_address_ends_a_body_s_name() -> None:
    text = "PGS Lê Văn Huy, Hiệu trưởng Trường Đại học Y Dược Cần Thơ và Ông Trần Văn Hùng, Giám đốc Công ty VinBrain, đã ký."
    facts = facts_of(text)
    assert ("Lê Văn Huy", "Hiệu trưởng Trường Đại học Y Dược Cần Thơ") in posts_of(facts)
    assert not any(label.endswith("Ông") for label in labels(facts, "org"))


def test_a_form_of_address_before_a_small_word_stays_in_the_name() -> None:
    assert "Vụ Sức khỏe Bà mẹ - Trẻ em" in labels(facts_of("Vụ Sức khỏe Bà mẹ - Trẻ em vừa ban hành hướng dẫn."), "org")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ông Lê Văn Hùng, Giám đốc CDC Nghệ An, cho biết số ca mắc giảm.", "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"),
        ("Giám đốc CDC Hà Nội Trần Văn Cảm cho biết.", "Giám đốc Trung tâm Kiểm soát bệnh tật thành phố Hà Nội"),
    ],
)
def test_a_province_s_centre_for_disease_control_written_short(text: str, post: str) -> None:
    assert post in {label for _, label in posts_of(facts_of(text))}


def test_a_company_named_in_context_may_end_at_a_dash() -> None:
    facts = facts_of("Ông Trần Đình Lâm - Chủ tịch Minh Phú - sở hữu nhiều cổ phiếu. Minh Phú lãi lớn.")
    assert ("Trần Đình Lâm", "Chủ tịch Minh Phú") in posts_of(facts)


@pytest.mark.parametrize(
    ("text", "organ", "organisation"),
    [
        (
            "Ông Vũ Văn Nam, Ủy viên Ban Chấp hành Hội Nông dân Việt Nam, phát biểu.",
            "Ban Chấp hành Hội Nông dân Việt Nam",
            "Hội Nông dân Việt Nam",
        ),
        (
            "Bà Lê Thu Hà, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, dự lễ.",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Mặt trận Tổ quốc Việt Nam",
        ),
        ("Hội nghị do Ban Bí thư Trung ương Đảng tổ chức.", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng"),
    ],
)
def test_an_organisation_named_inside_its_leading_organ_is_no_mention(text: str, organ: str, organisation: str) -> None:
    aliases = org_aliases(text)
    assert organ in aliases
    assert organisation not in aliases


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ông Vũ Văn Nam, Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Nam, phát biểu.", "Ủy viên Tỉnh ủy Hà Nam"),
        ("Bà Lê Thu Hà, Ủy viên Ban Chấp hành Đảng bộ TP Hà Nội, dự lễ.", "Ủy viên Thành ủy Hà Nội"),
    ],
)
def test_the_executive_committee_of_a_province_s_party_organisation_is_its_party_committee(text: str, post: str) -> None:
    assert post in {label for _, label in posts_of(facts_of(text))}


def test_a_title_that_names_its_own_body_mentions_no_other() -> None:
    aliases = org_aliases("Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương Lê Văn Hòa dự lễ.")
    assert "Ban Bí thư" in aliases
    assert "Ban Chấp hành Trung ương Đảng" not in aliases


def test_a_title_that_names_its_own_body_is_the_post_s_whole_name() -> None:
    facts = facts_of("Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương Lê Văn Hòa dự lễ.")
    assert ("Lê Văn Hòa", "Bí thư Trung ương Đảng") in posts_of(facts)


def test_a_standing_committee_still_mentions_its_assembly() -> None:
    assert "Quốc hội" in org_aliases("Ủy ban Thường vụ Quốc hội họp phiên thứ 40.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Sáng 5/3, ông Lê Văn Tám, Chủ tịch Hiệp hội Chế biến gỗ xuất khẩu Bình Định, cho biết.",
            "Hiệp hội Chế biến gỗ xuất khẩu Bình Định",
        ),
        (
            "Sáng 5/3, bà Lê Thị Tâm - Tổng Thư ký Hội Dinh dưỡng lâm sàng và điều trị Việt Nam - cho biết.",
            "Hội Dinh dưỡng lâm sàng và điều trị Việt Nam",
        ),
        (
            "Sáng 5/3, ông Lê Văn Tám, Chủ tịch Hiệp hội Chế biến gỗ xuất khẩu Bình Định cho biết giá gỗ tăng.",
            "Hiệp hội Chế biến gỗ xuất khẩu Bình Định",
        ),
    ],
)
def test_a_name_after_a_title_runs_through_small_words_to_the_place_that_closes_it(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


def test_a_predicate_after_a_body_s_name_is_not_part_of_it() -> None:
    facts = facts_of("Sáng 5/3, Cục Quản lý giá kiểm tra giá xăng dầu Hà Nội.")
    assert not any("kiểm tra" in name for name in labels(facts, "org"))
