"""Role titles in a sentence and the body each names.

A title ("Bộ trưởng", "Chủ tịch", "Đại sứ") is read with what follows it: a body already
found ("Bộ trưởng Bộ Ngoại giao"), a sector ("Bộ trưởng Nội vụ"), a province ("Chủ tịch
tỉnh Quảng Nam"), a country ("Thủ tướng Australia") or the province's delegation to the
National Assembly; else the body the title implies ("Thủ tướng": the Government). The
words come from ``roles.json``, ``cues.json`` and ``places.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..document import ORG, PLACE, Document, Mention
from ..lexicon import alternatives, entry, wordset
from ..reference import Body, Reference, RoleDef, alternation, load_reference, local_body
from ..text import key, loose_key, normalize, slug, syllable
from .bodies_rules import patterns

_GAP = re.compile(r"[ \t]*")
# a capitalised word of a province's name: Latin capitals, Đ and the accented letters
_PLACE_WORD = r"[A-Z\u0110\u00c0-\u1ef8][\w]*"


@dataclass(frozen=True)
class TitleWords:
    """What titles are read with, compiled once from the data."""

    qualifier: re.Pattern[str]  # "khóa XV", "nhiệm kỳ 2021-2026", "Thường trực"
    delegation: re.Pattern[str]  # "Đại biểu Quốc hội tỉnh (Lạng Sơn)" after a delegation head
    delegation_heads: frozenset[str]
    posted_at: re.Pattern[str]  # " tại " between an envoy's country and the host
    home: str  # the country the news is written in
    counterparts: frozenset[str]  # bodies whose title before a foreign country names its own body
    province_bodies: dict[str, str]  # a role's province value -> the kind of local body it heads
    boards: dict[str, str]  # a board's head noun as written -> its canonical name ("HĐQT")
    company_titles: frozenset[str]  # titles a company's brand may follow ("Tổng Giám đốc")
    executive_titles: frozenset[str]  # a company's own titles, never its board's ("Tổng Giám đốc")
    not_companies: frozenset[str]  # capitalised words after them that are no company
    company_heads: tuple[str, ...]  # head nouns of companies' names ("Tập đoàn"), longest first
    party_organ: re.Pattern[str]  # a bare Party organ before the next title ("Bí thư Đảng ủy, Chủ tịch …")
    party_names: dict[str, str]  # a Party organ as written -> its canonical name ("Ban cán sự đảng")
    party_units: tuple[str, ...]  # units whose Party committee is named after the unit ("Đảng ủy xã X")
    unit_organs: tuple[str, ...]  # organs standing for their unit there ("Ủy ban nhân dân xã X")
    councils: tuple[str, ...]  # councils standing for the body they govern there ("Hội đồng trường"), longest first
    minister_titles: frozenset[str]  # bare titles that take the one ministry an article names ("Thứ trưởng")
    school_titles: frozenset[str]  # bare titles that take the one school an article names ("Hiệu trưởng")
    sole_heads: re.Pattern[str]  # a head noun alone after a title: the article's one such body ("Giám đốc Bệnh viện")
    party_members: dict[str, str]  # a member's title -> the Party organ it names ("Đảng ủy viên": "Đảng ủy")
    bare_party_bodies: frozenset[str]  # organs of a Party committee named without it ("Ban Thường vụ Đảng ủy")
    foreign_bare: frozenset[str]  # bare titles before a foreign name that take the article's foreign country
    state_heads: frozenset[str]  # a province's head's titles that before a foreign country are its head of state
    envoys: frozenset[str]  # envoys' titles: bare before a Vietnamese name, the home country's
    town_unit: re.Pattern[str]  # "TP ", "thị xã " before a town's name: "Chủ tịch TP Hội An"
    town_words: dict[str, str]  # a town's unit word as written -> in full ("TP" -> "thành phố")
    party_heads: dict[str, str]  # a district's Party committee's head -> its unit ("Huyện ủy": "huyện")
    party_organ_name: str  # the Party committee of a commune or ward ("Đảng ủy")


@cache
def title_words() -> TitleWords:
    """The title patterns built from ``roles.json``, ``cues.json`` and ``places.json``."""

    def alt(field: str) -> str:
        return alternatives("roles", field)

    numbered, years = alt("term_numbered"), alt("term_years")
    return TitleWords(
        qualifier=re.compile(
            rf"(?i)(?<!\w)({numbered} [IVXLC]+|{numbered} \d+|{years} \d{{4}}\s?-\s?\d{{4}}|{alt('qualifiers')})(?!\w)"
        ),
        delegation=re.compile(rf"{alt('delegation.members')}\s+{alt('delegation.places')}(?:\s+((?:{_PLACE_WORD}\s?){{1,4}}))?"),
        delegation_heads=wordset("roles", "delegation.heads"),
        posted_at=re.compile(rf" {alternatives('cues', 'posted_at')} "),
        home=normalize(entry("places", "home_country")),
        counterparts=frozenset(entry("roles", "foreign_counterparts")),
        province_bodies=dict(entry("roles", "province_bodies")),
        boards={normalize(k): normalize(v) for k, v in entry("heads", "boards").items()},
        company_titles=wordset("roles", "company_titles"),
        executive_titles=frozenset(key(t) for t in entry("roles", "executive_titles")),
        not_companies=wordset("roles", "not_companies"),
        party_organ=re.compile(rf"{alt('party_organs')}(?=[ \t]*(?:,|;|\n|\s{alternatives('cues', 'joint')}\s))"),
        party_names={normalize(f): normalize(c["name"]) for c in entry("heads", "committees") for f in c["forms"]},
        party_units=tuple(normalize(u) for u in entry("roles", "party_units.units")),
        unit_organs=tuple(normalize(o) for o in entry("roles", "party_units.organs")),
        councils=tuple(sorted((normalize(c) for c in entry("roles", "party_units.councils")), key=len, reverse=True)),
        minister_titles=frozenset(key(t) for t in entry("roles", "minister_titles")),
        school_titles=frozenset(key(t) for t in entry("roles", "school_titles")),
        sole_heads=re.compile(rf"[ \t]+({alt('sole_body_heads')})(?!\w)", re.I),
        party_members={key(t): normalize(o) for t, o in entry("roles", "party_member_titles").items()},
        bare_party_bodies=frozenset(key(b) for b in entry("roles", "bare_party_bodies")),
        foreign_bare=frozenset(key(t) for t in entry("roles", "foreign_bare")),
        state_heads=frozenset(key(t) for t in entry("roles", "foreign_heads_of_state")),
        envoys=frozenset(key(t) for t in entry("roles", "envoys")),
        town_unit=re.compile(rf"({'|'.join(map(re.escape, sorted(_town_words(), key=len, reverse=True)))})\.?[ \t]*"),
        town_words=_town_words(),
        party_heads={normalize(k): normalize(v) for k, v in entry("local", "party_heads").items()},
        party_organ_name=normalize(entry("roles", "party_organs")[0]),
        company_heads=tuple(
            sorted((normalize(h) for h, how in entry("heads", "heads").items() if how == "bridge"), key=len, reverse=True)
        ),
    )


def _town_words() -> dict[str, str]:
    """The unit words of towns that are not districts, as written and in full ("TP": "thành
    phố", "thị xã": "thị xã"), from ``local.json``."""
    short = entry("local", "unit_abbreviations")
    full = {u for u in entry("local", "units") if u in short.values()}
    return {**{u: u for u in full}, **short}


@dataclass(frozen=True)
class Title:
    """A title read at some offset: its role, the body it names, how that body was found
    ("org", "sector", "province", "country", or "" when implied or missing), where the title
    words end and where the whole title (body and qualifiers included) ends."""

    role: RoleDef
    body: Body | None
    implied: bool
    role_end: int
    how: str
    end: int

    def value(self) -> dict[str, Any]:
        """The title as a chunk's value."""
        return {"role": self.role, "body": self.body, "implied": self.implied, "role_end": self.role_end, "how": self.how}


def match_title(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> Title | None:
    """The title starting at ``pos`` (ending by ``limit``) with the body it names."""
    text = doc.text
    m = ref.role_re.match(text, pos)
    if not m or m.end() > limit:
        return None
    role = ref.role(m.group(0))
    if role is None or not (
        _capitalised(m.group(0), role)
        or _lower_case_with_body(text, role, m.end(), mentions)
        or _apposed_with_body(text, pos, m.end(), mentions)
        or _former_with_body(text, pos, m.end(), mentions)
    ):
        return None
    if role.needs_body and not _body_follows(text, m.end(), mentions):
        return None
    if _inside_a_word(doc, ref, pos, m.group(0)):
        return None  # "chính quyền Tổng thống": the acting word is the end of another word
    end = m.end()
    inner = [mentions[start] for start in mentions if pos < start < end and mentions[start].label == ORG]
    shared = _shared_head(text, role, pos, end, inner)
    if shared is not None:
        # "Trưởng Ban Tuyên giáo Trung ương": the title's last word is the head of the body's name
        return Title(role, shared.value["body"], False, end, "org", shared.end)
    if inner and not role.body:
        shorter = ref.role_re.match(text[: inner[0].start].rstrip(), pos)
        role = ref.role(shorter.group(0)) if shorter else None
        if shorter is None or role is None:
            return None
        end = shorter.end()
    title = _with_body(doc, ref, role, pos, end, limit, mentions)
    if role.only_bodies and title.body is not None and not title.body.name.startswith(role.only_bodies):
        return None  # "Đại biểu Bộ Y tế": a ministry's envoy to a meeting, no seat
    return title


def _capitalised(title: str, role: RoleDef) -> bool:
    """ "Phó Thủ tướng", and "quyền Vụ trưởng" / "phó Vụ trưởng" written with a small first
    letter; a title that names its body may be all but its body in small letters ("đại biểu
    Quốc hội")."""
    words = title.split()
    if words[0][0].isupper() or (len(words) > 1 and words[1][0].isupper()):
        return True
    return role.names_body and any(w[0].isupper() for w in words)


def _inside_a_word(doc: Document, ref: Reference, pos: int, title: str) -> bool:
    """A title read from the acting word ("quyền") where that syllable ends a longer word; a
    capital letter makes it the title's own ("giữ chức Quyền Giám đốc", not "chức quyền")."""
    if not ref.acting or not key(title).startswith(key(ref.acting) + " ") or title[0].isupper():
        return False
    word = doc.word_at(pos)
    return word is not None and word.start < pos


def _lower_case_with_body(text: str, role: RoleDef, end: int, mentions: dict[int, Mention]) -> bool:
    """ "người phát ngôn Bộ Ngoại giao": a title usually written small, with a body after it."""
    return role.lower_case and _body_follows(text, end, mentions)


# the end of a name and the comma, dash or bracket that sets a title beside it: "Dmitry Trenin, "
_APPOSED = re.compile(r"[A-Z\u0110\u00c0-\u1ef8][^\W\d_]*(?:, | - | – | \()$")


_NAME_NEXT = re.compile(r"[ \t]+[A-Z\u0110\u00c0-\u1ef8][^\W\d_]*")  # a capitalised word right after a title


@cache
def _former_word() -> re.Pattern[str]:
    """ "nguyên ", "cựu " (cues.json former_prefix) right before a title."""
    return re.compile(rf"(?<!\w)(?i:{alternatives('cues', 'former_prefix')})[ \t]+$")


def _apposed_with_body(text: str, pos: int, end: int, mentions: dict[int, Mention]) -> bool:
    """ "Dmitry Trenin, giám đốc Trung tâm Carnegie Moscow": any title written small, set
    beside a name and followed by a body."""
    return _APPOSED.search(text, max(0, pos - 40), pos) is not None and _body_follows(text, end, mentions)


def _former_with_body(text: str, pos: int, end: int, mentions: dict[int, Mention]) -> bool:
    """ "nguyên phó giám đốc Sở Y tế tỉnh X", "cựu chủ tịch xã Y", "cựu thủ tướng Thái Lan": any
    title written small after the word that makes it former, and followed by a body or a place."""
    if _former_word().search(text, max(0, pos - 8), pos) is None:
        return False
    if _body_follows(text, end, mentions):
        return True
    at = _GAP.match(text, end).end()
    after = mentions.get(at)
    if after is None and key(text[pos:end]) in title_words().foreign_bare and _NAME_NEXT.match(text, end):
        return True  # "cựu thủ tướng Yingluck", "cựu ngoại trưởng Condoleezza Rice": a bare head's title, then a name
    return (after is not None and after.label == PLACE) or title_words().town_unit.match(text, at) is not None


def _body_after_of(text: str, at: int, mentions: dict[int, Mention]) -> Mention | None:
    """The body named after "của" at ``at`` ("người phát ngôn của Bộ Ngoại giao"), if one is."""
    of = _OF_BODY.match(text, at)
    owner = mentions.get(of.end()) if of is not None else None
    return owner if owner is not None and owner.label == ORG else None


_OF_BODY = re.compile(r"của[ \t]+")


_UNIT_AFTER = re.compile(r"[ \t]+(?:tỉnh|bang|tiểu bang|thành phố|TP\.?)[ \t]+[A-Z\u0110\u00c0-\u1ef8]")


def _place_after(text: str, end: int, mentions: dict[int, Mention]) -> bool:
    """True when a place, or a unit word and a name ("tỉnh Mae Hong Son"), follows the title."""
    after = mentions.get(_GAP.match(text, end).end())
    return (after is not None and after.label == PLACE) or _UNIT_AFTER.match(text, end) is not None


def _body_follows(text: str, end: int, mentions: dict[int, Mention]) -> bool:
    """A body's name (maybe after "của"), or a board's head noun ("HĐQT"), right after ``end``."""
    at = _GAP.match(text, end).end()
    after = mentions.get(at)
    if (after is not None and after.label == ORG) or _body_after_of(text, at, mentions) is not None:
        return True
    return any(re.match(rf"{re.escape(b)}(?!\w)", text[at:]) for b in title_words().boards)


def _with_body(
    doc: Document, ref: Reference, role: RoleDef, pos: int, end: int, limit: int, mentions: dict[int, Mention]
) -> Title:
    """The title ending at ``end`` completed with its body and the qualifiers after it."""
    text = doc.text
    body, body_end, how = _body_for_role(doc, ref, role, end, mentions)
    qualified = _qualifier_after(text, end, limit) if not how else None
    if qualified is not None:  # "Bí thư Thường trực BCH Trung ương Đoàn": the body after the qualifier
        after = _body_for_role(doc, ref, role, qualified, mentions)
        if after[2]:
            body, body_end, how = after
    # "Thống đốc tỉnh Mae Hong Son", "Thống đốc Nam Kỳ": a place after the title names an
    # office of that place, never the home body the bare title implies
    implied = body is None and bool(role.body) and how == "" and not _place_after(text, end, mentions)
    if implied:
        body = ref.bodies.get(role.body or "")
    stop = body_end if how else end
    if how == "org" and body is not None and body.reference:
        stop = _home_after(text, stop)
    if how:
        stop = _abbreviation_after(text, stop)
    # qualifiers after the body ("khóa XV", "nhiệm kỳ 2021-2026") stay out of its name
    return Title(role, body, implied, end, how, _qualifier_after(text, stop, limit) or stop)


# a body's abbreviation in brackets after its name: "(KH&CN)", "(LĐ-TB&XH)", "(CDC)"
_ABBREVIATION = re.compile(r" \((?=[^\s()]*[A-Z\u0110])[^\s()a-z]{2,12}\)(?=\s)")


def _abbreviation_after(text: str, stop: int) -> int:
    """ "Bộ trưởng Bộ Khoa học và Công nghệ (KH&CN) Huỳnh Thành Đạt": the body's abbreviation
    in brackets belongs to the title (the person's name follows it)."""
    m = _ABBREVIATION.match(text, stop)
    return m.end() if m else stop


def _home_after(text: str, stop: int) -> int:
    """ "Bộ Ngoại giao Việt Nam": the home country after one of its own bodies belongs to the
    title (the person's name follows it)."""
    home = title_words().home
    if text.startswith(f" {home}", stop) and not text[stop + len(home) + 1 : stop + len(home) + 2].isalnum():
        return stop + len(home) + 1
    return stop


def _qualifier_after(text: str, stop: int, limit: int) -> int | None:
    """Where a qualifier right after ``stop`` ("khóa XV", "thường trực") ends, if one does."""
    q = title_words().qualifier.match(text, stop + 1) if stop < limit and text[stop : stop + 1] == " " else None
    return q.end() if q and q.end() <= limit else None


def _body_for_role(
    doc: Document, ref: Reference, role: RoleDef, pos: int, mentions: dict[int, Mention]
) -> tuple[Body | None, int, str]:
    """The body a role names right after it: an ORG, a province or a country, a sector, or
    the province's delegation; ``(None, pos, "")`` when there is none."""
    at = _GAP.match(doc.text, pos).end()
    mention = mentions.get(at)
    if mention is not None and mention.label == ORG:
        return mention.value["body"], mention.end, "org"
    if (owner := _body_after_of(doc.text, at, mentions)) is not None:
        return owner.value["body"], owner.end, "org"  # "Người phát ngôn của Quân đội Indonesia"
    found = None
    if mention is not None and mention.label == PLACE:
        found = _body_from_place(doc.text, ref, role, mention, mentions)
    if found is None and mention is None and role.province:
        found = _town_body(doc.text, ref, role, at, mentions)
    if found is None and role.sector:
        found = _body_from_sector(doc.text, ref, at, mentions)
    if found is None and role.name in title_words().delegation_heads:
        found = _delegation(doc, ref, at)
    if found is None and mention is None:
        found = _company(doc, ref, role, at, mentions)
    if found is None and mention is None and (organ := title_words().party_organ.match(doc.text, at)):
        found = (None, organ.end(), "party")  # its body is the next title's: the grammar gives it
    return found or (None, pos, "")


_OF = re.compile(r"của[ \t]+(?=[A-ZĐ])")

_COMPANY_END = re.compile(r"\s*(?:[,.;:)]|[-–]\s|$)")  # where a company named in context ends
# a capitalised word of a company's name: "VietBank", "PVOIL", "Hòa", "T&T"
_COMPANY_WORD = re.compile(r"[A-Z\u0110\u00c0-\u1ef8][\w&]*(?:[.-][\w&]+)*")


def _company(
    doc: Document, ref: Reference, role: RoleDef, at: int, mentions: dict[int, Mention]
) -> tuple[Body | None, int, str] | None:
    """ "Chủ tịch HĐQT Eximbank": the board of the company named after its head noun;
    "Tổng Giám đốc Vietcombank": the company a business title names by its brand. A board named
    alone ("Chủ tịch HĐQT") is left to the bodies, which give it the board the article names most."""
    text, words = doc.text, title_words()
    board = next((b for b in sorted(words.boards, key=len, reverse=True) if re.match(rf"{re.escape(b)}(?!\w)", text[at:])), None)
    if board is None and role.name not in words.company_titles:
        return None
    start = _GAP.match(text, at + len(board)).end() if board else at
    if board is None and (of := _OF.match(text, at)) is not None:
        return owner_after_of(ref, text, of.end(), mentions)
    found = _named_company(ref, text, start, mentions, board)
    if found is None:
        # a board word alone stays in the title, so the chain of titles after it goes on
        return (None, at + len(board), "board") if board else None
    company, end = found
    if board is None or company.name.startswith(words.boards[board]):
        return company, end, "org"
    return company_board(ref, words.boards[board], company, normalize(text[at:end])), end, "org"


def owner_after_of(ref: Reference, text: str, start: int, mentions: dict[int, Mention]) -> tuple[Body, int, str] | None:
    """ "CEO của Twitter", "Chủ tịch của Real Madrid": the company a business title names after
    "của": the longest run of up to three capitalised words the article names again, else two
    words or the first alone before two more (a person's name); not a place, a person or a function."""
    if start in mentions or any(r.match(text, start) for r in (ref.province_re, ref.country_re, ref.city_re)):
        return None
    words: list[re.Match[str]] = []
    pos = start
    while len(words) < 3 and (m := _COMPANY_WORD.match(text, pos)) is not None and text[pos].isupper():
        if words and m.group(0) in ref.surnames:
            break
        words.append(m)
        if text[m.end() : m.end() + 1] != " ":
            break
        pos = m.end() + 1
    if not words or words[0].group(0) in title_words().not_companies or words[0].group(0) in ref.surnames:
        return None
    # "Twitter Jack Dorsey": two more words may be the person; one more is the company's ("IHS Markit")
    alone = words[1].end() if len(words) == 2 else words[0].end()
    end = next((w.end() for w in reversed(words[1:]) if _named_again(text, text[start : w.end()])), alone)
    name = text[start:end]
    return ref.find_body(name) or Body(slug(name), name, (), "Company"), end, "org"


def company_board(ref: Reference, board: str, company: Body, surface: str = "") -> Body:
    """The board ("Hội đồng quản trị") of a company, inside it, written ``surface`` here."""
    name = f"{board} {company.name}"
    parent = company.id if company.kind != "Company" else None
    return ref.find_body(name) or Body(slug(name), name, (surface,) if surface and surface != name else (), company.kind, parent)


def _named_company(
    ref: Reference, text: str, start: int, mentions: dict[int, Mention], board: str | None
) -> tuple[Body, int] | None:
    """The company named at ``start``: a body found before (after a board's head noun only), or
    a company's name read here ("Eximbank", "tập đoàn Hòa Phát")."""
    inner = mentions.get(start)
    if inner is not None:
        return (inner.value["body"], inner.end) if board is not None and inner.label == ORG else None
    # "HĐQT tập đoàn Hòa Phát": a company's head noun in small letters before its name
    head = next((h for h in title_words().company_heads if board and text[start:].lower().startswith(h.lower() + " ")), "")
    named = _company_name(ref, text, start + len(head) + bool(head), mentions, after_board=board is not None)
    if named is None:
        return None
    full, end = f"{head} {named[0]}".strip(), named[1]
    arm = _arm_after(ref, text, end) if not head else None
    if arm is not None:  # "Tổng Giám đốc Huawei Việt Nam": the company's arm there, not the company
        full, end = f"{full} {arm[0]}", arm[1]
    return ref.find_body(full) or Body(slug(full), full, (), "Company"), end


def _arm_after(ref: Reference, text: str, end: int) -> tuple[str, int] | None:
    """The place of a company's arm named after its brand: the home country ("Huawei Việt Nam",
    "Qualcomm tại Việt Nam") or a province ("Viettel Hậu Giang"), and where it ends."""
    words = title_words()
    home = _home_after(text, end)
    if home != end:
        return words.home, home
    at = words.posted_at.match(text, end)
    home = _home_after(text, at.end() - 1) if at is not None else end
    if at is not None and home != at.end() - 1:
        return words.home, home
    prov = province_after(ref, text, end)
    return (prov.group(0), prov.end()) if prov is not None else None


def province_after(ref: Reference, text: str, end: int) -> re.Match[str] | None:
    """A province's name written right after ``end`` and ending a word there ("Viettel Hậu Giang")."""
    prov = ref.province_re.match(text, end + 1) if text[end : end + 1] == " " else None
    return prov if prov is not None and not text[prov.end() : prov.end() + 1].isalnum() else None


def _company_name(
    ref: Reference, text: str, start: int, mentions: dict[int, Mention], *, after_board: bool
) -> tuple[str, int] | None:
    """A company's name at ``start`` and where it ends: a brand ("Eximbank", "PVOIL"), or after a
    board's head noun up to three capitalised syllables ("Hòa Phát"), cut before a person's name.
    A brand followed by more capitalised words that are no Vietnamese name is a person's name
    ("Chủ tịch Florentino Perez"), and a place after it makes a body of that place ("CDC Hà Tĩnh")."""
    run: list[re.Match[str]] = []
    pos = start
    while len(run) < 6:
        m = _COMPANY_WORD.match(text, pos)
        if not m or (run and pos in mentions) or not text[pos].isupper():
            break
        run.append(m)
        if text[m.end() : m.end() + 1] != " ":
            break
        pos = m.end() + 1
    first = run[0].group(0) if run else ""
    if not run or first in title_words().not_companies or first in ref.surnames:
        return None
    if any(h.startswith(first + " ") for h in title_words().company_heads):
        return None  # "Tập" of "Tập đoàn": a head noun, not a name
    rest = [m.group(0) for m in run[1:]]
    person_next = not rest or rest[0] in ref.surnames
    if not after_board and (named := _company_in_context(ref, text, run)) is not None:
        return named
    if _brand(first):
        alone = after_board or (person_next and run[0].end() not in mentions) or _brand_before_person(text, run)
        return (first, run[0].end()) if alone and _named_again(text, first) else None
    if not after_board:
        return None
    cut = next((i for i, w in enumerate(rest, 1) if w in ref.surnames), len(run))
    kept = run[: min(cut, 3)]
    name = " ".join(m.group(0) for m in kept)
    return (name, kept[-1].end()) if _named_again(text, name) else None


def _company_in_context(ref: Reference, text: str, run: list[re.Match[str]]) -> tuple[str, int] | None:
    """A company a business title names by two or three capitalised Vietnamese syllables with
    no surname first, that the article names again and never as a person ("ông X"), ending at
    a comma, a stop or a bracket ("Tổng giám đốc Hòa Phát,"). Foreign words there are no
    company: "CEO Steve Jobs, Tim Cook" names two people."""
    kept = run[:3]
    cut = next((i for i, m in enumerate(kept) if i and m.group(0) in ref.surnames), len(kept))
    kept = kept[:cut]
    if len(kept) < 2:
        return None
    start, end = kept[0].start(), kept[-1].end()
    name = text[start:end]
    if " ".join(m.group(0) for m in kept) != name or not _COMPANY_END.match(text, end) or not _named_again(text, name):
        return None
    if any(r.match(text, start) for r in (ref.province_re, ref.country_re, ref.city_re)) or _head_re_at(text, start):
        return None
    if re.search(rf"(?i)(?<!\w)(?:ông|bà)\s+(?:{re.escape(name)}|{re.escape(kept[-1].group(0))})(?!\w)", text):
        return None  # "ông Perez": the words name a person
    return (name, end) if all(syllable(m.group(0)) for m in kept) else None


def _head_re_at(text: str, pos: int) -> bool:
    """True when a body's head noun starts at ``pos`` ("Trung tâm", "Hội")."""
    return patterns().heads.match(text, pos) is not None


def _brand_before_person(text: str, run: list[re.Match[str]]) -> bool:
    """True when a brand opens a run of three or more capitalised words that the article also
    writes on its own, never after "ông"/"bà" nor before the run's next word ("CEO Apple Tim
    Cook" … "Apple đạt"): the company, then its officer's name. A first name in a person's name
    is not written so ("Chủ tịch Florentino Perez")."""
    if len(run) < 3:
        return False
    first, nxt = re.escape(run[0].group(0)), re.escape(run[1].group(0))
    if re.search(rf"(?<!\w){_address_words()}\s+{first}(?!\w)", text):
        return False
    return re.search(rf"(?<!\w){first}(?![\w-])(?!\s+{nxt}(?!\w))", text) is not None


@cache
def _address_words() -> str:
    """The forms of address to a man or a woman ("ông", "bà"), as an alternation."""
    words = wordset("roles", "male_honorifics") | wordset("roles", "female_honorifics")
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


def _named_again(text: str, name: str) -> bool:
    """A company's name is written again in its article; a word seen once may be glued to the
    next one by a typing slip ("VietBankthay")."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= 2


def _brand(word: str) -> bool:
    """A word no Vietnamese syllable is written as: "Eximbank", "VietBank", "PVOIL", "Masan"."""
    if any(c.isupper() for c in word[1:]):
        return len(word) >= 3
    return not syllable(word)


def _body_from_place(
    text: str, ref: Reference, role: RoleDef, place: Mention, mentions: dict[int, Mention]
) -> tuple[Body, int, str] | None:
    """ "Chủ tịch tỉnh Quảng Nam": the province's body the role heads; "Thủ tướng Australia",
    "Đại sứ Nhật Bản": a foreign body or state."""
    kind = place.value.get("kind")
    if kind == "province" and role.province:
        prov = ref.province(place.value["name"])
        if prov:
            local = title_words().province_bodies.get(role.province, "ubnd")
            return local_body(local, prov), place.end, "province"
        return None
    if kind == "country":
        return foreign_body(text, ref, role, place, mentions)
    local = title_words().province_bodies.get(role.province or "")
    if kind == "locality" and local == "ubnd":
        return _unit_council(ref, place.value["name"]), place.end, "province"
    if kind == "locality" and local == "party":
        unit = _unit_party(place.value["name"])
        return (unit, place.end, "province") if unit else None
    return None


def _town_body(text: str, ref: Reference, role: RoleDef, at: int, mentions: dict[int, Mention]) -> tuple[Body, int, str] | None:
    """ "Chủ tịch TP Hội An", "Phó Chủ tịch thị xã Sơn Tây": the people's committee of a town
    whose name follows its unit word; a province's body when the town is a province ("Chủ
    tịch TP Cần Thơ")."""
    words = title_words()
    unit = words.town_unit.match(text, at)
    place = mentions.get(unit.end()) if unit else None
    if unit is None or place is None or place.label != PLACE:
        return None
    if place.value.get("kind") == "province":
        return _body_from_place(text, ref, role, place, mentions)
    if place.value.get("kind") in ("city", "locality") and words.province_bodies.get(role.province) == "ubnd":
        return _unit_council(ref, f"{words.town_words[unit.group(1)]} {place.value['name']}"), place.end, "province"
    return None


def _unit_party(unit: str) -> Body | None:
    """ "Bí thư xã Pá Khoang", "Bí thư huyện Mèo Vạc": the Party committee of a commune or ward
    ("Đảng ủy xã Pá Khoang") or of a district or town ("Huyện ủy Mèo Vạc"), as its pattern
    names it."""
    words = title_words()
    if any(unit.startswith(f"{level} ") for level in words.party_units):
        full = f"{words.party_organ_name} {unit}"
    else:
        found = next(((h, w) for h, w in words.party_heads.items() if unit.startswith(f"{w} ")), None)
        if found is None:
            return None
        full = f"{found[0]} {unit[len(found[1]) + 1 :]}"
    return Body(slug(full), full, (), "PartyOrgan")


def _unit_council(ref: Reference, unit: str) -> Body:
    """ "Chủ tịch xã Quảng Bị": the people's committee of a district, commune or ward, named
    as its own pattern names it ("Ủy ban nhân dân xã Quảng Bị", "UBND xã Quảng Bị")."""
    organ = next(row for row in ref.local["organs"] if row["key"] == "ubnd")
    name = f"{organ['name']} {unit}"
    return Body(slug(name), name, (f"{organ['abbr']} {unit}",), organ["kind"])


def foreign_body(
    text: str, ref: Reference, role: RoleDef, place: Mention, mentions: dict[int, Mention]
) -> tuple[Body, int, str] | None:
    """The foreign counterpart of the body a title implies ("Chính phủ Australia"), or the
    state a title with no body of its own serves ("Đại sứ Nhật Bản tại Việt Nam")."""
    country = place.value["name"]
    body = country_body(ref, role, country, place.text)
    if body is None or body.kind != "State":
        return (body, place.end, "country") if body else None
    end = place.end
    at = title_words().posted_at.match(text, end)
    host = mentions.get(at.end()) if at else None
    if host is not None and host.label == PLACE:
        end = host.end
    return body, end, "country"


def country_body(ref: Reference, role: RoleDef, country: str, surface: str = "") -> Body | None:
    """The body a title holds in a country: that country's counterpart of the title's own body
    ("Chính phủ Australia"), or the state itself for a title with none ("Tổng thống")."""
    words = title_words()
    if role.body in words.counterparts and country != words.home:
        name = f"{ref.bodies[role.body].name} {country}"
        return Body(slug(name), name, (), "ForeignBody")
    state_head = bool(role.province) and country != words.home and key(role.name) in words.state_heads
    if role.body is None and (not role.province or state_head) and (not role.standalone or country != words.home):
        return Body(slug(country), country, (surface,) if surface and surface != country else (), "State")
    return None


@cache
def _sector_re() -> re.Pattern[str]:
    """The sectors of the ministries ("Nội vụ" of "Bộ Nội vụ")."""
    ref = load_reference()
    forms = [ref.bodies[b].name[3:] for b in set(ref.sectors.values())]
    return alternation(forms, flags=re.IGNORECASE)


def _body_from_sector(text: str, ref: Reference, at: int, mentions: dict[int, Mention]) -> tuple[Body, int, str] | None:
    """ "Bộ trưởng Nội vụ": the ministry of the sector; "Bộ trưởng Ngoại giao Hàn Quốc": that
    country's ministry."""
    m = _sector_re().match(text, at)
    if not m or not m.group(0)[0].isupper():
        return _foreign_sector(text, ref, at, mentions)
    body_id = ref.sectors.get(loose_key(m.group(0)))
    if not body_id:
        return None
    country = mentions.get(m.end() + 1)
    if (
        country is not None
        and country.label == PLACE
        and country.value.get("kind") == "country"
        and country.value["name"] != title_words().home
    ):
        name = f"{ref.bodies[body_id].name} {country.value['name']}"
        return Body(slug(name), name, (), "ForeignBody"), country.end, "country"
    return ref.bodies[body_id], m.end(), "sector"


_SECTOR_WORD = re.compile(r"[^\W\d_]+")


def _foreign_sector(text: str, ref: Reference, at: int, mentions: dict[int, Mention]) -> tuple[Body, int, str] | None:
    """ "Bộ trưởng Giáo dục Cao học Cuba", "Bộ trưởng Năng lượng Nga": another country's ministry
    of a sector the home state has no ministry of, named by one to four words and the country."""
    if not text[at : at + 1].isupper() or mentions.get(at) is not None:
        return None
    end = at
    for _ in range(4):
        word = _SECTOR_WORD.match(text, end)
        if word is None:
            return None
        end = word.end()
        country = mentions.get(end + 1)
        if text[end : end + 1] != " ":
            return None
        if country is not None and country.label == PLACE and country.value.get("kind") == "country":
            if country.value["name"] == title_words().home:
                return None
            name = f"Bộ {text[at:end]} {country.value['name']}"
            return Body(slug(name), name, (), "ForeignBody"), country.end, "country"
        if country is not None:
            return None  # another mention before any country: no sector's name
        end += 1
    return None


def _delegation(doc: Document, ref: Reference, at: int) -> tuple[Body, int, str] | None:
    """ "Trưởng đoàn Đại biểu Quốc hội tỉnh Lạng Sơn": the province's delegation, the article's
    province when the name is left out."""
    m = title_words().delegation.match(doc.text, at)
    prov = doc.province
    if m and (m.group(1) or prov):
        place = ref.province(m.group(1)) if m.group(1) else ref.province(prov or "")
        if place is not None:
            return local_body("delegation", place), m.end(), "province"
    return None


def _shared_head(text: str, role: RoleDef, pos: int, end: int, inner: list[Mention]) -> Mention | None:
    """The body whose name starts with the title's last words ("Ban" of "Trưởng Ban" in
    "Trưởng Ban Tuyên giáo Trung ương", "Văn phòng" of "Chánh Văn phòng Tỉnh ủy X")."""
    if role.body or not inner:
        return None
    org = inner[0]
    tail = text[org.start : end]
    if org.end > end and org.text[: len(tail)].lower() == tail.lower() and text[org.start - 1] == " ":
        return org
    return None
