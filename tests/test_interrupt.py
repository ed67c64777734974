"""A build killed at any moment leaves the previous output whole; running it again finishes the job.

Each build is killed at a named moment (as it starts, while its workers extract, while it
writes the output), found by watching the process and its files rather than by guessing a
delay, so the moments are the same on a fast machine and a loaded one. A moment the build
has already passed (it finished first) leaves a whole output too, which is checked.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

import govgraph
from govgraph.graphio import union_graph
from govgraph.resources import samples_dir

pytestmark = pytest.mark.slow  # builds in subprocesses, killed and run again: the full run (CI) has them


def corpus(folder: Path, copies: int) -> Path:
    """The sample articles many times over, as one JSON Lines file."""
    import govgraph.sources as sources

    articles = [a for a in sources.read_inputs([samples_dir()]) if not isinstance(a, Exception)]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(copies):
            for a in articles:
                record = {"id": f"{a.id}-{i}", "title": a.title, "text": a.text, "url": a.url, "source": a.source}
                record["published"] = a.published.isoformat() if a.published else None
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("interrupt"), 6)


@pytest.fixture(scope="module")
def clean(source: Path) -> govgraph.KnowledgeGraph:
    """One clean build of the corpus, in this process: what every resumed build must equal."""
    return govgraph.build([source])


def build(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "govgraph", "build", *args, "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def workers_of(pid: int) -> list[str]:
    """The child processes of ``pid`` (a build's worker pool), empty where /proc cannot tell."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return children.read_text().split()
    except OSError:
        return []


def kill_when(proc: subprocess.Popen, moment: Callable[[], bool], *, within: float = 120.0) -> bool:
    """SIGKILL ``proc`` as soon as ``moment()`` holds; False when the build ended before it."""
    deadline = time.monotonic() + within
    while proc.poll() is None and time.monotonic() < deadline:
        if moment():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.01)
    proc.wait()
    return False


def union_of(data: bytes) -> Graph:
    dataset = Dataset(default_union=True)
    dataset.parse(data=data, format="trig")
    return union_graph(dataset)


@pytest.mark.parametrize("when", ["starting", "extracting", "writing"])
def test_sigkill_keeps_the_previous_output(tmp_path: Path, source: Path, clean: govgraph.KnowledgeGraph, when: str) -> None:
    out = tmp_path / "graph.trig"
    out.write_text("# yesterday's graph\n", encoding="utf-8")
    before = out.read_bytes()
    args = [str(source), "-o", str(out), "-j", "2"]
    proc = build(args)
    moments = {
        "starting": lambda: True,
        "extracting": lambda: bool(workers_of(proc.pid)),
        "writing": lambda: bool(list(tmp_path.glob(".graph.trig.*.tmp"))),
    }
    killed = kill_when(proc, moments[when])
    if when != "writing" and Path("/proc/self/task").exists():
        assert killed, f"the build ended before {when}"
    after = out.read_bytes()
    if after != before:  # the run finished before the kill: then the file is whole
        union_of(after)
    # the same command again completes the job, with nothing twice
    assert build(args).wait() == 0
    assert isomorphic(union_of(out.read_bytes()), union_of(clean.serialize("trig")))
    assert not list(tmp_path.glob(".graph.trig.*.tmp")) and not list(tmp_path.glob(".graph.trig.*.store"))


@pytest.mark.parametrize("after", [0.0, 1.5])
def test_sigkill_leaves_the_store_consistent(tmp_path: Path, source: Path, clean: govgraph.KnowledgeGraph, after: float) -> None:
    """Killed as the store opens, or some time into storing articles one by one."""
    db = tmp_path / "db"
    args = [str(source), "--store", str(db), "--jobs", "1"]
    proc = build(args)
    opened: list[float] = []

    def storing() -> bool:
        if not opened and db.exists():
            opened.append(time.monotonic())
        return bool(opened) and time.monotonic() - opened[0] >= after

    kill_when(proc, storing)
    assert build(args).wait() == 0
    with govgraph.load(db) as resumed:
        got = sorted(resumed.dataset.serialize(format="nquads").splitlines())
    assert got == sorted(clean.dataset.serialize(format="nquads").splitlines())
