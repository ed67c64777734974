"""The one place that mints IRIs and writes triples (DESIGN.md, output contract).

Articles claim, entities describe: what an article asserts (that it mentions an entity,
who holds which post, its events and their participants, the evidence) goes into the
named graph whose IRI is the article's IRI; what an entity *is* (types, names, labels and
aliases, a post's role and body, a body's parent, a document's type and number, sameAs)
goes into the entities graph, stated once whichever articles mention it. The reference
bodies shipped with govgraph have their own graph, and the entities graph never repeats
what it says.

Triples are pyoxigraph terms, built directly: nothing goes through a text serialisation
unless it crosses a process.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import ORG, OWL, RDF, RDFS, SDO, SKOS, XSD

from . import lexicon, vocabulary
from .document import Article
from .namespace import BODY_KINDS, DEFAULT_BASE, ENTITIES_GRAPH, GG, PREFIXES, REFERENCE_GRAPH
from .reference import Body, load_reference
from .resolve import Entity, Facts
from .text import slug

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]

LEGAL_TYPES = lexicon.wordset("documents", "legal_types")
WIKIDATA = "http://www.wikidata.org/entity/"
_IRI_SAFE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s<>\"{}|\\^`]+$")
DOMESTIC_KINDS = BODY_KINDS - {"ForeignBody", "International", "State"}
EVIDENCE_PER_ENTITY = 3  # evidence mentions of one entity from one sentence
EVIDENCE_PER_SENTENCE = 64  # evidence mentions from one sentence


@cache
def _ox(term: str) -> ox.NamedNode:
    """An rdflib namespace term (``SDO.name``, ``GG.Mention``) as a pyoxigraph named node;
    ``GG`` refuses unknown names, so a typo raises instead of minting a term."""
    return ox.NamedNode(str(term))


TYPE, VALUE, LABEL = _ox(RDF.type), _ox(RDF.value), _ox(RDFS.label)
PREF_LABEL, ALT_LABEL, SAME_AS, DATE = _ox(SKOS.prefLabel), _ox(SKOS.altLabel), _ox(OWL.sameAs), _ox(XSD.date)
NAME, TEXT, MENTIONS = _ox(SDO.name), _ox(SDO.text), _ox(SDO.mentions)
REFERS_TO, SENTENCE_OF, START, END = _ox(GG.refersTo), _ox(GG.sentence), _ox(GG.start), _ox(GG.end)
CONTENT_HASH, DESCRIPTIONS = _ox(GG.contentHash), _ox(GG.descriptions)


@cache
def predicate(relation: str) -> ox.NamedNode:
    """The predicate of a relation of the vocabulary ("holds" -> org:holds)."""
    return ox.NamedNode(vocabulary.relation(relation).iri)


RECORD_PREFIXES = {name: PREFIXES[name] for name in ("schema", "org", "skos", "rdfs", "owl", "gg")}
# prefixes of the kinds described in the entities graph ("body:" for org/ …)
RECORD_KINDS = {k.public: f"{k.key}/" for k in vocabulary.builtin().kinds if not k.claim}


def article_iri(article: Article, base: str = DEFAULT_BASE) -> URIRef:
    """The article's IRI, which is also the IRI of its named graph.

    An id that is already a slug ("bai-1") is used as it is; any other ("Bài-1", "BAI 1")
    gets a digest of the exact id, so distinct ids never name one graph."""
    ident = slug(article.id)
    if ident != article.id or len(ident) > 80:
        ident = f"{ident[:60]}-{hashlib.sha1(article.id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
    return URIRef(f"{base}article/{ident}")


def iri(path: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an entity from its key ("person/pham-minh-chinh")."""
    return URIRef(base + path)


def reference_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(base + REFERENCE_GRAPH)


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """The graph where every entity is described once."""
    return URIRef(base + ENTITIES_GRAPH)


def _node(path: str, base: str) -> ox.NamedNode:
    return ox.NamedNode(base + path)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _day(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=DATE)


def _url(value: str) -> ox.NamedNode | ox.Literal:
    if _IRI_SAFE.match(value):
        try:
            return ox.NamedNode(value)
        except ValueError:
            pass
    return ox.Literal(value, datatype=_ox(XSD.anyURI))


@dataclass
class ArticleGraph:
    """One article's contribution: its named graph (claims and evidence) and the descriptions
    of the entities it speaks of (for the entities graph)."""

    iri: str
    claims: list[Triple]
    descriptions: list[Triple]


