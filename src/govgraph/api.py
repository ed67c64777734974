"""The Python API: build a knowledge graph, query it, save it, draw it.

>>> import govgraph
>>> kg = govgraph.build()                      # the bundled sample articles
>>> rows = kg.query_named("person_posts", name="pham minh chinh")
>>> rows.to_df()                               # a pandas DataFrame, dates as dates
>>> kg.save("graph.ttl"); kg.to_html("graph.html")
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, URIRef

from . import vocabulary
from .document import Article
from .errors import GovGraphError, InputError, QueryError
from .graphio import TrigSpool, load_into, save, serialize
from .guards import QueryLimits, check_names, check_query, guard_result
from .named import ReadyQuery, ready_query, resolve_params
from .namespace import DEFAULT_BASE, GG
from .pipeline import Extracted, content_hash, extract_graphs
from .rdf import article_graph, article_iri, entities_graph_iri, read_record, reference_graph_iri, reference_list
from .resources import samples_dir
from .results import QueryResult
from .sources import DEFAULT_MAX_BYTES, read_inputs
from .sparqltext import missing_prefixes, short_error, with_tie_breakers
from .store import MemoryStore, OxigraphStore, Store, StoreError, is_store, open_store
from .text import normalize

log = logging.getLogger(__name__)

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX gg: <https://w3id.org/govgraph/ontology#>
"""


