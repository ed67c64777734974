"""Constructions found in real news that the title grammar and the body patterns must read.

Each sentence is written for the project; the construction it shows recurs across real articles."""

import pytest

from tests.conftest import facts_of, labels, posts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head noun written in lower case right after the title
        ("Giám đốc bệnh viện Thanh Nhàn Trần Văn Hải cho biết.", {("Trần Văn Hải", "Giám đốc Bệnh viện Thanh Nhàn")}),
        (
            "Bà Lê Thu Hà, Hiệu trưởng trường Tiểu học Kim Liên, cho biết.",
            {("Lê Thu Hà", "Hiệu trưởng Trường Tiểu học Kim Liên")},
        ),
        # the title's last word is the head of the body's name, in either case
        ("Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài phát biểu.", {("Bùi Thị Minh Hoài", "Trưởng Ban Dân vận Trung ương")}),
        (
            "Ông Đỗ Văn Nam, Trưởng ban Kiểm soát Ngân hàng An Phú, trả lời.",
            {("Đỗ Văn Nam", "Trưởng Ban Kiểm soát Ngân hàng An Phú")},
        ),
        # a province word repeated after the Party committee
        ("Bí thư Tỉnh ủy tỉnh Ninh Bình Đoàn Minh Huấn dự lễ.", {("Đoàn Minh Huấn", "Bí thư Tỉnh ủy Ninh Bình")}),
        # bodies of districts and communes by pattern, the name ending before the person's name
        (
            "Chủ tịch UBND huyện Mê Linh Hoàng Anh Tuấn ký quyết định.",
            {("Hoàng Anh Tuấn", "Chủ tịch Ủy ban nhân dân huyện Mê Linh")},
        ),
        ("Ông Vũ Đức Thành, Chủ tịch UBND xã Tân Lập, cho biết.", {("Vũ Đức Thành", "Chủ tịch Ủy ban nhân dân xã Tân Lập")}),
        # a parliamentary seat written in lower case, in apposition
        ("Bà Lê Thị Hoa - đại biểu Quốc hội khóa XV cho biết.", {("Lê Thị Hoa", "Đại biểu Quốc hội")}),
        # foreign Party organs and a foreign head of state by country
        (
            "Ông Thongloun Sisoulith, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Lào, Chủ tịch nước Lào, dự lễ.",
            {("Thongloun Sisoulith", "Chủ tịch nước Lào")},
        ),
    ],
)
def test_posts_in_real_constructions(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= posts_of(facts_of(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Công an huyện Gia Lâm đã vào cuộc.", "Công an huyện Gia Lâm"),
        ("Huyện ủy Thạch Thất họp phiên thường kỳ.", "Huyện ủy Thạch Thất"),
        ("UBND phường 12 đã có văn bản trả lời.", "Ủy ban nhân dân phường 12"),
        ("Trung tâm Y tế huyện Kim Bảng cho biết đã lấy mẫu.", "Trung tâm Y tế huyện Kim Bảng"),
    ],
)
def test_local_bodies_by_pattern(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


def test_place_name_of_a_unit_stops_before_a_person() -> None:
    found = labels(facts_of("Phó Chủ tịch UBND huyện Ba Vì Nguyễn Văn Toàn kiểm tra đê."), "org")
    assert "Ủy ban nhân dân huyện Ba Vì" in found
    assert not any("Nguyễn" in name for name in found)


def test_running_for_a_seat_is_no_post() -> None:
    assert not posts_of(facts_of("Ông Trần Minh Khoa được giới thiệu ứng cử đại biểu Quốc hội khóa XV."))


def test_foreign_party_is_its_own_body() -> None:
    found = labels(facts_of("Đoàn đại biểu Đảng Cộng sản Cuba thăm Hà Nội; Bộ Chính trị Cuba gửi điện mừng."), "org")
    assert {"Đảng Cộng sản Cuba", "Bộ Chính trị Cuba"} <= found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # abbreviated head nouns are written out in the canonical name
        ("Giám đốc ĐH Quốc gia Hà Nội Lê Anh Quân phát biểu.", "Đại học Quốc gia Hà Nội"),
        ("Thí sinh nộp hồ sơ vào Trường ĐH Y Dược TP.HCM từ tuần sau.", "Trường Đại học Y Dược TP.HCM"),
        # organs of a Party committee named after it
        ("Theo UBKT Tỉnh ủy Gia Lai, sai phạm kéo dài nhiều năm.", "Ủy ban Kiểm tra Tỉnh ủy Gia Lai"),
        ("Chánh Văn phòng Huyện ủy Đông Anh đã ký thông báo.", "Văn phòng Huyện ủy Đông Anh"),
    ],
)
def test_abbreviated_and_committee_bodies(text: str, body: str) -> None:
    assert body in labels(facts_of(text), "org")


