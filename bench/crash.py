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
store. The process says on a pipe when its write starts (the store is open, or the
client sends its first request) and when it has ended (the store closed, or the last
answer read); the writer (the ingesting process, or the server) is killed with
``SIGKILL`` at a moment drawn uniformly from the length of that window in a clean run,
counted from the start of the write. When the write ends before the moment (it ran
faster than in the clean run), the trial starts again on a fresh copy with a moment
drawn from the length it just took, up to 10 times; the script counts the kills that
landed while the write was in progress and the moments drawn again. Then it checks:

1. the store opens;
2. every article is wholly present (its graph equal, quad for quad, to the graph of the
   article at some step of a clean run: after the ingest, the merge, the re-ingest) or
   wholly absent;
3. curation records are whole: each has every field records of its kind have;
4. running the same writes again to the end gives the graph of a clean run (every
   article graph equal, the same corrections).

A trial passes when all four hold. Prints one line per trial, then the totals: trials
consistent, kills that landed during the write; exits 1 if a trial failed.
"""

import argparse
import contextlib
import json
import os
import pickle
import random
import select
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
from dataclasses import dataclass
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


def kill(pid: int) -> None:
    """Kill -9 a process (unless it has ended) and reap it (unless reaped already)."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # reaped already
        return
    if done:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


START, END = b"s", b"e"  # what a write process says on its pipe


Mark = Callable[[bytes], None]


def fork_marked(work: Callable[[Mark], None]) -> tuple[int, int]:
    """Fork ``work(mark)``; return its pid and the pipe on which it marks its write."""
    read_end, write_end = os.pipe()

    def mark(byte: bytes) -> None:
        os.write(write_end, byte)

    def child() -> None:
        os.close(read_end)
        work(mark)

    pid = fork(child)
    os.close(write_end)
    return pid, read_end


@dataclass
class Running:
    """A write in progress in forked processes.

    Attributes:
        writer: the process that writes the store, killed in a trial.
        marks: the read end of the pipe on which a process says ``START`` when the write
            starts and ``END`` when it has ended.
        waited: the processes a clean run waits for (they exit 0 when done).
        after: the processes ended (-9) once the write is over or killed (a server).
    """

    writer: int
    marks: int
    waited: tuple[int, ...]
    after: tuple[int, ...] = ()

    def started(self) -> float:
        """Wait for the write to start; return when it did (``time.monotonic``)."""
        if os.read(self.marks, 1) != START:
            self.end(killed=True)
            raise RuntimeError("a write process ended before its write started")
        return time.monotonic()

    def to_end(self) -> float:
        """Let the write run to its end; return its length (seconds, START to END)."""
        started = self.started()
        mark = os.read(self.marks, 1)
        length = time.monotonic() - started
        self.end(killed=False)
        if mark != END:
            raise RuntimeError("a write process ended before its write did")
        return length

    def kill_at(self, moment: float) -> tuple[bool, float]:
        """Kill -9 the writer ``moment`` s after the write started, unless it ends first.

        Returns whether the kill landed while the write was in progress, and how long
        the write had run when it ended (or was killed).
        """
        started = self.started()
        ready, _, _ = select.select([self.marks], [], [], moment)
        if ready:  # it ended first
            length = time.monotonic() - started
            ended = os.read(self.marks, 1) == END
            self.end(killed=not ended)
            return False, length
        kill(self.writer)
        length = time.monotonic() - started
        os.set_blocking(self.marks, False)
        try:
            late = os.read(self.marks, 1)  # said just before the kill landed
        except BlockingIOError:
            late = b""
        self.end(killed=True)
        return late != END, length

    def end(self, *, killed: bool) -> None:
        """Reap the processes (kill -9 those still running after a kill); close the pipe."""
        for pid in self.waited:
            if killed:
                kill(pid)
            else:
                wait(pid)
        for pid in self.after:
            kill(pid)
        os.close(self.marks)


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

    def ingest(self, path: Path) -> Running:
        def work(mark: Mark) -> None:
            with EmbeddedStore(path, iris=IRIS) as store:
                mark(START)
                self.pipeline.ingest(store, self.parsed)
            mark(END)

        pid, marks = fork_marked(work)
        return Running(pid, marks, (pid,))

    def curation(
        self, path: Path, steps: tuple[str, ...] = ("alias", "merge", "ingest")
    ) -> Running:
        def work(mark: Mark) -> None:
            with EmbeddedStore(path, iris=IRIS) as store:
                mark(START)
                if "alias" in steps:
                    add_alias(store, *ALIAS)
                if "merge" in steps:
                    with contextlib.suppress(KGError):  # merged already (a re-run)
                        merge_actors(store, *self.merge)
                if "ingest" in steps:
                    self.pipeline.ingest(store, self.parsed)
            mark(END)

        pid, marks = fork_marked(work)
        return Running(pid, marks, (pid,))

    def api(self, path: Path) -> Running:
        """Fork a server, then a client that sends the writes; the server is the writer."""
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

        def send(mark: Mark) -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as http:
                mark(START)
                try:
                    for article in self.articles:
                        http.post("/articles", json=article).raise_for_status()
                    http.delete(f"/articles/{self.articles[0]['id']}")
                    response = http.post(f"/actors/{ALIAS[0]}/aliases", json={"name": ALIAS[1]})
                except httpx.TransportError:  # the server was killed under it
                    os._exit(1)
                assert response.status_code < 500, response.text
            mark(END)

        client, marks = fork_marked(send)
        return Running(server, marks, (client,), after=(server,))


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


