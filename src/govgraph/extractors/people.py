"""People and their titles.

Each sentence is read as a sequence of chunks (:mod:`.chunker`: names, role titles with
the body they name as :mod:`.titles` reads them, honorifics, separators, the words that
start or end a post); the names among them are found (:mod:`.person_names`) and the
grammar of Vietnamese titles is applied (:mod:`.grammar`): titles before a name,
appositive chains after it ("Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính
phủ"), lists of names under one plural title, appointments ("được bầu giữ chức"), and
ended posts ("nguyên", "thôi giữ chức", "thay ông X"). The words it knows live in
``data/reference/cues.json``, ``roles.json`` and ``names.json``.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import ORG, PERSON, PLACE, ROLE, Document, Mention, Span
from ..lexicon import alternatives
from ..reference import Reference, load_reference
from .chunker import Chunk, chunk_sentence
from .grammar import read_sentence
from .person_names import pronoun_subject
from .reading import HOLDS
from .registry import register

__all__ = ["HOLDS", "extract_people"]


@cache
def _byline() -> re.Pattern[str]:
    """A line that is only a byline or photo credit ("(Ảnh: TTXVN)"), or a few words."""
    credit = alternatives("names", "byline_words")
    return re.compile(rf"^\s*\(?{credit}\b[^)]*\)?\s*$|^\s*[\w\s.]{{2,40}}\s*$")


@cache
def _former_opening() -> re.Pattern[str]:
    """A word that makes the title after it a past one ("Nguyên Bộ trưởng …"), at a line's start."""
    return re.compile(rf"(?i){alternatives('cues', 'former')}\s+")


def _opens_with_title(doc: Document, ref: Reference, at: int) -> bool:
    """True when the text at ``at`` opens with a title, or with a past one ("Nguyên Chủ tịch …")."""
    former = _former_opening().match(doc.text, at)
    return bool(ref.role_re.match(doc.text, former.end() if former else at))


def _is_byline(doc: Document, ref: Reference, sentence: str, start: int) -> bool:
    """A short line of the body with no punctuation and no title: a byline or photo credit."""
    return (
        start >= doc.body_start
        and bool(_byline().match(sentence))
        and len(sentence.split()) <= 5
        and not any(c in sentence for c in ",;:")
        and not ref.role_re.search(sentence)
    )


def _profile_titles(doc: Document, ref: Reference, spans: list[Span], i: int) -> list[Span]:
    """The lines after a line that names one person and nothing else (a surname within its
    first words, an honorific, a degree or a bracket at most) which open with a title, as a
    list of profiles sets them out; none when the line says more than a name."""
    line = doc.text[spans[i].start : spans[i].end]
    if len(line) > 120 or "\n" not in doc.text[spans[i].end : spans[i].end + 3]:
        return []  # a profile's name line is short and the line ends with it
    bare = _BRACKET.sub("", _LIST_MARK.sub("", line))
    words = bare.split()
    if not 2 <= len(words) <= 8 or any(c in bare for c in ",;:") or not any(w in ref.surnames for w in words[:4]):
        return []
    if not all(w[0].isupper() or w.lower() in ref.honorifics for w in words):
        return []
    out: list[Span] = []
    for nxt in spans[i + 1 :]:
        before = doc.text[(out[-1] if out else spans[i]).end : nxt.start]
        if "\n" not in before or not _opens_with_title(doc, ref, nxt.start):
            break
        out.append(nxt)
    return out


_BRACKET = re.compile(r"\([^()]*\)")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,3}[.)/]|[-–•+*])\s*")  # "1.", "2)", "-" before an item of a list


@register("people", needs=("bodies", "places"), adds=(PERSON, ROLE))
def extract_people(doc: Document) -> None:
    """Add PERSON and ROLE mentions and ``holds`` relations between them."""
    ref = load_reference()
    mentions = {m.start: m for m in doc.mentions if m.label in (ORG, PLACE, "DATE", "POLICY")}
    last: Mention | None = None
    spans = list(doc.sentences)
    skip = -1
    for i, span in enumerate(spans):
        if i <= skip:
            continue
        chunks = chunk_sentence(doc, span, mentions)
        titles = _profile_titles(doc, ref, spans, i)
        if titles:
            # a line that names one person, then lines that open with titles: the titles are the name's
            for nxt in titles:
                if not chunks or chunks[-1].kind != "SEP":  # a line may end with its comma
                    chunks.append(Chunk("SEP", nxt.start, nxt.start, ","))
                chunks += chunk_sentence(doc, nxt, mentions)
            skip = i + len(titles)
        elif _is_byline(doc, ref, doc.text[span.start : span.end], span.start):
            continue
        pronoun_subject(chunks, last)
        read_sentence(doc, ref, chunks)
        named = [m for m in doc.of(PERSON) if span.start <= m.start < span.end]
        if named:
            last = named[-1]
