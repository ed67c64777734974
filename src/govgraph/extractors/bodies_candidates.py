"""Bodies named in full: the reference organs by name or alias, foreign organs ("Bộ Ngoại
giao Hàn Quốc"), and the committees, boards and organs named after the body they belong to
("Ban Cán sự đảng Kiểm toán Nhà nước", "HĐQT Tập đoàn X", "Ủy ban Kiểm tra Tỉnh ủy X")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..reference import GENERIC_BODY, Body
from ..text import normalize, slug, syllable
from .bodies_names import caps_run, person_cut
from .bodies_rules import PARENTHESIS, Candidate, Priority, Scan
from .titles import province_after

_GAP = re.compile(r"[ \t]+")
_WORD_START = re.compile(r"(?<!\w)[^\W\d_]")
_CREDIT_LINE = re.compile(r"\s*(?:Theo\s*)?[./]?\s*")  # what else a source's own line may hold
_CREDIT_BEFORE = re.compile(r"(?:Ảnh|Nguồn|Video|Clip)\s*:\s*$")
_SCHOOL_BEFORE = re.compile(r"(?<!\w)[Tt]rường[ \t]+$")  # "Trường ĐH Kinh tế quốc dân": the school's own word
_NAME_WORD_BEFORE = re.compile(r"(?<!\w)([A-Z][\w-]*)[ \t]+$")  # a capitalised word right before
_NEXT_CHAR = re.compile(r"[ \t]+(\w)")
_FOREIGN_WORD_NEXT = re.compile(r"[ \t]+([A-Z][^\W\d_]+)")


def reference_bodies(scan: Scan) -> list[Candidate]:
    """The bodies of the reference data, by name or alias, written with a capital."""
    text, ref, pats = scan.text, scan.ref, scan.pats
    out = []
    sporty = len(pats.sport.findall(text)) >= 3  # a sports story: a company's brand is its club
    for m in _capitalised_matches(ref.body_re, text):
        if m.group(0) == pats.party_name and (
            pats.not_the_party.match(text[m.end() : m.end() + 6]) or _capitalised_next(text, m.end())
        ):
            continue  # "Đảng ủy", "Đảng bộ", another party's name ("Đảng Cộng hòa"): not the Party itself
        if pats.concept.match(text, m.end()):
            continue  # "Chính phủ số": a concept named after the body
        if pats.other_country.match(text, m.end()):
            continue  # "Chính phủ nước này": another country's, not the home Government
        body = ref.find_body(m.group(0))
        if body is not None and body.kind == "Press" and _credit(text, m.start(), m.end()):
            continue
        if body is None:
            continue
        before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()) if m.group(0).isupper() else None
        if before is not None and (before.group(1).isupper() or not syllable(before.group(1))):
            continue  # "Hanoi Marathon ASEAN", "Công ty SANYO HA ASEAN": a word of another name
        foreign = _foreign_counterpart(scan, m, body)
        if foreign is not None:
            out.append(foreign)  # "Ban Tuyên giáo Trung ương Trung Quốc": that country's body
            continue
        brand = body.kind == GENERIC_BODY and " " not in m.group(0)
        after = _FOREIGN_WORD_NEXT.match(text, m.end()) if brand else None
        if after is not None and not syllable(after.group(1)):
            continue  # "Viettel Telecom", "FPT Shop": a company named after the brand
        if brand and _club(scan, m.start(), sporty):
            continue  # "đội xếp thứ 2 là Viettel": the company's football club
        school = _SCHOOL_BEFORE.search(text, max(0, m.start() - 8), m.start())
        start = school.start() if school and m.group(0).startswith(pats.universities) else m.start()
        # a company's brand lets a name run on to it ("Trung tâm Không gian mạng Viettel"), kept inside
        out.append(Candidate(start, m.end(), body, Priority.BARE if brand else Priority.REFERENCE))
        prov = province_after(ref, text, m.end()) if brand else None
        if prov is not None:
            name = f"{m.group(0)} {prov.group(0)}"  # "Viettel Hậu Giang": the company's branch there
            out.append(Candidate(m.start(), prov.end(), Body(slug(name), name, (), GENERIC_BODY, body.id), Priority.REFERENCE))
    for m in pats.acronyms.finditer(text):  # too short to be matched in any case
        if _name_goes_on(text, m.end()) and not pats.title_before.search(text, max(0, m.start() - 40), m.start()):
            continue  # "VOV Bacsi24", "EU 43": a word of another name or a size, unless a title names the body's head
        body = ref.find_body(m.group(1))
        if body is None or _CREDIT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "(Ảnh: BNG)": a photo's source
        if (body.kind == GENERIC_BODY and _club(scan, m.start(), sporty)) or (
            body.kind == "Press" and _credit(text, m.start(), m.end())
        ):
            continue
        # a name running on to it keeps it ("Ban Trọng tài AFC"), as a name inside a name
        out.append(Candidate(m.start(), m.end(), body, Priority.BARE))
    return out


def _club(scan: Scan, at: int, sporty: bool) -> bool:
    """A company's brand at ``at`` names its football club: in a sports story, or in a sentence
    with a word of a match or a league."""
    return sporty or scan.pats.sport.search(scan.text, *_sentence_around(scan.text, at)) is not None


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around ``at``, roughly: from the last full stop or
    line break before it to the next one."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return start, min(stops, default=len(text))


def _capitalised_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start with a capital, tried only where a capitalised word
    starts: the same as filtering ``finditer``, at a fraction of its cost on a long alternation."""
    end = 0
    for word in _WORD_START.finditer(text):
        if word.start() < end or not word.group(0).isupper():
            continue
        m = pattern.match(text, word.start())
        if m is not None:
            end = m.end()
            yield m


