"""Shared fixtures: the sample graph, a helper that extracts facts from one text, the CLI runner,
and an extractor registry that forgets what a test registered."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import govgraph
from govgraph import lexicon
from govgraph.document import Article, Document, make_document
from govgraph.extractors import run
from govgraph.resolve import Facts, resolve

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite the golden graphs from the current output.")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def make_doc(text: str, *, title: str = "", published: date | None = None) -> Document:
    """A Document run through every extractor."""
    doc = make_document(Article("t", text, title=title, published=published))
    return run(doc)


def facts_of(text: str, *, title: str = "", published: date | None = None) -> Facts:
    return resolve(make_doc(text, title=title, published=published))


def posts_of(facts: Facts, relation: str = "holds") -> set[tuple[str, str]]:
    """(person name, post label) for each link of ``relation``."""
    ents = facts.entities
    return {(ents[s].label, ents[o].label) for s, r, o in facts.links if r == relation}


def labels(facts: Facts, kind: str) -> set[str]:
    return {e.label for e in facts.entities.values() if e.kind == kind and (kind != "org" or e.mentions)}


@pytest.fixture(scope="session")
def sample_kg() -> govgraph.KnowledgeGraph:
    return govgraph.build()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def clean_registry() -> Iterator[None]:
    """The extractor registry and the vocabulary are as they were before the test once the test
    ends: an extractor a test registers (or a registration that should have been refused), and
    the rows it brings, do not leak into other tests."""
    from govgraph import vocabulary
    from govgraph.extractors import registry

    registry.names()  # the built-in and installed extractors are loaded first, and kept
    saved, words = dict(registry._REGISTRY), vocabulary.snapshot()
    yield
    registry._REGISTRY.clear()
    registry._REGISTRY.update(saved)
    vocabulary.restore(words)


_CACHED = type(functools.cache(len))


def _clear_caches() -> None:
    """Forget every cached table and compiled pattern of the package, so they are read again."""
    for module in [m for name, m in sys.modules.items() if name.startswith("govgraph")]:
        for value in vars(module).values():
            if isinstance(value, _CACHED):
                value.cache_clear()


@pytest.fixture()
def reference_words() -> Iterator[Callable[..., None]]:
    """Add entries to a list of a reference file for one test: ``add("events", "heads", "Lễ hội")``
    (a dotted field walks into objects). Patterns are rebuilt from the changed list, and from
    the file again after the test."""

    def add(name: str, field: str, *entries: Any) -> None:
        _clear_caches()
        *path, last = field.split(".")
        parent = lexicon.table(name)
        for part in path:
            parent = parent[part]
        parent[last] = [*parent[last], *entries]

    yield add
    _clear_caches()
