"""The awards component: award names, their recipients, and their way into the graph and view."""

from __future__ import annotations

import pytest
from rdflib import RDF, SDO, URIRef

import govgraph
from govgraph.document import ORG, Article, make_document
from govgraph.extractors.awards import AWARD, extract_awards
from govgraph.namespace import GG
from govgraph.pipeline import process
from govgraph.reference import load_reference
from govgraph.validate import validation_summary
from govgraph.viz import page_data, view_graph

from ..conftest import facts_of


def _doc_with_body(text: str, body_name: str):
    """A document whose only mention is the body named ``body_name`` (as the bodies extractor gives it)."""
    doc = make_document(Article("a", text), tag=False)
    start = doc.text.index(body_name)
    body = load_reference().find_body(body_name)
    assert body is not None
    doc.add(ORG, start, start + len(body_name), body=body, id=body.id)
    return doc


def test_award_name_with_grade() -> None:
    doc = make_document(Article("a", "Trường được tặng thưởng Huân chương Lao động hạng Ba năm nay."), tag=False)
    extract_awards(doc)
    assert [m.value["name"] for m in doc.of(AWARD)] == ["Huân chương Lao động hạng Ba"]


def test_words_that_only_look_like_an_award_are_not_one() -> None:
    doc = make_document(Article("a", "Ông nói về huân chương và giải thưởng của đội bóng."), tag=False)
    extract_awards(doc)
    assert doc.of(AWARD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sáng nay, Bộ Tư pháp đón nhận Huân chương Độc lập hạng Nhì.",
        "Thay mặt Nhà nước, Phó Chủ tịch nước trao Huân chương Độc lập hạng Nhì cho Bộ Tư pháp.",
        "Phó Chủ tịch nước trao tặng Bộ Tư pháp Huân chương Độc lập hạng Nhì.",
    ],
)
def test_recipient_before_or_after_the_award(text: str) -> None:
    doc = _doc_with_body(text, "Bộ Tư pháp")
    extract_awards(doc)
    (rel,) = [r for r in doc.relations if r.kind == "received"]
    assert rel.head.text == "Bộ Tư pháp"
    assert rel.tail.value["name"] == "Huân chương Độc lập hạng Nhì"


def test_no_recipient_when_the_sentence_names_none() -> None:
    doc = _doc_with_body("Bộ Tư pháp họp. Nhiều cán bộ được tặng Huân chương Lao động hạng Ba.", "Bộ Tư pháp")
    extract_awards(doc)
    assert len(doc.of(AWARD)) == 1 and not doc.relations


def test_award_and_recipient_reach_the_facts() -> None:
    facts = facts_of("Ngày 2/9, Bộ Ngoại giao đón nhận Huân chương Sao Vàng.")
    award = next(e for e in facts.entities.values() if e.kind == "award")
    assert award.label == "Huân chương Sao Vàng"
    assert {(facts.entities[s].label, r) for s, r, o in facts.links if o == award.key} == {("Bộ Ngoại giao", "received")}


@pytest.fixture(scope="module")
def awarded_kg() -> govgraph.KnowledgeGraph:
    text = "Sáng 3/9, Phó Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Bộ Ngoại giao tại Hà Nội."
    kg = govgraph.KnowledgeGraph()
    kg.add(process(Article("award-1", text, title="Trao huân chương")))
    return kg


def test_award_in_graph_shapes_and_view(awarded_kg: govgraph.KnowledgeGraph) -> None:
    rows = awarded_kg.query(
        "SELECT ?body ?name WHERE { ?b gg:received ?a . ?a a gg:Award ; schema:name ?name . ?b skos:prefLabel ?body }"
    )
    assert [(str(b), str(n)) for b, n in rows] == [("Bộ Ngoại giao", "Huân chương Lao động hạng Nhất")]
    assert awarded_kg.stats()["awards"] == 1
    summary = validation_summary(awarded_kg.dataset)
    assert summary["conforms"], summary
    assert summary["shapes"]["kind-award"]["checked"] == 1
    assert summary["shapes"]["relation-received"]["checked"] == 1
    view, _ = view_graph(awarded_kg.to_networkx())
    data = page_data(awarded_kg.to_networkx())
    assert data["kinds"]["award"]["label"] == "Khen thưởng"
    award = next(n for n in data["nodes"] if n["kind"] == "award")
    received = [r[0] for r in data["relations"]].index("https://w3id.org/govgraph/ontology#received")
    assert any(edge[2] == received and data["nodes"][edge[1]] is award for edge in data["edges"])
    assert data["relations"][received][1:] == ["được tặng", "received"]
    assert view.number_of_nodes() >= 2


def test_shapes_refuse_a_received_link_to_something_not_an_award(awarded_kg: govgraph.KnowledgeGraph) -> None:
    dataset = awarded_kg.to_rdflib()
    body = next(dataset.subjects(GG.received, None, unique=True))
    place = next(dataset.subjects(RDF.type, SDO.Place, unique=True))
    dataset.graph(URIRef("urn:test")).add((body, GG.received, place))
    summary = validation_summary(dataset)
    assert not summary["conforms"]
    assert [p["shape"] for p in summary["details"]] == ["relation-received"]
