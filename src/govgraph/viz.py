"""The graph as networkx, as a pyvis Network and as one self-contained, offline HTML page.

Data is read with SPARQL over the union of the graphs (``GRAPH ?a`` only where the article
that states a fact matters), so the view does not depend on how descriptions and evidence
are split between named graphs. The page draws a *view* of the graph: a post is not a node
of its own but labels the person–body link with its role (posts stay reachable in the side
panel), unlinked nodes are hidden until asked for, and positions come from a layout seeded
by community detection so clusters sit apart (layout.py). All article text reaches the page as JSON
read with ``JSON.parse`` and shown through ``textContent``: nothing from an article is
parsed as HTML.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import URIRef

from . import vocabulary
from .errors import GovGraphError
from .graphio import write_atomic
from .layout import layout
from .text import search_key

if TYPE_CHECKING:
    from pyvis.network import Network
    from rdflib import Dataset

    from .api import KnowledgeGraph

OTHER = {"label": "Khác", "en": "Other", "color": "#999999", "shape": "dot"}
HOLDS, FORMER, POST_IN = (vocabulary.relation(name).iri for name in ("holds", "formerlyHeld", "postIn"))
# links that give a kept post, event or document its body
_PLACING = tuple(vocabulary.relation(name).iri for name in ("postIn", "organizer", "issuer"))


def kind_styles() -> dict[str, dict[str, str]]:
    """Legend label (vi, en), colour and shape of each kind the view draws, from the vocabulary."""
    styles = {}
    for k in vocabulary.kinds().values():
        if k.view:
            vi, en = vocabulary.legend(k)
            styles[k.key] = {"label": vi, "en": en, "color": k.view[2], "shape": k.view[3]}
    return styles


def kind_of_type() -> dict[str, str]:
    """The kind of each class the view draws (``schema:Person`` -> "person"), in the table's order."""
    return {k.cls: k.key for k in vocabulary.kinds().values() if k.view}


def edge_labels() -> dict[str, tuple[str, str]]:
    """The relations the view draws: predicate -> (Vietnamese label, English label)."""
    return vocabulary.view_labels()


EVIDENCE_KEPT = 20  # distinct sentences per node carried to the page (the newest first)
PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gg: <https://w3id.org/govgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
Q_ARTICLES = """SELECT ?a ?headline ?url ?date ?publisher WHERE {
  ?a a schema:NewsArticle .
  OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:publisher ?p . OPTIONAL { ?p schema:name ?pn } BIND(COALESCE(?pn, ?p) AS ?publisher) }
}"""
Q_TYPES = "SELECT ?x ?type WHERE { ?x a ?type }"  # kinds picked here: quick on every engine
Q_LABELS = """SELECT ?x ?rank ?label WHERE {
  { ?x skos:prefLabel ?label BIND(0 AS ?rank) } UNION { ?x schema:name ?label BIND(1 AS ?rank) }
  UNION { ?x rdfs:label ?label BIND(2 AS ?rank) }%s
}"""
Q_ALIASES = "SELECT ?x ?alias WHERE { ?x skos:altLabel ?alias }"
Q_ROLES = "SELECT ?post ?role WHERE { ?post org:role/skos:prefLabel ?role }"
Q_MENTIONS = "SELECT ?a ?x WHERE { ?a schema:mentions ?x }"
Q_EDGES = "SELECT DISTINCT ?s ?p ?o ?g WHERE { VALUES ?p { %s } GRAPH ?g { ?s ?p ?o } }"
# evidence: a mention in its article's graph points to its sentence, whose text is its rdf:value
# (graphs written before sentences were nodes held the text on the mention itself)
Q_EVIDENCE = """SELECT ?x ?a ?s ?t WHERE { GRAPH ?a { ?m gg:refersTo ?x ; gg:sentence ?s . OPTIONAL { ?s rdf:value ?t } } }"""


def _rows(kg: KnowledgeGraph, sparql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in kg.query(PREFIXES + sparql)]


def _evidence(kg: KnowledgeGraph) -> list[tuple[Any, Any, str]]:
    """(entity, article, sentence text) of every mention."""
    rows = []
    for x, a, sentence, text in _rows(kg, Q_EVIDENCE):
        if text is not None or not isinstance(sentence, URIRef):
            rows.append((x, a, str(text if text is not None else sentence)))
    return rows


