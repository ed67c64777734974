"""Policies: numbered documents ("Nghị quyết số 39-NQ/TW", "123/2021/NĐ-CP",
"Quyết định số 312, 313"), with type and issuer read from the number's codes, and
named instruments ("Luật Quốc phòng (sửa đổi)", "Nghị quyết Đại hội XIII",
"Chương trình tổng thể cải cách hành chính").

The kinds of document, their codes and the cue words around them are in
``data/reference/documents.json``; this module holds how they are put together."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..document import ORG, POLICY, Document
from ..reference import Reference, load_reference
from ..text import normalize
from .registry import register

_DOCS = "documents"


@dataclass(frozen=True)
class _Patterns:
    """The patterns of this module, compiled once from ``documents.json``."""

    numbered: re.Pattern[str]  # "Nghị quyết số 18, 19"
    bare: re.Pattern[str]  # "123/2021/NĐ-CP"
    named: re.Pattern[str]  # "Luật " before a name
    number_after: re.Pattern[str]  # " số 39/2005/QH11" after a name
    issued: re.Pattern[str]  # "ban hành " before a lower-case kind
    word: re.Pattern[str]  # one word of a name, or "(sửa đổi)"
    of: re.Pattern[str]  # " ngày 16/6/2022 của " after a document
    about: re.Pattern[str]  # " về đất đai" after a document


def _number(repeat: str) -> str:
    """A document number: digits, then parts after "/" or "-" that are digits or codes
    ("39-NQ/TW", "123/2021/NĐ-CP"); ``repeat`` is how many parts ("*" or "+")."""
    extra = "".join(lexicon.words(_DOCS, "code_letters"))
    capitals = "".join(c for c in extra if c.isupper())
    return rf"\d+(?:[/\-](?:\d+|[A-Z{capitals}][A-Za-z{extra}0-9]*)){repeat}"


@cache
def _patterns() -> _Patterns:
    """Compile the document words of ``documents.json`` into patterns, once."""
    alt = lambda field: lexicon.alternatives(_DOCS, field)  # noqa: E731
    codes = "|".join(re.escape(c) for c in sorted(lexicon.entry(_DOCS, "type_codes"), key=len, reverse=True))
    extra = "".join(lexicon.words(_DOCS, "code_letters"))
    numbered = (
        rf"(?<!\w)({alt('types')})(?:\s+{alt('number_words')})?\s+({_number('*')})"
        rf"((?:\s*(?:,|{alt('list_words')})\s*\d+(?![\d/.\-]\d))*)"
    )
    return _Patterns(
        numbered=re.compile(numbered, re.IGNORECASE),
        bare=re.compile(rf"(?<![\w/\-])(\d+(?:/\d{{4}})?[/\-](?:{codes})(?:[/\-][A-Za-z{extra}0-9]+)+)(?![\w])"),
        named=re.compile(rf"(?<![\w])({alt('named_types')})\s+(?=\S)", re.IGNORECASE),
        number_after=re.compile(rf"\s+(?:{alt('number_words')}\s+)?({_number('+')})"),
        issued=re.compile(rf"(?:{alt('issue_cues')})\s+(?:\S+\s+)?$", re.IGNORECASE),
        word=re.compile(rf"{alt('amendments')}|[^\s,.;:()\"'!?]+"),
        of=re.compile(
            rf"\s*(?:{alt('date_words')}\s+(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-](\d{{4}})\s*)?(?:(?P<of>{alt('of_words')})\s+)?"
        ),
        about=re.compile(rf"\s*{alt('about_words')}\s+([^,.;:()\"]{{3,160}})"),
    )


def doc_type(ref: Reference, number: str, written: str | None) -> str | None:
    """The document kind: as written, else from the code ("NĐ-CP" -> "Nghị định")."""
    if written:
        return written[0].upper() + written[1:]
    for part in re.split(r"[/\-]", number):
        found = ref.doc["type_codes"].get(part)
        if found:
            return found
    return None


def issuer_of(ref: Reference, number: str) -> str | None:
    """The issuing body implied by a number's code ("39-NQ/TW" -> the Central Committee)."""
    for pattern, body in ref.doc["party_issuers"].items():
        if number.endswith(pattern) or f"-{pattern}" in number:
            return body
    for part in reversed(re.split(r"[/\-]", number)[1:]):
        base = re.sub(r"\d+$", "", part)
        if base in ref.doc["issuer_codes"]:
            return ref.doc["issuer_codes"][base]
    return None


class _Policies:
    """The documents found in one article, and the spans they already take."""

    def __init__(self, doc: Document, ref: Reference) -> None:
        self.doc = doc
        self.ref = ref
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        """True when no document found so far overlaps ``start:end``."""
        return all(e <= start or end <= s for s, e in self.taken)

    def add(self, start: int, end: int, **value: object) -> None:
        """Add a POLICY mention, with the issuer, date and subject written after it."""
        self.taken.append((start, end))
        value.update(_context(self.doc, end))
        if not value.get("issuer") and value.get("number"):
            value["issuer"] = issuer_of(self.ref, str(value["number"]))
        self.doc.add(POLICY, start, end, **value)


