"""Benchmarks on real text: any JSON Lines corpus (one article per line: id, text, title, …).

    python benchmarks/real.py CORPUS throughput   # build -o / --store, --jobs 1 and 2, vs underthesea ner and word_tokenize
    python benchmarks/real.py CORPUS linear       # 1x, 2x, 4x, 8x slices of the corpus
    python benchmarks/real.py CORPUS slices       # whole CLI runs on 1/8, 1/4, 1/2 and all of the corpus
    python benchmarks/real.py CORPUS queries      # analyst and ready-made queries on a store of the corpus
    python benchmarks/real.py CORPUS million      # the same queries on about 1M triples (the corpus repeated)
    python benchmarks/real.py CORPUS all

Each whole build is a separate ``govgraph build`` process (start-up and writing included);
figures that are compared are measured in the same run. Results are appended to
``benchmarks/results-real.json``.
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
ANALYST = HERE.parent / "tests" / "analyst"
GOVGRAPH = [sys.executable, "-m", "govgraph"]
WORK = Path(os.environ.get("GOVGRAPH_BENCH_DIR", tempfile.gettempdir())) / "govgraph-real"
RESULTS = HERE / "results-real.json"
# the analyst queries name a person of the project's samples; on a corpus of other years the
# benchmark asks about someone it mentions instead (--person)
SAMPLE_PERSON = "Phạm Minh Chính"
PERSON = os.environ.get("GOVGRAPH_BENCH_PERSON", "Nguyễn Xuân Phúc")
READY = {
    "person_posts": {"name": PERSON},
    "person_events": {"name": PERSON},
    "post_holders": {"body": "Bộ Y tế"},
    "event_chairs": {},
    "policies": {},
    "bodies": {},
}


def run_measured(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: some inputs failed, reported
        raise SystemExit(f"command failed: {' '.join(args)}\n{proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss // 1024


def record(name: str, figures: dict[str, object]) -> None:
    print(json.dumps({name: figures}, ensure_ascii=False, indent=1), flush=True)
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data[name] = figures
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def lines(corpus: Path) -> list[str]:
    return [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_lines(path: Path, rows: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def repeated(corpus: Path, times: int, count: int | None = None) -> Path:
    """The first ``count`` articles, ``times`` over, each copy with its own id."""
    rows = lines(corpus)[:count] if count else lines(corpus)
    out = []
    for copy in range(times):
        for row in rows:
            item = json.loads(row)
            item["id"] = f"{item.get('id', '')}-{copy}" if copy else item.get("id", "")
            if copy and item.get("url"):
                item["url"] = f"{item['url']}#{copy}"
            out.append(json.dumps(item, ensure_ascii=False))
    return write_lines(WORK / f"{corpus.stem}-{count or 'all'}x{times}.jsonl", out)


def sentences_of(corpus: Path) -> list[str]:
    from govgraph.document import make_document
    from govgraph.sources import read_inputs

    docs = (make_document(a, tag=False) for a in read_inputs([corpus]) if not isinstance(a, Exception))
    return [doc.text[s.start : s.end] for doc in docs for s in doc.sentences]


def underthesea_rates(sentences: list[str]) -> dict[str, float]:
    """underthesea's ``ner`` and ``word_tokenize`` sentences/s over ``sentences``."""
    from underthesea import ner, word_tokenize

    ner("Khởi động mô hình.")
    word_tokenize("Khởi động mô hình.")
    start = time.perf_counter()
    for sentence in sentences:
        word_tokenize(sentence)
    tokenize_s = time.perf_counter() - start
    start = time.perf_counter()
    for sentence in sentences:
        ner(sentence)
    ner_s = time.perf_counter() - start
    return {"ner": len(sentences) / ner_s, "word_tokenize": len(sentences) / tokenize_s}


