"""The viewer on a 10,000-actor store: how long an ego network takes to draw in Chromium.

Builds the benchmark's synthetic graph with 10,000 actors (200,000 assertions, as
``bench.scale`` does), serves it with ``kg serve``, and opens the viewer's deep link of
an actor in Debian's headless Chromium (Selenium, ``chromium-driver``), ``--runs`` times
for each actor and depth. Prints, per case, the median and the worst of:

- ``api``: the ``/ego`` request as the browser timed it (Resource Timing);
- ``draw``: adding the elements to Cytoscape and laying them out (fcose), as the page
  times it (``document.body.dataset.drawMs``);
- ``total``: from navigation start to the network laid out (page load, scripts, API, draw);
- ``painted``: from navigation start to the second animation frame after that, when
  Cytoscape has drawn the network on its canvas (it draws in an animation frame of its
  own, after the layout). The script watches for it itself (a script the browser runs
  in each page before the viewer's), so that any version of the viewer is measured
  alike; the target is judged on it;

and the same for the examples' store as the baseline (the ratio says what 10,000 actors
cost over 100). Run: ``python -m bench.viewer [--runs 5] [--keep]``; it prints the
figures and writes them to ``bench/viewer-results.md``, which ``python -m bench.report``
puts in BENCHMARKS.md (section 6).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "viewer-results.md"
CASES = (("united-states", 1), ("iran", 1), ("united-states", 2), ("hezbollah", 2))
KEYS = ("api", "draw", "total", "painted")


def build_synthetic(store: Path, assertions: int) -> None:
    from bench.synth import SynthSpec, generate_graphs
    from kg.gazetteer import load_gazetteer
    from kg.pipeline import write_vocabulary
    from kg.store import EmbeddedStore

    gazetteer = load_gazetteer()
    kg_store = EmbeddedStore(store)
    write_vocabulary(kg_store, gazetteer)
    kg_store.bulk_replace_graphs(
        generate_graphs(SynthSpec(assertions=assertions), kg_store.iris, gazetteer=gazetteer)
    )
    kg_store.close()


def serve(store: Path, port: int) -> subprocess.Popen[bytes]:
    kg = str(Path(sys.executable).parent / "kg")
    process = subprocess.Popen(
        [kg, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError("kg serve did not start")


# Run in each page before its scripts: when the viewer marks the network laid out
# (``data-drawn-at`` on the body), note the time of the second animation frame after.
PAINT_WATCH = """
new MutationObserver(() => {
  const at = document.body && document.body.dataset.drawnAt;
  if (at && at !== window.kgDrawnAt) {
    window.kgDrawnAt = at;
    window.kgPaintedAt = null;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.kgPaintedAt = performance.now();
    }));
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-drawn-at"] });
"""


def browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(argument)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PAINT_WATCH})
    return driver


def measure(driver: Any, base: str, actor: str, depth: int) -> dict[str, float]:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{base}/?actor={actor}&hops={depth}")
    WebDriverWait(driver, 60).until(
        lambda d: (
            d.execute_script("return document.body.dataset.loaded") == actor
            and d.execute_script("return window.kgPaintedAt")
        )
    )
    figures = driver.execute_script(
        """
        const ego = performance.getEntriesByType('resource').filter(e => e.name.includes('/ego/'));
        return {api: ego.length ? ego[0].duration : null,
                draw: Number(document.body.dataset.drawMs),
                total: Number(document.body.dataset.drawnAt), painted: window.kgPaintedAt,
                nodes: cy.nodes().length, edges: cy.edges().length};
        """
    )
    return figures


def run_cases(base: str, runs: int, cases: tuple[tuple[str, int], ...]) -> dict[str, Any]:
    driver = browser()
    results: dict[str, Any] = {}
    try:
        for actor, depth in cases:
            samples = [measure(driver, base, actor, depth) for _ in range(runs + 1)][1:]
            results[f"{actor} d{depth}"] = {
                key: (statistics.median(s[key] for s in samples), max(s[key] for s in samples))
                for key in KEYS
            } | {"nodes": samples[0]["nodes"], "edges": samples[0]["edges"]}
    finally:
        driver.quit()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assertions", type=int, default=200_000)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "kg-bench-viewer"))
    parser.add_argument("--keep", action="store_true", help="reuse the store of a past run")
    args = parser.parse_args()
    from tests.test_api import free_port

    work = Path(args.work)
    big, small = work / "synthetic", work / "examples"
    if not args.keep or not big.exists():
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        start = time.perf_counter()
        build_synthetic(big, args.assertions)
        print(f"synthetic store: {time.perf_counter() - start:.0f} s", file=sys.stderr)
        kg = str(Path(sys.executable).parent / "kg")
        subprocess.run(
            [kg, "ingest", str(ROOT / "examples"), "--store", str(small)],
            check=True,
            capture_output=True,
        )
    report: dict[str, Any] = {}
    for name, store, cases in (
        ("examples", small, (("united-states", 1), ("iran", 1), ("united-states", 2))),
        ("synthetic", big, CASES),
    ):
        port = free_port()
        process = serve(store, port)
        try:
            base = f"http://127.0.0.1:{port}"
            report[name] = run_cases(base, args.runs, cases)
            report[name]["actors"] = httpx.get(base + "/health").json()["nodes"]
        finally:
            process.terminate()
            process.wait()
    lines = [f"runs per case: {args.runs} (after one warm-up); times in ms: median / worst"]
    for name, cases in report.items():
        lines.append(f"{name} store: {cases.pop('actors')} actors in the projection")
        for case, figures in cases.items():
            lines.append(
                f"  {case:20} {figures['nodes']:4} nodes {figures['edges']:5} edges  "
                + "  ".join(
                    f"{key} {figures[key][0]:7.1f} / {figures[key][1]:7.1f}" for key in KEYS
                )
            )
    ratio = report["synthetic"]["united-states d1"]["painted"][0] / max(
        report["examples"]["united-states d1"]["painted"][0], 1e-9
    )
    lines.append(f"united-states d1 painted, synthetic over examples: {ratio:.2f}x")
    print("\n".join(lines))
    worst = max(figures["painted"][0] for figures in report["synthetic"].values())
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    OUTPUT.write_text(
        f"Run {when}: `python -m bench.viewer --runs {args.runs}`; the synthetic store is "
        f"`bench.synth`'s graph of {args.assertions:,} assertions. The slowest median "
        f"from navigation to the network painted, at 10,000 actors: {worst:.0f} ms "
        f"(target < 1,000 ms: {'**met**' if worst < 1000 else '**not met**'}).\n\n"
        "```\n" + "\n".join(lines) + "\n```\n"
    )


if __name__ == "__main__":
    main()
