"""The one place that mints IRIs and writes triples (DESIGN.md, output contract).

Each article's facts go into the named graph whose IRI is the article's IRI; the
reference bodies shipped with govgraph go into their own graph.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, SDO, SKOS

from .document import Article, Document
from .namespace import BODY_KINDS, DEFAULT_BASE, GG, REFERENCE_GRAPH
from .reference import Body, load_reference
from .resolve import Entity, Facts
from .text import slug

LEGAL_TYPES = {
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Kết luận",
    "Chỉ thị",
    "Thông tư",
    "Thông tư liên tịch",
    "Luật",
    "Bộ luật",
    "Pháp lệnh",
    "Hiến pháp",
    "Công điện",
    "Thông báo",
    "Quy định",
    "Lệnh",
    "Nghị quyết liên tịch",
    "Công ước",
    "Hiệp định",
}
WIKIDATA = "http://www.wikidata.org/entity/"
EVIDENCE_CHARS = 1000  # longest sentence quoted whole as evidence
EVIDENCE_PER_ENTITY = 3  # evidence nodes for one entity from one sentence
EVIDENCE_PER_SENTENCE = 64  # evidence nodes from one sentence
_IRI_SAFE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s<>\"{}|\\^`]+$")
DOMESTIC_KINDS = BODY_KINDS - {"ForeignBody", "International", "State"}


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


def _url(value: str) -> URIRef | Literal:
    """The article URL as an IRI when it is a valid one (RFC 3987, as strict parsers read it:
    no second "#", no "%zz", no "[" outside a host, no control characters), else as a literal."""
    return URIRef(value) if _IRI_SAFE.match(value) and _strict_iri(value) else Literal(value, datatype=XSD.anyURI)


def _strict_iri(value: str) -> bool:
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError:
        return False
    return True


def add_facts(dataset: Dataset, facts: Facts, *, base: str = DEFAULT_BASE) -> Graph:
    """Write one article's facts into its own named graph (replacing what was there)."""
    node = article_iri(facts.article, base)
    graph = dataset.graph(node)
    graph.remove((None, None, None))
    fill_graph(graph, facts, base=base)
    return graph