def _text(term: Any) -> str:
    return "" if term is None else str(term)


def _as_kg(source: KnowledgeGraph | Dataset) -> KnowledgeGraph:
    from .api import KnowledgeGraph

    return source if isinstance(source, KnowledgeGraph) else KnowledgeGraph(source)


def to_networkx(source: KnowledgeGraph | Dataset) -> nx.MultiDiGraph:
    """People, bodies, posts, events, policies and places as nodes; their links as edges.

    Node attributes: ``kind``, ``label``, ``mentions`` (evidence count), ``dates`` (the
    publication dates of every article that mentions the node), ``articles`` (their count),
    ``aliases`` (a body's other names, when it has some),
    ``evidence`` (up to 20 distinct sentences, newest first, each with its articles), and
    ``role`` for posts. Edge attributes: ``label`` (Vietnamese), ``predicate`` and
    ``articles`` (headline, url, date, publisher of each article that states the link).
    """
    kg = _as_kg(source)
    articles = _articles(kg)
    kinds = _kinds(kg)
    mentioned: dict[str, set[str]] = defaultdict(set)
    for a, x in _rows(kg, Q_MENTIONS):
        if str(a) in articles:
            mentioned[str(x)].add(str(a))
    stated = _stated(kg, kinds, articles)
    keep = _kept(kinds, mentioned, sorted(stated))
    graph = nx.MultiDiGraph()
    for node, attributes in _node_attributes(kg, keep, kinds, mentioned, articles):
        graph.add_node(node, **attributes)
    labels = edge_labels()
    for (s, p, o), sources in sorted(stated.items()):
        if s in keep and o in keep:
            cited = sorted((articles[a] for a in sources), key=lambda i: (i["date"], i["headline"], i["url"]))
            graph.add_edge(s, o, key=p, label=labels[p][0], predicate=p, articles=cited)
    return graph


def _articles(kg: KnowledgeGraph) -> dict[str, dict[str, str]]:
    """Headline, url, date and publisher of each article, by IRI."""
    articles: dict[str, dict[str, str]] = {}
    for a, headline, url, date, publisher in _rows(kg, Q_ARTICLES):
        articles.setdefault(
            str(a),
            {"headline": _text(headline), "url": _text(url), "date": _text(date)[:10], "publisher": _text(publisher)},
        )
    return articles


def _kinds(kg: KnowledgeGraph) -> dict[str, str]:
    """The kind of each node (the first in the vocabulary's order when it has several classes)."""
    types = kind_of_type()
    order = list(types)
    kinds: dict[str, str] = {}
    typed = {(str(x), str(t)) for x, t in _rows(kg, Q_TYPES) if str(t) in types}
    for x, rdf_type in sorted(typed, key=lambda r: (order.index(r[1]), r[0])):
        kinds.setdefault(x, types[rdf_type])
    return kinds


def _stated(kg: KnowledgeGraph, kinds: dict[str, str], articles: dict[str, Any]) -> dict[tuple[str, str, str], set[str]]:
    """Each drawn link between two nodes, with the articles that state it."""
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for s, p, o, g in _rows(kg, Q_EDGES % " ".join(f"<{p}>" for p in edge_labels())):
        s, p, o = str(s), str(p), str(o)
        if s in kinds and o in kinds:
            facts = stated[(s, p, o)]
            if str(g) in articles:
                facts.add(str(g))
    return stated


def _kept(kinds: dict[str, str], mentioned: dict[str, set[str]], edges: list[tuple[str, str, str]]) -> set[str]:
    """What the articles speak of: a body only when an article mentions it; other entities when
    mentioned or linked; and the bodies that give a kept post, event or document its place."""
    linked = {x for s, _, o in edges for x in (s, o) if kinds[x] != "org"}
    keep = {n for n, k in kinds.items() if n in mentioned or (k != "org" and n in linked)}
    keep |= {o for s, p, o in edges if p in _PLACING and s in keep}
    return keep


