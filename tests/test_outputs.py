"""Outputs and the command line under careless use: a mistyped path destroys nothing, outputs of
one run replace those of another together, files keep their permissions and links, and what
goes wrong is one line the user can act on."""

from __future__ import annotations

import json
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govgraph
from govgraph.errors import GraphFileError
from govgraph.graphio import atomic_group, write_atomic

BODY = "Thủ tướng Phạm Minh Chính chủ trì Hội nghị Chính phủ tại Hà Nội."


def cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govgraph", *args], capture_output=True, text=True, timeout=300, check=False, **kwargs
    )


def test_a_mistyped_input_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    precious = tmp_path / "precious.trig"
    precious.write_text("# a graph of 300 articles\n", encoding="utf-8")
    done = cli("build", str(tmp_path / "corpus.jsnl"), "-o", str(precious), "-q")
    assert done.returncode == 2 and "corpus.jsnl: no such file or folder" in done.stderr
    assert precious.read_text(encoding="utf-8") == "# a graph of 300 articles\n"


def test_a_mistyped_input_never_prunes_a_store(tmp_path: Path) -> None:
    db = tmp_path / "db"
    govgraph.build(store=db).close()
    done = cli("build", str(tmp_path / "corpus.jsnl"), "--store", str(db), "--prune", "-q")
    assert done.returncode == 2
    with govgraph.load(db) as kg:
        assert kg.stats()["articles"] == 8


