"""Bodies: the reference organs of Party and state by name, alias or abbreviation;
provincial bodies by pattern ("UBND tỉnh X", "HĐND TP X", "Tỉnh ủy X", "Sở Y tỉnh X");
foreign organs ("Bộ Ngoại giao Hàn Quốc", "Hạ viện Australia"); Party committees of
a body ("Ban Cán sự đảng Kiểm toán Nhà nước"); and other named bodies by head noun.

Each finder proposes candidate spans with a priority (:class:`Priority`); where candidates
overlap the longest wins, then the higher priority. The words the finders know are in
``data/reference/heads.json`` and ``local.json``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..document import ORG, Document
from ..reference import Body, Reference, load_reference, local_body
from ..text import normalize, slug
from .bodies_boards import bare_boards, brand_boards
from .bodies_candidates import (
    classified_bodies,
    committee_organs,
    english_bodies,
    foreign_bodies,
    party_committees,
    reference_bodies,
)
from .bodies_glossed import glossed_bodies
from .bodies_local import (
    bare_local,
    bloc_committees,
    departments,
    field_bodies,
    listed_organs,
    province_organs,
    province_party,
    province_party_long,
    resolve_bare,
    unit_organs,
)
from .bodies_names import caps_run, named_by_head
from .bodies_rules import Candidate, Priority, Scan, patterns
from .bodies_schools import school_organs
from .registry import register

__all__ = ["FINDERS", "Candidate", "Priority", "caps_run", "extract_bodies"]

Finder = Callable[[Scan], list[Candidate]]

# The candidate finders in the order they run: a later finder sees what the earlier ones found
# (a name by head noun is not read where a known body starts; a committee needs its body).
FINDERS: list[tuple[str, Finder]] = [
    ("province organ", province_organs),
    ("province Party committee", province_party),
    ("province Party committee, long form", province_party_long),
    ("district or commune organ", unit_organs),
    ("province department", departments),
    ("Party committee of a province's bloc of bodies", bloc_committees),
    ("local body without its province", bare_local),
    ("organs listed before a named one", listed_organs),
    ("reference body", reference_bodies),
    ("foreign body", foreign_bodies),
    ("body named by a head noun", named_by_head),
    ("body named in English by its head noun", english_bodies),
    ("own name after a kind noun written small", classified_bodies),
    ("local body named by its field", field_bodies),
    ("committee or board of a body", party_committees),
    ("board of a company named by its brand", brand_boards),
    ("organ of a Party committee", committee_organs),
]


@register("bodies", adds=(ORG,))
def extract_bodies(doc: Document) -> None:
    """Add an ORG mention, with its resolved ``body``, for each body named in the text."""
    scan = Scan(doc, load_reference(), patterns())
    for _, finder in FINDERS:
        scan.found.extend(finder(scan))
    # "Lầu Năm Góc", "Luật Cảnh sát biển Việt Nam", "UEFA Champions League": a building's, a
    # law's or a competition's name, not the body
    found = [
        c
        for c in scan.found
        if not scan.pats.building.search(doc.text[max(0, c.start - 16) : c.start])
        and not scan.pats.document.search(doc.text[max(0, c.start - 12) : c.start])
        and not scan.pats.competition.match(doc.text, c.end)
        and not (c.priority == Priority.GENERIC and _generic(scan, c))
        and not _venue(scan, c)
        and not _completes_title(scan, c)
    ]
    chosen = _resolve_overlaps(found)
    chosen.extend(_nested(doc.text, scan.ref, chosen, found))
    resolve_bare(scan, chosen)
    provinces = Counter(c.province.name for c in chosen if c.province)
    if provinces:
        doc.province = provinces.most_common(1)[0][0]
    _resolve_bare_foreign(scan, chosen)
    bare_boards(scan, chosen)
    school_organs(scan, chosen)
    glossed_bodies(scan, chosen)
    for cand in sorted(chosen, key=lambda c: c.start):
        if cand.body.id:
            doc.add(ORG, cand.start, cand.end, body=cand.body, id=cand.body.id)


def _completes_title(scan: Scan, cand: Candidate) -> bool:
    """ "Bí thư Trung ương Đảng": words that end a title naming its own body are no mention of
    the body they spell alone (the title names Ban Bí thư, not the Central Committee)."""
    text = scan.doc.text
    for role in scan.ref.roles.values():
        if not role.names_body or role.body == cand.body.id or not role.name.endswith(text[cand.start : cand.end]):
            continue
        head = role.name[: len(role.name) - (cand.end - cand.start)]
        if head.endswith(" ") and text[max(0, cand.start - len(head)) : cand.start].lower() == head.lower():
            return True
    return False


def _venue(scan: Scan, cand: Candidate) -> bool:
    """ "tại Trung tâm Hội nghị tỉnh Cà Mau": a venue named as the place of an event, no body."""
    text, pats = scan.doc.text, scan.pats
    return (cand.priority < Priority.REFERENCE or cand.priority == Priority.LOCAL) and bool(
        pats.venue.match(text, cand.start) and pats.at_place.search(text, max(0, cand.start - 8), cand.start)
    )


def _generic(scan: Scan, cand: Candidate) -> bool:
    """A name read by its head noun that stands for a kind of body, not one body: after "các",
    "những" when it ends in a common word ("các Ban Quản lý di tích"), or before "các cấp"
    ("Ban Chỉ đạo … các cấp")."""
    text = scan.text
    last = text[cand.start : cand.end].split()[-1]
    plural = bool(scan.pats.plural.search(text[max(0, cand.start - 8) : cand.start]))
    # "các trường THCS An Thới 1, Dương Đông 1": a plural before names that end as proper names lists bodies
    return (plural and last[0].islower()) or bool(scan.pats.every_level.match(text, cand.end))


def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where they overlap (the higher priority on ties)."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(c.end <= cand.start or cand.end <= c.start for c in chosen):
            chosen.append(cand)
    return chosen


def _nested(text: str, ref: Reference, chosen: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """Bodies named inside a longer name: the parent in "Ủy ban Thường vụ Quốc hội", the last
    part of "Ban chỉ huy phòng thủ dân sự Quân khu 5"."""
    out: list[Candidate] = []
    for outer in chosen:
        if outer.body.kind == "ForeignBody" or not outer.body.id:
            continue
        parent = _parent_of(ref, outer, found)
        led = parent is not None and _leading_organ(text, ref, outer, parent)
        if parent is not None and not led:
            named = _named_inside(text, outer, parent)
            if named is not None:
                out.append(named)
        for inner in found:
            if led and parent is not None and inner.body.id == parent.id:
                continue
            if _is_nested(outer, inner) and all(o.body.id != inner.body.id or o.start != inner.start for o in out):
                out.append(inner)
    return out


def _leading_organ(text: str, ref: Reference, outer: Candidate, parent: Body) -> bool:
    """ "Ban Chấp hành Đảng bộ tỉnh X", "Ban Bí thư Trung ương Đảng": the organ an organisation
    elects to lead it, named by its kind and then the organisation's whole name (which ends the
    name); the organisation is the organ's context, not a second body the text names."""
    written = text[outer.start : outer.end]
    names = {parent.name, *parent.aliases}
    return any(written.startswith(organ + " ") and written[len(organ) + 1 :] in names for organ in ref.leading_organs)


