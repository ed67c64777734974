"""Every reference file validates against its JSON Schema, and every file has one."""

from __future__ import annotations

import json

import jsonschema
import pytest

from govgraph.resources import data_path

REFERENCE = data_path("reference")
FILES = sorted(p.stem for p in REFERENCE.glob("*.json"))


def test_every_reference_file_has_a_schema() -> None:
    schemas = {p.name.removesuffix(".schema.json") for p in (REFERENCE / "schemas").glob("*.schema.json")}
    assert FILES and set(FILES) == schemas


@pytest.mark.parametrize("name", FILES)
def test_reference_file_matches_its_schema(name: str) -> None:
    schema = json.loads((REFERENCE / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads((REFERENCE / f"{name}.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{name}.json /{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in errors)


def test_a_schema_catches_a_misspelt_key() -> None:
    schema = json.loads((REFERENCE / "schemas" / "roles.schema.json").read_text(encoding="utf-8"))
    bad = {"roles": [{"name": "Bộ trưởng", "standlone": True}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
