"""Where graphs live: pyoxigraph in memory (the default) or on disk, or a SPARQL 1.1 server.

Every store holds one named graph per article, the entities graph and the reference graph,
answers SPARQL over the union of its graphs with values passed as bindings, and knows the
content hash recorded in each article's graph, so that a build can skip what has not
changed. Graphs go in as pyoxigraph triples; rdflib appears only where a Python user asks
for it (:meth:`Store.dataset`) and in the results handed back to Python.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from .errors import QueryError, StoreError
from .guards import check_names
from .namespace import GG

AUTH_ENV = "GOVGRAPH_STORE_AUTH"
FLUSH_QUADS = 50_000
HASHES = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{GG.contentHash}> ?h }} }}"
Triple = tuple[Any, Any, Any]


class Store(Protocol):
    """What a build and the query commands need from a store."""

    def hashes(self) -> dict[str, str]: ...
    def put(self, graph: str, triples: Iterable[Triple]) -> None: ...
    def add(self, graph: str, triples: Iterable[Triple]) -> None: ...
    def delete(self, graph: str) -> None: ...
    def query(self, sparql: str, bindings: dict[str, Any]) -> Result: ...
    def quads(self) -> Iterator[ox.Quad]: ...
    def dataset(self) -> Dataset: ...
    def close(self) -> None: ...


def to_dataset(quads: Iterable[ox.Quad]) -> Dataset:
    """An rdflib Dataset (default graph = union of the named graphs) holding ``quads``.

    Terms are converted one by one (each distinct term once), not through a text format."""
    data = Dataset(default_union=True)
    cache: dict[Any, Any] = {}

    def term(value: Any) -> Any:
        found = cache.get(value)
        if found is None:
            found = cache[value] = _to_rdflib(value)
        return found

    graphs: dict[Any, Graph] = {}

    def graph(name: Any) -> Graph:
        found = graphs.get(name)
        if found is None:
            found = graphs[name] = data.default_graph if isinstance(name, ox.DefaultGraph) else data.graph(term(name))
        return found

    data.addN((term(q.subject), term(q.predicate), term(q.object), graph(q.graph_name)) for q in quads)
    return data


_XSD_STRING = str(XSD.string)


def _to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term of the same value."""
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.BlankNode:
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


def with_values(sparql: str, bindings: dict[str, Any]) -> str:
    """The query with its bindings as a trailing VALUES block of RDF terms.

    Each value is serialised as an RDF term (quotes and backslashes escaped, IRIs checked), so
    it stays a value: no text of it can become query syntax."""
    if not bindings:
        return sparql
    check_names(bindings)
    names = " ".join(f"?{name}" for name in bindings)
    # a list or tuple of values gives one row per value (any of them matches)
    choices = [value if isinstance(value, (list, tuple)) else [value] for value in bindings.values()]
    rows = " ".join("(" + " ".join(_term(value) for value in row) + ")" for row in itertools.product(*choices))
    block = f"VALUES ({names}) {{ {rows} }}"
    marker = re.search(r"(?m)^[ \t]*#bindings[ \t]*$", sparql)
    if marker:  # where the query asks for them (a ready-made query may bind inside a sub-query)
        return f"{sparql[: marker.start()]}{block}{sparql[marker.end() :]}"
    where = re.search(r"(?i)\bWHERE\s*\{", sparql)
    if where:  # first in the pattern, so that the engine starts from the bound values
        return f"{sparql[: where.end()]} {block} {sparql[where.end() :]}"
    return f"{sparql}\n{block}"


def _term(value: Any) -> str:
    if isinstance(value, URIRef):
        text = str(value)
        if any(c in text for c in '<>"{}|^`\\ \n'):
            raise QueryError(f"not a valid IRI: {text!r}")
        return f"<{text}>"
    if isinstance(value, Literal):
        return value.n3()
    raise QueryError(f"cannot bind {value!r}")


def _solutions_result(variables: list[str], rows: list[dict[Variable, Any]]) -> Result:
    result = Result("SELECT")
    result.vars = [Variable(v) for v in variables]
    result.bindings = rows
    return result


