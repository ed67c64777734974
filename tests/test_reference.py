"""Reference look-ups on their own, with no article and no extractor run: bodies by name or
alias, provinces, countries, role titles, abbreviations, counts, and the bodies of a province."""

from __future__ import annotations

import re
import unicodedata

import pytest

from govgraph.reference import Reference, alternation, load_reference, local_body
from govgraph.text import slug


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_the_reference_is_read_once(ref: Reference) -> None:
    assert load_reference() is ref


@pytest.mark.parametrize(
    ("name", "body_id"),
    [
        ("Bộ Nội vụ", "bo-noi-vu"),
        ("BNV", "bo-noi-vu"),  # an alias
        ("bộ nội vụ", "bo-noi-vu"),  # any case
        (nfd("Bộ Chính trị"), "bo-chinh-tri"),  # decomposed input
        ("BCHTW", "ban-chap-hanh-trung-uong-dang"),
        ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "ban-chap-hanh-trung-uong-dang"),
    ],
)
def test_find_body_by_name_or_alias(ref: Reference, name: str, body_id: str) -> None:
    body = ref.find_body(name)
    assert body is not None and body.id == body_id


def test_a_found_body_carries_its_kind_and_parent(ref: Reference) -> None:
    body = ref.find_body("Bộ Nội vụ")
    assert body is not None
    assert (body.name, body.kind, body.parent, body.former, body.reference) == ("Bộ Nội vụ", "Ministry", "chinh-phu", False, True)
    assert "BNV" in body.aliases


def test_a_former_body_names_its_successor(ref: Reference) -> None:
    body = ref.find_body("Ban Tuyên giáo Trung ương")
    assert body is not None and body.former
    assert body.successor == "ban-tuyen-giao-va-dan-van-trung-uong"
    assert ref.find_body("Ban Tuyên giáo và Dân vận Trung ương").id == body.successor


@pytest.mark.parametrize("name", ["Bộ Không Có Thật", "", "Nội vụ"])
def test_find_body_knows_only_whole_names(ref: Reference, name: str) -> None:
    assert ref.find_body(name) is None


@pytest.mark.parametrize("name", ["TP.HCM", "tp.hcm", "TPHCM", "Sài Gòn", "Thành phố Hồ Chí Minh"])
def test_province_by_name_or_alias(ref: Reference, name: str) -> None:
    province = ref.province(name)
    assert province is not None
    assert (province.name, province.is_city, province.full) == ("Thành phố Hồ Chí Minh", True, "Thành phố Hồ Chí Minh")
    assert province.merged_into is None


def test_a_province_is_written_out_with_its_kind(ref: Reference) -> None:
    assert ref.province("Nghệ An").full == "tỉnh Nghệ An"
    assert ref.province("Hà Nội").full == "thành phố Hà Nội"
    assert not ref.province("Nghệ An").is_city


def test_a_merged_province_names_the_one_that_absorbed_it(ref: Reference) -> None:
    province = ref.province("Hà Giang")
    assert province is not None and province.merged_into == "Tuyên Quang"
    assert ref.province(province.merged_into) is not None
    assert ref.province("Không Có") is None


@pytest.mark.parametrize(("name", "country"), [("Việt Nam", "Việt Nam"), ("VIET NAM", "Việt Nam"), ("Mỹ", "Hoa Kỳ")])
def test_country_by_name_or_alias(ref: Reference, name: str, country: str) -> None:
    assert ref.country(name) == country


def test_an_unknown_country_is_none(ref: Reference) -> None:
    assert ref.country("Atlantis") is None


def test_role_by_title(ref: Reference) -> None:
    role = ref.role("phó thủ tướng")
    assert role is not None and (role.name, role.role, role.body) == ("Phó Thủ tướng", "Phó Thủ tướng", "chinh-phu")
    qualified = ref.role("Phó Thủ tướng Thường trực")
    assert qualified is not None and qualified.base == "Phó Thủ tướng"
    minister = ref.role("Bộ trưởng")
    assert minister is not None and minister.body is None and minister.sector == "Bộ"
    assert ref.role("Chủ tịch UBND") is None  # a title with its body is not a role title


@pytest.mark.parametrize(
    ("name", "expanded"),
    [
        ("ĐHQG Hà Nội", "Đại học Quốc gia Hà Nội"),
        ("UBKT Trung ương", "Ủy ban Kiểm tra Trung ương"),
        ("Bộ Nội vụ", "Bộ Nội vụ"),  # nothing to expand
        ("ĐHQG", "Đại học Quốc gia"),
    ],
)
def test_expand_writes_out_abbreviated_head_nouns(ref: Reference, name: str, expanded: str) -> None:
    assert ref.expand(name) == expanded


@pytest.mark.parametrize(
    ("text", "after", "counted"),
    [
        ("sau 2 năm công tác", "2", True),
        ("trong 5 tháng qua", "5", True),
        ("có 300 người dự", "300", True),
        ("Nghị quyết số 18-NQ/TW", "18", False),
        ("Quyết định 42 của Thủ tướng", "42", False),
        ("năm 2024", "2024", False),  # at the end of the text
    ],
)
def test_counted_after_tells_a_count_from_a_number(ref: Reference, text: str, after: str, counted: bool) -> None:
    assert ref.counted_after(text, text.index(after) + len(after)) is counted


def test_alternation_matches_whole_words_longest_first() -> None:
    pattern = alternation(["Hà", "Hà Nội", "", "Hà Nội"])
    assert [m.group() for m in pattern.finditer("Hà Nội và Hà Tĩnh, Hàn Quốc")] == ["Hà Nội", "Hà"]
    assert pattern.search("Hàn") is None


