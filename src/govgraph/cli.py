"""The ``govgraph`` command: options in, one library call, output out.

Data goes to stdout; progress, warnings and the end-of-run report go to stderr.
Exit status: 0 success, 1 an error or some inputs failed, 2 a usage error.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import logging
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import Any

import click

from . import __version__
from .api import KnowledgeGraph, build, load
from .errors import GovGraphError, QueryError
from .graphio import TrigSpool, atomic_group, format_for, scratch_folder
from .guards import QueryLimits, check_names, hard_deadline
from .named import (
    ReadyQuery,
    check_params,
    looks_like_query_name,
    parse_ready_query,
    parse_value,
    ready_queries,
    ready_query,
)
from .namespace import DEFAULT_BASE
from .results import QueryResult, term_json
from .sources import DEFAULT_MAX_BYTES, parse_fields

DEFAULT_OUT = Path("govgraph-out")
DEFAULT_QUERY_TIMEOUT = 300


def _fail_cleanly(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn govgraph errors into one ``Error: ...`` line and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return func(*args, **kwargs)
        except GovGraphError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            sys.exit(1)
        except KeyboardInterrupt as stop:
            click.echo("Terminated." if isinstance(stop, Terminated) else "Interrupted.", err=True)
            _exit_now(143 if isinstance(stop, Terminated) else 130)
        except BrokenPipeError:  # the reader went away ("| head"): stop quietly, as other tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except OSError as error:  # disk full, permission denied, ...: the user's to act on
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"Error: {where}{error.strerror or error}", err=True)
            sys.exit(1)
        except Exception as error:  # a bug: one line for the user, the traceback with --debug
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: unexpected {type(error).__name__}: {error} (run with --debug for the traceback)", err=True)
            sys.exit(1)

    return wrapper


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that workers and temporary files are cleaned up."""


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated


def _exit_now(status: int) -> None:
    """End the process at once after an interrupt. Temporary files are gone and workers are
    stopped by then; a pool's helper thread may still wait on a worker stopped mid-answer,
    and a normal exit would wait for it for ever."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


def graph_argument(func: Callable[..., Any]) -> Callable[..., Any]:
    """GRAPH (a graph file, a store folder or a store URL) or --store, shared by the reading commands."""
    func = endpoint_options(func)
    func = click.option(
        "--store", "store", metavar="DIR|URL", help="Read a pyoxigraph store folder or a SPARQL server URL instead of GRAPH."
    )(func)
    return click.argument("graph", required=False)(func)


def endpoint_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Endpoints of a SPARQL server that does not use Oxigraph's paths (/query, /store), and the
    deadline of each request to it."""
    func = click.option(
        "--http-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=60,
        show_default=True,
        help="Seconds a remote store has to answer each request in full.",
    )(func)
    func = click.option("--gsp-endpoint", help="Graph Store Protocol URL of a remote store (default URL/store).")(func)
    return click.option("--query-endpoint", help="SPARQL query URL of a remote store (default URL/query).")(func)


def _endpoints(query_endpoint: str | None, gsp_endpoint: str | None, http_timeout: float | None = None) -> dict[str, Any]:
    options: dict[str, Any] = {"timeout": http_timeout} if http_timeout else {}
    options.update({k: v for k, v in (("query_endpoint", query_endpoint), ("gsp_endpoint", gsp_endpoint)) if v})
    return options


def _open(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None = None,
    gsp_endpoint: str | None = None,
    http_timeout: float | None = None,
) -> KnowledgeGraph:
    """The graph a reading command reads: a store folder is opened read-only, so readers never
    lock each other (or a writer) out."""
    source = store or graph
    if not source:
        raise click.UsageError("give a GRAPH file, a store folder or URL, or --store")
    if str(source).startswith(("http://", "https://")):
        return load(source, **_endpoints(query_endpoint, gsp_endpoint, http_timeout))
    return load(source, read_only=True)


