"""Who issued, signed or implements a policy, when the text says so.

"Chính phủ ban hành Nghị định …" (issuer), "Nghị định do Phó Thủ tướng X ký" (signer),
"Bộ Tài chính có trách nhiệm hướng dẫn thi hành Nghị định" (implementer). A sentence that
names no document but its kind ("Nghị định", "Quyết định") speaks of the last one cited.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .. import lexicon
from ..document import ORG, PERSON, POLICY, ROLE, Document, Mention, Span
from .registry import register


def _words(field: str) -> str:
    """A regex alternation of the link words ``field`` of ``documents.json``."""
    return lexicon.alternatives("documents", f"links.{field}")


class _Verbs(NamedTuple):
    issue: re.Pattern[str]  # "vừa ban hành": the body before it issued the document
    sign: re.Pattern[str]  # "đã ký": the person before it signed
    implement: re.Pattern[str]  # "có trách nhiệm thực hiện": the body before it carries it out
    modal: re.Pattern[str]  # words allowed between an implementer and its verb


@cache
def _verbs() -> _Verbs:
    """The issuing, signing and implementing verbs, and the modal words allowed between an
    implementer and its verb ("Bộ Tài chính sẽ khẩn trương thực hiện"), compiled once."""
    issue = rf"(?<!\w)(?:{_words('issue_adverbs')} )?(?:{_words('sign_verbs')} )?{_words('adopt_verbs')}(?!\w)"
    sign = rf"(?<!\w)(?:{_words('sign_adverbs')} )?{_words('sign_verbs')}(?!\w)"
    implement = rf"(?<!\w)(?:{_words('duties')} )?(?:{_words('guide_words')} )?{_words('implement_verbs')}(?!\w)"
    modal = rf"\s*(?:{_words('modals')}\s+)*"
    return _Verbs(
        re.compile(issue, re.IGNORECASE),
        re.compile(sign, re.IGNORECASE),
        re.compile(implement, re.IGNORECASE),
        re.compile(modal),
    )


def _policy_in(doc: Document, sent: Span) -> Mention | None:
    """The document a sentence speaks of: one it cites, else the last one of a kind it names."""
    cited = [m for m in doc.of(POLICY) if sent.start <= m.start < sent.end]
    if cited:
        return cited[0]
    piece = doc.text[sent.start : sent.end]
    earlier = [m for m in doc.of(POLICY) if m.end <= sent.start]
    for mention in reversed(earlier):
        kind = mention.value.get("type")
        if kind and re.search(rf"(?<!\w){re.escape(kind)}(?!\w)", piece, re.IGNORECASE):
            return mention
    return None


@register("policy_links", needs=("bodies", "policies", "people"))
def link_policies(doc: Document) -> None:
    """Add ``issuer``, ``signer`` and ``implementer`` relations from a policy to bodies and people."""
    for sent in doc.sentences:
        policy = _policy_in(doc, sent)
        if policy is None:
            continue
        verbs = _verbs()
        piece = doc.text[sent.start : sent.end]
        orgs = [m for m in doc.of(ORG) if sent.start <= m.start < sent.end and not doc.covered(m.start, m.end, ROLE)]
        people = [m for m in doc.mentions if m.label in (PERSON, ROLE) and sent.start <= m.start < sent.end]
        for verb in verbs.issue.finditer(piece):
            at = sent.start + verb.start()
            subject = [o for o in orgs if o.end <= at and at - o.end < 20]
            if subject:
                doc.relate("issuer", policy, subject[-1])
        for verb in verbs.sign.finditer(piece):
            at = sent.start + verb.start()
            signer = [p for p in people if p.end <= at and at - p.end < 12 and (p.label == PERSON or p.value.get("bare"))]
            if signer:
                doc.relate("signer", policy, signer[-1])
        for verb in verbs.implement.finditer(piece):
            at = sent.start + verb.start()
            subject = [o for o in orgs if o.end <= at and verbs.modal.fullmatch(doc.text[o.end : at])]
            if subject:
                doc.relate("implementer", policy, subject[-1])
