"""The linear-time tagger gives underthesea's own tags, word for word."""

from __future__ import annotations

import pytest
from underthesea import pos_tag, word_tokenize

from govgraph.postag import dictionary_word, pos_tags

SENTENCES = [
    "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng Trần Văn Hiệp đã tiếp đoàn công tác của Bộ Tài chính.",
    "Sáng 5/3, tại Hà Nội, Ban Chỉ đạo quốc gia về chuyển đổi số họp phiên thứ nhất.",
    "Ông Nguyễn Văn An, nguyên Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc Bệnh viện Đa khoa tỉnh.",
    "Theo Quyết định số 123/QĐ-TTg, kế hoạch được triển khai đến năm 2030 với 12 nhiệm vụ.",
    "Hội nghị",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_tags_as_underthesea(sentence: str) -> None:
    words = word_tokenize(sentence)
    assert list(zip(words, pos_tags(words), strict=True)) == pos_tag(sentence)


def test_long_sentence_is_tagged_whole() -> None:
    sentence = ", ".join(SENTENCES[:4]) * 5
    words = word_tokenize(sentence)
    assert [tag for _, tag in pos_tag(sentence)] == pos_tags(words)


@pytest.mark.parametrize(("words", "known"), [("chất bán dẫn", True), ("Tầm nhìn", True), ("bán chất dẫn", False)])
def test_dictionary_words_are_the_tagger_s_own(words: str, known: bool) -> None:

    assert dictionary_word(words) is known


def test_a_dictionary_word_in_either_tone_placement() -> None:
    assert dictionary_word("văn hóa") and dictionary_word("văn hoá")
    assert dictionary_word("Hòa bình")
