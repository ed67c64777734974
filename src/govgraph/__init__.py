"""govgraph: Vietnamese government news into a knowledge graph of people, posts, bodies,
events and policies, queryable with SPARQL, exportable as RDF and drawn as HTML."""

from __future__ import annotations

import importlib.metadata

from .api import BuildReport, KnowledgeGraph, build, load
from .document import Article, Document, make_document
from .errors import ExtractionError, GovGraphError, InputError, QueryError
from .named import ready_queries
from .pipeline import process


def _version() -> str:
    """The installed version (pyproject.toml is its one source); a source checkout that was
    never installed reads pyproject.toml itself."""
    try:
        return importlib.metadata.version("govgraph")
    except importlib.metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        if pyproject.is_file():
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        return "0+unknown"


__version__ = _version()

__all__ = [
    "Article",
    "BuildReport",
    "Document",
    "ExtractionError",
    "GovGraphError",
    "InputError",
    "KnowledgeGraph",
    "QueryError",
    "__version__",
    "build",
    "load",
    "make_document",
    "process",
    "ready_queries",
]
