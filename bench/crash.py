"""Crash safety: kill -9 at random moments of writes, then check the store.

    python -m bench.crash --trials 100            # the figures of BENCHMARKS.md
    python -m bench.crash --trials 3 --articles 3 # the short version (tests/test_crash.py)

Three kinds of write, in turn (a trial each):

- ``ingest``: ``kg ingest`` of VOA stories;
- ``api``: a ``kg serve`` process taking ``POST /articles`` (one story a request),
  ``DELETE /articles/{id}`` and ``POST /actors/{id}/aliases``;
- ``curation``: ``kg alias`` and ``kg merge`` on a store holding the stories, then
  ``kg ingest`` again, which replays the corrections on what it extracts.

Each trial copies a starting store, starts the writes, kills the writing process with
``SIGKILL`` at a moment drawn uniformly from the length of a clean run, and checks:

1. the store opens;
2. every article is wholly present (its graph equal, quad for quad, to the graph a clean
   run writes for it, before or after the trial's corrections) or wholly absent;
3. curation records are whole: each has its kind, actor, time and the fields of its kind;
4. running the same writes again to the end gives the graph of a clean run (every
   article graph equal; the same corrections).

A trial passes when all four hold. Prints one line per trial and the total; exits 1 if
a trial failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx

from kg.store import EmbeddedStore
from kg.vocab import Iris

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "voa" / "voa-conflict-stories.jsonl"
KG = [str(Path(sys.executable).parent / "kg")]
IRIS = Iris()
KGO = "https://kg.example.org/ontology#"
ALIAS = ("iran", "Persia-of-the-benchmark")  # a name in no story: the graphs do not change
MODES = ("ingest", "api", "curation")

Snapshot = dict[str, frozenset[str]]


def kg(*args: str | Path, store: Path) -> subprocess.Popen[bytes]:
    """Start a kg command on ``store`` in a process group of its own."""
    return subprocess.Popen(
        [*KG, *map(str, args)],
        env={**os.environ, "KG_STORE": str(store)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def run(*args: str | Path, store: Path) -> None:
    process = kg(*args, store=store)
    if process.wait() not in (0, 1):
        raise RuntimeError(f"kg {' '.join(map(str, args))} failed ({process.returncode})")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def api_writes(store: Path, articles: list[dict[str, object]]) -> subprocess.Popen[bytes]:
    """Start a server on ``store`` and a client process sending the API writes."""
    port = free_port()
    server = subprocess.Popen(
        [*KG, "serve", "--port", str(port), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    client = subprocess.Popen(
        [sys.executable, "-m", "bench.crash", "--client", str(port)],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it fails when the server is killed under it
        start_new_session=True,
    )
    assert client.stdin is not None
    client.stdin.write(json.dumps(articles).encode())
    client.stdin.close()
    server.client = client  # type: ignore[attr-defined]
    return server


def client_main(port: int) -> None:
    """Send the API writes (the client process of ``api``); exit 0 when all are done."""
    articles = json.load(sys.stdin)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    with httpx.Client(base_url=url, timeout=120) as http:
        while True:
            try:
                http.get("/health")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    sys.exit(2)
                time.sleep(0.05)
        for article in articles:
            http.post("/articles", json=article).raise_for_status()
        http.delete(f"/articles/{articles[0]['id']}")
        http.post(f"/actors/{ALIAS[0]}/aliases", json={"name": ALIAS[1]}).raise_for_status()


def wait_api(server: subprocess.Popen[bytes]) -> None:
    client: subprocess.Popen[bytes] = server.client  # type: ignore[attr-defined]
    code = client.wait()
    stop(server)
    if code != 0:
        raise RuntimeError(f"the API writes failed ({code})")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a clean run's server (SIGINT: uvicorn shuts down and the store is released)."""
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)


def kill(process: subprocess.Popen[bytes]) -> None:
    """Kill -9 a process and its group (the query workers of a server too)."""
    for target in (process, getattr(process, "client", None)):
        if target is None:
            continue
        with contextlib.suppress(ProcessLookupError):
            os.killpg(target.pid, signal.SIGKILL)
        target.wait()


