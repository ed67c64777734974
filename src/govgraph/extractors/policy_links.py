"""Who issued, signed or implements a policy, when the text says so.

"Chính phủ ban hành Nghị định …" (issuer), "Nghị định do Phó Thủ tướng X ký" (signer),
"Bộ Tài chính có trách nhiệm hướng dẫn thi hành Nghị định" (implementer). A sentence that
names no document but its kind ("Nghị định", "Quyết định") speaks of the last one cited.
"""

from __future__ import annotations

import re

from ..document import ORG, PERSON, POLICY, ROLE, Document, Mention, Span
from .registry import register

ISSUE = re.compile(r"(?i)(?<!\w)(?:vừa |đã |chính thức )?(?:ký )?(?:ban hành|thông qua)(?!\w)")
SIGN = re.compile(r"(?i)(?<!\w)(?:đã |vừa )?ký(?: ban hành| quyết định| phê duyệt)?(?!\w)")
MODAL = re.compile(r"\s*(?:(?:sẽ|đã|cần|phải|tiếp tục|khẩn trương|đang|cũng)\s+)*")
IMPLEMENT = re.compile(
    r"(?i)(?<!\w)(?:có trách nhiệm |chịu trách nhiệm |chủ trì |được giao )?(?:hướng dẫn )?"
    r"(?:tổ chức thực hiện|triển khai thực hiện|triển khai|thực hiện|thi hành)(?!\w)"
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
        piece = doc.text[sent.start : sent.end]
        orgs = [m for m in doc.of(ORG) if sent.start <= m.start < sent.end and not doc.covered(m.start, m.end, ROLE)]
        people = [m for m in doc.mentions if m.label in (PERSON, ROLE) and sent.start <= m.start < sent.end]
        for verb in ISSUE.finditer(piece):
            at = sent.start + verb.start()
            subject = [o for o in orgs if o.end <= at and at - o.end < 20]
            if subject:
                doc.relate("issuer", policy, subject[-1])
        for verb in SIGN.finditer(piece):
            at = sent.start + verb.start()
            signer = [p for p in people if p.end <= at and at - p.end < 12 and (p.label == PERSON or p.value.get("bare"))]
            if signer:
                doc.relate("signer", policy, signer[-1])
        for verb in IMPLEMENT.finditer(piece):
            at = sent.start + verb.start()
            subject = [o for o in orgs if o.end <= at and MODAL.fullmatch(doc.text[o.end : at])]
            if subject:
                doc.relate("implementer", policy, subject[-1])
