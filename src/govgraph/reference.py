"""Reference knowledge loaded once from ``data/reference``: bodies, provinces, places,
role titles, document codes, surnames and event words, with the look-up patterns
the extractors share."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .resources import data_path
from .text import key, loose_key, normalize, slug

GENERIC_BODY = "GovernmentBody"  # the kind of a body named by its own name (a company, an institute)


@dataclass(frozen=True)
class Body:
    """An organisation with its canonical name, aliases, kind and parent (by id)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = GENERIC_BODY
    parent: str | None = None
    successor: str | None = None
    former: bool = False
    reference: bool = False
    wikidata: str | None = None


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city; ``merged_into`` names its 2025 successor."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    merged_into: str | None = None

    @property
    def is_city(self) -> bool:
        return self.kind == "thành phố"

    @property
    def full(self) -> str:
        """ "tỉnh Phú Thọ", "thành phố Hà Nội", "Thành phố Hồ Chí Minh"."""
        if self.name.startswith("Thành phố"):
            return self.name
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class RoleDef:
    """A role title and what it implies: a default body, a sector or province pattern."""

    name: str
    role: str
    base: str | None = None
    body: str | None = None
    standalone: bool = False
    sector: str | None = None
    province: str | None = None
    names_body: bool = False
    lower_case: bool = False  # usually written small ("người phát ngôn"): a title when a body follows
    needs_body: bool = False  # a common word ("Thành viên"): a title only when a body follows, whatever its case
    only_bodies: tuple[str, ...] = ()  # the heads of the bodies it may name ("đại biểu" of a council, not of a ministry)
    short_form: bool = False  # a short way of writing its role ("TGĐ", "Phó khoa"): the post is named by the role


