"""Crash safety: kill -9 at random moments of writes, then check the store.

    python -m bench.crash --trials 100            # the figures of BENCHMARKS.md
    python -m bench.crash --trials 1 --modes ingest --articles 3 --data FILE  # short

Three kinds of write, in turn (a trial each):

- ``ingest``: an ingest of VOA stories (what ``kg ingest`` runs);
- ``api``: a uvicorn server of the app taking ``POST /articles`` (one story a request),
  ``DELETE /articles/{id}`` and ``POST /actors/{id}/aliases`` from a client;
- ``curation``: on a store holding the stories, an alias and a merge (what ``kg alias``
  and ``kg merge`` run), then an ingest of the stories again, which replays the
  corrections on what it extracts.

The spaCy model is loaded once; each write runs in a process forked from this one (so
that a trial does not spend its time loading the model), on a copy of its starting
store, and is killed with ``SIGKILL`` at a moment drawn uniformly from the length of a
clean run of the same write. Then the script checks:

1. the store opens;
2. every article is wholly present (its graph equal, quad for quad, to the graph of the
   article at some step of a clean run: after the ingest, the merge, the re-ingest) or
   wholly absent;
3. curation records are whole: each has every field records of its kind have;
4. running the same writes again to the end gives the graph of a clean run (every
   article graph equal, the same corrections).

A trial passes when all four hold. Prints one line per trial and the total; exits 1 if
a trial failed.
"""

import argparse
import contextlib
import json
import os
import pickle
import random
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx
import uvicorn

from api.main import create_app
from api.settings import Settings
from kg.curation import add_alias, merge_actors
from kg.errors import KGError
from kg.ingest import parse_article_record
from kg.pipeline import Pipeline
from kg.store import EmbeddedStore
from kg.vocab import Iris

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "voa" / "voa-conflict-stories.jsonl"
IRIS = Iris()
KGO = "https://kg.example.org/ontology#"
ALIAS = ("iran", "Persia-of-the-benchmark")  # a name in no story: the graphs do not change
MODES = ("ingest", "api", "curation")

Snapshot = dict[str, frozenset[str]]
T = TypeVar("T")


def fork(work: Callable[[], None]) -> int:
    """Run ``work`` in a forked process; return its pid (it exits 0 when done, else 1)."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            work()
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def in_child(function: Callable[..., T], *args: object) -> T:
    """Return ``function(*args)`` computed in a forked process.

    This process never opens a store itself: RocksDB's background threads would be
    forked in the middle of what they do, and a writer forked afterwards could hang.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            outcome: tuple[bool, object] = (True, function(*args))
        except BaseException as err:
            outcome = (False, f"{type(err).__name__}: {err}")
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(outcome, pipe)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        ok, value = pickle.load(pipe)
    os.waitpid(pid, 0)
    if not ok:
        raise RuntimeError(value)
    return value  # type: ignore[no-any-return]


def wait(pid: int) -> None:
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"a write process failed ({os.waitstatus_to_exitcode(status)})")


def kill(pid: int) -> bool:
    """Kill -9 a write process; return whether it had already ended."""
    done, _ = os.waitpid(pid, os.WNOHANG)
    if done:
        return True
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Writes:
    """The writes of each mode, run in forked processes."""

    def __init__(self, articles: list[dict[str, object]], pipeline: Pipeline) -> None:
        self.articles = articles
        self.parsed = [parse_article_record(a) for a in articles]
        self.pipeline = pipeline
        self.merge: tuple[str, str] = ("", "")

    def ingest(self, path: Path) -> int:
        def work() -> None:
            with EmbeddedStore(path, iris=IRIS) as store:
                self.pipeline.ingest(store, self.parsed)

        return fork(work)

    def curation(self, path: Path, steps: tuple[str, ...] = ("alias", "merge", "ingest")) -> int:
        def work() -> None:
            with EmbeddedStore(path, iris=IRIS) as store:
                if "alias" in steps:
                    add_alias(store, *ALIAS)
                if "merge" in steps:
                    with contextlib.suppress(KGError):  # merged already (a re-run)
                        merge_actors(store, *self.merge)
                if "ingest" in steps:
                    self.pipeline.ingest(store, self.parsed)

        return fork(work)

    def api(self, path: Path) -> int:
        """Fork a server; send the writes from a forked client; the server is killed."""
        port = free_port()
        ready_read, ready_write = os.pipe()

        def serve() -> None:
            os.close(ready_read)
            app = create_app(Settings(store=str(path), base_iri=IRIS.base))
            server = uvicorn.Server(
                uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical")
            )
            thread = threading.Thread(target=server.run)
            thread.start()
            while not server.started:
                time.sleep(0.01)
            app.state.writer._pipeline = self.pipeline  # the model, loaded already
            os.write(ready_write, b"x")
            thread.join()

        server = fork(serve)
        os.close(ready_write)
        os.read(ready_read, 1)
        os.close(ready_read)

        def send() -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as http:
                for article in self.articles:
                    http.post("/articles", json=article).raise_for_status()
                http.delete(f"/articles/{self.articles[0]['id']}")
                response = http.post(f"/actors/{ALIAS[0]}/aliases", json={"name": ALIAS[1]})
                assert response.status_code < 500, response.text

        client = fork(send)
        self.server = server
        return client

    def stop_api(self, *, killed: bool) -> None:
        """After the client: kill the server (-9 in a trial; it is done in a clean run)."""
        os.kill(self.server, signal.SIGKILL)
        os.waitpid(self.server, 0)


