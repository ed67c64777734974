"""Networks for Gephi: GEXF, GraphML and CSV node/edge lists read back with networkx."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import govgraph
from govgraph.cli import main
from govgraph.networks import flat_graph, flat_value

CHINH = "https://w3id.org/govgraph/id/person/pham-minh-chinh"


@pytest.fixture(scope="module")
def network(sample_kg: govgraph.KnowledgeGraph) -> nx.MultiDiGraph:
    return sample_kg.to_networkx()


def _same_network(back: nx.Graph, network: nx.MultiDiGraph) -> None:
    assert set(back.nodes) == set(network.nodes)
    assert back.number_of_edges() == network.number_of_edges()
    for node, data in network.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert back.nodes[node]["kind"] == data["kind"]
        assert int(back.nodes[node]["mentions"]) == data["mentions"]
    chinh_edges = {d["label"] for _, _, d in back.out_edges(CHINH, data=True)}
    assert "giữ chức" in chinh_edges


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_network_files_read_back_with_networkx(
    sample_kg: govgraph.KnowledgeGraph, network: nx.MultiDiGraph, tmp_path: Path, suffix: str
) -> None:
    (path,) = sample_kg.save_network(tmp_path / f"g{suffix}")
    back = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    _same_network(back, network)
    weights = [d["weight"] for _, _, d in back.edges(data=True)]
    assert all(float(w) >= 1 for w in weights) and max(float(w) for w in weights) > 1
    evidence = back.nodes[CHINH]["evidence"]
    assert isinstance(evidence, str) and "Phạm Minh Chính" in evidence


def test_csv_node_and_edge_lists(sample_kg: govgraph.KnowledgeGraph, network: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes_path, edges_path = sample_kg.save_network(tmp_path / "g.csv")
    assert (nodes_path.name, edges_path.name) == ("g.nodes.csv", "g.edges.csv")
    with nodes_path.open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with edges_path.open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:2] == ["Id", "Label"] and list(edges[0])[:5] == ["Source", "Target", "Type", "Label", "Weight"]
    back = nx.MultiDiGraph()
    back.add_nodes_from((row["Id"], {"label": row["Label"], **row}) for row in nodes)
    back.add_edges_from((row["Source"], row["Target"], {"label": row["Label"], **row}) for row in edges)
    _same_network(back, network)
    assert {row["Type"] for row in edges} == {"Directed"}


def test_flat_values_keep_one_type_per_attribute() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", places=["Hà Nội", "Huế"], extra=3, missing=None)
    graph.add_node("b", places=[], extra="three", info={"k": 1})
    graph.add_edge("a", "b", key="p", articles=[{"date": "2024-03-07"}, {"date": "2024-03-08"}])
    flat = flat_graph(graph)
    assert flat.nodes["a"] == {"places": "Hà Nội; Huế", "extra": "3"}
    assert flat.nodes["b"] == {"places": "", "extra": "three", "info": '{"k": 1}'}
    assert flat.edges["a", "b", "p"]["weight"] == 2
    assert flat_value(("x", 1)) == "x; 1" and flat_value(None) is None
    nx.write_gexf(flat, io.BytesIO())
    nx.write_graphml(flat, io.BytesIO())


def test_cli_export_networks(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    assert runner.invoke(main, ["build", "-o", str(graph), "-q"]).exit_code == 0
    for name in ("g.gexf", "g.graphml", "g.csv"):
        result = runner.invoke(main, ["export", str(graph), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert result.stdout == "" and "wrote" in result.stderr
    assert (tmp_path / "g.nodes.csv").exists() and (tmp_path / "g.edges.csv").exists()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == nx.read_graphml(tmp_path / "g.graphml").number_of_nodes()
    piped = runner.invoke(main, ["export", str(graph), "-o", "-", "--format", "graphml"])
    assert piped.exit_code == 0 and nx.read_graphml(io.BytesIO(piped.stdout_bytes)).number_of_nodes() > 10
    refused = runner.invoke(main, ["export", str(graph), "-o", "-", "--format", "csv"])
    assert refused.exit_code == 2 and "csv writes two files" in refused.stderr