def quiet_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="govgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn Vietnamese government news into a knowledge graph.

    \b
    govgraph build                          # the bundled samples -> govgraph-out/
    govgraph build news/ -o graph.trig --html graph.html
    govgraph query graph.trig person_posts --bind name "Phạm Minh Chính"
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        logging.getLogger("govgraph").setLevel(logging.WARNING)  # our warnings: a date kept unknown, ...
        for noisy in ("trafilatura", "htmldate", "courlan", "justext"):  # their page-level complaints
            logging.getLogger(noisy).setLevel(logging.CRITICAL)
    signal.signal(signal.SIGTERM, _terminate)


def no_text_option(func: Any) -> Any:
    """--no-text: leave the articles' bodies out (the evidence sentences stay)."""
    return click.option("--no-text", is_flag=True, help="Leave out the articles' full text (evidence sentences are kept).")(func)


@main.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file to write (.trig .nq .ttl .jsonld .nt); repeat for several. "
    "Default without --store: govgraph-out/graph.trig and graph.ttl. Without --store the graph is built "
    "in a working folder beside the first output (about six times the TriG file's size), removed at the end.",
)
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path), help="Also write the HTML view here.")
@click.option(
    "--store",
    "store",
    metavar="DIR|URL",
    help="Build into a pyoxigraph store folder or a SPARQL server URL (http/https) instead of memory.",
)
@click.option("--prune", is_flag=True, help="With --store: remove the graphs of articles no longer among the inputs.")
@no_text_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction.  [default: the machine's cores]",
)
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Extract on a Dask distributed cluster (scheduler address).")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the resources minted.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the inputs (e.g. cp1258, utf-16).")
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Skip articles (files, lines, records, stdin) larger than this.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="FIELD=KEY,...",
    help="Input keys holding the article's fields, e.g. --field text=content,published=date "
    "(fields: id title url published source text).",
)
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), help="Write every failure with its reason to this JSON file."
)
@endpoint_options
@quiet_option
@_fail_cleanly
def build_cmd(
    inputs: tuple[str, ...],
    outputs: tuple[Path, ...],
    html: Path | None,
    store: str | None,
    prune: bool,
    no_text: bool,
    jobs: int | None,
    dask_address: str | None,
    base: str,
    encoding: str,
    max_bytes: int,
    fields: tuple[str, ...],
    report: Path | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    quiet: bool,
) -> None:
    """Extract a graph from articles: files, folders or - (stdin).

    With no INPUTS the bundled sample articles are used. Every article that can be
    read is kept; the ones that fail are listed at the end and the exit status is 1.
    With --store, articles whose content has not changed since the last build are skipped.

    \b
    Examples:
      govgraph build news/ articles.jsonl -o graph.trig --html graph.html
      govgraph build archive/ --store ./graphdb --jobs 2 --prune
    """
    mapping = _check_build_usage(inputs, prune=prune, store=store, fields=fields)
    targets, html = _outputs_or_default(list(outputs), html, store)
    _check_outputs(targets, html, report)  # before the extraction, not after it
    started = time.monotonic()
    sources = list(inputs) or None
    progress = _Progress(sources, quiet)
    remote = store and store.startswith(("http://", "https://"))
    options = _endpoints(query_endpoint, gsp_endpoint, http_timeout) if remote else {}
    # without --store the graph is held in a working store beside the first output, not in memory,
    # and the first TriG output is written as the articles come
    with contextlib.nullcontext(store) if store else scratch_folder(targets[0]) as where, _spool(targets, store, base) as spool:
        kg = build(
            sources,
            store=where,
            base=base,
            encoding=encoding,
            max_bytes=max_bytes,
            jobs=jobs or os.cpu_count() or 1,
            dask=dask_address,
            prune=prune,
            text=not no_text,
            on_article=progress,
            fields=mapping,
            spool=spool,
            **options,
        )
        progress.close()
        _finish_build(kg, targets, html, report, None if quiet else started, spool)
    if kg.report.failures:
        sys.exit(1)


