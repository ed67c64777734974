from datetime import date

from tests.conftest import facts_of


def events(text: str, published: date | None = date(2022, 1, 12), title: str = "") -> list[dict]:
    facts = facts_of(text, published=published, title=title)
    out = []
    for key, entity in facts.entities.items():
        if entity.kind != "event":
            continue
        linked = {}
        for s, relation, o in facts.links:
            if s == key:
                linked.setdefault(relation, set()).add(facts.entities[o].label)
        out.append({"name": entity.label, "kind": entity.data["kind"], "date": entity.data.get("date"), **linked})
    return out


def test_conference_with_chair_speaker_place_and_organizer() -> None:
    (event,) = events(
        "Sáng 12/1, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác năm 2021. "
        "Thủ tướng Phạm Minh Chính dự và chủ trì hội nghị. "
        "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà phát biểu khai mạc hội nghị."
    )
    assert event["kind"] == "Hội nghị"
    assert event["name"] == "Hội nghị tổng kết công tác năm 2021"
    assert event["date"] == "2022-01-12"
    assert event["location"] == {"Hà Nội"}
    assert event["organizer"] == {"Bộ Nội vụ"}
    assert event["chair"] == {"Phạm Minh Chính"}
    assert "Phạm Thị Thanh Trà" in event["speaker"]


def test_mentions_of_one_event_are_one_node() -> None:
    found = events("Hội nghị khai mạc sáng 12/1. Tại hội nghị, các đại biểu thảo luận. Hội nghị bế mạc chiều cùng ngày.")
    assert len(found) == 1


def test_reception_from_the_verb() -> None:
    (event,) = events(
        "Chiều 11/1, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam.",
        title="Chủ tịch nước tiếp Đại sứ Nhật Bản",
    )
    assert event["kind"] == "Buổi tiếp"
    assert event["location"] == {"Phủ Chủ tịch"}
    assert {"Lương Cường", "Ito Naoki"} <= event["attendee"]


def test_title_alone_resolves_to_the_named_person() -> None:
    (event,) = events("Thủ tướng Phạm Minh Chính dự Hội nghị. Phát biểu tại hội nghị, Thủ tướng nhấn mạnh yêu cầu đổi mới.")
    assert event["speaker"] == {"Phạm Minh Chính"}


def test_policy_discussed_at_an_event() -> None:
    (event,) = events("Hội nghị quán triệt Nghị quyết số 57-NQ/TW diễn ra sáng 12/1 tại Hà Nội.")
    assert event["about"] == {"Nghị quyết 57-NQ/TW"}


def test_event_in_passing_is_not_reported() -> None:
    assert events("Nghị quyết Đại hội XIII của Đảng đã xác định mục tiêu.") == []


def test_election_at_a_session_confers_the_post() -> None:
    facts = facts_of(
        "Sáng 22/7, tại Kỳ họp thứ 8, HĐND thành phố Hà Nội bầu ông Trần Sỹ Thanh giữ chức Chủ tịch UBND thành phố Hà Nội.",
        published=date(2022, 7, 22),
    )
    (event,) = [e for e in facts.entities.values() if e.kind == "event"]
    conferred = {facts.entities[o].label for s, r, o in facts.links if s == event.key and r == "confers"}
    assert conferred == {"Chủ tịch Ủy ban nhân dân thành phố Hà Nội"}
    organizer = {facts.entities[o].label for s, r, o in facts.links if s == event.key and r == "organizer"}
    assert organizer == {"Hội đồng nhân dân thành phố Hà Nội"}


def test_two_receptions_are_two_events() -> None:
    found = events(
        "Sáng 23/6, Chủ tịch nước Lương Cường tiếp Bộ trưởng Ngoại giao Nhật Bản. "
        "Chiều cùng ngày, Thủ tướng Phạm Minh Chính cũng tiếp ông Kamikawa Yoko.",
        published=date(2024, 6, 23),
    )
    assert [e["kind"] for e in found] == ["Buổi tiếp", "Buổi tiếp"]


def test_chair_named_after_the_verb() -> None:
    (event,) = events("Sáng 12/1, Hội nghị trực tuyến diễn ra. Chủ trì tại điểm cầu Hà Nội là Phó Thủ tướng Hồ Đức Phớc.")
    assert event["chair"] == {"Hồ Đức Phớc"}
    assert event["location"] == {"Hà Nội"}


def test_coordinated_chairs() -> None:
    (event,) = events(
        "Sáng 12/1, Chủ tịch nước Lương Cường và Tổng thống Indonesia Prabowo Subianto đồng chủ trì Hội đàm tại Jakarta."
    )
    assert event["chair"] == {"Lương Cường", "Prabowo Subianto"}