def throughput(corpus: Path) -> None:
    """Whole builds into a file and into a store, one worker and two, next to underthesea's
    ``ner`` and ``word_tokenize`` on the same sentences; the graph's size per article."""
    sentences = sentences_of(corpus)
    n = len(lines(corpus))
    out = WORK / "graph.trig"
    figures: dict[str, object] = {"articles": n, "sentences": len(sentences), "cores": os.cpu_count()}
    for workers in ("1", "2"):
        seconds, mib = run_measured([*GOVGRAPH, "build", str(corpus), "-o", str(out), "-q", "--jobs", workers])
        figures.update({f"file_jobs{workers}_s": round(seconds, 1), f"file_jobs{workers}_peak_mib": mib})
        db = WORK / f"store-jobs{workers}"
        shutil.rmtree(db, ignore_errors=True)
        seconds, mib = run_measured([*GOVGRAPH, "build", str(corpus), "--store", str(db), "-q", "--jobs", workers])
        figures.update({f"store_jobs{workers}_s": round(seconds, 1), f"store_jobs{workers}_peak_mib": mib})
    rates = underthesea_rates(sentences)
    figures["ner_sentences_per_s"] = round(rates["ner"], 1)
    figures["word_tokenize_sentences_per_s"] = round(rates["word_tokenize"], 1)
    for kind in ("file", "store"):
        for workers in ("1", "2"):
            rate = len(sentences) / float(figures[f"{kind}_jobs{workers}_s"])  # type: ignore[arg-type]
            figures[f"{kind}_jobs{workers}_sentences_per_s"] = round(rate, 1)
            figures[f"{kind}_jobs{workers}_vs_ner"] = round(rate / rates["ner"], 2)
            figures[f"{kind}_jobs{workers}_vs_word_tokenize"] = round(rate / rates["word_tokenize"], 2)
        figures[f"{kind}_jobs2_speedup"] = round(float(figures[f"{kind}_jobs1_s"]) / float(figures[f"{kind}_jobs2_s"]), 2)  # type: ignore[arg-type]
    figures.update(graph_size(out))
    record("throughput", figures)


def graph_size(path: Path) -> dict[str, object]:
    """Triples in all, in the article graphs and in the entities graph, per article."""
    import govgraph

    kg = govgraph.load(path)

    def count(sparql: str) -> int:
        return int(next(iter(kg.query(sparql)))[0])

    articles = count("SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }")
    triples = len(kg)
    in_articles = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a schema:NewsArticle . ?s ?p ?o } }")
    entities = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{kg.base}graph/entities> {{ ?s ?p ?o }} }}")
    return {
        "triples": triples,
        "article_graphs_triples": in_articles,
        "entities_graph_triples": entities,
        "triples_per_article": round(triples / articles, 1),
        "article_graph_triples_per_article": round(in_articles / articles, 1),
        "graph_file_mib": round(path.stat().st_size / 2**20, 1),
    }


def linear(corpus: Path, base: int = 25) -> None:
    """Build cost of the first ``base`` articles repeated 1, 2, 4 and 8 times (each copy with its
    own id, so the work per article is the same at every size), into memory then a file and
    into a store folder. Measured in one process after the models are loaded, so that start-up
    does not hide how the cost grows; each size is built twice, alternating the two targets,
    and the faster run kept (the machine is shared)."""
    import govgraph
    from govgraph.pipeline import process
    from govgraph.sources import read_inputs

    articles = [a for a in read_inputs([corpus]) if not isinstance(a, Exception)]
    process(articles[0])  # load the models
    figures: dict[str, object] = {"base_articles": base}
    best: dict[tuple[str, int], float] = {}
    for _ in range(2):
        for times_n in (1, 2, 4, 8):
            part = repeated(corpus, times_n, base)
            start = time.perf_counter()
            govgraph.build([part], jobs=1).save(WORK / "slice.trig")
            best["file", times_n] = min(best.get(("file", times_n), 1e9), time.perf_counter() - start)
            db = WORK / "slice-store"
            shutil.rmtree(db, ignore_errors=True)
            start = time.perf_counter()
            govgraph.build([part], store=db, jobs=1).close()
            best["store", times_n] = min(best.get(("store", times_n), 1e9), time.perf_counter() - start)
    for kind in ("file", "store"):
        for times_n in (1, 2, 4, 8):
            figures[f"{kind}_{times_n}x_s"] = round(best[kind, times_n], 2)
        for times_n in (2, 4, 8):
            # cost per article relative to the 1x slice (1.00 = perfectly linear)
            figures[f"{kind}_{times_n}x_per_article_vs_1x"] = round(best[kind, times_n] / times_n / best[kind, 1], 2)
        figures[f"{kind}_8x_vs_store_8x"] = round(best[kind, 8] / best["store", 8], 2)
    record("linear", figures)


SLICES = (8, 4, 2, 1)  # 1/8, 1/4, 1/2 and all of the corpus


