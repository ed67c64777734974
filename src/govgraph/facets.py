"""Facets of a graph: articles by source and by month, the most mentioned people, bodies and posts.

What an analyst looks at first to see what a corpus covers (and what it misses): each facet is
a short list of (value, number of articles), read with plain SPARQL so it works on every store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

UNKNOWN = "(unknown)"
# Ranked facets: the class, the property that names an entity, the facet's name.
RANKED = (
    ("top people", "schema:Person", "schema:name"),
    ("top bodies", "org:Organization", "skos:prefLabel"),
    ("top posts", "org:Post", "rdfs:label"),
)


def _source(publisher: Any, url: Any) -> str:
    """The article's publisher, else its web site's host name."""
    if publisher is not None and str(publisher).strip():
        return str(publisher).strip()
    host = urlsplit(str(url)).hostname if url is not None else None
    return host.removeprefix("www.") if host else UNKNOWN


def facets(run: Callable[[str], Any], *, top: int = 10) -> dict[str, list[tuple[str, int]]]:
    """The facets of the graph behind ``run`` (a function running one SPARQL query), the
    ranked ones cut to ``top`` entries; counts are numbers of distinct articles."""
    rows = run(
        "SELECT ?a (SAMPLE(?p) AS ?publisher) (SAMPLE(?u) AS ?url) (MIN(?d) AS ?date) WHERE { ?a a schema:NewsArticle ."
        " OPTIONAL { ?a schema:publisher ?p } OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a schema:datePublished ?d } }"
        " GROUP BY ?a"
    )
    sources: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    months: Counter[str] = Counter()
    for _, publisher, url, day in rows:
        source = _source(publisher, url)
        sources[source.casefold()] += 1  # "VnExpress" and "vnexpress" are one source
        spellings.setdefault(source.casefold(), Counter())[source] += 1
        months[str(day)[:7] if day is not None else UNKNOWN] += 1
    by_source = [(min(spellings[k], key=lambda s: (-spellings[k][s], s)), n) for k, n in sources.items()]
    result = {
        "articles by source": sorted(by_source, key=lambda item: (-item[1], item[0])),
        "articles by month": sorted(months.items()),
    }
    for name, cls, label in RANKED:
        # each part on its own (the type once, mentions per article, one name): a store that
        # reads the union of graphs as a bag then never multiplies rows across graphs
        ranked = run(
            f"SELECT ?label ?n WHERE {{"
            f" {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ ?e a {cls} }} }}"
            f" ?a schema:mentions ?e }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {int(top)} }}"
            f" {{ SELECT ?e (MIN(?l) AS ?label) WHERE {{ ?e {label} ?l }} GROUP BY ?e }}"
            f" }} ORDER BY DESC(?n) ?label"
        )
        result[name] = [(str(row[0]), int(row[1])) for row in ranked]
    return result


def facets_text(found: dict[str, list[tuple[str, int]]]) -> str:
    """The facets as aligned text, one block per facet."""
    blocks = []
    for name, entries in found.items():
        width = max((len(value) for value, _ in entries), default=0)
        lines = [f"{value:{min(width, 60)}}  {count:>6}" for value, count in entries] or ["(none)"]
        blocks.append(f"{name}:\n" + "\n".join(f"  {line}" for line in lines))
    return "\n\n".join(blocks)
