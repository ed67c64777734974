"""The containers that flow through the pipeline: Article in, Document with mentions out.

A Document holds the normalised text (title, blank line, body) once; sentences,
tokens and mentions are character offsets into it, so ``doc.text[m.start:m.end]``
is always the mention's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .postag import pos_tags
from .text import normalize
from .vocabulary import DATE, EVENT, ORG, PERSON, PLACE, POLICY, ROLE

__all__ = [
    "DATE",
    "EVENT",
    "ORG",
    "PERSON",
    "PLACE",
    "POLICY",
    "ROLE",
    "Article",
    "Document",
    "Mention",
    "Relation",
    "Span",
    "Token",
]


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, before any processing."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: date | None = None
    source: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: [start, end)."""

    start: int
    end: int


@dataclass
class Token:
    """A word as underthesea segments it; ``pos`` is filled on demand by :meth:`Document.pos_of`."""

    start: int
    end: int
    text: str
    pos: str = ""


@dataclass
class Mention:
    """A typed span of the document and what the extractor read from it (``value``: the keys
    each label carries are declared in :mod:`govgraph.payloads`)."""

    label: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class Relation:
    """A link an extractor found between two mentions (e.g. a person holds a post)."""

    kind: str
    head: Mention
    tail: Mention
    value: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """An article's normalised text with sentences, tokens, mentions and relations."""

    article: Article
    text: str
    body_start: int
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # what one extractor works out for the others, declared here rather than passed on the side
    anchor_date: date | None = None  # the date the article reports from (dates)
    province: str | None = None  # the province the article is mostly about (bodies)
    _token_cover: dict[int, Token] | None = field(default=None, repr=False)
    _words: dict[Span, list[str]] = field(default_factory=dict, repr=False)  # segmenter output per sentence

    def add(self, label: str, start: int, end: int, **value: Any) -> Mention:
        """Record a mention of ``label`` over ``text[start:end]``."""
        mention = Mention(label, start, end, self.text[start:end], dict(value))
        self.mentions.append(mention)
        return mention

    def relate(self, kind: str, head: Mention, tail: Mention, **value: Any) -> Relation:
        relation = Relation(kind, head, tail, dict(value))
        self.relations.append(relation)
        return relation

    def of(self, label: str) -> list[Mention]:
        """The mentions of one label, in text order."""
        return sorted((m for m in self.mentions if m.label == label), key=lambda m: m.start)

    def covered(self, start: int, end: int, *labels: str) -> bool:
        """True when a mention of one of ``labels`` overlaps [start, end)."""
        return any(m.overlaps(start, end) for m in self.mentions if not labels or m.label in labels)

    def claim(self, label: str, start: int, end: int, **value: Any) -> Mention | None:
        """Record a mention of ``label`` over [start, end) unless one of the same label already
        covers part of it (the first reading of a span wins); None when the span is taken."""
        if self.covered(start, end, label):
            return None
        return self.add(label, start, end, **value)

    def within(self, start: int, end: int, *labels: str) -> list[Mention]:
        """The mentions (of ``labels``, or any) lying wholly inside [start, end), in text order."""
        inside = (m for m in self.mentions if start <= m.start and m.end <= end and (not labels or m.label in labels))
        return sorted(inside, key=lambda m: m.start)

    def sentence_of(self, offset: int) -> Span:
        """The sentence that contains ``offset`` (the whole text if none does)."""
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return Span(0, len(self.text))

    def sentence_text(self, offset: int) -> str:
        sent = self.sentence_of(offset)
        return self.text[sent.start : sent.end]

    def pos_of(self, offset: int) -> str:
        """The part-of-speech tag of the word at ``offset`` ("" if none).

        Words are segmented for every sentence; tagging costs more, so a sentence is tagged
        only when an extractor first asks about one of its words."""
        token = self._token_at(offset)
        if token is None:
            return ""
        if not token.pos:
            self._tag_sentence(self.sentence_of(offset))
        return token.pos

    def word_at(self, offset: int) -> Token | None:
        """The word (as segmented) that covers ``offset``, if any."""
        return self._token_at(offset)

    def _token_at(self, offset: int) -> Token | None:
        if self._token_cover is None:
            self._token_cover = {i: t for t in self.tokens for i in range(t.start, t.end)}
        return self._token_cover.get(offset)

    def _tag_sentence(self, sent: Span) -> None:
        words = self._words.get(sent)
        if words is None:
            from underthesea import word_tokenize

            words = word_tokenize(self.text[sent.start : sent.end])
        tokens = [t for t in self.tokens if sent.start <= t.start < sent.end]
        tagged = list(zip(words, pos_tags(words), strict=True))
        if [w for w, _ in tagged] == [t.text for t in tokens]:
            for token, (_, tag) in zip(tokens, tagged, strict=True):
                token.pos = tag
        else:  # segmentations differ: align by text
            for token in tokens:
                token.pos = next((tag for w, tag in tagged if w == token.text), "X")


_PARAGRAPH = re.compile(r"[^\n]+")


def make_document(article: Article, *, tag: bool = True) -> Document:
    """Normalise an article and split it into sentences and words (POS tags on demand).

    The title is the first paragraph of the text so that facts in headlines count.
    """
    title = " ".join(normalize(article.title).split())
    body = normalize(article.text).strip()
    text = f"{title}\n\n{body}" if title else body
    doc = Document(article, text, body_start=len(title) + 2 if title else 0)
    doc.sentences = list(split_sentences(text))
    if tag:
        doc.tokens = list(tag_words(doc))
    return doc


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` as spans: paragraphs, then underthesea's sentence splitter."""
    from underthesea import sent_tokenize

    spans: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        chunk = para.group(0)
        if not chunk.strip():
            continue
        cursor = 0
        for sent in sent_tokenize(chunk) if len(chunk) > 1 else [chunk]:
            sent = sent.strip()
            if not sent:
                continue
            found = chunk.find(sent, cursor)
            if found < 0:  # the splitter changed the text: keep the paragraph rest whole
                break
            spans.append(Span(para.start() + found, para.start() + found + len(sent)))
            cursor = found + len(sent)
        if cursor < len(chunk.rstrip()):
            rest = chunk[cursor:]
            stripped = rest.strip()
            if stripped:
                offset = para.start() + cursor + rest.find(stripped)
                spans.append(Span(offset, offset + len(stripped)))
    return spans


def tag_words(doc: Document) -> list[Token]:
    """underthesea words for every sentence, aligned to text offsets (tags come later, on demand)."""
    from underthesea import word_tokenize

    tokens: list[Token] = []
    for sent in doc.sentences:
        piece = doc.text[sent.start : sent.end]
        cursor = 0
        doc._words[sent] = words = word_tokenize(piece)
        for word in words:
            start = _find_word(piece, word, cursor)
            if start < 0:
                continue
            end = start + len(word)
            # underthesea joins syllables with single spaces; the text may have more.
            if piece[start:end] != word:
                end = _match_spaced(piece, word, start)
            tokens.append(Token(sent.start + start, sent.start + end, piece[start:end]))
            cursor = end
    return tokens


def _find_word(piece: str, word: str, cursor: int) -> int:
    first = word.split(" ", 1)[0]
    return piece.find(first, cursor) if first else -1


def _match_spaced(piece: str, word: str, start: int) -> int:
    pos = start
    for syllable in word.split(" "):
        found = piece.find(syllable, pos)
        if found < 0:
            return pos
        pos = found + len(syllable)
    return pos
