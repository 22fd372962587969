"""Ingest on a Dask cluster (``kg ingest PATH... --cluster tcp://HOST:8786 | local:N``).

The client (the ``kg ingest`` process) reads the articles, the same inputs as a local
ingest, and submits them in partitions of at most ``partition_size`` articles (fewer
when the input is small, so that every worker thread gets about four: one partition too
many for one worker leaves the others idle at the end), a bounded window at a time, as
tasks of a Dask distributed scheduler. Each worker loads the spaCy model, the actor
ruler and the gazetteer once, when it joins (:class:`PipelinePlugin`, a Dask worker
plugin), then parses and extracts each partition it is given.

Who writes:

- a remote store (``http(s)://``): each worker writes its articles' named graphs itself,
  one request per article (``Store.replace_graph``), so the store takes writes from every
  worker at once and the client only counts;
- the embedded store (a folder, which one process holds): the workers hand the
  assertions back and the client writes them.

``writer="client"`` forces the second way on a remote store too (the benchmark measures
both, ``bench/cluster.py``).

Correct under failure: an article's graph is written whole, in one request, and it
*replaces* the graph of that id, never adds to it; so a partition that runs again (its
worker died, Dask gave the task to another worker) rewrites the same graphs with the same
quads, and nothing is lost or duplicated. A partition whose task fails for good (an error
in the code, a worker killed more often than Dask's ``allowed-failures``) has its
articles reported as skipped, and the rest goes on.

Curation stays global: the client reads the store's corrections at the start, builds the
curated gazetteer (:func:`kg.curation.curate_gazetteer`) and sends it to every worker
once (``scatter(broadcast=True)``); each task names the corrections it was planned with,
and a worker builds its curated actor ruler once per set of corrections. The client reads
the corrections again every ``curation_interval`` seconds and sends the new gazetteer
when they changed, so a correction made during a long ingest applies from then on.
Scattered data lives only on the workers: if every worker holding it dies, the scheduler
cancels the tasks that need it, and the client scatters the gazetteer again and sends
those partitions again (up to three times each).

An article id given twice in one run: the last one is ingested (as in a local ingest,
where it replaces the first).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import distributed
from distributed import WorkerPlugin
from distributed.client import FutureCancelledError

from kg.curation import apply_corrections, curate_gazetteer, read_corrections
from kg.errors import IngestError, KGError, UnknownNameError
from kg.extract import extract_assertions
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.pipeline import IngestReport, write_vocabulary
from kg.rdf import article_quads
from kg.store import RemoteStore, Store
from kg.types import Article, Assertion
from kg.vocab import Iris

if TYPE_CHECKING:
    from distributed import Client, Future
    from spacy.language import Language

__all__ = [
    "PLUGIN_NAME",
    "ClusterError",
    "ClusterProgress",
    "PartitionResult",
    "PipelinePlugin",
    "connect",
    "heap_for_large_blocks",
    "ingest_on_cluster",
    "ingest_partition",
    "partition_length",
]

PLUGIN_NAME = "kg-pipeline"
PARTITION_SIZE = 16  # the batch size of kg.extract's nlp.pipe
_TASKS_PER_THREAD = 4  # with few articles, partitions get smaller to give each thread this
CURATION_INTERVAL = 10.0  # seconds between two reads of the store's corrections
_WRITERS = ("workers", "client")
_RESENDS = 3  # times a partition is sent again after the cluster lost its gazetteer
#: Extracted once by every worker at start: dates, places, attribution and coreference
#: load what they need on first use.
_WARM_UP = (
    "US forces struck Kataib Hezbollah in Iraq on Wednesday, according to CentCom. "
    "Iran denied arming the group last week. The militia said it would retaliate."
)


class ClusterError(KGError):
    """The cluster could not be reached or started, or its workers cannot run kg."""


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """Connect to a scheduler (``tcp://HOST:PORT``) or start a LocalCluster (``local:N``).

    A LocalCluster has N worker processes of one thread each (spaCy parses in one thread),
    listens on 127.0.0.1 only (its dashboard on a free port, or ``$KG_DASHBOARD``), and is
    shut down when the block ends.

    Raises:
        ClusterError: the address is malformed, or the scheduler cannot be reached.
    """
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster local:N needs a number of workers, not {count!r}")
        with (
            distributed.LocalCluster(
                n_workers=int(count),
                threads_per_worker=1,
                processes=True,
                dashboard_address=os.environ.get("KG_DASHBOARD", "127.0.0.1:0"),
                host="127.0.0.1",
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    if "://" not in address:
        raise ClusterError(
            f"Not a cluster address: {address!r}. Give tcp://HOST:PORT (a running Dask "
            "scheduler) or local:N (N workers on this machine)."
        )
    try:
        client = distributed.Client(address, timeout=30)
    except OSError as err:
        raise ClusterError(f"Cannot reach the Dask scheduler at {address}: {err}") from err
    with client:
        yield client


#: glibc's mallopt parameter for the size from which malloc maps memory of its own.
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
#: The highest mmap threshold glibc's own adjustment reaches on 64-bit systems (32 MiB);
#: glibc keeps the trim threshold at twice the mmap threshold.
_MMAP_THRESHOLD = 32 * 1024 * 1024


def heap_for_large_blocks() -> bool:
    """Serve large blocks from the heap again in a Dask worker process (glibc only).

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, to give freed
    memory back early. A trim threshold set that way also fixes glibc's mmap threshold
    at 128 KiB, which glibc otherwise raises as it sees large blocks freed: the arrays of
    spaCy's parser are then mapped and unmapped, page by page, at every batch, and a
    worker parsed 20 to 30 % slower than a plain process (80 articles: 17.6 s against
    13.9 s in one process; 13.4 s with this). This sets both thresholds where glibc's
    own adjustment takes them (32 MiB, and twice that for the trim threshold: a worker
    keeps at most 64 MiB freed at the top of its heap). Does nothing when that variable
    is not set, or off glibc.
    """
    from kg.libc import glibc

    libc = glibc()
    if not os.environ.get("MALLOC_TRIM_THRESHOLD_") or libc is None:
        return False
    return bool(
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
        and libc.mallopt(_M_TRIM_THRESHOLD, 2 * _MMAP_THRESHOLD)
    )


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin: the model, the actor ruler and the gazetteer, loaded once.

    It also opens the remote store the worker writes to (``store``: the keyword
    arguments of :class:`~kg.store.RemoteStore`, from :meth:`RemoteStore.settings`), and
    keeps the curated pipeline of the last corrections it was given.
    """

    idempotent = False

    def __init__(
        self,
        *,
        model: str | None = None,
        gazetteer: str | None = None,
        store: dict[str, Any] | None = None,
    ) -> None:
        self.model = model
        self.gazetteer_dir = gazetteer
        self.store_settings = store
        self.store: Store | None = None
        self.gazetteer: Gazetteer | None = None
        self.nlp: Language | None = None
        self._curated: tuple[str, Gazetteer, Language] | None = None

    def setup(self, worker: Any = None) -> None:
        """Load the model and the gazetteer, build the place index, open the store.

        Run by Dask on every worker when the plugin is registered and on every worker
        that joins later; a worker process loads the model once (it is cached), so
        registering the plugin again for the next ingest is cheap.
        """
        from kg.nlp import load_nlp
        from kg.places import preload

        heap_for_large_blocks()
        self.gazetteer = load_gazetteer(self.gazetteer_dir)
        self.nlp = load_nlp(self.model, gazetteer=self.gazetteer_dir)
        preload()
        # Extract once: the matchers and indexes built on first use are built now.
        warm_up = Article(id="warm-up", text=_WARM_UP, date=dt.date(2024, 1, 24))
        for _ in extract_assertions(self.nlp, [warm_up], self.gazetteer):
            pass
        if self.store_settings is not None:
            settings = dict(self.store_settings)
            base = settings.pop("base")
            self.store = RemoteStore(settings.pop("url"), iris=Iris(base), **settings)

    def teardown(self, worker: Any = None) -> None:
        """Close the store."""
        if self.store is not None:
            self.store.close()

    def curated(self, key: str | None, gazetteer: Gazetteer | None) -> tuple[Gazetteer, Language]:
        """Return the gazetteer and pipeline for the corrections ``key`` (None: none)."""
        from kg.nlp import with_gazetteer

        if self.gazetteer is None or self.nlp is None:
            self.setup()
        assert self.gazetteer is not None
        assert self.nlp is not None
        if key is None or gazetteer is None:
            return self.gazetteer, self.nlp
        if self._curated is None or self._curated[0] != key:
            self._curated = (key, gazetteer, with_gazetteer(self.nlp, gazetteer))
        return self._curated[1], self._curated[2]


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionResult:
    """What a worker did with one partition.

    Attributes:
        articles: per article: id, words, assertions, the ids of the actors named.
        assertions: the assertions of each article, when the client writes them.
        parse_seconds: time spent parsing and extracting.
        write_seconds: time spent writing to the store (worker writes).
        worker: the worker's address.
    """

    articles: list[tuple[str, int, int, frozenset[str]]]
    assertions: list[tuple[Article, list[Assertion]]] | None
    parse_seconds: float
    write_seconds: float
    worker: str


def ingest_partition(
    articles: list[Article],
    curation_key: str | None,
    curated: Gazetteer | None,
    write: bool,
) -> PartitionResult:
    """Parse and extract a partition on a worker; write it, or hand it back.

    Runs as a Dask task: the worker's :class:`PipelinePlugin` holds the model.
    """
    from distributed import get_worker

    worker = get_worker()
    plugin: Any = worker.plugins[PLUGIN_NAME]
    gazetteer, nlp = plugin.curated(curation_key, curated)
    start = time.perf_counter()
    extracted = list(extract_assertions(nlp, articles, gazetteer))
    if curation_key is not None:
        extracted = [(a, apply_corrections(found, gazetteer)) for a, found in extracted]
    parse_seconds = time.perf_counter() - start
    write_seconds = 0.0
    if write:
        store: Store = plugin.store
        known = gazetteer.actors.keys()
        start = time.perf_counter()
        for article, assertions in extracted:
            quads = article_quads(article, assertions, store.iris, known_actors=known)
            store.replace_graph(store.iris.article_graph(article.id), quads)
        write_seconds = time.perf_counter() - start
    summary = [
        (
            article.id,
            len(article.text.split()),
            len(assertions),
            frozenset(
                actor
                for assertion in assertions
                for actor in (assertion.subject.actor.id, assertion.object.actor.id)
            ),
        )
        for article, assertions in extracted
    ]
    return PartitionResult(
        articles=summary,
        assertions=None if write else extracted,
        parse_seconds=parse_seconds,
        write_seconds=write_seconds,
        worker=str(worker.address),
    )


@dataclass(slots=True)
class ClusterProgress:
    """The running totals of a cluster ingest, for a progress display.

    Attributes:
        total: articles submitted in all.
        done: articles parsed, extracted and written.
        failed: articles of partitions that failed for good.
        seconds: seconds since the first partition was submitted.
        parse_seconds: worker time spent parsing and extracting, summed over workers.
        write_seconds: time spent writing (by the workers, or by the client).
        workers: the addresses of the workers that returned a partition.
    """

    total: int = 0
    done: int = 0
    failed: int = 0
    seconds: float = 0.0
    parse_seconds: float = 0.0
    write_seconds: float = 0.0
    workers: set[str] = field(default_factory=set)

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        return self.done / self.seconds if self.seconds > 0 else 0.0


def _unique(items: Iterable[Article | IngestError], report: IngestReport) -> list[Article]:
    """Return the articles, the last of each id kept; bad records go to ``report``."""
    by_id: dict[str, Article] = {}
    for item in items:
        if isinstance(item, IngestError):
            report.skipped.append(item)
        else:
            by_id.pop(item.id, None)  # the last one keeps its place in the order too
            by_id[item.id] = item
    return list(by_id.values())


class _Curation:
    """The store's corrections as the workers see them: a key and a scattered gazetteer."""

    def __init__(self, client: Client, store: Store, gazetteer_dir: str | None) -> None:
        self._client = client
        self._store = store
        self._gazetteer_dir = gazetteer_dir
        self._ids: tuple[str, ...] | None = None
        self.key: str | None = None
        self.future: Future[Gazetteer] | None = None
        self.gazetteer = load_gazetteer(gazetteer_dir)
        self.checked = 0.0
        self.refresh()

    def refresh(self) -> bool:
        """Read the corrections; send a new curated gazetteer if they changed."""
        self.checked = time.monotonic()
        corrections = read_corrections(self._store)
        ids = tuple(c.id for c in corrections)
        if ids == self._ids:
            return False
        self._ids = ids
        if not corrections:
            self.key, self.future = None, None
            self.gazetteer = load_gazetteer(self._gazetteer_dir)
            return True
        base = load_gazetteer(self._gazetteer_dir)
        self.gazetteer = curate_gazetteer(base, self._store, corrections)
        self.key = uuid.uuid4().hex
        self.future = self._client.scatter(self.gazetteer, broadcast=True, hash=False)
        return True

    def resend(self) -> None:
        """Scatter the curated gazetteer again if the cluster lost it.

        Scattered data lives only on the workers: when the workers that hold it die
        (Dask may also have dropped the broadcast's extra copies), the tasks that need
        it are cancelled with "lost dependencies".
        """
        if self.future is not None and self.future.status != "finished":
            self.future = self._client.scatter(self.gazetteer, broadcast=True, hash=False)


def partition_length(articles: int, threads: int, most: int = PARTITION_SIZE) -> int:
    """Articles per task: ``most``, or fewer, so that each worker thread gets 4 tasks.

    With few articles, partitions of ``most`` leave the load uneven at the end (40
    articles in partitions of 16 on 2 workers: one parses 32, the other 8, then waits).
    """
    return max(1, min(most, -(-articles // (_TASKS_PER_THREAD * max(threads, 1)))))


def ingest_on_cluster(
    client: Client,
    store: Store,
    items: Iterable[Article | IngestError],
    *,
    model: str | None = None,
    gazetteer: str | None = None,
    partition_size: int = PARTITION_SIZE,
    writer: str | None = None,
    window: int | None = None,
    curation_interval: float = CURATION_INTERVAL,
    on_progress: Callable[[ClusterProgress], None] | None = None,
) -> IngestReport:
    """Ingest articles on a Dask cluster into ``store`` (see the module docstring).

    Args:
        client: a client of the cluster (:func:`connect`).
        store: the store to write to; the workers open it too when it is remote.
        items: articles and bad records, as :func:`kg.ingest.read_articles` yields them.
        model: the spaCy model the workers load (``None``: their ``$KG_MODEL`` or the
            default).
        gazetteer: the gazetteer folder, as the workers see it (``None``: theirs).
        partition_size: at most this many articles per task (:func:`partition_length`).
        writer: ``workers`` (a remote store only) or ``client``; ``None`` picks workers
            for a remote store and the client for the embedded one.
        window: partitions in flight at once (default: 2 per worker thread, at least 4).
        curation_interval: seconds between two reads of the store's corrections.
        on_progress: called after every partition with the running totals.

    Returns:
        The report of a local ingest: articles, assertions, words, actors, skipped.

    Raises:
        UnknownNameError: ``writer`` is not ``workers`` or ``client``.
        ClusterError: the workers cannot load the pipeline, or they were asked to write
            to the embedded store.
    """
    chosen = writer or ("workers" if isinstance(store, RemoteStore) else "client")
    if chosen not in _WRITERS:
        raise UnknownNameError("writer", chosen, _WRITERS)
    if chosen == "workers" and not isinstance(store, RemoteStore):
        raise ClusterError(
            "writer='workers' needs a remote store: the embedded store is held by one "
            "process (the client writes it)"
        )
    workers_write = chosen == "workers"
    report = IngestReport()
    articles = _unique(items, report)
    progress = ClusterProgress(total=len(articles))
    settings = store.settings() if workers_write and isinstance(store, RemoteStore) else None
    plugin = PipelinePlugin(model=model, gazetteer=gazetteer, store=settings)
    try:
        client.register_plugin(plugin, name=PLUGIN_NAME)
    except Exception as err:  # a worker's setup failed: it says why
        raise ClusterError(f"The workers could not load kg's pipeline: {err}") from err
    curation = _Curation(client, store, gazetteer)
    write_vocabulary(store, curation.gazetteer)
    threads = sum(client.nthreads().values()) or 1
    in_flight = window or max(4, 2 * threads)
    run = uuid.uuid4().hex[:8]
    size = partition_length(len(articles), threads, partition_size)
    partitions = (articles[start : start + size] for start in range(0, len(articles), size))
    futures = distributed.as_completed()
    submitted: dict[str, list[Article]] = {}
    resent: dict[int, int] = {}  # a partition's id -> times it was submitted again
    counter = itertools.count()
    start = time.perf_counter()

    def submit(partition: list[Article]) -> None:
        if time.monotonic() - curation.checked > curation_interval and curation.refresh():
            write_vocabulary(store, curation.gazetteer)
        key = f"kg-ingest-{run}-{next(counter)}"
        future = client.submit(
            ingest_partition,
            partition,
            curation.key,
            curation.future,
            workers_write,
            key=key,
            pure=False,
        )
        submitted[key] = partition
        futures.add(future)

    for partition in itertools.islice(partitions, in_flight):
        submit(partition)
    for future in futures:
        partition = submitted.pop(future.key)
        try:
            result: PartitionResult = future.result()
        except FutureCancelledError as err:
            if resent.get(id(partition), 0) < _RESENDS:
                # the scheduler dropped the task (the workers holding the curated
                # gazetteer died: "lost dependencies", "already forgotten"): send both again
                resent[id(partition)] = resent.get(id(partition), 0) + 1
                future.release()
                curation.resend()
                submit(partition)
                continue
            progress.failed += len(partition)
            for article in partition:
                report.skipped.append(IngestError(article.origin or article.id, str(err)))
        except Exception as err:  # the task failed for good: its articles are skipped
            progress.failed += len(partition)
            for article in partition:
                report.skipped.append(IngestError(article.origin or article.id, str(err)))
        else:
            if result.assertions is not None:
                begin = time.perf_counter()
                known = curation.gazetteer.actors.keys()
                for article, assertions in result.assertions:
                    quads = article_quads(article, assertions, store.iris, known_actors=known)
                    store.replace_graph(store.iris.article_graph(article.id), quads)
                progress.write_seconds += time.perf_counter() - begin
            progress.write_seconds += result.write_seconds
            progress.parse_seconds += result.parse_seconds
            progress.workers.add(result.worker)
            for _article_id, words, assertions_count, actors in result.articles:
                report.articles += 1
                report.words += words
                report.assertions += assertions_count
                report.actors.update(actors)
            progress.done += len(result.articles)
        future.release()
        progress.seconds = report.seconds = time.perf_counter() - start
        if on_progress is not None:
            on_progress(progress)
        following = next(partitions, None)
        if following is not None:
            submit(following)
    report.seconds = time.perf_counter() - start
    return report
