"""RDF files: formats, reading into an rdflib Dataset, and atomic writing.

Files are written atomically (a temporary file, then a rename), so a failed run never
leaves a half-written graph in place of the previous one.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


_GROUP: ContextVar[list[tuple[str, Path]] | None] = ContextVar("govgraph_atomic_group", default=None)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place.

    A symlink is followed (the file it points to is replaced, the link stays); an existing
    file keeps its permissions. Inside :func:`atomic_group`, the rename waits for the group."""
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
            handle.write(data)
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


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else the default for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_stale(target: Path) -> None:
    """Remove temporary files left beside ``target`` by runs that were killed; those of a
    process still running (another writer) are left alone."""
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        pid = stale.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
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
