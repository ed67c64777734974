"""A sentence read as chunks: the typed pieces the title grammar works on.

A chunk is a mention found before (ORG, PLACE, DATE, POLICY), a punctuation mark (SEP,
COLON, LP, RP, DASH), a title with its body (ROLE), a rank or honorific (RANK, HON), a cue
word (FORMER, ENDING, APPOINT, ELECT, REPLACE, PLURAL, QUAL, TARGET, MEMBER, COPULA), a
run of capitalised words (CAPS), a conjunction (AND) or any other word (WORD). The cue
words come from ``cues.json``; the order in which kinds are tried is the chunker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..document import Document, Mention, Span
from ..lexicon import alternatives, entry, pattern, words, wordset
from ..reference import Reference, load_reference
from ..text import normalize, syllable
from .titles import match_title, title_words

NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?!\w|\.\w)")
OTHER_WORD = re.compile(r"[^\s,;:()\"]+")
_PUNCTUATION = {",": "SEP", ";": "SEP", ":": "COLON", "(": "LP", ")": "RP"}


@dataclass
class Chunk:
    """A typed piece of a sentence."""

    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)


@cache
def cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cue words of ``cues.json`` as (chunk kind, pattern), in the order they are tried."""

    def alt(field: str) -> str:
        return alternatives("cues", field)

    initials = re.escape(normalize(entry("cues", "late_before")))
    late = rf"{alt('late')}(?-i:(?= [{initials}]))"  # "cố Thủ tướng", not "cố gắng"
    # "người kế nhiệm ông X": the successor is X, no one is replaced
    noun = "".join(rf"(?<!{re.escape(normalize(w))} )" for w in words("cues", "replace_not_after"))
    return (
        ("CAREER", re.compile(rf"(?i)(?<!\w)({alt('career')})(?!\w)")),
        ("FORMER", re.compile(rf"(?i)(?<!\w)({late}|{alt('former')})(?!\w)")),
        ("ENDING", pattern("cues", "ending", re.IGNORECASE)),
        ("APPOINT", re.compile(rf"(?i)(?<!\w)(?!{alt('appoint_not')})({alt('appoint')})(?!\w)")),
        ("ELECT", pattern("cues", "elect", re.IGNORECASE)),
        ("REPLACE", re.compile(rf"(?i)(?<!\w){noun}({alt('replace')})(?!\w)(?!\s+{alt('replace_not_before')}\b)")),
        ("PLURAL", pattern("cues", "plural", re.IGNORECASE)),
        ("QUAL", title_words().qualifier),
        ("TARGET", pattern("cues", "target")),
        ("MEMBER", pattern("cues", "member", re.IGNORECASE)),
        ("COPULA", pattern("cues", "copula")),
    )


def chunk_sentence(doc: Document, span: Span, mentions: dict[int, Mention]) -> list[Chunk]:
    """Read one sentence into chunks."""
    ref = load_reference()
    chunks: list[Chunk] = []
    pos = span.start
    while pos < span.end:
        if doc.text[pos].isspace():
            pos += 1
            continue
        chunk = _next_chunk(doc, ref, pos, span.end, mentions)
        chunks.append(chunk)
        pos = chunk.end
    return chunks


