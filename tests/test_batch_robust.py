"""Batches under hostile input: no article lost by mistake, none merged, a lost worker noticed."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pyoxigraph
import pytest

import govgraph
from govgraph.document import Article, Document
from govgraph.errors import ExtractionError
from govgraph.extractors import default_order
from govgraph.extractors.registry import register
from govgraph.pipeline import extract_graph

BODY = "Thủ tướng Phạm Minh Chính chủ trì Hội nghị Chính phủ tại Hà Nội."
KILL = "GIẾT-TIẾN-TRÌNH"
ONCE = "GIẾT-MỘT-LẦN"


FAIL = "LỖI-TRÍCH-XUẤT"


def _killer(doc: Document) -> None:
    """Dies the way the OOM killer ends a worker: at once, without a word."""
    if KILL in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    flag = os.environ.get("GOVGRAPH_TEST_KILL_ONCE")
    if ONCE in doc.text and flag and not Path(flag).exists():
        Path(flag).touch()
        os.kill(os.getpid(), signal.SIGKILL)


def _failing(doc: Document) -> None:
    """An extractor with a bug that shows on one article."""
    if FAIL in doc.text:
        raise ValueError("a bug in an extractor")


@pytest.fixture()
def killer(clean_registry: None) -> tuple[str, ...]:
    """The extractor order with the worker killer (registered for this test only; worker
    processes are forked after it, so they run it too)."""
    register("test-worker-killer")(_killer)
    return default_order()


@pytest.fixture()
def failing(clean_registry: None) -> tuple[str, ...]:
    """The extractor order with an extractor that raises on one article, for this test only."""
    register("test-failing")(_failing)
    return default_order()


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def ids_in(kg: govgraph.KnowledgeGraph) -> list[str]:
    rows = kg.query("SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id")
    return [str(row[0]) for row in rows]


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
def test_line_separators_do_not_sink_the_batch(tmp_path: Path, char: str) -> None:
    source = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {"id": "sep", "title": f"Tin{char}mới", "url": f"https://e.org/a{char}b", "text": f"{BODY}{char}{BODY}"},
            {"id": "ok", "text": BODY},
        ],
    )
    extracted = extract_graph(Article("sep", f"{BODY}{char}{BODY}", title=f"Tin{char}mới"))
    assert not isinstance(extracted, Exception)
    data = pyoxigraph.serialize([pyoxigraph.Triple(*t) for t in extracted.graph.claims], format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))) == len(extracted.graph.claims)
    kg = govgraph.build([source])
    assert kg.report.ok and ids_in(kg) == ["ok", "sep"]
    with govgraph.build([source], store=tmp_path / "db") as stored:
        assert stored.report.ok and ids_in(stored) == ["ok", "sep"]


@pytest.mark.parametrize("url", ["https://e.org/a#b#c", "https://e.org/%zz", "https://e.org/[x]", "https://e.org/a\x07b"])
def test_urls_strict_parsers_reject_do_not_stop_a_store_build(tmp_path: Path, url: str) -> None:
    source = write_jsonl(tmp_path / "u.jsonl", [{"id": "u", "url": url, "text": BODY}, {"id": "v", "text": BODY}])
    with govgraph.build([source], store=tmp_path / "db") as kg:
        assert kg.report.ok and ids_in(kg) == ["u", "v"]
    kg = govgraph.build([source])
    data = kg.save(tmp_path / "g.nq").read_bytes()
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))) > 10


def test_ids_that_slug_alike_stay_distinct_articles(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "ids.jsonl", [{"id": i, "text": BODY} for i in ("Bài-1", "bai_1", "BAI 1", "bai-1")])
    kg = govgraph.build([source])
    assert kg.report.ok and (kg.report.added, kg.report.replaced) == (4, 0)
    assert ids_in(kg) == sorted(["BAI 1", "Bài-1", "bai-1", "bai_1"])


def test_one_id_twice_is_reported_not_merged(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dup.jsonl", [{"id": "x", "text": BODY}, {"id": "x", "text": "Bộ Nội vụ họp."}])
    db = tmp_path / "db"
    with govgraph.build([source], store=db) as first:
        (failure,) = first.report.failures
        assert "dup.jsonl:2" in str(failure) and "dup.jsonl:1" in str(failure)
    with govgraph.build([source], store=db) as again:  # a re-run changes nothing
        assert (again.report.added, again.report.replaced, again.report.skipped) == (0, 0, 1)


def test_dated_folders_without_ids_keep_every_article(tmp_path: Path) -> None:
    for day in ("2024-05-01", "2024-05-02"):
        (tmp_path / "news" / day).mkdir(parents=True)
        write_jsonl(tmp_path / "news" / day / "feed.jsonl", [{"text": BODY}, {"text": "Bộ Nội vụ họp tại Hà Nội."}])
    kg = govgraph.build([tmp_path / "news"], jobs=2)
    assert kg.report.ok and kg.report.added == 4 and len(ids_in(kg)) == 4


def test_prune_keeps_graphs_when_an_input_failed_to_read(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "a", "text": BODY}])
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "b", "text": BODY}])
    db = tmp_path / "db"
    govgraph.build([good, other], store=db).close()
    other.write_bytes(b"\xff\xfe broken")
    with govgraph.build([good, other], store=db, prune=True) as kg:
        assert kg.report.pruned == 0 and kg.report.prune_skipped and ids_in(kg) == ["a", "b"]


def test_a_killed_worker_is_reported_and_the_batch_finishes(tmp_path: Path, killer: tuple[str, ...]) -> None:
    records = [{"id": f"a{i}", "text": BODY} for i in range(6)]
    records.insert(3, {"id": "killer", "text": f"{BODY} {KILL}"})
    source = write_jsonl(tmp_path / "k.jsonl", records)
    kg = govgraph.build([source], jobs=2, order=killer)
    (failure,) = kg.report.failures
    assert "k.jsonl:4" in str(failure) and "worker process died" in str(failure)
    assert ids_in(kg) == [f"a{i}" for i in range(6)]


def test_a_worker_killed_once_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, killer: tuple[str, ...]) -> None:
    monkeypatch.setenv("GOVGRAPH_TEST_KILL_ONCE", str(tmp_path / "killed"))
    records = [{"id": f"a{i}", "text": f"{BODY} {ONCE}" if i == 2 else BODY} for i in range(6)]
    kg = govgraph.build([write_jsonl(tmp_path / "k.jsonl", records)], jobs=2, order=killer)
    assert (tmp_path / "killed").exists()
    assert kg.report.ok and ids_in(kg) == [f"a{i}" for i in range(6)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_extractor_failure_is_reported_as_one_and_the_batch_finishes(
    tmp_path: Path, failing: tuple[str, ...], jobs: int, caplog: pytest.LogCaptureFixture
) -> None:
    records = [{"id": f"a{i}", "text": f"{BODY} {FAIL}" if i == 2 else BODY} for i in range(5)]
    kg = govgraph.build([write_jsonl(tmp_path / "f.jsonl", records)], jobs=jobs, order=failing)
    (failure,) = kg.report.failures
    assert isinstance(failure, ExtractionError)  # a worker's failure crosses back to the parent whole
    assert str(failure) == f"{tmp_path / 'f.jsonl'}:3: extraction failed: ValueError: a bug in an extractor"
    assert ids_in(kg) == ["a0", "a1", "a3", "a4"]
    assert "worker died" not in caplog.text


def test_base_must_be_an_absolute_iri() -> None:
    with pytest.raises(govgraph.GovGraphError, match="--base"):
        govgraph.build(base="not an iri")


def test_parallel_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    records = [
        {"id": i, "text": f"{BODY} Bộ Nội vụ họp lần {n}."} for n, i in enumerate(["Bài-1", "bai_1", "BAI 1", "x", "x", "y"])
    ]
    source = write_jsonl(tmp_path / "c.jsonl", records)
    db = tmp_path / "db"
    govgraph.build([source], store=db, jobs=2).close()
    with govgraph.build([source], store=db, jobs=2) as again:
        assert (again.report.added, again.report.replaced, again.report.skipped) == (0, 0, 5)
        got = sorted(again.dataset.serialize(format="nquads").splitlines())
    clean = govgraph.build([source], jobs=1)
    assert got == sorted(clean.dataset.serialize(format="nquads").splitlines())


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow  # a parallel build in a subprocess, killed while its workers run
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_9_of_a_parallel_build_leaves_no_worker_behind(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    source = write_jsonl(tmp_path / "c.jsonl", [{"id": f"a{i}", "text": BODY * 20} for i in range(400)])
    proc = subprocess.Popen(
        [sys.executable, "-m", "govgraph", "build", str(source), "-o", str(tmp_path / "g.trig"), "-j", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.5)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "no workers started"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [w for w in workers if _alive(w)]
    finally:
        for worker in workers:
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
