"""Ready-made queries: their declared parameters, forgiving names, typed values, stable order.

A ready-made query is a ``.rq`` file in ``govgraph/queries``. Its header comments say what it
answers (first line) and which parameters it takes, one line each::

    # Posts of a person, current and former.
    # param name: person - the person's name, in any spelling

``KIND`` is what the value is. For ``person``, ``body``, ``post``, ``place``, ``event`` and
``policy`` the value is a name, found among the names and aliases of entities of that kind
with :func:`govgraph.text.search_key` (diacritics, case and tone placement ignored; a part
of a name when it names one entity only); the query's variable is then bound to that
entity's main name (its ``schema:name``, ``skos:prefLabel`` or ``rdfs:label``). ``text``,
``date``, ``datetime``, ``int``, ``float``, ``decimal``, ``bool`` and ``iri`` values are
converted to typed RDF terms. Every declared parameter is required; an unknown, missing or
unmatched one is a :class:`QueryError` that lists what would be right.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import URIRef

from . import vocabulary
from .errors import QueryError
from .resources import query_dir
from .text import key, search_key

# What each entity kind is in the graph, by the name users give it: its class, the properties
# that name it, its plural (from the vocabulary's kinds that have a plural)
ENTITY_KINDS: dict[str, tuple[str, tuple[str, ...], str]] = {
    k.public: (f"<{k.cls}>", tuple(f"<{vocabulary.expand(p)}>" for p in k.naming), k.plural)
    for k in vocabulary.kinds().values()
    if k.plural
}


def _parse_bool(text: str) -> bool:
    low = text.strip().lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise ValueError(text)


# Typed values: how a text (from the command line, or a str in Python) becomes each type.
CONVERTERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "text": (str, "text"),
    "date": (date.fromisoformat, "a date YYYY-MM-DD"),
    "datetime": (datetime.fromisoformat, "a date and time YYYY-MM-DDTHH:MM:SS"),
    "int": (int, "a whole number"),
    "float": (float, "a number"),
    "decimal": (Decimal, "a decimal number"),
    "bool": (_parse_bool, "true or false"),
    "iri": (lambda text: URIRef(text.strip("<>")), "an IRI"),
}
KINDS = (*ENTITY_KINDS, *CONVERTERS)
_TYPED = re.compile(rf"^({'|'.join(CONVERTERS)}):(.*)$", re.S)
_PARAM = re.compile(r"^#\s*param\s+([A-Za-z_]\w*)\s*:\s*(\w+)\s*(?:[-\u2013\u2014:]\s*)?(.*)$")
_NAME_LIKE = re.compile(r"^[A-Za-z_][\w-]*$")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a ready-made query."""

    name: str
    kind: str
    description: str

    def __str__(self) -> str:
        return f"{self.name} ({self.kind}: {self.description})" if self.description else f"{self.name} ({self.kind})"


@dataclass(frozen=True)
class ReadyQuery:
    """A ready-made query: its name, what it answers, its parameters and its SPARQL text."""

    name: str
    title: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def usage(self) -> str:
        """``name --bind p VALUE ...`` as a user types it on the command line."""
        binds = " ".join(f"--bind {p.name} {p.kind.upper()}" for p in self.params)
        return f"{self.name} {binds}".strip()


def parse_ready_query(path: Path) -> ReadyQuery:
    """Read a ``.rq`` file and its header comments; a malformed ``# param`` line is an error."""
    text = path.read_text(encoding="utf-8")
    title, params = "", []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        if re.match(r"^#\s*param\b", stripped):
            match = _PARAM.match(stripped)
            if not match or match.group(2) not in KINDS:
                raise QueryError(
                    f"{path.name}: bad parameter line {stripped!r} (write '# param NAME: KIND - what it is', KIND one of {', '.join(KINDS)})"
                )
            params.append(Param(match.group(1), match.group(2), match.group(3).strip()))
        elif not title:
            title = stripped.lstrip("# ").strip()
    return ReadyQuery(path.stem, title, tuple(params), text, path)