def _next_chunk(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> Chunk:
    """The chunk starting at ``pos``: each kind is tried in turn, any other word last."""
    mention = mentions.get(pos)
    if mention is not None and mention.end <= limit:
        return Chunk(mention.label, pos, mention.end, mention.text, {"mention": mention})
    text = doc.text
    return (
        _punctuation(text, pos)
        or _title(doc, ref, pos, limit, mentions)
        or _rank_or_honorific(text, ref, pos, limit)
        or _cue(text, pos)
        or _capitalised_run(doc, ref, pos, limit, mentions)
        or _conjunction(text, pos)
        or _word(text, pos)
    )


def _punctuation(text: str, pos: int) -> Chunk | None:
    """A separator, colon, bracket, or a dash standing apart (not inside "5-4")."""
    ch = text[pos]
    kind = _PUNCTUATION.get(ch)
    if kind is None and ch == "-" and (pos + 1 >= len(text) or not text[pos + 1].isalnum()):
        kind = "DASH"
    return Chunk(kind, pos, pos + 1, ch) if kind else None


def _title(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> Chunk | None:
    title = match_title(doc, ref, pos, limit, mentions)
    if title is None:
        return None
    return Chunk("ROLE", pos, title.end, doc.text[pos : title.end], title.value())


def _rank_or_honorific(text: str, ref: Reference, pos: int, limit: int) -> Chunk | None:
    """A rank ("Thiếu tướng") or a form of address ("ông", plural "các ông")."""
    plural = tuple(words("cues", "plural"))
    for kind, regex in (("RANK", ref.rank_re), ("HON", ref.honorific_re)):
        m = regex.match(text, pos)
        if m and m.end() <= limit:
            return Chunk(kind, pos, m.end(), m.group(0), {"plural": m.group(0).lower().startswith(plural)})
    return None


def _cue(text: str, pos: int) -> Chunk | None:
    for kind, regex in cue_patterns():
        m = regex.match(text, pos)
        if m and kind == "CAREER":  # a past post, as after "từng", that a post held now outweighs
            return Chunk("FORMER", pos, m.end(), m.group(0), {"career": True})
        if m:
            return Chunk(kind, pos, m.end(), m.group(0))
    return None


def _capitalised_run(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> Chunk | None:
    end = _name_run(doc, ref, pos, limit, mentions)
    return Chunk("CAPS", pos, end, doc.text[pos:end]) if end else None


def _conjunction(text: str, pos: int) -> Chunk | None:
    for word in sorted(words("cues", "and"), key=len, reverse=True):
        after = pos + len(word)
        if text.startswith(word, pos) and not text[after : after + 1].isalpha():
            return Chunk("AND", pos, after, word)
    return None


def _word(text: str, pos: int) -> Chunk:
    m = OTHER_WORD.match(text, pos)
    end = m.end() if m else pos + 1
    return Chunk("WORD", pos, end, text[pos:end])


def _name_run(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> int | None:
    """End of a run of capitalised words starting at ``pos`` (at most five); the run stops
    before a mention, a credit word ("Ảnh"), a title or an honorific."""
    text = doc.text
    credit = wordset("names", "credit_words")
    end = None
    count = 0
    prev = ""
    i = pos
    while count < 5:
        m = NAME_WORD.match(text, i)
        if not m or m.end() > limit or (i != pos and i in mentions) or not _titlecase(m.group(0)) or m.group(0) in credit:
            break
        count += 1
        end = m.end()
        particle = _particle().match(text, end)
        if particle and not syllable(m.group(0)):
            i = particle.end()  # "Ursula von der Leyen": a small word inside a foreign name
            continue
        if _middle_initial(text, m, count, prev):
            end += 1  # "Thomas A. Bussiere": a foreign name's middle initial and its full stop
        prev = m.group(0)
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
            break
        i = end + 1
        if ref.role_re.match(text, i) or ref.honorific_re.match(text, i):
            break
    return end


def _middle_initial(text: str, m: re.Match[str], count: int, prev: str) -> bool:
    """A capital letter with a full stop after a foreign given name, before the family name
    ("John F. Kerry"); not after a Vietnamese syllable ("Nguyễn Văn A. Ông B …")."""
    word, end = m.group(0), m.end()
    return (
        count > 1
        and len(word) == 1
        and word.isupper()
        and text[end : end + 2] == ". "
        and text[end + 2 : end + 3].isupper()
        and bool(prev)
        and not syllable(prev)
    )


@cache
def _particle() -> re.Pattern[str]:
    """A small word of a foreign name before another word ("von der", "de"); the run goes on
    only when that word is capitalised."""
    return re.compile(rf" {alternatives('names', 'name_particles')} (?=[^\W\d_])")


def _titlecase(word: str) -> bool:
    """ "Chính", "Eui-yong": an upper-case letter, then lower case (parts after a hyphen free)."""
    head = word.split("-", 1)[0]
    return head[:1].isupper() and (len(head) == 1 or head[1:].islower())
