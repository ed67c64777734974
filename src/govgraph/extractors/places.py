"""Places: provinces and cities (before and after the 2025 merger), countries, foreign
cities, named venues ("Phủ Chủ tịch") and the seat of a body ("trụ sở Bộ Ngoại giao").

The words come from ``data/reference/places.json``; this module holds how they are read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import ORG, PLACE, Document
from ..lexicon import alternatives, entry
from ..reference import Reference, load_reference
from ..text import key, normalize
from .bodies_names import caps_run, person_cut
from .registry import register

_TITLE_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


@dataclass(frozen=True)
class PlacePatterns:
    """The place words of ``places.json`` compiled once."""

    seat: re.Pattern[str]  # "trụ sở " before a body's name
    locality: re.Pattern[str]  # "huyện ", "phường " before a district's or ward's name
    prefix: re.Pattern[str]  # "tỉnh ", "TP. " right before a province's name
    home: str  # the country the news is written in


@cache
def patterns() -> PlacePatterns:
    """The place patterns built from ``places.json``."""
    return PlacePatterns(
        seat=re.compile(rf"(?<!\w)({alternatives('places', 'seat_words')})\s+"),
        locality=re.compile(rf"(?<!\w)({alternatives('places', 'locality_kinds')})[ \t]+"),
        prefix=re.compile(rf"(?:{alternatives('places', 'province_prefixes')}\s*)$"),
        home=normalize(entry("places", "home_country")),
    )


class _Places:
    """The PLACE mentions of one document: none inside a body's name, a person's name or a
    place found before."""

    def __init__(self, doc: Document, ref: Reference) -> None:
        self.doc = doc
        self.ref = ref
        self.taken: list[tuple[int, int]] = []

    def add(self, start: int, end: int, name: str, kind: str) -> None:
        if self.doc.covered(start, end, ORG) or any(s < end and start < e for s, e in self.taken):
            return
        if _inside_name(self.doc.text, start, end, self.ref.surnames, lead=kind != "country"):
            return
        self.taken.append((start, end))
        self.doc.add(PLACE, start, end, name=name, kind=kind)


@register("places", needs=("bodies",), adds=(PLACE,))
def extract_places(doc: Document) -> None:
    """Add a PLACE mention with its canonical ``name`` and ``kind`` for each place."""
    found = _Places(doc, load_reference())
    _seats(found)
    _venues(found)
    _provinces(found)
    for m in found.ref.country_re.finditer(doc.text):
        name = found.ref.country(m.group(0))
        if name:
            found.add(m.start(), m.end(), name, "country")
    _localities(found)
    for m in found.ref.region_re.finditer(doc.text):
        if m.group(0)[0].isupper():
            found.add(m.start(), m.end(), m.group(0)[0].upper() + m.group(0)[1:], "region")
    for m in found.ref.city_re.finditer(doc.text):
        found.add(m.start(), m.end(), found.ref.cities.get(key(m.group(0)), m.group(0)), "city")


def _seats(found: _Places) -> None:
    """ "trụ sở Bộ Ngoại giao": the seat word and the body's name, named after the body."""
    doc = found.doc
    orgs = {m.start: m for m in doc.of(ORG)}
    for m in patterns().seat.finditer(doc.text):
        org = orgs.get(m.end())
        if org is not None:
            name = f"{m.group(1).lower()} {org.value['body'].name}"
            found.taken.append((m.start(), org.end))
            doc.add(PLACE, m.start(), org.end, name=name, kind="venue", body=org.value["id"])


def _venues(found: _Places) -> None:
    """Named venues; one followed by a foreign country is that country's ("Nhà Quốc hội Australia")."""
    text, ref = found.doc.text, found.ref
    for m in ref.venue_re.finditer(text):
        country = ref.country_re.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        after = text[country.end() : country.end() + 2] if country else ""
        if after[:1].isalnum() or (after[:1] == " " and after[1:].isupper()):
            country = None  # "Trung tâm Hội nghị Quốc gia Mỹ Đình": a place's name, no country
        if country and ref.country(country.group(0)) != patterns().home:
            found.add(m.start(), country.end(), f"{m.group(0)} {ref.country(country.group(0))}", "venue")
        else:
            found.add(m.start(), m.end(), m.group(0), "venue")


def _provinces(found: _Places) -> None:
    """Provinces by any of their names, with the word before the name ("tỉnh", "TP.")."""
    text, ref = found.doc.text, found.ref
    for m in ref.province_re.finditer(text):
        prov = ref.province(m.group(0))
        if prov is None:
            continue
        before = patterns().prefix.search(text, max(0, m.start() - 12), m.start())
        start = before.start() if before else m.start()
        found.add(start, m.end(), prov.name, "province")


def _localities(found: _Places) -> None:
    """Districts, towns, communes and wards: "huyện Lý Nhân", "xã Đạo Lý", "phường 5"; the name
    stops where a person's name starts ("xã Đạo Lý Nguyễn Văn A"). After a plural ("các huyện
    Quốc Oai, Chương Mỹ và Thạch Thất") each name of the list is a locality of that kind."""
    text = found.doc.text
    for m in patterns().locality.finditer(text):
        end = _locality(found, m.start(), m.end(), m.group(1))
        if end is None or not _PLURAL.search(text, max(0, m.start() - 12), m.start()):
            continue
        while (sep := _LIST_SEP.match(text, end)) is not None:
            end = _locality(found, sep.end(), sep.end(), m.group(1), listed=True)
            if end is None:
                break


_PLURAL = re.compile(r"(?:các|\d+)[ \t]+$")
_LIST_SEP = re.compile(r",[ \t]*|[ \t]+và[ \t]+")


def _locality(found: _Places, start: int, pos: int, kind: str, *, listed: bool = False) -> int | None:
    """Add the locality whose name starts at ``pos``; where it ends, or None when no name is there.
    A name of one word is no locality when a person's name of two words follows it ("quận Nam
    Từ Liêm"): the three words are the name."""
    text, ref = found.doc.text, found.ref
    run = caps_run(text, pos, 6)  # read past the name's three words to see a person start
    words = [w for w, _ in run]
    cut = person_cut(words, ref)
    if cut == 1 and len(words) == 3:
        cut = None
    if not words or (cut is None and words[0] in ref.surnames and sum(not w.isdigit() for w in words) >= 3):
        return None
    if listed and (cut is not None or len(words) > 3):
        return None  # "các xã A, Nguyễn Văn B …": the list has ended
    run = run[: cut or 3]
    found.add(start, run[-1][1], f"{kind} {' '.join(w for w, _ in run)}", "locality")
    return run[-1][1]


def _inside_name(text: str, start: int, end: int, surnames: frozenset[str], *, lead: bool = True) -> bool:
    """True when a place name is part of a person's name ("Nguyễn Hòa Bình", "Hồ Đức Phớc").

    With ``lead``, a place that starts with a surname and runs on into more names counts too;
    country names ("Hàn Quốc Chung Eui-yong") are never read that way."""
    left = start
    while left > 1 and text[left - 1] == " ":
        m = _LAST_WORD.search(text[max(0, left - 12) : left - 1])
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
