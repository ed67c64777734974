"""The Python API."""

from __future__ import annotations

from pathlib import Path

import pytest

import govgraph
from govgraph.errors import QueryError


def test_build_query_save_load(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    assert sample_kg.report.added == 8 and sample_kg.report.ok
    rows = list(sample_kg.query_named("post_holders", body="Bộ Ngoại giao"))
    assert ("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao") in {(str(r.person), str(r.post)) for r in rows}
    path = sample_kg.save(tmp_path / "g.trig")
    again = govgraph.load(path)
    assert again.stats() == sample_kg.stats()


def test_every_ready_query_runs(sample_kg: govgraph.KnowledgeGraph) -> None:
    params = {
        "person_posts": {"name": "Phạm Minh Chính"},
        "post_holders": {"body": "Chính phủ"},
        "person_events": {"name": "Phạm Minh Chính"},
    }
    for name in govgraph.ready_queries():
        rows = list(sample_kg.query_named(name, **params.get(name, {})))
        assert rows, name


def test_binding_values_are_normalised(sample_kg: govgraph.KnowledgeGraph) -> None:
    old_style = "Nguyễn Hoà Bình"  # old tone placement finds the same person
    assert list(sample_kg.query_named("person_posts", name=old_style))


def test_bad_query_raises(sample_kg: govgraph.KnowledgeGraph) -> None:
    with pytest.raises(QueryError):
        sample_kg.query("SELECT WHERE {")
    with pytest.raises(QueryError, match="known"):
        sample_kg.query_named("nope")


def test_networkx_projection(sample_kg: govgraph.KnowledgeGraph) -> None:
    graph = sample_kg.to_networkx()
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"person", "org", "post", "event", "policy", "place"}
    chinh = "https://w3id.org/govgraph/id/person/pham-minh-chinh"
    labels = {d["label"] for _, _, d in graph.out_edges(chinh, data=True)}
    assert "giữ chức" in labels
    assert graph.nodes[chinh]["evidence"]
