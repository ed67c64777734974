"""What the body finders share: a candidate span with its body and priority, the scan they
add to, and the patterns compiled once from the reference data (head nouns and committees
from ``heads.json``, local organs from ``local.json``, provinces, countries and titles)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache
from typing import Any

from .. import lexicon
from ..document import Document
from ..reference import Body, Province, Reference, alternation, load_reference
from ..text import loose_pattern, normalize


class Priority(IntEnum):
    """How much a candidate is trusted when it overlaps another of the same length."""

    RESOLVED_BARE = 1  # "UBND tỉnh" once the article's province is known
    GENERIC = 2  # a head noun and a capitalised name
    BARE = 3  # "UBND tỉnh", "Hạ viện" alone; a parent named inside a longer name
    REFERENCE = 4  # a body of the reference data by name or alias
    LOCAL = 5  # a local body by pattern
    FOREIGN = 6  # a head and a country
    COMMITTEE = 7  # a committee or board named after the body it belongs to


@dataclass
class Candidate:
    """A span of the text that may name ``body``."""

    start: int
    end: int
    body: Body
    priority: int
    province: Province | None = None
    bare: str | None = None  # kind of a bare local body waiting for its province
    sector: str | None = None  # the sector of a bare department ("Y tế" in "Sở Y tế")


@dataclass
class Scan:
    """One article being read: the candidates found so far, which later finders look at."""

    doc: Document
    ref: Reference
    pats: Patterns
    found: list[Candidate] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The article's normalised text."""
        return self.doc.text


def either(words: Iterable[str]) -> str:
    """The words as a regex alternation ``(?:a|b …)``, longest first."""
    ordered = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


PARENTHESIS = re.compile(r"\s*\([^()]*\)")  # a bracket and the space before it
SHORT_NAME = r"\([^()\s]{2,12}\s?\)"  # a body's short name in brackets: "(CDC)", "(KH&CN )"


def _heads(name: str) -> Any:
    """A field of ``heads.json``, read from the loaded table each time patterns are built."""
    return lexicon.table("heads")[name]


def _words(name: str) -> frozenset[str]:
    """A word list of ``heads.json`` as a set, normalised like the text."""
    return frozenset(normalize(w) for w in _heads(name))


