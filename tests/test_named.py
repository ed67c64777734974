"""Ready-made queries: declared parameters, forgiving names, typed bindings, grouped rows."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import URIRef

import govgraph
from govgraph.errors import QueryError
from govgraph.named import Param, match_entity, parse_ready_query, parse_value, ready_queries

CHINH = "https://w3id.org/govgraph/id/person/pham-minh-chinh"


def test_every_ready_query_declares_its_parameters() -> None:
    queries = ready_queries()
    assert {p.name: p.kind for p in queries["person_posts"].params} == {"name": "person"}
    assert {p.name: p.kind for p in queries["post_holders"].params} == {"body": "body"}
    assert {p.name: p.kind for p in queries["person_events"].params} == {"name": "person"}
    assert queries["bodies"].params == ()
    for query in queries.values():
        assert query.title and not query.title.startswith("#")
        for param in query.params:
            assert f"?{param.name}" in query.text, (query.name, param.name)


def test_a_malformed_param_line_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# Something.\n# param name: personne - who\nSELECT ?x WHERE { ?x ?p ?name }\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad.rq: bad parameter line .*KIND one of person, body"):
        parse_ready_query(bad)


@pytest.mark.parametrize(
    "spelling",
    [
        "Phạm Minh Chính",
        "pham minh chinh",
        "PHẠM MINH CHÍNH",
        "  Phạm  Minh Chính ",
        unicodedata.normalize("NFD", "Phạm Minh Chính"),
        "Chính",
        "minh chinh",
    ],
)
def test_person_names_match_as_typed(sample_kg: govgraph.KnowledgeGraph, spelling: str) -> None:
    rows = list(sample_kg.query_named("person_posts", name=spelling))
    assert ("Thủ tướng Chính phủ", "current") in {(str(r.post), str(r.status)) for r in rows}


def test_old_tone_placement_and_no_diacritics_find_the_same_rows(sample_kg: govgraph.KnowledgeGraph) -> None:
    expected = list(sample_kg.query_named("person_posts", name="Nguyễn Hòa Bình"))
    assert expected
    for spelling in ("Nguyễn Hoà Bình", "nguyen hoa binh", "Hoà Bình"):
        assert list(sample_kg.query_named("person_posts", name=spelling)) == expected


def test_bodies_match_through_aliases(sample_kg: govgraph.KnowledgeGraph) -> None:
    expected = {str(r.person) for r in sample_kg.query_named("post_holders", body="Bộ Ngoại giao")}
    assert "Bùi Thanh Sơn" in expected
    for spelling in ("bo ngoai giao", "BNG", "bng"):
        assert {str(r.person) for r in sample_kg.query_named("post_holders", body=spelling)} == expected


def test_an_iri_names_its_entity(sample_kg: govgraph.KnowledgeGraph) -> None:
    by_iri = list(sample_kg.query_named("person_posts", name=URIRef(CHINH)))
    assert by_iri == list(sample_kg.query_named("person_posts", name="Phạm Minh Chính"))
    with pytest.raises(QueryError, match=r"no person <https://w3id\.org/govgraph/id/person/nobody> in the graph"):
        sample_kg.query_named("person_posts", name=URIRef("https://w3id.org/govgraph/id/person/nobody"))


def test_wrong_parameters_are_refused_with_the_right_names(sample_kg: govgraph.KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"person_posts needs name \(person: "):
        sample_kg.query_named("person_posts")
    with pytest.raises(QueryError, match=r"has no parameter 'nmae'; did you mean 'name'\? \(it takes: name \(person"):
        sample_kg.query_named("person_posts", nmae="Chính")
    with pytest.raises(QueryError, match=r"no ready-made query 'post_holder'; did you mean 'post_holders'"):
        sample_kg.query_named("post_holder", body="Chính phủ")
    with pytest.raises(QueryError, match=r"no person named 'Pham Minh Chnh' in the graph; did you mean 'Phạm Minh Chính'"):
        sample_kg.query_named("person_posts", name="Pham Minh Chnh")
    with pytest.raises(
        QueryError,
        match=r"'ngoai giao' names 3 bodies: Bộ Ngoại giao, Bộ Ngoại giao Australia, Học viện Ngoại giao; give the full name",
    ):
        sample_kg.query_named("post_holders", body="ngoai giao")


def test_match_entity_prefers_the_exact_spelling() -> None:
    param = Param("name", "person", "")
    labels = {"a": ["Nguyễn Văn Hùng"], "b": ["Nguyễn Văn Hưng", "Hưng"]}
    assert match_entity(param, "Nguyễn Văn Hưng", labels) == "Nguyễn Văn Hưng"
    assert match_entity(param, "hung", labels) == "Nguyễn Văn Hưng"  # an alias of one entity, main name bound
    with pytest.raises(QueryError, match="names 2 people"):
        match_entity(param, "nguyen van hung", labels)


def test_person_events_gives_one_row_per_event(sample_kg: govgraph.KnowledgeGraph) -> None:
    rows = list(sample_kg.query_named("person_events", name="Phạm Minh Chính"))
    events = [(str(r.event), str(r.date)) for r in rows]
    assert len(events) == len(set(events)) == 3
    meeting = next(r for r in rows if str(r.event) == "Hội nghị trực tuyến Chính phủ")
    assert str(meeting.roles) == "attendee, chair, speaker"
    visit = next(r for r in rows if str(r.event) == "Chuyến thăm chính thức Australia")
    assert str(visit.places) == "Canberra; Nhà Quốc hội Australia"
    assert [str(r.date) for r in rows] == sorted((str(r.date) for r in rows), reverse=True)


def test_python_bindings_keep_their_types(sample_kg: govgraph.KnowledgeGraph) -> None:
    sparql = "SELECT ?h WHERE { ?a schema:datePublished ?d ; schema:headline ?h }"
    rows = list(sample_kg.query(sparql, {"d": date(2024, 3, 7)}))
    assert [str(r.h) for r in rows] == ["Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia"]
    typed = 'SELECT ?k WHERE { VALUES ?k { 8 "8" 2.5e0 1.25 true "2024-03-07"^^xsd:date } }'
    for value in (8, "8", 2.5, Decimal("1.25"), True, date(2024, 3, 7)):
        assert [r.k.toPython() for r in sample_kg.query(typed, {"k": value})] == [value]
    assert [str(r.n) for r in sample_kg.query("SELECT ?n WHERE { ?p schema:name ?n }", {"p": URIRef(CHINH)})] == [
        "Phạm Minh Chính"
    ]
    anyof = "SELECT ?p WHERE { ?p schema:name ?n }"
    assert len(list(sample_kg.query(anyof, {"n": ["Phạm Minh Chính", "Bùi Thanh Sơn"]}))) == 2


def test_parse_value_reads_the_typed_syntax() -> None:
    assert parse_value("date:2024-05-01") == date(2024, 5, 1)
    assert parse_value("int:42") == 42 and parse_value("float:2.5") == 2.5 and parse_value("bool:false") is False
    assert parse_value("<https://example.org/x>") == URIRef("https://example.org/x")
    assert parse_value("iri:https://example.org/x") == URIRef("https://example.org/x")
    assert parse_value("text:int:3") == "int:3" and parse_value("Hà Nội: họp") == "Hà Nội: họp"
    with pytest.raises(QueryError, match=r"'date:2024-13-01' is not a date YYYY-MM-DD"):
        parse_value("date:2024-13-01")


def test_names_match_the_same_way_on_a_store(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    params = {"person_posts": {"name": "chinh"}, "post_holders": {"body": "bo ngoai giao"}, "person_events": {"name": "Chính"}}
    with govgraph.build(store=tmp_path / "store") as on_disk:
        for name in params:
            expected = [tuple(map(str, r)) for r in sample_kg.query_named(name, **params[name])]
            got = [tuple(map(str, r)) for r in on_disk.query_named(name, **params[name])]
            assert got == expected and got, name
