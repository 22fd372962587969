"""Many readers and one writer at once against a running ``kg serve``.

    python -m bench.load                      # 50 readers, 60 s: the figures of BENCHMARKS.md
    python -m bench.load --clients 10 --seconds 10

Builds the example graph (``kg ingest examples``) in a temporary store and serves it on
a free loopback port with an API key (default limits). Then, for ``--seconds``:

- ``--clients`` readers, each from its own loopback address (127.0.0.10, .11, ...; the
  per-client read limit counts addresses), each sending one request after another
  (closed loop), drawn in turn from a mix of the read endpoints: ``/health``,
  ``/actors?q=``, ``/actors/{id}``, ``/actors/{id}/relations``, ``/ego/{id}``,
  ``/relations``, ``/timeline``, ``/paths``, ``/stats``, ``/sparql`` (``LIMIT 10``) and
  ``/export`` (GEXF of one actor's neighbourhood);
- one writer (127.0.0.9) posting the three VOA stories of ``tests/data/voa`` with the
  key, one article a request, over and over (each post replaces the article).

It prints, per endpoint, the requests, the failures (a transport error or a status other
than 2xx and 404, "no such path" being an answer), p50/p95/p99 latency in ms; the 503s
(a read limit refusing a request, with its reason) are counted apart from the errors; and
the server's resident memory (its process and its query workers, from ``/proc``) at the
start (after one write has loaded the model), every ``--sample-every`` seconds (10) and
at the end. Bounded in time
(``--seconds`` plus at most ``--timeout`` for the last answers) and to loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

from bench.hostile import example_store, serving, workers
from bench.loadgen import percentile

REPO = Path(__file__).resolve().parent.parent
KEY = "load-test-key"
VOA = REPO / "tests" / "data" / "voa" / "voa-conflict-stories-3.jsonl"


def rss_mb(pids: set[int]) -> float:
    """Resident memory of the live processes of ``pids``, in MB."""
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def requests_for(actors: list[str]) -> list[tuple[str, str, dict[str, str]]]:
    """The read mix: (name, path, params), each actor-dependent one for a random actor."""
    one, other = random.sample(actors, 2)
    return [
        ("/health", "/health", {}),
        ("/actors?q=", "/actors", {"q": one[:3]}),
        ("/actors/{id}", f"/actors/{one}", {}),
        ("/actors/{id}/relations", f"/actors/{one}/relations", {"limit": "20"}),
        ("/ego/{id}", f"/ego/{one}", {"depth": "2"}),
        ("/relations", "/relations", {"subject": one, "limit": "20"}),
        ("/timeline", "/timeline", {"actor": one, "limit": "20"}),
        ("/paths", "/paths", {"from": one, "to": other, "max_length": "3"}),
        ("/stats", "/stats", {}),
        ("/sparql", "/sparql", {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10"}),
        ("/export", "/export", {"format": "gexf", "actor": one, "depth": "1"}),
    ]


async def reader(
    url: str, address: str, actors: list[str], until: float, timeout: float, results: dict
) -> None:
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(base_url=url, transport=transport, timeout=timeout) as client:
        while time.monotonic() < until:
            for name, path, params in requests_for(actors):
                if time.monotonic() >= until:
                    return
                started = time.monotonic()
                try:
                    response = await client.get(path, params=params)
                    status = response.status_code
                    ok = 200 <= status < 300 or status == 404  # "no such path": an answer
                except httpx.HTTPError as error:
                    ok, status = False, type(error).__name__
                took = time.monotonic() - started
                entry = results[name]
                entry["latencies"].append(took)
                if not ok:
                    entry["errors"][str(status)] = entry["errors"].get(str(status), 0) + 1


async def writer(url: str, until: float, timeout: float, results: dict) -> None:
    articles = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]
    transport = httpx.AsyncHTTPTransport(local_address="127.0.0.9")
    headers = {"X-API-Key": KEY}
    async with httpx.AsyncClient(
        base_url=url, transport=transport, timeout=timeout, headers=headers
    ) as client:
        index = 0
        while time.monotonic() < until:
            started = time.monotonic()
            try:
                response = await client.post("/articles", json=articles[index % len(articles)])
                ok, status = 200 <= response.status_code < 300, response.status_code
            except httpx.HTTPError as error:
                ok, status = False, type(error).__name__
            entry = results["POST /articles"]
            entry["latencies"].append(time.monotonic() - started)
            if not ok:
                entry["errors"][str(status)] = entry["errors"].get(str(status), 0) + 1
            index += 1


async def run(url: str, actors: list[str], clients: int, seconds: float, timeout: float) -> dict:
    results: dict = defaultdict(lambda: {"latencies": [], "errors": {}})
    until = time.monotonic() + seconds
    tasks = [
        reader(url, f"127.0.0.{10 + i}", actors, until, timeout, results) for i in range(clients)
    ]
    tasks.append(writer(url, until, timeout, results))
    await asyncio.gather(*tasks)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument(
        "--sample-every", type=float, default=10.0, help="seconds between memory samples"
    )
    args = parser.parse_args()
    if not 1 <= args.clients <= 200:
        parser.error("--clients: 1 to 200")
    folder = Path(tempfile.mkdtemp(prefix="kg-load-"))
    try:
        with serving(example_store(folder), {"KG_API_KEY": KEY}) as (server, url):
            with httpx.Client(base_url=url, timeout=60) as client:
                listed = client.get("/actors", params={"limit": "200"}).json()["items"]
                actors = [a["id"] for a in listed]
                client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})  # workers start
                # the model loads on the first write: load it before memory is measured
                first = json.loads(VOA.read_text(encoding="utf-8").splitlines()[0])
                headers = {"X-API-Key": KEY}
                client.post("/articles", json=first, headers=headers).raise_for_status()
            start_rss = rss_mb({server.pid}), rss_mb(workers(server.pid))
            began = time.monotonic()
            samples: list[tuple[float, float, float]] = []
            stop = threading.Event()
            sampler = threading.Thread(
                target=sample_rss, args=(server.pid, began, args.sample_every, samples, stop)
            )
            sampler.start()
            try:
                results = asyncio.run(run(url, actors, args.clients, args.seconds, args.timeout))
            finally:
                stop.set()
                sampler.join()
            elapsed = time.monotonic() - began
            end_rss = rss_mb({server.pid}), rss_mb(workers(server.pid))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = sum(len(r["latencies"]) for r in results.values())
    refused = sum(r["errors"].get("503", 0) for r in results.values())
    errors = sum(sum(r["errors"].values()) for r in results.values()) - refused
    print(
        f"{args.clients} readers + 1 writer, {elapsed:.1f} s: {total:,} requests "
        f"({total / elapsed:,.0f}/s), {errors} errors, {refused} refused by a read limit (503)"
    )
    print(f"{'endpoint':<26}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name in sorted(results):
        entry = results[name]
        latencies = entry["latencies"]
        print(
            f"{name:<26}{len(latencies):>9}{sum(entry['errors'].values()):>8}"
            f"{percentile(latencies, 50) * 1000:>9.0f}{percentile(latencies, 95) * 1000:>9.0f}"
            f"{percentile(latencies, 99) * 1000:>9.0f}"
            + (f"  {entry['errors']}" if entry["errors"] else "")
        )
    print(
        f"server memory: process {start_rss[0]:.0f} MB at the start, {end_rss[0]:.0f} MB at "
        f"the end; query workers {start_rss[1]:.0f} MB, {end_rss[1]:.0f} MB"
    )
    print("server memory over time (s: process MB, query workers MB): ", end="")
    print(", ".join(f"{at:.0f}: {process:.0f}, {pool:.0f}" for at, process, pool in samples))


def sample_rss(
    server: int,
    began: float,
    every: float,
    samples: list[tuple[float, float, float]],
    stop: threading.Event,
) -> None:
    """Append (seconds since ``began``, server MB, workers MB) every ``every`` s until ``stop``."""
    while not stop.wait(every):
        samples.append((time.monotonic() - began, rss_mb({server}), rss_mb(workers(server))))


if __name__ == "__main__":
    main()
