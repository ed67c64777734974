"""The vocabulary: one table of mention labels, entity kinds and relations.

Each relation is mapped here, once, to its predicate; each entity kind to its classes, the
properties that name it, its plural and its colour in the view. ``resolve``, ``rdf``, ``viz``,
``named`` and ``stats`` read this table instead of keeping lists of their own, and an extractor
registered from outside the package adds its rows with :func:`extend` (or through
``register(..., vocabulary=...)``), so its facts reach the graph, the shapes and the view.
View labels of relations come from the ontology's ``rdfs:label``; a row only carries labels
of its own when its term is not in the ontology.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from .namespace import PREFIXES


def expand(curie: str) -> str:
    """A full IRI from a prefixed name ("schema:Person"); a full IRI is returned as it is."""
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES and not local.startswith("//") else curie


@dataclass(frozen=True)
class Label:
    """A label extractors give mentions ("PERSON"); ``kind`` is the entity it resolves to when
    no built-in rule resolves it (a component's labels)."""

    name: str
    about: str
    kind: str | None = None


@dataclass(frozen=True)
class Attribute:
    """A value of an entity's data written as a literal: ``data[key]`` -> ``predicate``."""

    key: str
    predicate: str
    datatype: str | None = None  # "xsd:date", or None for text


@dataclass(frozen=True)
class Kind:
    """A kind of entity: its key (the first segment of its IRIs), what users call it, its classes
    (the first is the one counted and drawn), the properties that name it and its view style."""

    key: str
    public: str
    types: tuple[str, ...]
    name_property: str
    names: tuple[str, ...] = ()  # properties a search by name looks in (default: name_property)
    plural: str = ""  # what users call many of them ("bodies"); "" for kinds not looked up by name
    stat: str = ""  # its line in the graph's statistics ("organizations"); "" for none
    alias_property: str | None = None
    attributes: tuple[Attribute, ...] = ()
    claim: bool = False  # described in the article's own graph (what the article reports), not the entities graph
    mentioned: str = "always"  # when the article "mentions" it: "always", "evidence" (only if a span names it), "never"
    view: tuple[str, str, str, str] | None = None  # legend label (vi, en), colour, shape; None: not drawn as its own kind

    @property
    def cls(self) -> str:
        """The class that identifies the kind (full IRI)."""
        return expand(self.types[0])

    @property
    def naming(self) -> tuple[str, ...]:
        return self.names or (self.name_property,)


@dataclass(frozen=True)
class Relation:
    """A link between two entities: its name in Facts, its predicate, whether it describes what the
    subject is (entities graph) or is claimed by the article, and whether the view draws it."""

    name: str
    predicate: str
    describes: bool = False
    view: bool = True
    domain: str | None = None  # kind of the subject, for the shapes of a component's relations
    range: str | None = None  # kind of the object
    labels: tuple[str, str] | None = None  # (vi, en) when the ontology has no label for the predicate

    @property
    def iri(self) -> str:
        return expand(self.predicate)


@dataclass(frozen=True)
class Vocabulary:
    """What a component adds to the table."""

    labels: tuple[Label, ...] = ()
    kinds: tuple[Kind, ...] = ()
    relations: tuple[Relation, ...] = ()


LABELS = (
    Label("PERSON", "a person's name, with the title read before it"),
    Label("ROLE", "a title: a post in a body, or a title used alone"),
    Label("ORG", "a body: ministry, Party or state organ, committee, foreign body"),
    Label("PLACE", "a country, province, city or venue"),
    Label("DATE", "a date or a range of dates"),
    Label("POLICY", "a document: resolution, decree, decision, conclusion, programme"),
    Label("EVENT", "an event: conference, session, reception, visit"),
)
PERSON, ROLE, ORG, PLACE, DATE, POLICY, EVENT = (label.name for label in LABELS)
HOLDS = "holds"  # the relation an extractor states between a PERSON and the ROLE (post) they hold
RETIRED = "retired"  # an extractor's note that a PERSON retires (related to itself; "at": where it is told)

KINDS = (
    Kind(
        "person", "person", ("schema:Person",), "schema:name", ("schema:name", "skos:prefLabel", "skos:altLabel"),
        "people", "persons", view=("Người", "People", "#e4572e", "dot"),
    ),
    Kind(
        "org", "body", ("org:Organization",), "skos:prefLabel", ("skos:prefLabel", "skos:altLabel", "schema:name"),
        "bodies", "organizations", alias_property="skos:altLabel", mentioned="evidence",
        view=("Cơ quan", "Bodies", "#2e86ab", "square"),
    ),
    Kind(
        "post", "post", ("org:Post",), "rdfs:label", ("rdfs:label", "skos:prefLabel"), "posts", "posts",
        view=("Chức vụ", "Posts", "#f3a712", "diamond"),
    ),
    Kind("role", "role", ("org:Role",), "skos:prefLabel", alias_property="skos:altLabel", mentioned="never"),
    Kind(
        "event", "event", ("schema:Event",), "schema:name", (), "events", "events",
        attributes=(
            Attribute("kind", "schema:description"),
            Attribute("date", "schema:startDate", "xsd:date"),
            Attribute("end", "schema:endDate", "xsd:date"),
        ),
        claim=True, view=("Sự kiện", "Events", "#6a4c93", "star"),
    ),
    Kind(
        "policy", "policy", ("gg:Policy",), "schema:name", ("schema:name", "schema:legislationIdentifier"),
        "policies", "policies", alias_property="skos:altLabel",
        attributes=(
            Attribute("type", "schema:legislationType"),
            Attribute("number", "schema:legislationIdentifier"),
            Attribute("date", "schema:legislationDate", "xsd:date"),
            Attribute("subject", "gg:subject"),
        ),
        view=("Chính sách", "Policies", "#3bb273", "triangle"),
    ),
    Kind(
        "place", "place", ("schema:Place",), "schema:name", ("schema:name", "skos:altLabel"), "places", "places",
        attributes=(Attribute("kind", "gg:placeKind"),), view=("Địa điểm", "Places", "#8d6e63", "triangleDown"),
    ),
)  # fmt: skip

# In the view's order (the page numbers relations by their place here).
RELATIONS = (
    Relation("holds", "org:holds", domain="person", range="post"),
    Relation("formerlyHeld", "gg:formerlyHeld", domain="person", range="post"),
    Relation("postIn", "org:postIn", describes=True, domain="post", range="org"),
    Relation("parent", "org:subOrganizationOf", describes=True, domain="org", range="org"),
    Relation("chair", "gg:chair", domain="event", range="person"),
    Relation("speaker", "gg:speaker", domain="event", range="person"),
    Relation("attendee", "schema:attendee", domain="event", range="person"),
    Relation("location", "schema:location", domain="event", range="place"),
    Relation("organizer", "schema:organizer", domain="event", range="org"),
    Relation("issuer", "schema:legislationPassedBy", describes=True, domain="policy", range="org"),
    Relation("about", "schema:about", domain="event", range="policy"),
    Relation("signer", "gg:signedBy", domain="policy", range="person"),
    Relation("implementer", "gg:implementedBy", domain="policy", range="org"),
    Relation("confers", "gg:confers", domain="event", range="post"),
    Relation("appointedTo", "gg:appointedTo", view=False, domain="person", range="post"),
    Relation("role", "org:role", describes=True, view=False, domain="post", range="role"),
)


@dataclass
class _Table:
    labels: dict[str, Label] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    builtin: Vocabulary = field(default_factory=Vocabulary)  # the rows govgraph ships

    def add(self, vocabulary: Vocabulary) -> None:
        for table, rows in ((self.labels, vocabulary.labels), (self.kinds, vocabulary.kinds)):
            for row in rows:
                _put(table, row.name if isinstance(row, Label) else row.key, row)
        for relation in vocabulary.relations:
            _put(self.relations, relation.name, relation)


def _put(table: dict, name: str, row: object) -> None:
    if name in table and table[name] != row:
        raise ValueError(f"vocabulary already has a different {type(row).__name__.lower()} {name!r}")
    table[name] = row


_TABLE = _Table()
_TABLE.add(Vocabulary(LABELS, KINDS, RELATIONS))
_TABLE.builtin = Vocabulary(LABELS, KINDS, RELATIONS)


def extend(vocabulary: Vocabulary) -> None:
    """Add a component's labels, kinds and relations (the same row twice is fine, a
    different row under a taken name is an error)."""
    _TABLE.add(vocabulary)
    view_labels.cache_clear()


def snapshot() -> tuple[dict, dict, dict]:
    """The table's rows, for :func:`restore` (tests that register throw-away components)."""
    return dict(_TABLE.labels), dict(_TABLE.kinds), dict(_TABLE.relations)


def restore(state: tuple[dict, dict, dict]) -> None:
    _TABLE.labels, _TABLE.kinds, _TABLE.relations = (dict(part) for part in state)
    view_labels.cache_clear()


def _components() -> None:
    """Make sure every extractor component has registered (and so declared its rows)."""
    from .extractors import registry

    registry.names()


def builtin() -> Vocabulary:
    """The rows govgraph ships."""
    return _TABLE.builtin


def labels() -> dict[str, Label]:
    _components()
    return _TABLE.labels


def table_labels() -> dict[str, Label]:
    """The labels declared so far (while components are still registering)."""
    return _TABLE.labels


def kinds() -> dict[str, Kind]:
    """Entity kinds by key ("person", "org" …), built-in first."""
    _components()
    return _TABLE.kinds


def kind(key: str) -> Kind:
    return _TABLE.kinds[key] if key in _TABLE.kinds else kinds()[key]


def relations() -> dict[str, Relation]:
    """Relations by name, in the view's order, built-in first."""
    _components()
    return _TABLE.relations


def relation(name: str) -> Relation:
    return _TABLE.relations[name] if name in _TABLE.relations else relations()[name]


def component_labels() -> dict[str, Label]:
    """Labels added by components, which resolve generically to their declared kind."""
    return {label.name: label for label in added().labels if label.kind}


def added() -> Vocabulary:
    """The rows components added to the built-in table."""
    _components()
    return Vocabulary(
        tuple(row for row in _TABLE.labels.values() if row not in _TABLE.builtin.labels),
        tuple(row for row in _TABLE.kinds.values() if row not in _TABLE.builtin.kinds),
        tuple(row for row in _TABLE.relations.values() if row not in _TABLE.builtin.relations),
    )


def legend(kind: Kind) -> tuple[str, str]:
    """(vi, en) name of a kind in the view's legend: the row's own, else the ontology's label of its class."""
    own = kind.view or ("", "", "", "")
    found = _ontology_labels().get(kind.cls, {})
    return own[0] or found.get("vi", kind.key), own[1] or found.get("en", kind.key)


@cache
def view_labels() -> dict[str, tuple[str, str]]:
    """(vi, en) label of each drawn relation's predicate: the ontology's ``rdfs:label``, else the
    row's own labels, else the predicate's local name."""
    found = _ontology_labels()
    out: dict[str, tuple[str, str]] = {}
    for rel in relations().values():
        if not rel.view:
            continue
        vi, en = found.get(rel.iri, {}).get("vi"), found.get(rel.iri, {}).get("en")
        local = rel.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        fallback = rel.labels or (local, local)
        out[rel.iri] = (vi or fallback[0], en or fallback[1])
    return out


@cache
def _ontology_labels() -> dict[str, dict[str, str]]:
    import pyoxigraph as ox

    from .resources import ontology_path

    label = ox.NamedNode(PREFIXES["rdfs"] + "label")
    out: dict[str, dict[str, str]] = {}
    with ontology_path("govgraph.ttl").open("rb") as handle:
        for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE):
            if quad.predicate == label and isinstance(quad.object, ox.Literal) and quad.object.language:
                out.setdefault(quad.subject.value, {})[quad.object.language] = quad.object.value
    return out