def snapshot(path: Path) -> tuple[Snapshot, Counter[tuple[str, ...]], list[str]]:
    """Open the store; return its article graphs, its corrections and broken records."""
    return in_child(read_snapshot, path)


def read_snapshot(path: Path) -> tuple[Snapshot, Counter[tuple[str, ...]], list[str]]:
    """Do what :func:`snapshot` says, in this process."""
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
    CORRECTION_KINDS.update(in_child(read_correction_kinds, path))


def read_correction_kinds(path: Path) -> dict[str, tuple[str, ...]]:
    """Return the fields of the correction records of a store, per kind."""
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
    return {kind: tuple(sorted(names)) for kind, names in fields.items()}


class Mode:
    """One kind of write: how to start it on a store, and what a clean run gives."""

    def __init__(
        self, name: str, writes: Writes, start: Callable[[Path], int], base: Path | None
    ) -> None:
        self.name = name
        self.writes = writes
        self.start = start
        self.base = base  # the starting store (None: empty)
        self.duration = 0.0
        self.versions: dict[str, set[frozenset[str]]] = {}
        self.final: Snapshot = {}
        self.corrections: Counter[tuple[str, ...]] = Counter()

    def fresh(self, path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)
        if self.base is not None:
            shutil.copytree(self.base, path)

    def finish(self, pid: int, *, killed: bool = False) -> None:
        if not killed:
            wait(pid)
        if self.name == "api":
            self.writes.stop_api(killed=killed)

    def add_versions(self, graphs: Snapshot) -> None:
        for graph, quads in graphs.items():
            self.versions.setdefault(graph, set()).add(quads)

    def clean_run(self, path: Path) -> None:
        self.fresh(path)
        if self.name == "curation":  # every step's graphs are whole versions
            for step in ("alias", "merge"):
                wait(self.writes.curation(path, (step,)))
                self.add_versions(snapshot(path)[0])
            self.fresh(path)
        started = time.monotonic()
        self.finish(self.start(path))
        self.duration = time.monotonic() - started
        self.final, self.corrections, broken = snapshot(path)
        assert not broken, broken
        self.add_versions(self.final)
        self.add_versions(INGESTED)

    def trial(self, path: Path, rng: random.Random) -> tuple[bool, str]:
        self.fresh(path)
        moment = rng.uniform(0, self.duration)
        pid = self.start(path)
        time.sleep(moment)
        finished = kill(pid)
        if self.name == "api":
            self.writes.stop_api(killed=True)
        problems = []
        try:
            graphs, _, broken = snapshot(path)
        except Exception as err:
            return False, f"at {moment:.2f} s: the store does not open: {err}"
        partial = [g for g, q in graphs.items() if q not in self.versions.get(g, set())]
        if partial:
            problems.append(f"{len(partial)} articles partly written: {partial}")
        if broken:
            problems.append(f"{len(broken)} broken curation records")
        self.finish(self.start(path))  # the same writes again, to the end
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
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = [line for line in args.data.read_text().splitlines() if line.strip()]
    articles = [json.loads(line) for line in lines[: args.articles]]
    pipeline = Pipeline()
    pipeline.nlp  # noqa: B018 - load the model before forking
    writes = Writes(articles, pipeline)
    work = Path(tempfile.mkdtemp(prefix="kg-crash-"))
    try:
        names = args.modes.split(",")
        ingested = work / "ingested"  # the starting store of curation: the stories
        wait(writes.ingest(ingested))
        INGESTED.update(snapshot(ingested)[0])
        writes.merge = in_child(merge_pair, ingested)
        modes = {
            "ingest": Mode("ingest", writes, writes.ingest, None),
            "api": Mode("api", writes, writes.api, None),
            "curation": Mode("curation", writes, writes.curation, ingested),
        }
        chosen = [modes[name] for name in names]
        for mode in chosen:
            mode.clean_run(work / f"clean-{mode.name}")
            if mode.name == "curation":
                learn_corrections(work / f"clean-{mode.name}")
            print(f"clean {mode.name}: {mode.duration:.1f} s", flush=True)
        passed = Counter[str]()
        done = Counter[str]()
        for number in range(args.trials):
            mode = chosen[number % len(chosen)]
            ok, message = mode.trial(work / "trial", rng)
            done[mode.name] += 1
            passed[mode.name] += ok
            verdict = "PASS" if ok else "FAIL"
            print(f"trial {number + 1} {mode.name}: {verdict} {message}", flush=True)
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
