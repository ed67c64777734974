"""Documents named without a number or a capitalised title: plans named by their subject and
period ("kế hoạch phát triển ngành du lịch giai đoạn 2021-2025", "Quy hoạch 5 năm thứ 14"),
the instruments of which there is only one ("Hiến pháp", "Cương lĩnh"), and treaties cited by
their acronym ("UNCLOS 1982", "CPTPP").

A plan's kind written small is usually a common noun ("kế hoạch năm 2021", "chương trình
khuyến mãi"); the period that closes its name ("giai đoạn …", "đến năm …", "5 năm thứ …") is
what picks out one instrument. The words are in ``data/reference/documents.json``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..document import Document
from ..text import capitalise, normalize

_DOCS = "documents"
_SUBJECT_SYLLABLES = 3  # fewest syllables of a plan's subject
_TITLE_WORDS = 14  # most words of a treaty's title


@dataclass(frozen=True)
class Described:
    """A document found by its description: where it is, its kind and its name."""

    start: int
    end: int
    kind: str
    name: str


def _period() -> str:
    """The period that closes a plan's name: "giai đoạn 2021-2025" (with its "tầm nhìn đến năm
    2030"), "đến năm 2030", or a count of years with an ordinal or a range ("5 năm thứ 14",
    "5 năm 2021-2025"); the count is captured, since it may close a name with no subject."""
    word = lambda field: lexicon.alternatives(_DOCS, f"periods.{field}")  # noqa: E731
    years = r"\d{4}\s?[-–]\s?\d{4}"
    until = rf"(?:{word('vision_words')}\s+)?{word('until_words')}\s+(?:{word('year_words')}\s+)?\d{{4}}"
    span = rf"{word('span_words')}\s+{years}(?:,?\s+{until})?"
    count = rf"\d+\s+{word('year_words')}\s+(?:{word('ordinal_words')}\s+\d+|(?:{word('span_words')}\s+)?{years})"
    return rf"(?:(?P<count>{count})|{span}|{until})(?![\w\-–/])"


@cache
def _plan_re() -> re.Pattern[str]:
    """A plan's kind, up to twelve words of subject (none of them a stop word), and its period."""
    stops = sorted(set(lexicon.words(_DOCS, "name_stops")) | set(lexicon.words(_DOCS, "periods.stops")), key=len, reverse=True)
    stop = "(?:" + "|".join(re.escape(w) for w in stops) + r")(?!\S)"
    word = r"[^\s,.;:()\"“”]+"
    subject = rf"(?P<subject>(?:(?!{stop}){word}[ \t]+){{0,12}}?)"
    kinds = lexicon.alternatives(_DOCS, "period_types")
    return re.compile(rf"(?<!\w)(?P<kind>{kinds})[ \t]+{subject}{_period()}", re.IGNORECASE)


def plans_by_period(text: str) -> Iterator[Described]:
    """Plans named by subject and period; a subject of one or two syllables is a common noun
    or a verb ("quy hoạch ngành thời kỳ …", "Đề án định hướng đến năm …"), unless the period
    is a count of years ("Quy hoạch 5 năm thứ 14")."""
    for m in _plan_re().finditer(text):
        if len(m.group("subject").split()) < _SUBJECT_SYLLABLES and not m.group("count"):
            continue
        kind = capitalise(m.group("kind").lower())
        yield Described(m.start(), m.end(), kind, capitalise(normalize(" ".join(m.group(0).split()))))


@cache
def _sole_re() -> re.Pattern[str]:
    """A capitalised kind of which there is one instrument, with the year of its version."""
    year = lexicon.alternatives(_DOCS, "periods.year_words")
    return re.compile(rf"(?<!\w)({lexicon.alternatives(_DOCS, 'sole_instruments')})(?:\s+{year}\s+\d{{4}})?(?![\w\-])")


def sole_instruments(text: str) -> Iterator[Described]:
    """The capitalised "Hiến pháp", "Cương lĩnh": the one Constitution, the Party's Platform."""
    for m in _sole_re().finditer(text):
        yield Described(m.start(), m.end(), m.group(1), normalize(" ".join(m.group(0).split())))


def treaty_title_end(doc: Document, pos: int) -> int | None:
    """End of a treaty's title that starts at ``pos``: its words up to the last capitalised one
    ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương", "Thỏa thuận Paris [về
    biến đổi khí hậu]"), and the one small syllable that may end a capitalised word ("Vành đai
    và Con đường") when a stop word or a punctuation mark follows it; "và" and "về" do not stop
    a title, nor does a stop syllable inside a longer word ("tự do"). A title written out before its bracketed acronym keeps its small words ("Hiệp định
    Đối tác kinh tế toàn diện khu vực (RCEP)"). None when the first word is not capitalised (a common "hiệp định vay ODA")."""
    stops = lexicon.wordset(_DOCS, "name_stops", lower=True) - lexicon.wordset(_DOCS, "treaty_joins", lower=True)
    text = doc.text
    end = None
    small: list[int] = []  # ends of the small words after the last capitalised one
    for count, m in enumerate(re.finditer(r"[^\s,.;:()\"“”]+|[,.;:()\"“”\n]", text[pos:])):
        word = m.group(0)
        if count >= _TITLE_WORDS:
            return end
        if word in "-–":
            continue  # "Việt Nam - Liên minh châu Âu"
        if word == "(" and small:
            return small[-1]  # a title written out in full before its acronym: "(RCEP)"
        if not word[0].isalnum() or (word.lower() in stops and _whole_word(doc, pos + m.start(), pos + m.end())):
            break
        if word[0].isupper() or word[0].isdigit():
            end, small = pos + m.end(), []
        elif count == 0:
            return None
        else:
            small.append(pos + m.end())
    return small[0] if len(small) == 1 else end


def _whole_word(doc: Document, start: int, end: int) -> bool:
    """True when ``start:end`` is a word of its own, not a syllable of a longer one."""
    token = doc.word_at(start)
    return token is None or (token.start == start and token.end == end)


def treaty_of_body(text: str, start: int) -> bool:
    """True when a treaty's kind stands in a body's name ("Tổ chức Hiệp ước Bắc Đại Tây Dương")."""
    before = text[max(0, start - 12) : start].rstrip()
    return any(before.endswith(word) for word in lexicon.words(_DOCS, "treaty_bodies"))


@cache
def _acronym_re() -> re.Pattern[str]:
    """An instrument's acronym standing as a word of its own (not "FSC-COC"), with the year of its
    version ("UNCLOS 1982")."""
    names = sorted(lexicon.entry(_DOCS, "treaty_acronyms"), key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w\-/.®])({alternation})(?:\s+(\d{{4}}))?(?![\w\-/®])")


def treaty_acronyms(text: str) -> Iterator[Described]:
    """Instruments cited by their acronym ("thực hiện nghiêm túc DOC", "gia nhập RCEP")."""
    kinds = lexicon.entry(_DOCS, "treaty_acronyms")
    for m in _acronym_re().finditer(text):
        yield Described(m.start(), m.end(), kinds[m.group(1)], " ".join(m.group(0).split()))
