"""On-disk and remote stores, incremental and idempotent builds, parallel and distributed extraction."""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

import govgraph
from govgraph.cli import main
from govgraph.graphio import union_graph
from govgraph.resources import samples_dir
from govgraph.store import AUTH_ENV, RemoteStore


def sorted_quads(kg: govgraph.KnowledgeGraph) -> list[str]:
    """The whole graph as sorted N-Quads lines: equal lists mean byte-identical graphs."""
    data = kg.dataset.serialize(format="nquads")
    return sorted(line for line in data.splitlines() if line.strip())


def graphs(kg: govgraph.KnowledgeGraph) -> set[str]:
    return {str(g.identifier) for g in kg.dataset.graphs() if len(g)}


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    """A folder of articles the tests change between runs."""
    folder = tmp_path / "news"
    shutil.copytree(samples_dir(), folder)
    return folder


def test_build_into_a_store_and_query_it(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db"
    kg = govgraph.build([news], store=db)
    assert kg.report.added == 8
    kg.close()
    again = govgraph.load(db)
    rows = list(again.query_named("person_posts", name="Phạm Minh Chính"))
    assert {str(r.post) for r in rows} == {"Thủ tướng Chính phủ"}
    assert again.stats() == govgraph.build([news]).stats()
    assert sorted_quads(again) == sorted_quads(govgraph.build([news]))


def test_incremental_runs_equal_one_clean_run(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db"
    first = govgraph.build([news], store=db)
    first.close()
    # nothing changed: everything is skipped
    second = govgraph.build([news], store=db)
    assert (second.report.added, second.report.replaced, second.report.skipped) == (0, 0, 8)
    second.close()
    # one article changed, one removed, one added
    changed = news / "05-bo-nhiem.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("hai Thứ trưởng", "hai Thứ trưởng mới"), encoding="utf-8")
    (news / "06-hoi-dam.txt").unlink()
    (news / "08-new.txt").write_text("Tin mới\nBộ trưởng Bộ Y tế Đào Hồng Lan chủ trì Hội nghị tại Hà Nội.", encoding="utf-8")
    third = govgraph.build([news], store=db, prune=True)
    assert (third.report.added, third.report.replaced, third.report.skipped, third.report.pruned) == (1, 1, 6, 1)
    third.close()
    # running it again changes nothing
    fourth = govgraph.build([news], store=db, prune=True)
    assert (fourth.report.added, fourth.report.replaced, fourth.report.pruned) == (0, 0, 0)
    clean = govgraph.build([news])
    assert graphs(fourth) == graphs(clean)
    assert sorted_quads(fourth) == sorted_quads(clean)


def test_same_output_whatever_the_number_of_jobs(news: Path) -> None:
    one = govgraph.build([news], jobs=1)
    two = govgraph.build([news], jobs=2)
    assert sorted_quads(one) == sorted_quads(two)


@pytest.mark.slow  # starts a local Dask cluster of two worker processes
def test_dask_cluster_gives_the_same_output(news: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = govgraph.build([news], dask=cluster.scheduler_address)
    assert sorted_quads(remote) == sorted_quads(govgraph.build([news]))


def test_cli_store_commands(news: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "db"
    result = runner.invoke(main, ["build", str(news), "--store", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "8 added" in result.stderr
    result = runner.invoke(main, ["build", str(news), "--store", str(db), "--jobs", "1"])
    assert "0 added, 0 replaced, 8 unchanged" in result.stderr
    stats = json.loads(runner.invoke(main, ["stats", "--store", str(db), "--format", "json"]).stdout)
    assert stats["articles"] == 8
    rows = runner.invoke(
        main, ["query", "--store", str(db), "person_posts", "--bind", "name", "Phạm Minh Chính", "--format", "json"]
    )
    assert json.loads(rows.stdout)["results"]["bindings"][0]["post"]["value"] == "Thủ tướng Chính phủ"
    assert (
        runner.invoke(
            main, ["query", str(db), "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }", "--format", "csv"]
        ).stdout.split()[-1]
        == "8"
    )
    out = tmp_path / "g.trig"
    assert runner.invoke(main, ["export", "--store", str(db), "-o", str(out)]).exit_code == 0
    assert isomorphic(union_graph(govgraph.load(out).dataset), union_graph(govgraph.build([news]).dataset))
    assert runner.invoke(main, ["viz", str(db), "-o", str(tmp_path / "v.html")]).exit_code == 0
    assert runner.invoke(main, ["validate", "--store", str(db)]).exit_code == 0
    assert runner.invoke(main, ["build", str(news), "--prune"]).exit_code == 2


# --- a real SPARQL server on loopback ---


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_remote_store(news: Path, oxigraph_server: str) -> None:
    kg = govgraph.build([news], store=oxigraph_server)
    assert kg.report.added == 8
    rows = list(govgraph.load(oxigraph_server).query_named("person_posts", name="Phạm Minh Chính"))
    assert {str(r.post) for r in rows} == {"Thủ tướng Chính phủ"}
    # the binding is a value even on a remote server
    assert list(govgraph.load(oxigraph_server).query("SELECT ?p { ?p schema:name ?n }", {"n": '" } ; DROP ALL ; #'})) == []
    # names match as typed on a server too
    assert list(govgraph.load(oxigraph_server).query_named("person_posts", name="pham minh chinh")) == rows
    again = govgraph.build([news], store=oxigraph_server)
    assert (again.report.added, again.report.skipped) == (0, 8)
    (news / "06-hoi-dam.txt").unlink()
    pruned = govgraph.build([news], store=oxigraph_server, prune=True)
    assert pruned.report.pruned == 1
    remote = govgraph.load(oxigraph_server)
    assert sorted_quads(remote) == sorted_quads(govgraph.build([news]))
    result = CliRunner().invoke(main, ["stats", oxigraph_server, "--format", "json"])
    assert json.loads(result.stdout)["articles"] == 7


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            seen.append(self.headers.get("Authorization"))
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv(AUTH_ENV, "reader:s3cret")
    try:
        RemoteStore(f"http://127.0.0.1:{server.server_port}").put("https://example.org/g", "")
    finally:
        server.shutdown()
    assert seen == ["Basic " + base64.b64encode(b"reader:s3cret").decode()]


READY_BINDINGS = {
    "person_posts": {"name": "Phạm Minh Chính"},
    "person_events": {"name": "Phạm Minh Chính"},
    "post_holders": {"body": "Chính phủ"},
}


def test_ready_queries_give_the_same_rows_on_every_backend(news: Path, tmp_path: Path, oxigraph_server: str) -> None:
    """A file, an in-memory graph, a store folder and an Oxigraph server: same rows, same order."""
    memory = govgraph.build([news])
    path = memory.save(tmp_path / "g.trig")
    folder = govgraph.build([news], store=tmp_path / "db")
    server = govgraph.build([news], store=oxigraph_server)
    backends = {"memory": memory, "file": govgraph.load(path), "store": folder, "server": server}
    for name in govgraph.ready_queries():
        bindings = READY_BINDINGS.get(name, {})
        answers = {
            backend: [tuple(str(v) for v in row) for row in kg.query_named(name, **bindings)] for backend, kg in backends.items()
        }
        assert answers["memory"], name
        for backend, found in answers.items():
            assert found == answers["memory"], f"{name} differs on {backend}"
        assert len(set(answers["memory"])) == len(answers["memory"]), f"{name} repeats rows"
    folder.close()


def test_pruning_the_last_mention_removes_the_description(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db"
    govgraph.build([news], store=db).close()
    person = "https://w3id.org/govgraph/id/person/nguyen-thi-ha"  # only in sample 05
    (news / "05-bo-nhiem.txt").unlink()
    kg = govgraph.build([news], store=db, prune=True)
    assert kg.report.pruned == 1
    assert not list(kg.query(f"SELECT * WHERE {{ <{person}> ?p ?o }}"))
    kg.close()


def test_incremental_runs_on_a_server_equal_one_clean_run(news: Path, oxigraph_server: str) -> None:
    govgraph.build([news], store=oxigraph_server)
    changed = news / "05-bo-nhiem.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("hai Thứ trưởng", "hai Thứ trưởng mới"), encoding="utf-8")
    (news / "06-hoi-dam.txt").unlink()
    again = govgraph.build([news], store=oxigraph_server, prune=True)
    assert (again.report.replaced, again.report.pruned) == (1, 1)
    assert sorted_quads(govgraph.load(oxigraph_server)) == sorted_quads(govgraph.build([news]))
