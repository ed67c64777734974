"""Bodies not in the reference data, read from a head noun and the name after it ("Vụ Tổ chức
cán bộ", "Công ty TNHH Sản xuất phần mềm VinHMS"). Each head noun has a style (``heads.json``)
that says which words may run on after it:

- ``lower``: lower-case words may come before the capitalised part ("Ban Chỉ đạo phòng thủ dân sự Quốc gia");
- ``noun``: lower-case nouns may follow it ("Vụ Tổ chức cán bộ");
- ``caps``: capitalised words only;
- ``bridge``: lower-case nouns only between capitalised words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..document import Document
from ..postag import dictionary_word
from ..reference import Body, Reference
from ..text import normalize, slug, syllable
from .bodies_rules import PARENTHESIS, SHORT_NAME, Candidate, Patterns, Priority, Scan
from .reading import grammar_words

_NEXT_WORD = re.compile(r"[ \t]*([^\s,.;:()\"]+)")
_WORD = re.compile(r"[^\s,.;:()\"'!?]+")
_UNDASHED = re.compile(r"[^\s,.;:()\"'!?-]+")
# between two words of a name: a dash joined to the next word ("Văn hóa -Thể thao"), a dash
# right after a word ("Văn hóa- Thể thao"), or spaces; " - " with spaces on both sides ends it
_GAP = re.compile(r"[ \t]-(?=[^\W\d_])|-[ \t]?|[ \t]+")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]$")
_FOLLOWING = re.compile(r"\s+([^\s,.;:()]+)")
_ABBREVIATION = re.compile(rf"[ \t]*{SHORT_NAME}[ \t]+")  # " (CDC) " after a name
_COMMA = re.compile(r",[ \t]*")
_SPACES = re.compile(r"[ \t]+")
_SYLLABLE = re.compile(r"[^\W\d_]+")
_UNIT_SHORT = re.compile(r"[A-ZĐ]\.\s?\d")  # "Q.11", "P. 5": a district or ward written short
_NATIONAL = ("Quốc gia", "quốc gia", "Trung ương", "Nhà nước")
_NATIONAL_WORDS = frozenset(w for name in _NATIONAL for w in name.split())
_AMPERSAND = re.compile(r"(\w+)[ \t]*&[ \t]*(\w+)")
# "Trung ương", "Quốc gia" closing a national body's name, not before the body it belongs to ("Trung ương Đoàn")
_NATIONAL_END = re.compile(r"(?:Trung ương|Quốc gia)(?![\w-])(?![ \t]+[A-ZĐ])")
_AND_GAP = re.compile(r"[ \t]+và[ \t]+")
_CLOSED = re.compile(r"[ \t]*(?:[,.;:()]|[-–][ \t]|$)")  # a place closing a name: punctuation, a dash or the end follows
# ", Điện ảnh và Truyền hình": one more field of a name, then "và" and the last
_LISTED = re.compile(r",[ \t]+([^\W\d_][^\s,.;:()]*(?:[ \t][^\W\d_A-ZĐ][^\s,.;:()]*)?)[ \t]+và[ \t]+([^\W\d_])")


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


def person_cut(words: list[str], ref: Reference) -> int | None:
    """Where a person's name of two to four words starts inside a run of capitalised words
    after a unit word ("Đạo Lý Nguyễn Văn Bình": at "Nguyễn", not at the surname "Lý" that a
    surname follows), or None."""
    for i, w in enumerate(words):
        if not i or w not in ref.surnames or w in ref.middle_names or not 2 <= len(words) - i <= 4:
            continue
        nxt = words[i + 1]
        if nxt in ref.surnames and nxt not in ref.middle_names and len(words) - i > 2:
            continue
        return i
    return None


class NounCheck:
    """``offset in nouns``: the word there is a lower-case noun or adjective (tags on demand)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def __contains__(self, offset: int) -> bool:
        word = self.doc.text[offset : offset + 1]
        return bool(word) and not word.isupper() and self.doc.pos_of(offset) in ("N", "Np", "Nc", "A")


