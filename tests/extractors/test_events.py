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
