"""SPARQL text helpers: prefixes only where missing, one-line parser errors, tie-breakers."""

from __future__ import annotations

from pathlib import Path

import pytest

import govgraph
from govgraph.errors import QueryError
from govgraph.sparqltext import missing_prefixes, short_error, undeclared_prefixes, with_tie_breakers

PREFIXES = "PREFIX schema: <https://schema.org/>\nPREFIX gg: <https://w3id.org/govgraph/ontology#>\n"


def test_prefixes_are_added_only_where_missing() -> None:
    assert missing_prefixes("SELECT ?prefix WHERE { ?prefix ?p ?o }", PREFIXES) == PREFIXES
    assert missing_prefixes("PREFIX schema: <http://schema.org/>\nSELECT * {}", PREFIXES) == PREFIXES.splitlines(True)[1]
    assert missing_prefixes("prefix gg:<x:> prefix schema: <y:> ASK {}", PREFIXES) == ""
    assert missing_prefixes('SELECT * { ?s ?p "PREFIX gg: <x>" }  # PREFIX schema: <y>', PREFIXES) == PREFIXES
    # the same namespace under the user's own name is not declared twice (rdflib would drop one)
    assert missing_prefixes("PREFIX s: <https://schema.org/> ASK {}", PREFIXES) == PREFIXES.splitlines(True)[1]


def test_a_query_that_says_prefix_keeps_the_predeclared_prefixes(sample_kg: govgraph.KnowledgeGraph) -> None:
    rows = sample_kg.query("SELECT ?prefix WHERE { ?prefix a schema:Person ; schema:name 'Phạm Minh Chính' }")
    assert [str(r.prefix) for r in rows] == ["https://w3id.org/govgraph/id/person/pham-minh-chinh"]
    own = "PREFIX s: <https://schema.org/>\nSELECT ?n WHERE { ?p a s:Person ; s:name ?n ; org:holds ?x } LIMIT 1"
    assert len(list(sample_kg.query(own))) == 1


@pytest.fixture(scope="module")
def on_disk(tmp_path_factory: pytest.TempPathFactory) -> govgraph.KnowledgeGraph:
    kg = govgraph.build([], store=tmp_path_factory.mktemp("store") / "s")
    yield kg
    kg.close()


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_parser_errors_are_one_line_at_the_users_position(
    sample_kg: govgraph.KnowledgeGraph, on_disk: govgraph.KnowledgeGraph, backend: str
) -> None:
    kg = sample_kg if backend == "memory" else on_disk
    with pytest.raises(QueryError) as caught:
        kg.query("SELECT ?x WHERE {\n  ?x schema:name ?n . FILTER( }")
    message = str(caught.value)
    assert message.startswith("malformed SPARQL query at line 2, column ")
    assert "\n" not in message and len(message) < 250
    with pytest.raises(QueryError) as caught:
        kg.query("PREFIX schema: <https://schema.org/>\nSELECT ?x WHERE { ?x nope:name ?n }")
    assert str(caught.value).startswith("malformed SPARQL query at line 2, column ")
    assert str(caught.value).endswith("unknown prefix nope: (declare it with PREFIX p: <...>)")


def test_undeclared_prefixes_are_named() -> None:
    sparql = "PREFIX s: <x:> SELECT ?x { ?x s:name ?n ; foo:bar 'a:b' ; <http://x#y> ?y . ?y :z ?w } # c:d"
    assert undeclared_prefixes(sparql) == ["foo", ""]


def test_short_error_reads_oxigraph_positions() -> None:
    long = "error at 5:12: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' |\n'x']"
    assert short_error(SyntaxError(long), header_lines=3) == (
        "malformed SPARQL query at line 2, column 12: unknown prefix (declare it with PREFIX p: <...>)"
    )


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a", "SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a ?b "),
        ("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY DESC(?b) ?a", "SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY DESC(?b) ?a"),
        ("SELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY ?b\nLIMIT 3", "SELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY ?b ?a LIMIT 3"),
        ("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a", None),
        ("SELECT * WHERE { ?a ?p ?b } ORDER BY ?a", "SELECT * WHERE { ?a ?p ?b } ORDER BY ?a"),
        (
            "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?o LIMIT 1 } } # ORDER BY ?z",
            "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?o LIMIT 1 } }\nORDER BY ?a\n # ORDER BY ?z",
        ),
    ],
)
def test_tie_breakers(sparql: str, expected: str | None) -> None:
    if expected is None:
        assert with_tie_breakers(sparql).endswith("GROUP BY ?a\nORDER BY ?a ?n\n")
    else:
        assert with_tie_breakers(sparql) == expected


def test_tie_broken_ready_queries_still_parse(sample_kg: govgraph.KnowledgeGraph) -> None:
    for name in govgraph.ready_queries():
        assert "ORDER BY" in with_tie_breakers(govgraph.ready_queries()[name].text)


def test_results_repr_are_html(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    html = sample_kg.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")._repr_html_()
    assert html.startswith("<table>") and "Phạm Minh Chính" in html
