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


def test_query_ready_made_with_binding(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", "Pham Minh Chinh", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []  # bindings are exact names
    result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", "Phạm Minh Chính", "--format", "json"])
    rows = json.loads(result.stdout)
    assert {"post": "Thủ tướng Chính phủ", "status": "current"}.items() <= rows[0].items()


def test_binding_is_a_value_not_query_text(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "person_posts", "--bind", "name", '" } ; DROP ALL ; #', "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "post,status,published,headline"


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


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "govgraph" in result.stdout