@cache
def _ready_queries(folder: Path, stamp: tuple[tuple[str, float], ...]) -> dict[str, ReadyQuery]:
    return {p.stem: parse_ready_query(p) for p in sorted(folder.glob("*.rq"))}


def ready_queries() -> dict[str, ReadyQuery]:
    """The ready-made queries shipped with govgraph, by name."""
    folder = query_dir()
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(folder.glob("*.rq")))
    return _ready_queries(folder, stamp)


def suggest(word: str, choices: list[str], *, key: Callable[[str], str] = str.lower, n: int = 3) -> list[str]:
    """The choices closest to ``word`` (compared through ``key``), best first."""
    keyed: dict[str, list[str]] = defaultdict(list)
    for choice in choices:
        keyed[key(choice)].append(choice)
    close = difflib.get_close_matches(key(word), list(keyed), n=n, cutoff=0.6)
    return [choice for k in close for choice in keyed[k]][:n]


def _did_you_mean(options: list[str]) -> str:
    return f"; did you mean {' or '.join(repr(o) for o in options)}?" if options else ""


def ready_query(name: str) -> ReadyQuery:
    """The ready-made query called ``name``; an unknown name suggests the nearest ones."""
    queries = ready_queries()
    if name not in queries:
        hint = _did_you_mean(suggest(name, list(queries)))
        raise QueryError(f"no ready-made query {name!r}{hint} (known: {', '.join(queries)})")
    return queries[name]


_KEYWORD = re.compile(r"(?i)^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE|INSERT|DELETE|WITH|LOAD|CLEAR|DROP|CREATE)\b")


def looks_like_query_name(text: str) -> bool:
    """True when ``text`` is a query's name (or a misspelt one), not SPARQL text: a few words
    without braces that do not start with a SPARQL keyword.

    >>> looks_like_query_name("person_posts"), looks_like_query_name("person posts")
    (True, True)
    >>> looks_like_query_name("DESCRIBE <https://example.org/x>"), looks_like_query_name("ASK { ?s ?p ?o }")
    (False, False)
    """
    words = text.split()
    return 0 < len(words) <= 3 and "{" not in text and not _KEYWORD.match(text) and all(_NAME_LIKE.match(w) for w in words)


def parse_value(text: str) -> Any:
    """A value typed on the command line: ``TYPE:VALUE`` (``date:2024-05-01``, ``int:3``,
    ``float:2.5``, ``decimal:1.50``, ``bool:true``, ``datetime:...``, ``iri:https://...``,
    ``text:...``), ``<IRI>``, or else plain text.

    >>> parse_value("date:2024-05-01"), parse_value("int:3"), parse_value("Hà Nội")
    (datetime.date(2024, 5, 1), 3, 'Hà Nội')
    """
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        return URIRef(text[1:-1])
    match = _TYPED.match(text)
    if not match:
        return text
    return convert(match.group(1), match.group(2), shown=text)


def convert(kind: str, text: str, *, shown: str | None = None) -> Any:
    """``text`` as a value of ``kind`` (one of :data:`CONVERTERS`), or a one-line error."""
    function, what = CONVERTERS[kind]
    try:
        return function(text.strip() if kind != "text" else text)
    except (ValueError, InvalidOperation):
        raise QueryError(f"{shown or text!r} is not {what}") from None


def check_params(query: ReadyQuery, given: dict[str, Any]) -> None:
    """Refuse unknown and missing parameters, naming the right ones."""
    declared = {p.name: p for p in query.params}
    unknown = [name for name in given if name not in declared]
    if unknown:
        name = unknown[0]
        hint = _did_you_mean(suggest(name, list(declared)))
        takes = ", ".join(str(p) for p in query.params) or "no parameters"
        raise QueryError(f"{query.name} has no parameter {name!r}{hint} (it takes: {takes})")
    missing = [p for p in query.params if p.name not in given]
    if missing:
        needs = ", ".join(str(p) for p in missing)
        raise QueryError(f"{query.name} needs {needs}: e.g. govgraph query GRAPH {query.usage()}")