def _node_attributes(
    kg: KnowledgeGraph, keep: set[str], kinds: dict[str, str], mentioned: dict[str, set[str]], articles: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each kept node with its kind, label, counts, dates, evidence, role and aliases."""
    labels: dict[str, tuple[int, str]] = {}
    for x, rank, label in _rows(kg, _labels_query()):
        key = (int(rank), str(label))
        if str(x) in keep and (str(x) not in labels or key < labels[str(x)]):
            labels[str(x)] = key
    aliases: dict[str, set[str]] = defaultdict(set)
    for x, alias in _rows(kg, Q_ALIASES):
        if str(x) in keep:
            aliases[str(x)].add(str(alias))
    roles = {post: role for post, role in sorted({(str(p), str(r)) for p, r in _rows(kg, Q_ROLES)}, reverse=True)}
    counts: dict[str, int] = defaultdict(int)
    sentences: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for x, a, text in _evidence(kg):
        x = str(x)
        if x in keep:
            counts[x] += 1
            sentences[x][str(text)].update([str(a)] if a is not None and str(a) in articles else [])
    for node in sorted(keep):
        attributes = {
            "kind": kinds[node],
            "label": labels.get(node, (9, node.rsplit("/", 1)[-1]))[1],
            "mentions": counts.get(node, 0),
            "articles": len(mentioned.get(node, ())),
            "dates": sorted({articles[a]["date"] for a in mentioned.get(node, ()) if articles[a]["date"]}),
            "evidence": _node_evidence(sentences.get(node, {}), articles),
        }
        if node in roles:
            attributes["role"] = roles[node]
        if node in aliases:
            attributes["aliases"] = sorted(aliases[node] - {attributes["label"]})
        yield node, attributes


def _labels_query() -> str:
    """Q_LABELS, also reading the naming property of kinds that components add (after the usual ones)."""
    usual = {vocabulary.expand(p) for p in ("skos:prefLabel", "schema:name", "rdfs:label")}
    extra = sorted({vocabulary.expand(k.name_property) for k in vocabulary.kinds().values()} - usual)
    return Q_LABELS % "".join(f"\n  UNION {{ ?x <{p}> ?label BIND(3 AS ?rank) }}" for p in extra)


def _node_evidence(sentences: dict[str, set[str]], articles: dict[str, Any]) -> list[dict[str, Any]]:
    """A node's distinct sentences with their articles, newest first, at most EVIDENCE_KEPT."""
    evidence = []
    for text, sources in sentences.items():
        found = sorted((articles[a] for a in sources), key=lambda i: (i["date"], i["headline"], i["url"]), reverse=True)
        evidence.append({"sentence": text, "date": found[0]["date"] if found else "", "articles": found})
    evidence.sort(key=lambda e: (e["date"], e["sentence"]), reverse=True)
    return evidence[:EVIDENCE_KEPT]


def focus_subgraph(graph: nx.MultiDiGraph, name: str, depth: int) -> nx.MultiDiGraph:
    """The entity whose label matches ``name`` (diacritics ignored) and its neighbours to ``depth``.

    The matched nodes are recorded in ``graph.graph["focus"]`` so the page selects them.
    """
    matches = find_nodes(graph, name)
    if not matches:
        raise GovGraphError(f"nothing in the graph is named {name!r}")
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for node in matches:
        keep |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=max(depth, 0)))
        # a post's body and holders come along, so the view can draw its role on the link
        for around in list(keep):
            if graph.nodes[around].get("kind") == "post":
                keep |= set(undirected.neighbors(around))
    sub = graph.subgraph(keep).copy()
    sub.graph["focus"] = matches
    return sub


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label is ``name`` ignoring case, diacritics and spacing (the search box's
    rules, :func:`govgraph.text.search_key`), else those containing it."""
    wanted = search_key(name)
    exact = sorted(n for n, d in graph.nodes(data=True) if search_key(d.get("label", "")) == wanted)
    return exact or sorted(n for n, d in graph.nodes(data=True) if wanted in search_key(d.get("label", "")))


def view_graph(graph: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, dict[str, dict[str, Any]]]:
    """The graph as drawn: a post held in a body becomes the label of its holder–body link.

    Returns the view and the posts folded away (label, role, body, and the links that named
    them), so the panel can still show every post.
    """
    bodies = {}
    for post, data in graph.nodes(data=True):
        if data.get("kind") == "post":
            inside = sorted(o for _, o, p in graph.out_edges(post, keys=True) if p == POST_IN)
            if inside:
                bodies[post] = inside[0]
    view = nx.MultiDiGraph()
    view.graph.update(graph.graph)
    view.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n not in bodies)
    posts: dict[str, dict[str, Any]] = {
        post: {"label": graph.nodes[post]["label"], "role": graph.nodes[post].get("role", ""), "body": body, "links": []}
        for post, body in bodies.items()
    }
    for s, o, key, data in graph.edges(keys=True, data=True):
        if s in bodies and key == POST_IN:
            continue
        post = o if o in bodies else s if s in bodies else None
        if post is None:
            view.add_edge(s, o, key=key, **data)
            continue
        role = posts[post]["role"] or posts[post]["label"]
        label = role if key == HOLDS else f"nguyên {role}" if key == FORMER else f"{data['label']}: {role}"
        other = s if post == o else o
        body = bodies[post]
        source, target = (other, body) if post == o else (body, other)
        if source == target:
            continue
        view.add_edge(source, target, key=f"{key} {post}", **{**data, "label": label, "post": post})
        posts[post]["links"].append({"node": other, "predicate": key, "articles": data.get("articles", [])})
    if "focus" in graph.graph:
        view.graph["focus"] = [bodies.get(n, n) for n in graph.graph["focus"]]
    return view, posts


def to_pyvis(graph: nx.MultiDiGraph, **network_options: Any) -> Network:
    """A pyvis ``Network`` of ``graph`` (all of :func:`to_networkx` or any subgraph of it).

    Nodes keep govgraph's colours, shapes, sizes and positions, and their attributes (kind,
    dates, ...); physics is off as in the page. Style it further with pyvis as usual
    (``net.toggle_physics(True)``, ``net.write_html(...)``; in Jupyter show it with
    :func:`inline`). Options go to ``Network`` (``cdn_resources`` is ``"in_line"`` unless given).
    """
    from pyvis.network import Network

    network_options.setdefault("directed", True)
    network_options.setdefault("cdn_resources", "in_line")
    net = Network(**network_options)
    positions = layout(graph)
    styles = kind_styles()
    for node, data in graph.nodes(data=True):
        style = styles.get(data.get("kind", ""), OTHER)
        label = str(data.get("label", node))
        x, y = positions.get(node, (0.0, 0.0))
        net.add_node(
            node,
            label=label[:60],
            title=f"{style['label']}: {label}",
            color=style["color"],
            shape=style["shape"],
            size=10 + 4 * math.log1p(data.get("mentions", 0) or 0),
            x=x,
            y=y,
            physics=False,
            **{k: v for k, v in data.items() if k not in ("label", "evidence", "title", "color", "shape", "size", "x", "y")},
        )
    for source, target, data in graph.edges(data=True):
        net.add_edge(source, target, label=data.get("label", ""), title=data.get("label", ""), arrows="to")
    net.toggle_physics(False)
    return net


def page_data(graph: nx.MultiDiGraph, *, lang: str = "vi") -> dict[str, Any]:
    """Nodes, edges, posts, articles and legend for the page.

    Articles are listed once and referred to by index, so a fact stated by hundreds of
    syndicated copies costs a few bytes per copy. Node rank (most connected first) decides
    which labels the page draws when they would overlap.
    """
    view, posts = view_graph(graph)
    refs = _ArticleIndex()
    nodes = _page_nodes(view, refs)
    # edges as [from, to, relation, role label, articles, post]: nodes and relations by index
    at = {item["id"]: i for i, item in enumerate(nodes)}
    labels = edge_labels()
    relation = {p: i for i, p in enumerate(labels)}
    edges = [
        [
            at[s],
            at[o],
            relation[d["predicate"]],
            d.get("label", "") if "post" in d else "",
            refs(d.get("articles", [])),
            d.get("post", ""),
        ]
        for s, o, d in view.edges(data=True)
    ]
    post_data = {
        post: {
            "name": info["label"],
            "role": info["role"],
            "body": info["body"],
            "fold": search_key(info["label"]),
            "links": [[link["node"], link["predicate"], refs(link["articles"])] for link in info["links"]],
        }
        for post, info in sorted(posts.items())
    }
    return {
        "nodes": nodes,
        "edges": edges,
        "posts": post_data,
        "articles": refs.articles,
        "kinds": {**kind_styles(), "other": OTHER},
        "relations": [[p, *pair] for p, pair in labels.items()],
        "focus": [n for n in view.graph.get("focus", []) if n in view],
        "lang": lang,
    }


class _ArticleIndex:
    """Articles listed once for the page; facts refer to them by index."""

    def __init__(self) -> None:
        self.articles: list[list[str]] = []
        self._index: dict[tuple[str, str, str, str], int] = {}

    def __call__(self, items: list[dict[str, str]]) -> list[int]:
        out = []
        for art in items:
            key = (art.get("headline", ""), art.get("url", ""), art.get("date", ""), art.get("publisher", ""))
            if key not in self._index:
                self._index[key] = len(self.articles)
                self.articles.append(list(key))
            out.append(self._index[key])
        return sorted(set(out))


def _page_nodes(view: nx.MultiDiGraph, refs: _ArticleIndex) -> list[dict[str, Any]]:
    """The page's nodes with position, style, search keys, rank (most connected first) and evidence."""
    net = to_pyvis(view)
    degree = {n: view.degree(n) for n in view}
    order = sorted(view, key=lambda n: (-degree[n], -view.nodes[n].get("mentions", 0), view.nodes[n].get("label", ""), n))
    rank = {n: i for i, n in enumerate(order)}
    nodes = []
    for item in net.nodes:
        data = view.nodes[item["id"]]
        nodes.append(
            {
                "id": item["id"],
                "x": round(item["x"], 1),
                "y": round(item["y"], 1),
                "size": round(item["size"], 1),
                "color": item["color"],
                "shape": item["shape"],
                "kind": data.get("kind", "other"),
                "name": data.get("label", item["id"]),
                "fold": search_key(data.get("label", "")),
                "aka": sorted({search_key(a) for a in data.get("aliases", [])} - {search_key(data.get("label", ""))}),
                "rank": rank[item["id"]],
                "lonely": degree[item["id"]] == 0,
                "hidden": degree[item["id"]] == 0,
                "dates": data.get("dates", []),
                "count": data.get("articles", 0),
                "evidence": [[e["sentence"], refs(e.get("articles", []))] for e in data.get("evidence", [])],
            }
        )
    return nodes


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