def named_by_head(scan: Scan) -> list[Candidate]:
    """Named bodies not in the reference data: a head noun and a capitalised name."""
    text, pats = scan.text, scan.pats
    known = {c.start for c in scan.found if c.priority >= Priority.REFERENCE}
    inner = {  # the syllables after the first of a capitalised word ("Ngoại giao"), not words small after an acronym ("TCPVN sở hữu")
        t.start + syllable.start()
        for t in scan.doc.tokens
        if t.text[:1].isupper() and not _acronym_then_small(t.text)
        for syllable in list(re.finditer(r"\S+", t.text))[1:]
    }
    nouns = NounCheck(scan.doc)
    out = []
    for m in _head_matches(scan):
        if m.start() in known or not _may_start_name(text, m, scan.ref, pats) or pats.not_units.match(text, m.start()):
            continue  # "Phòng Họp", "Đài tưởng niệm": a room or a monument, no body
        head = m.group(1)[0].upper() + m.group(1)[1:]
        start = _small_level_end(text, m.end(), scan.ref) if head == pats.school else m.end()
        run = NameRun(text, start, scan.ref, pats, pats.head_style[head], known, nouns, inner)
        run.unit = head.lower() in pats.titled_heads
        run.head_word = head
        run.titled = bool(pats.title_before.search(text, max(0, m.start() - 40), m.start()))
        end = run.scan()
        if end is not None and head in pats.no_numbers and text[start:end].isdigit():
            continue  # "Bộ 3 camera": a count, no body
        if end is not None and head in pats.no_foreign_names and _foreign_word(text[start:end].split()[0]):
            continue  # "Bộ Hanbok": a set of something, no ministry
        if (
            end is not None
            and head in pats.festival_heads
            and " " not in _AND_GAP.split(text[start:end])[0]
            and not text[start:end].isupper()
        ):
            continue  # "Hội Lim", "Hội Đu": a festival; "Hội Tiệp và Uông Phong": a name, and another
        if end is not None and start != m.end() and not _own_school_name(scan.ref, text[start:end]):
            continue  # "trường đại học Hoa Kỳ", "trường mầm non Q.": a kind of school, no school's name
        if end is not None and (tail := _unit_tail(scan, m, end)) is not None:
            end = tail  # "Trưởng Phòng Quản lý thi và Kiểm định chất lượng giáo dục, Sở GD&ĐT Hà Nội"
        if end is not None:
            cand = _named(scan.ref, pats, head + text[m.start() + len(head) : end], m.start(), end)
            if cand is not None:
                out.append(cand)
    return out


# a word of a unit's name written small after its first capitalised words, or joined by a dash ("công chúng- truyền thông")
_TAIL_WORD = re.compile(r"(?:[ \t]+|-[ \t]*)([^\W\d_]+)")
_TAIL_END = re.compile(r"[ \t]*(?:,|[ \t]-|[ \t]–)[ \t]*")  # the comma or spaced dash before the parent body


def _unit_tail(scan: Scan, m: re.Match[str], end: int) -> int | None:
    """Where the name of a unit after a title ends when it goes on in small letters up to the
    comma or dash its parent body follows ("Trưởng khoa Nội soi thăm dò chức năng, Bệnh viện
    K", "Giám đốc Trung tâm Phẫu thuật sọ mặt và tạo hình, Bệnh viện 108"); None otherwise. No
    word may be one that ends a name ("của", "cho", "tại"), and at most eight are taken."""
    text, pats = scan.text, scan.pats
    if m.group(1).lower() not in _field_units():
        return None
    if not pats.title_before.search(text, max(0, m.start() - 40), m.start()) and not pats.title_ending.search(
        text, max(0, m.start() - 40), m.end(1)
    ):
        return None
    found = {c.start for c in scan.found if c.body.id}
    pos, small, last = end, False, ""
    for _ in range(8):
        w = _TAIL_WORD.match(text, pos)
        if w is None or (w.group(1) in pats.stop_words and w.group(1) != "và" and not _in_longer_word(scan.doc, w.start(1))):
            break  # "thăm dò" is a word: "thăm" alone would end the name
        if any(text.startswith(verb, w.start(1)) for verb in grammar_words().speech_verbs):
            break  # "Trưởng khoa X khẳng định, Bệnh viện Y …": what the head said, not the unit's name
        pos, last = w.end(), w.group(1)
        small = small or last.islower()
        sep = _TAIL_END.match(text, pos)
        if sep is not None and small and last != "và" and (sep.end() in found or pats.heads.match(text, sep.end())):
            return pos
    return None


@cache
def _field_units() -> frozenset[str]:
    return frozenset(normalize(h).lower() for h in lexicon.table("heads")["field_units"])


def _in_longer_word(doc: Document, at: int) -> bool:
    """True when the syllable at ``at`` is part of a word of several syllables ("thăm dò")."""
    word = doc.word_at(at)
    return word is not None and " " in word.text


def _head_matches(scan: Scan) -> list[re.Match[str]]:
    """Head nouns as written, then heads in lower case right after a title ("Trưởng ban Kiểm soát")
    and schools written small."""
    text, pats = scan.text, scan.pats
    lower = list(pats.lower_heads.finditer(text))
    titled = [
        m
        for m in lower
        if pats.title_before.search(text, max(0, m.start() - 40), m.start())
        or pats.title_ending.search(text, max(0, m.start() - 40), m.end(1))
    ]
    heads = [
        m
        for m in pats.heads.finditer(text)
        if m.group(1).lower() not in pats.titled_heads or _title_ends_with(text, m, pats) or _unit_stands(scan, m)
    ]
    titled = [m for m in titled if m.group(1) not in pats.titled_heads or _title_ends_with(text, m, pats)]
    return [*heads, *titled, *_schools_in_small_letters(scan, lower)]