def typed_value(param: Param, value: Any) -> Any:
    """A typed parameter's value: texts are converted to the declared type."""
    if isinstance(value, str) and param.kind in CONVERTERS:
        match = _TYPED.match(value)
        if match:  # an explicitly typed value from the command line
            return convert(match.group(1), match.group(2), shown=value)
        try:
            return convert(param.kind, value)
        except QueryError as error:
            raise QueryError(f"parameter {param.name}: {error}") from None
    return value


def entity_labels(run: Callable[[str], Any], kind: str) -> dict[str, list[str]]:
    """Every entity of ``kind`` and its names and aliases, read with one query: first its names
    under the kind's main naming property (``schema:name`` of a person, ``skos:prefLabel`` of
    a body), then the others, each group sorted."""
    cls, props, _ = ENTITY_KINDS[kind]
    main = props[0].strip("<>")
    rows = run(f"SELECT DISTINCT ?e ?p ?label WHERE {{ VALUES ?p {{ {' '.join(props)} }} ?e a {cls} ; ?p ?label }}")
    found: dict[str, set[tuple[bool, str]]] = defaultdict(set)
    for entity, prop, label in rows:
        found[str(entity)].add((str(prop) != main, str(label)))
    return {entity: list(dict.fromkeys(label for _, label in sorted(names))) for entity, names in found.items()}


def match_entity(param: Param, value: Any, labels: dict[str, list[str]]) -> str:
    """The main label of the one entity ``value`` names, or an error with the nearest names.

    Tried in turn: the same name (case and tone placement ignored), the same name without
    diacritics, then a part of a name ("Chính", "ngoai giao"). Several entities matching
    is an error listing them, never a silent union."""
    what, many = param.kind, ENTITY_KINDS[param.kind][2]
    if isinstance(value, URIRef):
        found = labels.get(str(value))
        if not found:
            raise QueryError(f"parameter {param.name}: no {what} {value.n3()} in the graph")
        return found[0]
    wanted = str(value)
    exact, folded = key(wanted), search_key(wanted)
    # each label's keys computed once: (entity, label, same-spelling key, search key)
    index = [(entity, name, key(name), search_key(name)) for entity, names in labels.items() for name in names]
    steps: list[Callable[[str, str], bool]] = [
        lambda same, _: same == exact,
        lambda _, search: search == folded,
        lambda _, search: f" {folded} " in f" {search} ",
    ]
    for step in steps:
        hits: dict[str, list[str]] = defaultdict(list)
        for entity, name, same, search in index:
            if step(same, search):
                hits[entity].append(name)
        if len(hits) == 1:
            return labels[next(iter(hits))][0]
        if len(hits) > 1:
            names = sorted({max(sorted(found), key=len) for found in hits.values()}, key=search_key)
            shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
            raise QueryError(f"parameter {param.name}: {wanted!r} names {len(hits)} {many}: {shown}; give the full name")
    by_key: dict[str, str] = {}
    for _, name, _, search in sorted(index, key=lambda row: row[1]):
        by_key.setdefault(search, name)
    close = difflib.get_close_matches(folded, list(by_key), n=3, cutoff=0.6)
    hint = _did_you_mean([by_key[k] for k in close])
    raise QueryError(f"parameter {param.name}: no {what} named {wanted!r} in the graph{hint}")


def resolve_params(query: ReadyQuery, given: dict[str, Any], run: Callable[[str], Any]) -> dict[str, Any]:
    """Checked and resolved bindings for ``query``: typed values, entity names as their labels."""
    check_params(query, given)
    resolved: dict[str, Any] = {}
    cached: dict[str, dict[str, list[str]]] = {}
    for param in query.params:
        value = given[param.name]
        if param.kind in ENTITY_KINDS:
            if param.kind not in cached:
                cached[param.kind] = entity_labels(run, param.kind)
            resolved[param.name] = match_entity(param, value, cached[param.kind])
        else:
            resolved[param.name] = typed_value(param, value)
    return resolved
