"""Policies: numbered documents ("Nghị quyết số 39-NQ/TW", "123/2021/NĐ-CP",
"Quyết định số 312, 313"), with type and issuer read from the number's codes, and
named instruments ("Luật Quốc phòng (sửa đổi)", "Nghị quyết Đại hội XIII",
"Chương trình tổng thể cải cách hành chính"), treaties by their title ("Thỏa thuận Paris"),
and plans named by subject and period (see :mod:`.policy_descriptions`). Numbered
correspondence ("Công văn số …") is no policy.

The kinds of document, their codes and the cue words around them are in
``data/reference/documents.json``; this module holds how they are put together."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..document import ORG, POLICY, Document
from ..reference import Reference, load_reference
from ..text import capitalise, normalize
from .policy_descriptions import (
    Described,
    plans_by_period,
    sole_instruments,
    treaty_acronyms,
    treaty_of_body,
    treaty_title_end,
)
from .registry import register

_DOCS = "documents"
_PLAIN_WORDS = 3  # fewest words of a name written all in small letters ("Chương trình nội bộ" is none)


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
    spaced_code: re.Pattern[str]  # " - CP", "/ QĐ": a code part written with spaces
    joined_code: re.Pattern[str]  # " BGDĐT" after a kind's code ("1177/QĐ BGDĐT")


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
    capitals = "".join(c for c in lexicon.words(_DOCS, "code_letters") if c.isupper())
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
        spaced_code=re.compile(rf" ?[/\-] ?([A-Z{capitals}][A-Za-z{extra}0-9]*)(?![\w])"),
        joined_code=re.compile(rf" ([A-Z{capitals}]{{2,}}[A-Z{capitals}0-9]*)(?![\w])"),
    )


def _parts(number: str) -> list[str]:
    """The parts of a number, however its separators are spaced ("116/2020/NĐ - CP")."""
    return [part for part in re.split(r"\s*[/\-]\s*|\s+", number) if part]


def _written_out(ref: Reference, text: str, number: str, end: int) -> str:
    """A number with the code parts written after ``end`` with spaces: "116/2020/NĐ - CP",
    "1179/ QĐ BGDĐT" (a kind's code, then the issuer's after a space). A spaced part must be a
    code (known, or in capitals), so "Nghị quyết 19 - Ban …" keeps its number."""
    while True:
        spaced = _patterns().spaced_code.match(text, end)
        joined = _patterns().joined_code.match(text, end)
        if spaced and _is_code(ref, spaced.group(1)) and (not number.isdigit() or spaced.group(0).startswith("/")):
            step = spaced
        elif joined and _parts(number)[-1] in ref.doc["type_codes"]:
            step = joined
        else:
            return number
        number += step.group(0)
        end = step.end()


def _is_code(ref: Reference, part: str) -> bool:
    """True for a part of a document number: a known kind or issuer code, or capitals ("CCVC")."""
    return part in ref.doc["type_codes"] or part in ref.doc["issuer_codes"] or (len(part) > 1 and part.isupper())


def doc_type(ref: Reference, number: str, written: str | None) -> str | None:
    """The document kind: as written, else from the code ("NĐ-CP" -> "Nghị định")."""
    if written:
        return written[0].upper() + written[1:]
    for part in _parts(number):
        found = ref.doc["type_codes"].get(part)
        if found:
            return found
    return None


def issuer_of(ref: Reference, number: str) -> str | None:
    """The issuing body implied by a number's code ("39-NQ/TW" -> the Central Committee)."""
    for pattern, body in ref.doc["party_issuers"].items():
        if number.endswith(pattern) or f"-{pattern}" in number:
            return body
    for part in reversed(_parts(number)[1:]):
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
    _described(found, plans_by_period(doc.text))
    _named(found)
    _described(found, sole_instruments(doc.text))
    _acronyms(found)


