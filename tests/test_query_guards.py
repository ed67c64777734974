"""Queries: refused before they run when hostile, bounded while they run."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import govgraph
from govgraph.cli import main
from govgraph.errors import QueryError
from govgraph.guards import check_query

CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("guards") / "db"
    govgraph.build(store=path).close()
    return path


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True, timeout=timeout, check=False)


def test_absurd_nesting_is_one_line_not_a_crash(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "deep.rq"
    query.write_text("SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000, encoding="utf-8")
    done = cli("query", "--store", str(store), "-f", str(query))
    assert done.returncode == 1 and done.stderr.startswith("Error: query nested more than") and done.stderr.count("\n") == 1


def test_service_is_refused_unless_asked_for(sample_kg: govgraph.KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="SERVICE is refused"):
        sample_kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    check_query("SELECT ?service WHERE { ?service ex:service 'SERVICE' } # SERVICE")  # names, strings, comments pass
    check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", allow_service=True)


def test_updates_are_refused_with_their_name(store: Path) -> None:
    done = cli("query", "--store", str(store), 'INSERT DATA { <http://a/b> <http://a/c> "d" }')
    assert done.returncode == 1 and "INSERT is an update" in done.stderr


@pytest.mark.parametrize("name", ['name) {("Phạm Minh Chính")} #', "?name", "x y", "SERVICE <http://127.0.0.1:9/>"])
def test_bind_names_must_be_variable_names(sample_kg: govgraph.KnowledgeGraph, name: str) -> None:
    with pytest.raises(QueryError, match="SPARQL variable name"):
        sample_kg.query("SELECT ?p WHERE { ?p schema:name ?name }", {name: "Nobody"})


def test_bind_names_are_checked_on_the_command_line(store: Path) -> None:
    done = cli("query", "--store", str(store), "person_posts", "--bind", 'name) {("Phạm Minh Chính")} #', "Nobody")
    assert done.returncode == 2 and "SPARQL variable name" in done.stderr and not done.stdout


def test_limit_in_python_and_on_the_command_line(sample_kg: govgraph.KnowledgeGraph, store: Path) -> None:
    assert len(list(sample_kg.query("SELECT * WHERE { ?s ?p ?o }", limit=3))) == 3
    done = cli("query", "--store", str(store), "SELECT * WHERE { ?s ?p ?o }", "--limit", "5", "--format", "tsv")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 6


def test_timeout_in_python_stops_between_rows(sample_kg: govgraph.KnowledgeGraph) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after 1 s"):
        for _ in sample_kg.query(CARTESIAN, timeout=1):
            pass
    assert time.monotonic() - started < 30


def test_timeout_on_the_command_line_ends_a_blocking_query(store: Path) -> None:
    started = time.monotonic()
    done = cli(
        "query", "--store", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1"
    )
    assert done.returncode == 1 and "stopped after 1 s" in done.stderr
    assert time.monotonic() - started < 60


def test_rows_stream_out(store: Path) -> None:
    """Rows are printed as the engine produces them: the first arrive long before the query could end."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "govgraph", "query", "--store", str(store), CARTESIAN, "--format", "tsv", "--timeout", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(1000)]
        assert all(lines) and lines[0].startswith(b"a\tb\tc")
    finally:
        proc.kill()
        proc.wait()


def test_store_syntax_errors_point_into_the_users_text(store: Path) -> None:
    done = cli("query", "--store", str(store), "SELECT ?x WHERE { ?x ?y }")
    assert done.returncode == 1 and "at line 1, column 26" in done.stderr and done.stderr.count("\n") == 1


def test_control_characters_do_not_reach_the_terminal(tmp_path: Path, runner: CliRunner) -> None:
    graph = tmp_path / "g.nt"
    graph.write_text('<https://e.org/a> <https://schema.org/name> "A\\u001B[2J\\u0007B\\u202Ec" .\n', encoding="utf-8")
    for fmt in ("table", "tsv", "csv", "json"):
        done = runner.invoke(main, ["query", str(graph), "SELECT ?n WHERE { ?s ?p ?n }", "--format", fmt])
        assert done.exit_code == 0 and "A" in done.stdout
        assert not any(c in done.stdout for c in "\x1b\x07\u202e"), fmt
