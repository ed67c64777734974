"""Hostile and broken input: the pipeline never crashes, every graph parses back and validates.

Only a reader may refuse an input (with a clear error); an exception in extraction fails
these tests. The quick run tries a few generated articles per property; the slow run
(``pytest -m slow``, and CI) tries hundreds, and ``pytest -m slow -k fuzz`` pushes many more
through reader, extraction and store (GOVGRAPH_FUZZ_EXAMPLES, default 10,000), checking
that every article the reader accepted is in the store.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset
from rdflib.compare import isomorphic

import govgraph
from govgraph.document import Article, Document
from govgraph.errors import ExtractionError, InputError
from govgraph.extractors import default_order, register
from govgraph.graphio import QUAD_FORMATS, load_dataset, union_graph
from govgraph.namespace import DEFAULT_BASE
from govgraph.pipeline import Extracted, extract_graph, process
from govgraph.sources import from_record, read_inputs
from govgraph.store import OxigraphStore
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
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x0c",
    "\x1c",
]
# URLs that rdflib accepts and strict IRI parsers (pyoxigraph) reject, and other odd ones
URLS = [
    "https://e.org/a#b#c",
    "https://e.org/%zz",
    "https://e.org/[x]",
    "https://e.org/a\x01b",
    "https://e.org/a\u2028b",
    "https://e.org/a b",
    "https://[::1]/x",
    "javascript:alert(1)",
    "https://e.org/tin-tức?id=1&x=<y>",
    "//e.org/relative",
]
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=20))
hostile_text = st.lists(pieces, max_size=40).map(" ".join)
hostile_meta = st.one_of(st.none(), st.sampled_from(ODD), st.text(max_size=30))
hostile_url = st.one_of(
    hostile_meta, st.sampled_from(URLS), st.builds(lambda u, x: u + x, st.sampled_from(URLS), st.sampled_from(ODD))
)


def check_article(article: Article, *, validate: bool = False) -> None:
    """Extract one article (an exception fails the test); its graph must parse back
    isomorphic in every format."""
    result = process(article)
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


QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a few examples in the quick run
MANY = settings(QUICK, max_examples=150)  # the slow run (CI) tries many more


@settings(QUICK, max_examples=10)
@given(hostile_text, hostile_meta, hostile_meta, hostile_url)
def test_any_text_gives_a_graph_that_round_trips(text: str, title: str | None, ident: str | None, url: str | None) -> None:
    check_article(make_article(text, title, ident, url))


@pytest.mark.slow
@MANY
@given(hostile_text, hostile_meta, hostile_meta, hostile_url)
def test_many_texts_give_graphs_that_round_trip(text: str, title: str | None, ident: str | None, url: str | None) -> None:
    check_article(make_article(text, title, ident, url))


@settings(QUICK, max_examples=3)
@given(hostile_text)
def test_any_text_gives_a_graph_that_validates(text: str) -> None:
    check_article(make_article(text, None, None, None), validate=True)


@pytest.mark.slow
@settings(QUICK, max_examples=20)
@given(hostile_text)
def test_many_texts_give_graphs_that_validate(text: str) -> None:
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
    kg.add(process(article))
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


@pytest.mark.slow
def test_very_long_lines_and_tokens() -> None:
    check_article(Article(id="long", text="Bộ Nội vụ " + "a" * 200_000 + " họp. " + "Hà Nội, " * 2000))


def record_of(text: str, title: str | None, ident: str | None, url: str | None, published: str | None) -> dict:
    return {"id": ident, "title": title, "url": url, "published": published, "text": text, "source": title}


def push(record: dict, index: int, store: OxigraphStore, good: dict[str, str], order: Sequence[str] | None = None) -> None:
    """One generated record through the whole path: reader, extraction, store.

    The reader may refuse a record (an InputError naming it); extraction may not: an
    extractor's exception comes back as an ExtractionError and fails the test."""
    try:
        article = from_record(record, f"fuzz[{index}]", f"fuzz-{index}")
    except InputError as error:  # the only acceptable refusal: the reader's, named
        assert not isinstance(error, ExtractionError)
        assert str(error).startswith(f"fuzz[{index}]: ")
        return
    article = replace(article, id=f"{article.id}#{index}")  # distinct ids: every good article must stay
    result = extract_graph(article, order=order)
    if isinstance(result, ExtractionError):
        pytest.fail(f"an extractor failed on a generated article: {result}\n{article.text!r}")
    assert isinstance(result, Extracted), result
    store.put(result.iri, result.graph.claims)
    good[result.iri] = article.id


@pytest.mark.usefixtures("clean_registry")
def test_the_property_fails_when_an_extractor_raises(tmp_path: Path) -> None:
    @register("test-raises")
    def raises(doc: Document) -> None:
        if "Hà Nội" in doc.text:
            raise IndexError("an extractor bug")

    order = default_order()  # every registered component, the one above too
    assert order[-1] == "test-raises"
    store = OxigraphStore(tmp_path / "db")
    record = record_of("Thủ tướng chủ trì Hội nghị tại Hà Nội.", "Tin", "a", None, None)
    with pytest.raises(pytest.fail.Exception, match=r"an extractor failed on a generated article: .*IndexError"):
        push(record, 0, store, {}, order=order)
    good: dict[str, str] = {}
    push(record_of("Bộ Nội vụ họp.", "Tin", "b", None, None), 1, store, good, order=order)
    assert list(good.values()) == ["b#1"]
    store.close()


@settings(QUICK, max_examples=5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(hostile_text, hostile_meta, hostile_meta, hostile_url, hostile_meta)
def test_records_go_through_reader_extraction_and_store(
    tmp_path: Path, text: str, title: str | None, ident: str | None, url: str | None, published: str | None
) -> None:
    store = OxigraphStore(tmp_path / f"db-{len(list(tmp_path.iterdir()))}")
    good: dict[str, str] = {}
    push(record_of(text, title, ident, url, published), 0, store, good)
    assert stored_ids(store) == good
    store.close()


def stored_ids(store: OxigraphStore) -> dict[str, str]:
    rows = store.query("SELECT ?g ?id WHERE { GRAPH ?g { ?g <https://schema.org/identifier> ?id } }", {})
    return {str(g): str(i) for g, i in rows}


@pytest.mark.slow
def test_fuzz(tmp_path: Path) -> None:
    """On demand: many generated articles through reader, extraction and store
    (GOVGRAPH_FUZZ_EXAMPLES); every article the reader accepts ends in the store."""
    examples = int(os.environ.get("GOVGRAPH_FUZZ_EXAMPLES", "10000"))
    store = OxigraphStore(tmp_path / "db")
    good: dict[str, str] = {}
    seen = []

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(hostile_text, hostile_meta, hostile_meta, hostile_url, hostile_meta)
    def run(text: str, title: str | None, ident: str | None, url: str | None, published: str | None) -> None:
        seen.append(1)
        push(record_of(text, title, ident, url, published), len(seen), store, good)
        if len(seen) % 500 == 1:  # now and then, the full round trip through every format too
            check_article(make_article(text, title, ident, url))

    run()
    stored = stored_ids(store)
    refused = len(seen) - len(good)
    print(f"fuzz: {len(seen)} generated articles, {len(good)} read and stored, {refused} refused by the reader")
    assert stored == good
    data = store.dump("nquads")
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))) > 0
    Dataset().parse(data=data, format="nquads")
    store.close()
    assert len(seen) >= examples
