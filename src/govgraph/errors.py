"""Errors a user can act on; the CLI prints them as one ``Error: ...`` line."""

from __future__ import annotations


class GovGraphError(Exception):
    """Base class of every error govgraph raises on purpose."""


class InputError(GovGraphError):
    """An input file or record cannot be read as an article."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # rebuilt from origin and reason: a failure returned by a worker process must unpickle
        return type(self), (self.origin, self.reason)


class ExtractionError(InputError):
    """An article was read but an extractor failed on it (a bug, reported with the article's name)."""


class QueryError(GovGraphError):
    """A SPARQL query is malformed or cannot run."""


class GraphFileError(GovGraphError):
    """A graph file cannot be read or written."""


class StoreError(GovGraphError):
    """A store cannot be opened, read or written."""


class RegistryError(GovGraphError):
    """An extractor name is unknown or registered twice."""
