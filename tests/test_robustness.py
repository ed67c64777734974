"""Hostile and broken input: the pipeline never crashes, every graph parses back and validates.

The quick properties run in the suite; ``pytest -m slow -k fuzz`` pushes many more inputs
through (GOVGRAPH_FUZZ_EXAMPLES, default 10,000).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset
from rdflib.compare import isomorphic

import govgraph
from govgraph.document import Article
from govgraph.errors import InputError
from govgraph.graphio import QUAD_FORMATS, load_dataset, union_graph
from govgraph.namespace import DEFAULT_BASE
from govgraph.pipeline import extract
from govgraph.sources import read_inputs
from govgraph.validate import validate_dataset

WORDS = [
    "Thủ tướng",
    "Phạm Minh Chính",
    "Bộ trưởng",
    "Bộ Nội vụ",
    "UBND tỉnh Nghệ An",
    "chủ trì",
    "Hội nghị",
    "Nghị quyết số 18-NQ/TW",
    "sáng 16/12",
    "tại",
    "Hà Nội",
    "ông",
    "Nguyễn Văn A",
    ",",
    ".",
    "-",
    "(",
    ")",
    "Ủy viên Bộ Chính trị",
    "nguyên",
    "giữ chức",
    "HĐND TP.HCM",
    "Luật Đất đai (sửa đổi)",
    "tiếp",
    "Đại sứ",
]
ODD = [
    "\u0301",
    "\u0323",
    "\u0300\u0301",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u2066",
    "\x00",
    "\x07",
    "\x1b",
    "😀",
    "👩‍👩‍👧",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "</p><p>",
    "&amp;",
    "{",
    "}",
    "|",
    "^",
    "`",
    "\\",
    "#",
    "\n",
    "\r\n",
    "\t",
    "x" * 5000,
    "hoà",
    "Uỷ",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
]
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=20))
hostile_text = st.lists(pieces, max_size=40).map(" ".join)
hostile_meta = st.one_of(st.none(), st.sampled_from(ODD), st.text(max_size=30))


def check_article(article: Article, *, validate: bool = False) -> None:
    """Extract one article; its graph must parse back isomorphic in every format."""
    (result,) = list(extract([article]))
    if isinstance(result, InputError):
        assert str(result)  # a clear error for that input is an allowed outcome
        return
    kg = govgraph.KnowledgeGraph(base=DEFAULT_BASE)
    kg.add(result)
    dataset = kg.to_rdflib()
    expected = union_graph(dataset)
    for fmt in ("trig", "nquads", "json-ld", "turtle"):
        data = kg.serialize(fmt)  # written by pyoxigraph, read back by rdflib
        back = Dataset(default_union=True)
        if fmt in QUAD_FORMATS:
            back.parse(data=data, format=fmt)
        else:
            back.default_graph.parse(data=data, format=fmt)
        assert isomorphic(union_graph(back), expected), fmt
    if validate:
        conforms, report = validate_dataset(dataset)
        assert conforms, report


def make_article(text: str, title: str | None, ident: str | None, url: str | None) -> Article:
    return Article(id=ident or "a", text=text or "x", title=title or "", url=url, source=title)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_meta, hostile_meta, hostile_meta)
def test_any_text_gives_a_graph_that_round_trips(text: str, title: str | None, ident: str | None, url: str | None) -> None:
    check_article(make_article(text, title, ident, url))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_any_text_gives_a_graph_that_validates(text: str) -> None:
    check_article(make_article(text, None, None, None), validate=True)


@pytest.mark.parametrize(
    "name",
    [
        '<a href="x">',
        'say "hi"',
        "back\\slash",
        "{curly}",
        "pi|pe",
        "ca^ret",
        "`tick`",
        "with space",
        "new\nline",
        "#hash",
        "Bộ <Nội> vụ",
    ],
)
def test_hostile_identifiers_and_urls_round_trip(name: str, tmp_path: Path) -> None:
    article = Article(
        id=name,
        text=f"Thủ tướng Phạm Minh Chính chủ trì Hội nghị {name} tại Hà Nội.",
        title=name,
        url=f"https://example.org/{name}",
    )
    check_article(article)
    kg = govgraph.KnowledgeGraph()
    (facts,) = list(extract([article]))
    kg.add(facts)
    for suffix in (".ttl", ".trig", ".nq", ".jsonld"):
        path = kg.save(tmp_path / f"g{suffix}")
        assert isomorphic(union_graph(load_dataset(path)), union_graph(kg.dataset)), suffix


def test_lone_surrogates_in_json_escapes(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines = [
        json.dumps({"id": "a\ud800", "title": "T\udfff", "text": "Bộ Nội vụ \ud83d họp tại Hà Nội."}),
        '{"id": "b", "text": "\\ud800\\udc00 ok \\udc00"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    items = list(read_inputs([path]))
    for item in items:
        if isinstance(item, Article):
            check_article(item)
        else:
            assert path.name in str(item)


def test_very_long_lines_and_tokens() -> None:
    check_article(Article(id="long", text="Bộ Nội vụ " + "a" * 200_000 + " họp. " + "Hà Nội, " * 2000))


@pytest.mark.slow
def test_fuzz() -> None:
    """On demand: many generated inputs through the whole path (GOVGRAPH_FUZZ_EXAMPLES)."""
    examples = int(os.environ.get("GOVGRAPH_FUZZ_EXAMPLES", "10000"))
    seen = []

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(hostile_text, hostile_meta, hostile_meta, hostile_meta)
    def run(text: str, title: str | None, ident: str | None, url: str | None) -> None:
        seen.append(1)
        check_article(make_article(text, title, ident, url))

    run()
    print(f"fuzz: {len(seen)} generated inputs through the whole path")
    assert len(seen) >= examples
