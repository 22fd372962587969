"""Write ``BENCHMARKS.md`` and ``bench/growth.png`` from ``bench/results.json``.

The tables are generated; the analysis (hot spots, what remains) is ``bench/NOTES.md``,
written by hand after profiling and included as it is.
"""

from __future__ import annotations

import math
import time
from typing import Any

from bench import cluster
from bench.common import REPO, load_results

OUTPUT = REPO / "BENCHMARKS.md"
PLOT = REPO / "bench" / "growth.png"
NOTES = REPO / "bench" / "NOTES.md"
# Section 6 (hostile queries, crash safety): figures quoted from bench/hostile.py and
# bench/crash.py, which print them; kept here so that a new report keeps them.
ROBUSTNESS = REPO / "bench" / "ROBUSTNESS.md"
VIEWER = REPO / "bench" / "viewer-results.md"  # written by ``python -m bench.viewer``

MIXES = (
    "HTTP floor: GET /docs",
    "relations (uniform actor)",
    "relations (actor by degree)",
    "neighbors depth 2",
    "paths",
    "sparql 2-hop",
)
TARGETS = {
    "extract": 0.85,
    "ingest": 0.80,
    "ingest_scaling": 1.5,
    "relations_p95_ms": 20.0,
    "neighbors_p95_ms": 50.0,
    "load_assertions_per_second": 50_000.0,
    "peak_rss": 4 * 10**9,
    "rdf_export_ratio": 10.0,
}


def _num(value: float, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}" if abs(value) < 1 else f"{value:.{max(1, digits - 2)}f}"


def _spread(entry: dict[str, float] | None, scale: float = 1.0, digits: int = 3) -> str:
    """``median (min–max)``."""
    if not entry:
        return "n/a"
    median, low, high = (entry[k] * scale for k in ("median", "min", "max"))
    return f"{_num(median, digits)} ({_num(low, digits)}–{_num(high, digits)})"


def _bytes(value: float | None) -> str:
    if value is None:
        return "n/a"
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if value >= size:
            return f"{value / size:.2f} {unit}"
    return f"{value:.0f} B"


def _rss(entry: dict[str, float] | None) -> str:
    if not entry:
        return "n/a"
    return f"{_bytes(entry['median'])} ({_bytes(entry['min'])}–{_bytes(entry['max'])})"


