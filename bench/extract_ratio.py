"""Extraction against bare spaCy, whole process, on short items and on long articles.

Two corpora, each replicated under new ids until it holds at least ``--words`` words
(60,000 by default):

- ``short``: the PLOVER gold-standard sentences (``../shared/data/plover``), one item
  per sentence: short, event-dense items weigh per-document costs (actor linking,
  composite actors, the trigger matcher) far more than long articles do;
- ``long``: the VOA stories (``../shared/data/voa``), about 660 words each.

For each run and corpus, a pair of fresh processes back to back: bare ``nlp.pipe`` of the
same model and kg's parse + extract (``Pipeline.extract``, one process), bare first in odd
runs and kg first in even ones, so that a machine slowing down or speeding up during a
pair does not always count against the same side. Each ratio is kg / bare within a pair,
and the figure quoted is the median of the pairs' ratios: of the whole process (start-up,
model and dictionary loading included, measured by the parent from spawn to exit), of the
timed work after set-up, and of the whole process's CPU time (user + system, from
``wait4``: other work on the machine inflates it less than the wall clock). The target:
whole-process extraction at least 0.85 of bare ``nlp.pipe`` on both.
``python -m bench.extract_ratio --runs 3``; on a noisy machine, more pairs give a steadier
median (fewer ``--words`` would too, but start-up then weighs more: another quantity).
"""

from __future__ import annotations

import argparse
import json
import math
import time

import orjson

from bench.common import (
    SHARED,
    WORK,
    compile_sources,
    load_results,
    log,
    run_child,
    save_results,
    spread,
)

PLOVER = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
VOA = SHARED / "data" / "voa" / "voa-conflict-stories.jsonl"
BATCH_SIZE = 16


def _items(corpus: str) -> list[dict[str, str]]:
    if corpus == "short":
        records = json.loads(PLOVER.read_text(encoding="utf-8"))
    else:
        records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]
    return [
        {"id": str(r["id"]), "text": r["text"]} for r in records if isinstance(r.get("text"), str)
    ]


def build_corpus(corpus: str, min_words: int) -> dict[str, int]:
    """Write a replicated corpus to ``$KG_BENCH_DIR/ratio-CORPUS.jsonl``; return its size."""
    records = _items(corpus)
    words = sum(len(r["text"].split()) for r in records)
    copies = max(1, math.ceil(min_words / words))
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / f"ratio-{corpus}.jsonl").open("wb") as output:
        for copy in range(copies):
            for record in records:
                item = {"id": f"{record['id']}--{copy}", "text": record["text"]}
                output.write(orjson.dumps(item) + b"\n")
    return {"articles": len(records) * copies, "words": words * copies, "copies": copies}


def measure(corpus: str, runs: int, min_words: int) -> dict[str, object]:
    """Run bare and kg extraction ``runs`` times on one corpus; return the figures."""
    size = build_corpus(corpus, min_words)
    log(f"{corpus}: {size['articles']} items, {size['words']:,} words")
    path = str(WORK / f"ratio-{corpus}.jsonl")
    timed: dict[str, list[float]] = {"bare": [], "extract": []}
    whole: dict[str, list[float]] = {"bare": [], "extract": []}
    cpu: dict[str, list[float]] = {"bare": [], "extract": []}
    for run in range(runs):
        for task in ("bare", "extract") if run % 2 == 0 else ("extract", "bare"):
            start = time.perf_counter()
            child = run_child(
                task, "--corpus", path, "--n-process", "1", "--batch-size", str(BATCH_SIZE)
            )
            whole[task].append(size["words"] / (time.perf_counter() - start))
            timed[task].append(child.data["words"] / child.data["seconds"])
            cpu[task].append(size["words"] / child.cpu_seconds)
            log(
                f"{corpus} run {run + 1}, {task}: {timed[task][-1]:,.0f} words/s timed, "
                f"{whole[task][-1]:,.0f} words/s whole process, "
                f"{cpu[task][-1]:,.0f} words per CPU second"
            )

    def ratio(rates: dict[str, list[float]]) -> dict[str, float]:
        return spread([k / b for k, b in zip(rates["extract"], rates["bare"], strict=True)])

    return {
        "corpus": size,
        "bare_words_per_second": spread(timed["bare"]),
        "extract_words_per_second": spread(timed["extract"]),
        "timed_ratio": ratio(timed),
        "whole_process_ratio": ratio(whole),
        "whole_process_cpu_ratio": ratio(cpu),
        "pairs": [
            {"bare": b, "extract": k} for b, k in zip(whole["bare"], whole["extract"], strict=True)
        ],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--corpora", default="short,long")
    args = parser.parse_args(argv)
    compile_sources()
    results = load_results()
    for corpus in args.corpora.split(","):
        figures = measure(corpus, args.runs, args.words)
        results[f"extract_ratio_{corpus}"] = figures
        timed, whole = figures["timed_ratio"], figures["whole_process_ratio"]
        cpu = figures["whole_process_cpu_ratio"]
        print(
            f"{corpus} ({figures['corpus']['words']:,} words, {figures['corpus']['articles']} "
            f"items, {whole['runs']} pairs): kg extract / bare nlp.pipe, median of the pairs, "
            f"whole process {whole['median']:.3f} (min {whole['min']:.3f}, max "
            f"{whole['max']:.3f}); timed work {timed['median']:.3f} (min {timed['min']:.3f}, "
            f"max {timed['max']:.3f}); whole-process CPU time {cpu['median']:.3f} "
            f"(min {cpu['min']:.3f}, max {cpu['max']:.3f})"
        )
    save_results(results)


if __name__ == "__main__":
    main()