@register("policies", needs=("bodies",), adds=(POLICY,))
def extract_policies(doc: Document) -> None:
    """Add a POLICY mention with ``type``, ``number``/``name`` and ``issuer`` for each document."""
    found = _Policies(doc, load_reference())
    _numbered(found)
    _bare(found)
    _named(found)


def _numbered(found: _Policies) -> None:
    """Documents cited by kind and number ("Nghị quyết số 18, 19")."""
    text, ref = found.doc.text, found.ref
    number_words = lexicon.words(_DOCS, "number_words")
    for m in _patterns().numbered.finditer(text):
        written = normalize(m.group(1))
        number = m.group(2).rstrip("-/")
        said = text[m.end(1) : m.start(2)]
        if (
            number.isdigit()
            and not any(w in said for w in number_words)
            and (written[0].islower() or ref.counted_after(text, m.start(2) + len(number)))
        ):
            continue  # "kỷ luật 2 lãnh đạo", "Quy hoạch 5 năm": a count, not a document's number
        kind = doc_type(ref, number, written)
        found.add(m.start(1), m.start(2) + len(number), type=kind, number=number)
        for extra in re.finditer(r"\d+", m.group(3) or ""):
            start = m.start(3) + extra.start()
            found.add(start, start + len(extra.group(0)), type=kind, number=extra.group(0))


def _bare(found: _Policies) -> None:
    """Numbers cited without their kind ("Theo 123/2021/NĐ-CP")."""
    for m in _patterns().bare.finditer(found.doc.text):
        if found.free(m.start(), m.end()):
            number = m.group(1)
            found.add(m.start(), m.end(), type=doc_type(found.ref, number, None), number=number)


def _named(found: _Policies) -> None:
    """Documents cited by kind and name ("Luật Quốc phòng", "Chương trình tổng thể …")."""
    text = found.doc.text
    title_only = lexicon.wordset(_DOCS, "title_only")
    for m in _patterns().named.finditer(text):
        kind = m.group(1)
        issued = _patterns().issued.search(text, max(0, m.start() - 24), m.start())
        if not (kind[0].isupper() or issued) or not found.free(m.start(), m.end()):
            continue  # a lower-case kind names a document only right after it is issued
        kind = kind[0].upper() + kind[1:].lower()
        end = _name_end(found.doc, m.end(), title_only=kind in title_only)
        if end is None or (_opens_line(text, m.start()) and kind not in title_only):
            continue
        if not found.free(m.start(), end):
            continue
        name = normalize(text[m.start() : end])
        name = name[0].upper() + name[1:]
        numbered_after = _patterns().number_after.match(text, end)
        if numbered_after:  # "Luật Quốc phòng số 39/2005/QH11"
            found.add(m.start(), numbered_after.end(), type=kind, name=name, number=numbered_after.group(1))
        else:
            found.add(m.start(), end, type=kind, name=name)


def _opens_line(text: str, pos: int) -> bool:
    """True at the start of the text, a line, a sentence or a quotation."""
    return pos == 0 or text[pos - 1] in "\n" or text[max(0, pos - 2) : pos].strip() in (".", ":", '"')


def _name_end(doc: Document, pos: int, *, title_only: bool) -> int | None:
    """End of a document's name: capitalised words for laws, or a lower-case title."""
    text = doc.text
    stops = lexicon.wordset(_DOCS, "name_stops", lower=True)
    number_words = lexicon.wordset(_DOCS, "number_words", lower=True)
    words = 0
    end = None
    i = pos
    while words < 14:
        m = _patterns().word.match(text, i)
        if not m:
            break
        word = m.group(0)
        if word.startswith("("):
            if end is not None:
                end = m.end()
            break
        if word.lower() in number_words and not re.match(r"\s+\d", text[m.end() : m.end() + 3]):
            pass  # "số lượng": part of the name
        elif word.lower() in stops or (doc.covered(m.start(), m.end(), ORG) and words == 0 and not title_only):
            break
        if title_only and words == 0 and not (word[0].isupper() or word[0].isdigit()):
            return None
        if re.fullmatch(r"\d+", word) and words == 0:
            return None
        words += 1
        end = m.end()
        gap = re.match(r"[ \t]+|\s?-\s?", text[m.end() :])
        if not gap:
            break
        i = m.end() + gap.end()
    if end is None or (words < 2 and not title_only):
        return None
    return end


def _context(doc: Document, end: int) -> dict[str, object]:
    """Issuer, date and subject written right after a document's number or name."""
    out: dict[str, object] = {}
    text = doc.text
    m = _patterns().of.match(text, end)
    pos = end
    if m:
        if m.group(1):
            out["date"] = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        pos = m.end()
        if m.group("of"):
            for org in doc.of(ORG):
                if org.start == pos:
                    out["issuer"] = org.value["id"]
                    pos = org.end
                    break
    about = _patterns().about.match(text, pos)
    if about:
        out["subject"] = normalize(about.group(1)).strip()
    return out