def _title_ends_with(text: str, m: re.Match[str], pats: Patterns) -> bool:
    """True when a title ends with the head at ``m`` ("Trưởng phòng Đào tạo") and the head is
    not the end of a longer head ("Chánh Văn phòng Bộ X" names the ministry's office)."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
    if prev is not None and f"{prev.group(1)} {m.group(1)}".lower() in pats.heads_lower:
        return False
    if text[m.end() :].lower().startswith(m.group(1).lower()):
        return False  # "Trưởng phòng Phòng Thanh tra": the unit is named in full after the title
    return bool(pats.title_ending.search(text, max(0, m.start() - 40), m.end(1)))


def _unit_stands(scan: Scan, m: re.Match[str]) -> bool:
    """True when a unit's head written with a capital names the unit with no title before it
    ("Phòng Cảnh sát hình sự Công an tỉnh X", "Khoa Răng hàm mặt", "Đội Quản lý thị trường số 1"):
    a capitalised name follows, not a room ("Phòng Họp"), not a place ("Đội Hà Nội" is a team),
    and not as a lone word closing its line, which is a byline ("Khoa Nam")."""
    text, ref = scan.text, scan.ref
    nxt = _NEXT_WORD.match(text, m.end(1))
    if not (m.group(1)[0].isupper() and nxt and nxt.group(1)[:1].isupper()) or scan.pats.not_units.match(text, m.start()):
        return False
    if any(r.match(text, nxt.start(1)) for r in (ref.province_re, ref.country_re, ref.city_re)):
        return False
    line_end = text.find("\n", nxt.end())
    return text[nxt.end() : line_end if line_end >= 0 else len(text)].strip(" .") != ""


def _schools_in_small_letters(scan: Scan, lower: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "trường ĐH Leuven", "trường THPT Chu Văn An": the school's head word written small, as
    a word of its own ("thị trường" is another word), before a level of school or its
    abbreviation and then a name; the body's name starts with the head."""
    text, pats, ref = scan.text, scan.pats, scan.ref
    out = []
    for m in lower:
        word = scan.doc.word_at(m.start())
        if m.group(1) != pats.school.lower() or (word is not None and word.start < m.start()):
            continue
        level = max(
            (lv for lv in ref.school_levels if text.startswith((f"{lv} ", f"{lv.lower()} "), m.end())), key=len, default=None
        )
        if level is None:
            nxt = _NEXT_WORD.match(text, m.end())
            level = nxt.group(1) if nxt and len(nxt.group(1)) > 1 and nxt.group(1).replace("&", "").isupper() else None
            gifted = _GIFTED.match(text, m.end()) if level else None
            level = gifted.group(0)[:-1] if gifted else level  # "trường THPT chuyên Lê Hồng Phong"
        after = m.end() + len(level) + 1 if level else 0
        if level and text[after : after + 1].isupper():
            out.append(m)
    return out


def _own_school_name(ref: Reference, name: str) -> bool:
    """A school's own name after its level: not a country alone, not an initial."""
    return len(name.split()[0].rstrip(".")) > 1 and ref.country(name) is None


def _small_level_end(text: str, pos: int, ref: Reference) -> int:
    """Past a level of school written small after the head ("Trường mầm non Kim Đồng", "trường
    tiểu học Lê Lợi"), where the school's own name starts; ``pos`` when none is."""
    ahead = text[pos : pos + 24]
    level = max((lv for lv in ref.school_levels if ahead.startswith(f"{lv.lower()} ")), key=len, default=None)
    if level is None and (gifted := _GIFTED.match(ahead)) is not None:
        level = gifted.group(0)[:-1]  # "Trường THPT chuyên Lê Hồng Phong": the level's acronym, then "chuyên"
    return pos + len(level) + 1 if level and text[pos + len(level) + 1 : pos + len(level) + 2].isupper() else pos


_GIFTED = re.compile(r"[A-ZĐ]{2,8} chuyên ")  # a school level's acronym and the small word for a school for the gifted


def _may_start_name(text: str, m: re.Match[str], ref: Reference, pats: Patterns) -> bool:
    """Whether the head noun at ``m`` can start a body's name here."""
    head = m.group(1)
    small_level = head == pats.school.lower() and _small_level_end(text, m.end(), ref) != m.end()
    if head[0].islower() and (m.re is pats.heads or not (text[m.end() : m.end() + 1].isupper() or small_level)):
        return False
    if _byline(text, m.start(), pats) or _inside_proper_name(text, m, ref, pats):
        return False
    title = ref.role_re.match(text, m.start())
    if title is not None and title.end() > m.start() + len(head):
        return False  # "Bộ Trưởng Bộ KH&CN": a title written with capitals, no body
    # "Trường Sa", "Trường Giang": a place or a person, not a school
    return head not in (pats.school, pats.school.lower()) or _school_follows(text, m.end(), ref)


def _named(ref: Reference, pats: Patterns, written: str, start: int, end: int) -> Candidate | None:
    """The candidate for a name as written, unless it names only a committee of some body."""
    surface = normalize(PARENTHESIS.sub("", written))  # "… (CDC) tỉnh Hà Nam": the short name left out
    name = _AMPERSAND.sub(_and_for_ampersand, ref.expand(surface))  # "Học viện Báo chí & Tuyên truyền"
    if name in pats.incomplete:
        return None
    body = (
        ref.find_body(name)
        or _listed_brand(ref, pats, name)
        or Body(slug(name), name, (surface,) if surface != name else (), "GovernmentBody")
    )
    return Candidate(start, end, body, Priority.GENERIC)