@contextlib.contextmanager
def _spool(targets: list[Path], store: str | None, base: str) -> Iterator[TrigSpool | None]:
    """The spool of the first TriG output of a build into a working store (always a fresh
    one), removed at the end whatever happens; None with --store or without a TriG output."""
    target = None if store else next((t for t in targets if format_for(t) == "trig"), None)
    if target is None:
        yield None
        return
    spool = TrigSpool(target, base=base)
    try:
        yield spool
    finally:
        spool.discard()


def _finish_build(
    kg: KnowledgeGraph,
    targets: list[Path],
    html: Path | None,
    report: Path | None,
    started: float | None,
    spool: TrigSpool | None = None,
) -> None:
    """Write the outputs, then the summary (unless ``started`` is None); the graph's store is
    released whatever happens (a working store's folder can then be removed)."""
    try:
        written = _write_outputs(kg, targets, html, report, spool)
        if started is not None:
            _summary(kg, written, time.monotonic() - started)
    finally:
        kg.close()


def _check_build_usage(inputs: tuple[str, ...], *, prune: bool, store: str | None, fields: tuple[str, ...]) -> dict[str, str]:
    """Usage errors of ``build`` found before any work; returns the --field mapping."""
    if prune and not store:
        raise click.UsageError("--prune needs --store")
    for item in inputs:  # a mistyped path must not build (and write, or prune) from nothing
        if item != "-" and not os.path.exists(item):
            raise click.BadParameter(f"{item}: no such file or folder", param_hint="INPUTS")
    try:
        return parse_fields(",".join(fields))
    except GovGraphError as error:
        raise click.BadParameter(str(error), param_hint="--field") from None


def _outputs_or_default(targets: list[Path], html: Path | None, store: str | None) -> tuple[list[Path], Path | None]:
    """The graph files and view to write: without -o and --store, the default folder's."""
    if not targets and not store:
        targets = [DEFAULT_OUT / "graph.trig", DEFAULT_OUT / "graph.ttl"]
        if html is None:
            html = DEFAULT_OUT / "graph.html"
    return targets, html


