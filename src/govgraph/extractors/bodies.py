"""Bodies: the reference organs of Party and state by name, alias or abbreviation;
provincial bodies by pattern ("UBND tỉnh X", "HĐND TP X", "Tỉnh ủy X", "Sở Y tỉnh X");
foreign organs ("Bộ Ngoại giao Hàn Quốc", "Hạ viện Australia"); Party committees of
a body ("Ban Cán sự đảng Kiểm toán Nhà nước"); and other named bodies by head noun."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..document import ORG, Document
from ..reference import Body, Province, Reference, alternation, load_reference, local_body
from ..text import key, normalize, slug
from .registry import register

# Head nouns of organisation names and how the name after them runs: "lower" lets lower-case
# words come before the capitalised part ("Ban Chỉ đạo phòng thủ dân sự Quốc gia"), "noun" lets
# lower-case nouns follow it ("Vụ Tổ chức cán bộ"), "caps" takes capitalised words only, "bridge" takes
# lower-case nouns only between capitalised words ("Công ty TNHH Sản xuất phần mềm VinHMS").
HEADS = {
    "Ban Chỉ đạo": "lower",
    "Ban chỉ đạo": "lower",
    "Ban Chỉ huy": "lower",
    "Ban chỉ huy": "lower",
    "Ủy ban": "lower",
    "Hội đồng": "lower",
    "Ngân hàng": "noun",
    "Trung tâm": "noun",
    "Tổng cục": "noun",
    "Cục": "noun",
    "Vụ": "noun",
    "Viện": "noun",
    "Văn phòng": "noun",
    "Hiệp hội": "noun",
    "Hội": "noun",
    "Ban": "noun",
    "Học viện": "caps",
    "ĐH": "caps",
    "ĐHQG": "caps",
    "UBKT": "caps",
    "UB": "lower",
    "Bệnh viện": "caps",
    "Liên đoàn": "caps",
    "Tổng Liên đoàn": "caps",
    "Trường": "caps",
    "Đại học": "caps",
    "Tập đoàn": "bridge",
    "Tổng công ty": "bridge",
    "Công ty": "bridge",
    "Quân khu": "caps",
    "Quân đoàn": "caps",
    "Bộ Tư lệnh": "caps",
    "Bộ Chỉ huy": "caps",
    "Bộ": "caps",
    "Đài": "caps",
    "Tòa án": "caps",
}
# Names that are a committee of some body, not a body by themselves.
INCOMPLETE = {"Ban Chấp hành", "Ban Thường vụ", "Ban Thường", "Ban Chỉ đạo", "Ban Tổ chức", "Hội đồng"}
# Committees named after the body they belong to: "Ban Cán sự đảng <body>", "HĐQT <body>".
PARTY_OF = (
    "Ban Chấp hành Đảng ủy",
    "Ban Thường vụ Đảng ủy",
    "Ban Cán sự đảng",
    "Ban cán sự đảng",
    "Ban Cán sự Đảng",
    "Đảng ủy",
    "Đảng đoàn",
    "Hội đồng quản trị",
    "HĐQT",
    "Hội đồng thành viên",
    "Ban Kiểm soát",
)
BOARDS = {
    "Hội đồng quản trị": "Hội đồng quản trị",
    "HĐQT": "Hội đồng quản trị",
    "Hội đồng thành viên": "Hội đồng thành viên",
    "Ban Kiểm soát": "Ban Kiểm soát",
}
FOREIGN_HEADS = (
    "Ban Chấp hành Trung ương Đảng Cộng sản",
    "Đảng Cộng sản",
    "Bộ Chính trị",
    "Đoàn Thanh niên Cộng sản",
    "Chính phủ",
    "Quốc hội",
    "Nghị viện",
    "Hạ viện",
    "Thượng viện",
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Bộ Ngoại giao",
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Tài chính",
    "Bộ Thương mại",
    "Bộ Y tế",
    "Bộ Nội vụ",
    "Quân đội",
    "Nhà nước",
)
# Bare heads of a chamber that refer to a foreign one named elsewhere in the article.
BARE_FOREIGN = ("Hạ viện", "Thượng viện", "Nghị viện")
CONNECTORS = {"và", "-", "&"}
LOCAL = {
    "ubnd": r"(?:Ủy ban nhân dân|UBND)",
    "hdnd": r"(?:Hội đồng nhân dân|HĐND)",
    "delegation": r"(?:Đoàn [Đđ]ại biểu Quốc hội|Đoàn ĐBQH)",
    "police": r"Công an",
    "court": r"(?:Tòa án nhân dân|TAND)",
    "procuracy": r"(?:Viện [Kk]iểm sát nhân dân|VKSND)",
}
KIND_WORD = r"(?:(?:tỉnh|thành phố|Thành phố|TP\.?)\s*)?"
STOP_WORDS = {"của", "tại", "về", "với", "cho", "trong", "là", "đã", "được", "sẽ", "và", "kiêm", "sau", "trước"}


@dataclass
class Candidate:
    start: int
    end: int
    body: Body
    priority: int
    province: Province | None = None
    bare: str | None = None  # kind of a bare local body waiting for its province


class Patterns:
    """Regexes built once from the reference data."""

    def __init__(self, ref: Reference) -> None:
        prov = "|".join(re.escape(n) for n in sorted(ref.province_names, key=len, reverse=True))
        self.local = {
            kind: re.compile(rf"(?<!\w){head}\s+{KIND_WORD}({prov})(?!\w)", re.I if kind == "police" else 0)
            for kind, head in LOCAL.items()
        }
        self.party = re.compile(rf"(?<!\w)(Ban Thường vụ\s+)?(?:Tỉnh ủy|Thành ủy)\s+{KIND_WORD}({prov})(?!\w)")
        units = ref.local["units"]
        organs = {normalize(f): o for o in ref.local["organs"] for f in o["forms"]}
        self.unit_organs = organs
        self.unit_party = {normalize(h): u for h, u in ref.local["party_heads"].items()}
        self.units = re.compile(
            rf"(?<!\w)({'|'.join(map(re.escape, sorted(organs, key=len, reverse=True)))})\s+({'|'.join(map(re.escape, units))})\s+"
            rf"|(?<!\w)({'|'.join(map(re.escape, self.unit_party))})\s+(?=[^\W\d_])"
        )
        self.party_long = re.compile(rf"(?<!\w)Ban Chấp hành Đảng bộ\s+{KIND_WORD}({prov})(?!\w)")
        sectors = sorted({normalize(b.name[3:]) for b in ref.bodies.values() if b.name.startswith("Bộ ")}, key=len, reverse=True)
        sectors += ["Ngoại vụ", "Văn hóa và Thể thao", "Du lịch", "Lao động - Thương binh và Xã hội"]
        self.department = re.compile(
            rf"(?<!\w)Sở\s+({'|'.join(re.escape(s) for s in sectors)})\s+{KIND_WORD}({prov})(?!\w)", re.I
        )
        self.bare = re.compile(
            r"(?<!\w)(?:(Ban Thường vụ\s+)?(Tỉnh ủy|Thành ủy)|(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(tỉnh|thành phố|TP))(?!\w|\.\w)"
        )
        self.foreign = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, FOREIGN_HEADS))})\s+({ref.country_re.pattern})")
        self.bare_foreign = alternation(list(BARE_FOREIGN))
        self.organ_of = alternation(list(ref.committee_organs))
        self.party_of = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, PARTY_OF))})\s+")
        self.heads = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, sorted(HEADS, key=len, reverse=True)))})\s+(?=\S)")
        # a head written in lower case right after a title: "Giám đốc bệnh viện Bạch Mai"
        lower = sorted({h.lower() for h in HEADS if h not in ("Bộ", "Hội")}, key=len, reverse=True)
        self.lower_heads = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, lower))})\s+(?=[^\W\d_])")
        self.title_before = re.compile(rf"(?:{ref.role_re.pattern})[ \t]+$", re.IGNORECASE)
        self.title_ending = re.compile(rf"(?:{ref.role_re.pattern})$", re.IGNORECASE)


_patterns: Patterns | None = None


def patterns() -> Patterns:
    global _patterns
    if _patterns is None:
        _patterns = Patterns(load_reference())
    return _patterns


@register("bodies", adds=(ORG,))
def extract_bodies(doc: Document) -> None:
    """Add an ORG mention, with its resolved ``body``, for each body named in the text."""
    ref = load_reference()
    pats = patterns()
    text = doc.text
    found: list[Candidate] = []
    for kind, regex in pats.local.items():
        for m in regex.finditer(text):
            prov = ref.province(m.group(1))
            if prov:
                found.append(Candidate(m.start(), m.end(), local_body(kind, prov), 5, prov))
    for m in pats.party.finditer(text):
        prov = ref.province(m.group(2))
        if prov:
            found.append(Candidate(m.start(), m.end(), local_body("standing" if m.group(1) else "party", prov), 5, prov))
    for m in pats.party_long.finditer(text):
        prov = ref.province(m.group(1))
        if prov:
            found.append(Candidate(m.start(), m.end(), local_body("party", prov), 5, prov))
    found.extend(_local_units(text, ref, pats))
    for m in pats.department.finditer(text):
        prov = ref.province(m.group(2))
        sector = _sector_name(ref, m.group(1))
        if prov:
            found.append(Candidate(m.start(), m.end(), local_body("department", prov, sector), 5, prov))
    for m in pats.bare.finditer(text):
        kind = (
            "standing"
            if m.group(1)
            else "party"
            if m.group(2)
            else ("ubnd" if m.group(3) in ("UBND", "Ủy ban nhân dân") else "hdnd")
        )
        city = bool(m.group(2) == "Thành ủy" or (m.group(4) and m.group(4) != "tỉnh"))
        found.append(Candidate(m.start(), m.end(), Body("", m.group(0)), 3, bare=f"{kind}:{'city' if city else 'province'}"))
    for m in ref.body_re.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        if m.group(0) == "Đảng" and re.match(r"\s+(?:ủy|uỷ|bộ|đoàn|viên|ta)\b", text[m.end() : m.end() + 6]):
            continue  # "Đảng ủy", "Đảng bộ": not the Party itself
        body = ref.find_body(m.group(0))
        if body is not None and body.kind == "Press" and _credit(text, m.start(), m.end()):
            continue
        body = ref.find_body(m.group(0))
        if body:
            found.append(Candidate(m.start(), m.end(), body, 4))
    for m in pats.foreign.finditer(text):
        country = ref.country(m.group(2))
        if not country:
            continue
        if country == "Việt Nam":
            body = ref.find_body(f"{m.group(1)} Việt Nam")
            if body:
                found.append(Candidate(m.start(), m.end(), body, 6))
            continue
        name = f"{m.group(1)} {country}"
        found.append(
            Candidate(m.start(), m.end(), Body(slug(name), name, (m.group(0),) if m.group(0) != name else (), "ForeignBody"), 6)
        )
    found.extend(_generic(doc, ref, pats, {c.start for c in found if c.priority >= 4}))
    found.extend(_party_committees(doc, ref, pats, found))
    found.extend(_committee_organs(doc.text, ref, pats, found))
    found = [c for c in found if not re.search(r"(?<!\w)Nhà\s+$", text[max(0, c.start - 5) : c.start])]
    chosen = _resolve_overlaps(found)
    chosen.extend(_nested(text, ref, chosen, found))
    _resolve_bare(doc, ref, chosen)
    provinces = Counter(c.province.name for c in chosen if c.province)
    if provinces:
        doc.province = provinces.most_common(1)[0][0]
    _resolve_bare_foreign(doc, pats, chosen)
    for cand in sorted(chosen, key=lambda c: c.start):
        if cand.body.id:
            doc.add(ORG, cand.start, cand.end, body=cand.body, id=cand.body.id)


_NEXT_WORD = re.compile(r"[ \t]*([^\s,.;:()\"]+)")


def caps_run(text: str, pos: int, most: int = 5) -> list[tuple[str, int]]:
    """The capitalised words (or numbers) from ``pos`` on, each with the offset where it ends."""
    out: list[tuple[str, int]] = []
    while len(out) < most:
        m = _NEXT_WORD.match(text, pos)
        if not m or not (m.group(1)[0].isupper() or m.group(1).isdigit()) or (out and m.start(1) == pos):
            break
        out.append((m.group(1), m.end()))
        pos = m.end()
    return out


def _local_units(text: str, ref: Reference, pats: Patterns) -> list[Candidate]:
    """Bodies of districts, towns, communes and wards ("UBND huyện Krông Nô", "Huyện ủy Lý
    Nhân"): an organ, a unit word and the unit's name, which ends before a person's name."""
    out = []
    for m in pats.units.finditer(text):
        run = caps_run(text, m.end())
        if not run:
            continue
        words = [w for w, _ in run]
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i and w in ref.surnames and w not in ref.middle_names and 2 <= len(words) - i <= 4
            ),
            None,
        )
        if cut is None and words[0] in ref.surnames and len(words) >= 3:
            continue  # "Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn": a person follows the bare unit
        words = words[: cut or 3]
        end = run[len(words) - 1][1]
        place = " ".join(words)
        if ref.province(place) and m.group(2) != "huyện":
            continue  # "UBND thành phố Hà Nội": a province's body, found by its own pattern
        if m.group(3):
            name = f"{normalize(m.group(3))} {place}"
            out.append(Candidate(m.start(), end, Body(slug(name), name, (), "PartyOrgan"), 5))
            continue
        organ = pats.unit_organs[normalize(m.group(1))]
        unit = f"{m.group(2)} {place}"
        name = f"{organ['name']} {unit}"
        aliases = (f"{organ['abbr']} {unit}",) if organ.get("abbr") else ()
        out.append(Candidate(m.start(), end, Body(slug(name), name, aliases, organ["kind"]), 5))
    return out


