"""Ingest on Dask against the local process pool and bare spaCy (section 6).

``python -m bench.cluster --runs 3 [--words 100000]``: the corpus of sections 1 and 2
(``bench.throughput.build_corpus``: the examples, the seed article and the VOA stories,
replicated), ingested in fresh processes, one after the other within a run:

- bare: ``nlp.pipe`` of the model with 1 and 2 processes (the baseline);
- pool: ``Pipeline.ingest`` with the local process pool (``-j 1``, ``-j 2``), embedded store;
- dask: ``kg.cluster.ingest_on_cluster`` on a LocalCluster of 1 and 2 worker processes
  (one thread each), into the embedded store (the client writes), into an
  ``oxigraph serve`` and into a Virtuoso server (the workers write, and, with 2 workers,
  the client writes too, to compare the two ways).

Each figure is words/s of the timed ingest (after the model is loaded: the cluster is
started and its workers have loaded the pipeline before the clock starts; the store is
emptied first). The write time is what the store took: the client's writes, or the
workers' summed. A last measurement writes the extracted graphs of the corpus to each
store with 1 and 4 concurrent writers, without parsing: the store's write rate; and
5,000 empty tasks time the scheduler. With the per-worker rate, they make the projection
to 10 and 100 machines.

The results go to ``bench/results.json`` (key ``cluster``) and section 6 of
BENCHMARKS.md (``python -m bench.report``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from bench.common import (
    REPO,
    WORK,
    clean_dir,
    load_results,
    log,
    machine,
    run_child,
    save_results,
    spread,
)
from bench.throughput import BATCH_SIZE, build_corpus

PARTITION = 16


# --- the child: one Dask ingest ---------------------------------------------------------


def _store(spec: dict[str, Any]) -> Any:
    from kg.store import EmbeddedStore, RemoteStore

    if spec["kind"] == "embedded":
        from bench.common import clean_dir

        return EmbeddedStore(clean_dir(Path(spec["path"])))
    options = dict(spec.get("options", {}))
    return RemoteStore(spec["url"], **options)


def _empty(store: Any, spec: dict[str, Any]) -> None:
    """Empty a remote store: drop kg's graphs (Virtuoso keeps graphs of its own)."""
    if spec["kind"] == "embedded":
        return
    graphs = store.graphs()
    for start in range(0, len(graphs), 200):
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[start : start + 200]))


def child(args: argparse.Namespace) -> dict[str, Any]:
    """Run one timed Dask ingest and return its figures."""
    from distributed import Client, LocalCluster

    from kg.cluster import PLUGIN_NAME, PipelinePlugin, ingest_on_cluster
    from kg.ingest import read_articles

    spec = json.loads(args.store)
    articles = [a for a in read_articles([args.corpus]) if not isinstance(a, Exception)]
    words = sum(len(a.text.split()) for a in articles)
    with (
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)  # load the model first
        store = _store(spec)
        _empty(store, spec)
        last: list[Any] = []
        start = time.perf_counter()
        report = ingest_on_cluster(
            client,
            store,
            articles,
            partition_size=args.partition,
            writer=args.writer,
            on_progress=last.append,
        )
        seconds = time.perf_counter() - start
        progress = last[-1]
        quads = store.count()
        store.close()
    return {
        "seconds": seconds,
        "words": words,
        "articles": report.articles,
        "assertions": report.assertions,
        "write_seconds": progress.write_seconds,
        "parse_seconds": progress.parse_seconds,
        "quads": quads,
    }


def write_rate(args: argparse.Namespace) -> dict[str, Any]:
    """Write the corpus's extracted graphs with 1 and 4 writers; return graphs/s."""
    import pickle

    from kg.rdf import article_quads

    spec = json.loads(args.store)
    with open(args.extracted, "rb") as data:
        extracted = pickle.load(data)
    results: dict[str, Any] = {}
    for writers in (1, 4):
        stores = [_store(spec) for _ in range(writers)] if spec["kind"] != "embedded" else []
        if not stores:
            stores = [_store(spec)]
            writers = 1
        _empty(stores[0], spec)
        graphs = [
            (stores[0].iris.article_graph(a.id), article_quads(a, found, stores[0].iris))
            for a, found in extracted
        ]
        quads = sum(len(q) for _, q in graphs)
        start = time.perf_counter()

        def write(item: tuple[int, Any], stores: list[Any] = stores, count: int = writers) -> None:
            index, (graph, quads_of_graph) = item
            stores[index % count].replace_graph(graph, quads_of_graph)

        with ThreadPoolExecutor(writers) as pool:
            list(pool.map(write, enumerate(graphs)))
        seconds = time.perf_counter() - start
        for store in stores:
            store.close()
        results[str(writers)] = {"graphs": len(graphs), "quads": quads, "seconds": seconds}
    return results