ATTEMPTS = 10  # moments drawn for a trial, at most, while the write ends first


@dataclass
class Outcome:
    """What a trial found."""

    ok: bool
    during: bool  # the kill landed while the write was in progress
    redrawn: int  # moments drawn again because the write had ended first
    message: str


class Mode:
    """One kind of write: how to start it on a store, and what a clean run gives."""

    def __init__(
        self, name: str, writes: Writes, start: Callable[[Path], Running], base: Path | None
    ) -> None:
        self.name = name
        self.writes = writes
        self.start = start
        self.base = base  # the starting store (None: empty)
        self.duration = 0.0  # the write's length in the clean run (START to END)
        self.versions: dict[str, set[frozenset[str]]] = {}
        self.final: Snapshot = {}
        self.corrections: Counter[tuple[str, ...]] = Counter()

    def fresh(self, path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)
        if self.base is not None:
            shutil.copytree(self.base, path)

    def add_versions(self, graphs: Snapshot) -> None:
        for graph, quads in graphs.items():
            self.versions.setdefault(graph, set()).add(quads)

    def clean_run(self, path: Path) -> None:
        self.fresh(path)
        if self.name == "curation":  # every step's graphs are whole versions
            for step in ("alias", "merge"):
                self.writes.curation(path, (step,)).to_end()
                self.add_versions(snapshot(path)[0])
            self.fresh(path)
        self.duration = self.start(path).to_end()
        self.final, self.corrections, broken = snapshot(path)
        assert not broken, broken
        self.add_versions(self.final)
        self.add_versions(INGESTED)

    def trial(self, path: Path, rng: random.Random) -> Outcome:
        limit = self.duration
        redrawn = -1
        while redrawn < ATTEMPTS - 1:
            redrawn += 1
            self.fresh(path)
            moment = rng.uniform(0, limit)
            during, length = self.start(path).kill_at(moment)
            if during:
                break
            limit = min(limit, length)  # it ran faster: draw within what it took
        where = f"killed at {moment:.2f} s of the write"
        if not during:
            where += f" (it had ended at {length:.2f} s, {ATTEMPTS} times)"
        elif redrawn:
            where += f" (the moment drawn {redrawn + 1} times: the write had ended first)"
        problems = []
        try:
            graphs, _, broken = snapshot(path)
        except Exception as err:
            return Outcome(False, during, redrawn, f"{where}: the store does not open: {err}")
        partial = [g for g, q in graphs.items() if q not in self.versions.get(g, set())]
        if partial:
            problems.append(f"{len(partial)} articles partly written: {partial}")
        if broken:
            problems.append(f"{len(broken)} broken curation records")
        self.start(path).to_end()  # the same writes again, to the end
        graphs, corrections, broken = snapshot(path)
        if graphs != self.final:
            problems.append("the re-run's graph differs from a clean run's")
        if set(corrections) != set(self.corrections) or broken:
            problems.append(f"corrections {dict(corrections)} != {dict(self.corrections)}")
        return Outcome(not problems, during, redrawn, f"{where}: " + ("; ".join(problems) or "ok"))


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
        writes.ingest(ingested).to_end()
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
            print(f"clean {mode.name}: the write took {mode.duration:.2f} s", flush=True)
        passed = Counter[str]()
        during = Counter[str]()
        done = Counter[str]()
        redrawn = 0
        for number in range(args.trials):
            mode = chosen[number % len(chosen)]
            outcome = mode.trial(work / "trial", rng)
            done[mode.name] += 1
            passed[mode.name] += outcome.ok
            during[mode.name] += outcome.during
            redrawn += outcome.redrawn
            verdict = "PASS" if outcome.ok else "FAIL"
            print(f"trial {number + 1} {mode.name}: {verdict} {outcome.message}", flush=True)
        total = sum(passed.values())
        per_mode = ", ".join(f"{m.name} {passed[m.name]}/{done[m.name]}" for m in chosen)
        landed = ", ".join(f"{m.name} {during[m.name]}/{done[m.name]}" for m in chosen)
        print(
            f"{total}/{args.trials} consistent ({per_mode}); "
            f"{sum(during.values())}/{args.trials} kills during writes ({landed}; "
            f"{redrawn} moments drawn again because the write had ended first)",
            flush=True,
        )
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