def _sector_name(ref: Reference, surface: str) -> str:
    body_id = ref.sectors.get(key(surface))
    return ref.bodies[body_id].name[3:] if body_id else normalize(surface)


def _party_committees(doc: Document, ref: Reference, pats: Patterns, found: list[Candidate]) -> list[Candidate]:
    """ "Ban Cán sự đảng Kiểm toán Nhà nước": the Party committee inside a named body."""
    out = []
    starts = {c.start: c for c in found if c.body.id and c.priority >= 4}
    named = {c.start: c for c in found if c.body.id and c.priority >= 2}
    bare: list[re.Match[str]] = []
    for m in pats.party_of.finditer(doc.text):
        inner = (named if normalize(m.group(1)) in BOARDS else starts).get(m.end())
        if inner is None:
            bare.append(m)
            continue
        if inner.body.id in ("ban-chap-hanh-trung-uong-dang", "dang-cong-san-viet-nam"):
            continue
        head = normalize(m.group(1))
        if head in BOARDS:  # the board of a bank or company: a body inside it
            name = f"{BOARDS[head]} {inner.body.name}"
            body = ref.find_body(name) or Body(
                slug(name), name, (normalize(doc.text[m.start() : inner.end]),), inner.body.kind, inner.body.id
            )
            out.append(Candidate(m.start(), inner.end, body, 7))
            continue
        canonical_head = {"Ban cán sự đảng": "Ban Cán sự Đảng", "Ban Cán sự đảng": "Ban Cán sự Đảng"}.get(head, head)
        if canonical_head == "Ban Chấp hành Đảng ủy":
            canonical_head = "Đảng ủy"
        name = f"{canonical_head} {inner.body.name}"
        existing = ref.find_body(name)
        if existing:
            body = existing
        else:
            parent = None
            if canonical_head == "Ban Thường vụ Đảng ủy":
                parent = slug(f"Đảng ủy {inner.body.name}")
            body = Body(slug(name), name, (normalize(doc.text[m.start() : inner.end]),), "PartyOrgan", parent)
        out.append(Candidate(m.start(), inner.end, body, 7))
    # "Ban Thường vụ Đảng ủy" alone: the standing committee of the one Party committee named
    owners = {c.body.id: c.body for c in [*found, *out] if c.body.name.startswith("Đảng ủy ")}
    if len(owners) == 1:
        owner = next(iter(owners.values()))
        for m in bare:
            head = normalize(m.group(1))
            if head in ("Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng ủy"):
                name = owner.name if head == "Ban Chấp hành Đảng ủy" else f"Ban Thường vụ {owner.name}"
                body = ref.find_body(name) or Body(slug(name), name, (head,), "PartyOrgan", owner.id)
                out.append(Candidate(m.start(), m.start() + len(m.group(1)), body, 7))
    return out


