"""A build killed at any moment leaves the previous output whole; running it again finishes the job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from govgraph.graphio import union_graph
from govgraph.resources import samples_dir


def corpus(tmp_path: Path, copies: int) -> Path:
    """The sample articles many times over, as one JSON Lines file."""
    import govgraph.sources as sources

    articles = [a for a in sources.read_inputs([samples_dir()]) if not isinstance(a, Exception)]
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for a in articles:
                record = {"id": f"{a.id}-{i}", "title": a.title, "text": a.text, "url": a.url, "source": a.source}
                record["published"] = a.published.isoformat() if a.published else None
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def build(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "govgraph", "build", *args, "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


@pytest.mark.parametrize("delay", [0.3, 1.5, 3.0])
def test_sigkill_keeps_the_previous_output(tmp_path: Path, delay: float) -> None:
    source = corpus(tmp_path, 6)
    out = tmp_path / "graph.trig"
    out.write_text("# yesterday's graph\n", encoding="utf-8")
    before = out.read_bytes()
    proc = build([str(source), "-o", str(out)])
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = out.read_bytes()
    if after != before:  # the run finished before the kill: then the file is whole
        Dataset().parse(data=after, format="trig")
    # the same command again completes the job, with nothing twice
    assert build([str(source), "-o", str(out)]).wait() == 0
    clean = tmp_path / "clean.trig"
    assert build([str(source), "-o", str(clean)]).wait() == 0
    a, b = Dataset(default_union=True), Dataset(default_union=True)
    a.parse(out, format="trig")
    b.parse(clean, format="trig")
    assert isomorphic(union_graph(a), union_graph(b))
    assert not list(tmp_path.glob(".graph.trig.*.tmp")) and not list(tmp_path.glob(".graph.trig.*.store"))


@pytest.mark.parametrize("delay", [1.0, 2.5])
def test_sigkill_leaves_the_store_consistent(tmp_path: Path, delay: float) -> None:
    import govgraph

    source = corpus(tmp_path, 5)
    db = tmp_path / "db"
    proc = build([str(source), "--store", str(db), "--jobs", "1"])
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert build([str(source), "--store", str(db), "--jobs", "1"]).wait() == 0
    with govgraph.load(db) as resumed:
        got = sorted(resumed.dataset.serialize(format="nquads").splitlines())
    clean = govgraph.build([source])
    assert got == sorted(clean.dataset.serialize(format="nquads").splitlines())