class _Progress:
    """Counts the articles by status as a build reports them, on a progress bar on a terminal."""

    def __init__(self, sources: list[str] | None, quiet: bool) -> None:
        self.bar = _progress_bar(sources, quiet)
        self.counts: Counter[str] = Counter()

    def __call__(self, article_id: str, status: str) -> None:
        self.counts[status] += 1
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(", ".join(f"{k} {v}" for k, v in sorted(self.counts.items())), refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write_outputs(
    kg: KnowledgeGraph, targets: list[Path], html: Path | None, report: Path | None, spool: TrigSpool | None = None
) -> list[Path]:
    """Write the graph files, the view and the report: every output of this run, or none
    (never a mix of two runs). Returns the files written."""
    written: list[Path] = []
    with atomic_group():
        for target in targets:
            written.append(spool.finish(kg.store.store) if spool is not None and target is spool.target else kg.save(target))
        if html is not None:
            written.append(kg.to_html(html))
        if report is not None:
            _write_report(report, kg)
    return written


def _check_outputs(targets: list[Path], html: Path | None, report: Path | None) -> None:
    """Refuse, before any work, an output of unknown format or in a folder that cannot be written."""
    for target in targets:
        try:
            format_for(target)
        except GovGraphError as error:
            raise click.BadParameter(str(error), param_hint="-o") from None
    for path in [*targets, *(p for p in (html, report) if p is not None)]:
        folder = Path(os.path.realpath(path)).parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            raise click.BadParameter(f"{path}: cannot write in {folder}", param_hint="output")
        if Path(path).is_dir():
            raise click.BadParameter(f"{path}: is a folder", param_hint="output")


def _progress_bar(sources: list[str] | None, quiet: bool) -> Any:
    """A progress bar with articles/s and an ETA, on a terminal only."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from .resources import samples_dir
    from .sources import count_articles

    total = count_articles(sources or [samples_dir()])
    return tqdm(total=total or None, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)


def _summary(kg: KnowledgeGraph, written: list[Path], seconds: float) -> None:
    stats = kg.stats()
    r = kg.report
    parts = ", ".join(f"{v} {k}" for k, v in stats.items() if k not in ("articles", "triples"))
    done = f"{r.added} added, {r.replaced} replaced, {r.skipped} unchanged, {len(r.failures)} failed"
    if r.pruned:
        done += f", {r.pruned} pruned"
    click.echo(
        f"Built in {seconds:.1f}s: {done}. The graph holds {stats['articles']} articles: {parts}; {stats['triples']} triples.",
        err=True,
    )
    for path in written:
        click.echo(f"  wrote {path}", err=True)
    if kg.report.failures:
        click.echo(f"{len(kg.report.failures)} input(s) failed:", err=True)
        for failure in kg.report.failures:
            click.echo(f"  {failure}", err=True)


def _write_report(path: Path, kg: KnowledgeGraph) -> None:
    from .graphio import write_atomic

    r = kg.report
    data = {
        "added": r.added,
        "replaced": r.replaced,
        "skipped": r.skipped,
        "pruned": r.pruned,
        "failed": [{"input": f.origin, "reason": f.reason} for f in r.failures],
    }
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


@main.command()
@graph_argument
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option(
    "--bind",
    "binds",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="Bind ?NAME to VALUE (a value, never spliced into the query). VALUE is text, <IRI>, or "
    "TYPE:VALUE with TYPE date, datetime, int, float, decimal, bool, iri or text (date:2024-05-01, int:3).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv"]),
    default=None,
    help="Output format (default: table on a terminal, else tsv); json is SPARQL 1.1 JSON results, typed.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the ready-made queries and their parameters.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_QUERY_TIMEOUT,
    show_default=True,
    help="Stop a query that runs longer than this many seconds (0: no limit).",
)
@click.option("--limit", type=click.IntRange(min=0), help="Print at most this many rows.")
@click.option("--allow-service", is_flag=True, help="Let the query call other SPARQL endpoints (SERVICE).")
@_fail_cleanly
def query(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    sparql: str | None,
    query_file: Path | None,
    binds: tuple[tuple[str, str], ...],
    fmt: str | None,
    list_queries: bool,
    timeout: float,
    limit: int | None,
    allow_service: bool,
) -> None:
    """Run SPARQL over a graph: inline, from a .rq file, or a ready-made query by name.

    Ready-made queries (--list) check their parameters and match names as typed:
    "pham minh chinh", "Chính" or "bo ngoai giao" find the entity when only one fits.

    \b
    Examples:
      govgraph query graph.trig person_posts --bind name "pham minh chinh"
      govgraph query graph.trig "SELECT ?e WHERE { ?e schema:startDate ?d }" --bind d date:2024-05-01
      govgraph query graph.trig "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"
      govgraph query graph.trig -f my.rq --format csv
    """
    if store and sparql is None:  # "govgraph query --store DIR QUERY": the one argument is the query
        graph, sparql = None, graph
    if list_queries:
        _list_ready_queries()
        return
    values = _bind_values(binds)
    try:  # a name is pasted into the query: only variable names, checked first
        check_names(values)
    except GovGraphError as error:
        raise click.BadParameter(str(error), param_hint="--bind") from None
    text, ready = _query_text(sparql, query_file)
    if ready is not None:
        try:
            check_params(ready, values)
        except QueryError as error:
            raise click.UsageError(str(error)) from None
    kg = _open(graph, store, query_endpoint, gsp_endpoint, http_timeout)
    limits = QueryLimits(timeout or None, limit, allow_service)
    with hard_deadline(limits.timeout):
        if ready is not None:
            result = kg.query_named(ready, limits=limits, stream=True, **values)
        else:
            result = kg.query(text, values, **limits.options(), stream=True)
        _print_result(result, fmt or ("table" if sys.stdout.isatty() else "tsv"))


def _list_ready_queries() -> None:
    """Each ready-made query with its title and parameters (``query --list``)."""
    for ready in ready_queries().values():
        click.echo(f"{ready.name:16} {ready.title}")
        for param in ready.params:
            click.echo(f"{'':16}   --bind {param.name} {param.kind.upper():8} {param.description}")


def _query_text(sparql: str | None, query_file: Path | None) -> tuple[str, ReadyQuery | None]:
    """The SPARQL text to run, and the ready-made query whose parameters it declares (a query
    named, or a .rq file with parameters): from -f, a .rq path, stdin, a name or inline."""
    if query_file is not None or (sparql and sparql.endswith(".rq") and Path(sparql).is_file()):
        # a file that declares parameters is checked like a ready-made one
        ready = parse_ready_query(query_file or Path(str(sparql)))
        return ready.text, ready if ready.params else None
    if sparql is None:
        raise click.UsageError("give a SPARQL query, -f FILE.rq, or the name of a ready-made query (--list)")
    if sparql == "-":
        return sys.stdin.read(), None
    if looks_like_query_name(sparql):
        try:  # an unknown name, parameter or a missing one is a usage error that names the right ones
            ready = ready_query(sparql.strip())
        except QueryError as error:
            raise click.UsageError(str(error)) from None
        return ready.text, ready
    return sparql, None


TABLE_SAMPLE = 200  # rows read before a table's column widths are fixed; the rest stream through
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (ESC, BEL, bidi overrides) escaped.

    >>> printable("a\x1b[2Jb")
    'a\\x1b[2Jb'
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def _json_safe(text: str) -> str:
    """JSON text with control characters as \\u escapes (the same value, safe on a terminal)."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _bind_values(binds: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The --bind pairs as typed values (see parse_value); a bad value is a usage error."""
    values = {}
    for name, value in binds:
        try:
            values[name] = parse_value(value)
        except QueryError as error:
            raise click.BadParameter(f"{name}: {error}", param_hint="--bind") from None
    return values


def _print_result(result: Any, fmt: str) -> None:
    """Print rows as they come (never all held), for tables after a first sample of them."""
    if result.type == "ASK":
        if fmt == "json":
            click.echo(json.dumps(QueryResult.of(result).to_json()))
        else:
            click.echo("true" if result.askAnswer else "false")
        return
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        click.echo(printable(result.graph.serialize(format="turtle")))
        return
    names = [str(v) for v in result.vars]
    rows = (["" if value is None else str(value) for value in row] for row in result)
    out = sys.stdout
    if fmt == "json":
        # SPARQL 1.1 JSON results, written row by row
        out.write('{"head": {"vars": ' + json.dumps(names, ensure_ascii=False) + '}, "results": {"bindings": [')
        for count, row in enumerate(result):
            binding = {name: term_json(value) for name, value in zip(names, row, strict=True) if value is not None}
            out.write(("," if count else "") + "\n  " + _json_safe(json.dumps(binding, ensure_ascii=False)))
        out.write("\n]}}\n")
    elif fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([printable(cell) for cell in row])
    else:
        sample = [[printable(cell) for cell in row] for row in itertools.islice(rows, TABLE_SAMPLE)]
        widths = [min(60, max([len(n)] + [len(r[i]) for r in sample])) for i, n in enumerate(names)]
        click.echo("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)))
        click.echo("  ".join("-" * w for w in widths))
        count = 0
        for row in itertools.chain(sample, ([printable(cell) for cell in row] for row in rows)):
            click.echo("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths, strict=True)))
            count += 1
        click.echo(f"({count} rows)", err=True)


@main.command()
@graph_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="HTML file to write.")
@click.option("--focus", help="Show only this entity (by name) and its neighbours.")
@click.option("--depth", default=1, show_default=True, type=int, help="Neighbourhood depth with --focus.")
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    show_default=True,
    help="Interface language (switchable in the page).",
)
@_fail_cleanly
def viz(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    output: Path,
    focus: str | None,
    depth: int,
    lang: str,
) -> None:
    """Draw a graph as one interactive HTML file that works offline.

    \b
    Example:
      govgraph viz graph.trig -o graph.html --focus "Phạm Minh Chính" --depth 2
    """
    kg = _open(graph, store, query_endpoint, gsp_endpoint, http_timeout)
    path = kg.to_html(output, focus=focus, depth=depth, lang=lang)
    click.echo(f"wrote {path}", err=True)


@main.command()
@graph_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    required=True,
    help="File to write (.ttl .trig .nq .jsonld .nt; .gexf .graphml .csv for network tools), or - for stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nquads", "json-ld", "nt", "gexf", "graphml", "csv"]),
    help="Format, when the extension does not say.",
)
@no_text_option
@_fail_cleanly
def export(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    output: Path,
    fmt: str | None,
    no_text: bool,
) -> None:
    """Convert a graph to another RDF format (Turtle holds the union of all graphs), or to
    a network for Gephi: GEXF, GraphML, or CSV node and edge lists (NAME.nodes.csv, NAME.edges.csv).

    \b
    Examples:
      govgraph export graph.trig -o graph.ttl
      govgraph export graph.trig -o graph.gexf
      govgraph export graph.trig -o graph.csv      # graph.nodes.csv + graph.edges.csv
    """
    from .networks import network_bytes, network_format  # networkx: imported only when asked for

    network = network_format(output, fmt)
    if network == "csv" and str(output) == "-":
        raise click.UsageError("csv writes two files (nodes and edges): give -o NAME.csv")
    kg = _open(graph, store, query_endpoint, gsp_endpoint, http_timeout)
    if network is not None:
        if str(output) == "-":
            sys.stdout.buffer.write(network_bytes(kg.to_networkx(), network))
            return
        for path in kg.save_network(output, network):
            click.echo(f"wrote {path}", err=True)
        return
    if str(output) == "-":
        sys.stdout.buffer.write(kg.serialize(fmt or "turtle", text=not no_text))
        return
    kg.save(output, fmt, text=not no_text)
    click.echo(f"wrote {output}", err=True)


