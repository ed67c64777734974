"""SPARQL text as users write it: the prefixes it lacks, its parser errors in one line, a stable order.

These work on the query text only, the same way for every store (rdflib, pyoxigraph, a server).
"""

from __future__ import annotations

import re

_DECLARED = re.compile(r"(?i)(?<![?$\w])PREFIX\s+([A-Za-z][\w.-]*)?:")
_IRI = re.compile(r"\s*<([^<>\s]*)>")


def declared_prefixes(sparql: str) -> dict[str, str]:
    """The prefixes a query declares, with their namespace IRIs (comments and strings ignored).

    >>> declared_prefixes("# PREFIX a: <x:>\nPREFIX s: <https://schema.org/> SELECT ?prefix {}")
    {'s': 'https://schema.org/'}
    """
    declared = {}
    for match in _DECLARED.finditer(_masked(sparql)):
        iri = _IRI.match(sparql, match.end())
        declared[match.group(1) or ""] = iri.group(1) if iri else ""
    return declared


def missing_prefixes(sparql: str, prefixes: str) -> str:
    """The lines of ``prefixes`` (``PREFIX p: <...>``) that ``sparql`` lacks: neither the prefix
    nor its namespace (under another name) is declared by the query itself.

    >>> missing_prefixes("PREFIX schema: <x:> SELECT ?prefix WHERE {}", "PREFIX schema: <s:>\nPREFIX gg: <g:>\n")
    'PREFIX gg: <g:>\n'
    """
    declared = declared_prefixes(sparql)
    names, namespaces = set(declared), set(declared.values())
    kept = []
    for line in prefixes.splitlines():
        for name, namespace in declared_prefixes(line).items():
            if name not in names and namespace not in namespaces:
                kept.append(f"{line}\n")
    return "".join(kept)


_POSITION = re.compile(r"error at (\d+):(\d+):\s*")


def undeclared_prefixes(sparql: str) -> list[str]:
    """The prefixes ``sparql`` uses but does not declare, in order of use.

    >>> undeclared_prefixes("PREFIX s: <x:> SELECT ?x { ?x s:name ?n ; foo:bar 'a:b' ; <http://x> ?y }")
    ['foo']
    """
    declared = set(declared_prefixes(sparql))
    masked = _masked(sparql)
    masked = re.sub(r"(?i)(?<![?$\w])PREFIX\s+[A-Za-z]?[\w.-]*:", " ", masked)
    used = re.findall(r"(?<![\w?$:.-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?=[\w])", masked)
    return list(dict.fromkeys(p for p in used if p not in declared))


def short_error(error: Exception | str, header_lines: int = 0, sparql: str | None = None) -> str:
    """A parser error as one line with its position in the user's own query text (``sparql``,
    when given, names an unknown prefix)."""
    text = str(error)
    lineno, col = getattr(error, "lineno", None), getattr(error, "col", None)
    found = _POSITION.search(text)
    if found:
        lineno, col = int(found.group(1)), int(found.group(2))
        text = text[found.end() :]
    text = re.sub(r"\s*\(at char \d+\),?\s*\(line:\d+, col:\d+\)", "", text)
    text = re.sub(r"^malformed SPARQL query:\s*", "", text)
    text = " ".join(text.split())
    if "Prefix not found" in text or text.startswith("Unknown namespace prefix"):
        unknown = undeclared_prefixes(sparql) if sparql is not None else []
        named = f" {', '.join(f'{p}:' for p in unknown)}" if unknown else ""
        text = f"unknown prefix{named} (declare it with PREFIX p: <...>)"
    elif text.startswith("expected one of") and len(text) > 80:
        text = text[:77].rsplit(",", 1)[0] + ", ..."
    if lineno is not None and col is not None:
        return f"malformed SPARQL query at line {max(1, int(lineno) - header_lines)}, column {col}: {text[:160]}"
    return f"SPARQL query failed: {text[:300]}"


def _masked(sparql: str) -> str:
    """``sparql`` with comments, strings and IRIs blanked out (same length), to find keywords."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    pattern = r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*'
    return re.sub(pattern, blank, sparql)


def _depth_zero(masked: str, pattern: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` outside any braces."""
    depth, levels = 0, []
    for ch in masked:
        levels.append(depth)
        depth += ch == "{"
        depth -= ch == "}"
    return [m for m in re.finditer(pattern, masked) if levels[m.start()] == 0]


def with_tie_breakers(sparql: str) -> str:
    """The query with every projected variable appended to its ORDER BY (added if absent), so
    rows that tie on the query's own keys still come out in the same order on every run."""
    masked = _masked(sparql)
    selects = _depth_zero(masked, r"(?i)\bSELECT\b")
    if not selects:
        return sparql
    start = selects[0].end()
    body = re.search(r"(?i)\bWHERE\b|\{", masked[start:])
    if not body:
        return sparql
    projection = masked[start : start + body.start()]
    if "*" in projection:
        return sparql
    projected: list[str] = []
    depth = 0
    for token in re.finditer(r"\(|\)|(?i:\bAS\s+)[?$](\w+)|[?$](\w+)", projection):
        depth += token.group(0) == "("
        depth -= token.group(0) == ")"
        name = token.group(1) if depth == 1 else token.group(2) if depth == 0 else None
        if name and name not in projected:
            projected.append(name)
    orders = _depth_zero(masked, r"(?i)\bORDER\s+BY\b")
    ends = _depth_zero(masked, r"(?i)\b(LIMIT|OFFSET|VALUES)\b")
    if orders:
        clause_start = orders[-1].end()
        later = [m.start() for m in ends if m.start() > clause_start]
        clause_end = min(later) if later else len(masked.rstrip())
        used = set(re.findall(r"[?$](\w+)", masked[clause_start:clause_end]))
        extra = [v for v in projected if v not in used]
        if not extra:
            return sparql
        insert = " " + " ".join(f"?{v}" for v in extra)
        return sparql[:clause_end].rstrip() + insert + " " + sparql[clause_end:]
    if not projected:
        return sparql
    clause = "ORDER BY " + " ".join(f"?{v}" for v in projected)
    later = [m.start() for m in ends if m.start() > start]
    at = min(later) if later else len(masked.rstrip())
    return f"{sparql[:at].rstrip()}\n{clause}\n{sparql[at:]}"
