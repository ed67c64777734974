"""Local bodies by pattern: a province's organs ("UBND tỉnh X", "Tỉnh ủy X", "Sở Y tế tỉnh X"),
those of districts, communes and wards ("UBND huyện Krông Nô", "Huyện ủy Lý Nhân"), and the
bare forms ("UBND tỉnh", "Tỉnh ủy") that take the province the article speaks of.

The organs, their forms and the templates of their names are rows of ``local.json``."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from ..reference import Body, load_reference, local_body
from ..text import loose_key, normalize, slug
from .bodies_names import caps_run, person_cut
from .bodies_rules import Candidate, Priority, Scan


def province_organs(scan: Scan) -> list[Candidate]:
    """ "UBND tỉnh Nghệ An", "Công an TP Hà Nội": an organ's form before a province's name."""
    out = []
    for kind, regex in scan.pats.province_organs:
        for m in regex.finditer(scan.text):
            prov = scan.ref.province(m.group(1))
            if prov is None:
                continue
            if not prov.is_city and scan.pats.city_word.search(scan.text, max(0, m.start(1) - 12), m.start(1)):
                city = _city_organ(scan, kind, m.start(), m.start(1))
                out.extend([city] if city else [])
                continue  # "UBND TP Bắc Ninh": the city's organ, not the province's
            out.append(Candidate(m.start(), m.end(), local_body(kind, prov), Priority.LOCAL, prov))
    return out


def _city_organ(scan: Scan, kind: str, start: int, name_at: int) -> Candidate | None:
    """The organ of a city inside a province that bears its name ("Công an TP Hải Dương"), for
    organs a town has; its name runs to the end of the city's ("thành phố Điện Biên Phủ")."""
    row = next(r for r in scan.ref.local["organs"] if r["key"] == kind)
    named = _unit_name(scan, name_at)
    if named is None or "name" not in row or row.get("unit") is False:
        return None
    place, end = named
    return Candidate(start, end, _unit_body(row, f"{scan.pats.city_unit} {place}"), Priority.LOCAL)


def _unit_body(row: dict[str, Any], unit: str) -> Body:
    """The organ of a local organ table's ``row`` in a named unit ("Ủy ban nhân dân huyện Lý Nhân",
    also written "UBND huyện Lý Nhân")."""
    name = f"{row['name']} {unit}"
    return Body(slug(name), name, (f"{row['abbr']} {unit}",) if row.get("abbr") else (), row["kind"])


def province_party(scan: Scan) -> list[Candidate]:
    """ "Tỉnh ủy Quảng Ninh", "Ban Thường vụ Thành ủy Hà Nội": a province's Party committee."""
    out = []
    for m in scan.pats.party.finditer(scan.text):
        prov = scan.ref.province(m.group(2))
        if prov:
            body = local_body("standing" if m.group(1) else "party", prov)
            out.append(Candidate(m.start(), m.end(), body, Priority.LOCAL, prov))
    return out


def province_party_long(scan: Scan) -> list[Candidate]:
    """ "Ban Chấp hành Đảng bộ tỉnh X": the long name of a province's Party committee."""
    out = []
    for m in scan.pats.party_long.finditer(scan.text):
        prov = scan.ref.province(m.group(1))
        if prov:
            out.append(Candidate(m.start(), m.end(), local_body("party", prov), Priority.LOCAL, prov))
    return out


_BLOC_HEAD = re.compile(r"^Đảng ủy khối")


def bloc_committees(scan: Scan) -> list[Candidate]:
    """ "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa", "Đảng ủy khối đại học, cao đẳng
    TP.HCM": the Party committee of a province's bloc of bodies, its name up to the province."""
    out = []
    for m in scan.pats.bloc.finditer(scan.text):
        place = scan.pats.province_tail.match(scan.text, m.end()) or scan.ref.province_re.match(scan.text, m.end())
        if place is None or scan.ref.province(place.group(place.lastindex or 0)) is None:
            continue
        name = " ".join(scan.text[m.start() : place.end()].split())
        name = _BLOC_HEAD.sub("Đảng ủy Khối", name)  # "Đảng ủy khối" -> "Đảng ủy Khối"
        prov = scan.ref.province(place.group(place.lastindex or 0))
        out.append(Candidate(m.start(), place.end(), Body(slug(name), name, (), "PartyOrgan"), Priority.LOCAL, prov))
    return out