@main.command()
@graph_argument
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--facets", "with_facets", is_flag=True, help="Also articles by source and month, top people, bodies, posts.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="Entries in each top list (--facets).")
@_fail_cleanly
def stats(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    fmt: str,
    with_facets: bool,
    top: int,
) -> None:
    """Count the articles, people, bodies, posts, events, policies and places of a graph.

    With --facets, also what the corpus covers: articles by source and by month, and the
    most mentioned people, bodies and posts (by number of articles).

    \b
    Examples:
      govgraph stats graph.trig
      govgraph stats graph.trig --facets --top 20 --format json
    """
    kg = _open(graph, store, query_endpoint, gsp_endpoint, http_timeout)
    counts = kg.stats()
    found = kg.facets(top=top) if with_facets else None
    if fmt == "json":
        data: dict[str, Any] = dict(counts)
        if found is not None:
            data["facets"] = {name: [{"value": v, "articles": n} for v, n in entries] for name, entries in found.items()}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for name, value in counts.items():
        click.echo(f"{name:15} {value}")
    if found is not None:
        from .facets import facets_text

        click.echo("")
        click.echo(facets_text(found))


@main.command()
@graph_argument
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_fail_cleanly
def validate(
    graph: str | None,
    store: str | None,
    query_endpoint: str | None,
    gsp_endpoint: str | None,
    http_timeout: float,
    fmt: str,
) -> None:
    """Check a graph against the govgraph SHACL shapes (ontology/shapes.ttl).

    Prints the nodes each shape checked and the problems grouped by shape, property and
    constraint, with example nodes; the exit status is 1 when the graph does not conform.

    \b
    Examples:
      govgraph validate graph.trig
      govgraph validate graph.trig --format json
    """
    from .validate import summary_text, validation_summary

    summary = validation_summary(_open(graph, store, query_endpoint, gsp_endpoint, http_timeout).dataset)
    graph = store or graph
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    elif summary["conforms"]:
        click.echo(f"{graph}: conforms to the govgraph shapes")
    else:
        click.echo(summary_text(summary))
    if not summary["conforms"]:
        click.echo(f"Error: {graph} does not conform to the govgraph shapes: {summary['problems']} problem(s)", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
