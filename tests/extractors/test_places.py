from tests.conftest import facts_of, labels


def test_provinces_countries_cities_and_venues() -> None:
    facts = facts_of("Đoàn đã đến tỉnh Quảng Ninh, sau đó sang Canberra, Australia và về Phủ Chủ tịch.")
    assert labels(facts, "place") == {"Quảng Ninh", "Canberra", "Australia", "Phủ Chủ tịch"}


def test_seat_of_a_body() -> None:
    assert "trụ sở Bộ Ngoại giao" in labels(facts_of("Buổi lễ diễn ra tại trụ sở Bộ Ngoại giao."), "place")


def test_tp_hcm_aliases_are_one_place() -> None:
    a = facts_of("Đoàn công tác tại TP.HCM.")
    b = facts_of("Đoàn công tác tại Thành phố Hồ Chí Minh.")
    assert labels(a, "place") == labels(b, "place") == {"Thành phố Hồ Chí Minh"}


def test_a_locality_kind_added_to_the_data_names_a_place(reference_words) -> None:
    text = "Đoàn công tác đến bản Tân Hòa, huyện Lý Nhân."
    assert labels(facts_of(text), "place") == {"huyện Lý Nhân"}
    reference_words("places", "locality_kinds", "bản")
    assert labels(facts_of(text), "place") == {"bản Tân Hòa", "huyện Lý Nhân"}


def test_the_seat_word_names_the_place_after_the_body() -> None:
    assert "trụ sở Bộ Ngoại giao" in labels(facts_of("Trụ sở Bộ Ngoại giao đón đoàn."), "place")