def departments(scan: Scan) -> list[Candidate]:
    """ "Sở Y tế tỉnh Phú Thọ": a province's department, named after a ministry's sector."""
    out = []
    for m in scan.pats.department.finditer(scan.text):
        sector = _sector_name(scan, m.group(1))
        if m.group(2) is None:
            if (
                m.group(0)[0].isupper()
                and not _name_follows(scan, m.end())
                and not _plural(scan, m.start())
                and not scan.pats.every_level.match(scan.text, m.end())  # "Sở Y tế các tỉnh": every province's
            ):
                bare = Body("", normalize(m.group(0)))
                out.append(Candidate(m.start(), m.end(), bare, Priority.BARE, bare="department:any", sector=sector))
            continue
        prov = scan.ref.province(m.group(2))
        if prov:
            body = local_body("department", prov, sector)
            out.append(Candidate(m.start(), m.end(), body, Priority.LOCAL, prov))
    return out


def _sector_name(scan: Scan, surface: str) -> str:
    """The sector as its ministry writes it, else as written ("GD&ĐT": "Giáo dục và Đào tạo")."""
    surface = scan.pats.sector_abbr.get(normalize(surface), surface)
    body_id = scan.ref.sectors.get(loose_key(surface))
    return scan.ref.bodies[body_id].name[len(scan.pats.ministry) :] if body_id else normalize(surface)


def _plural(scan: Scan, pos: int) -> bool:
    """True after "các", "những": every province's organ of that kind, not one province's."""
    return bool(scan.pats.plural.search(scan.text, max(0, pos - 8), pos))


def _name_follows(scan: Scan, pos: int) -> bool:
    """True when a capitalised word that starts no person's name follows at ``pos``: the bare
    form is the head of a longer name read some other way ("Công an TP Vinh")."""
    run = caps_run(scan.text, pos, 4)
    person = bool(run) and run[0][0] in scan.ref.surnames and len(run) >= 3  # "Công an tỉnh Nguyễn Văn A"
    return bool(run) and scan.text[pos : pos + 1] == " " and not person


def bare_local(scan: Scan) -> list[Candidate]:
    """ "UBND tỉnh", "Tỉnh ủy": a province's body without the province's name, resolved later."""
    pats = scan.pats
    out = []
    for m in pats.bare.finditer(scan.text):
        if (m.group(3) or m.group(5)) and (_name_follows(scan, m.end()) or _plural(scan, m.start())):
            continue
        if scan.pats.every_level.match(scan.text, m.end()):
            continue  # "Công an tỉnh các địa phương": every province's
        title = scan.ref.role_re.match(scan.text, m.start())
        if title is not None and title.end() > m.end():
            continue  # "Tỉnh ủy viên": a member's title, not the committee
        kind = "standing" if m.group(1) else "party" if m.group(2) or m.group(5) else pats.bare_kind[m.group(3)]
        scope_word = m.group(4) or m.group(6)
        city = bool(m.group(2) == pats.city_party or (scope_word and pats.bare_scope[scope_word] == "city"))
        scope = "city" if city else "province"
        out.append(Candidate(m.start(), m.end(), Body("", m.group(0)), Priority.BARE, bare=f"{kind}:{scope}"))
    return out


