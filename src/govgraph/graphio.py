"""RDF files: formats, reading into an rdflib Dataset, and atomic writing.

Files are written atomically (a temporary file, then a rename), so a failed run never
leaves a half-written graph in place of the previous one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import GraphFileError

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


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The rdflib format name for a file, from ``explicit`` or the extension."""
    if explicit:
        return {"jsonld": "json-ld", "nq": "nquads", "ttl": "turtle"}.get(explicit, explicit)
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(
            f"{path}: unknown graph format {suffix or '(no extension)'}; use one of {', '.join(sorted(FORMATS))}"
        )
    return FORMATS[suffix]


def new_dataset() -> Dataset:
    """An empty dataset whose default graph is the union of all named graphs."""
    return Dataset(default_union=True)


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file into a new dataset."""
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file")
    fmt = format_for(path, fmt)
    dataset = new_dataset()
    try:
        if fmt in QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            dataset.default_graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphFileError(f"{path}: cannot read as {fmt}: {error}") from None
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all graphs in one graph (for Turtle, N-Triples and validation)."""
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in ``fmt``; triple formats get the union of its graphs."""
    if fmt in QUAD_FORMATS:
        data = dataset.serialize(format=fmt, encoding="utf-8")
    else:
        data = union_graph(dataset).serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def save_dataset(dataset: Dataset, path: str | Path, fmt: str | None = None) -> Path:
    """Write the dataset to ``path`` atomically; returns the path written."""
    path = Path(path)
    fmt = format_for(path, fmt)
    data = serialize(dataset, fmt)
    write_atomic(path, data)
    return path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a run that was killed
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
