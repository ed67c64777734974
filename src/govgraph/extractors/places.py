"""Places: provinces and cities (before and after the 2025 merger), countries, foreign
cities, named venues ("Phủ Chủ tịch") and the seat of a body ("trụ sở Bộ Ngoại giao")."""

from __future__ import annotations

import re

from ..document import ORG, PLACE, Document
from ..reference import load_reference
from ..text import key
from .bodies import caps_run
from .registry import register

SEAT = re.compile(r"(?<!\w)([Tt]rụ sở)\s+")
# districts, towns, communes and wards: "huyện Lý Nhân", "xã Đạo Lý", "phường 5"
_LOCALITY = re.compile(r"(?<!\w)(huyện|quận|thị xã|thị trấn|xã|phường)[ \t]+")
PREFIX = re.compile(r"(?:(?:tỉnh|thành phố|Thành phố|TP\.?)\s*)$")


@register("places", needs=("bodies",), adds=(PLACE,))
def extract_places(doc: Document) -> None:
    """Add a PLACE mention with its canonical ``name`` and ``kind`` for each place."""
    ref = load_reference()
    text = doc.text
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, kind: str) -> None:
        if doc.covered(start, end, ORG) or any(s < end and start < e for s, e in taken):
            return
        if _inside_name(text, start, end, ref.surnames, lead=kind != "country"):
            return
        taken.append((start, end))
        doc.add(PLACE, start, end, name=name, kind=kind)

    orgs = {m.start: m for m in doc.of(ORG)}
    for m in SEAT.finditer(text):
        org = orgs.get(m.end())
        if org is not None:
            name = f"trụ sở {org.value['body'].name}"
            taken.append((m.start(), org.end))
            doc.add(PLACE, m.start(), org.end, name=name, kind="venue", body=org.value["id"])
    for m in ref.venue_re.finditer(text):
        country = ref.country_re.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if country and ref.country(country.group(0)) != "Việt Nam":  # "Nhà Quốc hội Australia"
            add(m.start(), country.end(), f"{m.group(0)} {ref.country(country.group(0))}", "venue")
        else:
            add(m.start(), m.end(), m.group(0), "venue")
    for m in ref.province_re.finditer(text):
        prov = ref.province(m.group(0))
        if prov is None:
            continue
        before = PREFIX.search(text, max(0, m.start() - 12), m.start())
        start = before.start() if before else m.start()
        add(start, m.end(), prov.name, "province")
    for m in ref.country_re.finditer(text):
        name = ref.country(m.group(0))
        if name:
            add(m.start(), m.end(), name, "country")
    for m in _LOCALITY.finditer(text):
        run = caps_run(text, m.end(), 3)
        words = [w for w, _ in run]
        cut = next(
            (i for i, w in enumerate(words) if i and w in ref.surnames and w not in ref.middle_names and len(words) - i >= 2),
            None,
        )
        if words and not (cut is None and words[0] in ref.surnames and len(words) >= 3):
            run = run[: cut or 3]
            add(m.start(), run[-1][1], f"{m.group(1)} {' '.join(w for w, _ in run)}", "locality")
    for m in ref.region_re.finditer(text):
        if m.group(0)[0].isupper():
            add(m.start(), m.end(), m.group(0)[0].upper() + m.group(0)[1:], "region")
    for m in ref.city_re.finditer(text):
        add(m.start(), m.end(), ref.cities.get(key(m.group(0)), m.group(0)), "city")


_TITLE_WORD = re.compile(r"[^\W\d_]+")


def _inside_name(text: str, start: int, end: int, surnames: frozenset[str], *, lead: bool = True) -> bool:
    """True when a place name is part of a person's name ("Nguyễn Hòa Bình", "Hồ Đức Phớc").

    With ``lead``, a place that starts with a surname and runs on into more names counts too;
    country names ("Hàn Quốc Chung Eui-yong") are never read that way."""
    left = start
    while left > 1 and text[left - 1] == " ":
        m = re.search(r"([^\W\d_]+)$", text[max(0, left - 12) : left - 1])
        if not m or not m.group(1)[0].isupper() or not (m.group(1)[1:].islower() or len(m.group(1)) == 1):
            break
        left = left - 1 - len(m.group(1))
    right = end
    while right < len(text) - 1 and text[right] == " ":
        m = _TITLE_WORD.match(text, right + 1)
        if not m or not m.group(0)[0].isupper() or not m.group(0)[1:].islower():
            break
        right = m.end()
    words = text[left:right].split()
    before = text[left:start].split()
    if (left, right) == (start, end) or len(words) > 8:
        return False
    # a surname before the place within the capitalised run: "Nguyễn Hòa Bình", "Nghệ An Nguyễn Đức Trung"
    if any(word in surnames for word in before[-3:]):
        return True
    return lead and left == start and words[0] in surnames and right > end and len(words) <= 4