def unit_organs(scan: Scan) -> list[Candidate]:
    """Bodies of districts, towns, communes and wards ("UBND huyện Krông Nô", "Huyện ủy Lý
    Nhân"): an organ, a unit word and the unit's name, which ends before a person's name."""
    out = []
    for m in scan.pats.units.finditer(scan.text):
        named = _unit_name(scan, m.end())
        if named is None:
            continue
        place, end = named
        unit_word = (m.group(2) or "").lower() or scan.pats.unit_short.get(normalize(m.group(3) or ""))
        if scan.ref.province(place) and unit_word not in scan.pats.district_units:
            continue  # "UBND thành phố Hà Nội": a province's body, found by its own pattern
        if m.group(4):
            name = f"{normalize(m.group(4))} {place}"
            out.append(Candidate(m.start(), end, Body(slug(name), name, (), "PartyOrgan"), Priority.LOCAL))
            continue
        organ = scan.pats.unit_organs[normalize(m.group(1))]
        unit = f"{unit_word} {place}"
        name = f"{organ['name']} {unit}"
        written = " ".join(scan.text[m.start(2) if m.group(2) else m.start(3) : end].split())
        abbr = organ.get("abbr")
        aliases = tuple(dict.fromkeys((f"{abbr} {unit}", f"{abbr} {written}"))) if abbr else ()
        out.append(Candidate(m.start(), end, Body(slug(name), name, aliases, organ["kind"]), Priority.LOCAL))
    return out + _bare_unit_organs(scan)


def _bare_unit_organs(scan: Scan) -> list[Candidate]:
    """ "UBND phường", "HĐND thị xã" with no name: the body of the one unit of that kind the
    article names ("phường Điện Dương"); nothing when it names none or several. A city is left
    to the province's bodies."""
    bare = list(scan.pats.bare_units.finditer(scan.text))
    if not bare:
        return []  # the units the article names are read only when an organ stands bare
    cities = {normalize(w) for w in scan.ref.local["province_words"]["before_name"]}
    named: dict[str, set[str]] = {}
    for m in scan.pats.unit_word.finditer(scan.text):
        word = normalize(m.group(0).strip(" \t."))
        found = _unit_name(scan, m.end())
        if found is not None and word not in cities and word not in scan.pats.unit_short:
            named.setdefault(word, set()).add(found[0])
    out = []
    for m in bare:
        unit_word = normalize(m.group(2))
        places = named.get(unit_word, set())
        if unit_word in cities or len(places) != 1 or scan.text[m.end() : m.end() + 3].lstrip(" \t")[:1].isupper():
            continue  # a city, no one unit named, or this one is named here ("UBND phường Điện Dương")
        organ = scan.pats.unit_organs[normalize(m.group(1))]
        out.append(Candidate(m.start(), m.end(), _unit_body(organ, f"{unit_word} {next(iter(places))}"), Priority.LOCAL))
    return out


def listed_organs(scan: Scan) -> list[Candidate]:
    """Organs listed before one named with its province or unit share it: "Tỉnh ủy, HĐND, UBND
    tỉnh Nghệ An", "Thành ủy-HĐND-UBND thành phố Cần Thơ", "HĐND và UBND huyện Lý Nhân"; before
    a bare one ("Tỉnh ủy - HĐND - UBND tỉnh") they wait with it for the article's province."""
    rows = {row["key"]: row for row in scan.ref.local["organs"]}
    out = []
    for named in [c for c in scan.found if c.priority in (Priority.LOCAL, Priority.BARE)]:
        at, unit = named.start, _unit_of(rows, named.body)
        while (m := scan.pats.listed_before.search(scan.text, max(0, at - 48), at)) is not None:
            form = normalize(m.group(1))
            kind = scan.pats.listed_forms[form]
            if named.bare:  # "Thành ủy-HĐND-UBND thành phố": the province the bare organ takes
                if kind not in _province_kinds():
                    break
                scope = named.bare.split(":")[1]
                out.append(Candidate(m.start(1), m.end(1), Body("", m.group(1)), Priority.BARE, bare=f"{kind}:{scope}"))
                at = m.start(1)
                continue
            if named.province is not None and kind in _province_kinds():
                body = local_body(kind, named.province)
            elif kind == "unit_party" and unit is not None and unit.startswith(f"{scan.pats.unit_party[form]} "):
                name = f"{form} {unit[len(scan.pats.unit_party[form]) + 1 :]}"  # "Huyện ủy, UBND huyện X"
                body = Body(slug(name), name, (), "PartyOrgan")
            elif unit is not None and rows.get(kind, {}).get("name") and rows[kind].get("unit", True):
                body = _unit_body(rows[kind], unit)
            else:
                break
            out.append(Candidate(m.start(1), m.end(1), body, Priority.LOCAL, named.province))
            at = m.start(1)
    return out


