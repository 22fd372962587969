"""Extraction throughput on short, event-dense items against bare spaCy.

The corpus: the PLOVER gold-standard sentences (``../shared/data/plover``), one article
per sentence, replicated under new ids until it holds at least ``--words`` words (about
60,000 by default). Short items weigh start-up and per-document costs (actor linking,
composite actors, the trigger matcher) far more than long articles do, so this is the
other half of the speed target: whole-process extraction at least 0.85 of bare
``nlp.pipe`` on both.

For each run, two fresh processes one after the other (bare ``nlp.pipe``, then kg's parse
+ extract), start-up included; the ratio is taken within a run.
``python -m bench.short_items --runs 3``.
"""

from __future__ import annotations

import argparse
import json
import math

import orjson

from bench.common import SHARED, WORK, load_results, log, run_child, save_results, spread

PLOVER = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
BATCH_SIZE = 16


def build_corpus(min_words: int) -> dict[str, int]:
    """Write the replicated PLOVER corpus to ``$KG_BENCH_DIR/short-items.jsonl``."""
    records = [
        r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if isinstance(r.get("text"), str)
    ]
    words = sum(len(r["text"].split()) for r in records)
    copies = max(1, math.ceil(min_words / words))
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / "short-items.jsonl").open("wb") as output:
        for copy in range(copies):
            for record in records:
                item = {"id": f"{record['id']}--{copy}", "text": record["text"]}
                output.write(orjson.dumps(item) + b"\n")
    return {"articles": len(records) * copies, "words": words * copies, "copies": copies}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=60_000)
    args = parser.parse_args(argv)
    corpus = build_corpus(args.words)
    log(f"short items: {corpus['articles']} items, {corpus['words']:,} words")
    path = str(WORK / "short-items.jsonl")
    rates: dict[str, list[float]] = {"bare": [], "extract": []}
    for run in range(args.runs):
        for task in ("bare", "extract"):
            child = run_child(
                task, "--corpus", path, "--n-process", "1", "--batch-size", str(BATCH_SIZE)
            )
            rates[task].append(child.data["words"] / child.data["seconds"])
            log(f"run {run + 1}, {task}: {rates[task][-1]:,.0f} words/s")
    ratios = [k / b for k, b in zip(rates["extract"], rates["bare"], strict=True)]
    result = {
        "corpus": corpus,
        "bare_words_per_second": spread(rates["bare"]),
        "extract_words_per_second": spread(rates["extract"]),
        "extract_ratio": spread(ratios),
    }
    results = load_results()
    results["short_items"] = result
    save_results(results)
    print(
        f"short items ({corpus['words']:,} words, {corpus['articles']} items): bare "
        f"{spread(rates['bare'])['median']:,.0f} words/s, kg extract "
        f"{spread(rates['extract'])['median']:,.0f} words/s, ratio "
        f"{spread(ratios)['median']:.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})"
    )


if __name__ == "__main__":
    main()
