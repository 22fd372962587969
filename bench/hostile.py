"""Hostile SPARQL queries against a running ``kg serve``: who else is still served?

    python -m bench.hostile                  # both scenarios, the figures of BENCHMARKS.md

Builds the example graph (``kg ingest examples``) in a temporary store, serves it on a
free loopback port (default limits: 10 s, 4 queries at once, 2 per client), and sends
six copies at once of a query that would run for hours::

    SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }

- scenario ``one-client``: the six come from one address (127.0.0.2);
- scenario ``six-clients``: each from its own address (127.0.0.2 to .7), with
  ``KG_SPARQL_MAX_RUNNING=8`` so that all six run.

From 1 s before them and until 3 s after their answers, another address (127.0.0.1) asks
``/health``, ``/actors?q=iran`` and a ``LIMIT 1`` SPARQL query every 0.25 s; the script
prints the slowest answer of each, before, during and after, and the hostile queries'
statuses. CPU: how long after the answers the server and the workers that ran the
hostile queries went back to idle (under 5 % of a core over 0.2 s); and the CPU of all
the server's processes (the server, its worker template and every query worker, the ones
forked in place of the killed ones included) in 0.2 s windows up to 2 s after the
answers, beside the same for the probes alone in the second before the hostile queries.
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
from collections.abc import Callable, Iterator
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


def _parents() -> dict[int, int]:
    """The parent of every live process, by process id."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
    return parents


def workers(server: int) -> set[int]:
    """The query workers of ``server``: the children of its worker template (its child)."""
    parents = _parents()
    templates = {pid for pid, parent in parents.items() if parent == server}
    return {pid for pid, parent in parents.items() if parent in templates}


def tree(server: int) -> set[int]:
    """``server``, its worker template and the template's workers."""
    parents = _parents()
    templates = {pid for pid, parent in parents.items() if parent == server}
    return {server} | templates | {pid for pid, p in parents.items() if p in templates}


def ticks(pids: set[int]) -> dict[int, int]:
    """CPU ticks (user + system) of each process of ``pids`` still alive."""
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = int(fields[11]) + int(fields[12])
    return found


def busy(before: dict[int, int], after: dict[int, int]) -> int:
    """CPU ticks spent between two samples: a process new in ``after`` counts all its own."""
    return sum(spent - before.get(pid, 0) for pid, spent in after.items())


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
        phase[0] = "before"
        prober.start()
        baseline = cpu_windows(lambda: tree(server.pid), 5)  # the probes alone, for 1 s
        phase[0] = "during"
        started = time.monotonic()
        with ThreadPoolExecutor(6) as pool:
            attacks = [pool.submit(hostile, addresses[i % len(addresses)]) for i in range(6)]
            time.sleep(1)
            running = workers(server.pid)  # the workers running the hostile queries
            responses = [attack.result() for attack in attacks]
        answered = time.monotonic() - started
        phase[0] = "after"
        window_start = time.monotonic()
        # The server and the workers that ran the hostile queries, from the answers on,
        # in 0.2 s windows until under 5 % of a core (a process that ended drops out).
        hostile_pids = running | {server.pid}
        idle_after = None
        previous = ticks(hostile_pids)
        while time.monotonic() - window_start < 5:
            time.sleep(0.2)
            now = ticks(hostile_pids)
            if busy(previous, now) / TICK / 0.2 < 0.05:
                idle_after = time.monotonic() - window_start
                break
            previous = now
        killed = len(running - workers(server.pid))
        # All the server's processes (the new workers, the template and those serving
        # the probes included), over the 2 s from the answers on.
        remaining = 2 - (time.monotonic() - window_start)
        after = cpu_windows(lambda: tree(server.pid), max(round(remaining / 0.2), 1))
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
        print(
            "all the server's processes, % of a core in 0.2 s windows: probes alone before "
            f"them {percents(baseline)}; from {2 - remaining:.1f} s to 2 s after the answers "
            f"{percents(after)}"
        )


def cpu_windows(pids_of: Callable[[], set[int]], count: int) -> list[float]:
    """CPU of the processes ``pids_of`` gives, in % of a core, over ``count`` 0.2 s windows."""
    shares = []
    previous = ticks(pids_of())
    for _ in range(count):
        time.sleep(0.2)
        now = ticks(pids_of() | set(previous))
        shares.append(busy(previous, now) / TICK / 0.2 * 100)
        previous = now
    return shares


def percents(shares: list[float]) -> str:
    """The shares as ``3 12 0 %``, and their maximum."""
    return " ".join(f"{share:.0f}" for share in shares) + f" % (most {max(shares):.0f} %)"


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
