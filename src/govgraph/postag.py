"""Part-of-speech tags for words already segmented, with underthesea's own CRF model.

``underthesea.pos_tag`` segments the sentence again and builds each word's features by
re-reading the whole sentence for every template (quadratic in its length). This module
feeds the same model the same feature strings, built in one pass over words the pipeline
has already segmented, so the tags are identical and long sentences cost linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from .text import modern_tone

_SYNTAX = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.(\w+))?$")


@cache
def _predictor() -> Any:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return CRFPOSTagPredictor.Instance()


@cache
def _functions() -> dict[str, Callable[[str], object]]:
    from underthesea.pipeline.pos_tag import tagged_feature as tf

    return {
        "lower": tf.text_lower,
        "istitle": tf.text_istitle,
        "isallcap": tf.text_isallcap,
        "isdigit": tf.text_isdigit,
        "is_in_dict": tf.text_is_in_dict,
    }


@cache
def _templates() -> tuple[tuple[str, int, int | None, int, str | None], ...]:
    """The model's feature templates, parsed once: (text, first, last, column, function)."""
    parsed = []
    for template in _predictor().transformer.template:
        m = _SYNTAX.match(template)
        if m is None:
            raise ValueError(f"unknown feature template {template!r}")
        last = int(m.group(2)) if m.group(2) is not None else None
        parsed.append((template, int(m.group(1)), last, int(m.group(3) or 0), m.group(4)))
    return tuple(parsed)


def _features(words: Sequence[str], i: int) -> list[str]:
    """The features of word ``i``, exactly as underthesea's ``template2features`` writes them.

    Column 1 of underthesea's rows is the placeholder tag "X" it gives every word."""
    functions, n, out = _functions(), len(words), []
    for template, first, last, column, func in _templates():
        if i + first < 0:
            out.append(f"{template}=BOS")
            continue
        if i + first >= n or (last is not None and i + last >= n):
            out.append(f"{template}=EOS")
            continue
        if last is not None:
            word = " ".join(words[i + first : i + last + 1] if column == 0 else ["X"] * (last - first + 1))
        else:
            word = words[i + first] if column == 0 else "X"
        out.append(f"{template}={functions[func](word) if func else word}")
    return out


def pos_tags(words: Sequence[str]) -> list[str]:
    """The tag of each word (underthesea's tag set: N, Np, V, A, E, …)."""
    if not words:
        return []
    return list(_predictor().model.tag([_features(words, i) for i in range(len(words))]))


def dictionary_word(words: str) -> bool:
    """True when ``words`` (syllables joined by spaces, any case) is one word of the dictionary
    the tagger reads (underthesea's Viet74K, loaded with the tagger): "chất bán dẫn", "tầm nhìn".
    The dictionary writes "oa", "oe", "uy" with the tone on the second vowel ("văn hoá"), the
    normalised text on the first ("văn hóa"): both are tried."""
    is_in_dict = _functions()["is_in_dict"]
    if is_in_dict(words) == "True":
        return True
    modern = modern_tone(words)
    return modern != words and is_in_dict(modern) == "True"