@pytest.mark.parametrize(
    ("output", "message"),
    [("graph.xyz", "unknown graph format"), ("file.txt/graph.trig", "cannot write")],
)
def test_outputs_are_checked_before_the_extraction(tmp_path: Path, output: str, message: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    first = tmp_path / "first.trig"
    started = time.monotonic()
    done = cli("build", "-o", str(first), "-o", str(tmp_path / output), "-q")
    assert done.returncode == 2 and message in done.stderr and not first.exists()
    assert "Built" not in done.stderr and time.monotonic() - started < 60


def test_outputs_of_one_run_replace_the_old_ones_together(tmp_path: Path) -> None:
    a, b = tmp_path / "a.nq", tmp_path / "b.ttl"
    a.write_bytes(b"old a")
    b.write_bytes(b"old b")
    with pytest.raises(RuntimeError), atomic_group():
        write_atomic(a, b"new a")
        raise RuntimeError("killed between the two outputs")
    assert (a.read_bytes(), b.read_bytes()) == (b"old a", b"old b")
    assert not list(tmp_path.glob(".*.tmp"))
    with atomic_group():
        write_atomic(a, b"new a")
        assert a.read_bytes() == b"old a"  # nothing replaced before every output is written
        write_atomic(b, b"new b")
    assert (a.read_bytes(), b.read_bytes()) == (b"new a", b"new b")


def test_a_rewritten_output_keeps_its_mode_and_its_symlink(tmp_path: Path) -> None:
    private = tmp_path / "private.trig"
    private.write_bytes(b"old")
    private.chmod(0o600)
    write_atomic(private, b"new")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and private.read_bytes() == b"new"
    real = tmp_path / "real" / "graph.trig"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "graph.trig"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_another_writers_live_temporary_file_is_left_alone(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".g.trig.{other.pid}.abc.tmp"
        live.write_bytes(b"being written")
        dead = tmp_path / ".g.trig.999999999.abc.tmp"
        dead.write_bytes(b"left by a killed run")
        write_atomic(tmp_path / "g.trig", b"graph")
        assert live.exists() and not dead.exists()
    finally:
        other.kill()
        other.wait()


def test_a_file_build_works_in_a_folder_it_removes(tmp_path: Path) -> None:
    """The working store of a file build goes beside the output and is gone afterwards; one
    left by a killed run goes too, one of a build still running stays."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".g.trig.{other.pid}.abc.store"
        live.mkdir()
        dead = tmp_path / ".g.trig.999999999.abc.store"
        dead.mkdir()
        (dead / "CURRENT").write_text("left by a killed run", encoding="utf-8")
        source = tmp_path / "a.jsonl"
        source.write_text(json.dumps({"id": "a", "text": BODY}) + "\n", encoding="utf-8")
        done = cli("build", str(source), "-o", str(tmp_path / "g.trig"), "-q", "-j", "1")
        assert done.returncode == 0, done.stderr
        assert "Phạm Minh Chính" in (tmp_path / "g.trig").read_text(encoding="utf-8")
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [live.name]
    finally:
        other.kill()
        other.wait()


def test_a_trig_written_as_articles_come_holds_the_whole_graph(tmp_path: Path) -> None:
    """The first TriG output of a file build is spooled while the workers extract; it holds
    the same quads as an output written from the store at the end, entities graph first."""
    import pyoxigraph as ox

    source = tmp_path / "a.jsonl"
    rows = [{"id": f"a{i}", "text": BODY} for i in range(3)] + [{"id": "bad", "text": ""}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    done = cli("build", str(source), "-o", str(tmp_path / "g.trig"), "-o", str(tmp_path / "g.nq"), "-q", "-j", "2")
    assert done.returncode == 1  # the empty article failed, the rest is kept
    spooled = list(ox.parse(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG))
    assert set(spooled) == set(ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS))
    assert spooled[0].graph_name.value.endswith("/graph/entities")
    assert {q.graph_name.value.rsplit("/", 1)[1].split("-")[0] for q in spooled if "/article/" in q.graph_name.value} == {
        "a0",
        "a1",
        "a2",
    }
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_write_error_names_the_path(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"file/g\.trig: cannot write"):
        write_atomic(tmp_path / "file" / "g.trig", b"graph")


def test_base_is_a_user_error(tmp_path: Path) -> None:
    done = cli("build", "--base", "not an iri", "-o", str(tmp_path / "g.trig"), "-q")
    assert done.returncode == 1 and done.stderr.startswith("Error: --base") and "unexpected" not in done.stderr


@pytest.mark.slow  # waits for the scheduler connection to time out (10 s)
def test_dask_address_that_does_not_answer(tmp_path: Path) -> None:
    done = cli("build", "--dask", "tcp://127.0.0.1:1", "-o", str(tmp_path / "g.trig"), "-q")
    assert done.returncode == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in done.stderr
    assert "unexpected" not in done.stderr


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    graph = govgraph.build().save(tmp_path / "g.trig")
    for command in (f"stats {graph}", f"query {graph} 'SELECT * WHERE {{ ?s ?p ?o }}' --format tsv"):
        done = subprocess.run(
            f"{sys.executable} -m govgraph {command} | head -1", shell=True, capture_output=True, text=True, check=False
        )
        assert done.stdout.count("\n") == 1 and "Error" not in done.stderr and "Traceback" not in done.stderr


def test_html_parser_noise_stays_off_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01<html")
    (tmp_path / "ok.jsonl").write_text(json.dumps({"id": "ok", "text": BODY}) + "\n", encoding="utf-8")
    done = cli("build", str(tmp_path), "-o", str(tmp_path / "g.trig"), "-j", "1")
    assert done.returncode == 1 and "ERROR trafilatura" not in done.stderr
    assert "empty.html: HTML holds no article text" in done.stderr


def _wait_for_workers(pid: int, *, within: float = 60.0) -> None:
    """Wait until the process ``pid`` has started child processes (its worker pool)."""
    deadline = time.monotonic() + within
    children = Path(f"/proc/{pid}/task/{pid}/children")
    while time.monotonic() < deadline:
        if children.exists() and children.read_text().split():
            return
        time.sleep(0.1)
    raise AssertionError("the build started no workers")


@pytest.mark.slow  # a parallel build in a subprocess, signalled while its workers run
def test_sigterm_ends_a_parallel_build_cleanly(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": BODY * 20}) + "\n" for i in range(4000)), encoding="utf-8")
    out = tmp_path / "g.trig"
    proc = subprocess.Popen(
        [sys.executable, "-m", "govgraph", "build", str(corpus), "-o", str(out), "-j", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_workers(proc.pid)  # signal the build while its workers extract, however fast the machine
    time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err.strip() == "Terminated.", err
    assert not out.exists() and not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob(".*.store"))


def test_field_option_on_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "s.jsonl"
    source.write_text(json.dumps({"content": BODY, "date": "hôm qua", "link": "https://e.org/1"}) + "\n", encoding="utf-8")
    out = tmp_path / "g.nq"
    done = cli("build", str(source), "--field", "text=content,published=date", "--field", "url=link", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "date unknown" in done.stderr and "<https://e.org/1>" in out.read_text(encoding="utf-8")
    bad = cli("build", str(source), "--field", "body=content", "-o", str(out))
    assert bad.returncode == 2 and "bad field mapping" in bad.stderr


def test_max_bytes_must_be_positive(tmp_path: Path) -> None:
    done = cli("build", "--max-bytes", "-2", "-o", str(tmp_path / "g.trig"))
    assert done.returncode == 2 and not (tmp_path / "g.trig").exists()


def test_evidence_stays_linear_in_the_article(tmp_path: Path) -> None:
    from govgraph.document import Article
    from govgraph.pipeline import extract_graph

    unit = "Thủ tướng Phạm Minh Chính, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Chủ tịch UBND tỉnh Nghệ An, "
    text = "Hội nghị có " + unit * 150 + "cùng dự."  # one sentence of about 20 KB, 900 mentions
    result = extract_graph(Article("one-sentence", text))
    assert not isinstance(result, Exception)
    triples = [*result.graph.claims, *result.graph.descriptions]
    size = sum(len(str(term).encode()) for triple in triples for term in triple)
    assert size < 10 * len(text.encode())
