"""Extraction against bare spaCy, whole process, on short items and on long articles.

Two corpora, each replicated under new ids until it holds at least ``--words`` words
(60,000 by default):

- ``short``: the PLOVER gold-standard sentences (``../shared/data/plover``), one item
  per sentence: short, event-dense items weigh per-document costs (actor linking,
  composite actors, the trigger matcher) far more than long articles do;
- ``long``: the VOA stories (``../shared/data/voa``), about 660 words each.

For each run and corpus, two fresh processes one after the other: bare ``nlp.pipe`` of
the same model, then kg's parse + extract (``Pipeline.extract``, one process). Two ratios
(kg / bare, within a run): of the timed work after set-up, and of the whole process
(start-up, model and dictionary loading included, measured by the parent from spawn to
exit). The target: whole-process extraction at least 0.85 of bare ``nlp.pipe`` on both.
``python -m bench.extract_ratio --runs 3``.
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
    for run in range(runs):
        for task in ("bare", "extract"):
            start = time.perf_counter()
            child = run_child(
                task, "--corpus", path, "--n-process", "1", "--batch-size", str(BATCH_SIZE)
            )
            whole[task].append(size["words"] / (time.perf_counter() - start))
            timed[task].append(child.data["words"] / child.data["seconds"])
            log(
                f"{corpus} run {run + 1}, {task}: {timed[task][-1]:,.0f} words/s timed, "
                f"{whole[task][-1]:,.0f} words/s whole process"
            )

    def ratio(rates: dict[str, list[float]]) -> dict[str, float]:
        return spread([k / b for k, b in zip(rates["extract"], rates["bare"], strict=True)])

    return {
        "corpus": size,
        "bare_words_per_second": spread(timed["bare"]),
        "extract_words_per_second": spread(timed["extract"]),
        "timed_ratio": ratio(timed),
        "whole_process_ratio": ratio(whole),
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
        print(
            f"{corpus} ({figures['corpus']['words']:,} words, {figures['corpus']['articles']} "
            f"items): kg extract / bare nlp.pipe, whole process {whole['median']:.3f} "
            f"(min {whole['min']:.3f}, max {whole['max']:.3f}); timed work "
            f"{timed['median']:.3f} (min {timed['min']:.3f}, max {timed['max']:.3f})"
        )
    save_results(results)


if __name__ == "__main__":
    main()