@cache
def _province_kinds() -> frozenset[str]:
    """The organs a province's pattern builds ("ubnd", "party" …)."""
    return frozenset(row["key"] for row in load_reference().local["organs"] if "province" in row)


def _unit_of(rows: dict[str, dict], body: Body) -> str | None:
    """The unit a district's or commune's organ is named after ("huyện Lý Nhân" in "Ủy ban nhân
    dân huyện Lý Nhân"), or None."""
    for row in rows.values():
        name = row.get("name")
        if isinstance(name, str) and row.get("forms") and body.name.startswith(f"{name} "):
            return body.name[len(name) + 1 :]
    return None


def field_bodies(scan: Scan) -> list[Candidate]:
    """Local bodies named by their field, in any case, then their unit ("Trung tâm y tế huyện
    Chư Păh", "Cục thi hành án dân sự tỉnh Thanh Hóa", "Phòng Lao động - Thương binh và Xã hội
    huyện Đông Sơn"): a head noun that is a word of its own, up to ten words of the field and
    a province, or a district, town, commune or ward by name."""
    text, doc = scan.text, scan.doc
    starts = {c.start for c in scan.found}
    out = []
    for m in scan.pats.field_heads.finditer(text):
        word = doc.word_at(m.start())
        if word is not None and word.end > m.end(1):
            continue  # "Hội nghị", "Phòng chống", "Sở dĩ": the head is part of another word
        if scan.ref.role_re.match(text, m.start()):
            continue  # "Cục trưởng": a title
        if m.group(1)[0].islower() and not scan.pats.title_ending.search(text, max(0, m.start() - 40), m.end(1)):
            continue  # a head written small only as the end of a title: "Trưởng phòng Nội vụ huyện X"
        end = _field_end(scan, m.end(), starts)
        if end is None:
            continue
        name = normalize(m.group(1)[0].upper() + text[m.start() + 1 : end])
        body = scan.ref.find_body(name) or Body(slug(name), name, (), "GovernmentBody")
        out.append(Candidate(m.start(), end, body, Priority.GENERIC))
    return out


def _field_end(scan: Scan, pos: int, starts: set[int]) -> int | None:
    """Where the unit that ends a field's words from ``pos`` ends, or None when no unit comes
    first (a stop word, a number, a punctuation mark, another body's start, or a word no
    name has: an adverb, a preposition, a determiner; after a capitalised word only nouns
    and adjectives run on: "Hội Khuyến học Việt Nam dự đại hội … tỉnh X" is no name)."""
    text, pats, doc = scan.text, scan.pats, scan.doc
    taken: list[str] = []
    small: list[tuple[int, bool]] = []  # the small words, each with whether a capitalised word came before
    named = False
    while len(taken) <= 10:
        if taken and taken[-1] not in pats.connectors:
            unit = _unit_at(scan, pos)
            if unit is not None:
                # tagged only now, once a unit ends the words: tagging costs more than reading
                tags = all(doc.pos_of(at) in (_NAME_TAGS if after else _FIELD_TAGS) for at, after in small)
                return unit if tags else None
        m = _FIELD_WORD.match(text, pos)
        if m is None or (taken and pos in starts):
            return None
        word = m.group(0)
        if word in pats.stop_words and not (word in pats.connectors and taken and _name_goes_on(scan, m.end())):
            return None  # "và" only before a capitalised word: "Lao động - Thương binh và Xã hội"
        if any(ch.isdigit() for ch in word) or normalize(word) in pats.unit_words:
            return None
        if word[0].isupper():
            named = True
        elif word not in pats.connectors:
            small.append((m.start(), named))
        taken.append(word)
        gap = _FIELD_GAP.match(text, m.end())
        if gap is None:
            return None
        pos = gap.end()
    return None


def _unit_at(scan: Scan, pos: int) -> int | None:
    """The end of a province ("tỉnh Thanh Hóa", "TP.HCM") or of a named unit ("huyện Chư Păh",
    "TP Vinh", "phường 5") at ``pos``, or None."""
    prov = scan.pats.province_tail.match(scan.text, pos)
    if prov is not None and scan.ref.province(prov.group(1)) is not None:
        return prov.end()
    unit = scan.pats.unit_word.match(scan.text, pos)
    if unit is None:
        return None
    named = _unit_name(scan, unit.end())
    return named[1] if named is not None else None


