"""Shared fixtures: the sample graph, a helper that extracts facts from one text, the CLI runner,
and an extractor registry that forgets what a test registered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import govgraph
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
    """The extractor registry is as it was before the test once the test ends: an extractor a
    test registers (or a registration that should have been refused) does not leak into others."""
    from govgraph.extractors import registry

    registry.names()  # the built-in and installed extractors are loaded first, and kept
    saved = dict(registry._REGISTRY)
    yield
    registry._REGISTRY.clear()
    registry._REGISTRY.update(saved)