class Patterns:
    """Regexes and word tables built once from the reference data."""

    def __init__(self, ref: Reference) -> None:
        self.province_name = ref.province_re
        self._local(ref)
        self._committees()
        self._names(ref)

    def _local(self, ref: Reference) -> None:
        """Bodies of provinces ("UBND tỉnh X", "Tỉnh ủy X", "Sở Y tế tỉnh X") and of smaller units."""
        prov = "|".join(re.escape(n) for n in sorted(ref.province_names, key=len, reverse=True))
        words = ref.local["province_words"]
        kind_word = rf"(?:{either(words['before_name'])}\s*)?"
        rows = ref.local["organs"]
        self.province_organs = [
            (
                row["key"],
                re.compile(
                    rf"(?<!\w){either(row['forms'])}\s+{kind_word}({prov})(?!\w)",
                    re.I if row["province"].get("ignore_case") else 0,
                ),
            )
            for row in rows
            if "forms" in row and "province" in row
        ]
        standing, party = re.escape(normalize(words["standing"])), either(words["party"].values())
        self.city_party = normalize(words["party"]["city"])
        self.party = re.compile(rf"(?<!\w)({standing}\s+)?{party}\s+{kind_word}({prov})(?!\w)")
        self.province_tail = re.compile(rf"{either(words['before_name'])}\s*({prov})(?!\w)")
        self.province_kind_before = re.compile(rf"(?<!\w){either(words['before_name'])}[ \t]*$")  # "… TP " before a name
        # "Đảng ủy Khối Cơ quan và Doanh nghiệp " before a province: up to six words of the bloc's name
        self.bloc = re.compile(r"(?<!\w)Đảng ủy [Kk]hối(?:[ \t]+(?:[^\W\d_]+,?|và)){1,6}?[ \t]+(?=(?:tỉnh|thành phố|TP)\b)")
        self.party_long = re.compile(rf"(?<!\w){either(words['party_long'])}\s+{kind_word}({prov})(?!\w)")
        self.bare_kind = {normalize(f): row["key"] for row in rows if row.get("province", {}).get("bare") for f in row["forms"]}
        self.bare_scope = {normalize(w): scope for w, scope in words["alone"].items()}
        city_words = [w for w, scope in self.bare_scope.items() if scope == "city"]
        self.city_word = re.compile(rf"(?<!\w){either(city_words)}\.?\s*$", re.I)
        self.city_unit = next(u for u in ref.local["units"] if self.bare_scope.get(normalize(u)) == "city")
        # "Tỉnh ủy", "UBND tỉnh", "Ban Chấp hành Đảng bộ tỉnh": a province's body, its name left out
        scope = either(self.bare_scope)
        self.bare = re.compile(
            rf"(?<!\w)(?:({standing}\s+)?({party})|({either(self.bare_kind)})\s+({scope})"
            rf"|({either(words['party_long'])})\s+({scope}))(?!\w|\.\w)"
        )
        self._departments(ref, kind_word, prov)
        self._units(ref)

    def _departments(self, ref: Reference, kind_word: str, prov: str) -> None:
        """A province's department: "Sở", a ministry's sector (or its abbreviation, "GD&ĐT"),
        then the province, or no province ("Sở Y tế"), which the article's province fills in."""
        self.ministry = normalize(ref.local["departments"]["ministry"]) + " "
        ministries = [b for b in ref.bodies.values() if b.name.startswith(self.ministry)]
        self.sector_abbr = {
            normalize(a[len(self.ministry) :]): normalize(b.name[len(self.ministry) :])
            for b in ministries
            for a in b.aliases
            if a.startswith(self.ministry) and a[len(self.ministry) :].replace("&", "").replace("-", "").isupper()
        }
        sectors = sorted(
            {normalize(b.name[len(self.ministry) :]) for b in ministries}
            | {normalize(s) for s in ref.local["departments"]["sectors"]}
            | set(self.sector_abbr),
            key=len,
            reverse=True,
        )
        department = next(normalize(row["name"]) for row in ref.local["organs"] if row["key"] == "department")
        self.department = re.compile(
            # "Sở Y tế tỉnh Phú Thọ", "Sở Khoa học và Công nghệ (KH&CN) TP Cần Thơ", the sector's
            # parts joined any way ("Sở Văn hóa - Thể thao & Du lịch")
            rf"(?<!\w){re.escape(department)}\s+({'|'.join(loose_pattern(s) if ' ' in s else re.escape(s) for s in sectors)})"
            rf"(?:(?:\s*{SHORT_NAME})?\s+{kind_word}({prov}))?(?![\w&])",
            re.I,
        )

    def _units(self, ref: Reference) -> None:
        """An organ, a unit word and a name ("UBND huyện Krông Nô"), or a unit's Party committee ("Huyện ủy X")."""
        units = ref.local["units"]
        self.district_units = frozenset(normalize(u) for u in ref.local["district_units"])
        self.unit_organs = {
            normalize(f): o for o in ref.local["organs"] if "forms" in o and o.get("unit", True) for f in o["forms"]
        }
        self.unit_party = {normalize(h): u for h, u in ref.local["party_heads"].items()}
        self.unit_short = {normalize(a): normalize(u) for a, u in ref.local["unit_abbreviations"].items()}
        organs = "|".join(map(re.escape, sorted(self.unit_organs, key=len, reverse=True)))
        heads = sorted((normalize(h) for h in ref.local.get("field_heads", ())), key=len, reverse=True)
        # written small only as the last word of a title: "Trưởng phòng Nội vụ huyện X"
        ends = {r.name.split()[-1] for r in ref.roles.values()}
        heads += [h.lower() for h in heads if h[0].isupper() and h.lower() in ends]
        self.field_heads = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, heads))})[ \t]+(?=[^\W\d_])")
        before = ref.local["province_words"]["before_name"]
        self.unit_words = frozenset({*(normalize(u) for u in (*units, *before)), *self.unit_short})
        self.unit_word = re.compile(
            rf"(?:{'|'.join(map(re.escape, units))})[ \t]+|(?:{either(self.unit_short)})(?:\.[ \t]*|[ \t]+)"
        )
        # organs listed before one named with its province or unit ("Tỉnh ủy, HĐND, UBND tỉnh X")
        self.listed_forms = {normalize(f): row["key"] for row in ref.local["organs"] for f in row.get("forms", ())}
        self.listed_forms.update({normalize(f): "party" for f in ref.local["province_words"]["party"].values()})
        self.listed_forms.update({normalize(h): "unit_party" for h in ref.local["party_heads"]})
        self.listed_before = re.compile(rf"(?<!\w)({either(self.listed_forms)})[ \t]*(?:,|-|–|[ \t]và)[ \t]*$")
        # an organ and a unit word ("hội trường UBND phường."), named or not
        self.bare_units = re.compile(rf"(?<!\w)({organs})\s+({'|'.join(map(re.escape, units))})(?!\w)")
        self.organ_before = re.compile(rf"(?<!\w)(?:{organs})$", re.IGNORECASE)  # "… UBND" ending a text
        # the unit word may be written with a capital: "UBND Quận 1", "Chủ tịch UBND Thị xã Sa Pa"
        self.units = re.compile(
            rf"(?<!\w)({organs})\s+(?:((?i:{'|'.join(map(re.escape, units))}))\s+|({either(self.unit_short)})(?:\.[ \t]*|[ \t]+))"
            rf"|(?<!\w)({'|'.join(map(re.escape, self.unit_party))})\s+(?=[^\W\d_])"
        )

    def _committees(self) -> None:
        """Committees and boards named after the body they belong to ("Ban Cán sự đảng X", "HĐQT X")."""
        self.committees = {normalize(f): row for row in _heads("committees") for f in row["forms"]}
        self.owner = next(normalize(row["name"]) for row in _heads("committees") if row.get("owner")) + " "
        self.boards = {normalize(k): normalize(v) for k, v in _heads("boards").items()}
        # the body's name may come after the head's abbreviation: "Hội đồng quản trị (HĐQT) Tập đoàn X"
        self.party_of = re.compile(rf"(?<!\w)({either([*self.committees, *self.boards])})\s+(?:\([^\s()]{{2,8}}\)\s+)?")
        self.no_committees = frozenset(_heads("no_committees"))
        self.no_organs = tuple(f"{normalize(w)} " for w in _heads("no_organs"))

    def _names(self, ref: Reference) -> None:
        """Head nouns, foreign organs and the words that end or join a name."""
        self.head_style = {normalize(h): style for h, style in _heads("heads").items()}
        self.incomplete = _words("incomplete")
        self.connectors = _words("connectors")
        self.stop_words = _words("stop_words")
        self.no_sentence_case = _words("no_sentence_case")
        self.openers = frozenset(_words("openers"))
        self.universities = tuple(_words("universities"))
        # "Deutsche Bank", "Keller Graduate School of Management": a name written in English
        english = _heads("english")
        word = r"[A-Z][A-Za-z0-9&'.-]*(?<!\.)(?![\w&'-])"
        self.english = re.compile(
            rf"(?<![\w&.-])((?:{word}[ \t]+){{1,5}})({either(english['heads'])})(?![\w&-])"
            rf"((?:[ \t]+of(?:[ \t]+(?:{word}|and|the))*[ \t]+{word})?)"
        )
        self.english_not_names = frozenset(english["not_names"])
        self.no_numbers = frozenset(_words("no_numbers"))
        self.no_foreign_names = frozenset(_words("no_foreign_names"))
        self.festival_heads = frozenset(_words("festival_heads"))
        self.compound_fields = _words("compound_fields")
        self.brand_heads = _words("brand_heads")
        self.sport = re.compile(rf"(?i)(?<!\w){either(_words('sport_words'))}(?!\w)")
        self.comma_phrase = re.compile(rf"(?i){either(_words('comma_phrases'))}(?!\w)")
        self.company_form = re.compile(rf"{either(_words('company_forms'))}(?!\w)[ \t]+(?=[^\W\d_])")
        self.titled_heads = frozenset(normalize(h).lower() for h in _heads("titled_heads"))
        # "tập đoàn Microsoft", "hãng tin Reuters": a kind noun written small, then the own name
        self.classified = re.compile(rf"(?<!\w)(?:{either(_words('classifiers'))})[ \t]+(?=[A-ZĐ])")
        self.classifier_not_names = _words("classifier_not_names")
        self.not_units = re.compile(rf"(?i){either(_words('not_units'))}(?!\w)")
        self.heads_lower = frozenset(h.lower() for h in self.head_style)
        self.school = normalize(_heads("school"))
        self.heads = re.compile(rf"(?<!\w)({either(self.head_style)})\s+(?=\S)")
        # a head written in lower case right after a title: "Giám đốc bệnh viện Bạch Mai"
        kept = _words("no_lower_case")
        lower = {h.lower() for h in self.head_style if h not in kept}
        self.lower_heads = re.compile(rf"(?<!\w)({either(lower)})\s+(?=[^\W\d_])")
        self.title_before = re.compile(rf"(?:{ref.role_re.pattern})[ \t]+$", re.IGNORECASE)
        self.title_ending = re.compile(rf"(?:{ref.role_re.pattern})$", re.IGNORECASE)
        self.home = normalize(_heads("foreign")["home"])
        self.foreign = re.compile(rf"(?<!\w)({either(_heads('foreign')['heads'])})\s+({ref.country_re.pattern})")
        self.missions = frozenset(normalize(h) for h in _heads("foreign")["missions"])
        self.foreign_heads = tuple(normalize(h) for h in _heads("foreign")["heads"])
        # the host of a mission: "Đại sứ quán Séc tại Nga", "… ở Campuchia"
        self.host = re.compile(rf"[ \t]+(?:tại|ở)[ \t]+({ref.country_re.pattern})(?!\w)")
        self.bare_foreign = alternation(list(_heads("foreign")["chambers"]))
        # short acronyms of reference bodies ("WHO", "IMF", "BYT"), matched as written only
        shared = set(_words("shared_acronyms"))
        short = {n for b in ref.bodies.values() for n in (b.name, *b.aliases) if len(n) <= 3 and n.isupper() and n.isalpha()}
        # before a capitalised word only after a title ("Tổng giám đốc WHO Tedros"): "VOV Bacsi24"
        # names an application, not the broadcaster
        self.acronyms = re.compile(rf"(?<![\w./-])({either(sorted(short - shared))})(?![\w/-]|\.\w)")
        self.organ_of = alternation(list(ref.committee_organs))
        self.party_name = normalize(_heads("party")["name"])
        self.not_the_party = re.compile(rf"\s+{either(_heads('party')['not_before'])}\b")
        self.other_country = re.compile(rf"[ \t]+{either(_heads('other_country'))}(?!\w)")
        self.concept = re.compile(rf"[ \t]+{either(_heads('concept_words'))}(?!\w)(?![ \t]*\d)")
        self.building = re.compile(rf"(?<!\w){either(_heads('buildings'))}\s+$")
        self.building_word = re.compile(rf"{either(_heads('buildings'))}(?!\w)")
        self.venue = re.compile(rf"{either(_heads('venues'))}(?!\w)")
        self.competition = re.compile(rf"[ \t]+{either(_heads('competitions'))}(?!\w)")
        self.abbreviated = re.compile(rf"(?<=\b(?:{'|'.join(map(re.escape, _heads('abbreviated_words')))}))\.[ \t]+")
        self.at_place = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
        self.document = re.compile(rf"(?<!\w){either(_heads('document_words'))}\s+$")
        # a numbered document after "và" is no part of a name: "Ban Chỉ đạo Quốc gia và Quyết định số 936"
        self.numbered_document = re.compile(rf"{either(lexicon.table('documents')['types'])}[ \t]+(?:số[ \t]+)?\d")
        self.plural = re.compile(rf"(?<!\w){either(_heads('plural_before'))}\s+$", re.I)
        self.every_level = re.compile(rf"[ \t]+{either(_heads('every_level'))}(?!\w)")
        joiners = [w for w in self.connectors if w.isalpha()]
        self.byline_split = re.compile(rf"\s[-–/]\s|,\s|\s{either(joiners)}\s")

    def province_with_kind_at(self, text: str, pos: int) -> bool:
        """True when the capitalised words at ``pos`` end a province named with its kind before
        them ("TP Hồ Chí Minh", "thành phố Hồ Chí Minh"): the city, though a person's name."""
        kind = self.province_kind_before.search(text, max(0, pos - 12), pos)
        return kind is not None and self.province_at(text, kind.start()) is not None

    def province_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """A province named at ``pos``, maybe after its kind ("tỉnh Hà Nam", "TP Hà Nội", "Hà Nội")
        and ending a word: where it ends and the name as written."""
        m = self.province_tail.match(text, pos)
        found = (m.end(), m.group(1)) if m else None
        if found is None and (m := self.province_name.match(text, pos)) is not None:
            found = (m.end(), m.group(0))
        return found if found is not None and not text[found[0] : found[0] + 1].isalnum() else None


@cache
def patterns() -> Patterns:
    """The patterns, compiled on first use."""
    return Patterns(load_reference())