def article_graph(facts: Facts, *, base: str = DEFAULT_BASE, content_hash: str | None = None, text: bool = True) -> ArticleGraph:
    """The triples of one article: its claims and evidence, and the descriptions it contributes.

    ``text=False`` leaves out the article body (the evidence sentences stay)."""
    article = facts.article
    node = ox.NamedNode(str(article_iri(article, base)))
    claims: list[Triple] = [
        (node, TYPE, _ox(SDO.NewsArticle)),
        (node, _ox(SDO.identifier), _text(article.id)),
        (node, _ox(SDO.headline), _text(facts.doc.text[: facts.doc.body_start].strip() or article.title)),
    ]
    if article.url:
        claims.append((node, _ox(SDO.url), _url(article.url)))
    if article.published:
        claims.append((node, _ox(SDO.datePublished), _day(article.published.isoformat())))
    if article.source:
        claims.append((node, _ox(SDO.publisher), _text(article.source)))
    if text:
        claims.append((node, TEXT, _text(facts.doc.text)))
    if content_hash:
        claims.append((node, CONTENT_HASH, _text(content_hash)))
    described: set[Triple] = set()
    sentences: set[int] = set()
    per_sentence: Counter[tuple[int, str]] = Counter()
    for entity in facts.entities.values():
        subject = _node(entity.key.path, base)
        if vocabulary.kind(entity.kind).claim:  # an event is what the article reports: a claim
            claims.extend(describe(subject, entity, base))
        else:
            described.update(describe(subject, entity, base))
        if _mentioned(entity):
            claims.append((node, MENTIONS, subject))
        for mention in entity.mentions:
            sent = facts.doc.sentence_of(mention.start).start
            per_sentence[sent, ""] += 1
            per_sentence[sent, entity.key] += 1
            if per_sentence[sent, entity.key] > EVIDENCE_PER_ENTITY or per_sentence[sent, ""] > EVIDENCE_PER_SENTENCE:
                continue  # more evidence from one sentence says nothing new: the graph stays linear in the text
            claims.extend(_evidence(node, subject, entity.key.path, facts, mention.start, mention.end, sentences))
    for subject_key, relation, object_key in sorted(facts.links):
        triple = (_node(subject_key.path, base), predicate(relation), _node(object_key.path, base))
        if vocabulary.relation(relation).describes:
            described.add(triple)
        else:
            claims.append(triple)
    descriptions = sorted(described - reference_triples(base), key=_order)
    claims.append((node, DESCRIPTIONS, _text(record(descriptions, base))))
    return ArticleGraph(node.value, claims, descriptions)


def record(descriptions: list[Triple], base: str = DEFAULT_BASE) -> str:
    """The descriptions an article contributes, as Turtle kept in its own graph
    (``gg:descriptions``): replacing or pruning the article can then rebuild the entities
    graph exactly, without extracting anything again."""
    names = {**RECORD_PREFIXES, **{name: base + path for name, path in RECORD_KINDS.items()}}
    data = ox.serialize([ox.Triple(*t) for t in descriptions], format=ox.RdfFormat.TURTLE, prefixes=names)
    return data.decode("utf-8")


def read_record(text: str) -> list[Triple]:
    """The triples of a ``gg:descriptions`` record."""
    return [(t.subject, t.predicate, t.object) for t in ox.parse(text, format=ox.RdfFormat.TURTLE)]


def _order(triple: Triple) -> tuple[str, str, str]:
    return (triple[0].value, triple[1].value, str(triple[2]))


def _mentioned(entity: Entity) -> bool:
    when = vocabulary.kind(entity.kind).mentioned
    return when == "always" or (when == "evidence" and bool(entity.mentions))


def describe(subject: ox.NamedNode, entity: Entity, base: str) -> list[Triple]:
    """What an entity is, from its kind's row of the vocabulary (classes, name, aliases,
    attributes), plus what a built-in kind adds of its own."""
    row = vocabulary.kind(entity.kind)
    special = _SPECIAL.get(entity.kind)
    if special is not None and special[1]:  # the kind describes itself whole (bodies)
        return special[0](subject, entity, base)
    out: list[Triple] = [(subject, TYPE, ox.NamedNode(vocabulary.expand(t))) for t in row.types]
    out.append((subject, ox.NamedNode(vocabulary.expand(row.name_property)), _text(entity.label)))
    if row.alias_property:
        alias = ox.NamedNode(vocabulary.expand(row.alias_property))
        out += [(subject, alias, _text(a)) for a in sorted(entity.aliases)]
    for attribute in row.attributes:
        value = entity.data.get(attribute.key)
        if value:
            literal = _day(value) if attribute.datatype == "xsd:date" else _text(str(value))
            out.append((subject, ox.NamedNode(vocabulary.expand(attribute.predicate)), literal))
    if special is not None:
        out += special[0](subject, entity, base)
    return out