def _name_goes_on(text: str, end: int) -> bool:
    """True when a capitalised word or a number follows ``end`` after spaces ("VOV Bacsi24", "EU 43")."""
    nxt = _NEXT_CHAR.match(text, end)
    return nxt is not None and (nxt.group(1).isupper() or nxt.group(1).isdigit())


def _capitalised_next(text: str, end: int) -> bool:
    """True when a capitalised word follows ``end`` after one space ("Đảng Cộng hòa")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _foreign_counterpart(scan: Scan, m: re.Match[str], body: Body) -> Candidate | None:
    """A home body's name followed by a foreign country names that country's body of the same
    kind ("Ủy ban Kiểm tra Trung ương Trung Quốc"); None otherwise."""
    text, ref = scan.text, scan.ref
    if body.kind in _NOT_STATE_KINDS or " " not in m.group(0) or text[m.end() : m.end() + 1] != " ":
        return None
    country = ref.country_re.match(text, m.end() + 1)
    name = ref.country(country.group(0)) if country else None
    if name is None or name == scan.pats.home or text[country.end() : country.end() + 1].isalnum():
        return None
    full = f"{body.name} {name}"
    written = normalize(text[m.start() : country.end()])
    return Candidate(
        m.start(), country.end(), Body(slug(full), full, (written,) if written != full else (), "ForeignBody"), Priority.FOREIGN
    )


_NOT_STATE_KINDS = frozenset({"International", "ForeignBody", GENERIC_BODY})


def _credit(text: str, start: int, end: int) -> bool:
    """A news agency named as the source of an article or photo ("(TTXVN)", "Ảnh: X/TTXVN"), or
    on a line of its own at the foot of an article ("Theo Trung Hiếu\nVOV")."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if before in ("(", "/") and (after in (")", "", "\n") or before == "/"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _CREDIT_LINE.fullmatch(line.replace(text[start:end], "", 1)) is not None


def foreign_bodies(scan: Scan) -> list[Candidate]:
    """A head and a country: "Bộ Ngoại giao Hàn Quốc", "Hạ viện Australia"; with the home
    country's name, the reference body it names."""
    out = []
    for m in scan.pats.foreign.finditer(scan.text):
        country = scan.ref.country(m.group(2))
        if not country:
            continue
        if normalize(m.group(1)) in scan.pats.missions:
            out.append(_mission(scan, m, country))
            continue
        if country == scan.pats.home:
            body = scan.ref.find_body(f"{m.group(1)} {country}")
            if body:
                out.append(Candidate(m.start(), m.end(), body, Priority.FOREIGN))
            continue
        name = f"{m.group(1)[0].upper()}{m.group(1)[1:]} {country}"  # "đảng Cộng sản Cuba" as a name
        body = Body(slug(name), name, (m.group(0),) if m.group(0) != name else (), "ForeignBody")
        out.append(Candidate(m.start(), m.end(), body, Priority.FOREIGN))
    return out