def _numbered(found: _Policies) -> None:
    """Documents cited by kind and number ("Nghị quyết số 18, 19")."""
    text, ref = found.doc.text, found.ref
    number_words = lexicon.words(_DOCS, "number_words")
    correspondence = lexicon.wordset(_DOCS, "correspondence")
    for m in _patterns().numbered.finditer(text):
        written = normalize(m.group(1))
        number = _written_out(ref, text, m.group(2).rstrip("-/"), m.start(2) + len(m.group(2).rstrip("-/")))
        said = text[m.end(1) : m.start(2)]
        if (
            number.isdigit()
            and not any(w in said for w in number_words)
            and (written[0].islower() or ref.counted_after(text, m.start(2) + len(number)))
        ):
            continue  # "kỷ luật 2 lãnh đạo", "Quy hoạch 5 năm": a count, not a document's number
        kind = doc_type(ref, number, written)
        if kind in correspondence:
            found.taken.append((m.start(1), m.start(2) + len(number)))
            continue  # "Công văn số 12/BNV-CCVC": numbered correspondence is no policy
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


def _described(found: _Policies, described: Iterator[Described]) -> None:
    """Documents named by description where no other reading took their words."""
    for item in described:
        if found.free(item.start, item.end):
            found.add(item.start, item.end, type=item.kind, name=item.name)


def _acronyms(found: _Policies) -> None:
    """Treaties cited by acronym. One in brackets right after a document's title stands for that
    document ("Công ước … về Luật Biển (UNCLOS)"), and so does the same acronym later on."""
    glossed: dict[str, str] = {}
    for item in treaty_acronyms(found.doc.text):
        title = _glossed(found, item.start)
        acronym = item.name.split()[0]
        if title is not None:
            glossed[acronym] = title
        elif found.free(item.start, item.end):
            found.add(item.start, item.end, type=item.kind, name=glossed.get(acronym, item.name))


def _glossed(found: _Policies, start: int) -> str | None:
    """The name of the document right before an acronym in brackets ("… (UNCLOS)"), if any."""
    if not found.doc.text[max(0, start - 3) : start].endswith("("):
        return None
    before = [m for m in found.doc.of(POLICY) if 0 <= start - m.end <= 3 and m.value.get("name")]
    return str(before[-1].value["name"]) if before else None


def _named(found: _Policies) -> None:
    """Documents cited by kind and name ("Luật Quốc phòng", "Chương trình tổng thể …")."""
    text = found.doc.text
    title_only = lexicon.wordset(_DOCS, "title_only")
    treaties = lexicon.wordset(_DOCS, "treaty_types")
    for m in _patterns().named.finditer(text):
        kind = m.group(1)
        issued = _patterns().issued.search(text, max(0, m.start() - 24), m.start())
        treaty = capitalise(kind.lower()) in treaties and text[m.end() : m.end() + 1].isupper()
        if not (kind[0].isupper() or issued or treaty) or not found.free(m.start(), m.end()):
            continue  # a lower-case kind names a document only right after it is issued, or a treaty's title
        kind = capitalise(kind.lower())
        if kind in treaties:
            end = None if treaty_of_body(text, m.start()) else treaty_title_end(found.doc, m.end())
        else:
            end = _name_end(found.doc, m.end(), title_only=kind in title_only)
        if end is None or (_opens_line(text, m.start()) and kind not in title_only) or _a_show(text, m.end()):
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


def _a_show(text: str, pos: int) -> bool:
    """True when the words after a kind make it a show or a sale ("Chương trình nghệ thuật …",
    "chương trình khuyến mãi"), not a policy."""
    return bool(re.match(rf"{lexicon.alternatives(_DOCS, 'show_words')}(?!\w)", text[pos:], re.IGNORECASE))


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
    token = doc.word_at(end - 1)
    if token is not None and pos < token.start and token.end > end and text[token.start].islower():
        end = len(text[: token.start].rstrip(" \t-"))  # never half a word written small ("nhiệm kỳ", "đối với")
    if not title_only and words < _PLAIN_WORDS and text[pos:end].islower():
        return None  # "Đề án bao gồm", "Dự án an toàn": a verb or a common noun, not a name
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