def _name_goes_on(scan: Scan, pos: int) -> bool:
    """After "và" at ``pos``: a capitalised word that starts neither a body nor a unit."""
    m = _SPACES.match(scan.text, pos)
    if m is None or not scan.text[m.end()].isupper():
        return False
    at = m.end()
    return not (scan.pats.heads.match(scan.text, at) or scan.pats.field_heads.match(scan.text, at) or _unit_at(scan, at))


# the tags of a field's words: nouns, verbs, adjectives ("kiểm soát bệnh tật", "đa khoa");
# after a capitalised word, nouns and adjectives only
_FIELD_TAGS = frozenset({"N", "Np", "Nc", "Nu", "V", "A", "Ny", "X", ""})
_NAME_TAGS = frozenset({"N", "Np", "Nc", "A", "Ny", ""})


_SPACES = re.compile(r"\s+(?=\S)")
_FIELD_WORD = re.compile(r"[^\W\d_][^\s,.;:()\"'!?]*|-|&")
_FIELD_GAP = re.compile(r"[ \t]+|(?=-)|(?<=-)")


def _unit_name(scan: Scan, pos: int) -> tuple[str, int] | None:
    """The unit's name from ``pos`` and where it ends: up to three capitalised words, cut
    before a person's name; None when a person follows the bare unit word."""
    ref = scan.ref
    run = caps_run(scan.text, pos)
    if not run:
        return None
    words = [w for w, _ in run]
    cut = person_cut(words, ref)
    if words[0] in ref.surnames and len(words) >= 3 and (cut is None or cut < 3):
        if not _named_after_person(scan, pos):
            if cut is None:
                return None  # "Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn": a person follows the bare unit
        else:
            cut = 3  # "phường Nguyễn Thái Bình": a ward named after a person, whole
    words = words[: cut or 3]
    return " ".join(words), run[len(words) - 1][1]


def _named_after_person(scan: Scan, pos: int) -> bool:
    """True when the unit word ending at ``pos`` is one often named after a person ("xã Phạm
    Văn Hai", "phường Nguyễn Thái Bình") and no title reads it bare ("Chủ tịch UBND xã Nguyễn
    Văn A": the person follows the unit)."""
    before = scan.text[max(0, pos - 80) : pos]
    unit = _person_unit_before().search(before)
    if unit is None:
        return False
    rest = before[: unit.start()].rstrip()
    organ = scan.pats.organ_before.search(rest)
    if organ is not None:
        rest = rest[: organ.start()].rstrip()
    return scan.pats.title_ending.search(rest) is None


@cache
def _person_unit_before() -> re.Pattern[str]:
    """A unit word often named after a person, ending the text."""
    units = sorted(load_reference().local["person_named_units"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, units))})[ \t]+$")


def resolve_bare(scan: Scan, chosen: list[Candidate]) -> None:
    """ "UBND tỉnh", "Tỉnh ủy": the province of the article's other local bodies or places."""
    ref = scan.ref
    bare = [c for c in chosen if c.bare]
    if not bare:
        return
    counts: Counter[str] = Counter(c.province.name for c in sorted(chosen, key=lambda c: c.start) if c.province)
    if not counts:
        for m in ref.province_re.finditer(scan.text):
            prov = ref.province(m.group(0))
            if prov:
                counts[prov.name] += 1
    for cand in bare:
        kind, scope = cand.bare.split(":")
        options = [
            (name, n) for name, n in counts.most_common() if scope == "any" or ref.province(name).is_city == (scope == "city")
        ]
        chosen.remove(cand)
        if options and (len(options) == 1 or options[0][1] > options[1][1]):  # a tie names no province
            prov = ref.province(options[0][0])
            body = local_body(kind, prov, cand.sector)
            surface = normalize(scan.text[cand.start : cand.end])
            body = Body(body.id, body.name, (*body.aliases, surface), body.kind, body.parent)
            chosen.append(Candidate(cand.start, cand.end, body, Priority.RESOLVED_BARE, prov))
