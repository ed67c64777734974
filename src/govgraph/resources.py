"""Where the files shipped with govgraph live: reference data, samples, ontology, queries."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    """The folder ``name`` inside the installed package, else in the source checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"govgraph is missing its {name}/ folder (looked in {_PACKAGE})")


def data_path(*parts: str) -> Path:
    """A path under the shipped ``data/`` folder."""
    return _root("data").joinpath(*parts)


def ontology_path(name: str) -> Path:
    """A file of the shipped ``ontology/`` folder."""
    return _root("ontology") / name


def query_dir() -> Path:
    """The folder of ready-made SPARQL queries."""
    return _PACKAGE / "queries"


def samples_dir() -> Path:
    """The bundled sample articles."""
    return data_path("samples")
