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

from ..document import ORG, PERSON, PLACE, ROLE, Document, Mention
from ..lexicon import alternatives
from ..reference import Reference, load_reference
from .chunker import chunk_sentence
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


def _is_byline(doc: Document, ref: Reference, sentence: str, start: int) -> bool:
    """A short line of the body with no punctuation and no title: a byline or photo credit."""
    return (
        start >= doc.body_start
        and bool(_byline().match(sentence))
        and len(sentence.split()) <= 5
        and not any(c in sentence for c in ",;:")
        and not ref.role_re.search(sentence)
    )


@register("people", needs=("bodies", "places"), adds=(PERSON, ROLE))
def extract_people(doc: Document) -> None:
    """Add PERSON and ROLE mentions and ``holds`` relations between them."""
    ref = load_reference()
    mentions = {m.start: m for m in doc.mentions if m.label in (ORG, PLACE, "DATE", "POLICY")}
    last: Mention | None = None
    for span in doc.sentences:
        if _is_byline(doc, ref, doc.text[span.start : span.end], span.start):
            continue
        chunks = chunk_sentence(doc, span, mentions)
        pronoun_subject(chunks, last)
        read_sentence(doc, ref, chunks)
        named = [m for m in doc.of(PERSON) if span.start <= m.start < span.end and not m.value.get("short")]
        if named:
            last = named[-1]