@dataclass
class BuildReport:
    """What a build did: articles added, replaced, skipped as unchanged, pruned, and the
    inputs that failed, with reasons."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    pruned: int = 0
    failures: list[InputError] = field(default_factory=list)
    prune_skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures


class KnowledgeGraph:
    """A govgraph graph: one named graph per article, the entities graph and the reference
    graph, held in a store (pyoxigraph in memory by default, or a pyoxigraph folder, or a
    SPARQL server). ``kg.to_rdflib()`` gives an rdflib Dataset when one is wanted."""

    def __init__(self, store: Store | Dataset | None = None, *, base: str = DEFAULT_BASE) -> None:
        if store is None or isinstance(store, Dataset):
            store = MemoryStore(store)
        self.store: Store = store
        self.base = base
        self.report = BuildReport()

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset (see :meth:`to_rdflib`)."""
        return self.store.dataset()

    def to_rdflib(self) -> Dataset:
        """The graph as an rdflib Dataset whose default graph is the union of its graphs
        (a copy in memory: changes made to it do not reach the graph)."""
        return self.store.dataset()

    def add(self, facts: Any) -> None:
        """Add (or replace) one article's extracted facts, keeping the entities graph whole."""
        graph = article_graph(facts, base=self.base, content_hash=content_hash(facts.article))
        self.store.put(str(reference_graph_iri(self.base)), reference_list(self.base))
        fresh = graph.iri not in self.store.hashes()
        self.store.put(graph.iri, graph.claims)
        if fresh:
            self.store.add(str(entities_graph_iri(self.base)), graph.descriptions)
        else:
            rebuild_entities(self.store, self.base)

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(rows))[0])

    def query(
        self,
        sparql: str,
        bindings: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        allow_service: bool = False,
        stream: bool = False,
    ) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``bindings`` are passed as values, never spliced.

        The project's prefixes (``schema:``, ``org:``, ``skos:``, ``rdfs:``, ``prov:``, ``xsd:``,
        ``gg:``) are declared for you unless the query declares them itself. A binding may be
        text, a number, a ``datetime.date``, an IRI, or a list of these (any of them matches).

        ``timeout`` (seconds) stops a query that runs too long, between rows; ``limit`` stops
        after that many rows; ``stream`` gives rows that are read once and never all held.
        Updates, SERVICE calls (unless ``allow_service``) and absurd nesting are refused.
        """
        limits = QueryLimits(timeout, limit, allow_service)
        check_names(bindings or {})
        check_query(sparql, allow_service=allow_service)
        header = missing_prefixes(sparql, PREFIXES)
        init = {name: as_term(value) for name, value in (bindings or {}).items()}
        started = time.monotonic()
        try:
            result = self.store.query(header + sparql, init)
        except StoreError:
            raise
        except QueryError as error:
            if "malformed SPARQL" not in str(error):
                raise
            raise QueryError(short_error(error, header.count("\n"), header + sparql)) from None
        except Exception as error:  # pyparsing and rdflib raise several kinds
            raise QueryError(short_error(error, header.count("\n"), header + sparql)) from None
        return QueryResult.of(guard_result(result, limits, stream=stream, started=started))

    def query_named(
        self,
        query: str | ReadyQuery,
        /,
        *,
        limits: QueryLimits | None = None,
        stream: bool = False,
        **bindings: Any,
    ) -> QueryResult:
        """Run a ready-made query (see :func:`ready_queries`) with its declared parameters.

        Names are matched as people type them (no diacritics, any case, a part of the name
        when it is unambiguous, aliases of bodies); a misspelt query or parameter name, a
        missing parameter or a name found nowhere is a :class:`QueryError` saying what would
        be right. Rows come out in the same order on every run. ``query`` may also be your
        own ``.rq`` file read with :func:`govgraph.named.parse_ready_query`. ``limits`` and
        ``stream`` are as for :meth:`query`."""
        ready = query if isinstance(query, ReadyQuery) else ready_query(query)
        values = resolve_params(ready, bindings, self.query)
        return self.query(with_tie_breakers(ready.text), values, **(limits or QueryLimits()).options(), stream=stream)

    def save(self, path: str | Path, fmt: str | None = None, *, text: bool = True) -> Path:
        """Write the graph; the format comes from the extension (.ttl .trig .nq .jsonld .nt).

        ``text=False`` leaves out the articles' bodies (the evidence sentences stay)."""
        return save(self._oxigraph(), path, fmt, base=self.base, text=text)

    def serialize(self, fmt: str = "turtle", *, text: bool = True) -> bytes:
        """The graph as bytes in ``fmt`` (turtle, trig, nquads, nt, json-ld)."""
        return serialize(self._oxigraph(), fmt, base=self.base, text=text)

    def _oxigraph(self) -> Any:
        """A pyoxigraph store holding the graph (the store itself, or a copy of a remote one)."""
        if isinstance(self.store, OxigraphStore):
            return self.store.store
        import pyoxigraph as ox

        copy = ox.Store()
        copy.extend(self.store.quads())
        return copy

    def save_network(self, path: str | Path, fmt: str | None = None) -> list[Path]:
        """Write the network of :meth:`to_networkx` for Gephi and other network tools: GEXF
        (.gexf), GraphML (.graphml) or CSV node and edge lists (.csv gives NAME.nodes.csv and
        NAME.edges.csv). Returns the files written."""
        from .networks import write_network

        return write_network(self.to_networkx(), path, fmt)

    def to_networkx(self) -> Any:
        """A networkx MultiDiGraph of people, bodies, posts, events, policies and places."""
        from .viz import to_networkx

        return to_networkx(self)

    def to_html(self, path: str | Path, **options: Any) -> Path:
        """Write the interactive HTML view (one offline file); options: focus, depth, title, lang."""
        from .viz import write_html

        return write_html(self, path, **options)

    def to_pyvis(self, graph: Any = None, *, focus: str | None = None, depth: int = 1, **network_options: Any) -> Any:
        """A pyvis ``Network`` of the graph, of ``focus`` and its neighbours, or of ``graph``
        (any subgraph of :meth:`to_networkx`), to style further with pyvis."""
        from .viz import select_graph, to_pyvis

        return to_pyvis(graph if graph is not None else select_graph(self, focus=focus, depth=depth), **network_options)

    def show(self, *, focus: str | None = None, depth: int = 1, lang: str = "vi", height: int = 640) -> Any:
        """The interactive view inline in a notebook (JupyterLab, VS Code, Colab); ``.save(path)`` writes it."""
        from .viz import inline, render_html, select_graph

        return inline(render_html(select_graph(self, focus=focus, depth=depth), lang=lang), height=height)

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in self.stats().items())
        return f"<table><caption>govgraph KnowledgeGraph (kg.show() draws it)</caption>{rows}</table>"

    def stats(self) -> dict[str, int]:
        """Counts of articles, entities of each kind (those some article mentions), and triples."""
        counts = {"articles": self._count("?x a schema:NewsArticle")}
        for kind in vocabulary.kinds().values():
            if kind.stat:
                counts[kind.stat] = self._count(f"?a schema:mentions ?x . ?x a <{kind.cls}>")
        holds = vocabulary.relation("holds").iri
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?p ?post WHERE {{ ?p <{holds}> ?post }} }}")
        counts["held posts"] = int(next(iter(rows))[0])
        counts["triples"] = len(self)
        return counts

    def _count(self, pattern: str) -> int:
        rows = self.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        return int(next(iter(rows))[0])

    def facets(self, *, top: int = 10) -> dict[str, list[tuple[str, int]]]:
        """Articles by source and by month, and the ``top`` most mentioned people, bodies and
        posts, each with its number of articles."""
        from .facets import facets

        return facets(self.query, top=top)

    def close(self) -> None:
        """Release the store (an on-disk store can then be opened again)."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_base(base: str) -> None:
    """Refuse a base that cannot start IRIs (it must be absolute and end in "/" or "#")."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(base)
        valid = base.endswith(("/", "#")) and "://" in base
    except ValueError:
        valid = False
    if not valid:
        raise GovGraphError(f"--base {base!r} is not an absolute IRI ending in / or # (e.g. {DEFAULT_BASE})")


