"""Guards on user queries: what is refused before a query runs, and bounds while it runs.

Before: binding names must be SPARQL variable names (a name is pasted into a VALUES
header, so anything else could become query syntax), updates are refused, ``SERVICE``
(which makes the engine send HTTP requests) is refused unless asked for, and nesting is
bounded (a query thousands of levels deep overflows the engine's stack and kills the
process). While running: rows are streamed, stopped after ``limit`` rows, and a deadline
ends a query that runs too long.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rdflib.query import Result

from .errors import QueryError

MAX_DEPTH = 100
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}
# SPARQL 1.1 VARNAME, restricted to what a user types: a letter or _, then letters, digits, _
VARNAME = re.compile(r"[^\W\d]\w*|_\w*")
_TOKENS = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<pname>[\w.-]*:[\w.:%-]*)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<open>[{(\[])"
    r"|(?P<close>[})\]])",
    re.S,
)


@dataclass(frozen=True)
class QueryLimits:
    """How long a query may run (seconds, None for no limit), how many rows it may return,
    and whether it may call other SPARQL services."""

    timeout: float | None = None
    limit: int | None = None
    allow_service: bool = False

    def __post_init__(self) -> None:
        if self.timeout is not None and self.timeout <= 0:
            raise QueryError(f"timeout must be a positive number of seconds, not {self.timeout!r}")
        if self.limit is not None and self.limit < 0:
            raise QueryError(f"limit must be 0 or more rows, not {self.limit!r}")

    def options(self) -> dict[str, Any]:
        """As keyword arguments of :meth:`KnowledgeGraph.query`."""
        return {"timeout": self.timeout, "limit": self.limit, "allow_service": self.allow_service}


def check_names(bindings: Mapping[str, Any]) -> None:
    """Refuse a binding name that is not a SPARQL variable name."""
    for name in bindings:
        if not isinstance(name, str) or not VARNAME.fullmatch(name):
            raise QueryError(f"cannot bind {name!r}: a name is a SPARQL variable name (letters, digits and _, no ?)")


def check_query(sparql: str, *, allow_service: bool = False, max_depth: int = MAX_DEPTH) -> None:
    """Refuse, with one line, an update, a SERVICE call (unless allowed) or absurd nesting."""
    depth = deepest = 0
    for match in _TOKENS.finditer(sparql):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > max_depth:
                    line = sparql.count("\n", 0, match.start()) + 1
                    raise QueryError(f"query nested more than {max_depth} levels deep (at line {line}); simplify it")
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            word = match.group().upper()
            if word == "SERVICE" and not allow_service:
                raise QueryError(
                    "SERVICE is refused: a query may not call other SPARQL endpoints (--allow-service, or allow_service=True in Python, allows it)"
                )
            if word in UPDATE_WORDS and depth == 0:
                raise QueryError(f"{word} is an update: govgraph runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")


def bounded(rows: Iterable[Any], limits: QueryLimits, started: float | None = None) -> Iterator[Any]:
    """``rows`` until ``limits.limit`` rows; QueryError when the deadline passes between rows."""
    deadline = None if limits.timeout is None else (started or time.monotonic()) + limits.timeout
    for count, row in enumerate(rows):
        if limits.limit is not None and count >= limits.limit:
            return
        if deadline is not None and time.monotonic() > deadline:
            raise QueryError(f"query stopped after {limits.timeout:g} s (see timeout)")
        yield row


class _Unkept(list):
    """A list that keeps nothing: rdflib appends each row it yields to the result's list of
    rows; for a streamed result that list stays empty, so no row is held."""

    def append(self, item: Any) -> None:
        pass


def guard_result(result: Result, limits: QueryLimits, *, stream: bool = False, started: float | None = None) -> Result:
    """The result with its rows bounded by ``limits``, read as they are iterated; with
    ``stream``, rows are read once and not kept (for printing millions of rows)."""
    if result.type != "SELECT":
        return result
    source = result._genbindings if result._genbindings is not None else result._bindings
    result._genbindings = bounded(source, limits, started)
    result._bindings = _Unkept() if stream else []
    return result


@contextmanager
def hard_deadline(seconds: float | None, what: str = "query") -> Iterator[None]:
    """End the whole process with a one-line error if the block runs past ``seconds``.

    For the command line only: a query engine busy inside one step (a sort or a count over a
    huge cartesian product) cannot be interrupted from Python, and its memory keeps growing."""
    if not seconds:
        yield
        return

    def expire() -> None:
        sys.stderr.write(f"Error: {what} stopped after {seconds:g} s (see --timeout)\n")
        sys.stderr.flush()
        os._exit(1)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
