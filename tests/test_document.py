from hypothesis import given, settings
from hypothesis import strategies as st

from govgraph.document import Article, make_document
from tests.conftest import make_doc


def test_title_is_part_of_the_text() -> None:
    doc = make_document(Article("a", "Nội dung bài.", title="Tiêu đề"))
    assert doc.text.startswith("Tiêu đề\n\n")
    assert doc.body_start == len("Tiêu đề\n\n")


def test_sentences_and_tokens_point_into_the_text() -> None:
    doc = make_document(Article("a", "Thủ tướng Phạm Minh Chính dự hội nghị. Bộ trưởng phát biểu.\nĐoạn hai."))
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Thủ tướng Phạm Minh Chính dự hội nghị.",
        "Bộ trưởng phát biểu.",
        "Đoạn hai.",
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    (name,) = [t for t in doc.tokens if t.text == "Phạm Minh Chính"]
    assert doc.pos_of(name.start) == "Np" and doc.pos_of(name.start + 5) == "Np"


def test_every_mention_matches_its_text() -> None:
    doc = make_doc("Sáng 16/12, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì Hội nghị về Nghị quyết số 18-NQ/TW.")
    assert doc.mentions
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text


@settings(max_examples=40, deadline=None)
@given(
    st.text(
        alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY ,.:;()-/0123456789\u0300\u0301\u0303\u0309\u0323\n",
        max_size=200,
    )
)
def test_mentions_hold_on_arbitrary_text(text: str) -> None:
    doc = make_doc(text)
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text


def test_claim_keeps_the_first_reading_of_a_span() -> None:
    from govgraph.document import Article, make_document

    doc = make_document(Article("a", "Hội nghị Trung ương họp tại Hà Nội."), tag=False)
    first = doc.claim("EVENT", 0, 8)
    assert first is not None and doc.claim("EVENT", 4, 19) is None
    assert doc.claim("ORG", 9, 19) is not None
    assert [m.text for m in doc.within(0, 19)] == ["Hội nghị", "Trung ương"]
    assert doc.within(0, 19, "ORG")[0].label == "ORG" and doc.within(20, 30) == []
