"""govgraph's own RDF terms (``gg:``) and the namespaces of the output contract."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE = "https://w3id.org/govgraph/id/"
REFERENCE_GRAPH = "graph/reference"
ENTITIES_GRAPH = "graph/entities"
# the namespaces govgraph writes with, in the order output files declare them
PREFIXES = {
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "gg": "https://w3id.org/govgraph/ontology#",
}


class GG(DefinedNamespace):
    """Terms of ``ontology/govgraph.ttl``; a typo raises instead of minting a new term."""

    _NS = Namespace("https://w3id.org/govgraph/ontology#")
    _fail = True

    # classes
    Policy: URIRef
    Mention: URIRef
    Sentence: URIRef
    GovernmentBody: URIRef
    PartyOrgan: URIRef
    StateOrgan: URIRef
    Legislature: URIRef
    Executive: URIRef
    Ministry: URIRef
    Agency: URIRef
    Court: URIRef
    Procuracy: URIRef
    MassOrganization: URIRef
    LocalGovernment: URIRef
    ForeignBody: URIRef
    International: URIRef
    State: URIRef
    Press: URIRef
    FormerBody: URIRef
    Award: URIRef
    # properties
    refersTo: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    chair: URIRef
    speaker: URIRef
    formerlyHeld: URIRef
    appointedTo: URIRef
    signedBy: URIRef
    implementedBy: URIRef
    confers: URIRef
    successor: URIRef
    subject: URIRef
    placeKind: URIRef
    contentHash: URIRef
    descriptions: URIRef
    received: URIRef


BODY_KINDS = {
    "PartyOrgan",
    "StateOrgan",
    "Legislature",
    "Executive",
    "Ministry",
    "Agency",
    "Court",
    "Procuracy",
    "MassOrganization",
    "LocalGovernment",
    "ForeignBody",
    "International",
    "State",
    "Press",
    "GovernmentBody",
}
