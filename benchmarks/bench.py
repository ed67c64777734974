"""govgraph benchmarks, run on demand. Each prints its figures and appends them to a JSON file.

    python benchmarks/bench.py throughput   # extraction vs underthesea's ner on the same sentences
    python benchmarks/bench.py jobs         # --jobs 1 vs --jobs 2
    python benchmarks/bench.py store        # load and ready-made queries at about 1M triples
    python benchmarks/bench.py memory       # peak memory: in memory vs into the store
    python benchmarks/bench.py rerun        # a no-change re-run vs the first run
    python benchmarks/bench.py view         # HTML view load time at 1,000 and 5,000 nodes
    python benchmarks/bench.py all

Ratios are measured within one run, since shared machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

GOVGRAPH = [sys.executable, "-m", "govgraph"]
WORK = Path(os.environ.get("GOVGRAPH_BENCH_DIR", tempfile.gettempdir())) / "govgraph-bench"
RESULTS = HERE / "results.json"


def corpus(n: int) -> Path:
    path = WORK / f"corpus-{n}.jsonl"
    if not path.exists():
        write_corpus(n, path)
    return path


def run_measured(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"command failed: {' '.join(args)}\n{proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss // 1024


def record(name: str, figures: dict[str, object]) -> None:
    print(json.dumps({name: figures}, ensure_ascii=False, indent=1))
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data[name] = figures
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def throughput(n: int = 300) -> None:
    """Sentences/s and articles/s of the whole extraction (graph included) vs underthesea.ner alone."""
    from underthesea import ner

    from govgraph.document import make_document
    from govgraph.pipeline import extract_graph
    from govgraph.sources import read_inputs

    articles = [a for a in read_inputs([corpus(n)]) if not isinstance(a, Exception)]
    extract_graph(articles[0])
    ner("Khởi động mô hình.")
    sentences = [doc.text[s.start : s.end] for doc in (make_document(a, tag=False) for a in articles) for s in doc.sentences]
    start = time.perf_counter()
    for article in articles:
        extract_graph(article)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for sentence in sentences:
        ner(sentence)
    theirs = time.perf_counter() - start
    record(
        "throughput",
        {
            "articles": len(articles),
            "sentences": len(sentences),
            "govgraph_sentences_per_s": round(len(sentences) / ours, 1),
            "govgraph_articles_per_s": round(len(articles) / ours, 1),
            "underthesea_ner_sentences_per_s": round(len(sentences) / theirs, 1),
            "ratio": round(theirs / ours, 2),
        },
    )


def jobs(n: int = 1000) -> None:
    """A whole build with one worker process vs two: into a file (the graph held by rdflib in
    the main process) and into the on-disk store."""
    source = corpus(n)
    out = WORK / "jobs.nq"
    figures: dict[str, object] = {"articles": n, "cores": os.cpu_count()}
    one, _ = run_measured([*GOVGRAPH, "build", str(source), "-o", str(out), "-q", "--jobs", "1"])
    two, _ = run_measured([*GOVGRAPH, "build", str(source), "-o", str(out), "-q", "--jobs", "2"])
    figures.update({"file_jobs1_s": round(one, 1), "file_jobs2_s": round(two, 1), "file_speedup": round(one / two, 2)})
    times = []
    for workers in ("1", "2"):
        db = WORK / "jobs-store"
        shutil.rmtree(db, ignore_errors=True)
        times.append(run_measured([*GOVGRAPH, "build", str(source), "--store", str(db), "-q", "--jobs", workers])[0])
    figures.update(
        {"store_jobs1_s": round(times[0], 1), "store_jobs2_s": round(times[1], 1), "store_speedup": round(times[0] / times[1], 2)}
    )
    record("jobs", figures)


QUERIES: dict[str, dict[str, str]] = {
    "person_posts": {"name": "Nguyễn Văn Hùng"},
    "post_holders": {"body": "Bộ Tài chính"},
    "person_events": {"name": "Nguyễn Văn Hùng"},
    "event_chairs": {},
    "policies": {},
    "bodies": {},
}


def store(n: int = 5500, repeat: int = 5, rdflib_timeout: int = 120) -> None:
    """Load about 1M triples into rdflib and into pyoxigraph, then time each ready-made query
    (the median of ``repeat`` runs on pyoxigraph; one run on rdflib, cut at ``rdflib_timeout``)."""
    import pyoxigraph

    import govgraph
    from govgraph.store import OxigraphStore

    db = WORK / f"store-{n}"
    dump = WORK / f"store-{n}.nq"
    if not dump.exists():
        shutil.rmtree(db, ignore_errors=True)
        run_measured([*GOVGRAPH, "build", str(corpus(n)), "--store", str(db), "-q", "--jobs", str(os.cpu_count() or 1)])
        with govgraph.load(db) as kg:
            kg.save(dump)
    fresh = WORK / "store-load"
    shutil.rmtree(fresh, ignore_errors=True)
    start = time.perf_counter()
    ox = pyoxigraph.Store(str(fresh))
    ox.bulk_load(path=str(dump), format=pyoxigraph.RdfFormat.N_QUADS)
    ox.flush()
    oxigraph_load = time.perf_counter() - start
    del ox
    disk = govgraph.KnowledgeGraph(OxigraphStore(fresh))
    figures: dict[str, object] = {"triples": len(disk), "pyoxigraph_load_s": round(oxigraph_load, 1)}
    for name, params in QUERIES.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            rows = list(disk.query_named(name, **params))
            times.append((time.perf_counter() - start) * 1000)
        figures[f"{name}_pyoxigraph_ms"] = round(statistics.median(times), 1)
        figures[f"{name}_rows"] = len(rows)
    disk.close()
    # rdflib in a child process: its load and each query, each cut at the time limit
    script = (
        "import json, sys, time\n"
        "import govgraph\n"
        "from govgraph.graphio import load_dataset\n"
        "start = time.perf_counter(); kg = govgraph.KnowledgeGraph(load_dataset(sys.argv[1])); print(json.dumps(['load', time.perf_counter() - start]), flush=True)\n"
        "for name, params in json.loads(sys.argv[2]).items():\n"
        "    start = time.perf_counter(); list(kg.query_named(name, **params)); print(json.dumps([name, time.perf_counter() - start]), flush=True)\n"
    )
    import threading

    proc = subprocess.Popen([sys.executable, "-c", script, str(dump), json.dumps(QUERIES)], stdout=subprocess.PIPE, text=True)
    done: dict[str, float] = {}
    watchdog = threading.Timer(rdflib_timeout, proc.kill)
    watchdog.start()
    try:
        for line in proc.stdout:
            watchdog.cancel()
            name, seconds = json.loads(line)
            done[name] = seconds
            watchdog = threading.Timer(rdflib_timeout, proc.kill)
            watchdog.start()
    finally:
        watchdog.cancel()
        proc.kill()
    figures["rdflib_load_s"] = round(done.get("load", float("nan")), 1)
    for name in QUERIES:
        figures[f"{name}_rdflib_ms"] = round(done[name] * 1000, 1) if name in done else f"> {rdflib_timeout} s (stopped)"
    record("store", figures)


def memory(sizes: tuple[int, ...] = (1000, 2000)) -> None:
    """Peak memory of a build held in memory vs streamed into the on-disk store."""
    figures: dict[str, object] = {}
    for n in sizes:
        source = corpus(n)
        _, in_memory = run_measured([*GOVGRAPH, "build", str(source), "-o", str(WORK / "mem.nq"), "-q", "--jobs", "1"])
        db = WORK / f"mem-store-{n}"
        shutil.rmtree(db, ignore_errors=True)
        _, on_disk = run_measured([*GOVGRAPH, "build", str(source), "--store", str(db), "-q", "--jobs", "1"])
        figures[f"{n}_in_memory_mib"] = in_memory
        figures[f"{n}_store_mib"] = on_disk
    record("memory", figures)


def rerun(n: int = 1000) -> None:
    """The first build into a store vs the same build again with nothing changed."""
    source = corpus(n)
    db = WORK / "rerun-store"
    shutil.rmtree(db, ignore_errors=True)
    first, _ = run_measured([*GOVGRAPH, "build", str(source), "--store", str(db), "-q"])
    again, _ = run_measured([*GOVGRAPH, "build", str(source), "--store", str(db), "-q"])
    record("rerun", {"articles": n, "first_s": round(first, 1), "rerun_s": round(again, 1), "ratio": round(again / first, 3)})


REAL_CORPUS = Path("/work/shared/corpora/unc-2021.jsonl")


def view(targets: tuple[int, ...] = (1000, 5000)) -> None:
    """Time to write the HTML view and to open it in headless Chromium until it answers: about
    1,000 and 5,000 nodes of the synthetic corpus, and the whole real corpus when present."""
    import govgraph

    chromium = os.environ.get("GOVGRAPH_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        raise SystemExit("no Chromium: apt-get install chromium")
    figures: dict[str, object] = {}
    if REAL_CORPUS.exists():
        dump = WORK / "view-real.nq"
        if not dump.exists():
            run_measured([*GOVGRAPH, "build", str(REAL_CORPUS), "-o", str(dump), "-q"])
        figures["real"] = _measure_view(chromium, govgraph.load(dump), "real")
    for target in targets:
        n = max(20, target // 5)
        kg = govgraph.build([corpus(n)])
        graph = kg.to_networkx()
        while graph.number_of_nodes() < target * 0.9:
            n = int(n * target / graph.number_of_nodes()) + 10
            kg = govgraph.build([corpus(n)])
            graph = kg.to_networkx()
        figures[f"{target}"] = _measure_view(chromium, kg, str(target))
    record("view", figures)


def _measure_view(chromium: str, kg: object, name: str) -> dict[str, object]:
    """Seconds to write the page; seconds from opening it to its first frame with labels (the
    page then answers: the script has run); milliseconds for a search and for a selection."""
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    page_path = kg.to_html(WORK / f"view-{name}.html")
    write_s = time.perf_counter() - start
    graph = kg.to_networkx()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.govgraph !== undefined")
        labels = page.evaluate(
            "new Promise((done) => { window.govgraph.network.once('afterDrawing', () => done(window.govgraph.drawn.length)); window.govgraph.network.redraw(); })"
        )
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        page.fill("#search", "nguyen van")
        page.wait_for_selector("#results div")
        search_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        page.locator("#results div").first.click()
        page.wait_for_selector("#panel h2")
        select_ms = (time.perf_counter() - start) * 1000
        browser.close()
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "page_mb": round(page_path.stat().st_size / 2**20, 1),
        "write_html_s": round(write_s, 1),
        "open_to_interactive_s": round(load_s, 2),
        "labels_at_opening": labels,
        "search_ms": round(search_ms),
        "select_ms": round(select_ms),
    }


BENCHMARKS: dict[str, Callable[[], None]] = {
    "throughput": throughput,
    "jobs": jobs,
    "store": store,
    "memory": memory,
    "rerun": rerun,
    "view": view,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=[*BENCHMARKS, "all"])
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for name, bench in BENCHMARKS.items():
        if args.which in (name, "all"):
            bench()


if __name__ == "__main__":
    main()
