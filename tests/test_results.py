"""Query results as tables: DataFrame columns typed, SPARQL JSON, HTML for Jupyter."""

from __future__ import annotations

import sys

import pytest

import govgraph
from govgraph.errors import GovGraphError

TYPED = """SELECT ?a ?day ?n ?x ?ok ?label ?none WHERE {
  VALUES (?a ?day ?n ?x ?ok ?label) {
    (<https://example.org/a> "2024-03-07"^^xsd:date 3 2.5 true "Hà Nội")
    (<https://example.org/b> UNDEF UNDEF 1.25 false UNDEF)
  }
} ORDER BY ?a"""


def test_to_df_has_typed_columns(sample_kg: govgraph.KnowledgeGraph) -> None:
    pd = pytest.importorskip("pandas")
    df = sample_kg.query(TYPED).to_df()
    assert list(df.columns) == ["a", "day", "n", "x", "ok", "label", "none"]
    assert pd.api.types.is_datetime64_any_dtype(df["day"]) and df["day"][0] == pd.Timestamp("2024-03-07")
    assert pd.isna(df["day"][1])
    assert str(df["n"].dtype) == "Int64" and df["n"][0] == 3 and pd.isna(df["n"][1])
    assert df["x"].dtype == "float64" and list(df["x"]) == [2.5, 1.25]
    assert str(df["ok"].dtype) == "boolean" and list(df["ok"]) == [True, False]
    assert list(df["a"]) == ["https://example.org/a", "https://example.org/b"] and df["label"][0] == "Hà Nội"
    assert df["none"].isna().all()


def test_to_df_of_a_ready_made_query_has_dates(sample_kg: govgraph.KnowledgeGraph) -> None:
    pd = pytest.importorskip("pandas")
    df = sample_kg.query_named("person_posts", name="pham minh chinh").to_df()
    assert pd.api.types.is_datetime64_any_dtype(df["published"]) and len(df) >= 2


def test_to_df_without_pandas_says_what_to_install(sample_kg: govgraph.KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(GovGraphError, match=r"to_df\(\) needs pandas: pip install 'govgraph\[notebook\]'"):
        sample_kg.query(TYPED).to_df()


def test_to_df_refuses_a_graph_result(sample_kg: govgraph.KnowledgeGraph) -> None:
    with pytest.raises(GovGraphError, match=r"to_df\(\) needs a SELECT query"):
        sample_kg.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1").to_df()


def test_to_json_is_sparql_results(sample_kg: govgraph.KnowledgeGraph) -> None:
    data = sample_kg.query(TYPED).to_json()
    first, second = data["results"]["bindings"]
    assert data["head"]["vars"] == ["a", "day", "n", "x", "ok", "label", "none"]
    assert first["n"] == {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert first["label"] == {"type": "literal", "value": "Hà Nội"} and first["a"]["type"] == "uri"
    assert "day" not in second and "none" not in first


def test_html_display_escapes_and_counts(sample_kg: govgraph.KnowledgeGraph) -> None:
    html = sample_kg.query("SELECT ?t WHERE { VALUES ?t { '<script>x</script>' } }")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<p>1 row</p>" in html
    many = sample_kg.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 60")._repr_html_()
    assert many.count("<tr>") == 51 and "10 more rows" in many
    assert sample_kg.query("ASK { ?s ?p ?o }")._repr_html_() == "<p>true</p>"


def test_rows_still_iterate_like_rdflib(sample_kg: govgraph.KnowledgeGraph) -> None:
    result = sample_kg.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n")
    names = [str(row.n) for row in result]
    assert "Phạm Minh Chính" in names and len(result) == len(names)
