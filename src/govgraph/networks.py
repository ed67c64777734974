"""The graph for network tools: GEXF and GraphML (Gephi, Cytoscape, yEd) and CSV node/edge lists.

:meth:`KnowledgeGraph.to_networkx` keeps lists and dicts on nodes and edges (evidence, the
articles stating a link), which GEXF and GraphML cannot hold. Here every attribute becomes a
string, a number or a boolean, with one type per attribute name, and each edge gets a
``weight``: the number of articles that state it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import GovGraphError
from .graphio import write_atomic

NETWORK_FORMATS = {".gexf": "gexf", ".graphml": "graphml", ".csv": "csv"}
_SCALARS = (str, int, float, bool)


def network_format(path: str | Path, fmt: str | None = None) -> str | None:
    """``gexf``, ``graphml`` or ``csv`` when ``fmt`` or the file's extension names one, else None."""
    if fmt is not None:
        return fmt if fmt in NETWORK_FORMATS.values() else None
    return NETWORK_FORMATS.get(Path(str(path)).suffix.lower())


def flat_value(value: Any) -> str | int | float | bool | None:
    """A value GEXF and GraphML can hold: lists of plain values joined with "; ", other
    containers as JSON text, None dropped.

    >>> flat_value(["Hà Nội", "Huế"]), flat_value([{"date": "2024-03-07"}]), flat_value(3)
    ('Hà Nội; Huế', '[{"date": "2024-03-07"}]', 3)
    """
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if all(isinstance(item, _SCALARS) for item in items):
            return "; ".join(str(item) for item in items)
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _flat_attributes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each attribute flattened; an attribute whose values differ in type becomes text everywhere."""
    flat = [{k: v for k, v in ((k, flat_value(v)) for k, v in data.items()) if v is not None} for data in items]
    types: dict[str, set[type]] = {}
    for data in flat:
        for name, value in data.items():
            types.setdefault(name, set()).add(type(value))
    mixed = {name for name, kinds in types.items() if len(kinds) > 1}
    return [{k: (str(v) if k in mixed else v) for k, v in data.items()} for data in flat]


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` that GEXF and GraphML writers accept, with a ``weight`` on each edge."""
    flat = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    for (node, _), data in zip(nodes, _flat_attributes([d for _, d in nodes]), strict=True):
        flat.add_node(node, **data)
    edges = list(graph.edges(keys=True, data=True))
    datas = []
    for _, _, _, data in edges:
        articles = data.get("articles")
        weight = len(articles) if isinstance(articles, (list, tuple)) and articles else 1
        datas.append({**data, "weight": data.get("weight", weight)})
    for (source, target, key, _), data in zip(edges, _flat_attributes(datas), strict=True):
        flat.add_edge(source, target, key=key, **data)
    return flat


def network_bytes(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph as GEXF 1.2 or GraphML."""
    flat = flat_graph(graph)
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    else:
        raise GovGraphError(f"not a single-file network format: {fmt!r} (gexf or graphml)")
    return buffer.getvalue()


def csv_tables(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """Node and edge lists with the column names Gephi's spreadsheet import recognises
    (``Id``, ``Label``; ``Source``, ``Target``, ``Type``, ``Label``, ``Weight``)."""
    flat = flat_graph(graph)
    node_columns = sorted({k for _, d in flat.nodes(data=True) for k in d} - {"label"})
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["Id", "Label", *node_columns])
    for node, data in flat.nodes(data=True):
        writer.writerow([node, data.get("label", node), *(data.get(c, "") for c in node_columns)])
    edge_columns = sorted({k for _, _, d in flat.edges(data=True) for k in d} - {"label", "weight"})
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(["Source", "Target", "Type", "Label", "Weight", *edge_columns])
    for source, target, data in flat.edges(data=True):
        row = [source, target, "Directed", data.get("label", ""), data.get("weight", 1)]
        writer.writerow(row + [data.get(c, "") for c in edge_columns])
    return nodes.getvalue(), edges.getvalue()


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """``graph.csv`` -> ``graph.nodes.csv`` and ``graph.edges.csv``."""
    path = Path(path)
    stem = path.name[: -len(path.suffix)] if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def write_network(graph: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> list[Path]:
    """Write ``graph`` as GEXF, GraphML or two CSV files (nodes, edges); returns the files written."""
    kind = network_format(path, fmt)
    if kind is None:
        raise GovGraphError(f"{path}: not a network format (use .gexf, .graphml or .csv, or --format)")
    if kind == "csv":
        nodes_path, edges_path = csv_paths(path)
        nodes, edges = csv_tables(graph)
        write_atomic(nodes_path, nodes.encode("utf-8"))
        write_atomic(edges_path, edges.encode("utf-8"))
        return [nodes_path, edges_path]
    path = Path(path)
    write_atomic(path, network_bytes(graph, kind))
    return [path]
