"""Validation of a graph against the SHACL shapes of the output contract (pyshacl)."""

from __future__ import annotations

from rdflib import Dataset, Graph

from .graphio import union_graph
from .resources import ontology_path


def shapes_graph() -> Graph:
    """The shapes of ``ontology/shapes.ttl``."""
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate_dataset(dataset: Dataset) -> tuple[bool, str]:
    """(conforms, report text) for the union of the dataset's graphs."""
    from pyshacl import validate

    conforms, _, text = validate(union_graph(dataset), shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), str(text)