def alternation(words: list[str], *, flags: int = 0) -> re.Pattern[str]:
    """A regex matching any of ``words`` as whole words, longest first."""
    ordered = sorted({normalize(w) for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)


@dataclass
class Reference:
    """All reference data with indexes for fast look-up."""

    bodies: dict[str, Body]
    provinces: list[Province]
    countries: dict[str, str]
    cities: dict[str, str]
    venues: list[str]
    roles: dict[str, RoleDef]
    qualifiers: list[str]
    ranks: list[str]
    honorifics: list[str]
    doc: dict[str, Any]
    surnames: frozenset[str]
    non_name_words: frozenset[str]
    events: dict[str, Any]
    local: dict[str, Any] = field(default_factory=dict)
    middle_names: frozenset[str] = frozenset()
    abbreviations: dict[str, str] = field(default_factory=dict)
    committee_organs: tuple[str, ...] = ()
    leading_organs: tuple[str, ...] = ()  # "Ban Chấp hành" + an organisation's whole name
    regions: tuple[str, ...] = ()
    current_words: frozenset[str] = frozenset()
    counted_words: frozenset[str] = frozenset()
    term_words: tuple[str, ...] = ()
    school_levels: frozenset[str] = frozenset()
    country_forms: list[str] = field(default_factory=list)
    acting: str = ""  # the word that makes any title acting ("Quyền")
    deputy: str = ""  # the word that makes a head's title its deputy's ("Phó")
    wikidata: dict[str, str] = field(default_factory=dict)
    body_alias: dict[str, str] = field(default_factory=dict)
    loose_alias: dict[str, str] = field(default_factory=dict)
    province_index: dict[str, Province] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    districts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> its provinces

    def __post_init__(self) -> None:
        loose: dict[str, set[str]] = {}
        for body in self.bodies.values():
            for name in (body.name, *body.aliases):
                self.body_alias.setdefault(key(name), body.id)
                loose.setdefault(loose_key(name), set()).add(body.id)
            if body.name.startswith("Bộ ") and not body.former:
                self.sectors[loose_key(body.name[3:])] = body.id
        self.loose_alias = {k: next(iter(ids)) for k, ids in loose.items() if len(ids) == 1}
        for body in self.bodies.values():  # former ministries still resolve by their sector
            if body.name.startswith("Bộ "):
                self.sectors.setdefault(loose_key(body.name[3:]), body.id)
        for prov in self.provinces:
            for name in (prov.name, *prov.aliases):
                self.province_index[key(name)] = prov
        names = [n for b in self.bodies.values() for n in (b.name, *b.aliases) if len(n) > 3]
        self.body_re = alternation(names, flags=re.IGNORECASE)
        self.province_names = [n for p in self.provinces for n in (p.name, *p.aliases)]
        self.province_re = alternation(self.province_names)
        self.country_re = alternation(self.country_forms)
        self.city_re = alternation(list(self.cities.values()))
        self.venue_re = alternation(self.venues)
        self.term_re = alternation(list(self.term_words), flags=re.IGNORECASE)
        self.region_re = alternation(list(self.regions), flags=re.IGNORECASE)
        titles = alternation([r.name for r in self.roles.values()], flags=re.IGNORECASE).pattern
        prefixes = "".join(rf"(?:{re.escape(word)}\s+)?" for word in (self.acting, self.deputy) if word)
        # a listed title as written first ("Phó Chủ tịch Thường trực"), else one after the prefixes
        self.role_re = re.compile(rf"{titles}|{prefixes}{titles}", re.IGNORECASE)
        self.rank_re = alternation(self.ranks)
        self.honorific_re = alternation(self.honorifics)

    def expand(self, name: str) -> str:
        """The name with abbreviated head nouns written out ("ĐH Quốc gia" -> "Đại học Quốc gia")."""
        return " ".join(self.abbreviations.get(word, word) for word in name.split(" "))

    def counted_after(self, text: str, pos: int) -> bool:
        """True when a word for a quantity follows ``pos`` ("2 năm sau", "5 năm"): the number
        before it is a count, not part of a name or a document's number."""
        nxt = re.match(r"[ \t]+([^\s,.;:()]+)", text[pos : pos + 24])
        return bool(nxt and nxt.group(1).lower() in self.counted_words)

    def find_body(self, name: str) -> Body | None:
        """The listed body of this name, also when its parts are joined otherwise
        ("Bộ Khoa học & Công nghệ", "Bộ Văn hóa - Thể thao và Du lịch")."""
        body_id = self.body_alias.get(key(name)) or self.loose_alias.get(loose_key(name))
        return self.bodies.get(body_id) if body_id else None

    def province(self, name: str) -> Province | None:
        return self.province_index.get(key(name))

    def country(self, name: str) -> str | None:
        return self.countries.get(key(name))

    def deputy_of(self, role: str, base: str | None = None) -> str | None:
        """The comparison key of the title a deputy's title stands under ("Phó Chủ tịch Thường
        trực", base "Phó Chủ tịch" -> "chủ tịch"), or None for a title that is no deputy's."""
        prefix = key(self.deputy) + " "
        if not self.deputy or not key(role).startswith(prefix):
            return None
        return key(base or role).removeprefix(prefix)

    def sole_head(self, role: str) -> bool:
        """True for a head's title held by one person at a time: one with a deputy's title of
        its own ("Giám đốc", "Phó Giám đốc"); members' and judges' titles are not."""
        return self.deputy_of(role) is None and not self.is_acting(role) and key(f"{self.deputy} {role}") in self.roles

    def is_acting(self, role: str) -> bool:
        """True for an acting title ("Quyền Chủ tịch"): its holder stands in for the post's head."""
        return bool(self.acting) and key(role).startswith(key(self.acting) + " ")

    def role(self, name: str) -> RoleDef | None:
        """The title's role. A title not listed may be a listed one after the deputy's word
        ("Phó Tổng cục trưởng": the deputy's own role) or the acting word ("Quyền Chủ tịch":
        its own role, with the title it stands in for as its base)."""
        found = self.roles.get(key(name))
        if found is not None:
            return found
        for word, acting in ((self.acting, True), (self.deputy, False)):
            prefix = key(word) + " " if word else ""
            if not prefix or not key(name).startswith(prefix):
                continue
            held = self.role(" ".join(name.split()[len(word.split()) :]))
            if held is None or held.standalone or key(held.role).startswith(prefix):
                return None
            base = (held.base or held.role) if acting else (f"{word} {held.base}" if held.base else None)
            return replace(held, name=f"{word} {held.name}", role=f"{word} {held.role}", base=base)
        return None


def _read(name: str) -> dict[str, Any]:
    with data_path("reference", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _norm(words: Any) -> list[str]:
    return [normalize(w) for w in words]


def _bodies(raw: list[dict[str, Any]]) -> dict[str, Body]:
    return {
        b["id"]: Body(
            id=b["id"],
            name=normalize(b["name"]),
            aliases=_with_hyphens(_norm(b.get("aliases", []))),
            kind=b.get("kind", GENERIC_BODY),
            parent=b.get("parent"),
            successor=b.get("successor"),
            former=bool(b.get("former")),
            reference=True,
            wikidata=b.get("wikidata"),
        )
        for b in raw
    }


def _with_hyphens(aliases: list[str]) -> tuple[str, ...]:
    """The aliases, and those with "&" also written with "-" ("Bộ GD&ĐT", "Bộ GD-ĐT"): both
    ways of joining the parts of an abbreviated sector are in use."""
    joined = [a.replace("&", "-") for a in aliases if "&" in a]
    return tuple(dict.fromkeys([*aliases, *joined]))


def _roles(raw: list[dict[str, Any]]) -> dict[str, RoleDef]:
    roles = {}
    for r in raw:
        name = normalize(r["name"])
        roles[key(name)] = RoleDef(
            name=name,
            role=normalize(r.get("role", name)),
            base=normalize(r["base"]) if r.get("base") else None,
            body=r.get("body"),
            standalone=bool(r.get("standalone")),
            sector=r.get("sector"),
            province=r.get("province"),
            names_body=bool(r.get("names_body")),
            lower_case=bool(r.get("lower_case")),
            needs_body=bool(r.get("needs_body")),
            only_bodies=tuple(normalize(b) for b in r.get("only_bodies", ())),
            short_form=bool(r.get("short_form")),
        )
    return roles


def _places(places: dict[str, Any]) -> dict[str, Any]:
    """Countries (by folded name, with every written form), cities and their Wikidata items."""
    countries: dict[str, str] = {}
    country_forms: list[str] = []
    for country in places["countries"]:
        for name in (country["name"], *country.get("aliases", [])):
            countries[key(name)] = normalize(country["name"])
            country_forms.append(normalize(name))
    return {
        "countries": countries,
        "country_forms": country_forms,
        "wikidata": {normalize(c["name"]): c["wikidata"] for c in places["countries"] if c.get("wikidata")},
        "cities": {key(c["name"]): normalize(c["name"]) for c in places["cities"]},
        "venues": _norm(places["venues"]),
        "regions": tuple(_norm(places.get("regions", []))),
    }


@cache
def load_reference() -> Reference:
    """Read the reference files (once per process)."""
    bodies_file, roles_raw, names = _read("bodies.json"), _read("roles.json"), _read("names.json")
    provinces = [
        Province(normalize(p["name"]), p["kind"], tuple(_norm(p.get("aliases", []))), p.get("merged_into"))
        for p in _read("provinces.json")["provinces"]
    ]
    return Reference(
        bodies=_bodies(bodies_file["bodies"]),
        provinces=provinces,
        roles=_roles(roles_raw["roles"]),
        local=_read("local.json"),
        doc=_read("documents.json"),
        events=_read("events.json"),
        term_words=tuple(_norm(bodies_file.get("term_words", []))),
        committee_organs=tuple(_norm(bodies_file.get("committee_organs", []))),
        leading_organs=tuple(_norm(bodies_file.get("leading_organs", []))),
        abbreviations={normalize(k): normalize(v) for k, v in bodies_file.get("abbreviations", {}).items()},
        counted_words=frozenset(_norm(names.get("counted_words", []))),
        middle_names=frozenset(_norm(names.get("middle_names", []))),
        school_levels=frozenset(_norm(names.get("school_levels", []))),
        surnames=frozenset(_norm(names["surnames"])),
        non_name_words=frozenset(_norm(names["non_name_words"])),
        current_words=frozenset(_norm(roles_raw.get("current_words", []))),
        qualifiers=_norm(roles_raw["qualifiers"]),
        ranks=_norm(roles_raw["ranks"]),
        honorifics=_norm(roles_raw["honorifics"]),
        acting=normalize(roles_raw["acting_word"]),
        deputy=normalize(roles_raw["deputy_word"]),
        districts={normalize(k): tuple(_norm(v)) for k, v in _read("districts.json")["districts"].items()},
        **_places(_read("places.json")),
    )


# the bodies built from a province's patterns, by id: a body's parent or successor is named by
# id, and these are not in the reference table, so this is where their names are found
_BUILT: dict[str, Body] = {}


def known_body(ident: str | None) -> Body | None:
    """The body with this id: a reference body, or a province's body built from its pattern."""
    if not ident:
        return None
    return load_reference().bodies.get(ident) or _BUILT.get(ident)


def local_body(kind: str, prov: Province, sector: str | None = None) -> Body:
    """The body of a province built from its pattern: "ubnd", "hdnd", "party", "standing",
    "delegation", "court", "procuracy", "police" or "department" (with ``sector``).

    A province merged in 2025 gives former bodies whose successor is the same body of the
    province that absorbed it; a department names none, since the departments were merged and
    renamed by sector then too ("Sở Du lịch" of one province need not have one in the other)."""
    body = _local_body(kind, prov, sector)
    successor = load_reference().province(prov.merged_into) if prov.merged_into else None
    if successor is not None:
        after = None
        if kind != "department":
            after = _local_body(kind, successor, sector)
            _BUILT[after.id] = after
        body = Body(body.id, body.name, body.aliases, body.kind, body.parent, after.id if after else None, True)
    _BUILT[body.id] = body
    return body


@cache
def _province_rows() -> dict[str, dict[str, Any]]:
    """The rows of the local organ table that build a province's body, by key ("ubnd", "party" …)."""
    return {row["key"]: row for row in load_reference().local["organs"] if "province" in row}


def _province_slots(prov: Province) -> dict[str, str]:
    """What a template can say of a province: its full name (``place``), its kind written short
    (``short``), its Party committee's head (``party``), its name with and without the word for a
    city (``province``, ``bare``)."""
    words = load_reference().local["province_words"]
    scope = "city" if prov.is_city else "province"
    prefix = words["city_prefix"]
    bare = prov.name.removeprefix(f"{prefix} ").strip() if prov.name.startswith(prefix) else prov.name
    return {
        "place": prov.full,
        "short": words["short"][scope],
        "party": words["party"][scope],
        "province": prov.name,
        "bare": bare,
    }


def _local_body(kind: str, prov: Province, sector: str | None = None) -> Body:
    """A province's body filled in from its row of the local organ table (data/reference/local.json):
    the name and alias templates, the kind, and the parent, a reference body or (``within``)
    another body of the same province."""
    row = _province_rows().get(kind)
    if row is None or ("{sector}" in row["province"]["name"] and not sector):
        raise ValueError(f"unknown local body kind {kind!r}")
    rule = row["province"]
    slots = {**_province_slots(prov), "name": row.get("name", ""), "abbr": row.get("abbr", ""), "sector": sector or ""}
    parent = rule.get("parent")
    if "within" in rule:
        outer = local_body(rule["within"], prov)
        slots["within"], parent = outer.name, outer.id
    name = rule["name"].format(**slots)
    aliases = tuple(
        alias.format(**slots, alias=extra)
        for alias in rule.get("aliases", [])
        for extra in (prov.aliases if "{alias}" in alias else ("",))
    )
    return Body(slug(name), name, aliases, row["kind"], parent)
