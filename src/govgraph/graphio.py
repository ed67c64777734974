"""RDF files: formats, reading into a pyoxigraph store, ordered writing, atomic files.

Files are read and written with pyoxigraph's parsers and serialisers, with the project's
prefixes. Output is ordered so that a reader meets what things are before what articles
said about them: the entities graph, then the reference graph, then each article's graph.
JSON-LD gets a compact ``@context``. Files are written atomically (a temporary file, then a
rename), so a failed run never leaves a half-written graph in place of the previous one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import groupby
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from . import vocabulary
from .errors import GraphFileError
from .namespace import DEFAULT_BASE, ENTITIES_GRAPH, PREFIXES, REFERENCE_GRAPH

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_TEXT = ox.NamedNode("https://schema.org/text")
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_STRING = "http://www.w3.org/2001/XMLSchema#string"


def kind_prefixes() -> dict[str, str]:
    """Resources under the base IRI, by kind ("person:pham-minh-chinh", "body:bo-ngoai-giao"):
    one prefix per kind of the vocabulary (components' kinds included), and articles."""
    return {**{k.public: f"{k.key}/" for k in vocabulary.kinds().values()}, "article": "article/"}


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The project's prefixes, with one per kind of resource under ``base`` and ``ggid:``."""
    return {**PREFIXES, **{name: base + path for name, path in kind_prefixes().items()}, "ggid": base}


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The format name for a file, from ``explicit`` or the extension."""
    if explicit:
        return {"jsonld": "json-ld", "nq": "nquads", "ttl": "turtle"}.get(explicit, explicit)
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(
            f"{path}: unknown graph format {suffix or '(no extension)'}; use one of {', '.join(sorted(FORMATS))}"
        )
    return FORMATS[suffix]


def load_into(store: ox.Store, path: str | Path, fmt: str | None = None) -> None:
    """Read a graph file into ``store`` (triple formats into the default graph)."""
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file")
    fmt = format_for(path, fmt)
    if fmt not in OX_FORMATS:
        raise GraphFileError(f"{path}: unknown graph format {fmt}; use one of {', '.join(OX_FORMATS)}")
    try:
        store.load(path=str(path), format=OX_FORMATS[fmt])
    except (SyntaxError, ValueError, OSError) as error:
        message = " ".join(str(error).split())
        raise GraphFileError(f"{path}: cannot read as {fmt}: {message[:300]}") from None


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file into a new rdflib Dataset (for Python users who want rdflib)."""
    from .store import to_dataset

    store = ox.Store()
    load_into(store, path, fmt)
    return to_dataset(store)


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all graphs of an rdflib Dataset in one rdflib Graph (for validation)."""
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def graph_order(store: ox.Store, base: str = DEFAULT_BASE) -> list[Any]:
    """The store's graphs in writing order: entities, reference, articles by IRI, default graph."""
    first = [ox.NamedNode(base + ENTITIES_GRAPH), ox.NamedNode(base + REFERENCE_GRAPH)]
    rest = sorted((g for g in store.named_graphs() if g not in first), key=str)
    return [*first, *rest, ox.DefaultGraph()]


def ordered_quads(store: ox.Store, *, base: str = DEFAULT_BASE, text: bool = True) -> Iterator[ox.Quad]:
    """Every quad of ``store``, graph after graph in :func:`graph_order`, sorted in each graph
    (the article itself, then what it claims, then its evidence); ``text=False`` leaves out
    the articles' bodies (``schema:text`` of an article in its own graph)."""
    for graph in graph_order(store, base):
        quads = ordered_quads_of(store, graph)
        yield from quads if text else (q for q in quads if not (q.predicate == _TEXT and q.subject == graph))


def _rank(quad: ox.Quad, graph: Any) -> tuple[int, str, str, str]:
    subject = quad.subject.value
    if quad.subject == graph:
        rank = 0
    elif "/mention/" in subject or "/sentence/" in subject:
        rank = 2
    else:
        rank = 1
    return (rank, subject, quad.predicate.value, str(quad.object))


def write(store: ox.Store, out: IO[bytes], fmt: str, *, base: str = DEFAULT_BASE, text: bool = True) -> None:
    """Serialise ``store`` to ``out``; triple formats get the union of its graphs."""
    quads = ordered_quads(store, base=base, text=text)
    if fmt == "json-ld":
        write_jsonld(quads, out, base=base)
    elif fmt in QUAD_FORMATS:
        ox.serialize(quads, out, OX_FORMATS[fmt], prefixes=prefixes(base))
    else:
        ox.serialize((q.triple for q in quads), out, OX_FORMATS[fmt], prefixes=prefixes(base))


class TrigSpool:
    """A TriG file written while a fresh build runs: each article graph is serialised as the
    build stores it, into a spool beside the target; :meth:`finish` then writes the entities
    and reference graphs and the spooled article graphs into the target. The file then costs
    no read-back of the whole store at the end (with several workers, most of its writing is
    done while they extract)."""

    def __init__(self, target: Path, *, base: str = DEFAULT_BASE) -> None:
        self.target, self.base, self.prefixes = target, base, prefixes(base)
        real = Path(os.path.realpath(target))
        _remove_stale(real, ".spool")
        handle, name = tempfile.mkstemp(prefix=f".{real.name}.{os.getpid()}.", suffix=".spool", dir=real.parent)
        self.path = Path(name)
        self.file: IO[bytes] = os.fdopen(handle, "wb")

    def add(self, graph: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Spool one article graph, its quads in the order :func:`ordered_quads` gives."""
        name = ox.NamedNode(graph)
        quads = sorted((ox.Quad(s, p, o, name) for s, p, o in triples), key=lambda q: _rank(q, name))
        self.file.write(_without_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=self.prefixes)))

    def finish(self, store: ox.Store) -> Path:
        """Write the target atomically: the store's other graphs, then the spooled ones."""
        self.file.close()
        first = [ox.NamedNode(self.base + ENTITIES_GRAPH), ox.NamedNode(self.base + REFERENCE_GRAPH)]
        with atomic(self.target) as out:
            head = (q for g in first for q in ordered_quads_of(store, g))
            out.write(ox.serialize(head, format=ox.RdfFormat.TRIG, prefixes=self.prefixes) or _prefix_lines(self.prefixes))
            with open(self.path, "rb") as spooled:
                shutil.copyfileobj(spooled, out, 1 << 20)
            out.write(_without_prefixes(ox.serialize(ordered_quads_of(store, ox.DefaultGraph()), format=ox.RdfFormat.TRIG)))
        self.discard()
        return self.target

    def discard(self) -> None:
        """Remove the spool (also when the build failed or was interrupted)."""
        self.file.close()
        self.path.unlink(missing_ok=True)


def ordered_quads_of(store: ox.Store, graph: Any) -> list[ox.Quad]:
    """The quads of one graph of ``store``, in the order :func:`ordered_quads` gives."""
    return sorted(store.quads_for_pattern(None, None, None, graph), key=lambda q: _rank(q, graph))


def _without_prefixes(data: bytes) -> bytes:
    """A serialisation without its ``@prefix`` lines (they are written once, at the top)."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


def _prefix_lines(names: dict[str, str]) -> bytes:
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in names.items()).encode()


def serialize(store: ox.Store, fmt: str, *, base: str = DEFAULT_BASE, text: bool = True) -> bytes:
    """The store as bytes in ``fmt``."""
    import io

    out = io.BytesIO()
    write(store, out, fmt, base=base, text=text)
    return out.getvalue()


def save(store: ox.Store, path: str | Path, fmt: str | None = None, *, base: str = DEFAULT_BASE, text: bool = True) -> Path:
    """Write ``store`` to ``path`` atomically (streamed: memory does not grow with the file)."""
    path = Path(path)
    fmt = format_for(path, fmt)
    with atomic(path) as handle:
        write(store, handle, fmt, base=base, text=text)
    return path


# --- JSON-LD with a compact @context ---


def write_jsonld(quads: Iterable[ox.Quad], out: IO[bytes], *, base: str = DEFAULT_BASE) -> None:
    """JSON-LD with the project's prefixes as ``@context``: one ``@graph`` per named graph and
    compact IRIs (``schema:name``, ``ggid:person/…``). Quads must come graph by graph; each
    graph is written as it ends, so memory holds one graph at a time."""
    writer = _JsonLd(base)
    out.write(b'{"@context": ')
    out.write(json.dumps(prefixes(base), ensure_ascii=False).encode("utf-8"))
    out.write(b',\n "@graph": [')
    first = True
    for item in writer.items(quads):
        out.write(b"\n  " if first else b",\n  ")
        out.write(json.dumps(item, ensure_ascii=False).encode("utf-8"))
        first = False
    out.write(b"\n]}\n")


class _JsonLd:
    """Quads as JSON-LD node objects with compact IRIs."""

    def __init__(self, base: str) -> None:
        self.names = sorted(prefixes(base).items(), key=lambda item: -len(item[1]))  # longest namespace first

    def items(self, quads: Iterable[ox.Quad]) -> Iterator[dict[str, Any]]:
        """The top-level items: the default graph's nodes, then one ``@graph`` object per named graph."""
        for graph, group in groupby(quads, key=lambda quad: quad.graph_name):
            if isinstance(graph, ox.DefaultGraph):
                yield from self.nodes(group)
            else:
                yield {"@id": self.compact(graph.value), "@graph": self.nodes(group)}

    def compact(self, iri: str) -> str:
        for prefix, namespace in self.names:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    def value(self, term: Any) -> Any:
        if isinstance(term, ox.Literal):
            if term.language:
                return {"@value": term.value, "@language": term.language}
            if term.datatype.value == _STRING:
                return term.value
            return {"@value": term.value, "@type": self.compact(term.datatype.value)}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        return {"@id": self.compact(term.value)}

    def nodes(self, group: Iterable[ox.Quad]) -> list[dict[str, Any]]:
        """One node object per subject, in order of first appearance."""
        by_subject: dict[Any, dict[str, Any]] = {}
        for quad in group:
            s = quad.subject
            node = by_subject.get(s)
            if node is None:
                ident = f"_:{s.value}" if isinstance(s, ox.BlankNode) else self.compact(s.value)
                node = by_subject[s] = {"@id": ident}
            if quad.predicate.value == _TYPE and isinstance(quad.object, ox.NamedNode):
                node.setdefault("@type", []).append(self.compact(quad.object.value))
            else:
                node.setdefault(self.compact(quad.predicate.value), []).append(self.value(quad.object))
        return list(by_subject.values())


# --- atomic files ---


_GROUP: ContextVar[list[tuple[str, Path]] | None] = ContextVar("govgraph_atomic_group", default=None)


@contextmanager
def atomic(path: Path) -> Iterator[IO[bytes]]:
    """A binary handle on a temporary file beside ``path``, renamed into place on success.

    A symlink is followed (the file it points to is replaced, the link stays); an existing
    file keeps its permissions; temporary files of other writers still running are left
    alone. Inside :func:`atomic_group`, the rename waits for the group's end."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise GraphFileError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        group = _GROUP.get()
        if group is None:
            os.replace(tmp, target)
        else:
            group.append((tmp, target))
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise GraphFileError(f"{path}: cannot write: {error.strerror or error}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def scratch_folder(beside: Path) -> Iterator[Path]:
    """A new hidden folder beside the file ``beside`` (same disk, already checked writable),
    removed at the end of the block, also on an error or an interrupt; folders left by runs
    that were killed are removed first.

    A build whose only outputs are files holds its graph there, in an on-disk store, rather
    than in memory: the whole graph in an in-memory store costs about twice as much memory
    as the on-disk one's buffers, and grows with the corpus."""
    target = Path(os.path.realpath(beside))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(target, ".store")
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".store", dir=target.parent))
    except OSError as error:
        raise GraphFileError(f"{beside}: cannot make a working folder beside it: {error.strerror or error}") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    with atomic(path) as handle:
        handle.write(data)


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else the default for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_stale(target: Path, suffix: str = ".tmp") -> None:
    """Remove temporary files (or folders) left beside ``target`` by runs that were killed;
    those of a process still running (another writer) are left alone."""
    for stale in target.parent.glob(f".{target.name}.*{suffix}"):
        pid = stale.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def atomic_group() -> Iterator[None]:
    """Files written inside the block replace the old ones together at its end, or none does.

    Each file is written whole first; then the renames follow one another with SIGINT, SIGTERM
    and SIGHUP held back, so an interrupt never leaves a mix of old and new outputs."""
    staged: list[tuple[str, Path]] = []
    token = _GROUP.set(staged)
    try:
        yield
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        _GROUP.reset(token)
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
