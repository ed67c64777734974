"""Validation of a graph against the SHACL shapes of the output contract (pyshacl).

pyshacl's own report lists every failing node in turn; :func:`validation_summary` groups the
problems by shape, property and constraint, with counts and a few example nodes, and counts
the nodes each shape checked.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import RDF, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH, XSD

from . import vocabulary
from .graphio import union_graph
from .resources import ontology_path

EXAMPLES = 3


def shapes_graph() -> Graph:
    """The shapes of ``ontology/shapes.ttl``, and those of the kinds and relations components add."""
    graph = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    _component_shapes(graph)
    return graph


def _component_shapes(graph: Graph) -> None:
    """A shape per added kind (its class has a name) and per added relation (its object has the
    class of the relation's range), built from the vocabulary."""
    shapes = Namespace("https://w3id.org/govgraph/shapes#")
    added = vocabulary.added()
    for kind in added.kinds:
        shape = shapes[f"kind-{kind.key}"]
        graph.add((shape, RDF.type, SH.NodeShape))
        graph.add((shape, SH.targetClass, URIRef(kind.cls)))
        graph.add((shape, SH.property, prop := BNode()))
        graph.add((prop, SH.path, URIRef(vocabulary.expand(kind.name_property))))
        graph.add((prop, SH.minCount, Literal(1)))
        graph.add((prop, SH.datatype, XSD.string))
    for relation in added.relations:
        if relation.range is None:
            continue
        shape = shapes[f"relation-{relation.name}"]
        graph.add((shape, RDF.type, SH.NodeShape))
        graph.add((shape, SH.targetSubjectsOf, URIRef(relation.iri)))
        graph.add((shape, SH.property, prop := BNode()))
        graph.add((prop, SH.path, URIRef(relation.iri)))
        graph.add((prop, SH["class"], URIRef(vocabulary.kind(relation.range).cls)))


def validate_dataset(dataset: Dataset) -> tuple[bool, str]:
    """(conforms, report text) for the union of the dataset's graphs."""
    conforms, _, text = _run(union_graph(dataset), shapes_graph())
    return conforms, text


def _run(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    from pyshacl import validate

    conforms, results, text = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return bool(conforms), results, str(text)


def _short(graph: Graph, term: Any) -> str:
    """A term as a prefixed name when the graph knows the prefix, else its IRI."""
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # an IRI no prefix fits
            return f"<{term}>"
    return str(term)


def validation_summary(dataset: Dataset) -> dict[str, Any]:
    """Whether the graph conforms, the nodes each shape checked and the problems found,
    grouped by (shape, property, constraint) with a count and example nodes."""
    data, shapes = union_graph(dataset), shapes_graph()
    conforms, results, _ = _run(data, shapes)
    owner = {prop: node for node, prop in shapes.subject_objects(SH.property)}
    checked: dict[str, int] = {}
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        name = _short(shapes, shape).split(":")[-1]
        targets = {s for cls in shapes.objects(shape, SH.targetClass) for s in data.subjects(RDF.type, cls)}
        targets |= {s for p in shapes.objects(shape, SH.targetSubjectsOf) for s in data.subjects(p, None)}
        checked[name] = len(targets)
    groups: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    messages: dict[tuple[str, str, str, str], str] = {}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        shape = owner.get(source, source) if isinstance(source, BNode) else source
        key = (
            _short(shapes, shape).split(":")[-1] if shape is not None else "?",
            _short(shapes, results.value(result, SH.resultPath)) if results.value(result, SH.resultPath) else "",
            str(results.value(result, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1].removesuffix("ConstraintComponent"),
            _short(shapes, results.value(result, SH.resultSeverity) or SH.Violation).split(":")[-1],
        )
        groups[key].append(str(results.value(result, SH.focusNode)))
        messages.setdefault(key, str(results.value(result, SH.resultMessage) or ""))
    problems = []
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        shape, path, constraint, severity = key
        nodes = sorted(set(groups[key]))
        problems.append(
            {
                "shape": shape,
                "path": path,
                "constraint": constraint[:1].lower() + constraint[1:],
                "severity": severity,
                "count": len(groups[key]),
                "examples": nodes[:EXAMPLES],
                "message": messages[key],
            }
        )
    per_shape = {
        name: {"checked": n, "problems": sum(p["count"] for p in problems if p["shape"] == name)} for name, n in checked.items()
    }
    return {"conforms": conforms, "problems": sum(p["count"] for p in problems), "shapes": per_shape, "details": problems}


def summary_text(summary: dict[str, Any]) -> str:
    """The summary as a few readable lines: nodes checked per shape, then each kind of problem."""
    lines = ["shape           checked  problems"]
    for name, counts in summary["shapes"].items():
        lines.append(f"{name:15} {counts['checked']:>7}  {counts['problems']:>8}")
    for problem in summary["details"]:
        where = f"{problem['shape']} {problem['path']}".strip()
        examples = ", ".join(problem["examples"])
        more = f" (+{problem['count'] - len(problem['examples'])} more)" if problem["count"] > len(problem["examples"]) else ""
        lines.append(f"- {where}: {problem['constraint']} failed on {problem['count']} node(s): {examples}{more}")
        lines.append(f"    {problem['message']}")
    return "\n".join(lines)
