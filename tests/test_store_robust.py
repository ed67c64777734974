"""Stores: readers never lock each other out, a folder of articles is never turned into a store,
and a remote store keeps its credentials to itself and answers within a deadline."""

from __future__ import annotations

import base64
import http.server
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import govgraph
from govgraph.store import OxigraphStore, RemoteStore, StoreError


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ro") / "db"
    govgraph.build(store=path).close()
    return path


def test_readers_run_while_a_writer_holds_the_store(store: Path) -> None:
    writer = OxigraphStore(store)  # as a notebook holding the store would
    try:
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "govgraph", "stats", "--store", str(store), "--format", "json"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        outputs = [run.communicate(timeout=180) for run in runs]
        assert [run.returncode for run in runs] == [0, 0, 0], outputs
        assert all('"articles": 8' in out for out, _ in outputs)
        for command in (["query", "--store", str(store), "bodies", "--limit", "1"], ["export", "--store", str(store), "-o", "-"]):
            assert cli(*command).returncode == 0
    finally:
        writer.close()


def test_a_writer_is_told_who_holds_the_store(store: Path) -> None:
    holder = OxigraphStore(store)
    try:
        done = cli("build", "--store", str(store), "-q")
        assert done.returncode == 1 and "open for writing in another process" in done.stderr
        assert done.stderr.count("\n") == 1
    finally:
        holder.close()


def test_reading_leaves_no_trace_in_the_store(store: Path) -> None:
    before = sorted(p.name for p in store.iterdir())
    assert cli("stats", "--store", str(store)).returncode == 0
    assert cli("stats", str(store)).returncode == 0
    assert sorted(p.name for p in store.iterdir()) == before


def test_a_folder_of_articles_is_not_turned_into_a_store(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Tiêu đề\nBộ Nội vụ họp.", encoding="utf-8")
    for command in (["stats", str(news)], ["query", str(news), "bodies"], ["build", "--store", str(news), "-q"]):
        done = cli(*command)
        assert done.returncode == 1 and "not a govgraph store" in done.stderr, command
    assert sorted(p.name for p in news.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(
    "first_files",
    [{"IDENTITY": "1b4e28ba-2fa1-11d2-883f-0016d3cca427\n", "LOCK": "", "LOG": ""}, {"000000.dbtmp": "", "LOCK": "", "LOG": ""}],
)
def test_a_store_whose_creation_was_cut_short_is_completed(tmp_path: Path, first_files: dict[str, str]) -> None:
    """A build killed as it created its store leaves RocksDB's first files only: the next build
    finishes the store instead of taking it for a folder of something else."""
    db = tmp_path / "db"
    db.mkdir()
    for name, content in first_files.items():
        (db / name).write_text(content, encoding="utf-8")
    with govgraph.build(store=db) as kg:
        assert kg.report.ok and kg.stats()["articles"] == 8


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]]
    mode: str
    target: str

    def do_POST(self) -> None:
        self.seen.append(dict(self.headers))
        if self.mode == "redirect":
            self.send_response(307)
            self.send_header("Location", self.target)
            self.end_headers()
        elif self.mode == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            for char in '{"head": {"vars": []}, "results": {"bindings": []}}':
                try:
                    self.wfile.write(char.encode())
                    self.wfile.flush()
                except OSError:  # the client gave up, as it should
                    return
                time.sleep(0.25)  # each byte well within the timeout, the whole answer far beyond it
        else:
            body = b'{"head": {"vars": []}, "results": {"bindings": []}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def serve() -> Iterator:
    servers = []

    def start(mode: str, target: str = "") -> tuple[str, list[dict[str, str]]]:
        seen: list[dict[str, str]] = []
        handler = type("H", (_Handler,), {"seen": seen, "mode": mode, "target": target})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()


def test_credentials_never_go_to_another_origin(serve, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGRAPH_STORE_AUTH", "alice:secret")
    other, other_seen = serve("answer")
    url, seen = serve("redirect", f"{other}/query")
    with pytest.raises(StoreError, match="another origin"):
        RemoteStore(url).query("SELECT * WHERE { ?s ?p ?o }", {})
    expected = "Basic " + base64.b64encode(b"alice:secret").decode()
    assert seen and seen[0].get("Authorization") == expected
    assert not any("Authorization" in headers for headers in other_seen)


def test_a_trickling_server_meets_an_overall_deadline(serve) -> None:
    url, _ = serve("trickle")
    started = time.monotonic()
    with pytest.raises(StoreError, match="within 1 s"):
        RemoteStore(url, timeout=1).query("SELECT * WHERE { ?s ?p ?o }", {})
    assert time.monotonic() - started < 10
    done = cli("stats", "--store", url, "--http-timeout", "1")
    assert done.returncode == 1 and "within 1 s" in done.stderr
