"""The Vietnamese the extractors know, read from ``data/reference/*.json``: word lists,
tables and the patterns compiled from them, each loaded once per process.

Extractors ask for ``words("events", "chair_verbs")`` or ``pattern("people", "former")``
instead of writing word lists into code, so a new cue word is a data change."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from .resources import data_path
from .text import normalize


@cache
def table(name: str) -> dict[str, Any]:
    """The whole of ``data/reference/<name>.json``."""
    path = data_path("reference", f"{name}.json")
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def entry(name: str, field: str) -> Any:
    """One field of a reference file; a dotted ``field`` walks into objects ("cues.former")."""
    value: Any = table(name)
    for part in field.split("."):
        try:
            value = value[part]
        except (KeyError, TypeError):
            raise KeyError(f"data/reference/{name}.json has no {field!r}") from None
    return value


@cache
def words(name: str, field: str) -> tuple[str, ...]:
    """A word list of a reference file, normalised like the text it is matched against."""
    return tuple(normalize(word) for word in entry(name, field))


@cache
def wordset(name: str, field: str, *, lower: bool = False) -> frozenset[str]:
    """A word list as a set, for membership tests (lower-cased when ``lower``)."""
    return frozenset(w.lower() if lower else w for w in words(name, field))


@cache
def pattern(name: str, field: str, flags: int = 0) -> re.Pattern[str]:
    """A regex matching any word of a list as whole words, longest first."""
    from .reference import alternation

    return alternation(list(words(name, field)), flags=flags)


@cache
def alternatives(name: str, field: str) -> str:
    """The words of a list as a regex alternation ``(?:a|b …)``, longest first, to build
    larger patterns from."""
    ordered = sorted(set(words(name, field)), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


def template(name: str, field: str, **parts: str) -> re.Pattern[str]:
    """A pattern kept in a reference file as a template: ``{key}`` slots are filled with
    the alternations of the named word lists of the same file ("{verbs}"), or with ``parts``."""
    text = normalize(entry(name, field))
    slots = {slot: parts.get(slot) or alternatives(name, slot) for slot in re.findall(r"\{(\w+)\}", text)}
    return re.compile(text.format(**slots))