def test_person_after_a_bare_city_council_is_no_place() -> None:
    facts = facts_of("Chủ tịch HĐND thành phố Nguyễn Văn Phong chủ trì kỳ họp.")
    assert "Nguyễn Văn Phong" in labels(facts, "person")
    assert not any("Phong" in name for name in labels(facts, "org"))


def test_a_byline_is_no_body() -> None:
    facts = facts_of("Giá xăng tăng lần thứ ba trong tháng.\nMinh An - Trường Giang")
    assert not labels(facts, "org")


@pytest.mark.parametrize("region", ["Thái Bình Dương", "Hồng Kông", "Đông Nam Á"])
def test_regions_are_places_not_people(region: str) -> None:
    facts = facts_of(f"Nhu cầu tại {region} tăng mạnh trong quý ba.")
    assert region in labels(facts, "place")
    assert not labels(facts, "person")


def test_a_former_post_then_the_post_held_now() -> None:
    facts = facts_of("Ông Phạm Văn Long nguyên là Giám đốc bệnh viện Đa khoa Hà Đông, nay là Giám đốc bệnh viện Xanh Pôn.")
    assert posts_of(facts, "formerlyHeld") == {("Phạm Văn Long", "Giám đốc Bệnh viện Đa khoa Hà Đông")}
    assert posts_of(facts) == {("Phạm Văn Long", "Giám đốc Bệnh viện Xanh Pôn")}


@pytest.mark.parametrize(
    "text",
    [
        "Hai câu lạc bộ của Tây Ban Nha vào chung kết.",  # a syllable of a country's name
        "Ông Lê Trường Sơn cho biết sẽ trở lại.",  # a syllable of a person's name
        "Đoàn du khách thăm quần đảo Trường Sa.",  # a place that starts like a school
        "Mưa lớn ở Đài Loan kéo dài ba ngày.",  # a place that starts like a broadcaster
        "Ông Minh làm việc ở Viện Sử học Quảng Đông 3 năm trước đó.",  # a quantity after the name
    ],
)
def test_head_nouns_inside_other_names_make_no_body(text: str) -> None:
    found = labels(facts_of(text), "org")
    assert not any(name.startswith(("Ban ", "Trường ", "Đài ")) for name in found)
    assert all("năm" not in name for name in found)


def test_kiem_ends_a_company_name() -> None:
    facts = facts_of("Phó Chủ tịch Tập đoàn Hòa Bình kiêm Tổng Giám đốc Trần Thị Hạnh phát biểu.")
    assert "Tập đoàn Hòa Bình" in labels(facts, "org")


def test_a_province_that_became_a_city_keeps_its_body() -> None:
    facts = facts_of("Ông Lê Văn Thành, Chủ tịch UBND tỉnh Thừa Thiên Huế, cho biết.")
    assert posts_of(facts) == {("Lê Văn Thành", "Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế")}


def test_company_names_bridge_lower_case_nouns() -> None:
    facts = facts_of("Ông Đặng Văn Tùng, Giám đốc Công ty TNHH Dịch vụ phần mềm Sao Mai, cho biết.")
    assert posts_of(facts) == {("Đặng Văn Tùng", "Giám đốc Công ty TNHH Dịch vụ phần mềm Sao Mai")}
    assert "Công ty Sao Mai" in labels(facts_of("Công ty Sao Mai năm nay lãi lớn."), "org")


def test_localities_are_places() -> None:
    facts = facts_of("Đoàn kiểm tra công tác phòng dịch tại xã Đạo Lý, huyện Lý Nhân.")
    assert {"xã Đạo Lý", "huyện Lý Nhân"} <= labels(facts, "place")
    assert not labels(facts, "person")


def test_the_late_holder_of_a_title_held_it_before() -> None:
    facts = facts_of("Du khách dâng hương tại khu lưu niệm cố Tổng Bí thư Trần Phú.")
    assert not posts_of(facts)
    assert posts_of(facts, "formerlyHeld")


def test_joining_a_plan_is_no_membership() -> None:
    facts = facts_of("Ông Lê Trí Hải cho biết tỉnh thống nhất tham gia kế hoạch kích cầu do Bộ Công Thương đề xuất.")
    assert not posts_of(facts)


def test_a_city_is_no_association() -> None:
    assert not labels(facts_of("Cánh đồng lúa tại Hội An vốn là nơi đẹp."), "org")


def test_a_term_ends_a_body_name() -> None:
    found = labels(facts_of("Hội đồng quản trị Ngân hàng Bắc Á nhiệm kỳ 2020-2025 gồm 7 thành viên."), "org")
    assert "Hội đồng quản trị Ngân hàng Bắc Á" in found
    assert not any("nhiệm kỳ" in name for name in found)


def test_a_foreign_capital_is_a_place() -> None:
    facts = facts_of("Ngày 16/4, Đại hội Đảng Cộng sản Lào lần thứ 11 khai mạc tại Viêng Chăn và La Habana.")
    assert "La Habana" in labels(facts, "place")
    assert not labels(facts, "person")