def _parent_of(ref: Reference, outer: Candidate, found: list[Candidate]) -> Body | None:
    """The parent of a body: a reference body, a body found later in the same name, or the
    province's Party committee or people's committee."""
    parent = ref.bodies.get(outer.body.parent or "")
    if parent is None:  # a body found in this text, named inside the longer name
        parent = next((c.body for c in found if c.body.id and c.body.id == outer.body.parent and outer.start < c.start), None)
    if parent is None and outer.province is not None:
        parent = next((b for b in (local_body(k, outer.province) for k in ("party", "ubnd")) if b.id == outer.body.parent), None)
    return parent


def _named_inside(text: str, outer: Candidate, parent: Body) -> Candidate | None:
    """The parent's name (or a longer alias) written inside the outer name, as a candidate."""
    for name in sorted((n for n in (parent.name, *parent.aliases) if " " in n), key=len, reverse=True):
        at = text.find(name, outer.start + 1, outer.end)
        if at > outer.start and text[at - 1] == " " and (at + len(name) == outer.end or not text[at + len(name)].isalnum()):
            return Candidate(at, at + len(name), parent, Priority.BARE, outer.province)
    return None


def _is_nested(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner``, inside ``outer``, is its parent or the tail of a name read by head noun."""
    if inner is outer or not inner.body.id or inner.body.id == outer.body.id:
        return False
    if not (outer.start < inner.start and inner.end <= outer.end):
        return False
    is_tail = (
        outer.priority == Priority.GENERIC
        and inner.end == outer.end
        and inner.priority >= Priority.GENERIC
        and outer.body.name.split(" ", 1)[-1] != inner.body.name  # "Trường Đại học X" is "Đại học X"
    )
    # "Đảng ủy Bộ Lao động - Thương binh và Xã hội": the body a committee belongs to is named too
    owner = outer.priority == Priority.COMMITTEE and inner.end == outer.end and inner.priority >= Priority.REFERENCE
    return inner.body.id == outer.body.parent or is_tail or owner


def _resolve_bare_foreign(scan: Scan, chosen: list[Candidate]) -> None:
    """ "Hạ viện" alone: the foreign chamber of that name found elsewhere in the article, else the
    chamber of the foreign country the article speaks of most."""
    ref, pats = scan.ref, scan.pats
    named = {
        " ".join(c.body.name.split()[:2]): c.body for c in chosen if c.body.kind == "ForeignBody" and len(c.body.name.split()) > 2
    }
    countries: Counter[str] = Counter()
    for m in ref.country_re.finditer(scan.text):
        name = ref.country(m.group(0))
        if name and name != pats.home:
            countries[name] += 1
    for m in pats.bare_foreign.finditer(scan.text):
        if not all(c.end <= m.start() or m.end() <= c.start for c in chosen):
            continue
        body = named.get(m.group(0))
        if body is None and countries:
            name = f"{m.group(0)} {countries.most_common(1)[0][0]}"
            body = Body(slug(name), name, (), "ForeignBody")
        if body is not None:
            chosen.append(
                Candidate(m.start(), m.end(), Body(body.id, body.name, (*body.aliases, m.group(0)), body.kind), Priority.BARE)
            )
    _home_body_abroad(scan, chosen, countries)


# kinds of the home state's own organs: one named in full makes a story the home country's
_HOME_KINDS = frozenset(
    {"PartyOrgan", "StateOrgan", "Legislature", "Executive", "Ministry", "Agency", "Court", "Procuracy", "LocalGovernment"}
)


def _home_body_abroad(scan: Scan, chosen: list[Candidate], countries: Counter[str]) -> None:
    """ "Chính phủ" alone in a story that names neither the home country nor any of its provinces,
    and names one foreign country more than any other: the same head's body of the country last
    named in its paragraph, else of that country ("Chính phủ của Thủ tướng Modi" in a story
    about India), not the home Government."""
    ranked = countries.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return
    ref = scan.ref
    named = [(m.start(), ref.country(m.group(0))) for m in ref.country_re.finditer(scan.text)]
    if any(name == scan.pats.home for _, name in named) or ref.province_re.search(scan.text):
        return  # the home country or one of its provinces named: a home story
    heads = set(scan.pats.foreign_heads)
    if any(
        c.body.reference and c.body.kind in _HOME_KINDS and normalize(scan.text[c.start : c.end]) not in heads for c in chosen
    ):
        return  # "Bộ GD&ĐT, Bộ Tài chính": a home body named in full makes it a home story
    for i, c in enumerate(chosen):
        written = normalize(scan.text[c.start : c.end])
        if not c.body.reference or written != c.body.name or written not in heads:
            continue
        # the country last named in the paragraph ("Italy … Bộ Y tế nước này"), else the story's
        paragraph = scan.text.rfind("\n", 0, c.start)
        near = [name for at, name in named if paragraph < at < c.start and name]
        country = near[-1] if near else ranked[0][0]
        name = f"{written} {country}"
        body = ref.find_body(name) or Body(slug(name), name, (), "ForeignBody")
        chosen[i] = Candidate(c.start, c.end, Body(body.id, body.name, (*body.aliases, written), body.kind), c.priority)