def snapshot(path: Path) -> tuple[Snapshot, Counter[tuple[str, ...]], list[str]]:
    """Open the store; return its article graphs, its corrections and broken records."""
    store = EmbeddedStore(path, iris=IRIS)
    try:
        graphs: dict[str, set[str]] = {}
        curation: dict[str, dict[str, list[str]]] = {}
        for quad in store.quads():
            graph = str(quad.graph_name)[1:-1]
            if graph.startswith(IRIS.base + "graph/article/"):
                graphs.setdefault(graph, set()).add(str(quad))
            elif graph == IRIS.curation_graph:
                fields = curation.setdefault(str(quad.subject), {})
                fields.setdefault(quad.predicate.value, []).append(quad.object.value)
    finally:
        store.close()
        del store
    corrections: Counter[tuple[str, ...]] = Counter()
    broken = []
    for subject, fields in curation.items():
        kinds = [v.rsplit("#", 1)[-1] for v in fields.get(IRIS_TYPE, [])]
        if not any(kind in CORRECTION_KINDS for kind in kinds):
            continue  # an actor description, not a record
        kind = next(kind for kind in kinds if kind in CORRECTION_KINDS)
        needed = CORRECTION_KINDS[kind]
        if any(KGO + name not in fields for name in needed):
            broken.append(subject)
            continue
        key = tuple(sorted(fields[KGO + name][0] for name in needed if name != "created"))
        corrections[(kind, *key)] += 1
    return {g: frozenset(q) for g, q in graphs.items()}, corrections, broken


IRIS_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# The fields every correction of a kind has (see kg.curation).
CORRECTION_KINDS: dict[str, tuple[str, ...]] = {}


def learn_corrections(path: Path) -> None:
    """Read which fields the records of a clean run have, per kind (what 'whole' means)."""
    store = EmbeddedStore(path, iris=IRIS)
    rows = store.select(
        f"SELECT ?s ?kind ?p WHERE {{ GRAPH <{IRIS.curation_graph}> {{ ?s a ?kind ; ?p ?o . "
        f"?s <{KGO}created> ?c }} }}"
    )
    store.close()
    del store
    fields: dict[str, set[str]] = {}
    for row in rows:
        kind = row["kind"].value.rsplit("#", 1)[-1]
        name = row["p"].value
        if name.startswith(KGO):
            fields.setdefault(kind, set()).add(name[len(KGO) :])
    for kind, names in fields.items():
        CORRECTION_KINDS[kind] = tuple(sorted(names))


class Mode:
    """One kind of write: how to start it from a starting store, and its clean result."""

    def __init__(
        self,
        name: str,
        start: Callable[[Path], subprocess.Popen[bytes]],
        finish: Callable[[subprocess.Popen[bytes]], None],
        base: Path | None,
    ) -> None:
        self.name = name
        self.start = start
        self.finish = finish
        self.base = base  # the starting store (None: empty)
        self.duration = 0.0
        self.versions: dict[str, set[frozenset[str]]] = {}
        self.final: Snapshot = {}
        self.corrections: Counter[tuple[str, ...]] = Counter()

    def fresh(self, path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)
        if self.base is not None:
            shutil.copytree(self.base, path)

    def clean_run(self, path: Path) -> None:
        self.fresh(path)
        before, _, _ = snapshot(path) if self.base is not None else ({}, None, None)
        started = time.monotonic()
        self.finish(self.start(path))
        self.duration = time.monotonic() - started
        self.final, self.corrections, broken = snapshot(path)
        assert not broken, broken
        for graphs in (before, self.final, INGESTED):
            for graph, quads in graphs.items():
                self.versions.setdefault(graph, set()).add(quads)

    def trial(self, path: Path, rng: random.Random) -> tuple[bool, str]:
        self.fresh(path)
        moment = rng.uniform(0, self.duration)
        process = self.start(path)
        time.sleep(moment)
        finished = process.poll() is not None
        kill(process)
        problems = []
        try:
            graphs, _, broken = snapshot(path)
        except Exception as err:
            return False, f"at {moment:.2f} s: the store does not open: {err}"
        partial = [g for g, q in graphs.items() if q not in self.versions.get(g, set())]
        if partial:
            problems.append(f"{len(partial)} articles partly written")
        if broken:
            problems.append(f"{len(broken)} broken curation records")
        # Run the writes again, to the end (the curation commands only if not recorded).
        self.finish(self.start(path))
        graphs, corrections, broken = snapshot(path)
        if graphs != self.final:
            problems.append("the re-run's graph differs from a clean run's")
        if set(corrections) != set(self.corrections) or broken:
            problems.append(f"corrections {dict(corrections)} != {dict(self.corrections)}")
        note = " (it had ended)" if finished else ""
        return not problems, f"killed at {moment:.2f} s{note}: " + ("; ".join(problems) or "ok")