class OxigraphStore:
    """A pyoxigraph store: in memory when ``path`` is None, else persistent in a folder
    (nothing of the corpus is then held in memory)."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.unflushed = 0
        self.read_only = read_only
        if self.path is None:
            self.store: ox.Store | None = ox.Store()
            return
        if not create and not self.path.is_dir():
            raise StoreError(f"{self.path}: no such store folder")
        foreign = self.path.is_dir() and not is_oxigraph_folder(self.path)
        if foreign and (read_only or not create or any(self.path.iterdir())):
            raise StoreError(f"{self.path}: not a govgraph store (a folder of articles? give it as an input)")
        try:
            # readers never take the lock: any number of them, beside a writer, see the store
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreError(
                    f"{self.path}: the store is open for writing in another process (a build, or a notebook "
                    "holding it); close it there and try again"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store: {error}") from None

    def hashes(self) -> dict[str, str]:
        return {row[0].value: row[1].value for row in self.store.query(HASHES)}

    def put(self, graph: str, triples: Iterable[Triple]) -> None:
        name = ox.NamedNode(graph)
        if self.store.contains_named_graph(name):
            self.store.remove_graph(name)
        self.add(graph, triples)

    def add(self, graph: str, triples: Iterable[Triple]) -> None:
        name = ox.NamedNode(graph)
        quads = [ox.Quad(s, p, o, name) for s, p, o in triples]
        try:
            self.store.extend(quads)
            if self.path is not None:  # flush the write buffers now and then: memory stays flat
                self.unflushed += len(quads)
                if self.unflushed > FLUSH_QUADS:
                    self.store.flush()
                    self.unflushed = 0
        except OSError as error:  # a full disk, a folder gone: name the store
            raise StoreError(f"{self.path}: cannot write to the store: {error}") from None

    def delete(self, graph: str) -> None:
        name = ox.NamedNode(graph)
        if self.store.contains_named_graph(name):
            self.store.remove_graph(name)

    def query(self, sparql: str, bindings: dict[str, Any]) -> Result:
        try:
            answer = self.store.query(with_values(sparql, bindings), use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL query: {error}") from None
        if isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
            return result
        if isinstance(answer, ox.QueryTriples):
            result = Result("CONSTRUCT")
            graph = Graph()
            for triple in answer:
                graph.add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
            result.graph = graph
            return result
        names = [v.value for v in answer.variables]
        keys = [Variable(name) for name in names]

        def rows() -> Iterator[dict[Variable, Any]]:  # as the engine produces them: nothing held
            cache: dict[Any, Any] = {}  # values repeat across rows: convert each term once
            for solution in answer:
                row = {}
                for name, var in zip(names, keys, strict=True):
                    value = solution[name]
                    if value is not None:
                        term = cache.get(value)
                        if term is None:
                            if len(cache) > 100_000:
                                cache.clear()
                            term = cache[value] = _to_rdflib(value)
                        row[var] = term
                yield row

        result = _solutions_result(names, [])
        result._genbindings = rows()
        return result

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def dataset(self) -> Dataset:
        return to_dataset(self.store)

    def dump(self, fmt: str) -> bytes:
        """The whole store as N-Quads or TriG, straight from pyoxigraph."""
        rdf_format = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
        return self.store.dump(format=rdf_format)

    def close(self) -> None:
        """Flush and release the folder (another process may open it afterwards)."""
        if self.store is not None and self.path is not None:
            if not self.read_only:
                self.store.flush()
            self.store = None
            import gc

            gc.collect()


class MemoryStore(OxigraphStore):
    """A pyoxigraph store in memory, optionally filled from an rdflib Dataset."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        super().__init__(None)
        if dataset is not None and len(dataset):
            data = dataset.serialize(format="nquads", encoding="utf-8")
            self.store.load(data, format=ox.RdfFormat.N_QUADS)


