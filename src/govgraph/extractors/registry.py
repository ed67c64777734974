"""The registry of extractor components and the function that runs them in order."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points

from ..document import Document
from ..errors import RegistryError

DEFAULT_ORDER = ("dates", "bodies", "places", "policies", "people", "policy_links", "events")
_BUILTIN_MODULES = ("dates", "bodies", "places", "policies", "people", "policy_links", "events")


@dataclass(frozen=True)
class Component:
    """A registered extractor: what it needs before it runs and what it adds."""

    name: str
    func: Callable[[Document], None]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()


_REGISTRY: dict[str, Component] = {}
_loaded = False


def register(name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = ()) -> Callable:
    """Decorator registering ``func(doc)`` as the extractor ``name``."""

    def decorate(func: Callable[[Document], None]) -> Callable[[Document], None]:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise RegistryError(f"extractor {name!r} is already registered")
        _REGISTRY[name] = Component(name, func, tuple(needs), tuple(adds))
        return func

    return decorate


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
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


def run(doc: Document, order: Iterable[str] = DEFAULT_ORDER) -> Document:
    """Run the extractors named in ``order`` over ``doc``, checking each one's needs."""
    order = list(order)
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