def _size_label(size: int | str) -> str:
    size = int(size)
    return f"{size // 1_000_000}M" if size >= 1_000_000 else f"{size // 1000}k"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def _sizes(results: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    sizes = results.get("scale", {}).get("sizes", {})
    return sorted(sizes.items(), key=lambda item: int(item[0]))


def _mix(size: dict[str, Any], name: str) -> dict[str, Any] | None:
    entry: dict[str, Any] | None = size.get("api", {}).get("mixes", {}).get(name)
    return entry


def targets_table(results: dict[str, Any]) -> list[str]:
    """The targets, each with its figure and whether it is met (medians)."""
    lines = ["| target | measured (median, min–max) | |", "|---|---|---|"]
    throughput = results.get("throughput", {})
    for n in (1, 2):
        entry = throughput.get(f"n_process_{n}")
        if not entry:
            continue
        for task, label in (("extract", "extraction"), ("ingest", "ingest")):
            ratio = entry[f"{task}_ratio"]
            target = TARGETS[task]
            lines.append(
                f"| {label}, n_process={n}: ≥ {target} × bare spaCy | "
                f"{_spread(ratio)} × | {_verdict(ratio['median'] >= target)} |"
            )
    if "ingest_scaling" in throughput:
        scaling = throughput["ingest_scaling"]
        lines.append(
            f"| ingest with 2 processes ≥ {TARGETS['ingest_scaling']} × 1 process | "
            f"{_spread(scaling)} × | {_verdict(scaling['median'] >= TARGETS['ingest_scaling'])} |"
        )
    sizes = _sizes(results)
    if sizes:
        label, size = sizes[-1][0], sizes[-1][1]
        at = f"at {_size_label(label)} assertions"
        relations = _mix(size, "relations (uniform actor)")
        if relations and relations.get("available"):
            p95 = relations["p95_ms"]
            lines.append(
                f"| relations p95 ≤ 20 ms {at} (uniform actor) | {_spread(p95)} ms | "
                f"{_verdict(p95['median'] <= TARGETS['relations_p95_ms'])} |"
            )
        neighbours = _mix(size, "neighbors depth 2")
        if neighbours and neighbours.get("available"):
            p95 = neighbours["p95_ms"]
            lines.append(
                f"| neighbors depth 2 p95 ≤ 50 ms {at} | {_spread(p95)} ms | "
                f"{_verdict(p95['median'] <= TARGETS['neighbors_p95_ms'])} |"
            )
        elif neighbours is not None:
            lines.append(f"| neighbors depth 2 p95 ≤ 50 ms {at} | not available | n/a |")
        load = size.get("load", {}).get("kg_assertions_per_second")
        if load:
            lines.append(
                f"| bulk load ≥ 50k assertions/s {at} | {_spread(load)} assertions/s | "
                f"{_verdict(load['median'] >= TARGETS['load_assertions_per_second'])} |"
            )
        peaks = {
            "bulk load": size.get("load", {}).get("kg_peak_rss"),
            "projection": size.get("projection", {}).get("peak_rss"),
        }
        server = size.get("api", {}).get("peak_rss")
        for name, entry in peaks.items():
            if entry:
                lines.append(
                    f"| peak RSS ≤ 4 GB {at}: {name} | {_rss(entry)} | "
                    f"{_verdict(entry['max'] <= TARGETS['peak_rss'])} |"
                )
        if server:
            lines.append(
                f"| peak RSS ≤ 4 GB {at}: API server | {_bytes(server)} | "
                f"{_verdict(server <= TARGETS['peak_rss'])} |"
            )
    for label, size in sizes:
        export = size.get("export", {})
        for name in ("turtle", "ntriples"):
            ratio = export.get(name, {}).get("ratio")
            if ratio:
                lines.append(
                    f"| {name} export ≥ 10 × rdflib at {_size_label(label)} | {_spread(ratio)} × | "
                    f"{_verdict(ratio['median'] >= TARGETS['rdf_export_ratio'])} |"
                )
    return lines


def throughput_section(results: dict[str, Any]) -> list[str]:
    """Sections 1 and 2."""
    throughput = results.get("throughput")
    if not throughput:
        return ["Not run."]
    corpus = throughput["corpus"]
    lines = [
        f"Corpus: {', '.join(corpus['sources'])}: {corpus['distinct_articles']} articles, "
        f"{corpus['distinct_words']:,} words, replicated {corpus['copies']} times under new "
        f"ids: **{corpus['articles']} articles, {corpus['words']:,} words** (whitespace "
        f"tokens, as `kg ingest` counts them). kg extracted {throughput['assertions']:,} "
        f"assertions from it. Bare spaCy: `spacy.load(model).pipe(texts, n_process=n, "
        f"batch_size={throughput['batch_size']})`, the batch size kg uses. "
        f"{throughput['runs']} runs; each figure in its own process, bare / extract / ingest "
        "back to back within a run; ratios are taken within a run.",
        "",
        "| n_process | bare spaCy, words/s | kg extraction, words/s | extraction / bare "
        "| kg ingest, words/s | ingest / bare | extraction / bare, CPU | ingest / bare, CPU |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n in (1, 2):
        entry = throughput.get(f"n_process_{n}")
        if entry:
            lines.append(
                f"| {n} | {_spread(entry['bare_words_per_second'])} "
                f"| {_spread(entry['extract_words_per_second'])} "
                f"| {_spread(entry['extract_ratio'])} "
                f"| {_spread(entry['ingest_words_per_second'])} "
                f"| {_spread(entry['ingest_ratio'])} "
                f"| {_spread(entry.get('extract_cpu_ratio'))} "
                f"| {_spread(entry.get('ingest_cpu_ratio'))} |"
            )
    lines += [
        "",
        "The targets are on wall-clock words/s (the first ratios). The CPU columns divide "
        "words by the CPU seconds of the process and of spaCy's worker processes: less "
        "sensitive to other work on the machine, blind to parallelism.",
    ]
    if "ingest_scaling" in throughput:
        lines += [
            "",
            f"Two processes against one: kg ingest {_spread(throughput['ingest_scaling'])} ×, "
            f"bare spaCy {_spread(throughput['bare_scaling'])} ×.",
        ]
    return lines


def scale_section(results: dict[str, Any]) -> list[str]:
    """Section 3."""
    scale = results.get("scale", {})
    sizes = _sizes(results)
    if not sizes:
        return ["Not run."]
    lines = [
        "Synthetic graphs (`bench/synth.py`): kg's own records written by `kg.rdf.article_quads`, "
        "so the store, the projection and the API read them as real data. Actors: the "
        "gazetteer's (20 usual protagonists of the news first, then the other states) and "
        "synthetic ones, max(1000, n/20) in all, drawn by a Zipf "
        "law (exponent 1) over their ranks for subjects, objects, sources and places; 1 + an "
        "exponential number of assertions per article (mean 5); dates over 2021-2024; 78 % "
        "asserted, 12 % alleged, 5 % denied, 5 % hypothetical.",
        "",
        "Bulk load: kg's path is synthetic records → `article_quads` → "
        "`EmbeddedStore.bulk_replace_graphs` (Oxigraph's bulk loader, streamed), timed from "
        "the first record to the flushed store; the baseline is Oxigraph's bulk loader "
        "(`Store.bulk_load`) reading the same quads from an N-Quads file. Ratio = "
        "Oxigraph time / kg time (1.0 = as fast as the engine alone). Peak RSS is the "
        "kernel's `ru_maxrss` of the loading process.",
        "",
        "| assertions | articles | quads | kg bulk load, s | assertions/s | Oxigraph "
        "bulk_load, s | Oxigraph / kg | peak RSS kg load | peak RSS Oxigraph load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label, size in sizes:
        load = size["load"]
        lines.append(
            f"| {_size_label(label)} | {size['articles']:,} | {size['quads']:,} "
            f"| {_spread(load['kg_seconds'])} | {_spread(load['kg_assertions_per_second'])} "
            f"| {_spread(load['oxigraph_seconds'])} | {_spread(load['ratio'])} "
            f"| {_rss(load['kg_peak_rss'])} | {_rss(load['oxigraph_peak_rss'])} |"
        )
    lines += [
        "",
        "Store on disk (RocksDB directory after the load, flushed) against the N-Quads text of "
        "the same quads; the projection (`kg.graph.build_graph`, what the API builds at "
        "start-up) against Oxigraph counting the matches of the same assertion pattern "
        "(`SELECT (COUNT(*) …)`, nothing leaves Rust). Ratio = baseline time / kg time.",
        "",
        "| assertions | store on disk | N-Quads text | store / text | projection, s "
        "| count query, s | count / projection | nodes | edges | peak RSS projection "
        "| API start-up, s | peak RSS API server |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, size in sizes:
        projection = size["projection"]
        api = size.get("api", {})
        lines.append(
            f"| {_size_label(label)} | {_bytes(size['store_bytes'])} "
            f"| {_bytes(size['nquads_bytes'])} "
            f"| {size['store_bytes'] / size['nquads_bytes']:.2f} "
            f"| {_spread(projection['seconds'])} | {_spread(projection['baseline_seconds'])} "
            f"| {_spread(projection['ratio'])} | {projection['nodes']:,} | {projection['edges']:,} "
            f"| {_rss(projection['peak_rss'])} | {_num(api.get('startup_seconds', float('nan')))} "
            f"| {_bytes(api.get('peak_rss'))} |"
        )
    generator = scale.get("load_generator", {})
    lines += [
        "",
        "API latency: `uvicorn api.main:create_app --factory` (one worker) on 127.0.0.1 over "
        "the loaded store; the load generator (`bench/loadgen.py`, async httpx, open loop) "
        f"sends each mix at **{generator.get('rate', '?'):g} requests/s**, at most "
        f"{generator.get('requests', '?')} requests and {generator.get('round_seconds', '?'):g} s "
        f"per run, after {generator.get('warm_up', '?')} unmeasured warm-up requests; latency "
        "runs from when a request was due to when its body was read. Actors are drawn "
        "uniformly from the projection's nodes, except in *by degree* (chance proportional to "
        "degree: busy actors, big answers). Baseline: the HTTP floor, `GET /docs` (FastAPI "
        "and uvicorn, no store). Figures: median over runs (min–max) of each run's "
        "percentile, in ms; × floor = the mix's p50 over the floor's p50 in the same run "
        "set.",
        "",
        "| assertions | request mix | p50, ms | p95, ms | p99, ms | × floor (p50) "
        "| ok / sent | mean answer |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, size in sizes:
        mixes = size.get("api", {}).get("mixes", {})
        floor = mixes.get("HTTP floor: GET /docs", {}).get("p50_ms")
        ordered = [m for m in MIXES if m in mixes] + [m for m in mixes if m not in MIXES]
        for name in ordered:
            entry = mixes[name]
            if not entry.get("available"):
                lines.append(f"| {_size_label(label)} | {name} | not available | | | | | |")
                continue
            runs = entry["runs"]
            ok = sum(r["ok"] for r in runs)
            sent = sum(r["sent"] for r in runs)
            answer = sum(r["mean_kb"] for r in runs) / len(runs)
            ratio = entry["p50_ms"]["median"] / floor["median"] if floor else float("nan")
            lines.append(
                f"| {_size_label(label)} | {name} | {_spread(entry['p50_ms'])} "
                f"| {_spread(entry['p95_ms'])} | {_spread(entry['p99_ms'])} | {_num(ratio)} "
                f"| {ok} / {sent} | {answer:,.1f} kB |"
            )
    return lines


def export_section(results: dict[str, Any]) -> list[str]:
    """Section 4."""
    sizes = _sizes(results)
    if not sizes:
        return ["Not run."]
    lines = [
        "Turtle and N-Triples: `kg.export.export(store, format, file)` of the whole store "
        "(every named graph, merged), against rdflib 7 serialising the same triples from an "
        "in-memory `rdflib.Graph` (loaded beforehand, untimed; rdflib's figure therefore "
        "leaves out reading the triples, kg's includes reading them from the on-disk "
        "store). Ratio = rdflib time / kg time. rdflib is run up to the size it can hold "
        "in memory here.",
        "",
        "| assertions | format | triples | kg, s | kg, triples/s | rdflib, s | rdflib / kg |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, size in sizes:
        export = size.get("export", {})
        for name in ("turtle", "ntriples"):
            entry = export.get(name)
            if not entry:
                continue
            quads = size["quads"]
            rate = {k: quads / entry["seconds"][k] for k in ("min", "median", "max")}
            rate = {"median": rate["median"], "min": rate["max"], "max": rate["min"]}
            rdflib = (
                _spread(entry.get("rdflib_seconds")) if "rdflib_seconds" in entry else "not run"
            )
            lines.append(
                f"| {_size_label(label)} | {name} | {quads:,} | {_spread(entry['seconds'])} "
                f"| {_spread(rate)} | {rdflib} | {_spread(entry.get('ratio'))} |"
            )
    peaks = [
        f"{_bytes(size['export']['rdflib_peak_rss'])} for "
        f"{size['export']['rdflib_triples']:,} triples at {_size_label(label)}"
        for label, size in sizes
        if size.get("export", {}).get("rdflib_peak_rss")
    ]
    if peaks:
        lines += [
            "",
            "Peak RSS of the rdflib process: " + "; ".join(peaks) + " (an rdflib graph holds "
            "each distinct triple once; kg writes one triple per quad, so a description "
            "repeated in several article graphs is written again).",
        ]
    lines += [
        "",
        "GraphML and GEXF of the projection (built beforehand, untimed): kg's exporter "
        "against networkx's `write_graphml` / `write_gexf` on the same flattened graph.",
        "",
        "| assertions | nodes | edges | format | kg, s | networkx, s | networkx / kg | file |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, size in sizes:
        export = size.get("export", {})
        for name in ("graphml", "gexf"):
            entry = export.get(name)
            if entry:
                lines.append(
                    f"| {_size_label(label)} | {export['graph_nodes']:,} "
                    f"| {export['graph_edges']:,} | {name} | {_spread(entry['seconds'])} "
                    f"| {_spread(entry['networkx_seconds'])} "
                    f"| {_spread(entry['ratio'])} | {_bytes(entry['bytes'])} |"
                )
    return lines


GROWTH_ROWS: list[tuple[str, Any]] = [
    ("kg bulk load, s", lambda s: s["load"]["kg_seconds"]["median"]),
    ("kg bulk load, assertions/s", lambda s: s["load"]["kg_assertions_per_second"]["median"]),
    ("Oxigraph bulk_load, s", lambda s: s["load"]["oxigraph_seconds"]["median"]),
    ("store on disk, MB", lambda s: s["store_bytes"] / 1e6),
    ("store bytes per assertion", lambda s: s["store_bytes"] / s["assertions"]),
    ("peak RSS kg load, MB", lambda s: s["load"]["kg_peak_rss"]["median"] / 1e6),
    ("projection build, s", lambda s: s["projection"]["seconds"]["median"]),
    ("peak RSS projection, MB", lambda s: s["projection"]["peak_rss"]["median"] / 1e6),
    ("API start-up, s", lambda s: s["api"]["startup_seconds"]),
    ("peak RSS API server, MB", lambda s: s["api"]["peak_rss"] / 1e6),
    (
        "relations p95, ms",
        lambda s: s["api"]["mixes"]["relations (uniform actor)"]["p95_ms"]["median"],
    ),
    (
        "relations by degree p95, ms",
        lambda s: s["api"]["mixes"]["relations (actor by degree)"]["p95_ms"]["median"],
    ),
    (
        "neighbors depth 2 p95, ms",
        lambda s: s["api"]["mixes"]["neighbors depth 2"]["p95_ms"]["median"],
    ),
    ("paths p95, ms", lambda s: s["api"]["mixes"]["paths"]["p95_ms"]["median"]),
    ("sparql 2-hop p95, ms", lambda s: s["api"]["mixes"]["sparql 2-hop"]["p95_ms"]["median"]),
    ("Turtle export, s", lambda s: s["export"]["turtle"]["seconds"]["median"]),
    ("N-Triples export, s", lambda s: s["export"]["ntriples"]["seconds"]["median"]),
    ("GraphML, s", lambda s: s["export"]["graphml"]["seconds"]["median"]),
    ("GEXF, s", lambda s: s["export"]["gexf"]["seconds"]["median"]),
]


def _growth_value(getter: Any, size: dict[str, Any]) -> float | None:
    try:
        value = getter(size)
    except (KeyError, TypeError, ZeroDivisionError):
        return None
    return float(value)


def growth_section(results: dict[str, Any]) -> list[str]:
    """Section 5: the figures by size, medians."""
    sizes = _sizes(results)
    if not sizes:
        return ["Not run."]
    header = "| figure (median) | " + " | ".join(_size_label(label) for label, _ in sizes) + " |"
    lines = [header, "|---" * (len(sizes) + 1) + "|"]
    for name, getter in GROWTH_ROWS:
        cells = []
        for _, size in sizes:
            value = _growth_value(getter, size)
            cells.append("n/a" if value is None else _num(value))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "![cost against size](bench/growth.png)"]
    return lines


def plot(results: dict[str, Any]) -> None:
    """Draw the growth curves (log-log) into ``bench/growth.png``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = _sizes(results)
    if not sizes:
        return
    xs = [int(label) for label, _ in sizes]
    panels = [
        (
            "time, s",
            [
                "kg bulk load, s",
                "Oxigraph bulk_load, s",
                "projection build, s",
                "API start-up, s",
                "Turtle export, s",
                "N-Triples export, s",
                "GraphML, s",
                "GEXF, s",
            ],
        ),
        (
            "memory and disk, MB",
            [
                "store on disk, MB",
                "peak RSS kg load, MB",
                "peak RSS projection, MB",
                "peak RSS API server, MB",
            ],
        ),
        (
            "API p95 latency, ms",
            [
                "relations p95, ms",
                "relations by degree p95, ms",
                "neighbors depth 2 p95, ms",
                "paths p95, ms",
                "sparql 2-hop p95, ms",
            ],
        ),
    ]
    getters = dict(GROWTH_ROWS)
    figure, axes = plt.subplots(1, len(panels), figsize=(16, 5))
    for axis, (title, names) in zip(axes, panels, strict=True):
        for name in names:
            points = [
                (x, _growth_value(getters[name], size))
                for x, (_, size) in zip(xs, sizes, strict=True)
            ]
            points = [(x, y) for x, y in points if y is not None and y > 0]
            if points:
                axis.plot(*zip(*points, strict=True), marker="o", label=name)
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("assertions")
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=7)
    figure.suptitle("kg: cost against graph size (medians; log-log)")
    figure.tight_layout()
    figure.savefig(PLOT, dpi=110)
    plt.close(figure)


def _run_lines(results: dict[str, Any]) -> list[str]:
    """Describe the run, or the two runs when a part was kept from an earlier one."""
    run = results.get("run", {})
    parts = {
        name: results[name]["run"]
        for name in ("throughput", "scale")
        if isinstance(results.get(name), dict) and "run" in results[name]
    }
    if len(parts) < 2 or parts["throughput"].get("date") == parts["scale"].get("date"):
        return [
            f"- Run: {run.get('date', 'unknown date')}, `{run.get('command', 'make bench')}`, "
            f"{run.get('runs', '?')} runs per figure, sizes {run.get('sizes', '?')}, "
            f"**{_num(run.get('wall_seconds', float('nan')) / 60)} minutes** in all."
        ]
    titles = {"throughput": "Sections 1 and 2", "scale": "Sections 3 to 5"}
    return [
        f"- {titles[name]}: run {part.get('date', 'unknown date')}, "
        f"`{part.get('command', 'make bench')}`, {part.get('runs', '?')} runs per figure, "
        f"{_num(part.get('wall_seconds', float('nan')) / 60)} minutes (of that command)."
        for name, part in parts.items()
    ]


def render(results: dict[str, Any]) -> str:
    """Return the text of BENCHMARKS.md."""
    machine = results.get("machine", {})
    versions = machine.get("versions", {})
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`bench/`): every figure comes from the run described "
        "here; do not edit the tables by hand (the analysis at the end is "
        "`bench/NOTES.md`). Figures are **median (min–max)** over the runs; every ratio is "
        "taken against a baseline measured in the same run, with the absolute figures "
        "beside it. Other work ran on the machine at the same time, so absolute figures "
        "are noisy; the ratios less so.",
        "",
        *_run_lines(results),
        f"- Machine: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
        f"{machine.get('memory_gib', '?')} GiB RAM, {machine.get('os', '?')}.",
        f"- Versions: Python {machine.get('python', '?')}, "
        + ", ".join(f"{name} {version}" for name, version in versions.items())
        + ".",
        "",
        "## Targets",
        "",
        *targets_table(results),
        "",
        "## 1 and 2. Extraction and ingest throughput",
        "",
        *throughput_section(results),
        "",
        "## 3. Store and API at scale",
        "",
        *scale_section(results),
        "",
        "## 4. Export throughput",
        "",
        *export_section(results),
        "",
        "## 5. Growth",
        "",
        *growth_section(results),
        "",
        *cluster.section(results),
    ]
    if VIEWER.exists():
        lines += [
            "## 7. The viewer in headless Chromium",
            "",
            "An ego network drawn by the viewer (`bench/viewer.py`): `api` is the `/ego` "
            "request as the browser timed it, `draw` adding the elements to Cytoscape and "
            "the fcose layout, `total` from navigation start to the network laid out, "
            "`painted` from navigation start to the second animation frame after that "
            "(Cytoscape has drawn it on its canvas; the target is judged on it). The "
            "baseline is the same page on the examples' store (about 100 actors).",
            "",
            VIEWER.read_text().rstrip(),
            "",
        ]
    if ROBUSTNESS.exists():
        lines += [ROBUSTNESS.read_text().rstrip(), ""]
    if NOTES.exists():
        lines += [NOTES.read_text().rstrip(), ""]
    return "\n".join(lines)


def main() -> None:
    results = load_results()
    plot(results)
    OUTPUT.write_text(render(results))
    print(
        f"wrote {OUTPUT.relative_to(REPO)} and {PLOT.relative_to(REPO)} ({time.strftime('%H:%M')})"
    )


if __name__ == "__main__":
    main()
