"""The registry of extractor components and the function that runs them in order.

A component declares what it needs (components that must run before it), the mention labels
it adds and, when it brings new labels, kinds or relations, their rows of the vocabulary; the
default order runs every registered component after what it needs."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from .. import vocabulary as vocab
from ..document import Document
from ..errors import RegistryError
from ..vocabulary import Vocabulary

# the core components, imported (so registered) first and in this order; any other module of the
# package is imported after them
_BUILTIN_MODULES = ("dates", "bodies", "places", "policies", "people", "policy_links", "events")
DEFAULT_ORDER = _BUILTIN_MODULES


@dataclass(frozen=True)
class Component:
    """A registered extractor: what it needs before it runs and what it adds."""

    name: str
    func: Callable[[Document], None]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    vocabulary: Vocabulary | None = None


_REGISTRY: dict[str, Component] = {}
_loaded = False


def register(name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = (), vocabulary: Vocabulary | None = None) -> Callable:
    """Decorator registering ``func(doc)`` as the extractor ``name``; ``vocabulary`` holds the
    labels, kinds and relations it brings, so its facts reach the graph and the view."""

    def decorate(func: Callable[[Document], None]) -> Callable[[Document], None]:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise RegistryError(f"extractor {name!r} is already registered")
        component = Component(name, func, tuple(needs), tuple(adds), vocabulary)
        if vocabulary is not None:
            try:
                vocab.extend(vocabulary)
            except ValueError as error:
                raise RegistryError(f"extractor {name!r}: {error}") from None
        undeclared = [label for label in component.adds if label not in vocab.table_labels()]
        if undeclared:
            raise RegistryError(f"extractor {name!r} adds labels no vocabulary declares: {', '.join(undeclared)}")
        _REGISTRY[name] = component
        return func

    return decorate


def unregister(name: str) -> None:
    """Remove a component (its vocabulary rows stay: the graph may already use them)."""
    _REGISTRY.pop(name, None)


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        importlib.import_module(f"{__package__}.{module}")
    for module in sorted(info.name for info in pkgutil.iter_modules([str(Path(__file__).parent)])):
        if module not in _BUILTIN_MODULES:  # a module dropped into the package registers itself
            importlib.import_module(f"{__package__}.{module}")
    for entry in entry_points(group="govgraph.extractors"):
        entry.load()


def names() -> list[str]:
    """Every registered extractor name."""
    _load()
    return sorted(_REGISTRY)


def get(name: str) -> Component:
    """The component registered as ``name``; the error lists the valid names."""
    _load()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise RegistryError(f"unknown extractor {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def default_order() -> tuple[str, ...]:
    """Every registered component, each after the ones it needs (registration order otherwise:
    the built-in ones first)."""
    _load()
    done: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise RegistryError(f"extractors need each other in a circle: {' -> '.join([*visiting, name])}")
        visiting.add(name)
        for need in get(name).needs:
            visit(need)
        visiting.discard(name)
        done.append(name)

    for name in list(_REGISTRY):
        visit(name)
    return tuple(done)


def run(doc: Document, order: Iterable[str] | None = None) -> Document:
    """Run the extractors named in ``order`` (default: :func:`default_order`) over ``doc``,
    checking each one's needs."""
    order = list(default_order() if order is None else order)
    if len(set(order)) != len(order):
        raise RegistryError(f"extractor order names one twice: {order}")
    done: set[str] = set()
    for name in order:
        component = get(name)
        missing = [need for need in component.needs if need not in done]
        if missing:
            raise RegistryError(f"extractor {name!r} needs {', '.join(missing)} to run before it")
        component.func(doc)
        done.add(name)
    return doc