class RemoteStore:
    """A SPARQL 1.1 server: graphs through the Graph Store HTTP Protocol, queries through the
    SPARQL protocol. Credentials ``user:password`` come from $GOVGRAPH_STORE_AUTH only, and are
    never sent on to another origin (a redirect elsewhere goes without them). ``timeout`` is a
    deadline for each whole request, however slowly the server answers."""

    def __init__(
        self, url: str, *, query_endpoint: str | None = None, gsp_endpoint: str | None = None, timeout: float = 60
    ) -> None:
        base = url.rstrip("/")
        self.query_url = query_endpoint or f"{base}/query"
        self.gsp_url = gsp_endpoint or f"{base}/store"
        if not timeout or timeout <= 0:
            raise StoreError(f"{url}: the timeout must be a positive number of seconds, not {timeout!r}")
        self.timeout = timeout
        auth = os.environ.get(AUTH_ENV)
        self.headers = {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()} if auth else {}
        self.opener = urllib.request.build_opener(_SameOriginCredentials())

    def _request(self, method: str, url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """The response body, within ``self.timeout`` seconds for the whole exchange."""
        outcome: list[Any] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append(self._exchange(method, url, data, headers))
            except BaseException as error:  # handed to the caller's thread
                outcome.append(error)
            finally:
                done.set()

        threading.Thread(target=run, daemon=True, name="govgraph-http").start()
        if not done.wait(self.timeout):
            raise StoreError(f"{method} {url} failed: no complete answer within {self.timeout:g} s (see --http-timeout)")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _exchange(self, method: str, url: str, data: bytes | None, headers: dict[str, str] | None) -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        for name, value in self.headers.items():
            request.add_unredirected_header(name, value)  # kept off any redirected request
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            detail = error.read()[:300].decode("utf-8", "replace").strip()
            if method == "DELETE" and error.code == 404:
                return b""
            raise StoreError(f"{method} {url} failed: HTTP {error.code} {' '.join(detail.split())}") from None
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(f"{method} {url} failed: {getattr(error, 'reason', error)}") from None

    def _graph_url(self, graph: str) -> str:
        return f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph})}"

    def hashes(self) -> dict[str, str]:
        return {str(row[0]): str(row[1]) for row in self.query(HASHES, {})}

    def put(self, graph: str, triples: Iterable[Triple]) -> None:
        self._send("PUT", graph, triples)

    def add(self, graph: str, triples: Iterable[Triple]) -> None:
        self._send("POST", graph, triples)

    def _send(self, method: str, graph: str, triples: Iterable[Triple]) -> None:
        data = ox.serialize([ox.Triple(*t) for t in triples], format=ox.RdfFormat.N_TRIPLES) or b""
        self._request(method, self._graph_url(graph), data, {"Content-Type": "application/n-triples"})

    def delete(self, graph: str) -> None:
        self._request("DELETE", self._graph_url(graph))

    def query(self, sparql: str, bindings: dict[str, Any]) -> Result:
        body = urllib.parse.urlencode({"query": with_values(sparql, bindings)}).encode("utf-8")
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        raw = self._request("POST", self.query_url, body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        text = raw.decode("utf-8")
        if text.lstrip().startswith("{"):
            data = json.loads(text)
            if "boolean" in data:
                result = Result("ASK")
                result.askAnswer = bool(data["boolean"])
                return result
            names = data["head"].get("vars", [])
            rows = [{Variable(k): _json_term(v) for k, v in b.items()} for b in data["results"]["bindings"]]
            return _solutions_result(names, rows)
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=text, format="nt")
        return result

    def quads(self) -> Iterator[ox.Quad]:
        body = urllib.parse.urlencode({"query": "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        raw = self._request("POST", self.query_url, body, headers)
        for row in json.loads(raw.decode("utf-8"))["results"]["bindings"]:
            yield ox.Quad(*(_json_ox(row[name]) for name in ("s", "p", "o", "g")))

    def dataset(self) -> Dataset:
        return to_dataset(self.quads())

    def close(self) -> None:
        pass


class _SameOriginCredentials(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only within the same origin (scheme, host and port): credentials and
    data are not sent on to another server."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if (old.scheme, old.hostname, old.port) != (new.scheme, new.hostname, new.port):
            raise urllib.error.URLError(f"redirected to another origin ({newurl}); give that URL instead")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _json_term(value: dict[str, str]) -> Any:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    return (
        Literal(value["value"], datatype=URIRef(datatype))
        if datatype and datatype != str(XSD.string)
        else Literal(value["value"])
    )


def _json_ox(value: dict[str, str]) -> Any:
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    datatype = value.get("datatype")
    return ox.Literal(value["value"], datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value["value"])


def is_store(spec: str | Path) -> bool:
    """True when ``spec`` names a store (a folder or an http(s) URL) rather than a graph file."""
    text = str(spec)
    return text.startswith(("http://", "https://")) or Path(text).is_dir()


_ROCKSDB_FILE = re.compile(r"IDENTITY|LOCK|LOG(?:\.old\.\d+)?|CURRENT|MANIFEST-\d+|OPTIONS-\d+|\d+\.(?:log|sst|dbtmp)")


def is_oxigraph_folder(path: Path) -> bool:
    """True when ``path`` holds an on-disk pyoxigraph (RocksDB) store, also one whose creation
    was cut short (a build killed as it created the store leaves only RocksDB's first files;
    opening it again completes it)."""
    if (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*")):
        return True
    names = [entry.name for entry in path.iterdir()] if path.is_dir() else []
    return bool(names) and all(_ROCKSDB_FILE.fullmatch(name) for name in names)


def open_store(spec: str | Path, *, create: bool = True, read_only: bool = False, **options: Any) -> Store:
    """A store from a folder path or an http(s) URL; ``read_only`` for commands that only read."""
    text = str(spec)
    if text.startswith(("http://", "https://")):
        return RemoteStore(text, **options)
    return OxigraphStore(text, create=create, read_only=read_only)