def fill_graph(graph: Graph, facts: Facts, *, base: str = DEFAULT_BASE) -> None:
    """Add the triples of ``facts`` to ``graph``."""
    article = facts.article
    node = article_iri(article, base)
    graph.add((node, RDF.type, SDO.NewsArticle))
    graph.add((node, SDO.identifier, Literal(article.id)))
    graph.add((node, SDO.headline, Literal(facts.doc.text[: facts.doc.body_start].strip() or article.title)))
    if article.url:
        graph.add((node, SDO.url, _url(article.url)))
    if article.published:
        graph.add((node, SDO.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.source:
        graph.add((node, SDO.publisher, Literal(article.source)))
    graph.add((node, SDO.text, Literal(facts.doc.text)))
    per_sentence: Counter[tuple[int, str]] = Counter()
    for entity in facts.entities.values():
        subject = iri(entity.key, base)
        _entity(graph, subject, entity, base)
        if _mentioned(entity):
            graph.add((node, SDO.mentions, subject))
        for mention in entity.mentions:
            sent = facts.doc.sentence_of(mention.start).start
            per_sentence[sent, ""] += 1
            per_sentence[sent, entity.key] += 1
            if per_sentence[sent, entity.key] > EVIDENCE_PER_ENTITY or per_sentence[sent, ""] > EVIDENCE_PER_SENTENCE:
                continue  # more evidence from one sentence says nothing new; the graph stays linear in the text
            _evidence(graph, node, subject, entity.key, facts, mention.start, mention.end)
    for subject_key, relation, object_key in sorted(facts.links):
        predicate = LINKS[relation]
        graph.add((iri(subject_key, base), predicate, iri(object_key, base)))


LINKS = {
    "holds": ORG.holds,
    "formerlyHeld": GG.formerlyHeld,
    "appointedTo": GG.appointedTo,
    "postIn": ORG.postIn,
    "role": ORG.role,
    "parent": ORG.subOrganizationOf,
    "issuer": SDO.legislationPassedBy,
    "location": SDO.location,
    "organizer": SDO.organizer,
    "chair": GG.chair,
    "speaker": GG.speaker,
    "attendee": SDO.attendee,
    "about": SDO.about,
    "signer": GG.signedBy,
    "implementer": GG.implementedBy,
    "confers": GG.confers,
}


def _mentioned(entity: Entity) -> bool:
    if entity.kind == "role":
        return False
    if entity.kind == "org":
        return bool(entity.mentions)
    return True


def _entity(graph: Graph, subject: URIRef, entity: Entity, base: str) -> None:
    kind = entity.kind
    if kind == "person":
        graph.add((subject, RDF.type, SDO.Person))
        graph.add((subject, SDO.name, Literal(entity.label)))
    elif kind == "org":
        body: Body = entity.data["body"]
        add_body(graph, body, base, aliases=sorted(entity.aliases))
    elif kind == "role":
        graph.add((subject, RDF.type, ORG.Role))
        graph.add((subject, SKOS.prefLabel, Literal(entity.label)))
        for alias in sorted(entity.aliases):
            graph.add((subject, SKOS.altLabel, Literal(alias)))
    elif kind == "post":
        graph.add((subject, RDF.type, ORG.Post))
        graph.add((subject, RDFS.label, Literal(entity.label)))
    elif kind == "place":
        graph.add((subject, RDF.type, SDO.Place))
        graph.add((subject, SDO.name, Literal(entity.label)))
        if entity.data.get("kind"):
            graph.add((subject, GG.placeKind, Literal(entity.data["kind"])))
        item = load_reference().wikidata.get(entity.label) if entity.data.get("kind") == "country" else None
        if item:
            graph.add((subject, OWL.sameAs, URIRef(WIKIDATA + item)))
    elif kind == "policy":
        graph.add((subject, RDF.type, GG.Policy))
        doc_type = entity.data.get("type")
        if doc_type in LEGAL_TYPES:
            graph.add((subject, RDF.type, SDO.Legislation))
        graph.add((subject, SDO.name, Literal(entity.label)))
        for alias in sorted(entity.aliases):
            graph.add((subject, SKOS.altLabel, Literal(alias)))
        if doc_type:
            graph.add((subject, SDO.legislationType, Literal(doc_type)))
        if entity.data.get("number"):
            graph.add((subject, SDO.legislationIdentifier, Literal(entity.data["number"])))
        if entity.data.get("date"):
            graph.add((subject, SDO.legislationDate, Literal(entity.data["date"], datatype=XSD.date)))
        if entity.data.get("subject"):
            graph.add((subject, GG.subject, Literal(entity.data["subject"])))
    elif kind == "event":
        graph.add((subject, RDF.type, SDO.Event))
        graph.add((subject, SDO.name, Literal(entity.label)))
        graph.add((subject, SDO.description, Literal(entity.data["kind"])))
        if entity.data.get("date"):
            graph.add((subject, SDO.startDate, Literal(entity.data["date"], datatype=XSD.date)))
        if entity.data.get("end"):
            graph.add((subject, SDO.endDate, Literal(entity.data["end"], datatype=XSD.date)))


def add_body(graph: Graph, body: Body, base: str, *, aliases: list[str] | tuple[str, ...] = ()) -> None:
    """Type, labels and parent of one body."""
    subject = iri(f"org/{body.id}", base)
    graph.add((subject, RDF.type, ORG.Organization))
    kind = body.kind if body.kind in BODY_KINDS else "GovernmentBody"
    graph.add((subject, RDF.type, GG[kind]))
    if kind in DOMESTIC_KINDS:
        graph.add((subject, RDF.type, SDO.GovernmentOrganization))
    graph.add((subject, SKOS.prefLabel, Literal(body.name)))
    for alias in sorted({*body.aliases, *aliases} - {body.name}) if not body.reference else sorted(set(aliases) - {body.name}):
        graph.add((subject, SKOS.altLabel, Literal(alias)))
    if body.parent:
        graph.add((subject, ORG.subOrganizationOf, iri(f"org/{body.parent}", base)))
    if body.successor:
        graph.add((subject, GG.successor, iri(f"org/{body.successor}", base)))
    if body.wikidata:
        graph.add((subject, OWL.sameAs, URIRef(WIKIDATA + body.wikidata)))
    if body.former:
        graph.add((subject, RDF.type, GG.FormerBody))


def _evidence(graph: Graph, article: URIRef, subject: URIRef, key: str, facts: Facts, start: int, end: int) -> None:
    # one span may name several things ("Thứ trưởng" in "3 Thứ trưởng gồm …" is two posts)
    node = URIRef(f"{article}/mention/{start}-{end}/{key}")
    doc = facts.doc
    graph.add((node, RDF.type, GG.Mention))
    graph.add((node, GG.refersTo, subject))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, GG.sentence, Literal(evidence_text(doc, start, end))))
    graph.add((node, GG.start, Literal(start)))
    graph.add((node, GG.end, Literal(end)))


def evidence_text(doc: Document, start: int, end: int) -> str:
    """The sentence of a mention; of a sentence longer than EVIDENCE_CHARS, the part around the
    mention, marked with "…" where cut (a scraped page can be one sentence of 60,000 characters)."""
    sent = doc.sentence_of(start)
    if sent.end - sent.start <= EVIDENCE_CHARS:
        return doc.text[sent.start : sent.end]
    half = max(0, (EVIDENCE_CHARS - (end - start)) // 2)
    lo, hi = max(sent.start, start - half), min(sent.end, end + half)
    return ("…" if lo > sent.start else "") + doc.text[lo:hi] + ("…" if hi < sent.end else "")


def reference_graph(dataset: Dataset, *, base: str = DEFAULT_BASE) -> Graph:
    """The reference bodies (names, aliases, kinds, parents, successors) in their own graph."""
    graph = dataset.graph(reference_graph_iri(base))
    if len(graph):
        return graph
    for body in load_reference().bodies.values():
        add_body(graph, body, base, aliases=body.aliases)
    return graph