def _mission(scan: Scan, m: re.Match[str], country: str) -> Candidate:
    """A state's mission abroad with its host country when the text gives it ("Đại sứ quán Việt
    Nam tại Ấn Độ"): each embassy is a body of its own; the home state's is no foreign body."""
    head = normalize(m.group(1))
    host = scan.pats.host.match(scan.text, m.end())
    host_name = scan.ref.country(host.group(1)) if host else None
    end = host.end() if host_name and host_name != country else m.end()
    name = f"{head} {country} tại {host_name}" if end > m.end() else f"{head} {country}"
    written = normalize(scan.text[m.start() : end])
    kind = "GovernmentBody" if country == scan.pats.home else "ForeignBody"
    body = Body(slug(name), name, (written,) if written != name else (), kind)
    return Candidate(m.start(), end, body, Priority.FOREIGN)


def english_bodies(scan: Scan) -> list[Candidate]:
    """A body named in English by its head noun: "Deutsche Bank", "La Trobe University",
    "Moscow Institute of Thermal Technology"; not "High School" or "The College", nor the end
    of a name read already ("Tập đoàn T&T Group")."""
    out = []
    for m in scan.pats.english.finditer(scan.text):
        words = m.group(1).split()
        opened = m.group(1).index(words[1], len(words[0])) if words[0] in scan.pats.openers and len(words) > 1 else 0
        if all(w in scan.pats.english_not_names for w in words[bool(opened) :]):
            continue
        start = m.start() + opened  # "Theo Vietnam Airlines": the opener is no part of the name
        if any(c.start < start and m.end() <= c.end for c in scan.found):
            continue
        name = m.group(0)[opened:]
        out.append(Candidate(start, m.end(), Body(slug(name), name), Priority.GENERIC))
    return out


def classified_bodies(scan: Scan) -> list[Candidate]:
    """A company's or agency's own name after a kind noun written small: "tập đoàn Microsoft",
    "hãng tin NBC News", "công ty Hải Thành". Not a place ("công ty Trung Quốc"), a person, a
    title, nor one Vietnamese word that may open a name in sentence case ("tập đoàn Than
    khoáng sản"). A brand is named as written; a name in Vietnamese syllables keeps its kind
    noun ("Công ty Hải Thành")."""
    text = scan.text
    out = []
    for m in scan.pats.classified.finditer(text):
        if any(c.start <= m.end() < c.end for c in scan.found):
            continue
        words = _own_name(text, m.end(), scan)
        if not words or words[0][0] in scan.pats.classifier_not_names or len(words[0][0]) < 2:
            continue  # "công ty TNHH X": a legal form, read with the name's head
        if len(words) == 1 and syllable(words[0][0]) and not words[0][0].isupper():
            continue
        start, end = words[0][1], words[-1][1] + len(words[-1][0])
        own = text[start:end]
        if all(syllable(w) and not w.isupper() for w, _ in words):
            name = normalize(f"{m.group(0)[0].upper()}{m.group(0)[1:].rstrip()} {own}")
            out.append(Candidate(m.start(), end, Body(slug(name), name, (own,)), Priority.GENERIC))
        else:
            out.append(Candidate(start, end, Body(slug(own), own), Priority.GENERIC))
    return out


def _own_name(text: str, pos: int, scan: Scan) -> list[tuple[str, int]]:
    """The capitalised words of an own name from ``pos`` with where each starts, up to four,
    ending before a place, a title, a compound's dash or a person ("tập đoàn Hòa Phát Trần Đình
    Long"); none when one of them comes first."""
    ref = scan.ref
    run = caps_run(text, pos, 6)  # read past the name's words to see a person start
    names = [w for w, _ in run]
    if names and names[0] in ref.surnames and sum(w[0].isupper() for w in names[1:3]) == 2:
        return []  # a surname and two capitalised words: a person's name
    cut = person_cut(names, ref)
    words: list[tuple[str, int]] = []
    for word, end in run[: min(4, len(run) if cut is None else cut)]:
        start = end - len(word)
        if any(r.match(text, start) for r in (ref.province_re, ref.country_re, ref.city_re, ref.region_re, ref.role_re)):
            break
        if word.endswith("-") or (word[0].isdigit() and ref.counted_after(text, end)):
            break  # "PR- quảng cáo": a compound; "Thái Hòa 40 triệu": a quantity after the name
        words.append((word, start))
    return words


