"""Articles claim, entities describe: the entities graph, sentence nodes, ordered exports,
JSON-LD context, --no-text, and the analyst queries written in plain SPARQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import SDO

import govgraph
from govgraph.cli import main
from govgraph.namespace import GG

BASE = "https://w3id.org/govgraph/id/"
ENTITIES = URIRef(BASE + "graph/entities")
ANALYST = Path(__file__).parent / "analyst"
# queries whose rows join descriptions only: a description stated twice would show as a repeated row
DESCRIPTION_QUERIES = ["bodies_parents", "policies_issuers", "holders_posts_bodies", "articles_mentioning_person"]


def rows(kg: govgraph.KnowledgeGraph, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in kg.query(sparql)]


def test_entities_are_described_in_the_entities_graph_only(sample_kg: govgraph.KnowledgeGraph) -> None:
    described = rows(
        sample_kg,
        """SELECT DISTINCT ?g ?x WHERE {
             GRAPH ?g { ?x a|schema:name|skos:prefLabel|skos:altLabel|rdfs:label|org:role|org:postIn|owl:sameAs ?v }
             FILTER NOT EXISTS { ?x a schema:Event }
             FILTER NOT EXISTS { ?x a schema:NewsArticle }
             FILTER NOT EXISTS { ?x a gg:Mention }
             FILTER NOT EXISTS { ?m gg:sentence ?x }
           }""",
    )
    graphs = {g for g, _ in described}
    assert graphs == {BASE + "graph/entities", BASE + "graph/reference"}
    # and nothing is described in both
    both = rows(
        sample_kg,
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ENTITIES}> {{ ?s ?p ?o }} GRAPH <{BASE}graph/reference> {{ ?s ?p ?o }} }}",
    )
    assert not both


@pytest.mark.parametrize("name", sorted(p.stem for p in ANALYST.glob("*.rq")))
def test_analyst_queries_answer_plainly(sample_kg: govgraph.KnowledgeGraph, name: str) -> None:
    found = rows(sample_kg, (ANALYST / f"{name}.rq").read_text(encoding="utf-8"))
    assert found, name
    if name in DESCRIPTION_QUERIES:
        assert len(found) == len(set(found)), f"{name} repeats rows"


def test_at_least_eight_analyst_queries() -> None:
    assert len(list(ANALYST.glob("*.rq"))) >= 8


def test_line_separators_in_articles_survive(tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are line breaks to str.splitlines(): they stay inside literals."""
    text = "Thủ tướng Phạm Minh Chính\u2028chủ trì Hội nghị\u2029tại Hà Nội.\x85 Bộ trưởng Bộ Y tế Đào Hồng Lan dự."
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "ls", "title": "Hội nghị", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    kg = govgraph.build([source], jobs=1)
    assert not kg.report.failures
    stored = rows(kg, "SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:text ?t }")[0][0]
    for char in "\u2028\u2029\x85":
        assert char in stored
    names = {r[0] for r in rows(kg, "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")}
    assert "Phạm Minh Chính" in names
    for suffix in (".trig", ".nq", ".ttl", ".jsonld"):
        back = govgraph.load(kg.save(tmp_path / f"g{suffix}"))
        assert rows(back, "SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:text ?t }")[0][0] == stored
    # across processes too (the worker's graph is pickled)
    two = govgraph.build([source], jobs=2)
    assert sorted(rows(two, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")) == sorted(rows(kg, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))


def test_trig_and_turtle_show_entities_before_evidence(sample_kg: govgraph.KnowledgeGraph) -> None:
    for fmt in ("trig", "turtle"):
        text = sample_kg.serialize(fmt).decode("utf-8")
        assert "@prefix schema: <https://schema.org/> ." in text
        assert "@prefix person: <https://w3id.org/govgraph/id/person/> ." in text
        first_person = text.index("a schema:Person")
        first_mention = text.index("a gg:Mention")
        assert first_person < first_mention, fmt
        assert text.index("schema:NewsArticle") < first_mention, fmt


def test_trig_from_a_store_has_prefixes(tmp_path: Path) -> None:
    kg = govgraph.build([Path(govgraph.resources.samples_dir()) / "05-bo-nhiem.txt"], store=tmp_path / "db")
    text = kg.serialize("trig").decode("utf-8")
    kg.close()
    assert text.startswith("@prefix") and "person:" in text


def test_jsonld_has_a_compact_context(sample_kg: govgraph.KnowledgeGraph) -> None:
    data = json.loads(sample_kg.serialize("json-ld"))
    assert data["@context"]["schema"] == "https://schema.org/"
    graphs = {g["@id"]: g["@graph"] for g in data["@graph"]}
    assert "ggid:graph/entities" in graphs
    person = next(n for n in graphs["ggid:graph/entities"] if n["@id"] == "person:pham-minh-chinh")
    assert person["@type"] == ["schema:Person"] and person["schema:name"] == ["Phạm Minh Chính"]
    back = Dataset(default_union=True).parse(data=json.dumps(data), format="json-ld")
    assert (URIRef(BASE + "person/pham-minh-chinh"), SDO.name, Literal("Phạm Minh Chính")) in back


def test_no_text_keeps_evidence_and_drops_bodies(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    runner = CliRunner()
    full = tmp_path / "full.trig"
    sample_kg.save(full)
    out = tmp_path / "lean.trig"
    result = runner.invoke(main, ["export", str(full), "-o", str(out), "--no-text"])
    assert result.exit_code == 0, result.output
    lean = govgraph.load(out)
    assert not rows(lean, "SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:text ?t }")
    sentences = rows(lean, "SELECT ?t WHERE { ?m gg:sentence/rdf:value ?t }")
    assert sentences and len(rows(lean, "SELECT * WHERE { ?a schema:headline ?h }")) == 8
    built = tmp_path / "built.trig"
    sample = str(govgraph.resources.samples_dir() / "05-bo-nhiem.txt")
    result = runner.invoke(main, ["build", sample, "-o", str(built), "--no-text", "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    graph = govgraph.load(built).to_rdflib()
    assert not list(graph.triples((None, SDO.text, None)))
    assert list(graph.triples((None, GG.sentence, None)))
