"""Extraction and ingest throughput against bare spaCy (sections 1 and 2).

The corpus: the bundled examples, the seed article and the VOA stories (``../shared``),
replicated under new ids until it holds at least ``--words`` words (words are
whitespace-separated tokens, as ``kg ingest`` counts them).

For each run and each ``n_process`` (1 and 2), three fresh processes one after the
other, so that the three see the same machine load:

- bare: ``nlp.pipe`` of the same model (``spacy.load``, no kg component) over the texts,
  with the batch size kg uses;
- extract: kg's parse + extract (``Pipeline.extract``), no store;
- ingest: end to end (``Pipeline.ingest``: parse, extract, resolve, write every article
  to a fresh on-disk store, flushed).

Each figure is words/s; the ratios (kg / bare) are taken within a run.
``python -m bench.throughput --runs 3``.
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import replace

import orjson

from bench.common import (
    REPO,
    SHARED,
    WORK,
    load_results,
    log,
    machine,
    run_child,
    save_results,
    spread,
)

SOURCES = (REPO / "examples", SHARED / "data" / "seed", SHARED / "data" / "voa")
BATCH_SIZE = 16  # the batch size of kg.extract's nlp.pipe


def build_corpus(min_words: int) -> dict[str, int | list[str]]:
    """Write the replicated corpus to ``$KG_BENCH_DIR/corpus.jsonl``; return its size."""
    from kg.errors import IngestError
    from kg.ingest import read_articles

    articles = [a for a in read_articles(SOURCES) if not isinstance(a, IngestError)]
    # The seed article is in examples/ too, and in two formats: keep ids unique.
    seen: dict[str, int] = {}
    for index, article in enumerate(articles):
        seen[article.id] = seen.get(article.id, 0) + 1
        if seen[article.id] > 1:
            articles[index] = replace(article, id=f"{article.id}--{seen[article.id]}")
    words = sum(len(a.text.split()) for a in articles)
    copies = max(1, math.ceil(min_words / words))
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "corpus.jsonl"
    with path.open("wb") as output:
        for copy in range(copies):
            for article in articles:
                record = {
                    "id": f"{article.id}--copy{copy}" if copy else article.id,
                    "title": article.title,
                    "text": article.text,
                    "date": article.date.isoformat() if article.date else None,
                    "url": article.url,
                    "source": article.source,
                }
                output.write(orjson.dumps(record) + b"\n")
    return {
        "articles": len(articles) * copies,
        "distinct_articles": len(articles),
        "copies": copies,
        "words": words * copies,
        "distinct_words": words,
        "sources": [str(s.relative_to(REPO.parent)) for s in SOURCES],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--processes", default="1,2")
    args = parser.parse_args(argv)
    corpus = build_corpus(args.words)
    log(f"corpus: {corpus['articles']} articles, {corpus['words']:,} words")
    path = str(WORK / "corpus.jsonl")
    processes = [int(n) for n in args.processes.split(",")]
    raw: dict[str, dict[int, list[float]]] = {
        task: {n: [] for n in processes} for task in ("bare", "extract", "ingest")
    }
    # Words per CPU-second (the process and spaCy's workers): less sensitive than wall
    # time to what else runs on the machine, but blind to parallelism.
    per_cpu: dict[str, dict[int, list[float]]] = {
        task: {n: [] for n in processes} for task in ("bare", "extract", "ingest")
    }
    assertions = 0
    start = time.perf_counter()
    for run in range(args.runs):
        for n in processes:
            for task in ("bare", "extract", "ingest"):
                extra = ["--store", str(WORK / "ingest-store")] if task == "ingest" else []
                child = run_child(
                    task,
                    "--corpus",
                    path,
                    "--n-process",
                    str(n),
                    "--batch-size",
                    str(BATCH_SIZE),
                    *extra,
                )
                raw[task][n].append(child.data["words"] / child.data["seconds"])
                per_cpu[task][n].append(child.data["words"] / child.data["cpu"])
                assertions = child.data.get("assertions", assertions)
                log(f"run {run + 1}, n_process={n}, {task}: {raw[task][n][-1]:,.0f} words/s")
    result: dict[str, object] = {
        "corpus": corpus,
        "assertions": assertions,
        "runs": args.runs,
        "batch_size": BATCH_SIZE,
        "wall_seconds": time.perf_counter() - start,
    }
    for n in processes:
        bare = raw["bare"][n]
        entry: dict[str, object] = {"bare_words_per_second": spread(bare)}
        for task in ("extract", "ingest"):
            values = raw[task][n]
            entry[f"{task}_words_per_second"] = spread(values)
            entry[f"{task}_ratio"] = spread([k / b for k, b in zip(values, bare, strict=True)])
            entry[f"{task}_cpu_ratio"] = spread(
                [k / b for k, b in zip(per_cpu[task][n], per_cpu["bare"][n], strict=True)]
            )
        result[f"n_process_{n}"] = entry
    if 1 in processes and 2 in processes:
        result["ingest_scaling"] = spread(
            [two / one for one, two in zip(raw["ingest"][1], raw["ingest"][2], strict=True)]
        )
        result["bare_scaling"] = spread(
            [two / one for one, two in zip(raw["bare"][1], raw["bare"][2], strict=True)]
        )
    results = load_results()
    results["machine"] = machine()
    results["throughput"] = result
    save_results(results)


if __name__ == "__main__":
    main()