def _committee_organs(text: str, ref: Reference, pats: Patterns, found: list[Candidate]) -> list[Candidate]:
    """ "Ủy ban Kiểm tra Tỉnh ủy X", "Văn phòng Huyện ủy Y": an organ of the Party committee named
    right after it."""
    committees = {c.start: c for c in found if c.body.id and c.body.kind == "PartyOrgan" and c.priority >= 4}
    out = []
    for m in pats.organ_of.finditer(text):
        gap = re.match(r"[ \t]+", text[m.end() :])
        inner = committees.get(m.end() + gap.end()) if gap else None
        if inner is None or inner.body.name.startswith(("Ban ", "Ủy ban ")):
            continue
        surface = normalize(text[m.start() : inner.end])
        name = f"{ref.expand(m.group(0))} {inner.body.name}"
        body = ref.find_body(name) or Body(slug(name), name, (surface,) if surface != name else (), "PartyOrgan", inner.body.id)
        out.append(Candidate(m.start(), inner.end, body, 7, inner.province))
    return out


def _generic(doc: Document, ref: Reference, pats: Patterns, known: set[int]) -> list[Candidate]:
    """Named bodies not in the reference data: a head noun and a capitalised name."""
    out = []
    text = doc.text
    inner = {
        t.start + syllable.start()
        for t in doc.tokens
        if t.text[:1].isupper()
        for syllable in list(re.finditer(r"\S+", t.text))[1:]
    }
    nouns = NounCheck(doc)
    titled = [
        m
        for m in pats.lower_heads.finditer(text)
        if pats.title_before.search(text, max(0, m.start() - 40), m.start())
        or pats.title_ending.search(text, max(0, m.start() - 40), m.end(1))  # "Trưởng ban Kiểm soát"
    ]
    for m in [*pats.heads.finditer(text), *titled]:
        head = m.group(1)
        if m.start() in known or (head[0].islower() and (m.re is pats.heads or not text[m.end() : m.end() + 1].isupper())):
            continue
        if _byline(text, m.start()) or _inside_proper_name(text, m, ref, pats):
            continue
        if head in ("Trường", "trường") and not _school_follows(text, m.end(), ref):
            continue  # "Trường Sa", "Trường Giang": a place or a person, not a school
        head = head[0].upper() + head[1:]
        end = _name_end(text, m.end(), ref, HEADS[head], known, nouns, inner)
        if end is None:
            continue
        surface = normalize(head + text[m.start() + len(head) : end])
        name = ref.expand(surface)
        if name in INCOMPLETE:
            continue
        existing = ref.find_body(name)
        body = existing or Body(slug(name), name, (surface,) if surface != name else (), "GovernmentBody")
        out.append(Candidate(m.start(), end, body, 2))
    return out


