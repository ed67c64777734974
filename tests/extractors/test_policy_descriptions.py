"""Documents named by description: plans by subject and period, treaties by their title, the
one Constitution, numbers written with spaces, and correspondence that is no policy."""

import pytest

from tests.extractors.test_policies import policies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sở Du lịch trình kế hoạch phát triển du lịch cộng đồng giai đoạn 2022 - 2026 lên tỉnh.",
            "Kế hoạch phát triển du lịch cộng đồng giai đoạn 2022 - 2026",
        ),
        (
            "Bộ đang hoàn thiện Chiến lược phát triển năng lượng sạch giai đoạn 2021-2030, tầm nhìn đến năm 2050.",
            "Chiến lược phát triển năng lượng sạch giai đoạn 2021-2030, tầm nhìn đến năm 2050",
        ),
        (
            "Thành phố điều chỉnh quy hoạch chung đô thị ven biển đến năm 2035 để thu hút đầu tư.",
            "Quy hoạch chung đô thị ven biển đến năm 2035",
        ),
        (
            "Hội đồng nhân dân tỉnh thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.",
            "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030",
        ),
        ("Quốc hội nước này vừa thông qua Kế hoạch 5 năm thứ 15.", "Kế hoạch 5 năm thứ 15"),
        ("Xã bắt đầu chương trình trồng rừng ngập mặn đến 2030, mỗi năm hai đợt.", "Chương trình trồng rừng ngập mặn đến 2030"),
    ],
)
def test_plans_named_by_subject_and_period(text: str, name: str) -> None:
    assert name in policies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Công ty đặt kế hoạch kinh doanh năm 2022 với lợi nhuận tăng 10%.",  # a target, no period
        "Chương trình bước sang giai đoạn 2022 - 2025 với nhiều đổi mới.",  # a verb after the kind
        "Đề án định hướng đến năm 2030 đào tạo 50 tiến sĩ.",  # two syllables: a verb
        "Doanh nghiệp có kế hoạch đến năm 2025 mở thêm cửa hàng.",  # no subject
        "Siêu thị áp dụng chương trình giảm giá đến hết năm 2022.",  # "đến hết": a deadline
    ],
)
def test_plans_without_a_subject_and_period_are_not_policies(text: str) -> None:
    assert policies(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hai nước cam kết tuân thủ Thỏa thuận Paris về biến đổi khí hậu, ông cho biết.", "Thỏa thuận Paris"),
        ("Các bên đã ký thỏa thuận Minsk vào năm 2015.", "Thỏa thuận Minsk"),
        ("Washington rút khỏi Hiệp ước INF và tăng ngân sách.", "Hiệp ước INF"),
        ("Bang này hủy thỏa thuận Vành đai và Con đường với đối tác.", "Thỏa thuận Vành đai và Con đường"),
        (
            "Doanh nghiệp tận dụng Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA) để xuất khẩu.",
            "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu",
        ),
        ("Hiệp định Geneva được ký kết năm 1954.", "Hiệp định Geneva"),
    ],
)
def test_treaties_by_their_title(text: str, name: str) -> None:
    assert name in policies(text)


def test_a_treaty_title_ends_at_its_last_capitalised_word() -> None:
    found = policies("Năm 2016, Thỏa thuận Paris mang tính bước ngoặt được ký.")
    assert list(found) == ["Thỏa thuận Paris"]


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức Hiệp ước Bắc Đại Tây Dương họp ở Brussels.",  # a body named after a treaty
        "Dự án chậm vì vướng hiệp định vay vốn với nhà tài trợ.",  # a common noun
    ],
)
def test_treaty_words_that_name_no_treaty(text: str) -> None:
    assert not [label for label in policies(text) if label.startswith(("Hiệp ước", "Hiệp định"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mọi công dân phải sống và làm việc theo Hiến pháp và pháp luật.", "Hiến pháp"),
        ("Đại hội đánh giá 15 năm thực hiện Cương lĩnh; đề ra phương hướng mới.", "Cương lĩnh"),
        ("Hiến pháp năm 1992 đã được sửa đổi.", "Hiến pháp năm 1992"),
    ],
)
def test_instruments_of_which_there_is_one(text: str, name: str) -> None:
    assert name in policies(text)


@pytest.mark.parametrize(
    ("text", "label", "issuer"),
    [
        ("Bộ trưởng trao Quyết định 2045/QĐ BNV ngày 3/5/2022 cho ông Lâm.", "Quyết định 2045/QĐ BNV", "Bộ Nội vụ"),
        ("Bộ trưởng trao Quyết định 2046/ QĐ BNV cho bà Mai.", "Quyết định 2046/ QĐ BNV", "Bộ Nội vụ"),
        ("Thực hiện Nghị định 45/2022/NĐ - CP về xử phạt.", "Nghị định 45/2022/NĐ - CP", "Chính phủ"),
    ],
)
def test_numbers_written_with_spaces(text: str, label: str, issuer: str) -> None:
    found = policies(text)
    assert label in found and found[label]["issuer"] == issuer


def test_a_spaced_dash_before_a_body_is_not_part_of_a_number() -> None:
    assert "Nghị quyết số 19" in policies("Nghị quyết 19 - Ban Chấp hành Trung ương đề ra nhiều giải pháp.")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Nội vụ có Công văn số 512/BNV-CCVC gửi các tỉnh về tuyển dụng.",
        "Văn phòng Chính phủ ra Thông báo số 88/TB-VPCP về kết luận của Phó Thủ tướng.",
    ],
)
def test_numbered_correspondence_is_no_policy(text: str) -> None:
    assert policies(text) == {}


def test_treaties_cited_by_their_acronym() -> None:
    found = policies("Hai bên cam kết thực hiện đầy đủ DOC và sớm hoàn tất COC, cùng triển khai hiệu quả RCEP.")
    assert {"DOC", "COC", "RCEP"} <= set(found)


def test_an_acronym_after_its_title_is_the_same_treaty() -> None:
    text = (
        "Mọi hoạt động phải phù hợp với Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS). "
        "Các nước cần tôn trọng UNCLOS trên Biển Đông."
    )
    assert list(policies(text)) == ["Công ước Liên hợp quốc về Luật Biển năm 1982"]


def test_an_acronym_inside_a_longer_code_is_no_treaty() -> None:
    assert policies("Xưởng gỗ đạt chứng nhận FSC-COC cho chuỗi hành trình sản phẩm.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Đối tượng thụ hưởng của Đề án bao gồm: người học nghề.",  # a verb after the kind
        "Nhà thầu cam kết triển khai Dự án an toàn, đúng tiến độ.",  # an adjective
        "Ông là Chiến lược gia trưởng của quỹ đầu tư.",  # a strategist, no strategy
    ],
)
def test_two_small_words_after_a_kind_are_no_name(text: str) -> None:
    assert policies(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Tối nay diễn ra Chương trình nghệ thuật chào xuân tại quảng trường.",
        "Siêu thị mở chương trình khuyến mãi mùa hè cho khách hàng thân thiết.",
        "Nhà đầu tư khởi công Dự án nhà máy điện gió Bình Minh.",  # a works project, not a policy
    ],
)
def test_shows_sales_and_works_projects_are_no_policies(text: str) -> None:
    assert policies(text) == {}


def test_a_draft_law_is_the_law() -> None:
    assert "Luật Đất đai (sửa đổi)" in policies("Quốc hội thảo luận Dự án Luật Đất đai (sửa đổi) tại hội trường.")