def test_alternation_reads_words_in_any_unicode_form() -> None:
    pattern = alternation([nfd("Nghệ An")])
    assert pattern.fullmatch("Nghệ An")


def test_alternation_honours_flags() -> None:
    assert alternation(["Bộ Nội vụ"], flags=re.IGNORECASE).search("BỘ NỘI VỤ")
    assert alternation(["Bộ Nội vụ"]).search("BỘ NỘI VỤ") is None


# --- the bodies of a province ---


def test_people_s_committee_of_a_province(ref: Reference) -> None:
    body = local_body("ubnd", ref.province("Nghệ An"))
    assert (body.id, body.name, body.kind, body.parent) == (
        "uy-ban-nhan-dan-tinh-nghe-an",
        "Ủy ban nhân dân tỉnh Nghệ An",
        "LocalGovernment",
        None,
    )
    assert {"UBND tỉnh Nghệ An", "UBND Nghệ An"} <= set(body.aliases)
    assert (body.successor, body.former) == (None, False)


def test_a_city_s_bodies_take_its_aliases(ref: Reference) -> None:
    city = ref.province("TP.HCM")
    ubnd = local_body("ubnd", city)
    assert ubnd.name == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert {"UBND TP.HCM", "UBND TPHCM", "UBND Thành phố Hồ Chí Minh"} <= set(ubnd.aliases)
    hdnd = local_body("hdnd", city)
    assert hdnd.name == "Hội đồng nhân dân Thành phố Hồ Chí Minh" and "HĐND TP.HCM" in hdnd.aliases


@pytest.mark.parametrize(
    ("kind", "name", "body_kind", "parent"),
    [
        ("hdnd", "Hội đồng nhân dân tỉnh Nghệ An", "LocalGovernment", None),
        ("party", "Tỉnh ủy Nghệ An", "PartyOrgan", "ban-chap-hanh-trung-uong-dang"),
        ("standing", "Ban Thường vụ Tỉnh ủy Nghệ An", "PartyOrgan", "tinh-uy-nghe-an"),
        ("delegation", "Đoàn đại biểu Quốc hội tỉnh Nghệ An", "Legislature", "quoc-hoi"),
        ("court", "Tòa án nhân dân tỉnh Nghệ An", "Court", "toa-an-nhan-dan-toi-cao"),
        ("procuracy", "Viện Kiểm sát nhân dân tỉnh Nghệ An", "Procuracy", "vien-kiem-sat-nhan-dan-toi-cao"),
        ("police", "Công an tỉnh Nghệ An", "LocalGovernment", "bo-cong-an"),
    ],
)
def test_each_body_of_a_province(ref: Reference, kind: str, name: str, body_kind: str, parent: str | None) -> None:
    body = local_body(kind, ref.province("Nghệ An"))
    assert (body.name, body.kind, body.parent) == (name, body_kind, parent)
    assert body.id == slug(name)


def test_local_body_aliases_use_the_short_forms(ref: Reference) -> None:
    province = ref.province("Nghệ An")
    assert "TAND tỉnh Nghệ An" in local_body("court", province).aliases
    assert "VKSND tỉnh Nghệ An" in local_body("procuracy", province).aliases
    assert "Đoàn ĐBQH tỉnh Nghệ An" in local_body("delegation", province).aliases
    assert "Ban Chấp hành Đảng bộ tỉnh Nghệ An" in local_body("party", province).aliases


def test_a_city_has_a_city_party_committee(ref: Reference) -> None:
    body = local_body("party", ref.province("Hà Nội"))
    assert (body.id, body.name) == ("thanh-uy-ha-noi", "Thành ủy Hà Nội")
    assert local_body("standing", ref.province("Hà Nội")).parent == "thanh-uy-ha-noi"


def test_a_department_belongs_to_the_people_s_committee(ref: Reference) -> None:
    body = local_body("department", ref.province("Nghệ An"), "Tài chính")
    assert (body.id, body.name, body.kind) == ("so-tai-chinh-tinh-nghe-an", "Sở Tài chính tỉnh Nghệ An", "LocalGovernment")
    assert body.parent == "uy-ban-nhan-dan-tinh-nghe-an"


def test_a_merged_province_s_department_is_former_and_names_no_successor(ref: Reference) -> None:
    # the departments were merged and renamed by sector in 2025 too: the absorbing province's
    # department of the same name may not exist
    body = local_body("department", ref.province("Bình Định"), "Du lịch")
    assert body.former and body.successor is None


@pytest.mark.parametrize(("kind", "sector"), [("ubnd", None), ("hdnd", None), ("party", None), ("court", None)])
def test_a_merged_province_s_body_is_former_and_names_its_successor(ref: Reference, kind: str, sector: str | None) -> None:
    before = local_body(kind, ref.province("Hà Giang"), sector)
    after = local_body(kind, ref.province("Tuyên Quang"), sector)
    assert before.former and before.successor == after.id
    assert "Hà Giang" in before.name and "Tuyên Quang" in after.name
    assert not after.former and after.successor is None


def test_the_successor_of_a_merged_province_s_committee(ref: Reference) -> None:
    body = local_body("ubnd", ref.province("Hà Giang"))
    assert (body.id, body.name, body.kind) == (
        "uy-ban-nhan-dan-tinh-ha-giang",
        "Ủy ban nhân dân tỉnh Hà Giang",
        "LocalGovernment",
    )
    assert body.successor == "uy-ban-nhan-dan-tinh-tuyen-quang"
    assert "UBND tỉnh Hà Giang" in body.aliases
