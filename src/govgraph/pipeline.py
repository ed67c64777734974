"""The pipeline: articles -> documents -> extractors -> resolved facts, one article at a time."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from .document import Article, make_document
from .errors import GovGraphError, InputError
from .extractors import DEFAULT_ORDER, run
from .namespace import DEFAULT_BASE
from .rdf import ArticleGraph, article_graph
from .resolve import Facts, resolve
from .resources import data_path

log = logging.getLogger(__name__)


def process(article: Article, *, order: Sequence[str] = DEFAULT_ORDER) -> Facts:
    """Extract and resolve the facts of one article."""
    doc = make_document(article)
    run(doc, order)
    return resolve(doc)


def try_process(article: Article, *, order: Sequence[str] = DEFAULT_ORDER) -> Facts | InputError:
    """The facts of one article, or an InputError naming it when extraction fails:
    one broken article never sinks the batch."""
    try:
        return process(article, order=order)
    except GovGraphError:
        raise
    except Exception as error:
        log.debug("extraction failed for %s", article.origin, exc_info=True)
        return InputError(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")


def extract(items: Iterable[Article | InputError], *, order: Sequence[str] = DEFAULT_ORDER) -> Iterator[Facts | InputError]:
    """Facts for each article; a read error or a failing article becomes an InputError."""
    for item in items:
        yield item if isinstance(item, InputError) else try_process(item, order=order)


# --- batch extraction: content hashes, per-article graphs, local or distributed workers ---


@cache
def fingerprint() -> str:
    """A digest of what extraction depends on (version, reference data, extractor code):
    when it changes, every article is extracted again."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for path in sorted(data_path("reference").glob("*.json")):
        digest.update(path.read_bytes())
    for path in sorted(Path(__file__).parent.glob("**/*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_hash(article: Article) -> str:
    """The hash recorded with an article's graph: its content and the pipeline's fingerprint."""
    fields = [article.id, article.title, article.text, article.url or "", str(article.published or ""), article.source or ""]
    digest = hashlib.sha256(fingerprint().encode())
    for field in fields:
        digest.update(b"\0" + field.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Extracted:
    """One article's graph, ready for a store: its named graph's triples and the descriptions
    it contributes to the entities graph (pyoxigraph terms, pickled only across processes)."""

    article_id: str
    graph: ArticleGraph

    @property
    def iri(self) -> str:
        return self.graph.iri


def extract_graph(
    article: Article, base: str = DEFAULT_BASE, order: Sequence[str] = DEFAULT_ORDER, text: bool = True
) -> Extracted | InputError:
    """Extract one article into its graph (runs in worker processes too)."""
    facts = try_process(article, order=order)
    if isinstance(facts, InputError):
        return facts
    return Extracted(article.id, article_graph(facts, base=base, content_hash=content_hash(article), text=text))


def _warm() -> None:
    """Load the underthesea models and reference data once (before forking workers)."""
    process(Article("warm-up", "Thủ tướng Phạm Minh Chính dự Hội nghị tại Hà Nội."))


def extract_graphs(
    articles: Iterable[Article],
    *,
    base: str = DEFAULT_BASE,
    order: Sequence[str] = DEFAULT_ORDER,
    jobs: int = 1,
    dask: str | None = None,
    window: int = 0,
    text: bool = True,
) -> Iterator[Extracted | InputError]:
    """Extracted graphs in input order, on one process, a process pool, or a Dask cluster.

    Articles go out in windows so that memory stays bounded whatever the corpus size."""
    task = partial(extract_graph, base=base, order=tuple(order), text=text)
    if dask:
        from distributed import Client

        with Client(dask) as client:
            for batch in _windows(articles, window or 64):
                yield from client.gather(client.map(task, batch, pure=False))
        return
    if jobs <= 1:
        for article in articles:
            yield task(article)
        return
    _warm()
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        for batch in _windows(articles, window or jobs * 16):
            yield from pool.imap(task, batch, chunksize=max(1, len(batch) // (jobs * 4)))


def _windows(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