def party_committees(scan: Scan) -> list[Candidate]:
    """ "Ban Cán sự đảng Kiểm toán Nhà nước", "HĐQT Tập đoàn X": the Party committee or the board
    inside the body named right after it."""
    pats = scan.pats
    starts = {c.start: c for c in scan.found if c.body.id and c.priority >= Priority.REFERENCE}
    named = {c.start: c for c in scan.found if c.body.id and c.priority >= Priority.GENERIC}
    out: list[Candidate] = []
    alone: list[re.Match[str]] = []
    for m in pats.party_of.finditer(scan.text):
        head = normalize(m.group(1))
        inner = (named if head in pats.boards else starts).get(m.end())
        if inner is None:
            alone.append(m)
        elif inner.body.id not in pats.no_committees:
            if head in pats.boards:
                body, end = _board(scan, m, head, inner), inner.end
            else:
                body, end = _committee(scan, m, head, inner)
            if any(c.start == m.start() and c.end == end and c.priority == Priority.LOCAL for c in scan.found):
                continue  # "Ban Chấp hành Đảng bộ tỉnh X" is the long name of Tỉnh ủy X, found already
            out.append(Candidate(m.start(), end, body, Priority.COMMITTEE))
    out.extend(_alone_committees(scan, [*scan.found, *out], alone))
    return out


def _board(scan: Scan, m: re.Match[str], head: str, inner: Candidate) -> Body:
    """The board of a bank or company: a body inside it."""
    name = f"{scan.pats.boards[head]} {inner.body.name}"
    surface = normalize(PARENTHESIS.sub("", scan.text[m.start() : inner.end]))  # "HĐQT (HĐQT) X" written once
    return scan.ref.find_body(name) or Body(slug(name), name, (surface,), inner.body.kind, inner.body.id)


def _committee(scan: Scan, m: re.Match[str], head: str, inner: Candidate) -> tuple[Body, int]:
    """The Party committee of a body, under its canonical head, or the body's own elected organ
    ("Ban Chấp hành", "Đoàn Chủ tịch", "Ban Trị sự"), and where its name ends; a standing
    committee's parent is the body's Party committee. A national body's own organ followed by a
    province is that province's ("Ban Trị sự Giáo hội Phật giáo Việt Nam TP Hà Nội")."""
    rule = scan.pats.committees[head]
    name = f"{normalize(rule['name'])} {inner.body.name}"
    existing = scan.ref.find_body(name)
    if existing:
        return existing, inner.end
    end = inner.end
    if rule.get("own"):  # the body's own elected organ: "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam"
        gap = _GAP.match(scan.text, end) if inner.body.name.endswith(scan.pats.home) else None
        prov = scan.pats.province_at(scan.text, gap.end()) if gap else None
        if prov is not None and (province := scan.ref.province(prov[1])) is not None:
            name, end = f"{name} {province.full}", prov[0]
        return Body(slug(name), name, (normalize(scan.text[m.start() : end]),), inner.body.kind, inner.body.id), end
    parent = slug(f"{normalize(rule['within'])} {inner.body.name}") if rule.get("within") else None
    return Body(slug(name), name, (normalize(scan.text[m.start() : end]),), "PartyOrgan", parent), end


def _alone_committees(scan: Scan, found: list[Candidate], alone: list[re.Match[str]]) -> list[Candidate]:
    """ "Ban Thường vụ Đảng ủy" alone: the standing committee of the one Party committee named."""
    owners = {c.body.id: c.body for c in found if c.body.name.startswith(scan.pats.owner)}
    if len(owners) != 1:
        return []
    owner = next(iter(owners.values()))
    out = []
    for m in alone:
        head = normalize(m.group(1))
        rule = scan.pats.committees.get(head)
        if rule and rule.get("alone"):
            name = normalize(rule["alone"]).format(owner=owner.name)
            body = scan.ref.find_body(name) or Body(slug(name), name, (head,), "PartyOrgan", owner.id)
            out.append(Candidate(m.start(), m.start() + len(m.group(1)), body, Priority.COMMITTEE))
    return out


def committee_organs(scan: Scan) -> list[Candidate]:
    """ "Ủy ban Kiểm tra Tỉnh ủy X", "Văn phòng Huyện ủy Y": an organ of the Party committee named
    right after it."""
    text, ref = scan.text, scan.ref
    committees = {
        c.start: c for c in scan.found if c.body.id and c.body.kind == "PartyOrgan" and c.priority >= Priority.REFERENCE
    }
    out = []
    for m in scan.pats.organ_of.finditer(text):
        gap = _GAP.match(text, m.end())
        inner = committees.get(gap.end()) if gap else None
        if inner is None or inner.body.name.startswith(scan.pats.no_organs):
            continue
        surface = normalize(text[m.start() : inner.end])
        name = f"{ref.expand(m.group(0))} {inner.body.name}"
        body = ref.find_body(name) or Body(slug(name), name, (surface,) if surface != name else (), "PartyOrgan", inner.body.id)
        out.append(Candidate(m.start(), inner.end, body, Priority.COMMITTEE, inner.province))
    return out