def extract_once(args: argparse.Namespace) -> dict[str, Any]:
    """Extract the corpus once (no store) and pickle the (article, assertions) pairs."""
    import pickle

    from kg.ingest import read_articles
    from kg.pipeline import Pipeline

    articles = [a for a in read_articles([args.corpus]) if not isinstance(a, Exception)]
    extracted = list(Pipeline(n_process=2).extract(articles))
    with open(args.extracted, "wb") as out:
        pickle.dump(extracted, out)
    text = sum(len(a.text.encode()) for a, _ in extracted)
    return {"articles": len(extracted), "text_bytes": text}


def _noop(value: int) -> int:
    return value


def scheduler_rate(args: argparse.Namespace) -> dict[str, Any]:
    """Time 5,000 empty tasks on a LocalCluster of 2 workers: the scheduler's task rate."""
    from distributed import Client, LocalCluster, wait

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        wait(client.map(_noop, range(100), pure=False))
        start = time.perf_counter()
        wait(client.map(_noop, range(5000), pure=False))
        seconds = time.perf_counter() - start
    return {"tasks": 5000, "seconds": seconds}


CHILD_TASKS = {
    "dask": child,
    "writes": write_rate,
    "extract": extract_once,
    "scheduler": scheduler_rate,
}


def _run(task: str, **options: Any) -> dict[str, Any]:
    out = WORK / f"cluster-{task}-{os.getpid()}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.cluster", "child", task, "--out", str(out)]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    subprocess.run(command, cwd=REPO, check=True)
    data: dict[str, Any] = json.loads(out.read_text())
    out.unlink()
    return data


# --- the parent -------------------------------------------------------------------------