INGESTED: Snapshot = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--articles", type=int, default=8, help="VOA stories per write")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--client", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        client_main(args.client)
        return
    rng = random.Random(args.seed)
    lines = [line for line in args.data.read_text().splitlines() if line.strip()]
    articles = [json.loads(line) for line in lines[: args.articles]]
    work = Path(tempfile.mkdtemp(prefix="kg-crash-"))
    data = work / "stories.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in articles))
    try:
        chosen_names = args.modes.split(",")
        # The starting store of curation: the stories, ingested.
        ingested = work / "ingested"
        keep = drop = ""
        if "curation" in chosen_names:
            run("ingest", data, store=ingested)
            INGESTED.update(snapshot(ingested)[0])
            keep, drop = merge_pair(ingested)

        def curate(path: Path) -> subprocess.Popen[bytes]:
            script = (
                f"{' '.join(KG)} alias {ALIAS[0]} {ALIAS[1]} && "
                f"{' '.join(KG)} merge {keep} {drop} ; "
                f"{' '.join(KG)} ingest {data}"
            )
            return subprocess.Popen(
                ["sh", "-c", script],
                env={**os.environ, "KG_STORE": str(path)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )

        def wait(process: subprocess.Popen[bytes]) -> None:
            if process.wait() not in (0, 1):
                raise RuntimeError(f"a clean run failed ({process.returncode})")

        modes = {
            "ingest": Mode("ingest", lambda p: kg("ingest", data, store=p), wait, None),
            "api": Mode("api", lambda p: api_writes(p, articles), wait_api, None),
            "curation": Mode("curation", curate, wait, ingested),
        }
        chosen = [modes[name] for name in chosen_names]
        for mode in chosen:
            mode.clean_run(work / f"clean-{mode.name}")
            if mode.name == "curation":
                learn_corrections(work / f"clean-{mode.name}")
            print(f"clean {mode.name}: {mode.duration:.1f} s", flush=True)
        for mode in chosen:  # what a clean ingest writes is also a whole version
            for graph, quads in INGESTED.items():
                mode.versions.setdefault(graph, set()).add(quads)
        passed = Counter[str]()
        done = Counter[str]()
        for number in range(args.trials):
            mode = chosen[number % len(chosen)]
            ok, message = mode.trial(work / "trial", rng)
            done[mode.name] += 1
            passed[mode.name] += ok
            print(
                f"trial {number + 1} {mode.name}: {'PASS' if ok else 'FAIL'} {message}", flush=True
            )
        total = sum(passed.values())
        per_mode = ", ".join(f"{m.name} {passed[m.name]}/{done[m.name]}" for m in chosen)
        print(f"{total}/{args.trials} consistent ({per_mode})", flush=True)
        if total != args.trials:
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def merge_pair(path: Path) -> tuple[str, str]:
    """Two actors of the stories to merge: the most and the least connected non-state."""
    store = EmbeddedStore(path, iris=IRIS)
    rows = store.select(
        f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?x <{KGO}subject> ?a }} }} "
        "GROUP BY ?a ORDER BY DESC(?n) ?a"
    )
    store.close()
    del store
    ids = [IRIS.actor_id(row["a"].value) for row in rows]
    return ids[0], ids[-1]


if __name__ == "__main__":
    main()
