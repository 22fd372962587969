"""Hostile SPARQL queries against a running ``kg serve``: who else is still served?

    python -m bench.hostile                  # both scenarios, the figures of BENCHMARKS.md

Builds the example graph (``kg ingest examples``) in a temporary store, serves it on a
free loopback port (default limits: 10 s, 4 queries at once, 2 per client), and sends
six copies at once of a query that would run for hours::

    SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }

- scenario ``one-client``: the six come from one address (127.0.0.2);
- scenario ``six-clients``: each from its own address (127.0.0.2 to .7), with
  ``KG_SPARQL_MAX_RUNNING=8`` so that all six run.

Meanwhile and for 3 s after their answers, another address (127.0.0.1) asks ``/health``,
``/actors?q=iran`` and a ``LIMIT 1`` SPARQL query every 0.25 s; the script prints the
slowest answer of each, during and after, the hostile queries' statuses, and how long
after the deadline the server's processes (server and query workers) went back to idle
(under 5 % of a core over 0.2 s; the new workers forked in place of the killed ones are
not counted).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LIMIT_1 = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def workers(server: int) -> set[int]:
    """The query workers of ``server``: the children of its worker template (its child)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
    templates = {pid for pid, parent in parents.items() if parent == server}
    return {pid for pid, parent in parents.items() if parent in templates}


def ticks(pids: set[int]) -> int:
    """CPU ticks (user + system) of the processes of ``pids`` still alive."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total


def example_store(folder: Path) -> Path:
    """Ingest the bundled examples into a store in ``folder`` and return its path."""
    store = folder / "store"
    subprocess.run(
        [KG, "ingest", str(REPO / "examples"), "--store", str(store)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return store


@contextmanager
def serving(store: Path, env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``kg serve`` on ``store`` on a free loopback port until it answers ``/health``.

    Yields the server process and its URL; stops it (SIGINT, then SIGKILL of its process
    group after 30 s) on the way out.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [KG, "serve", "--port", str(port), "--store", str(store)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                try:
                    client.get("/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
        yield server, url
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def scenario(name: str, store: Path, addresses: list[str], env: dict[str, str]) -> None:
    with serving(store, env) as (server, url):
        friend = httpx.Client(base_url=url, timeout=60)
        friend.get("/sparql", params={"query": LIMIT_1})  # the first workers start

        def hostile(address: str) -> httpx.Response:
            transport = httpx.HTTPTransport(local_address=address)
            with httpx.Client(base_url=url, transport=transport, timeout=60) as client:
                return client.get("/sparql", params={"query": HOSTILE})

        slowest: dict[tuple[str, str], float] = {}
        statuses: Counter[tuple[str, int]] = Counter()
        phase = ["during"]
        done = threading.Event()

        def probe() -> None:
            while not done.is_set():
                for probe_name, path, params in (
                    ("/health", "/health", {}),
                    ("/actors", "/actors", {"q": "iran"}),
                    ("LIMIT 1", "/sparql", {"query": LIMIT_1}),
                ):
                    started = time.monotonic()
                    response = friend.get(path, params=params)
                    took = time.monotonic() - started
                    key = (phase[0], probe_name)
                    slowest[key] = max(slowest.get(key, 0.0), took)
                    statuses[(probe_name, response.status_code)] += 1
                time.sleep(0.25)

        prober = threading.Thread(target=probe)
        started = time.monotonic()
        with ThreadPoolExecutor(6) as pool:
            attacks = [pool.submit(hostile, addresses[i % len(addresses)]) for i in range(6)]
            prober.start()
            time.sleep(1)
            running = workers(server.pid)  # the workers running the hostile queries
            responses = [attack.result() for attack in attacks]
        answered = time.monotonic() - started
        phase[0] = "after"
        # CPU of the server and of the workers that were running (not of the new ones,
        # which load their modules): from the answers on, in 0.2 s windows, until under
        # 5 % of a core.
        old = running | {server.pid}
        idle_after = None
        previous = ticks(old)
        window_start = time.monotonic()
        while time.monotonic() - window_start < 5:
            time.sleep(0.2)
            now = ticks(old)
            if (now - previous) / TICK / 0.2 < 0.05:
                idle_after = time.monotonic() - window_start
                break
            previous = now
        killed = len(running - workers(server.pid))
        time.sleep(max(0.0, 3 - (time.monotonic() - window_start)))
        done.set()
        prober.join()
        friend.close()
        hostile_statuses = Counter(
            f"{r.status_code} {r.json()['error']['detail']['limit']}" for r in responses
        )
        print(f"\n## {name}: six hostile queries from {len(set(addresses))} address(es)")
        print(f"hostile answers after {answered:.2f} s: {dict(hostile_statuses)}")
        for (when, probe_name), took in sorted(slowest.items()):
            print(f"slowest {probe_name} {when} them: {took * 1000:.0f} ms")
        print(f"probe statuses: {dict(statuses)}")
        idle = f"{idle_after:.1f} s" if idle_after is not None else "not within 5 s"
        print(f"workers running the hostile queries: {len(running)}, killed: {killed}")
        print(f"server and those workers idle (<5 % of a core) {idle} after the answers")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kg-hostile-"))
    try:
        store = example_store(work)
        scenario("one-client", store, ["127.0.0.2"], {})
        six = [f"127.0.0.{i}" for i in range(2, 8)]
        scenario("six-clients", store, six, {"KG_SPARQL_MAX_RUNNING": "8"})
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