def _listed_brand(ref: Reference, pats: Patterns, name: str) -> Body | None:
    """ "Ngân hàng Vietcombank", "Công ty FPT": a company's head noun before the brand of a
    listed company is that company, not one more body."""
    head = pats.heads.match(name)
    if head is None or head.group(1) not in pats.brand_heads:
        return None
    brand = name[head.end() :].strip()
    if " " in brand or not ((_acronym(brand) and len(brand) > 2) or _foreign_word(brand)):
        return None
    return ref.find_body(brand)


@dataclass
class NameRun:
    """Where the name after a head noun ends: a run of capitalised words (or numbers), with the
    lower-case words its head's ``style`` lets in."""

    text: str
    pos: int
    ref: Reference
    pats: Patterns
    style: str
    known: set[int]
    nouns: NounCheck
    inner: set[int]
    end: int | None = None
    lower_run: int = 0
    joined: bool = False  # after "và": the next word must be capitalised
    anded: bool = False  # a name joins two fields with "và" once ("Khoa Báo chí và Truyền thông và …" ends)
    listed: bool = False  # fields listed with commas: the one after "và" closes the name ("Cục Hộ tịch, quốc tịch và chứng thực")
    unit: bool = False  # a unit inside a body ("Khoa Ngoại"): its name ends where a body's head starts
    head_word: str = ""
    sentence_case: bool = False  # words written small between the head and the first capitalised word
    titled: bool = False  # the name follows a title ("Chủ tịch Hội …"): an apposition, no predicate inside

    def scan(self) -> int | None:
        """The end of the name, or None when no capitalised word follows the head."""
        i = self.pos
        form = self.pats.company_form.match(self.text, i) if self.style == "bridge" else None
        if form is not None:
            i = form.end()  # "Công ty cổ phần Hòa Bình": the legal form, then the name
        while (m := self.pats.comma_phrase.match(self.text, i) or _WORD.match(self.text, i)) is not None:
            dash = m.group(0).find("-") if m.re is _WORD else -1
            if dash > 0 and (
                _dash_ends_text(self.text, m.end()) if dash == len(m.group(0)) - 1 else self._head_at(m.start() + dash + 1)
            ):
                # "Đại học Tokyo- nơi …", "Đại học Cambridge-Đại học Oxford": the name ends at the dash
                self._take(_UNDASHED.match(self.text, m.start()))
                break
            if 0 < dash < len(m.group(0)) - 1 and m.group(0)[:dash].islower() and m.group(0)[dash + 1].isupper():
                m = _UNDASHED.match(self.text, m.start())  # "Lao động-Thương binh": the dash joins two fields
            if m.group(0) == "về" and self._national_field(m.end()):
                i = m.end() + 1  # "Ủy ban Quốc gia về Người cao tuổi": the field the body is for
                continue
            after = self._take(m)
            gap = _GAP.match(self.text, after) if after is not None else None
            if gap is None and after is not None and m.group(0)[0].isupper():
                gap = self.pats.abbreviated.match(self.text, after)  # "Bệnh viện St. Vincent"
                if gap is not None and not self.text[gap.end() : gap.end() + 1].isupper():
                    gap = None
            if gap is None and after is not None and (listed := self._listed_fields(after)) is not None:
                gap, self.listed = listed, True  # "Viện Nghiên cứu Xã hội, Kinh tế và Môi trường": fields listed in the name
            if gap is None:
                break
            i = gap.end()
        if self.end is not None and (short := _ABBREVIATION.match(self.text, self.end)) is not None:
            # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam": the province after the short name
            province = self.pats.province_at(self.text, short.end())
            if province is not None:
                self.end = province[0]
        return self.end

    def _listed_fields(self, pos: int) -> re.Match[str] | None:
        """The comma at ``pos`` when the name goes on with one more field and "và" a last one
        ("Tổng cục Phát thanh, Điện ảnh và Truyền hình"): each a capitalised word that starts no
        body, title, place or person; None otherwise, and always after a plural ("các Sở Y tế,
        Giáo dục và …" lists bodies)."""
        listed = _LISTED.match(self.text, pos)
        if listed is None or self.end != pos or self.pats.plural.search(self.text, max(0, self.pos - 30), self.pos - 1):
            return None
        if len(self.text[self.pos : pos].split()) > 4:
            return None
        for at in (listed.start(1), listed.start(2)):
            if self._head_at(at) or self.ref.role_re.match(self.text, at) or self._place_at(at):
                return None
            word = _WORD.match(self.text, at)
            if self.text[at : at + 2].isupper() or (
                word is not None and word.group(0) in self.ref.surnames and _person_starts(self.text, word.end(), self.ref)
            ):
                return None
        return _COMMA.match(self.text, pos)

    def _national_field(self, pos: int) -> bool:
        """True when a national committee's name ends right before "về" and a capitalised field
        follows it at ``pos`` ("Ban Chỉ đạo Nhà nước về Du lịch")."""
        name = self.text[self.pos : self.end] if self.end is not None else ""
        return name.endswith(_NATIONAL) and self.text[pos : pos + 1] == " " and self.text[pos + 1 : pos + 2].isupper()

    def _foreign_person_after_country(self, pos: int) -> bool:
        """True when the name so far ends with a country and two foreign words start at ``pos``."""
        country = self.ref.country_re.search(self.text, max(self.pos, pos - 30), pos)
        if country is None or self.text[country.end() : pos].strip():
            return False
        run = caps_run(self.text, pos, 2)
        return len(run) == 2 and all(_foreign_word(w) for w, _ in run)

    def _place_at(self, pos: int) -> bool:
        """True when a province, country or city is named at ``pos``."""
        return any(r.match(self.text, pos) for r in (self.ref.province_re, self.ref.country_re, self.ref.city_re))

    def _take(self, m: re.Match[str]) -> int | None:
        """Take the word at ``m`` into the name (or past it); where it ends, or None to stop."""
        word = m.group(0)
        if self.end is not None and (m.start() in self.known or self.ref.term_re.match(self.text, m.start())):
            return None  # another body, or the term: "HĐQT X nhiệm kỳ 2018-2023"
        degree = self.ref.rank_re.match(self.text, m.start()) if self.end is not None else None
        if degree is not None and " " not in degree.group(0) and not self.text[degree.end() : degree.end() + 1].isalnum():
            return None  # "Trường Đại học Mở Hà Nội PGS.TS Nguyễn Mai Hương": a degree before a name ends it
        if self.end is not None and self.unit and self._head_at(m.start()):
            return None  # "khoa Chẩn đoán hình ảnh Bệnh viện X": the unit's body follows its name
        if self.end is not None and word[0].isupper() and self._foreign_person_after_country(m.start()):
            return None  # "Liên đoàn Lao động Campuchia Ath Thorn": the country ends the name, a person follows
        hon = self.ref.honorific_re.match(self.text, m.start()) if word[0].isupper() else None
        if hon is not None and self.text[hon.end() : hon.end() + 2].strip()[:1].isupper():
            return None  # "Trường Đại học Y-Dược Huế và Ông X": a form of address, then a person's name
        if self.joined and (self._last_listed_field(m) or self._small_field_after_and(m)):
            whole = self.nouns.doc.word_at(m.start())  # the activity's every syllable ("tuyên truyền")
            self.joined, self.end, self.lower_run = False, max(m.end(), whole.end if whole else 0), 0
            return self.end
        if self.joined and (
            not (word[0].isupper() or word[0].isdigit() or self._paired_field(m))
            or self._head_at(m.start())
            or self._same_head_at(m.start())
            or self.pats.building_word.match(self.text, m.start())
            or self.ref.rank_re.match(self.text, m.start())
            or self.pats.numbered_document.match(self.text, m.start())
        ):
            return None  # "Tổng Công ty Khí Việt Nam và Ban Quản lý …", "… và Thiếu tướng X": no name after "và"
        if word == "và" and self.anded:
            return None
        self.anded = self.anded or word == "và"
        if _UNIT_SHORT.match(self.text, m.start()) and self.end is not None:
            return None  # "Phòng GD&ĐT Q.11": a district written short follows the name
        self.joined = word in self.pats.connectors
        province = self.ref.province_re.match(self.text, m.start())
        if province and "." in province.group(0):
            self.end, self.lower_run = province.end(), 0  # "TP.HCM" ends a name, or is its whole ("ĐHQG TP.HCM")
            return None
        if word[0].isdigit() and self.ref.counted_after(self.text, m.end()):
            return None  # "2 năm sau": a quantity after the name
        if word[0].isupper() or word[0].isdigit():
            if self._title_or_person(m):
                return None
            field = self._capitalised_field(m) if self.sentence_case else None
            if field is not None:
                self.end, self.lower_run = field, 0  # still in sentence case: no small noun goes on after it
                return field
            if self.end is None and self.sentence_case and not self._proper_end(m):
                return None
            self.end, self.lower_run = m.end(), 0
            return m.end()
        if self._lower(m):
            return max(m.end(), self.end or 0)  # past a dictionary word the name took whole
        tail = self._province_tail(m.start()) if self.end is not None else None
        if tail is None and self.end is not None and self.titled:
            tail = self._described_tail(m.start())
        if tail is not None:
            self.end = tail  # "Bệnh viện Bệnh nhiệt đới tỉnh Khánh Hòa": the name ends with its province
        return None

    def _proper_end(self, m: re.Match[str]) -> bool:
        """Whether the capitalised word at ``m`` may end a name in sentence case: a place, an
        acronym, a foreign word or the first of several capitalised words ("Nam Định", "VSD",
        "Ewha", "Lũng Lô"), and never another body, its head, a title or a sentence's opener."""
        at, word = m.start(), m.group(0)
        if at in self.known or self._head_at(at) or self.ref.role_re.match(self.text, at) or word in self.pats.openers:
            return False
        if self._place_at(at) or _acronym(word) or _foreign_word(word):
            return True
        nxt = _NEXT_WORD.match(self.text, m.end())
        return nxt is not None and self.text[m.end() : m.end() + 1] == " " and nxt.group(1)[:1].isupper()

    def _capitalised_field(self, m: re.Match[str]) -> int | None:
        """Where a field ends that a name in sentence case names with a capital, one word of the
        tagger's dictionary in two or three syllables ("Viện nghiên cứu Hòa bình Stockholm",
        "Phòng nghiên cứu Văn hóa - Xã hội", "Trung tâm quản lý Di tích"), or None; never
        another body's head, a title or an opener (as for :meth:`_proper_end`)."""
        at = m.start()
        if at in self.known or self._head_at(at) or self.ref.role_re.match(self.text, at) or m.group(0) in self.pats.openers:
            return None
        if not m.group(0).isalpha() or not (len(m.group(0)) == 1 or m.group(0)[1:].islower()):
            return None  # "Văn hóa", "Y tế"; not "TP" or "McKinsey"
        found, pos = None, m.end()
        for _ in range(2):
            gap = _SPACES.match(self.text, pos)
            if gap is None:
                break
            small = _SYLLABLE.match(self.text, gap.end())
            if small is None or not small.group(0).isalpha() or not small.group(0).islower():
                break
            if dictionary_word(self.text[at : small.end()]):
                found = small.end()
            pos = small.end()
        return found

    def _paired_field(self, m: re.Match[str]) -> bool:
        """True when a dash pairs two fields written small inside a name in sentence case
        ("Viện Nghiên cứu kinh tế - xã hội", "Phòng Quản lý giáo dục - nuôi dưỡng"): the word
        before the dash was taken into the name in small letters, and the one after is a noun."""
        return (
            self.end is not None
            and self.text[self.end : m.start()].strip() == "-"
            and self.text[self.end - 1].islower()
            and self.lower_run > 0
            and m.start() in self.nouns
        )

    def _last_listed_field(self, m: re.Match[str]) -> bool:
        """True when the word after "và" closes a list of fields the name took with commas, in
        whatever case it is written ("Viện Nghiên cứu xã hội, kinh tế và môi trường")."""
        word = m.group(0)
        return (
            self.listed
            and word.isalpha()
            and word.islower()
            and word not in self.pats.stop_words
            and self.end is not None
            and _AND_GAP.fullmatch(self.text, self.end, m.start()) is not None
        )

    def _small_field_after_and(self, m: re.Match[str]) -> bool:
        """True when "và" joins a last field written small, an activity, to a name of fields
        ("Học viện Báo chí và tuyên truyền", "Trung tâm Kiểm soát và phòng ngừa dịch bệnh Mỹ",
        "Trung tâm Quản lý và hỗ trợ khách du lịch"): the word is a verb, right after "và", and
        the name so far is fields in sentence case, each capitalised only at its first word, with
        no proper name (a place, an acronym, a foreign word), after which "và" goes on the
        sentence ("Đại học Y Hà Nội và về công tác")."""
        word, at = m.group(0), m.start()
        if self.end is None or self.sentence_case or not word.isalpha() or not word.islower():
            return False
        if word in self.pats.stop_words or word in self.ref.counted_words or not _AND_GAP.fullmatch(self.text, self.end, at):
            return False
        if self.nouns.doc.pos_of(at) != "V":
            return False
        after_comma = True
        for name_word in _WORD.finditer(self.text, self.pos, self.end):
            w, at_word = name_word.group(0), name_word.start()
            if self._place_at(at_word) or _acronym(w) or _foreign_word(w) or w in _NATIONAL_WORDS:
                return False
            if w[0].isupper() and not after_comma:
                return False  # "Bệnh viện Đa khoa Cẩm Phả và đề nghị": a proper name ends it
            after_comma = self.text[name_word.end() : name_word.end() + 1] == ","
        return True

    def _dictionary_word_end(self, at: int) -> int | None:
        """Where a dictionary word or a listed compound field ends that the name's last
        capitalised syllable starts and the small syllables from ``at`` go on ("Chất" + "bán
        dẫn", "Nhân chủng" + "học", "Quản trị" + "kinh doanh"), or None.
        The syllable must open its own word of the name: after the head or a small word, not
        inside a proper name ("Chu Văn An" + "toàn"), and not a place's; never after a festival's
        head and one syllable, which name the festival."""
        if self.end is None or not _SPACES.fullmatch(self.text, self.end, at):
            return None
        syllables = list(_SYLLABLE.finditer(self.text, self.pos, self.end))
        if self.head_word in self.pats.festival_heads and len(syllables) == 1:
            return None  # "Hội Bài chòi" is a festival's game, as "Hội Lim" is
        first = next((i for i in range(len(syllables) - 1, -1, -1) if syllables[i].group(0)[0].isupper()), None)
        if first is None or not syllables[first].group(0)[1:].islower() or self._place_at(syllables[first].start()):
            return None
        before = syllables[first - 1].group(0) if first > 0 else ""
        if before[:1].isupper() and not _acronym(before):
            return None  # after an acronym the field opens the name: "Trường ĐH Giao thông vận tải"
        start, found, pos = syllables[first].start(), None, at
        for _ in range(3):
            small = _SYLLABLE.match(self.text, pos)
            if small is None or not small.group(0).isalpha() or not small.group(0).islower():
                break
            words = self.text[start : small.end()]
            if dictionary_word(words) or words.lower() in self.pats.compound_fields:
                found = small.end()
            gap = _SPACES.match(self.text, small.end())
            if gap is None:
                break
            pos = gap.end()
        return found

    def _same_head_at(self, pos: int) -> bool:
        """True when the name's own head starts again at ``pos`` ("Khoa Răng hàm mặt và Khoa Ung
        bướu"): two bodies of one kind, joined."""
        head = self.head_word
        return bool(head) and self.text.startswith(head, pos) and not self.text[pos + len(head) : pos + len(head) + 1].isalnum()

    def _inside_word(self, pos: int) -> bool:
        """True when the syllable at ``pos`` goes on a word the segmenter began before it."""
        word = self.nouns.doc.word_at(pos)
        return word is not None and word.start < pos

    def _head_at(self, pos: int) -> bool:
        """True when a body's head noun starts at ``pos`` ("Phòng" only as a unit after a title)."""
        m = self.pats.heads.match(self.text, pos)
        return m is not None and m.group(1).lower() not in self.pats.titled_heads

    def _small_words(self, pos: int, limit: int) -> Iterator[tuple[str, int, int]]:
        """Up to ``limit`` words written small from ``pos``, none a quantity's word: each word,
        where it starts and where the next word starts; it stops at the first other word."""
        for _ in range(limit):
            word = _WORD.match(self.text, pos)
            if word is None or not word.group(0)[0].islower() or word.group(0) in self.ref.counted_words:
                return
            gap = _GAP.match(self.text, word.end())
            if gap is None:
                return
            yield word.group(0), word.start(), gap.end()
            pos = gap.end()

    def _province_tail(self, pos: int) -> int | None:
        """Where a province's name ends that follows one to three lower-case nouns from ``pos``
        ("nhiệt đới tỉnh Khánh Hòa", "tin học TP.HCM"), or "Trung ương" ("nhiệt đới Trung ương"),
        or None."""
        for word, at, nxt in self._small_words(pos, 3):
            if word in self.pats.stop_words or at not in self.nouns:
                return None
            province = self.pats.province_tail.match(self.text, nxt) or self.ref.province_re.match(self.text, nxt)
            if province and (province.re is self.pats.province_tail or "." in province.group(0)):
                return province.end()
            national = _NATIONAL_END.match(self.text, nxt)
            if national is not None:
                return national.end()  # "Bệnh viện Bệnh nhiệt đới Trung ương": a national body's name ends so
        return None

    def _described_tail(self, pos: int) -> int | None:
        """Where a name after a title ends that goes on in small words describing its field up
        to the country or province closing it ("Chủ tịch Hiệp hội Vận tải hàng hóa dịch vụ Đà
        Nẵng cho rằng", "Tổng Thư ký Hội Hồi sức cấp cứu và chống độc Việt Nam -"): at most five
        words, no word that ends a name but one "và", and the place right before punctuation, a
        dash or what the person said; None otherwise."""
        anded = False
        for word, _, nxt in self._small_words(pos, 5):
            if word in self.pats.stop_words and (word != "và" or anded):
                return None
            anded = anded or word == "và"
            place = self.ref.province_re.match(self.text, nxt) or self.ref.country_re.match(self.text, nxt)
            if place is not None and (_CLOSED.match(self.text, place.end()) or self._speech_at(place.end())):
                return place.end()
        return None

    def _speech_at(self, pos: int) -> bool:
        """True when what the titled person said follows at ``pos`` ("… Đà Nẵng cho rằng")."""
        after = self.text[pos : pos + 20].lstrip(" \t")
        return any(after.startswith(verb + " ") or after.startswith(verb + ":") for verb in grammar_words().speech_verbs)

    def _title_or_person(self, m: re.Match[str]) -> bool:
        """A capitalised title, or a person's name after the name: the name ends before it."""
        role = self.ref.role_re.match(self.text, m.start())
        if role and role.group(0)[0].isupper():
            return True
        return (
            (self.end is not None or self.lower_run > 0)  # "Ủy ban nhân dân tỉnh Phạm …": a person, no name
            and m.group(0) in self.ref.surnames
            and _looks_like_name(self.text, m.end())
            and not self.ref.province_re.match(self.text, m.start())
            and not self.pats.province_with_kind_at(self.text, m.start())  # "Hội Mỹ thuật TP Hồ Chí Minh"
            and not _school_name_follows(self.text[self.pos : m.start()], self.ref, self.pats.school)
            and _person_starts(self.text, m.end(), self.ref)
        )

    def _lower(self, m: re.Match[str]) -> bool:
        """Whether a lower-case word continues the name (or may, when a capitalised word follows)."""
        word, at, named = m.group(0), m.start(), self.end is not None
        usable = word not in self.pats.stop_words
        if word in self.pats.connectors and named:
            return True
        if named and not self.sentence_case and (whole := self._dictionary_word_end(at)) is not None:
            self.end = whole  # "Trung tâm Nghiên cứu Chất bán dẫn", "Quỹ Tầm nhìn": a word is never cut
            return True
        if named and at in self.inner and usable and not self.sentence_case:
            self.end = m.end()  # the rest of a capitalised word: "Ngoại giao" in "Học viện Ngoại giao"
            return True
        if self.style == "lower" and not named and usable and self.lower_run < 4:
            self.lower_run += 1
            return True
        if (
            self.style != "lower"
            and not named
            and usable
            and word.isalpha()
            and self.lower_run < 4
            and self.head_word not in self.pats.no_sentence_case
        ):
            # "Cục quản lý thị trường Nam Định": a name in sentence case, kept only when its proper name follows
            self.lower_run += 1
            self.sentence_case = True
            return True
        if (
            self.style == "bridge"
            and named
            and usable
            and word not in self.ref.counted_words
            and self.lower_run < 2
            and at in self.nouns
        ):
            self.lower_run += 1  # "Công ty TNHH Sản xuất phần mềm VinHMS": kept only when a capitalised word follows
            return True
        if self.style not in ("caps", "bridge") and named and usable and not self.sentence_case:
            # a lower-case noun continues the name ("Vụ Tổ chức cán bộ"), up to three words, and
            # a word is never cut ("Dịch vụ công nghệ thông tin": "tin" ends the word "thông tin")
            inside = self._inside_word(at)
            if inside or (at in self.nouns and self.lower_run < 3):
                self.end = m.end()
                self.lower_run += not inside
                return True
        return False


