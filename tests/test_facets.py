"""Facets (stats --facets) and the grouped validation summary (validate --format json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, URIRef
from rdflib.namespace import ORG, SDO

import govgraph
from govgraph.cli import main
from govgraph.resources import samples_dir

ARTICLE = "https://w3id.org/govgraph/id/article/sample-01"
CHINH = "https://w3id.org/govgraph/id/person/pham-minh-chinh"


def test_facets_count_articles(sample_kg: govgraph.KnowledgeGraph) -> None:
    found = sample_kg.facets(top=3)
    assert found["articles by source"] == [("govgraph samples", 8)]  # spellings differing in case are one source
    months = dict(found["articles by month"])
    assert sum(months.values()) == 8 and months["2024-03"] == 1 and list(months) == sorted(months)
    people = dict(found["top people"])
    assert len(people) == 3 and people["Phạm Minh Chính"] == 2 and people["Bùi Thanh Sơn"] == 2
    assert found["top bodies"][0] == ("Chính phủ", 3)
    assert found["top posts"][0] == ("Phó Thủ tướng Chính phủ", 3)
    counts = [n for _, n in found["top people"]]
    assert counts == sorted(counts, reverse=True)


def test_source_falls_back_to_the_web_site(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    rows = [
        {
            "id": "a",
            "url": "https://www.vnexpress.net/a",
            "published": "2024-05-02",
            "text": "Tin\nThủ tướng Phạm Minh Chính họp.",
        },
        {"id": "b", "url": "https://vnexpress.net/b", "text": "Tin\nBộ trưởng Bộ Tài chính phát biểu."},
    ]
    news.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    found = govgraph.build([news]).facets()
    assert found["articles by source"] == [("vnexpress.net", 2)]
    assert found["articles by month"] == [("(unknown)", 1), ("2024-05", 1)]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("facets")
    good = folder / "good.trig"
    kg = govgraph.build([samples_dir()])
    kg.save(good)
    data = govgraph.load(good).dataset
    graph = data.graph(URIRef(ARTICLE))
    for nobody in ("https://example.org/nobody", "https://example.org/nobody2"):
        graph.add((URIRef(nobody), RDF.type, SDO.Person))  # a person without a name
    graph.add((URIRef(CHINH), ORG.holds, URIRef("https://example.org/not-a-post")))
    bad = folder / "bad.trig"
    data.serialize(bad, format="trig")
    return good, bad


def test_cli_stats_facets(runner: CliRunner, graphs: tuple[Path, Path]) -> None:
    good, _ = graphs
    result = runner.invoke(main, ["stats", str(good), "--facets", "--top", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 8
    assert set(data["facets"]) == {"articles by source", "articles by month", "top people", "top bodies", "top posts"}
    assert data["facets"]["top bodies"] == [{"value": "Chính phủ", "articles": 3}, data["facets"]["top bodies"][1]]
    assert len(data["facets"]["top people"]) == 2
    table = runner.invoke(main, ["stats", str(good), "--facets"])
    assert table.exit_code == 0 and "top people:\n  " in table.stdout and "articles by month:" in table.stdout
    assert "top people" not in runner.invoke(main, ["stats", str(good)]).stdout


def test_cli_validate_json_counts_per_shape(runner: CliRunner, graphs: tuple[Path, Path]) -> None:
    good, bad = graphs
    result = runner.invoke(main, ["validate", str(good), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["conforms"] is True and data["problems"] == 0 and data["details"] == []
    assert data["shapes"]["Article"] == {"checked": 8, "problems": 0} and data["shapes"]["Person"]["checked"] == 25
    result = runner.invoke(main, ["validate", str(bad), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bad} does not conform to the govgraph shapes: 3 problem(s)"
    data = json.loads(result.stdout)
    assert data["conforms"] is False and data["shapes"]["Person"] == {"checked": 27, "problems": 3}
    first, second = data["details"]
    assert (first["shape"], first["path"], first["constraint"], first["count"]) == ("Person", "schema:name", "minCount", 2)
    assert first["examples"] == ["https://example.org/nobody", "https://example.org/nobody2"]
    assert (second["path"], second["constraint"], second["examples"]) == ("org:holds", "class", [CHINH])


def test_cli_validate_prints_a_readable_summary(runner: CliRunner, graphs: tuple[Path, Path]) -> None:
    _, bad = graphs
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["shape", "checked", "problems"]
    assert "- Person schema:name: minCount failed on 2 node(s): https://example.org/nobody, https://example.org/nobody2" in lines
    assert "sh:ValidationReport" not in result.stdout and "Validation Report" not in result.stdout
    assert len(result.stdout) < 2000