def render_html(graph: nx.MultiDiGraph, *, title: str = "govgraph", lang: str = "vi") -> str:
    """One HTML page with vis-network inlined; it makes no request of its own."""
    from importlib.resources import files

    if lang not in ("vi", "en"):
        raise GovGraphError(f"unknown view language {lang!r}; choose vi or en")
    lib = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (Path(__file__).parent / "viz_template.html").read_text(encoding="utf-8")
    data = _script_json(page_data(graph, lang=lang))
    safe_title = html.escape(title)
    return (
        template.replace("/*VIS_CSS*/", css.replace("</style", "<\\/style"))
        .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
        .replace("/*GRAPH_DATA*/", data)
        .replace("<!--TITLE-->", safe_title)
        .replace('lang="vi"', f'lang="{lang}"', 1)
    )


def select_graph(source: KnowledgeGraph | Dataset, *, focus: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """The networkx graph of ``source``, narrowed to ``focus`` and its neighbours when given."""
    graph = to_networkx(source)
    return focus_subgraph(graph, focus, depth) if focus else graph


def write_html(
    source: KnowledgeGraph | Dataset,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    title: str = "govgraph",
    lang: str = "vi",
) -> Path:
    """Write the HTML view of ``source`` to ``path`` (atomically); ``focus`` selects and centres that entity."""
    graph = select_graph(source, focus=focus, depth=depth)
    path = Path(path)
    write_atomic(path, render_html(graph, title=title, lang=lang).encode("utf-8"))
    return path


class Inline:
    """An HTML page shown inline in a notebook (JupyterLab, VS Code, Colab).

    The page goes into an ``<iframe srcdoc>``: no local file to serve, no server, and the
    page's own scripts and Content-Security-Policy stay inside the frame.
    """

    def __init__(self, page: str, *, height: int = 640) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;height:{int(self.height)}px;'
            'border:1px solid #ddd" loading="eager" title="govgraph"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` as well."""
        path = Path(path)
        write_atomic(path, self.page.encode("utf-8"))
        return path


def inline(page: str | Network, *, height: int = 640) -> Inline:
    """Show a govgraph page or a pyvis ``Network`` inline in a notebook (an ``<iframe srcdoc>``)."""
    if not isinstance(page, str):
        page = page.generate_html(notebook=False)
    return Inline(page, height=height)