def _acronym(word: str) -> bool:
    """A word of two or more capitals ("TCPVN", "VNPT")."""
    return len(word) > 1 and word.isupper()


def _acronym_then_small(token: str) -> bool:
    """A segmenter's word that joins an acronym to words written small ("BSR vinh dự"), not to a
    capitalised name ("CĐ Kinh tế")."""
    parts = token.split()
    return len(parts) > 1 and _acronym(parts[0]) and parts[1][:1].islower()


def _and_for_ampersand(m: re.Match[str]) -> str:
    """ "Báo chí & Tuyên truyền" is written "và" in the name; "TN&MT", "Ernst & Young" keep "&"."""
    words = (m.group(1), m.group(2))
    if any(len(w) < 2 or not w[1:].islower() or _foreign_word(w) for w in words):
        return m.group(0)
    return f"{m.group(1)} và {m.group(2)}"


def _foreign_word(word: str) -> bool:
    """A word written neither as a Vietnamese syllable nor as an acronym ("Hanbok", "Smart")."""
    return word[:1].isupper() and not word.isupper() and not syllable(word)


def _dash_ends_text(text: str, end: int) -> bool:
    """A dash glued to the end of a word ends the name unless a capitalised word follows it
    ("Văn hóa- Thể thao" goes on, "Đại học Tokyo- nơi …" does not)."""
    after = _NEXT_WORD.match(text, end)
    return after is None or not after.group(1)[:1].isupper()