def test_visit_organised_by_the_host() -> None:
    (event,) = events(
        "Sáng 12/1, Chủ tịch Quốc hội Trần Thanh Mẫn bắt đầu chuyến thăm chính thức Australia theo lời mời của Nghị viện Australia.",
        title="Chủ tịch Quốc hội thăm chính thức Australia",
    )
    assert event["kind"] == "Chuyến thăm"
    assert event["organizer"] == {"Nghị viện Australia"}


def test_relative_date_of_an_event() -> None:
    (event,) = events("Chiều qua, Bộ Nội vụ tổ chức Hội nghị tổng kết tại Hà Nội.", published=date(2024, 3, 8))
    assert event["date"] == "2024-03-07"


def test_range_gives_an_end_date() -> None:
    facts = facts_of("Hội nghị diễn ra từ 6-8/5/2019 tại Hà Nội do Bộ Ngoại giao tổ chức.", published=date(2019, 5, 6))
    (event,) = [e for e in facts.entities.values() if e.kind == "event"]
    assert (event.data["date"], event.data["end"]) == ("2019-05-06", "2019-05-08")


def test_same_event_in_two_articles_has_one_iri() -> None:
    a = facts_of("Sáng 12/1, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác năm 2021.", published=date(2022, 1, 12))
    b = facts_of("Ngày 12/1/2022, hội nghị tổng kết của ngành Nội vụ diễn ra tại Hà Nội.", published=date(2022, 1, 13))
    key = lambda f: {k for k, e in f.entities.items() if e.kind == "event"}  # noqa: E731
    assert key(a) == key(b) == {"event/hoi-nghi-2022-01-12-ha-noi"}


def test_a_head_added_to_the_data_is_found(reference_words) -> None:
    text = "Sáng 12/1, tại Hà Nội, Bộ Nội vụ tổ chức Giao ban công tác tháng 1."
    assert events(text) == []
    reference_words("events", "heads", "Giao ban")
    (event,) = events(text)
    assert (event["kind"], event["name"]) == ("Giao ban", "Giao ban công tác tháng 1")
    assert event["organizer"] == {"Bộ Nội vụ"}


def test_a_verb_added_to_the_data_is_found(reference_words) -> None:
    text = "Chiều 11/1, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường gặp gỡ ông Ito Naoki, Đại sứ Nhật Bản tại Việt Nam."
    assert events(text) == []
    reference_words("events", "verbs", {"verb": "gặp gỡ", "kind": "Cuộc gặp", "needs_object": True})
    (event,) = events(text)
    assert event["kind"] == "Cuộc gặp"
    assert {"Lương Cường", "Ito Naoki"} <= event["attendee"]


def test_a_chair_verb_added_to_the_data_makes_a_chair(reference_words) -> None:
    text = "Sáng 12/1, Hội nghị trực tuyến diễn ra. Phó Thủ tướng Hồ Đức Phớc điều hành hội nghị."
    assert "chair" not in events(text)[0]
    reference_words("events", "chair_verbs", "điều hành")
    assert events(text)[0]["chair"] == {"Hồ Đức Phớc"}


def test_a_word_added_to_the_name_stops_ends_the_name(reference_words) -> None:
    text = "Sáng 12/1, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác năm 2021."
    assert events(text)[0]["name"] == "Hội nghị tổng kết công tác năm 2021"
    reference_words("events", "name_stops", "công tác")
    assert events(text)[0]["name"] == "Hội nghị tổng kết"


def test_body_opening_the_clause_after_a_meeting_holds_it() -> None:
    (event,) = events("Ngày 10/1, tại kỳ họp thứ 7, Ủy ban Kiểm tra Tỉnh ủy Nghệ An đã xem xét, kết luận nhiều nội dung.")
    assert event["organizer"] == {"Ủy ban Kiểm tra Tỉnh ủy Nghệ An"}


def test_person_opening_the_clause_after_a_meeting_is_no_organiser() -> None:
    (event,) = events("Ngày 10/1, tại cuộc họp, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã yêu cầu các đơn vị khẩn trương.")
    assert "organizer" not in event


def test_the_organizer_is_the_whole_name_not_a_body_inside_it() -> None:
    (event,) = events("Sáng 12/1, Đảng ủy Bộ Tư pháp tổ chức Hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng.")
    assert event["organizer"] == {"Đảng ủy Bộ Tư pháp"}
