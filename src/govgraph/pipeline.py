"""The pipeline: articles -> documents -> extractors -> resolved facts, one article at a time."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from .document import Article, make_document
from .errors import ExtractionError, GovGraphError, InputError
from .extractors import default_order, run
from .namespace import DEFAULT_BASE
from .rdf import ArticleGraph, article_graph
from .resolve import Facts, resolve
from .resources import data_path

log = logging.getLogger(__name__)
DASK_CONNECT_TIMEOUT = "10s"


def process(article: Article, *, order: Sequence[str] | None = None) -> Facts:
    """Extract and resolve the facts of one article."""
    doc = make_document(article)
    run(doc, order)
    return resolve(doc)


def try_process(article: Article, *, order: Sequence[str] | None = None) -> Facts | InputError:
    """The facts of one article, or an ExtractionError naming it when extraction fails:
    one broken article never sinks the batch."""
    try:
        return process(article, order=order)
    except GovGraphError:
        raise
    except Exception as error:
        log.debug("extraction failed for %s", article.origin, exc_info=True)
        return ExtractionError(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")


def extract(items: Iterable[Article | InputError], *, order: Sequence[str] | None = None) -> Iterator[Facts | InputError]:
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
    article: Article, base: str = DEFAULT_BASE, order: Sequence[str] | None = None, text: bool = True
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
    order: Sequence[str] | None = None,
    jobs: int = 1,
    dask: str | None = None,
    window: int = 0,
    text: bool = True,
) -> Iterator[Extracted | InputError]:
    """Extracted graphs in input order, on one process, a process pool, or a Dask cluster.

    At most ``window`` articles are out at once, so that memory stays bounded whatever the
    corpus size; a pool gets a new article as each result comes back (no worker waits at
    the end of a window for the other's long article)."""
    task = partial(extract_graph, base=base, order=tuple(default_order() if order is None else order), text=text)
    if dask:
        from distributed import Client

        try:
            client = Client(dask, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise GovGraphError(f"cannot reach the Dask scheduler at {dask}: {error}") from None
        with client:
            for batch in _windows(articles, window or 64):
                yield from client.gather(client.map(task, batch, pure=False))
        return
    if jobs <= 1:
        for article in articles:
            yield task(article)
        return
    _warm()
    workers = Workers(jobs)
    try:
        yield from workers.map(task, articles, window or jobs * 16)
    finally:
        workers.stop()


WORKER_DIED = "worker process died while extracting it (killed, or out of memory)"
PR_SET_PDEATHSIG = 1  # prctl option: a signal for the process when its parent ends


def _quiet_worker(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle, SIGTERM ends the worker at once
    (no traceback of a pipe closed under it), the worker ends when its parent does, even by
    kill -9 (none is left waiting for work for ever), and its collector skips what it inherited."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))
    if sys.platform.startswith("linux"):
        import ctypes

        # without prctl, the parent's own clean-up still stops workers on anything but kill -9
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(143)
    # the collector leaves alone what the worker inherited (models, reference data): it would
    # otherwise walk all of it on each full collection and copy every page it touches
    gc.freeze()


class Workers:
    """A process pool that notices a worker lost (OOM killer, kill -9): the articles it held
    are tried again one at a time in a fresh pool, and the one that kills its worker again is
    reported as failed, instead of the build waiting for ever."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(method)
        self.pool: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                self.jobs, mp_context=self.context, initializer=_quiet_worker, initargs=(os.getpid(),)
            )
        return self.pool

    def map(
        self, task: Callable[[Article], Extracted | InputError], articles: Iterable[Article], window: int
    ) -> Iterator[Extracted | InputError]:
        """Results of ``task`` over ``articles``, in order, with at most ``window`` of them
        submitted and not yet taken."""
        queue: deque[tuple[Article, Future]] = deque()
        source = iter(articles)
        while True:
            while len(queue) < window and (article := next(source, None)) is not None:
                queue.append((article, self._pool().submit(task, article)))
            if not queue:
                return
            article, future = queue.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                self.stop()
                rest, queue = [(article, future), *queue], deque()
                yield from self._retry(task, rest)
                continue
            yield result

    def _retry(
        self, task: Callable[[Article], Extracted | InputError], rest: list[tuple[Article, Future]]
    ) -> Iterator[Extracted | InputError]:
        for article, future in rest:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()  # finished before the pool broke
                continue
            log.warning("%s: a worker died; extracting it again", article.origin or article.id)
            try:
                yield self._pool().submit(task, article).result()
            except BrokenProcessPool:
                self.stop()
                yield InputError(article.origin or article.id, WORKER_DIED)

    def stop(self) -> None:
        """End the pool and its workers now (also on an interrupt, so none is left behind)."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)


def _windows(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