def _place(subject: ox.NamedNode, entity: Entity, base: str) -> list[Triple]:
    """A country is the same as its Wikidata item."""
    item = load_reference().wikidata.get(entity.label) if entity.data.get("kind") == "country" else None
    return [(subject, SAME_AS, ox.NamedNode(WIKIDATA + item))] if item else []


def _policy(subject: ox.NamedNode, entity: Entity, base: str) -> list[Triple]:
    """A legal document (a decree, a law …) is also a schema:Legislation."""
    return [(subject, TYPE, _ox(SDO.Legislation))] if entity.data.get("type") in LEGAL_TYPES else []


def _org(subject: ox.NamedNode, entity: Entity, base: str) -> list[Triple]:
    body: Body = entity.data["body"]
    return body_triples(body, base, aliases=sorted(entity.aliases))


# kinds whose description needs more than their row: (function, whether it replaces the row)
_SPECIAL = {"place": (_place, False), "policy": (_policy, False), "org": (_org, True)}


def body_triples(body: Body, base: str, *, aliases: Iterable[str] = ()) -> list[Triple]:
    """Type, labels and parent of one body."""
    subject = _node(f"org/{body.id}", base)
    kind = body.kind if body.kind in BODY_KINDS else "GovernmentBody"
    out: list[Triple] = [(subject, TYPE, _ox(ORG.Organization)), (subject, TYPE, _ox(GG[kind]))]
    if kind in DOMESTIC_KINDS:
        out.append((subject, TYPE, _ox(SDO.GovernmentOrganization)))
    out.append((subject, PREF_LABEL, _text(body.name)))
    names = set(aliases) if body.reference else {*body.aliases, *aliases}
    out += [(subject, ALT_LABEL, _text(alias)) for alias in sorted(names - {body.name})]
    if body.parent:
        out.append((subject, predicate("parent"), _node(f"org/{body.parent}", base)))
    if body.successor:
        out.append((subject, _ox(GG.successor), _node(f"org/{body.successor}", base)))
    if body.wikidata:
        out.append((subject, SAME_AS, ox.NamedNode(WIKIDATA + body.wikidata)))
    if body.former:
        out.append((subject, TYPE, _ox(GG.FormerBody)))
    return out


def _evidence(
    article: ox.NamedNode, subject: ox.NamedNode, key: str, facts: Facts, start: int, end: int, sentences: set[int]
) -> list[Triple]:
    """A mention (one span naming one entity) pointing to its sentence, stated once per article."""
    # one span may name several things ("Thứ trưởng" in "3 Thứ trưởng gồm …" is two posts)
    node = ox.NamedNode(f"{article.value}/mention/{start}-{end}/{key}")
    sent = facts.doc.sentence_of(start)
    sentence = ox.NamedNode(f"{article.value}/sentence/{sent.start}")
    out: list[Triple] = [
        (node, TYPE, _ox(GG.Mention)),
        (node, REFERS_TO, subject),
        (node, SENTENCE_OF, sentence),
        (node, START, ox.Literal(start)),
        (node, END, ox.Literal(end)),
    ]
    if sent.start not in sentences:
        sentences.add(sent.start)
        # its text and where it starts (it ends at start + length); its class is implied by gg:sentence
        out += [(sentence, VALUE, _text(facts.doc.text[sent.start : sent.end])), (sentence, START, ox.Literal(sent.start))]
    return out


@cache
def _reference(base: str) -> tuple[tuple[Triple, ...], frozenset[Triple]]:
    triples: list[Triple] = []
    for body in load_reference().bodies.values():
        triples += body_triples(body, base, aliases=body.aliases)
    return tuple(triples), frozenset(triples)


def reference_triples(base: str = DEFAULT_BASE) -> frozenset[Triple]:
    """The reference bodies (names, aliases, kinds, parents, successors) for their own graph."""
    return _reference(base)[1]


def reference_list(base: str = DEFAULT_BASE) -> list[Triple]:
    """The reference graph's triples in a stable order."""
    return list(_reference(base)[0])
