"""govgraph: Vietnamese government news into a knowledge graph of people, posts, bodies,
events and policies, queryable with SPARQL, exportable as RDF and drawn as HTML."""

from __future__ import annotations

from .api import BuildReport, KnowledgeGraph, build, load
from .document import Article, Document, make_document
from .errors import GovGraphError, InputError, QueryError
from .named import ready_queries
from .pipeline import process

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BuildReport",
    "Document",
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
