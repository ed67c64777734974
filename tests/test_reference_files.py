"""Every reference file validates against its JSON Schema: the schema named after it, or the
schema of plain word lists (``words.schema.json``) for a file made only of lists."""

from __future__ import annotations

import json

import jsonschema
import pytest

from govgraph.resources import data_path

REFERENCE = data_path("reference")
FILES = sorted(p.stem for p in REFERENCE.glob("*.json"))


def schema_of(name: str) -> dict:
    own = REFERENCE / "schemas" / f"{name}.schema.json"
    path = own if own.exists() else REFERENCE / "schemas" / "words.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_schema_belongs_to_a_file() -> None:
    schemas = {p.name.removesuffix(".schema.json") for p in (REFERENCE / "schemas").glob("*.schema.json")}
    assert FILES and schemas - {"words"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_reference_file_matches_its_schema(name: str) -> None:
    schema = schema_of(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads((REFERENCE / f"{name}.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{name}.json /{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in errors)


def test_word_lists_schema_refuses_a_word_that_is_not_text() -> None:
    assert list(jsonschema.Draft202012Validator(schema_of("no-such-file")).iter_errors({"about": "x", "verbs": ["ok", 3]}))


def test_a_schema_catches_a_misspelt_key() -> None:
    schema = json.loads((REFERENCE / "schemas" / "roles.schema.json").read_text(encoding="utf-8"))
    bad = {"roles": [{"name": "Bộ trưởng", "standlone": True}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def _strings(value: object, path: str) -> list[tuple[str, str]]:
    """Every string in a reference file with where it is, leaving out the files' prose."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, list):
        return [s for i, item in enumerate(value) for s in _strings(item, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [s for key, item in value.items() if key not in ("about", "note") for s in _strings(item, f"{path}.{key}")]
    return []


@pytest.mark.parametrize("name", FILES)
def test_no_word_has_spaces_around_it(name: str) -> None:
    """A cue written "được bổ nhiệm " could never match before a word; a word's ends are the pattern's to say."""
    data = json.loads((REFERENCE / f"{name}.json").read_text(encoding="utf-8"))
    padded = [f"{path}: {text!r}" for path, text in _strings(data, name) if text != text.strip()]
    assert not padded, "\n".join(padded)
