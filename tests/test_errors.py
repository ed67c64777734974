"""The errors a user can act on: one module, one base class, and failures that cross processes whole."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from govgraph import errors
from govgraph.document import Document
from govgraph.errors import ExtractionError, GovGraphError, InputError, StoreError


@pytest.mark.parametrize("error", [InputError("feed.jsonl:3", "not JSON"), ExtractionError("a.txt", "extraction failed: X")])
def test_input_errors_survive_a_trip_to_a_worker_process_and_back(error: InputError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert (str(back), back.origin, back.reason) == (str(error), error.origin, error.reason)


def test_an_extraction_failure_is_an_input_failure_apart_from_a_read_failure() -> None:
    failure = ExtractionError("a.txt", "extraction failed: ValueError: x")
    assert isinstance(failure, InputError) and not isinstance(InputError("a.txt", "x"), ExtractionError)
    assert str(failure) == "a.txt: extraction failed: ValueError: x"


def test_every_error_class_derives_from_the_base_and_says_what_it_is() -> None:
    classes = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, Exception)]
    assert StoreError in classes
    for cls in classes:
        assert issubclass(cls, GovGraphError) and cls.__doc__, cls


def test_a_build_report_tells_extraction_failures_from_read_failures(tmp_path: Path, clean_registry: None) -> None:
    import govgraph
    from govgraph.extractors import default_order, register

    @register("test-fails-on-marker")
    def fails(doc: Document) -> None:
        if "HỎNG" in doc.text:
            raise RuntimeError("an extractor bug")

    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bộ Nội vụ họp. HỎNG", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bộ Nội vụ họp.", encoding="utf-8")
    kg = govgraph.build([tmp_path], order=default_order())
    by_kind = {type(failure).__name__: failure.origin for failure in kg.report.failures}
    assert by_kind == {"InputError": f"{tmp_path / 'bad.jsonl'}:1", "ExtractionError": str(tmp_path / "a.txt")}
    assert isinstance(kg.report.failures[0], govgraph.InputError) and kg.report.added == 1


def test_store_error_is_still_importable_from_the_store_module() -> None:
    from govgraph.store import StoreError as FromStore

    assert FromStore is StoreError