def as_term(value: Any) -> Any:
    """A binding value as an RDF term: IRIs stay IRIs, numbers, dates and booleans become typed
    literals, text is normalised like the graph; a list or tuple gives a list of terms."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [as_term(item) for item in (sorted(value, key=str) if isinstance(value, (set, frozenset)) else value)]
    if isinstance(value, (URIRef, Literal)):
        return value
    if isinstance(value, (bool, int, float, Decimal, date, datetime)):
        return Literal(value)
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if text.startswith(("http://", "https://")) and " " not in text:
        return URIRef(text)
    return Literal(normalize(text))


def build(
    inputs: Iterable[str | Path] | None = None,
    *,
    store: str | Path | Store | None = None,
    base: str = DEFAULT_BASE,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    order: Sequence[str] | None = None,
    jobs: int = 1,
    dask: str | None = None,
    prune: bool = False,
    text: bool = True,
    on_article: Callable[[str, str], None] | None = None,
    fields: dict[str, str] | str | None = None,
    spool: TrigSpool | None = None,
    **store_options: Any,
) -> KnowledgeGraph:
    """Build a graph from files, folders or ``-`` (stdin); no inputs means the bundled samples.

    ``store`` is a folder (pyoxigraph) or an http(s) URL (SPARQL server); by default the graph
    is held in memory (pyoxigraph). Articles whose content has not changed since they were
    stored are skipped; ``prune`` removes the graphs of articles no longer among the inputs,
    and nothing when some input failed to read (its articles would look gone). Either way
    the entities graph ends up as a clean build of the remaining input would leave it.
    ``jobs`` extracts in a process pool, ``dask`` on a Dask cluster. ``text=False`` leaves out
    the articles' bodies. ``fields`` maps the article's fields to the input's keys
    (``"text=content,published=date"``). Two inputs with one id are not merged: the second
    is reported as failed. Failures are collected in ``kg.report.failures``; every article
    that succeeds is kept. ``on_article(id, status)`` is called for each article (status:
    added, replaced, skipped, failed). ``spool`` (a :class:`~govgraph.graphio.TrigSpool`, for a
    build into an empty store) receives each article graph as it is stored.
    """
    check_base(base)
    sources = list(inputs) if inputs else [samples_dir()]
    kg = KnowledgeGraph(_target(store, store_options), base=base)
    run = _BuildRun(kg, on_article or (lambda _id, _status: None), spool)
    if spool is not None and not run.fresh:
        raise GovGraphError("a TriG spool needs a build into an empty store")
    articles = run.pending(read_inputs(sources, encoding=encoding, max_bytes=max_bytes, fields=fields))
    # closed on any exit (an interrupt, a store error): the worker processes end with it
    with closing(extract_graphs(articles, base=base, order=order, jobs=jobs, dask=dask, text=text)) as results:
        run.keep(results)
    run.finish(prune=prune)
    return kg


def _target(store: str | Path | Store | None, options: dict[str, Any]) -> Store:
    """The store a build writes into: memory by default, a folder or URL opened, or the one given."""
    if store is None:
        return MemoryStore()
    if isinstance(store, (str, Path)):
        return open_store(store, **options)
    return store


class _BuildRun:
    """The steps of one build over its store: read articles are sorted into new, unchanged and
    duplicate ones, extracted graphs are stored, and the end prunes and rebuilds the entities
    graph when needed. Every outcome goes into the report and to ``notify``."""

    def __init__(self, kg: KnowledgeGraph, notify: Callable[[str, str], None], spool: TrigSpool | None = None) -> None:
        self.store, self.base, self.report, self.notify = kg.store, kg.base, kg.report, notify
        self.spool = spool
        self.reference_iri = str(reference_graph_iri(self.base))
        self.entities_iri = str(entities_graph_iri(self.base))
        self.store.put(self.reference_iri, reference_list(self.base))
        self.known = self.store.hashes()
        # into an empty store descriptions are added as articles come; any other store has its
        # entities graph rebuilt at the end (an earlier run may have replaced or been killed)
        self.fresh = not self.known
        self.seen: dict[str, str] = {}
        self.unread: list[InputError] = []

    def failed(self, error: InputError) -> None:
        self.report.failures.append(error)
        self.notify(error.origin, "failed")

    def pending(self, items: Iterable[Article | InputError]) -> Iterator[Article]:
        """The articles to extract: read errors, a second article with a known id and articles
        unchanged since they were stored are reported and left out."""
        for item in items:
            if isinstance(item, InputError):
                log.info("%s", item)
                self.unread.append(item)
                self.failed(item)
                continue
            graph = str(article_iri(item, self.base))
            if graph in self.seen:
                self.failed(
                    InputError(item.origin or item.id, f"id {item.id!r} was already read from {self.seen[graph]}; skipped")
                )
                continue
            self.seen[graph] = item.origin or item.id
            if self.known.get(graph) == content_hash(item):
                self.report.skipped += 1
                self.notify(item.id, "skipped")
                continue
            yield item

    def keep(self, results: Iterable[Extracted | InputError]) -> None:
        """Store each extracted graph (added or replaced); a failed extraction is reported."""
        for result in results:
            if isinstance(result, InputError):
                self.failed(result)
                continue
            status = "replaced" if result.iri in self.known else "added"
            if self.fresh:  # the store was empty: nothing of this article is there to replace
                self.store.add(result.iri, result.graph.claims)
                if self.spool is not None:
                    self.spool.add(result.iri, result.graph.claims)
            else:
                self.store.put(result.iri, result.graph.claims)
            if self.fresh and status == "added":
                self.store.add(self.entities_iri, result.graph.descriptions)
            self.known[result.iri] = ""
            setattr(self.report, status, getattr(self.report, status) + 1)
            self.notify(result.article_id, status)

    def finish(self, *, prune: bool) -> None:
        """Prune the graphs of articles no longer among the inputs (unless some input failed to
        read), and rebuild the entities graph unless it was built whole as articles came."""
        if prune and self.unread:
            log.warning("not pruning: %d input(s) failed to read, their articles would look gone", len(self.unread))
            self.report.prune_skipped = True
        elif prune:
            for graph in sorted(set(self.known) - set(self.seen) - {self.reference_iri, self.entities_iri}):
                self.store.delete(graph)
                self.report.pruned += 1
        if not self.fresh or self.report.replaced:
            rebuild_entities(self.store, self.base)


RECORDS = f"SELECT ?d WHERE {{ GRAPH ?g {{ ?g <{GG.descriptions}> ?d }} }}"


def rebuild_entities(store: Store, base: str = DEFAULT_BASE) -> None:
    """The entities graph again from the descriptions each article recorded: exactly what a
    clean build of the articles in the store gives."""
    described: set[Any] = set()
    for row in store.query(RECORDS, {}):
        described.update(read_record(str(row[0])))
    store.put(str(entities_graph_iri(base)), sorted(described, key=lambda t: (t[0].value, t[1].value, str(t[2]))))


def load(path: str | Path, fmt: str | None = None, *, read_only: bool = False, **store_options: Any) -> KnowledgeGraph:
    """Open a graph file written by govgraph (or any RDF file), a store folder or a store URL.

    ``read_only`` opens a store folder without taking its lock: readers never shut each
    other (or a writer) out."""
    if is_store(path):
        return KnowledgeGraph(open_store(path, create=False, read_only=read_only, **store_options))
    kg = KnowledgeGraph()
    load_into(kg.store.store, path, fmt)
    return kg
