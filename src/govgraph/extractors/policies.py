"""Policies: numbered documents ("Nghị quyết số 39-NQ/TW", "123/2021/NĐ-CP",
"Quyết định số 312, 313"), with type and issuer read from the number's codes, and
named instruments ("Luật Quốc phòng (sửa đổi)", "Nghị quyết Đại hội XIII",
"Chương trình tổng thể cải cách hành chính")."""

from __future__ import annotations

import re
from functools import cache

from ..document import ORG, POLICY, Document
from ..reference import Reference, load_reference
from ..text import normalize
from .registry import register

NUMBER = r"\d+(?:[/\-](?:\d+|[A-ZĐ][A-Za-zĐđ0-9]*))*"
NAME_STOP = {
    "của",
    "được",
    "đã",
    "sẽ",
    "do",
    "với",
    "tại",
    "trong",
    "theo",
    "nhằm",
    "để",
    "là",
    "có",
    "này",
    "đó",
    "cho",
    "khi",
    "thì",
    "mà",
    "vào",
    "ngày",
    "số",
    "và",
    "cũng",
    "đang",
    "vừa",
    "từ",
    "trên",
    "đến",
    "nay",
    "các",
    "những",
    "như",
    "bị",
    "hay",
    "hoặc",
}
ISSUED = re.compile(r"(?i)(?:ban hành|thông qua|ký|phê duyệt|trình|công bố)\s+(?:\S+\s+)?$")
TITLE_ONLY = {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết", "Công ước", "Hiệp định"}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ref = load_reference()
    types = sorted(ref.doc["types"], key=len, reverse=True)
    type_alt = "|".join(re.escape(t) for t in types)
    numbered = re.compile(
        rf"(?<!\w)({type_alt})(?:\s+(?:số|số hiệu))?\s+({NUMBER})((?:\s*(?:,|và)\s*\d+(?![\d/.\-]\d))*)",
        re.IGNORECASE,
    )
    codes = "|".join(re.escape(c) for c in sorted(ref.doc["type_codes"], key=len, reverse=True))
    bare = re.compile(rf"(?<![\w/\-])(\d+(?:/\d{{4}})?[/\-](?:{codes})(?:[/\-][A-Za-zĐđ0-9]+)+)(?![\w])")
    named_types = sorted(ref.doc["named_types"], key=len, reverse=True)
    named = re.compile(rf"(?<![\w])({'|'.join(re.escape(t) for t in named_types)})\s+(?=\S)", re.IGNORECASE)
    return numbered, bare, named


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


@register("policies", needs=("bodies",), adds=(POLICY,))
def extract_policies(doc: Document) -> None:
    """Add a POLICY mention with ``type``, ``number``/``name`` and ``issuer`` for each document."""
    ref = load_reference()
    numbered, bare, named = _patterns()
    text = doc.text
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(e <= start or end <= s for s, e in taken)

    def add(start: int, end: int, **value: object) -> None:
        taken.append((start, end))
        value.update(_context(doc, ref, end))
        if not value.get("issuer") and value.get("number"):
            value["issuer"] = issuer_of(ref, str(value["number"]))
        doc.add(POLICY, start, end, **value)

    for m in numbered.finditer(text):
        written = normalize(m.group(1))
        number = m.group(2).rstrip("-/")
        said = text[m.end(1) : m.start(2)]
        if number.isdigit() and "số" not in said and (written[0].islower() or ref.counted_after(text, m.start(2) + len(number))):
            continue  # "kỷ luật 2 lãnh đạo", "Quy hoạch 5 năm": a count, not a document's number
        kind = doc_type(ref, number, written)
        add(m.start(1), m.start(2) + len(number), type=kind, number=number)
        for extra in re.finditer(r"\d+", m.group(3) or ""):
            start = m.start(3) + extra.start()
            add(start, start + len(extra.group(0)), type=kind, number=extra.group(0))
    for m in bare.finditer(text):
        if free(m.start(), m.end()):
            number = m.group(1)
            add(m.start(), m.end(), type=doc_type(ref, number, None), number=number)
    for m in named.finditer(text):
        kind = m.group(1)
        issued = ISSUED.search(text, max(0, m.start() - 24), m.start())
        if not (kind[0].isupper() or issued) or not free(m.start(), m.end()):
            continue  # a lower-case kind names a document only right after it is issued
        kind = kind[0].upper() + kind[1:].lower()
        at_start = (
            m.start() == 0 or text[m.start() - 1] in "\n" or text[max(0, m.start() - 2) : m.start()].strip() in (".", ":", '"')
        )
        end = _name_end(doc, m.end(), title_only=kind in TITLE_ONLY)
        if end is None or (at_start and kind not in TITLE_ONLY):
            continue
        if not free(m.start(), end):
            continue
        name = normalize(text[m.start() : end])
        name = name[0].upper() + name[1:]
        numbered_after = re.match(r"\s+(?:số\s+)?(\d+(?:[/\-](?:\d+|[A-ZĐ][A-Za-zĐđ0-9]*))+)", text[end:])
        if numbered_after:  # "Luật Quốc phòng số 39/2005/QH11"
            add(m.start(), end + numbered_after.end(), type=kind, name=name, number=numbered_after.group(1))
        else:
            add(m.start(), end, type=kind, name=name)


_WORD = re.compile(r"\(sửa đổi\)|\(sửa đổi, bổ sung\)|[^\s,.;:()\"'!?]+")


def _name_end(doc: Document, pos: int, *, title_only: bool) -> int | None:
    """End of a document's name: capitalised words for laws, or a lower-case title."""
    text = doc.text
    words = 0
    end = None
    i = pos
    while words < 14:
        m = _WORD.match(text, i)
        if not m:
            break
        word = m.group(0)
        if word.startswith("("):
            if end is None:
                break
            end = m.end()
            break
        if word.lower() == "số" and not re.match(r"\s+\d", text[m.end() : m.end() + 3]):
            pass  # "số lượng": part of the name
        elif word.lower() in NAME_STOP or (doc.covered(m.start(), m.end(), ORG) and words == 0 and not title_only):
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


_OF = re.compile(r"\s*(?:ngày\s+(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*)?(?:của\s+)?")
_ABOUT = re.compile(r"\s*về\s+([^,.;:()\"]{3,160})")


def _context(doc: Document, ref: Reference, end: int) -> dict[str, object]:
    """Issuer, date and subject written right after a document's number or name."""
    out: dict[str, object] = {}
    text = doc.text
    m = _OF.match(text, end)
    pos = end
    if m:
        if m.group(1):
            out["date"] = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        pos = m.end()
        if "của" in m.group(0):
            for org in doc.of(ORG):
                if org.start == pos:
                    out["issuer"] = org.value["id"]
                    pos = org.end
                    break
    about = _ABOUT.match(text, pos)
    if about:
        out["subject"] = normalize(about.group(1)).strip()
    return out