@contextmanager
def servers() -> Iterator[dict[str, dict[str, Any]]]:
    """Start an oxigraph server and a Virtuoso server; yield their store specs."""
    sys.path.insert(0, str(REPO))
    from tests.oxigraph_server import running_oxigraph
    from tests.virtuoso_server import running_virtuoso

    with ExitStack() as stack:
        # fresh databases: a Virtuoso restarted on the last run's replays its log first
        oxigraph = stack.enter_context(running_oxigraph(clean_dir(WORK / "oxigraph" / "data")))
        virtuoso_servers = running_virtuoso(clean_dir(WORK / "virtuoso"))
        virtuoso = next(virtuoso_servers)
        stack.callback(virtuoso_servers.close)
        yield {
            "oxigraph": {"kind": "remote", "url": oxigraph},
            "virtuoso": {
                "kind": "remote",
                "url": virtuoso.query_url,
                "options": virtuoso.store_options(),
            },
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument(
        "--articles", type=int, default=0, help="keep the first N articles of the corpus"
    )
    args = parser.parse_args(argv)
    command = "python -m bench.cluster " + " ".join(argv if argv is not None else sys.argv[1:])
    corpus = build_corpus(args.words)
    path = str(WORK / "corpus.jsonl")
    if args.articles:
        lines = Path(path).read_bytes().splitlines(keepends=True)[: args.articles]
        Path(path).write_bytes(b"".join(lines))
        words = sum(len(json.loads(line)["text"].split()) for line in lines)
        corpus = {**corpus, "articles": len(lines), "words": words, "subset": True}
    log(f"corpus: {corpus['articles']} articles, {corpus['words']:,} words")
    embedded = {"kind": "embedded", "path": str(WORK / "cluster-store")}
    figures: dict[str, list[float]] = {}
    writes: dict[str, list[float]] = {}
    started = time.perf_counter()

    def record(name: str, words_per_second: float, write_seconds: float | None = None) -> None:
        figures.setdefault(name, []).append(words_per_second)
        if write_seconds is not None:
            writes.setdefault(name, []).append(write_seconds)
        log(f"{name}: {words_per_second:,.0f} words/s")

    extra: dict[str, Any] = {}

    def save(*, partial: bool) -> None:
        runs = min(len(v) for v in figures.values())
        result = {
            "corpus": corpus,
            "runs": runs,
            "partition": PARTITION,
            **extra,
            **_aggregate(figures, writes),
            "run": {
                "date": time.strftime("%Y-%m-%d %H:%M %Z"),
                "command": command,
                "wall_seconds": time.perf_counter() - started,
                "partial": partial,
            },
        }
        results = load_results()
        results.setdefault("machine", machine())
        results["cluster"] = result
        save_results(results)

    with servers() as remote:
        stores = {"embedded": embedded, **remote}
        extracted = WORK / "extracted.pickle"
        sizes = _run("extract", corpus=path, extracted=extracted)
        extra["text_bytes"] = sizes["text_bytes"]
        extra["write_rates"] = {
            name: _run("writes", store=json.dumps(spec), extracted=extracted)
            for name, spec in stores.items()
        }
        extra["scheduler"] = _run("scheduler")
        log(f"write rates {extra['write_rates']}, scheduler {extra['scheduler']}")
        for _run_index in range(args.runs):
            for n in (1, 2):
                common = ("--corpus", path, "--n-process", str(n), "--batch-size", str(BATCH_SIZE))
                bare = run_child("bare", *common)
                record(f"bare-{n}", bare.data["words"] / bare.data["seconds"])
                pool = run_child("ingest", *common, "--store", str(WORK / "pool-store"))
                record(f"pool-{n}", pool.data["words"] / pool.data["seconds"])
                for name, spec in stores.items():
                    writers = ["client"] if name == "embedded" else ["workers"]
                    if name != "embedded" and n == 2:
                        writers.append("client")
                    for writer in writers:
                        data = _run(
                            "dask",
                            corpus=path,
                            workers=n,
                            store=json.dumps(spec),
                            writer=writer,
                            partition=PARTITION,
                        )
                        record(
                            f"dask-{n}-{name}-{writer}",
                            data["words"] / data["seconds"],
                            data["write_seconds"] / data["seconds"],
                        )
            save(partial=True)
    save(partial=False)
    log(f"done in {(time.perf_counter() - started) / 60:.1f} minutes")


def _aggregate(figures: dict[str, list[float]], writes: dict[str, list[float]]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "words_per_second": {name: spread(values) for name, values in figures.items()},
        "write_share": {name: spread(values) for name, values in writes.items()},
        "ratios": {},
    }
    for name, values in figures.items():
        n = name.split("-")[1]
        for baseline in ("bare", "pool"):
            base = figures[f"{baseline}-{n}"][: len(values)]
            result["ratios"][f"{name}/{baseline}"] = spread(
                [v / b for v, b in zip(values, base, strict=True)]
            )
    return result


# --- the report: section 6 of BENCHMARKS.md ----------------------------------------------

STORE_NAMES = {"embedded": "embedded store", "oxigraph": "oxigraph serve", "virtuoso": "Virtuoso"}


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _cell(entry: dict[str, float] | None, scale: float = 1.0) -> str:
    if not entry:
        return "n/a"
    median, low, high = (entry[k] * scale for k in ("median", "min", "max"))
    return f"{_fmt(median)} ({_fmt(low)}–{_fmt(high)})"


def section(results: dict[str, Any]) -> list[str]:
    from kg.cluster import partition_length

    """Return the lines of section 6 (empty without results)."""
    data = results.get("cluster")
    if not data:
        return []
    corpus, rates, ratios = data["corpus"], data["words_per_second"], data["ratios"]
    share = data["write_share"]
    run = data["run"]
    lines = [
        "## 6. Ingest on a Dask cluster",
        "",
        f"Run {run['date']}, `{run['command']}`, {data['runs']} runs"
        f"{' (the run was stopped after these)' if run.get('partial') else ''}, "
        f"{run['wall_seconds'] / 60:.1f} minutes. Corpus: that of sections 1 and 2"
        f"{' (its first articles)' if corpus.get('subset') else ''}, "
        f"**{corpus['articles']:,} articles, {corpus['words']:,} words**. Each figure is "
        "words/s of one ingest in a fresh process, timed after the model is loaded (the "
        "LocalCluster's workers have loaded the pipeline; one thread each), into an emptied "
        f"store, at most {data['partition']} articles a task (`kg.cluster.partition_length`: "
        f"{partition_length(data['corpus']['articles'], 2, data['partition'])} with 2 "
        "workers on this corpus, so that each gets about four). *bare*: `nlp.pipe` of the model; "
        "*pool*: `kg ingest -j N` (forked processes, embedded store); *dask*: "
        "`kg ingest --cluster local:N`. Writer: *workers* write their articles to the "
        "store, *client* gets the assertions back and writes them. Ratios are taken within "
        "a run. Write share: the time spent writing over the ingest's time (the workers' "
        "write time summed, when they write).",
        "",
        "| n | store | writer | words/s | / bare spaCy | / local pool | write share |",
        "|---|---|---|---|---|---|---|",
    ]
    for n in (1, 2):
        lines.append(f"| {n} | (bare spaCy) | | {_cell(rates.get(f'bare-{n}'))} | 1 | | |")
        lines.append(
            f"| {n} | embedded store (pool) | process | {_cell(rates.get(f'pool-{n}'))} | "
            f"{_cell(ratios.get(f'pool-{n}/bare'))} | 1 | |"
        )
        for store, label in STORE_NAMES.items():
            for writer in ("workers", "client"):
                name = f"dask-{n}-{store}-{writer}"
                if name not in rates:
                    continue
                lines.append(
                    f"| {n} | {label} | {writer} | {_cell(rates[name])} | "
                    f"{_cell(ratios.get(name + '/bare'))} | {_cell(ratios.get(name + '/pool'))} "
                    f"| {_cell(share.get(name), 100)} % |"
                )
    lines += [
        "",
        "Store write rate: the corpus's extracted article graphs written without "
        "parsing, one request per graph (`Store.replace_graph`), by 1 and 4 concurrent "
        "writers (one process, threads; the embedded store takes one writer).",
        "",
        "| store | writers | graphs | quads | seconds | graphs/s | quads/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for store, label in STORE_NAMES.items():
        for writers, entry in data["write_rates"].get(store, {}).items():
            lines.append(
                f"| {label} | {writers} | {entry['graphs']:,} | {entry['quads']:,} | "
                f"{entry['seconds']:.1f} | {_fmt(entry['graphs'] / entry['seconds'])} | "
                f"{_fmt(entry['quads'] / entry['seconds'])} |"
            )
    if "scheduler" not in data or "write_rates" not in data:
        return lines
    scheduler = data["scheduler"]
    task_rate = scheduler["tasks"] / scheduler["seconds"]
    lines += [
        "",
        f"Scheduler: {scheduler['tasks']:,} empty tasks on 2 workers in "
        f"{scheduler['seconds']:.1f} s, **{_fmt(task_rate)} tasks/s**.",
        "",
    ]
    lines += projection(data, results.get("throughput"))
    return lines


def projection(data: dict[str, Any], throughput: dict[str, Any] | None = None) -> list[str]:
    """Project the measured rates to 10 and 100 machines (on paper).

    Two rates per machine: the 2-worker Dask ingest of this run, and, when sections 1 and
    2 were measured, kg's 2-process ingest there (a quieter machine).
    """
    corpus, rates = data["corpus"], data["words_per_second"]
    words_per_article = corpus["words"] / corpus["articles"]
    per_machine = rates["dask-2-oxigraph-workers"]["median"]  # 2 workers, a 2-core machine
    per_worker = rates["dask-1-oxigraph-workers"]["median"]
    quiet_entry = (throughput or {}).get("n_process_2", {}).get("ingest_words_per_second")
    quiet = quiet_entry["median"] if quiet_entry else per_machine
    text_bytes = data["text_bytes"] / corpus["articles"]
    write = {
        store: max(e["graphs"] / e["seconds"] for e in entries.values())
        for store, entries in data["write_rates"].items()
    }
    tasks = data["scheduler"]["tasks"] / data["scheduler"]["seconds"]
    lines = [
        "### Projection to 10 and 100 machines (on paper)",
        "",
        f"In this run one Dask worker parsed {_fmt(per_worker)} words/s and a machine like "
        f"this one (2 cores, 2 workers, writing to oxigraph serve) {_fmt(per_machine)} "
        f"words/s; in sections 1 and 2, on a quieter machine, kg ingest with 2 processes "
        f"did {_fmt(quiet)} words/s. Articles here have {words_per_article:,.0f} words "
        f"({text_bytes / 1000:.1f} kB of text). Parsing scales with the machines (no "
        "worker waits for another); what the cluster asks of the rest grows with it:",
        "",
        "| machines | words/s (this run / quiet) | articles/s = graphs/s the store must take "
        "(this run / quiet) | tasks/s, 16 articles each (quiet) | text the client sends "
        "(quiet) |",
        "|---|---|---|---|---|",
    ]
    for machines in (1, 10, 100):
        here, calm = per_machine * machines, quiet * machines
        lines.append(
            f"| {machines} | {_fmt(here)} / {_fmt(calm)} | {_fmt(here / words_per_article)} / "
            f"{_fmt(calm / words_per_article)} | {_fmt(calm / words_per_article / 16)} | "
            f"{calm / words_per_article * text_bytes / 1e6:.2f} MB/s |"
        )
    lines += [
        "",
        "Measured capacities (this run, on the same 2 cores as everything else): oxigraph "
        f"serve took {_fmt(write.get('oxigraph', 0))} article graphs/s, Virtuoso "
        f"{_fmt(write.get('virtuoso', 0))}, the embedded store "
        f"{_fmt(write.get('embedded', 0))} (from one process); the scheduler ran "
        f"{_fmt(tasks)} empty tasks/s. Machines at which each is reached (this run / quiet):",
        "",
    ]
    limits = {
        "the store's write rate, oxigraph serve": write.get("oxigraph", 0),
        "the store's write rate, Virtuoso": write.get("virtuoso", 0),
        "the scheduler (16 articles a task)": tasks * 16,
    }
    for name, capacity in limits.items():
        if capacity:
            lines.append(
                f"- {name}: {_fmt(capacity)} articles/s, at about "
                f"{_fmt(capacity / (per_machine / words_per_article))} / "
                f"{_fmt(capacity / (quiet / words_per_article))} machines."
            )
    lines += ["", *ANALYSIS, ""]
    return lines


ANALYSIS = [
    "*Written by hand after the run of 2026-12-04 10:54 UTC.*",
    "",
    "**The target is met where the two ways do the same work.** A LocalCluster of 2 "
    "workers writing the embedded store (the client writes, as the pool's parent does) "
    "ran at a median 0.917 of the 2-process pool (0.883 to 1.046); the target is 0.9. "
    "Writing to a server, the client-writer rows are at 0.94 (oxigraph serve) and 0.90 "
    "(Virtuoso); with the workers writing, 0.93 (Virtuoso) and 0.82 (oxigraph serve): "
    "there each article is one HTTP request from a worker, whose time the worker does "
    "not parse, on the same 2 cores as the server. In a run an hour earlier (10:32 UTC, "
    "same corpus), before two changes, the embedded row was at 0.859 and one worker at "
    "0.826 "
    "of one process: (1) Dask's nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, "
    "which pins glibc's mmap threshold at 128 KiB, so spaCy's arrays were mapped and "
    "unmapped at every batch; kg's worker plugin now sets both thresholds where glibc's "
    "own adjustment takes them (80 articles parsed in one worker: 17.6 s before, 13.4 s "
    "after, 13.9 s in a plain process); (2) a small input is cut into smaller "
    "partitions, so that each worker gets about four (40 articles in partitions of 16 "
    "gave one worker 32 and the other 8).",
    "",
    "**The bottleneck is the store's write rate**, by far: a store on a machine like "
    "this one is saturated by about 10 machines parsing at the quiet rate (20 at this "
    "run's), long before the scheduler (hundreds) or the client. Parsing grows with the "
    "machines, and so does "
    "what they ask of the store: one request per article, each replacing a graph of some "
    "three hundred quads in one transaction. oxigraph serve took them a little faster "
    "from 4 writers than from 1 (its writes are serialised); Virtuoso twice as fast with "
    "4 writers. How to move it, in order of cost: give the store a machine of its own "
    "(here it shared 2 cores with the workers); write a partition's graphs in one "
    "request (a `DROP`/`INSERT DATA` pair per article in one update, still atomic per "
    "request), which removes the per-request cost that dominates graphs this small; "
    "then spread the article graphs over several stores by a hash of the article id "
    "(reads then go through a federation or a periodic merge), or let the workers write "
    "N-Quads files that the store's bulk loader reads (Oxigraph's `load`, Virtuoso's "
    "`ld_dir`), giving up per-article atomicity while the load runs.",
    "",
    "**Next, the client, then the scheduler.** The client reads every input and sends the "
    "text through the scheduler; JSON lines cost little, but HTML is extracted "
    "(trafilatura) on the client. Past some tens of machines, partitions should name "
    "files or byte ranges on storage every worker reads (a shared file system or an "
    "object store), so that the workers read and extract HTML themselves. The scheduler's "
    "rate above is for empty tasks; with 16 articles a task it is reached later than the "
    "store's, and bigger partitions (`--partition-size`) move it further.",
    "",
    "**How far to trust these figures.** The machine was quiet when the run started "
    "(load average 0.05) and nothing else of ours ran during it; bare spaCy ran at 4,524 "
    "to 4,988 words/s with one process. Each ingest lasts 8 to 20 seconds, and the third "
    "run was slower in every Dask row than the first two (the 0.8 minima above), a load "
    "we did not start; the medians of three runs are the figures to quote.",
]


def _child_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=sorted(CHILD_TASKS))
    parser.add_argument("--out", required=True)
    parser.add_argument("--corpus")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--store")
    parser.add_argument("--writer")
    parser.add_argument("--partition", type=int, default=PARTITION)
    parser.add_argument("--extracted")
    args = parser.parse_args(argv)
    data = CHILD_TASKS[args.task](args)
    Path(args.out).write_text(json.dumps(data))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        _child_main(sys.argv[2:])
    else:
        main()
