"""Store, API and exports at scale, on synthetic graphs (sections 3, 4 and 5).

For each size (assertions): write the synthetic graph as N-Quads (the baseline loader's
input), then, each measured ``runs`` times in fresh processes:

- bulk load: kg's path (records -> ``article_quads`` -> ``bulk_replace_graphs``) against
  Oxigraph's own bulk loader on the N-Quads file; store size on disk; peak RSS;
- the networkx projection: build time and peak RSS, against Oxigraph counting the
  assertion pattern;
- the API, served by a real uvicorn process on 127.0.0.1: the open-loop load generator
  (:mod:`bench.loadgen`) sends each request mix at a fixed rate, bounded in count and
  time; the baseline is the HTTP floor (``GET /docs``: FastAPI and uvicorn, no store);
- exports: Turtle and N-Triples against rdflib serialising the same triples (up to
  ``--rdflib-max`` assertions: rdflib holds them all in memory); GraphML and GEXF of the
  projection against networkx's writers on the same graph.

Generated data lives under ``$KG_BENCH_DIR`` (default ``/tmp/kg-bench``) and is removed
after each size. ``python -m bench.scale --sizes 10000,100000``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from bench.common import (
    REPO,
    WORK,
    clean_dir,
    disk_usage,
    load_results,
    log,
    machine,
    run_child,
    save_results,
    spread,
)
from bench.loadgen import run_load
from bench.synth import SynthSpec, write_nquads
from kg.vocab import Iris

RATE = 20.0  # requests per second, per mix
REQUESTS = 120  # per round
ROUND_SECONDS = 15.0  # no request is sent after this
REQUEST_TIMEOUT = 30.0
WARM_UP = 5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


class Server:
    """``uvicorn api.main:create_app --factory`` on 127.0.0.1, over one store."""

    def __init__(self, store: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "api.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--no-access-log",
            "--log-level",
            "warning",
        ]
        env = {**os.environ, "KG_STORE": str(store)}
        start = time.perf_counter()
        self.process = subprocess.Popen(command, cwd=REPO, env=env)
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/openapi.json", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - start > 1800:
                self.stop()
                raise RuntimeError("uvicorn did not start in 30 minutes")
            time.sleep(0.2)
        self.startup_seconds = time.perf_counter() - start
        self.openapi: dict[str, Any] = httpx.get(self.url + "/openapi.json").json()

    def peak_rss(self) -> int:
        """The server process's peak resident set size so far."""
        return _peak_rss(self.process.pid)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 30 s)."""
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _query_names(openapi: dict[str, Any], path: str) -> list[str] | None:
    operation = openapi.get("paths", {}).get(path, {}).get("get")
    if operation is None:
        return None
    return [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]


def _find_path(openapi: dict[str, Any], *candidates: str) -> str | None:
    paths = openapi.get("paths", {})
    return next((c for c in candidates if "get" in paths.get(c, {})), None)


def _pick(names: list[str], preferred: tuple[str, ...]) -> str | None:
    return next((n for n in preferred if n in names), None)


def request_mixes(
    openapi: dict[str, Any], actors: list[tuple[str, int]], *, base_iri: str, seed: int
) -> dict[str, list[str] | None]:
    """Return the request paths of each mix; ``None`` for an endpoint the API lacks.

    Actors are drawn uniformly from the projection's nodes, except in the ``by degree``
    mix, where an actor's chance is proportional to its degree (busy actors are asked
    about more often, and have the most edges to return).
    """
    rng = random.Random(seed)
    ids = [actor for actor, _ in actors]
    weights = [max(1, degree) for _, degree in actors]

    def uniform() -> str:
        return quote(rng.choice(ids), safe="")

    def by_degree() -> str:
        return quote(rng.choices(ids, weights=weights)[0], safe="")

    mixes: dict[str, list[str] | None] = {"HTTP floor: GET /docs": ["/docs"] * REQUESTS}
    relations = _find_path(openapi, "/actors/{actor_id}/relations")
    mixes["relations (uniform actor)"] = (
        [f"/actors/{uniform()}/relations" for _ in range(REQUESTS)] if relations else None
    )
    mixes["relations (actor by degree)"] = (
        [f"/actors/{by_degree()}/relations" for _ in range(REQUESTS)] if relations else None
    )
    neighbours = _find_path(
        openapi, "/actors/{actor_id}/neighbors", "/actors/{actor_id}/neighbours"
    )
    if neighbours:
        names = _query_names(openapi, neighbours) or []
        query = "?depth=2" if "depth" in names else ""
        template = neighbours.replace("{actor_id}", "{}")
        mixes["neighbors depth 2"] = [template.format(uniform()) + query for _ in range(REQUESTS)]
    else:
        mixes["neighbors depth 2"] = None
    paths = _find_path(openapi, "/paths")
    names = _query_names(openapi, "/paths") or []
    source = _pick(names, ("from", "source", "start", "src", "a"))
    target = _pick(names, ("to", "target", "end", "dst", "b"))
    if paths and source and target:
        mixes["paths"] = [
            f"/paths?{source}={uniform()}&{target}={uniform()}" for _ in range(REQUESTS)
        ]
    else:
        mixes["paths"] = None
    sparql = _find_path(openapi, "/sparql")
    if sparql and "query" in (_query_names(openapi, "/sparql") or []):
        prefix = base_iri + "actor/"
        requests = []
        for _ in range(REQUESTS):
            actor = f"<{prefix}{uniform()}>"
            query = (
                f"SELECT ?r1 ?mid ?r2 ?far WHERE {{ {actor} ?r1 ?mid . ?mid ?r2 ?far . "
                f'FILTER (STRSTARTS(STR(?mid), "{prefix}") && STRSTARTS(STR(?far), "{prefix}")) '
                "} LIMIT 100"
            )
            requests.append("/sparql?" + urlencode({"query": query}))
        mixes["sparql 2-hop"] = requests
    else:
        mixes["sparql 2-hop"] = None
    return mixes


def bench_api(store: Path, actors_file: Path, runs: int) -> dict[str, Any]:
    """Serve ``store`` and measure every request mix ``runs`` times."""
    actors = [tuple(a) for a in json.loads(actors_file.read_text())]
    server = Server(store)
    log(f"  uvicorn ready in {server.startup_seconds:.1f} s")
    result: dict[str, Any] = {"startup_seconds": server.startup_seconds, "mixes": {}}
    try:
        base_iri = Iris().base
        for round_ in range(runs):
            mixes = request_mixes(server.openapi, actors, base_iri=base_iri, seed=round_)
            for name, paths in mixes.items():
                entry = result["mixes"].setdefault(name, {"runs": []})
                if paths is None:
                    entry["available"] = False
                    continue
                entry["available"] = True
                for path in paths[:WARM_UP]:  # not measured: first-use caches, connections
                    httpx.get(server.url + path, timeout=REQUEST_TIMEOUT)
                load = run_load(
                    server.url,
                    paths,
                    rate=RATE,
                    seconds=ROUND_SECONDS,
                    timeout=REQUEST_TIMEOUT,
                )
                summary = load.summary()
                entry["runs"].append(summary)
                log(
                    f"  {name}: p50 {summary['p50_ms']:.1f} ms, p95 {summary['p95_ms']:.1f} ms, "
                    f"p99 {summary['p99_ms']:.1f} ms ({summary['ok']}/{summary['sent']} ok)"
                )
        result["peak_rss"] = server.peak_rss()
    finally:
        server.stop()
    for entry in result["mixes"].values():
        if entry["runs"]:
            for figure in ("p50_ms", "p95_ms", "p99_ms"):
                entry[figure] = spread([r[figure] for r in entry["runs"]])
    return result


def bench_size(assertions: int, runs: int, *, rdflib_max: int) -> dict[str, Any]:
    """Measure one size; return its figures."""
    work = clean_dir(WORK / f"scale-{assertions}")
    work.mkdir(parents=True)
    result: dict[str, Any] = {"assertions": assertions}
    try:
        nquads = work / "synthetic.nq"
        start = time.perf_counter()
        graphs, quads = write_nquads(SynthSpec(assertions=assertions), nquads, Iris())
        result.update(
            generate_seconds=time.perf_counter() - start,
            articles=graphs,
            quads_written=quads,
            nquads_bytes=nquads.stat().st_size,
            actors=SynthSpec(assertions=assertions).actors,
        )
        log(f"{assertions}: {graphs} articles, {quads} quads, {result['nquads_bytes']:,} bytes")

        store = work / "store"
        loads: dict[str, list[float]] = {"kg": [], "oxigraph": [], "kg_rss": [], "ox_rss": []}
        for run in range(runs):
            ox_store = work / "oxigraph-store"
            child = run_child("oxload", "--nquads", str(nquads), "--store", str(ox_store))
            loads["oxigraph"].append(child.data["seconds"])
            loads["ox_rss"].append(child.peak_rss)
            result["oxigraph_store_bytes"] = disk_usage(ox_store)
            shutil.rmtree(ox_store)
            child = run_child("kgload", "--assertions", str(assertions), "--store", str(store))
            loads["kg"].append(child.data["seconds"])
            loads["kg_rss"].append(child.peak_rss)
            log(
                f"  load run {run + 1}: kg {loads['kg'][-1]:.1f} s, "
                f"oxigraph {loads['oxigraph'][-1]:.1f} s"
            )
        result["load"] = {
            "kg_seconds": spread(loads["kg"]),
            "oxigraph_seconds": spread(loads["oxigraph"]),
            "ratio": spread([o / k for k, o in zip(loads["kg"], loads["oxigraph"], strict=True)]),
            "kg_assertions_per_second": spread([assertions / s for s in loads["kg"]]),
            "kg_peak_rss": spread(loads["kg_rss"]),
            "oxigraph_peak_rss": spread(loads["ox_rss"]),
        }
        nquads.unlink()
        result["store_bytes"] = disk_usage(store)
        result.update(run_child("count", "--store", str(store)).data)
        log(f"  store: {result['store_bytes']:,} bytes, {result['quads']} quads")

        actors_file = work / "actors.json"
        projections = [
            run_child("project", "--store", str(store), "--actors", str(actors_file))
            for _ in range(runs)
        ]
        result["projection"] = {
            "seconds": spread([p.data["seconds"] for p in projections]),
            "baseline_seconds": spread([p.data["baseline_seconds"] for p in projections]),
            "ratio": spread([p.data["baseline_seconds"] / p.data["seconds"] for p in projections]),
            "peak_rss": spread([p.peak_rss for p in projections]),
            "nodes": projections[0].data["nodes"],
            "edges": projections[0].data["edges"],
            "matches": projections[0].data["matches"],
        }
        log(f"  projection: {result['projection']['seconds']['median']:.1f} s")

        result["api"] = bench_api(store, actors_file, runs)

        result["export"] = bench_exports(store, work, runs, rdflib=assertions <= rdflib_max)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def bench_exports(store: Path, work: Path, runs: int, *, rdflib: bool) -> dict[str, Any]:
    """Turtle and N-Triples (against rdflib), GraphML and GEXF (against networkx)."""
    result: dict[str, Any] = {}
    for name in ("turtle", "ntriples"):
        child = run_child(
            "rdfexport",
            "--store",
            str(store),
            "--format",
            name,
            "--output",
            str(work / f"export.{name}"),
            "--runs",
            str(runs),
        )
        result[name] = {"seconds": spread(child.data["seconds"]), "bytes": child.data["bytes"]}
        result[name]["_raw"] = child.data["seconds"]
        log(f"  {name}: {result[name]['seconds']['median']:.1f} s")
    if rdflib:
        ntriples = work / "triples.nt"
        from kg.export import export
        from kg.store import EmbeddedStore

        with EmbeddedStore(store) as opened, ntriples.open("wb") as output:
            export(opened, "ntriples", output)
        child = run_child(
            "rdflib",
            "--ntriples",
            str(ntriples),
            "--format",
            "turtle,nt",
            "--runs",
            str(runs),
        )
        ntriples.unlink()
        result["rdflib_triples"] = child.data["triples"]
        result["rdflib_peak_rss"] = child.peak_rss
        for name, rdflib_name in (("turtle", "turtle"), ("ntriples", "nt")):
            seconds = child.data["seconds"][rdflib_name]
            result[name]["rdflib_seconds"] = spread(seconds)
            result[name]["ratio"] = spread(
                [r / k for k, r in zip(result[name]["_raw"], seconds, strict=True)]
            )
            log(f"  rdflib {name}: {result[name]['rdflib_seconds']['median']:.1f} s")
    for name in ("turtle", "ntriples"):
        del result[name]["_raw"]
    child = run_child(
        "graphexport", "--store", str(store), "--output", str(work / "graph"), "--runs", str(runs)
    )
    result["graph_edges"] = child.data["edges"]
    result["graph_nodes"] = child.data["nodes"]
    result["graph_peak_rss"] = child.peak_rss
    for name in ("graphml", "gexf"):
        data = child.data[name]
        result[name] = {
            "seconds": spread(data["seconds"]),
            "networkx_seconds": spread(data["networkx_seconds"]),
            "ratio": spread(
                [n / k for k, n in zip(data["seconds"], data["networkx_seconds"], strict=True)]
            ),
            "bytes": data["bytes"],
        }
        log(f"  {name}: {result[name]['seconds']['median']:.1f} s")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rdflib-max", type=int, default=100_000)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = load_results()
    results["machine"] = machine()
    scale = results.setdefault("scale", {})
    scale["runs"] = args.runs
    scale["load_generator"] = {
        "rate": RATE,
        "requests": REQUESTS,
        "round_seconds": ROUND_SECONDS,
        "timeout": REQUEST_TIMEOUT,
        "warm_up": WARM_UP,
    }
    sizes_done = scale.setdefault("sizes", {})
    for stale in [key for key in sizes_done if int(key) not in sizes]:
        del sizes_done[stale]
    for size in sizes:
        free = shutil.disk_usage(WORK.parent if not WORK.exists() else WORK).free
        log(f"size {size}: {free / 2**30:.0f} GiB free under {WORK}")
        start = time.perf_counter()
        sizes_done[str(size)] = bench_size(size, args.runs, rdflib_max=args.rdflib_max)
        sizes_done[str(size)]["wall_seconds"] = time.perf_counter() - start
        save_results(results)


if __name__ == "__main__":
    main()