def slices(corpus: Path) -> None:
    """Whole ``govgraph build`` processes, into a file and into a store folder, on the first
    1/8, 1/4, 1/2 and all of the corpus's articles, with a start-up run on one article.

    A build's own time is its wall time less the start-up run's (interpreter, imports,
    underthesea's models, the first article). Its cost per article, and per 1,000 characters
    of text (the slices need not have the same mix of long and short articles), is compared
    with the 1/8 slice's: 1.00 is linear. Peak memory is each process's."""
    rows = lines(corpus)
    sizes = {"startup": 1, **{f"1/{part}" if part > 1 else "all": len(rows) // part for part in SLICES}}
    figures: dict[str, object] = {"articles": len(rows), "load_before": os.getloadavg()}
    for name, count in sizes.items():
        part = write_lines(WORK / f"{corpus.stem}-first{count}.jsonl", rows[:count])
        chars = sum(len(json.loads(row).get("text", "")) for row in rows[:count])
        entry: dict[str, object] = {"articles": count, "text_chars": chars}
        for kind, target in (("file", ["-o", str(WORK / "slice.trig")]), ("store", ["--store", str(WORK / "slice-db")])):
            shutil.rmtree(WORK / "slice-db", ignore_errors=True)
            seconds, mib = run_measured([*GOVGRAPH, "build", str(part), *target, "-q", "--jobs", "1"])
            entry.update({f"{kind}_wall_s": round(seconds, 2), f"{kind}_peak_mib": mib})
        figures[name] = entry
        print(json.dumps({name: entry}), flush=True)
    figures["load_after"] = os.getloadavg()
    record("slices", {**figures, **slice_ratios(figures, sizes)})


def slice_ratios(figures: dict[str, object], sizes: dict[str, int]) -> dict[str, object]:
    """Each slice's build time (wall less start-up) and its cost per article and per character
    against the 1/8 slice's."""
    out: dict[str, object] = {}
    first = f"1/{SLICES[0]}"
    for kind in ("file", "store"):
        startup = figures["startup"][f"{kind}_wall_s"]  # type: ignore[index]

        def own(name: str, kind: str = kind, startup: float = startup) -> float:
            return figures[name][f"{kind}_wall_s"] - startup  # type: ignore[index]

        for name in sizes:
            if name == "startup":
                continue
            entry = figures[name]
            per_article = own(name) / entry["articles"] / (own(first) / figures[first]["articles"])  # type: ignore[index]
            per_char = own(name) / entry["text_chars"] / (own(first) / figures[first]["text_chars"])  # type: ignore[index]
            out[f"{kind}_{name}_build_s"] = round(own(name), 2)
            out[f"{kind}_{name}_per_article_vs_first"] = round(per_article, 3)
            out[f"{kind}_{name}_per_char_vs_first"] = round(per_char, 3)
    return out


def time_queries(db: Path, repeat: int = 3) -> dict[str, object]:
    """Median wall time (ms) and rows of every analyst query and every ready-made query."""
    import govgraph

    figures: dict[str, object] = {}
    with govgraph.load(db) as kg:
        figures["triples"] = len(kg)
        work: list[tuple[str, str | None, dict[str, str]]] = [
            (p.stem, p.read_text(encoding="utf-8").replace(SAMPLE_PERSON, PERSON), {}) for p in sorted(ANALYST.glob("*.rq"))
        ]
        work += [(f"ready:{name}", None, params) for name, params in READY.items()]
        for name, text, params in work:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                rows = list(kg.query(text) if text is not None else kg.query_named(name.split(":", 1)[1], **params))
                times.append((time.perf_counter() - start) * 1000)
            figures[name] = {"ms": round(statistics.median(times), 1), "rows": len(rows)}
    return figures


def queries(corpus: Path) -> None:
    db = WORK / "store-jobs2"  # left by the throughput benchmark
    if not db.exists():
        run_measured([*GOVGRAPH, "build", str(corpus), "--store", str(db), "-q", "--jobs", str(os.cpu_count() or 1)])
    record("queries", time_queries(db))


def million(corpus: Path, times: int = 3) -> None:
    db = WORK / f"million-store-{times}"
    if not db.exists():
        big = repeated(corpus, times)
        run_measured([*GOVGRAPH, "build", str(big), "--store", str(db), "-q", "--jobs", str(os.cpu_count() or 1)])
    record("million", time_queries(db))


BENCHMARKS: dict[str, Callable[[Path], None]] = {
    "throughput": throughput,
    "linear": linear,
    "slices": slices,
    "queries": queries,
    "million": million,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines corpus")
    parser.add_argument("which", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--limit", type=int, help="only the first N articles of the corpus")
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: no such corpus file")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if args.limit:
        corpus = write_lines(WORK / f"{corpus.stem}-first{args.limit}.jsonl", lines(corpus)[: args.limit])
    for name, bench in BENCHMARKS.items():
        if args.which in (name, "all"):
            bench(corpus)


if __name__ == "__main__":
    main()