_WORD = re.compile(r"[^\s,.;:()\"'!?]+")


class NounCheck:
    """``offset in nouns``: the word there is a lower-case noun or adjective (tags on demand)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def __contains__(self, offset: int) -> bool:
        word = self.doc.text[offset : offset + 1]
        return bool(word) and not word.isupper() and self.doc.pos_of(offset) in ("N", "Np", "Nc", "A")


def _name_end(text: str, pos: int, ref: Reference, style: str, known: set[int], nouns: NounCheck, inner: set[int]) -> int | None:
    """Where the name after a head noun ends: a run of capitalised words (or numbers)."""
    end = None
    lower_run = 0
    joined = False  # after "và": the next word must be capitalised
    i = pos
    while True:
        m = _WORD.match(text, i)
        if not m:
            break
        word = m.group(0)
        if end is not None and (m.start() in known or ref.term_re.match(text, m.start())):
            break  # another body, or the term: "HĐQT X nhiệm kỳ 2018-2023"
        if joined and not (word[0].isupper() or word[0].isdigit()):
            break
        joined = word in CONNECTORS
        province = ref.province_re.match(text, m.start())
        if province and "." in province.group(0) and end is not None:
            end = province.end()  # "TP.HCM" at the end of a name
            lower_run = 0
            m = province
        elif word[0].isdigit() and ref.counted_after(text, m.end()):
            break  # "2 năm sau": a quantity after the name
        elif word[0].isupper() or word[0].isdigit():
            if ref.role_re.match(text, m.start()) and ref.role_re.match(text, m.start()).group(0)[0].isupper():
                break
            if (
                end is not None
                and word in ref.surnames
                and _looks_like_name(text, m.end())
                and not ref.province_re.match(text, m.start())
                and not _school_name_follows(text[pos : m.start()], ref)
                and _person_starts(text, m.end(), ref)
            ):
                break
            end = m.end()
            lower_run = 0
        elif word in CONNECTORS and end is not None:
            pass
        elif end is not None and m.start() in inner and word not in STOP_WORDS:
            end = m.end()  # the rest of a capitalised word: "Ngoại giao" in "Học viện Ngoại giao"
        elif style == "lower" and end is None and word not in STOP_WORDS and lower_run < 4:
            lower_run += 1
        elif (
            style == "bridge"
            and end is not None
            and word not in STOP_WORDS
            and word not in ref.counted_words
            and lower_run < 2
            and m.start() in nouns
        ):
            lower_run += 1  # "Công ty TNHH Sản xuất phần mềm VinHMS": kept only when a capitalised word follows
        elif (
            style not in ("caps", "bridge")
            and end is not None
            and m.start() in nouns
            and word not in STOP_WORDS
            and lower_run < 3
        ):
            end = m.end()  # a lower-case noun continues the name ("Vụ Tổ chức cán bộ")
            lower_run += 1
        else:
            break
        gap = re.match(r"[ \t]+|\s?-\s?", text[m.end() :])
        if not gap:
            break
        i = m.end() + gap.end()
    return end


def _byline(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is only names, as a byline or photo credit is ("Trường
    Thịnh", "Hương Giang - Trường Thịnh"): a head noun there starts a journalist's name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    parts = [p.strip() for p in re.split(r"\s[-–/]\s|,\s|\svà\s", line)]
    return 0 < len(line.split()) <= 10 and all(_is_name(p) for p in parts)


def _is_name(part: str) -> bool:
    """One to four capitalised words of letters only ("Trường Thịnh", "Ánh Dương")."""
    words = part.split()
    return 0 < len(words) <= 4 and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]$")


def _inside_proper_name(text: str, m: re.Match[str], ref: Reference, pats: Patterns) -> bool:
    """A head noun that is a syllable of a longer proper name: "Ban" in "Tây Ban Nha", "Đài"
    in "Cao Đài Tây Ninh", "Trường" in "Nguyễn Trường Giang", and places such as "Đài Loan"."""
    if any(r.match(text, m.start()) for r in (ref.region_re, ref.country_re, ref.city_re)):
        return True
    prev = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
    if prev is None or not prev.group(1)[0].isupper() or not prev.group(1)[1:].islower():
        return False
    return not pats.title_ending.search(text, max(0, m.start() - 40), m.start() + len(m.group(1)))


def _school_follows(text: str, pos: int, ref: Reference) -> bool:
    """ "Trường" names a school only before a level or kind of school ("Trường Tiểu học", "Trường THPT")."""
    run = caps_run(text, pos, 1)
    if not run:
        return False
    first = run[0][0]
    ahead = text[pos : pos + 24]
    return first.isupper() or ref.expand(first) != first or any(ahead.startswith(level) for level in ref.school_levels)


def _school_name_follows(prefix: str, ref: Reference) -> bool:
    """After "Trường ĐH", "Trường Tiểu học" a school's name comes, often a person's ("Trường
    Tiểu học Kim Đồng"): no person's name starts there."""
    words = prefix.split()
    return all(w.isupper() for w in words) or " ".join(w for w in words if not w.isupper()) in ref.school_levels


def _person_starts(text: str, pos: int, ref: Reference) -> bool:
    """Whether the surname that ends at ``pos`` starts a person's name: two capitalised words
    follow, and the next is not a surname that starts the name itself ("Bạch Mai Nguyễn Quang
    Tuấn": the name starts at "Nguyễn")."""
    run = [w for w, _ in caps_run(text, pos, 4)]
    if len(run) < 2:
        return False
    return not (run[0] in ref.surnames and run[0] not in ref.middle_names and len(run) >= 3)


def _looks_like_name(text: str, pos: int) -> bool:
    """True when a capitalised word follows at ``pos`` (a surname starting a name)."""
    m = re.match(r"\s+([^\s,.;:()]+)", text[pos:])
    return bool(m and m.group(1)[0].isupper())


def _nested(text: str, ref: Reference, chosen: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """Bodies named inside a longer name: the parent in "Ủy ban Thường vụ Quốc hội", the last
    part of "Ban chỉ huy phòng thủ dân sự Quân khu 5"."""
    out: list[Candidate] = []
    for outer in chosen:
        if outer.body.kind == "ForeignBody" or not outer.body.id:
            continue
        parent = ref.bodies.get(outer.body.parent or "")
        if parent is None:  # a body found in this text, named inside the longer name
            parent = next((c.body for c in found if c.body.id and c.body.id == outer.body.parent and outer.start < c.start), None)
        if parent is None and outer.province is not None:
            parent = next(
                (b for b in (local_body(k, outer.province) for k in ("party", "ubnd")) if b.id == outer.body.parent), None
            )
        if parent is not None:
            for name in sorted((n for n in (parent.name, *parent.aliases) if " " in n), key=len, reverse=True):
                at = text.find(name, outer.start + 1, outer.end)
                if (
                    at > outer.start
                    and text[at - 1] == " "
                    and (at + len(name) == outer.end or not text[at + len(name)].isalnum())
                ):
                    out.append(Candidate(at, at + len(name), parent, 3, outer.province))
                    break
        for inner in found:
            if inner is outer or not inner.body.id or inner.body.id == outer.body.id:
                continue
            if not (outer.start < inner.start and inner.end <= outer.end):
                continue
            is_parent = inner.body.id == outer.body.parent
            is_tail = (
                outer.priority == 2
                and inner.end == outer.end
                and inner.priority >= 2
                and outer.body.name.split(" ", 1)[-1] != inner.body.name  # "Trường Đại học X" is "Đại học X"
            )
            if (is_parent or is_tail) and all(o.body.id != inner.body.id or o.start != inner.start for o in out):
                out.append(inner)
    return out


def _credit(text: str, start: int, end: int) -> bool:
    """A news agency named as the source of an article or photo ("(TTXVN)", "Ảnh: X/TTXVN")."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return before in ("(", "/") and (after in (")", "", "\n") or before == "/")


def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where they overlap (the higher priority on ties)."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(c.end <= cand.start or cand.end <= c.start for c in chosen):
            chosen.append(cand)
    return chosen


def _resolve_bare(doc: Document, ref: Reference, chosen: list[Candidate]) -> None:
    """ "UBND tỉnh", "Tỉnh ủy": the province of the article's other local bodies or places."""
    bare = [c for c in chosen if c.bare]
    if not bare:
        return
    counts: Counter[str] = Counter(c.province.name for c in chosen if c.province)
    if not counts:
        for m in ref.province_re.finditer(doc.text):
            prov = ref.province(m.group(0))
            if prov:
                counts[prov.name] += 1
    for cand in bare:
        kind, scope = cand.bare.split(":")
        options = [name for name, _ in counts.most_common() if (ref.province(name).is_city) == (scope == "city")]
        chosen.remove(cand)
        if options:
            prov = ref.province(options[0])
            body = local_body(kind, prov)
            surface = normalize(doc.text[cand.start : cand.end])
            body = Body(body.id, body.name, (*body.aliases, surface), body.kind, body.parent)
            chosen.append(Candidate(cand.start, cand.end, body, 1, prov))


def _resolve_bare_foreign(doc: Document, pats: Patterns, chosen: list[Candidate]) -> None:
    """ "Hạ viện" alone: the foreign chamber of that name found elsewhere in the article, else the
    chamber of the foreign country the article speaks of most."""
    ref = load_reference()
    named = {
        " ".join(c.body.name.split()[:2]): c.body for c in chosen if c.body.kind == "ForeignBody" and len(c.body.name.split()) > 2
    }
    countries: Counter[str] = Counter()
    for m in ref.country_re.finditer(doc.text):
        name = ref.country(m.group(0))
        if name and name != "Việt Nam":
            countries[name] += 1
    for m in pats.bare_foreign.finditer(doc.text):
        if not all(c.end <= m.start() or m.end() <= c.start for c in chosen):
            continue
        body = named.get(m.group(0))
        if body is None and countries:
            name = f"{m.group(0)} {countries.most_common(1)[0][0]}"
            body = Body(slug(name), name, (), "ForeignBody")
        if body is not None:
            chosen.append(Candidate(m.start(), m.end(), Body(body.id, body.name, (*body.aliases, m.group(0)), body.kind), 3))
