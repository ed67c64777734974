"""The command line: exit codes, outputs, errors, help."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from govgraph.cli import main
from govgraph.resources import samples_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "g.trig"
    result = CliRunner().invoke(main, ["build", str(samples_dir()), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_build_default_writes_graphs_and_view(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.ttl", "graph.html"):
        assert (tmp_path / "govgraph-out" / name).stat().st_size > 1000
    assert re.search(r"Built in [\d.]+s: 8 added, 0 replaced, 0 unchanged, 0 failed", result.stderr)


def test_build_reports_failures_and_keeps_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Tin tức\nThủ tướng Phạm Minh Chính chủ trì Hội nghị tại Hà Nội.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": "Một."}\nnot json\n', encoding="utf-8")
    out, report = tmp_path / "g.trig", tmp_path / "report.json"
    result = runner.invoke(main, ["build", str(tmp_path / "in"), "-o", str(out), "--report", str(report)])
    assert result.exit_code == 1
    assert "2 input(s) failed" in result.stderr and "bad.txt" in result.stderr and "bad.jsonl:2" in result.stderr
    assert "Traceback" not in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["added"] == 2 and len(data["failed"]) == 2
    ds = Dataset(default_union=True)
    ds.parse(out, format="trig")
    assert "Phạm Minh Chính" in {str(o) for o in ds.objects()}


def test_build_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "g.nq"
    result = runner.invoke(
        main, ["build", "-", "-o", str(out), "-q"], input="Tiêu đề\nBộ trưởng Nội vụ Phạm Thị Thanh Trà phát biểu."
    )
    assert result.exit_code == 0, result.output
    assert "Phạm Thị Thanh Trà" in out.read_text(encoding="utf-8")


def _bindings(stdout: str) -> list[dict[str, dict[str, str]]]:
    return json.loads(stdout)["results"]["bindings"]


def test_query_ready_made_with_binding(runner: CliRunner, built: Path) -> None:
    for spelling in ("Phạm Minh Chính", "Pham Minh Chinh", "pham minh chinh", "Chính"):
        result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", spelling, "--format", "json"])
        assert result.exit_code == 0, result.output
        rows = _bindings(result.stdout)
        assert rows and rows[0]["post"]["value"] == "Thủ tướng Chính phủ" and rows[0]["status"]["value"] == "current"


def test_ready_made_query_matches_body_aliases_without_diacritics(runner: CliRunner, built: Path) -> None:
    people = []
    for spelling in ("Bộ Ngoại giao", "bo ngoai giao", "BNG"):
        result = runner.invoke(main, ["query", str(built), "post_holders", "--bind", "body", spelling, "--format", "csv"])
        assert result.exit_code == 0, result.output
        people.append(result.stdout)
    assert people[0] == people[1] == people[2] and "Bùi Thanh Sơn" in people[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["person_posts"], "person_posts needs name (person:"),
        (["person_posts", "--bind", "nam", "Chính"], "has no parameter 'nam'; did you mean 'name'?"),
        (["person_posts", "--bind", "name", "Chính", "--bind", "body", "x"], "has no parameter 'body'"),
        (["person_post", "--bind", "name", "Chính"], "no ready-made query 'person_post'; did you mean 'person_posts'"),
        (["bodies", "--bind", "x", "1"], "bodies has no parameter 'x' (it takes: no parameters)"),
    ],
)
def test_ready_made_query_refuses_wrong_parameters(runner: CliRunner, built: Path, args: list[str], expected: str) -> None:
    result = runner.invoke(main, ["query", str(built), *args])
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "malformed SPARQL" not in result.stderr and result.stdout == ""


def test_misspelt_query_name_with_spaces_is_not_sparql(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "person posts", "--bind", "name", "Chính"])
    assert result.exit_code == 2
    assert "no ready-made query 'person posts'; did you mean 'person_posts'" in result.stderr
    describe = runner.invoke(main, ["query", str(built), "DESCRIBE <https://example.org/x>"])
    assert describe.exit_code == 0 and "no ready-made query" not in describe.stderr


def test_own_rq_file_with_declared_parameters(runner: CliRunner, built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text(
        "# Posts of someone.\n# param who: person - a person\n"
        "SELECT DISTINCT ?post WHERE { ?p schema:name ?who ; org:holds ?x . ?x rdfs:label ?post }\n",
        encoding="utf-8",
    )
    for args in (["-f", str(rq)], [str(rq)]):
        result = runner.invoke(main, ["query", str(built), *args, "--bind", "who", "chinh", "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == ["post", "Thủ tướng Chính phủ"]
    missing = runner.invoke(main, ["query", str(built), "-f", str(rq)])
    assert missing.exit_code == 2 and "mine needs who (person: a person)" in missing.stderr


def test_list_shows_parameters(runner: CliRunner, built: Path) -> None:
    listed = runner.invoke(main, ["query", str(built), "--list"]).stdout.splitlines()
    at = next(i for i, line in enumerate(listed) if line.startswith("post_holders "))
    assert listed[at + 1].split()[:3] == ["--bind", "body", "BODY"]


def test_unknown_or_ambiguous_name_is_an_error_with_suggestions(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", "pham minh chin"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: parameter name: no person named 'pham minh chin' in the graph; did you mean 'Phạm Minh Chính'"
    )
    result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", "Dũng"])
    assert result.exit_code == 1
    assert "'Dũng' names 2 people: Đinh Tiến Dũng, Tô Anh Dũng; give the full name" in result.stderr


def test_typed_bindings_on_the_command_line(runner: CliRunner, built: Path) -> None:
    sparql = "SELECT ?h WHERE { ?a schema:datePublished ?d ; schema:headline ?h }"
    result = runner.invoke(main, ["query", str(built), sparql, "--bind", "d", "date:2024-03-07", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [row["h"]["value"] for row in _bindings(result.stdout)] == [
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia"
    ]
    as_text = runner.invoke(main, ["query", str(built), sparql, "--bind", "d", "2024-03-07", "--format", "json"])
    assert _bindings(as_text.stdout) == []  # plain text is a string, not a date
    count = "SELECT ?a WHERE { ?a a schema:NewsArticle . { SELECT (COUNT(*) AS ?n) WHERE { ?x a schema:NewsArticle } } }"
    result = runner.invoke(main, ["query", str(built), count, "--bind", "n", "int:8", "--format", "csv"])
    assert len(result.stdout.splitlines()) == 9
    iri = "<https://w3id.org/govgraph/id/person/pham-minh-chinh>"
    result = runner.invoke(
        main, ["query", str(built), "SELECT ?n WHERE { ?p schema:name ?n }", "--bind", "p", iri, "--format", "csv"]
    )
    assert result.stdout.splitlines() == ["n", "Phạm Minh Chính"]


@pytest.mark.parametrize("value", ["date:2024-02-30", "int:many", "float:x", "bool:maybe"])
def test_bad_typed_value_is_a_usage_error(runner: CliRunner, built: Path, value: str) -> None:
    result = runner.invoke(main, ["query", str(built), "SELECT ?a WHERE { ?a ?p ?x }", "--bind", "x", value])
    assert result.exit_code == 2
    assert f"--bind: x: {value!r} is not" in result.stderr


def test_query_json_is_sparql_results_with_types(runner: CliRunner, built: Path) -> None:
    sparql = "SELECT ?a ?d ?n WHERE { ?a schema:datePublished ?d . OPTIONAL { ?a schema:nothing ?n } } ORDER BY ?d LIMIT 1"
    result = runner.invoke(main, ["query", str(built), sparql, "--format", "json"])
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["a", "d", "n"]
    (row,) = data["results"]["bindings"]
    assert row["a"] == {"type": "uri", "value": "https://w3id.org/govgraph/id/article/sample-04b"}
    assert row["d"] == {"type": "literal", "value": "2020-10-19", "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert "n" not in row  # unbound
    ask = runner.invoke(main, ["query", str(built), "ASK { ?p a schema:Person }", "--format", "json"])
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}


def test_binding_is_a_value_not_query_text(runner: CliRunner, built: Path) -> None:
    sparql = "SELECT ?p WHERE { ?p schema:name ?name }"
    result = runner.invoke(main, ["query", str(built), sparql, "--bind", "name", '" } ; DROP ALL ; #', "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "p"


def test_ready_made_rows_come_out_in_one_order(built: Path) -> None:
    """Every ready-made query prints the same rows in the same order under different hash seeds."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; from click.testing import CliRunner; from govgraph.cli import main\n"
        "for args in (['bodies'], ['event_chairs'], ['policies'], ['person_events', '--bind', 'name', 'Chính'],"
        " ['person_posts', '--bind', 'name', 'Chính'], ['post_holders', '--bind', 'body', 'Chính phủ']):\n"
        "    sys.stdout.write(CliRunner().invoke(main, ['query', sys.argv[1], *args, '--format', 'tsv']).stdout)\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script, str(built)], capture_output=True, text=True, env=env, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1 and outputs.pop().count("\n") > 20


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_query_formats(runner: CliRunner, built: Path, fmt: str) -> None:
    result = runner.invoke(
        main, ["query", str(built), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n", "--format", fmt]
    )
    assert result.exit_code == 0
    assert "Phạm Minh Chính" in result.stdout


def test_query_from_file_and_list(runner: CliRunner, built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }", encoding="utf-8")
    result = runner.invoke(main, ["query", str(built), "-f", str(rq), "--format", "csv"])
    assert result.stdout.splitlines()[1] == "8"
    listed = runner.invoke(main, ["query", str(built), "--list"])
    assert "person_posts" in listed.stdout and "post_holders" in listed.stdout


def test_malformed_query_is_one_line(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "SELECT ?x WHERE {\n  ?x schema:name ?n . FILTER( }"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: malformed SPARQL query at line 2, column")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_graph_file(runner: CliRunner) -> None:
    result = runner.invoke(main, ["stats", "/nonexistent.trig"])
    assert result.exit_code == 1 and "no such graph file" in result.stderr


def test_stats_export_validate_viz(runner: CliRunner, built: Path, tmp_path: Path) -> None:
    stats = json.loads(runner.invoke(main, ["stats", str(built), "--format", "json"]).stdout)
    assert stats["articles"] == 8 and stats["persons"] >= 15
    ttl = tmp_path / "g.ttl"
    assert runner.invoke(main, ["export", str(built), "-o", str(ttl)]).exit_code == 0
    assert "Phạm Minh Chính" in ttl.read_text(encoding="utf-8")
    result = runner.invoke(main, ["validate", str(built)])
    assert result.exit_code == 0 and "conforms" in result.stdout
    html = tmp_path / "v.html"
    result = runner.invoke(main, ["viz", str(built), "-o", str(html), "--focus", "pham minh chinh", "--depth", "1"])
    assert result.exit_code == 0 and html.exists()


def test_usage_error_exit_code(runner: CliRunner) -> None:
    assert runner.invoke(main, ["build", "--nope"]).exit_code == 2


def test_every_command_has_help_and_is_in_the_readme(runner: CliRunner) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout, name
        assert command.help and command.help.strip()
        assert f"govgraph {name}" in readme, f"README does not show govgraph {name}"


def test_version_comes_from_pyproject(runner: CliRunner) -> None:
    import tomllib

    import govgraph

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"govgraph, version {declared}"
    assert govgraph.__version__ == declared


def test_each_command_is_listed_once_under_its_short_name(runner: CliRunner) -> None:
    assert sorted(main.commands) == ["build", "export", "query", "stats", "validate", "viz"]
    listed = runner.invoke(main, ["--help"]).stdout.split("Commands:")[1].split()
    assert "build" in listed and not [word for word in listed if word.endswith("-cmd")]
