"""The errors a user can act on: one module, one base class, and failures that cross processes whole."""

from __future__ import annotations

import pickle

import pytest

from govgraph import errors
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


def test_store_error_is_still_importable_from_the_store_module() -> None:
    from govgraph.store import StoreError as FromStore

    assert FromStore is StoreError
