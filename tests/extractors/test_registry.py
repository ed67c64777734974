"""The extractor registry: names, needs, refusals, and an extractor added from outside."""

import pytest

from govgraph.document import Article, make_document
from govgraph.errors import RegistryError
from govgraph.extractors import DEFAULT_ORDER, get, names, register, run, unregister


def test_builtin_extractors_are_registered() -> None:
    assert set(DEFAULT_ORDER) <= set(names())


def test_unknown_name_lists_the_valid_ones() -> None:
    doc = make_document(Article("a", "Văn bản."), tag=False)
    with pytest.raises(RegistryError, match=r"known: .*bodies"):
        run(doc, ["nope"])


def test_needs_are_checked() -> None:
    doc = make_document(Article("a", "Văn bản."), tag=False)
    with pytest.raises(RegistryError, match="needs"):
        run(doc, ["events"])


@pytest.mark.usefixtures("clean_registry")
def test_duplicate_registration_is_refused() -> None:
    with pytest.raises(RegistryError, match="already registered"):

        @register("dates")
        def other(doc: object) -> None:  # pragma: no cover
            pass


@pytest.mark.usefixtures("clean_registry")
def test_a_new_extractor_joins_by_name() -> None:
    @register("shout-test")
    def shout(doc) -> None:
        doc.add("SHOUT", 0, 3)

    try:
        doc = run(make_document(Article("a", "Văn bản."), tag=False), ["shout-test"])
        assert [m.text for m in doc.mentions] == ["Văn"]
    finally:
        unregister("shout-test")
    assert "shout-test" not in names()


def test_no_extractor_registered_by_an_earlier_test_is_left() -> None:
    from_tests = [name for name in names() if get(name).func.__module__.startswith(("tests.", "test_"))]
    assert from_tests == []
