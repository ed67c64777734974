"""Events in the shapes long news articles give them: which mentions report an event and
which only pass it by, and the days, places and hosts of the events reported.
The sentences are written for these tests."""

from datetime import date

import pytest

from tests.conftest import make_doc
from tests.extractors.test_events import events

PUBLISHED = date(2021, 4, 28)  # a Wednesday


def kinds(text: str, published: date = PUBLISHED) -> list[str]:
    return sorted(e["kind"] for e in events(text, published=published))


def dates_of(text: str) -> list[str]:
    return [m.value["date"] for m in make_doc(text, published=PUBLISHED).of("DATE")]


@pytest.mark.parametrize(
    "text",
    [
        "Tại kỳ họp thứ 5, Ủy ban Kiểm tra Tỉnh ủy quyết định kỷ luật ông Lê Văn An.",
        "Hai bên chúc mừng thành công của Giao lưu hữu nghị lần thứ 6.",
        "Đây là ngày thứ 4 liên tiếp số ca mắc mới tăng.",
    ],
)
def test_an_ordinal_written_with_a_number_is_no_weekday(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông qua đời vào sáng thứ 5 vừa qua.", "2021-04-22"),
        ("Hôm thứ 3 vừa qua, đoàn đến Hà Nội.", "2021-04-27"),
        ("Thị trường đóng cửa vào thứ 6 tuần trước.", "2021-04-23"),
    ],
)
def test_a_weekday_number_after_a_lead_word_is_a_date(text: str, expected: str) -> None:
    assert dates_of(text) == [expected]


def test_a_meeting_named_after_sau_is_told_in_passing() -> None:
    text = (
        "Ngay sau phiên họp đại hội đồng cổ đông thường niên, Hội đồng quản trị Công ty cổ phần Sông Xanh đã họp. "
        "Hội đồng quản trị thống nhất bầu ông Lê Văn An giữ chức Chủ tịch Hội đồng quản trị."
    )
    assert kinds(text) == ["Cuộc họp"]


def test_two_heads_in_a_row_name_one_event() -> None:
    text = "Sáng 24/4, tại phiên họp đại hội đồng cổ đông thường niên, cổ đông Công ty cổ phần Sông Xanh thông qua cổ tức."
    (event,) = events(text, published=PUBLISHED)
    assert event["kind"] == "Phiên họp"
    assert event["name"].startswith("Phiên họp đại hội đồng cổ đông")


def test_an_event_classified_as_su_kien() -> None:
    text = "Sáng 24/4, sự kiện triển lãm công nghệ do Trường Đại học Sông Xanh tổ chức thu hút nhiều sinh viên."
    assert kinds(text) == ["Triển lãm"]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 27/4, Ủy ban bầu cử tỉnh công bố 24 người ứng cử tại 5 đơn vị bầu cử của tỉnh.",
        "Ngày 27/4, bạo lực đã xảy ra tại một số khu vực bầu cử của bang.",
    ],
)
def test_a_head_qualifying_a_noun_is_no_event(text: str) -> None:
    assert "Bầu cử" not in kinds(text)


def test_future_events_are_not_reported() -> None:
    text = (
        "Ngày 28/4, Phó Thủ tướng Lê Văn An làm việc với Sở Y tế về phòng, chống dịch. "
        "Phó Thủ tướng lưu ý công tác phòng dịch trong dịp nghỉ lễ và sắp tới là bầu cử Quốc hội. "
        "Sở Y tế sẽ tổ chức hội thảo về tiêm chủng vào tuần sau."
    )
    assert kinds(text) == ["Buổi làm việc"]


def test_events_congratulated_on_are_told_in_passing() -> None:
    text = (
        "Chiều 23/4, Tổng Bí thư Lê Văn An tiếp Bộ trưởng Quốc phòng Trần Văn Bình. "
        "Ông Trần Văn Bình chúc mừng thành công của Đại hội Đảng và chúc mừng ông Lê Văn An được bầu lại tại Đại hội. "
        "Tổng Bí thư chúc mừng nước bạn vừa tổ chức thành công Kỳ họp thứ tư của Quốc hội."
    )
    assert kinds(text) == ["Buổi tiếp"]


def test_a_ceremony_written_small_before_its_verb() -> None:
    text = (
        "Thứ trưởng Bộ Giáo dục và Đào tạo Lê Văn An đã trao quyết định công nhận Hội đồng trường. "
        "Phát biểu tại lễ công bố quyết định, ông Trần Văn Bình cảm ơn Bộ."
    )
    (event,) = events(text, published=PUBLISHED)
    assert event["kind"] == "Lễ"
    assert "Trần Văn Bình" in event.get("speaker", set()) | event.get("attendee", set())


def test_a_holiday_written_small_is_no_ceremony() -> None:
    assert "Lễ" not in kinds("Ngày 27/4, tỉnh yêu cầu tăng cường phòng dịch trong dịp lễ 30/4.")


def test_a_press_conference_keeps_its_head() -> None:
    (event,) = events("Tại cuộc họp báo thường kỳ của Bộ Ngoại giao chiều 29/4, người phát ngôn Lê Văn An cho biết.")
    assert event["kind"] == "Họp báo"


def test_an_election_on_its_own_day_is_an_event_apart_from_the_congress() -> None:
    text = (
        "Đảng Cộng sản Cuba hôm nay 19/4 chính thức bầu ông Miguel Diaz-Canel làm Bí thư Thứ nhất. "
        "Cuộc bỏ phiếu diễn ra vào ngày cuối của Đại hội Đảng Cộng sản Cuba lần thứ 8 khai mạc ngày 16/4."
    )
    assert sorted(e["date"] for e in events(text, published=date(2021, 4, 19))) == ["2021-04-16", "2021-04-19"]


def test_an_election_at_a_meeting_belongs_to_the_meeting() -> None:
    text = (
        "Chiều 26/4, Hội đồng quản trị Công ty cổ phần Sông Xanh đã họp để bầu chủ tịch. "
        "Theo đó, Hội đồng quản trị thống nhất bầu ông Lê Văn An giữ chức Chủ tịch Hội đồng quản trị."
    )
    assert kinds(text) == ["Cuộc họp"]


def test_a_leader_inspecting_on_a_day_is_an_event_with_its_place() -> None:
    text = (
        "Ngày 28/4, Phó Thủ tướng Lê Văn An kiểm tra công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh Hà Nam. "
        "Phát biểu tại đây, Bộ trưởng Bộ Y tế Trần Văn Bình đề nghị tỉnh không chủ quan."
    )
    (event,) = events(text, published=PUBLISHED)
    assert (event["kind"], event["date"]) == ("Kiểm tra", "2021-04-28")
    assert "Hà Nam" in " ".join(event["location"])


def test_an_inspection_someone_else_reports_is_no_event() -> None:
    text = "Ngày 26/4, ông Lê Văn An, Chủ tịch UBND xã cho biết đơn vị này đã đi kiểm tra nhưng không phát hiện vi phạm."
    assert "Kiểm tra" not in kinds(text)


def test_a_body_that_meets_hosts_the_meeting() -> None:
    text = "Ngày 19/4, Quốc hội Cuba họp và bầu ông Miguel Diaz-Canel làm Chủ tịch nước."
    (event,) = events(text, published=date(2021, 4, 19))
    assert event["organizer"]
