"""The pipeline: articles -> documents -> extractors -> resolved facts, one article at a time."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from .document import Article, make_document
from .errors import GovGraphError, InputError
from .extractors import DEFAULT_ORDER, run
from .resolve import Facts, resolve

log = logging.getLogger(__name__)


def process(article: Article, *, order: Sequence[str] = DEFAULT_ORDER) -> Facts:
    """Extract and resolve the facts of one article."""
    doc = make_document(article)
    run(doc, order)
    return resolve(doc)


def extract(items: Iterable[Article | InputError], *, order: Sequence[str] = DEFAULT_ORDER) -> Iterator[Facts | InputError]:
    """Facts for each article; a read error or a failing article becomes an InputError."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield process(item, order=order)
        except GovGraphError:
            raise
        except Exception as error:  # one broken article never sinks the batch
            log.debug("extraction failed for %s", item.origin, exc_info=True)
            yield InputError(item.origin or item.id, f"extraction failed: {type(error).__name__}: {error}")
