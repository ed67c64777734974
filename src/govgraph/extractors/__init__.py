"""Extractors: small components, registered by name and run in order over a Document.

Each one reads the text and the mentions earlier components added, and adds its own.
Third-party extractors register with :func:`register` (or the ``govgraph.extractors``
entry-point group) and join the order by name.
"""

from __future__ import annotations

from ..vocabulary import Attribute, Kind, Label, Relation, Vocabulary
from .registry import DEFAULT_ORDER, Component, default_order, get, names, register, run, unregister

__all__ = [
    "DEFAULT_ORDER",
    "Attribute",
    "Component",
    "Kind",
    "Label",
    "Relation",
    "Vocabulary",
    "default_order",
    "get",
    "names",
    "register",
    "run",
    "unregister",
]
