"""The graph as networkx and as one self-contained, offline HTML page (pyvis + vis-network).

Positions are computed ahead with networkx and physics is off, so large graphs open
at once. All article text reaches the page as JSON data read with ``JSON.parse`` and
shown through ``textContent``/``innerText``: nothing from an article is parsed as HTML.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SDO, SKOS

from .errors import GovGraphError
from .graphio import write_atomic
from .namespace import GG
from .text import fold

KINDS = {
    "person": {"label": "Người", "color": "#e4572e", "shape": "dot"},
    "org": {"label": "Cơ quan", "color": "#2e86ab", "shape": "square"},
    "post": {"label": "Chức vụ", "color": "#f3a712", "shape": "diamond"},
    "event": {"label": "Sự kiện", "color": "#6a4c93", "shape": "star"},
    "policy": {"label": "Chính sách", "color": "#3bb273", "shape": "triangle"},
    "place": {"label": "Địa điểm", "color": "#8d6e63", "shape": "triangleDown"},
}
TYPES = {
    SDO.Person: "person",
    ORG.Organization: "org",
    ORG.Post: "post",
    SDO.Event: "event",
    GG.Policy: "policy",
    SDO.Place: "place",
}
EDGES = {
    ORG.holds: "giữ chức",
    GG.formerlyHeld: "nguyên giữ chức",
    ORG.postIn: "thuộc",
    ORG.subOrganizationOf: "trực thuộc",
    GG.chair: "chủ trì",
    GG.speaker: "phát biểu",
    SDO.attendee: "tham dự",
    SDO.location: "tại",
    SDO.organizer: "tổ chức",
    SDO.legislationPassedBy: "ban hành",
    SDO.about: "bàn về",
    GG.signedBy: "ký",
    GG.implementedBy: "thực hiện",
    GG.confers: "bầu, bổ nhiệm",
}
LABELS = (SKOS.prefLabel, SDO.name, RDFS.label)


def _label(dataset: Dataset, node: URIRef) -> str:
    for prop in LABELS:
        for value in dataset.objects(node, prop):
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def to_networkx(dataset: Dataset) -> nx.MultiDiGraph:
    """People, bodies, posts, events, policies and places as nodes; their links as edges.

    Node attributes: ``kind``, ``label``, ``mentions`` (count), ``articles`` (headline,
    url, date), ``evidence`` (sentences). Edge attributes: ``label`` (Vietnamese), ``predicate``.
    """
    graph = nx.MultiDiGraph()
    mentioned: set[URIRef] = set()
    articles: dict[URIRef, dict[str, str]] = {}
    for article in dataset.subjects(RDF.type, SDO.NewsArticle):
        info = {
            "headline": str(next(dataset.objects(article, SDO.headline), "")),
            "url": str(next(dataset.objects(article, SDO.url), "")),
            "date": str(next(dataset.objects(article, SDO.datePublished), "")),
        }
        articles[article] = info
        mentioned.update(o for o in dataset.objects(article, SDO.mentions) if isinstance(o, URIRef))
    kinds: dict[URIRef, str] = {}
    for rdf_type, kind in TYPES.items():
        for node in dataset.subjects(RDF.type, rdf_type):
            if isinstance(node, URIRef):
                kinds.setdefault(node, kind)
    stated: dict[tuple, set[URIRef]] = defaultdict(set)
    for p in EDGES:
        for s, _, o, ctx in dataset.quads((None, p, None, None)):
            if s in kinds and o in kinds:
                source = getattr(ctx, "identifier", ctx)
                if source in articles:
                    stated[(s, p, o)].add(source)
                else:
                    stated.setdefault((s, p, o), set())
    edges = list(stated)
    linked = {x for s, _, o in edges for x in (s, o) if kinds.get(x) != "org" or x in mentioned}
    keep = {n for n, k in kinds.items() if (k != "org" and (n in mentioned or n in linked)) or n in mentioned}
    keep |= {o for s, p, o in edges if p in (ORG.postIn, SDO.organizer, SDO.legislationPassedBy) and s in keep}
    evidence: dict[URIRef, list[dict[str, str]]] = defaultdict(list)
    counts: dict[URIRef, int] = defaultdict(int)
    for mention, _, target, ctx in dataset.quads((None, GG.refersTo, None, None)):
        if target not in keep:
            continue
        counts[target] += 1
        if len(evidence[target]) < 8:
            source = getattr(ctx, "identifier", ctx)  # evidence lives in its article's graph
            info = articles.get(source, {})
            node = next(dataset.objects(mention, GG.sentence), None)
            sentence = str(next(dataset.objects(node, RDF.value), "")) if node is not None else ""
            if not any(e["sentence"] == sentence for e in evidence[target]):
                evidence[target].append({"sentence": sentence, **info})
    for node in sorted(keep):
        graph.add_node(
            str(node),
            kind=kinds[node],
            label=_label(dataset, node),
            mentions=counts.get(node, 0),
            evidence=evidence.get(node, []),
        )
    for s, p, o in sorted(edges):
        if s in keep and o in keep:
            sources = sorted((articles[a] for a in stated[(s, p, o)]), key=lambda a: (a["date"], a["headline"]))
            graph.add_edge(str(s), str(o), key=str(p), label=EDGES[p], predicate=str(p), articles=sources)
    return graph


def focus_subgraph(graph: nx.MultiDiGraph, name: str, depth: int) -> nx.MultiDiGraph:
    """The entity whose label matches ``name`` (diacritics ignored) and its neighbours to ``depth``."""
    wanted = fold(name).casefold().strip()
    matches = [n for n, d in graph.nodes(data=True) if fold(d["label"]).casefold() == wanted]
    if not matches:
        matches = [n for n, d in graph.nodes(data=True) if wanted in fold(d["label"]).casefold()]
    if not matches:
        raise GovGraphError(f"nothing in the graph is named {name!r}")
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for node in matches:
        keep |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=max(depth, 0)))
    return graph.subgraph(keep).copy()


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed positions: a spring layout scaled to the graph's size (seeded: same input, same page)."""
    if not graph:
        return {}
    simple = nx.Graph(graph.to_undirected())
    iterations = 50 if len(simple) < 2000 else 25
    pos = nx.spring_layout(simple, seed=7, iterations=iterations, k=1.5 / math.sqrt(max(len(simple), 1)))
    scale = 120 * math.sqrt(len(simple)) + 200
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes, edges and legend for the page, built with pyvis's Network."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    positions = layout(graph)
    for node, data in graph.nodes(data=True):
        style = KINDS[data["kind"]]
        x, y = positions.get(node, (0.0, 0.0))
        net.add_node(
            node,
            label=data["label"][:60],
            title=f"{style['label']}: {data['label']}",
            color=style["color"],
            shape=style["shape"],
            size=10 + 4 * math.log1p(data["mentions"]),
            x=x,
            y=y,
            kind=data["kind"],
            fold=fold(data["label"]).casefold(),
            fullLabel=data["label"],
            evidence=data["evidence"],
            dates=sorted({e.get("date", "") for e in data["evidence"] if e.get("date")}),
        )
    labelled = graph.number_of_edges() <= 2000  # thousands of edge labels make a page slow
    for source, target, data in graph.edges(data=True):
        extra = {"label": data["label"]} if labelled else {}
        net.add_edge(
            source,
            target,
            title=data["label"],
            kind=data["label"],
            arrows="to",
            font={"size": 9, "align": "middle"},
            articles=data.get("articles", []),
            **extra,
        )
    return {"nodes": net.nodes, "edges": net.edges, "kinds": KINDS}


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' left to end or open a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(graph: nx.MultiDiGraph, *, title: str = "govgraph") -> str:
    """One HTML page with vis-network inlined; it makes no request of its own."""
    from importlib.resources import files

    lib = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (Path(__file__).parent / "viz_template.html").read_text(encoding="utf-8")
    data = _script_json(page_data(graph))
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        template.replace("/*VIS_CSS*/", css.replace("</style", "<\\/style"))
        .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
        .replace("/*GRAPH_DATA*/", data)
        .replace("<!--TITLE-->", safe_title)
    )


def write_html(dataset: Dataset, path: str | Path, *, focus: str | None = None, depth: int = 1, title: str = "govgraph") -> Path:
    """Write the HTML view of ``dataset`` to ``path`` (atomically)."""
    graph = to_networkx(dataset)
    if focus:
        graph = focus_subgraph(graph, focus, depth)
    path = Path(path)
    write_atomic(path, render_html(graph, title=title).encode("utf-8"))
    return path
