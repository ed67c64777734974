"""Awards: orders, medals, prizes and honorary titles of the state ("Huân chương Lao động hạng
Nhất") and the person or body that receives them.

A complete component in one module: it declares its vocabulary (a mention label, an entity kind
and a relation, whose terms are in the ontology), reads its words from
``data/reference/awards.json``, and adds mentions and relations; the generic steps of
resolution, the graph, the shapes and the view do the rest.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import ORG, PERSON, Document, Mention
from ..lexicon import alternatives, wordset
from ..vocabulary import Kind, Label, Relation, Vocabulary
from .registry import register

AWARD = "AWARD"
VOCABULARY = Vocabulary(
    labels=(Label(AWARD, "an order, medal, prize or honorary title of the state", kind="award"),),
    kinds=(
        Kind("award", "award", ("gg:Award",), "schema:name", plural="awards", stat="awards", view=("", "", "#c9a227", "hexagon")),
    ),
    relations=(Relation("received", "gg:received", range="award"),),
)
GAP = 16  # characters allowed between "cho" and the recipient ("cho tập thể …", "cho ông …")


@cache
def _award_re() -> re.Pattern[str]:
    """Head noun, name, then an optional grade: "Huân chương Bảo vệ Tổ quốc hạng Nhì"."""
    name = rf"{alternatives('awards', 'heads')}\s+{alternatives('awards', 'names')}"
    grade = rf"(?:\s+{alternatives('awards', 'grade_words')}\s+{alternatives('awards', 'grades')})?"
    return re.compile(rf"(?<!\w){name}{grade}(?!\w)")


@cache
def _to_re() -> re.Pattern[str]:
    return re.compile(rf"\s*{alternatives('awards', 'to_words')}\s+")


@register("awards", needs=("bodies", "people"), adds=(AWARD,), vocabulary=VOCABULARY)
def extract_awards(doc: Document) -> None:
    """An AWARD mention for each award named, related to its recipient when the sentence says who."""
    for match in _award_re().finditer(doc.text):
        award = doc.add(AWARD, match.start(), match.end(), name=" ".join(match.group(0).split()))
        recipient = _recipient_after(doc, award) or _recipient_before(doc, award)
        if recipient is not None:
            doc.relate("received", recipient, award)


def _candidates(doc: Document, award: Mention) -> list[Mention]:
    sent = doc.sentence_of(award.start)
    return doc.within(sent.start, sent.end, PERSON, ORG)


def _recipient_after(doc: Document, award: Mention) -> Mention | None:
    """ "… trao Huân chương X cho <recipient>"."""
    to = _to_re().match(doc.text, award.end)
    if to is None:
        return None
    after = [m for m in _candidates(doc, award) if to.end() <= m.start <= to.end() + GAP]
    return after[0] if after else None


def _recipient_before(doc: Document, award: Mention) -> Mention | None:
    """ "<recipient> đón nhận Huân chương X", or "trao tặng <recipient> Huân chương X"."""
    before = [m for m in _candidates(doc, award) if m.end <= award.start]
    if not before:
        return None
    last = before[-1]
    gap = doc.text[last.end : award.start].strip().lower()
    if gap in wordset("awards", "receive_verbs", lower=True):
        return last
    if not gap:
        lead = doc.text[max(0, last.start - 24) : last.start].strip().lower()
        if any(lead == verb or lead.endswith(f" {verb}") for verb in wordset("awards", "confer_verbs", lower=True)):
            return last
    return None
