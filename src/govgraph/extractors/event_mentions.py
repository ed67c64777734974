"""Which words in a text report an event, and which only mention one in passing.

A head noun ("Hội nghị", "Lễ", "Bầu cử") reports an event when it stands as a whole word
heading its own phrase, and the article tells the event as having happened. It does not
when it is part of a longer word ("đại hội đồng cổ đông"), qualifies the noun before it
("đơn vị bầu cử", "trung tâm hội nghị", "dịp lễ"), or when its clause places the event
before or after the news ("sau cuộc họp", "sắp tới là bầu cử", "sẽ tổ chức hội thảo"),
or congratulates someone on one ("chúc mừng thành công của Đại hội"). The words come from
``events.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..document import Document, Token

_EVENTS = "events"


@dataclass(frozen=True)
class _Cues:
    """The passing-mention patterns of ``events.json``, compiled once."""

    plural: re.Pattern[str]  # "các" before a head
    aside: re.Pattern[str]  # "sau khi" before a head in its clause
    around: re.Pattern[str]  # "sau", "trước" right before a head
    future_before: re.Pattern[str]  # "sẽ", "sắp tới" earlier in the head's clause
    future_after: re.Pattern[str]  # "sắp tới", "sẽ" after the head in its clause
    concluded: re.Pattern[str]  # "tổ chức thành công", "thành công của" right before a head
    congratulate: re.Pattern[str]  # "chúc mừng" earlier in the head's clause
    purpose: re.Pattern[str]  # "để", "nhằm" right before a head or verb
    classifiers: frozenset[str]  # "cuộc", "buổi": nouns that head an event phrase
    capitalised: frozenset[str]  # heads that name an event in lower case only after a word of taking part
    witness: re.Pattern[str]  # "dự", "phát biểu tại" right before a head


@cache
def _cues() -> _Cues:
    def alt(name: str) -> str:
        return lexicon.alternatives(_EVENTS, name)

    return _Cues(
        plural=re.compile(rf"(?i)(?:(?<!\w){alt('plural_words')}|\d)\s+(?:{alt('classifier_words')}\s+)?$"),
        aside=re.compile(rf"(?i)(?<!\w){alt('aside_words')}[^,.;]*$"),
        around=re.compile(rf"(?i)(?<!\w){alt('around_words')}\s+(?:{alt('classifier_words')}\s+)?$"),
        future_before=re.compile(rf"(?i)(?<!\w){alt('future_words')}(?!\w)[^,.;:!?]*$"),
        future_after=re.compile(rf"(?i)^[^,.;:!?]{{0,40}}?(?<!\w){alt('future_after_words')}(?!\w)"),
        concluded=re.compile(rf"(?i)(?<!\w){alt('concluded_words')}\s+(?:{alt('concluded_links')}\s+)?$"),
        congratulate=re.compile(rf"(?i)(?<!\w){alt('congratulate_words')}(?!\w)[^,.;:!?]*$"),
        purpose=re.compile(rf"(?i)(?<!\w){alt('purpose_words')}\s+$"),
        classifiers=lexicon.wordset(_EVENTS, "classifier_words", lower=True),
        capitalised=lexicon.wordset(_EVENTS, "capitalised_heads"),
        witness=re.compile(rf"(?i)(?<!\w){alt('witness_words')}\s+$"),
    )


def in_passing(doc: Document, start: int, end: int) -> bool:
    """A head or verb at text[start:end] that mentions an event the article does not report:
    a plural, a clause told before or after the news, a future event, one congratulated on,
    the purpose of another event ("họp để bầu"), or a congress named by its Roman number ("Nghị quyết Đại hội XIII")."""
    cues = _cues()
    text = doc.text
    sent = doc.sentence_of(start)
    before = text[sent.start : start]
    after = text[end : sent.end]
    if cues.plural.search(before[-20:]) or cues.aside.search(before) or cues.around.search(before):
        return True
    if cues.future_before.search(before) or cues.future_after.search(after):
        return True
    if cues.concluded.search(before) or cues.congratulate.search(before) or cues.purpose.search(before):
        return True
    return bool(re.match(r"\s+[IVXLC]+\b", text[end : end + 12]))


def head_span(doc: Document, start: int, end: int) -> int | None:
    """Where a head noun found at text[start:end] ends when it heads its own phrase, else None.

    The head must begin a word and end one ("đại hội" in "đại hội đồng" does not); when its
    last word runs on ("Lễ ký" in "Lễ ký kết"), a shorter head that ends on a word is taken.
    A bare head written in lower case right after a noun qualifies that noun ("đơn vị bầu cử"),
    where one with its classifier is a complement ("mục đích chuyến thăm");
    "lễ" and "bầu cử" written small name an event only after a word of taking part ("dự lễ")."""
    first = doc.word_at(start)
    if first is not None and first.start != start:
        return None
    end = _word_end(doc, start, end)
    if end is None:
        return None
    written = doc.text[start:end]
    if written[0].isupper():
        return end
    if written.split()[0].casefold() not in _cues().classifiers and _qualifies_noun(doc, start):
        return None
    if _head_form(written) in _cues().capitalised and not _cues().witness.search(doc.text[max(0, start - 20) : start]):
        return None
    return end


def _word_end(doc: Document, start: int, end: int) -> int | None:
    """``end`` if a word ends there, else the end of the longest head from ``start`` that does."""
    last = doc.word_at(end - 1)
    if last is None or last.end == end:
        return end
    heads = sorted(lexicon.words(_EVENTS, "heads"), key=len, reverse=True)
    piece = doc.text[start:end].casefold()
    for head in heads:
        stop = start + len(head)
        if stop < end and piece.startswith(head.casefold()) and doc.text[stop : stop + 1].isspace():
            word = doc.word_at(stop - 1)
            if word is None or word.end == stop:
                return stop
    return None


def _head_form(written: str) -> str:
    return written[0].upper() + written[1:].lower()


def _previous_word(doc: Document, start: int) -> Token | None:
    """The word before ``start``, past the spaces."""
    at = start - 1
    while at >= 0 and doc.text[at] == " ":
        at -= 1
    return doc.word_at(at) if at >= 0 else None


def _qualifies_noun(doc: Document, start: int) -> bool:
    """A lower-case head right after a common noun that is no event classifier
    ("đơn vị bầu cử", "trung tâm hội nghị"): the head qualifies that noun."""
    word = _previous_word(doc, start)
    if word is None or word.text.casefold() in _cues().classifiers:
        return False
    if word.text.casefold() in lexicon.wordset(_EVENTS, "around_words", lower=True):
        return False
    return doc.pos_of(word.start) == "N"