def _byline(text: str, pos: int, pats: Patterns) -> bool:
    """True when the line at ``pos`` is only names, as a byline or photo credit is ("Trường
    Thịnh", "Hương Giang - Trường Thịnh"): a head noun there starts a journalist's name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    parts = [p.strip() for p in pats.byline_split.split(line)]
    return 0 < len(line.split()) <= 10 and all(_is_name(p) for p in parts)


def _is_name(part: str) -> bool:
    """One to four capitalised words of letters only ("Trường Thịnh", "Ánh Dương")."""
    words = part.split()
    return 0 < len(words) <= 4 and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


def _inside_proper_name(text: str, m: re.Match[str], ref: Reference, pats: Patterns) -> bool:
    """A head noun that is a syllable of a longer proper name: "Ban" in "Tây Ban Nha", "Đài"
    in "Cao Đài Tây Ninh", "Trường" in "Nguyễn Trường Giang", and places such as "Đài Loan"."""
    if any(r.match(text, m.start()) for r in (ref.region_re, ref.country_re, ref.city_re)):
        return True
    prev = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
    if prev is None or not prev.group(1)[0].isupper() or not prev.group(1)[1:].islower() or prev.group(1) in pats.openers:
        return False  # "Theo Viện …", "Tại Bệnh viện …": a word opening the sentence, no name
    if pats.title_ending.search(text, max(0, prev.start(1) - 30), prev.end(1)):
        return False  # "Vụ Trưởng Vụ Truyền thông": a title written with capitals before the name
    # "Trưởng Ban Tuyên giáo", "Trưởng Ban Chỉ đạo X": a title ends with the head or its first word
    ends = {m.start() + len(m.group(1)), m.start() + len(m.group(1).split()[0])}
    return not any(pats.title_ending.search(text, max(0, m.start() - 40), end) for end in ends)


def _school_follows(text: str, pos: int, ref: Reference) -> bool:
    """ "Trường" names a school only before a level or kind of school ("Trường Tiểu học", "Trường THPT")."""
    if _small_level_end(text, pos, ref) != pos:
        return True  # "Trường mầm non Kim Đồng"
    run = caps_run(text, pos, 1)
    if not run:
        return False
    first = run[0][0]
    ahead = text[pos : pos + 24]
    return first.isupper() or ref.expand(first) != first or any(ahead.startswith(level) for level in ref.school_levels)


def _school_name_follows(prefix: str, ref: Reference, school: str) -> bool:
    """After "Trường ĐH", "Trường Tiểu học" (also inside a longer name: "Hội đồng trường ĐH") a
    school's name comes, often a person's ("Trường Tiểu học Kim Đồng"): no person's name starts there."""
    words = prefix.split()
    if len(words) > 1 and words[0].lower() == school.lower():
        words = words[1:]
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
    m = _FOLLOWING.match(text, pos)
    return bool(m and m.group(1)[0].isupper())
